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
neglect-code-pressing-opponent = pressing-opponent
neglect-code-late-help = late-help
neglect-action-pressing-opponent = step back: talk about anything but the project
neglect-action-late-help = noted: answer faster next time
neglect-action-never-contacted-opponent = go and see them now the project is over
neglect-pressing-opponent = { $count } project meetings with this opponent within { $days } days ({ $dates }): an opponent is not turned in days, only hardened; keep a respectful distance and talk about anything but the project
neglect-late-help = asked us for help on { $asked } and got it only on { $answered }, { $took } days later (the limit is { $limit }): the dodge still happened; say why, and answer faster next time
neglect-never-contacted-opponent = an opponent nobody has met, and `{ $deal }` is over: after the project, won or lost, is the best moment to improve the relationship; go and see them, neither gloating nor bearing a grudge
neglect-action-unanswered-help = answer their request now
neglect-action-never-contacted = meet them
neglect-action-overdue-mentor = get in touch: never lose a mentor
neglect-action-overdue-supporter = get in touch; keep showing our lead
neglect-action-overdue-neutral = stay courteous and responsive
neglect-action-overdue-opponent = a courtesy call, not about the project
neglect-action-overdue-unknown = find out where they stand
neglect-unanswered-help = asked us for help on { $asked }, { $days } days ago, and has had no help since: answer now; a dodged request turns a helper into a determined opponent
neglect-overdue = no contact for { $days } days (cadence { $cadence } for a { $stance }): { $advice }
neglect-never-contacted = no interaction on record with this { $stance }: meet them, then { $advice }
neglect-advice-mentor = get in touch now: never lose contact with a mentor, project or no project (人走茶凉)
neglect-advice-supporter = get in touch: supporters need contact too, and reminding that our product and technology lead
neglect-advice-neutral = stay courteous and responsive so they do not drift into an opponent
neglect-advice-opponent = keep a respectful distance: a courtesy call about anything but the project
neglect-advice-unknown = find out where they stand

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
overclaim-all-friendly-no-competitors = all { $people } people are friendly or unknown toward us and the plan lists no competitors: the race is not mapped, and nobody opposing you usually means you do not know who does
overclaim-all-friendly-no-competitors-action = write the competitors under `competitors:`, then find out who backs each
overclaim-all-friendly-no-mentor-action = find out who backs each competitor through someone who trusts you, and fill in the competitor columns
overclaim-unproven-claim-warmth = { $name } is marked { $stance } on evidence of warmth alone (a welcome, a meal, a friendly talk: what every vendor gets), and no intel that proved right
overclaim-rival-coach = { $name } is on file as a coach but { $why }: no coach of ours, and perhaps misleading us
overclaim-rival-coach-mentor = is { $rivals }'s mentor
overclaim-rival-coach-intel = { $wrong } of { $rated } pieces of their intel proved wrong
overclaim-rival-coach-action = stop taking their word: check what they told you with someone else, and look for a coach among the well informed who trust us
overclaim-instant-loyalty = { $name } is marked { $claim }, first met { $days } days ago ({ $first }): trust takes longer than { $window } days to build
overclaim-instant-loyalty-action = mark where they really are (supporter, understanding) and earn the rest: keep your word, help them, and let time show it
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

## coverage of the buying group

coverage-no-decider = no decider on file: find out who signs off
coverage-no-decider-action = ask your mentor or coach who signs off, and get to meet them
coverage-no-coach = no coach on file: nobody inside tells you what is going on
coverage-no-coach-action = develop a coach: someone inside who tells you how the decision is being made
coverage-missing-role = nobody holds the { $role } role
coverage-missing-role-action = find out who plays the { $role } role
coverage-thin-engagement = { $count ->
        [one] 1 engaged contact
       *[other] { $count } engaged contacts
    } in the last { $days } days; complex sales need three to five
coverage-thin-engagement-action = engage more of the buying group: technical evaluators, users, the procurement team
coverage-one-to-one = one of us talks to one of them: if either leaves, the account is gone
coverage-one-of-us = only { $us } of our people met the customer in { $days } days: bring in engineers, executives, quality
coverage-one-of-them = only one contact on their side ({ $name }) in { $days } days
coverage-single-threaded-action = build the mesh: pair our engineers, executives and service with their counterparts
coverage-bypass = met { $decider } { $meetings ->
    [one] on { $dates }
   *[other] { $meetings } times ({ $dates })
} without engaging any of the managers reporting to them ({ $managers }) in the { $days } days before: a manager passed over may block you
coverage-bypass-action = bring the managers along: brief them before the next meeting with their boss
coverage-blind-spot = `{ $deal }` is at { $stage } and nothing is on record of what { $names } personally { $count ->
        [one] wants or fears
       *[other] want or fear
    }
