//! Making user text safe to print: account files are input we do not control.

/// Replaces terminal control characters (ANSI escapes, BEL, backspace, …)
/// with visible escapes so a file cannot rewrite the user's terminal.
/// Newlines and tabs are kept only where `keep_newlines` is set.
pub fn terminal(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' if keep_newlines => out.push(c),
            c if c.is_control() => out.extend(c.escape_default()),
            // Bidirectional marks and overrides can reorder what the reader
            // sees; invisible characters and line separators hide or move
            // text. Shown as escapes, never sent.
            c if is_hidden(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

/// [`terminal`], borrowing `text` when nothing in it needs escaping (most
/// text): a long table is not copied to be shown.
pub fn terminal_cow(text: &str, keep_newlines: bool) -> std::borrow::Cow<'_, str> {
    let risky = |c: char| match c {
        '\n' | '\t' if keep_newlines => false,
        c => c.is_control() || is_hidden(c),
    };
    if text.chars().any(risky) {
        std::borrow::Cow::Owned(terminal(text, keep_newlines))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::{terminal, terminal_cow};

    #[test]
    fn text_without_anything_to_escape_is_borrowed_and_the_rest_escaped_alike() {
        for text in [
            "赵刚 visit",
            "a\u{1b}[31m",
            "x\u{202E}y",
            "tab\there",
            "line\nnext",
        ] {
            for keep in [false, true] {
                let shown = terminal_cow(text, keep);
                assert_eq!(shown, terminal(text, keep), "{text:?}");
                assert_eq!(
                    matches!(shown, std::borrow::Cow::Borrowed(_)),
                    shown == text,
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn escapes_control_characters() {
        assert_eq!(terminal("a\u{1b}[31mred", false), "a\\u{1b}[31mred");
        assert_eq!(terminal("line\nnext", false), "line\\nnext");
        assert_eq!(terminal("line\nnext", true), "line\nnext");
        assert_eq!(terminal("赵刚", false), "赵刚");
        assert_eq!(terminal("x\u{202E}y", false), "x\\u{202e}y");
        for hidden in ['\u{200F}', '\u{061C}', '\u{2028}', '\u{FEFF}'] {
            let shown = terminal(&format!("a{hidden}b"), false);
            assert!(
                !shown.contains(hidden) && shown.starts_with("a\\u{"),
                "{shown}"
            );
        }
    }
}

pub use crate::source::is_hidden;

/// JSON text from serde_json with the [`is_hidden`] characters written as
/// `\uXXXX` escapes: the same data for a parser, nothing hidden for a
/// reader of the log (serde_json already escapes control characters).
pub fn json(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    // Writing to a `Vec` cannot fail; what is written is `text`'s own UTF-8
    // with ASCII escapes in it.
    let _ = write_unhidden(&mut out, text);
    String::from_utf8(out).unwrap_or_default()
}

/// `text` with the [`is_hidden`] characters written as `\uXXXX` escapes.
fn write_unhidden<W: ?Sized + std::io::Write>(w: &mut W, text: &str) -> std::io::Result<()> {
    // Every hidden character starts with one of these bytes in UTF-8
    // (U+061C: D8; U+200B–U+206F: E2; U+FEFF: EF): most text has none
    // and is written as it is.
    if !text.bytes().any(|b| matches!(b, 0xD8 | 0xE2 | 0xEF)) {
        return w.write_all(text.as_bytes());
    }
    let mut rest = text;
    while let Some((at, c)) = rest.char_indices().find(|&(_, c)| is_hidden(c)) {
        w.write_all(&rest.as_bytes()[..at])?;
        write!(w, "\\u{:04x}", u32::from(c))?;
        rest = &rest[at + c.len_utf8()..];
    }
    w.write_all(rest.as_bytes())
}

/// serde_json's pretty layout, writing the [`is_hidden`] characters inside
/// strings (keys too) as `\uXXXX` escapes, as [`json`] does to a finished
/// text: for streaming a large report to the output without holding its
/// text.
pub struct JsonFormatter(serde_json::ser::PrettyFormatter<'static>);

impl JsonFormatter {
    pub fn new() -> Self {
        Self(serde_json::ser::PrettyFormatter::new())
    }
}

impl Default for JsonFormatter {
    fn default() -> Self {
        Self::new()
    }
}

/// The pretty layout's own methods, passed on.
macro_rules! pretty {
    ($($method:ident($($arg:ident: $ty:ty),*)),+ $(,)?) => {
        $(
            fn $method<W: ?Sized + std::io::Write>(
                &mut self,
                w: &mut W,
                $($arg: $ty),*
            ) -> std::io::Result<()> {
                self.0.$method(w, $($arg),*)
            }
        )+
    };
}

impl serde_json::ser::Formatter for JsonFormatter {
    pretty!(
        begin_array(),
        end_array(),
        begin_array_value(first: bool),
        end_array_value(),
        begin_object(),
        end_object(),
        begin_object_key(first: bool),
        begin_object_value(),
        end_object_value(),
    );

    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        write_unhidden(w, fragment)
    }
}

/// Neutralises a CSV cell that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) by putting a
/// `'` in front. Numbers, negative ones included, are left alone. Control
/// characters other than newlines are escaped, as for the terminal.
pub fn csv_cell(text: &str) -> String {
    csv_cell_keeping(text, false, false)
}

/// [`csv_cell`], keeping TAB (`keep_tab`) and CR (`keep_cr`) as they are
/// rather than shown escaped: an export, for a CSV reader to get them back
/// (CR only for Excel's files, since on a terminal it hides text).
pub fn csv_cell_keeping(text: &str, keep_tab: bool, keep_cr: bool) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let shown = if keep_cr {
        text.split('\r')
            .map(|part| terminal(part, true))
            .collect::<Vec<_>>()
            .join("\r")
    } else {
        terminal(text, true)
    };
    let shown = if keep_tab {
        shown
    } else {
        shown.replace('\t', "\\t")
    };
    let shown = no_workflow_commands(&shown);
    if risky && text.parse::<f64>().is_err() {
        format!("'{shown}")
    } else {
        shown
    }
}

/// A line that starts with `::` (after blanks) is a workflow command to
/// GitHub Actions when the output is printed in a CI step (`::error`,
/// `::stop-commands::`); a `'` in front of such a line within a value keeps
/// it text.
pub fn no_workflow_commands(text: &str) -> String {
    if !text.contains("::") {
        return text.to_string();
    }
    text.split('\n')
        .map(|line| {
            if line.trim_start().starts_with("::") {
                format!("'{line}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Escapes text for a Markdown table cell: pipes, Markdown syntax and HTML
/// are made literal, newlines become `<br>`.
pub fn markdown_cell(text: &str) -> String {
    // Posted as a pull-request comment, `@name` would notify a person or a
    // team and `#12`, `GH-12` would cross-reference an issue: a zero-width
    // space after `@`, `#` and `GH` (as Renovate writes it) keeps them
    // text, and invisible.
    const BREAK: &str = "&#8203;";
    let text = terminal(text, true);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut before: [char; 2] = [' ', ' '];
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            '@' if next.is_ascii_alphanumeric() => {
                out.push('@');
                out.push_str(BREAK);
            }
            '#' if next.is_ascii_digit() => {
                out.push_str("\\#");
                out.push_str(BREAK);
            }
            '-' if next.is_ascii_digit()
                && before[0].eq_ignore_ascii_case(&'g')
                && before[1].eq_ignore_ascii_case(&'h') =>
            {
                out.push_str(BREAK);
                out.push('-');
            }
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
        before = [before[1], c];
    }
    out
}

#[cfg(test)]
mod format_tests {
    use super::*;

    #[test]
    fn csv_formulas_are_neutralised_numbers_are_not() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("+86 123"), "'+86 123");
        assert_eq!(csv_cell("-3"), "-3");
        assert_eq!(csv_cell("赵刚"), "赵刚");
        assert_eq!(
            csv_cell("Zhao\n::error file=x::forged\n  ::stop-commands::t"),
            "Zhao\n'::error file=x::forged\n'  ::stop-commands::t"
        );
        assert_eq!(csv_cell("::add-mask::x"), "'::add-mask::x");
    }

    #[test]
    fn markdown_cells_cannot_break_the_table_or_inject_html() {
        assert_eq!(markdown_cell("a|b"), "a\\|b");
        assert_eq!(
            markdown_cell("<script>x</script>"),
            "&lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(markdown_cell("line\nnext"), "line<br>next");
        assert_eq!(
            markdown_cell("**bold** [link](u)"),
            "\\*\\*bold\\*\\* \\[link\\](u)"
        );
    }

    #[test]
    fn markdown_mentions_nobody_and_references_no_issue() {
        assert_eq!(markdown_cell("ask @li-ming"), "ask @&#8203;li-ming");
        assert_eq!(markdown_cell("@org/team"), "@&#8203;org/team");
        assert_eq!(markdown_cell("see #12"), "see \\#&#8203;12");
        assert_eq!(markdown_cell("org/repo#7"), "org/repo\\#&#8203;7");
        assert_eq!(markdown_cell("GH-12, gh-3"), "GH&#8203;-12, gh&#8203;-3");
        // Near misses stay as they were.
        assert_eq!(markdown_cell("li@ a # b"), "li@ a \\# b");
        assert_eq!(
            markdown_cell("Line #A, GH-x, THGH"),
            "Line \\#A, GH-x, THGH"
        );
        assert_eq!(markdown_cell("a-1"), "a-1");
    }
}
