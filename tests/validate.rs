//! `guanxi validate` on scenario fixtures: every code fires on its fixture,
//! stays silent on its near miss, and the whole output is snapshotted.

mod common;

use common::{fixtures, validate};

fn scenarios() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures().join("validate"))
        .expect("fixtures/validate")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // One scenario per code that a file can fire: an empty folder must fail.
    assert!(names.len() >= 25, "only {} scenarios", names.len());
    names
}

#[test]
fn every_scenario_fires_its_code_and_only_there() {
    for name in scenarios() {
        let dir = fixtures().join("validate").join(&name);
        // Everything but the near miss (duplicate-account-id needs two files).
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|f| f != "near-miss.yaml")
            .collect();
        files.sort();
        let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
        args.extend(["--format", "json"]);
        let fires = validate(&dir, &args);
        assert!(
            fires.codes().contains(&name),
            "{name}/fires.yaml should report `{name}`, got {:?}",
            fires.codes()
        );
        let expected_exit = i32::from(fires.json()["errors"].as_u64().unwrap() > 0);
        assert_eq!(fires.code, expected_exit, "{name}: {}", fires.stdout);

        let near = dir.join("near-miss.yaml");
        if near.exists() {
            let run = validate(&dir, &["near-miss.yaml", "--format", "json"]);
            assert_eq!(
                run.codes(),
                Vec::<String>::new(),
                "{name}/near-miss.yaml should be clean"
            );
            assert_eq!(run.code, 0, "{name}/near-miss.yaml");
        }
    }
}

#[test]
fn snapshots_human_and_json_per_scenario() {
    for name in scenarios() {
        let dir = fixtures().join("validate").join(&name);
        let human = validate(&dir, &[]);
        insta::assert_snapshot!(format!("human-{name}"), human.transcript());
        let json = validate(&dir, &["--format", "json"]);
        insta::assert_snapshot!(format!("json-{name}"), json.transcript());
        let zh = validate(&dir, &["--lang", "zh"]);
        said_in_chinese(&name, &zh.stdout);
        insta::assert_snapshot!(format!("human-zh-{name}"), zh.transcript());
        // Scripts read the same JSON in every language.
        let zh_json = validate(&dir, &["--format", "json", "--lang", "zh"]);
        assert_eq!(zh_json.stdout, json.stdout, "{name}");
    }
}

/// Every message (`×`) and help line of a Chinese run is said in Chinese:
/// it has Chinese characters, and no catalogue key is missing.
fn said_in_chinese(name: &str, out: &str) {
    assert!(!out.contains("Unknown localization"), "{name}:\n{out}");
    assert!(!out.contains("help:"), "{name}:\n{out}");
    let chinese = |line: &str| line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let said: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().starts_with('×') || l.trim_start().starts_with("建议"))
        .collect();
    assert!(!said.is_empty(), "{name}:\n{out}");
    for line in said {
        assert!(chinese(line), "{name}: not in Chinese: {line}");
    }
}

#[test]
fn github_format_annotates_lines_and_escapes() {
    let dir = fixtures().join("validate").join("unknown-stakeholder");
    let run = validate(&dir, &["--format", "github"]);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn one_run_reports_every_broken_file_once() {
    let root = fixtures().join("validate");
    let run = validate(&root, &["--format", "json"]);
    assert_eq!(run.code, 1);
    let report = run.json();
    let diags = report["diagnostics"].as_array().unwrap();
    // Every scenario's fires.yaml appears; no diagnostic is repeated.
    for name in scenarios() {
        let file = format!("{name}/fires.yaml");
        assert!(
            diags.iter().any(|d| d["file"] == file.as_str()),
            "{file} missing from the combined run"
        );
    }
    let mut keys: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    let before = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), before, "a diagnostic was repeated");
    assert_eq!(
        report["files"].as_u64().unwrap() as usize,
        count_yaml(&root)
    );
}

fn count_yaml(dir: &std::path::Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .count()
}

