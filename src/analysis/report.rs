//! The weekly report: everything a manager reads on Monday, in one struct.
//! JSON is this struct; Markdown is rendered from it (`render::report`).
//! The changes come in as data (events the caller read from git), and the
//! maps go out as data (the renderer draws them).

use rayon::prelude::*;
use std::collections::BTreeMap;

use serde::Serialize;

use super::history::{Change, Direction, Event};
use super::{Ctx, Finding, coverage, map, neglect, overclaim, positioning, rank};
use crate::i18n::{Msg, MsgArg};
use crate::load::LoadedAccount;
use crate::model::{Date, OpportunityStage};

#[derive(Debug, Serialize)]
pub struct Report {
    pub as_of: Date,
    pub since: Date,
    /// Valid accounts read.
    pub accounts: usize,
    /// The top of the ranking (`--top`, default 10); empty when
    /// `ranking_error` says why it could not be made.
    pub ranking: Vec<RankRow>,
    /// Why there is no ranking (currencies without `fx:` rates); the other
    /// sections are there all the same.
    pub ranking_error: Option<Msg>,
    pub changes: Changes,
    pub neglected: Vec<neglect::Neglected>,
    pub overclaimed: Vec<Finding>,
    /// Coverage findings that call for action (no decider, no coach, thin,
    /// single-threaded, bypass): not `missing-role`.
    pub coverage_gaps: Vec<Finding>,
    /// Open opportunities closing within 90 days of the as-of date.
    pub closing: Vec<Closing>,
    /// Unknown stances among deciders, advisors, technical evaluators and
    /// the procurement team.
    pub find_out: Vec<FindOut>,
    /// Power maps, with `--maps`.
    pub maps: Vec<map::Map>,
    /// Stances toward us at the end of each past week (the HTML report's
    /// chart); empty unless asked for.
    pub stance_weeks: Vec<StanceWeek>,
}

#[derive(Debug, Serialize)]
pub struct RankRow {
    pub rank: usize,
    pub account: String,
    pub name: String,
    pub score: f64,
    pub parts: rank::Parts,
}

#[derive(Debug, Default, Serialize)]
pub struct Changes {
    /// False outside a git repository; `note` says why.
    pub available: bool,
    pub note: Option<Msg>,
    pub toward_us: Vec<Event>,
    pub away_from_us: Vec<Event>,
    /// Stance changes with no direction (unknown ↔ neutral), and moves in
    /// competitors' columns that do not involve us.
    pub other_moves: Vec<Event>,
    pub joined: Vec<Event>,
    pub left: Vec<Event>,
    pub logged: Vec<PersonLog>,
    /// Commits in which a file did not parse.
    pub unparseable: Vec<Event>,
}

/// Interactions one of our people logged in the period.
#[derive(Debug, Serialize)]
pub struct PersonLog {
    pub person: String,
    pub interactions: usize,
    pub value_adding: usize,
    pub entertainment: usize,
}

#[derive(Debug, Serialize)]
pub struct Closing {
    pub account: String,
    pub opportunity: String,
    pub value: Option<f64>,
    pub stage: Option<OpportunityStage>,
    pub close: Date,
    pub days: i64,
}

#[derive(Debug, Serialize)]
pub struct FindOut {
    pub account: String,
    pub stakeholder: String,
    pub name: String,
    pub because: Vec<super::positioning::Reason>,
}

pub struct Options<'a> {
    pub since: Date,
    /// How many accounts of the ranking to keep.
    pub top: usize,
    /// Add each account's power map.
    pub maps: bool,
    /// What changed since `since`, as the caller read it from git; `Err`
    /// says why there is no history (not a git repository).
    pub events: Result<&'a [Event], Msg>,
    /// The account files as they were at the end of each of the past weeks
    /// (read from git by the caller), for the stance chart; empty for none.
    pub weeks: &'a [(Date, Vec<LoadedAccount>)],
}

