//! Every SARIF log guanxi writes is valid under the SARIF 2.1.0 JSON Schema
//! (vendored in tests/fixtures/sarif, see its README), for GitHub code
//! scanning.

mod common;

use serde_json::Value;

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(common::fixtures().join("sarif/sarif-schema-2.1.0.json"))
        .expect("the SARIF schema is vendored in the repository");
    // The published schema's `language` patterns have a stray `]` (an
    // erratum) that the meta-schema's regex check rejects; read them as
    // meant. guanxi writes no `language`.
    const ERRATUM: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(text.matches(ERRATUM).count(), 2, "the erratum moved");
    let text = text.replace(ERRATUM, r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#);
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn assert_valid(v: &jsonschema::Validator, what: &str, text: &str) -> Value {
    let log: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: {e}"));
    let errors: Vec<String> = v
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}:\n{}", errors.join("\n"));
    log
}

#[test]
fn every_sarif_log_is_valid_sarif_2_1_0() {
    let v = validator();
    // The schema is strict enough to reject what is not SARIF.
    assert!(!v.is_valid(&serde_json::json!({ "version": "2.1.0", "runs": [{}] })));
    let root = common::repo_root();
    let validated = common::validate(&common::fixtures().join("validate"), &["--format", "sarif"]);
    let log = assert_valid(&v, "validate", &validated.stdout);
    assert!(
        log["runs"][0]["results"]
            .as_array()
            .is_some_and(|r| r.len() > 30),
        "too few results"
    );
    for command in ["neglected", "overclaimed", "coverage"] {
        let run = common::guanxi(
            &root,
            &[
                command,
                "example-accounts",
                "--format",
                "sarif",
                "--as-of",
                common::AS_OF,
            ],
        );
        let log = assert_valid(&v, command, &run.stdout);
        assert!(
            !log["runs"][0]["results"].as_array().unwrap().is_empty(),
            "{command}: no results"
        );
    }
}
