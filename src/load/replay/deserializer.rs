//! The error-collecting deserializer over one [`Node`], and its sequence and
//! map access. Each wrong value is recorded in the [`Ctx`] and replaced by a
//! placeholder, so the derived impls walk the whole file.

use serde::Deserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::spanned::{SPANNED_NEWTYPE, Spanned};
use super::{Ctx, DeError};
use crate::finding::Code;
use crate::i18n::{Msg, MsgArg};
use crate::load::required::required_fields;
use crate::load::wording::{describe, shorten, what_struct};
use crate::model::{DATE_NEWTYPE, Date, NUMBER_NEWTYPE, WHOLE_NEWTYPE, names_of};
use crate::yaml::{Kind, Node};

/// The error-collecting deserializer over one node.
pub(super) struct De<'a, 's> {
    pub node: &'a Node,
    pub ctx: &'a Ctx<'s>,
}

impl<'a, 's> De<'a, 's> {
    /// A value of the wrong kind where `expected` (a `value-…` message) belongs.
    fn wrong_type(&self, expected: &'static str) {
        if matches!(self.node.kind, Kind::Missing) {
            return;
        }
        let found = describe(self.node, self.ctx.source);
        let scalar = matches!(
            self.node.kind,
            Kind::Str(_) | Kind::Int(_) | Kind::Float(_) | Kind::Bool(_)
        );
        let help = if expected == "value-a-list" && scalar {
            Msg::new("replay-write-as-list").text("raw", self.node.raw(self.ctx.source))
        } else {
            Msg::new("replay-write-here").arg("expected", said(expected))
        };
        self.ctx.record(
            Code::WrongType,
            self.node.span(),
            Msg::new("replay-expected")
                .arg("expected", said(expected))
                .arg("found", MsgArg::msg(found)),
            Some(help),
        );
    }

    /// Text where a number belongs: a number in quotes gets its own advice
    /// (other YAML tools and the JSON Schema read it as text).
    fn not_a_number(&self, expected: &'static str) {
        let quoted = match &self.node.kind {
            Kind::Str(s) => s.trim().parse::<f64>().is_ok(),
            _ => false,
        };
        if quoted {
            let raw = self.node.raw(self.ctx.source);
            self.ctx.record(
                Code::WrongType,
                self.node.span(),
                Msg::new("replay-quoted-number")
                    .arg("expected", said(expected))
                    .text("raw", shorten(&raw)),
                Some(Msg::new("replay-unquote-help").text("raw", raw.trim())),
            );
        } else {
            self.wrong_type(expected);
        }
    }

