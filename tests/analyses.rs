//! The analyses: every rule and reason fires on its fixture and not on its
//! near miss; every format of every command is snapshotted on the examples.

mod common;

use common::{AS_OF, fixtures, guanxi, repo_root};

fn run(args: &[&str]) -> common::Run {
    let mut all = args.to_vec();
    all.extend(["--as-of", AS_OF]);
    guanxi(&repo_root(), &all)
}

fn keys(run: &common::Run, field: &str) -> Vec<String> {
    run.json()
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|f| f[field].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_rule_and_reason_fires_and_its_near_miss_does_not() {
    for (family, command, field) in [
        ("neglect", "neglected", "reason"),
        ("overclaim", "overclaimed", "rule"),
    ] {
        let root = fixtures().join("analyses").join(family);
        let mut names: Vec<String> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert!(names.len() >= 3, "{family}: {names:?}");
        for name in names {
            let expected = if name == "cadence-override" {
                "overdue"
            } else {
                name.as_str()
            };
            let dir = root.join(&name);
            let fires = guanxi(
                &dir,
                &[command, "fires.yaml", "--format", "json", "--as-of", AS_OF],
            );
            assert_eq!(
                keys(&fires, field),
                [expected],
                "{family}/{name}/fires.yaml: {}",
                fires.stdout
            );
            assert_eq!(fires.code, 0);
            let near = guanxi(
                &dir,
                &[
                    command,
                    "near-miss.yaml",
                    "--format",
                    "json",
                    "--as-of",
                    AS_OF,
                ],
            );
            assert_eq!(
                keys(&near, field),
                Vec::<String>::new(),
                "{family}/{name}/near-miss.yaml"
            );
            let fail = guanxi(&dir, &[command, "fires.yaml", "--fail", "--as-of", AS_OF]);
            assert_eq!(fail.code, 1, "--fail with a finding");
            let fail = guanxi(
                &dir,
                &[command, "near-miss.yaml", "--fail", "--as-of", AS_OF],
            );
            assert_eq!(fail.code, 0, "--fail without findings");
        }
    }
}

#[test]
fn every_format_of_every_analysis_on_the_examples() {
    for command in ["positioning", "neglected", "overclaimed"] {
        for format in ["table", "json", "csv", "markdown"] {
            let r = run(&[command, "example-accounts", "--format", format]);
            assert_eq!(r.code, 0, "{}", r.transcript());
            insta::assert_snapshot!(format!("{command}-{format}"), r.transcript());
        }
    }
    let zh = run(&[
        "table",
        "example-accounts",
        "--account",
        "huadong-power",
        "--symbols",
        "zh",
        "--all",
    ]);
    insta::assert_snapshot!("positioning-zh-all", zh.transcript());
}

#[test]
fn positioning_json_has_the_documented_shape() {
    let r = run(&[
        "positioning",
        "example-accounts",
        "--account",
        "qingshan-steel",
        "--format",
        "json",
    ]);
    let t = &r.json()[0];
    assert_eq!(t["account"], "qingshan-steel");
    assert_eq!(
        t["columns"],
        serde_json::json!(["us", "Jia Automation", "Yi Electric"])
    );
    let zhao = t["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["stakeholder"] == "zhao")
        .unwrap();
    assert_eq!(
        zhao["stance"],
        serde_json::json!({"us": "mentor", "Jia Automation": "unknown", "Yi Electric": "unknown"})
    );
    assert_eq!(zhao["roles"], serde_json::json!(["coach"]));
    // Rows by level, then influence (highest first), then name.
    let order: Vec<&str> = t["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["stakeholder"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["wang", "sun", "liu", "he", "zhao", "gao"]);
    let find_out: Vec<&str> = t["find_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["stakeholder"].as_str().unwrap())
        .collect();
    assert_eq!(find_out, ["wang", "liu"]);
}

#[test]
fn people_who_left_are_hidden_unless_all() {
    let names = |r: &common::Run| -> Vec<String> {
        r.json()[0]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["stakeholder"].as_str().unwrap().to_string())
            .collect()
    };
    let plain = run(&[
        "positioning",
        "example-accounts",
        "--account",
        "huadong-power",
        "--format",
        "json",
    ]);
    let all = run(&[
        "positioning",
        "example-accounts",
        "--account",
        "huadong-power",
        "--format",
        "json",
        "--all",
    ]);
    assert!(!names(&plain).contains(&"old.wang".to_string()));
    assert!(names(&all).contains(&"old.wang".to_string()));
}

#[test]
fn tables_stay_aligned_with_wide_characters() {
    for width in ["60", "100", "160"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
            .args([
                "table",
                "example-accounts",
                "--account",
                "huadong-power",
                "--symbols",
                "zh",
                "--as-of",
                AS_OF,
            ])
            .current_dir(repo_root())
            .env("COLUMNS", width)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let table: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '╞', '└']))
            .collect();
        let widths: Vec<usize> = table
            .iter()
            .map(|l| unicode_width::UnicodeWidthStr::width(*l))
            .collect();
        assert!(
            widths.iter().all(|w| *w == widths[0]),
            "ragged at {width}: {widths:?}\n{text}"
        );
        assert!(
            widths[0] <= width.parse().unwrap(),
            "wider than {width}: {}",
            widths[0]
        );
    }
}

