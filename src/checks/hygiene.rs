//! Warnings: things a careful reviewer would flag without failing CI.

use std::collections::BTreeMap;

use super::FileCtx;
use crate::finding::Code;
use crate::i18n::Msg;

pub(super) fn check(ctx: &mut FileCtx) {
    let account = ctx.account;
    if account.stakeholders.is_empty() {
        ctx.report(
            Code::NoStakeholders,
            &account.stakeholders,
            Msg::new("check-no-stakeholders"),
            Msg::new("check-no-stakeholders-help"),
        );
    }
    interactions(ctx);
    for o in &account.opportunities {
        let open = o.stage.is_none_or(|s| s.is_open());
        if let Some(close) = &o.close
            && open
            && close.value < ctx.as_of
        {
            ctx.report(
                Code::StaleOpportunity,
                close,
                Msg::new("check-stale-opportunity")
                    .text("name", &o.name.value)
                    .text("close", close.value.to_string()),
                Msg::new("check-stale-opportunity-help"),
            );
        }
    }
    if let Some(c) = &account.commercial
        && let (Some(rev), Some(pot)) = (&c.revenue, &c.potential)
        && pot.value < rev.value
    {
        ctx.report(
            Code::PotentialBelowRevenue,
            pot,
            Msg::new("check-potential-below-revenue")
                .text("potential", crate::i18n::figure(pot.value))
                .text("revenue", crate::i18n::figure(rev.value)),
            Msg::new("check-potential-below-revenue-help"),
        );
    }
}

/// The interactions: contact after a person left, our people not on the
/// team, an id twice in one list, the same interaction twice.
fn interactions(ctx: &mut FileCtx) {
    let account = ctx.account;
    let left: BTreeMap<&str, _> = account
        .stakeholders
        .iter()
        .filter_map(|s| s.left.as_ref().map(|l| (s.id.as_str(), l.value)))
        .collect();
    let team: Vec<&str> = std::iter::once(account.owner.as_str())
        .chain(account.team.iter().map(|m| m.id.as_str()))
        .collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for i in &account.interactions {
        for w in i.with.iter() {
            if let Some(&gone) = left.get(w.as_str())
                && i.date.value > gone
            {
                ctx.report(
                    Code::ContactAfterLeft,
                    w,
                    Msg::new("check-contact-after-left")
                        .text("date", i.date.value.to_string())
                        .text("id", &w.value)
                        .text("left", gone.to_string()),
                    Msg::new("check-contact-after-left-help"),
                );
            }
        }
        for b in i.by.iter().flatten() {
            if !team.contains(&b.as_str()) {
                ctx.report(
                    Code::UnknownTeamMember,
                    b,
                    Msg::new("check-unknown-team-member").text("id", &b.value),
                    Msg::new("check-unknown-team-member-help"),
                );
            }
        }
        for list in std::iter::once(&i.with.value).chain(i.by.as_ref()) {
            let mut seen_here = std::collections::HashSet::new();
            for id in list.iter() {
                if !seen_here.insert(id.as_str()) {
                    ctx.report(
                        Code::RepeatedId,
                        id,
                        Msg::new("check-repeated-id").text("id", &id.value),
                        Msg::new("check-repeated-id-help"),
                    );
                }
            }
        }
        let mut with: Vec<&str> = i.with.iter().map(|w| w.as_str()).collect();
        with.sort_unstable();
        with.dedup();
        if let Some(intel) = i.intel
            && intel != crate::model::Intel::Unverified
            && i.from.is_none()
            && with.len() > 1
        {
            ctx.report(
                Code::UncreditedIntel,
                &i.date,
                Msg::new("check-uncredited-intel").text("intel", intel.to_string()),
                Msg::new("check-uncredited-intel-help").arg(
                    "people",
                    crate::i18n::MsgArg::List(with.iter().map(|w| w.to_string()).collect()),
                ),
            );
        }
        let key = format!(
            "{}|{}|{}|{}",
            i.date.value,
            i.kind,
            with.join(","),
            i.note.as_deref().unwrap_or("")
        );
        if let Some(offset) = seen.get(&key) {
            let (line, _) = ctx.source.line_col(*offset);
            ctx.report(
                Code::DuplicateInteraction,
                &i.date,
                Msg::new("check-duplicate-interaction").text("line", line.to_string()),
                Msg::new("check-duplicate-interaction-help"),
            );
        } else {
            seen.insert(key, i.date.span.offset());
        }
    }
}
