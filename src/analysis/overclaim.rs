//! Over-claimed helpers, docs/domain.md §3 (关系甄别): reps overrate their
//! relationships; these rules flag the claims the evidence does not carry.

use rayon::prelude::*;
use std::collections::BTreeMap;

use super::finding::{Msg, MsgArg, next_step, stance_name};
use super::{Code, Ctx, Finding, active, recent, with_ids};
use crate::load::LoadedAccount;
use crate::model::lean::{self, Stakeholder};
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

/// What the rules of one account share, worked out once.
pub struct Scene<'a> {
    pub ctx: &'a Ctx<'a>,
    pub account: &'a lean::Account,
    /// The people still at the customer.
    pub people: Vec<&'a Stakeholder>,
    pub mentors: Vec<&'a Stakeholder>,
    pub deciders: Vec<&'a Stakeholder>,
    /// A decider was met in the last [`SPEND_WINDOW_DAYS`].
    pub decider_met: bool,
    /// Each person's share of what was spent in the last
    /// [`SPEND_WINDOW_DAYS`] (a cost split among everyone present), and
    /// the total.
    pub spend: BTreeMap<&'a str, f64>,
    pub total: f64,
}

impl<'a> Scene<'a> {
    fn new(ctx: &'a Ctx<'a>, account: &'a lean::Account) -> Self {
        let people: Vec<&Stakeholder> = active(account, ctx.as_of).collect();
        let mentors = people
            .iter()
            .copied()
            .filter(|s| s.stance_us() == Stance::Mentor)
            .collect();
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
        Self {
            ctx,
            account,
            people,
            mentors,
            deciders,
            decider_met,
            spend,
            total,
        }
    }
}

/// What a rule found: the people it is about, the message and the action.
pub type Said<'a> = (Vec<&'a Stakeholder>, Msg, Msg);

/// A rule on the account as a whole.
pub type AccountRule = for<'a> fn(&Scene<'a>) -> Option<Said<'a>>;

/// A rule on one helper (a mentor or supporter toward us).
pub type HelperRule = for<'a> fn(&Scene<'a>, &'a Stakeholder) -> Option<Said<'a>>;

/// The rules on the account, each with its code (its family, severity and
/// one-line reason are the code's: `Code::family`, `Code::summary`).
pub const ACCOUNT_RULES: &[(Code, AccountRule)] = &[
    (Code::TooManyMentors, too_many_mentors),
    (Code::MentorMajority, mentor_majority),
    (Code::AllFriendly, all_friendly),
];

/// The rules on each helper.
pub const HELPER_RULES: &[(Code, HelperRule)] = &[
    (Code::UnreliableIntel, unreliable_intel),
    (Code::UnprovenClaim, unproven_claim),
    (Code::NoDeciderAccess, no_decider_access),
    (Code::EntertainmentOnly, entertainment_only),
    (Code::StageBelowLabel, stage_below_label),
    (Code::ConflictingStance, conflicting_stance),
];

fn names(people: &[&Stakeholder]) -> MsgArg {
    MsgArg::List(people.iter().map(|s| s.name.to_string()).collect())
}

fn stance_word(s: Stance) -> MsgArg {
    MsgArg::msg(stance_name(s))
}

/// More active mentors than `max_mentors` (§3: few people ever truly are).
fn too_many_mentors<'a>(scene: &Scene<'a>) -> Option<Said<'a>> {
    let (mentors, max) = (&scene.mentors, scene.ctx.settings.max_mentors());
    (mentors.len() as i64 > max).then(|| {
        (
            mentors.clone(),
            Msg::new("overclaim-too-many-mentors")
                .number("count", mentors.len())
                .arg("names", names(mentors))
                .number("max", usize::try_from(max).unwrap_or(0)),
            Msg::new("overclaim-too-many-mentors-action"),
        )
    })
}

/// Half the people or more are mentors, on an account of some size.
fn mentor_majority<'a>(scene: &Scene<'a>) -> Option<Said<'a>> {
    let (mentors, people) = (&scene.mentors, scene.people.len());
    (people >= MENTOR_MAJORITY_MIN_PEOPLE && mentors.len() * 2 >= people).then(|| {
        (
            mentors.clone(),
            Msg::new("overclaim-mentor-majority")
                .number("mentors", mentors.len())
                .number("people", people),
            Msg::new("overclaim-mentor-majority-action"),
        )
    })
}

