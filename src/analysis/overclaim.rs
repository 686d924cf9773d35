//! Over-claimed helpers, docs/domain.md §3 (关系甄别): reps overrate their
//! relationships; these rules flag the claims the evidence does not carry.

use std::collections::BTreeMap;

use super::{Code, Ctx, Finding, active, interactions_as_of, involves, recent, with_ids};
use crate::load::LoadedAccount;
use crate::model::{Intel, RelationshipStage, Role, Stakeholder, Stance, US};

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

fn names(people: &[&Stakeholder]) -> String {
    people
        .iter()
        .map(|s| s.name.value.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every over-claim finding in one account.
pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Vec<Finding> {
    let account = &loaded.account;
    let people: Vec<&Stakeholder> = active(account, ctx.as_of).collect();
    let mut out = Vec::new();
    let mut push = |code, who: Vec<&Stakeholder>, message: String, action: &str| {
        let ids = who.iter().map(|s| s.id.value.clone()).collect();
        out.push(Finding::new(&loaded.id, code, ids, message, action));
    };

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
            format!(
                "{} people are marked mentor ({}); a real account has one, {max} at most",
                mentors.len(),
                names(&mentors)
            ),
            "too many mentors means none: keep the one who tells you what goes on inside and proves right; re-rate the rest as supporters or neutrals",
        );
    }
    if people.len() >= MENTOR_MAJORITY_MIN_PEOPLE && mentors.len() * 2 >= people.len() {
        push(
            Code::MentorMajority,
            mentors.clone(),
            format!(
                "{} of {} people are marked mentor: when half the customer are \"mentors\", the rep most likely has none",
                mentors.len(),
                people.len()
            ),
            "test each mentor claim: what have they told you that proved right, what have they done for you?",
        );
    }
    let opposed = people
        .iter()
        .any(|s| matches!(s.stance_us(), Stance::Neutral | Stance::Opponent));
    if people.len() >= ALL_FRIENDLY_MIN_PEOPLE && !opposed && !account.competitors.is_empty() {
        push(
            Code::AllFriendly,
            people.clone(),
            format!(
                "all {} people are friendly or unknown toward us while {} compete: nobody opposing you usually means you do not know who does",
                people.len(),
                account
                    .competitors
                    .iter()
                    .map(|c| c.value.as_str())
                    .collect::<Vec<_>>()
                    .join(" and ")
            ),
            "ask your mentor who backs each competitor, and fill in the competitor columns",
        );
    }

    let mut spend: BTreeMap<&str, f64> = BTreeMap::new();
    let mut total = 0.0;
    for i in recent(account, ctx.as_of, SPEND_WINDOW_DAYS) {
        let cost = i.cost.as_ref().map_or(0.0, |c| c.value);
        let with = with_ids(i);
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
    let decider_met = deciders
        .iter()
        .any(|d| recent(account, ctx.as_of, SPEND_WINDOW_DAYS).any(|i| involves(i, &d.id)));

    for s in people.iter().copied().filter(|s| is_helper(s)) {
        let stance = s.stance_us();
        let id = s.id.as_str();
        let mut rated = 0;
        let mut wrong = 0;
        let mut proven = false;
        for i in interactions_as_of(account, ctx.as_of).filter(|i| involves(i, id)) {
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
                format!(
                    "{} ({stance}): {wrong} of {rated} pieces of intel they gave proved wrong",
                    s.name.value
                ),
                "question the label: they may mislead you on purpose (someone else's mentor) or carry no weight inside",
            );
        }
        if s.evidence.is_empty() && !proven {
            push(
                Code::UnprovenClaim,
                vec![s],
                format!(
                    "{} is marked {stance} with no evidence and no intel that proved right",
                    s.name.value
                ),
                "write down what they said or did for you under `evidence:`, or lower the stance until you can",
            );
        }
        if !s.has_role(Role::Decider) && total > 0.0 {
            let mine = spend.get(id).copied().unwrap_or(0.0);
            if mine / total >= SPEND_SHARE && !decider_met {
                let who = if deciders.is_empty() {
                    "no decider is on file".to_string()
                } else {
                    format!("nobody has met {} in that time", names(&deciders))
                };
                push(
                    Code::NoDeciderAccess,
                    vec![s],
                    format!(
                        "{} took {:.0}% of the {SPEND_WINDOW_DAYS}-day spend ({:.0} of {:.0}) while {who}",
                        s.name.value,
                        100.0 * mine / total,
                        mine,
                        total
                    ),
                    "the single-thread trap: get introduced upward, bring your engineers to their technical people, and verify the claim with the boss",
                );
            }
        }
        // Wining and dining is not a relationship (§7, §9): several recent
        // contacts, all entertainment, nothing that helped them.
        let recent_with: Vec<_> = recent(account, ctx.as_of, SPEND_WINDOW_DAYS)
            .filter(|i| involves(i, id))
            .collect();
        let entertained = recent_with
            .iter()
            .filter(|i| i.kind.is_entertainment())
            .count();
        let helped = recent_with.iter().any(|i| i.kind.is_value_adding());
        if entertained >= ENTERTAINMENT_MIN && !helped {
            let spent: f64 = recent_with
                .iter()
                .map(|i| i.cost.as_ref().map_or(0.0, |c| c.value) / with_ids(i).len().max(1) as f64)
                .sum();
            let spend = if spent > 0.0 {
                format!(", {spent:.0} spent on them")
            } else {
                String::new()
            };
            push(
                Code::EntertainmentOnly,
                vec![s],
                format!(
                    "{} ({stance}): {entertained} meals, entertainment or gifts in {SPEND_WINDOW_DAYS} days{spend}, and no demo, exchange, training or help",
                    s.name.value
                ),
                "do business with them: a demo, a technical exchange, training for their people, help with a problem; then see whether the label holds",
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
                format!(
                    "{} is marked mentor at the stage `{stage}`: a mentor trusts us personally, which takes respect, friendship and trust first",
                    s.name.value
                ),
                &format!(
                    "rate them a supporter for now, and work the stage: {}",
                    stage.next_step()
                ),
            );
        }
        let rivals: Vec<&str> = account
            .competitors
            .iter()
            .filter(|c| c.value != US)
            .filter(|c| matches!(s.stance.get(c), Some(Stance::Mentor | Stance::Supporter)))
            .map(|c| c.value.as_str())
            .collect();
        if !rivals.is_empty() {
            push(
                Code::ConflictingStance,
                vec![s],
                format!(
                    "{} is marked our {stance} and also a helper of {}",
                    s.name.value,
                    rivals.join(" and ")
                ),
                "a person cannot firmly back two rival vendors: find out which side they are really on",
            );
        }
    }
    out
}

/// Every over-claim across `accounts`, by account, then code, then people.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], _: &Options) -> Vec<Finding> {
    let mut out: Vec<Finding> = accounts.iter().flat_map(|a| account(ctx, a)).collect();
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
                .map(|f| (f.code, f.people))
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
