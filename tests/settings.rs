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

/// The files `validate --format json` read and the files it complained about.
fn read_and_flagged(t: &common::CliTest, args: &[&str]) -> (u64, Vec<String>, i32) {
    let mut all = vec!["validate", "--format", "json", "--as-of", common::AS_OF];
    all.extend(args);
    let run = t.run(&all);
    let json = run.json();
    let mut flagged: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap().replace('\\', "/"))
        .collect();
    flagged.dedup();
    (json["files"].as_u64().unwrap(), flagged, run.code)
}

const MKDOCS: &str = "site_name: Account plans\nnav:\n  - Home: index.md\n";

#[test]
fn exclude_leaves_out_what_is_not_an_account() {
    let t = common::CliTest::with_files(&[
        ("accounts/a.yaml", GOOD),
        ("mkdocs.yml", MKDOCS),
        ("docs/extra.yaml", "theme: dark\n"),
    ]);
    // Without settings, every YAML file is read as an account.
    let (files, flagged, code) = read_and_flagged(&t, &[]);
    assert_eq!((files, code), (3, 1));
    assert_eq!(flagged, ["docs/extra.yaml", "mkdocs.yml"]);
    t.write(".guanxi.yaml", "exclude: [docs/, mkdocs.yml]\n");
    assert_eq!(read_and_flagged(&t, &[]), (1, vec![], 0));
    // A file named on the command line is read whatever the patterns say.
    let (files, flagged, _) = read_and_flagged(&t, &["mkdocs.yml"]);
    assert_eq!((files, flagged), (1, vec!["mkdocs.yml".to_string()]));
}

#[test]
fn paths_stand_for_the_repository_and_stay_inside_it() {
    let t = common::CliTest::with_files(&[
        ("accounts/a.yaml", GOOD),
        ("accounts/east/b.yaml", GOOD.replace("Good", "B").as_str()),
        ("tools/config.yaml", "verbose: true\n"),
        (".guanxi.yaml", "paths: [accounts]\n"),
    ]);
    assert_eq!(read_and_flagged(&t, &[]), (2, vec![], 0));
    assert_eq!(read_and_flagged(&t, &["."]), (2, vec![], 0));
    // A folder named on the command line is read as named.
    let (files, _, code) = read_and_flagged(&t, &["tools"]);
    assert_eq!((files, code), (1, 1));
    // `..` would read outside the repository: refused, at its line.
    t.write(".guanxi.yaml", "# scope\npaths: [accounts, ../elsewhere]\n");
    let run = t.run(&["validate", "--format", "json", "--as-of", common::AS_OF]);
    let json = run.json();
    let bad: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().unwrap().ends_with(".guanxi.yaml"))
        .map(|d| (d["code"].as_str().unwrap(), d["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(bad, [("invalid-value", 2)]);
}

#[test]
fn what_git_ignores_is_not_read_in_a_work_tree() {
    let t = common::CliTest::with_files(&[
        ("a.yaml", GOOD),
        ("drafts/wip.yaml", "account: [unfinished\n"),
        ("drafts/ready.yaml", GOOD),
        ("notes/.gitignore", "*.yaml\n"),
        ("notes/n.yaml", "not: an account\n"),
        (".gitignore", "drafts/*\n!drafts/ready.yaml\n"),
    ]);
    // Outside a git work tree, .gitignore files mean nothing.
    let (files, _, code) = read_and_flagged(&t, &[]);
    assert_eq!((files, code), (4, 1));
    t.git(&["init", "-q"], "2026-11-20");
    assert_eq!(read_and_flagged(&t, &[]), (2, vec![], 0));
    // From a subfolder, the .gitignore above still applies.
    let run = common::guanxi(
        &t.root().join("drafts"),
        &["validate", "--format", "json", "--as-of", common::AS_OF],
    );
    assert_eq!(run.json()["files"], 1, "{}", run.stdout);
}

#[test]
fn a_commit_is_read_in_the_same_scope() {
    let t = common::CliTest::with_files(&[
        ("accounts/a.yaml", GOOD),
        ("mkdocs.yml", MKDOCS),
        (".guanxi.yaml", "exclude: [mkdocs.yml]\n"),
    ]);
    t.git(&["init", "-q"], "2026-11-20");
    t.git(&["add", "-A"], "2026-11-20");
    t.git(&["commit", "-qm", "plans"], "2026-11-20");
    let run = t.run(&["positioning", "--at-commit", "--as-of", common::AS_OF]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = t.run(&["history", "--as-of", common::AS_OF, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(!run.stdout.contains("mkdocs"), "{}", run.stdout);
}