/// Everyone friendly, nobody neutral or opposed, with rivals in the race.
fn all_friendly<'a>(scene: &Scene<'a>) -> Option<Said<'a>> {
    let opposed = scene
        .people
        .iter()
        .any(|s| matches!(s.stance_us(), Stance::Neutral | Stance::Opponent));
    let competitors = &scene.account.competitors;
    (scene.people.len() >= ALL_FRIENDLY_MIN_PEOPLE && !opposed && !competitors.is_empty()).then(
        || {
            (
                scene.people.clone(),
                Msg::new("overclaim-all-friendly")
                    .number("people", scene.people.len())
                    .arg(
                        "competitors",
                        MsgArg::And(competitors.iter().map(|c| c.to_string()).collect()),
                    ),
                Msg::new("overclaim-all-friendly-action"),
            )
        },
    )
}

/// Their intel up to the as-of date: how much was rated, how much of it
/// was wrong, and whether any proved right.
fn intel(scene: &Scene, s: &Stakeholder) -> (usize, usize, bool) {
    let (mut rated, mut wrong, mut proven) = (0, 0, false);
    for i in super::contacts_as_of(scene.account, s, scene.ctx.as_of) {
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
    (rated, wrong, proven)
}

/// Most of the intel they gave proved wrong.
fn unreliable_intel<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    let (rated, wrong, _) = intel(scene, s);
    (rated >= INTEL_MIN_RATED && wrong * 2 > rated).then(|| {
        (
            vec![s],
            Msg::new("overclaim-unreliable-intel")
                .text("name", &s.name)
                .arg("stance", stance_word(s.stance_us()))
                .number("wrong", wrong)
                .number("rated", rated),
            Msg::new("overclaim-unreliable-intel-action"),
        )
    })
}

/// No evidence on file, and no intel that proved right.
fn unproven_claim<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    (s.evidence.is_empty() && !intel(scene, s).2).then(|| {
        (
            vec![s],
            Msg::new("overclaim-unproven-claim")
                .text("name", &s.name)
                .arg("stance", stance_word(s.stance_us())),
            Msg::new("overclaim-unproven-claim-action"),
        )
    })
}

/// Most of the spend goes to someone who is no decider, while no decider
/// was met.
fn no_decider_access<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    if s.has_role(Role::Decider) || scene.total <= 0.0 || scene.decider_met {
        return None;
    }
    let mine = scene.spend.get(s.id.as_str()).copied().unwrap_or(0.0);
    if mine / scene.total < SPEND_SHARE {
        return None;
    }
    let who = if scene.deciders.is_empty() {
        Msg::new("overclaim-no-decider-on-file")
    } else {
        Msg::new("overclaim-nobody-met").arg("names", names(&scene.deciders))
    };
    Some((
        vec![s],
        Msg::new("overclaim-no-decider-access")
            .text("name", &s.name)
            .text("share", format!("{:.0}", 100.0 * mine / scene.total))
            .number("days", SPEND_WINDOW_DAYS as usize)
            .text("mine", super::rank::money(mine))
            .text("total", super::rank::money(scene.total))
            .arg("who", MsgArg::msg(who)),
        Msg::new("overclaim-no-decider-access-action"),
    ))
}

/// Wining and dining is not a relationship (§7, §9): several recent
/// contacts, all entertainment, nothing that helped them.
fn entertainment_only<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    let account = scene.account;
    let recent_with: Vec<_> =
        super::recent_contacts(account, s, scene.ctx.as_of, SPEND_WINDOW_DAYS).collect();
    let entertained = recent_with
        .iter()
        .filter(|i| i.kind.is_entertainment())
        .count();
    let helped = recent_with.iter().any(|i| i.kind.is_value_adding());
    if entertained < ENTERTAINMENT_MIN || helped {
        return None;
    }
    let spent: f64 = recent_with
        .iter()
        .map(|i| i.cost.unwrap_or(0.0) / account.with_count(i).max(1) as f64)
        .sum();
    let spend = if spent > 0.0 {
        MsgArg::msg(Msg::new("overclaim-spent-on-them").text("amount", super::rank::money(spent)))
    } else {
        MsgArg::Text(Default::default())
    };
    Some((
        vec![s],
        Msg::new("overclaim-entertainment-only")
            .text("name", &s.name)
            .arg("stance", stance_word(s.stance_us()))
            .number("count", entertained)
            .number("days", SPEND_WINDOW_DAYS as usize)
            .arg("spend", spend),
        Msg::new("overclaim-entertainment-only-action"),
    ))
}

