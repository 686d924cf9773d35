//! Appending one interaction to an account file, touching nothing else.
//!
//! No YAML round-trip: the file is parsed only to find where
//! `interactions:` is and how it is written, and the new entry is spliced
//! in as text. Comments, key order, quoting, blank lines and line endings
//! elsewhere stay byte-identical.

use super::yaml::{column, flow_end, line_end, newline, scalar};
use crate::i18n::Msg;
use crate::model::{Date, Intel, InteractionKind};
use crate::yaml::{Kind, Node};

/// The interaction to add.
#[derive(Debug, Clone)]
pub struct NewInteraction {
    pub date: Date,
    pub with: Vec<String>,
    pub by: Option<Vec<String>>,
    pub kind: InteractionKind,
    pub cost: Option<f64>,
    pub intel: Option<Intel>,
    /// Who gave the intel (`from:`), one of `with`.
    pub from: Option<String>,
    pub note: Option<String>,
}

impl NewInteraction {
    fn fields(&self) -> Vec<(&'static str, String)> {
        let list = |v: &[String]| {
            format!(
                "[{}]",
                v.iter().map(|s| scalar(s)).collect::<Vec<_>>().join(", ")
            )
        };
        let mut f = vec![("date", self.date.to_string()), ("with", list(&self.with))];
        if let Some(by) = &self.by {
            f.push(("by", list(by)));
        }
        f.push(("kind", self.kind.to_string()));
        if let Some(cost) = self.cost {
            f.push(("cost", format_number(cost)));
        }
        if let Some(intel) = self.intel {
            f.push(("intel", intel.to_string()));
        }
        if let Some(from) = &self.from {
            f.push(("from", scalar(from)));
        }
        if let Some(note) = &self.note {
            f.push(("note", scalar(note)));
        }
        f
    }

    /// `{ date: …, with: […], kind: … }`
    fn flow(&self) -> String {
        let parts: Vec<String> = self
            .fields()
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        format!("{{ {} }}", parts.join(", "))
    }

    /// `- date: …` and the other keys under it, each line prefixed by `indent`.
    fn block(&self, indent: &str, nl: &str) -> String {
        self.fields()
            .into_iter()
            .enumerate()
            .map(|(i, (k, v))| format!("{indent}{}{k}: {v}", if i == 0 { "- " } else { "  " }))
            .collect::<Vec<_>>()
            .join(nl)
    }
}

fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The furthest byte any part of `node` reaches.
fn end_of(node: &Node) -> usize {
    let own = node.span().offset() + node.span().len();
    match &node.kind {
        Kind::Seq(items) => items.iter().map(end_of).fold(own, usize::max),
        Kind::Map(entries) => entries
            .iter()
            .flat_map(|(k, v)| [end_of(k), end_of(v)])
            .fold(own, usize::max),
        _ => own,
    }
}

/// Why an edit could not be made.
#[derive(Debug)]
pub struct EditError(pub Msg);

/// The column of the `-` that introduces a block sequence item starting at
/// `item` (the parser places a sequence at its first item's content).
fn dash_column(text: &str, item: usize) -> Option<usize> {
    let line_start = text[..item].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..item];
    let dash = before.rfind('-')?;
    before[..dash].chars().all(|c| c == ' ').then_some(dash)
}

/// The indentation block sequences use in this file: that of the first `- `
/// item under a top-level key, else two spaces.
fn sequence_indent(text: &str, root: &Node) -> String {
    if let Kind::Map(entries) = &root.kind {
        for (_, v) in entries {
            if let Kind::Seq(items) = &v.kind
                && let Some(first) = items.first()
                && let Some(col) = dash_column(text, first.span().offset())
            {
                return " ".repeat(col);
            }
        }
    }
    "  ".into()
}

/// Returns `text` with `entry` appended to its interactions.
pub fn append(text: &str, entry: &NewInteraction) -> Result<String, EditError> {
    let root = crate::yaml::tree(text).map_err(|p| EditError(p.message))?;
    let root = &root;
    let nl = newline(text);
    let Kind::Map(entries) = &root.kind else {
        return Err(EditError(Msg::new("edit-top-not-a-mapping")));
    };
    let found = entries
        .iter()
        .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == "interactions"));
    let indent = sequence_indent(text, root);
    let Some((key, value)) = found else {
        // No `interactions:` yet: add it at the end.
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(nl);
        }
        out.push_str("interactions:");
        out.push_str(nl);
        out.push_str(&entry.block(&indent, nl));
        out.push_str(nl);
        return Ok(out);
    };
    if column(text, key.span().offset()) != 0 {
        return Err(EditError(Msg::new("edit-interactions-indented")));
    }
    let at = value.span().offset();
    let splice = |pos: usize, insert: &str| format!("{}{insert}{}", &text[..pos], &text[pos..]);
    match &value.kind {
        Kind::Null | Kind::Missing => {
            let pos = line_end(text, key.span().offset());
            Ok(splice(pos, &format!("{nl}{}", entry.block(&indent, nl))))
        }
        Kind::Seq(items) if text.as_bytes().get(at) == Some(&b'[') => {
            let (close, last) = flow_end(text, at)
                .ok_or_else(|| EditError(Msg::new("edit-interactions-unclosed")))?;
            if items.is_empty() {
                // `interactions: []` becomes a block sequence; a comment after it stays.
                let start = if at > 0 && text.as_bytes()[at - 1] == b' ' {
                    at - 1
                } else {
                    at
                };
                let without = format!("{}{}", &text[..start], &text[close + 1..]);
                let pos = line_end(&without, start);
                let block = entry.block(&indent, nl);
                return Ok(format!("{}{nl}{block}{}", &without[..pos], &without[pos..]));
            }
            let sep = if text.as_bytes()[last] == b',' {
                " "
            } else {
                ", "
            };
            let _ = close;
            Ok(splice(last + 1, &format!("{sep}{}", entry.flow())))
        }
        Kind::Seq(items) => {
            let Some(last_item) = items.last() else {
                return Err(EditError(Msg::new("edit-empty-sequence")));
            };
            let first = items.first().map_or(at, |i| i.span().offset());
            let item_indent =
                " ".repeat(dash_column(text, first).unwrap_or_else(|| column(text, at)));
            let pos = line_end(
                text,
                end_of(last_item)
                    .saturating_sub(1)
                    .max(last_item.span().offset()),
            );
            let flow_items = text.as_bytes().get(last_item.span().offset()) == Some(&b'{');
            let new = if flow_items {
                format!("{item_indent}- {}", entry.flow())
            } else {
                entry.block(&item_indent, nl)
            };
            Ok(splice(pos, &format!("{nl}{new}")))
        }
        _ => Err(EditError(Msg::new("edit-interactions-not-a-list"))),
    }
}
