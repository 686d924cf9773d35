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

/// A rule on one person still at the customer; each says whom it is about
/// (most of them: helpers, a mentor or supporter toward us).
pub type PersonRule = for<'a> fn(&Scene<'a>, &'a Stakeholder) -> Option<Said<'a>>;

/// The rules on the account, each with its code (its family, severity and
/// one-line reason are the code's: `Code::family`, `Code::summary`).
pub const ACCOUNT_RULES: &[(Code, AccountRule)] = &[
    (Code::TooManyMentors, too_many_mentors),
    (Code::MentorMajority, mentor_majority),
    (Code::AllFriendly, all_friendly),
];

/// The rules on each person.
pub const PERSON_RULES: &[(Code, PersonRule)] = &[
    (Code::UnreliableIntel, unreliable_intel),
    (Code::UnprovenClaim, unproven_claim),
    (Code::NoDeciderAccess, no_decider_access),
    (Code::EntertainmentOnly, entertainment_only),
    (Code::StageBelowLabel, stage_below_label),
    (Code::ConflictingStance, conflicting_stance),
    (Code::RivalCoach, rival_coach),
    (Code::InstantLoyalty, instant_loyalty),
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

/// Everyone friendly, nobody neutral or opposed: with rivals in the race,
/// or with none written down (the race not mapped at all).
fn all_friendly<'a>(scene: &Scene<'a>) -> Option<Said<'a>> {
    let opposed = scene
        .people
        .iter()
        .any(|s| matches!(s.stance_us(), Stance::Neutral | Stance::Opponent));
    if scene.people.len() < ALL_FRIENDLY_MIN_PEOPLE || opposed {
        return None;
    }
    let competitors = &scene.account.competitors;
    let message = if competitors.is_empty() {
        Msg::new("overclaim-all-friendly-no-competitors").number("people", scene.people.len())
    } else {
        Msg::new("overclaim-all-friendly")
            .number("people", scene.people.len())
            .arg(
                "competitors",
                MsgArg::And(competitors.iter().map(|c| c.to_string()).collect()),
            )
    };
    let action = match (competitors.is_empty(), scene.mentors.is_empty()) {
        (true, _) => "overclaim-all-friendly-no-competitors-action",
        (false, true) => "overclaim-all-friendly-no-mentor-action",
        (false, false) => "overclaim-all-friendly-action",
    };
    Some((scene.people.clone(), message, Msg::new(action)))
}

/// The intel they gave up to the as-of date (credited to them, not to
/// everyone at the table: [`lean::Account::intel_credited_to`]): how much
/// was rated, how much of it was wrong, and whether any proved right.
fn intel(scene: &Scene, s: &Stakeholder) -> (usize, usize, bool) {
    let (mut rated, mut wrong, mut proven) = (0, 0, false);
    for i in super::contacts_as_of(scene.account, s, scene.ctx.as_of)
        .filter(|i| scene.account.intel_credited_to(i, s))
    {
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
    if !is_helper(s) {
        return None;
    }
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

/// No evidence on file that is more than warmth ([`only_warmth`]), and no
/// intel that proved right.
fn unproven_claim<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    if !is_helper(s) || intel(scene, s).2 {
        return None;
    }
    let evidence = s.evidence.iter().filter(|e| !only_warmth(e)).count();
    if evidence > 0 {
        return None;
    }
    let key = if s.evidence.is_empty() {
        "overclaim-unproven-claim"
    } else {
        "overclaim-unproven-claim-warmth"
    };
    Some((
        vec![s],
        Msg::new(key)
            .text("name", &s.name)
            .arg("stance", stance_word(s.stance_us())),
        Msg::new("overclaim-unproven-claim-action"),
    ))
}

/// Words of warmth, meals and talk: what every vendor gets, so no evidence
/// of where someone stands (docs/domain.md §10, the warm welcome).
pub const WARMTH_WORDS: &[&str] = &[
    "warm",
    "warmly",
    "welcome",
    "welcomed",
    "welcoming",
    "friendly",
    "friendliness",
    "kind",
    "nice",
    "pleasant",
    "polite",
    "cordial",
    "enjoyed",
    "enjoyable",
    "great",
    "good",
    "dinner",
    "dinners",
    "lunch",
    "lunches",
    "meal",
    "meals",
    "banquet",
    "drinks",
    "drink",
    "tea",
    "coffee",
    "karaoke",
    "golf",
    "talk",
    "talks",
    "talked",
    "chat",
    "chats",
    "chatted",
    "conversation",
    "conversations",
    "meeting",
    "met",
    "visit",
    "visited",
    "relationship",
    "relations",
    "atmosphere",
    "reception",
    "received",
    "hospitality",
    "smile",
    "smiled",
];

/// Words that carry nothing on their own (who, when, how much).
pub const FILLER_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "very",
    "really",
    "so",
    "quite",
    "always",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "with",
    "at",
    "in",
    "on",
    "of",
    "to",
    "for",
    "and",
    "our",
    "us",
    "we",
    "they",
    "them",
    "their",
    "he",
    "she",
    "him",
    "her",
    "his",
    "it",
    "me",
    "my",
    "i",
    "you",
    "your",
    "together",
    "last",
    "week",
    "month",
    "year",
    "time",
    "times",
    "twice",
    "once",
    "president",
    "director",
    "manager",
    "boss",
    "chairman",
    "ceo",
    "gm",
    "team",
    "sales",
    "everyone",
    "all",
    "both",
];

