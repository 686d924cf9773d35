//! Numbers in range and dates that make sense.

use super::FileCtx;
use crate::finding::Code;
use crate::i18n::{Msg, MsgArg};
use crate::model::Sp;

/// The largest amount (revenue, potential, a value or a cost) accepted: a
/// thousand trillion in any currency, far above any real figure and far
/// below where sums lose their digits.
pub const MAX_AMOUNT: f64 = 1e15;

fn non_negative(ctx: &mut FileCtx, value: Option<&Sp<f64>>, what: Msg) {
    let Some(v) = value else { return };
    let what = || MsgArg::msg(what.clone());
    if !v.value.is_finite() {
        ctx.report(
            Code::OutOfRange,
            v,
            Msg::new("check-not-finite")
                .arg("what", what())
                .text("value", v.value.to_string()),
            Msg::new("check-not-finite-amount-help"),
        );
    } else if v.value < 0.0 {
        ctx.report(
            Code::OutOfRange,
            v,
            Msg::new("check-negative")
                .arg("what", what())
                .text("value", v.value.to_string()),
            Msg::new("check-negative-help"),
        );
    } else if v.value > MAX_AMOUNT {
        ctx.report(
            Code::OutOfRange,
            v,
            Msg::new("check-too-large")
                .arg("what", what())
                .text("value", crate::i18n::figure(v.value)),
            Msg::new("check-too-large-help"),
        );
    }
}

fn finite(ctx: &mut FileCtx, value: Option<&Sp<f64>>, what: Msg) {
    if let Some(v) = value
        && !v.value.is_finite()
    {
        ctx.report(
            Code::OutOfRange,
            v,
            Msg::new("check-not-finite")
                .arg("what", MsgArg::msg(what))
                .text("value", v.value.to_string()),
            Msg::new("check-not-finite-percent-help"),
        );
    }
}

/// A field named in a message: `` `revenue` ``.
fn field(name: &str) -> Msg {
    Msg::new("check-field").text("name", name)
}

pub(super) fn check(ctx: &mut FileCtx) {
    let account = ctx.account;
    if let Some(c) = &account.commercial {
        non_negative(ctx, c.revenue.as_ref(), field("revenue"));
        non_negative(ctx, c.potential.as_ref(), field("potential"));
        non_negative(ctx, c.payment_days.as_ref(), field("payment_days"));
        finite(ctx, c.margin_pct.as_ref(), field("margin_pct"));
        finite(ctx, c.growth_pct.as_ref(), field("growth_pct"));
    }
    for o in &account.opportunities {
        non_negative(ctx, o.value.as_ref(), Msg::new("check-opportunity-value"));
    }
    for s in account.stakeholders.iter() {
        if let Some(i) = &s.influence
            && !(1..=5).contains(&i.value)
        {
            ctx.report(
                Code::OutOfRange,
                i,
                Msg::new("check-influence-range").text("value", i.value.to_string()),
                Msg::new("check-influence-range-help"),
            );
        }
        if let Some(c) = &s.cadence_days
            && c.value < 1
        {
            ctx.report(
                Code::OutOfRange,
                c,
                Msg::new("check-cadence-below-one").text("value", c.value.to_string()),
                Msg::new("check-cadence-below-one-help"),
            );
        }
    }
    for i in &account.interactions {
        non_negative(ctx, i.cost.as_ref(), field("cost"));
        if i.with.is_empty() {
            ctx.report(
                Code::EmptyWith,
                &i.with,
                Msg::new("check-empty-with"),
                Msg::new("check-empty-with-help"),
            );
        }
        if i.date.value > ctx.dates.latest() {
            let message = if ctx.dates.as_of > ctx.dates.today {
                Msg::new("check-after-as-of").text("as_of", ctx.as_of.to_string())
            } else {
                Msg::new("check-in-the-future")
            };
            ctx.report(
                Code::FutureInteraction,
                &i.date,
                message.text("date", i.date.value.to_string()),
                Msg::new("check-future-interaction-help"),
            );
        }
    }
}
