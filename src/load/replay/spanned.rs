//! serde-saphyr's private `Spanned<T>` protocol, spoken by the replay and
//! by the event path so that the model's `Sp<T>` values get their positions
//! whichever way a file is read. A test in `super` pins it: an upgrade that
//! changes it fails there.

use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use crate::model::Span;

/// serde-saphyr's private newtype name for `Spanned<T>`.
pub(in crate::load) const SPANNED_NEWTYPE: &str = "__yaml_spanned";
const SPANNED_MARKER: &str = "__serde_saphyr_private_spanned";

/// The value `value` deserializes, written at `span`, in serde-saphyr's
/// `Spanned<T>` protocol: a marker key, then the value and its locations.
pub(in crate::load) struct Spanned<D> {
    pub value: D,
    pub span: Span,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Spanned<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        visitor.visit_map(SpannedFields {
            value: Some(self.value),
            span: self.span,
            step: 0,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct SpannedFields<D> {
    value: Option<D>,
    span: Span,
    step: u8,
}

impl<'de, D: Deserializer<'de>> de::MapAccess<'de> for SpannedFields<D> {
    type Error = D::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, D::Error> {
        let key = match self.step {
            0 => SPANNED_MARKER,
            1 => "value",
            2 => "referenced",
            3 => "defined",
            _ => return Ok(None),
        };
        seed.deserialize(IntoDeserializer::<D::Error>::into_deserializer(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, D::Error> {
        self.step += 1;
        match self.step {
            1 => seed.deserialize(IntoDeserializer::<D::Error>::into_deserializer(())),
            2 => match self.value.take() {
                Some(value) => seed.deserialize(value),
                None => Err(de::Error::custom("the value was read twice")),
            },
            _ => seed.deserialize(PartDe::<D::Error>::new(Part::Location(self.span))),
        }
    }
}

/// serde-saphyr's `Location` and its `Span`, as a deserializer of their
/// fields. Only the byte range is real: the model keeps nothing else, so
/// line and column are 0 (unknown) and the character range is the byte range.
#[derive(Clone, Copy)]
enum Part {
    Location(Span),
    Span(Span),
    Number(u64),
    Pair(u64, u64),
}

struct PartDe<E>(Part, PhantomData<E>);

impl<E> PartDe<E> {
    fn new(part: Part) -> Self {
        PartDe(part, PhantomData)
    }
}

impl<'de, E: de::Error> Deserializer<'de> for PartDe<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        let fields = |names, values| Fields::<E> {
            names,
            values,
            next: 0,
            error: PhantomData,
        };
        match self.0 {
            Part::Number(n) => visitor.visit_u64(n),
            Part::Pair(a, b) => {
                visitor.visit_seq(de::value::SeqDeserializer::<_, E>::new([a, b].into_iter()))
            }
            Part::Location(span) => visitor.visit_map(fields(
                ["line", "column", "span"],
                [Part::Number(0), Part::Number(0), Part::Span(span)],
            )),
            Part::Span(span) => {
                let (offset, len) = (span.offset() as u64, span.len() as u64);
                visitor.visit_map(fields(
                    ["offset", "len", "byte_info"],
                    [
                        Part::Number(offset),
                        Part::Number(len),
                        Part::Pair(offset, len),
                    ],
                ))
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
struct Fields<E> {
    names: [&'static str; 3],
    values: [Part; 3],
    next: usize,
    error: PhantomData<E>,
}

impl<'de, E: de::Error> de::MapAccess<'de> for Fields<E> {
    type Error = E;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, E> {
        match self.names.get(self.next) {
            Some(name) => seed
                .deserialize(IntoDeserializer::<E>::into_deserializer(*name))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, E> {
        let value = self.values[self.next.min(2)];
        self.next += 1;
        seed.deserialize(PartDe::<E>::new(value))
    }
}
