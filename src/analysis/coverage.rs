//! Coverage of the buying group: roles (docs/domain.md §5), engaged contacts and
//! the mesh of contacts between our team and theirs (§6), and bypasses of
//! middle managers on the way to the top (§5).

use rayon::prelude::*;
use std::collections::BTreeSet;

use serde::Serialize;

use super::finding::{Msg, MsgArg, opportunity_stage, stance_name};
use super::{Code, Ctx, ENGAGED_DAYS, Finding, active, engaged, function_of, our_people};
use crate::load::LoadedAccount;
use crate::model::lean::{self, Stakeholder};
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

/// What the rules of one account share, worked out once.
pub struct Scene<'a> {
    pub ctx: &'a Ctx<'a>,
    pub account: &'a lean::Account,
    /// The people still at the customer.
    pub people: Vec<&'a Stakeholder>,
    /// The six buying roles and who holds each.
    pub roles: Vec<RoleCover>,
    /// The active people met in the last [`ENGAGED_DAYS`].
    pub engaged: Vec<Person>,
    /// Our people who met them then.
    pub ours: BTreeSet<&'a str>,
    /// The open opportunities, in file order.
    pub open: Vec<&'a lean::Opportunity>,
}

impl Scene<'_> {
    /// The first open deal's name, for the deal rules' messages.
    fn deal(&self) -> String {
        self.open
            .first()
            .map(|o| o.name.to_string())
            .unwrap_or_default()
    }
}

/// What a rule found: the people it is about (ids), the message and the
/// action; a rule may find several.
pub type Said = (Vec<String>, Msg, Msg);

/// A coverage rule.
pub type Rule = fn(&Scene) -> Vec<Said>;

/// The rules on the buying group and the mesh (§5, §6), each with its code
/// (family, severity and reason are the code's).
pub const RULES: &[(Code, Rule)] = &[
    (Code::NoDecider, no_decider),
    (Code::NoCoach, no_coach),
    (Code::MissingRole, missing_role),
    (Code::ThinEngagement, thin_engagement),
    (Code::SingleThreaded, single_threaded),
    (Code::OneDepartment, one_department),
    (Code::Bypass, bypass),
];

/// The rules that matter while a deal is open (§9).
pub const DEAL_RULES: &[(Code, Rule)] = &[
    (Code::BlindSpot, blind_spot),
    (Code::JuniorInitiator, junior_initiator),
    (Code::ResistingUser, resisting_user),
    (Code::LateTechnical, late_technical),
    (Code::RivalDecider, rival_decider),
    (Code::NoMentor, no_mentor),
    (Code::HostileTechnical, hostile_technical),
    (Code::RivalInitiator, rival_initiator),
];

fn person(s: &Stakeholder) -> Person {
    Person {
        stakeholder: s.id.to_string(),
        name: s.name.to_string(),
        stance: s.stance_us(),
    }
}

fn ids(list: &[&Stakeholder]) -> Vec<String> {
    list.iter().map(|s| s.id.to_string()).collect()
}

fn named(list: &[&Stakeholder]) -> MsgArg {
    MsgArg::List(list.iter().map(|s| s.name.to_string()).collect())
}

/// Whether nobody holds `role`.
fn unheld(scene: &Scene, role: Role) -> bool {
    scene
        .roles
        .iter()
        .any(|r| r.role == role && r.holders.is_empty())
}

/// Nobody on file decides.
fn no_decider(scene: &Scene) -> Vec<Said> {
    unheld(scene, Role::Decider)
        .then(|| {
            (
                Vec::new(),
                Msg::new("coverage-no-decider"),
                Msg::new("coverage-no-decider-action"),
            )
        })
        .into_iter()
        .collect()
}

/// Nobody inside tells us what is going on.
fn no_coach(scene: &Scene) -> Vec<Said> {
    unheld(scene, Role::Coach)
        .then(|| {
            (
                Vec::new(),
                Msg::new("coverage-no-coach"),
                Msg::new("coverage-no-coach-action"),
            )
        })
        .into_iter()
        .collect()
}

