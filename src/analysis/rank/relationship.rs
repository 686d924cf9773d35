//! The relationship part (docs/domain.md §2–§7): a mentor whose intel holds up,
//! helpers among the people who decide, buying roles covered, engaged
//! contacts, the mesh of our functions, value-adding work against
//! entertainment; neglect and over-claim findings subtract. [`MAX`] points
//! map to 100.

use crate::analysis::finding::{Msg, MsgArg};
use std::collections::BTreeSet;

use super::{Builder, Part};
use crate::analysis::{
    Code, Ctx, ENGAGED_DAYS, active, engaged, function_of, neglect, our_people, overclaim, recent,
};
use crate::load::LoadedAccount;
use crate::model::lean::{self, Stakeholder};
use crate::model::{Intel, Role, Stance};

/// An active mentor whose intel proved accurate (and is not unreliable).
pub const PROVEN_MENTOR_POINTS: f64 = 20.0;
/// A mentor claimed, not proven.
pub const CLAIMED_MENTOR_POINTS: f64 = 5.0;
/// Per mentor or supporter among deciders, advisors and technical evaluators…
pub const KEY_SUPPORTER_POINTS: f64 = 5.0;
/// … up to this many.
pub const KEY_SUPPORTERS_MAX: f64 = 15.0;
/// Per opponent among deciders and advisors (a penalty): more than any
/// helper's findings can cost ([`PERSON_FINDINGS_FLOOR`]) less what their
/// support earned, so that a decider's stance toward us dominates.
pub const OPPOSING_DECIDER_POINTS: f64 = -15.0;
/// Per decider or advisor who is a competitor's mentor or supporter while
/// neutral or unknown toward us (docs/domain.md §10: the rival may own the
/// boss; an opponent of ours counts as an opposing decider, a helper of
/// ours is a conflicting stance).
pub const RIVAL_DECIDER_POINTS: f64 = -10.0;
/// Per technical evaluator against us who does not also decide or advise
/// (those count as opposing deciders), in a sale with no technical work
/// logged …
pub const HOSTILE_EVALUATOR_POINTS: f64 = -5.0;
/// … and up to this, the more of the account's recent interactions are
/// technical (demos, technical exchanges, training): the more technical
/// the sale, the more the evaluator sways the decider (§10).
pub const HOSTILE_EVALUATOR_MAX: f64 = -10.0;
/// The findings about one person (neglect and over-claim together) cost at
/// most this much: a doubtful helper never costs more than an opponent.
pub const PERSON_FINDINGS_FLOOR: f64 = -10.0;
/// For holding all six buying roles (a share for fewer).
pub const BUYING_ROLES_POINTS: f64 = 15.0;
/// Engaged contacts in [`ENGAGED_DAYS`]: none, one, two, three or more.
pub const ENGAGED_POINTS: [f64; 4] = [0.0, 5.0, 10.0, 15.0];
/// Distinct functions of our people in [`RECENT_DAYS`]: none or one, two,
/// three or more.
pub const FUNCTION_POINTS: [f64; 3] = [0.0, 5.0, 10.0];
/// For interactions all value-adding (a share for a mix with entertainment).
pub const VALUE_ADDING_POINTS: f64 = 10.0;
/// Per unanswered help request, and per other neglect finding (penalties)…
pub const UNANSWERED_HELP_POINTS: f64 = -10.0;
pub const OTHER_NEGLECT_POINTS: f64 = -3.0;
/// … together at most this much.
pub const NEGLECT_FLOOR: f64 = -20.0;
/// Per over-claim finding, at most [`OVERCLAIM_FLOOR`] together.
pub const OVERCLAIM_POINTS: f64 = -5.0;
pub const OVERCLAIM_FLOOR: f64 = -20.0;
/// Contact in this many days counts as recent (team functions, value-adding share).
pub const RECENT_DAYS: i64 = 180;
/// The customer shares a short-term goal with us (or one without a horizon)…
pub const SHORT_GOAL_POINTS: f64 = 3.0;
/// … a long-term goal …
pub const LONG_GOAL_POINTS: f64 = 3.0;
/// … and per pressure point we know of, up to [`PRESSURE_POINTS_COUNTED`]
/// (docs/domain.md §8, §9: the more pressure points, the less price decides).
pub const PRESSURE_POINT_POINTS: f64 = 2.0;
pub const PRESSURE_POINTS_COUNTED: usize = 2;
/// Full points for goals and pressure points together.
pub const GOALS_MAX: f64 =
    SHORT_GOAL_POINTS + LONG_GOAL_POINTS + PRESSURE_POINT_POINTS * PRESSURE_POINTS_COUNTED as f64;

