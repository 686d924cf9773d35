//! Account priority (DOMAIN.md §8, with §5–§7 for the relationship part):
//! where the team's limited time pays off.
//!
//! The score is 0–100, the weighted mean of three parts, each 0–100 and each
//! built from named inputs that say how many points they gave (`--explain`).
//! Money is log-scaled against the largest figure in the portfolio, so one
//! giant account does not flatten the rest. A missing figure is shown as
//! "no data" and scores half its points.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Ctx, active, engaged, function_of, neglect, our_people, overclaim, recent};
use crate::load::LoadedAccount;
use crate::model::{Date, Intel, OpportunityStage, Role, Stance};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Commercial,
    Relationship,
    Timing,
}

/// One input of the score and what it gave.
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    pub part: Part,
    pub name: &'static str,
    /// The input as a person reads it ("180 days", "no data").
    pub value: String,
    /// Points given within the part (penalties are negative).
    pub points: f64,
    /// Most points the input can give within the part (0 for penalties).
    pub max: f64,
    /// Points this input moved the final score, after the part's weight.
    pub effect: f64,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Parts {
    pub commercial: f64,
    pub relationship: f64,
    pub timing: f64,
}

#[derive(Debug, Serialize)]
pub struct Ranked {
    pub rank: usize,
    pub account: String,
    pub name: String,
    pub score: f64,
    pub parts: Parts,
    /// The biggest lift and the biggest drag, in words.
    pub reasons: Vec<String>,
    /// Every input and its points (what `--explain` prints).
    pub inputs: Vec<Input>,
}

/// Points of the commercial inputs; they add up to 100.
pub const REVENUE_POINTS: f64 = 25.0;
pub const MARGIN_POINTS: f64 = 25.0;
pub const GROWTH_POINTS: f64 = 15.0;
pub const HEADROOM_POINTS: f64 = 20.0;
pub const PAYMENT_POINTS: f64 = 15.0;
/// Margin at or above this (percent) gives full points; zero or less, none.
pub const FULL_MARGIN_PCT: f64 = 40.0;
/// Growth from -20% (none) to +40% (full).
pub const GROWTH_RANGE: (f64, f64) = (-20.0, 40.0);
/// Payment in 30 days or less gives full points; 180 or more, none.
pub const PAYMENT_RANGE: (f64, f64) = (30.0, 180.0);
/// The relationship inputs' maximum, which maps to 100.
pub const RELATIONSHIP_MAX: f64 = 85.0;
/// Contact with people in this many days counts as recent (team functions,
/// value-adding share).
pub const RECENT_DAYS: i64 = 180;

/// The portfolio-wide scale for money: the largest figures, converted.
struct Scale {
    revenue: f64,
    headroom: f64,
    pipeline: f64,
}

/// A currency problem that stops `rank` (exit 2): accounts whose currency
/// has no rate in `fx`.
#[derive(Debug)]
pub struct MissingRates(pub Vec<(String, String)>);

/// Tenfold less than the portfolio's largest figure loses this share of the
/// points: log scaling, so one giant account does not flatten the rest.
pub const DECADES: f64 = 2.0;

/// A money figure's share of full points: 1 for the portfolio's largest,
/// half for a tenth of it, nothing for a hundredth or less.
fn log_share(value: f64, max: f64) -> f64 {
    if max <= 0.0 || value <= 0.0 {
        0.0
    } else {
        (1.0 + (value / max).log10() / DECADES).clamp(0.0, 1.0)
    }
}

fn linear(value: f64, zero_at: f64, full_at: f64) -> f64 {
    ((value - zero_at) / (full_at - zero_at)).clamp(0.0, 1.0)
}

/// Converts amounts into one unit, when the portfolio mixes currencies.
struct Fx<'a> {
    rates: Option<&'a BTreeMap<String, crate::model::Sp<f64>>>,
}

impl Fx<'_> {
    fn rate(&self, currency: Option<&str>) -> f64 {
        match (self.rates, currency) {
            (Some(rates), Some(c)) => rates.get(c).map_or(1.0, |r| r.value),
            _ => 1.0,
        }
    }
}