/// Another buying role nobody holds (a note), in the order of §5.
fn missing_role(scene: &Scene) -> Vec<Said> {
    scene
        .roles
        .iter()
        .filter(|r| r.holders.is_empty() && !matches!(r.role, Role::Decider | Role::Coach))
        .map(|r| {
            let role = MsgArg::Word(r.role.as_str(), r.role.alias());
            (
                Vec::new(),
                Msg::new("coverage-missing-role").arg("role", role.clone()),
                Msg::new("coverage-missing-role-action").arg("role", role),
            )
        })
        .collect()
}

/// Fewer engaged contacts than complex sales need.
fn thin_engagement(scene: &Scene) -> Vec<Said> {
    let engaged = &scene.engaged;
    (engaged.len() < MIN_ENGAGED)
        .then(|| {
            (
                engaged.iter().map(|p| p.stakeholder.clone()).collect(),
                Msg::new("coverage-thin-engagement")
                    .number("count", engaged.len())
                    .number("days", ENGAGED_DAYS as usize),
                Msg::new("coverage-thin-engagement-action"),
            )
        })
        .into_iter()
        .collect()
}

/// One of us, or one of them: if either leaves, the account is gone.
fn single_threaded(scene: &Scene) -> Vec<Said> {
    let (ours, engaged) = (&scene.ours, &scene.engaged);
    if ours.len() != 1 && engaged.len() != 1 {
        return Vec::new();
    }
    let message = match (ours.len(), engaged.len()) {
        (1, 1) => Msg::new("coverage-one-to-one"),
        (1, _) => Msg::new("coverage-one-of-us")
            .text("us", ours.iter().next().copied().unwrap_or_default())
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
    vec![(people, message, Msg::new("coverage-single-threaded-action"))]
}

/// Meeting an executive decider when none of the middle managers reporting
/// to them was engaged in the [`ENGAGED_DAYS`] before: one finding per
/// decider, naming the managers passed over and listing the meetings (not
/// one per meeting, nor one per manager: it is one way of working to fix).
fn bypass(scene: &Scene) -> Vec<Said> {
    let (account, people) = (scene.account, &scene.people);
    let mut out = Vec::new();
    for decider in people
        .iter()
        .filter(|s| s.level == Level::Executive && s.has_role(Role::Decider))
    {
        let managers: Vec<&Stakeholder> = people
            .iter()
            .copied()
            .filter(|s| s.level == Level::Middle)
            .filter(|s| s.reports_to.as_ref().is_some_and(|r| *r == decider.id))
            .collect();
        if managers.is_empty() {
            continue;
        }
        let passed_over: Vec<String> =
            super::recent_contacts(account, decider, scene.ctx.as_of, ENGAGED_DAYS)
                .filter(|meeting| {
                    !managers.iter().any(|m| {
                        account
                            .contacts_of(m)
                            .any(|i| super::in_window(i.date, meeting.date, ENGAGED_DAYS))
                    })
                })
                .map(|meeting| meeting.date.to_string())
                .collect();
        if passed_over.is_empty() {
            continue;
        }
        let people = std::iter::once(decider.id.to_string())
            .chain(managers.iter().map(|m| m.id.to_string()))
            .collect();
        out.push((
            people,
            Msg::new("coverage-bypass")
                .text("decider", &decider.name)
                .arg("dates", MsgArg::List(passed_over.clone()))
                .number("meetings", passed_over.len())
                .arg("managers", named(&managers))
                .number("days", ENGAGED_DAYS as usize),
            Msg::new("coverage-bypass-action"),
        ));
    }
    out
}

/// Under the iceberg: late in a deal, deciders, advisors or initiators
/// whose wants and worries are not on file.
fn blind_spot(scene: &Scene) -> Vec<Said> {
    use crate::model::OpportunityStage as S;
    let Some(late) = scene
        .open
        .iter()
        .find(|o| matches!(o.stage, Some(S::Propose | S::Negotiate)))
    else {
        return Vec::new();
    };
    let blind: Vec<&Stakeholder> = scene
        .people
        .iter()
        .copied()
        .filter(|s| {
            [Role::Decider, Role::Advisor, Role::Initiator]
                .iter()
                .any(|r| s.has_role(*r))
        })
        .filter(|s| s.wins.is_empty() && s.fears.is_empty())
        .collect();
    if blind.is_empty() {
        return Vec::new();
    }
    vec![(
        ids(&blind),
        Msg::new("coverage-blind-spot")
            .text("deal", &late.name)
            .arg("stage", opportunity_stage(late.stage.unwrap_or(S::Propose)))
            .arg("names", named(&blind))
            .number("count", blind.len()),
        Msg::new("coverage-blind-spot-action"),
    )]
}

/// The initiator's rank decides the push: all staff, or all of little
/// influence.
fn junior_initiator(scene: &Scene) -> Vec<Said> {
    let (Some(first), initiators) = (
        scene.open.first(),
        scene
            .people
            .iter()
            .copied()
            .filter(|s| s.has_role(Role::Initiator))
            .collect::<Vec<_>>(),
    ) else {
        return Vec::new();
    };
    let junior = initiators.iter().all(|s| s.level == Level::Staff);
    let little = initiators
        .iter()
        .all(|s| s.influence.is_some_and(|i| i <= 2));
    if initiators.is_empty() || !(junior || little) {
        return Vec::new();
    }
    let why = Msg::new(if junior {
        "coverage-initiator-staff"
    } else {
        "coverage-initiator-little-influence"
    });
    vec![(
        ids(&initiators),
        Msg::new("coverage-junior-initiator")
            .text("deal", &first.name)
            .arg("why", MsgArg::msg(why))
            .arg("names", named(&initiators)),
        Msg::new("coverage-junior-initiator-action"),
    )]
}

/// Key users resist unless they feel the benefit early: a user not on our
/// side with no training or demo in [`DEAL_WINDOW_DAYS`].
fn resisting_user(scene: &Scene) -> Vec<Said> {
    use crate::model::InteractionKind as K;
    let Some(first) = scene.open.first() else {
        return Vec::new();
    };
    scene
        .people
        .iter()
        .filter(|s| s.has_role(Role::User))
        .filter(|s| {
            matches!(
                s.stance_us(),
                Stance::Neutral | Stance::Opponent | Stance::Unknown
            )
        })
        .filter(|s| {
            !super::recent_contacts(scene.account, s, scene.ctx.as_of, DEAL_WINDOW_DAYS)
                .any(|i| matches!(i.kind, K::Training | K::Demo))
        })
        .map(|s| {
            (
                vec![s.id.to_string()],
                Msg::new("coverage-resisting-user")
                    .text("name", &s.name)
                    .arg("stance", MsgArg::msg(stance_name(s.stance_us())))
                    .number("days", DEAL_WINDOW_DAYS as usize)
                    .text("deal", &first.name),
                Msg::new("coverage-resisting-user-action"),
            )
        })
        .collect()
}

/// Technical people early: past qualifying, a technical exchange or demo
/// with their evaluators, and engineers of ours on the team.
fn late_technical(scene: &Scene) -> Vec<Said> {
    use crate::model::{InteractionKind as K, OpportunityStage as S};
    let Some(past) = scene
        .open
        .iter()
        .find(|o| o.stage.is_none_or(|s| s != S::Qualify))
    else {
        return Vec::new();
    };
    let evaluators: Vec<&Stakeholder> = scene
        .people
        .iter()
        .copied()
        .filter(|s| s.has_role(Role::Technical))
        .collect();
    let exchanged = evaluators.iter().any(|s| {
        super::contacts_as_of(scene.account, s, scene.ctx.as_of)
            .any(|i| matches!(i.kind, K::TechExchange | K::Demo))
    });
    let engineers = scene
        .account
        .team
        .iter()
        .any(|m| m.function == Some(crate::model::TeamFunction::Technical));
    if exchanged && engineers {
        return Vec::new();
    }
    let what = Msg::new(match (exchanged, engineers) {
        (false, false) => "coverage-late-technical-neither",
        (false, true) => "coverage-late-technical-no-exchange",
        _ => "coverage-late-technical-no-engineers",
    });
    vec![(
        ids(&evaluators),
        Msg::new("coverage-late-technical")
            .text("deal", &past.name)
            .arg("stage", opportunity_stage(past.stage.unwrap_or(S::Develop)))
            .arg("what", MsgArg::msg(what)),
        Msg::new("coverage-late-technical-action"),
    )]
}

/// The competitors a person is a mentor or supporter of, by name.
fn rivals_backed(account: &lean::Account, s: &Stakeholder) -> Vec<String> {
    s.stance
        .rivals()
        .filter(|(_, v)| matches!(v, Stance::Mentor | Stance::Supporter))
        .map(|(column, _)| account.column_name(column).to_string())
        .collect()
}

/// People with one of `roles` who back a rival and are not our helpers (a
/// helper of ours who backs a rival is `overclaimed`'s conflicting stance).
fn owned_by_rivals<'a>(scene: &Scene<'a>, roles: &[Role]) -> Vec<(&'a Stakeholder, Vec<String>)> {
    scene
        .people
        .iter()
        .copied()
        .filter(|s| roles.iter().any(|r| s.has_role(*r)))
        .filter(|s| {
            matches!(
                s.stance_us(),
                Stance::Neutral | Stance::Unknown | Stance::Opponent
            )
        })
        .map(|s| (s, rivals_backed(scene.account, s)))
        .filter(|(_, rivals)| !rivals.is_empty())
        .collect()
}

