//! The YAML mistakes people make, said in plain words: the parser's own
//! sentence ("while parsing a block mapping, did not find expected key")
//! stays as a second line; this says where the mistake is and what to type.
//! Each pattern looks at the line the parser stopped on and the lines
//! before it, nothing more.

use crate::i18n::Msg;
use crate::model::Span;

/// A mistake recognised: what it is, what to do, and where.
pub struct Explained {
    pub message: Msg,
    pub help: Msg,
    pub span: Span,
}

/// The line starts (byte offsets) of `text`.
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    text.split_inclusive('\n')
        .map(|l| {
            let start = at;
            at += l.len();
            (start, l.trim_end_matches(['\n', '\r']))
        })
        .collect()
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// The value part of `key: value` on a line, and where it starts.
fn value_of(line: &str) -> Option<(usize, &str)> {
    let body = line.trim_start_matches(' ');
    let body = body.strip_prefix("- ").unwrap_or(body);
    let colon = body.find(": ")?;
    let start = line.len() - body.len() + colon + 2;
    Some((start, line[start..].trim_end()))
}

/// What the parser's error at `offset` most likely means; `None` when no
/// pattern fits (the parser's sentence is said then). The patterns, in the
/// order they are tried: an unclosed quote, an unclosed bracket, no space
/// after a colon, an item under an empty `[]`, `: ` inside a value, a line
/// out of step with the one above.
pub fn explain(text: &str, offset: usize, detail: &str) -> Option<Explained> {
    let all = lines(text);
    let at = all
        .iter()
        .rposition(|(start, _)| *start <= offset)
        .unwrap_or(0);
    let seen = Seen {
        all: &all,
        at,
        offset,
        detail,
    };
    unclosed(&seen)
        .or_else(|| no_space_after_colon(&seen))
        .or_else(|| item_under_empty(&seen))
        .or_else(|| colon_in_value(&seen))
        .or_else(|| out_of_step(&seen))
}

/// The lines, the one the parser stopped on, and what it said.
struct Seen<'a> {
    all: &'a [(usize, &'a str)],
    at: usize,
    offset: usize,
    detail: &'a str,
}

impl Seen<'_> {
    fn message(&self, key: &'static str) -> Msg {
        Msg::new(key).text("detail", self.detail)
    }

    /// The line the parser stopped on, with its start.
    fn line(&self) -> (usize, &str) {
        self.all[self.at]
    }

    /// The last line with content before it.
    fn before(&self) -> Option<&(usize, &str)> {
        self.all[..self.at].iter().rev().find(|(_, l)| !is_blank(l))
    }

    /// That line and the twenty before it, nearest first.
    fn back(&self) -> impl Iterator<Item = &(usize, &str)> {
        self.all[..=self.at].iter().rev().take(20)
    }
}

/// A quote, `[` or `{` that opens a value and is not closed on its line.
fn unclosed(seen: &Seen) -> Option<Explained> {
    for (start, line) in seen.back() {
        let Some((value_at, value)) = value_of(line) else {
            continue;
        };
        let Some(open) = value.chars().next() else {
            continue;
        };
        let span = Span::new(start + value_at, 1);
        if (open == '"' || open == '\'') && !value[1..].contains(open) {
            let quote = open.to_string();
            return Some(Explained {
                message: seen.message("yaml-unclosed-quote").text("quote", &quote),
                help: Msg::new("yaml-unclosed-quote-help").text("quote", quote),
                span,
            });
        }
        if open == '[' || open == '{' {
            let close = if open == '[' { ']' } else { '}' };
            let depth = value.chars().fold(0i32, |d, c| match c {
                c if c == open => d + 1,
                c if c == close => d - 1,
                _ => d,
            });
            if depth > 0 {
                return Some(Explained {
                    message: seen
                        .message("yaml-unclosed-bracket")
                        .text("open", open.to_string()),
                    help: Msg::new("yaml-unclosed-bracket-help")
                        .text("open", open.to_string())
                        .text("close", close.to_string()),
                    span,
                });
            }
        }
    }
    None
}

