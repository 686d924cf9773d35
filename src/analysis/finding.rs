//! The one finding type every analysis rule produces, and its codes.
//!
//! A finding names an account, a code, the people it is about and what to
//! do. The neglected and over-claimed lists, the coverage flags, the
//! agenda, the weekly report and SARIF all carry this same type, so a new
//! rule is one more code here, not a new shape.

use serde::Serialize;

use crate::model::{Lang, Text};

pub use crate::i18n::{Msg, MsgArg};

use crate::finding::Severity;

crate::finding::codes! {
    /// Every code an analysis finding can carry. Each is documented under its
    /// own heading in `docs/analyses.md`, with its reason in `docs/domain.md`.
    pub enum Code {
        // Neglected relationships (`neglected`, docs/domain.md §4).
        UnansweredHelp = "unanswered-help", Warning,
            "They asked for help and none followed: a dodged request turns a helper into an opponent (§4).";
        Overdue = "overdue", Warning,
            "No contact for longer than the cadence for where they stand: relationships go cold, 人走茶凉 (§4).";
        NeverContacted = "never-contacted", Warning,
            "A mentor, supporter or neutral nobody has met (an opponent too, after a close): a stance nobody tested (§3, §4, §10).";
        PressingOpponent = "pressing-opponent", Warning,
            "Several project meetings with an opponent within days: they are not turned in days, only hardened (§10).";
        LateHelp = "late-help", Note,
            "A help request answered only after the limit: the dodge still happened (§4, §10).";
        // Over-claimed helpers (`overclaimed`, §3).
        TooManyMentors = "too-many-mentors", Warning,
            "More mentors than an account really has: too many mentors means none (§3).";
        MentorMajority = "mentor-majority", Warning,
            "Half the people marked mentor: the rep most likely has none (§3).";
        AllFriendly = "all-friendly", Warning,
            "Competitors in play and nobody opposed: you do not know who backs them (§3).";
        UnreliableIntel = "unreliable-intel", Warning,
            "A helper whose intel keeps proving wrong: a mentor's word proves right (§3).";
        UnprovenClaim = "unproven-claim", Warning,
            "A helper with no evidence and no intel that proved right (§3).";
        NoDeciderAccess = "no-decider-access", Warning,
            "Most of the spend on one non-decider while nobody met a decider: the single-thread trap (§3).";
        ConflictingStance = "conflicting-stance", Warning,
            "Our helper is also a competitor's helper: nobody firmly backs two rivals (§3).";
        EntertainmentOnly = "entertainment-only", Warning,
            "A helper we only wine and dine: a relationship of meals is short-lived (§7, §9).";
        StageBelowLabel = "stage-below-label", Warning,
            "A mentor we have only just met: a mentor trusts us personally, which takes stages (§9).";
        RivalCoach = "rival-coach", Warning,
            "A coach who is a rival's mentor, or whose intel keeps proving wrong: no coach of ours (§10).";
        InstantLoyalty = "instant-loyalty", Warning,
            "A mentor, or trust or loyalty, for someone first met weeks ago: trust takes long to build (§10).";
        // Coverage of the buying group (`coverage`, §5, §6).
        NoDecider = "no-decider", Warning,
            "Nobody on file decides: find out who signs off (§5).";
        NoCoach = "no-coach", Warning,
            "Nobody inside tells us what goes on (§5).";
        MissingRole = "missing-role", Note,
            "Another buying role nobody holds: listed, not failing (§5).";
        ThinEngagement = "thin-engagement", Warning,
            "Fewer than three people engaged in 90 days: complex sales need three to five (§6).";
        SingleThreaded = "single-threaded", Warning,
            "One of us, or one of them, carries the whole account (§6).";
        Bypass = "bypass", Warning,
            "An executive decider met while the managers under them were passed over (§5).";
        BlindSpot = "blind-spot", Warning,
            "A decider, advisor or initiator whose wins and fears we do not know, late in a deal (§9).";
        JuniorInitiator = "junior-initiator", Warning,
            "The deal's only initiators are junior or of little influence: it needs a sponsor higher up (§5, §9).";
        ResistingUser = "resisting-user", Warning,
            "A using department's head not on our side, never trained or shown a demo: a risk to the deal (§5, §9).";
        LateTechnical = "late-technical", Warning,
            "A deal past qualifying with no technical exchange with their evaluators, or none of our engineers (§6, §9).";
        RivalDecider = "rival-decider", Warning,
            "A decider or advisor who is a competitor's mentor or supporter while a deal is open: the rival may own the boss (§10).";
        NoMentor = "no-mentor", Warning,
            "A deal open and no mentor toward us: without one inside we are blind and deaf (§10).";
        HostileTechnical = "hostile-technical", Warning,
            "A technical evaluator against us while a deal is open: they sway the decider (§10).";
        RivalInitiator = "rival-initiator", Warning,
            "An initiator who backs a competitor: the project may be written for them (§10).";
        OneDepartment = "one-department", Warning,
            "Every engaged contact in one department: still one line, not a mesh (§6, §10).";
        // The rep's agenda (`agenda`): what falls due in the coming days.
        DueSoon = "due-soon", Note,
            "Contact falls due within the window: keep the rhythm before it lapses (§4, §9).";
        ClosingSoon = "closing-soon", Note,
            "An open opportunity closes within the window (§8).";
        FindOut = "find-out", Note,
            "Someone who matters with an unknown stance: find out, through the mentor (§2).";
        NextStep = "next-step", Note,
            "A helper not yet at trust: the next step for their relationship stage (§7, §9).";
        SeeOpponents = "see-opponents", Note,
            "A deal won or lost lately: the best moment to see the opponents, neither gloating nor bearing a grudge (§10).";
    }
}

