//! Warnings: things a careful reviewer would flag without failing CI.

use std::collections::BTreeMap;

use super::FileCtx;
use crate::finding::Code;

pub(super) fn check(ctx: &mut FileCtx) {
    let account = ctx.account;
    if account.stakeholders.is_empty() {
        ctx.report(
            Code::NoStakeholders,
            &account.stakeholders,
            "no stakeholders on file".into(),
            "list everyone involved in buying, not only the boss (docs/domain.md §1)",
        );
    }

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
                    format!(
                        "interaction on {} with `{}`, who left on {gone}",
                        i.date.value, w.value
                    ),
                    "check the date, or correct their `left:` date",
                );
            }
        }
        for b in i.by.iter().flatten() {
            if !team.contains(&b.as_str()) {
                ctx.report(
                    Code::UnknownTeamMember,
                    b,
                    format!(
                        "`by` names `{}`, who is not the owner nor on `team`",
                        b.value
                    ),
                    "add them to `team:` with their function, or fix the id",
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
                        format!(
                            "`{}` is written twice in the same list; it counts once",
                            id.value
                        ),
                        "delete the repeat",
                    );
                }
            }
        }
        let mut with: Vec<&str> = i.with.iter().map(|w| w.as_str()).collect();
        with.sort_unstable();
        with.dedup();
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
                format!("the same interaction is already logged on line {line}"),
                "delete one of the two entries",
            );
        } else {
            seen.insert(key, i.date.span.offset);
        }
    }

    for o in &account.opportunities {
        let open = o.stage.is_none_or(|s| s.is_open());
        if let Some(close) = &o.close
            && open
            && close.value < ctx.as_of
        {
            ctx.report(
                Code::StaleOpportunity,
                close,
                format!(
                    "opportunity `{}` was due to close on {} and is still open",
                    o.name.value, close.value
                ),
                "set its stage to won or lost, or move the close date",
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
            format!(
                "potential ({}) is below revenue ({}), but potential is their total spend, ours included",
                pot.value, rev.value
            ),
            "potential counts what they spend with every vendor; correct one of the figures",
        );
    }
}
