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