/// `key:value`: no space after the colon, on the line or the one above.
fn no_space_after_colon(seen: &Seen) -> Option<Explained> {
    let here = seen.line();
    for (start, line) in std::iter::once(&here).chain(seen.before()) {
        let body = line.trim_start_matches(' ').trim_start_matches("- ");
        let Some(colon) = body.find(':') else {
            continue;
        };
        let key = &body[..colon];
        let glued = body[colon + 1..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace());
        let word = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_');
        if word && glued && !body[colon..].starts_with("://") {
            let value = body[colon + 1..].trim_end();
            let column = line.len() - body.len() + colon;
            return Some(Explained {
                message: seen
                    .message("yaml-no-space-after-colon")
                    .text("key", key)
                    .text("value", value),
                help: Msg::new("yaml-no-space-after-colon-help")
                    .text("key", key)
                    .text("value", value),
                span: Span::new(start + column, 1),
            });
        }
    }
    None
}

/// An item under `key: []` (or `{}`): the empty list has no room.
fn item_under_empty(seen: &Seen) -> Option<Explained> {
    let (start, line) = seen.line();
    let (_, prev) = seen.before()?;
    let (_, value) = value_of(prev)?;
    if !line.trim_start().starts_with("- ") || !(value == "[]" || value == "{}") {
        return None;
    }
    let key = prev
        .trim()
        .split(':')
        .next()
        .unwrap_or_default()
        .to_string();
    Some(Explained {
        message: seen
            .message("yaml-item-under-empty")
            .text("key", &key)
            .text("empty", value),
        help: Msg::new("yaml-item-under-empty-help")
            .text("key", &key)
            .text("empty", value),
        span: Span::new(start + indent(line), 1),
    })
}

/// `note: met him: he was busy`: `: ` inside a plain value.
fn colon_in_value(seen: &Seen) -> Option<Explained> {
    let (_, line) = seen.line();
    let (_, value) = value_of(line)?;
    let plain = !value.starts_with(['"', '\'', '{', '[']);
    if !seen.detail.contains("mapping values are not allowed") || !value.contains(": ") || !plain {
        return None;
    }
    let key = line
        .trim()
        .trim_start_matches("- ")
        .split(':')
        .next()
        .unwrap_or_default();
    Some(Explained {
        message: seen.message("yaml-colon-in-value").text("key", key),
        help: Msg::new("yaml-colon-in-value-help")
            .text("key", key)
            .text("value", value),
        span: Span::new(seen.offset, 1),
    })
}

/// A line indented differently from the other lines of its entry.
fn out_of_step(seen: &Seen) -> Option<Explained> {
    let (start, line) = seen.line();
    let (_, prev) = seen.before()?;
    let (mine, theirs) = (indent(line), indent(prev));
    let expected = if prev.trim_start().starts_with("- ") {
        theirs + 2
    } else {
        theirs
    };
    let opens = prev.trim_end().ends_with(':');
    let item = line.trim_start().starts_with("- ");
    if opens || item || mine == expected || mine >= expected + 2 {
        return None;
    }
    Some(Explained {
        message: seen
            .message("yaml-indentation")
            .number("spaces", mine)
            .number("expected", expected),
        help: Msg::new("yaml-indentation-help").number("expected", expected),
        span: Span::new(start + mine.min(line.len()), 1),
    })
}

#[cfg(test)]
mod tests {

    fn said(text: &str) -> Option<&'static str> {
        let problem = crate::yaml::from_str::<crate::yaml::Node>(text).err()?;
        Some(problem.message.key).filter(|k| *k != "yaml-parser")
    }

    #[test]
    fn the_common_mistakes_are_recognised() {
        let base = "account: T\nstakeholders:\n  - id: zhao\n    name: Zhao\n    level: middle\n";
        assert_eq!(
            said(&base.replace("name: Zhao", "name: \"Zhao")),
            Some("yaml-unclosed-quote")
        );
        assert_eq!(
            said(&base.replace("level: middle", "level:middle")),
            Some("yaml-no-space-after-colon")
        );
        assert_eq!(
            said(&base.replace("    level: middle", "   level: middle")),
            Some("yaml-indentation")
        );
        assert_eq!(
            said(&base.replace("stakeholders:\n", "stakeholders: []\n")),
            Some("yaml-item-under-empty")
        );
        assert_eq!(
            said(&format!("{base}    note: met him: he was busy\n")),
            Some("yaml-colon-in-value")
        );
        // A URL's colon is no missing space.
        assert_eq!(said("account: T\nnote: see http://x.example/a\n"), None);
    }
}
