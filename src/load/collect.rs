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
//! The placeholders never leave this module as valid data: a file with any
//! problem recorded here is invalid, and analyses skip it.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use serde::{Deserialize, Deserializer};
use serde_saphyr::Location;

use crate::finding::Code;
use crate::model::{DATE_NEWTYPE, Date, Span, names_of};

/// serde-saphyr's private newtype name for `Spanned<T>` (pinned by a test).
const SPANNED_NEWTYPE: &str = "__yaml_spanned";
const SPANNED_MARKER: &str = "__serde_saphyr_private_spanned";

/// A parsed YAML node with its position.
#[derive(Debug)]
pub(crate) struct Node {
    pub kind: Kind,
    pub loc: Location,
}

#[derive(Debug)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// Stands in for a field the file does not have.
    Missing,
}

impl Node {
    pub fn span(&self) -> Span {
        Span::from_location(&self.loc)
    }

    fn describe(&self, source: &str) -> String {
        match &self.kind {
            Kind::Null => "nothing (an empty value)".into(),
            Kind::Bool(b) => format!("`{b}`"),
            Kind::Int(_) | Kind::Float(_) => format!("the number `{}`", self.raw(source)),
            Kind::Str(s) => format!("the text `{}`", shorten(s)),
            Kind::Seq(_) => "a list".into(),
            Kind::Map(_) => "a mapping".into(),
            Kind::Missing => "nothing".into(),
        }
    }

