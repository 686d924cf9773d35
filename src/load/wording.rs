//! How the slow path's messages name values and records. The record names
//! are matched against the model's type names; a test checks that every
//! record of the schema has its wording here.

use crate::yaml::{Kind, Node};

/// A value as a message names it ("the text `boss`", "a list").
pub(crate) fn describe(node: &Node, source: &str) -> String {
    match &node.kind {
        Kind::Null => "nothing (an empty value)".into(),
        Kind::Bool(b) => format!("`{b}`"),
        Kind::Int(_) | Kind::Float(_) => format!("the number `{}`", node.raw(source)),
        Kind::Str(s) => format!("the text `{}`", shorten(s)),
        Kind::Seq(_) => "a list".into(),
        Kind::Map(_) => "a mapping".into(),
        Kind::Missing => "nothing".into(),
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

/// How messages name a record of each type.
pub(crate) fn what_struct(name: &str) -> &'static str {
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
        "RankWeights" => "`rank`",
        "StanceMap" => "`stance`",
        _ => "this mapping",
    }
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
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
            assert_ne!(
                what_struct(&name),
                "this mapping",
                "no wording for `{name}`"
            );
        }
    }
}