coverage-blind-spot-action = find out, through your mentor, what each of them wants (control, image, security, recognition) and fears (more work, blame, losing control); write it under `wins:` and `fears:`
coverage-initiator-staff = staff level
coverage-initiator-little-influence = of influence 1–2
coverage-junior-initiator = the only initiators of `{ $deal }` are { $why }: { $names }
coverage-junior-initiator-action = find a sponsor higher up: get introduced to a manager or executive who would champion the purchase
coverage-resisting-user = { $name } heads a using department ({ $stance } toward us) and has had no training or demo from us in { $days } days while `{ $deal }` is open
coverage-resisting-user-action = train their people early so they feel the benefit, and give them stories to pass on
coverage-late-technical = `{ $deal }` is at { $stage }: { $what }
coverage-late-technical-neither = no technical exchange or demo with their technical evaluators, and none of our technical people on the account
coverage-late-technical-no-exchange = no technical exchange or demo with their technical evaluators
coverage-late-technical-no-engineers = none of our technical people on the account
coverage-late-technical-action = bring our engineers to theirs now: the more technical the product, the more their evaluator sways the decider
coverage-rival-decider = { $name } decides or advises on `{ $deal }` and is { $rivals }'s mentor or supporter ({ $stance } toward us): the rival may own the boss
coverage-rival-decider-action = find out what ties them to the rival, reach them through someone they trust, and do not build the deal on the people below them alone
coverage-no-mentor = `{ $deal }` is open and nobody inside is our mentor: without one we are blind and deaf
coverage-no-mentor-left = `{ $deal }` is open and our only mentors have left ({ $names }): without one inside we are blind and deaf
coverage-no-mentor-action = find a mentor: someone who trusts us, is well informed and gains if we win; until then, check everything you hear twice
coverage-hostile-technical = { $name } evaluates the technology and is against us while `{ $deal }` is open: the technical evaluator sways the decider
coverage-hostile-technical-action = learn their real reason, bring our engineers to them on their terms, and make sure the decider hears the technical case from someone else too
coverage-rival-initiator = { $name } started `{ $deal }` and is { $rivals }'s mentor or supporter: the project may be written for the rival
coverage-rival-initiator-action = read the requirements for the rival's hand, and get a sponsor of ours to shape them before they are fixed
coverage-one-department = all { $count } people engaged in { $days } days are in { $department }: still one line, not a mesh
coverage-one-department-procurement = all { $count } people engaged in { $days } days are in { $department }: buying alone is the flattest line of all
coverage-one-department-action = work with their design, production and business departments too, each through our people of the same function
coverage-role = role
coverage-held-by = held by (stance toward us)
coverage-nobody = — nobody
coverage-our-function = our function
coverage-our-people = our people
coverage-their-levels = their levels
coverage-their-departments = their departments
coverage-engaged = engaged in the last { $days } days ({ $count }): { $people }
coverage-engaged-nobody = nobody

## opportunity stages

opportunity-stage-qualify = qualify
opportunity-stage-develop = develop
opportunity-stage-propose = propose
opportunity-stage-negotiate = negotiate
opportunity-stage-won = won
opportunity-stage-lost = lost

## our team's functions

function-sales = sales
function-technical = technical
function-executive = executive
function-service = service
function-quality = quality
function-unknown = unknown

## agenda

agenda-due-soon = { $name } ({ $stance }): last contact { $last }; the { $limit }-day rhythm for a { $stance } runs out on { $due }
agenda-closing-soon = `{ $deal }` closes on { $close }{ $at }
agenda-at-stage = , at { $stage }
agenda-closing-soon-action = check where each decider stands, and what is still open, before the close
agenda-find-out = { $name } matters ({ $because }) and where they stand is unknown
agenda-find-out-action = ask your mentor where they stand, toward us and toward each competitor
agenda-find-out-action-no-mentor = find out through someone who trusts you, or meet them yourself: there is no mentor here whose word you can take yet
agenda-find-out-opponent = { $name } is against us and whose helper they are is unknown: find out whose, the stated and the real reason, and how much weight they carry
agenda-find-out-neutral = { $name } ({ $because }) is neutral while `{ $deal }` is open: truly neutral? why? can we win them as a supporter? could they turn against us?
agenda-next-step-doubted = settle first what `guanxi overclaimed` doubts about them ({ $codes }); deepen the bond only once the claim holds
agenda-see-opponents = `{ $deal }` is { $outcome }: now is the best moment to see { $names }, who opposed us
agenda-see-opponents-action = go and see them: after a win, never avoid them; neither gloat nor bear a grudge, and talk about what comes next
agenda-next-step = { $name } ({ $stance }) is at the stage `{ $stage }`
agenda-due = due
agenda-account = account
agenda-who = who
agenda-what-to-do = what to do
agenda-why = why
agenda-nothing = nothing due
agenda-nothing-sentence = Nothing due.

## the weekly report

report-no-history = the change section needs git history: { $reason }
sarif-finding = { $message }
    what to do: { $action }
export-too-many-rows = too many rows for one sheet (over 1,048,575): export to CSV or JSON Lines instead
render-cannot-format = a diagnostic could not be laid out for the terminal (try --format json)
report-title = Weekly account report
report-subtitle = As of { $asof } · changes since { $since } · { $accounts ->
        [one] 1 account
       *[other] { $accounts } accounts
    }
