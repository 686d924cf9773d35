//! serde-saphyr's private `Spanned<T>` protocol, spoken by the replay so that
//! the model's `Sp<T>` values get their positions on the slow path too. A
//! test in `super` pins it: an upgrade that changes it fails there.

use serde::Deserializer;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::DeError;
use super::deserializer::De;

/// serde-saphyr's private newtype name for `Spanned<T>`.
pub(super) const SPANNED_NEWTYPE: &str = "__yaml_spanned";
const SPANNED_MARKER: &str = "__serde_saphyr_private_spanned";

/// Speaks serde-saphyr's `Spanned<T>` protocol: a marker key, then the value
/// and its locations.
pub(super) struct SpannedReplay<'a, 's>(pub De<'a, 's>);

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
