//! The positioning table (关系定位表), docs/domain.md §2: one row per person, one
//! column for us and one per competitor, each cell a stance.

use rayon::prelude::*;
use serde::Serialize;

use super::finding::{Msg, MsgArg};
use super::{Ctx, active};
use crate::load::LoadedAccount;
use crate::model::Text;
use crate::model::lean::Stakeholder;
use crate::model::{Level, RelationshipStage, Role, Stance, US};

/// What the table shows.
#[derive(Debug, Default, Clone, Copy)]
pub struct Options {
    /// Keep people who have left the customer (their rows say when).
    pub all: bool,
}

/// One account's table.
#[derive(Debug, Serialize)]
pub struct Table {
    /// Account id.
    pub account: String,
    /// Account display name.
    pub name: String,
    /// Stance columns: `us`, then the competitors in file order.
    pub columns: Vec<Text>,
    pub rows: Vec<Row>,
    /// How many people stand where toward us (active people only).
    pub counts: Counts,
    /// Unknowns toward us who matter: deciders, advisors, technical
    /// evaluators and procurement-team members (find out through a mentor).
    pub find_out: Vec<FindOut>,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub stakeholder: Text,
    pub name: Text,
    pub title: Option<Text>,
    pub level: Level,
    pub roles: Vec<Role>,
    /// How far the relationship has come (docs/domain.md §7, §9), when
    /// recorded.
    pub stage: Option<RelationshipStage>,
    /// Column → stance, in column order, in English; a competitor left
    /// out is `unknown`.
    pub stance: Stances,
    /// The date they left, shown only with `--all`.
    pub left: Option<String>,
}

/// Stances by column, serialised as a JSON object in column order.
#[derive(Debug)]
pub struct Stances(pub Vec<(Text, Stance)>);

impl Serialize for Stances {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub mentor: usize,
    pub supporter: usize,
    pub neutral: usize,
    pub opponent: usize,
    pub unknown: usize,
}

#[derive(Debug, Serialize)]
pub struct FindOut {
    pub stakeholder: String,
    pub name: String,
    /// Why they matter: their buying roles, and `procurement team`.
    pub because: Vec<Reason>,
}

/// Why an unknown stance must be found out: a buying role that weighs in
/// the decision, or a seat on the procurement team.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Role(Role),
    ProcurementTeam,
}

impl Reason {
    /// The reason in prose: the role's word (决策者), or "procurement team".
    pub fn word(self) -> MsgArg {
        match self {
            Reason::Role(role) => MsgArg::Word(role.as_str(), role.alias()),
            Reason::ProcurementTeam => MsgArg::msg(Msg::new("positioning-procurement-team")),
        }
    }
}

/// JSON names the role, or says `procurement team`.
impl Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Reason::Role(role) => s.serialize_str(role.as_str()),
            Reason::ProcurementTeam => s.serialize_str("procurement team"),
        }
    }
}

fn level_rank(level: Level) -> u8 {
    match level {
        Level::Executive => 0,
        Level::Middle => 1,
        Level::Staff => 2,
    }
}

/// Order of rows: level, then influence (highest first, none last), then name.
fn row_order(a: &Stakeholder, b: &Stakeholder) -> std::cmp::Ordering {
    let influence = |s: &Stakeholder| std::cmp::Reverse(s.influence.unwrap_or(0));
    level_rank(a.level)
        .cmp(&level_rank(b.level))
        .then_with(|| influence(a).cmp(&influence(b)))
        .then_with(|| a.name.cmp(&b.name))
        .then_with(|| a.id.cmp(&b.id))
}

