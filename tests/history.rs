//! History, report, map and export. History tests build real git
//! repositories with the `git` binary, with fixed author and commit dates.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{AS_OF, git, guanxi, repo_root};

const V1: &str = "account: Qingshan Steel
id: qingshan
owner: li.ming
competitors: [Jia]
stakeholders:
  - { id: zhao, name: Zhao Gang, level: middle, roles: [coach], stance: { us: mentor, Jia: unknown }, evidence: [Sent the tender draft] }
  - { id: liu, name: Liu Yang, level: middle, roles: [technical], stance: { us: unknown } }
interactions:
  - { date: 2026-09-20, with: [zhao], kind: visit }
";

/// A repository whose history has stance moves both ways, a rename, a
/// broken commit, a competitor added later, people joining and leaving.
fn history_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"], "2026-10-01", "Li Ming");
    fs::create_dir(d.join("accounts")).unwrap();
    fs::write(d.join("accounts/qs.yaml"), V1).unwrap();
    git(d, &["add", "."], "2026-10-01", "Li Ming");
    git(
        d,
        &["commit", "-q", "-m", "Qingshan"],
        "2026-10-01",
        "Li Ming",
    );

    let v2 = V1
        .replace("stance: { us: unknown } }", "stance: { us: supporter } }")
        .replace(
            "stance: { us: mentor, Jia: unknown }",
            "stance: { us: neutral, Jia: unknown }",
        )
        + "  - { date: 2026-10-09, with: [liu], kind: tech-exchange, by: [chen.hao] }\n  - { date: 2026-10-09, with: [zhao], kind: meal }\n";
    fs::write(d.join("accounts/qs.yaml"), &v2).unwrap();
    git(
        d,
        &["commit", "-q", "-am", "Liu warms up, Zhao cools"],
        "2026-10-10",
        "Chen Hao",
    );

    git(
        d,
        &["mv", "accounts/qs.yaml", "accounts/qingshan.yaml"],
        "2026-10-15",
        "Li Ming",
    );
    git(
        d,
        &["commit", "-q", "-m", "Rename"],
        "2026-10-15",
        "Li Ming",
    );

    fs::write(
        d.join("accounts/qingshan.yaml"),
        format!("{v2}  - {{ date: [broken\n"),
    )
    .unwrap();
    git(d, &["commit", "-q", "-am", "Oops"], "2026-10-20", "Li Ming");

    let v3 = v2
        .replace("competitors: [Jia]", "competitors: [Jia, Yi]")
        .replace(
            "stance: { us: supporter } }",
            "stance: { us: supporter, Yi: mentor } }",
        )
        .replace(
            "evidence: [Sent the tender draft] }",
            "evidence: [Sent the tender draft], left: 2026-10-20 }",
        )
        + "";
    let v3 = v3.replace(
        "interactions:\n",
        "  - { id: wang, name: Wang Jianguo, level: executive, roles: [decider], stance: { us: unknown } }\ninteractions:\n",
    );
    fs::write(d.join("accounts/qingshan.yaml"), &v3).unwrap();
    git(
        d,
        &["commit", "-q", "-am", "Fix, add Yi and Wang"],
        "2026-10-21",
        "Li Ming",
    );
    dir
}

fn events(dir: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["history", "--format", "json", "--as-of", AS_OF];
    args.extend_from_slice(extra);
    let r = guanxi(dir, &args);
    assert_eq!(r.code, 0, "{}", r.transcript());
    r.json().as_array().unwrap().clone()
}

