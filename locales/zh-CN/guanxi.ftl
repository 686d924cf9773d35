# guanxi 的中文界面。每条消息在 locales/en-US/guanxi.ftl 中都有对应的英文
# （tests/i18n.rs 检查两边的键完全一致）。用语取自大客户销售的行话：
# 关系定位表、帮支中反不、高层/中层/基层、首倡者……

## validate

validate-checked-clean = 已检查 { $files } 个文件：没有问题
validate-checked = 已检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告（{ $bad } 个文件有错误）

## positioning（关系定位表）

positioning-name = 姓名
positioning-title = 职务
positioning-level = 层级
positioning-roles = 角色
positioning-stage = 关系阶段
positioning-left = { $name }（{ $date } 离任）
positioning-counts = 对{ $company }的态度：{ $parts }
positioning-find-out = 需摸清态度：{ $people }
positioning-procurement-team = 采购小组成员
positioning-legend = 帮 帮助者 · 支 支持者 · 中 中立者 · 反 反对者 · 不 不明确
positioning-none = 没有可显示的客户

## 通用

# .guanxi.yaml 未设 company 时，我们这一方的称呼。
company-us = 我方

## 表格

table-left-out = （为适应 { $width } 列宽度省略了：{ $columns }；请加宽终端或使用 --format csv）

## neglected（人走茶凉）

neglect-account = 客户
neglect-stakeholder = 联系人
neglect-stance = 对我方
neglect-last-contact = 上次联系
neglect-days = 天数 / 期限
neglect-reason = 原因
neglect-what-to-do = 怎么做
neglect-never = 从未
neglect-none = 没有被冷落的关系
neglect-none-sentence = 没有被冷落的关系。
neglect-code-unanswered-help = 求助未回应
neglect-code-overdue = 联系超期
neglect-code-never-contacted = 从未联系
neglect-code-pressing-opponent = 逼得太紧
neglect-code-late-help = 迟到的帮助
neglect-action-pressing-opponent = 退一步：谈什么都行，就是别谈项目
neglect-action-late-help = 已记下：下次回应要快
neglect-action-never-contacted-opponent = 项目已经结束，现在去拜访他
neglect-pressing-opponent = { $days } 天内和这位反对者谈了 { $count } 次项目（{ $dates }）：反对者不可能三五天就转变，只会更加坚定；保持适当距离，谈什么都行，就是别谈项目
neglect-late-help = { $asked } 向我们求助，直到 { $answered } 才得到帮助，隔了 { $took } 天（期限 { $limit } 天）：躲的事实已经发生；说明原因，下次回应要快
neglect-never-contacted-opponent = 这位反对者从没有人见过，而“{ $deal }”已经结束：项目结束后，无论输赢，都是改善关系的最好时机；去拜访他，既不得意，也不记仇
neglect-action-unanswered-help = 马上回应他的求助
neglect-action-never-contacted = 去见一面
neglect-action-overdue-mentor = 马上联系：不能失去帮助者
neglect-action-overdue-supporter = 保持联系，继续展示我们的领先
neglect-action-overdue-neutral = 保持礼貌，及时回应
neglect-action-overdue-opponent = 礼节性拜访，不谈项目
neglect-action-overdue-unknown = 摸清他的态度
neglect-unanswered-help = { $asked } 向我们求助，已过去 { $days } 天仍未得到帮助：马上回应；躲着不回的求助会把帮助者变成坚定的反对者
neglect-overdue = 已 { $days } 天没有联系（对{ $stance }的联系周期是 { $cadence } 天）：{ $advice }
neglect-never-contacted = 档案里没有和这位{ $stance }的任何往来：先去见一面，然后{ $advice }
neglect-advice-mentor = 马上联系：不管有没有项目，都不能和帮助者断了联系（人走茶凉）
neglect-advice-supporter = 去联系：支持者也需要联系，并不断提醒他我们的产品和技术领先
neglect-advice-neutral = 保持礼貌、及时回应，别让他滑向反对者
neglect-advice-opponent = 保持尊重的距离：礼节性拜访，谈什么都行，就是别谈项目
neglect-advice-unknown = 摸清他的态度

## 关系甄别（over-claimed helpers）

overclaim-too-many-mentors = { $count } 人被标为帮助者（{ $names }）：一个客户真正的帮助者通常只有一个，最多 { $max } 个
overclaim-too-many-mentors-action = 帮助者多了等于没有：留下那个告诉你内部情况、事后证明属实的人，其余改为支持者或中立者
overclaim-mentor-majority = { $people } 人中有 { $mentors } 人被标为帮助者：一半客户都是“帮助者”时，多半一个也没有
overclaim-mentor-majority-action = 逐个检验：他告诉过你什么、后来证明属实？他为你做过什么？
overclaim-all-friendly = { $people } 人全都对我方友好或态度不明，而 { $competitors } 也在竞争：没有人反对你，通常说明你不知道谁在反对
overclaim-all-friendly-action = 问你的帮助者各家竞争对手背后是谁，把竞争对手各栏填上
overclaim-unreliable-intel = { $name }（{ $stance }）：他提供的 { $rated } 条情报中有 { $wrong } 条后来证明是错的
overclaim-unreliable-intel-action = 质疑这个定位：他可能故意误导你（是别家的帮助者），或者在内部说不上话
overclaim-unproven-claim = { $name } 被标为{ $stance }，却没有任何依据，也没有一条情报被证明属实
overclaim-unproven-claim-action = 把他为你说过、做过的事写进 `evidence:`，写不出来就先降低定位
overclaim-all-friendly-no-competitors = { $people } 人全都对我方友好或态度不明，而档案里没有写竞争对手：竞争格局还没摸清，没有人反对你，通常说明你不知道谁在反对
overclaim-all-friendly-no-competitors-action = 在 `competitors:` 下写上竞争对手，再摸清各家背后是谁
overclaim-all-friendly-no-mentor-action = 通过信任你的人摸清各家竞争对手背后是谁，把竞争对手各栏填上
overclaim-unproven-claim-warmth = { $name } 被标为{ $stance }，依据却只是热情（欢迎、吃饭、谈得愉快：每家供应商都能得到），也没有一条情报被证明属实
overclaim-rival-coach = { $name } 被记为内部支持者，但{ $why }：不是我们的内部支持者，甚至可能在误导我们
overclaim-rival-coach-mentor = 是 { $rivals } 的帮助者
overclaim-rival-coach-intel = 他提供的 { $rated } 条情报中有 { $wrong } 条不实
overclaim-rival-coach-action = 不要再轻信他的话：找别人核实他说的事，在消息灵通、信任我们的人中另找内部支持者
overclaim-instant-loyalty = { $name } 被标为{ $claim }，但 { $days } 天前（{ $first }）才第一次见面：信任的建立需要比 { $window } 天更长的时间
overclaim-instant-loyalty-action = 按实际情况标注（支持者、了解），其余要靠时间来证明：说到做到，帮他解决问题
overclaim-no-decider-access = { $name } 占了 { $days } 天内花费的 { $share }%（{ $total } 中的 { $mine }），而{ $who }
overclaim-no-decider-on-file = 档案里没有核心决策者
overclaim-nobody-met = 这段时间没有人见过 { $names }
overclaim-no-decider-access-action = 单线联系的陷阱：请他引荐给上层，让我们的工程师对接他们的技术人员，并向老板本人求证
overclaim-entertainment-only = { $name }（{ $stance }）：{ $days } 天内宴请、娱乐或送礼 { $count } 次{ $spend }，没有演示、技术交流、培训或帮助
overclaim-spent-on-them = ，在他身上花费 { $amount }
overclaim-entertainment-only-action = 和他做事：一次演示、一次技术交流、给他的人做培训、帮他解决一个问题；再看这个定位是否站得住
overclaim-stage-below-label = { $name } 被标为帮助者，但关系阶段只是“{ $stage }”：帮助者是个人信任我们的人，要先经过尊重、友谊和信任
overclaim-stage-below-label-action = 暂时把他标为支持者，推进关系阶段：{ $next }
overclaim-conflicting-stance = { $name } 被标为我方的{ $stance }，同时又在帮 { $rivals }
overclaim-conflicting-stance-action = 一个人不可能同时坚定支持两家竞争对手：摸清他真正站在哪一边
overclaim-account = 客户
overclaim-rule = 规则
overclaim-stakeholders = 联系人
overclaim-message = 发现
overclaim-help = 怎么做
overclaim-none = 没有虚高的关系
overclaim-none-sentence = 没有虚高的关系。

## 关系阶段：下一步（docs/domain.md §9）

stage-next-acquainted = 了解他的需求，展示我们的专业能力
stage-next-understanding = 在工作中帮他解决一个问题
stage-next-respect = 了解他的个人兴趣，并为之服务
stage-next-friendship = 项目之外保持联系，在个人层面帮助他
stage-next-trust = 让他了解进展，请他引荐，绝不让联系中断
stage-next-loyalty = 无论有没有项目，都不让联系中断

## 行文中的态度

stance-name-mentor = 帮助者
stance-name-supporter = 支持者
stance-name-neutral = 中立者
stance-name-opponent = 反对者
stance-name-unknown = 态度不明者

## 采购小组覆盖（coverage）

