//! The event path: the model read straight from the parser's events, with
//! no tree in between, for files that are plain YAML and right.
//!
//! It speaks the same serde protocol as the replay (the model's derived
//! impls, `Sp<T>` positions through serde-saphyr's `Spanned` protocol) and
//! gives up (`None`) at the first thing it does not take: an anchor, alias,
//! tag or merge key, a repeated key, a scalar whose type YAML versions
//! disagree on (see [`yaml::classify`]), a value of the wrong type, an
//! unknown field, anything nested too deep. The caller then reads the file
//! the detailed way, exactly as before, so every diagnostic stays what it
//! was. `tests/fast_path.rs` checks that both ways give the same model.

use std::borrow::Cow;
use std::fmt;

use granit_parser::{Event, Parser, ScalarStyle, StrInput};
use serde::Deserializer;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};

use super::replay::{SPANNED_NEWTYPE, Spanned};
use crate::model::Span;
use crate::yaml::{self, MAX_DEPTH, MAX_KEYS, MAX_NODES, Plain};

/// `text` read into `T`, or `None` when the detailed path must read it.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut reader = Reader {
        parser: Parser::new_from_str_with_options(text, yaml::parser_options()),
        text,
        peeked: None,
        depth: 0,
        nodes: 0,
    };
    if !matches!(reader.next().ok()?.0, Event::StreamStart)
        || !matches!(reader.next().ok()?.0, Event::DocumentStart(..))
    {
        return None;
    }
    let value = T::deserialize(&mut reader).ok()?;
    let ends = matches!(reader.next().ok()?.0, Event::DocumentEnd)
        && matches!(reader.next().ok()?.0, Event::StreamEnd);
    ends.then_some(value)
}

/// Why the event path gave up; the detailed path says it properly.
#[derive(Debug)]
pub struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("left to the detailed path")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: fmt::Display>(_: T) -> Self {
        GiveUp
    }
}

type Result<T> = std::result::Result<T, GiveUp>;

struct Reader<'t> {
    parser: Parser<'t, StrInput<'t>>,
    text: &'t str,
    peeked: Option<(Event<'t>, Span)>,
    depth: usize,
    nodes: usize,
}

/// A scalar as the parser gave it.
struct Scalar<'t> {
    value: Cow<'t, str>,
    plain: bool,
    span: Span,
}

impl<'t> Scalar<'t> {
    /// Its type: text unless plain, else what every YAML version agrees on.
    fn kind(&self) -> Result<Plain> {
        if self.plain {
            yaml::classify(&self.value).ok_or(GiveUp)
        } else {
            Ok(Plain::Text)
        }
    }

    /// The text a string field gets; a bare number or boolean is not text
    /// (other YAML tools and the JSON Schema read it as a number).
    fn text(self) -> Result<Cow<'t, str>> {
        match self.kind()? {
            Plain::Text => Ok(self.value),
            _ => Err(GiveUp),
        }
    }

    /// The scalar as a value name (an enum variant or a field name), which
    /// may be written as a bare number or boolean.
    fn name(self, source: &str) -> Result<Cow<'t, str>> {
        Ok(match self.kind()? {
            Plain::Text => self.value,
            Plain::Bool(b) => Cow::Owned(b.to_string()),
            Plain::Int(_) | Plain::Float(_) => Cow::Owned(
                source
                    .get(self.span.offset()..self.span.offset() + self.span.len())
                    .ok_or(GiveUp)?
                    .to_string(),
            ),
            Plain::Null => return Err(GiveUp),
        })
    }
}

impl<'t> Reader<'t> {
    fn pull(&mut self) -> Result<(Event<'t>, Span)> {
        loop {
            let (event, span) = self.parser.next().ok_or(GiveUp)?.map_err(|_| GiveUp)?;
            // Comments and other presentation events carry no data.
            if !event.is_node() && !is_structure(&event) {
                continue;
            }
            let start = span.start.byte_offset().ok_or(GiveUp)?;
            let end = span.end.byte_offset().ok_or(GiveUp)?;
            return Ok((
                event,
                Span::new(start, end.checked_sub(start).ok_or(GiveUp)?),
            ));
        }
    }