/// Most points the part can give: the sum of every input's full points.
pub const MAX: f64 = PROVEN_MENTOR_POINTS
    + KEY_SUPPORTERS_MAX
    + BUYING_ROLES_POINTS
    + ENGAGED_POINTS[ENGAGED_POINTS.len() - 1]
    + FUNCTION_POINTS[FUNCTION_POINTS.len() - 1]
    + VALUE_ADDING_POINTS
    + GOALS_MAX;

fn listed(names: &[&str]) -> Msg {
    if names.is_empty() {
        Msg::new("rank-none")
    } else {
        Msg::new("rank-verbatim").arg(
            "text",
            MsgArg::List(names.iter().map(|n| n.to_string()).collect()),
        )
    }
}

/// What the inputs of one account share, worked out once.
struct Scene<'a> {
    ctx: &'a Ctx<'a>,
    account: &'a lean::Account,
    people: Vec<&'a Stakeholder>,
    overclaims: Vec<crate::analysis::Finding>,
    neglected: Vec<crate::analysis::Finding>,
    /// What each neglect and each over-claim finding costs, in that order,
    /// after each person's [`PERSON_FINDINGS_FLOOR`].
    costs: (Vec<f64>, Vec<f64>),
}

/// One input's name, what it saw, its points and its full marks.
type Scored = (&'static str, Msg, f64, f64);

/// The inputs of the relationship part, in the order `--explain` lists
/// them; an input that returns nothing is left out (a penalty of none).
const INPUTS: &[fn(&Scene) -> Option<Scored>] = &[
    mentor,
    key_supporters,
    opposing_deciders,
    rival_deciders,
    hostile_evaluators,
    buying_roles,
    engaged_contacts,
    team_functions,
    goals,
    value_adding,
    neglect_penalty,
    overclaim_penalty,
];

pub(super) fn score(b: &mut Builder, ctx: &Ctx, loaded: &LoadedAccount) {
    let account = &loaded.account;
    let neglected: Vec<_> = neglect::account(ctx, loaded)
        .into_iter()
        .map(|n| n.finding)
        .collect();
    let overclaims = overclaim::account(ctx, loaded);
    let costs = costs(&neglected, &overclaims);
    let scene = Scene {
        ctx,
        account,
        people: active(account, ctx.as_of).collect(),
        overclaims,
        neglected,
        costs,
    };
    for input in INPUTS {
        if let Some((name, value, points, max)) = input(&scene) {
            b.add(Part::Relationship, name, value, points, max);
        }
    }
}

/// A mentor whose intel proved right (and is not unreliable) is worth
/// most; a mentor on the word of the rep alone, a little.
fn mentor(scene: &Scene) -> Option<Scored> {
    let unreliable = |id: &str| {
        scene
            .overclaims
            .iter()
            .any(|f| f.code == Code::UnreliableIntel && f.people.iter().any(|s| s == id))
    };
    let mentors: Vec<&&Stakeholder> = scene
        .people
        .iter()
        .filter(|s| s.stance_us() == Stance::Mentor)
        .collect();
    let proven = mentors.iter().find(|m| {
        !unreliable(&m.id)
            && crate::analysis::contacts_as_of(scene.account, m, scene.ctx.as_of)
                .any(|i| i.intel == Some(Intel::Accurate) && scene.account.intel_credited_to(i, m))
    });
    let (value, points) = match (proven, mentors.first()) {
        (Some(m), _) => (
            Msg::new("rank-mentor-proven").text("name", &m.name),
            PROVEN_MENTOR_POINTS,
        ),
        (None, Some(m)) => (
            Msg::new("rank-mentor-claimed").text("name", &m.name),
            CLAIMED_MENTOR_POINTS,
        ),
        (None, None) => (Msg::new("rank-none"), 0.0),
    };
    Some(("mentor", value, points, PROVEN_MENTOR_POINTS))
}

/// Helpers among those who decide, advise or evaluate.
fn key_supporters(scene: &Scene) -> Option<Scored> {
    let key_helpers: Vec<&str> = scene
        .people
        .iter()
        .filter(|s| {
            s.has_role(Role::Decider) || s.has_role(Role::Advisor) || s.has_role(Role::Technical)
        })
        .filter(|s| matches!(s.stance_us(), Stance::Mentor | Stance::Supporter))
        .map(|s| s.name.as_str())
        .collect();
    Some((
        "key supporters",
        listed(&key_helpers),
        (KEY_SUPPORTER_POINTS * key_helpers.len() as f64).min(KEY_SUPPORTERS_MAX),
        KEY_SUPPORTERS_MAX,
    ))
}

/// Deciders and advisors against us cost points.
fn opposing_deciders(scene: &Scene) -> Option<Scored> {
    let key_opponents: Vec<&str> = scene
        .people
        .iter()
        .filter(|s| s.has_role(Role::Decider) || s.has_role(Role::Advisor))
        .filter(|s| s.stance_us() == Stance::Opponent)
        .map(|s| s.name.as_str())
        .collect();
    (!key_opponents.is_empty()).then(|| {
        (
            "opposing deciders",
            listed(&key_opponents),
            OPPOSING_DECIDER_POINTS * key_opponents.len() as f64,
            0.0,
        )
    })
}

/// Deciders and advisors a competitor owns cost points: the most serious
/// position an account can be in (§10).
fn rival_deciders(scene: &Scene) -> Option<Scored> {
    let owned: Vec<&str> = scene
        .people
        .iter()
        .filter(|s| s.has_role(Role::Decider) || s.has_role(Role::Advisor))
        .filter(|s| matches!(s.stance_us(), Stance::Neutral | Stance::Unknown))
        .filter(|s| s.stance.backs_a_rival())
        .map(|s| s.name.as_str())
        .collect();
    (!owned.is_empty()).then(|| {
        (
            "rival's deciders",
            listed(&owned),
            RIVAL_DECIDER_POINTS * owned.len() as f64,
            0.0,
        )
    })
}

/// Technical evaluators against us cost points, the more the more of the
/// recent work with the account is technical.
fn hostile_evaluators(scene: &Scene) -> Option<Scored> {
    let hostile: Vec<&str> = scene
        .people
        .iter()
        .filter(|s| s.has_role(Role::Technical))
        .filter(|s| !(s.has_role(Role::Decider) || s.has_role(Role::Advisor)))
        .filter(|s| s.stance_us() == Stance::Opponent)
        .map(|s| s.name.as_str())
        .collect();
    if hostile.is_empty() {
        return None;
    }
    let share = technical_share(scene);
    let each =
        HOSTILE_EVALUATOR_POINTS + (HOSTILE_EVALUATOR_MAX - HOSTILE_EVALUATOR_POINTS) * share;
    Some((
        "hostile evaluators",
        listed(&hostile),
        each * hostile.len() as f64,
        0.0,
    ))
}

/// The share of the account's interactions in [`RECENT_DAYS`] that were
/// technical work: demos, technical exchanges, training (0 with none).
fn technical_share(scene: &Scene) -> f64 {
    use crate::model::InteractionKind as K;
    let (technical, all) =
        recent(scene.account, scene.ctx.as_of, RECENT_DAYS).fold((0usize, 0usize), |(t, n), i| {
            let is = matches!(i.kind, K::Demo | K::TechExchange | K::Training);
            (t + usize::from(is), n + 1)
        });
    if all == 0 {
        0.0
    } else {
        technical as f64 / all as f64
    }
}

/// How many of the six buying roles someone on file holds.
fn buying_roles(scene: &Scene) -> Option<Scored> {
    let roles = Role::ALL.len();
    let covered = Role::ALL
        .iter()
        .filter(|r| scene.people.iter().any(|s| s.has_role(**r)))
        .count();
    Some((
        "buying roles",
        Msg::new("rank-of")
            .number("part", covered)
            .number("whole", roles),
        BUYING_ROLES_POINTS * covered as f64 / roles as f64,
        BUYING_ROLES_POINTS,
    ))
}

/// People met lately.
fn engaged_contacts(scene: &Scene) -> Option<Scored> {
    let engaged_n = engaged(scene.account, scene.ctx.as_of).len();
    Some((
        "engaged contacts",
        Msg::new("rank-engaged")
            .number("count", engaged_n)
            .number("days", ENGAGED_DAYS as usize),
        ENGAGED_POINTS[engaged_n.min(ENGAGED_POINTS.len() - 1)],
        ENGAGED_POINTS[ENGAGED_POINTS.len() - 1],
    ))
}

/// The functions of ours that met them lately: the mesh (§6).
fn team_functions(scene: &Scene) -> Option<Scored> {
    let account = scene.account;
    let functions: BTreeSet<String> = recent(account, scene.ctx.as_of, RECENT_DAYS)
        .flat_map(|i| our_people(account, i))
        .filter_map(|p| function_of(account, p).map(|f| f.to_string()))
        .collect();
    let names = if functions.is_empty() {
        Msg::new("rank-none")
    } else {
        let items = functions
            .iter()
            .map(|f| MsgArg::msg(Msg::new(crate::analysis::finding::function_key(f))))
            .collect();
        Msg::new("rank-verbatim").arg("text", MsgArg::Items(items))
    };
    Some((
        "our team functions",
        names,
        FUNCTION_POINTS[functions
            .len()
            .saturating_sub(1)
            .min(FUNCTION_POINTS.len() - 1)],
        FUNCTION_POINTS[FUNCTION_POINTS.len() - 1],
    ))
}

/// Goals shared with us and pressure points we know (§8, §9): an account
/// that lets us see its business is worth more than one that sends tenders.
fn goals(scene: &Scene) -> Option<Scored> {
    let account = scene.account;
    let long = account
        .goals
        .iter()
        .filter(|g| g.horizon == Some(crate::model::Horizon::Long))
        .count();
    let short = account.goals.len() - long;
    let pressure = account.pressure_points.len();
    Some((
        "goals and pressure points",
        Msg::new("rank-goals")
            .number("short", short)
            .number("long", long)
            .number("goals", short + long)
            .number("pressure", pressure),
        if short > 0 { SHORT_GOAL_POINTS } else { 0.0 }
            + if long > 0 { LONG_GOAL_POINTS } else { 0.0 }
            + PRESSURE_POINT_POINTS * pressure.min(PRESSURE_POINTS_COUNTED) as f64,
        GOALS_MAX,
    ))
}

/// Value-adding work against entertainment lately (half marks with
/// neither: no data).
fn value_adding(scene: &Scene) -> Option<Scored> {
    let (value_adding, entertainment) =
        recent(scene.account, scene.ctx.as_of, RECENT_DAYS).fold((0, 0), |(v, e), i| {
            (
                v + usize::from(i.kind.is_value_adding()),
                e + usize::from(i.kind.is_entertainment()),
            )
        });
    let rated = value_adding + entertainment;
    Some(if rated == 0 {
        (
            "value-adding share",
            Msg::new("rank-no-data"),
            VALUE_ADDING_POINTS / 2.0,
            VALUE_ADDING_POINTS,
        )
    } else {
        (
            "value-adding share",
            Msg::new("rank-value-adding")
                .number("part", value_adding)
                .number("whole", rated),
            VALUE_ADDING_POINTS * value_adding as f64 / rated as f64,
            VALUE_ADDING_POINTS,
        )
    })
}

/// What one neglect finding costs before the floors: an unanswered help
/// request most, a note (a help request answered late) nothing.
fn neglect_cost(f: &crate::analysis::Finding) -> f64 {
    match f.code {
        Code::UnansweredHelp => UNANSWERED_HELP_POINTS,
        _ if !f.is_actionable() => 0.0,
        _ => OTHER_NEGLECT_POINTS,
    }
}

/// What each finding costs once the findings about one person (neglect
/// first, then over-claim) have reached [`PERSON_FINDINGS_FLOOR`]: a
/// finding about one person takes what is left of their share; one about
/// the account as a whole (or several people) costs in full.
fn costs(
    neglected: &[crate::analysis::Finding],
    overclaims: &[crate::analysis::Finding],
) -> (Vec<f64>, Vec<f64>) {
    let mut spent: std::collections::HashMap<String, f64> = Default::default();
    let mut cost = |f: &crate::analysis::Finding, full: f64| match f.people.as_slice() {
        [one] => {
            let so_far = spent.entry(one.to_string()).or_insert(0.0);
            let allowed = full.max(PERSON_FINDINGS_FLOOR - *so_far);
            *so_far += allowed;
            allowed
        }
        _ => full,
    };
    let neglect = neglected.iter().map(|f| cost(f, neglect_cost(f))).collect();
    let overclaim = overclaims
        .iter()
        .map(|f| cost(f, OVERCLAIM_POINTS))
        .collect();
    (neglect, overclaim)
}

/// Neglect findings subtract, an unanswered help request most.
fn neglect_penalty(scene: &Scene) -> Option<Scored> {
    let neglected = &scene.neglected;
    (!neglected.is_empty()).then(|| {
        let penalty: f64 = scene.costs.0.iter().sum();
        (
            "neglect",
            Msg::new("rank-findings").number("count", neglected.len()),
            penalty.max(NEGLECT_FLOOR),
            0.0,
        )
    })
}

/// Over-claim findings subtract.
fn overclaim_penalty(scene: &Scene) -> Option<Scored> {
    let overclaims = &scene.overclaims;
    (!overclaims.is_empty()).then(|| {
        let penalty: f64 = scene.costs.1.iter().sum();
        (
            "over-claiming",
            Msg::new("rank-findings").number("count", overclaims.len()),
            penalty.max(OVERCLAIM_FLOOR),
            0.0,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::analysis::testing::{account, person, with, yaml};

    #[test]
    fn the_maximum_is_the_sum_of_the_inputs_full_points() {
        assert_eq!(MAX, 95.0);
    }

    /// Each input's name and points for the account `text`.
    fn points(text: &str) -> Vec<(&'static str, f64)> {
        with(&[account(text)], |ctx, all| {
            let mut b = Builder { inputs: Vec::new() };
            score(&mut b, ctx, all[0]);
            b.inputs.iter().map(|i| (i.name, i.points)).collect()
        })
    }

    fn input(all: &[(&'static str, f64)], name: &str) -> Option<f64> {
        all.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
    }

    #[test]
    fn a_mentor_whose_intel_proved_right_is_worth_more_than_a_claimed_one() {
        let mentor = [person("m", "middle", "coach", "mentor")];
        let claimed = points(&yaml(&mentor, &[]));
        assert_eq!(input(&claimed, "mentor"), Some(CLAIMED_MENTOR_POINTS));
        let proven = points(&yaml(
            &mentor,
            &["{ date: 2026-11-01, with: [m], kind: visit, intel: accurate }"],
        ));
        assert_eq!(input(&proven, "mentor"), Some(PROVEN_MENTOR_POINTS));
        let none = points(&yaml(&[person("n", "middle", "coach", "neutral")], &[]));
        assert_eq!(input(&none, "mentor"), Some(0.0));
    }

    #[test]
    fn an_opposing_decider_costs_points_and_none_costs_nothing() {
        let against = points(&yaml(
            &[person("d", "executive", "decider", "opponent")],
            &[],
        ));
        assert_eq!(
            input(&against, "opposing deciders"),
            Some(OPPOSING_DECIDER_POINTS)
        );
        let neutral = points(&yaml(
            &[person("d", "executive", "decider", "neutral")],
            &[],
        ));
        assert_eq!(input(&neutral, "opposing deciders"), None);
    }

    #[test]
    fn the_inputs_come_in_the_order_explain_lists_them() {
        let all = points(&yaml(
            &[person("d", "executive", "decider", "opponent")],
            &[],
        ));
        let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names[..4],
            [
                "mentor",
                "key supporters",
                "opposing deciders",
                "buying roles"
            ]
        );
    }

    #[test]
    fn a_decider_a_rival_owns_costs_points_and_one_neutral_to_all_does_not() {
        let decider = |stances: &str| {
            let text = yaml(&[person("d", "executive", "decider", "neutral")], &[])
                .replace("{ us: neutral }", stances)
                .replace("owner: li.ming\n", "owner: li.ming\ncompetitors: [Rival]\n");
            points(&text)
        };
        let owned = decider("{ us: neutral, Rival: supporter }");
        assert_eq!(
            input(&owned, "rival's deciders"),
            Some(RIVAL_DECIDER_POINTS)
        );
        assert_eq!(
            input(
                &decider("{ us: neutral, Rival: neutral }"),
                "rival's deciders"
            ),
            None
        );
        // An opponent of ours who backs the rival is an opposing decider, once.
        let against = decider("{ us: opponent, Rival: mentor }");
        assert_eq!(input(&against, "rival's deciders"), None);
        assert_eq!(
            input(&against, "opposing deciders"),
            Some(OPPOSING_DECIDER_POINTS)
        );
    }

    #[test]
    fn a_hostile_evaluator_costs_more_the_more_technical_the_work() {
        let evaluator = [person("t", "middle", "technical", "opponent")];
        let none = points(&yaml(&evaluator, &[]));
        assert_eq!(
            input(&none, "hostile evaluators"),
            Some(HOSTILE_EVALUATOR_POINTS)
        );
        let technical = points(&yaml(
            &evaluator,
            &["{ date: 2026-11-01, with: [t], kind: demo }"],
        ));
        assert_eq!(
            input(&technical, "hostile evaluators"),
            Some(HOSTILE_EVALUATOR_MAX)
        );
        let neutral = [person("t", "middle", "technical", "neutral")];
        assert_eq!(
            input(&points(&yaml(&neutral, &[])), "hostile evaluators"),
            None
        );
    }

    #[test]
    fn the_findings_about_one_person_cost_at_most_their_share() {
        use crate::analysis::Finding;
        let about = |code, who: &[&str]| {
            let people = who.iter().map(|w| w.to_string()).collect();
            Finding::said(
                "t",
                code,
                people,
                Msg::new("rank-none"),
                Msg::new("rank-none"),
            )
        };
        let neglected = [about(Code::UnansweredHelp, &["a"])];
        let overclaims = [
            about(Code::UnprovenClaim, &["a"]),
            about(Code::UnprovenClaim, &["b"]),
            about(Code::MentorMajority, &["a", "b"]),
        ];
        let (neglect, overclaim) = costs(&neglected, &overclaims);
        assert_eq!(neglect, [UNANSWERED_HELP_POINTS]);
        assert_eq!(overclaim, [0.0, OVERCLAIM_POINTS, OVERCLAIM_POINTS]);
    }
}
