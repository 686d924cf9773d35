# guanxi's interface in English. Every message here has its twin in
# locales/zh-CN/guanxi.ftl (tests/i18n.rs checks both have the same keys).

## validate

validate-checked-clean = checked { $files ->
        [one] 1 file
       *[other] { $files } files
    }: no problems
validate-checked = checked { $files ->
        [one] 1 file
       *[other] { $files } files
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } ({ $bad ->
        [one] 1 file
       *[other] { $bad } files
    } with errors)

## positioning (the 关系定位表)

positioning-name = name
positioning-title = title
positioning-level = level
positioning-roles = roles
positioning-stage = stage
positioning-left = { $name } (left { $date })
positioning-counts = toward { $company }: { $parts }
positioning-find-out = find out where they stand: { $people }
positioning-procurement-team = procurement team
positioning-legend = 帮 mentor · 支 supporter · 中 neutral · 反 opponent · 不 unknown
positioning-none = no accounts to show

## shared

# Our side, when .guanxi.yaml names no company.
company-us = us

## tables

table-left-out = (left out to fit { $width } columns: { $columns }; widen the terminal or use --format csv)