/// Builds the table of one account; `all` keeps people who have left.
pub fn table(ctx: &Ctx, loaded: &LoadedAccount, all: bool) -> Table {
    let account = &loaded.account;
    let mut columns = vec![Text::new_static(US)];
    columns.extend(account.competitors.iter().cloned());

    let mut people: Vec<&Stakeholder> = if all {
        account.stakeholders.iter().collect()
    } else {
        active(account, ctx.as_of).collect()
    };
    people.sort_by(|a, b| row_order(a, b));

    let counts = counts(account, ctx.as_of);
    let find_out = unknowns_who_matter(&people, ctx.as_of);

    let rows = people
        .iter()
        .map(|s| Row {
            stakeholder: s.id.clone(),
            name: s.name.clone(),
            title: s.title.clone(),
            level: s.level,
            roles: s.roles.to_vec(),
            stage: s.stage,
            stance: Stances(
                columns
                    .iter()
                    .enumerate()
                    .map(|(at, c)| (c.clone(), s.stance.at(at).unwrap_or(Stance::Unknown)))
                    .collect(),
            ),
            left: s
                .left
                .as_ref()
                .filter(|_| !s.is_active(ctx.as_of))
                .map(|l| l.to_string()),
        })
        .collect();

    Table {
        account: loaded.id.clone(),
        name: account.account.to_string(),
        columns,
        rows,
        counts,
        find_out,
    }
}

/// The unknowns toward us who matter in one account (its `find_out`),
/// without building the table: what the agenda and the report ask.
pub fn find_out(ctx: &Ctx, loaded: &LoadedAccount) -> Vec<FindOut> {
    let mut people: Vec<&Stakeholder> = active(&loaded.account, ctx.as_of).collect();
    people.sort_by(|a, b| row_order(a, b));
    unknowns_who_matter(&people, ctx.as_of)
}

/// Of `people`, in their order: those still there with an unknown stance
/// toward us who decide, advise, evaluate or sit on the procurement team.
fn unknowns_who_matter(people: &[&Stakeholder], as_of: crate::model::Date) -> Vec<FindOut> {
    let mut find_out = Vec::new();
    for s in people {
        if s.stance_us() != Stance::Unknown || !s.is_active(as_of) {
            continue;
        }
        let mut because: Vec<Reason> = [Role::Decider, Role::Advisor, Role::Technical]
            .into_iter()
            .filter(|r| s.has_role(*r))
            .map(Reason::Role)
            .collect();
        if s.procurement_team {
            because.push(Reason::ProcurementTeam);
        }
        if !because.is_empty() {
            find_out.push(FindOut {
                stakeholder: s.id.to_string(),
                name: s.name.to_string(),
                because,
            });
        }
    }
    find_out
}

/// How many people still at the customer on `as_of` stand where toward us.
pub fn counts(account: &crate::model::lean::Account, as_of: crate::model::Date) -> Counts {
    let mut counts = Counts::default();
    for s in active(account, as_of) {
        match s.stance_us() {
            Stance::Mentor => counts.mentor += 1,
            Stance::Supporter => counts.supporter += 1,
            Stance::Neutral => counts.neutral += 1,
            Stance::Opponent => counts.opponent += 1,
            Stance::Unknown => counts.unknown += 1,
        }
    }
    counts
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        self.mentor += o.mentor;
        self.supporter += o.supporter;
        self.neutral += o.neutral;
        self.opponent += o.opponent;
        self.unknown += o.unknown;
    }
}

/// Each account's table, in the order given.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], options: &Options) -> Vec<Table> {
    accounts
        .par_iter()
        .map(|a| table(ctx, a, options.all))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, person, with, yaml};

    #[test]
    fn rows_go_by_level_and_unknown_deciders_are_to_find_out() {
        let text = yaml(
            &[
                person("staffer", "staff", "user", "supporter"),
                person("boss", "executive", "decider", "unknown"),
                person("mgr", "middle", "coach", "mentor"),
            ],
            &[],
        );
        let tables = with(&[account(&text)], |ctx, all| {
            analyse(ctx, all, &Options::default())
        });
        let rows: Vec<&str> = tables[0]
            .rows
            .iter()
            .map(|r| r.stakeholder.as_str())
            .collect();
        assert_eq!(rows, ["boss", "mgr", "staffer"]);
        assert_eq!(tables[0].find_out.len(), 1);
        assert_eq!(tables[0].find_out[0].because, [Reason::Role(Role::Decider)]);
        assert_eq!((tables[0].counts.mentor, tables[0].counts.unknown), (1, 1));
    }
}
