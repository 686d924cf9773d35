//! The rep's agenda: what to do in the coming days, most urgent first, one
//! line per action, each a [`Finding`] with the day it falls due
//! (docs/domain.md §4, §8, §9).

use serde::Serialize;

use rayon::prelude::*;

use super::finding::{Msg, MsgArg, next_step, opportunity_stage, stance_name};
use super::{Code, Ctx, Finding, neglect, positioning};
use crate::load::LoadedAccount;
use crate::model::{Date, RelationshipStage, Stance};

/// The window and whose work it is.
#[derive(Debug, Clone)]
pub struct Options {
    /// How many days ahead, the as-of date included.
    pub days: i64,
    /// Only accounts where this person of ours is on the team or logged
    /// interactions (`--by`); `--owner` is applied when loading.
    pub by: Option<String>,
}

/// One thing to do.
#[derive(Debug, Serialize)]
pub struct Action {
    /// The finding behind it: `code`, the people, why (`message`) and what
    /// to do (`action`).
    #[serde(flatten)]
    pub finding: Finding,
    /// The day to do it by.
    pub due: Date,
    /// The people's names, in the order of `people`.
    pub names: Vec<String>,
}

fn works_on(a: &LoadedAccount, person: &str) -> bool {
    let acc = &a.account;
    acc.owner == person
        || acc.team.iter().any(|m| m.id == person)
        || acc
            .interactions
            .iter()
            .flat_map(|i| acc.by(i))
            .any(|b| b == person)
}

fn names(a: &LoadedAccount, ids: &[crate::model::Text]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            a.account
                .stakeholders
                .iter()
                .find(|s| s.id == *id)
                .map_or_else(|| id.to_string(), |s| s.name.to_string())
        })
        .collect()
}

/// One account's actions in the window ending `end` (`later` is the
/// context on that day).
/// What the agenda's rules of one account share.
pub struct Scene<'a> {
    pub ctx: &'a Ctx<'a>,
    /// The same, as of the window's last day.
    pub later: &'a Ctx<'a>,
    /// The window's last day.
    pub end: Date,
    pub loaded: &'a LoadedAccount,
    /// Who is neglected already today.
    pub now: Vec<neglect::Neglected>,
    /// What `overclaimed` doubts today: advice never contradicts it.
    pub doubted: Vec<Finding>,
}

impl Scene<'_> {
    /// The over-claim findings about `id`.
    fn doubts(&self, id: &str) -> Vec<&Finding> {
        self.doubted
            .iter()
            .filter(|f| f.people.len() == 1 && f.people[0] == id)
            .collect()
    }

    /// Whether the account has a mentor whose word can be taken: active,
    /// and not doubted by `overclaimed`.
    fn trusted_mentor(&self) -> bool {
        super::active(&self.loaded.account, self.ctx.as_of)
            .filter(|s| s.stance_us() == Stance::Mentor)
            .any(|s| self.doubts(&s.id).is_empty())
    }
}

/// What an agenda rule found: the finding, and the day it is due.
pub type Due = (Finding, Date);

/// An agenda rule.
pub type Rule = fn(&Scene) -> Vec<Due>;

/// The agenda's own rules, after who is neglected today (family, severity
/// and reason are the code's).
pub const RULES: &[(Code, Rule)] = &[
    (Code::DueSoon, due_soon),
    (Code::ClosingSoon, closing_soon),
    (Code::FindOut, find_out),
    (Code::NextStep, next_step_for_helpers),
    (Code::SeeOpponents, see_opponents),
];