    fn next(&mut self) -> Result<(Event<'t>, Span)> {
        match self.peeked.take() {
            Some(next) => Ok(next),
            None => self.pull(),
        }
    }

    fn peek(&mut self) -> Result<&(Event<'t>, Span)> {
        if self.peeked.is_none() {
            self.peeked = Some(self.pull()?);
        }
        self.peeked.as_ref().ok_or(GiveUp)
    }

    /// Counts a node; anchored, tagged and aliased ones are given up on.
    fn node(&mut self, event: &Event<'t>) -> Result<()> {
        self.nodes += 1;
        let plain = match event {
            Event::Scalar(_, _, anchor, tag)
            | Event::SequenceStart(_, anchor, tag)
            | Event::MappingStart(_, anchor, tag) => *anchor == 0 && tag.is_none(),
            _ => false,
        };
        if plain && self.nodes <= MAX_NODES {
            Ok(())
        } else {
            Err(GiveUp)
        }
    }

    fn scalar(&mut self) -> Result<Scalar<'t>> {
        let (event, span) = self.next()?;
        self.node(&event)?;
        match event {
            Event::Scalar(value, style, ..) => Ok(Scalar {
                value,
                plain: style == ScalarStyle::Plain,
                span,
            }),
            _ => Err(GiveUp),
        }
    }

    /// The next node is a scalar of this kind (read it), or give up.
    fn scalar_kind(&mut self) -> Result<(Plain, Scalar<'t>)> {
        let scalar = self.scalar()?;
        Ok((scalar.kind()?, scalar))
    }

    fn open(&mut self, mapping: bool) -> Result<()> {
        let (event, _) = self.next()?;
        self.node(&event)?;
        let right = match event {
            Event::MappingStart(..) => mapping,
            Event::SequenceStart(..) => !mapping,
            _ => false,
        };
        self.depth += 1;
        if right && self.depth <= MAX_DEPTH {
            Ok(())
        } else {
            Err(GiveUp)
        }
    }

    fn close(&mut self, mapping: bool) -> Result<()> {
        let (event, _) = self.next()?;
        self.depth -= 1;
        match event {
            Event::MappingEnd if mapping => Ok(()),
            Event::SequenceEnd if !mapping => Ok(()),
            _ => Err(GiveUp),
        }
    }

    fn int(&mut self, min: i128, max: i128) -> Result<i128> {
        match self.scalar_kind()?.0 {
            Plain::Int(i) if (min..=max).contains(&i) => Ok(i),
            _ => Err(GiveUp),
        }
    }
}

fn is_structure(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart(..)
            | Event::DocumentEnd
            | Event::SequenceEnd
            | Event::MappingEnd
    )
}

macro_rules! int_method {
    ($method:ident, $visit:ident, $t:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let v = self.int(<$t>::MIN as i128, <$t>::MAX as i128)?;
            visitor.$visit(v as $t)
        }
    };
}

