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
use crate::model::lean::Stakeholder;
use crate::model::{Intel, Role, Stance};

/// An active mentor whose intel proved accurate (and is not unreliable).
pub const PROVEN_MENTOR_POINTS: f64 = 20.0;
/// A mentor claimed, not proven.
pub const CLAIMED_MENTOR_POINTS: f64 = 5.0;
/// Per mentor or supporter among deciders, advisors and technical evaluators…
pub const KEY_SUPPORTER_POINTS: f64 = 5.0;
/// … up to this many.
pub const KEY_SUPPORTERS_MAX: f64 = 15.0;
/// Per opponent among deciders and advisors (a penalty).
pub const OPPOSING_DECIDER_POINTS: f64 = -10.0;
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

pub(super) fn score(b: &mut Builder, ctx: &Ctx, loaded: &LoadedAccount) {
    let rel = Part::Relationship;
    let account = &loaded.account;
    let people: Vec<&Stakeholder> = active(account, ctx.as_of).collect();
    let overclaims = overclaim::account(ctx, loaded);
    let unreliable = |id: &str| {
        overclaims
            .iter()
            .any(|f| f.code == Code::UnreliableIntel && f.people.iter().any(|s| s == id))
    };

    let mentors: Vec<&&Stakeholder> = people
        .iter()
        .filter(|s| s.stance_us() == Stance::Mentor)
        .collect();
    let proven = mentors.iter().find(|m| {
        !unreliable(&m.id)
            && crate::analysis::contacts_as_of(account, m, ctx.as_of)
                .any(|i| i.intel == Some(Intel::Accurate))
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
    b.add(rel, "mentor", value, points, PROVEN_MENTOR_POINTS);

    let key_helpers: Vec<&str> = people
        .iter()
        .filter(|s| {
            s.has_role(Role::Decider) || s.has_role(Role::Advisor) || s.has_role(Role::Technical)
        })
        .filter(|s| matches!(s.stance_us(), Stance::Mentor | Stance::Supporter))
        .map(|s| s.name.as_str())
        .collect();
    b.add(
        rel,
        "key supporters",
        listed(&key_helpers),
        (KEY_SUPPORTER_POINTS * key_helpers.len() as f64).min(KEY_SUPPORTERS_MAX),
        KEY_SUPPORTERS_MAX,
    );

    let key_opponents: Vec<&str> = people
        .iter()
        .filter(|s| s.has_role(Role::Decider) || s.has_role(Role::Advisor))
        .filter(|s| s.stance_us() == Stance::Opponent)
        .map(|s| s.name.as_str())
        .collect();
    if !key_opponents.is_empty() {
        b.add(
            rel,
            "opposing deciders",
            listed(&key_opponents),
            OPPOSING_DECIDER_POINTS * key_opponents.len() as f64,
            0.0,
        );
    }

    let roles = Role::ALL.len();
    let covered = Role::ALL
        .iter()
        .filter(|r| people.iter().any(|s| s.has_role(**r)))
        .count();
    b.add(
        rel,
        "buying roles",
        Msg::new("rank-of")
            .number("part", covered)
            .number("whole", roles),
        BUYING_ROLES_POINTS * covered as f64 / roles as f64,
        BUYING_ROLES_POINTS,
    );

    let engaged_n = engaged(account, ctx.as_of).len();
    b.add(
        rel,
        "engaged contacts",
        Msg::new("rank-engaged")
            .number("count", engaged_n)
            .number("days", ENGAGED_DAYS as usize),
        ENGAGED_POINTS[engaged_n.min(ENGAGED_POINTS.len() - 1)],
        ENGAGED_POINTS[ENGAGED_POINTS.len() - 1],
    );

    let functions: BTreeSet<String> = recent(account, ctx.as_of, RECENT_DAYS)
        .flat_map(|i| our_people(account, i))
        .filter_map(|p| function_of(account, p).map(|f| f.to_string()))
        .collect();
    let names = if functions.is_empty() {
        Msg::new("rank-none")
    } else {
        let items = functions
            .iter()
            .map(|f| {
                MsgArg::msg(Msg::new(match f.as_str() {
                    "sales" => "function-sales",
                    "technical" => "function-technical",
                    "executive" => "function-executive",
                    "service" => "function-service",
                    "quality" => "function-quality",
                    _ => "function-unknown",
                }))
            })
            .collect();
        Msg::new("rank-verbatim").arg("text", MsgArg::Items(items))
    };
    b.add(
        rel,
        "our team functions",
        names,
        FUNCTION_POINTS[functions
            .len()
            .saturating_sub(1)
            .min(FUNCTION_POINTS.len() - 1)],
        FUNCTION_POINTS[FUNCTION_POINTS.len() - 1],
    );

    // Goals shared with us and pressure points we know (§8, §9): an account
    // that lets us see its business is worth more than one that sends tenders.
    let long = account
        .goals
        .iter()
        .filter(|g| g.horizon == Some(crate::model::Horizon::Long))
        .count();
    let short = account.goals.len() - long;
    let pressure = account.pressure_points.len();
    b.add(
        rel,
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
    );

    let (value_adding, entertainment) =
        recent(account, ctx.as_of, RECENT_DAYS).fold((0, 0), |(v, e), i| {
            (
                v + usize::from(i.kind.is_value_adding()),
                e + usize::from(i.kind.is_entertainment()),
            )
        });
    let rated = value_adding + entertainment;
    if rated == 0 {
        b.add(
            rel,
            "value-adding share",
            Msg::new("rank-no-data"),
            VALUE_ADDING_POINTS / 2.0,
            VALUE_ADDING_POINTS,
        );
    } else {
        b.add(
            rel,
            "value-adding share",
            Msg::new("rank-value-adding")
                .number("part", value_adding)
                .number("whole", rated),
            VALUE_ADDING_POINTS * value_adding as f64 / rated as f64,
            VALUE_ADDING_POINTS,
        );
    }

    let neglected = neglect::account(ctx, loaded);
    if !neglected.is_empty() {
        let penalty: f64 = neglected
            .iter()
            .map(|n| {
                if n.finding.code == Code::UnansweredHelp {
                    UNANSWERED_HELP_POINTS
                } else {
                    OTHER_NEGLECT_POINTS
                }
            })
            .sum();
        b.add(
            rel,
            "neglect",
            Msg::new("rank-findings").number("count", neglected.len()),
            penalty.max(NEGLECT_FLOOR),
            0.0,
        );
    }
    if !overclaims.is_empty() {
        b.add(
            rel,
            "over-claiming",
            Msg::new("rank-findings").number("count", overclaims.len()),
            (OVERCLAIM_POINTS * overclaims.len() as f64).max(OVERCLAIM_FLOOR),
            0.0,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_maximum_is_the_sum_of_the_inputs_full_points() {
        assert_eq!(MAX, 95.0);
    }
}
