//! Analyses: pure functions from valid accounts to report structs.
//!
//! Every analysis has the same shape:
//!
//! ```ignore
//! pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], options: &Options) -> Report
//! ```
//!
//! where `Report` is `Serialize` (JSON is serde of it) and holds data only:
//! no I/O, no process spawning, nothing formatted for one output. Rules that
//! find something produce [`Finding`]s, one type for every analysis.
//! `render` writes each report in every format. Every rule cites the
//! section of `docs/domain.md` it comes from; `docs/analyses.md` has its
//! reason and thresholds.
//!
//! `history` is the one analysis over another input: the versions
//! [`crate::load::git`] read, instead of the working files.

pub mod agenda;
pub mod coverage;
pub mod export;
pub mod finding;
pub mod history;
pub mod map;
pub mod neglect;
pub mod overclaim;
pub mod positioning;
pub mod rank;
pub mod report;
#[cfg(test)]
mod testing;

pub use finding::{Code, Family, Finding};

use crate::load::LoadedAccount;
use crate::model::Date;
use crate::model::lean::{Account, Interaction, Stakeholder};

/// What every analysis gets besides the accounts it looks at.
pub struct Ctx<'a> {
    pub settings: &'a crate::model::Settings,
    pub as_of: Date,
    /// Every valid account read, by id: what `rank` scales money against, so
    /// that narrowing the selection (`--account`) changes no score.
    pub portfolio: &'a [&'a LoadedAccount],
}

/// The interactions that count on `as_of`: those dated on or before it.
pub fn interactions_as_of(account: &Account, as_of: Date) -> impl Iterator<Item = &Interaction> {
    account.interactions.iter().filter(move |i| i.date <= as_of)
}

/// [`interactions_as_of`] for one person: theirs, from the account's index.
pub fn contacts_as_of<'a>(
    account: &'a Account,
    s: &Stakeholder,
    as_of: Date,
) -> impl Iterator<Item = &'a Interaction> + 'a {
    account.contacts_of(s).filter(move |i| i.date <= as_of)
}

/// [`recent`] for one person: theirs, from the account's index.
pub fn recent_contacts<'a>(
    account: &'a Account,
    s: &Stakeholder,
    as_of: Date,
    days: i64,
) -> impl Iterator<Item = &'a Interaction> + 'a {
    account
        .contacts_of(s)
        .filter(move |i| in_window(i.date, as_of, days))
}

/// The people still at the customer on `as_of`.
pub fn active(account: &Account, as_of: Date) -> impl Iterator<Item = &Stakeholder> {
    account
        .stakeholders
        .iter()
        .filter(move |s| s.is_active(as_of))
}

/// Accounts in a stable order: by id.
pub fn sorted(accounts: &[LoadedAccount]) -> Vec<&LoadedAccount> {
    let mut v: Vec<&LoadedAccount> = accounts.iter().collect();
    v.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.path.cmp(&b.path)));
    v
}

/// "Engaged" means an interaction in this many days up to the as-of date
/// (docs/domain.md §6: complex sales need three to five engaged contacts).
pub const ENGAGED_DAYS: i64 = 90;

/// Whether `date` is in "the last `days` days" up to `end`: the `days`
/// days ending on (and including) `end`. Every time window of every rule
/// goes through here. With `end` 2026-11-23, the last 90 days are
/// 2026-08-26 to 2026-11-23.
pub fn in_window(date: Date, end: Date, days: i64) -> bool {
    date <= end && date.0 > end.0 - chrono::Duration::days(days)
}

/// Interactions dated in the last `days` days up to and including `as_of`
/// (see [`in_window`]).
pub fn recent(account: &Account, as_of: Date, days: i64) -> impl Iterator<Item = &Interaction> {
    account
        .interactions
        .iter()
        .filter(move |i| in_window(i.date, as_of, days))
}

/// Ids each once, in the order written: a look through the few kept so
/// far, or a set once they are many (a `by:` of 60,000 names stays linear).
pub fn each_once<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    const FEW: usize = 16;
    let mut out: Vec<&str> = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for id in ids {
        if out.len() == FEW && seen.is_empty() {
            seen.extend(out.iter().copied());
        }
        let new = if out.len() < FEW {
            !out.contains(&id)
        } else {
            seen.insert(id)
        };
        if new {
            out.push(id);
        }
    }
    out
}

/// The people an interaction was with, each once, in the order written.
pub fn with_ids<'a>(account: &'a Account, i: &Interaction) -> Vec<&'a str> {
    account.with_ids(i).collect()
}

/// Active stakeholders with an interaction in the last [`ENGAGED_DAYS`].
pub fn engaged(account: &Account, as_of: Date) -> std::collections::BTreeSet<&str> {
    let active: std::collections::BTreeSet<&str> =
        active(account, as_of).map(|s| s.id.as_str()).collect();
    recent(account, as_of, ENGAGED_DAYS)
        .flat_map(|i| account.with_ids(i))
        .filter(|id| active.contains(id))
        .collect()
}

/// Our people on an interaction: `by` (each once), or the owner.
pub fn our_people<'a>(account: &'a Account, i: &Interaction) -> Vec<&'a str> {
    match account.by(i) {
        [] => vec![account.owner.as_str()],
        by => each_once(by.iter().map(|b| b.as_str())),
    }
}

/// What one of our people does on the account, from `team`.
pub fn function_of(account: &Account, person: &str) -> Option<crate::model::TeamFunction> {
    account
        .team
        .iter()
        .find(|m| m.id == person)
        .and_then(|m| m.function)
}
