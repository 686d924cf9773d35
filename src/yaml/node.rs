//! The YAML node tree: every value with its position in the text.
//!
//! The loader's slow path replays it into the model types to report every
//! problem; the editors use it to find where to splice text. Nothing here
//! knows the account format.

use std::fmt;

use crate::model::Span;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};

/// A parsed YAML node with its position.
#[derive(Debug)]
pub struct Node {
    pub kind: Kind,
    /// Where it is written, in bytes.
    pub span: Span,
}

#[derive(Debug)]
pub enum Kind {
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
        self.span
    }

    /// The scalar as written, for a number or boolean read into a text field.
    pub fn raw(&self, source: &str) -> String {
        match &self.kind {
            Kind::Str(s) => s.clone(),
            Kind::Bool(b) => b.to_string(),
            _ => {
                let span = self.span();
                source
                    .get(span.offset()..span.offset() + span.len())
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

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<Kind>::deserialize(d)?;
        Ok(Node {
            kind: spanned.value,
            span: Span::from_location(&spanned.referenced),
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