/// The same in Chinese, matched as phrases: warmth first, then filler.
pub const WARMTH_PHRASES_ZH: &[&str] = &[
    "热烈欢迎",
    "热情接待",
    "热情",
    "欢迎",
    "接待",
    "友好",
    "友善",
    "客气",
    "愉快",
    "开心",
    "融洽",
    "气氛",
    "吃饭",
    "饭局",
    "宴请",
    "请客",
    "喝酒",
    "喝茶",
    "唱歌",
    "打球",
    "聚餐",
    "晚宴",
    "午餐",
    "晚餐",
    "聊天",
    "交谈",
    "谈话",
    "会谈",
    "会面",
    "见面",
    "拜访",
    "关系",
    "不错",
    "很好",
    "挺好",
];

/// Filler in Chinese: who, how much, particles.
pub const FILLER_PHRASES_ZH: &[&str] = &[
    "我们",
    "我方",
    "他们",
    "对方",
    "总经理",
    "董事长",
    "老板",
    "领导",
    "总",
    "一起",
    "非常",
    "特别",
    "十分",
    "很",
    "都",
    "的",
    "了",
    "和",
    "与",
    "跟",
    "在",
    "时",
    "上",
    "次",
    "一",
    "两",
    "几",
    "他",
    "她",
    "们",
    "对",
    "我",
    "也",
    "还",
    "有",
    "过",
    "个",
    "地",
    "得",
];

/// Whether an evidence item names only friendliness, meals or talks: every
/// word of it is warmth or filler (in English, by words; in Chinese, by
/// the phrases above), and at least one is warmth.
pub fn only_warmth(evidence: &str) -> bool {
    let lower = evidence.to_lowercase();
    let mut warm = false;
    let mut rest = lower.clone();
    for phrase in WARMTH_PHRASES_ZH {
        if rest.contains(phrase) {
            warm = true;
            rest = rest.replace(phrase, " ");
        }
    }
    for phrase in FILLER_PHRASES_ZH {
        rest = rest.replace(phrase, " ");
    }
    for word in rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if WARMTH_WORDS.contains(&word) {
            warm = true;
        } else if !FILLER_WORDS.contains(&word) {
            return false;
        }
    }
    warm
}

/// Most of the spend goes to someone who is no decider, while no decider
/// was met.
fn no_decider_access<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    if !is_helper(s) || s.has_role(Role::Decider) || scene.total <= 0.0 || scene.decider_met {
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
/// contacts, all entertainment, nothing that helped them; for a helper, or
/// a neutral decider (entertainment backfires on anyone, §10).
fn entertainment_only<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    let neutral_decider = s.has_role(Role::Decider) && s.stance_us() == Stance::Neutral;
    if !(is_helper(s) || neutral_decider) {
        return None;
    }
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
    if !is_helper(s) {
        return None;
    }
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
    if !is_helper(s) {
        return None;
    }
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

/// A "coach" who is a rival's mentor, or whose intel keeps proving wrong,
/// and is not our helper (a helper of ours is `conflicting-stance` and
/// `unreliable-intel`): no coach of ours, perhaps misleading us (§10).
fn rival_coach<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    if !s.has_role(Role::Coach) || is_helper(s) {
        return None;
    }
    let rivals: Vec<String> = s
        .stance
        .rivals()
        .filter(|(_, v)| *v == Stance::Mentor)
        .map(|(column, _)| scene.account.column_name(column).to_string())
        .collect();
    let (rated, wrong, _) = intel(scene, s);
    let why = if !rivals.is_empty() {
        Msg::new("overclaim-rival-coach-mentor").arg("rivals", MsgArg::And(rivals))
    } else if rated >= INTEL_MIN_RATED && wrong * 2 > rated {
        Msg::new("overclaim-rival-coach-intel")
            .number("wrong", wrong)
            .number("rated", rated)
    } else {
        return None;
    };
    Some((
        vec![s],
        Msg::new("overclaim-rival-coach")
            .text("name", &s.name)
            .arg("why", MsgArg::msg(why)),
        Msg::new("overclaim-rival-coach-action"),
    ))
}

