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

## over-claimed helpers (关系甄别)

overclaim-too-many-mentors = { $count } people are marked mentor ({ $names }); a real account has one, { $max } at most
overclaim-too-many-mentors-action = too many mentors means none: keep the one who tells you what goes on inside and proves right; re-rate the rest as supporters or neutrals
overclaim-mentor-majority = { $mentors } of { $people } people are marked mentor: when half the customer are "mentors", the rep most likely has none
overclaim-mentor-majority-action = test each mentor claim: what have they told you that proved right, what have they done for you?
overclaim-all-friendly = all { $people } people are friendly or unknown toward us while { $competitors } compete: nobody opposing you usually means you do not know who does
overclaim-all-friendly-action = ask your mentor who backs each competitor, and fill in the competitor columns
overclaim-unreliable-intel = { $name } ({ $stance }): { $wrong } of { $rated } pieces of intel they gave proved wrong
overclaim-unreliable-intel-action = question the label: they may mislead you on purpose (someone else's mentor) or carry no weight inside
overclaim-unproven-claim = { $name } is marked { $stance } with no evidence and no intel that proved right
overclaim-unproven-claim-action = write down what they said or did for you under `evidence:`, or lower the stance until you can
overclaim-no-decider-access = { $name } took { $share }% of the { $days }-day spend ({ $mine } of { $total }) while { $who }
overclaim-no-decider-on-file = no decider is on file
overclaim-nobody-met = nobody has met { $names } in that time
overclaim-no-decider-access-action = the single-thread trap: get introduced upward, bring your engineers to their technical people, and verify the claim with the boss
overclaim-entertainment-only = { $name } ({ $stance }): { $count } meals, entertainment or gifts in { $days } days{ $spend }, and no demo, exchange, training or help
overclaim-spent-on-them = , { $amount } spent on them
overclaim-entertainment-only-action = do business with them: a demo, a technical exchange, training for their people, help with a problem; then see whether the label holds
overclaim-stage-below-label = { $name } is marked mentor at the stage `{ $stage }`: a mentor trusts us personally, which takes respect, friendship and trust first
overclaim-stage-below-label-action = rate them a supporter for now, and work the stage: { $next }
overclaim-conflicting-stance = { $name } is marked our { $stance } and also a helper of { $rivals }
overclaim-conflicting-stance-action = a person cannot firmly back two rival vendors: find out which side they are really on
overclaim-account = account
overclaim-rule = rule
overclaim-stakeholders = stakeholders
overclaim-message = message
overclaim-help = help
overclaim-none = no over-claimed helpers
overclaim-none-sentence = No over-claimed helpers.

## relationship stages: the next step (docs/domain.md §9)

stage-next-acquainted = learn what they need and show competence
stage-next-understanding = solve a problem of theirs, on the job
stage-next-respect = learn their personal interests and serve one
stage-next-friendship = keep in touch off the project and help them personally
stage-next-trust = keep them informed, ask for introductions, never let contact lapse
stage-next-loyalty = never let contact lapse, project or no project

## stances in prose

stance-name-mentor = mentor
stance-name-supporter = supporter
stance-name-neutral = neutral
stance-name-opponent = opponent
stance-name-unknown = unknown
