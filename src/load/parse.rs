//! Text → typed model, fast when the file is right, thorough when it is not.
//!
//! The fast path deserialises straight into the model. Only when that fails
//! do we pay for the slow path ([`super::collect`]) that finds every problem.

use serde::de::DeserializeOwned;
use serde_saphyr::Error as YamlError;

use super::collect::{Kind, Node, Problem, collect};
use crate::finding::Code;
use crate::model::Span;

/// Deepest nesting accepted; an account file needs about five levels.
const MAX_DEPTH: usize = 64;

/// Limits that keep hostile YAML cheap: an account file is a few thousand
/// nodes, so these are far above any real file and far below harm.
fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            max_nodes: 1_000_000,
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
    }
}

/// What parsing one file gave.
pub(crate) struct Parsed<T> {
    /// The model; with problems, placeholders stand in for the bad values.
    pub value: Option<T>,
    /// Structural problems; none means `value` is exactly the file.
    pub problems: Vec<Problem>,
}

impl<T> Parsed<T> {
    fn failed(problem: Problem) -> Self {
        Self {
            value: None,
            problems: vec![problem],
        }
    }
}

/// Parses one file's text, explaining everything wrong with it.
pub(crate) fn parse<T: DeserializeOwned>(text: &str) -> Parsed<T> {
    if is_blank(text) {
        return Parsed::failed(Problem {
            code: Code::EmptyFile,
            span: Span::default(),
            message: "the file is empty".into(),
            help: Some("an account needs at least `account:`, `owner:` and `stakeholders:`; copy one from example-accounts/ to start".into()),
        });
    }
    let fast_error = match serde_saphyr::from_str_with_options::<T>(text, options()) {
        Ok(value) => {
            return Parsed {
                value: Some(value),
                problems: Vec::new(),
            };
        }
        Err(e) => e,
    };
    // A limit breach would only be hit again, at the same cost.
    let problem = yaml_problem(&fast_error, text);
    if problem.code == Code::YamlLimit {
        return Parsed::failed(problem);
    }
    let root = match serde_saphyr::from_str_with_options::<Node>(text, options()) {
        Ok(root) => root,
        Err(e) => return Parsed::failed(yaml_problem(&e, text)),
    };
    if !matches!(root.kind, Kind::Map(_)) {
        let found = match root.kind {
            Kind::Seq(_) => "a list",
            Kind::Null | Kind::Missing => "nothing",
            _ => "a single value",
        };
        return Parsed::failed(Problem {
            code: Code::NotAMapping,
            span: root.span(),
            message: format!("the top level must be a mapping of fields, found {found}"),
            help: Some("an account file starts with `account: <name>` at the left margin".into()),
        });
    }
    let (value, mut problems) = collect::<T>(&root, text);
    if problems.is_empty() {
        // The two readers disagree; trust the stricter one.
        let mut p = yaml_problem(&fast_error, text);
        p.code = Code::InvalidValue;
        problems.push(p);
    }
    Parsed { value, problems }
}

/// The positioned node tree of a file, for editors that must change a file
/// in place without re-serialising it.
pub(crate) fn tree(text: &str) -> Result<Node, Problem> {
    serde_saphyr::from_str_with_options::<Node>(text, options()).map_err(|e| yaml_problem(&e, text))
}

pub(crate) fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let t = line.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// A parser or budget error as a problem with a position.
fn yaml_problem(error: &YamlError, text: &str) -> Problem {
    let inner = innermost(error);
    let mut message = plain_message(inner);
    let code = match inner {
        YamlError::Budget { breach, .. } => {
            use serde_saphyr::budget::BudgetBreach as B;
            message = match breach {
                B::Depth { .. } => format!("nested more than {MAX_DEPTH} levels deep"),
                B::Aliases { .. } | B::Anchors { .. } => "too many anchors or aliases".into(),
                B::Nodes { .. } | B::Events { .. } => "too many values for one account file".into(),
                _ => message,
            };
            Code::YamlLimit
        }
        YamlError::AliasReplayCounterOverflow { .. }
        | YamlError::AliasReplayLimitExceeded { .. }
        | YamlError::AliasExpansionLimitExceeded { .. }
        | YamlError::AliasReplayStackDepthExceeded { .. } => {
            message = "aliases expand to far more data than an account file holds (an alias bomb?)"
                .into();
            Code::YamlLimit
        }
        YamlError::DuplicateMappingKey { .. } => Code::DuplicateKey,
        YamlError::MultipleDocuments { .. } => Code::MultipleDocuments,
        _ if message.contains("recursion limit") || message.contains("nesting limit") => {
            message = format!("nested too deeply ({message})");
            Code::YamlLimit
        }
        _ => Code::YamlSyntax,
    };
    let span = error
        .location()
        .map(|l| Span::from_location_in(&l, text))
        .unwrap_or_default();
    let help = match code {
        Code::YamlLimit => "account files need no deep nesting or mass aliases; simplify the file",
        Code::DuplicateKey => "keep one of the two entries",
        Code::MultipleDocuments => "put each account in its own file",
        _ if message.contains("tab") => {
            "indent with spaces; YAML does not allow tabs for indentation"
        }
        _ => "fix the YAML syntax at this position",
    };
    Problem {
        code,
        span,
        message,
        help: Some(help.into()),
    }
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