/// A mentor, or a stage of trust or loyalty, for someone first met less
/// than `trust_days` ago: trust takes long to build (§10). Only where the
/// account's log reaches back further than that: a log begun lately (a
/// team that just started writing its plan) says nothing of when people
/// were first met.
fn instant_loyalty<'a>(scene: &Scene<'a>, s: &'a Stakeholder) -> Option<Said<'a>> {
    let stage = s
        .stage
        .filter(|st| matches!(st, RelationshipStage::Trust | RelationshipStage::Loyalty));
    if s.stance_us() != Stance::Mentor && stage.is_none() {
        return None;
    }
    let first = super::contacts_as_of(scene.account, s, scene.ctx.as_of)
        .map(|i| i.date)
        .min()?;
    let days = (scene.ctx.as_of.0 - first.0).num_days();
    let window = scene.ctx.settings.trust_days();
    let as_of = scene.ctx.as_of;
    let log_start = scene
        .account
        .interactions
        .iter()
        .map(|i| i.date)
        .filter(|d| *d <= as_of)
        .min()?;
    if days >= window || (as_of.0 - log_start.0).num_days() < window {
        return None;
    }
    let claim = match stage {
        Some(stage) => MsgArg::Word(stage.as_str(), stage.alias()),
        None => stance_word(Stance::Mentor),
    };
    Some((
        vec![s],
        Msg::new("overclaim-instant-loyalty")
            .text("name", &s.name)
            .arg("claim", claim)
            .text("first", first.to_string())
            .number("days", usize::try_from(days).unwrap_or(0))
            .number("window", usize::try_from(window).unwrap_or(0)),
        Msg::new("overclaim-instant-loyalty-action"),
    ))
}

