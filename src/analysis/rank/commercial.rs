//! The commercial part (docs/domain.md §8): revenue, margin, growth, headroom and
//! payment. Its points add up to 100.

use super::{Builder, Part, Scale, amount, linear, log_share};
use crate::analysis::finding::Msg;
use crate::load::LoadedAccount;

pub const REVENUE_POINTS: f64 = 25.0;
pub const MARGIN_POINTS: f64 = 25.0;
pub const GROWTH_POINTS: f64 = 15.0;
pub const HEADROOM_POINTS: f64 = 20.0;
pub const PAYMENT_POINTS: f64 = 15.0;
/// Most points the part can give; maps to 100.
pub const MAX: f64 =
    REVENUE_POINTS + MARGIN_POINTS + GROWTH_POINTS + HEADROOM_POINTS + PAYMENT_POINTS;
const _: () = assert!(MAX == 100.0, "the commercial points must add up to 100");

/// Margin at or above this (percent) gives full points; zero or less, none.
pub const FULL_MARGIN_PCT: f64 = 40.0;
/// Growth from -20% (none) to +40% (full).
pub const GROWTH_RANGE: (f64, f64) = (-20.0, 40.0);
/// Payment in 30 days or less gives full points; 180 or more, none.
pub const PAYMENT_RANGE: (f64, f64) = (30.0, 180.0);

/// Headroom: what they spend in our category and do not buy from us; no
/// data when either figure is blank (a blank revenue is not zero: it would
/// make the whole potential headroom).
pub fn headroom(loaded: &LoadedAccount) -> Option<f64> {
    let c = loaded.account.commercial.as_ref()?;
    Some((c.potential? - c.revenue?).max(0.0))
}

/// A value that reads the same in every language (an amount, a percent).
fn verbatim(text: String) -> Msg {
    Msg::new("rank-verbatim").text("text", text)
}

pub(super) fn score(b: &mut Builder, loaded: &LoadedAccount, scale: &Scale, rate: f64) {
    let c = loaded.account.commercial.as_ref();
    let cur = c.and_then(|c| c.currency.as_deref()).unwrap_or_default();

    let revenue = c.and_then(|c| c.revenue);
    b.figure(
        "revenue",
        revenue.map(|r| (verbatim(amount(r, cur)), log_share(r * rate, scale.revenue))),
        REVENUE_POINTS,
    );
    let margin = c.and_then(|c| c.margin_pct);
    b.figure(
        "margin",
        margin.map(|m| (verbatim(format!("{m}%")), linear(m, 0.0, FULL_MARGIN_PCT))),
        MARGIN_POINTS,
    );
    let growth = c.and_then(|c| c.growth_pct);
    b.figure(
        "growth",
        growth.map(|g| {
            (
                verbatim(format!("{g:+}%")),
                linear(g, GROWTH_RANGE.0, GROWTH_RANGE.1),
            )
        }),
        GROWTH_POINTS,
    );
    b.figure(
        "headroom",
        headroom(loaded).map(|h| {
            (
                verbatim(amount(h, cur)),
                log_share(h * rate, scale.headroom),
            )
        }),
        HEADROOM_POINTS,
    );
    let payment = c.and_then(|c| c.payment_days);
    b.figure(
        "payment",
        payment.map(|p| {
            (
                Msg::new("rank-days").text("days", p.to_string()),
                linear(p, PAYMENT_RANGE.1, PAYMENT_RANGE.0),
            )
        }),
        PAYMENT_POINTS,
    );
    debug_assert_eq!(Part::Commercial.max(), MAX);
}
