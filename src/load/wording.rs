//! How the slow path's messages name values and records. The record names
//! are matched against the model's type names; a test checks that every
//! record of the schema has its wording here.

use crate::i18n::Msg;
use crate::yaml::{Kind, Node};

/// A value as a message names it ("the text `boss`", "a list").
pub(crate) fn describe(node: &Node, source: &str) -> Msg {
    match &node.kind {
        Kind::Null => Msg::new("value-nothing-empty"),
        Kind::Bool(b) => Msg::new("value-literal").text("text", b.to_string()),
        Kind::Int(_) | Kind::Float(_) => {
            Msg::new("value-the-number").text("text", node.raw(source))
        }
        Kind::Str(s) => Msg::new("value-the-text").text("text", shorten(s)),
        Kind::Seq(_) => Msg::new("value-a-list"),
        Kind::Map(_) => Msg::new("value-a-mapping"),
        Kind::Missing => Msg::new("value-nothing"),
    }
}

pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// How messages name a record of each type ("the account", "this
/// stakeholder"); `capital` for the start of a sentence.
pub(crate) fn what_struct(name: &str, capital: bool) -> Msg {
    let key = if capital {
        "record-name-capital"
    } else {
        "record-name"
    };
    Msg::new(key).text("record", name)
}

#[cfg(test)]
mod tests {
    use super::what_struct;

    #[test]
    fn every_record_of_the_schema_has_a_wording() {
        let mut generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
        generator.subschema_for::<crate::model::Account>();
        generator.subschema_for::<crate::model::Settings>();
        let objects: Vec<String> = generator
            .definitions()
            .iter()
            .filter(|(_, s)| s.get("properties").is_some())
            .map(|(name, _)| name.clone())
            .collect();
        assert!(objects.len() >= 5, "{objects:?}");
        for name in objects {
            for capital in [false, true] {
                let en = what_struct(&name, capital).render(crate::model::Lang::En);
                assert_ne!(en.to_lowercase(), "this mapping", "no wording for `{name}`");
            }
        }
    }
}
