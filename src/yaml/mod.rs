//! YAML reading shared by the loader and the editors: the budgets that keep
//! hostile input cheap, the positioned node tree, and parser errors as
//! problems with a position.

mod events;
mod explain;
mod node;

use serde::de::DeserializeOwned;
use serde_saphyr::Error as YamlError;

pub use events::{Plain, classify, parser_options};
pub use node::{Kind, Node};

use crate::finding::{Code, Problem};
use crate::i18n::Msg;
use crate::model::Span;

/// Deepest nesting accepted; an account file needs about five levels.
pub const MAX_DEPTH: usize = 64;

/// Most values in one file: far above any real account.
pub const MAX_NODES: usize = 1_000_000;

/// A mapping with more keys than this is left to the detailed path, so the
/// event path's repeated-key check (a scan of the keys so far) stays linear.
pub const MAX_KEYS: usize = 32;

/// Limits that keep hostile YAML cheap: an account file is a few thousand
/// nodes, so these are far above any real file and far below harm.
fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_events: 4_000_000,
            max_aliases: 10_000,
            max_anchors: 10_000,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 200_000,
            max_replay_stack_depth: 32,
        },
        with_snippet: false,
        // Rejects the under-indented flow collections and quoted scalars
        // (yaml-test-suite 9C9N, DK95-01, QB6E) that the spec forbids.
        strict_indentation: true,
        ignore_binary_tag_for_string: true,
        // `2025` or `yes` is not text: a text field needs quotes for it, as
        // the JSON Schema (and every YAML tool that types scalars) reads it.
        no_schema: true,
        // YAML 1.2: only true/false are booleans; `yes`, `no`, `y`, `n`,
        // `on`, `off` are text, as editors and JSON Schema tools read them.
        strict_booleans: true,
    }
}

/// Reads `text` straight into `T` (the fast path): the first problem only.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Problem> {
    serde_saphyr::from_str_with_options::<T>(text, options()).map_err(|e| problem(&e, text))
}

/// The positioned node tree of a text: straight from the parser's events
/// when the text is plain YAML, else through serde-saphyr.
pub fn tree(text: &str) -> Result<Node, Problem> {
    match events::tree(text) {
        Some(root) => Ok(root),
        None => detailed_tree(text),
    }
}

/// The node tree through serde-saphyr alone (anchors, merges, budgets,
/// every error worded).
pub fn detailed_tree(text: &str) -> Result<Node, Problem> {
    from_str::<Node>(text)
}

/// The tree straight from the parser's events, or `None` when the text
/// needs the detailed path.
pub fn fast_tree(text: &str) -> Option<Node> {
    events::tree(text)
}

/// Only comments, blank lines and document markers.
pub fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let t = line.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// A parser or budget error as a problem with a position.
pub fn problem(error: &YamlError, text: &str) -> Problem {
    let inner = innermost(error);
    let detail = plain_message(inner);
    let parser = || Msg::new("yaml-parser").text("detail", &detail);
    let (code, message) = match inner {
        YamlError::Budget { breach, .. } => {
            use serde_saphyr::budget::BudgetBreach as B;
            let message = match breach {
                B::Depth { .. } => Msg::new("yaml-too-deep").number("depth", MAX_DEPTH),
                B::Aliases { .. } | B::Anchors { .. } => Msg::new("yaml-too-many-aliases"),
                B::Nodes { .. } | B::Events { .. } => Msg::new("yaml-too-many-values"),
                _ => parser(),
            };
            (Code::YamlLimit, message)
        }
        YamlError::AliasReplayCounterOverflow { .. }
        | YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. } => {
            (Code::YamlLimit, Msg::new("yaml-alias-bomb"))
        }
        YamlError::DuplicateMappingKey { .. } => {
            // The parser's advice is for programmers; say it in the file's terms.
            let head = detail
                .split_once(", set ")
                .map_or(detail.as_str(), |(h, _)| h);
            let message = match head.strip_prefix("duplicate mapping key: ") {
                // A second `id:` in one entry: the `- ` of the next one left out.
                Some("id") => Msg::new("yaml-duplicate-id"),
                Some(key) => Msg::new("yaml-duplicate-key").text("key", key),
                None => parser(),
            };
            (Code::DuplicateKey, message)
        }
        YamlError::MultipleDocuments { .. } => {
            (Code::MultipleDocuments, Msg::new("yaml-multiple-documents"))
        }
        _ if detail.contains("recursion limit") || detail.contains("nesting limit") => (
            Code::YamlLimit,
            Msg::new("yaml-nested-too-deeply").text("detail", &detail),
        ),
        _ if detail.contains("tab") => (
            Code::YamlSyntax,
            Msg::new("yaml-tab").text("detail", &detail),
        ),
        _ => (Code::YamlSyntax, parser()),
    };
    let mut span = error
        .location()
        .map(|l| Span::from_location_in(&l, text))
        .unwrap_or_default();
    // The parser may stop at the end of the scalar before the tab (the line
    // above); point at the tab itself, which is what the user must change.
    let tab = code == Code::YamlSyntax && detail.contains("tab");
    if tab && let Some(at) = tab_at(text, span.offset()) {
        span = Span::new(at, 1);
    }
    let help = match code {
        Code::YamlLimit => "yaml-limit-help",
        Code::DuplicateKey if message.key == "yaml-duplicate-id" => "yaml-duplicate-id-help",
        Code::DuplicateKey => "yaml-duplicate-key-help",
        Code::MultipleDocuments => "yaml-multiple-documents-help",
        _ if tab => "yaml-tab-help",
        _ => "yaml-syntax-help",
    };
    // A syntax error people make, said in plain words where one fits.
    if code == Code::YamlSyntax
        && !tab
        && let Some(plain) = explain::explain(text, span.offset().min(text.len()), &detail)
    {
        return Problem {
            code,
            span: plain.span,
            message: plain.message,
            help: Some(plain.help),
        };
    }
    Problem {
        code,
        span,
        message,
        help: Some(Msg::new(help)),
    }
}

/// Where the tab is that the parser stopped near `offset`: in the line's
/// indentation, else the next one ahead.
fn tab_at(text: &str, offset: usize) -> Option<usize> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let indent_end = text[line_start..]
        .find(|c: char| c != ' ' && c != '\t')
        .map_or(text.len(), |i| line_start + i);
    let in_indent = text[line_start..indent_end.max(line_start)].find('\t');
    in_indent.map(|i| line_start + i).or_else(|| {
        text.get(offset..)
            .and_then(|rest| rest.find('\t'))
            .map(|i| offset + i)
    })
}

fn innermost(error: &YamlError) -> &YamlError {
    match error.without_snippet() {
        YamlError::AliasError { error, .. } => innermost(error),
        other => other,
    }
}

/// The error's message without serde-saphyr's " at line X column Y" suffix:
/// our diagnostics carry the position themselves.
fn plain_message(error: &YamlError) -> String {
    let text = error.to_string();
    let text = match text.find(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    text.trim().to_string()
}
