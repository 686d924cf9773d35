//! The JSON Schema: generated from the model, committed, and in agreement
//! with the files guanxi accepts.

mod common;

use std::fs;

use serde_json::Value;

fn committed(name: &str) -> String {
    fs::read_to_string(common::repo_root().join("schemas").join(name)).unwrap()
}

fn yaml_to_json(text: &str) -> Value {
    serde_saphyr::from_str(text).expect("YAML")
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&committed("account.schema.json")).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn committed_schemas_are_up_to_date() {
    let root = common::repo_root();
    for (args, file) in [
        (vec!["schema"], "account.schema.json"),
        (vec!["schema", "--settings"], "settings.schema.json"),
    ] {
        let run = common::guanxi(&root, &args);
        assert_eq!(run.code, 0);
        assert!(
            run.stdout == committed(file),
            "schemas/{file} is stale: run `cargo run -- {} > schemas/{file}`",
            args.join(" ")
        );
    }
}

#[test]
fn every_example_and_near_miss_is_valid_against_the_schema() {
    let v = validator();
    let mut checked = 0;
    let mut paths: Vec<_> = fs::read_dir(common::repo_root().join("example-accounts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "yaml")
                && !p.file_name().unwrap().to_string_lossy().starts_with('.')
        })
        .collect();
    for entry in fs::read_dir(common::fixtures().join("validate")).unwrap() {
        let near = entry.unwrap().path().join("near-miss.yaml");
        // Near misses that are about YAML itself (multiple documents, BOMs) are
        // not single JSON documents.
        if near.exists()
            && !near.to_string_lossy().contains("multiple-documents")
            && !near.to_string_lossy().contains("invalid-utf8")
        {
            paths.push(near);
        }
    }
    for path in paths {
        let instance = yaml_to_json(&fs::read_to_string(&path).unwrap());
        assert_eq!(
            errors(&v, &instance),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} files checked");
}

#[test]
fn the_schema_rejects_what_validate_rejects() {
    let v = validator();
    let base =
        fs::read_to_string(common::repo_root().join("example-accounts/meridian-appliances.yaml"))
            .unwrap();
    let cases = [
        (
            "us: supporter, Corvid Controls: neutral",
            "us: mentr, Corvid Controls: neutral",
        ),
        ("level: executive", "level: boss"),
        ("kind: training", "kind: lunch"),
        ("influence: 5", "influence: 9"),
        ("stakeholders:", "stakholders:"),
        ("id: ortiz", "id: Ortiz Daniel"),
    ];
    for (from, to) in cases {
        assert!(base.contains(from), "{from}");
        let instance = yaml_to_json(&base.replacen(from, to, 1));
        assert!(!errors(&v, &instance).is_empty(), "schema accepted `{to}`");
    }
    // The Chinese stance forms are accepted.
    let chinese = yaml_to_json(&base.replacen(
        "us: supporter, Corvid Controls: neutral",
        "us: 支, Corvid Controls: 中",
        1,
    ));
    assert_eq!(errors(&v, &chinese), Vec::<String>::new());
}

/// Diagnostic codes the JSON Schema can see: the shape and the closed
/// values of a file. Everything else `validate` checks (references between
/// people, dates that do not exist, cross-file ids, plausibility) no schema
/// can express.
const SHAPE: &[&str] = &[
    "missing-field",
    "unknown-field",
    "wrong-type",
    "invalid-value",
    "invalid-id",
    "out-of-range",
    "not-a-mapping",
    "empty-file",
    "invalid-utf8",
    "invalid-date",
    "empty-with",
    "missing-us-stance",
];

/// Files where the two verdicts differ for a reason no schema can express.
const BEYOND_THE_SCHEMA: &[(&str, &str)] = &[];

/// The YAML 1.2 reading that editors and JSON Schema tools use (`yes` is
/// text), as guanxi reads it.
fn yaml_1_2_to_json(text: &str) -> Option<Value> {
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options(text, options).ok()
}

/// Every fixture and example through `validate` and through the schema:
/// the schema rejects a file exactly when `validate` finds a problem of
/// shape in it.
#[test]
fn validate_and_the_schema_give_one_verdict_on_every_fixture() {
    let v = validator();
    let root = common::repo_root();
    let dates = guanxi::checks::Dates {
        as_of: guanxi::model::Date::parse("2026-11-23").unwrap(),
        today: guanxi::model::Date::parse("2026-11-23").unwrap(),
    };
    let mut compared = 0;
    let mut differ = Vec::new();
    let mut verdicts = std::collections::BTreeMap::new();
    for dir in [root.join("example-accounts"), common::fixtures()] {
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.unwrap();
            let path = entry.path();
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if !entry.file_type().is_file()
                || path.extension().is_none_or(|e| e != "yaml")
                || name.contains("yaml-test-suite")
                || name.ends_with(".guanxi.yaml")
            {
                continue;
            }
            let text = fs::read_to_string(path).unwrap_or_default();
            // A file that is not YAML (or not one document) reaches no schema.
            let Some(instance) = yaml_1_2_to_json(&text) else {
                continue;
            };
            let (_, diagnostics) = guanxi::checks::check_text(path, &text, dates);
            let shape: Vec<&str> = diagnostics
                .iter()
                .map(|d| d.code.as_str())
                .filter(|c| SHAPE.contains(c))
                .collect();
            let schema = errors(&v, &instance);
            compared += 1;
            verdicts.insert(name.clone(), schema.is_empty());
            if shape.is_empty() != schema.is_empty()
                && !BEYOND_THE_SCHEMA.iter().any(|(f, _)| *f == name)
            {
                differ.push(format!("{name}: validate {shape:?}, schema {schema:?}"));
            }
        }
    }
    assert!(compared > 150, "only {compared} files compared");
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    // The cases the two used to disagree on (tests/fixtures/schema/README.md).
    for (file, valid) in [
        ("quoted-number", false),
        ("quoted-cost", false),
        ("whole-float", true),
        ("number-as-text", false),
        ("yes-is-text", true),
    ] {
        let name = format!("tests/fixtures/schema/{file}.yaml");
        assert_eq!(verdicts.get(&name), Some(&valid), "{name}");
    }
}

/// Only formats JSON Schema defines: ajv's strict mode rejects a schema
/// with schemars' `double` or `int64`.
#[test]
fn the_schemas_use_only_standard_formats() {
    const STANDARD: &[&str] = &["date", "date-time", "time", "email", "uri", "regex"];
    for name in ["account.schema.json", "settings.schema.json"] {
        let schema: Value = serde_json::from_str(&committed(name)).unwrap();
        let mut formats = Vec::new();
        let mut stack = vec![&schema];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(map) => {
                    if let Some(Value::String(f)) = map.get("format") {
                        formats.push(f.clone());
                    }
                    stack.extend(map.values());
                }
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
        let odd: Vec<&String> = formats
            .iter()
            .filter(|f| !STANDARD.contains(&f.as_str()))
            .collect();
        assert!(odd.is_empty(), "{name}: {odd:?}");
    }
}
