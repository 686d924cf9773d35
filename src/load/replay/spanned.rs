//! serde-saphyr's private `Spanned<T>` protocol, spoken by the replay so that
//! the model's `Sp<T>` values get their positions on the slow path too. A
//! test in `super` pins it: an upgrade that changes it fails there.

use serde::Deserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::DeError;
use super::deserializer::De;
use crate::model::Span;

/// serde-saphyr's private newtype name for `Spanned<T>`.
pub(in crate::load) const SPANNED_NEWTYPE: &str = "__yaml_spanned";
pub(in crate::load) const SPANNED_MARKER: &str = "__serde_saphyr_private_spanned";

/// Speaks serde-saphyr's `Spanned<T>` protocol: a marker key, then the value
/// and its locations.
pub(super) struct SpannedReplay<'a, 's>(pub De<'a, 's>);

impl<'de> Deserializer<'de> for SpannedReplay<'_, '_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let span = self.0.node.span;
        visitor.visit_map(SpannedMap {
            de: self.0,
            location: Part::Location(span),
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
    location: Part,
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
            _ => seed.deserialize(self.location),
        }
    }
}

/// serde-saphyr's `Location` and its `Span`, as a deserializer of their
/// fields. Only the byte range is real: the model keeps nothing else, so
/// line and column are 0 (unknown) and the character range is the byte range.
#[derive(Clone, Copy)]
pub(in crate::load) enum Part {
    Location(Span),
    Span(Span),
    Number(u64),
    Pair(u64, u64),
}

impl<'de> Deserializer<'de> for Part {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self {
            Part::Number(n) => visitor.visit_u64(n),
            Part::Pair(a, b) => {
                visitor.visit_seq(de::value::SeqDeserializer::new([a, b].into_iter()))
            }
            Part::Location(span) => visitor.visit_map(Fields {
                names: ["line", "column", "span"],
                values: [Part::Number(0), Part::Number(0), Part::Span(span)],
                next: 0,
            }),
            Part::Span(span) => {
                let (offset, len) = (span.offset as u64, span.len as u64);
                visitor.visit_map(Fields {
                    names: ["offset", "len", "byte_info"],
                    values: [
                        Part::Number(offset),
                        Part::Number(len),
                        Part::Pair(offset, len),
                    ],
                    next: 0,
                })
            }
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Three named fields of a [`Part`].
struct Fields {
    names: [&'static str; 3],
    values: [Part; 3],
    next: usize,
}

impl<'de> de::MapAccess<'de> for Fields {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.names.get(self.next) {
            Some(name) => seed
                .deserialize(IntoDeserializer::<DeError>::into_deserializer(*name))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let value = self.values[self.next.min(2)];
        self.next += 1;
        seed.deserialize(value)
    }
}