fn currency(a: &LoadedAccount) -> Option<&str> {
    a.account
        .commercial
        .as_ref()
        .and_then(|c| c.currency.as_deref())
}

/// Checks that every currency in use has a rate when more than one is used.
fn fx<'a>(ctx: &Ctx<'a>, accounts: &[&LoadedAccount]) -> Result<Fx<'a>, MissingRates> {
    let used: std::collections::BTreeSet<&str> =
        accounts.iter().filter_map(|a| currency(a)).collect();
    if used.len() <= 1 {
        return Ok(Fx { rates: None });
    }
    let rates = &ctx.settings.fx;
    let missing: Vec<(String, String)> = accounts
        .iter()
        .filter_map(|a| match currency(a) {
            Some(c) if rates.contains_key(c) => None,
            Some(c) => Some((a.id.clone(), c.to_string())),
            None => Some((a.id.clone(), "no currency".to_string())),
        })
        .collect();
    if missing.is_empty() {
        Ok(Fx { rates: Some(rates) })
    } else {
        Err(MissingRates(missing))
    }
}

/// Open pipeline weighted by stage and by how soon it closes.
fn pipeline(loaded: &LoadedAccount, as_of: Date, rate: f64) -> (f64, Vec<String>) {
    let quarter_end = {
        let d = as_of.0;
        use chrono::Datelike;
        let q_last_month = (d.month0() / 3) * 3 + 3;
        let (y, m) = if q_last_month == 12 {
            (d.year() + 1, 1)
        } else {
            (d.year(), q_last_month + 1)
        };
        chrono::NaiveDate::from_ymd_opt(y, m, 1)
            .and_then(|n| n.pred_opt())
            .unwrap_or(d)
    };
    let six_months = as_of.0 + chrono::Duration::days(183);
    let mut total = 0.0;
    let mut notes = Vec::new();
    for o in &loaded.account.opportunities {
        let stage = o.stage.unwrap_or(OpportunityStage::Develop);
        if !stage.is_open() {
            continue;
        }
        let stage_weight = match stage {
            OpportunityStage::Qualify => 0.2,
            OpportunityStage::Develop => 0.4,
            OpportunityStage::Propose => 0.6,
            _ => 0.8,
        };
        let (time_weight, when) = match o.close.as_ref().map(|c| c.value.0) {
            Some(c) if c < as_of.0 => (0.2, "close date passed"),
            Some(c) if c <= quarter_end => (1.0, "this quarter"),
            Some(c) if c <= six_months => (0.6, "within 6 months"),
            Some(_) => (0.3, "later"),
            None => (0.3, "no close date"),
        };
        match &o.value {
            Some(v) => {
                let weighted = v.value * rate * stage_weight * time_weight;
                total += weighted;
                notes.push(format!(
                    "{}: {stage}, {when}, {} weighted",
                    o.name.value,
                    money(weighted)
                ));
            }
            None => notes.push(format!("{}: {stage}, {when}, no value", o.name.value)),
        }
    }
    (total, notes)
}

struct Builder {
    inputs: Vec<Input>,
}

impl Builder {
    fn add(&mut self, part: Part, name: &'static str, value: String, points: f64, max: f64) {
        self.inputs.push(Input {
            part,
            name,
            value,
            points,
            max,
            effect: 0.0,
        });
    }

    /// A money or ratio input that may be missing: half points when it is.
    fn figure(&mut self, name: &'static str, value: Option<(String, f64)>, max: f64) {
        match value {
            Some((text, share)) => self.add(Part::Commercial, name, text, share * max, max),
            None => self.add(Part::Commercial, name, "no data".into(), max / 2.0, max),
        }
    }
}

fn money(v: f64) -> String {
    let rounded = v.round() as i64;
    let digits = rounded.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0 { format!("-{out}") } else { out }
}