coverage-no-decider = 档案里没有核心决策者：摸清谁拍板
coverage-no-decider-action = 问你的帮助者或内部支持者谁拍板，并争取见到他
coverage-no-coach = 档案里没有内部支持者：没有人从内部告诉你情况
coverage-no-coach-action = 发展一个内部支持者：一个告诉你决策如何进行的内部人
coverage-missing-role = 没有人担任{ $role }
coverage-missing-role-action = 摸清谁是{ $role }
coverage-thin-engagement = 最近 { $days } 天只接触了 { $count } 位联系人；复杂销售需要三到五位
coverage-thin-engagement-action = 接触更多采购小组的人：技术评估人员、使用者、采购小组成员
coverage-one-to-one = 我们一个人对他们一个人：任何一方离开，这个客户就丢了
coverage-one-of-us = { $days } 天内只有我方的 { $us } 见过客户：把工程师、高层、质量人员带进来
coverage-one-of-them = { $days } 天内对方只有一位联系人（{ $name }）
coverage-single-threaded-action = 织网：让我们的工程师、高层和服务人员与对方对口的人建立联系
coverage-bypass = 见了 { $decider }（{ $dates }{ $meetings ->
    [1] {""}
   *[other] ，共 { $meetings } 次
}），但之前 { $days } 天内没有接触任何向他汇报的中层（{ $managers }）：被越过的中层可能会阻挠你
coverage-bypass-action = 带上中层：下次见他们老板之前，先向中层通气
coverage-blind-spot = “{ $deal }”已到{ $stage }阶段，却没有记录 { $names } 个人想要什么、担心什么
coverage-blind-spot-action = 通过你的帮助者摸清他们每个人想要什么（控制、面子、安全、认可）、担心什么（更多工作、担责、失去控制）；写进 `wins:` 和 `fears:`
coverage-initiator-staff = 基层
coverage-initiator-little-influence = 影响力只有 1–2
coverage-junior-initiator = “{ $deal }”的首倡者都是{ $why }：{ $names }
coverage-junior-initiator-action = 往上找一位推动者：请人引荐一位愿意推动这次采购的中层或高层
coverage-resisting-user = { $name } 负责使用部门（对我方是{ $stance }），“{ $deal }”进行中，但 { $days } 天内没有得到我们的培训或演示
coverage-resisting-user-action = 尽早培训他们的人，让他们感受到好处，并给他们可以传播的故事
coverage-late-technical = “{ $deal }”已到{ $stage }阶段：{ $what }
coverage-late-technical-neither = 没有和对方技术评估人员做过技术交流或演示，我方也没有技术人员跟这个客户
coverage-late-technical-no-exchange = 没有和对方技术评估人员做过技术交流或演示
coverage-late-technical-no-engineers = 我方没有技术人员跟这个客户
coverage-late-technical-action = 现在就让我们的工程师对接他们的：产品越技术化，他们的技术评估人员对核心决策者的影响越大
coverage-rival-decider = { $name } 在“{ $deal }”上决策或参与决策，是 { $rivals } 的帮助者或支持者（对我方是{ $stance }）：竞争对手可能直接和老板关系好
coverage-rival-decider-action = 摸清他与对手的关系从何而来，通过他信任的人接近他，不要只靠他下面的人做单
coverage-no-mentor = “{ $deal }”正在进行，客户内部却没有我方的帮助者：没有帮助者就是瞎子、聋子
coverage-no-mentor-left = “{ $deal }”正在进行，而我方仅有的帮助者已经离开（{ $names }）：内部没有帮助者就是瞎子、聋子
coverage-no-mentor-action = 发展一个帮助者：信任我们、消息灵通、我们赢了他也受益的人；在此之前，听到的每件事都要再核实
coverage-hostile-technical = { $name } 负责技术评估，在“{ $deal }”进行中反对我方：技术评估者会影响核心决策者
coverage-hostile-technical-action = 摸清他反对的真实原因，按他的方式安排我方工程师对接，并让核心决策者也从别人那里听到技术上的理由
coverage-rival-initiator = { $name } 发起了“{ $deal }”，却是 { $rivals } 的帮助者或支持者：项目可能是为对手量身定做的
coverage-rival-initiator-action = 看清需求里对手的痕迹，趁需求还没定下来，请我方的支持者去影响它
coverage-one-department = { $days } 天内接触的 { $count } 个人都在{ $department }：仍是一条线，不是一张网
coverage-one-department-procurement = { $days } 天内接触的 { $count } 个人都在{ $department }：只跟采购打交道是最平的一条线
coverage-one-department-action = 也要和他们的设计、生产、业务部门合作，由我方同职能的人分别对接
coverage-role = 角色
coverage-held-by = 担任者（对我方态度）
coverage-nobody = — 无人
coverage-our-function = 我方职能
coverage-our-people = 我方人员
coverage-their-levels = 对方层级
coverage-their-departments = 对方部门
coverage-engaged = 最近 { $days } 天接触过的人（{ $count }）：{ $people }
coverage-engaged-nobody = 无人

## 商机阶段

opportunity-stage-qualify = 资格确认
opportunity-stage-develop = 需求开发
opportunity-stage-propose = 方案
opportunity-stage-negotiate = 商务谈判
opportunity-stage-won = 赢单
opportunity-stage-lost = 丢单

## 我方团队职能

function-sales = 销售
function-technical = 技术
function-executive = 高管
function-service = 服务
function-quality = 质量
function-unknown = 未注明

## 日程（agenda）

agenda-due-soon = { $name }（{ $stance }）：上次联系在 { $last }；对{ $stance }的 { $limit } 天联系周期到 { $due } 截止
agenda-closing-soon = “{ $deal }”将于 { $close } 截止{ $at }
agenda-at-stage = ，目前处于{ $stage }阶段
agenda-closing-soon-action = 截止前确认每位核心决策者的态度，以及还有哪些事项未定
agenda-find-out = { $name } 很关键（{ $because }），但不清楚他的态度
agenda-find-out-action = 问你的帮助者，他对我方和各家竞争对手分别是什么态度
agenda-find-out-action-no-mentor = 通过信任你的人去了解，或者自己去见他：这里还没有一个说话可信的帮助者
agenda-find-out-opponent = { $name } 反对我方，但不清楚他是谁的帮助者：摸清是谁的人、表面的和真实的原因、他有多大分量
agenda-find-out-neutral = “{ $deal }”进行中，{ $name }（{ $because }）是中立者：真的中立吗？为什么？能争取成支持者吗？会不会转为反对？
agenda-next-step-doubted = 先弄清 `guanxi overclaimed` 对他的疑问（{ $codes }）；定位站得住之后再加深关系
agenda-see-opponents = “{ $deal }”已{ $outcome }：现在是拜访 { $names } 的最好时机，他们曾反对我们
agenda-see-opponents-action = 去拜访他们：赢了更不要回避；既不得意，也不记仇，谈谈以后
agenda-next-step = { $name }（{ $stance }）目前处于“{ $stage }”阶段
agenda-due = 截止
agenda-account = 客户
agenda-who = 对象
agenda-what-to-do = 怎么做
agenda-why = 原因
agenda-nothing = 近期没有待办
agenda-nothing-sentence = 近期没有待办。

## 周报

report-no-history = 变动部分需要 git 历史：{ $reason }
sarif-finding = { $message }
    应对：{ $action }
export-too-many-rows = 行数超过一个工作表的上限（1,048,575 行）：请改为导出 CSV 或 JSON Lines
render-cannot-format = 无法在终端排版一条诊断（可改用 --format json）
report-title = 大客户周报
report-subtitle = 截至 { $asof } · 自 { $since } 以来的变化 · { $accounts } 个客户
report-ranking = 客户优先级排名
report-no-ranking = 无法排名：{ $error }。
report-weeks = 逐周对我方的态度
report-changed-since = 自 { $since } 以来的变化
report-no-changes = 这段时间客户档案没有变化。
report-toward-us = 转向我方
report-away-from-us = 远离我方
report-other-changes = 其他变化
report-joined = 新加入的人
report-left = 离任的人
report-logged = 记录的往来
report-our-person = 我方人员
report-interactions = 往来次数
report-value-adding = 增值往来
report-entertainment = 吃喝送礼
report-value-adding-share = 增值占比
report-unparseable = 无法读取的文件
report-neglected = 被冷落的关系（人走茶凉）
report-nobody = 没有。
report-none = 没有。
report-account = 客户
report-stakeholder = 联系人
report-stance = 对我方
report-reason = 原因
report-what-happened = 情况与对策
report-overclaimed = 虚高的关系（关系甄别）
report-rule = 规则
report-who = 涉及的人
report-evidence = 依据
report-what-to-do = 怎么做
report-coverage-gaps = 采购小组覆盖缺口
report-closing = 未来 { $days } 天内截止的商机
report-close = 截止日
report-in = 剩余
report-in-days = { $days } 天{ $flag }
report-opportunity = 商机
report-stage = 阶段
report-value = 金额
report-find-out = 需摸清态度的人
report-everyone-known = 所有关键人物的态度都已清楚。
report-maps = 关系图

## 客户排名

rank-account = 客户
rank-score = 总分
rank-commercial = 商务
rank-relationship = 关系
rank-timing = 时机
rank-rank = 排名
rank-reasons = 最大加分 / 减分
rank-part = 部分
rank-input = 因素
rank-value = 数值
rank-points = 得分
rank-of-max = 满分
rank-effect = 对总分的影响
rank-nothing = 没有可排名的客户
rank-no-data = 无数据
rank-verbatim = { $text }
rank-days = { $days } 天
rank-none = 无
rank-mentor-proven = { $name }，情报已证实
rank-mentor-claimed = { $name }，尚未证实
rank-of = { $whole } 项中的 { $part } 项
rank-engaged = { $days } 天内 { $count } 人
rank-goals = 短期目标 { $short } 个、长期目标 { $long } 个；痛点 { $pressure } 个
rank-value-adding = { $whole } 次中 { $part } 次增值（相对吃喝送礼）
rank-findings = { $count } 项发现
rank-close-passed = 截止日已过
rank-close-this-quarter = 本季度
rank-close-six-months = 6 个月内
rank-close-later = 更晚
rank-close-none = 无截止日
rank-opportunity-weighted = { $name }：{ $stage }，{ $when }，加权 { $weighted }
rank-opportunity-no-value = { $name }：{ $stage }，{ $when }，无金额
rank-no-open = 没有进行中的商机
rank-pipeline = { $open } 个进行中商机，加权 { $weighted }
rank-lift = 加分：{ $name } { $value }（{ $effect }）
rank-drag = 减分：{ $name } { $value }（{ $effect }）
rank-drag-short = 失分：{ $name } { $value }（少 { $lost }）
rank-input-revenue = 营收
rank-input-margin = 毛利率
rank-input-growth = 增长
rank-input-headroom = 增长空间
rank-input-payment = 回款
rank-input-mentor = 帮助者
rank-input-key-supporters = 关键支持者
rank-input-opposing-deciders = 反对的决策者
rank-input-rival-deciders = 对手的决策者
rank-input-hostile-evaluators = 反对我方的技术评估者
rank-input-buying-roles = 采购角色
rank-input-engaged-contacts = 接触的人
rank-input-our-team-functions = 我方职能
rank-input-goals = 目标与痛点
rank-input-value-adding-share = 增值占比
rank-input-neglect = 冷落
rank-input-over-claiming = 关系虚高
rank-input-weighted-pipeline = 加权商机
rank-input-opportunity = · 商机

