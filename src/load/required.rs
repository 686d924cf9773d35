//! Which fields each record of the format must have.

/// A struct's required fields, read from the JSON Schema generated from the
/// same types, so that the list cannot drift from the model.
pub(crate) fn required_fields(struct_name: &str) -> &'static [String] {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static REQUIRED: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    let table = REQUIRED.get_or_init(|| {
        let mut generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
        generator.subschema_for::<crate::model::Account>();
        generator.subschema_for::<crate::model::Settings>();
        generator
            .definitions()
            .iter()
            .map(|(name, schema)| {
                let required = schema
                    .get("required")
                    .and_then(|r| r.as_array())
                    .map(|r| {
                        r.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                (name.clone(), required)
            })
            .collect()
    });
    table.get(struct_name).map_or(&[], Vec::as_slice)
}