/// Falling due in the window: neglected by its end, not yet today.
fn due_soon(scene: &Scene) -> Vec<Due> {
    let (ctx, a) = (scene.ctx, scene.loaded);
    let now: std::collections::HashSet<&str> = scene.now.iter().map(|n| n.stakeholder()).collect();
    let mut out = Vec::new();
    for n in neglect::account(scene.later, a) {
        let who = n.stakeholder().to_string();
        if now.contains(who.as_str()) {
            continue;
        }
        let (Some(last), Some(limit)) = (n.last_contact, n.cadence_days) else {
            continue;
        };
        let due = if n.finding.code == Code::UnansweredHelp {
            Date(last.0 + chrono::Duration::days(limit))
        } else {
            Date(last.0 + chrono::Duration::days(limit + 1))
        };
        let stance = MsgArg::msg(stance_name(n.stance));
        let finding = Finding::said(
            &a.id,
            Code::DueSoon,
            vec![who],
            Msg::new("agenda-due-soon")
                .text("name", &n.name)
                .arg("stance", stance)
                .text("last", last.to_string())
                .text("limit", limit.to_string())
                .text("due", due.to_string()),
            n.finding.action.clone(),
        );
        out.push((finding, due.min(scene.end).max(ctx.as_of)));
    }
    out
}

/// Opportunities closing in the window.
fn closing_soon(scene: &Scene) -> Vec<Due> {
    let a = scene.loaded;
    let mut out = Vec::new();
    for o in &a.account.opportunities {
        let open = o.stage.is_none_or(|s| s.is_open());
        let Some(close) = o.close else {
            continue;
        };
        if open && close >= scene.ctx.as_of && close <= scene.end {
            let at = match o.stage {
                Some(stage) => {
                    MsgArg::msg(Msg::new("agenda-at-stage").arg("stage", opportunity_stage(stage)))
                }
                None => MsgArg::Text(Default::default()),
            };
            let finding = Finding::said(
                &a.id,
                Code::ClosingSoon,
                Vec::new(),
                Msg::new("agenda-closing-soon")
                    .text("deal", &o.name)
                    .text("close", close.to_string())
                    .arg("at", at),
                Msg::new("agenda-closing-soon-action"),
            );
            out.push((finding, close));
        }
    }
    out
}

/// Stances to find out, by the window's end: unknowns who matter, whose
/// helper an opponent is, and the four questions for a neutral who decides,
/// advises or evaluates while a deal is open (§2, §10). "Ask your mentor"
/// only where there is one to ask.
fn find_out(scene: &Scene) -> Vec<Due> {
    let a = scene.loaded;
    let action = Msg::new(if scene.trusted_mentor() {
        "agenda-find-out-action"
    } else {
        "agenda-find-out-action-no-mentor"
    });
    let mut out: Vec<Due> = positioning::find_out(scene.ctx, a)
        .into_iter()
        .map(|f| {
            let because = f.because.iter().map(|b| b.word()).collect();
            let finding = Finding::said(
                &a.id,
                Code::FindOut,
                vec![f.stakeholder.clone()],
                Msg::new("agenda-find-out")
                    .text("name", &f.name)
                    .arg("because", MsgArg::Items(because)),
                action.clone(),
            );
            (finding, scene.end)
        })
        .collect();
    let account = &a.account;
    let open = account
        .opportunities
        .iter()
        .find(|o| o.stage.is_none_or(|s| s.is_open()));
    for s in super::active(account, scene.ctx.as_of) {
        let message = match s.stance_us() {
            Stance::Opponent if s.stance.rivals().all(|(_, v)| v == Stance::Unknown) => {
                Msg::new("agenda-find-out-opponent").text("name", &s.name)
            }
            Stance::Neutral => {
                let roles: Vec<MsgArg> = [
                    crate::model::Role::Decider,
                    crate::model::Role::Advisor,
                    crate::model::Role::Technical,
                ]
                .into_iter()
                .filter(|r| s.has_role(*r))
                .map(|r| MsgArg::Word(r.as_str(), r.alias()))
                .collect();
                let Some(deal) = open.filter(|_| !roles.is_empty()) else {
                    continue;
                };
                Msg::new("agenda-find-out-neutral")
                    .text("name", &s.name)
                    .arg("because", MsgArg::Items(roles))
                    .text("deal", &deal.name)
            }
            _ => continue,
        };
        let finding = Finding::said(
            &a.id,
            Code::FindOut,
            vec![s.id.to_string()],
            message,
            action.clone(),
        );
        out.push((finding, scene.end));
    }
    out
}

