//! Validation rules: what a well-formed file may still get wrong, and the
//! scan that reads a repository and runs them (`scan.rs`).
//!
//! The model's types already enforce shape (fields, types, value sets);
//! these rules check meaning: references resolve, ids are unique, numbers are
//! in range, dates are plausible. One file per rule family; each rule pushes
//! [`Diagnostic`]s with a code from [`crate::finding::Code`].

mod hygiene;
mod references;
mod scan;

pub use scan::{
    AccountKey, Repo, ScanOptions, check_text, read_settings, scan, scan_versions, settings_file,
};

pub(crate) use references::is_valid_id;
mod stances;
mod values;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::finding::{Code, Diagnostic};
use crate::i18n::{Msg, MsgArg};
use crate::model::{Account, Date, Settings, Sp};
use crate::source::SourceFile;

/// The dates the rules judge by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dates {
    /// `--as-of`, or today: open opportunities past their close date are
    /// stale on it.
    pub as_of: Date,
    /// The real current date. An interaction after both it and the as-of
    /// date is a mistyped year; one after the as-of date only is a past
    /// week re-run, which is fine.
    pub today: Date,
}

impl Dates {
    /// As of `as_of`, judged today.
    pub fn now(as_of: Date) -> Self {
        Self {
            as_of,
            today: Date::today(),
        }
    }

    /// The latest date an interaction may have.
    pub fn latest(self) -> Date {
        self.as_of.max(self.today)
    }
}

/// What every per-file rule gets.
pub(crate) struct FileCtx<'a> {
    pub account: &'a Account,
    pub source: &'a Arc<SourceFile>,
    pub as_of: Date,
    pub dates: Dates,
    pub out: Vec<Diagnostic>,
    /// Problems found past [`MAX_PER_FILE`], counted, not kept.
    pub left_out: usize,
}

/// The most diagnostics one file keeps: past them a file is broken past
/// reading one by one (a `with:` of 100,000 unknown ids on one line), and
/// each would cost its excerpt in memory and a snippet on the terminal.
/// The rest are counted and said in one `too-many-problems`.
pub const MAX_PER_FILE: usize = 1_000;

impl FileCtx<'_> {
    pub fn report<T>(&mut self, code: Code, at: &Sp<T>, message: Msg, help: Msg) {
        if self.out.len() >= MAX_PER_FILE {
            self.left_out += 1;
            return;
        }
        let d = Diagnostic::at(code, self.source, at.span, message).with_help(help);
        self.out.push(d);
    }
}

/// Keeps the first [`MAX_PER_FILE`] of a file's diagnostics (by place in
/// the file), and says how many more there were, `left_out` of them found
/// and not kept, in one `too-many-problems` at the file.
pub(crate) fn cap(diagnostics: &mut Vec<Diagnostic>, left_out: usize, source: &SourceFile) {
    if diagnostics.len() <= MAX_PER_FILE && left_out == 0 {
        return;
    }
    diagnostics.sort_by_key(|d| d.span.map_or(0, |s| s.offset()));
    let more = diagnostics.len().saturating_sub(MAX_PER_FILE) + left_out;
    diagnostics.truncate(MAX_PER_FILE);
    diagnostics.push(
        Diagnostic::file(
            Code::TooManyProblems,
            &source.path,
            Msg::new("check-too-many-problems")
                .number("shown", MAX_PER_FILE)
                .number("more", more),
        )
        .with_help(Msg::new("check-too-many-problems-help")),
    );
}

/// Runs every per-file rule on a parsed account.
pub fn check_account(account: &Account, source: &Arc<SourceFile>, dates: Dates) -> Vec<Diagnostic> {
    let mut ctx = FileCtx {
        account,
        source,
        as_of: dates.as_of,
        dates,
        out: Vec::new(),
        left_out: 0,
    };
    references::check(&mut ctx);
    stances::check(&mut ctx);
    values::check(&mut ctx);
    hygiene::check(&mut ctx);
    cap(&mut ctx.out, ctx.left_out, source);
    ctx.out
}

/// Rules across files: account ids are unique in the repository.
pub fn check_repo(accounts: &[AccountKey], out: &mut Vec<Diagnostic>) {
    let mut by_id: BTreeMap<&str, Vec<&AccountKey>> = BTreeMap::new();
    for a in accounts {
        by_id.entry(a.id.as_str()).or_default().push(a);
    }
    for (id, group) in by_id {
        if group.len() < 2 {
            continue;
        }
        for a in &group {
            let others: Vec<String> = group
                .iter()
                .filter(|o| o.path != a.path)
                .map(|o| crate::source::display_path(&o.path))
                .collect();
            let key = if a.explicit {
                "check-duplicate-account-id"
            } else {
                "check-duplicate-account-file-name"
            };
            let mut d = Diagnostic::file(
                Code::DuplicateAccountId,
                &a.path,
                Msg::new(key)
                    .text("id", id)
                    .arg("others", MsgArg::List(others)),
            )
            .with_help(Msg::new("check-duplicate-account-id-help"));
            // The file's text is gone by now (memory); its position is kept.
            (d.line, d.column) = (a.line, a.column);
            out.push(d);
        }
    }
}