/// How many people stood where toward us at the end of one week, across the
/// accounts reported on.
#[derive(Debug, Clone, Serialize)]
pub struct StanceWeek {
    pub week_end: Date,
    pub counts: positioning::Counts,
}

/// The stance counts of each week, over the accounts with these ids.
fn stance_weeks(weeks: &[(Date, Vec<LoadedAccount>)], ids: &[&str]) -> Vec<StanceWeek> {
    weeks
        .iter()
        .map(|(end, accounts)| {
            let mut counts = positioning::Counts::default();
            for a in accounts.iter().filter(|a| ids.contains(&a.id.as_str())) {
                counts += positioning::counts(&a.account, *end);
            }
            StanceWeek {
                week_end: *end,
                counts,
            }
        })
        .collect()
}

/// Days ahead that an opportunity counts as closing.
pub const CLOSING_DAYS: i64 = 90;
/// Closing within this many days is flagged as soon.
pub const SOON_DAYS: i64 = 30;

fn changes(events: &Result<&[Event], Msg>) -> Changes {
    let events = match events {
        Ok(e) => *e,
        Err(e) => {
            return Changes {
                available: false,
                note: Some(Msg::new("report-no-history").arg("reason", MsgArg::msg(e.clone()))),
                ..Default::default()
            };
        }
    };
    let mut c = Changes {
        available: true,
        ..Default::default()
    };
    let mut logs: BTreeMap<String, PersonLog> = BTreeMap::new();
    for e in events.iter().cloned() {
        match &e.change {
            Change::Stance { direction, .. } => match direction {
                Direction::TowardUs => c.toward_us.push(e),
                Direction::AwayFromUs => c.away_from_us.push(e),
                Direction::None => c.other_moves.push(e),
            },
            Change::StakeholderAdded { .. } => c.joined.push(e),
            Change::StakeholderLeft { .. } | Change::StakeholderRemoved { .. } => c.left.push(e),
            Change::Interactions(added) => {
                for i in added {
                    for person in &i.by {
                        let log = logs.entry(person.clone()).or_insert_with(|| PersonLog {
                            person: person.clone(),
                            interactions: 0,
                            value_adding: 0,
                            entertainment: 0,
                        });
                        log.interactions += 1;
                        log.value_adding += usize::from(i.kind.is_value_adding());
                        log.entertainment += usize::from(i.kind.is_entertainment());
                    }
                }
            }
            Change::Unparseable => c.unparseable.push(e),
            Change::AccountAdded | Change::AccountRemoved | Change::HelpAnsweredLate { .. } => {
                c.other_moves.push(e)
            }
        }
    }
    c.logged = logs.into_values().collect();
    c.logged.sort_by(|a, b| {
        b.interactions
            .cmp(&a.interactions)
            .then_with(|| a.person.cmp(&b.person))
    });
    c
}

/// What the report takes from one account besides the portfolio-wide
/// analyses.
#[derive(Default)]
struct Parts {
    coverage_gaps: Vec<Finding>,
    find_out: Vec<FindOut>,
    closing: Vec<Closing>,
    map: Option<map::Map>,
}

fn account_parts(ctx: &Ctx, a: &LoadedAccount, maps: bool) -> Parts {
    let mut parts = Parts::default();
    parts.coverage_gaps.extend(
        coverage::account(ctx, a)
            .findings
            .into_iter()
            .filter(Finding::is_actionable),
    );
    for f in positioning::find_out(ctx, a) {
        parts.find_out.push(FindOut {
            account: a.id.clone(),
            stakeholder: f.stakeholder,
            name: f.name,
            because: f.because,
        });
    }
    for o in &a.account.opportunities {
        let open = o.stage.is_none_or(|s| s.is_open());
        if let Some(close) = o.close {
            let days = ctx.as_of.days_until(close);
            if open && (0..=CLOSING_DAYS).contains(&days) {
                parts.closing.push(Closing {
                    account: a.id.clone(),
                    opportunity: o.name.to_string(),
                    value: o.value,
                    stage: o.stage,
                    close,
                    days,
                });
            }
        }
    }
    if maps {
        parts.map = Some(map::build(a, ctx.as_of, false));
    }
    parts
}