## 历史：谁动了

history-account-added = 新增客户，共 { $count } 位联系人
history-account-removed = 客户已删除
history-stakeholder-added = 新增 { $name }（{ $level }），对我方是{ $stance }
history-left = { $name } 于 { $date } 离任
history-help-answered-late = { $name } 于 { $asked } 求助，直到 { $answered } 才得到帮助，隔了 { $days } 天：躲的事实已经发生
history-stance = { $name } 对{ $toward }：{ $was } → { $now }{ $arrow }
history-us = 我方
history-toward-us = （转向我方）
history-away-from-us = （远离我方）
history-removed = 删除了 { $name }
history-interactions = 记录了 { $count } 次往来：{ $kinds }
history-too-large = { $file } 在这次提交中过大（{ $size } 字节，超过上限 { $limit } 字节）；未读取，已跳过
history-unparseable = { $file } 在这次提交中无法读取，已跳过
history-date = 日期
history-commit = 提交
history-author = 作者
history-account = 客户
history-change = 变化
history-none = 没有变化
history-none-sentence = 没有变化。

## 关系图

map-us = 对我方：{ $stance }
map-mentor-of = ★ 也是 { $rival } 的帮助者
map-left = 已离任
map-legend = 对我方的态度
map-legend-stance = { $symbol } { $word }
map-decider = 核心决策者
report-week-ending = 周末日期
chart-people = 人数

## 标准错误上的提示

note-foreign-settings = 提示：使用的是 { $file } 中的设置，它在本文件夹之上，且不在任何 git 仓库中（其 `paths:` 和 `exclude:` 都生效）
note-past-as-of = 提示：截止日期为 { $date }，但{ $what }；态度和人员按现在的文件读取（加 --at-commit 可按当时的文件读取）
note-uncommitted = 客户文件有未提交的改动
note-commits-after = 客户文件在 { $date } 之后有提交
note-commits-and-uncommitted = 客户文件在 { $date } 之后有提交，还有未提交的改动
note-read-at-commit = 按提交 { $commit }（{ $date }）读取

## init

init-created = 已在 { $dir } 创建大客户关系档案仓库：
init-installs = CI 工作流从这里安装 guanxi：{ $source }
init-next = 下一步：guanxi validate { $dir }

## 编辑

log-done = 已在 { $file } 记录：{ $date } 与 { $with } { $kind }
stance-done = { $account }：{ $person } 对{ $toward }：{ $old } → { $new }
person-added = 已把 { $name }（`{ $id }`）加入 { $account }，写在 { $file }
person-set = { $account }：已修改 `{ $id }` 的 { $fields }，写在 { $file }
edit-person-exists = 已经有人用了 id `{ $id }`；请用 --id 另取一个
edit-person-shared = 这次修改也会改动 { $people }：该值通过 YAML 锚点或合并键共享；请手工编辑文件
edit-person-unclosed = 这个人的条目里有没闭合的 `{"{"}` 或 `[`；请先修好文件
edit-person-not-a-value = 这个字段写成了映射；请手工编辑文件
edit-review-header = 文件有错误，尚未保存；请在下面改正后保存退出（这些行会被去掉），或不保存直接退出以放弃
edit-review-line = 第 { $line } 行第 { $column } 列：{ $message }（{ $code }）
edit-unchanged = { $file }：没有改动
edit-saved = 已保存 { $file }
edit-abandoned = { $file } 没有改动：编辑后的内容仍有错误
error-no-editor = 请把 $VISUAL 或 $EDITOR 设为要用的编辑器（例如 `export EDITOR=vim`）
error-editor-failed = 编辑器 `{ $editor }` 出错退出；{ $file } 没有改动
import-cannot-read = 无法读取 { $file }：{ $reason }
import-no-header = { $sheet } 中没有表头行：需要一列姓名（姓名 或 name），以及至少另一列（职务、层级、对我方态度……）
import-bad-level = `{ $value }` 不是层级：请用 高层、中层 或 基层（或 executive、middle、staff）
import-bad-roles = `{ $value }` 不是采购角色列表（首倡者 技术支持者 关键使用者 内部支持者 辅助决策者 核心决策者，或英文名）
import-bad-stance = `{ $value }` 不是态度：请用 帮 支 中 反 不，或 mentor、supporter、neutral、opponent、unknown
import-bad-cell = { $cell }：{ $message }（已略过，其余照常导入）
import-level-needed = { $name }（{ $cell }）是新人，表格里没有层级：请在层级一列填上
import-crm-missing = { $dir } 中没有 { $file }：CRM 导出的数据需要 Account.csv 和 Contact.csv
import-crm-no-account = 联系人的 AccountId 不在 Account.csv 中；已略过
import-crm-unknown-role = CRM 角色 `{ $role }` 没有对应的采购角色；请在 .guanxi.yaml 的 `crm_roles:` 下加上（例如 `crm_roles: {"{"} { $role }: advisor {"}"}`）
import-done = { $account }：新增 { $added } 人，更新 { $updated } 人，写在 { $file }
new-done = 已写入 { $file }
new-done-made-id = 已写入 { $file }（id 为 `{ $id }`，由名称的拼音生成；可用 --id 另取）

## validate 的诊断：问题（message）与处理办法（help）。代码保持英文。

