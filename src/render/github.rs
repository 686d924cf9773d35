//! `--format github`: GitHub Actions workflow commands, so problems show
//! inline on the pull request's changed lines.

use std::io::{self, Write};

use crate::finding::{Diagnostic, Severity};
use crate::source::display_path;

/// Escapes a command's message (the part after `::`): control, invisible
/// and bidirectional characters are shown as escapes (as on the terminal),
/// then `%`, CR and LF are encoded as the runner expects.
fn escape_data(s: &str) -> String {
    super::sanitize::terminal(s, true)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write_validation(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        write!(
            out,
            "::{command} file={}",
            escape_property(&display_path(&d.path))
        )?;
        if d.line > 0 {
            write!(out, ",line={},col={}", d.line, d.column)?;
        }
        write!(
            out,
            ",title={}::",
            escape_property(&format!("guanxi {}", d.code))
        )?;
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        writeln!(out, "{}", escape_data(&message))?;
    }
    // GitHub shows at most 10 annotations of each kind per step.
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    if errors > GITHUB_SHOWN || warnings > GITHUB_SHOWN {
        writeln!(
            out,
            "guanxi: {errors} errors and {warnings} warnings in all; GitHub shows the first {GITHUB_SHOWN} of each per step: run `guanxi validate` for every one"
        )?;
    }
    Ok(())
}

/// Annotations of one kind GitHub shows per step.
const GITHUB_SHOWN: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_per_workflow_command_rules() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(
            escape_data("x\u{1b}[2K\u{1b}]8;;http://e\u{7}y\u{202E}"),
            "x\\u{1b}[2K\\u{1b}]8;;http://e\\u{7}y\\u{202e}"
        );
    }
}