#[test]
fn output_is_sorted_and_identical_across_runs() {
    let root = fixtures().join("validate");
    // Twice is enough to catch thread-timing order (the alias-bomb fixture
    // makes each run cost most of a second).
    let first = validate(&root, &["--format", "json"]).stdout;
    assert_eq!(validate(&root, &["--format", "json"]).stdout, first);
    let report: serde_json::Value = serde_json::from_str(&first).unwrap();
    let order: Vec<(String, u64, u64)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn examples_validate_clean() {
    let run = validate(&common::repo_root(), &["example-accounts"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.starts_with("checked 5 files: no problems"),
        "{}",
        run.stdout
    );
}

#[test]
fn missing_path_is_a_usage_error() {
    let run = validate(&fixtures(), &["no/such/dir"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .contains("no/such/dir: no such file or directory"),
        "{}",
        run.stderr
    );
}

#[test]
fn as_of_works_before_and_after_the_subcommand() {
    let dir = fixtures().join("validate").join("future-interaction");
    let after = common::guanxi(&dir, &["validate", "fires.yaml", "--as-of", "2100-01-01"]);
    let before = common::guanxi(&dir, &["--as-of", "2100-01-01", "validate", "fires.yaml"]);
    assert_eq!(after.code, 0, "{}", after.transcript());
    assert_eq!(before.code, 0, "{}", before.transcript());
    let bad = common::guanxi(&dir, &["validate", "--as-of", "2026-02-30"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("February 2026 has 28 days"),
        "{}",
        bad.stderr
    );
}

#[test]
fn a_past_as_of_date_never_makes_a_later_interaction_an_error() {
    // The examples log interactions through November 2026; as of January
    // they are later than the as-of date but not in the future.
    let examples = common::repo_root().join("example-accounts");
    let past = |dir: &std::path::Path, args: &[&str]| {
        let mut all = vec!["validate", "--format", "json", "--as-of", "2026-01-01"];
        all.extend_from_slice(args);
        common::guanxi(dir, &all)
    };
    let run = past(&examples, &[]);
    assert!(
        !run.codes().contains(&"future-interaction".to_string()),
        "{}",
        run.stdout
    );
    // A mistyped year still is.
    let dir = fixtures().join("validate").join("future-interaction");
    let typo = past(&dir, &["fires.yaml"]);
    assert_eq!(typo.codes(), ["future-interaction"]);
}

#[test]
fn amounts_past_the_limit_are_out_of_range_and_never_overflow() {
    let t = common::CliTest::with_files(&[(
        "big.yaml",
        "
        account: Big
        owner: o
        commercial: { currency: CNY, revenue: 1.7e308, potential: 1.7e308 }
        opportunities:
          - { name: A, value: 1.0e15, stage: develop }
          - { name: B, value: 1.0e15, stage: develop }
        stakeholders: []
        ",
    )]);
    let run = t.run(&["validate", "--format", "json", "--as-of", common::AS_OF]);
    let lines: Vec<u64> = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "out-of-range")
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [3, 3], "{}", run.stdout);
    // At the limit, sums stay exact in every output.
    t.write("big.yaml", &t.read("big.yaml").replace("1.7e308", "1.0e15"));
    let rank = t.run(&[
        "rank",
        "--explain",
        "--format",
        "csv",
        "--as-of",
        common::AS_OF,
    ]);
    assert_eq!(rank.code, 0, "{}", rank.transcript());
    assert!(
        rank.stdout.contains("1,000,000,000,000,000 CNY"),
        "{}",
        rank.stdout
    );
    assert!(!rank.stdout.contains("9,223,372"), "{}", rank.stdout);
}

#[test]
fn a_duplicate_id_is_reported_with_the_other_errors_and_its_line() {
    let t = common::CliTest::with_files(&[
        (
            "a.yaml",
            "
            account: A
            id: same
            owner: o
            stakeholders: []
            ",
        ),
        (
            "b.yaml",
            "
            account: B
            owner: o
            id: same
            colour: blue
            stakeholders: []
            ",
        ),
    ]);
    let run = t.run(&["validate", "--format", "json", "--as-of", common::AS_OF]);
    let found: Vec<(String, String, u64)> = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .filter(|(_, code, _)| code != "no-stakeholders")
        .collect();
    let expected = [
        ("a.yaml", "duplicate-account-id", 2),
        ("b.yaml", "duplicate-account-id", 3),
        ("b.yaml", "unknown-field", 4),
    ]
    .map(|(f, c, l)| (f.to_string(), c.to_string(), l));
    assert_eq!(found, expected, "{}", run.stdout);
    let human = t.run(&["validate", "--as-of", common::AS_OF]);
    assert!(
        human.stdout.contains("b.yaml:3:5: account id `same`"),
        "{}",
        human.stdout
    );
}

#[test]
fn our_people_s_ids_take_any_script_but_one_word() {
    let t = common::CliTest::with_files(&[(
        "a.yaml",
        "
        account: 华东电网
        id: huadong
        owner: 吴杰
        team: [{ id: 吴杰, function: sales }, { id: he.qiang@example.com, function: service }]
        stakeholders:
          - { id: chen, name: 陈丽, level: middle, stance: { us: 帮 } }
        interactions:
          - { date: 2026-11-02, with: [chen], by: [吴杰, he.qiang@example.com], kind: visit }
          - { date: 2026-11-03, with: [chen], by: [wu jie], kind: call }
        ",
    )]);
    let run = t.run(&["validate", "--format", "json", "--as-of", common::AS_OF]);
    let found: Vec<(String, u64)> = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    // Only the id with a space: an error; it is also nobody on the team.
    assert_eq!(
        found,
        [
            ("invalid-id".to_string(), 9),
            ("unknown-team-member".to_string(), 9)
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn levels_roles_and_stages_read_in_chinese() {
    let t = common::CliTest::with_files(&[(
        "hd.yaml",
        "
        account: 华东电网
        owner: 吴杰
        stakeholders:
          - { id: zhou, name: 周建华, level: 高层, roles: [核心决策者], stage: 尊重, stance: { us: 支 } }
          - { id: chen, name: 陈丽, level: 中层, roles: [首倡者, 技术支持者], stance: { us: 帮 } }
          - { id: zhang, name: 张伟, level: 基层, roles: [关键使用者], stance: { us: 反 } }
        ",
    )]);
    let run = t.run(&["validate", "--format", "json", "--as-of", common::AS_OF]);
    assert_eq!(run.json()["errors"], 0, "{}", run.stdout);
    let table = t.run(&["positioning", "--format", "json", "--as-of", common::AS_OF]);
    let rows = &table.json()[0]["rows"];
    assert_eq!(rows[0]["level"], "executive");
    assert_eq!(rows[0]["roles"], serde_json::json!(["decider"]));
    assert_eq!(rows[0]["stage"], "respect");
}

#[test]
fn sarif_reads_back_as_sarif_with_every_diagnostic_in_place() {
    let root = fixtures().join("validate");
    let json = validate(&root, &["--format", "json"]);
    let sarif = validate(&root, &["--format", "sarif"]);
    assert_eq!(sarif.code, json.code, "{}", sarif.stderr);
    // The SARIF 2.1.0 object model (serde-sarif, generated from the
    // standard's schema) reads it back.
    let log: serde_sarif::sarif::Sarif = serde_json::from_str(&sarif.stdout).expect("SARIF 2.1.0");
    assert_eq!(log.version, serde_json::json!("2.1.0"));
    let run = &log.runs[0];
    let rules = run.tool.driver.rules.as_ref().expect("rules");
    assert_eq!(rules.len(), guanxi::finding::Code::ALL.len());
    let results = run.results.as_ref().expect("results");
    let diagnostics = json.json()["diagnostics"].as_array().unwrap().clone();
    assert_eq!(results.len(), diagnostics.len());
    let value: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    for (r, d) in value["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&diagnostics)
    {
        assert_eq!(r["ruleId"], d["code"]);
        assert_eq!(r["level"], d["severity"]);
        let rule =
            &value["runs"][0]["tool"]["driver"]["rules"][r["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], d["code"], "ruleIndex points at its rule");
        let location = &r["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], d["file"]);
        assert_eq!(location["region"]["startLine"], d["line"]);
    }
}

#[test]
fn github_says_how_many_its_ten_annotations_leave_out() {
    let root = fixtures().join("validate");
    let run = validate(&root, &["--format", "github"]);
    let errors = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("::error "))
        .count();
    assert!(errors > 10, "the fixtures have more than ten errors");
    let last = run.stdout.lines().last().unwrap();
    assert!(
        last.starts_with(&format!("guanxi: {errors} errors and ")),
        "{last}"
    );
    let one = validate(
        &root.join("empty-with"),
        &["fires.yaml", "--format", "github"],
    );
    assert!(
        one.stdout.lines().all(|l| l.starts_with("::")),
        "{}",
        one.stdout
    );
}

/// `-j N` sets the threads; the output is the same bytes whatever N.
#[test]
fn threads_change_nothing_but_speed() {
    let root = fixtures().join("validate");
    let all = validate(&root, &["--format", "json"]);
    for n in ["1", "3"] {
        let run = validate(&root, &["--format", "json", "-j", n]);
        assert_eq!((run.code, &run.stdout), (all.code, &all.stdout), "-j {n}");
    }
    let zero = validate(&root, &["-j", "0"]);
    assert_eq!(zero.code, 2, "{}", zero.stderr);
}
