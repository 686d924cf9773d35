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