#[test]
fn invalid_files_are_reported_on_stderr_and_the_rest_analysed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo_root().join("example-accounts/qingshan-steel.yaml"),
        dir.path().join("good.yaml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("bad.yaml"), "account: Bad\nowner: x\nstakeholders:\n  - { id: a, name: A, level: boss, stance: { us: mentor } }\n").unwrap();
    let r = guanxi(
        dir.path(),
        &["overclaimed", "--format", "json", "--as-of", AS_OF],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("`boss` is not a level"), "{}", r.stderr);
    assert!(
        r.stderr.contains("1 file with errors left out"),
        "{}",
        r.stderr
    );
    assert!(keys(&r, "account").iter().all(|a| a == "qingshan-steel"));
    assert!(!keys(&r, "account").is_empty());
}

#[test]
fn unknown_account_is_a_usage_error_with_a_suggestion() {
    let r = run(&[
        "neglected",
        "example-accounts",
        "--account",
        "qingshan-stel",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `qingshan-steel`?"),
        "{}",
        r.stderr
    );
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let text = "account: \"=HYPERLINK(\\\"http://x\\\")\"\nowner: o\nstakeholders:\n  - id: a\n    name: \"<script>|\\e[31m@SUM(A1)\"\n    title: \"-2+3\"\n    level: staff\n    stance: { us: unknown }\n";
    std::fs::write(dir.path().join("x.yaml"), text).unwrap();
    let go = |format: &str| {
        guanxi(
            dir.path(),
            &["positioning", "--format", format, "--as-of", AS_OF],
        )
        .stdout
    };
    let csv = go("csv");
    assert!(
        csv.contains("'<script>") || csv.contains("<script>"),
        "{csv}"
    );
    assert!(
        csv.contains("'-2+3"),
        "formula-like title not neutralised: {csv}"
    );
    assert!(!csv.contains(",@SUM"), "{csv}");
    let md = go("markdown");
    assert!(md.contains("&lt;script&gt;\\|"), "{md}");
    assert!(
        md.contains("\\=HYPERLINK") || md.contains("=HYPERLINK"),
        "{md}"
    );
    let table = go("table");
    assert!(!table.contains('\u{1b}'), "raw escape in table: {table:?}");
    for out in [&csv, &md, &go("json")] {
        assert!(
            !out.contains('\u{1b}') || out.contains("\\u001b"),
            "raw escape: {out:?}"
        );
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    for command in ["positioning", "neglected", "overclaimed"] {
        let first = run(&[command, "example-accounts", "--format", "json"]).stdout;
        assert_eq!(
            run(&[command, "example-accounts", "--format", "json"]).stdout,
            first
        );
    }
}

#[test]
fn every_rule_and_reason_is_documented() {
    let docs = std::fs::read_to_string(repo_root().join("docs/analyses.md")).unwrap();
    for rule in guanxi::analysis::overclaim::Rule::ALL {
        assert!(
            docs.contains(&format!("\n### {}\n", rule.as_str())),
            "{}",
            rule.as_str()
        );
        assert!(
            fixtures()
                .join("analyses/overclaim")
                .join(rule.as_str())
                .is_dir(),
            "{}",
            rule.as_str()
        );
    }
    for reason in guanxi::analysis::neglect::Reason::ALL
        .iter()
        .map(|r| r.as_str())
    {
        assert!(docs.contains(&format!("\n### {reason}\n")), "{reason}");
        assert!(
            fixtures().join("analyses/neglect").join(reason).is_dir(),
            "{reason}"
        );
    }
}