report-ranking = Portfolio ranking
report-no-ranking = No ranking: { $error }.
report-weeks = Stances toward us, week by week
report-changed-since = What changed since { $since }
report-no-changes = No changes to the account files in this period.
report-toward-us = Moves toward us
report-away-from-us = Moves away from us
report-other-changes = Other changes
report-joined = People who joined
report-left = People who left
report-logged = Interactions logged
report-our-person = our person
report-interactions = interactions
report-value-adding = value-adding
report-entertainment = entertainment
report-value-adding-share = value-adding share
report-unparseable = Files that did not parse
report-neglected = Neglected relationships
report-nobody = Nobody.
report-none = None.
report-account = account
report-stakeholder = stakeholder
report-stance = stance
report-reason = reason
report-what-happened = what happened and what to do
report-overclaimed = Over-claimed helpers
report-rule = rule
report-who = who
report-evidence = evidence
report-what-to-do = what to do
report-coverage-gaps = Coverage gaps
report-closing = Opportunities closing in the next { $days } days
report-close = close
report-in = in
report-in-days = { $days } days{ $flag }
report-opportunity = opportunity
report-stage = stage
report-value = value
report-find-out = Find out where they stand
report-everyone-known = Everyone who matters has a known stance.
report-maps = Relationship maps

## the ranking

rank-account = account
rank-score = score
rank-commercial = commercial
rank-relationship = relationship
rank-timing = timing
rank-rank = rank
rank-reasons = biggest lift / drag
rank-part = part
rank-input = input
rank-value = value
rank-points = points
rank-of-max = of
rank-effect = effect on score
rank-nothing = no accounts to rank
rank-no-data = no data
rank-verbatim = { $text }
rank-days = { $days } days
rank-none = none
rank-mentor-proven = { $name }, intel proved right
rank-mentor-claimed = { $name }, not proven
rank-of = { $part } of { $whole }
rank-engaged = { $count } in { $days } days
rank-goals = { $short } short-term, { $long } long-term { $goals ->
        [one] goal
       *[other] goals
    }; { $pressure } pressure { $pressure ->
        [one] point
       *[other] points
    }
rank-value-adding = { $part } of { $whole } (vs entertainment)
rank-findings = { $count } finding(s)
rank-close-passed = close date passed
rank-close-this-quarter = this quarter
rank-close-six-months = within 6 months
rank-close-later = later
rank-close-none = no close date
rank-opportunity-weighted = { $name }: { $stage }, { $when }, { $weighted } weighted
rank-opportunity-no-value = { $name }: { $stage }, { $when }, no value
rank-no-open = no open opportunities
rank-pipeline = { $weighted } from { $open } open
rank-lift = lift: { $name } { $value } ({ $effect })
rank-drag = drag: { $name } { $value } ({ $effect })
rank-drag-short = drag: { $name } { $value } ({ $lost } short)
rank-input-revenue = revenue
rank-input-margin = margin
rank-input-growth = growth
rank-input-headroom = headroom
rank-input-payment = payment
rank-input-mentor = mentor
rank-input-key-supporters = key supporters
rank-input-opposing-deciders = opposing deciders
rank-input-rival-deciders = rival's deciders
rank-input-hostile-evaluators = hostile evaluators
rank-input-buying-roles = buying roles
rank-input-engaged-contacts = engaged contacts
rank-input-our-team-functions = our team functions
rank-input-goals = goals and pressure points
rank-input-value-adding-share = value-adding share
rank-input-neglect = neglect
rank-input-over-claiming = over-claiming
rank-input-weighted-pipeline = weighted pipeline
rank-input-opportunity = · opportunity

## history: what moved

history-account-added = account added with { $count } stakeholders
history-account-removed = account removed
history-stakeholder-added = { $name } ({ $level }) added, { $stance } toward us
history-left = { $name } left on { $date }
history-help-answered-late = { $name } asked for help on { $asked } and got it on { $answered }, { $days } days later: the dodge still happened
history-stance = { $name } toward { $toward }: { $was } → { $now }{ $arrow }
history-us = us
history-toward-us = {" "}(toward us)
history-away-from-us = {" "}(away from us)
history-removed = { $name } removed
history-interactions = { $count ->
        [one] 1 interaction
       *[other] { $count } interactions
    } logged: { $kinds }
history-too-large = { $file } is too large in this commit ({ $size } bytes, over the limit of { $limit } bytes); not read, skipped
history-unparseable = { $file } does not parse in this commit; skipped
history-date = date
history-commit = commit
history-author = author
history-account = account
history-change = change
history-none = no changes
history-none-sentence = No changes.

## power maps

map-us = us: { $stance }
map-mentor-of = ★ mentor of { $rival }
map-left = left
map-legend = stance toward us
map-legend-stance = { $stance } { $symbol }
map-decider = decider
report-week-ending = week ending
chart-people = people

## notes on stderr

note-foreign-settings = note: using the settings in { $file }, above this folder and outside any git repository (its `paths:` and `exclude:` apply)
note-past-as-of = note: as of { $date }, but the account files have { $what }; stances and people are read as they are now (add --at-commit to read them as they were)
note-uncommitted = uncommitted changes
note-commits-after = commits after { $date }
note-commits-and-uncommitted = commits after { $date } and uncommitted changes
note-read-at-commit = read as of commit { $commit }, { $date }

## init

