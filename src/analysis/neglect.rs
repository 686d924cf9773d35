//! Neglected relationships, docs/domain.md §4: "never lose contact with a
//! mentor", "answer their requests for help", and contact for everyone else
//! at a pace that fits where they stand.

use rayon::prelude::*;
use serde::Serialize;

use super::finding::{Msg, MsgArg, stance_name};
use super::{Code, Ctx, Finding, active};
use crate::load::LoadedAccount;
use crate::model::lean::{Interaction, Stakeholder};
use crate::model::{Date, InteractionKind, Stance};

/// No options: the cadences and the help deadline come from the settings.
pub type Options = ();

/// One neglected person: the finding, and the facts behind it.
#[derive(Debug, Serialize)]
pub struct Neglected {
    /// `code` is `unanswered-help`, `overdue` or `never-contacted`; `people`
    /// is the one person; `action` is the short form of the advice.
    #[serde(flatten)]
    pub finding: Finding,
    /// Their name.
    pub name: crate::model::Text,
    /// Stance toward us.
    pub stance: Stance,
    /// Date of the last interaction with them (for unanswered-help: of the
    /// request); `null` when never contacted.
    pub last_contact: Option<Date>,
    /// Days from `last_contact` to the as-of date.
    pub days_since: Option<i64>,
    /// The cadence that applies to them (for unanswered-help:
    /// `help_response_days`).
    pub cadence_days: Option<i64>,
}

impl Neglected {
    /// Days past the limit, for sorting (the most overdue first).
    fn overdue_by(&self) -> i64 {
        match (self.days_since, self.cadence_days) {
            (Some(d), Some(c)) => d - c,
            _ => 0,
        }
    }

    /// The person's id.
    pub fn stakeholder(&self) -> &str {
        self.finding.people.first().map_or("", |p| p.as_str())
    }
}

/// The short form of [`advice`], for tables: the catalogue's
/// `neglect-action-*` message.
fn action(code: Code, stance: Stance) -> Msg {
    Msg::new(match (code, stance) {
        (Code::UnansweredHelp, _) => "neglect-action-unanswered-help",
        (Code::PressingOpponent, _) => "neglect-action-pressing-opponent",
        (Code::LateHelp, _) => "neglect-action-late-help",
        (Code::NeverContacted, Stance::Opponent) => "neglect-action-never-contacted-opponent",
        (Code::NeverContacted, _) => "neglect-action-never-contacted",
        (_, Stance::Mentor) => "neglect-action-overdue-mentor",
        (_, Stance::Supporter) => "neglect-action-overdue-supporter",
        (_, Stance::Neutral) => "neglect-action-overdue-neutral",
        (_, Stance::Opponent) => "neglect-action-overdue-opponent",
        (_, Stance::Unknown) => "neglect-action-overdue-unknown",
    })
}

/// What to do for someone overdue, by where they stand (docs/domain.md §4).
fn advice(stance: Stance) -> MsgArg {
    MsgArg::msg(Msg::new(match stance {
        Stance::Mentor => "neglect-advice-mentor",
        Stance::Supporter => "neglect-advice-supporter",
        Stance::Neutral => "neglect-advice-neutral",
        Stance::Opponent => "neglect-advice-opponent",
        Stance::Unknown => "neglect-advice-unknown",
    }))
}

/// One person, as the neglect rules see them.
pub struct Person<'a> {
    pub ctx: &'a Ctx<'a>,
    pub account: &'a crate::model::lean::Account,
    pub s: &'a Stakeholder,
    pub stance: Stance,
    /// Their interactions up to the as-of date, in file order.
    pub mine: Vec<&'a Interaction>,
    /// The cadence that applies to them: their own, else their stance's.
    pub cadence: Option<i64>,
}

/// What a rule found: the date it counts from (the request, the last
/// contact; none for never contacted), the limit it measures against, and
/// the message.
pub type Said = (Option<Date>, Option<i64>, Msg);

/// A neglect rule on one person.
pub type Rule = fn(&Person) -> Option<Said>;

/// The rules, most serious first: each person is listed once, under the
/// first that fires (family, severity and reason are the code's).
pub const RULES: &[(Code, Rule)] = &[
    (Code::UnansweredHelp, unanswered_help),
    (Code::PressingOpponent, pressing_opponent),
    (Code::Overdue, overdue),
    (Code::NeverContacted, never_contacted),
    (Code::LateHelp, late_help),
];