/// Every over-claim finding in one account: each rule of the tables, the
/// person rules on each person still at the customer.
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
    for s in scene.people.iter().copied() {
        out.extend(
            PERSON_RULES
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
        let person = PERSON_RULES.iter().map(|(c, _)| *c);
        assert_one_rule_each(crate::analysis::Family::Overclaim, account.chain(person));
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
    fn all_friendly_fires_without_rivals_too_and_says_the_race_is_unmapped() {
        let five: Vec<String> = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|id| person(id, "staff", "user", "supporter"))
            .collect();
        let with_rivals =
            |t: String| t.replace("owner: li.ming\n", "owner: li.ming\ncompetitors: [Jia]\n");
        assert!(fires(Code::AllFriendly, &with_rivals(yaml(&five, &[]))));
        let unmapped = with(&[account(&yaml(&five, &[]))], |ctx, all| {
            analyse(ctx, all, &())
        });
        let said = unmapped
            .iter()
            .find(|f| f.code == Code::AllFriendly)
            .map(|f| f.message_in(crate::model::Lang::En))
            .unwrap_or_default();
        assert!(said.contains("lists no competitors"), "{said}");
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
            &[
                "{ date: 2026-06-01, with: [a], kind: visit }",
                "{ date: 2026-11-01, with: [a], kind: visit, intel: accurate }",
            ],
        );
        assert_eq!(codes(&text), []);
    }

    #[test]
    fn evidence_of_warmth_alone_carries_no_claim() {
        for warm in [
            "warm welcome",
            "very friendly at dinner",
            "had friendly talks with our president",
            "热烈欢迎",
            "和我们总经理一起吃饭很愉快",
        ] {
            assert!(only_warmth(warm), "{warm}");
        }
        for deed in [
            "shared the tender draft",
            "told us the budget a week before the tender, and it proved right",
            "friendly, and introduced us to the chief engineer",
            "提前告诉我们招标时间",
        ] {
            assert!(!only_warmth(deed), "{deed}");
        }
        let warm = person("a", "middle", "coach", "supporter").replace(
            " }\n",
            ", evidence: [warm welcome, very friendly at dinner] }\n",
        );
        assert!(fires(
            Code::UnprovenClaim,
            &yaml(std::slice::from_ref(&warm), &[])
        ));
        let more = warm.replace("warm welcome", "warned us about the rival's price");
        assert!(!fires(Code::UnprovenClaim, &yaml(&[more], &[])));
    }

    #[test]
    fn rival_coach_is_a_rival_s_mentor_or_wrong_too_often() {
        let rivals =
            |t: String| t.replace("owner: li.ming\n", "owner: li.ming\ncompetitors: [Jia]\n");
        let theirs = person("c", "middle", "coach", "neutral")
            .replace("{ us: neutral }", "{ us: neutral, Jia: mentor }");
        assert!(fires(Code::RivalCoach, &rivals(yaml(&[theirs], &[]))));
        let wrong = [
            "{ date: 2026-11-01, with: [c], kind: visit, intel: inaccurate }",
            "{ date: 2026-11-02, with: [c], kind: visit, intel: inaccurate }",
        ];
        let neutral = person("c", "middle", "coach", "neutral");
        assert!(fires(
            Code::RivalCoach,
            &yaml(std::slice::from_ref(&neutral), &wrong)
        ));
        assert!(!fires(Code::RivalCoach, &yaml(&[neutral], &[])));
        // Our supporter with wrong intel is unreliable-intel, not this.
        let ours = person("c", "middle", "coach", "supporter");
        assert!(!fires(Code::RivalCoach, &yaml(&[ours], &wrong)));
    }

    #[test]
    fn instant_loyalty_is_a_mentor_or_trust_met_only_weeks_ago() {
        let mut mentor = vec![
            person("m", "middle", "user", "mentor")
                .replace(" }\n", ", evidence: [got us the spec] }\n"),
        ];
        mentor.push(person("old", "middle", "user", "neutral"));
        let lately = [
            "{ date: 2026-03-01, with: [old], kind: visit }",
            "{ date: 2026-11-10, with: [m], kind: visit }",
        ];
        assert!(fires(Code::InstantLoyalty, &yaml(&mentor, &lately)));
        let long_ago = [
            lately[0],
            "{ date: 2026-05-10, with: [m], kind: visit }",
            lately[1],
        ];
        assert!(!fires(Code::InstantLoyalty, &yaml(&mentor, &long_ago)));
        // A log begun lately says nothing of when they were first met.
        assert!(!fires(Code::InstantLoyalty, &yaml(&mentor, &lately[1..])));
        let mut trust = vec![
            person("s", "middle", "user", "supporter")
                .replace(" }\n", ", stage: trust, evidence: [got us the spec] }\n"),
        ];
        trust.push(person("old", "middle", "user", "neutral"));
        let met = [lately[0], "{ date: 2026-11-10, with: [s], kind: visit }"];
        assert!(fires(Code::InstantLoyalty, &yaml(&trust, &met)));
    }

    #[test]
    fn a_neutral_decider_we_only_entertain_is_flagged_like_a_helper() {
        let treats = [
            "{ date: 2026-10-01, with: [d], kind: meal }",
            "{ date: 2026-10-15, with: [d], kind: gift }",
            "{ date: 2026-11-01, with: [d], kind: entertainment }",
        ];
        let decider = [person("d", "executive", "decider", "neutral")];
        assert!(fires(Code::EntertainmentOnly, &yaml(&decider, &treats)));
        let user = [person("d", "executive", "user", "neutral")];
        assert!(!fires(Code::EntertainmentOnly, &yaml(&user, &treats)));
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

    #[test]
    fn intel_is_credited_to_who_gave_it_not_to_everyone_at_the_table() {
        let two = people(&[
            ("a", "middle", "coach", "supporter"),
            ("b", "middle", "user", "supporter"),
        ]);
        let wrong = |from: &str| {
            [
                format!(
                    "{{ date: 2026-11-01, with: [a, b], kind: meal, intel: inaccurate{from} }}"
                ),
                format!(
                    "{{ date: 2026-11-02, with: [a, b], kind: meal, intel: inaccurate{from} }}"
                ),
            ]
        };
        let unreliable = |lines: [String; 2]| {
            let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
            codes(&yaml(&two, &refs))
                .into_iter()
                .filter(|(c, _)| *c == Code::UnreliableIntel)
                .map(|(_, who)| who)
                .collect::<Vec<_>>()
        };
        assert!(
            unreliable(wrong("")).is_empty(),
            "intel at a table of two is nobody's"
        );
        assert_eq!(unreliable(wrong(", from: b")), [vec!["b".to_string()]]);
    }
}
