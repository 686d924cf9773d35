//! Stance columns: `us` plus the account's competitors (docs/domain.md §2).

use std::collections::BTreeMap;

use super::FileCtx;
use crate::finding::Code;
use crate::model::US;

pub(super) fn check(ctx: &mut FileCtx) {
    let account = ctx.account;
    let mut competitors: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &account.competitors {
        if c.value == US {
            ctx.report(
                Code::DuplicateCompetitor,
                c,
                "a competitor cannot be called `us`: that is the column for our own company".into(),
                "use the competitor's real name",
            );
        } else if let Some(offset) = competitors.get(c.as_str()) {
            let (line, _) = ctx.source.line_col(*offset);
            ctx.report(
                Code::DuplicateCompetitor,
                c,
                format!(
                    "competitor `{}` is listed twice (first on line {line})",
                    c.value
                ),
                "list each competitor once",
            );
        } else {
            competitors.insert(c.as_str(), c.span.offset);
        }
    }
    let columns: Vec<&str> = std::iter::once(US)
        .chain(competitors.keys().copied())
        .collect();

    for s in account.stakeholders.iter() {
        if s.stance.get(US).is_none() {
            ctx.report(
                Code::MissingUsStance,
                &s.stance,
                format!("stakeholder `{}` has no stance toward us", s.id.value),
                "add `us: unknown` under `stance:` if you do not know yet, and find out (docs/domain.md §2)",
            );
        }
        let mut seen: BTreeMap<&str, ()> = BTreeMap::new();
        for (key, _) in &s.stance.value.0 {
            if seen.insert(key.as_str(), ()).is_some() {
                continue; // YAML itself rejects duplicate keys.
            }
            if !columns.contains(&key.as_str()) {
                let help = match crate::suggest::closest(key, columns.iter().copied()) {
                    Some(sug) => format!(
                        "did you mean `{sug}`? the columns are: {}",
                        columns.join(", ")
                    ),
                    None if competitors.is_empty() => {
                        format!("add `{}` to the account's `competitors:` list", key.value)
                    }
                    None => format!(
                        "add it to `competitors:`, or use one of: {}",
                        columns.join(", ")
                    ),
                };
                ctx.report(
                    Code::UnknownStanceColumn,
                    key,
                    format!(
                        "stance toward `{}`, which is not `us` nor a listed competitor",
                        key.value
                    ),
                    &help,
                );
            }
        }
    }
}
