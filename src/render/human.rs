//! Human output for diagnostics: miette's graphical reports, with the
//! offending value underlined in its source line.

use std::fmt;
use std::io::{self, Write};

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};

use super::sanitize;
use crate::finding::{Diagnostic, Severity};
use crate::load::display_path;

/// How the terminal wants it.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

struct Shown {
    message: String,
    help: Option<String>,
    code: &'static str,
    severity: Severity,
    source: Option<NamedSource<String>>,
    label: Option<LabeledSpan>,
}

impl fmt::Debug for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Shown {}

impl miette::Diagnostic for Shown {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.label.clone().map(|l| Box::new(std::iter::once(l)) as Box<_>)
    }
}

/// The source as shown in snippets: control characters become `?` of the
/// same byte length, so spans still line up and the terminal stays safe.
fn displayable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let hostile = (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if hostile {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

pub fn write_diagnostics(out: &mut dyn Write, diagnostics: &[Diagnostic], style: Style) -> io::Result<()> {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_context_lines(1);
    for d in diagnostics {
        let name = display_path(&d.path);
        let (message, source, label) = match (&d.source, d.span) {
            (Some(src), Some(span)) => (
                sanitize::terminal(&d.message, false),
                Some(NamedSource::new(sanitize::terminal(&name, false), displayable(&src.text)).with_language("yaml")),
                Some(LabeledSpan::new_with_span(Some(d.code.as_str().replace('-', " ")), span)),
            ),
            _ => (
                format!("{}: {}", sanitize::terminal(&name, false), sanitize::terminal(&d.message, false)),
                None,
                None,
            ),
        };
        let shown = Shown {
            message,
            help: d.help.as_deref().map(|h| sanitize::terminal(h, false)),
            code: d.code.as_str(),
            severity: d.severity,
            source,
            label,
        };
        let mut text = String::new();
        handler
            .render_report(&mut text, &shown)
            .map_err(|_| io::Error::other("could not format a diagnostic"))?;
        writeln!(out, "{}", text.trim_end())?;
        writeln!(out)?;
    }
    Ok(())
}

/// The closing line of `validate`.
pub fn write_summary(out: &mut dyn Write, files: usize, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let files_text = plural(files, "file");
    if errors == 0 && warnings == 0 {
        writeln!(out, "checked {files_text}: no problems")
    } else {
        let bad_files = {
            let mut paths: Vec<_> = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| &d.path)
                .collect();
            paths.sort();
            paths.dedup();
            paths.len()
        };
        writeln!(
            out,
            "checked {files_text}: {}, {} ({} with errors)",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(bad_files, "file"),
        )
    }
}