init-created = created an account-plan repository in { $dir }:
init-installs = the CI workflow installs guanxi from: { $source }
init-next = next: guanxi validate { $dir }

## edits

log-done = logged { $kind } with { $with } on { $date } in { $file }
stance-done = { $account }: { $person } toward { $toward }: { $old } → { $new }
person-added = added { $name } as `{ $id }` to { $account } in { $file }
person-set = { $account }: set { $fields } of `{ $id }` in { $file }
edit-person-exists = someone already has the id `{ $id }`; choose another with --id
edit-person-shared = the change would also change { $people }: a value shared through a YAML anchor or merge key; edit the file by hand
edit-person-unclosed = an unclosed `{"{"}` or `[` in this person's entry; fix the file first
edit-person-not-a-value = this field is written as a mapping; edit the file by hand
edit-review-header = this file has errors and was not saved; fix them below, save and quit (these lines are removed), or quit without saving to give up
edit-review-line = line { $line }, column { $column }: { $message } ({ $code })
edit-unchanged = { $file }: no changes
edit-saved = saved { $file }
edit-abandoned = { $file } was not changed: the edit still had errors
error-no-editor = set $VISUAL or $EDITOR to the editor to use (e.g. `export EDITOR=vim`)
error-editor-failed = the editor `{ $editor }` exited with an error; { $file } was not changed
import-cannot-read = cannot read { $file }: { $reason }
import-no-header = no header row in { $sheet }: the sheet needs a name column (姓名 or name) and at least one more (职务, 层级, 对我方态度…)
import-bad-level = `{ $value }` is not a level: use executive, middle or staff (高层 中层 基层)
import-bad-roles = `{ $value }` is not a list of buying roles (首倡者 技术支持者 关键使用者 内部支持者 辅助决策者 核心决策者, or their English names)
import-bad-stance = `{ $value }` is not a stance: use 帮 支 中 反 不, or mentor, supporter, neutral, opponent, unknown
import-bad-cell = { $cell }: { $message } (left out; the rest imported)
import-level-needed = { $name } ({ $cell }) is new and the sheet gives no level: add it in the level column
import-crm-missing = { $dir } has no { $file }: a CRM export needs Account.csv and Contact.csv
import-crm-no-account = the contact's AccountId is not in Account.csv; left out
import-crm-unknown-role = the CRM role `{ $role }` maps to no buying role; add it under `crm_roles:` in .guanxi.yaml (e.g. `crm_roles: {"{"} { $role }: advisor {"}"}`)
import-done = { $account }: { $added } added, { $updated } updated, in { $file }
new-done = wrote { $file }
new-done-made-id = wrote { $file } (id `{ $id }`, made from the name; give another with --id)

## Diagnostics of `validate`: what is wrong (message) and what to do (help).
## Codes stay English; these are their words.

