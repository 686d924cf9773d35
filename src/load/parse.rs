//! Text → typed model, fast when the file is right, thorough when it is not.
//!
//! Three ways in, cheapest first:
//! - the event path ([`super::stream`]): the model straight from the
//!   parser's events, taken when the file is plain YAML and right;
//! - serde-saphyr straight into the model, for everything else (anchors,
//!   merges, unusual scalars) and to confirm a failure;
//! - only when that fails, the slow path ([`super::replay`]) over
//!   serde-saphyr's tree, which finds every problem.
//!
//! A file that the event path does not take reads exactly as it did before
//! the event path existed, so diagnostics never depend on which path ran;
//! `tests/fast_path.rs` checks that both give the same model.

use serde::de::DeserializeOwned;

use super::replay;
use crate::finding::{Code, Problem};
use crate::i18n::{Msg, MsgArg};
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
    if event_path()
        && let Some(value) = super::stream::from_str::<T>(text)
    {
        return Parsed {
            value: Some(value),
            problems: Vec::new(),
        };
    }
    parse_detailed(text)
}

/// Whether the event path is tried: always, but for the benchmarks'
/// side-by-side run, `GUANXI_BENCH_PATH=detailed` (read once, only with
/// the `hooks` feature), which times the same files read the way they
/// were before it.
#[cfg(feature = "hooks")]
fn event_path() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("GUANXI_BENCH_PATH").is_none_or(|v| v != "detailed"))
}

#[cfg(not(feature = "hooks"))]
fn event_path() -> bool {
    true
}

/// [`parse`] without the event path: serde-saphyr, then the slow path.
#[doc(hidden)]
pub fn parse_detailed<T: DeserializeOwned>(text: &str) -> Parsed<T> {
    if yaml::is_blank(text) {
        return Parsed::failed(Problem {
            code: Code::EmptyFile,
            span: Span::default(),
            message: Msg::new("read-empty-file"),
            help: Some(Msg::new("read-empty-file-help")),
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
    let root = match yaml::detailed_tree(text) {
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
        Kind::Seq(_) => "value-a-list",
        Kind::Null | Kind::Missing => "value-nothing",
        _ => "value-a-single-value",
    };
    Problem {
        code: Code::NotAMapping,
        span: root.span(),
        message: Msg::new("read-not-a-mapping").arg("found", MsgArg::msg(Msg::new(found))),
        help: Some(Msg::new("read-not-a-mapping-help")),
    }
}
