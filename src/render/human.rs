//! Human output for diagnostics: miette's graphical reports, with the
//! offending value underlined in its source line.

use std::fmt;
use std::io::{self, Write};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use super::sanitize;
use crate::finding::{Diagnostic, Severity};
use crate::i18n::text;
use crate::model::Lang;
use crate::source::display_path;

/// How the terminal wants it.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
    /// The language messages and help are said in.
    pub lang: Lang,
}

struct Shown {
    message: String,
    help: Option<String>,
    code: &'static str,
    severity: Severity,
    source: Option<Snippet>,
    label: Option<LabeledSpan>,
}

/// The lines a snippet shows, and where they are in the file: miette gets
/// them with their line number instead of the whole file, so a file with
/// thousands of diagnostics is not re-read for each.
struct Snippet {
    name: String,
    text: String,
    /// 0-based line number of the first line of `text`.
    first_line: usize,
}

impl SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        // miette's own reading of the text, moved down to the right line.
        let inner = self.text.as_str().read_span(span, before, after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line() + self.first_line,
            inner.column(),
            inner.line_count(),
        )))
    }
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
            Severity::Note => miette::Severity::Advice,
        })
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.label
            .clone()
            .map(|l| Box::new(std::iter::once(l)) as Box<_>)
    }
}

/// The source as shown in snippets: control characters and the hidden
/// ones every output escapes ([`crate::source::is_hidden`]: bidirectional
/// marks, invisible characters, line separators) become `?` of the same
/// byte length, so spans still line up and the terminal stays safe.
fn displayable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let hostile =
            (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || crate::source::is_hidden(c);
        if hostile {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

pub fn write_diagnostics(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    style: Style,
) -> io::Result<()> {
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
        let (message, source, label) = match &d.excerpt {
            Some(excerpt) => (
                sanitize::terminal(&d.message_in(style.lang), false),
                Some(Snippet {
                    name: sanitize::terminal(&name, false),
                    text: displayable(&excerpt.text),
                    first_line: excerpt.first_line,
                }),
                Some(LabeledSpan::new_with_span(
                    Some(label(d, style.lang)),
                    (excerpt.offset, excerpt.len),
                )),
            ),
            _ => {
                let place = if d.line > 0 {
                    format!("{name}:{}:{}", d.line, d.column)
                } else {
                    name
                };
                (
                    format!(
                        "{}: {}",
                        sanitize::terminal(&place, false),
                        sanitize::terminal(&d.message_in(style.lang), false)
                    ),
                    None,
                    None,
                )
            }
        };
        let shown = Shown {
            message,
            help: None,
            code: d.code.as_str(),
            severity: d.severity,
            source,
            label,
        };
        let mut text = String::new();
        handler
            .render_report(&mut text, &shown)
            .map_err(|_| io::Error::other(crate::i18n::Msg::new("render-cannot-format")))?;
        writeln!(out, "{}", text.trim_end())?;
        if let Some(help) = d.help_in(style.lang) {
            writeln!(out, "{}", footer(&sanitize::terminal(&help, false), style))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// What the underline under the problem says: the code in words, or in
/// Chinese 此处 ("here": the code is printed above it).
fn label(d: &Diagnostic, lang: Lang) -> String {
    match lang {
        Lang::En => d.code.as_str().replace('-', " "),
        _ => text(lang, "diagnostic-here"),
    }
}

/// The `help:` footer under a report, written here rather than by miette
/// so that the word is said in the run's language (the Chinese one is as
/// wide, eight columns) and the text wraps as every other text does
/// ([`crate::i18n::wrap`]), in the `width - 2` columns miette leaves it.
fn footer(help: &str, style: Style) -> String {
    const INDENT: usize = 8;
    let word = text(style.lang, "diagnostic-help-word");
    let room = style.width.saturating_sub(2 + INDENT).max(10);
    let mut out = if style.color {
        format!("\x1b[36m{word}\x1b[0m")
    } else {
        word
    };
    for (n, line) in help
        .split('\n')
        .flat_map(|line| crate::i18n::wrap::lines(line, room))
        .enumerate()
    {
        if n > 0 {
            out.push('\n');
            out.push_str(&" ".repeat(INDENT));
        }
        out.push_str(&line);
    }
    out
}

/// The closing line of `validate`, in `lang`.
pub fn write_summary(
    out: &mut dyn Write,
    files: usize,
    diagnostics: &[Diagnostic],
    lang: Lang,
) -> io::Result<()> {
    use crate::i18n::{Arg, text_with};
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    if errors == 0 && warnings == 0 {
        let line = text_with(
            lang,
            "validate-checked-clean",
            &[("files", Arg::Number(files))],
        );
        return writeln!(out, "{line}");
    }
    let bad = {
        let mut paths: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| &d.path)
            .collect();
        paths.sort();
        paths.dedup();
        paths.len()
    };
    let line = text_with(
        lang,
        "validate-checked",
        &[
            ("files", Arg::Number(files)),
            ("errors", Arg::Number(errors)),
            ("warnings", Arg::Number(warnings)),
            ("bad", Arg::Number(bad)),
        ],
    );
    writeln!(out, "{line}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn snippets_show_no_hidden_character_any_output_escapes() {
        let text = "a\u{200B}b\u{200F}c\u{061C}d\u{202E}e\u{2066}f\u{FEFF}g\u{2028}h\u{1b}i\n";
        let shown = super::displayable(text);
        assert_eq!(shown.len(), text.len());
        assert!(
            !shown
                .chars()
                .any(|c| crate::source::is_hidden(c) || c == '\u{1b}'),
            "{shown:?}"
        );
        assert!(
            shown.starts_with("a???b???c??d???e???f???g???h?i"),
            "{shown:?}"
        );
    }
}
