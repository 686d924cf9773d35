//! The slow path: report every structural problem in a file, not just the first.
//!
//! serde stops at the first error. For a file that failed the fast typed
//! parse, we read it again into a [`Node`] tree (positions on every node) and
//! replay the *same* derived `Deserialize` impls over it with a deserializer
//! that records each problem and substitutes a placeholder so the walk goes
//! on: an unknown key is reported and skipped, a bad enum value becomes the
//! first variant, a missing field is reported and then filled in silently.
//! The model types therefore stay the single description of the format.
//!
//! - `deserializer.rs`: the error-collecting deserializer and its sequence and map access;
//! - `spanned.rs`: serde-saphyr's `Spanned<T>` protocol, so positions survive;
//! - `super::required`: which fields each record must have (from the schema);
//! - `super::wording`: how messages name values and records.
//!
//! The placeholders never leave this module as valid data: a file with any
//! problem recorded here is invalid, and analyses skip it.

mod deserializer;
mod spanned;

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeOwned};

use crate::finding::{Code, Problem};
use crate::i18n::Msg;
use crate::model::Span;
use crate::yaml::Node;

use deserializer::De;
pub(super) use spanned::{SPANNED_NEWTYPE, Spanned};

pub(super) struct Ctx<'s> {
    pub source: &'s str,
    pub problems: RefCell<Vec<Problem>>,
}

impl Ctx<'_> {
    pub fn record(&self, code: Code, span: Span, message: Msg, help: Option<Msg>) {
        self.problems.borrow_mut().push(Problem {
            code,
            span,
            message,
            help,
        });
    }
}

/// Replays `root` into `T`, collecting every problem on the way.
pub fn replay<T: DeserializeOwned>(root: &Node, source: &str) -> (Option<T>, Vec<Problem>) {
    let ctx = Ctx {
        source,
        problems: RefCell::new(Vec::new()),
    };
    let result = T::deserialize(De {
        node: root,
        ctx: &ctx,
    });
    let mut problems = ctx.problems.into_inner();
    let value = match result {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(e.into_problem(root.span()));
            None
        }
    };
    (value, problems)
}

/// Errors the derived impls raise while we replay; most are recovered from.
#[derive(Debug)]
pub(super) enum DeError {
    MissingField(&'static str),
    UnknownVariant(String),
    Custom(String, Option<Span>),
}

impl DeError {
    pub fn into_problem(self, fallback: Span) -> Problem {
        let (message, span) = match self {
            DeError::MissingField(f) => (
                Msg::new("replay-missing-field-bare").text("field", f),
                fallback,
            ),
            DeError::UnknownVariant(v) => (
                Msg::new("replay-unexpected-value").text("value", v),
                fallback,
            ),
            DeError::Custom(m, span) => (
                Msg::new("replay-other").text("detail", m),
                span.unwrap_or(fallback),
            ),
        };
        Problem {
            code: Code::InvalidValue,
            span,
            message,
            help: None,
        }
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeError::MissingField(field) => write!(f, "missing field `{field}`"),
            DeError::UnknownVariant(v) => write!(f, "unknown value `{v}`"),
            DeError::Custom(m, _) => f.write_str(m),
        }
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::Custom(msg.to_string(), None)
    }
    fn missing_field(field: &'static str) -> Self {
        DeError::MissingField(field)
    }
    fn unknown_variant(variant: &str, _expected: &'static [&'static str]) -> Self {
        DeError::UnknownVariant(variant.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Account, Sp, Text};

    fn run(text: &str) -> (Option<Account>, Vec<Problem>) {
        let root = crate::yaml::tree(text).unwrap();
        replay::<Account>(&root, text)
    }

    #[test]
    fn three_bad_values_are_three_problems() {
        let text = "account: A\nowner: o\nstakeholders:\n  - id: a\n    name: A\n    level: boss\n    stance: { us: mentr }\n    roles: [decidr]\n";
        let (account, problems) = run(text);
        let found: Vec<(Code, &str)> = problems
            .iter()
            .map(|p| {
                (
                    p.code,
                    &text[p.span.offset()..p.span.offset() + p.span.len()],
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (Code::InvalidValue, "boss"),
                (Code::InvalidValue, "mentr"),
                (Code::InvalidValue, "decidr")
            ]
        );
        // The walk went on: the rest of the record was read.
        assert_eq!(account.unwrap().stakeholders[0].name.value, "A");
    }

    /// Pins serde-saphyr's private `Spanned<T>` protocol, which the replay
    /// speaks: if an upgrade changes it, positions on the slow path break here.
    #[test]
    fn spans_survive_the_replay() {
        let text = "account: A\nowner: o\nbogus: 1\nstakeholders:\n  - id: zhao\n    name: 赵刚\n    level: staff\n    reports_to: wang\n    stance: { us: 帮 }\n";
        let (account, problems) = run(text);
        assert_eq!(problems.len(), 1);
        let s = &account.unwrap().stakeholders.value[0];
        let at = |sp: &Sp<Text>| &text[sp.span.offset()..sp.span.offset() + sp.span.len()];
        assert_eq!(at(&s.id), "zhao");
        assert_eq!(at(&s.name), "赵刚");
        assert_eq!(at(s.reports_to.as_ref().unwrap()), "wang");
    }

    #[test]
    fn each_missing_field_is_named() {
        let text = "stakeholders:\n  - name: A\n";
        let (_, problems) = run(text);
        let messages: Vec<String> = problems
            .iter()
            .map(|p| p.message.render(crate::model::Lang::En))
            .collect();
        assert_eq!(
            messages,
            [
                "The account is missing required field `account`",
                "The account is missing required field `owner`",
                "This stakeholder is missing required field `id`",
                "This stakeholder is missing required field `level`",
                "This stakeholder is missing required field `stance`",
            ]
        );
    }
}