/// A decider or advisor a competitor owns: the most serious position an
/// account can be in (§10).
fn rival_decider(scene: &Scene) -> Vec<Said> {
    let deal = scene.deal();
    owned_by_rivals(scene, &[Role::Decider, Role::Advisor])
        .into_iter()
        .map(|(s, rivals)| {
            (
                vec![s.id.to_string()],
                Msg::new("coverage-rival-decider")
                    .text("name", &s.name)
                    .arg("rivals", MsgArg::And(rivals))
                    .arg("stance", MsgArg::msg(stance_name(s.stance_us())))
                    .text("deal", &deal),
                Msg::new("coverage-rival-decider-action"),
            )
        })
        .collect()
}

/// An initiator who backs a rival: the project may be written for them.
fn rival_initiator(scene: &Scene) -> Vec<Said> {
    let deal = scene.deal();
    owned_by_rivals(scene, &[Role::Initiator])
        .into_iter()
        .map(|(s, rivals)| {
            (
                vec![s.id.to_string()],
                Msg::new("coverage-rival-initiator")
                    .text("name", &s.name)
                    .arg("rivals", MsgArg::And(rivals))
                    .text("deal", &deal),
                Msg::new("coverage-rival-initiator-action"),
            )
        })
        .collect()
}

/// A deal open and nobody inside who is our mentor: blind and deaf. A
/// mentor who has left counts for nothing.
fn no_mentor(scene: &Scene) -> Vec<Said> {
    if scene.people.iter().any(|s| s.stance_us() == Stance::Mentor) {
        return Vec::new();
    }
    let gone: Vec<&Stakeholder> = scene
        .account
        .stakeholders
        .iter()
        .filter(|s| s.stance_us() == Stance::Mentor && !s.is_active(scene.ctx.as_of))
        .collect();
    let deal = scene.deal();
    let message = if gone.is_empty() {
        Msg::new("coverage-no-mentor").text("deal", &deal)
    } else {
        Msg::new("coverage-no-mentor-left")
            .text("deal", &deal)
            .arg("names", named(&gone))
    };
    vec![(Vec::new(), message, Msg::new("coverage-no-mentor-action"))]
}

