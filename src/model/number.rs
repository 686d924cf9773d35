//! Numbers as the JSON Schema reads them, so that `validate` and the schema
//! give one verdict: a number is written without quotes (`"4"` is text to
//! every other YAML tool), and a whole-number field takes `4.0` as 4 (JSON
//! Schema's `integer` does).
//!
//! The numeric fields keep their plain types (`Option<Sp<i64>>`,
//! `Option<Sp<f64>>`) and read through these functions
//! (`#[serde(deserialize_with = …)]`). The readers recognise the newtype
//! names: the replay reports a quoted or fractional number at its place.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::Sp;

/// Newtype name of a whole number, for the readers.
pub(crate) const WHOLE_NEWTYPE: &str = "guanxi::Whole";
/// Newtype name of any number, for the readers.
pub(crate) const NUMBER_NEWTYPE: &str = "guanxi::Number";

/// Largest whole number taken from a float without losing digits (2^53).
const EXACT: f64 = 9_007_199_254_740_992.0;

struct Whole(i64);
struct Number(f64);

struct Inner {
    whole: bool,
}

impl<'de> Visitor<'de> for Inner {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(if self.whole {
            "a whole number"
        } else {
            "a number"
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<f64, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        if self.whole && (v.fract() != 0.0 || !v.is_finite()) {
            return Err(E::invalid_value(de::Unexpected::Float(v), &self));
        }
        Ok(v)
    }
}

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // An i64 goes through exactly (visit_i64); a float must be whole
        // and small enough to be exact.
        struct Exact;
        impl<'de> Visitor<'de> for Exact {
            type Value = i64;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<i64, D::Error> {
                d.deserialize_any(self)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
                Ok(v)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
                i64::try_from(v).map_err(|_| E::custom(format!("{v} is too large")))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<i64, E> {
                i64::try_from(v).map_err(|_| E::custom(format!("{v} is too large")))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<i64, E> {
                i64::try_from(v).map_err(|_| E::custom(format!("{v} is too large")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
                let whole = Inner { whole: true }.visit_f64::<E>(v)?;
                if whole.abs() > EXACT {
                    return Err(E::custom(format!("{v} is too large")));
                }
                Ok(whole as i64)
            }
        }
        d.deserialize_newtype_struct(WHOLE_NEWTYPE, Exact)
            .map(Whole)
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_newtype_struct(NUMBER_NEWTYPE, Inner { whole: false })
            .map(Number)
    }
}

/// An optional whole number with its position (`influence`, `cadence_days`).
pub fn opt_whole<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Sp<i64>>, D::Error> {
    Option::<Sp<Whole>>::deserialize(d).map(|o| o.map(|s| Sp::new(s.value.0, s.span)))
}

/// An optional number with its position (`revenue`, `cost`).
pub fn opt_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Sp<f64>>, D::Error> {
    Option::<Sp<Number>>::deserialize(d).map(|o| o.map(|s| Sp::new(s.value.0, s.span)))
}

/// Numbers by name (`fx`).
pub fn number_map<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<std::collections::BTreeMap<String, Sp<f64>>, D::Error> {
    std::collections::BTreeMap::<String, Sp<Number>>::deserialize(d).map(|m| {
        m.into_iter()
            .map(|(k, s)| (k, Sp::new(s.value.0, s.span)))
            .collect()
    })
}