check-duplicate-account-id = 客户编号 `{ $id }`（来自其 `id`）也被 { $others } 使用
check-duplicate-account-file-name = 客户编号 `{ $id }`（来自文件名，未写 `id`）也被 { $others } 使用
check-duplicate-account-id-help = 给每个客户一个唯一的 `id:`
check-setting-below-one = `{ $name }` 为 { $value }，至少应为 1
check-setting-below-one-help = 写一个正整数，或删掉这一行以用默认值
check-weight-negative = `{ $name }` 为 { $value }，应为零或正数
check-weight-negative-help = 权重是相对的：默认 40、40、20
check-weights-zero = 排序权重全为零
check-weights-zero-help = 至少给一项正的权重
check-path-outside = `{ $path }` 不是本仓库内的文件夹
check-path-outside-help = 写相对于本文件的路径，不要用 `..`：`paths: [accounts]`
check-exclude-limit = `exclude` 的模式超过 { $patterns } 条；从这一条起不再生效
check-exclude-pattern = `exclude` 的模式无法读取：{ $error }
check-exclude-pattern-help = 按 .gitignore 的写法：`docs/`、`mkdocs.yml`、`*.draft.yaml`
check-rate-not-positive = { $currency } 的汇率为 { $value }，应大于零
check-rate-not-positive-help = 汇率把各币种折算成同一单位，例如 `CNY: 1`、`USD: 7.1`
check-no-stakeholders = 没有记录任何关系人
check-no-stakeholders-help = 把参与采购的人都列上，不只是老板（docs/domain.md §1）
check-contact-after-left = { $date } 与 `{ $id }` 的往来，但此人已于 { $left } 离开
check-contact-after-left-help = 核对日期，或更正其 `left:` 日期
check-unknown-team-member = `by` 写了 `{ $id }`，此人既不是客户负责人也不在 `team` 中
check-unknown-team-member-help = 把此人连同职能加入 `team:`，或改正编号
check-repeated-id = `{ $id }` 在同一列表中写了两次，只算一次
check-repeated-id-help = 删掉重复的一个
check-intel-giver-absent = `from: { $id }` 写的人并不在这次往来中
check-intel-giver-absent-help = 把他加进 `with`，或者写明 `with` 中是谁提供的情报
check-uncredited-intel = 这次往来有对方好几个人，情报标为 `{ $intel }`，却没有用 `from:` 写明是谁提供的：这条情报不计入任何人
check-uncredited-intel-help = 用 `from:` 写上提供情报的人（{ $people }）：情报属于提供它的人，而不是在座的每个人
check-duplicate-interaction = 同一次往来已记录在第 { $line } 行
check-duplicate-interaction-help = 删掉两条中的一条
check-stale-opportunity = 商机 `{ $name }` 预计 { $close } 成交，至今仍未关闭
check-stale-opportunity-help = 把阶段改为 won（赢单）或 lost（丢单），或推迟成交日期
check-potential-below-revenue = 潜力（{ $potential }）低于收入（{ $revenue }），但潜力是客户的总采购额，包括我方在内
check-potential-below-revenue-help = 潜力是客户向所有供应商的采购额；改正其中一个数字
check-competitor-called-us = 竞争对手不能叫 `us`：那是我方自己的一栏
check-competitor-called-us-help = 写竞争对手的真实名称
check-competitor-twice = 竞争对手 `{ $name }` 列了两次（第一次在第 { $line } 行）
check-competitor-twice-help = 每个竞争对手只列一次
check-missing-us-stance = 关系人 `{ $id }` 没有对我方的态度
check-missing-us-stance-help = 还不知道就在 `stance:` 下写 `us: unknown`（不），再去摸清（docs/domain.md §2）
check-stance-column-did-you-mean = 是不是想写 `{ $suggestion }`？可用的栏：{ $columns }
check-stance-column-add = 把 `{ $name }` 加进客户的 `competitors:` 列表
check-stance-column-add-or = 把它加进 `competitors:`，或用以下之一：{ $columns }
check-unknown-stance-column = 对 `{ $name }` 的态度，但它既不是 `us` 也不是已列出的竞争对手
check-field = `{ $name }`
check-opportunity-value = 商机的 `value`
check-not-finite = { $what } 应是普通数字，而不是 { $value }
check-not-finite-amount-help = 写一个普通数字，例如 20000
check-not-finite-percent-help = 写一个普通数字，例如 18 或 -3.5
check-negative = { $what } 为 { $value }，不能是负数
check-negative-help = 写零或正数
check-too-large = { $what } 为 { $value }，超过上限 10^15
check-too-large-help = 核对位数；金额是以客户币种计的普通数字
check-influence-range = 影响力为 { $value }，应在 1 到 5 之间
check-influence-range-help = 1 表示对采购几乎没有话语权，5 表示起决定作用
check-cadence-below-one = cadence_days 为 { $value }，至少应为 1
check-cadence-below-one-help = 两次联系之间可接受的最长间隔，以天计
check-empty-with = 这次往来的 `with` 中没有写任何人
check-empty-with-help = 列出参与的关系人编号，例如 `with: [zhao]`
check-after-as-of = 往来日期为 { $date }，晚于截止日期 { $as_of }
check-in-the-future = 往来日期为 { $date }，是未来的日期
check-future-interaction-help = 核对年份；往来发生之后再记录
check-person-id = `{ $id }` 不是一个词：我方人员的编号不能有空格或控制字符
check-person-id-help = 写成一个词，例如 `li.ming` 或 `吴杰`
check-file-name-id = 文件没有 `id:`，而文件名 `{ $id }` 不能充当客户 id：id 只能用 a-z、0-9、`.`、`_` 和 `-`
check-file-name-id-help = 加上 `id: `，写一个小写的短名（如 `qingshan-steel`），或把文件改成这样的名字
check-too-many-problems = 本文件还有 { $more } 个问题未列出（只列出前 { $shown } 个）
check-too-many-problems-help = 先改正列出的问题再运行；这么多问题通常是同一个错误重复了很多次（例如一个列表被粘贴了多遍）
check-account-id = 客户编号 `{ $id }` 只能用 a-z、0-9、`.`、`_` 和 `-`
check-account-id-help = 用小写短名，例如 `qingshan-steel`
check-stakeholder-id = 关系人编号 `{ $id }` 只能用 a-z、0-9、`.`、`_` 和 `-`
check-stakeholder-id-help = 用简短的小写代号，例如 `zhao` 或 `li.wei`；姓名写在 `name` 里
check-duplicate-stakeholder-id = 关系人编号 `{ $id }` 已在第 { $line } 行用过
check-duplicate-stakeholder-id-help = 每人一个唯一编号（同名者加后缀：`wang.2`）
check-unknown-stakeholder = `{ $field }` 写了 `{ $id }`，但本文件中没有这个编号的关系人
check-unknown-stakeholder-did-you-mean = 是不是想写 `{ $suggestion }`？或者添加编号为 `{ $id }` 的关系人
check-unknown-stakeholder-help = 添加编号为 `{ $id }` 的关系人，或改正编号
check-reports-to-cycle = 汇报关系绕成了一个圈：{ $cycle }
check-reports-to-cycle-help = 圈里总有一个人其实是向圈外的人汇报的（或不向任何人汇报）：改正他的 `reports_to`
read-outside-link = 已跳过：指向 { $target } 的链接，在所读文件夹之外
read-outside-link-help = 客户文件应放在仓库里：用文件本身替换这个链接，或删掉它
read-embedded-repository = 客户文件中有一个 git 仓库（{ $what }）：git 可能把它当作本计划的仓库，并运行它的配置所指定的程序
read-embedded-repository-help = 计划仓库只放客户文件，不放仓库：删掉这个文件夹（先 `git rm -r --cached`，再删除）
read-pattern-limit = 只读取了一部分：超过 { $patterns } 条模式或 { $kib } KiB 后，本文件其余部分不生效
read-pattern-limit-help = 没有哪个仓库需要这么多忽略模式：改写成更少、更宽的模式（一个文件夹、`*.tmp.yaml`）
read-not-a-regular-file = 已跳过：不是普通文件（FIFO、套接字或设备）
read-not-a-regular-file-help = 客户文件必须是普通文件；删掉或重命名这一个
read-symlink-loop = 符号链接成环：此链接指回 { $ancestor }
read-unreadable-entry-help = 修正权限或链接，或把它移出客户文件目录
read-cannot-read = 无法读取：{ $reason }
io-permission-denied = 没有权限
io-not-found = 文件或目录不存在
io-is-a-directory = 是一个目录
io-unknown = 未知错误
io-other = { $error }
read-unreadable-file-help = 检查文件的权限
read-too-large = 文件有 { $size } 字节，超过上限 { $limit } 字节
read-too-large-help = 拆分文件，或用 --max-file-size 或 .guanxi.yaml 中的 `max_file_size` 提高上限
read-invalid-utf8 = 文件不是 UTF-8 编码：此处有无效字节 { $byte }
read-invalid-utf8-help = 把文件另存为 UTF-8（多数编辑器：文件 → 以编码保存 → UTF-8）
read-empty-file = 文件是空的
read-empty-file-help = 一个客户至少要有 `account:`、`owner:` 和 `stakeholders:`；可以从 example-accounts/ 复制一个开始
read-not-a-mapping = 顶层必须是字段的映射，这里却是{ $found }
read-not-a-mapping-help = 客户文件以顶格的 `account: <名称>` 开头
yaml-unclosed-quote = 这个值开头的 `{ $quote }` 在这一行里没有闭合；YAML 解析器的原话：{ $detail }
yaml-unclosed-quote-help = 在同一行值的末尾用 `{ $quote }` 闭合，或者去掉它
yaml-no-space-after-colon = `{ $key }:{ $value }` 冒号后面需要一个空格；YAML 解析器的原话：{ $detail }
yaml-no-space-after-colon-help = 写成 `{ $key }: { $value }`
yaml-item-under-empty = `{ $key }: { $empty }` 表示它是空的，下面的条目就没有地方放了；YAML 解析器的原话：{ $detail }
yaml-item-under-empty-help = 删掉 `{ $key }:` 后面的 `{ $empty }`，保留下面的条目
yaml-colon-in-value = `{ $key }` 的值里有 `: `，YAML 会把它当成另一个键；YAML 解析器的原话：{ $detail }
yaml-colon-in-value-help = 给值加上引号：`{ $key }: "{ $value }"`
yaml-indentation = 这一行缩进了 { $spaces } 个空格，而同一条目的其他行是 { $expected } 个；YAML 解析器的原话：{ $detail }
yaml-indentation-help = 像上一行一样缩进 { $expected } 个空格：同一条目的键要上下对齐
yaml-unclosed-bracket = 这个值开头的 `{ $open }` 没有闭合；YAML 解析器的原话：{ $detail }
yaml-unclosed-bracket-help = 在同一行值的末尾用 `{ $close }` 闭合
yaml-duplicate-id = 一个条目里有两个 `id:`：下一个人（或条目）要用自己的 `- ` 开头
yaml-duplicate-id-help = 第二个条目用 `- ` 开头，和第一个条目的 `- ` 对齐
yaml-parser = YAML 语法错误：{ $detail }
yaml-too-deep = 嵌套超过 { $depth } 层
yaml-too-many-aliases = 锚点或别名太多
yaml-too-many-values = 一个客户文件的值太多
yaml-alias-bomb = 别名展开后的数据远超一个客户文件应有的量（别名炸弹？）
yaml-duplicate-key = 同一个键写了两次：{ $key }
yaml-multiple-documents = 一个文件中有多个 YAML 文档（`---`）
yaml-nested-too-deeply = 嵌套太深（{ $detail }）
yaml-limit-help = 客户文件用不到深层嵌套或大量别名；请简化文件
yaml-duplicate-key-help = 两处只保留一处
yaml-multiple-documents-help = 每个客户单独一个文件
yaml-tab-help = 用空格缩进；YAML 不允许用制表符缩进
yaml-syntax-help = 修正此处的 YAML 语法
date-not-a-date = `{ $text }` 不是 YYYY-MM-DD 格式的日期
date-no-such-month = `{ $text }` 的月份是 { $month }；月份只能是 01 到 12
date-no-such-day = `{ $text }` 不存在：{ $year } 年 { $month } 月只有 { $last } 天
value-a-list = 列表
value-a-mapping = 映射
value-a-single-value = 单个值
value-nothing = 空
value-nothing-empty = 空（没有值）
value-true-or-false = 布尔值（true 或 false）
value-a-whole-number = 整数
value-a-number = 数字
value-text = 文本
value-a-date = YYYY-MM-DD 格式的日期
value-literal = `{ $text }`
value-the-number = 数字 `{ $text }`
value-the-text = 文本 `{ $text }`
record-name = { $record ->
        [Account] 本客户
        [TeamMember] 这位团队成员
        [Commercial] `commercial`
        [Goal] 这个目标
        [Opportunity] 这个商机
        [Stakeholder] 这位关系人
        [Interaction] 这次往来
        [Settings] 设置
        [CadenceDays] `cadence_days`
        [RankWeights] `rank`
        [StanceMap] `stance`
       *[other] 这个映射
    }
record-name-capital = { record-name }
replay-expected = 应为{ $expected }，实际是{ $found }
replay-write-as-list = 写成列表：`[{ $raw }]`
replay-write-here = 这里应写{ $expected }
replay-quoted-number = 应为{ $expected }，实际是加了引号的文本 `{ $raw }`
replay-unquote-help = 数字不要加引号：`{ $raw }`
replay-out-of-range = { $value } 超出范围：允许 { $min } 到 { $max }
replay-quote-help = 加上引号以保持为文本：`"{ $raw }"`
replay-date-help = 日期写成 YYYY-MM-DD，且是真实存在的一天
replay-did-you-mean = 是不是想写 `{ $suggestion }`？
replay-fields-here = 这里可用的字段：{ $fields }
replay-unknown-field = { $record }中有未知字段 `{ $field }`
replay-missing-field = { $record }缺少必填字段 `{ $field }`
replay-add-field = 给{ $record }加上 `{ $field }:`
replay-allowed = 允许的值：{ $expected }
replay-allowed-did-you-mean = 是不是想写 `{ $suggestion }`？允许的值：{ $expected }
replay-or-aliases = { $aliases }（或 { $names }）
replay-not-one-of = `{ $value }` 不是有效的{ $what }
replay-missing-field-bare = 缺少必填字段 `{ $field }`
replay-unexpected-value = 意外的值 `{ $value }`
replay-other = { $detail }
vocab-what = { $vocab ->
        [Stance] 态度
        [Level] 层级
        [Role] 采购角色
        [TeamFunction] 团队职能
        [RelationshipStage] 关系阶段
        [OpportunityStage] 商机阶段
        [Horizon] 目标期限
        [Intel] 情报评价
        [InteractionKind] 往来类型
        [Lang] 界面语言
       *[other] 值
    }