fn score_account(ctx: &Ctx, loaded: &LoadedAccount, scale: &Scale, rate: f64) -> Vec<Input> {
    let account = &loaded.account;
    let mut b = Builder { inputs: Vec::new() };
    let c = account.commercial.as_ref();
    let cur = c.and_then(|c| c.currency.clone()).unwrap_or_default();
    let amount = |v: f64| format!("{} {cur}", money(v)).trim_end().to_string();

    // Commercial (DOMAIN.md §8).
    let revenue = c.and_then(|c| c.revenue.as_ref()).map(|r| r.value);
    b.figure(
        "revenue",
        revenue.map(|r| (amount(r), log_share(r * rate, scale.revenue))),
        REVENUE_POINTS,
    );
    let margin = c.and_then(|c| c.margin_pct.as_ref()).map(|m| m.value);
    b.figure(
        "margin",
        margin.map(|m| (format!("{m}%"), linear(m, 0.0, FULL_MARGIN_PCT))),
        MARGIN_POINTS,
    );
    let growth = c.and_then(|c| c.growth_pct.as_ref()).map(|g| g.value);
    b.figure(
        "growth",
        growth.map(|g| (format!("{g:+}%"), linear(g, GROWTH_RANGE.0, GROWTH_RANGE.1))),
        GROWTH_POINTS,
    );
    let potential = c.and_then(|c| c.potential.as_ref()).map(|p| p.value);
    let headroom = potential.map(|p| (p - revenue.unwrap_or(0.0)).max(0.0));
    b.figure(
        "headroom",
        headroom.map(|h| (amount(h), log_share(h * rate, scale.headroom))),
        HEADROOM_POINTS,
    );
    let payment = c.and_then(|c| c.payment_days.as_ref()).map(|p| p.value);
    b.figure(
        "payment",
        payment.map(|p| {
            (
                format!("{p} days"),
                linear(p, PAYMENT_RANGE.1, PAYMENT_RANGE.0),
            )
        }),
        PAYMENT_POINTS,
    );

    // Relationship (DOMAIN.md §3, §5, §6, §7).
    let rel = Part::Relationship;
    let people: Vec<_> = active(account, ctx.as_of).collect();
    let overclaims = overclaim::account(ctx, loaded);
    let unreliable = |id: &str| {
        overclaims.iter().any(|f| {
            f.rule == overclaim::Rule::UnreliableIntel && f.stakeholders.iter().any(|s| s == id)
        })
    };
    let mentors: Vec<_> = people
        .iter()
        .filter(|s| s.stance_us() == Stance::Mentor)
        .collect();
    let proven = mentors.iter().find(|m| {
        !unreliable(&m.id)
            && super::interactions_as_of(account, ctx.as_of)
                .any(|i| super::involves(i, &m.id) && i.intel == Some(Intel::Accurate))
    });
    match (proven, mentors.first()) {
        (Some(m), _) => b.add(
            rel,
            "mentor",
            format!("{}, intel proved right", m.name.value),
            20.0,
            20.0,
        ),
        (None, Some(m)) => b.add(
            rel,
            "mentor",
            format!("{}, not proven", m.name.value),
            5.0,
            20.0,
        ),
        (None, None) => b.add(rel, "mentor", "none".into(), 0.0, 20.0),
    }
    let key = |s: &&&crate::model::Stakeholder| {
        s.has_role(Role::Decider) || s.has_role(Role::Advisor) || s.has_role(Role::Technical)
    };
    let key_helpers: Vec<&str> = people
        .iter()
        .filter(key)
        .filter(|s| matches!(s.stance_us(), Stance::Mentor | Stance::Supporter))
        .map(|s| s.name.value.as_str())
        .collect();
    b.add(
        rel,
        "key supporters",
        if key_helpers.is_empty() {
            "none".into()
        } else {
            key_helpers.join(", ")
        },
        (5.0 * key_helpers.len() as f64).min(15.0),
        15.0,
    );
    let key_opponents: Vec<&str> = people
        .iter()
        .filter(|s| s.has_role(Role::Decider) || s.has_role(Role::Advisor))
        .filter(|s| s.stance_us() == Stance::Opponent)
        .map(|s| s.name.value.as_str())
        .collect();
    if !key_opponents.is_empty() {
        b.add(
            rel,
            "opposing deciders",
            key_opponents.join(", "),
            -10.0 * key_opponents.len() as f64,
            0.0,
        );
    }
    let covered = Role::ALL
        .iter()
        .filter(|r| people.iter().any(|s| s.has_role(**r)))
        .count();
    b.add(
        rel,
        "buying roles",
        format!("{covered} of 6"),
        15.0 * covered as f64 / 6.0,
        15.0,
    );
    let engaged_n = engaged(account, ctx.as_of).len();
    let engaged_points = match engaged_n {
        0 => 0.0,
        1 => 5.0,
        2 => 10.0,
        _ => 15.0,
    };
    b.add(
        rel,
        "engaged contacts",
        format!("{engaged_n} in 90 days"),
        engaged_points,
        15.0,
    );
    let functions: std::collections::BTreeSet<String> = recent(account, ctx.as_of, RECENT_DAYS)
        .flat_map(|i| our_people(account, i))
        .filter_map(|p| function_of(account, p).map(|f| f.to_string()))
        .collect();
    let function_points = match functions.len() {
        0 | 1 => 0.0,
        2 => 5.0,
        _ => 10.0,
    };
    b.add(
        rel,
        "our team functions",
        if functions.is_empty() {
            "none".into()
        } else {
            functions.into_iter().collect::<Vec<_>>().join(", ")
        },
        function_points,
        10.0,
    );
    let (value_adding, entertainment) =
        recent(account, ctx.as_of, RECENT_DAYS).fold((0, 0), |(v, e), i| {
            (
                v + usize::from(i.kind.is_value_adding()),
                e + usize::from(i.kind.is_entertainment()),
            )
        });
    if value_adding + entertainment == 0 {
        b.add(rel, "value-adding share", "no data".into(), 5.0, 10.0);
    } else {
        let share = value_adding as f64 / (value_adding + entertainment) as f64;
        b.add(
            rel,
            "value-adding share",
            format!(
                "{value_adding} of {} (vs entertainment)",
                value_adding + entertainment
            ),
            10.0 * share,
            10.0,
        );
    }
    let neglected = neglect::account(ctx, loaded);
    if !neglected.is_empty() {
        let penalty: f64 = neglected
            .iter()
            .map(|f| {
                if f.reason == neglect::Reason::UnansweredHelp {
                    10.0
                } else {
                    3.0
                }
            })
            .sum();
        b.add(
            rel,
            "neglect",
            format!("{} finding(s)", neglected.len()),
            -penalty.min(20.0),
            0.0,
        );
    }
    if !overclaims.is_empty() {
        b.add(
            rel,
            "over-claiming",
            format!("{} finding(s)", overclaims.len()),
            -(5.0 * overclaims.len() as f64).min(20.0),
            0.0,
        );
    }

    // Timing (DOMAIN.md §8): open pipeline by stage and how soon it closes.
    let (weighted, notes) = pipeline(loaded, ctx.as_of, rate);
    b.add(
        Part::Timing,
        "weighted pipeline",
        if notes.is_empty() {
            "no open opportunities".into()
        } else {
            format!("{} from {} open", money(weighted), notes.len())
        },
        100.0 * log_share(weighted, scale.pipeline),
        100.0,
    );
    // The opportunities behind it, for --explain (they give no points of their own).
    for note in notes {
        b.add(Part::Timing, "· opportunity", note, 0.0, 0.0);
    }
    b.inputs
}