/// Builds the report over `accounts`. Currencies without rates take only
/// the ranking with them (`ranking_error`).
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], opts: &Options) -> Report {
    let (ranking, ranking_error) = match rank::check_currencies(ctx) {
        Ok(()) => (
            rank::analyse(ctx, accounts, &())
                .into_iter()
                .take(opts.top)
                .map(|r| RankRow {
                    rank: r.rank,
                    account: r.account,
                    name: r.name,
                    score: r.score,
                    parts: r.parts,
                })
                .collect(),
            None,
        ),
        Err(missing) => (Vec::new(), Some(missing.describe())),
    };
    // Each account on its own (in parallel), gathered in account order.
    let each: Vec<Parts> = accounts
        .par_iter()
        .map(|a| account_parts(ctx, a, opts.maps))
        .collect();
    let (mut coverage_gaps, mut find_out, mut closing, mut maps) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for part in each {
        coverage_gaps.extend(part.coverage_gaps);
        find_out.extend(part.find_out);
        closing.extend(part.closing);
        maps.extend(part.map);
    }
    closing.sort_by(|a, b| {
        a.close
            .cmp(&b.close)
            .then_with(|| a.account.cmp(&b.account))
    });
    let ids: Vec<&str> = accounts.iter().map(|a| a.id.as_str()).collect();
    let stance_weeks = stance_weeks(opts.weeks, &ids);
    Report {
        as_of: ctx.as_of,
        since: opts.since,
        accounts: accounts.len(),
        ranking,
        ranking_error,
        changes: changes(&opts.events),
        neglected: neglect::analyse(ctx, accounts, &()),
        overclaimed: overclaim::analyse(ctx, accounts, &()),
        coverage_gaps,
        closing,
        find_out,
        maps,
        stance_weeks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, as_of, person, with, yaml};

    #[test]
    fn the_report_gathers_the_analyses_and_says_when_history_is_missing() {
        let mut text = yaml(&[person("a", "middle", "user", "mentor")], &[]);
        text.push_str(
            "opportunities:\n  - { name: Line 2, value: 500, stage: propose, close: 2026-12-20 }\n",
        );
        let accounts = [account(&text)];
        let report = with(&accounts, |ctx, all| {
            analyse(
                ctx,
                all,
                &Options {
                    since: as_of(),
                    top: 10,
                    maps: true,
                    events: Err(Msg::new("git-not-a-repository").text("path", ".")),
                    weeks: &[],
                },
            )
        });
        assert_eq!(report.accounts, 1);
        assert_eq!(report.ranking.len(), 1);
        assert!(!report.changes.available);
        assert_eq!(report.closing.len(), 1);
        assert_eq!(report.closing[0].days, 27);
        assert_eq!(report.neglected.len(), 1);
        assert_eq!(report.maps.len(), 1);
        assert!(report.coverage_gaps.iter().all(Finding::is_actionable));
        assert!(report.stance_weeks.is_empty());
        assert!(
            report
                .coverage_gaps
                .iter()
                .any(|f| f.code == super::super::Code::NoDecider)
        );
    }

    #[test]
    fn each_week_counts_the_files_as_they_were_then() {
        let before = account(&yaml(&[person("a", "middle", "user", "neutral")], &[]));
        let after = account(&yaml(&[person("a", "middle", "user", "supporter")], &[]));
        let weeks = vec![
            (Date::parse("2026-11-09").unwrap(), vec![before]),
            (Date::parse("2026-11-16").unwrap(), vec![after]),
        ];
        let counted = stance_weeks(&weeks, &["test"]);
        let supporters: Vec<usize> = counted.iter().map(|w| w.counts.supporter).collect();
        assert_eq!(supporters, [0, 1]);
        assert!(
            stance_weeks(&weeks, &["other"])
                .iter()
                .all(|w| w.counts.supporter == 0)
        );
    }
}
