//! Text → typed model, fast when the file is right, thorough when it is not.
//!
//! The fast path deserialises straight into the model. Only when that fails
//! do we pay for the slow path ([`super::replay`]) that finds every problem.

use serde::de::DeserializeOwned;

use super::replay;
use crate::finding::{Code, Problem};
use crate::model::Span;
use crate::yaml::{self, Kind, Node};

/// What parsing one file gave.
pub struct Parsed<T> {
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
pub fn parse<T: DeserializeOwned>(text: &str) -> Parsed<T> {
    if yaml::is_blank(text) {
        return Parsed::failed(Problem {
            code: Code::EmptyFile,
            span: Span::default(),
            message: "the file is empty".into(),
            help: Some("an account needs at least `account:`, `owner:` and `stakeholders:`; copy one from example-accounts/ to start".into()),
        });
    }
    let fast_error = match yaml::from_str::<T>(text) {
        Ok(value) => {
            return Parsed {
                value: Some(value),
                problems: Vec::new(),
            };
        }
        Err(problem) => problem,
    };
    // A limit breach would only be hit again, at the same cost.
    if fast_error.code == Code::YamlLimit {
        return Parsed::failed(fast_error);
    }
    let root = match yaml::tree(text) {
        Ok(root) => root,
        Err(problem) => return Parsed::failed(problem),
    };
    if !matches!(root.kind, Kind::Map(_)) {
        return Parsed::failed(not_a_mapping(&root));
    }
    let (value, mut problems) = replay::replay::<T>(&root, text);
    if problems.is_empty() {
        // The two readers disagree; trust the stricter one.
        problems.push(Problem {
            code: Code::InvalidValue,
            ..fast_error
        });
    }
    Parsed { value, problems }
}

fn not_a_mapping(root: &Node) -> Problem {
    let found = match root.kind {
        Kind::Seq(_) => "a list",
        Kind::Null | Kind::Missing => "nothing",
        _ => "a single value",
    };
    Problem {
        code: Code::NotAMapping,
        span: root.span(),
        message: format!("the top level must be a mapping of fields, found {found}"),
        help: Some("an account file starts with `account: <name>` at the left margin".into()),
    }
}