diagnostic-help = 建议：{ $help }
github-more-than-shown = 共 { $errors } 个错误、{ $warnings } 个警告；GitHub 每一步每类只显示前 { $shown } 个：运行 `guanxi validate` 查看全部
diagnostic-here = 此处
diagnostic-help-word = {"  "}建议：
yaml-tab = 用了制表符（tab）缩进（{ $detail }）
io-already-exists = 已经存在
io-storage-full = 磁盘已满
io-read-only = 文件系统只读
hint-did-you-mean = 是不是想写 `{ $suggestion }`？
hint-accounts = 现有的客户：{ $list }
hint-owners = 现有的负责人：{ $list }
hint-commands = 可用的命令：{ $list }

## 错误：使命令无法进行的原因（stderr 上的 `guanxi: …`，退出码 2）。

edit-no-account-here = 没有客户 `{ $query }`：这里没有有效的客户文件
edit-no-account = 没有客户 `{ $query }`；{ $hint }
edit-several-accounts = `{ $query }` 匹配到多个客户：{ $accounts }；请用编号
edit-no-stakeholders-yet = 没有关系人 `{ $id }`：{ $account } 还没有任何关系人；先把人加进 { $path }
edit-no-stakeholder-did-you-mean = { $account } 中没有关系人 `{ $id }`；是不是想写 `{ $suggestion }`？
edit-no-stakeholder = { $account } 中没有关系人 `{ $id }`；现有的人：{ $people }
edit-top-not-a-mapping = 文件的顶层不是映射
edit-interactions-indented = `{ $key }:` 没有顶格；请手工编辑文件
edit-interactions-unclosed = `{ $key }:` 后的 `[` 没有闭合
edit-empty-sequence = 列表是空的
edit-interactions-not-a-list = `interactions:` 不是列表；请先修正文件
edit-would-not-read-back = 改动后的文件无法读回；请手工编辑
edit-stance-shared = `{ $person }` 的态度通过 YAML 锚点、别名或合并键（`&`、`*`、`<<`）与他人共用：在这里改会连带改掉别人的；先把各人的态度分开写，再运行一次
edit-stance-shared-with = `{ $person }` 的态度通过 YAML 锚点、别名或合并键（`&`、`*`、`<<`）与 { $others } 共用：在这里改会连带改掉他们的；先把各人的态度分开写，再运行一次
edit-stance-unclosed = `stance` 中的 `{"{"}` 没有闭合
edit-stance-empty = `stance` 映射是空的；请手工填写
error-no-such-path = { $path }：文件或目录不存在
error-not-searched = { $message }（有些文件有错误，没有搜索；请运行 `guanxi validate`）
error-cannot-follow-link = 无法跟随链接 { $path }：{ $reason }
error-cannot-lock = 无法锁定 { $path }：{ $reason }
error-cannot-read = 无法读取 { $path }：{ $reason }
error-change-invalid = 这个改动会使 { $path } 无效；什么也没有写入
error-changed-meanwhile = guanxi 编辑期间 { $path } 被改动了；什么也没有写入：请再运行一次
error-cannot-write-unchanged = 无法写入 { $path }：{ $reason }；文件没有改动
git-not-a-repository = { $path } 不在 git 仓库中
git-failed = git 出错：{ $reason }
git-cannot-run = 无法运行 git：{ $reason }
git-said = { $text }
git-other-repository = { $path } 与 { $first } 不在同一个仓库
git-not-a-commit = `{ $name }` 不是本仓库的提交
git-no-commit-before = { $date } 当天或之前没有提交
git-missing-object = git 无法读取对象 { $id }：仓库可能已损坏（试试 `git fsck`）
git-partial-read = git 只读到 { $all } 个文件版本中的 { $read } 个：仓库可能已损坏（试试 `git fsck`）
error-since-not-a-number = `{ $text }` 不是天数或周数
error-since-too-far = `{ $text }` 往前推得太远了
error-since-date = { $error }；或者写一个时段，如 30d 或 8w
history-reading = 正在读取 git 历史…
history-shallow-clone = 注意：这是一个浅克隆；最早的提交是历史的起点，而不是一次变化（`git fetch --unshallow` 取回全部历史）
error-shell-not-supported = 不支持这个 shell；请用 bash、zsh、fish、elvish 或 powershell
error-cannot-make-dir = 无法创建 { $path }：{ $reason }
error-cannot-write = 无法写入 { $path }：{ $reason }
error-no-command = 没有命令 `{ $query }`；{ $hint }
error-excel-is-for-csv = --excel 只用于 CSV：不带 --format 使用，或与 --format csv 一起用
error-xlsx-needs-output = xlsx 工作簿是二进制文件：用 --output 文件名.xlsx 给它起个名字
error-cannot-write-nothing = 无法写入 { $path }：{ $reason }；什么也没有写入
error-no-valid-account = 没有编号为 `{ $id }` 的有效客户；{ $hint }
error-no-such-owner = 没有人以 `{ $owner }` 的身份负责客户；{ $hint }
error-amounts-without-currency = { $accounts } 写了金额却没有 `commercial.currency`，而各客户用了不止一种币种：请写上币种，并在 .guanxi.yaml 的 `fx:` 中为它加上汇率
error-missing-rates = 各客户用了不止一种币种，而 .guanxi.yaml 的 `fx:` 中没有 { $list } 的汇率；为每种币种添加折算成同一单位的汇率，例如 `fx: {"{"} CNY: 1, USD: 7.1 {"}"}`，并给每个客户写上 `commercial.currency`
error-init-link = { $path } 是一个链接；guanxi init 只在 { $dir } 之内写入；什么也没有写入
error-init-exists = { $dir } 中已有 { $files }；什么也没有写入
error-stance-pair = `{ $text }` 不是“列=态度”的写法；例如 `us=支` 或 `Jia=反`
error-level-allowed = 请用 高层、中层 或 基层（或 executive、middle、staff）
error-role-allowed = 请用 首倡者、技术支持者、关键使用者、内部支持者、辅助决策者 或 核心决策者（或 initiator、technical、user、coach、advisor、decider）
error-person-set-nothing = 请说明要改什么：--title、--department、--level、--roles、--reports-to、--influence、--procurement-team 或 --cadence
error-new-no-slug = 名称中没有可用来起文件名的字母、数字或汉字；用 --id 指定一个（例如 --id huadong-power）
error-new-invalid-id = `{ $id }` 不是有效的编号：只能用小写字母、数字、`.`、`_` 和 `-`
error-not-a-directory = { $path } 不是目录
error-new-invalid-text = 名称或负责人无法写成有效的客户文件；请用简单些的文字
error-new-outside = { $path }（.guanxi.yaml 的 `paths:` 中）是指向仓库之外的链接；什么也没有写入（用文件夹替换这个链接，或用 --dir 指定）
error-new-exists = { $path } 已经存在；什么也没有写入
error-install-git-form = 请写成 git=URL@REV，例如 git=https://github.com/acme/guanxi@4f2c1e9
error-install-url = `{ $url }` 不是可以写进工作流的 https:// 地址
error-install-rev = `{ $rev }` 不是提交哈希：请固定到一个提交（7 到 40 位十六进制数字），它不会像分支或标签那样移动
error-install-checksum = 请加上压缩包的校验和：https://…/guanxi-x86_64-unknown-linux-gnu.tar.gz#sha256=HEX（用 `sha256sum` 得到）
error-install-archive-url = `{ $url }` 不是可以写进工作流的 .tar.gz 压缩包的 https:// 地址
error-install-sha = SHA-256 是 64 位十六进制数字
error-install-source = 请用 cargo、git=URL@COMMIT，或 https://…/guanxi-TARGET.tar.gz#sha256=HEX
error-size-not-a-size = `{ $text }` 不是大小；请写字节数，或带 K、M、KiB、MiB 的数字
error-size-unit = 未知的大小单位 `{ $unit }`；请用 K、M、KiB 或 MiB
error-size-too-large = `{ $text }` 太大了
error-stance-allowed = 请用 帮 支 中 反 不（或 mentor、supporter、neutral、opponent、unknown）
error-stance-did-you-mean = 是不是想写 `{ $suggestion }`？{ error-stance-allowed }
error-file-has-errors = 客户文件有错误；请运行 `guanxi validate`
error-competitor-not-in-file = 文件中没有这个竞争对手
error-no-stakeholder = 没有关系人 `{ $id }`
error-no-competitors = 无
error-not-a-competitor = `{ $name }` 不是 { $account } 的竞争对手；现有的竞争对手：{ $competitors }
error-days-back = `{ $text }`：写 -Nd 表示往前 N 天，例如 -2d
error-log-date = { $error }；或者写 today（今天）、yesterday（昨天）或 -Nd（截止日期前 N 天）
error-kind-allowed = 请用以下之一：{ $chinese }（或 { $names }）
error-intel-allowed = 请用 accurate（准确）、inaccurate（不准）或 unverified（未核实）
error-cost = 花费是一个数字，零或正数
report-no-ranking-error = 没有排序：{ $error }
error-files-left-out = { $files } 个有错误的文件未纳入分析（见 `guanxi validate`）
man-wrote = 已在 { $dir } 写入 { $pages } 个手册页
write-read-only = 文件是只读的；如确要修改，先把它改为可写
write-other-owner = 文件属于另一个用户；guanxi 不替换它

## 命令行：--help、clap 自己的用语和错误。英文是 clap 派生的文档注释；
## 以下按位置查找（见 src/cli/help.rs）。

cli-usage = 用法：
cli-commands = 命令
cli-command = 命令
cli-arguments = 参数
cli-options = 选项
cli-options-placeholder = 选项
cli-default = 默认：
cli-env = 环境变量：
cli-possible-values = 可选值：
cli-possible-values-heading = 可选值：
cli-error = 错误：
cli-error-invalid-value = 参数 '{ $arg }' 的值 '{ $value }' 无效
cli-error-refused = 参数 '{ $arg }' 的值 '{ $value }' 无效：{ $why }
cli-error-unknown-argument = 无法识别的参数 '{ $arg }'
cli-error-invalid-subcommand = 没有命令 '{ $command }'
cli-error-missing-argument = 缺少必需的参数：{ $arg }
cli-error-missing-subcommand = 缺少命令
cli-error-conflict = 参数 '{ $arg }' 不能与 '{ $prior }' 同时使用
cli-error-values = 参数 '{ $arg }' 的值的个数不对
cli-error-other = 命令行有误：{ $error }
cli-error-suggestion = 提示：是不是想写 '{ $suggestion }'？
cli-error-more = 更多信息请用 '--help'。

