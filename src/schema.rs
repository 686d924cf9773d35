//! JSON Schemas generated from the model types.

use schemars::generate::SchemaSettings;

fn render<T: schemars::JsonSchema>(id: &str) -> String {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<T>();
    schema.insert("$id".into(), id.into());
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema of account files (committed as `schemas/account.schema.json`).
pub fn account_schema() -> String {
    render::<crate::model::Account>("https://guanxi.dev/schemas/account.schema.json")
}

/// The schema of `.guanxi.yaml` (committed as `schemas/settings.schema.json`).
pub fn settings_schema() -> String {
    render::<crate::model::Settings>("https://guanxi.dev/schemas/settings.schema.json")
}