    /// The scalar as written, for a number or boolean read into a text field.
    fn raw(&self, source: &str) -> String {
        match &self.kind {
            Kind::Str(s) => s.clone(),
            Kind::Bool(b) => b.to_string(),
            _ => {
                let span = self.span();
                source
                    .get(span.offset..span.offset + span.len)
                    .map(str::to_string)
                    .unwrap_or_else(|| match &self.kind {
                        Kind::Int(i) => i.to_string(),
                        Kind::Float(f) => f.to_string(),
                        _ => String::new(),
                    })
            }
        }
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<Kind>::deserialize(d)?;
        Ok(Node {
            kind: spanned.value,
            loc: spanned.referenced,
        })
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KindVisitor;
        impl<'de> Visitor<'de> for KindVisitor {
            type Value = Kind;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_unit<E>(self) -> Result<Kind, E> {
                Ok(Kind::Null)
            }
            fn visit_none<E>(self) -> Result<Kind, E> {
                Ok(Kind::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Kind, D::Error> {
                Kind::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Kind, E> {
                Ok(Kind::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Kind, E> {
                Ok(Kind::Int(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Kind, E> {
                Ok(Kind::Int(v.into()))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Kind, E> {
                Ok(Kind::Int(v))
            }
            fn visit_u128<E>(self, v: u128) -> Result<Kind, E> {
                Ok(Kind::Int(i128::try_from(v).unwrap_or(i128::MAX)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Kind, E> {
                Ok(Kind::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Kind, E> {
                Ok(Kind::Str(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Kind, E> {
                Ok(Kind::Str(v))
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Kind, E> {
                Ok(Kind::Str(String::from_utf8_lossy(v).into_owned()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Kind, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Node>()? {
                    items.push(item);
                }
                Ok(Kind::Seq(items))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Kind, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<Node, Node>()? {
                    entries.push(entry);
                }
                Ok(Kind::Map(entries))
            }
        }
        d.deserialize_any(KindVisitor)
    }
}

/// One structural problem found by the replay.
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub code: Code,
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

struct Ctx<'s> {
    source: &'s str,
    problems: RefCell<Vec<Problem>>,
}

impl Ctx<'_> {
    fn record(&self, code: Code, span: Span, message: String, help: Option<String>) {
        self.problems.borrow_mut().push(Problem {
            code,
            span,
            message,
            help,
        });
    }
}

/// Replays `root` into `T`, collecting every problem on the way.
pub(crate) fn collect<T: DeserializeOwned>(root: &Node, source: &str) -> (Option<T>, Vec<Problem>) {
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
pub(crate) enum DeError {
    MissingField(&'static str),
    UnknownVariant(String),
    Custom(String, Option<Span>),
}

impl DeError {
    fn into_problem(self, fallback: Span) -> Problem {
        let (message, span) = match self {
            DeError::MissingField(f) => (format!("missing required field `{f}`"), fallback),
            DeError::UnknownVariant(v) => (format!("unexpected value `{v}`"), fallback),
            DeError::Custom(m, span) => (m, span.unwrap_or(fallback)),
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

/// The error-collecting deserializer over one node.
struct De<'a, 's> {
    node: &'a Node,
    ctx: &'a Ctx<'s>,
}

impl<'a, 's> De<'a, 's> {
    fn at(&self, node: &'a Node) -> Self {
        De {
            node,
            ctx: self.ctx,
        }
    }

    fn wrong_type(&self, expected: &str) {
        if matches!(self.node.kind, Kind::Missing) {
            return;
        }
        let found = self.node.describe(self.ctx.source);
        let scalar = matches!(
            self.node.kind,
            Kind::Str(_) | Kind::Int(_) | Kind::Float(_) | Kind::Bool(_)
        );
        let help = if expected == "a list" && scalar {
            format!("write it as a list: `[{}]`", self.node.raw(self.ctx.source))
        } else {
            format!("write {expected} here")
        };
        self.ctx.record(
            Code::WrongType,
            self.node.span(),
            format!("expected {expected}, found {found}"),
            Some(help),
        );
    }

    fn int_in(&self, min: i128, max: i128) -> i128 {
        match &self.node.kind {
            Kind::Int(i) if (min..=max).contains(i) => *i,
            Kind::Int(i) => {
                self.ctx.record(
                    Code::OutOfRange,
                    self.node.span(),
                    format!("{i} is out of range: allowed is {min} to {max}"),
                    None,
                );
                0
            }
            _ => {
                self.wrong_type("a whole number");
                0
            }
        }
    }
}

macro_rules! int_method {
    ($method:ident, $visit:ident, $t:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            let v = self.int_in(<$t>::MIN as i128, <$t>::MAX as i128);
            visitor.$visit(v as $t)
        }
    };
}

impl<'de> Deserializer<'de> for De<'_, '_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Null | Kind::Missing => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::Int(i) => visitor.visit_i128(*i),
            Kind::Float(f) => visitor.visit_f64(*f),
            Kind::Str(s) => visitor.visit_str(s),
            Kind::Seq(items) => visitor.visit_seq(SeqAcc::new(&self, items)),
            Kind::Map(entries) => visitor.visit_map(MapAcc::new(
                &self,
                entries.iter().map(|(k, v)| (k, v)).collect(),
            )),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::Str(s) => match s.to_ascii_lowercase().as_str() {
                "true" | "yes" | "y" | "on" => visitor.visit_bool(true),
                "false" | "no" | "n" | "off" => visitor.visit_bool(false),
                _ => {
                    self.wrong_type("true or false");
                    visitor.visit_bool(false)
                }
            },
            _ => {
                self.wrong_type("true or false");
                visitor.visit_bool(false)
            }
        }
    }

    int_method!(deserialize_i8, visit_i8, i8);
    int_method!(deserialize_i16, visit_i16, i16);
    int_method!(deserialize_i32, visit_i32, i32);
    int_method!(deserialize_i64, visit_i64, i64);
    int_method!(deserialize_u8, visit_u8, u8);
    int_method!(deserialize_u16, visit_u16, u16);
    int_method!(deserialize_u32, visit_u32, u32);
    int_method!(deserialize_u64, visit_u64, u64);

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Int(i) => visitor.visit_f64(*i as f64),
            Kind::Float(f) => visitor.visit_f64(*f),
            _ => {
                self.wrong_type("a number");
                visitor.visit_f64(0.0)
            }
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Str(s) => visitor.visit_str(s),
            Kind::Bool(_) | Kind::Int(_) | Kind::Float(_) => {
                visitor.visit_string(self.node.raw(self.ctx.source))
            }
            _ => {
                self.wrong_type("text");
                visitor.visit_str("")
            }
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Null | Kind::Missing => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if !matches!(self.node.kind, Kind::Null | Kind::Missing) {
            self.wrong_type("nothing");
        }
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match name {
            SPANNED_NEWTYPE => visitor.visit_newtype_struct(SpannedReplay(self)),
            DATE_NEWTYPE => {
                let text = match &self.node.kind {
                    Kind::Str(s) => Some(s.clone()),
                    Kind::Missing => None,
                    _ => {
                        self.wrong_type("a date written YYYY-MM-DD");
                        None
                    }
                };
                let valid = match text {
                    Some(t) => match Date::parse(&t) {
                        Ok(_) => t,
                        Err(message) => {
                            self.ctx.record(
                                Code::InvalidDate,
                                self.node.span(),
                                message,
                                Some("write the date as YYYY-MM-DD, a day that exists".into()),
                            );
                            PLACEHOLDER_DATE.into()
                        }
                    },
                    None => PLACEHOLDER_DATE.into(),
                };
                visitor.visit_newtype_struct(IntoDeserializer::<DeError>::into_deserializer(valid))
            }
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Seq(items) => visitor.visit_seq(SeqAcc::new(&self, items)),
            _ => {
                self.wrong_type("a list");
                visitor.visit_seq(SeqAcc::new(&self, &[]))
            }
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Map(entries) => visitor.visit_map(MapAcc::new(
                &self,
                entries.iter().map(|(k, v)| (k, v)).collect(),
            )),
            _ => {
                self.wrong_type("a mapping");
                visitor.visit_map(MapAcc::new(&self, Vec::new()))
            }
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let mut entries: Vec<(&Node, &Node)> = Vec::new();
        match &self.node.kind {
            Kind::Map(all) => {
                for (key, value) in all {
                    let key_text = key.raw(self.ctx.source);
                    if fields.contains(&key_text.as_str()) {
                        entries.push((key, value));
                        continue;
                    }
                    let help = match crate::suggest::closest(&key_text, fields.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => format!("the fields here are: {}", fields.join(", ")),
                    };
                    self.ctx.record(
                        Code::UnknownField,
                        key.span(),
                        format!(
                            "unknown field `{}` in {}",
                            shorten(&key_text),
                            what_struct(name)
                        ),
                        Some(help),
                    );
                }
            }
            Kind::Missing => {}
            _ => self.wrong_type("a mapping"),
        }
        // serde would name only the first missing field and give up on the
        // record; instead report each one and stand in a placeholder.
        let mut placeholders: Vec<(Node, Node)> = Vec::new();
        for field in required_fields(name) {
            let present = entries
                .iter()
                .any(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == field));
            if present {
                continue;
            }
            if matches!(self.node.kind, Kind::Map(_)) {
                self.ctx.record(
                    Code::MissingField,
                    self.node.span(),
                    format!(
                        "{} is missing required field `{field}`",
                        capitalise(what_struct(name))
                    ),
                    Some(format!("add `{field}:` to {}", what_struct(name))),
                );
            }
            let placeholder = |kind| Node {
                kind,
                loc: self.node.loc,
            };
            placeholders.push((
                placeholder(Kind::Str(field.clone())),
                placeholder(Kind::Missing),
            ));
        }
        entries.extend(placeholders.iter().map(|(k, v)| (k, v)));
        visitor.visit_map(MapAcc::new(&self, entries))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let first = variants.first().copied().unwrap_or_default();
        let text = match &self.node.kind {
            Kind::Str(_) | Kind::Int(_) | Kind::Float(_) | Kind::Bool(_) => {
                Some(self.node.raw(self.ctx.source))
            }
            Kind::Missing => None,
            _ => {
                self.wrong_type("a single value");
                None
            }
        };
        let (what, names, aliases) =
            names_of(name).unwrap_or(("a value", variants.to_vec(), vec![]));
        let chosen: String = match text {
            Some(t) if names.contains(&t.as_str()) || aliases.contains(&t.as_str()) => t,
            Some(t) => {
                let mut expected = names.join(", ");
                if !aliases.is_empty() {
                    expected.push_str(&format!(" (or {})", aliases.join(" ")));
                }
                let help = match crate::suggest::closest(&t, names.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`? allowed: {expected}"),
                    None => format!("allowed: {expected}"),
                };
                self.ctx.record(
                    Code::InvalidValue,
                    self.node.span(),
                    format!("`{}` is not {what}", shorten(&t)),
                    Some(help),
                );
                first.to_string()
            }
            None => first.to_string(),
        };
        visitor.visit_enum(IntoDeserializer::<DeError>::into_deserializer(chosen))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_string(self.node.raw(self.ctx.source))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }
}

const PLACEHOLDER_DATE: &str = "1970-01-01";

/// Sequence items; an item whose replay fails outright is reported and skipped.
struct SeqAcc<'a, 's> {
    ctx: &'a Ctx<'s>,
    items: std::slice::Iter<'a, Node>,
}

impl<'a, 's> SeqAcc<'a, 's> {
    fn new(de: &De<'a, 's>, items: &'a [Node]) -> Self {
        SeqAcc {
            ctx: de.ctx,
            items: items.iter(),
        }
    }
}

impl<'de> de::SeqAccess<'de> for SeqAcc<'_, '_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            None => Ok(None),
            Some(node) => seed
                .deserialize(De {
                    node,
                    ctx: self.ctx,
                })
                .map(Some),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// Mapping entries, in file order.
struct MapAcc<'a, 's> {
    ctx: &'a Ctx<'s>,
    entries: std::vec::IntoIter<(&'a Node, &'a Node)>,
    value: Option<&'a Node>,
}

impl<'a, 's> MapAcc<'a, 's> {
    fn new(de: &De<'a, 's>, entries: Vec<(&'a Node, &'a Node)>) -> Self {
        MapAcc {
            ctx: de.ctx,
            entries: entries.into_iter(),
            value: None,
        }
    }
}

impl<'de> de::MapAccess<'de> for MapAcc<'_, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.entries.next() {
            None => Ok(None),
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(De {
                    node: key,
                    ctx: self.ctx,
                })
                .map(Some)
            }
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let node = self
            .value
            .take()
            .ok_or_else(|| DeError::Custom("value requested before key".into(), None))?;
        seed.deserialize(De {
            node,
            ctx: self.ctx,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// Speaks serde-saphyr's `Spanned<T>` protocol: a marker key, then the value
/// and its locations.
struct SpannedReplay<'a, 's>(De<'a, 's>);

impl<'de> Deserializer<'de> for SpannedReplay<'_, '_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let loc = &self.0.node.loc;
        let span = loc.span();
        let unknown = u64::from(u32::MAX);
        let location = serde_json::json!({
            "line": loc.line(),
            "column": loc.column(),
            "span": {
                "offset": span.offset(),
                "len": span.len(),
                "byte_info": [span.byte_offset().unwrap_or(unknown), span.byte_len().unwrap_or(unknown)],
            }
        });
        visitor.visit_map(SpannedMap {
            de: self.0,
            location,
            step: 0,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct SpannedMap<'a, 's> {
    de: De<'a, 's>,
    location: serde_json::Value,
    step: u8,
}

impl<'de> de::MapAccess<'de> for SpannedMap<'_, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let key = match self.step {
            0 => SPANNED_MARKER,
            1 => "value",
            2 => "referenced",
            3 => "defined",
            _ => return Ok(None),
        };
        seed.deserialize(IntoDeserializer::<DeError>::into_deserializer(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        self.step += 1;
        match self.step {
            1 => seed.deserialize(IntoDeserializer::<DeError>::into_deserializer(())),
            2 => seed.deserialize(self.de.at(self.de.node)),
            _ => seed
                .deserialize(self.location.clone())
                .map_err(|e| DeError::Custom(e.to_string(), None)),
        }
    }
}

/// A struct's required fields, read from the JSON Schema generated from the
/// same types, so that the list cannot drift from the model.
fn required_fields(struct_name: &str) -> &'static [String] {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static REQUIRED: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    let table = REQUIRED.get_or_init(|| {
        let mut generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
        generator.subschema_for::<crate::model::Account>();
        generator.subschema_for::<crate::model::Settings>();
        generator
            .definitions()
            .iter()
            .map(|(name, schema)| {
                let required = schema
                    .get("required")
                    .and_then(|r| r.as_array())
                    .map(|r| {
                        r.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                (name.clone(), required)
            })
            .collect()
    });
    table.get(struct_name).map_or(&[], Vec::as_slice)
}

/// How messages name a record of each type.
fn what_struct(name: &str) -> &'static str {
    match name {
        "Account" => "the account",
        "TeamMember" => "this team member",
        "Commercial" => "`commercial`",
        "Goal" => "this goal",
        "Opportunity" => "this opportunity",
        "Stakeholder" => "this stakeholder",
        "Interaction" => "this interaction",
        "Settings" => "the settings",
        "CadenceDays" => "`cadence_days`",
        _ => "this mapping",
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Account, Sp};

    fn replay(text: &str) -> (Option<Account>, Vec<Problem>) {
        let root: Node = serde_saphyr::from_str(text).unwrap();
        collect::<Account>(&root, text)
    }

    #[test]
    fn three_bad_values_are_three_problems() {
        let text = "account: A\nowner: o\nstakeholders:\n  - id: a\n    name: A\n    level: boss\n    stance: { us: mentr }\n    roles: [decidr]\n";
        let (account, problems) = replay(text);
        let found: Vec<(Code, &str)> = problems
            .iter()
            .map(|p| (p.code, &text[p.span.offset..p.span.offset + p.span.len]))
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
        let (account, problems) = replay(text);
        assert_eq!(problems.len(), 1);
        let s = &account.unwrap().stakeholders.value[0];
        let at = |sp: &Sp<String>| &text[sp.span.offset..sp.span.offset + sp.span.len];
        assert_eq!(at(&s.id), "zhao");
        assert_eq!(at(&s.name), "赵刚");
        assert_eq!(at(s.reports_to.as_ref().unwrap()), "wang");
    }

    #[test]
    fn each_missing_field_is_named() {
        let text = "stakeholders:\n  - name: A\n";
        let (_, problems) = replay(text);
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
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
