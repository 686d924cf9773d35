//! Coverage of the buying group: roles (docs/domain.md §5), engaged contacts and
//! the mesh of contacts between our team and theirs (§6), and bypasses of
//! middle managers on the way to the top (§5).

use rayon::prelude::*;
use std::collections::BTreeSet;

use serde::Serialize;

use super::finding::{Msg, MsgArg, opportunity_stage, stance_name};
use super::{Code, Ctx, ENGAGED_DAYS, Finding, active, engaged, function_of, our_people};
use crate::load::LoadedAccount;
use crate::model::{Level, Role, Stance, TeamFunction};

/// Fewer engaged contacts than this is thin (Miller Heiman's three to five).
pub const MIN_ENGAGED: usize = 3;

#[derive(Debug, Serialize)]
pub struct Coverage {
    pub account: String,
    pub name: String,
    /// The six buying roles, in the order of docs/domain.md §5.
    pub roles: Vec<RoleCover>,
    /// Active people with an interaction in the last 90 days.
    pub engaged: Vec<Person>,
    /// Who on our side meets whom on theirs, by our function.
    pub mesh: Vec<Thread>,
    /// What to act on: `no-decider`, `no-coach`, `thin-engagement`,
    /// `single-threaded`, `bypass` (warnings) and `missing-role` (a note).
    pub findings: Vec<Finding>,
}

#[derive(Debug, Serialize)]
pub struct RoleCover {
    pub role: Role,
    pub holders: Vec<Person>,
}

#[derive(Debug, Serialize)]
pub struct Person {
    pub stakeholder: String,
    pub name: String,
    pub stance: Stance,
}

#[derive(Debug, Serialize)]
pub struct Thread {
    /// Our function (`unknown` for people without one on `team`).
    pub function: String,
    /// Our people in that function who met the customer.
    pub ours: Vec<String>,
    /// Their levels and departments that those people met.
    pub levels: Vec<Level>,
    pub departments: Vec<String>,
}

/// No options.
pub type Options = ();

/// Our people in one function, and their levels and departments they met.
type Reach = (BTreeSet<String>, BTreeSet<Level>, BTreeSet<String>);

fn function_name(f: Option<TeamFunction>) -> String {
    f.map_or_else(|| "unknown".to_string(), |f| f.to_string())
}

pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Coverage {
    let account = &loaded.account;
    let people: Vec<_> = active(account, ctx.as_of).collect();
    let person = |s: &crate::model::lean::Stakeholder| Person {
        stakeholder: s.id.to_string(),
        name: s.name.to_string(),
        stance: s.stance_us(),
    };
    let mut findings = Vec::new();
    let mut flag = |code, people: Vec<String>, message: Msg, action: Msg| {
        findings.push(Finding::said(&loaded.id, code, people, message, action));
    };

    let roles: Vec<RoleCover> = Role::ALL
        .iter()
        .map(|&role| RoleCover {
            role,
            holders: people
                .iter()
                .filter(|s| s.has_role(role))
                .map(|s| person(s))
                .collect(),
        })
        .collect();
    for r in &roles {
        if !r.holders.is_empty() {
            continue;
        }
        let role = MsgArg::Word(r.role.as_str(), r.role.alias());
        let (code, message, action) = match r.role {
            Role::Decider => (
                Code::NoDecider,
                Msg::new("coverage-no-decider"),
                Msg::new("coverage-no-decider-action"),
            ),
            Role::Coach => (
                Code::NoCoach,
                Msg::new("coverage-no-coach"),
                Msg::new("coverage-no-coach-action"),
            ),
            _ => (
                Code::MissingRole,
                Msg::new("coverage-missing-role").arg("role", role.clone()),
                Msg::new("coverage-missing-role-action").arg("role", role),
            ),
        };
        flag(code, Vec::new(), message, action);
    }

    let engaged_ids = engaged(account, ctx.as_of);
    let engaged: Vec<Person> = people
        .iter()
        .filter(|s| engaged_ids.contains(s.id.as_str()))
        .map(|s| person(s))
        .collect();
    if engaged.len() < MIN_ENGAGED {
        flag(
            Code::ThinEngagement,
            engaged.iter().map(|p| p.stakeholder.clone()).collect(),
            Msg::new("coverage-thin-engagement")
                .number("count", engaged.len())
                .number("days", ENGAGED_DAYS as usize),
            Msg::new("coverage-thin-engagement-action"),
        );
    }

    // The mesh: our function → their levels and departments, last 90 days.
    let mut threads: std::collections::BTreeMap<String, Reach> = Default::default();
    let mut ours_all: BTreeSet<&str> = BTreeSet::new();
    for i in super::recent(account, ctx.as_of, ENGAGED_DAYS) {
        let theirs: Vec<_> = account.with(i).filter(|s| s.is_active(ctx.as_of)).collect();
        for us in our_people(account, i) {
            ours_all.insert(us);
            let entry = threads
                .entry(function_name(function_of(account, us)))
                .or_default();
            entry.0.insert(us.to_string());
            for s in &theirs {
                entry.1.insert(s.level);
                if let Some(d) = &s.department {
                    entry.2.insert(d.to_string());
                }
            }
        }
    }
    let mesh: Vec<Thread> = threads
        .into_iter()
        .map(|(function, (ours, levels, departments))| Thread {
            function,
            ours: ours.into_iter().collect(),
            levels: levels.into_iter().collect(),
            departments: departments.into_iter().collect(),
        })
        .collect();
    if ours_all.len() == 1 || engaged.len() == 1 {
        let message = match (ours_all.len(), engaged.len()) {
            (1, 1) => Msg::new("coverage-one-to-one"),
            (1, _) => Msg::new("coverage-one-of-us")
                .text("us", ours_all.iter().next().copied().unwrap_or_default())
                .number("days", ENGAGED_DAYS as usize),
            _ => Msg::new("coverage-one-of-them")
                .text("name", &engaged[0].name)
                .number("days", ENGAGED_DAYS as usize),
        };
        let people = if engaged.len() == 1 {
            vec![engaged[0].stakeholder.clone()]
        } else {
            Vec::new()
        };
        flag(
            Code::SingleThreaded,
            people,
            message,
            Msg::new("coverage-single-threaded-action"),
        );
    }

    // Bypass: meeting an executive decider when none of the middle managers
    // reporting to them was engaged in the 90 days before.
    for decider in people
        .iter()
        .filter(|s| s.level == Level::Executive && s.has_role(Role::Decider))
    {
        let managers: Vec<_> = people
            .iter()
            .filter(|s| s.level == Level::Middle)
            .filter(|s| s.reports_to.as_ref().is_some_and(|r| *r == decider.id))
            .collect();
        if managers.is_empty() {
            continue;
        }
        let meetings = super::recent_contacts(account, decider, ctx.as_of, ENGAGED_DAYS);
        for meeting in meetings {
            let prepared = managers.iter().any(|m| {
                account
                    .contacts_of(m)
                    .any(|i| super::in_window(i.date, meeting.date, ENGAGED_DAYS))
            });
            if !prepared {
                let names: Vec<String> = managers.iter().map(|m| m.name.to_string()).collect();
                let people = std::iter::once(decider.id.to_string())
                    .chain(managers.iter().map(|m| m.id.to_string()))
                    .collect();
                flag(
                    Code::Bypass,
                    people,
                    Msg::new("coverage-bypass")
                        .text("decider", &decider.name)
                        .text("date", meeting.date.to_string())
                        .arg("managers", MsgArg::List(names))
                        .number("days", ENGAGED_DAYS as usize),
                    Msg::new("coverage-bypass-action"),
                );
            }
        }
    }
    deal_risks(ctx, loaded, &people, &mut flag);
    findings.sort_by_key(|f| f.code);

    Coverage {
        account: loaded.id.clone(),
        name: account.account.to_string(),
        roles,
        engaged,
        mesh,
        findings,
    }
}

/// Contact with a person counts as recent for the deal risks (training, demos
/// for the using department) when it is in this many days.
pub const DEAL_WINDOW_DAYS: i64 = 180;

