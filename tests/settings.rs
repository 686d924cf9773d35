//! `.guanxi.yaml`: found in the scanned directory or an ancestor, checked
//! like an account file, and obeyed.

mod common;

use std::fs;

const GOOD: &str = "account: Good\nowner: li.ming\nstakeholders:\n  - { id: zhao, name: Zhao, level: middle, stance: { us: supporter } }\n";

#[test]
fn settings_are_found_in_an_ancestor_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("accounts/east")).unwrap();
    fs::write(root.join("accounts/east/a.yaml"), GOOD).unwrap();
    fs::write(
        root.join(".guanxi.yaml"),
        "company: Hengda\ncadance_days:\n  mentor: 30\nhelp_response_days: 0\n",
    )
    .unwrap();
    let run = common::validate(&root.join("accounts"), &["east", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let diags = run.json()["diagnostics"].as_array().unwrap().clone();
    let on_settings: Vec<_> = diags
        .iter()
        .filter(|d| d["file"].as_str().unwrap().ends_with(".guanxi.yaml"))
        .map(|d| (d["code"].as_str().unwrap(), d["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(on_settings, [("unknown-field", 2)], "{diags:?}");
    assert!(diags[0]["help"].as_str().unwrap().contains("cadence_days"));
}

#[test]
fn settings_values_are_range_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.yaml"), GOOD).unwrap();
    fs::write(
        dir.path().join(".guanxi.yaml"),
        "cadence_days: { mentor: 0 }\nmax_mentors: -1\n",
    )
    .unwrap();
    let run = common::validate(dir.path(), &["--format", "json"]);
    assert_eq!(run.codes(), ["out-of-range", "out-of-range"]);
    assert_eq!(run.code, 1);
}

#[test]
fn max_file_size_setting_applies_and_the_flag_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.yaml"), GOOD).unwrap();
    fs::write(dir.path().join(".guanxi.yaml"), "max_file_size: 50\n").unwrap();
    let run = common::validate(dir.path(), &["--format", "json"]);
    assert_eq!(run.codes(), ["file-too-large"]);
    let run = common::validate(dir.path(), &["--format", "json", "--max-file-size", "1K"]);
    assert_eq!(run.codes(), Vec::<String>::new());
}