check-duplicate-account-id = account id `{ $id }` (from its `id`) is also used by { $others }
check-duplicate-account-file-name = account id `{ $id }` (from its file name (no `id` given)) is also used by { $others }
check-duplicate-account-id-help = give each account a unique `id:`
check-setting-below-one = `{ $name }` is { $value }, it must be at least 1
check-setting-below-one-help = use a positive whole number, or delete the line for the default
check-weight-negative = `{ $name }` is { $value }, it must be zero or more
check-weight-negative-help = weights are relative: 40, 40, 20 is the default
check-weights-zero = the rank weights are all zero
check-weights-zero-help = give at least one part a positive weight
check-path-outside = `{ $path }` is not a folder inside this repository
check-path-outside-help = write paths relative to this file, without `..`: `paths: [accounts]`
check-exclude-limit = `exclude` has more than { $patterns } patterns; from this one on they are not applied
check-exclude-pattern = `exclude` pattern does not read: { $error }
check-exclude-pattern-help = write patterns as in .gitignore: `docs/`, `mkdocs.yml`, `*.draft.yaml`
check-rate-not-positive = the rate for { $currency } is { $value }, it must be above zero
check-rate-not-positive-help = rates convert each currency into one common unit, e.g. `CNY: 1`, `USD: 7.1`
check-no-stakeholders = no stakeholders on file
check-no-stakeholders-help = list everyone involved in buying, not only the boss (docs/domain.md §1)
check-contact-after-left = interaction on { $date } with `{ $id }`, who left on { $left }
check-contact-after-left-help = check the date, or correct their `left:` date
check-unknown-team-member = `by` names `{ $id }`, who is not the owner nor on `team`
check-unknown-team-member-help = add them to `team:` with their function, or fix the id
check-repeated-id = `{ $id }` is written twice in the same list; it counts once
check-repeated-id-help = delete the repeat
check-intel-giver-absent = `from: { $id }` names someone this interaction was not with
check-intel-giver-absent-help = add them to `with`, or name who among `with` gave the intel
check-uncredited-intel = intel `{ $intel }` on an interaction with several of their people, and no `from:` saying who gave it: it is credited to nobody
check-uncredited-intel-help = add `from:` with the one who gave it ({ $people }): intel belongs to the person, not to everyone at the table
check-duplicate-interaction = the same interaction is already logged on line { $line }
check-duplicate-interaction-help = delete one of the two entries
check-stale-opportunity = opportunity `{ $name }` was due to close on { $close } and is still open
check-stale-opportunity-help = set its stage to won or lost, or move the close date
check-potential-below-revenue = potential ({ $potential }) is below revenue ({ $revenue }), but potential is their total spend, ours included
check-potential-below-revenue-help = potential counts what they spend with every vendor; correct one of the figures
check-competitor-called-us = a competitor cannot be called `us`: that is the column for our own company
check-competitor-called-us-help = use the competitor's real name
check-competitor-twice = competitor `{ $name }` is listed twice (first on line { $line })
check-competitor-twice-help = list each competitor once
check-missing-us-stance = stakeholder `{ $id }` has no stance toward us
check-missing-us-stance-help = add `us: unknown` under `stance:` if you do not know yet, and find out (docs/domain.md §2)
check-stance-column-did-you-mean = did you mean `{ $suggestion }`? the columns are: { $columns }
check-stance-column-add = add `{ $name }` to the account's `competitors:` list
check-stance-column-add-or = add it to `competitors:`, or use one of: { $columns }
check-unknown-stance-column = stance toward `{ $name }`, which is not `us` nor a listed competitor
check-field = `{ $name }`
check-opportunity-value = the opportunity's `value`
check-not-finite = { $what } must be an ordinary number, not { $value }
check-not-finite-amount-help = write a plain number such as 20000
check-not-finite-percent-help = write a plain number such as 18 or -3.5
check-negative = { $what } is { $value }, it cannot be negative
check-negative-help = write zero or a positive amount
check-too-large = { $what } is { $value }, above the limit of 10^15
check-too-large-help = check the number of digits; amounts are plain numbers in the account's currency
check-influence-range = influence is { $value }, it must be from 1 to 5
check-influence-range-help = 1 is little say in the purchase, 5 is decisive
check-cadence-below-one = cadence_days is { $value }, it must be at least 1
check-cadence-below-one-help = the longest acceptable gap between contacts, in days
check-empty-with = this interaction names nobody in `with`
check-empty-with-help = list the stakeholder ids it was with, e.g. `with: [zhao]`
check-after-as-of = interaction dated { $date }, after the as-of date { $as_of }
check-in-the-future = interaction dated { $date }, which is in the future
check-future-interaction-help = check the year; log interactions once they have happened
check-person-id = `{ $id }` is not one word: our people's ids have no spaces or control characters
check-person-id-help = write it as one word, e.g. `li.ming` or `吴杰`
check-file-name-id = the file has no `id:`, and its name `{ $id }` cannot stand in as the account id: ids may only use a-z, 0-9, `.`, `_` and `-`
check-file-name-id-help = add `id: ` with a lowercase slug such as `qingshan-steel`, or rename the file to one
check-too-many-problems = { $more } more problems in this file are not listed (only the first { $shown } are)
check-too-many-problems-help = fix the ones listed and run again; a file this broken is usually one mistake repeated (a list pasted many times)
check-account-id = account id `{ $id }` may only use a-z, 0-9, `.`, `_` and `-`
check-account-id-help = use a lowercase slug such as `qingshan-steel`
check-stakeholder-id = stakeholder id `{ $id }` may only use a-z, 0-9, `.`, `_` and `-`
check-stakeholder-id-help = use a short lowercase handle such as `zhao` or `li.wei`; the name goes in `name`
check-duplicate-stakeholder-id = stakeholder id `{ $id }` is already used on line { $line }
check-duplicate-stakeholder-id-help = give each person a unique id (for namesakes add a suffix: `wang.2`)
check-unknown-stakeholder = `{ $field }` names `{ $id }`, but no stakeholder in this file has that id
check-unknown-stakeholder-did-you-mean = did you mean `{ $suggestion }`? or add a stakeholder with id `{ $id }`
check-unknown-stakeholder-help = add a stakeholder with id `{ $id }`, or fix the id
check-reports-to-cycle = reporting lines go round in a circle: { $cycle }
check-reports-to-cycle-help = someone in this loop reports to a person outside it (or to nobody)
read-outside-link = skipped: a link to { $target }, outside the folder being read
read-outside-link-help = account files live in the repository: replace the link with the file, or remove it
read-embedded-repository = a git repository among the account files ({ $what }): git could take it for the plan's own repository and run the programs its configuration names
read-embedded-repository-help = a plan repository holds account files, not repositories: remove this folder (`git rm -r --cached` it, then delete it)
read-pattern-limit = read only in part: past { $patterns } patterns or { $kib } KiB, the rest of this file is not applied
read-pattern-limit-help = no repository needs this many ignore patterns: write fewer, broader ones (a folder, `*.tmp.yaml`)
read-not-a-regular-file = skipped: not a regular file (a FIFO, socket or device)
read-not-a-regular-file-help = account files must be ordinary files; remove or rename this one
read-symlink-loop = symlink loop: this link points back to { $ancestor }
read-unreadable-entry-help = fix the permissions or the link, or move it out of the account tree
read-cannot-read = cannot read: { $reason }
io-permission-denied = permission denied
io-not-found = no such file or directory
io-is-a-directory = is a directory
io-unknown = unknown error
io-other = { $error }
read-unreadable-file-help = check the file's permissions
read-too-large = the file is { $size } bytes, over the limit of { $limit } bytes
read-too-large-help = split the file, or raise the limit with --max-file-size or `max_file_size` in .guanxi.yaml
read-invalid-utf8 = the file is not UTF-8: invalid byte { $byte } here
read-invalid-utf8-help = save the file as UTF-8 (most editors: File → Save with Encoding → UTF-8)
read-empty-file = the file is empty
read-empty-file-help = an account needs at least `account:`, `owner:` and `stakeholders:`; copy one from example-accounts/ to start
read-not-a-mapping = the top level must be a mapping of fields, found { $found }
read-not-a-mapping-help = an account file starts with `account: <name>` at the left margin
yaml-unclosed-quote = the `{ $quote }` that opens this value is never closed on its line; the YAML reader says: { $detail }
yaml-unclosed-quote-help = close it with `{ $quote }` at the end of the value, on the same line, or take it out
yaml-no-space-after-colon = `{ $key }:{ $value }` needs a space after the colon; the YAML reader says: { $detail }
yaml-no-space-after-colon-help = write `{ $key }: { $value }`
yaml-item-under-empty = `{ $key }: { $empty }` says it is empty, so the item below it has nowhere to go; the YAML reader says: { $detail }
yaml-item-under-empty-help = delete `{ $empty }` after `{ $key }:`, and keep the items under it
yaml-colon-in-value = the value of `{ $key }` has `: ` in it, which YAML reads as another key; the YAML reader says: { $detail }
yaml-colon-in-value-help = put the value in quotes: `{ $key }: "{ $value }"`
yaml-indentation = this line is indented { $spaces } spaces where the lines of its entry have { $expected }; the YAML reader says: { $detail }
yaml-indentation-help = indent it by { $expected } spaces, as the line above: the keys of one entry line up under each other
yaml-unclosed-bracket = the `{ $open }` that opens this value is never closed; the YAML reader says: { $detail }
yaml-unclosed-bracket-help = close it with `{ $close }` at the end of the value, on the same line
yaml-duplicate-id = two `id:` in one entry: the next person (or item) needs its own `- `
yaml-duplicate-id-help = start the second entry with `- ` at the same indent as the first one's `- `
yaml-parser = { $detail }
yaml-too-deep = nested more than { $depth } levels deep
yaml-too-many-aliases = too many anchors or aliases
yaml-too-many-values = too many values for one account file
yaml-alias-bomb = aliases expand to far more data than an account file holds (an alias bomb?)
yaml-duplicate-key = the same key twice: { $key }
yaml-multiple-documents = more than one YAML document (`---`) in one file
yaml-nested-too-deeply = nested too deeply ({ $detail })
yaml-limit-help = account files need no deep nesting or mass aliases; simplify the file
yaml-duplicate-key-help = keep one of the two entries
yaml-multiple-documents-help = put each account in its own file
yaml-tab-help = indent with spaces; YAML does not allow tabs for indentation
yaml-syntax-help = fix the YAML syntax at this position
date-not-a-date = `{ $text }` is not a date in the form YYYY-MM-DD
date-no-such-month = `{ $text }` has month { $month }; months run from 01 to 12
date-no-such-day = `{ $text }` does not exist: { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $last } days
value-a-list = a list
value-a-mapping = a mapping
value-a-single-value = a single value
value-nothing = nothing
value-nothing-empty = nothing (an empty value)
value-true-or-false = true or false
value-a-whole-number = a whole number
value-a-number = a number
value-text = text
value-a-date = a date written YYYY-MM-DD
value-literal = `{ $text }`
value-the-number = the number `{ $text }`
value-the-text = the text `{ $text }`
record-name = { $record ->
        [Account] the account
        [TeamMember] this team member
        [Commercial] `commercial`
        [Goal] this goal
        [Opportunity] this opportunity
        [Stakeholder] this stakeholder
        [Interaction] this interaction
        [Settings] the settings
        [CadenceDays] `cadence_days`
        [RankWeights] `rank`
        [StanceMap] `stance`
       *[other] this mapping
    }
