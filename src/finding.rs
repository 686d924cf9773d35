//! The one diagnostic type every check produces, and the stable codes.
//!
//! A code is a promise to users: CI scripts grep for it and docs link to it.
//! The list is snapshotted by a test, so renaming one is a visible decision.

use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::Msg;
use crate::model::{Lang, Span};
use crate::source::{Excerpt, SourceFile};

/// Declares a set of codes: names with a severity and a one-line summary
/// (why the code matters), for diagnostics and findings.
macro_rules! codes {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, $sev:ident, $summary:literal; )+
        }
    ) => {
        $crate::names::names! {
            $(#[$meta])*
            $vis enum $name { $( $(#[$vmeta])* $variant = $text, )+ }
        }

        impl $name {
            pub const fn severity(self) -> $crate::finding::Severity {
                match self { $($name::$variant => $crate::finding::Severity::$sev),+ }
            }

            /// One line: what the code means and why it matters.
            pub const fn summary(self) -> &'static str {
                match self { $($name::$variant => $summary),+ }
            }
        }
    };
}

pub(crate) use codes;

crate::names::names! {
    /// How much a diagnostic or finding matters.
    pub enum Severity {
        /// Fails CI: the file is invalid, or (for a finding) it needs action.
        Error = "error",
        /// Worth hearing, not worth failing CI.
        Warning = "warning",
        /// For information: listed, never failing.
        Note = "note",
    }
}

codes! {
    /// Every diagnostic code `validate` can report.
    pub enum Code {
    // Reading the file.
    UnreadableFile = "unreadable-file", Error,
        "The file or directory could not be read (permissions, a symlink loop, an I/O error).";
    OutsideLink = "outside-link", Warning,
        "A link that leads outside the folder being read is not followed: it could expose a file that is no account plan (a key, a password).";
    EmbeddedRepository = "embedded-repository", Error,
        "A git repository among the account files: git could take it for the plan's own repository and run the programs its configuration names.";
    PatternLimit = "pattern-limit", Warning,
        "A `.gitignore` or `exclude:` longer than any real one (2,000 patterns, 128 KiB) is read only that far: matching more would stall every run.";
    NotARegularFile = "not-a-regular-file", Warning,
        "A FIFO, socket or device named like an account file is skipped rather than read.";
    FileTooLarge = "file-too-large", Error,
        "Larger than the size limit (default 8 MiB): no real account file is that big.";
    InvalidUtf8 = "invalid-utf8", Error,
        "Account files are UTF-8 text; other encodings garble Chinese names.";
    EmptyFile = "empty-file", Error,
        "The file has no content: an account needs at least `account`, `owner` and `stakeholders`.";
    // YAML.
    YamlSyntax = "yaml-syntax", Error,
        "Not valid YAML (tabs used for indentation, an unclosed quote or bracket, bad indentation).";
    YamlLimit = "yaml-limit", Error,
        "Too deeply nested or too many aliases to be an account file (alias bombs, runaway nesting).";
    DuplicateKey = "duplicate-key", Error,
        "The same key twice in one mapping: YAML forbids it and one value would be silently lost.";
    MultipleDocuments = "multiple-documents", Error,
        "One file holds one account: more than one YAML document (`---`) is ambiguous.";
    NotAMapping = "not-a-mapping", Error,
        "The top level of an account file must be a mapping of fields (docs/format.md).";
    // The shape of the format.
    MissingField = "missing-field", Error,
        "A field the format requires is absent (docs/format.md marks them required).";
    UnknownField = "unknown-field", Error,
        "A field the format does not define: usually a typo, and its data would be ignored.";
    WrongType = "wrong-type", Error,
        "A value of the wrong kind: a list where text belongs, text where a number belongs.";
    InvalidValue = "invalid-value", Error,
        "A value outside its closed set (stance, level, role, kind, …).";
    InvalidDate = "invalid-date", Error,
        "Dates are written YYYY-MM-DD and must exist (no 2026-02-30).";
    OutOfRange = "out-of-range", Error,
        "A number outside its range: a negative cost or amount, influence outside 1..5, a cadence of zero days.";
    InvalidId = "invalid-id", Error,
        "Ids are lowercase `[a-z0-9][a-z0-9._-]*` (no leading dot) so they are safe in commands, URLs and file names.";
    // Meaning.
    FutureInteraction = "future-interaction", Error,
        "An interaction dated after today (or after a later as-of date) is almost always a mistyped year.";
    DuplicateStakeholderId = "duplicate-stakeholder-id", Error,
        "Two stakeholders share an id, so `reports_to` and `with` cannot tell them apart.";
    DuplicateAccountId = "duplicate-account-id", Error,
        "Two files claim the same account id; reports would merge or drop one of them.";
    UnknownStakeholder = "unknown-stakeholder", Error,
        "`reports_to`, `with` or `from` names an id no stakeholder in this file has.";
    IntelGiverAbsent = "intel-giver-absent", Error,
        "`from` names someone the interaction was not with: intel comes from someone present.";
    ReportsToCycle = "reports-to-cycle", Error,
        "The reporting lines loop; an org chart has a top (docs/domain.md §1).";
    UnknownStanceColumn = "unknown-stance-column", Error,
        "A stance key that is neither `us` nor a listed competitor: add it to `competitors` or fix the spelling.";
    TooManyProblems = "too-many-problems", Warning,
        "Over 1,000 problems in one file: the first 1,000 are listed and the rest counted, so a file broken past reading cannot stall a check.";
    MissingUsStance = "missing-us-stance", Error,
        "Every stakeholder needs a stance toward us, even `unknown` (docs/domain.md §2).";
    DuplicateCompetitor = "duplicate-competitor", Error,
        "A competitor listed twice (or named `us`) makes the stance columns ambiguous.";
    EmptyWith = "empty-with", Error,
        "An interaction must name at least one stakeholder it was with.";
    // Warnings: worth hearing, not worth failing CI.
    NoStakeholders = "no-stakeholders", Warning,
        "An account with nobody on file cannot be managed: a key account is a group (docs/domain.md §1).";
    ContactAfterLeft = "contact-after-left", Warning,
        "An interaction with someone after the date they left the customer: check the date or `left`.";
    StaleOpportunity = "stale-opportunity", Warning,
        "An open opportunity whose close date has passed: update its stage or date.";
    UnknownTeamMember = "unknown-team-member", Warning,
        "`by` names someone who is neither the owner nor on `team`.";
    PotentialBelowRevenue = "potential-below-revenue", Warning,
        "`potential` (their whole spend) is below what they buy from us: one of the figures is wrong (docs/domain.md §8).";
    RepeatedId = "repeated-id", Warning,
        "An id written twice in one interaction's `with` or `by`: it counts once, so the repeat is a slip.";
    DuplicateInteraction = "duplicate-interaction", Warning,
        "The same interaction logged twice (same date, kind, people and note).";
    UncreditedIntel = "uncredited-intel", Warning,
        "Intel rated on an interaction with several of their people and no `from`: it cannot be credited to anyone (docs/domain.md §10).";
    }
}

/// A problem found while reading text, before it is tied to a file: a YAML
/// error or a structural problem of the format. The loader turns each into a
/// [`Diagnostic`] on its file.
#[derive(Debug, Clone)]
pub struct Problem {
    pub code: Code,
    pub span: Span,
    pub message: Msg,
    pub help: Option<Msg>,
}

/// One problem in one file.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// The path as the user would type it (relative to where they ran guanxi).
    pub path: PathBuf,
    /// The lines shown around the problem (not the whole file: a warning
    /// keeps its lines, and a file's text goes once it is checked).
    pub excerpt: Option<Excerpt>,
    pub span: Option<Span>,
    /// 1-based line and column (in characters) of `span`, 0 when unknown.
    pub line: usize,
    pub column: usize,
    /// What is wrong (JSON and SARIF render its English as they write).
    pub message: Msg,
    /// What to do.
    pub help: Option<Msg>,
}

impl Diagnostic {
    /// A diagnostic about a whole file, with no position.
    pub fn file(code: Code, path: impl Into<PathBuf>, message: Msg) -> Self {
        Self {
            code,
            severity: code.severity(),
            path: path.into(),
            excerpt: None,
            span: None,
            line: 0,
            column: 0,
            message,
            help: None,
        }
    }

    /// A diagnostic pointing at `span` in `source`.
    pub fn at(code: Code, source: &Arc<SourceFile>, span: Span, message: Msg) -> Self {
        let (line, column) = source.line_col(span.offset());
        Self {
            code,
            severity: code.severity(),
            path: source.path.clone(),
            excerpt: Some(source.excerpt(span.offset(), span.len())),
            span: Some(span),
            line,
            column,
            message,
            help: None,
        }
    }

    /// A diagnostic from a problem found while reading `source`.
    pub fn from_problem(source: &Arc<SourceFile>, problem: Problem) -> Self {
        Self::at(problem.code, source, problem.span, problem.message).with_help_opt(problem.help)
    }

    #[must_use]
    pub fn with_help(self, help: Msg) -> Self {
        self.with_help_opt(Some(help))
    }

    #[must_use]
    pub fn with_help_opt(mut self, help: Option<Msg>) -> Self {
        self.help = help;
        self
    }

    /// What is wrong, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// What to do, in `lang`.
    pub fn help_in(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.render(lang))
    }

    /// The order diagnostics are printed in: by file, then position, then code.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (&self.path, self.line, self.column, self.code, &self.message)
    }
}

/// Sorts diagnostics into their stable output order and drops exact repeats.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup_by(|a, b| a.sort_key() == b.sort_key());
}