impl<'de, 't> Deserializer<'de> for &mut Reader<'t> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek()?.0 {
            Event::SequenceStart(..) => self.deserialize_seq(visitor),
            Event::MappingStart(..) => self.deserialize_map(visitor),
            _ => {
                let (kind, scalar) = self.scalar_kind()?;
                match kind {
                    Plain::Null => visitor.visit_unit(),
                    Plain::Bool(b) => visitor.visit_bool(b),
                    Plain::Int(i) => visitor.visit_i128(i),
                    Plain::Float(f) => visitor.visit_f64(f),
                    _ => visitor.visit_str(&scalar.value),
                }
            }
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.scalar_kind()?.0 {
            Plain::Bool(b) => visitor.visit_bool(b),
            _ => Err(GiveUp),
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

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.scalar_kind()?.0 {
            Plain::Int(i) => visitor.visit_f64(i as f64),
            Plain::Float(f) => visitor.visit_f64(f),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let scalar = self.scalar()?;
        match scalar.text()? {
            Cow::Borrowed(s) => visitor.visit_str(s),
            Cow::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let null = match &self.peek()?.0 {
            Event::Scalar(value, ScalarStyle::Plain, 0, None) => {
                matches!(yaml::classify(value), Some(Plain::Null))
            }
            _ => false,
        };
        if null {
            self.scalar()?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.scalar_kind()?.0 {
            Plain::Null => visitor.visit_unit(),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        if name == SPANNED_NEWTYPE {
            let span = self.peek()?.1;
            visitor.visit_newtype_struct(Spanned { value: self, span })
        } else {
            visitor.visit_newtype_struct(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.open(false)?;
        let value = visitor.visit_seq(Items { reader: self })?;
        self.close(false)?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.open(true)?;
        let value = visitor.visit_map(Entries {
            reader: self,
            keys: Vec::new(),
        })?;
        self.close(true)?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        let scalar = self.scalar()?;
        let text = scalar.name(self.text)?.into_owned();
        visitor.visit_enum(IntoDeserializer::<GiveUp>::into_deserializer(text))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let scalar = self.scalar()?;
        match scalar.name(self.text)? {
            Cow::Borrowed(s) => visitor.visit_str(s),
            Cow::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        // The model takes every field it reads; an ignored value is an
        // unknown one, which the detailed path reports.
        Err(GiveUp)
    }
}

/// Items of a sequence, up to its end.
struct Items<'r, 't> {
    reader: &'r mut Reader<'t>,
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if matches!(self.reader.peek()?.0, Event::SequenceEnd) {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

/// Entries of a mapping, up to its end; keys are text, none repeated, no
/// merge key, and few enough that the repeat check stays linear.
struct Entries<'r, 't> {
    reader: &'r mut Reader<'t>,
    keys: Vec<Cow<'t, str>>,
}

impl<'de> de::MapAccess<'de> for Entries<'_, '_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if matches!(self.reader.peek()?.0, Event::MappingEnd) {
            return Ok(None);
        }
        let key = match &self.reader.peek()?.0 {
            Event::Scalar(key, ScalarStyle::Plain, ..) => {
                (yaml::classify(key) == Some(Plain::Text) && key != "<<").then(|| key.clone())
            }
            Event::Scalar(key, ..) => Some(key.clone()),
            _ => None,
        };
        let key = key.ok_or(GiveUp)?;
        if self.keys.len() >= MAX_KEYS || self.keys.contains(&key) {
            return Err(GiveUp);
        }
        self.keys.push(key);
        // Through the reader, so that a key can be an `Sp<String>` too.
        seed.deserialize(&mut *self.reader).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.reader)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Account;

    const PERSON: &str =
        "  - id: zhao\n    name: 赵刚\n    level: middle\n    stance: { us: 帮 }\n";

    fn read(head: &str) -> Option<Account> {
        super::from_str::<Account>(&format!("{head}stakeholders:\n{PERSON}"))
    }

    #[test]
    fn plain_files_are_read_with_their_spans() {
        let text = format!("account: A\nowner: o\nstakeholders:\n{PERSON}");
        let account = super::from_str::<Account>(&text).unwrap();
        let name = &account.stakeholders[0].name;
        assert_eq!(
            &text[name.span.offset()..name.span.offset() + name.span.len()],
            "赵刚"
        );
        let (key, stance) = &account.stakeholders[0].stance.value.0[0];
        assert_eq!(
            (key.value.as_str(), stance.value.to_string().as_str()),
            ("us", "mentor")
        );
    }

    #[test]
    fn anything_unusual_is_left_to_the_detailed_path() {
        assert!(read("account: A\nowner: o\n").is_some());
        for head in [
            "account: &a A\nowner: o\n",
            "account: !!str A\nowner: o\n",
            "account: A\naccount: B\nowner: o\n",
            "account: A\nowner: o\nbogus: 1\n",
            "account: A\nowner: 2025\n",
            "account: [A]\nowner: o\n",
            "account: A\nowner: o\ncommercial: { revenue: \"5\" }\n",
            "account: A\nowner: o\nopportunities: [{ name: x, close: 2026-02-30 }]\n",
            "account: A\nowner: o\n---\n",
        ] {
            assert!(read(head).is_none(), "{head:?}");
        }
    }
}
