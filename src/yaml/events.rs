//! The fast path to a [`Node`] tree: built straight from the parser's
//! events, for the files that are plain YAML (no anchors, aliases, tags,
//! merge keys or repeated keys, nothing nested deeper than an account needs,
//! no scalar whose type YAML versions disagree on).
//!
//! Anything outside that returns `None`, and the caller takes the detailed
//! path through serde-saphyr, which reads every file exactly as before and
//! words every error. So this module only has to be right about what it
//! accepts: `tests` and `tests/fast_path.rs` check that it builds the very
//! tree serde-saphyr builds, on every fixture, every example, the YAML test
//! suite and thousands of mutated files.

use granit_parser::{Event, Parser, ScalarStyle};

use super::node::{Kind, Node};
use super::{MAX_DEPTH, MAX_KEYS, MAX_NODES};
use crate::model::Span;

/// The tree of `text`, or `None` when the detailed path must read it.
pub fn tree(text: &str) -> Option<Node> {
    let parser = Parser::new_from_str_with_options(text, parser_options());
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    let mut documents = 0usize;
    let mut nodes = 0usize;
    for next in parser {
        let (event, span) = next.ok()?;
        let at = Span::new(
            span.start.byte_offset()?,
            span.end
                .byte_offset()?
                .checked_sub(span.start.byte_offset()?)?,
        );
        let node = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => continue,
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                Node {
                    kind: scalar(value, style)?,
                    span: at,
                }
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                if anchor != 0 || tag.is_some() || stack.len() >= MAX_DEPTH {
                    return None;
                }
                stack.push(Open {
                    span: at,
                    items: if matches!(event, Event::MappingStart(..)) {
                        Items::Map(Vec::new(), None)
                    } else {
                        Items::Seq(Vec::new())
                    },
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let open = stack.pop()?;
                let kind = match open.items {
                    Items::Seq(items) => Kind::Seq(items),
                    Items::Map(entries, None) => Kind::Map(entries),
                    Items::Map(_, Some(_)) => return None,
                };
                Node {
                    kind,
                    span: open.span,
                }
            }
            // Comments and other presentation events carry no data.
            ref other if !other.is_node() => continue,
            // Aliases: the detailed path expands them under its budgets.
            _ => return None,
        };
        nodes += 1;
        if nodes > MAX_NODES {
            return None;
        }
        place(&mut stack, &mut root, node)?;
    }
    if !stack.is_empty() {
        return None;
    }
    // An empty stream is the detailed path's to explain.
    root
}

/// A scalar's value: plain ones typed as YAML 1.2's core schema has them
/// (`None`: one the detailed path must word), quoted ones text.
fn scalar(value: std::borrow::Cow<'_, str>, style: ScalarStyle) -> Option<Kind> {
    Some(match style {
        ScalarStyle::Plain => match classify(&value)? {
            Plain::Null => Kind::Null,
            Plain::Bool(b) => Kind::Bool(b),
            Plain::Int(i) => Kind::Int(i),
            Plain::Float(f) => Kind::Float(f),
            Plain::Text => Kind::Str(value.into_owned()),
        },
        _ => Kind::Str(value.into_owned()),
    })
}

/// Puts a finished `node` where it goes: the root, the open sequence's
/// next item, or the open mapping's next key or value. `None` for what the
/// detailed path must word (a second root, a key that is not text, a
/// repeated or merge key, too many keys).
fn place(stack: &mut [Open], root: &mut Option<Node>, node: Node) -> Option<()> {
    match stack.last_mut().map(|open| &mut open.items) {
        None if root.is_none() => *root = Some(node),
        None => return None,
        Some(Items::Seq(items)) => items.push(node),
        Some(Items::Map(entries, key @ Some(_))) => {
            if let Some(key) = key.take() {
                entries.push((key, node));
            }
        }
        Some(Items::Map(entries, key)) => {
            // Keys are text here; a repeated key, a merge key or a key
            // of another type is the detailed path's to word.
            let Kind::Str(name) = &node.kind else {
                return None;
            };
            let repeated = entries
                .iter()
                .any(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == name));
            if name == "<<" || entries.len() >= MAX_KEYS || repeated {
                return None;
            }
            *key = Some(node);
        }
    }
    Some(())
}

/// A collection being read.
struct Open {
    span: Span,
    items: Items,
}

enum Items {
    Seq(Vec<Node>),
    /// The entries so far, and the key waiting for its value.
    Map(Vec<(Node, Node)>, Option<Node>),
}

/// The parser settings of both paths: strict indentation rejects the
/// under-indented flow collections and quoted scalars (yaml-test-suite
/// 9C9N, DK95-01, QB6E) that the spec forbids.
pub fn parser_options() -> granit_parser::Options {
    let mut options = granit_parser::Options::default();
    options.strict_indentation = true;
    options
}

/// What a plain (unquoted) scalar is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Plain {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Text,
}

