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
