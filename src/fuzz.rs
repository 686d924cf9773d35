//! The whole pipeline on one file's bytes, for the fuzz target and the
//! mutation test in the ordinary suite: load, validate, every analysis,
//! every format of every report (the history's from the file added and
//! then edited, as git would have it), the editors (`log`'s append, `stance` with its shared-value
//! check) and the git reader's log parser. It only has to not panic; and a
//! file that validates has an account id that obeys the id rule, whatever
//! its name (the first line of the bytes).

use std::path::Path;

use crate::analysis::{self, Ctx};
use crate::model::{Date, Settings, Stance};

/// The event path and serde-saphyr read `text` into the same model (and
/// the same node tree) wherever the event path reads it at all: a
/// difference is a bug, so it panics for the fuzzer to find.
pub fn both_paths_agree(text: &str) {
    use crate::model::Account;
    if let Some(fast) = crate::load::parse_events::<Account>(text) {
        let detailed = crate::load::parse_detailed::<Account>(text);
        assert!(
            detailed.problems.is_empty(),
            "the event path read a file serde-saphyr rejects"
        );
        assert_eq!(
            format!("{:?}", Some(fast)),
            format!("{:?}", detailed.value),
            "the two paths read different accounts"
        );
    }
    if let Some(fast) = crate::yaml::fast_tree(text) {
        let detailed = crate::yaml::detailed_tree(text);
        assert_eq!(
            format!("{:?}", Some(fast)),
            format!("{:?}", detailed.ok()),
            "the two paths built different trees"
        )
    }
}

/// Writes `report` in every format it supports, in every language.
fn every_format<R: crate::render::Render + ?Sized>(report: &R, sink: &mut Vec<u8>) {
    for lang in crate::model::Lang::ALL {
        let ctx = crate::render::RenderCtx {
            lang: *lang,
            width: 80,
            color: false,
            file_of: &|id| Some(format!("{id}.yaml")),
        };
        for supported in R::FORMATS {
            let _ = report.render(supported.0, &ctx, sink);
        }
    }
}

/// Runs everything guanxi does to one file.
pub fn one_file(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    // The git reader's parser on the same bytes, as if git had printed them.
    let _ = crate::load::git::parse_log(text);
    both_paths_agree(text);
    let as_of = Date(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default());
    let dates = crate::checks::Dates {
        as_of,
        today: as_of,
    };
    // The file's name is the first line, when short: a file without `id:`
    // takes its stem as its id, and that must obey the id rule too.
    let first = text.lines().next().filter(|l| l.len() <= 64);
    let name = format!("{}.yaml", first.unwrap_or("fuzz"));
    let path = Path::new(&name);
    let (loaded, diagnostics) = crate::checks::check_text(path, text, dates);
    if let Some(account) = &loaded
        && !diagnostics
            .iter()
            .any(|d| d.severity == crate::finding::Severity::Error)
    {
        let id = crate::load::account_id(account, path);
        assert!(
            crate::checks::is_valid_id(&id),
            "a valid file's account id breaks the id rule: {id:?}"
        );
    }
    let mut sink = Vec::new();
    let validation = crate::render::validation::Validation {
        files: 1,
        diagnostics: &diagnostics,
    };
    every_format(&validation, &mut sink);
    let Some(account) = loaded else { return };
    let edited = edits(text, path, &account, dates);
    every_analysis(path, &account, as_of, &mut sink);
    history(&account, edited.as_deref(), &mut sink);
}

