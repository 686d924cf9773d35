//! Account priority (docs/domain.md §8, with §2–§7 for the relationship part):
//! where the team's limited time pays off.
//!
//! The score is 0–100, the weighted mean of three parts, each 0–100 and each
//! built from named inputs that say how many points they gave (`--explain`):
//! [`commercial`], [`relationship`] and [`timing`], one file each, every
//! point a named constant there. Money is log-scaled against the largest
//! figure in the portfolio, so one giant account does not flatten the rest.
//! A missing figure is shown as "no data" and scores half its points.

pub mod commercial;
pub mod relationship;
pub mod timing;

use super::finding::{Msg, MsgArg};
use rayon::prelude::*;
use std::collections::BTreeMap;

use serde::Serialize;

use super::Ctx;
use crate::load::LoadedAccount;

crate::names::names! {
    /// The three parts of the score.
    pub enum Part {
        Commercial = "commercial",
        Relationship = "relationship",
        Timing = "timing",
    }
}

impl Part {
    /// Most points the part's inputs can give; they map to 100.
    pub const fn max(self) -> f64 {
        match self {
            Part::Commercial => commercial::MAX,
            Part::Relationship => relationship::MAX,
            Part::Timing => timing::MAX,
        }
    }

    /// What one of the part's points is worth in the part's 0–100 score.
    fn per_point(self) -> f64 {
        100.0 / self.max()
    }
}

/// No options: the weights and exchange rates come from the settings.
pub type Options = ();

/// One input of the score and what it gave.
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    pub part: Part,
    pub name: &'static str,
    /// The input as a person reads it ("180 days", "no data"): a
    /// catalogue message, its English in JSON.
    #[serde(rename = "value", serialize_with = "english")]
    pub said: Msg,
    /// Points given within the part (penalties are negative).
    pub points: f64,
    /// Most points the input can give within the part (0 for penalties).
    pub max: f64,
    /// Points this input moved the final score, after the part's weight.
    pub effect: f64,
}

/// A message as JSON keeps it: its English.
fn english<S: serde::Serializer>(msg: &Msg, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&msg.render(crate::model::Lang::En))
}

/// Messages as JSON keeps them: a list of their English.
fn english_all<S: serde::Serializer>(msgs: &[Msg], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(msgs.iter().map(|m| m.render(crate::model::Lang::En)))
}

impl Input {
    /// The input's name in `lang`.
    pub fn name_in(&self, lang: crate::model::Lang) -> String {
        Msg::new(name_key(self.name)).render(lang)
    }

    /// The input's value in `lang`.
    pub fn value_in(&self, lang: crate::model::Lang) -> String {
        self.said.render(lang)
    }
}

/// The catalogue key of an input's name.
fn name_key(name: &str) -> &'static str {
    match name {
        "revenue" => "rank-input-revenue",
        "margin" => "rank-input-margin",
        "growth" => "rank-input-growth",
        "headroom" => "rank-input-headroom",
        "payment" => "rank-input-payment",
        "mentor" => "rank-input-mentor",
        "key supporters" => "rank-input-key-supporters",
        "opposing deciders" => "rank-input-opposing-deciders",
        "rival's deciders" => "rank-input-rival-deciders",
        "hostile evaluators" => "rank-input-hostile-evaluators",
        "buying roles" => "rank-input-buying-roles",
        "engaged contacts" => "rank-input-engaged-contacts",
        "our team functions" => "rank-input-our-team-functions",
        "goals and pressure points" => "rank-input-goals",
        "value-adding share" => "rank-input-value-adding-share",
        "neglect" => "rank-input-neglect",
        "over-claiming" => "rank-input-over-claiming",
        "weighted pipeline" => "rank-input-weighted-pipeline",
        _ => "rank-input-opportunity",
    }
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
    /// The biggest lift and the biggest drag, in words (catalogue
    /// messages; JSON has their English).
    #[serde(rename = "reasons", serialize_with = "english_all")]
    pub said: Vec<Msg>,
    /// Every input and its points (what `--explain` prints).
    pub inputs: Vec<Input>,
}