    fn int_in(&self, min: i128, max: i128) -> i128 {
        match &self.node.kind {
            Kind::Int(i) if (min..=max).contains(i) => *i,
            Kind::Int(i) => {
                self.ctx.record(
                    Code::OutOfRange,
                    self.node.span(),
                    Msg::new("replay-out-of-range")
                        .text("value", i.to_string())
                        .text("min", min.to_string())
                        .text("max", max.to_string()),
                    None,
                );
                0
            }
            _ => {
                self.wrong_type("value-a-whole-number");
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
            _ => {
                self.wrong_type("value-true-or-false");
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
                self.wrong_type("value-a-number");
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
                // Other YAML tools (and the JSON Schema) read `2025` or
                // `yes` as a number or a boolean, not as text.
                let raw = self.node.raw(self.ctx.source);
                let written = self
                    .ctx
                    .source
                    .get(self.node.span.offset()..self.node.span.offset() + self.node.span.len())
                    .unwrap_or(&raw);
                self.ctx.record(
                    Code::WrongType,
                    self.node.span(),
                    Msg::new("replay-expected")
                        .arg("expected", said("value-text"))
                        .arg("found", MsgArg::msg(describe(self.node, self.ctx.source))),
                    Some(Msg::new("replay-quote-help").text("raw", shorten(written))),
                );
                visitor.visit_string(raw)
            }
            _ => {
                self.wrong_type("value-text");
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
            self.wrong_type("value-nothing");
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
            SPANNED_NEWTYPE => {
                let span = self.node.span;
                visitor.visit_newtype_struct(Spanned { value: self, span })
            }
            DATE_NEWTYPE => {
                let text = match &self.node.kind {
                    Kind::Str(s) => Some(s.clone()),
                    Kind::Missing => None,
                    _ => {
                        self.wrong_type("value-a-date");
                        None
                    }
                };
                let valid = match text {
                    Some(t) => match Date::parse(&t) {
                        Ok(_) => t,
                        Err(e) => {
                            self.ctx.record(
                                Code::InvalidDate,
                                self.node.span(),
                                crate::i18n::date_error(&e),
                                Some(Msg::new("replay-date-help")),
                            );
                            PLACEHOLDER_DATE.into()
                        }
                    },
                    None => PLACEHOLDER_DATE.into(),
                };
                visitor.visit_newtype_struct(IntoDeserializer::<DeError>::into_deserializer(valid))
            }
            WHOLE_NEWTYPE => {
                let value = match &self.node.kind {
                    Kind::Int(_) => self.int_in(i64::MIN.into(), i64::MAX.into()) as i64,
                    Kind::Float(f) if f.fract() == 0.0 && f.abs() <= 9e15 => *f as i64,
                    _ => {
                        self.not_a_number("value-a-whole-number");
                        0
                    }
                };
                visitor.visit_newtype_struct(IntoDeserializer::<DeError>::into_deserializer(value))
            }
            NUMBER_NEWTYPE => {
                let value = match &self.node.kind {
                    Kind::Int(i) => *i as f64,
                    Kind::Float(f) => *f,
                    _ => {
                        self.not_a_number("value-a-number");
                        0.0
                    }
                };
                visitor.visit_newtype_struct(IntoDeserializer::<DeError>::into_deserializer(value))
            }
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Seq(items) => visitor.visit_seq(SeqAcc::new(&self, items)),
            _ => {
                self.wrong_type("value-a-list");
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
                self.wrong_type("value-a-mapping");
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
        // Fields a misspelt key stands for: their absence is the same
        // mistake, said once (`stakholders` is one error, not two).
        let mut meant: Vec<&str> = Vec::new();
        match &self.node.kind {
            Kind::Map(all) => {
                for (key, value) in all {
                    let key_text = key.raw(self.ctx.source);
                    if fields.contains(&key_text.as_str()) {
                        entries.push((key, value));
                        continue;
                    }
                    let suggestion = crate::suggest::closest(&key_text, fields.iter().copied());
                    meant.extend(suggestion);
                    let help = match suggestion {
                        Some(s) => Msg::new("replay-did-you-mean").text("suggestion", s),
                        None => Msg::new("replay-fields-here").arg(
                            "fields",
                            MsgArg::List(fields.iter().map(|f| f.to_string()).collect()),
                        ),
                    };
                    self.ctx.record(
                        Code::UnknownField,
                        key.span(),
                        Msg::new("replay-unknown-field")
                            .text("field", shorten(&key_text))
                            .arg("record", MsgArg::msg(what_struct(name, false))),
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
            if matches!(self.node.kind, Kind::Map(_)) && !meant.contains(&field.as_str()) {
                self.ctx.record(
                    Code::MissingField,
                    self.node.span(),
                    Msg::new("replay-missing-field")
                        .text("field", field.as_str())
                        .arg("record", MsgArg::msg(what_struct(name, true))),
                    Some(
                        Msg::new("replay-add-field")
                            .text("field", field.as_str())
                            .arg("record", MsgArg::msg(what_struct(name, false))),
                    ),
                );
            }
            let placeholder = |kind| Node {
                kind,
                span: self.node.span,
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
                self.wrong_type("value-a-single-value");
                None
            }
        };
        let (what, names, aliases) =
            names_of(name).unwrap_or(("a value", variants.to_vec(), vec![]));
        let what = Msg::new("vocab-what").text("vocab", name).text("en", what);
        let chosen: String = match text {
            Some(t) if names.contains(&t.as_str()) || aliases.contains(&t.as_str()) => t,
            Some(t) => {
                let list =
                    |items: &[&str]| MsgArg::List(items.iter().map(|n| n.to_string()).collect());
                let expected = if aliases.is_empty() {
                    list(&names)
                } else {
                    MsgArg::msg(
                        Msg::new("replay-or-aliases")
                            .arg("names", list(&names))
                            .text("aliases", aliases.join(" ")),
                    )
                };
                // A stance typed with the input method's neighbour (邦 for 帮).
                let slip = (name == "Stance")
                    .then(|| crate::model::Stance::input_slip(&t))
                    .flatten()
                    .and_then(|s| s.alias());
                let help = match slip.or_else(|| crate::suggest::closest(&t, names.iter().copied()))
                {
                    Some(s) => Msg::new("replay-allowed-did-you-mean")
                        .text("suggestion", s)
                        .arg("expected", expected),
                    None => Msg::new("replay-allowed").arg("expected", expected),
                };
                self.ctx.record(
                    Code::InvalidValue,
                    self.node.span(),
                    Msg::new("replay-not-one-of")
                        .text("value", shorten(&t))
                        .arg("what", MsgArg::msg(what)),
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

/// A `value-…` message as an argument.
fn said(key: &'static str) -> MsgArg {
    MsgArg::msg(Msg::new(key))
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
