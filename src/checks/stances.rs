//! Stance columns: `us` plus the account's competitors (docs/domain.md §2).

use std::collections::BTreeMap;

use super::FileCtx;
use crate::finding::Code;
use crate::i18n::{Msg, MsgArg};
use crate::model::US;

pub(super) fn check(ctx: &mut FileCtx) {
    let account = ctx.account;
    let mut competitors: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &account.competitors {
        if c.value == US {
            ctx.report(
                Code::DuplicateCompetitor,
                c,
                Msg::new("check-competitor-called-us"),
                Msg::new("check-competitor-called-us-help"),
            );
        } else if let Some(offset) = competitors.get(c.as_str()) {
            let (line, _) = ctx.source.line_col(*offset);
            ctx.report(
                Code::DuplicateCompetitor,
                c,
                Msg::new("check-competitor-twice")
                    .text("name", &c.value)
                    .text("line", line.to_string()),
                Msg::new("check-competitor-twice-help"),
            );
        } else {
            competitors.insert(c.as_str(), c.span.offset());
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
                Msg::new("check-missing-us-stance").text("id", &s.id.value),
                Msg::new("check-missing-us-stance-help"),
            );
        }
        let mut seen: BTreeMap<&str, ()> = BTreeMap::new();
        for (key, _) in &s.stance.value.0 {
            if seen.insert(key.as_str(), ()).is_some() {
                continue; // YAML itself rejects duplicate keys.
            }
            if !columns.contains(&key.as_str()) {
                let all = || MsgArg::List(columns.iter().map(|c| c.to_string()).collect());
                let help = match crate::suggest::closest(key, columns.iter().copied()) {
                    Some(sug) => Msg::new("check-stance-column-did-you-mean")
                        .text("suggestion", sug)
                        .arg("columns", all()),
                    None if competitors.is_empty() => {
                        Msg::new("check-stance-column-add").text("name", &key.value)
                    }
                    None => Msg::new("check-stance-column-add-or").arg("columns", all()),
                };
                ctx.report(
                    Code::UnknownStanceColumn,
                    key,
                    Msg::new("check-unknown-stance-column").text("name", &key.value),
                    help,
                );
            }
        }
    }
}
