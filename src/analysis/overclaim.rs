//! Over-claimed helpers, docs/domain.md §3 (关系甄别): reps overrate their
//! relationships; these rules flag the claims the evidence does not carry.

use rayon::prelude::*;
use std::collections::BTreeMap;

use super::finding::{Msg, MsgArg, next_step, stance_name};
use super::{Code, Ctx, Finding, active, recent, with_ids};
use crate::load::LoadedAccount;
use crate::model::lean::Stakeholder;
use crate::model::{Intel, RelationshipStage, Role, Stance, US};

/// Thresholds fixed by docs/domain.md §3 and the issue that specified the rules.
pub const MENTOR_MAJORITY_MIN_PEOPLE: usize = 4;
pub const ALL_FRIENDLY_MIN_PEOPLE: usize = 5;
pub const INTEL_MIN_RATED: usize = 2;
pub const SPEND_WINDOW_DAYS: i64 = 180;
pub const SPEND_SHARE: f64 = 0.6;
/// `entertainment-only`: at least this many meals, entertainment or gifts
/// in the last [`SPEND_WINDOW_DAYS`] days, and nothing value-adding.
pub const ENTERTAINMENT_MIN: usize = 3;

/// No options: `max_mentors` comes from the settings.
pub type Options = ();

fn is_helper(s: &Stakeholder) -> bool {
    matches!(s.stance_us(), Stance::Mentor | Stance::Supporter)
}