/// The catalogue key of a neglect code's short name, for the tables of
/// languages that say it in words (中文 求助未回应).
pub fn label(code: Code) -> &'static str {
    match code {
        Code::UnansweredHelp => "neglect-code-unanswered-help",
        Code::PressingOpponent => "neglect-code-pressing-opponent",
        Code::Overdue => "neglect-code-overdue",
        Code::LateHelp => "neglect-code-late-help",
        _ => "neglect-code-never-contacted",
    }
}

/// `pressing-opponent`: this many project interactions with an opponent …
pub const PRESSING_CONTACTS: usize = 3;
/// … within this many days (docs/domain.md §10: do not try to turn them in
/// three to five days) …
pub const PRESSING_DAYS: i64 = 5;
/// … in the last this many days.
pub const PRESSING_WINDOW_DAYS: i64 = 90;
/// An opportunity won or lost this recently makes it the time to see the
/// opponents: `never-contacted` counts them then.
pub const AFTER_CLOSE_DAYS: i64 = 90;
/// `late-help`: a request answered late, in the last this many days.
pub const LATE_HELP_WINDOW_DAYS: i64 = 90;

/// Interactions about the project: what to leave out with an opponent.
fn is_project_work(kind: InteractionKind) -> bool {
    use InteractionKind as K;
    matches!(
        kind,
        K::Proposal | K::Demo | K::TechExchange | K::JointSelling | K::ExecVisit
    )
}

/// They asked for help and none followed within `help_response_days`: the
/// oldest request after the latest help given.
fn unanswered_help(p: &Person) -> Option<Said> {
    let help_days = p.ctx.settings.help_response_days();
    let helped = p
        .mine
        .iter()
        .filter(|g| g.kind == InteractionKind::HelpGiven)
        .map(|g| g.date)
        .max();
    let asked = p
        .mine
        .iter()
        .filter(|i| i.kind == InteractionKind::HelpRequested)
        .filter(|req| helped.is_none_or(|given| given < req.date))
        .map(|req| req.date)
        .min()?;
    let days = asked.days_until(p.ctx.as_of);
    (days >= help_days).then(|| {
        (
            Some(asked),
            Some(help_days),
            Msg::new("neglect-unanswered-help")
                .text("asked", asked.to_string())
                .text("days", days.to_string()),
        )
    })
}

/// The last contact is longer ago than their cadence.
fn overdue(p: &Person) -> Option<Said> {
    let last = p.mine.iter().map(|i| i.date).max()?;
    let (days, cadence) = (last.days_until(p.ctx.as_of), p.cadence?);
    (days > cadence).then(|| {
        (
            Some(last),
            Some(cadence),
            Msg::new("neglect-overdue")
                .text("days", days.to_string())
                .text("cadence", cadence.to_string())
                .arg("stance", MsgArg::msg(stance_name(p.stance)))
                .arg("advice", advice(p.stance)),
        )
    })
}

/// A mentor, supporter or neutral nobody has ever met; an opponent too
/// once an opportunity was won or lost lately (after the project is the
/// best moment to see them, docs/domain.md §10).
fn never_contacted(p: &Person) -> Option<Said> {
    if !p.mine.is_empty() {
        return None;
    }
    let counted = match p.stance {
        Stance::Mentor | Stance::Supporter | Stance::Neutral => true,
        Stance::Opponent => recently_closed(p.account, p.ctx.as_of).is_some(),
        Stance::Unknown => false,
    };
    if !counted {
        return None;
    }
    let message = match (p.stance, recently_closed(p.account, p.ctx.as_of)) {
        (Stance::Opponent, Some(deal)) => {
            Msg::new("neglect-never-contacted-opponent").text("deal", &deal.name)
        }
        _ => Msg::new("neglect-never-contacted")
            .arg("stance", MsgArg::msg(stance_name(p.stance)))
            .arg("advice", advice(p.stance)),
    };
    Some((None, p.cadence, message))
}

