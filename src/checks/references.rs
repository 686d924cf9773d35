//! Ids and the references between them: `id`, `reports_to`, `with`.

use std::collections::BTreeMap;

use super::FileCtx;
use crate::finding::Code;
use crate::i18n::Msg;
use crate::model::{Sp, Text};

/// `[a-z0-9][a-z0-9._-]*`, as docs/format.md requires of account and stakeholder ids:
/// visible names (no leading dot), safe in commands, URLs and file names.
pub(crate) fn is_valid_id(id: &str) -> bool {
    id.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
}

/// Our people's ids (`owner`, `team`, `by`): any script, since they name
/// colleagues (`li.ming`, `吴杰`, an e-mail address) and are only matched
/// against each other; but one word, so a typo like `li ming` is caught and
/// nothing invisible hides in them.
pub(crate) fn is_valid_person_id(id: &str) -> bool {
    !id.is_empty() && !id.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn person_ids(ctx: &mut FileCtx) {
    let account = ctx.account;
    let ours = std::iter::once(&account.owner)
        .chain(account.team.iter().map(|m| &m.id))
        .chain(
            account
                .interactions
                .iter()
                .flat_map(|i| i.by.iter().flatten()),
        );
    for id in ours {
        if !is_valid_person_id(id) {
            ctx.report(
                Code::InvalidId,
                id,
                Msg::new("check-person-id").text("id", id.value.escape_debug().to_string()),
                Msg::new("check-person-id-help"),
            );
        }
    }
}

pub(super) fn check(ctx: &mut FileCtx) {
    person_ids(ctx);
    account_id(ctx);
    let ids = stakeholder_ids(ctx);
    let account = ctx.account;
    let unknown = |ctx: &mut FileCtx, r: &Sp<Text>, field: &str| {
        let help = match crate::suggest::closest(r, ids.iter().copied()) {
            Some(s) => Msg::new("check-unknown-stakeholder-did-you-mean")
                .text("suggestion", s)
                .text("id", &r.value),
            None => Msg::new("check-unknown-stakeholder-help").text("id", &r.value),
        };
        ctx.report(
            Code::UnknownStakeholder,
            r,
            Msg::new("check-unknown-stakeholder")
                .text("field", field)
                .text("id", &r.value),
            help,
        );
    };
    let known = |id: &str| ids.binary_search(&id).is_ok();
    for s in account.stakeholders.iter() {
        if let Some(boss) = &s.reports_to
            && !known(boss.as_str())
        {
            unknown(ctx, boss, "reports_to");
        }
    }
    for i in &account.interactions {
        for w in i.with.iter() {
            if !known(w.as_str()) {
                unknown(ctx, w, "with");
            }
        }
        if let Some(from) = &i.from {
            if !known(from.as_str()) {
                unknown(ctx, from, "from");
            } else if !i.with.iter().any(|w| w.as_str() == from.as_str()) {
                ctx.report(
                    Code::IntelGiverAbsent,
                    from,
                    Msg::new("check-intel-giver-absent").text("id", &from.value),
                    Msg::new("check-intel-giver-absent-help"),
                );
            }
        }
    }
    check_cycles(ctx);
}

/// The account's id (or the file name standing in for it) obeys the id
/// rule.
fn account_id(ctx: &mut FileCtx) {
    let account = ctx.account;
    if account.id.is_none() {
        // The file's name stands in as its id, and obeys the same rule: it
        // is completed at the shell and written into commands and links.
        let stem = crate::load::file_stem(&ctx.source.path);
        if !is_valid_id(&stem) {
            ctx.out.push(
                crate::finding::Diagnostic::file(
                    Code::InvalidId,
                    &ctx.source.path,
                    Msg::new("check-file-name-id").text("id", stem.escape_debug().to_string()),
                )
                .with_help(Msg::new("check-file-name-id-help")),
            );
        }
    }
    if let Some(id) = &account.id
        && !is_valid_id(id)
    {
        ctx.report(
            Code::InvalidId,
            id,
            Msg::new("check-account-id").text("id", &id.value),
            Msg::new("check-account-id-help"),
        );
    }
}

/// The people's ids, valid and each once; the ids, sorted.
fn stakeholder_ids<'a>(ctx: &mut FileCtx<'a>) -> Vec<&'a str> {
    let account = ctx.account;
    let mut first_seen: BTreeMap<&str, &Sp<Text>> = BTreeMap::new();
    for s in account.stakeholders.iter() {
        if !is_valid_id(&s.id) {
            ctx.report(
                Code::InvalidId,
                &s.id,
                Msg::new("check-stakeholder-id").text("id", &s.id.value),
                Msg::new("check-stakeholder-id-help"),
            );
        }
        if let Some(first) = first_seen.get(s.id.as_str()) {
            let (line, _) = ctx.source.line_col(first.span.offset());
            ctx.report(
                Code::DuplicateStakeholderId,
                &s.id,
                Msg::new("check-duplicate-stakeholder-id")
                    .text("id", &s.id.value)
                    .text("line", line.to_string()),
                Msg::new("check-duplicate-stakeholder-id-help"),
            );
        } else {
            first_seen.insert(s.id.as_str(), &s.id);
        }
    }
    first_seen.into_keys().collect()
}

/// Reports each reporting-line loop once, at the link that closes it.
/// Each person has at most one boss, so one walk per person that stops at
/// anyone already walked finds every loop in linear time.
fn check_cycles(ctx: &mut FileCtx) {
    use std::collections::HashMap;
    let account = ctx.account;
    let boss_of: HashMap<&str, &Sp<Text>> = account
        .stakeholders
        .iter()
        .filter_map(|s| s.reports_to.as_ref().map(|b| (s.id.as_str(), b)))
        .collect();
    // The walk that reached each person (walks are numbered from 1).
    let mut walked: HashMap<&str, usize> = HashMap::new();
    for (walk, s) in account
        .stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| (i + 1, s))
    {
        let mut chain: Vec<&str> = Vec::new();
        let mut current = s.id.as_str();
        loop {
            match walked.get(current) {
                Some(&w) if w == walk => {
                    // Back to someone of this walk: a loop from them on.
                    let from = chain.iter().position(|&c| c == current).unwrap_or(0);
                    report_cycle(ctx, &boss_of, chain[from..].to_vec());
                    break;
                }
                Some(_) => break,
                None => {
                    walked.insert(current, walk);
                    chain.push(current);
                }
            }
            match boss_of.get(current) {
                Some(boss) => current = boss.as_str(),
                None => break,
            }
        }
    }
}

fn report_cycle(
    ctx: &mut FileCtx,
    boss_of: &std::collections::HashMap<&str, &Sp<Text>>,
    mut cycle: Vec<&str>,
) {
    // Report at the `reports_to` of the loop's smallest id.
    let Some(&anchor) = cycle.iter().min() else {
        return;
    };
    let Some(link) = boss_of.get(anchor) else {
        return;
    };
    let start = cycle.iter().position(|&c| c == anchor).unwrap_or(0);
    cycle.rotate_left(start);
    cycle.push(anchor);
    ctx.report(
        Code::ReportsToCycle,
        link,
        Msg::new("check-reports-to-cycle").text("cycle", cycle.join(" → ")),
        Msg::new("check-reports-to-cycle-help"),
    );
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn ids_are_lowercase_slugs() {
        for ok in ["zhao", "li.wei", "wang_2", "a-b", "007"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in [
            "", "Zhao", "li wei", "赵", "a/b", ".", "..", ".hidden", "-x",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