fn part_score(inputs: &[Input], part: Part) -> f64 {
    let sum: f64 = inputs
        .iter()
        .filter(|i| i.part == part)
        .map(|i| i.points)
        .sum();
    match part {
        Part::Relationship => (sum.clamp(0.0, RELATIONSHIP_MAX) / RELATIONSHIP_MAX) * 100.0,
        _ => sum.clamp(0.0, 100.0),
    }
}

fn round1(x: f64) -> f64 {
    // `+ 0.0` turns -0.0 into 0.0.
    (x * 10.0).round() / 10.0 + 0.0
}

/// Ranks the `selected` accounts, highest score first, ties by account id.
/// Money is scaled against the whole `portfolio`, so narrowing the selection
/// (`--account`) does not change a score.
pub fn rank(
    ctx: &Ctx,
    portfolio: &[&LoadedAccount],
    selected: &[&LoadedAccount],
) -> Result<Vec<Ranked>, MissingRates> {
    let accounts = portfolio;
    let fx = fx(ctx, accounts)?;
    let rate = |a: &LoadedAccount| fx.rate(currency(a));
    let scale = Scale {
        revenue: accounts
            .iter()
            .filter_map(|a| {
                a.account
                    .commercial
                    .as_ref()?
                    .revenue
                    .as_ref()
                    .map(|r| r.value * rate(a))
            })
            .fold(0.0, f64::max),
        headroom: accounts
            .iter()
            .filter_map(|a| {
                let c = a.account.commercial.as_ref()?;
                let p = c.potential.as_ref()?.value;
                Some((p - c.revenue.as_ref().map_or(0.0, |r| r.value)).max(0.0) * rate(a))
            })
            .fold(0.0, f64::max),
        pipeline: accounts
            .iter()
            .map(|a| pipeline(a, ctx.as_of, rate(a)).0)
            .fold(0.0, f64::max),
    };
    let (wc, wr, wt) = ctx.settings.rank.get();
    let total_weight = (wc + wr + wt).max(f64::MIN_POSITIVE);
    let weight = |p: Part| match p {
        Part::Commercial => wc,
        Part::Relationship => wr,
        Part::Timing => wt,
    } / total_weight;

    let mut ranked: Vec<Ranked> = selected
        .iter()
        .map(|a| {
            let mut inputs = score_account(ctx, a, &scale, rate(a));
            for i in &mut inputs {
                let per_point = if i.part == Part::Relationship {
                    100.0 / RELATIONSHIP_MAX
                } else {
                    1.0
                };
                i.effect = round1(i.points * per_point * weight(i.part));
                i.points = round1(i.points);
            }
            let parts = Parts {
                commercial: round1(part_score(&inputs, Part::Commercial)),
                relationship: round1(part_score(&inputs, Part::Relationship)),
                timing: round1(part_score(&inputs, Part::Timing)),
            };
            let score = round1(
                parts.commercial * weight(Part::Commercial)
                    + parts.relationship * weight(Part::Relationship)
                    + parts.timing * weight(Part::Timing),
            );
            let reasons = lift_and_drag(&inputs, &weight);
            Ranked {
                rank: 0,
                account: a.id.clone(),
                name: a.account.account.value.clone(),
                score,
                parts,
                reasons,
                inputs,
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.account.cmp(&b.account))
    });
    for (i, r) in ranked.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    Ok(ranked)
}

