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

## neglected

neglect-account = account
neglect-stakeholder = stakeholder
neglect-stance = stance
neglect-last-contact = last contact
neglect-days = days / limit
neglect-reason = reason
neglect-what-to-do = what to do
neglect-never = never
neglect-none = no neglected relationships
neglect-none-sentence = No neglected relationships.
neglect-code-unanswered-help = unanswered-help
neglect-code-overdue = overdue
neglect-code-never-contacted = never-contacted
neglect-action-unanswered-help = answer their request now
neglect-action-never-contacted = meet them
neglect-action-overdue-mentor = get in touch: never lose a mentor
neglect-action-overdue-supporter = get in touch; keep showing our lead
neglect-action-overdue-neutral = stay courteous and responsive
neglect-action-overdue-opponent = a courtesy call, not about the project
neglect-action-overdue-unknown = find out where they stand