/// Every over-claim finding in one account.
pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Vec<Finding> {
    let account = &loaded.account;
    let people: Vec<&Stakeholder> = active(account, ctx.as_of).collect();
    let mut out = Vec::new();
    let mut push = |code, who: Vec<&Stakeholder>, message: Msg, action: Msg| {
        let ids = who.iter().map(|s| s.id.to_string()).collect();
        out.push(Finding::said(&loaded.id, code, ids, message, action));
    };
    let names =
        |people: &[&Stakeholder]| MsgArg::List(people.iter().map(|s| s.name.to_string()).collect());
    let stance_word = |s: Stance| MsgArg::msg(stance_name(s));

    let mentors: Vec<&Stakeholder> = people
        .iter()
        .copied()
        .filter(|s| s.stance_us() == Stance::Mentor)
        .collect();
    let max = ctx.settings.max_mentors();
    if mentors.len() as i64 > max {
        push(
            Code::TooManyMentors,
            mentors.clone(),
            Msg::new("overclaim-too-many-mentors")
                .number("count", mentors.len())
                .arg("names", names(&mentors))
                .number("max", usize::try_from(max).unwrap_or(0)),
            Msg::new("overclaim-too-many-mentors-action"),
        );
    }
    if people.len() >= MENTOR_MAJORITY_MIN_PEOPLE && mentors.len() * 2 >= people.len() {
        push(
            Code::MentorMajority,
            mentors.clone(),
            Msg::new("overclaim-mentor-majority")
                .number("mentors", mentors.len())
                .number("people", people.len()),
            Msg::new("overclaim-mentor-majority-action"),
        );
    }
    let opposed = people
        .iter()
        .any(|s| matches!(s.stance_us(), Stance::Neutral | Stance::Opponent));
    if people.len() >= ALL_FRIENDLY_MIN_PEOPLE && !opposed && !account.competitors.is_empty() {
        push(
            Code::AllFriendly,
            people.clone(),
            Msg::new("overclaim-all-friendly")
                .number("people", people.len())
                .arg(
                    "competitors",
                    MsgArg::And(account.competitors.iter().map(|c| c.to_string()).collect()),
                ),
            Msg::new("overclaim-all-friendly-action"),
        );
    }

    let mut spend: BTreeMap<&str, f64> = BTreeMap::new();
    let mut total = 0.0;
    for i in recent(account, ctx.as_of, SPEND_WINDOW_DAYS) {
        let cost = i.cost.unwrap_or(0.0);
        let with = with_ids(account, i);
        if cost <= 0.0 || with.is_empty() {
            continue;
        }
        total += cost;
        let share = cost / with.len() as f64;
        for w in with {
            *spend.entry(w).or_default() += share;
        }
    }
    let deciders: Vec<&Stakeholder> = people
        .iter()
        .copied()
        .filter(|s| s.has_role(Role::Decider))
        .collect();
    let decider_met = deciders.iter().any(|d| {
        super::recent_contacts(account, d, ctx.as_of, SPEND_WINDOW_DAYS)
            .next()
            .is_some()
    });

    for s in people.iter().copied().filter(|s| is_helper(s)) {
        let stance = s.stance_us();
        let id = s.id.as_str();
        let mut rated = 0;
        let mut wrong = 0;
        let mut proven = false;
        for i in super::contacts_as_of(account, s, ctx.as_of) {
            match i.intel {
                Some(Intel::Accurate) => {
                    rated += 1;
                    proven = true;
                }
                Some(Intel::Inaccurate) => {
                    rated += 1;
                    wrong += 1;
                }
                _ => {}
            }
        }
        if rated >= INTEL_MIN_RATED && wrong * 2 > rated {
            push(
                Code::UnreliableIntel,
                vec![s],
                Msg::new("overclaim-unreliable-intel")
                    .text("name", &s.name)
                    .arg("stance", stance_word(stance))
                    .number("wrong", wrong)
                    .number("rated", rated),
                Msg::new("overclaim-unreliable-intel-action"),
            );
        }
        if s.evidence.is_empty() && !proven {
            push(
                Code::UnprovenClaim,
                vec![s],
                Msg::new("overclaim-unproven-claim")
                    .text("name", &s.name)
                    .arg("stance", stance_word(stance)),
                Msg::new("overclaim-unproven-claim-action"),
            );
        }
        if !s.has_role(Role::Decider) && total > 0.0 {
            let mine = spend.get(id).copied().unwrap_or(0.0);
            if mine / total >= SPEND_SHARE && !decider_met {
                let who = if deciders.is_empty() {
                    Msg::new("overclaim-no-decider-on-file")
                } else {
                    Msg::new("overclaim-nobody-met").arg("names", names(&deciders))
                };
                push(
                    Code::NoDeciderAccess,
                    vec![s],
                    Msg::new("overclaim-no-decider-access")
                        .text("name", &s.name)
                        .text("share", format!("{:.0}", 100.0 * mine / total))
                        .number("days", SPEND_WINDOW_DAYS as usize)
                        .text("mine", super::rank::money(mine))
                        .text("total", super::rank::money(total))
                        .arg("who", MsgArg::msg(who)),
                    Msg::new("overclaim-no-decider-access-action"),
                );
            }
        }
        // Wining and dining is not a relationship (§7, §9): several recent
        // contacts, all entertainment, nothing that helped them.
        let recent_with: Vec<_> =
            super::recent_contacts(account, s, ctx.as_of, SPEND_WINDOW_DAYS).collect();
        let entertained = recent_with
            .iter()
            .filter(|i| i.kind.is_entertainment())
            .count();
        let helped = recent_with.iter().any(|i| i.kind.is_value_adding());
        if entertained >= ENTERTAINMENT_MIN && !helped {
            let spent: f64 = recent_with
                .iter()
                .map(|i| i.cost.unwrap_or(0.0) / account.with_count(i).max(1) as f64)
                .sum();
            let spend = if spent > 0.0 {
                MsgArg::msg(
                    Msg::new("overclaim-spent-on-them").text("amount", super::rank::money(spent)),
                )
            } else {
                MsgArg::Text(Default::default())
            };
            push(
                Code::EntertainmentOnly,
                vec![s],
                Msg::new("overclaim-entertainment-only")
                    .text("name", &s.name)
                    .arg("stance", stance_word(stance))
                    .number("count", entertained)
                    .number("days", SPEND_WINDOW_DAYS as usize)
                    .arg("spend", spend),
                Msg::new("overclaim-entertainment-only-action"),
            );
        }
        // Stages come before labels (§9): a mentor trusts us personally.
        if stance == Stance::Mentor
            && let Some(stage) = s.stage
            && matches!(
                stage,
                RelationshipStage::Acquainted | RelationshipStage::Understanding
            )
        {
            push(
                Code::StageBelowLabel,
                vec![s],
                Msg::new("overclaim-stage-below-label")
                    .text("name", &s.name)
                    .arg("stage", MsgArg::Word(stage.as_str(), stage.alias())),
                Msg::new("overclaim-stage-below-label-action")
                    .arg("next", MsgArg::msg(next_step(stage))),
            );
        }
        let rivals: Vec<&str> = account
            .competitors
            .iter()
            .enumerate()
            .filter(|(_, c)| *c != US)
            .filter(|(at, _)| {
                matches!(
                    s.stance.at(at + 1),
                    Some(Stance::Mentor | Stance::Supporter)
                )
            })
            .map(|(_, c)| c.as_str())
            .collect();
        if !rivals.is_empty() {
            push(
                Code::ConflictingStance,
                vec![s],
                Msg::new("overclaim-conflicting-stance")
                    .text("name", &s.name)
                    .arg("stance", stance_word(stance))
                    .arg(
                        "rivals",
                        MsgArg::And(rivals.iter().map(|r| r.to_string()).collect()),
                    ),
                Msg::new("overclaim-conflicting-stance-action"),
            );
        }
    }
    out
}