/// The opportunity won or lost most lately, within [`AFTER_CLOSE_DAYS`]
/// before `as_of` (by its `close` date).
pub fn recently_closed(
    account: &crate::model::lean::Account,
    as_of: Date,
) -> Option<&crate::model::lean::Opportunity> {
    account
        .opportunities
        .iter()
        .filter(|o| o.stage.is_some_and(|s| !s.is_open()))
        .filter(|o| {
            o.close
                .is_some_and(|c| c <= as_of && c.days_until(as_of) <= AFTER_CLOSE_DAYS)
        })
        .max_by_key(|o| o.close)
}

/// Several project interactions with an opponent within a few days, lately:
/// pressing them, which hardens them (§10).
fn pressing_opponent(p: &Person) -> Option<Said> {
    if p.stance != Stance::Opponent {
        return None;
    }
    let mut days: Vec<Date> = p
        .mine
        .iter()
        .filter(|i| is_project_work(i.kind))
        .filter(|i| i.date.days_until(p.ctx.as_of) <= PRESSING_WINDOW_DAYS)
        .map(|i| i.date)
        .collect();
    days.sort_unstable();
    // The first run of PRESSING_CONTACTS within PRESSING_DAYS, widened to
    // every contact it reaches.
    let start = days
        .windows(PRESSING_CONTACTS)
        .position(|w| w[0].days_until(w[PRESSING_CONTACTS - 1]) <= PRESSING_DAYS)?;
    let run: Vec<String> = days[start..]
        .iter()
        .take_while(|d| days[start].days_until(**d) <= PRESSING_DAYS)
        .map(|d| d.to_string())
        .collect();
    let last = days[start..]
        .iter()
        .take_while(|d| days[start].days_until(**d) <= PRESSING_DAYS)
        .max()
        .copied();
    Some((
        last,
        None,
        Msg::new("neglect-pressing-opponent")
            .number("count", run.len())
            .number("days", PRESSING_DAYS as usize)
            .arg("dates", MsgArg::List(run)),
    ))
}

/// A help request answered, but only after `help_response_days`, lately:
/// the dodge still happened, and leaves a trace (a note).
fn late_help(p: &Person) -> Option<Said> {
    let help_days = p.ctx.settings.help_response_days();
    let mut given: Vec<Date> = p
        .mine
        .iter()
        .filter(|g| g.kind == InteractionKind::HelpGiven)
        .map(|g| g.date)
        .collect();
    given.sort_unstable();
    p.mine
        .iter()
        .filter(|i| i.kind == InteractionKind::HelpRequested)
        .filter(|i| i.date.days_until(p.ctx.as_of) <= LATE_HELP_WINDOW_DAYS)
        .filter_map(|req| {
            let answered = given.iter().find(|g| **g >= req.date)?;
            let took = req.date.days_until(*answered);
            (took > help_days).then_some((req.date, *answered, took))
        })
        .max_by_key(|(asked, _, _)| *asked)
        .map(|(asked, answered, took)| {
            (
                Some(answered),
                Some(help_days),
                Msg::new("neglect-late-help")
                    .text("asked", asked.to_string())
                    .text("answered", answered.to_string())
                    .text("took", took.to_string())
                    .number("limit", usize::try_from(help_days).unwrap_or(0)),
            )
        })
}

/// Everyone neglected in one account: each active person under the first
/// rule of [`RULES`] that fires.
pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Vec<Neglected> {
    let account = &loaded.account;
    active(account, ctx.as_of)
        .filter_map(|s| {
            let stance = s.stance_us();
            let person = Person {
                ctx,
                account,
                s,
                stance,
                mine: super::contacts_as_of(account, s, ctx.as_of).collect(),
                cadence: s.cadence_days.or_else(|| ctx.settings.cadence_for(stance)),
            };
            let (code, (last, cadence, message)) = RULES
                .iter()
                .find_map(|(code, rule)| rule(&person).map(|said| (*code, said)))?;
            Some(Neglected {
                finding: Finding::said(
                    &loaded.id,
                    code,
                    vec![s.id.to_string()],
                    message,
                    action(code, stance),
                ),
                name: s.name.clone(),
                stance,
                last_contact: last,
                days_since: last.map(|d| d.days_until(ctx.as_of)),
                cadence_days: cadence,
            })
        })
        .collect()
}

