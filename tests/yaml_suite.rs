//! The official YAML test suite's documents (vendored in
//! tests/fixtures/yaml-test-suite, MIT, see its LICENSE): every invalid one
//! is a YAML error with a line and column; every valid one gets a clear
//! answer. Never a panic, never a hang.

mod common;

use std::path::PathBuf;

/// The suite's folder; a missing one fails the test (it is in the repository).
fn suite() -> PathBuf {
    let dir = common::fixtures().join("yaml-test-suite");
    for sub in ["valid", "invalid"] {
        assert!(
            dir.join(sub).is_dir(),
            "{}/{sub} is missing: the suite is vendored in the repository",
            dir.display()
        );
    }
    dir
}

/// Cases the spec rejects that guanxi accepts (none: serde-saphyr's
/// `strict_indentation` catches 9C9N, DK95-01 and QB6E, which it lets
/// through by default).
const KNOWN_ACCEPTED: &[&str] = &[];

const YAML_ERRORS: &[&str] = &[
    "yaml-syntax",
    "duplicate-key",
    "multiple-documents",
    "yaml-limit",
    "invalid-utf8",
];

#[test]
fn invalid_documents_are_yaml_errors_with_positions() {
    let dir = suite();
    let run = common::validate(&dir.join("invalid"), &["--format", "json"]);
    assert_eq!(run.code, 1);
    let report = run.json();
    let diags = report["diagnostics"].as_array().unwrap();
    let files = report["files"].as_u64().unwrap();
    assert_eq!(files, 94);
    let mut accepted = Vec::new();
    for entry in std::fs::read_dir(dir.join("invalid")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let mine: Vec<_> = diags
            .iter()
            .filter(|d| d["file"] == name.as_str())
            .collect();
        let yaml_error = mine
            .iter()
            .find(|d| YAML_ERRORS.contains(&d["code"].as_str().unwrap()));
        match yaml_error {
            Some(d) => {
                assert!(
                    d["line"].as_u64().unwrap_or(0) >= 1,
                    "{name}: no line in {d}"
                );
                assert!(
                    d["column"].as_u64().unwrap_or(0) >= 1,
                    "{name}: no column in {d}"
                );
            }
            None => accepted.push(name),
        }
    }
    accepted.sort();
    assert_eq!(
        accepted, KNOWN_ACCEPTED,
        "invalid documents not reported as YAML errors"
    );
    for name in ["9C9N.yaml", "DK95-01.yaml", "QB6E.yaml"] {
        assert!(
            diags
                .iter()
                .any(|d| d["file"] == name && d["code"] == "yaml-syntax"),
            "{name} should be a syntax error"
        );
    }
}

#[test]
fn valid_documents_get_a_clear_answer() {
    let dir = suite();
    let run = common::validate(&dir.join("valid"), &["--format", "json"]);
    // Exit 1: none of them is an account file. Not 101 (panic), not a signal.
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    assert_eq!(report["files"].as_u64().unwrap(), 308);
    let diags = report["diagnostics"].as_array().unwrap();
    for entry in std::fs::read_dir(dir.join("valid")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let mine: Vec<_> = diags
            .iter()
            .filter(|d| d["file"] == name.as_str())
            .collect();
        assert!(
            !mine.is_empty(),
            "{name}: a valid YAML document that is no account passed"
        );
        for d in mine {
            assert!(
                !d["message"].as_str().unwrap().is_empty(),
                "{name}: empty message"
            );
            assert_ne!(
                d["code"], "yaml-syntax",
                "{name}: valid YAML reported as a syntax error: {d}"
            );
        }
    }
}