/// Stages come before labels (§9): a mentor trusts us personally, which an
/// acquaintance or understanding does not yet carry.
fn stage_below_label<'a>(_: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    let stage = s.stage?;
    (s.stance_us() == Stance::Mentor
        && matches!(
            stage,
            RelationshipStage::Acquainted | RelationshipStage::Understanding
        ))
    .then(|| {
        (
            vec![s],
            Msg::new("overclaim-stage-below-label")
                .text("name", &s.name)
                .arg("stage", MsgArg::Word(stage.as_str(), stage.alias())),
            Msg::new("overclaim-stage-below-label-action")
                .arg("next", MsgArg::msg(next_step(stage))),
        )
    })
}

/// Our helper is a rival's mentor or supporter too.
fn conflicting_stance<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    let rivals: Vec<String> = scene
        .account
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
        .map(|(_, c)| c.to_string())
        .collect();
    (!rivals.is_empty()).then(|| {
        (
            vec![s],
            Msg::new("overclaim-conflicting-stance")
                .text("name", &s.name)
                .arg("stance", stance_word(s.stance_us()))
                .arg("rivals", MsgArg::And(rivals)),
            Msg::new("overclaim-conflicting-stance-action"),
        )
    })
}

/// Every over-claim finding in one account: each rule of the tables, the
/// helper rules on each helper.
pub fn account(ctx: &Ctx, loaded: &LoadedAccount) -> Vec<Finding> {
    let scene = Scene::new(ctx, &loaded.account);
    let found = |code: Code, (who, message, action): Said| {
        let ids = who.iter().map(|s| s.id.to_string()).collect();
        Finding::said(&loaded.id, code, ids, message, action)
    };
    let mut out: Vec<Finding> = ACCOUNT_RULES
        .iter()
        .filter_map(|(code, rule)| rule(&scene).map(|said| found(*code, said)))
        .collect();
    for s in scene.people.iter().copied().filter(|s| is_helper(s)) {
        out.extend(
            HELPER_RULES
                .iter()
                .filter_map(|(code, rule)| rule(&scene, s).map(|said| found(*code, said))),
        );
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
    use crate::analysis::testing::{account, assert_one_rule_each, person, with, yaml};

    fn codes(text: &str) -> Vec<(Code, Vec<String>)> {
        with(&[account(text)], |ctx, all| {
            analyse(ctx, all, &())
                .into_iter()
                .map(|f| (f.code, f.people.iter().map(|p| p.to_string()).collect()))
                .collect()
        })
    }

    /// Whether `code` fires on the account `text`.
    fn fires(code: Code, text: &str) -> bool {
        codes(text).iter().any(|(c, _)| *c == code)
    }

    fn people(lines: &[(&str, &str, &str, &str)]) -> Vec<String> {
        lines
            .iter()
            .map(|(id, level, roles, stance)| person(id, level, roles, stance))
            .collect()
    }

    #[test]
    fn every_over_claim_code_has_one_rule_in_the_tables() {
        let account = ACCOUNT_RULES.iter().map(|(c, _)| *c);
        let helper = HELPER_RULES.iter().map(|(c, _)| *c);
        assert_one_rule_each(crate::analysis::Family::Overclaim, account.chain(helper));
    }

    #[test]
    fn too_many_mentors_fires_past_the_setting_and_not_at_it() {
        let two = people(&[
            ("a", "middle", "user", "mentor"),
            ("b", "staff", "user", "mentor"),
        ]);
        assert!(!fires(Code::TooManyMentors, &yaml(&two, &[])));
        let mut three = two.clone();
        three.push(person("c", "staff", "user", "mentor"));
        assert!(fires(Code::TooManyMentors, &yaml(&three, &[])));
    }

    #[test]
    fn mentor_majority_needs_half_of_enough_people() {
        let mut four = people(&[
            ("a", "middle", "user", "mentor"),
            ("b", "staff", "user", "mentor"),
            ("c", "staff", "user", "neutral"),
            ("d", "staff", "user", "neutral"),
        ]);
        assert!(fires(Code::MentorMajority, &yaml(&four, &[])));
        four[1] = person("b", "staff", "user", "neutral");
        assert!(!fires(Code::MentorMajority, &yaml(&four, &[])));
        // Three people, two mentors: too few to say.
        let three = &four[..3];
        assert!(!fires(Code::MentorMajority, &yaml(three, &[])));
    }

    #[test]
    fn all_friendly_needs_rivals_and_nobody_neutral() {
        let five: Vec<String> = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|id| person(id, "staff", "user", "supporter"))
            .collect();
        let with_rivals =
            |t: String| t.replace("owner: li.ming\n", "owner: li.ming\ncompetitors: [Jia]\n");
        assert!(fires(Code::AllFriendly, &with_rivals(yaml(&five, &[]))));
        assert!(!fires(Code::AllFriendly, &yaml(&five, &[])));
        let mut one_neutral = five.clone();
        one_neutral[4] = person("e", "staff", "user", "neutral");
        assert!(!fires(
            Code::AllFriendly,
            &with_rivals(yaml(&one_neutral, &[]))
        ));
    }

    #[test]
    fn unreliable_intel_needs_most_of_two_rated_pieces_wrong() {
        let a = people(&[("a", "middle", "coach", "supporter")]);
        let one_wrong = ["{ date: 2026-11-01, with: [a], kind: visit, intel: inaccurate }"];
        assert!(!fires(Code::UnreliableIntel, &yaml(&a, &one_wrong)));
        let half = [
            "{ date: 2026-11-01, with: [a], kind: visit, intel: inaccurate }",
            "{ date: 2026-11-02, with: [a], kind: visit, intel: accurate }",
        ];
        assert!(!fires(Code::UnreliableIntel, &yaml(&a, &half)));
        let both = [
            "{ date: 2026-11-01, with: [a], kind: visit, intel: inaccurate }",
            "{ date: 2026-11-02, with: [a], kind: visit, intel: inaccurate }",
        ];
        assert!(fires(Code::UnreliableIntel, &yaml(&a, &both)));
    }

    #[test]
    fn unproven_claim_is_lifted_by_evidence() {
        let bare = people(&[("a", "middle", "coach", "supporter")]);
        assert!(fires(Code::UnprovenClaim, &yaml(&bare, &[])));
        let evidenced = vec![bare[0].replace(" }\n", ", evidence: [shared the tender draft] }\n")];
        assert!(!fires(Code::UnprovenClaim, &yaml(&evidenced, &[])));
        // Not a helper: nothing to prove.
        let neutral = people(&[("a", "middle", "coach", "neutral")]);
        assert!(!fires(Code::UnprovenClaim, &yaml(&neutral, &[])));
    }

    #[test]
    fn no_decider_access_unless_a_decider_was_met() {
        let three = people(&[
            ("mid", "middle", "coach", "supporter"),
            ("boss", "executive", "decider", "unknown"),
        ]);
        let meals = ["{ date: 2026-11-01, with: [mid], kind: meal, cost: 1000 }"];
        assert!(fires(Code::NoDeciderAccess, &yaml(&three, &meals)));
        let met = [
            "{ date: 2026-11-01, with: [mid], kind: meal, cost: 1000 }",
            "{ date: 2026-11-05, with: [boss], kind: visit }",
        ];
        assert!(!fires(Code::NoDeciderAccess, &yaml(&three, &met)));
    }

    #[test]
    fn entertainment_only_is_three_treats_and_no_help() {
        let a = people(&[("a", "middle", "user", "supporter")]);
        let treats = [
            "{ date: 2026-10-01, with: [a], kind: meal }",
            "{ date: 2026-10-15, with: [a], kind: entertainment }",
            "{ date: 2026-11-01, with: [a], kind: gift }",
        ];
        assert!(fires(Code::EntertainmentOnly, &yaml(&a, &treats)));
        let mut helped = treats.to_vec();
        helped.push("{ date: 2026-11-10, with: [a], kind: help-given }");
        assert!(!fires(Code::EntertainmentOnly, &yaml(&a, &helped)));
        assert!(!fires(Code::EntertainmentOnly, &yaml(&a, &treats[..2])));
    }

    #[test]
    fn stage_below_label_is_a_mentor_not_yet_trusting() {
        let early = vec![
            person("a", "middle", "coach", "mentor").replace(" }\n", ", stage: understanding }\n"),
        ];
        assert!(fires(Code::StageBelowLabel, &yaml(&early, &[])));
        let trusting =
            vec![person("a", "middle", "coach", "mentor").replace(" }\n", ", stage: trust }\n")];
        assert!(!fires(Code::StageBelowLabel, &yaml(&trusting, &[])));
        let supporter = vec![
            person("a", "middle", "coach", "supporter")
                .replace(" }\n", ", stage: understanding }\n"),
        ];
        assert!(!fires(Code::StageBelowLabel, &yaml(&supporter, &[])));
    }

    #[test]
    fn conflicting_stance_is_a_rival_s_helper_too() {
        let text = |jia: &str| {
            format!(
                "account: Test\nid: test\nowner: li.ming\ncompetitors: [Jia]\nstakeholders:\n  - {{ id: a, name: a, level: middle, stance: {{ us: supporter, Jia: {jia} }} }}\n"
            )
        };
        assert!(fires(Code::ConflictingStance, &text("mentor")));
        assert!(fires(Code::ConflictingStance, &text("supporter")));
        assert!(!fires(Code::ConflictingStance, &text("neutral")));
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