cli-about = 基于纯文本客户文件的大客户关系管理
    .long =
        guanxi 读取一个由 YAML 客户文件组成的仓库（每个大客户一个文件：客户的关系人、他们对我方和对每个竞争对手的态度，以及往来记录），对它做检查、分析和报告。

        退出码：0 无问题，1 有发现或有无效文件，2 用法或读写错误。
cli-after = 在客户计划仓库中先运行 `guanxi validate`，或用 `guanxi init 目录` 新建一个。每个命令都有自己的 --help。
cli-help-about = 打印本说明，或某个命令的说明
cli-person-help-about = 打印本说明，或某个命令的说明

## 所有命令共有的参数

cli-arg-help = 打印帮助
    .long = 打印帮助（-h 显示摘要）
cli-arg-version = 打印版本
cli-arg-paths = 要读取的文件或目录（默认：当前目录）
cli-arg-accounts = 只看这个编号的客户；可重复以指定多个
cli-arg-as_of = 按这个日期（YYYY-MM-DD）而不是今天来判断一切
    .long =
        按这个日期（YYYY-MM-DD）而不是今天来判断一切。

        此日期之后的往来不计入分析。`validate` 把今天之后（或者这个日期更晚时，此日期之后）的往来当作写错的日期报告；过去的日期不会让之后的往来变成错误。
cli-arg-color = 何时给输出着色
cli-value-color-auto = 写到终端且未设置 NO_COLOR 时着色
cli-value-color-always = 总是着色，管道输出也着色
cli-value-color-never = 从不着色
cli-arg-lang = 界面语言：en 或 zh（中文）。默认：.guanxi.yaml 中的 `lang:`，否则看 LC_ALL / LC_MESSAGES / LANG（zh_CN.UTF-8 → zh），否则 en。代码、JSON 键和 JSON 值保持英文
cli-arg-threads = 用 N 个线程读取文件（默认：每个核一个）
cli-arg-owner = 只看我方这个人负责的客户（其 `owner:`）
cli-arg-at_commit = 按截止日期当天或之前最后一次提交时的样子读取客户文件（态度和人员不带日期：这样才能准确重跑过去的某一周）
cli-arg-rev = 按这个提交（哈希、标签或分支）时的样子读取客户文件
cli-arg-format = 输出格式
cli-value-format-table = 终端里对齐的表格
cli-value-format-json = JSON，供脚本使用的稳定格式
cli-value-format-csv = 带表头的 CSV，用于电子表格
cli-value-format-markdown = Markdown 表格，用于 GitHub、GitLab 和聊天
cli-value-format-sarif = SARIF 2.1.0，用于 GitHub 代码扫描：每条发现都是其客户文件上的一个结果
cli-arg-all = 包括已离开客户的人
cli-arg-fail = 有任何发现时以退出码 1 结束
cli-arg-account = 客户编号、文件名（不含扩展名），或编号、名称的唯一前缀

## validate

cli-validate-about = 检查客户文件，报告每个问题，附行号和修正办法
    .long =
        检查客户文件，报告每个问题，附行号和修正办法。

        遍历每个 PATH（默认：当前目录），跳过隐藏文件和目录，把每个 .yaml/.yml 文件当作客户文件读取。所有文件在一次运行中检查；一个坏文件不会掩盖另一个。

        退出码：0 没有错误（可以有警告），1 有文件出错，2 路径不存在或无法读取。
cli-validate-after =
    示例：
      guanxi validate                       检查 . 下的一切
      guanxi validate accounts/ --format github
                                            在 GitHub 拉取请求上标注
      guanxi validate --format json | jq '.diagnostics[].code'
      guanxi validate --format sarif > guanxi.sarif  # GitHub 代码扫描
cli-validate-arg-paths = 要检查的文件或目录
cli-validate-value-format-human = 源码片段，标出问题所在，并给出修正办法
cli-validate-value-format-json = 一个 JSON 对象：{"{"}files, errors, warnings, diagnostics: [...]{"}"}
cli-validate-value-format-github = GitHub Actions 工作流命令（::error file=…,line=…::…）
cli-validate-value-format-sarif = SARIF 2.1.0，用于 GitHub 代码扫描和其他 SARIF 查看器
cli-validate-arg-max_file_size = 读取的最大文件，以字节计（可带后缀 K、M、KiB、MiB）。默认：.guanxi.yaml 中的 `max_file_size`，否则 8 MiB

## positioning

cli-positioning-about = 打印每个客户的关系定位表：谁站在哪里，对我方、对每个竞争对手（docs/domain.md §2）
    .long =
        打印每个客户的关系定位表：谁站在哪里，对我方、对每个竞争对手（docs/domain.md §2）。

        每位在职关系人一行，按层级、影响力、姓名排序；我方一栏，每个竞争对手一栏。表下：对我方各种态度的人数，以及态度不明但要紧的人（核心决策者、辅助决策者、技术支持者、采购小组），要通过帮助者去摸清。
cli-positioning-after =
    示例：
      guanxi positioning example-accounts/
      guanxi table --account qingshan-steel --symbols zh
      guanxi positioning --lang zh                # 关系定位表，全中文
      guanxi positioning --format csv > positioning.csv
cli-positioning-arg-symbols = 表格、CSV 和 Markdown 中态度的写法（JSON 总是英文）。默认：--lang zh 时表格和 Markdown 用 zh，否则 en
cli-positioning-value-symbols-en = 英文词：mentor、supporter、neutral、opponent、unknown
cli-positioning-value-symbols-zh = 帮 支 中 反 不，和现场在纸上画的表一样

## neglected

cli-neglected-about = 列出团队冷落了的人，最严重的在前（docs/domain.md §4）。
    .long =
        列出团队冷落了的人，最严重的在前（docs/domain.md §4）。

        原因，按严重程度：
          unanswered-help  对方求助（help-requested）后，help_response_days
                           （默认 14）天内没有帮助（help-given）
          overdue          上次联系已超过按其对我方态度定的节奏（帮 30、
                           支 60、中 90、反 180 天；关系人自己的
                           cadence_days 优先）——人走茶凉
          never-contacted  帮、支或中，却从未有过往来

        只算仍在客户那里的人；截止日期之后的往来不计。即使有发现，退出码也是 0，除非用 --fail。
cli-neglected-after =
    示例：
      guanxi neglected example-accounts/
      guanxi neglected --account huadong-power --format markdown
      guanxi neglected --fail          # CI：有人被冷落时退出码为 1

## overclaimed

cli-overclaimed-about = 标出证据撑不住的“帮助者”（关系甄别，docs/domain.md §3）。
    .long =
        标出证据撑不住的“帮助者”（关系甄别，docs/domain.md §3）。

        规则：
          too-many-mentors    在职的帮助者多于 max_mentors（默认 2）
          mentor-majority     4 人以上，其中一半或更多标为“帮”
          all-friendly        5 人以上，列了竞争对手，却没有一个对我方中立或反对
          unreliable-intel    帮或支，有 2 条以上已核实的情报，一半以上不准
          unproven-claim      帮或支，既无证据，也无被证实准确的情报
          no-decider-access   一位非决策者的帮助者花掉了近 180 天 60% 以上的
                              费用，而没有见过任何决策者
          conflicting-stance  我方的帮或支，同时也是某个竞争对手的
          entertainment-only  帮或支，180 天内 3 次以上宴请、娱乐或礼品，
                              却没有任何增值往来
          stage-below-label   标为“帮”，关系阶段却只是相识或相知

        即使有发现，退出码也是 0，除非用 --fail。
cli-overclaimed-after =
    示例：
      guanxi overclaimed example-accounts/
      guanxi overclaimed --account nanhai-telecom --format json
      guanxi overclaimed --fail        # CI：有任何发现时退出码为 1

## rank

cli-rank-about = 按团队时间花在哪里最值得给客户排序（docs/domain.md §8）。
    .long =
        按团队时间花在哪里最值得给客户排序（docs/domain.md §8）。

        得分 0–100 = 三部分（各 0–100）的加权平均（权重在 .guanxi.yaml 的
        `rank:` 下；默认商业 40、关系 40、时机 20）：
          商业  收入、毛利、增长、空间（潜力 − 收入）、回款天数；金额按
                全部客户中的最大值取对数缩放；缺一个数字得一半，记“无数据”
          关系  情报经得起检验的帮助者、决策者、辅助决策者和技术支持者中的
                帮助者、反对的决策者、覆盖的采购角色、90 天内有往来的联系人、
                参与的我方团队职能、增值往来与应酬之比、共同的目标和已知的
                痛点；冷落和虚报的发现扣分
          时机  未结商机，按阶段和多快成交加权（本季度、6 个月内、更晚）
        不同币种的客户需要在 .guanxi.yaml 的 `fx:` 下给出汇率。
cli-rank-after =
    示例：
      guanxi rank example-accounts/
      guanxi rank --explain --account beigang-port
      guanxi rank --format csv > priority.csv
cli-rank-arg-explain = 列出每个客户得分的每项输入及其给出的分数

## coverage

cli-coverage-about = 显示每个客户对采购小组的覆盖（docs/domain.md §5、§6）。
    .long =
        显示每个客户对采购小组的覆盖（docs/domain.md §5、§6）。

        每个客户：六种采购角色（首倡者、技术支持者、关键使用者、内部支持者、
        辅助决策者、核心决策者），各由谁担任及其对我方的态度；近 90 天有往来的人；
        我方哪些团队职能接触了对方哪些层级和部门；以及警示：
          no-decider, no-coach  缺少角色中的红色警示
          missing-role          其他没人担任的角色（只列出，不算失败）
          thin-engagement       90 天内有往来的联系人少于 3 个
          single-threaded       我方只有一个人，或对方只有一个联系人
          bypass                见了高层决策者，而向其汇报的中层在此前 90 天
                                内一个也没接触
        以及商机未结时（docs/domain.md §9）：
          blind-spot            到了提交方案或谈判阶段，决策者、辅助决策者或
                                首倡者的个人赢面和顾虑没有记录
          junior-initiator      首倡者全是基层，或影响力都只有 1–2
          resisting-user        使用部门的负责人不站在我方，180 天内没有培训或演示
          late-technical        过了资格确认阶段，与对方技术支持者没有技术交流
                                或演示，或我方没有工程师参与
        用 --fail 时，出现 missing-role 以外的任何警示，退出码为 1。