/// An opportunity won or lost lately: now is the time to see the opponents
/// (§10), those not already on the list as never met.
fn see_opponents(scene: &Scene) -> Vec<Due> {
    let a = scene.loaded;
    let Some(deal) = neglect::recently_closed(&a.account, scene.ctx.as_of) else {
        return Vec::new();
    };
    let listed: std::collections::HashSet<&str> =
        scene.now.iter().map(|n| n.stakeholder()).collect();
    let opponents: Vec<&crate::model::lean::Stakeholder> =
        super::active(&a.account, scene.ctx.as_of)
            .filter(|s| s.stance_us() == Stance::Opponent && !listed.contains(s.id.as_str()))
            .collect();
    if opponents.is_empty() {
        return Vec::new();
    }
    let outcome = deal
        .stage
        .map_or(MsgArg::Text(Default::default()), opportunity_stage);
    let finding = Finding::said(
        &a.id,
        Code::SeeOpponents,
        opponents.iter().map(|s| s.id.to_string()).collect(),
        Msg::new("agenda-see-opponents")
            .text("deal", &deal.name)
            .arg("outcome", outcome)
            .arg(
                "names",
                MsgArg::List(opponents.iter().map(|s| s.name.to_string()).collect()),
            ),
        Msg::new("agenda-see-opponents-action"),
    );
    vec![(finding, scene.end)]
}

/// The next step for helpers not yet at trust.
fn next_step_for_helpers(scene: &Scene) -> Vec<Due> {
    let a = scene.loaded;
    super::active(&a.account, scene.ctx.as_of)
        .filter_map(|s| {
            let stage = s.stage?;
            let helper = matches!(s.stance_us(), Stance::Mentor | Stance::Supporter);
            (helper && stage < RelationshipStage::Trust).then(|| {
                // Closer ties with someone whose claim is doubted would
                // contradict the finding: settle the doubt first.
                let doubts = scene.doubts(&s.id);
                let action = if doubts.is_empty() {
                    next_step(stage)
                } else {
                    let codes = doubts.iter().map(|f| f.code.as_str().to_string()).collect();
                    Msg::new("agenda-next-step-doubted").arg("codes", MsgArg::List(codes))
                };
                let finding = Finding::said(
                    &a.id,
                    Code::NextStep,
                    vec![s.id.to_string()],
                    Msg::new("agenda-next-step")
                        .text("name", &s.name)
                        .arg("stance", MsgArg::msg(stance_name(s.stance_us())))
                        .arg("stage", MsgArg::Word(stage.as_str(), stage.alias())),
                    action,
                );
                (finding, scene.end)
            })
        })
        .collect()
}

/// One account's actions: who is neglected today (due today), then what
/// each rule of [`RULES`] finds.
fn account(ctx: &Ctx, later: &Ctx, end: Date, a: &LoadedAccount) -> Vec<Action> {
    let scene = Scene {
        ctx,
        later,
        end,
        loaded: a,
        now: neglect::account(ctx, a),
        doubted: super::overclaim::account(ctx, a),
    };
    let neglected = scene.now.iter().map(|n| (n.finding.clone(), ctx.as_of));
    let found: Vec<Due> = neglected
        .chain(RULES.iter().flat_map(|(_, rule)| rule(&scene)))
        .collect();
    found
        .into_iter()
        .map(|(finding, due)| Action {
            names: names(a, &finding.people),
            finding,
            due,
        })
        .collect()
}