/// Every over-claim across `accounts`, by account, then code, then people.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], _: &Options) -> Vec<Finding> {
    let mut out: Vec<Finding> = accounts
        .par_iter()
        .flat_map_iter(|a| account(ctx, a))
        .collect();
    out.sort_by(|a, b| {
        a.account
            .cmp(&b.account)
            .then_with(|| a.code.cmp(&b.code))
            .then_with(|| a.people.cmp(&b.people))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, person, with, yaml};

    fn codes(text: &str) -> Vec<(Code, Vec<String>)> {
        with(&[account(text)], |ctx, all| {
            analyse(ctx, all, &())
                .into_iter()
                .map(|f| (f.code, f.people.iter().map(|p| p.to_string()).collect()))
                .collect()
        })
    }

    #[test]
    fn three_mentors_are_too_many_and_none_has_proved_anything() {
        let people: Vec<String> = ["a", "b", "c"]
            .iter()
            .map(|id| person(id, "middle", "user", "mentor"))
            .collect();
        let found = codes(&yaml(&people, &[]));
        let ids = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(found[0], (Code::TooManyMentors, ids));
        assert_eq!(
            found
                .iter()
                .filter(|(c, _)| *c == Code::UnprovenClaim)
                .count(),
            3
        );
    }

    #[test]
    fn intel_that_proved_right_is_evidence() {
        let text = yaml(
            &[person("a", "middle", "coach", "mentor")],
            &["{ date: 2026-11-01, with: [a], kind: visit, intel: accurate }"],
        );
        assert_eq!(codes(&text), []);
    }

    #[test]
    fn mostly_wrong_intel_is_unreliable() {
        let text = yaml(
            &[person("a", "middle", "coach", "supporter")],
            &[
                "{ date: 2026-11-01, with: [a], kind: visit, intel: inaccurate }",
                "{ date: 2026-11-02, with: [a], kind: visit, intel: inaccurate }",
                "{ date: 2026-11-03, with: [a], kind: visit, intel: accurate }",
            ],
        );
        assert_eq!(
            codes(&text),
            [(Code::UnreliableIntel, vec!["a".to_string()])]
        );
    }

    #[test]
    fn a_name_written_twice_takes_one_share_of_the_spend() {
        let text = yaml(
            &[
                person("mid", "middle", "coach", "supporter"),
                person("other", "staff", "user", "neutral"),
                person("boss", "executive", "decider", "unknown"),
            ],
            &["{ date: 2026-11-01, with: [mid, mid, other], kind: meal, cost: 1000 }"],
        );
        let found = codes(&text);
        assert!(
            !found.iter().any(|(c, _)| *c == Code::NoDeciderAccess),
            "{found:?}"
        );
        let once = text.replace("[mid, mid, other]", "[mid]");
        assert!(
            codes(&once)
                .iter()
                .any(|(c, _)| *c == Code::NoDeciderAccess)
        );
    }

    #[test]
    fn all_friendly_names_the_people_it_is_about() {
        let mut people: Vec<String> = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|id| person(id, "staff", "user", "unknown"))
            .collect();
        people[0] = person("a", "staff", "user", "supporter");
        let mut text = yaml(&people, &[]);
        text = text.replace("owner: li.ming\n", "owner: li.ming\ncompetitors: [Jia]\n");
        let found = codes(&text);
        let all = found.iter().find(|(c, _)| *c == Code::AllFriendly).unwrap();
        assert_eq!(all.1, ["a", "b", "c", "d", "e"]);
    }
}