cli-coverage-after =
    示例：
      guanxi coverage example-accounts/
      guanxi coverage --account qingshan-steel --format markdown
      guanxi coverage --format csv > coverage.csv
cli-coverage-arg-fail = 出现任何红色警示时以退出码 1 结束

## report

cli-report-about = 经理要读、脚本要发邮件或贴出的每周报告
    .long =
        经理要读、脚本要发邮件或贴出的每周报告。

        客户排序（前 N 名及三部分得分）、自某日以来的变化（态度向我方或离我方的变动、加入或离开的人、谁记录了哪些往来及其增值比例；读自 git）、被冷落的人、虚报的帮助者、覆盖缺口、30 天和 90 天内成交的商机，以及“待摸清”名单。不在 git 仓库中也能运行，并说明变化一节需要 git 历史。
cli-report-after =
    示例：
      guanxi report --since 7d > weekly.md
      guanxi report accounts/ --since 2026-11-16 --maps
      guanxi report --format json | jq '.neglected | length'
cli-report-arg-since = 时段：一个日期，或截止日期之前的一段时间（`7d`、`2w`）
cli-report-arg-top = 排序中显示多少个客户
cli-report-arg-maps = 为每个客户加一张 Mermaid 关系图
cli-report-value-format-markdown = Markdown，用于 GitHub、GitLab、聊天和邮件
cli-report-value-format-json = JSON，包含 Markdown 显示的一切
cli-report-value-format-html = 一个自包含的 HTML 页面（内嵌 CSS 和 SVG，无脚本，不联网）：用于浏览器、邮件客户端或打印

## agenda

cli-agenda-about = 未来几天要做的事，最急的在前：每个行动一行，说明做什么、为谁、为什么
    .long =
        未来几天要做的事，最急的在前：每个行动一行，说明做什么、为谁、为什么。

        未回应的求助、逾期的联系、从未联系的人、窗口期内到期的联系（在其节奏到期的当天）、窗口期内成交的商机、要摸清的态度，以及按关系阶段给帮助者的下一步。`--owner` 只看某销售负责的客户；`--by` 只看我方这个人在团队中或记录过往来的客户。`--format ics` 写出日历文件：每个行动一个全天事件，UID 稳定，再次导入会更新事件。
cli-agenda-after =
    示例：
      guanxi agenda --owner li.ming example-accounts/
      guanxi agenda --by chen.hao --days 14
      guanxi agenda --owner li.ming --format ics > week.ics
cli-agenda-arg-by = 只看我方这个人在团队中或记录过往来的客户
cli-agenda-arg-days = 往后看多少天，含今天
cli-agenda-value-format-json = JSON：各个行动，每个都是带到期日的发现
cli-agenda-value-format-markdown = Markdown，用于聊天和邮件
cli-agenda-value-format-ics = iCalendar：每个行动在其到期日一个全天事件；再次导入会更新事件而不是重复添加

## history

cli-history-about = 按提交逐一列出态度变动、人员加入和离开、记录的往来，读自客户文件的 git 历史
    .long =
        按提交逐一列出态度变动、人员加入和离开、记录的往来，读自客户文件的 git 历史。

        最早的在前。向我方和离我方的变动会标出（在竞争对手一栏，向他们靠拢就是离我方远去）。会追踪重命名的文件；某次提交中无法解析的文件会报告并跳过。需要 git 仓库（在仓库外退出码为 2）。
cli-history-after =
    示例：
      guanxi history --since 30d
      guanxi history accounts/ --since 2026-10-01 --account qingshan-steel
      guanxi history --format csv > moves.csv
cli-history-arg-since = 只看这个日期以来，或截止日期之前这么长时间以来的变化（`30d`、`8w`）

## map