/// A technical evaluator against us while a deal is open.
fn hostile_technical(scene: &Scene) -> Vec<Said> {
    let deal = scene.deal();
    scene
        .people
        .iter()
        .filter(|s| s.has_role(Role::Technical) && s.stance_us() == Stance::Opponent)
        .map(|s| {
            (
                vec![s.id.to_string()],
                Msg::new("coverage-hostile-technical")
                    .text("name", &s.name)
                    .text("deal", &deal),
                Msg::new("coverage-hostile-technical-action"),
            )
        })
        .collect()
}

/// Department names that read as buying (purchasing, supply), in both
/// languages: engagement confined to them is the flattest line of all.
pub const PROCUREMENT_WORDS: &[&str] = &[
    "procurement",
    "purchasing",
    "purchase",
    "supply",
    "sourcing",
    "采购",
    "物资",
    "供应",
    "招标",
];

/// Every engaged contact (at least [`MIN_ENGAGED`], each with a
/// department) in one department: three contacts in one department are
/// still one line.
fn one_department(scene: &Scene) -> Vec<Said> {
    if scene.engaged.len() < MIN_ENGAGED {
        return Vec::new();
    }
    let departments: BTreeSet<Option<&str>> = scene
        .people
        .iter()
        .filter(|s| scene.engaged.iter().any(|e| e.stakeholder == s.id.as_str()))
        .map(|s| s.department.as_deref())
        .collect();
    let [Some(department)] = departments.iter().copied().collect::<Vec<_>>()[..] else {
        return Vec::new();
    };
    let lower = department.to_lowercase();
    let buying = PROCUREMENT_WORDS.iter().any(|w| lower.contains(w));
    let key = if buying {
        "coverage-one-department-procurement"
    } else {
        "coverage-one-department"
    };
    vec![(
        scene
            .engaged
            .iter()
            .map(|p| p.stakeholder.clone())
            .collect(),
        Msg::new(key)
            .number("count", scene.engaged.len())
            .text("department", department)
            .number("days", ENGAGED_DAYS as usize),
        Msg::new("coverage-one-department-action"),
    )]
}