/// A plain scalar's type under YAML 1.2's core schema (`yes` is text), where
/// this is sure to read it as serde-saphyr does; `None` for the forms left to
/// serde-saphyr (`0x1F`, `1_000`, `.5`, `1e3`, `+1`, `012`, `.inf`...).
pub fn classify(s: &str) -> Option<Plain> {
    let kind = match s {
        "" | "~" | "null" | "Null" | "NULL" => Plain::Null,
        "true" | "True" | "TRUE" => Plain::Bool(true),
        "false" | "False" | "FALSE" => Plain::Bool(false),
        _ => {
            // `yes`, `no`, `on`, `off` are text (YAML 1.2, `strict_booleans`);
            // the spellings of infinity and not-a-number are left to serde-saphyr.
            if s.len() <= 8 && matches!(s.to_ascii_lowercase().as_str(), "inf" | "nan" | "infinity")
            {
                return None;
            }
            let first = s.as_bytes()[0];
            if first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.') {
                return number(s);
            }
            Plain::Text
        }
    };
    Some(kind)
}

/// A plain scalar that starts like a number: a whole number, a decimal,
/// or text shaped like a date (`2026-01-05`) or like no number at all
/// (`-x`, `138-0000 0000`); `None` for any other number-like form.
fn number(s: &str) -> Option<Plain> {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let unsigned = s.strip_prefix('-').unwrap_or(s);
    let canonical = |t: &str| digits(t) && (t == "0" || !t.starts_with('0'));
    if canonical(unsigned) {
        // Beyond 18 digits the detailed path decides (a big integer or a float).
        if unsigned.len() > 18 {
            return None;
        }
        return s.parse().ok().map(Plain::Int);
    }
    if let Some((whole, fraction)) = unsigned.split_once('.')
        && canonical(whole)
        && digits(fraction)
        && unsigned.len() <= 17
    {
        return s.parse().ok().map(Plain::Float);
    }
    if is_date(s) {
        return Some(Plain::Text);
    }
    let special = unsigned
        .strip_prefix('+')
        .unwrap_or(unsigned)
        .to_ascii_lowercase();
    if special == ".inf" || special == ".nan" {
        return None;
    }
    // Text with a character no number form uses (a space, a letter other
    // than the exponent and radix ones, CJK) is text to every reader.
    let numberish = |c: char| c.is_ascii_hexdigit() || "+-._:xXoObB".contains(c);
    if s.chars().all(numberish) {
        None
    } else {
        Some(Plain::Text)
    }
}

/// `YYYY-MM-DD`, the shape (not the validity) of a date.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<String> {
        classify(s).map(|k| format!("{k:?}"))
    }

    #[test]
    fn plain_scalars_are_typed_only_when_every_reader_agrees() {
        assert_eq!(kind("12").as_deref(), Some("Int(12)"));
        assert_eq!(kind("-3").as_deref(), Some("Int(-3)"));
        assert_eq!(kind("0").as_deref(), Some("Int(0)"));
        assert_eq!(kind("4.5").as_deref(), Some("Float(4.5)"));
        assert_eq!(kind("2026-01-05").as_deref(), Some("Text"));
        assert_eq!(kind("138-0000 0000").as_deref(), Some("Text"));
        assert_eq!(kind("赵刚").as_deref(), Some("Text"));
        assert_eq!(kind("~").as_deref(), Some("Null"));
        assert_eq!(kind("True").as_deref(), Some("Bool(true)"));
        for unsure in [
            "0x1F",
            "0o17",
            "1_000",
            ".5",
            "1e3",
            "+1",
            "012",
            ".inf",
            "-.inf",
            "1:30",
            "99999999999999999999",
            "1.",
            "nan",
        ] {
            assert_eq!(kind(unsure), None, "{unsure}");
        }
    }

    #[test]
    fn anything_unusual_goes_the_detailed_way() {
        for text in [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: 1\na: 2\n",
            "<<: {a: 1}\n",
            "a: 1\n---\nb: 2\n",
            "{[1]: 2}\n",
            "a: [1\n",
            "a:\n\t- 1\n",
        ] {
            assert!(tree(text).is_none(), "{text:?}");
        }
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(tree(&deep).is_none());
        assert!(tree(&"[".repeat(MAX_DEPTH)).is_none());
    }

    #[test]
    fn spans_are_byte_ranges_of_the_text() {
        let text = "name: 赵刚\nroles: [a, \"b\"]\n";
        let root = tree(text).unwrap();
        let Kind::Map(entries) = &root.kind else {
            panic!("{root:?}")
        };
        let at = |n: &Node| &text[n.span.offset()..n.span.offset() + n.span.len()];
        assert_eq!(at(&entries[0].1), "赵刚");
        let Kind::Seq(items) = &entries[1].1.kind else {
            panic!()
        };
        assert_eq!(at(&items[1]), "\"b\"");
    }
}