/// Everyone neglected across `accounts`, most serious first: by code, then
/// the most overdue, then account and person.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], _: &Options) -> Vec<Neglected> {
    let mut out: Vec<Neglected> = accounts
        .par_iter()
        .flat_map_iter(|a| account(ctx, a))
        .collect();
    out.sort_by(|a, b| {
        a.finding
            .code
            .cmp(&b.finding.code)
            .then_with(|| b.overdue_by().cmp(&a.overdue_by()))
            .then_with(|| a.finding.account.cmp(&b.finding.account))
            .then_with(|| a.stakeholder().cmp(b.stakeholder()))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, assert_one_rule_each, person, with, yaml};

    fn codes(text: &str) -> Vec<(Code, String)> {
        with(&[account(text)], |ctx, all| {
            analyse(ctx, all, &())
                .into_iter()
                .map(|n| (n.finding.code, n.stakeholder().to_string()))
                .collect()
        })
    }

    #[test]
    fn every_neglect_code_has_one_rule_in_the_table() {
        let codes = RULES.iter().map(|(c, _)| *c);
        assert_one_rule_each(crate::analysis::Family::Neglect, codes);
    }

    #[test]
    fn unanswered_help_is_a_request_older_than_the_deadline_with_no_help_after() {
        let a = [person("a", "middle", "user", "supporter")];
        let old = ["{ date: 2026-11-01, with: [a], kind: help-requested }"];
        assert_eq!(codes(&yaml(&a, &old)), [(Code::UnansweredHelp, "a".into())]);
        // Thirteen days: not yet (the deadline is 14).
        let recent = ["{ date: 2026-11-10, with: [a], kind: help-requested }"];
        assert_eq!(codes(&yaml(&a, &recent)), []);
        let answered = [
            "{ date: 2026-11-01, with: [a], kind: help-requested }",
            "{ date: 2026-11-05, with: [a], kind: help-given }",
        ];
        assert_eq!(codes(&yaml(&a, &answered)), []);
    }

    #[test]
    fn overdue_is_past_the_stance_s_cadence() {
        let mentor = [person("m", "middle", "user", "mentor")];
        let cold = ["{ date: 2026-10-20, with: [m], kind: visit }"];
        assert_eq!(codes(&yaml(&mentor, &cold)), [(Code::Overdue, "m".into())]);
        let warm = ["{ date: 2026-10-30, with: [m], kind: visit }"];
        assert_eq!(codes(&yaml(&mentor, &warm)), []);
        // A neutral's cadence is longer.
        let neutral = [person("n", "middle", "user", "neutral")];
        let month = ["{ date: 2026-10-20, with: [n], kind: visit }"];
        assert_eq!(codes(&yaml(&neutral, &month)), []);
    }

    #[test]
    fn never_contacted_spares_opponents_and_unknowns() {
        let friend = [person("f", "middle", "user", "supporter")];
        assert_eq!(
            codes(&yaml(&friend, &[])),
            [(Code::NeverContacted, "f".into())]
        );
        for stance in ["opponent", "unknown"] {
            let other = [person("o", "middle", "user", stance)];
            assert_eq!(codes(&yaml(&other, &[])), [], "{stance}");
        }
    }

    #[test]
    fn an_old_unanswered_request_outranks_an_overdue_contact() {
        let text = yaml(
            &[
                person("asker", "middle", "user", "supporter"),
                person("cold", "middle", "user", "mentor"),
            ],
            &[
                "{ date: 2026-11-01, with: [asker], kind: help-requested }",
                "{ date: 2026-10-01, with: [cold], kind: visit }",
            ],
        );
        assert_eq!(
            codes(&text),
            [
                (Code::UnansweredHelp, "asker".to_string()),
                (Code::Overdue, "cold".to_string())
            ]
        );
    }

    #[test]
    fn help_given_answers_the_request_and_contact_on_the_cadence_is_in_time() {
        let text = yaml(
            &[person("asker", "middle", "user", "mentor")],
            &[
                "{ date: 2026-11-01, with: [asker], kind: help-requested }",
                "{ date: 2026-11-02, with: [asker], kind: help-given }",
                "{ date: 2026-10-24, with: [asker], kind: visit }",
            ],
        );
        assert_eq!(codes(&text), []);
    }

    #[test]
    fn help_given_before_a_request_does_not_answer_it() {
        let text = yaml(
            &[person("asker", "middle", "user", "mentor")],
            &[
                "{ date: 2026-09-01, with: [asker], kind: help-requested }",
                "{ date: 2026-09-02, with: [asker], kind: help-given }",
                "{ date: 2026-11-01, with: [asker], kind: help-requested }",
                "{ date: 2026-11-10, with: [asker], kind: visit }",
            ],
        );
        assert_eq!(codes(&text), [(Code::UnansweredHelp, "asker".to_string())]);
    }

    #[test]
    fn nobody_met_is_never_contacted_unless_opposed_or_unknown() {
        let text = yaml(
            &[
                person("n", "staff", "user", "neutral"),
                person("o", "staff", "user", "opponent"),
                person("u", "staff", "user", "unknown"),
            ],
            &[],
        );
        assert_eq!(codes(&text), [(Code::NeverContacted, "n".to_string())]);
    }

    #[test]
    fn someone_leaving_on_the_as_of_date_is_still_there() {
        let text = "account: T\nid: t\nowner: o\nstakeholders:\n  \
            - { id: a, name: A, level: staff, left: 2026-11-23, stance: { us: mentor } }\n  \
            - { id: b, name: B, level: staff, left: 2026-11-22, stance: { us: mentor } }\n";
        assert_eq!(codes(text), [(Code::NeverContacted, "a".to_string())]);
    }

    #[test]
    fn pressing_an_opponent_is_three_project_meetings_in_five_days() {
        let opponent = [person("o", "middle", "user", "opponent")];
        let pressed = [
            "{ date: 2026-11-10, with: [o], kind: proposal }",
            "{ date: 2026-11-12, with: [o], kind: demo }",
            "{ date: 2026-11-14, with: [o], kind: tech-exchange }",
        ];
        assert_eq!(
            codes(&yaml(&opponent, &pressed)),
            [(Code::PressingOpponent, "o".into())]
        );
        let spread = [
            pressed[0],
            pressed[1],
            "{ date: 2026-11-20, with: [o], kind: tech-exchange }",
        ];
        assert!(
            !codes(&yaml(&opponent, &spread))
                .iter()
                .any(|(c, _)| *c == Code::PressingOpponent)
        );
        let small_talk = [
            pressed[0],
            pressed[1],
            "{ date: 2026-11-14, with: [o], kind: meal }",
        ];
        assert!(
            !codes(&yaml(&opponent, &small_talk))
                .iter()
                .any(|(c, _)| *c == Code::PressingOpponent)
        );
        let helper = [person("o", "middle", "user", "supporter")];
        assert!(
            !codes(&yaml(&helper, &pressed))
                .iter()
                .any(|(c, _)| *c == Code::PressingOpponent)
        );
    }

    #[test]
    fn help_given_after_the_limit_leaves_a_note() {
        let helper = [person("h", "middle", "coach", "supporter")];
        let late = [
            "{ date: 2026-10-01, with: [h], kind: help-requested }",
            "{ date: 2026-10-20, with: [h], kind: help-given }",
            "{ date: 2026-11-20, with: [h], kind: visit }",
        ];
        assert_eq!(codes(&yaml(&helper, &late)), [(Code::LateHelp, "h".into())]);
        let prompt = [
            late[0],
            "{ date: 2026-10-10, with: [h], kind: help-given }",
            late[2],
        ];
        assert_eq!(codes(&yaml(&helper, &prompt)), []);
    }

    #[test]
    fn an_opponent_never_met_is_neglect_only_after_a_close() {
        let opponent = [person("o", "middle", "user", "opponent")];
        let closed = |stage: &str| {
            yaml(&opponent, &[]).replace(
                "owner: li.ming\n",
                &format!("owner: li.ming\nopportunities:\n  - {{ name: Line 3, value: 100, stage: {stage}, close: 2026-11-01 }}\n"),
            )
        };
        assert_eq!(codes(&closed("won")), [(Code::NeverContacted, "o".into())]);
        assert_eq!(codes(&closed("lost")), [(Code::NeverContacted, "o".into())]);
        assert_eq!(codes(&closed("develop")), []);
        assert_eq!(codes(&yaml(&opponent, &[])), []);
    }
}