record-name-capital = { $record ->
        [Account] The account
        [TeamMember] This team member
        [Commercial] `commercial`
        [Goal] This goal
        [Opportunity] This opportunity
        [Stakeholder] This stakeholder
        [Interaction] This interaction
        [Settings] The settings
        [CadenceDays] `cadence_days`
        [RankWeights] `rank`
        [StanceMap] `stance`
       *[other] This mapping
    }
replay-expected = expected { $expected }, found { $found }
replay-write-as-list = write it as a list: `[{ $raw }]`
replay-write-here = write { $expected } here
replay-quoted-number = expected { $expected }, found the text `{ $raw }` in quotes
replay-unquote-help = write the number without quotes: `{ $raw }`
replay-out-of-range = { $value } is out of range: allowed is { $min } to { $max }
replay-quote-help = put it in quotes to keep it as text: `"{ $raw }"`
replay-date-help = write the date as YYYY-MM-DD, a day that exists
replay-did-you-mean = did you mean `{ $suggestion }`?
replay-fields-here = the fields here are: { $fields }
replay-unknown-field = unknown field `{ $field }` in { $record }
replay-missing-field = { $record } is missing required field `{ $field }`
replay-add-field = add `{ $field }:` to { $record }
replay-allowed = allowed: { $expected }
replay-allowed-did-you-mean = did you mean `{ $suggestion }`? allowed: { $expected }
replay-or-aliases = { $names } (or { $aliases })
replay-not-one-of = `{ $value }` is not { $what }
replay-missing-field-bare = missing required field `{ $field }`
replay-unexpected-value = unexpected value `{ $value }`
replay-other = { $detail }
vocab-what = { $en }
diagnostic-help = help: { $help }
github-more-than-shown = { $errors } errors and { $warnings } warnings in all; GitHub shows the first { $shown } of each per step: run `guanxi validate` for every one
# The underline under a problem in Chinese; English shows the code in words.
diagnostic-here = here
# The word before a diagnostic's help, eight columns wide with its spaces.
diagnostic-help-word = {"  "}help:{" "}
yaml-tab = a tab where YAML wants spaces ({ $detail })
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the file system is read-only
hint-did-you-mean = did you mean `{ $suggestion }`?
hint-accounts = the accounts are: { $list }
hint-owners = the owners are: { $list }
hint-commands = the commands are: { $list }