/// Range checks on `.guanxi.yaml`.
pub fn check_settings(settings: &Settings, source: &Arc<SourceFile>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut report = |code, span, message: Msg, help: &'static str| {
        out.push(Diagnostic::at(code, source, span, message).with_help(Msg::new(help)));
    };
    settings_numbers(settings, &mut report);
    settings_places(settings, &mut report);
    settings_rates(settings, &mut report);
    out
}

/// Where a settings check reports: the code, the value's place, the
/// message and its help's key.
type Report<'a> = dyn FnMut(Code, crate::model::Span, Msg, &'static str) + 'a;

/// Cadences, limits and weights in their ranges.
fn settings_numbers(settings: &Settings, report: &mut Report) {
    let c = &settings.cadence_days;
    let positive = [
        (&c.mentor, "cadence_days.mentor"),
        (&c.supporter, "cadence_days.supporter"),
        (&c.neutral, "cadence_days.neutral"),
        (&c.opponent, "cadence_days.opponent"),
        (&settings.help_response_days, "help_response_days"),
        (&settings.max_mentors, "max_mentors"),
        (&settings.trust_days, "trust_days"),
        (&settings.max_file_size, "max_file_size"),
    ];
    for (value, name) in positive {
        if let Some(v) = value
            && v.value < 1
        {
            let message = Msg::new("check-setting-below-one")
                .text("name", name)
                .text("value", v.value.to_string());
            report(
                Code::OutOfRange,
                v.span,
                message,
                "check-setting-below-one-help",
            );
        }
    }
    let weights = [
        (&settings.rank.commercial, "rank.commercial"),
        (&settings.rank.relationship, "rank.relationship"),
        (&settings.rank.timing, "rank.timing"),
    ];
    for (value, name) in weights {
        if let Some(v) = value
            && !(v.value.is_finite() && v.value >= 0.0)
        {
            let message = Msg::new("check-weight-negative")
                .text("name", name)
                .text("value", v.value.to_string());
            report(
                Code::OutOfRange,
                v.span,
                message,
                "check-weight-negative-help",
            );
        }
    }
    if settings.rank.get() == (0.0, 0.0, 0.0)
        && let Some(v) = &settings.rank.commercial
    {
        let message = Msg::new("check-weights-zero");
        report(Code::OutOfRange, v.span, message, "check-weights-zero-help");
    }
}

/// Exchange rates above zero.
fn settings_rates(settings: &Settings, report: &mut Report) {
    for (currency, rate) in &settings.fx {
        if !(rate.value.is_finite() && rate.value > 0.0) {
            let message = Msg::new("check-rate-not-positive")
                .text("currency", currency.as_str())
                .text("value", rate.value.to_string());
            report(
                Code::OutOfRange,
                rate.span,
                message,
                "check-rate-not-positive-help",
            );
        }
    }
}

/// `paths:` inside the repository, `exclude:` patterns that parse and
/// stay under the limit.
fn settings_places(settings: &Settings, report: &mut Report) {
    for path in settings.paths.iter().flatten() {
        if !crate::load::Scope::stays_inside(&path.value) {
            let message = Msg::new("check-path-outside").text("path", &path.value);
            report(
                Code::InvalidValue,
                path.span,
                message,
                "check-path-outside-help",
            );
        }
    }
    if let Some(first_left_out) = settings.exclude.get(crate::load::MAX_PATTERNS) {
        let message = Msg::new("check-exclude-limit").number("patterns", crate::load::MAX_PATTERNS);
        report(
            Code::PatternLimit,
            first_left_out.span,
            message,
            "read-pattern-limit-help",
        );
    }
    for pattern in settings.exclude.iter().take(crate::load::MAX_PATTERNS) {
        let mut builder = ignore::gitignore::GitignoreBuilder::new("/");
        if let Err(e) = builder.add_line(None, &pattern.value) {
            let message = Msg::new("check-exclude-pattern").text("error", e.to_string());
            report(
                Code::InvalidValue,
                pattern.span,
                message,
                "check-exclude-pattern-help",
            );
        }
    }
}