cli-map-about = 画出客户的权力图：由 `reports_to` 得出的组织图，每人按对我方的态度着色，突出决策者，标出竞争对手的帮助者，附图例
    .long =
        画出客户的权力图：由 `reports_to` 得出的组织图，每人按对我方的态度着色，突出决策者，标出竞争对手的帮助者，附图例。

        Mermaid 可在 GitHub 和 GitLab 的 ```mermaid 代码块中显示；DOT 用 Graphviz 渲染：guanxi map 客户 --format dot | dot -Tsvg > map.svg
cli-map-after =
    示例：
      guanxi map qingshan-steel example-accounts/
      guanxi map huadong-power --format dot | dot -Tsvg > huadong.svg
      guanxi map huadong-power --format svg > huadong.svg   # 不需要 Graphviz
cli-map-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-map-value-format-mermaid = Mermaid 流程图
cli-map-value-format-dot = Graphviz DOT
cli-map-value-format-svg = SVG，在程序内排版（layout-rs）：不需要 Graphviz
cli-map-arg-all = 包括已离开的人（灰色）

## export

cli-export-about = 把客户、关系人或往来导出为扁平的表（docs/export.md）。
    .long =
        把客户、关系人或往来导出为扁平的表（docs/export.md）。

        每行一条记录，列名稳定：JSON Lines 用于数据仓库，CSV 用于电子表格（--excel 给 Excel 用：带 BOM 和 CRLF，中文才显示正确），或 Excel 工作簿（--format xlsx --output 文件）。
          duckdb -c "SELECT kind, count(*) FROM read_json_auto('interactions.jsonl') GROUP BY kind"
cli-export-after =
    示例：
      guanxi export --table interactions > interactions.jsonl
      guanxi export accounts/ --table stakeholders --format csv > stakeholders.csv
      guanxi export --table stakeholders --excel --output stakeholders.csv
      guanxi export --table interactions --format xlsx --output interactions.xlsx
cli-export-arg-table = 哪一张表
cli-export-arg-format = 输出格式。默认：jsonl（用 --excel 时为 csv）
cli-export-value-format-jsonl = JSON Lines：每行一个对象
cli-export-value-format-csv = 带表头的 CSV
cli-export-value-format-xlsx = Excel 工作簿（.xlsx），一个工作表；需要 --output
cli-export-arg-excel = 给 Excel 用的 CSV：UTF-8 带字节顺序标记（BOM），行尾为 CRLF
cli-export-arg-output = 写到文件（原子写入：要么全写，要么不写）而不是标准输出；xlsx 必须用
cli-export-arg-notes = 包括往来的备注（自由文本，常有客户方人员的个人信息）；不加此项时 `note` 列为空

## log

cli-log-about = 记录一次往来：在客户的 `interactions` 末尾加一条，文件其余每个字节保持原样
    .long =
        记录一次往来：在客户的 `interactions` 末尾加一条，文件其余每个字节保持原样。

        ACCOUNT 是客户编号、文件名（不含扩展名），或编号、名称的唯一前缀。写入前会像 `validate` 一样检查新文件；有任何错误就什么也不改。写入是原子的，并用锁串行化，所以并行运行也不会丢条目。
cli-log-after =
    示例：
      guanxi log qingshan-steel --with zhao --kind visit --note "和总工程师一起看现场"
      guanxi log Qingshan --with zhao,sun --kind meal --cost 1800 --date 2026-11-20
      guanxi log huadong-power --with chen --kind help-given --by he.qiang
      guanxi log huadong-power --with xu.gong --kind 技术交流 --date 昨天
cli-log-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-log-arg-with = 和哪些关系人（编号，用逗号分隔或重复给出）
cli-log-arg-kind = 往来类型：拜访 电话 邮件 消息 宴请 娱乐 礼品 演示 技术交流 培训 联合销售 方案 高层拜访 求助 帮助 其他；或英文：visit、call、email、message、meal、entertainment、gift、demo、tech-exchange、training、joint-selling、proposal、exec-visit、help-requested、help-given、other。文件里的往来类型写中文就写中文，否则写英文
cli-log-arg-date = 何时发生：YYYY-MM-DD、`today`（今天）、`yesterday`（昨天）或 `-Nd`（截止日期前 N 天）。默认：截止日期，即今天
cli-log-arg-cost = 花费，以客户的币种计
cli-log-arg-intel = 对方给的信息是否被证实：accurate（准确）、inaccurate（不准）、unverified（未核实）
cli-log-arg-from = 情报是谁提供的，须是 --with 中的一个（和对方好几个人在一起时要写：情报只算在提供它的人身上）
cli-log-arg-by = 我方参与的人（默认：客户负责人）
cli-log-arg-note = 备注，任意文字

## stance

cli-edit-about = 用 $VISUAL 或 $EDITOR 编辑客户文件；只保存有效的文件
    .long =
        用 $VISUAL 或 $EDITOR 编辑客户文件；只保存有效的文件。

        编辑器打开的是一份副本。退出编辑器后，副本会像 `validate` 一样被检查：有错误时，编辑器会再次打开，错误作为注释列在最上面，直到文件有效，或者你不保存直接退出。只有有效的文件才会以原子方式替换原文件，而且只在这期间没有别人改过原文件时才替换。
cli-edit-after =
    示例：
      EDITOR=vim guanxi edit qingshan-steel
      VISUAL='code --wait' guanxi edit huadong-power accounts/
cli-edit-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-import-about = 导入团队已有的资料：把关系定位表（Excel 或 CSV）读入客户档案，或把 CRM 导出的数据变成客户文件
cli-import-after =
    示例：
      guanxi import sheet 关系定位表.xlsx --account huadong-power --dry-run
      guanxi import crm salesforce-export/ accounts/
cli-import-help-about = 打印本说明，或某个命令的说明
cli-import-sheet-about = 把关系定位表读入客户档案：档案中已有的人（按编号，否则按姓名匹配）更新，新人加入
    .long =
        把关系定位表读入客户档案：档案中已有的人（按编号，否则按姓名匹配）更新，新人加入。

        FILE 是 .xlsx 工作簿（第一个工作表，或 --sheet 指定）或 CSV，每行一个人，表头中英文均可：姓名/name、职务/title、部门/department、层级/level、角色/roles、对我方态度/us，以及每个竞争对手一列（对甲自动化态度，或竞争对手的名称）；表头上方的标题行和合并单元格会跳过。态度写 帮 支 中 反 不 或英文。有问题的单元格会按位置报告（Sheet1!C7），其余照常导入。
cli-import-sheet-after =
    示例：
      guanxi import sheet 关系定位表.xlsx --account huadong-power --dry-run
      guanxi import sheet positioning.csv --account qingshan-steel accounts/
cli-import-sheet-arg-file = 表格：.xlsx 或 CSV
cli-import-sheet-arg-account = 客户编号、文件名（不含扩展名），或编号、名称的唯一前缀
cli-import-sheet-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-import-sheet-arg-sheet = 要读取的工作表（默认：第一个）
cli-import-sheet-arg-dry_run = 以 diff 显示将对文件做的修改，不写入
cli-import-sheet-arg-new = 档案中没有这个客户时，先以 ACCOUNT 为名新建（像 `guanxi new` 那样，负责人为 --owner，默认 $USER）
cli-import-sheet-arg-owner = 新建客户的客户负责人（默认：$USER）
cli-import-crm-about = 把 CRM 导出的数据（Salesforce 式 CSV）变成客户文件：每个客户一个文件，联系人作为关系人，带上角色和汇报关系
    .long =
        把 CRM 导出的数据（Salesforce 式 CSV）变成客户文件：每个客户一个文件，联系人作为关系人，带上角色和汇报关系。

        DIR 中有 Account.csv（Id、Name）、Contact.csv（Id、AccountId、FirstName 和 LastName 或 Name、Title、Department、ReportsToId），以及可选的 OpportunityContactRole.csv（ContactId、Role）。档案中已有的客户（按名称或编号）补上缺少的人和不同的字段；新客户像 `guanxi new` 那样写成文件。态度一律是“不”（CRM 不知道态度）；层级从职务推断；CRM 的角色按文档中的默认对应关系和 .guanxi.yaml 的 `crm_roles:` 换成采购角色。
cli-import-crm-after =
    示例：
      guanxi import crm salesforce-export/ accounts/
      guanxi import crm export/ --owner li.ming
cli-import-crm-arg-dir = 导出的 CSV 文件所在的文件夹
cli-import-crm-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-import-crm-arg-owner = 新建客户的客户负责人（默认：$USER）
cli-import-crm-arg-dry_run = 以每个文件的 diff 显示将写入的内容，不写入
cli-person-about = 在命令行里增加关系人、修改他的信息，或标记他已离开
    .long =
        在命令行里增加关系人、修改他的信息，或标记他已离开，不用打开 YAML。

        每次修改都直接拼接进文件（注释和排版保持不变），写入前像 `validate` 一样检查，会改动其他内容的修改一律拒绝；有任何错误就什么也不改。
cli-person-after =
    示例：
      guanxi person add qingshan-steel --name "Sun Li" --level middle --roles coach
      guanxi person add huadong-power --name 刘明 --level 中层 --stance us=支
      guanxi person set qingshan-steel sun --title "Deputy Director" --influence 4
      guanxi person leave huadong-power 刘明 --date 2026-11-30
cli-person-add-about = 把一个人加入客户的关系人
cli-person-add-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-person-add-arg-name = 他的名字，按团队的写法（任何文字）
cli-person-add-arg-level = 层级：高层 中层 基层（或 executive、middle、staff）
cli-person-add-arg-id = 他的编号（默认：由名字生成，中文名用拼音）
cli-person-add-arg-title = 职务
cli-person-add-arg-department = 部门
cli-person-add-arg-roles = 采购角色（用逗号分隔）：首倡者 技术支持者 关键使用者 内部支持者 辅助决策者 核心决策者，或英文名
cli-person-add-arg-stance = 态度，写成“列=态度”，用逗号分隔：`us=支,Jia=反`（默认：us=不）
cli-person-add-arg-reports_to = 他的上级的编号（或名字），须已在档案中
cli-person-set-about = 修改档案中关于某人的信息，每个字段就地修改
cli-person-set-arg-person = 关系人的编号或名字
cli-person-set-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-person-set-arg-title = 职务
cli-person-set-arg-department = 部门
cli-person-set-arg-level = 层级：高层 中层 基层（或 executive、middle、staff）
cli-person-set-arg-roles = 全部采购角色（用逗号分隔）
cli-person-set-arg-reports_to = 他的上级的编号（或名字），须已在档案中
cli-person-set-arg-influence = 对决策的影响力，1 到 5
cli-person-set-arg-procurement_team = 是否是采购小组成员：true 或 false
cli-person-set-arg-cadence = 他自己的联系周期（天）
cli-person-leave-about = 标记某人已离开客户（`left:`）；仍保留在档案中
cli-person-leave-arg-person = 关系人的编号或名字
cli-person-leave-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-person-leave-arg-date = 离开的日期（默认：截止日期，即今天）
cli-stance-about = 设定关系人的态度，对我方或对某个竞争对手
    .long =
        设定关系人的态度，对我方或对某个竞争对手。

        就地改一个值（或加上竞争对手的键），让 git 历史记下这次变动。VALUE 为 帮 支 中 反 不，或 mentor、supporter、neutral、opponent、unknown；原来写中文的仍写中文。写入前会检查新文件；有任何错误就什么也不改。
cli-stance-after =
    示例：
      guanxi stance qingshan-steel liu supporter
      guanxi stance qingshan-steel liu --against "Jia Automation" opponent
      guanxi stance huadong-power xu.gong 支
cli-stance-arg-paths = 要查找的文件或目录（默认：当前目录）
cli-stance-arg-stakeholder = 关系人的编号
cli-stance-arg-value = 新的态度
cli-stance-arg-against = 设定对这个竞争对手的态度，而不是对我方

## new

cli-new-about = 写出一个带注释的客户文件骨架，原样即可通过检查
    .long =
        写出一个带注释的客户文件骨架，原样即可通过检查。

        文件按名称（或 --id）的拼写命名，放在 --dir 中，开头是供编辑器补全的 schema 声明行，列出每个字段。绝不覆盖已有文件。
cli-new-after =
    示例：
      guanxi new "Qingshan Steel Group" --owner li.ming --dir accounts
      guanxi new 华东电网检修分公司 --id huadong-power --owner wu.jie
cli-new-arg-name = 客户的名称，按平时的叫法
cli-new-arg-owner = 我方的客户经理（默认：$USER）
cli-new-arg-dir = 写入文件的目录。默认：在 .guanxi.yaml 设了 `paths:` 的仓库顶层时，取其第一项（`guanxi init` 建的仓库中为 `accounts/`）；否则为当前目录
cli-new-arg-id = 客户编号和文件名（默认：由名称生成）

## init

cli-init-about = 新建一个客户计划仓库：accounts/ 和一个示例、带注释的 .guanxi.yaml、JSON Schema、CI 工作流、pre-commit 配置和 README
    .long =
        新建一个客户计划仓库：accounts/ 和一个示例、带注释的 .guanxi.yaml、JSON Schema、CI 工作流、pre-commit 配置和 README。

        不会覆盖：只要有一个文件已存在，就什么也不写。
cli-init-after =
    示例：
      guanxi init account-plans && cd account-plans && guanxi validate
      guanxi init plans --install git=https://github.com/acme/guanxi@4f2c1e9
      guanxi init plans --install 'https://…/guanxi-TARGET.tar.gz#sha256=HEX'
cli-init-arg-dir = 新建仓库的目录（不存在就创建）
cli-init-arg-install = CI 工作流从哪里取得 guanxi：`cargo`（crates.io，本版本）、`git=URL@COMMIT`（在固定提交处从仓库构建），或 `https://…/guanxi-TARGET.tar.gz#sha256=HEX`（预编译的 Linux 程序，按 SHA-256 校验）。构建会缓存
cli-init-arg-lang = README、设置注释和示例客户的语言（zh：一个中文客户，并写 `lang: zh`）。默认：环境的语言（LANG=zh_CN.UTF-8 → zh），否则 en

## schema

cli-schema-about = 打印客户文件或 .guanxi.yaml 的 JSON Schema（2020-12）
    .long =
        打印客户文件或 .guanxi.yaml 的 JSON Schema（2020-12）。

        Schema 由 guanxi 读取文件所用的同一组 Rust 类型生成；仓库中的 `schemas/account.schema.json` 就是这个输出。在客户文件第一行让编辑器指向它：# yaml-language-server: $schema=../schemas/account.schema.json
cli-schema-arg-settings = 改为打印 .guanxi.yaml 的 schema

## completions

cli-completions-about = 打印 shell 补全代码：命令、选项、客户和关系人编号。
    .long =
        打印 shell 补全代码：命令、选项、客户和关系人编号。

        编号取自当前文件夹中的客户文件。每次按 TAB 都会询问 guanxi 本身，所以编号总是最新的：
        bash: echo 'source <(guanxi completions bash)' >> ~/.bashrc
        zsh:  echo 'source <(guanxi completions zsh)' >> ~/.zshrc
        fish: guanxi completions fish > ~/.config/fish/completions/guanxi.fish
        （等同于 `COMPLETE=bash guanxi`，即 clap_complete 的动态补全）
cli-completions-arg-shell = 哪种 shell

## man

cli-man-about = 打印一个手册页（roff），或把所有手册页写出来。
    .long =
        打印一个手册页（roff），或把所有手册页写出来。

        guanxi man > ~/.local/share/man/man1/guanxi.1
        guanxi man validate > ~/.local/share/man/man1/guanxi-validate.1
        guanxi man --dir ~/.local/share/man/man1     # guanxi.1 和每个命令一页
cli-man-arg-command = 要打印哪个命令的手册页（默认：guanxi 自己的）
cli-man-arg-dir = 把 guanxi.1 和每个命令的 guanxi-COMMAND.1 写进 DIR（不存在就创建），每个文件原子写入
cli-aliases = （别名：{ $aliases }）
