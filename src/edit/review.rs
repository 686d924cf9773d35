//! `guanxi edit`: a whole file edited by hand in the user's editor, and
//! only a valid result written back. The editor runs at the command line;
//! here is what it is given and what comes back: the copy's text with the
//! diagnostics of the last attempt as comments at the top (as `kubectl
//! edit` and `visudo` do), those comments taken off again, and the
//! replacement of the file as a [transaction](super::transaction).

use std::path::Path;

use super::transaction::{self, EditError};
use crate::checks::Dates;
use crate::finding::{Diagnostic, Severity};
use crate::i18n::Msg;
use crate::model::{Account, Lang};

/// Every line guanxi puts at the top of the copy starts with this.
pub const MARK: &str = "# guanxi: ";

/// `text` without the comment lines [`annotate`] put at its top.
pub fn strip(text: &str) -> &str {
    let mut rest = text;
    while rest.starts_with(MARK) || rest.starts_with(MARK.trim_end()) {
        rest = match rest.find('\n') {
            Some(end) => &rest[end + 1..],
            None => "",
        };
    }
    rest
}

/// `text` (already [`strip`]ped) with what is wrong with it as comments at
/// the top: one line to say what to do, then each error with its line and
/// column as the editor shows them (the comments counted), in `lang`.
pub fn annotate(text: &str, diagnostics: &[Diagnostic], lang: Lang) -> String {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let helps = errors.iter().filter(|d| d.help.is_some()).count();
    let shift = 1 + errors.len() + helps;
    let mut lines = vec![Msg::new("edit-review-header").render(lang)];
    for d in errors {
        let line = if d.line > 0 { d.line + shift } else { 0 };
        let at = Msg::new("edit-review-line")
            .number("line", line)
            .number("column", d.column)
            .text("code", d.code.as_str())
            .text("message", d.message_in(lang));
        lines.push(at.render(lang));
        if let Some(help) = d.help_in(lang) {
            lines.push(format!("    {help}"));
        }
    }
    let mut out = String::new();
    for line in lines {
        // A message quotes the file: keep it to one comment line.
        let line: String = line
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        out.push_str(MARK);
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(text);
    out
}

/// What checking an edited copy found.
pub enum Checked {
    /// Nothing changed.
    Unchanged,
    /// It validates: the text to write, and its warnings.
    Valid(String, Vec<Diagnostic>),
    /// It does not: its diagnostics.
    Invalid(Vec<Diagnostic>),
}

/// Checks the copy's text against the file's `original`, as `validate`
/// would check the file at `path`.
pub fn check(path: &Path, original: &str, copy: &str, dates: Dates) -> Checked {
    let text = strip(copy);
    if text == original {
        return Checked::Unchanged;
    }
    let (_, diagnostics) = crate::checks::check_text(path, text, dates);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        Checked::Invalid(diagnostics)
    } else {
        Checked::Valid(text.to_string(), diagnostics)
    }
}

/// Writes `new` over the file at `path`, under its lock and atomically,
/// only if the file is still `original` (else someone saved it meanwhile,
/// and their work would be lost).
pub fn replace(path: &Path, original: &str, new: &str, dates: Dates) -> Result<(), EditError> {
    let change = |text: &str| {
        if text == original {
            Ok((new.to_string(), ()))
        } else {
            Err(Msg::new("error-changed-meanwhile").text("path", crate::source::display_path(path)))
        }
    };
    let verify = |_: &Account, _: &()| Ok(());
    transaction::commit(path, dates, None, &change, verify).map(|_| ())
}

/// How an edit ended.
pub enum Ended {
    /// The copy came back as it went: nothing to do.
    Unchanged,
    /// A valid file was written.
    Saved,
    /// The editor quit without saving after being shown the errors.
    Abandoned,
    /// The editor exited with an error.
    EditorFailed,
    /// The file could not be replaced (someone saved it meanwhile…).
    Refused(EditError),
}

/// The edit of the file at `path` (its text `original`) through `copy`:
/// `editor` opens the copy and says whether it exited cleanly; with errors
/// the copy goes back to it annotated ([`annotate`]) until the file is
/// valid (and written, [`replace`]) or the editor quits without saving.
pub fn edit(
    path: &Path,
    original: &str,
    copy: &Path,
    dates: Dates,
    lang: Lang,
    editor: &mut dyn FnMut() -> std::io::Result<bool>,
) -> std::io::Result<Ended> {
    std::fs::write(copy, original)?;
    let mut shown = original.to_string();
    loop {
        if !editor()? {
            return Ok(Ended::EditorFailed);
        }
        let edited = std::fs::read_to_string(copy)?;
        match check(path, original, &edited, dates) {
            Checked::Unchanged => return Ok(Ended::Unchanged),
            Checked::Valid(text, _) => {
                return Ok(match replace(path, original, &text, dates) {
                    Ok(()) => Ended::Saved,
                    Err(e) => Ended::Refused(e),
                });
            }
            Checked::Invalid(_) if edited == shown && shown != original => {
                return Ok(Ended::Abandoned);
            }
            Checked::Invalid(found) => {
                shown = annotate(strip(&edited), &found, lang);
                std::fs::write(copy, &shown)?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_comments_come_off_again_and_leave_the_text_as_it_was() {
        let text = "account: T\n# a comment of the rep's\nowner: o\n";
        let dates = Dates::now(crate::model::Date::parse("2026-11-23").unwrap());
        let (_, found) = crate::checks::check_text(Path::new("t.yaml"), text, dates);
        let annotated = annotate(text, &found, Lang::En);
        assert!(
            annotated.starts_with(MARK) && annotated.contains("missing-field"),
            "{annotated}"
        );
        assert_eq!(strip(&annotated), text);
        assert!(matches!(
            check(Path::new("t.yaml"), text, &annotated, dates),
            Checked::Unchanged
        ));
    }
}
