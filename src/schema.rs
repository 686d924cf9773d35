//! JSON Schemas generated from the model types.

use schemars::generate::SchemaSettings;

fn render<T: schemars::JsonSchema>(id: &str) -> String {
    let generator = SchemaSettings::draft2020_12()
        .with_transform(schemars::transform::RecursiveTransform(drop_number_format))
        .into_generator();
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

/// schemars marks numbers `"format": "double"` or `"int64"`: formats JSON
/// Schema does not define, which ajv's strict mode rejects. The type says
/// enough (`integer`, `number`); `date` stays.
fn drop_number_format(schema: &mut schemars::Schema) {
    let numeric = schema
        .get("format")
        .and_then(|f| f.as_str())
        .is_some_and(|f| {
            f.starts_with("int") || f.starts_with("uint") || f == "double" || f == "float"
        });
    if numeric {
        schema.remove("format");
    }
}
