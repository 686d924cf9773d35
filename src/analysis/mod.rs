//! Analyses: pure functions from valid accounts to report structs.
//!
//! Nothing here formats or prints; `render` turns the structs into tables,
//! CSV, Markdown or JSON. Every rule cites the DOMAIN.md section it comes
//! from, and its reason is in `docs/analyses.md`.

pub mod neglect;
pub mod overclaim;
pub mod positioning;

use crate::load::LoadedAccount;
use crate::model::{Account, Date, Interaction, Stakeholder};

/// What every analysis gets.
pub struct Ctx<'a> {
    pub settings: &'a crate::model::Settings,
    pub as_of: Date,
}

/// The interactions that count on `as_of`: those dated on or before it.
pub fn interactions_as_of(account: &Account, as_of: Date) -> impl Iterator<Item = &Interaction> {
    account
        .interactions
        .iter()
        .filter(move |i| i.date.value <= as_of)
}

/// The people still at the customer on `as_of`.
pub fn active(account: &Account, as_of: Date) -> impl Iterator<Item = &Stakeholder> {
    account
        .stakeholders
        .iter()
        .filter(move |s| s.is_active(as_of))
}

/// Whether an interaction involved this stakeholder.
pub fn involves(i: &Interaction, id: &str) -> bool {
    i.with.iter().any(|w| w.value == id)
}

/// Accounts in a stable order: by id.
pub fn sorted(accounts: &[LoadedAccount]) -> Vec<&LoadedAccount> {
    let mut v: Vec<&LoadedAccount> = accounts.iter().collect();
    v.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.path.cmp(&b.path)));
    v
}
