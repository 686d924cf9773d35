//! The timing part (docs/domain.md §8): open pipeline, weighted by stage and by
//! how soon it closes, log-scaled against the portfolio's largest.

use crate::analysis::finding::{Msg, MsgArg, opportunity_stage};
use chrono::Datelike;

use super::{Builder, Part, Scale, log_share, money};
use crate::load::LoadedAccount;
use crate::model::{Date, OpportunityStage};

/// Most points the part can give.
pub const MAX: f64 = 100.0;

/// Weight of an open opportunity by stage (no stage counts as `develop`).
pub const QUALIFY_WEIGHT: f64 = 0.2;
pub const DEVELOP_WEIGHT: f64 = 0.4;
pub const PROPOSE_WEIGHT: f64 = 0.6;
pub const NEGOTIATE_WEIGHT: f64 = 0.8;

/// Weight by when it closes.
pub const THIS_QUARTER_WEIGHT: f64 = 1.0;
pub const SIX_MONTHS_WEIGHT: f64 = 0.6;
pub const LATER_WEIGHT: f64 = 0.3;
pub const PASSED_WEIGHT: f64 = 0.2;
/// "Within 6 months" means within this many days of the as-of date.
pub const SIX_MONTHS_DAYS: i64 = 183;

fn stage_weight(stage: OpportunityStage) -> f64 {
    match stage {
        OpportunityStage::Qualify => QUALIFY_WEIGHT,
        OpportunityStage::Develop => DEVELOP_WEIGHT,
        OpportunityStage::Propose => PROPOSE_WEIGHT,
        _ => NEGOTIATE_WEIGHT,
    }
}

/// The last day of `as_of`'s calendar quarter.
fn quarter_end(as_of: Date) -> chrono::NaiveDate {
    let d = as_of.0;
    let q_last_month = (d.month0() / 3) * 3 + 3;
    let (y, m) = if q_last_month == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), q_last_month + 1)
    };
    chrono::NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|n| n.pred_opt())
        .unwrap_or(d)
}

/// Open pipeline weighted by stage and by how soon it closes, converted at
/// `rate`, and one line per opportunity for `--explain`.
pub fn pipeline(loaded: &LoadedAccount, as_of: Date, rate: f64) -> (f64, Vec<Msg>) {
    let quarter_end = quarter_end(as_of);
    let six_months = as_of.0 + chrono::Duration::days(SIX_MONTHS_DAYS);
    let mut total = 0.0;
    let mut notes = Vec::new();
    for o in &loaded.account.opportunities {
        let stage = o.stage.unwrap_or(OpportunityStage::Develop);
        if !stage.is_open() {
            continue;
        }
        let (time_weight, when) = match o.close.as_ref().map(|c| c.0) {
            Some(c) if c < as_of.0 => (PASSED_WEIGHT, "rank-close-passed"),
            Some(c) if c <= quarter_end => (THIS_QUARTER_WEIGHT, "rank-close-this-quarter"),
            Some(c) if c <= six_months => (SIX_MONTHS_WEIGHT, "rank-close-six-months"),
            Some(_) => (LATER_WEIGHT, "rank-close-later"),
            None => (LATER_WEIGHT, "rank-close-none"),
        };
        match &o.value {
            Some(v) => {
                let weighted = v * rate * stage_weight(stage) * time_weight;
                total += weighted;
                notes.push(
                    Msg::new("rank-opportunity-weighted")
                        .text("name", &o.name)
                        .arg("stage", opportunity_stage(stage))
                        .arg("when", MsgArg::msg(Msg::new(when)))
                        .text("weighted", money(weighted)),
                );
            }
            None => notes.push(
                Msg::new("rank-opportunity-no-value")
                    .text("name", &o.name)
                    .arg("stage", opportunity_stage(stage))
                    .arg("when", MsgArg::msg(Msg::new(when))),
            ),
        }
    }
    (total, notes)
}

pub(super) fn score(
    b: &mut Builder,
    loaded: &LoadedAccount,
    as_of: Date,
    scale: &Scale,
    rate: f64,
) {
    let (weighted, notes) = pipeline(loaded, as_of, rate);
    b.add(
        Part::Timing,
        "weighted pipeline",
        if notes.is_empty() {
            Msg::new("rank-no-open")
        } else {
            Msg::new("rank-pipeline")
                .text("weighted", money(weighted))
                .number("open", notes.len())
        },
        MAX * log_share(weighted, scale.pipeline),
        MAX,
    );
    // The opportunities behind it, for --explain (they give no points of their own).
    for note in notes {
        b.add(Part::Timing, "· opportunity", note, 0.0, 0.0);
    }
}
