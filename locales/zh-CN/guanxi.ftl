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