/// The account's strongest input (nearest its full points, then largest
/// effect), and the one that cost most (a penalty, or the most points left
/// on the table).
fn lift_and_drag(inputs: &[Input], weight: &dyn Fn(Part) -> f64) -> Vec<String> {
    let per_point = |p: Part| {
        if p == Part::Relationship {
            100.0 / RELATIONSHIP_MAX
        } else {
            1.0
        }
    };
    // The strongest input: closest to its full points, then the largest effect.
    let fullness = |i: &Input| if i.max > 0.0 { i.points / i.max } else { 0.0 };
    let lift = inputs.iter().filter(|i| i.effect > 0.0).max_by(|a, b| {
        fullness(a)
            .total_cmp(&fullness(b))
            .then_with(|| a.effect.total_cmp(&b.effect))
    });
    let drag = inputs
        .iter()
        .map(|i| {
            let lost = (i.max - i.points).max(0.0);
            (i, lost * per_point(i.part) * weight(i.part))
        })
        .filter(|(_, lost)| *lost > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let mut out = Vec::new();
    if let Some(i) = lift {
        out.push(format!("lift: {} {} (+{:.1})", i.name, i.value, i.effect));
    }
    if let Some((i, lost)) = drag {
        out.push(format!("drag: {} {} (−{:.1})", i.name, i.value, lost));
    }
    out
}
