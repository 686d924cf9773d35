//! The weekly report: everything a manager reads on Monday, in one struct.
//! JSON is this struct; Markdown is rendered from it (`render::report`).

use std::collections::BTreeMap;

use serde::Serialize;

use super::history::{self, Direction, Event, EventKind};
use super::{Ctx, coverage, neglect, overclaim, positioning, rank};
use crate::load::LoadedAccount;
use crate::model::{Date, OpportunityStage};

#[derive(Debug, Serialize)]
pub struct Report {
    pub as_of: Date,
    pub since: Date,
    /// Valid accounts read.
    pub accounts: usize,
    /// The top of the ranking (`--top`, default 10).
    pub ranking: Vec<RankRow>,
    pub changes: Changes,
    pub neglected: Vec<neglect::Finding>,
    pub overclaimed: Vec<overclaim::Finding>,
    /// Red coverage flags (no decider, no coach, thin, single-threaded, bypass).
    pub coverage_gaps: Vec<Gap>,
    /// Open opportunities closing within 90 days of the as-of date.
    pub closing: Vec<Closing>,
    /// Unknown stances among deciders, advisors, technical evaluators and
    /// the procurement team.
    pub find_out: Vec<FindOut>,
    /// Mermaid power maps, with `--maps`.
    pub maps: Vec<AccountMap>,
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
    pub note: Option<String>,
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
pub struct Gap {
    pub account: String,
    pub kind: coverage::FlagKind,
    pub message: String,
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
    pub because: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct AccountMap {
    pub account: String,
    pub name: String,
    pub mermaid: String,
}

pub struct Options<'a> {
    pub since: Date,
    pub top: usize,
    pub maps: bool,
    /// Where to read history from (the first PATH).
    pub history_path: &'a std::path::Path,
    pub accounts: &'a [String],
}

fn changes(opts: &Options) -> Changes {
    let query = history::Query {
        since: Some(opts.since),
        accounts: opts.accounts,
    };
    let events = match history::history(opts.history_path, &query) {
        Ok(e) => e,
        Err(e) => {
            return Changes {
                available: false,
                note: Some(format!("the change section needs git history: {e}")),
                ..Default::default()
            };
        }
    };
    let mut c = Changes {
        available: true,
        ..Default::default()
    };
    let mut logs: BTreeMap<String, PersonLog> = BTreeMap::new();
    for e in events {
        match e.kind {
            EventKind::Stance => match e.direction {
                Some(Direction::TowardUs) => c.toward_us.push(e),
                Some(Direction::AwayFromUs) => c.away_from_us.push(e),
                _ => c.other_moves.push(e),
            },
            EventKind::StakeholderAdded => c.joined.push(e),
            EventKind::StakeholderLeft | EventKind::StakeholderRemoved => c.left.push(e),
            EventKind::Interactions => {
                for i in &e.interactions {
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
            EventKind::Unparseable => c.unparseable.push(e),
            EventKind::AccountAdded | EventKind::AccountRemoved => c.other_moves.push(e),
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

/// Builds the report. `Err` when `rank` needs exchange rates.
pub fn build(
    ctx: &Ctx,
    portfolio: &[&LoadedAccount],
    selected: &[&LoadedAccount],
    opts: &Options,
) -> Result<Report, rank::MissingRates> {
    let ranking = rank::rank(ctx, portfolio, selected)?
        .into_iter()
        .take(opts.top)
        .map(|r| RankRow {
            rank: r.rank,
            account: r.account,
            name: r.name,
            score: r.score,
            parts: r.parts,
        })
        .collect();
    let mut coverage_gaps = Vec::new();
    let mut find_out = Vec::new();
    let mut closing = Vec::new();
    let mut maps = Vec::new();
    for a in selected {
        for f in coverage::account(ctx, a)
            .flags
            .into_iter()
            .filter(|f| f.kind.is_red())
        {
            coverage_gaps.push(Gap {
                account: a.id.clone(),
                kind: f.kind,
                message: f.message,
            });
        }
        for f in positioning::table(ctx, a, false).find_out {
            find_out.push(FindOut {
                account: a.id.clone(),
                stakeholder: f.stakeholder,
                name: f.name,
                because: f.because,
            });
        }
        for o in &a.account.opportunities {
            let open = o.stage.is_none_or(|s| s.is_open());
            if let Some(close) = &o.close {
                let days = ctx.as_of.days_until(close.value);
                if open && (0..=90).contains(&days) {
                    closing.push(Closing {
                        account: a.id.clone(),
                        opportunity: o.name.value.clone(),
                        value: o.value.as_ref().map(|v| v.value),
                        stage: o.stage,
                        close: close.value,
                        days,
                    });
                }
            }
        }
        if opts.maps {
            maps.push(AccountMap {
                account: a.id.clone(),
                name: a.account.account.value.clone(),
                mermaid: crate::render::mermaid::map(&super::map::build(a, ctx.as_of, false)),
            });
        }
    }
    closing.sort_by(|a, b| {
        a.close
            .cmp(&b.close)
            .then_with(|| a.account.cmp(&b.account))
    });
    Ok(Report {
        as_of: ctx.as_of,
        since: opts.since,
        accounts: selected.len(),
        ranking,
        changes: changes(opts),
        neglected: neglect::all(ctx, selected),
        overclaimed: overclaim::all(ctx, selected),
        coverage_gaps,
        closing,
        find_out,
        maps,
    })
}