## Errors: what stops a command (`guanxi: …` on stderr, exit 2), and why.

edit-no-account-here = no account `{ $query }`: no valid account files here
edit-no-account = no account `{ $query }`; { $hint }
edit-several-accounts = `{ $query }` matches several accounts: { $accounts }; use the id
edit-no-stakeholders-yet = no stakeholder `{ $id }`: { $account } has no stakeholders yet; add the people to { $path } first
edit-no-stakeholder-did-you-mean = no stakeholder `{ $id }` in { $account }; did you mean `{ $suggestion }`?
edit-no-stakeholder = no stakeholder `{ $id }` in { $account }; the people are: { $people }
edit-top-not-a-mapping = the file's top level is not a mapping
edit-interactions-indented = `{ $key }:` is not at the left margin; edit the file by hand
edit-interactions-unclosed = unclosed `[` after `{ $key }:`
edit-empty-sequence = empty block sequence
edit-interactions-not-a-list = `interactions:` is not a list; fix the file first
edit-would-not-read-back = the change would not read back; edit the file by hand
edit-stance-shared = `{ $person }`'s stance is shared through a YAML anchor, alias or merge key (`&`, `*`, `<<`): changing it here would change them too; write their stances out separately, then run this again
edit-stance-shared-with = `{ $person }`'s stance is shared with { $others } through a YAML anchor, alias or merge key (`&`, `*`, `<<`): changing it here would change them too; write their stances out separately, then run this again
edit-stance-unclosed = unclosed `{"{"}` in `stance`
edit-stance-empty = the `stance` mapping is empty; write it by hand
error-no-such-path = { $path }: no such file or directory
error-not-searched = { $message } (some files have errors and were not searched; run `guanxi validate`)
error-cannot-follow-link = cannot follow the link { $path }: { $reason }
error-cannot-lock = cannot lock { $path }: { $reason }
error-cannot-read = cannot read { $path }: { $reason }
error-change-invalid = the change would make { $path } invalid; nothing was written
error-changed-meanwhile = { $path } changed while guanxi was editing it; nothing was written: run the command again
error-cannot-write-unchanged = cannot write { $path }: { $reason }; the file is unchanged
git-not-a-repository = { $path } is not inside a git repository
git-failed = git failed: { $reason }
git-cannot-run = cannot run git: { $reason }
git-said = { $text }
git-other-repository = { $path } is in another repository than { $first }
git-not-a-commit = `{ $name }` is not a commit of this repository
git-no-commit-before = no commit on or before { $date }
git-missing-object = git cannot read object { $id }: the repository may be damaged (try `git fsck`)
git-partial-read = git could read only { $read } of { $all } file versions: the repository may be damaged (try `git fsck`)
error-since-not-a-number = `{ $text }` is not a number of days or weeks
error-since-too-far = `{ $text }` reaches too far back
error-since-date = { $error }; or write a span like 30d or 8w
history-reading = reading git history…
history-shallow-clone = note: this is a shallow clone; what its oldest commit holds is where the history starts, not a change (`git fetch --unshallow` for all of it)
error-shell-not-supported = this shell is not supported; use bash, zsh, fish, elvish or powershell
error-cannot-make-dir = cannot make { $path }: { $reason }
error-cannot-write = cannot write { $path }: { $reason }
error-no-command = no command `{ $query }`; { $hint }
error-excel-is-for-csv = --excel is for CSV: use it without --format, or with --format csv
error-xlsx-needs-output = an xlsx workbook is a binary file: give it a name with --output FILE.xlsx
error-cannot-write-nothing = cannot write { $path }: { $reason }; nothing was written
error-no-valid-account = no valid account with id `{ $id }`; { $hint }
error-no-such-owner = nobody owns an account as `{ $owner }`; { $hint }
error-amounts-without-currency = { $accounts } write amounts but no `commercial.currency`, and the portfolio uses more than one currency: add the currency, and a rate for it under `fx:` in .guanxi.yaml
error-missing-rates = the accounts use more than one currency and `fx:` in .guanxi.yaml has no rate for { $list }; add a rate for each into one unit, e.g. `fx: {"{"} CNY: 1, USD: 7.1 {"}"}`, and a `commercial.currency` on every account
error-init-link = { $path } is a link; guanxi init writes only inside { $dir }; nothing was written
error-init-exists = { $dir } already has { $files }; nothing was written
error-stance-pair = `{ $text }` is not COLUMN=STANCE; write e.g. `us=supporter` or `Jia=反`
error-level-allowed = use executive, middle or staff (高层 中层 基层)
error-role-allowed = use initiator, technical, user, coach, advisor or decider (首倡者 技术支持者 关键使用者 内部支持者 辅助决策者 核心决策者)
error-person-set-nothing = say what to set: --title, --department, --level, --roles, --reports-to, --influence, --procurement-team or --cadence
error-new-no-slug = the name has no letters, digits or Chinese characters to make a file name from; give one with --id (e.g. --id huadong-power)
error-new-invalid-id = `{ $id }` is not a valid id: use lowercase letters, digits, `.`, `_` and `-`
error-not-a-directory = { $path } is not a directory
error-new-invalid-text = the name or owner cannot be written as a valid account; try simpler text
error-new-outside = { $path } (in `paths:` of .guanxi.yaml) is a link leading outside the repository; nothing was written (replace the link with a folder, or pass --dir)
error-new-exists = { $path } already exists; nothing was written
error-install-git-form = write git=URL@REV, e.g. git=https://github.com/acme/guanxi@4f2c1e9
error-install-url = `{ $url }` is not an https:// URL guanxi can put in a workflow
error-install-rev = `{ $rev }` is not a commit hash: pin a commit (7 to 40 hex digits), which cannot move as a branch or tag can
error-install-checksum = add the archive's checksum: https://…/guanxi-x86_64-unknown-linux-gnu.tar.gz#sha256=HEX (from `sha256sum`)
error-install-archive-url = `{ $url }` is not an https:// URL of a .tar.gz archive guanxi can put in a workflow
error-install-sha = a SHA-256 is 64 hex digits
error-install-source = use cargo, git=URL@COMMIT, or https://…/guanxi-TARGET.tar.gz#sha256=HEX
error-size-not-a-size = `{ $text }` is not a size; write bytes, or a number with K, M, KiB or MiB
error-size-unit = unknown size unit `{ $unit }`; use K, M, KiB or MiB
error-size-too-large = `{ $text }` is too large
error-stance-allowed = use mentor, supporter, neutral, opponent, unknown (or 帮 支 中 反 不)
error-stance-did-you-mean = did you mean `{ $suggestion }`? { error-stance-allowed }
error-file-has-errors = the account's file has errors; run `guanxi validate`
error-competitor-not-in-file = the competitor is not in the file
error-no-stakeholder = no stakeholder `{ $id }`
error-no-competitors = none
error-not-a-competitor = `{ $name }` is not a competitor of { $account }; the competitors are: { $competitors }
error-days-back = `{ $text }`: write -Nd with N days back, e.g. -2d
error-log-date = { $error }; or write today, yesterday, or -Nd (N days before the as-of date)
error-kind-allowed = use one of: { $names } (or { $chinese })
error-intel-allowed = use accurate, inaccurate or unverified
error-cost = a cost is a number, zero or more
report-no-ranking-error = no ranking: { $error }
error-files-left-out = { $files ->
        [one] { $files } file with errors left out of the analysis (see `guanxi validate`)
       *[other] { $files } files with errors left out of the analysis (see `guanxi validate`)
    }
