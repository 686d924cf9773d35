//! `--format json` for `validate`: one object, the contract scripts rely on.
//!
//! ```json
//! {"files": 6, "errors": 1, "warnings": 0, "diagnostics": [
//!   {"file": "accounts/a.yaml", "line": 3, "column": 5, "severity": "error",
//!    "code": "unknown-field", "message": "…", "help": "…"}]}
//! ```
//! `line` and `column` are 1-based (columns count characters) and `null` for
//! problems with a whole file; `help` may be `null`.

use std::io::{self, Write};

use serde::Serialize;

use crate::finding::{Code, Diagnostic, Severity};
use crate::source::display_path;

#[derive(Serialize)]
struct Report<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Item<'a> {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    severity: Severity,
    code: Code,
    message: &'a crate::i18n::Msg,
    help: Option<&'a crate::i18n::Msg>,
}

pub fn write_validation(
    out: &mut dyn Write,
    files: usize,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    let count = |s| diagnostics.iter().filter(|d| d.severity == s).count();
    let report = Report {
        files,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        diagnostics: diagnostics
            .iter()
            .map(|d| Item {
                file: display_path(&d.path),
                line: (d.line > 0).then_some(d.line),
                column: (d.column > 0).then_some(d.column),
                severity: d.severity,
                code: d.code,
                message: &d.message,
                help: d.help.as_ref(),
            })
            .collect(),
    };
    super::write_json(out, &report)
}
