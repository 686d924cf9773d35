//! Small pieces of YAML text: quoting scalars, and finding where a flow
//! collection ends, for edits that must leave the rest of a file untouched.

/// Words YAML 1.1/1.2 readers take for something other than text.
const SPECIAL: &[&str] = &[
    "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "",
];

/// `s` as a YAML scalar: plain when that is unambiguous, else double-quoted
/// with escapes (quotes, backslashes, control characters).
pub fn scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s.trim() == s
        && !SPECIAL.contains(&s.to_ascii_lowercase().as_str())
        && s.parse::<f64>().is_err()
        && !s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c))
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.chars().any(|c| {
            c.is_control()
                || crate::source::is_hidden(c)
                || matches!(c, '{' | '}' | '[' | ']' | ',')
        });
    if plain { s.to_string() } else { quoted(s) }
}

/// `s` double-quoted, with every character YAML needs escaped.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || crate::source::is_hidden(c) => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// For a flow collection opening at `open` (`[` or `{`): the index of its
/// closing bracket and of the last significant character before it
/// (skipping whitespace and comments), or `None` if it does not close.
pub fn flow_end(text: &str, open: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut last = open;
    let mut i = open;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'[' | b'{' => {
                depth += 1;
                last = i;
            }
            b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some((i, last));
                }
                last = i;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                last = i;
            }
            b'\'' => {
                i += 1;
                while i < bytes.len() {
                    if bytes[i] == b'\'' {
                        if bytes.get(i + 1) == Some(&b'\'') {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                last = i;
            }
            b'#' if i == 0 || bytes[i - 1].is_ascii_whitespace() => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b if b.is_ascii_whitespace() => {}
            _ => last = i,
        }
        i += 1;
    }
    None
}

/// The byte index where the line holding `at` ends (its `\r\n` or `\n`, or
/// the end of the text).
pub fn line_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    match bytes[at..].iter().position(|&b| b == b'\n') {
        Some(i) if at + i > 0 && bytes[at + i - 1] == b'\r' => at + i - 1,
        Some(i) => at + i,
        None => bytes.len(),
    }
}

/// The line ending the file uses: CRLF if its first line ends so.
pub fn newline(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// The column (in bytes from the line start) of byte `at`.
pub fn column(text: &str, at: usize) -> usize {
    at - text[..at].rfind('\n').map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_plain_only_when_safe() {
        assert_eq!(scalar("zhao"), "zhao");
        assert_eq!(scalar("Jia Automation"), "Jia Automation");
        assert_eq!(scalar("甲自动化"), "甲自动化");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("12"), "\"12\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("say \"hi\"\n"), "\"say \\\"hi\\\"\\n\"");
        assert_eq!(scalar("#1"), "\"#1\"");
        assert_eq!(scalar("x\u{1b}"), "\"x\\u001B\"");
    }

    #[test]
    fn flow_ends_skip_strings_comments_and_nesting() {
        let t = "k: [ {a: \"]\"}, 'it''s' , # ] not this\n  b ] rest";
        let open = t.find('[').unwrap();
        let (close, last) = flow_end(t, open).unwrap();
        assert_eq!(&t[close..], "] rest");
        assert_eq!(&t[last..=last], "b");
        assert!(flow_end("[a, b", 0).is_none());
    }

    #[test]
    fn line_ends_keep_crlf() {
        assert_eq!(line_end("ab\r\ncd", 0), 2);
        assert_eq!(line_end("ab\ncd", 4), 5);
        assert_eq!(newline("a\r\nb"), "\r\n");
        assert_eq!(newline("a\nb"), "\n");
        // Any byte offset, even inside a multi-byte character.
        assert_eq!(line_end("请我们帮忙\nx", 4), 15);
    }
}