man-wrote = wrote { $pages } man pages in { $dir }
write-read-only = the file is read-only; make it writable first if the change is meant
write-other-owner = the file belongs to another user; guanxi does not replace it

## The command line's own words (clap's, for the languages that replace
## them; English keeps clap's). The help texts of commands and options are
## the doc comments in src/cli; other languages add `cli-…-about`,
## `cli-…-arg-…` and `cli-…-value-…` (see src/cli/help.rs).

cli-usage = Usage:{" "}
cli-commands = Commands
cli-command = COMMAND
cli-arguments = Arguments
cli-options = Options
cli-options-placeholder = OPTIONS
cli-default = default:{" "}
cli-env = env:{" "}
cli-possible-values = possible values:{" "}
cli-possible-values-heading = Possible values:
cli-error = error:{" "}
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-refused = invalid value '{ $value }' for '{ $arg }': { $why }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-invalid-subcommand = unrecognized subcommand '{ $command }'
cli-error-missing-argument = the following required arguments were not provided: { $arg }
cli-error-missing-subcommand = a subcommand is required
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
cli-error-values = the argument '{ $arg }' has the wrong number of values
cli-error-other = { $error }
cli-error-suggestion = tip: a similar name exists: '{ $suggestion }'
cli-error-more = For more information, try '--help'.
cli-aliases = {" "}[aliases: { $aliases }]