/// A currency problem that stops `rank` (exit 2): accounts whose currency
/// has no rate in `fx`, as (account, currency), and accounts with amounts
/// but no currency at all.
#[derive(Debug)]
pub struct MissingRates(pub Vec<(String, Option<String>)>);

impl MissingRates {
    /// The problem in one sentence: the accounts with amounts and no
    /// currency first (nothing can convert them), else each currency
    /// without a rate once with its accounts.
    pub fn describe(&self) -> Msg {
        let unnamed: Vec<String> = self
            .0
            .iter()
            .filter(|(_, c)| c.is_none())
            .map(|(a, _)| a.clone())
            .collect();
        if !unnamed.is_empty() {
            return Msg::new("error-amounts-without-currency")
                .arg("accounts", MsgArg::List(unnamed));
        }
        let mut by_currency: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (account, currency) in &self.0 {
            if let Some(currency) = currency {
                by_currency.entry(currency).or_default().push(account);
            }
        }
        let list: Vec<String> = by_currency
            .iter()
            .map(|(currency, accounts)| format!("{currency} ({})", accounts.join(", ")))
            .collect();
        Msg::new("error-missing-rates").arg("list", MsgArg::List(list))
    }
}

/// The portfolio-wide scale for money: the largest figures, converted.
pub(crate) struct Scale {
    pub revenue: f64,
    pub headroom: f64,
    pub pipeline: f64,
}

/// Tenfold less than the portfolio's largest figure loses this share of the
/// points: log scaling, so one giant account does not flatten the rest.
pub const DECADES: f64 = 2.0;

/// A money figure's share of full points: 1 for the portfolio's largest,
/// half for a tenth of it, nothing for a hundredth or less.
pub(crate) fn log_share(value: f64, max: f64) -> f64 {
    if max <= 0.0 || value <= 0.0 {
        0.0
    } else {
        (1.0 + (value / max).log10() / DECADES).clamp(0.0, 1.0)
    }
}

pub(crate) fn linear(value: f64, zero_at: f64, full_at: f64) -> f64 {
    ((value - zero_at) / (full_at - zero_at)).clamp(0.0, 1.0)
}

/// Converts amounts into one unit, when the portfolio mixes currencies.
struct Fx<'a> {
    rates: Option<&'a BTreeMap<String, crate::model::Sp<f64>>>,
}

impl<'a> Fx<'a> {
    /// The rates for `ctx`'s portfolio: `fx:` when it mixes currencies (a
    /// currency without a rate counts 1:1; [`check_currencies`] refuses
    /// that case first), none when it uses one currency.
    fn of(ctx: &Ctx<'a>) -> Self {
        let used: std::collections::BTreeSet<&str> =
            ctx.portfolio.iter().filter_map(|a| currency(a)).collect();
        Fx {
            rates: (used.len() > 1).then_some(&ctx.settings.fx),
        }
    }

    fn rate(&self, currency: Option<&str>) -> f64 {
        match (self.rates, currency) {
            (Some(rates), Some(c)) => rates.get(c).map_or(1.0, |r| r.value),
            _ => 1.0,
        }
    }
}

/// Whether the account writes any sum of money: revenue, potential, or an
/// opportunity's value.
fn has_amounts(a: &LoadedAccount) -> bool {
    let c = a.account.commercial.as_ref();
    c.is_some_and(|c| c.revenue.is_some() || c.potential.is_some())
        || a.account.opportunities.iter().any(|o| o.value.is_some())
}

fn currency(a: &LoadedAccount) -> Option<&str> {
    a.account
        .commercial
        .as_ref()
        .and_then(|c| c.currency.as_deref())
}

