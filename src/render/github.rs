//! `--format github`: GitHub Actions workflow commands, so problems show
//! inline on the pull request's changed lines.

use std::io::{self, Write};

use crate::finding::{Diagnostic, Severity};
use crate::i18n::{Arg, text_with};
use crate::model::Lang;
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

/// Each diagnostic as an annotation, its message and help in `lang` (the
/// title keeps the code).
pub fn write_validation(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    lang: Lang,
) -> io::Result<()> {
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
        let mut message = d.message_in(lang);
        if let Some(help) = d.help_in(lang) {
            message.push('\n');
            message.push_str(&text_with(
                lang,
                "diagnostic-help",
                &[("help", Arg::Text(&help))],
            ));
        }
        writeln!(out, "{}", escape_data(&message))?;
    }
    // GitHub shows at most 10 annotations of each kind per step.
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    if errors > GITHUB_SHOWN || warnings > GITHUB_SHOWN {
        let line = text_with(
            lang,
            "github-more-than-shown",
            &[
                ("errors", Arg::Number(errors)),
                ("warnings", Arg::Number(warnings)),
                ("shown", Arg::Number(GITHUB_SHOWN)),
            ],
        );
        writeln!(out, "guanxi: {line}")?;
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
