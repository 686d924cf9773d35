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
positioning-find-out = 需摸清立场：{ $people }
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
neglect-action-unanswered-help = 马上回应他的求助
neglect-action-never-contacted = 去见一面
neglect-action-overdue-mentor = 马上联系：不能失去帮助者
neglect-action-overdue-supporter = 保持联系，继续展示我们的领先
neglect-action-overdue-neutral = 保持礼貌，及时回应
neglect-action-overdue-opponent = 礼节性拜访，不谈项目
neglect-action-overdue-unknown = 摸清他的立场
neglect-unanswered-help = { $asked } 向我们求助，已过去 { $days } 天仍未得到帮助：马上回应；躲着不回的求助会把帮助者变成坚定的反对者
neglect-overdue = 已 { $days } 天没有联系（对{ $stance }的联系周期是 { $cadence } 天）：{ $advice }
neglect-never-contacted = 档案里没有和这位{ $stance }的任何往来：先去见一面，然后{ $advice }
neglect-advice-mentor = 马上联系：不管有没有项目，都不能和帮助者断了联系（人走茶凉）
neglect-advice-supporter = 去联系：支持者也需要联系，并不断提醒他我们的产品和技术领先
neglect-advice-neutral = 保持礼貌、及时回应，别让他滑向反对者
neglect-advice-opponent = 保持尊重的距离：礼节性拜访，谈什么都行，就是别谈项目
neglect-advice-unknown = 摸清他的立场

## 关系甄别（over-claimed helpers）

overclaim-too-many-mentors = { $count } 人被标为帮助者（{ $names }）：一个客户真正的帮助者通常只有一个，最多 { $max } 个
overclaim-too-many-mentors-action = 帮助者多了等于没有：留下那个告诉你内部情况、事后证明属实的人，其余改为支持者或中立者
overclaim-mentor-majority = { $people } 人中有 { $mentors } 人被标为帮助者：一半客户都是“帮助者”时，多半一个也没有
overclaim-mentor-majority-action = 逐个检验：他告诉过你什么、后来证明属实？他为你做过什么？
overclaim-all-friendly = { $people } 人全都对我方友好或立场不明，而 { $competitors } 也在竞争：没有人反对你，通常说明你不知道谁在反对
overclaim-all-friendly-action = 问你的帮助者各家竞争对手背后是谁，把竞争对手各栏填上
overclaim-unreliable-intel = { $name }（{ $stance }）：他提供的 { $rated } 条情报中有 { $wrong } 条后来证明是错的
overclaim-unreliable-intel-action = 质疑这个定位：他可能故意误导你（是别家的帮助者），或者在内部说不上话
overclaim-unproven-claim = { $name } 被标为{ $stance }，却没有任何依据，也没有一条情报被证明属实
overclaim-unproven-claim-action = 把他为你说过、做过的事写进 `evidence:`，写不出来就先降低定位
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

## 行文中的立场

stance-name-mentor = 帮助者
stance-name-supporter = 支持者
stance-name-neutral = 中立者
stance-name-opponent = 反对者
stance-name-unknown = 立场不明者

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
coverage-bypass = { $date } 见了 { $decider }，但之前 { $days } 天内没有接触任何向他汇报的中层（{ $managers }）：被越过的中层可能会阻挠你
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
opportunity-stage-propose = 提交方案
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
agenda-closing-soon-action = 截止前确认每位核心决策者的立场，以及还有哪些事项未定
agenda-find-out = { $name } 很关键（{ $because }），但不清楚他的立场
agenda-find-out-action = 问你的帮助者，他对我方和各家竞争对手分别是什么立场
agenda-next-step = { $name }（{ $stance }）目前处于“{ $stage }”阶段
agenda-due = 截止
agenda-account = 客户
agenda-who = 对象
agenda-what-to-do = 怎么做
agenda-why = 原因
agenda-nothing = 近期没有待办
agenda-nothing-sentence = 近期没有待办。

## 周报

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
report-find-out = 需摸清立场的人
report-everyone-known = 所有关键人物的立场都已清楚。
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
history-stance = { $name } 对{ $toward }：{ $was } → { $now }{ $arrow }
history-us = 我方
history-toward-us = （转向我方）
history-away-from-us = （远离我方）
history-removed = 删除了 { $name }
history-interactions = 记录了 { $count } 次往来：{ $kinds }
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

note-past-as-of = 提示：截至日期为 { $date }，但客户档案有{ $what }；立场和人员按现在的档案读取（加 --at-commit 可按当时的档案读取）
note-uncommitted = 未提交的改动
note-commits-after = { $date } 之后的提交
note-commits-and-uncommitted = { $date } 之后的提交和未提交的改动
note-read-at-commit = 按提交 { $commit }（{ $date }）读取

## init

init-created = 已在 { $dir } 创建大客户关系档案仓库：
init-installs = CI 工作流从这里安装 guanxi：{ $source }
init-next = 下一步：guanxi validate { $dir }

## 编辑

log-done = 已在 { $file } 记录：{ $date } 与 { $with } { $kind }
stance-done = { $account }：{ $person } 对{ $toward }：{ $old } → { $new }
new-done = 已写入 { $file }
