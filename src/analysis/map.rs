//! The power map of one account: the org chart from `reports_to`, each
//! person with their stance toward us (DOMAIN.md §1, §2, §5).

use serde::Serialize;

use super::Ctx;
use crate::load::LoadedAccount;
use crate::model::{Date, Role, Stance};

/// What the map shows.
#[derive(Debug, Default, Clone, Copy)]
pub struct Options {
    /// Keep people who have left (drawn greyed).
    pub all: bool,
}

#[derive(Debug, Serialize)]
pub struct Map {
    pub account: String,
    pub name: String,
    pub nodes: Vec<Node>,
    /// (boss, report): an arrow from each boss to the people reporting to them.
    pub edges: Vec<(String, String)>,
}

#[derive(Debug, Serialize)]
pub struct Node {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    pub roles: Vec<Role>,
    pub stance: Stance,
    pub decider: bool,
    /// Competitors this person is a mentor of (their helpers, marked).
    pub mentor_of: Vec<String>,
    pub left: bool,
}

/// Builds the map; people who have left are included only with `all`.
pub fn build(loaded: &LoadedAccount, as_of: Date, all: bool) -> Map {
    let a = &loaded.account;
    let people: Vec<_> = a
        .stakeholders
        .iter()
        .filter(|s| all || s.is_active(as_of))
        .collect();
    let nodes: Vec<Node> = people
        .iter()
        .map(|s| Node {
            id: s.id.value.clone(),
            name: s.name.value.clone(),
            title: s.title.clone(),
            roles: s.roles.iter().map(|r| r.value).collect(),
            stance: s.stance_us(),
            decider: s.has_role(Role::Decider),
            mentor_of: a
                .competitors
                .iter()
                .filter(|c| s.stance.get(c) == Some(Stance::Mentor))
                .map(|c| c.value.clone())
                .collect(),
            left: !s.is_active(as_of),
        })
        .collect();
    let edges = people
        .iter()
        .filter_map(|s| {
            let boss = s.reports_to.as_ref()?;
            people
                .iter()
                .any(|p| p.id.value == boss.value)
                .then(|| (boss.value.clone(), s.id.value.clone()))
        })
        .collect();
    Map {
        account: loaded.id.clone(),
        name: a.account.value.clone(),
        nodes,
        edges,
    }
}

/// Each account's map, in the order given.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], options: &Options) -> Vec<Map> {
    accounts
        .iter()
        .map(|a| build(a, ctx.as_of, options.all))
        .collect()
}
