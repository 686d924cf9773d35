//! Source positions carried on parsed values.
//!
//! `Sp<T>` is the model's way of remembering where a value was written, so a
//! rule that finds a problem long after parsing (a dangling `reports_to`, a
//! duplicate id) can still point at the exact line. It rides on
//! serde-saphyr's `Spanned<T>`, so the fast path costs nothing extra to keep it.

use serde::{Deserialize, Deserializer};

/// A byte range in one source file, in 8 bytes: every value of a parsed
/// portfolio carries one, so its size is a large share of the model's
/// (files are far below 4 GiB; a larger offset saturates).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    start: u32,
    size: u32,
}

impl Span {
    pub const fn new(offset: usize, len: usize) -> Self {
        const MAX: usize = u32::MAX as usize;
        Self {
            start: if offset > MAX {
                u32::MAX
            } else {
                offset as u32
            },
            size: if len > MAX { u32::MAX } else { len as u32 },
        }
    }

    /// Where the range starts, in bytes.
    pub const fn offset(self) -> usize {
        self.start as usize
    }

    /// How many bytes it covers.
    pub const fn len(self) -> usize {
        self.size as usize
    }

    /// Whether it covers nothing.
    pub const fn is_empty(self) -> bool {
        self.size == 0
    }

    pub(crate) fn from_location(loc: &serde_saphyr::Location) -> Self {
        let span = loc.span();
        match (span.byte_offset(), span.byte_len()) {
            (Some(offset), Some(len)) => Self::new(offset as usize, len as usize),
            _ => Self::default(),
        }
    }

    /// Like [`Span::from_location`], falling back to the character offset
    /// (which parser errors carry even where byte offsets are missing).
    pub(crate) fn from_location_in(loc: &serde_saphyr::Location, text: &str) -> Self {
        let span = loc.span();
        if span.byte_offset().is_some() {
            return Self::from_location(loc);
        }
        let chars = usize::try_from(span.offset()).unwrap_or(usize::MAX);
        let len = usize::try_from(span.len()).unwrap_or(0);
        let mut indices = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()));
        match indices.nth(chars) {
            Some(start) => {
                let end = text[start..]
                    .char_indices()
                    .nth(len)
                    .map_or(text.len(), |(i, _)| start + i);
                Self::new(start, end - start)
            }
            None => Self::default(),
        }
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        (span.offset(), span.len()).into()
    }
}

/// A value together with where it was written.
#[derive(Clone, Debug)]
pub struct Sp<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Sp<T> {
    pub const fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: PartialEq> PartialEq for Sp<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Sp<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Self::new(
            spanned.value,
            Span::from_location(&spanned.referenced),
        ))
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Sp<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}
