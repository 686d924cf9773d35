//! Neglected relationships, DOMAIN.md §4: "never lose contact with a
//! mentor", "answer their requests for help", and contact for everyone else
//! at a pace that fits where they stand.

use serde::Serialize;

use super::{Ctx, active, interactions_as_of, involves};
use crate::load::LoadedAccount;
use crate::model::{Date, InteractionKind, Stance};

/// Why someone counts as neglected, most serious first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A help request with no help given since, older than `help_response_days`.
    UnansweredHelp,
    /// Last contact longer ago than the cadence for their stance.
    Overdue,
    /// A mentor, supporter or neutral nobody has ever contacted.
    NeverContacted,
}

impl Reason {
    pub const ALL: &'static [Reason] = &[
        Reason::UnansweredHelp,
        Reason::Overdue,
        Reason::NeverContacted,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::UnansweredHelp => "unanswered-help",
            Reason::Overdue => "overdue",
            Reason::NeverContacted => "never-contacted",
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Finding {
    pub account: String,
    pub stakeholder: String,
    pub name: String,
    /// Stance toward us.
    pub stance: Stance,
    pub reason: Reason,
    /// Date of the last interaction with them (for unanswered-help: of the
    /// request); `null` when never contacted.
    pub last_contact: Option<Date>,
    /// Days from `last_contact` to the as-of date.
    pub days_since: Option<i64>,
    /// The cadence that applies to them (for unanswered-help:
    /// `help_response_days`).
    pub cadence_days: Option<i64>,
    /// What happened and what to do, in one sentence.
    pub message: String,
    /// What to do, in a few words (the table's last column).
    pub action: String,
}

impl Finding {
    /// Days past the limit, for sorting (the most overdue first).
    fn overdue_by(&self) -> i64 {
        match (self.days_since, self.cadence_days) {
            (Some(d), Some(c)) => d - c,
            _ => 0,
        }
    }
}

/// The short form of [`advice`], for tables.
fn action(reason: Reason, stance: Stance) -> &'static str {
    match (reason, stance) {
        (Reason::UnansweredHelp, _) => "answer their request now",
        (Reason::NeverContacted, _) => "meet them",
        (_, Stance::Mentor) => "get in touch: never lose a mentor",
        (_, Stance::Supporter) => "get in touch; keep showing our lead",
        (_, Stance::Neutral) => "stay courteous and responsive",
        (_, Stance::Opponent) => "a courtesy call, not about the project",
        (_, Stance::Unknown) => "find out where they stand",
    }
}

fn advice(stance: Stance) -> &'static str {
    match stance {
        Stance::Mentor => {
            "get in touch now: never lose contact with a mentor, project or no project (人走茶凉)"
        }
        Stance::Supporter => {
            "get in touch: supporters need contact too, and reminding that our product and technology lead"
        }
        Stance::Neutral => "stay courteous and responsive so they do not drift into an opponent",
        Stance::Opponent => {
            "keep a respectful distance: a courtesy call about anything but the project"
        }
        Stance::Unknown => "find out where they stand",
    }
}

/// Everyone neglected in one account.
pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Vec<Finding> {
    let account = &loaded.account;
    let help_days = ctx.settings.help_response_days();
    let mut out = Vec::new();
    for s in active(account, ctx.as_of) {
        let id = s.id.as_str();
        let stance = s.stance_us();
        let mine: Vec<_> = interactions_as_of(account, ctx.as_of)
            .filter(|i| involves(i, id))
            .collect();
        let finding = |reason, last: Option<Date>, cadence: Option<i64>, message: String| Finding {
            account: loaded.id.clone(),
            stakeholder: id.to_string(),
            name: s.name.value.clone(),
            stance,
            reason,
            last_contact: last,
            days_since: last.map(|d| d.days_until(ctx.as_of)),
            cadence_days: cadence,
            message,
            action: action(reason, stance).to_string(),
        };

        // The oldest request not followed by help given on or after its day.
        let unanswered = mine
            .iter()
            .filter(|i| i.kind == InteractionKind::HelpRequested)
            .filter(|req| {
                !mine
                    .iter()
                    .any(|g| g.kind == InteractionKind::HelpGiven && g.date.value >= req.date.value)
            })
            .map(|req| req.date.value)
            .min();
        // Each person is listed once, under the most serious reason.
        if let Some(asked) = unanswered {
            let days = asked.days_until(ctx.as_of);
            if days >= help_days {
                out.push(finding(
                    Reason::UnansweredHelp,
                    Some(asked),
                    Some(help_days),
                    format!(
                        "asked us for help on {asked}, {days} days ago, and has had no help since: \
                         answer now; a dodged request turns a helper into a determined opponent"
                    ),
                ));
                continue;
            }
        }

        let cadence = s
            .cadence_days
            .as_ref()
            .map(|c| c.value)
            .or_else(|| ctx.settings.cadence_for(stance));
        match mine.iter().map(|i| i.date.value).max() {
            Some(last) => {
                let days = last.days_until(ctx.as_of);
                if let Some(c) = cadence
                    && days > c
                {
                    out.push(finding(
                        Reason::Overdue,
                        Some(last),
                        Some(c),
                        format!(
                            "no contact for {days} days (cadence {c} for a {stance}): {}",
                            advice(stance)
                        ),
                    ));
                }
            }
            None if matches!(stance, Stance::Mentor | Stance::Supporter | Stance::Neutral) => {
                out.push(finding(
                    Reason::NeverContacted,
                    None,
                    cadence,
                    format!(
                        "no interaction on record with this {stance}: meet them, then {}",
                        advice(stance)
                    ),
                ));
            }
            None => {}
        }
    }
    out
}

/// Findings across accounts, most serious first.
pub fn all(ctx: &Ctx, accounts: &[&LoadedAccount]) -> Vec<Finding> {
    let mut out: Vec<Finding> = accounts.iter().flat_map(|a| account(ctx, a)).collect();
    out.sort_by(|a, b| {
        a.reason
            .cmp(&b.reason)
            .then_with(|| b.overdue_by().cmp(&a.overdue_by()))
            .then_with(|| a.account.cmp(&b.account))
            .then_with(|| a.stakeholder.cmp(&b.stakeholder))
    });
    out
}