/// The second layer of the buying group (docs/domain.md §9): risks that
/// matter while a deal is open.
fn deal_risks(
    ctx: &Ctx,
    loaded: &LoadedAccount,
    people: &[&crate::model::lean::Stakeholder],
    flag: &mut dyn FnMut(Code, Vec<String>, Msg, Msg),
) {
    use crate::model::{InteractionKind as K, OpportunityStage as S};
    let account = &loaded.account;
    let open: Vec<_> = account
        .opportunities
        .iter()
        .filter(|o| o.stage.is_none_or(|s| s.is_open()))
        .collect();
    let Some(first) = open.first() else {
        return;
    };
    let named = |list: &[&&crate::model::lean::Stakeholder]| {
        MsgArg::List(list.iter().map(|s| s.name.to_string()).collect())
    };
    let stage = |s: Option<S>, default: S| opportunity_stage(s.unwrap_or(default));
    let ids = |list: &[&&crate::model::lean::Stakeholder]| {
        list.iter().map(|s| s.id.to_string()).collect()
    };

    // Under the iceberg: late in a deal, whose wants and worries we know.
    if let Some(late) = open
        .iter()
        .find(|o| matches!(o.stage, Some(S::Propose | S::Negotiate)))
    {
        let blind: Vec<&&crate::model::lean::Stakeholder> = people
            .iter()
            .filter(|s| {
                [Role::Decider, Role::Advisor, Role::Initiator]
                    .iter()
                    .any(|r| s.has_role(*r))
            })
            .filter(|s| s.wins.is_empty() && s.fears.is_empty())
            .collect();
        if !blind.is_empty() {
            flag(
                Code::BlindSpot,
                ids(&blind),
                Msg::new("coverage-blind-spot")
                    .text("deal", &late.name)
                    .arg("stage", stage(late.stage, S::Propose))
                    .arg("names", named(&blind))
                    .number("count", blind.len()),
                Msg::new("coverage-blind-spot-action"),
            );
        }
    }

    // The initiator's rank decides the push.
    let initiators: Vec<&&crate::model::lean::Stakeholder> = people
        .iter()
        .filter(|s| s.has_role(Role::Initiator))
        .collect();
    let junior = initiators.iter().all(|s| s.level == Level::Staff);
    let little = initiators
        .iter()
        .all(|s| s.influence.is_some_and(|i| i <= 2));
    if !initiators.is_empty() && (junior || little) {
        let why = Msg::new(if junior {
            "coverage-initiator-staff"
        } else {
            "coverage-initiator-little-influence"
        });
        flag(
            Code::JuniorInitiator,
            ids(&initiators),
            Msg::new("coverage-junior-initiator")
                .text("deal", &first.name)
                .arg("why", MsgArg::msg(why))
                .arg("names", named(&initiators)),
            Msg::new("coverage-junior-initiator-action"),
        );
    }

    // Key users resist unless they feel the benefit early.
    for s in people.iter().filter(|s| s.has_role(Role::User)) {
        if !matches!(
            s.stance_us(),
            Stance::Neutral | Stance::Opponent | Stance::Unknown
        ) {
            continue;
        }
        let shown = super::recent_contacts(account, s, ctx.as_of, DEAL_WINDOW_DAYS)
            .any(|i| matches!(i.kind, K::Training | K::Demo));
        if !shown {
            flag(
                Code::ResistingUser,
                vec![s.id.to_string()],
                Msg::new("coverage-resisting-user")
                    .text("name", &s.name)
                    .arg("stance", MsgArg::msg(stance_name(s.stance_us())))
                    .number("days", DEAL_WINDOW_DAYS as usize)
                    .text("deal", &first.name),
                Msg::new("coverage-resisting-user-action"),
            );
        }
    }

    // Technical people early: past qualifying, our engineers and theirs.
    if let Some(past) = open
        .iter()
        .find(|o| o.stage.is_none_or(|s| s != S::Qualify))
    {
        let evaluators: Vec<&&crate::model::lean::Stakeholder> = people
            .iter()
            .filter(|s| s.has_role(Role::Technical))
            .collect();
        let exchanged = evaluators.iter().any(|s| {
            super::contacts_as_of(account, s, ctx.as_of)
                .any(|i| matches!(i.kind, K::TechExchange | K::Demo))
        });
        let engineers = account
            .team
            .iter()
            .any(|m| m.function == Some(crate::model::TeamFunction::Technical));
        if !exchanged || !engineers {
            let what = Msg::new(match (exchanged, engineers) {
                (false, false) => "coverage-late-technical-neither",
                (false, true) => "coverage-late-technical-no-exchange",
                _ => "coverage-late-technical-no-engineers",
            });
            flag(
                Code::LateTechnical,
                ids(&evaluators),
                Msg::new("coverage-late-technical")
                    .text("deal", &past.name)
                    .arg("stage", stage(past.stage, S::Develop))
                    .arg("what", MsgArg::msg(what)),
                Msg::new("coverage-late-technical-action"),
            );
        }
    }
}

/// Each account's coverage, in the order given.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], _: &Options) -> Vec<Coverage> {
    accounts.par_iter().map(|a| account(ctx, a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, person, with, yaml};

    #[test]
    fn missing_roles_are_findings_and_only_the_minor_ones_are_notes() {
        let text = yaml(&[person("a", "middle", "user", "supporter")], &[]);
        let coverage = with(&[account(&text)], |ctx, all| analyse(ctx, all, &()));
        let found: Vec<(Code, bool)> = coverage[0]
            .findings
            .iter()
            .map(|f| (f.code, f.is_actionable()))
            .collect();
        assert_eq!(
            found,
            [
                (Code::NoDecider, true),
                (Code::NoCoach, true),
                (Code::MissingRole, false),
                (Code::MissingRole, false),
                (Code::MissingRole, false),
                (Code::ThinEngagement, true),
            ]
        );
        assert_eq!(coverage[0].roles.len(), Role::ALL.len());
    }

    #[test]
    fn a_decider_met_past_their_managers_is_a_bypass_naming_them_all() {
        let text = "account: T\nid: t\nowner: li.ming\nstakeholders:\n  \
            - { id: boss, name: Boss, level: executive, roles: [decider], stance: { us: unknown } }\n  \
            - { id: mgr, name: Mgr, level: middle, reports_to: boss, roles: [coach], stance: { us: mentor } }\n\
            interactions:\n  - { date: 2026-11-01, with: [boss], kind: exec-visit }\n";
        let coverage = with(&[account(text)], |ctx, all| analyse(ctx, all, &()));
        let bypass = coverage[0]
            .findings
            .iter()
            .find(|f| f.code == Code::Bypass)
            .expect("a bypass");
        assert_eq!(bypass.people, ["boss", "mgr"]);
        let said = bypass.message_in(crate::model::Lang::En);
        assert!(said.contains("on 2026-11-01"), "{said}");
    }
}
