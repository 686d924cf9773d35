//! The analyses: every rule and reason fires on its fixture and not on its
//! near miss; every format of every command is snapshotted on the examples.

mod common;

use common::{AS_OF, fixtures, guanxi, repo_root};
use guanxi::analysis::{Code, Family};

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

/// The codes a run found, in order, and its exit code with `--fail`.
fn found(dir: &std::path::Path, family: Family, file: &str) -> (Vec<String>, i32) {
    let command = command_of(family);
    let r = guanxi(dir, &[command, file, "--format", "json", "--as-of", AS_OF]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let findings: Vec<serde_json::Value> = match family {
        Family::Coverage => r.json()[0]["findings"].as_array().unwrap().clone(),
        _ => r.json().as_array().unwrap().clone(),
    };
    let codes = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    // The agenda lists to-dos; it has no --fail.
    if family == Family::Agenda {
        return (codes, 0);
    }
    let fail = guanxi(dir, &[command, file, "--fail", "--as-of", AS_OF]);
    (codes, fail.code)
}

fn command_of(family: Family) -> &'static str {
    match family {
        Family::Neglect => "neglected",
        Family::Overclaim => "overclaimed",
        Family::Coverage => "coverage",
        Family::Agenda => "agenda",
    }
}

#[test]
fn every_code_fires_and_its_near_miss_does_not() {
    let mut seen = Vec::new();
    for &family in Family::ALL {
        let root = fixtures().join("analyses").join(family.as_str());
        let mut names: Vec<String> = std::fs::read_dir(&root)
            .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names {
            // A scenario is named after its code, or is a variant of one.
            let code = match name.as_str() {
                "cadence-override" => Code::Overdue,
                "opponent-after-close" => Code::NeverContacted,
                other => Code::from_name(other)
                    .unwrap_or_else(|| panic!("{family}/{other}: no such code")),
            };
            assert_eq!(code.family(), family, "{name} is in the wrong folder");
            seen.push(code);
            let dir = root.join(&name);
            let (fires, fail) = found(&dir, family, "fires.yaml");
            assert_eq!(fires, [code.as_str()], "{family}/{name}/fires.yaml");
            let actionable =
                code.severity() != guanxi::finding::Severity::Note && family != Family::Agenda;
            assert_eq!(fail, i32::from(actionable), "{family}/{name}: --fail");
            let (near, fail) = found(&dir, family, "near-miss.yaml");
            assert_eq!(near, Vec::<String>::new(), "{family}/{name}/near-miss.yaml");
            assert_eq!(fail, 0, "{family}/{name}/near-miss.yaml: --fail");
        }
    }
    for code in Code::ALL {
        assert!(seen.contains(code), "no fixture for `{code}`");
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
    // The escape byte is shown, not sent; the formula-like title is quoted.
    assert!(
        csv.contains(r"x,a,<script>|\u{1b}[31m@SUM(A1),'-2+3,staff,"),
        "{csv}"
    );
    assert!(!csv.contains('\u{1b}'), "raw escape in CSV: {csv:?}");
    let md = go("markdown");
    assert!(
        // `@SUM` is no mention either (docs/security.md).
        md.contains(r"| &lt;script&gt;\|\\u{1b}\[31m@&#8203;SUM(A1) | -2+3 |"),
        "{md}"
    );
    assert!(md.contains("## =HYPERLINK(\"http://x\") (`x`)"), "{md}");
    assert!(!md.contains('\u{1b}'), "raw escape in Markdown: {md:?}");
    let table = go("table");
    assert!(!table.contains('\u{1b}'), "raw escape in table: {table:?}");
    assert!(table.contains(r"\u{1b}[31m"), "escape not shown: {table}");
    let json = go("json");
    assert!(
        json.contains(r#""name": "<script>|\u001b[31m@SUM(A1)""#),
        "{json}"
    );
    assert!(!json.contains('\u{1b}'), "raw escape in JSON: {json:?}");
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
fn every_code_is_documented() {
    let docs = std::fs::read_to_string(repo_root().join("docs/analyses.md")).unwrap();
    for code in Code::ALL {
        assert!(
            docs.contains(&format!("\n### {code}\n")),
            "docs/analyses.md has no heading for `{code}`"
        );
    }
}

#[test]
fn a_past_week_keeps_every_account_and_ignores_later_interactions() {
    let at = |args: &[&str], date: &str| {
        let mut all = args.to_vec();
        all.extend(["example-accounts", "--format", "json", "--as-of", date]);
        guanxi(&repo_root(), &all)
    };
    let (now, past) = (at(&["rank"], AS_OF), at(&["rank"], "2026-09-01"));
    assert_eq!(past.code, 0, "{}", past.transcript());
    let count = |r: &common::Run| r.json().as_array().unwrap().len();
    assert_eq!(count(&past), count(&now));
    assert_eq!(count(&past), 5);
    // The later visits are ignored: fewer people engaged back then.
    let qingshan = ["coverage", "--account", "qingshan-steel"];
    let (engaged_now, engaged_then) = (at(&qingshan, AS_OF), at(&qingshan, "2026-09-01"));
    assert_ne!(
        engaged_now.json()[0]["engaged"],
        engaged_then.json()[0]["engaged"]
    );
}

#[test]
fn stages_read_in_chinese_show_in_the_table_and_advise_the_next_step() {
    let t = common::CliTest::with_files(&[(
        "a.yaml",
        "
        account: A
        owner: o
        stakeholders:
          - { id: chen, name: 陈丽, level: middle, stage: 信任, stance: { us: 帮 }, evidence: [报价底线准确] }
          - { id: li, name: 李科, level: staff, stage: 相识, stance: { us: 帮 }, evidence: [主动约见] }
        ",
    )]);
    let table = t.run(&["table", "--symbols", "zh", "--as-of", AS_OF]);
    assert_eq!(table.code, 0, "{}", table.transcript());
    assert!(
        table.stdout.contains("信任") && table.stdout.contains("相识"),
        "{}",
        table.stdout
    );
    let english = t.run(&["table", "--format", "csv", "--as-of", AS_OF]);
    assert!(
        english.stdout.contains(",trust,us,mentor"),
        "{}",
        english.stdout
    );
    let over = t.run(&["overclaimed", "--format", "json", "--as-of", AS_OF]);
    let found = over.json();
    let below = found
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "stage-below-label")
        .unwrap()
        .clone();
    assert_eq!(below["people"], serde_json::json!(["li"]));
    assert!(
        below["action"]
            .as_str()
            .unwrap()
            .ends_with("learn what they need and show competence"),
        "{below}"
    );
}

#[test]
fn the_agenda_is_a_week_a_manager_agrees_with_and_a_calendar_reads_it() {
    let agenda = run(&[
        "agenda",
        "example-accounts",
        "--owner",
        "li.ming",
        "--format",
        "json",
    ]);
    assert_eq!(agenda.code, 0, "{}", agenda.transcript());
    let actions = agenda.json();
    let actions = actions.as_array().unwrap();
    // Only li.ming's accounts; most urgent first (by due date).
    let owned = ["beigang-port", "qingshan-steel"];
    assert!(
        actions
            .iter()
            .all(|a| owned.contains(&a["account"].as_str().unwrap()))
    );
    let due: Vec<&str> = actions.iter().map(|a| a["due"].as_str().unwrap()).collect();
    let mut sorted = due.clone();
    sorted.sort_unstable();
    assert_eq!(due, sorted);
    assert!(
        due.iter().all(|d| *d >= AS_OF && *d <= "2026-11-29"),
        "{due:?}"
    );
    // Every line says what to do, for whom, and why.
    for a in actions {
        assert!(
            !a["action"].as_str().unwrap().is_empty() && !a["message"].as_str().unwrap().is_empty()
        );
    }
    let codes: Vec<&str> = actions
        .iter()
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"overdue") && codes.contains(&"find-out"),
        "{codes:?}"
    );

    // The calendar: valid iCalendar, one event per action, stable UIDs.
    let ics = run(&[
        "agenda",
        "example-accounts",
        "--owner",
        "li.ming",
        "--format",
        "ics",
    ]);
    assert!(
        ics.stdout.contains("\r\n")
            && ics
                .stdout
                .lines()
                .all(|l| l.trim_end_matches('\r').len() <= 75)
    );
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.stdout.as_bytes()));
    let calendar = parser.next().expect("a calendar").expect("it parses");
    assert_eq!(calendar.events.len(), actions.len());
    let uids: Vec<String> = calendar
        .events
        .iter()
        .map(|e| {
            e.properties
                .iter()
                .find(|p| p.name == "UID")
                .and_then(|p| p.value.clone())
                .unwrap()
        })
        .collect();
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "{uids:?}");
    // A week later the same overdue contact keeps its UID (an update, not a copy).
    let later = guanxi(
        &repo_root(),
        &[
            "agenda",
            "example-accounts",
            "--owner",
            "li.ming",
            "--format",
            "ics",
            "--as-of",
            "2026-11-30",
        ],
    );
    assert!(
        later
            .stdout
            .contains("UID:qingshan-steel.overdue.gao@guanxi")
    );
    assert!(uids.contains(&"qingshan-steel.overdue.gao@guanxi".to_string()));
    // An owner nobody is: a usage error with a suggestion.
    let typo = run(&["agenda", "example-accounts", "--owner", "li.mnig"]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("did you mean `li.ming`?"),
        "{}",
        typo.stderr
    );
}

#[test]
fn findings_as_sarif_read_back_and_point_at_their_account_files() {
    for command in ["neglected", "overclaimed", "coverage"] {
        let json = run(&[command, "example-accounts", "--format", "json"]);
        let sarif = run(&[command, "example-accounts", "--format", "sarif"]);
        assert_eq!(sarif.code, 0, "{}", sarif.transcript());
        let log: serde_sarif::sarif::Sarif =
            serde_json::from_str(&sarif.stdout).expect("SARIF 2.1.0");
        let results = log.runs[0].results.as_ref().expect("results");
        let findings: Vec<serde_json::Value> = match command {
            "coverage" => json
                .json()
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|c| c["findings"].as_array().unwrap().clone())
                .collect(),
            _ => json.json().as_array().unwrap().clone(),
        };
        assert_eq!(results.len(), findings.len(), "{command}");
        let value: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
        for (r, f) in value["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&findings)
        {
            assert_eq!(r["ruleId"], f["code"], "{command}");
            assert_eq!(r["properties"]["people"], f["people"], "{command}");
            let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap();
            let account = f["account"].as_str().unwrap();
            assert_eq!(uri, format!("example-accounts/{account}.yaml"), "{command}");
        }
    }
}
