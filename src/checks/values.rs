//! Numbers in range and dates that make sense.

use super::FileCtx;
use crate::finding::Code;
use crate::model::Sp;

/// The largest amount (revenue, potential, a value or a cost) accepted: a
/// thousand trillion in any currency, far above any real figure and far
/// below where sums lose their digits.
pub const MAX_AMOUNT: f64 = 1e15;

fn non_negative(ctx: &mut FileCtx, value: Option<&Sp<f64>>, what: &str) {
    let Some(v) = value else { return };
    if !v.value.is_finite() {
        ctx.report(
            Code::OutOfRange,
            v,
            format!("{what} must be an ordinary number, not {}", v.value),
            "write a plain number such as 20000",
        );
    } else if v.value < 0.0 {
        ctx.report(
            Code::OutOfRange,
            v,
            format!("{what} is {}, it cannot be negative", v.value),
            "write zero or a positive amount",
        );
    } else if v.value > MAX_AMOUNT {
        ctx.report(
            Code::OutOfRange,
            v,
            format!("{what} is {}, above the limit of 10^15", v.value),
            "check the number of digits; amounts are plain numbers in the account's currency",
        );
    }
}

fn finite(ctx: &mut FileCtx, value: Option<&Sp<f64>>, what: &str) {
    if let Some(v) = value
        && !v.value.is_finite()
    {
        ctx.report(
            Code::OutOfRange,
            v,
            format!("{what} must be an ordinary number, not {}", v.value),
            "write a plain number such as 18 or -3.5",
        );
    }
}

pub(super) fn check(ctx: &mut FileCtx) {
    let account = ctx.account;
    if let Some(c) = &account.commercial {
        non_negative(ctx, c.revenue.as_ref(), "`revenue`");
        non_negative(ctx, c.potential.as_ref(), "`potential`");
        non_negative(ctx, c.payment_days.as_ref(), "`payment_days`");
        finite(ctx, c.margin_pct.as_ref(), "`margin_pct`");
        finite(ctx, c.growth_pct.as_ref(), "`growth_pct`");
    }
    for o in &account.opportunities {
        non_negative(ctx, o.value.as_ref(), "the opportunity's `value`");
    }
    for s in account.stakeholders.iter() {
        if let Some(i) = &s.influence
            && !(1..=5).contains(&i.value)
        {
            ctx.report(
                Code::OutOfRange,
                i,
                format!("influence is {}, it must be from 1 to 5", i.value),
                "1 is little say in the purchase, 5 is decisive",
            );
        }
        if let Some(c) = &s.cadence_days
            && c.value < 1
        {
            ctx.report(
                Code::OutOfRange,
                c,
                format!("cadence_days is {}, it must be at least 1", c.value),
                "the longest acceptable gap between contacts, in days",
            );
        }
    }
    for i in &account.interactions {
        non_negative(ctx, i.cost.as_ref(), "`cost`");
        if i.with.is_empty() {
            ctx.report(
                Code::EmptyWith,
                &i.with,
                "this interaction names nobody in `with`".into(),
                "list the stakeholder ids it was with, e.g. `with: [zhao]`",
            );
        }
        if i.date.value > ctx.dates.latest() {
            let message = if ctx.dates.as_of > ctx.dates.today {
                format!(
                    "interaction dated {}, after the as-of date {}",
                    i.date.value, ctx.as_of
                )
            } else {
                format!("interaction dated {}, which is in the future", i.date.value)
            };
            ctx.report(
                Code::FutureInteraction,
                &i.date,
                message,
                "check the year; log interactions once they have happened",
            );
        }
    }
}
