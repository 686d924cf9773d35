//! Neglected relationships, docs/domain.md §4: "never lose contact with a
//! mentor", "answer their requests for help", and contact for everyone else
//! at a pace that fits where they stand.

use rayon::prelude::*;
use serde::Serialize;

use super::finding::{Msg, MsgArg, stance_name};
use super::{Code, Ctx, Finding, active};
use crate::load::LoadedAccount;
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

/// Everyone neglected in one account.
pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Vec<Neglected> {
    let account = &loaded.account;
    let help_days = ctx.settings.help_response_days();
    let mut out = Vec::new();
    for s in active(account, ctx.as_of) {
        let id = s.id.as_str();
        let stance = s.stance_us();
        let mine: Vec<_> = super::contacts_as_of(account, s, ctx.as_of).collect();
        let finding = |code, last: Option<Date>, cadence: Option<i64>, message: Msg| Neglected {
            finding: Finding::said(
                &loaded.id,
                code,
                vec![id.to_string()],
                message,
                action(code, stance),
            ),
            name: s.name.clone(),
            stance,
            last_contact: last,
            days_since: last.map(|d| d.days_until(ctx.as_of)),
            cadence_days: cadence,
        };

        // The oldest request not followed by help given on or after its day:
        // one after the latest help given.
        let helped = mine
            .iter()
            .filter(|g| g.kind == InteractionKind::HelpGiven)
            .map(|g| g.date)
            .max();
        let unanswered = mine
            .iter()
            .filter(|i| i.kind == InteractionKind::HelpRequested)
            .filter(|req| helped.is_none_or(|given| given < req.date))
            .map(|req| req.date)
            .min();
        // Each person is listed once, under the most serious reason.
        if let Some(asked) = unanswered {
            let days = asked.days_until(ctx.as_of);
            if days >= help_days {
                out.push(finding(
                    Code::UnansweredHelp,
                    Some(asked),
                    Some(help_days),
                    Msg::new("neglect-unanswered-help")
                        .text("asked", asked.to_string())
                        .text("days", days.to_string()),
                ));
                continue;
            }
        }

        let cadence = s.cadence_days.or_else(|| ctx.settings.cadence_for(stance));
        match mine.iter().map(|i| i.date).max() {
            Some(last) => {
                let days = last.days_until(ctx.as_of);
                if let Some(c) = cadence
                    && days > c
                {
                    out.push(finding(
                        Code::Overdue,
                        Some(last),
                        Some(c),
                        Msg::new("neglect-overdue")
                            .text("days", days.to_string())
                            .text("cadence", c.to_string())
                            .arg("stance", MsgArg::msg(stance_name(stance)))
                            .arg("advice", advice(stance)),
                    ));
                }
            }
            None if matches!(stance, Stance::Mentor | Stance::Supporter | Stance::Neutral) => {
                out.push(finding(
                    Code::NeverContacted,
                    None,
                    cadence,
                    Msg::new("neglect-never-contacted")
                        .arg("stance", MsgArg::msg(stance_name(stance)))
                        .arg("advice", advice(stance)),
                ));
            }
            None => {}
        }
    }
    out
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
    use crate::analysis::testing::{account, person, with, yaml};

    fn codes(text: &str) -> Vec<(Code, String)> {
        with(&[account(text)], |ctx, all| {
            analyse(ctx, all, &())
                .into_iter()
                .map(|n| (n.finding.code, n.stakeholder().to_string()))
                .collect()
        })
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
}