crate::names::names! {
    /// Which analysis a code belongs to: its command and fixture folder.
    pub enum Family {
        Neglect = "neglect",
        Overclaim = "overclaim",
        Coverage = "coverage",
        Agenda = "agenda",
    }
}

impl Code {
    pub const fn family(self) -> Family {
        use Code::*;
        match self {
            UnansweredHelp | Overdue | NeverContacted | PressingOpponent | LateHelp => {
                Family::Neglect
            }
            TooManyMentors | MentorMajority | AllFriendly | UnreliableIntel | UnprovenClaim
            | NoDeciderAccess | ConflictingStance | EntertainmentOnly | StageBelowLabel
            | RivalCoach | InstantLoyalty => Family::Overclaim,
            NoDecider | NoCoach | MissingRole | ThinEngagement | SingleThreaded | Bypass
            | BlindSpot | JuniorInitiator | ResistingUser | LateTechnical | RivalDecider
            | NoMentor | HostileTechnical | RivalInitiator | OneDepartment => Family::Coverage,
            DueSoon | ClosingSoon | FindOut | NextStep | SeeOpponents => Family::Agenda,
        }
    }
}

/// One thing an analysis found in one account.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Account id.
    pub account: Text,
    pub code: Code,
    /// `warning`: act on it (`--fail` exits 1); `note`: listed only.
    pub severity: Severity,
    /// The people it is about, by stakeholder id, sorted; empty when it is
    /// about the account as a whole.
    pub people: Vec<Text>,
    /// What was found: the evidence, in one sentence. A catalogue message,
    /// said in the reader's language; JSON and SARIF have its English,
    /// rendered as they are written (a portfolio's findings are many, and
    /// their text is not kept twice).
    #[serde(serialize_with = "english")]
    pub message: Msg,
    /// What to do about it.
    #[serde(serialize_with = "english")]
    pub action: Msg,
}

fn english<S: serde::Serializer>(msg: &Msg, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&msg.render(Lang::En))
}

/// A stance in prose: `mentor`, 帮助者 (the one-character symbols 帮 支 中
/// 反 不 are for tables).
pub fn stance_name(stance: crate::model::Stance) -> Msg {
    use crate::model::Stance as S;
    Msg::new(match stance {
        S::Mentor => "stance-name-mentor",
        S::Supporter => "stance-name-supporter",
        S::Neutral => "stance-name-neutral",
        S::Opponent => "stance-name-opponent",
        S::Unknown => "stance-name-unknown",
    })
}

/// The catalogue key of one of our functions by name (a `team:`
/// function, or `unknown`).
pub fn function_key(function: &str) -> &'static str {
    use crate::model::TeamFunction as F;
    match F::from_name(function) {
        Some(F::Sales) => "function-sales",
        Some(F::Technical) => "function-technical",
        Some(F::Executive) => "function-executive",
        Some(F::Service) => "function-service",
        Some(F::Quality) => "function-quality",
        None => "function-unknown",
    }
}

/// An opportunity's stage in prose: `propose`, 提交方案.
pub fn opportunity_stage(stage: crate::model::OpportunityStage) -> MsgArg {
    use crate::model::OpportunityStage as S;
    MsgArg::msg(Msg::new(match stage {
        S::Qualify => "opportunity-stage-qualify",
        S::Develop => "opportunity-stage-develop",
        S::Propose => "opportunity-stage-propose",
        S::Negotiate => "opportunity-stage-negotiate",
        S::Won => "opportunity-stage-won",
        S::Lost => "opportunity-stage-lost",
    }))
}

/// What to do next at a relationship stage (docs/domain.md §9): the one
/// place a stage's next step is written, in the catalogue.
pub fn next_step(stage: crate::model::RelationshipStage) -> Msg {
    use crate::model::RelationshipStage as S;
    Msg::new(match stage {
        S::Acquainted => "stage-next-acquainted",
        S::Understanding => "stage-next-understanding",
        S::Respect => "stage-next-respect",
        S::Friendship => "stage-next-friendship",
        S::Trust => "stage-next-trust",
        S::Loyalty => "stage-next-loyalty",
    })
}

impl Finding {
    /// A finding in `account` about `people` (sorted, each once).
    pub fn said(account: &str, code: Code, people: Vec<String>, message: Msg, action: Msg) -> Self {
        let mut people: Vec<Text> = people.into_iter().map(Text::from).collect();
        people.sort();
        people.dedup();
        Self {
            account: account.into(),
            code,
            severity: code.severity(),
            people,
            message,
            action,
        }
    }

    /// What was found, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// What to do, in `lang`.
    pub fn action_in(&self, lang: Lang) -> String {
        self.action.render(lang)
    }

    /// Whether it calls for action (fails `--fail`), as opposed to a note.
    pub fn is_actionable(&self) -> bool {
        self.severity != Severity::Note
    }
}