/// Checks that every currency in use has a rate when the portfolio uses
/// more than one. Commands call it before [`analyse`] and stop (exit 2) on
/// `Err`, which names each account and its currency.
pub fn check_currencies(ctx: &Ctx) -> Result<(), MissingRates> {
    let used: std::collections::BTreeSet<&str> =
        ctx.portfolio.iter().filter_map(|a| currency(a)).collect();
    if used.len() <= 1 {
        return Ok(());
    }
    let rates = &ctx.settings.fx;
    let missing: Vec<(String, Option<String>)> = ctx
        .portfolio
        .iter()
        .filter_map(|a| match currency(a) {
            Some(c) if rates.contains_key(c) => None,
            Some(c) => Some((a.id.clone(), Some(c.to_string()))),
            // An account without a single amount has nothing to convert:
            // its figures are "no data", whatever the others use.
            None if !has_amounts(a) => None,
            None => Some((a.id.clone(), None)),
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(MissingRates(missing))
    }
}

pub(crate) struct Builder {
    inputs: Vec<Input>,
}

impl Builder {
    pub fn add(&mut self, part: Part, name: &'static str, value: Msg, points: f64, max: f64) {
        self.inputs.push(Input {
            part,
            name,
            said: value,
            points,
            max,
            effect: 0.0,
        });
    }

    /// A money or ratio input that may be missing: half points when it is.
    pub fn figure(&mut self, name: &'static str, value: Option<(Msg, f64)>, max: f64) {
        match value {
            Some((text, share)) => self.add(Part::Commercial, name, text, share * max, max),
            None => self.add(
                Part::Commercial,
                name,
                Msg::new("rank-no-data"),
                max / 2.0,
                max,
            ),
        }
    }
}

/// A sum of money, whole: `1,200,000`.
pub(crate) fn money(v: f64) -> String {
    let whole = v.round();
    crate::i18n::figure(if whole == 0.0 { 0.0 } else { whole })
}

/// An amount with its currency ("1,200,000 CNY").
pub(crate) fn amount(v: f64, currency: &str) -> String {
    format!("{} {currency}", money(v)).trim_end().to_string()
}

/// Every input of one account's score.
fn score_account(ctx: &Ctx, loaded: &LoadedAccount, scale: &Scale, rate: f64) -> Vec<Input> {
    let mut b = Builder { inputs: Vec::new() };
    commercial::score(&mut b, loaded, scale, rate);
    relationship::score(&mut b, ctx, loaded);
    timing::score(&mut b, loaded, ctx.as_of, scale, rate);
    b.inputs
}

fn part_score(inputs: &[Input], part: Part) -> f64 {
    let sum: f64 = inputs
        .iter()
        .filter(|i| i.part == part)
        .map(|i| i.points)
        .sum();
    sum.clamp(0.0, part.max()) * part.per_point()
}

fn round1(x: f64) -> f64 {
    // `+ 0.0` turns -0.0 into 0.0.
    (x * 10.0).round() / 10.0 + 0.0
}

/// Ranks `accounts`, highest score first, ties by account id. Money is
/// scaled against the whole portfolio (`ctx.portfolio`), so narrowing the
/// selection (`--account`) does not change a score. Call
/// [`check_currencies`] first.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], _: &Options) -> Vec<Ranked> {
    let fx = Fx::of(ctx);
    let rate = |a: &LoadedAccount| fx.rate(currency(a));
    let portfolio = ctx.portfolio;
    let scale = Scale {
        revenue: portfolio
            .iter()
            .filter_map(|a| {
                a.account
                    .commercial
                    .as_ref()?
                    .revenue
                    .as_ref()
                    .map(|r| r * rate(a))
            })
            .fold(0.0, f64::max),
        headroom: portfolio
            .iter()
            .filter_map(|a| commercial::headroom(a).map(|h| h * rate(a)))
            .fold(0.0, f64::max),
        pipeline: portfolio
            .iter()
            .map(|a| timing::pipeline(a, ctx.as_of, rate(a)).0)
            .fold(0.0, f64::max),
    };
    let (wc, wr, wt) = ctx.settings.rank.get();
    let total_weight = (wc + wr + wt).max(f64::MIN_POSITIVE);
    let weight = |p: Part| match p {
        Part::Commercial => wc,
        Part::Relationship => wr,
        Part::Timing => wt,
    } / total_weight;

    let mut ranked: Vec<Ranked> = accounts
        .par_iter()
        .map(|a| {
            let mut inputs = score_account(ctx, a, &scale, rate(a));
            for i in &mut inputs {
                i.effect = round1(i.points * i.part.per_point() * weight(i.part));
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
            let said = lift_and_drag(&inputs, &weight);
            Ranked {
                rank: 0,
                account: a.id.clone(),
                name: a.account.account.to_string(),
                score,
                parts,
                said,
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
    ranked
}

/// The input that raised the score most (the largest effect), and the one
/// that cost most (a penalty, or the most points left on the table).
fn lift_and_drag(inputs: &[Input], weight: &dyn Fn(Part) -> f64) -> Vec<Msg> {
    let lift = inputs
        .iter()
        .filter(|i| i.effect > 0.0)
        .max_by(|a, b| a.effect.total_cmp(&b.effect));
    let drag = inputs
        .iter()
        .map(|i| {
            let lost = (i.max - i.points).max(0.0);
            (i, lost * i.part.per_point() * weight(i.part))
        })
        .filter(|(_, lost)| *lost > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let mut out = Vec::new();
    // Points gained and penalties read as `--explain`'s effect column
    // (+5.5, -3.0); points an input fell short of its full share say so.
    let said = |key, i: &Input| {
        Msg::new(key)
            .arg("name", MsgArg::msg(Msg::new(name_key(i.name))))
            .arg("value", MsgArg::msg(i.said.clone()))
    };
    if let Some(i) = lift {
        out.push(said("rank-lift", i).text("effect", format!("{:+.1}", i.effect)));
    }
    if let Some((i, lost)) = drag {
        if i.max == 0.0 {
            out.push(said("rank-drag", i).text("effect", format!("{:+.1}", i.effect)));
        } else {
            out.push(said("rank-drag-short", i).text("lost", format!("{lost:.1}")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, person, with, yaml};

    #[test]
    fn money_has_separators_and_never_overflows() {
        assert_eq!(money(1_234_567.4), "1,234,567");
        assert_eq!(money(-1500.0), "-1,500");
        assert_eq!(money(-0.2), "0");
        let huge = money(2.0 * 1.7e308_f64.min(f64::MAX / 2.0));
        assert!(huge.len() > 300 && !huge.contains("9,223,372"), "{huge}");
    }

    #[test]
    fn a_mentor_whose_intel_proved_right_lifts_the_relationship_part() {
        let proven = yaml(
            &[person("a", "middle", "coach", "mentor")],
            &["{ date: 2026-11-01, with: [a], kind: demo, intel: accurate }"],
        );
        let wrong = proven.replace("intel: accurate", "intel: inaccurate");
        let score = |text: &str| {
            with(&[account(text)], |ctx, all| analyse(ctx, all, &()))[0]
                .parts
                .relationship
        };
        assert!(
            score(&proven) > score(&wrong),
            "{} vs {}",
            score(&proven),
            score(&wrong)
        );
    }

    #[test]
    fn inputs_carry_their_part_and_never_exceed_their_points() {
        let text = yaml(&[person("a", "middle", "decider", "supporter")], &[]);
        let ranked = with(&[account(&text)], |ctx, all| analyse(ctx, all, &()));
        let inputs = &ranked[0].inputs;
        for part in Part::ALL {
            let full: f64 = inputs
                .iter()
                .filter(|i| i.part == *part)
                .map(|i| i.max)
                .sum();
            assert_eq!(full, Part::max(*part), "{part}");
        }
        assert!(inputs.iter().all(|i| i.points <= i.max || i.max == 0.0));
        let roles = inputs.iter().find(|i| i.name == "buying roles").unwrap();
        assert_eq!(roles.value_in(crate::model::Lang::En), "1 of 6");
    }
}
