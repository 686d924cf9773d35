//! The power map of one account: the org chart from `reports_to`, each
//! person with their stance toward us (docs/domain.md §1, §2, §5).

use rayon::prelude::*;
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
            id: s.id.to_string(),
            name: s.name.to_string(),
            title: s.title.as_ref().map(ToString::to_string),
            roles: s.roles.to_vec(),
            stance: s.stance_us(),
            decider: s.has_role(Role::Decider),
            mentor_of: a
                .competitors
                .iter()
                .enumerate()
                .filter(|(at, _)| s.stance.at(at + 1) == Some(Stance::Mentor))
                .map(|(_, c)| c.to_string())
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
                .any(|p| p.id == *boss)
                .then(|| (boss.to_string(), s.id.to_string()))
        })
        .collect();
    Map {
        account: loaded.id.clone(),
        name: a.account.to_string(),
        nodes,
        edges,
    }
}

/// Each account's map, in the order given.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], options: &Options) -> Vec<Map> {
    accounts
        .par_iter()
        .map(|a| build(a, ctx.as_of, options.all))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, with};

    #[test]
    fn edges_run_from_boss_to_report_and_leavers_only_with_all() {
        let text = "account: T\nid: t\nowner: o\nstakeholders:\n  \
            - { id: boss, name: Boss, level: executive, roles: [decider], stance: { us: supporter } }\n  \
            - { id: mgr, name: Mgr, level: middle, reports_to: boss, stance: { us: mentor } }\n  \
            - { id: old, name: Old, level: staff, reports_to: mgr, left: 2026-01-01, stance: { us: neutral } }\n";
        let accounts = [account(text)];
        let now = with(&accounts, |ctx, all| analyse(ctx, all, &Options::default()));
        assert_eq!(now[0].edges, [("boss".to_string(), "mgr".to_string())]);
        assert!(now[0].nodes[0].decider);
        let all = with(&accounts, |ctx, all| {
            analyse(ctx, all, &Options { all: true })
        });
        assert_eq!(all[0].nodes.len(), 3);
        assert!(all[0].nodes[2].left);
    }
}
