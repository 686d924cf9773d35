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
            // Bidirectional overrides can reorder what the reader sees.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::terminal;

    #[test]
    fn escapes_control_characters() {
        assert_eq!(terminal("a\u{1b}[31mred", false), "a\\u{1b}[31mred");
        assert_eq!(terminal("line\nnext", false), "line\\nnext");
        assert_eq!(terminal("line\nnext", true), "line\nnext");
        assert_eq!(terminal("赵刚", false), "赵刚");
        assert_eq!(terminal("x\u{202E}y", false), "x\\u{202e}y");
    }
}

/// Neutralises a CSV cell that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) by putting a
/// `'` in front. Numbers, negative ones included, are left alone. Control
/// characters other than newlines are escaped, as for the terminal.
pub fn csv_cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = terminal(text, true).replace('\t', "\\t");
    if risky && text.parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text
    }
}

/// Escapes text for a Markdown table cell: pipes, Markdown syntax and HTML
/// are made literal, newlines become `<br>`.
pub fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in terminal(text, true).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
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
}