/// The mesh: our function → their levels and departments met in the last
/// [`ENGAGED_DAYS`], and every one of our people who met them.
fn mesh<'a>(ctx: &Ctx, account: &'a lean::Account) -> (Vec<Thread>, BTreeSet<&'a str>) {
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
    let mesh = threads
        .into_iter()
        .map(|(function, (ours, levels, departments))| Thread {
            function,
            ours: ours.into_iter().collect(),
            levels: levels.into_iter().collect(),
            departments: departments.into_iter().collect(),
        })
        .collect();
    (mesh, ours_all)
}

/// One account's coverage: the roles, the engaged people, the mesh, and
/// what each rule of the tables found (the deal rules while a deal is open).
pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Coverage {
    let account = &loaded.account;
    let people: Vec<&Stakeholder> = active(account, ctx.as_of).collect();
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
    let engaged_ids = engaged(account, ctx.as_of);
    let engaged: Vec<Person> = people
        .iter()
        .filter(|s| engaged_ids.contains(s.id.as_str()))
        .map(|s| person(s))
        .collect();
    let (mesh, ours) = mesh(ctx, account);
    let open = account
        .opportunities
        .iter()
        .filter(|o| o.stage.is_none_or(|s| s.is_open()))
        .collect();
    let scene = Scene {
        ctx,
        account,
        people,
        roles,
        engaged,
        ours,
        open,
    };
    let deal_rules = if scene.open.is_empty() {
        &[][..]
    } else {
        DEAL_RULES
    };
    let mut findings: Vec<Finding> = RULES
        .iter()
        .chain(deal_rules)
        .flat_map(|(code, rule)| {
            rule(&scene).into_iter().map(|(people, message, action)| {
                Finding::said(&loaded.id, *code, people, message, action)
            })
        })
        .collect();
    findings.sort_by_key(|f| f.code);
    Coverage {
        account: loaded.id.clone(),
        name: account.account.to_string(),
        roles: scene.roles,
        engaged: scene.engaged,
        mesh,
        findings,
    }
}