/// Every analysis on the one account, each report in every format.
fn every_analysis(path: &Path, account: &crate::model::Account, as_of: Date, sink: &mut Vec<u8>) {
    use crate::render;
    let loaded = crate::load::LoadedAccount::new(path, account.clone(), true);
    let settings = Settings::default();
    let one = [&loaded];
    let ctx = Ctx {
        settings: &settings,
        as_of,
        portfolio: &one,
    };
    let all = analysis::positioning::Options { all: true };
    let positioning = render::positioning::Positioning {
        tables: analysis::positioning::analyse(&ctx, &one, &all),
        company: "us".into(),
        symbols: render::positioning::Symbols::Zh,
    };
    every_format(&positioning, sink);
    every_format(&analysis::neglect::analyse(&ctx, &one, &())[..], sink);
    let overclaimed = analysis::overclaim::analyse(&ctx, &one, &());
    every_format(&render::overclaimed::Overclaimed(overclaimed), sink);
    every_format(&analysis::coverage::analyse(&ctx, &one, &())[..], sink);
    let ranked = analysis::rank::analyse(&ctx, &one, &());
    every_format(
        &render::rank::Ranking {
            ranked,
            explain: true,
        },
        sink,
    );
    let week = analysis::agenda::Options { days: 7, by: None };
    let actions = analysis::agenda::analyse(&ctx, &one, &week);
    every_format(&render::agenda::Agenda { actions, as_of }, sink);
    for table in analysis::export::Table::ALL {
        let options = analysis::export::Options {
            table: *table,
            notes: true,
        };
        for excel in [false, true] {
            let exported = render::export::Exported {
                table: analysis::export::analyse(&ctx, &one, &options),
                style: render::export::CsvStyle { excel },
            };
            every_format(&exported, sink);
        }
    }
    for map in analysis::map::analyse(&ctx, &one, &analysis::map::Options { all: true }) {
        every_format(&map, sink);
    }
    let options = analysis::report::Options {
        since: as_of,
        top: 10,
        maps: true,
        events: Ok(&[]),
        weeks: &[],
    };
    every_format(&analysis::report::analyse(&ctx, &one, &options), sink);
}

/// The editors, which must keep a valid file valid (or refuse): `log`'s
/// append, then `stance` on the first person. The last new text that
/// parses, for the history.
fn edits(
    text: &str,
    path: &Path,
    account: &crate::model::Account,
    dates: crate::checks::Dates,
) -> Option<String> {
    let entry = crate::edit::append::NewInteraction {
        date: dates.as_of,
        with: account
            .stakeholders
            .iter()
            .take(1)
            .map(|s| s.id.to_string())
            .collect(),
        by: None,
        kind: crate::model::InteractionKind::Visit,
        cost: Some(1.0),
        intel: None,
        from: None,
        note: Some("fuzz \"note\" #1".into()),
    };
    let mut last = None;
    if let Ok(new) = crate::edit::append::append(text, &entry) {
        let _ = crate::checks::check_text(path, &new, dates);
        last = Some(new);
    }
    if let Some(person) = account.stakeholders.first()
        && let Ok(new) = crate::edit::stance::set_alone(
            text,
            account,
            person,
            crate::model::US,
            Stance::Supporter,
        )
    {
        let _ = crate::checks::check_text(path, &new, dates);
        last = Some(new);
    }
    last
}

/// The history of the file added and then edited, in every format.
fn history(account: &crate::model::Account, edited: Option<&str>, sink: &mut Vec<u8>) {
    use crate::load::git::{Commit, FileChange, GitHistory};
    let after = edited.and_then(|text| crate::load::parse::<crate::model::Account>(text).value);
    let change = |old: Option<&str>, new: &str| FileChange {
        old_path: old.map(|_| "fuzz.yaml".to_string()),
        new_path: Some("fuzz.yaml".into()),
        old_blob: old.map(str::to_string),
        new_blob: Some(new.into()),
    };
    let commit = |id: &str, time: i64, changes| Commit {
        id: id.into(),
        time,
        author: "fuzz".into(),
        changes,
    };
    let history = GitHistory {
        commits: vec![
            commit("c1", 1_790_000_000, vec![change(None, "a")]),
            commit("c2", 1_790_100_000, vec![change(Some("a"), "b")]),
        ],
        versions: [
            ("a".to_string(), Some(account.clone())),
            ("b".to_string(), after),
        ]
        .into_iter()
        .collect(),
        ..Default::default()
    };
    let query = analysis::history::Query {
        since: None,
        until: None,
        accounts: &[],
        help_days: 14,
    };
    every_format(&analysis::history::analyse(&history, &query)[..], sink);
}