/// The actions for `accounts` in the `days` from the as-of date.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], options: &Options) -> Vec<Action> {
    let days = options.days.max(1);
    let end = Date(ctx.as_of.0 + chrono::Duration::days(days - 1));
    let mine: Vec<&LoadedAccount> = accounts
        .iter()
        .copied()
        .filter(|a| options.by.as_deref().is_none_or(|p| works_on(a, p)))
        .collect();
    let later = Ctx {
        settings: ctx.settings,
        as_of: end,
        portfolio: ctx.portfolio,
    };
    // Each account on its own (in parallel), in account order.
    let mut out: Vec<Action> = mine
        .par_iter()
        .flat_map_iter(|a| account(ctx, &later, end, a))
        .collect();
    out.sort_by(|x, y| {
        x.due
            .cmp(&y.due)
            .then_with(|| x.finding.code.cmp(&y.finding.code))
            .then_with(|| x.finding.account.cmp(&y.finding.account))
            .then_with(|| x.finding.people.cmp(&y.finding.people))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, assert_one_rule_each, person, with, yaml};

    /// The codes of the week's actions for the account `text`.
    fn codes(text: &str) -> Vec<Code> {
        let options = Options { days: 7, by: None };
        with(&[account(text)], |ctx, all| analyse(ctx, all, &options))
            .iter()
            .map(|a| a.finding.code)
            .collect()
    }

    #[test]
    fn every_agenda_code_has_one_rule_in_the_table() {
        let codes = RULES.iter().map(|(c, _)| *c);
        assert_one_rule_each(crate::analysis::Family::Agenda, codes);
    }

    #[test]
    fn a_deal_closing_in_the_week_is_on_the_agenda_and_a_later_one_is_not() {
        let text = |close: &str| {
            yaml(&[person("a", "staff", "user", "neutral")], &["{ date: 2026-11-20, with: [a], kind: visit }"])
                .replace(
                    "owner: li.ming\n",
                    &format!("owner: li.ming\nopportunities:\n  - {{ name: L, stage: develop, close: {close} }}\n"),
                )
        };
        assert_eq!(codes(&text("2026-11-26")), [Code::ClosingSoon]);
        assert_eq!(codes(&text("2026-12-26")), []);
    }

    #[test]
    fn an_unknown_decider_is_to_find_out_and_a_known_one_is_not() {
        let met = ["{ date: 2026-11-20, with: [d], kind: visit }"];
        let unknown = yaml(&[person("d", "executive", "decider", "unknown")], &met);
        assert_eq!(codes(&unknown), [Code::FindOut]);
        let known = yaml(&[person("d", "executive", "decider", "neutral")], &met);
        assert_eq!(codes(&known), []);
    }

    #[test]
    fn a_helper_short_of_trust_has_a_next_step_and_one_at_trust_has_none() {
        let met = ["{ date: 2026-11-20, with: [h], kind: visit }"];
        let at = |stage: &str| {
            let p = person("h", "middle", "user", "supporter")
                .replace(" }\n", &format!(", stage: {stage} }}\n"));
            yaml(&[p], &met)
        };
        assert_eq!(codes(&at("understanding")), [Code::NextStep]);
        assert_eq!(codes(&at("trust")), []);
    }

    #[test]
    fn a_mentor_falls_due_inside_the_week_on_the_day_the_rhythm_runs_out() {
        // Mentor cadence 30 days: met on 2026-10-27, due on 2026-11-27.
        let text = yaml(
            &[person("m", "middle", "coach", "mentor")],
            &["{ date: 2026-10-27, with: [m], kind: visit }"],
        );
        let options = Options { days: 7, by: None };
        let actions = with(&[account(&text)], |ctx, all| analyse(ctx, all, &options));
        let due: Vec<(Code, String)> = actions
            .iter()
            .map(|a| (a.finding.code, a.due.to_string()))
            .collect();
        assert_eq!(due, [(Code::DueSoon, "2026-11-27".to_string())]);
        let short = Options { days: 3, by: None };
        let none = with(&[account(&text)], |ctx, all| analyse(ctx, all, &short));
        assert!(none.is_empty());
    }

    #[test]
    fn after_a_close_the_opponents_are_to_be_seen() {
        let met = ["{ date: 2026-10-01, with: [o], kind: visit }"];
        let closed = |stage: &str, close: &str| {
            yaml(&[person("o", "middle", "user", "opponent")], &met).replace(
                "owner: li.ming\n",
                &format!("owner: li.ming\nopportunities:\n  - {{ name: L, stage: {stage}, close: {close} }}\n"),
            )
        };
        assert!(codes(&closed("won", "2026-11-10")).contains(&Code::SeeOpponents));
        assert!(codes(&closed("lost", "2026-11-10")).contains(&Code::SeeOpponents));
        assert!(!codes(&closed("negotiate", "2026-12-10")).contains(&Code::SeeOpponents));
        assert!(!codes(&closed("won", "2026-01-10")).contains(&Code::SeeOpponents));
    }

    #[test]
    fn find_out_asks_whose_helper_an_opponent_is_and_the_four_questions_of_a_neutral() {
        let rivals =
            |t: String| t.replace("owner: li.ming\n", "owner: li.ming\ncompetitors: [Jia]\n");
        let met = ["{ date: 2026-11-20, with: [o], kind: visit }"];
        let unknown = rivals(yaml(&[person("o", "middle", "user", "opponent")], &met));
        assert_eq!(codes(&unknown), [Code::FindOut]);
        let theirs = unknown.replace("{ us: opponent }", "{ us: opponent, Jia: mentor }");
        assert_eq!(codes(&theirs), []);
        let deal = |t: String| {
            t.replace(
                "owner: li.ming\n",
                "owner: li.ming\nopportunities:\n  - { name: L, stage: develop, close: 2027-03-01 }\n",
            )
        };
        let met = ["{ date: 2026-11-20, with: [d], kind: visit }"];
        let neutral = yaml(&[person("d", "executive", "decider", "neutral")], &met);
        assert_eq!(codes(&deal(neutral.clone())), [Code::FindOut]);
        assert_eq!(codes(&neutral), []);
    }

    #[test]
    fn the_advice_never_contradicts_a_finding_on_the_same_person() {
        let options = Options { days: 7, by: None };
        let action_for = |text: &str, code: Code| {
            with(&[account(text)], |ctx, all| analyse(ctx, all, &options))
                .into_iter()
                .find(|a| a.finding.code == code)
                .map(|a| a.finding.action.render(crate::model::Lang::En))
                .unwrap_or_default()
        };
        // A supporter with no evidence: unproven-claim; no closer ties yet.
        let met = ["{ date: 2026-11-20, with: [h], kind: visit }"];
        let bare = person("h", "middle", "user", "supporter")
            .replace(" }\n", ", stage: understanding }\n");
        let said = action_for(&yaml(std::slice::from_ref(&bare), &met), Code::NextStep);
        assert!(said.contains("unproven-claim"), "{said}");
        let proven = bare.replace(", stage:", ", evidence: [got us the spec], stage:");
        let said = action_for(&yaml(&[proven], &met), Code::NextStep);
        assert!(!said.contains("overclaimed"), "{said}");
        // No mentor to ask: the find-out advice does not say to ask one.
        let met = ["{ date: 2026-11-20, with: [d], kind: visit }"];
        let said = action_for(
            &yaml(&[person("d", "executive", "decider", "unknown")], &met),
            Code::FindOut,
        );
        assert!(!said.contains("ask your mentor"), "{said}");
        let with_mentor = yaml(
            &[
                person("d", "executive", "decider", "unknown"),
                person("m", "middle", "coach", "mentor")
                    .replace(" }\n", ", evidence: [got us the spec] }\n"),
            ],
            &["{ date: 2026-11-20, with: [d, m], kind: visit }"],
        );
        let said = action_for(&with_mentor, Code::FindOut);
        assert!(said.contains("ask your mentor"), "{said}");
    }
}
