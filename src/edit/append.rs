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
    /// The entry's fields as written: closed values in Chinese when the
    /// file writes its own that way (`kind: 宴请` beside `kind: 拜访`).
    fn fields(&self, chinese: bool) -> Vec<(&'static str, String)> {
        let word = |name: &'static str, alias: Option<&'static str>| {
            if chinese { alias.unwrap_or(name) } else { name }.to_string()
        };
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
        f.push(("kind", word(self.kind.as_str(), self.kind.alias())));
        if let Some(cost) = self.cost {
            f.push(("cost", format_number(cost)));
        }
        if let Some(intel) = self.intel {
            f.push(("intel", word(intel.as_str(), intel.alias())));
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
    fn flow(&self, chinese: bool) -> String {
        let parts: Vec<String> = self
            .fields(chinese)
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        format!("{{ {} }}", parts.join(", "))
    }

    /// `- date: …` and the other keys under it, each line prefixed by `indent`.
    fn block(&self, indent: &str, nl: &str, chinese: bool) -> String {
        self.fields(chinese)
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
pub(super) fn end_of(node: &Node) -> usize {
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

/// The closed fields, whose values have Chinese names.
const CLOSED: &[&str] = &[
    "kind", "level", "us", "stage", "function", "horizon", "intel", "roles",
];

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// How many values of `field` (with `None`, of any closed field) the file
/// writes in Chinese, and how many otherwise.
fn value_languages(node: &Node, field: Option<&str>) -> (usize, usize) {
    let wanted = |k: &Node| match &k.kind {
        Kind::Str(s) => field.map_or(CLOSED.contains(&s.as_str()), |f| f == s),
        _ => false,
    };
    let count = |v: &Node| -> (usize, usize) {
        let one = |s: &str| if has_cjk(s) { (1, 0) } else { (0, 1) };
        match &v.kind {
            Kind::Str(s) => one(s),
            Kind::Seq(items) => items.iter().fold((0, 0), |(z, e), i| match &i.kind {
                Kind::Str(s) => {
                    let (a, b) = one(s);
                    (z + a, e + b)
                }
                _ => (z, e),
            }),
            _ => (0, 0),
        }
    };
    let add = |(a, b): (usize, usize), (c, d): (usize, usize)| (a + c, b + d);
    match &node.kind {
        Kind::Map(entries) => entries.iter().fold((0, 0), |sum, (k, v)| {
            let own = if wanted(k) { count(v) } else { (0, 0) };
            add(add(sum, own), value_languages(v, field))
        }),
        Kind::Seq(items) => items
            .iter()
            .fold((0, 0), |sum, i| add(sum, value_languages(i, field))),
        _ => (0, 0),
    }
}

/// Whether a new interaction's kind and intel are written in Chinese: as
/// most of the file's kinds are, else most of its closed values (stances,
/// levels, roles); English on a tie or with none.
fn written_in_chinese(root: &Node) -> bool {
    chinese_field(root, "kind")
}

/// An item to add to a top-level list, as a flow mapping or as a block.
pub trait Item {
    /// `{ a: …, b: … }`
    fn flow(&self) -> String;
    /// `- a: …` and the other keys under it, each line prefixed by `indent`.
    fn block(&self, indent: &str, nl: &str) -> String;
}

/// An interaction with the file's language chosen.
struct Written<'a>(&'a NewInteraction, bool);

impl Item for Written<'_> {
    fn flow(&self) -> String {
        self.0.flow(self.1)
    }
    fn block(&self, indent: &str, nl: &str) -> String {
        self.0.block(indent, nl, self.1)
    }
}

/// Returns `text` with `entry` appended to its interactions.
pub fn append(text: &str, entry: &NewInteraction) -> Result<String, EditError> {
    let root = crate::yaml::tree(text).map_err(|p| EditError(p.message))?;
    let chinese = written_in_chinese(&root);
    append_to(text, &root, "interactions", &Written(entry, chinese))
}

/// Whether the file writes the values of `field` in Chinese: as most of
/// them are written, else as most of its closed values are; English on a
/// tie or with none.
pub fn chinese_field(root: &Node, field: &str) -> bool {
    let (zh, en) = match value_languages(root, Some(field)) {
        (0, 0) => value_languages(root, None),
        counts => counts,
    };
    zh > en
}

/// Returns `text` with `item` appended to the top-level list `key`
/// (made when missing), written as the list's items are: flow after flow
/// items, a block after block items; `key: []` becomes a block list.
pub fn append_to(
    text: &str,
    root: &Node,
    key_name: &str,
    item: &dyn Item,
) -> Result<String, EditError> {
    let nl = newline(text);
    let Kind::Map(entries) = &root.kind else {
        return Err(EditError(Msg::new("edit-top-not-a-mapping")));
    };
    let found = entries
        .iter()
        .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == key_name));
    let indent = sequence_indent(text, root);
    let Some((key, value)) = found else {
        // No `interactions:` yet: add it at the end.
        let mut out = text.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str(nl);
        }
        out.push_str(key_name);
        out.push(':');
        out.push_str(nl);
        out.push_str(&item.block(&indent, nl));
        out.push_str(nl);
        return Ok(out);
    };
    if column(text, key.span().offset()) != 0 {
        return Err(EditError(
            Msg::new("edit-interactions-indented").text("key", key_name),
        ));
    }
    let at = value.span().offset();
    let splice = |pos: usize, insert: &str| format!("{}{insert}{}", &text[..pos], &text[pos..]);
    match &value.kind {
        Kind::Null | Kind::Missing => {
            let pos = line_end(text, key.span().offset());
            Ok(splice(pos, &format!("{nl}{}", item.block(&indent, nl))))
        }
        Kind::Seq(items) if text.as_bytes().get(at) == Some(&b'[') => {
            let (close, last) = flow_end(text, at).ok_or_else(|| {
                EditError(Msg::new("edit-interactions-unclosed").text("key", key_name))
            })?;
            if items.is_empty() {
                // `interactions: []` becomes a block sequence; a comment after it stays.
                let start = if at > 0 && text.as_bytes()[at - 1] == b' ' {
                    at - 1
                } else {
                    at
                };
                let without = format!("{}{}", &text[..start], &text[close + 1..]);
                let pos = line_end(&without, start);
                let block = item.block(&indent, nl);
                return Ok(format!("{}{nl}{block}{}", &without[..pos], &without[pos..]));
            }
            let sep = if text.as_bytes()[last] == b',' {
                " "
            } else {
                ", "
            };
            let _ = close;
            Ok(splice(last + 1, &format!("{sep}{}", item.flow())))
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
                format!("{item_indent}- {}", item.flow())
            } else {
                item.block(&item_indent, nl)
            };
            Ok(splice(pos, &format!("{nl}{new}")))
        }
        _ => Err(EditError(Msg::new("edit-interactions-not-a-list"))),
    }
}