#[test]
fn history_reads_moves_renames_broken_commits_and_new_competitors() {
    let repo = history_repo();
    let ev = events(repo.path(), &[]);
    let summary: Vec<String> = ev
        .iter()
        .map(|e| {
            format!(
                "{} {} {} {}",
                e["date"].as_str().unwrap(),
                e["kind"].as_str().unwrap(),
                e["direction"].as_str().unwrap_or("-"),
                e["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            "2026-10-01 account-added - account added with 2 stakeholders",
            "2026-10-10 stance toward-us Liu Yang toward us: unknown → supporter (toward us)",
            "2026-10-10 stance away-from-us Zhao Gang toward us: mentor → neutral (away from us)",
            "2026-10-10 interactions - 2 interactions logged: tech-exchange, meal",
            "2026-10-20 unparseable - accounts/qingshan.yaml does not parse in this commit; skipped",
            "2026-10-21 stance away-from-us Liu Yang toward Yi: unknown → mentor (away from us)",
            "2026-10-21 stakeholder-added - Wang Jianguo (executive) added, unknown toward us",
            "2026-10-21 stakeholder-left - Zhao Gang left on 2026-10-20",
        ]
    );
    assert_eq!(ev[1]["author"], "Chen Hao");
    assert_eq!(ev[1]["commit"].as_str().unwrap().len(), 10);
    assert_eq!(ev[1]["account"], "qingshan");
    assert_eq!(
        ev[3]["interactions"][0]["by"],
        serde_json::json!(["chen.hao"])
    );
    assert_eq!(
        ev[3]["interactions"][1]["by"],
        serde_json::json!(["li.ming"])
    );
    // The rename itself changed nothing, and the file is followed across it.
    assert!(ev.iter().all(|e| e["date"] != "2026-10-15"));
}

#[test]
fn history_since_and_account_filters() {
    let repo = history_repo();
    let ev = events(repo.path(), &["--since", "2026-10-16"]);
    assert!(
        ev.iter()
            .all(|e| e["date"].as_str().unwrap() >= "2026-10-16"),
        "{ev:?}"
    );
    assert_eq!(ev.len(), 4);
    // 40 days before the as-of date (2026-11-23) is 2026-10-14.
    assert_eq!(events(repo.path(), &["--since", "40d"]).len(), 4);
    assert!(events(repo.path(), &["--account", "other"]).is_empty());
    let absurd = guanxi(
        repo.path(),
        &["history", "--since", "99999999999d", "--as-of", AS_OF],
    );
    assert_eq!(absurd.code, 2, "{}", absurd.transcript());
}

#[test]
fn history_table_snapshot() {
    let repo = history_repo();
    let r = guanxi(repo.path(), &["history", "--as-of", AS_OF]);
    let text = r.transcript();
    // Commit ids differ per run only if dates or authors do; they are fixed.
    insta::assert_snapshot!(text);
    let zh = guanxi(repo.path(), &["history", "--as-of", AS_OF, "--lang", "zh"]);
    insta::assert_snapshot!("history-zh", zh.transcript());
}

#[test]
fn outside_git_history_is_a_clear_error_and_report_still_runs() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.yaml"), V1).unwrap();
    let r = guanxi(dir.path(), &["history", "--as-of", AS_OF]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("is not inside a git repository"),
        "{}",
        r.stderr
    );
    let r = guanxi(dir.path(), &["report", "--as-of", AS_OF]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    assert!(
        r.stdout.contains("the change section needs git history"),
        "{}",
        r.stdout
    );
}

#[test]
fn report_in_both_formats() {
    let repo = history_repo();
    let week = [
        "report",
        "--since",
        "2026-10-05",
        "--maps",
        "--as-of",
        "2026-10-25",
    ];
    let md = guanxi(repo.path(), &week);
    assert_eq!(md.code, 0, "{}", md.transcript());
    insta::assert_snapshot!("report-markdown", md.stdout);
    let zh = guanxi(repo.path(), &[&week[..], &["--lang", "zh"]].concat());
    assert_eq!(zh.code, 0, "{}", zh.transcript());
    insta::assert_snapshot!("report-markdown-zh", zh.stdout);
    let json = guanxi(
        repo.path(),
        &[
            "report",
            "--since",
            "2026-10-05",
            "--format",
            "json",
            "--as-of",
            "2026-10-25",
        ],
    );
    let v = json.json();
    for key in [
        "ranking",
        "changes",
        "neglected",
        "overclaimed",
        "coverage_gaps",
        "closing",
        "find_out",
        "maps",
    ] {
        assert!(v.get(key).is_some(), "{key} missing");
    }
    assert_eq!(v["changes"]["toward_us"].as_array().unwrap().len(), 1);
    assert_eq!(v["changes"]["away_from_us"].as_array().unwrap().len(), 2);
    insta::assert_snapshot!("report-json", json.stdout);
}

#[test]
fn maps_escape_labels_and_render_with_dot() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "account: X\nowner: o\ncompetitors: [\"Jia \\\"A\\\" #1\"]\nstakeholders:\n  - { id: a, name: \"Boss <b>\\\"]; x\", title: \"C&O [1] #2\", level: executive, roles: [decider], stance: { us: mentor, \"Jia \\\"A\\\" #1\": mentor } }\n  - { id: b, name: 王\\\\伟, level: staff, reports_to: a, stance: { us: opponent } }\n";
    fs::write(dir.path().join("x.yaml"), hostile).unwrap();
    let mermaid = guanxi(dir.path(), &["map", "x", "--as-of", AS_OF]);
    assert_eq!(mermaid.code, 0, "{}", mermaid.transcript());
    assert!(
        mermaid.stdout.contains("Boss #lt;b#gt;#quot;]; x"),
        "{}",
        mermaid.stdout
    );
    assert!(!mermaid.stdout.contains("<b>\""), "{}", mermaid.stdout);
    let dot = guanxi(
        dir.path(),
        &["map", "x", "--format", "dot", "--as-of", AS_OF],
    );
    assert!(dot.stdout.contains("Boss <b>\\\"]; x"), "{}", dot.stdout);
    if Command::new("dot").arg("-V").output().is_ok() {
        for source in [
            &dot.stdout,
            &guanxi(
                &repo_root(),
                &[
                    "map",
                    "huadong-power",
                    "--repo",
                    "example-accounts",
                    "--format",
                    "dot",
                    "--all",
                    "--as-of",
                    AS_OF,
                ],
            )
            .stdout,
        ] {
            let mut child = Command::new("dot")
                .arg("-Tsvg")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(source.as_bytes())
                .unwrap();
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "dot failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
        }
    } else {
        eprintln!("skipped: Graphviz `dot` is not installed");
    }
}

#[test]
fn map_snapshots() {
    for format in ["mermaid", "dot"] {
        let r = guanxi(
            &repo_root(),
            &[
                "map",
                "qingshan-steel",
                "--repo",
                "example-accounts",
                "--format",
                format,
                "--as-of",
                AS_OF,
            ],
        );
        assert_eq!(r.code, 0);
        insta::assert_snapshot!(format!("map-{format}"), r.stdout);
    }
}

#[test]
fn export_tables_have_stable_columns() {
    for table in ["accounts", "stakeholders", "interactions"] {
        let csv = guanxi(
            &repo_root(),
            &[
                "export",
                "example-accounts",
                "--table",
                table,
                "--format",
                "csv",
                "--as-of",
                AS_OF,
            ],
        );
        assert_eq!(csv.code, 0);
        let header = csv.stdout.lines().next().unwrap().to_string();
        let jsonl = guanxi(
            &repo_root(),
            &[
                "export",
                "example-accounts",
                "--table",
                table,
                "--format",
                "jsonl",
                "--as-of",
                AS_OF,
            ],
        );
        let mut rows = 0;
        for line in jsonl.stdout.lines() {
            let v: serde_json::Value =
                serde_json::from_str(line).expect("one JSON object per line");
            let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(
                keys.join(","),
                header,
                "{table}: JSON keys and CSV header differ"
            );
            rows += 1;
        }
        assert_eq!(rows, csv.stdout.lines().count() - 1, "{table}");
        insta::assert_snapshot!(format!("export-{table}-header"), header);
    }
}

/// The account on 2026-11-02, and as it moved afterwards.
const WEEK1: &str = "account: Qingshan Steel
id: qingshan
owner: li.ming
competitors: [Jia]
stakeholders:
  - { id: zhao, name: Zhao Gang, level: middle, roles: [coach], stance: { us: mentor }, evidence: [Sent the tender draft] }
  - { id: liu, name: Liu Yang, level: middle, roles: [technical], stance: { us: unknown } }
  - { id: wang, name: Wang Jianguo, level: executive, roles: [decider], stance: { us: unknown } }
interactions:
  - { date: 2026-10-20, with: [zhao], kind: visit }
";

#[test]
fn a_past_week_re_runs_exactly_as_it_was_reported() {
    let t = common::CliTest::new();
    let d = t.root();
    git(d, &["init", "-q", "-b", "main"], "2026-11-02", "Li Ming");
    fs::write(d.join("qingshan.yaml"), WEEK1).unwrap();
    git(d, &["add", "."], "2026-11-02", "Li Ming");
    git(
        d,
        &["commit", "-q", "-m", "week 1"],
        "2026-11-02",
        "Li Ming",
    );
    let week2 = WEEK1.replace(
        "roles: [technical], stance: { us: unknown }",
        "roles: [technical], stance: { us: supporter }",
    ) + "  - { date: 2026-11-04, with: [liu], kind: tech-exchange }\n";
    fs::write(d.join("qingshan.yaml"), &week2).unwrap();
    git(
        d,
        &["commit", "-q", "-am", "Liu warms up"],
        "2026-11-05",
        "Chen Hao",
    );

    let report = ["report", "--since", "7d", "--as-of", "2026-11-06"];
    let that_day = t.run(&report);
    assert_eq!(that_day.code, 0, "{}", that_day.transcript());
    assert!(
        that_day
            .stdout
            .contains("Liu Yang toward us: unknown → supporter")
    );

    // The next week: Zhao cools (committed), Liu turns (not committed yet),
    // and a visit after the as-of date.
    let week3 = week2.replace("stance: { us: mentor }", "stance: { us: neutral }")
        + "  - { date: 2026-11-10, with: [wang], kind: exec-visit }\n";
    fs::write(d.join("qingshan.yaml"), &week3).unwrap();
    git(
        d,
        &["commit", "-q", "-am", "Zhao cools"],
        "2026-11-12",
        "Li Ming",
    );
    fs::write(
        d.join("qingshan.yaml"),
        week3.replace("stance: { us: supporter }", "stance: { us: opponent }"),
    )
    .unwrap();

    let mut again = report.to_vec();
    again.push("--at-commit");
    let rerun = t.run(&again);
    assert_eq!(rerun.code, 0, "{}", rerun.transcript());
    assert_eq!(
        rerun.stdout, that_day.stdout,
        "the past week's report changed"
    );
    assert!(
        rerun.stderr.starts_with("guanxi: read as of commit ")
            && rerun.stderr.ends_with(", 2026-11-05\n"),
        "{}",
        rerun.stderr
    );
    let head_of_week2 = std::process::Command::new("git")
        .args(["rev-parse", "HEAD~1"])
        .current_dir(d)
        .output()
        .unwrap();
    let rev = String::from_utf8_lossy(&head_of_week2.stdout)
        .trim()
        .to_string();
    let mut by_rev = report.to_vec();
    by_rev.extend(["--rev", &rev]);
    assert_eq!(t.run(&by_rev).stdout, that_day.stdout);

    // Without it, the working files are read, later interactions ignored,
    // later commits left out of the changes, and the output says so.
    let working = t.run(&report);
    assert_eq!(working.code, 0, "{}", working.transcript());
    assert!(
        !working
            .stdout
            .contains("Zhao Gang toward us: mentor → neutral")
    );
    assert!(
        working.stderr.contains(
            "as of 2026-11-06, but the account files have commits after 2026-11-06 and uncommitted changes"
        ),
        "{}",
        working.stderr
    );
    let history = t.run(&["history", "--format", "json", "--as-of", "2026-11-06"]);
    let commits: Vec<&str> = history
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect::<Vec<_>>()
        .into_iter()
        .map(|s| if s <= "2026-11-06" { "in" } else { "after" })
        .collect();
    assert!(
        !commits.is_empty() && commits.iter().all(|c| *c == "in"),
        "{commits:?}"
    );
}

#[test]
fn a_crafted_subject_or_author_cannot_forge_history() {
    let t = common::CliTest::new();
    let d = t.root();
    git(d, &["init", "-q", "-b", "main"], "2026-11-02", "Li Ming");
    fs::write(d.join("qingshan.yaml"), WEEK1).unwrap();
    git(d, &["add", "."], "2026-11-02", "Li Ming");
    // Under the old record separator this subject invented a commit by
    // "Mallory" on 2023-11-14 that moved Zhao toward us.
    let forged = format!(
        "real change\u{1}{}\t1700000000\tMallory\tforged\n:100644 100644 {} {} M\0qingshan.yaml\0",
        "f".repeat(40),
        "0".repeat(40),
        "1".repeat(40)
    )
    .replace('\0', "");
    git(d, &["commit", "-q", "-m", &forged], "2026-11-02", "Li Ming");
    let moved = WEEK1.replace(
        "stance: { us: unknown } }\n  - { id: wang",
        "stance: { us: supporter } }\n  - { id: wang",
    );
    fs::write(d.join("qingshan.yaml"), moved).unwrap();
    git(
        d,
        &["commit", "-q", "-am", "liu"],
        "2026-11-05",
        "Eve\u{1}0000000000000000000000000000000000000000",
    );
    let run = t.run(&["history", "--format", "json", "--as-of", "2026-11-23"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let events = run.json();
    let authors: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["author"].as_str().unwrap())
        .collect();
    assert_eq!(
        authors,
        [
            "Li Ming",
            "Eve\u{1}0000000000000000000000000000000000000000"
        ]
    );
    assert!(!run.stdout.contains("Mallory") && !run.stdout.contains("2023-11-14"));
}

#[test]
fn a_damaged_repository_is_a_git_error_and_a_shallow_one_says_so() {
    let t = common::CliTest::new();
    let d = t.root();
    git(d, &["init", "-q", "-b", "main"], "2026-11-02", "Li Ming");
    fs::write(d.join("qingshan.yaml"), WEEK1).unwrap();
    git(d, &["add", "."], "2026-11-02", "Li Ming");
    git(d, &["commit", "-q", "-m", "one"], "2026-11-02", "Li Ming");
    let two = WEEK1.replace(
        "{ us: unknown } }\n  - { id: wang",
        "{ us: supporter } }\n  - { id: wang",
    );
    fs::write(d.join("qingshan.yaml"), &two).unwrap();
    git(d, &["commit", "-q", "-am", "two"], "2026-11-05", "Li Ming");

    // A shallow clone of the last commit: its files are where history
    // starts, not an account added.
    let shallow = d.join("shallow");
    let url = format!("file://{}", d.display());
    git(
        d,
        &["clone", "-q", "--depth", "1", &url, "shallow"],
        "2026-11-06",
        "Li Ming",
    );
    let run = guanxi(
        &shallow,
        &["history", "--format", "json", "--as-of", "2026-11-23"],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.json(), serde_json::json!([]), "{}", run.stdout);
    assert!(run.stderr.contains("shallow clone"), "{}", run.stderr);

    // Damage the blob of the first version: git's failure, exit 2.
    let blob = std::process::Command::new("git")
        .args(["rev-parse", "HEAD~1:qingshan.yaml"])
        .current_dir(d)
        .output()
        .unwrap();
    let blob = String::from_utf8_lossy(&blob.stdout).trim().to_string();
    let object = d.join(".git/objects").join(&blob[..2]).join(&blob[2..]);
    let mut perms = fs::metadata(&object).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    fs::set_permissions(&object, perms).unwrap();
    fs::write(&object, b"not a git object").unwrap();
    let run = guanxi(d, &["history", "--as-of", "2026-11-23"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("git fsck"), "{}", run.stderr);
    assert!(!run.stdout.contains("does not parse"), "{}", run.stdout);
}

/// Every element that is opened is closed, in order (void elements aside),
/// and every table has a header row: what a browser would otherwise repair
/// silently.
fn assert_well_formed(html: &str) {
    const VOID: [&str; 6] = ["meta", "br", "img", "hr", "input", "link"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("a tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.starts_with('?') || tag.ends_with('/') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if VOID.contains(&name.as_str()) {
            continue;
        }
        if tag.starts_with('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "</{name}> closes the wrong element"
            );
        } else {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
    assert_eq!(
        html.matches("<table").count(),
        html.matches("<thead>").count()
    );
}

#[test]
fn the_html_report_is_one_well_formed_page_with_bars_and_maps() {
    let repo = history_repo();
    let run = guanxi(
        repo.path(),
        &[
            "report",
            "--since",
            "2026-10-05",
            "--maps",
            "--format",
            "html",
            "--as-of",
            "2026-10-25",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let html = &run.stdout;
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_well_formed(html);
    // Self-contained: no script, nothing fetched.
    for banned in ["<script", "src=", "href=", "<link", "url(", "@import"] {
        assert!(!html.contains(banned), "{banned}");
    }
    // The ranking's bars, the maps as SVG, the Markdown report's sections.
    assert!(html.contains("<svg class=\"bar\""));
    assert!(html.contains("<svg class=\"map\""));
    // The stance chart, from the files as they were week by week: Liu
    // turned supporter on 2026-10-10, so the supporters' line rises.
    assert!(html.contains("<h2>Stances toward us, week by week</h2>"));
    assert!(html.contains("<svg class=\"chart\""));
    assert!(html.contains("supporter 支"));
    let markdown = guanxi(
        repo.path(),
        &["report", "--since", "2026-10-05", "--as-of", "2026-10-25"],
    );
    for heading in markdown
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
    {
        assert!(html.contains(&format!("<h2>{heading}</h2>")), "{heading}");
    }

    // A real browser renders it, when one is installed.
    let Ok(version) = Command::new("chromium").arg("--version").output() else {
        eprintln!("skipped: chromium is not installed");
        return;
    };
    assert!(version.status.success());
    let page = repo.path().join("report.html");
    fs::write(&page, html).unwrap();
    let shot = repo.path().join("report.png");
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .args([
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1000,2000",
        ])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{log}");
    assert!(!log.contains("CONSOLE"), "console messages: {log}");
    assert!(
        fs::metadata(&shot).unwrap().len() > 10_000,
        "an empty page?"
    );
}

#[test]
fn a_map_as_svg_needs_no_graphviz_and_keeps_chinese_names() {
    let run = guanxi(
        &repo_root(),
        &[
            "map",
            "huadong-power",
            "example-accounts",
            "--format",
            "svg",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.starts_with("<?xml") && run.stdout.contains("<svg"));
    for name in ["周建华", "陈丽", "张伟"] {
        assert!(run.stdout.contains(name), "{name}");
    }
    assert!(run.stdout.trim_end().ends_with("</svg>"));
    let again = guanxi(
        &repo_root(),
        &[
            "map",
            "huadong-power",
            "example-accounts",
            "--format",
            "svg",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(again.stdout, run.stdout, "not deterministic");
}

/// A help request answered only after `help_response_days` (here set to 7)
/// is an event of its own in the commit that logs the help, read from a
/// real repository.
#[test]
fn a_help_request_answered_late_leaves_a_trace_in_history() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"], "2026-10-01", "Li Ming");
    fs::write(d.join(".guanxi.yaml"), "help_response_days: 7\n").unwrap();
    let asked = format!("{V1}  - {{ date: 2026-10-02, with: [zhao], kind: help-requested }}\n");
    fs::write(d.join("qs.yaml"), &asked).unwrap();
    git(d, &["add", "."], "2026-10-02", "Li Ming");
    git(
        d,
        &["commit", "-q", "-m", "Zhao asks"],
        "2026-10-02",
        "Li Ming",
    );
    let helped = format!("{asked}  - {{ date: 2026-10-20, with: [zhao], kind: help-given }}\n");
    fs::write(d.join("qs.yaml"), helped).unwrap();
    git(
        d,
        &["commit", "-q", "-am", "Helped at last"],
        "2026-10-20",
        "Li Ming",
    );
    let ev = events(d, &[]);
    let late: Vec<&serde_json::Value> = ev
        .iter()
        .filter(|e| e["kind"] == "help-answered-late")
        .collect();
    assert_eq!(late.len(), 1, "{ev:#?}");
    assert_eq!(late[0]["stakeholder"], "zhao");
    let said = late[0]["message"].as_str().unwrap();
    assert!(said.contains("18 days later"), "{said}");
}