/// Contact with a person counts as recent for the deal risks (training, demos
/// for the using department) when it is in this many days.
pub const DEAL_WINDOW_DAYS: i64 = 180;

/// Each account's coverage, in the order given.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], _: &Options) -> Vec<Coverage> {
    accounts.par_iter().map(|a| account(ctx, a)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, assert_one_rule_each, person, with, yaml};

    /// Whether `code` fires on the account `text`.
    fn fires(code: Code, text: &str) -> bool {
        with(&[account(text)], |ctx, all| analyse(ctx, all, &()))[0]
            .findings
            .iter()
            .any(|f| f.code == code)
    }

    /// An account with an open deal at `stage` and these people and
    /// interactions.
    fn deal(stage: &str, people: &[String], interactions: &[&str]) -> String {
        yaml(people, interactions).replace(
            "owner: li.ming\n",
            &format!(
                "owner: li.ming\nopportunities:\n  - {{ name: Line 3, value: 100, stage: {stage}, close: 2027-03-01 }}\n"
            ),
        )
    }

    #[test]
    fn every_coverage_code_has_one_rule_in_the_tables() {
        let codes = RULES.iter().chain(DEAL_RULES).map(|(c, _)| *c);
        assert_one_rule_each(crate::analysis::Family::Coverage, codes);
    }

    #[test]
    fn no_decider_and_no_coach_go_when_someone_holds_the_role() {
        let bare = yaml(&[person("a", "middle", "user", "supporter")], &[]);
        assert!(fires(Code::NoDecider, &bare) && fires(Code::NoCoach, &bare));
        let held = yaml(&[person("a", "middle", "decider, coach", "supporter")], &[]);
        assert!(!fires(Code::NoDecider, &held) && !fires(Code::NoCoach, &held));
        let all = "initiator, technical, user, coach, advisor, decider";
        assert!(!fires(
            Code::MissingRole,
            &yaml(&[person("a", "middle", all, "supporter")], &[])
        ));
    }

    #[test]
    fn thin_engagement_is_fewer_than_three_met_lately() {
        let three: Vec<String> = ["a", "b", "c"]
            .iter()
            .map(|id| person(id, "staff", "user", "neutral"))
            .collect();
        let two_met = ["{ date: 2026-11-01, with: [a, b], kind: visit }"];
        assert!(fires(Code::ThinEngagement, &yaml(&three, &two_met)));
        let all_met = ["{ date: 2026-11-01, with: [a, b, c], kind: visit }"];
        assert!(!fires(Code::ThinEngagement, &yaml(&three, &all_met)));
    }

    #[test]
    fn single_threaded_is_one_of_us_or_one_of_them() {
        let two: Vec<String> = ["a", "b"]
            .iter()
            .map(|id| person(id, "staff", "user", "neutral"))
            .collect();
        let one_of_us = ["{ date: 2026-11-01, with: [a, b], kind: visit }"];
        assert!(fires(Code::SingleThreaded, &yaml(&two, &one_of_us)));
        let two_and_two =
            ["{ date: 2026-11-01, with: [a, b], kind: visit, by: [li.ming, wu.jie] }"];
        assert!(!fires(Code::SingleThreaded, &yaml(&two, &two_and_two)));
    }

    #[test]
    fn no_bypass_when_a_manager_was_met_before() {
        let text = "account: T\nid: t\nowner: li.ming\nstakeholders:\n  \
            - { id: boss, name: Boss, level: executive, roles: [decider], stance: { us: unknown } }\n  \
            - { id: mgr, name: Mgr, level: middle, reports_to: boss, roles: [coach], stance: { us: mentor } }\n\
            interactions:\n  - { date: 2026-10-20, with: [mgr], kind: visit }\n  \
            - { date: 2026-11-01, with: [boss], kind: exec-visit }\n";
        assert!(!fires(Code::Bypass, text));
        assert!(fires(
            Code::Bypass,
            &text.replace("2026-10-20", "2026-05-20")
        ));
    }

    #[test]
    fn deal_rules_need_an_open_deal() {
        let user = [person("u", "middle", "user, initiator", "neutral")];
        assert!(fires(Code::ResistingUser, &deal("develop", &user, &[])));
        assert!(!fires(Code::ResistingUser, &deal("won", &user, &[])));
        assert!(!fires(Code::ResistingUser, &yaml(&user, &[])));
    }

    #[test]
    fn blind_spot_is_late_and_knows_no_wins_or_fears() {
        let boss = [person("b", "executive", "decider", "supporter")];
        assert!(fires(Code::BlindSpot, &deal("propose", &boss, &[])));
        assert!(!fires(Code::BlindSpot, &deal("develop", &boss, &[])));
        let known = [boss[0].replace(" }\n", ", wins: [a shorter line stop] }\n")];
        assert!(!fires(Code::BlindSpot, &deal("propose", &known, &[])));
    }

    #[test]
    fn junior_initiator_is_all_staff_or_little_influence() {
        let staff = [person("i", "staff", "initiator", "supporter")];
        assert!(fires(Code::JuniorInitiator, &deal("develop", &staff, &[])));
        let middle = [person("i", "middle", "initiator", "supporter")];
        assert!(!fires(
            Code::JuniorInitiator,
            &deal("develop", &middle, &[])
        ));
        let weak = [middle[0].replace(" }\n", ", influence: 2 }\n")];
        assert!(fires(Code::JuniorInitiator, &deal("develop", &weak, &[])));
    }

    #[test]
    fn resisting_user_is_lifted_by_a_demo() {
        let user = [person("u", "middle", "user", "neutral")];
        assert!(fires(Code::ResistingUser, &deal("develop", &user, &[])));
        let shown = ["{ date: 2026-11-01, with: [u], kind: demo }"];
        assert!(!fires(Code::ResistingUser, &deal("develop", &user, &shown)));
        let ours = [person("u", "middle", "user", "supporter")];
        assert!(!fires(Code::ResistingUser, &deal("develop", &ours, &[])));
    }

    #[test]
    fn late_technical_is_past_qualify_without_an_exchange_and_engineers() {
        let tech = [person("t", "middle", "technical", "neutral")];
        assert!(fires(Code::LateTechnical, &deal("develop", &tech, &[])));
        assert!(!fires(Code::LateTechnical, &deal("qualify", &tech, &[])));
        let done = deal(
            "develop",
            &tech,
            &["{ date: 2026-11-01, with: [t], kind: tech-exchange, by: [wu.jie] }"],
        )
        .replace(
            "owner: li.ming\n",
            "owner: li.ming\nteam:\n  - { id: wu.jie, function: technical }\n",
        );
        assert!(!fires(Code::LateTechnical, &done));
    }

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

    #[test]
    fn three_meetings_past_one_manager_are_one_bypass_listing_them() {
        let text = "account: T\nid: t\nowner: li.ming\nstakeholders:\n  \
            - { id: boss, name: Boss, level: executive, roles: [decider], stance: { us: unknown } }\n  \
            - { id: mgr, name: Mgr, level: middle, reports_to: boss, roles: [coach], stance: { us: mentor } }\n\
            interactions:\n  - { date: 2026-10-01, with: [boss], kind: exec-visit }\n  \
            - { date: 2026-10-15, with: [boss], kind: visit }\n  \
            - { date: 2026-11-01, with: [boss], kind: call }\n";
        let coverage = with(&[account(text)], |ctx, all| analyse(ctx, all, &()));
        let found: Vec<&Finding> = coverage[0]
            .findings
            .iter()
            .filter(|f| f.code == Code::Bypass)
            .collect();
        assert_eq!(found.len(), 1);
        let said = found[0].message_in(crate::model::Lang::En);
        assert!(
            said.contains("2026-10-01, 2026-10-15, 2026-11-01"),
            "{said}"
        );
    }

    /// An open deal with a mentor of ours on file, so that `no-mentor`
    /// stays quiet, and these people.
    fn mentored(people: &[String]) -> String {
        let mut all = people.to_vec();
        all.push(person("m", "middle", "coach", "mentor"));
        deal("develop", &all, &[])
            .replace("owner: li.ming\n", "owner: li.ming\ncompetitors: [Rival]\n")
    }

    #[test]
    fn rival_decider_is_a_decider_the_rival_has_and_we_do_not() {
        let owned = [person("d", "executive", "decider", "neutral")
            .replace("{ us: neutral }", "{ us: neutral, Rival: supporter }")];
        assert!(fires(Code::RivalDecider, &mentored(&owned)));
        let neutral = [person("d", "executive", "decider", "neutral")
            .replace("{ us: neutral }", "{ us: neutral, Rival: neutral }")];
        assert!(!fires(Code::RivalDecider, &mentored(&neutral)));
        // Our supporter who backs the rival too is a conflicting stance.
        let ours = [person("d", "executive", "decider", "supporter")
            .replace("{ us: supporter }", "{ us: supporter, Rival: supporter }")];
        assert!(!fires(Code::RivalDecider, &mentored(&ours)));
    }

    #[test]
    fn rival_initiator_is_an_initiator_who_backs_a_rival() {
        let theirs = [person("i", "middle", "initiator", "unknown")
            .replace("{ us: unknown }", "{ us: unknown, Rival: mentor }")];
        assert!(fires(Code::RivalInitiator, &mentored(&theirs)));
        let nobody = [person("i", "middle", "initiator", "unknown")];
        assert!(!fires(Code::RivalInitiator, &mentored(&nobody)));
    }

    #[test]
    fn no_mentor_needs_an_open_deal_and_counts_no_one_who_left() {
        let none = [person("d", "executive", "decider", "supporter")];
        assert!(fires(Code::NoMentor, &deal("develop", &none, &[])));
        assert!(!fires(Code::NoMentor, &yaml(&none, &[])));
        assert!(!fires(Code::NoMentor, &mentored(&none)));
        let gone =
            [person("m", "middle", "coach", "mentor").replace(" }\n", ", left: 2026-10-01 }\n")];
        let found = with(&[account(&deal("develop", &gone, &[]))], |ctx, all| {
            analyse(ctx, all, &())
        });
        let said: Vec<String> = found[0]
            .findings
            .iter()
            .filter(|f| f.code == Code::NoMentor)
            .map(|f| f.message_in(crate::model::Lang::En))
            .collect();
        assert!(said[0].contains("have left (m)"), "{said:?}");
    }

    #[test]
    fn hostile_technical_is_an_evaluator_against_us_on_an_open_deal() {
        let against = [person("t", "middle", "technical", "opponent")];
        assert!(fires(Code::HostileTechnical, &mentored(&against)));
        assert!(!fires(Code::HostileTechnical, &yaml(&against, &[])));
        let neutral = [person("t", "middle", "technical", "neutral")];
        assert!(!fires(Code::HostileTechnical, &mentored(&neutral)));
    }

    #[test]
    fn one_department_is_every_engaged_contact_in_one_and_procurement_says_so() {
        let people: Vec<String> = ["a", "b", "c"]
            .iter()
            .map(|id| {
                person(id, "staff", "user", "neutral").replace(" }\n", ", department: 采购部 }\n")
            })
            .collect();
        let met = ["{ date: 2026-11-01, with: [a, b, c], kind: visit }"];
        let text = yaml(&people, &met);
        let found = with(&[account(&text)], |ctx, all| analyse(ctx, all, &()));
        let said: Vec<String> = found[0]
            .findings
            .iter()
            .filter(|f| f.code == Code::OneDepartment)
            .map(|f| f.message_in(crate::model::Lang::En))
            .collect();
        assert!(said[0].contains("buying alone"), "{said:?}");
        let mixed = text.replacen("department: 采购部", "department: 技术部", 1);
        assert!(!fires(Code::OneDepartment, &mixed));
        let unknown = text.replacen(", department: 采购部", "", 1);
        assert!(!fires(Code::OneDepartment, &unknown));
    }
}
