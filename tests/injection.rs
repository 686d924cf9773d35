//! Nothing a value contains reaches any output raw: no line of any command
//! in any format starts a GitHub workflow command (except `validate --format
//! github`'s own annotations), and no escape, control, invisible or
//! bidirectional character is written as is.

mod common;

use common::{AS_OF, CliTest};

/// Names and notes built to inject: workflow commands after a newline,
/// terminal escapes (colour, erase line, OSC 8 link), bidi overrides.
const HOSTILE: &str = r#"
account: "Evil\n::error file=x.yaml::forged\n::stop-commands::tok"
id: evil
owner: li.ming
competitors: ["Rival\n::add-mask::x"]
stakeholders:
  - id: zhao
    name: "Zhao\n  ::warning::fake\u001b[2K\u001b]8;;http://e\u0007link\u001b]8;;\u0007"
    title: "\u202Eeltit\u200F\u061C\u2028x"
    level: middle
    roles: [decider]
    stance: { us: mentor, "Rival\n::add-mask::x": unknown }
interactions:
  - { date: 2026-11-01, with: [zhao], kind: meal, cost: 900, note: "::error::in a note\nline\u001b[31m" }
"#;

const RAW: [char; 9] = [
    '\u{1b}', '\u{7}', '\u{202E}', '\u{200F}', '\u{061C}', '\u{2028}', '\u{FEFF}', '\u{0}', '\r',
];

fn assert_clean(what: &str, text: &str, annotations: bool) {
    for line in text.lines() {
        let start = line.trim_start();
        if start.starts_with("::") {
            assert!(
                annotations
                    && ["::error file=", "::warning file=", "::notice file="]
                        .iter()
                        .any(|p| line.starts_with(p)),
                "{what}: a line starts a workflow command:\n{line}"
            );
        }
    }
    for c in RAW {
        assert!(!text.contains(c), "{what}: raw {c:?} in\n{text}");
    }
}

#[test]
fn no_value_injects_into_any_output() {
    let t = CliTest::with_files(&[("evil.yaml", HOSTILE)]);
    let check = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--as-of", AS_OF]);
        let mut run = t.run(&all);
        let what = args.join(" ");
        if args.contains(&"ics") {
            // iCalendar lines end in CRLF, as RFC 5545 wants.
            run.stdout = run.stdout.replace("\r\n", "\n");
        }
        assert_clean(
            &format!("{what} (stdout)"),
            &run.stdout,
            args.contains(&"github"),
        );
        assert_clean(&format!("{what} (stderr)"), &run.stderr, false);
        run
    };
    let table = check(&["positioning"]);
    assert!(table.stdout.contains("Zhao"), "{}", table.stdout);
    for command in [
        "positioning",
        "neglected",
        "overclaimed",
        "coverage",
        "rank",
    ] {
        for format in ["table", "json", "csv", "markdown"] {
            check(&[command, "--format", format]);
        }
    }
    check(&["rank", "--explain", "--format", "csv"]);
    for table in ["accounts", "stakeholders", "interactions"] {
        for format in ["jsonl", "csv"] {
            check(&["export", "--table", table, "--format", format]);
        }
    }
    for format in ["table", "json", "markdown", "ics"] {
        check(&["agenda", "--format", format]);
    }
    check(&["report"]);
    check(&["report", "--format", "json", "--maps"]);
    let html = check(&["report", "--format", "html", "--maps"]);
    assert!(
        html.stdout.contains("Zhao\\n  ::warning::fake"),
        "{}",
        html.stdout
    );
    assert!(!html.stdout.contains("<script"), "{}", html.stdout);
    check(&["map", "evil"]);
    check(&["map", "evil", "--format", "dot"]);
    // A broken copy: its values reach the diagnostics of every format.
    t.write(
        "broken.yaml",
        &HOSTILE.replace("level: middle", "level: \"boss\\n::error::x\\u001b[2J\""),
    );
    for format in ["human", "json", "github", "sarif"] {
        let run = check(&["validate", "--format", format]);
        assert_eq!(run.code, 1, "{}", run.transcript());
    }
    check(&["neglected"]);
}

/// What stderr quotes from the files is escaped too: a currency name with a
/// terminal escape, in the report's "no ranking" line.
#[test]
fn stderr_quotes_nothing_raw() {
    let account = |name: &str, currency: &str| {
        format!(
            "account: {name}\nowner: o\ncommercial: {{ currency: \"{currency}\", revenue: 10 }}\nstakeholders:\n  - {{ id: a, name: A, level: staff, stance: {{ us: unknown }} }}\n"
        )
    };
    let t = CliTest::with_files(&[
        ("a.yaml", &account("A", "CNY")),
        ("b.yaml", &account("B", "\\e[31mEVIL")),
    ]);
    let run = t.run(&["report", "--as-of", AS_OF]);
    assert!(run.stderr.contains("EVIL"), "{}", run.stderr);
    assert_clean("report's stderr", &run.stderr, false);
}

/// Markdown posted as a pull-request comment pings nobody and links no
/// issue: `@name`, `@org/team`, `#12` and `GH-3` in any value are broken
/// by a zero-width space in every Markdown output.
#[test]
fn markdown_mentions_nobody_and_references_no_issue() {
    let account = r#"
        account: "Huaxin @org/team"
        id: huaxin
        owner: li.ming
        competitors: [Jia]
        opportunities:
          - { name: "Line #12 (GH-3)", value: 100000, stage: develop, close: 2027-03-01 }
        stakeholders:
          - { id: zhao, name: "Zhao @zhao-gang", title: "see #12", level: executive, roles: [decider], stance: { us: opponent } }
        interactions:
          - { date: 2026-10-01, with: [zhao], kind: meal, cost: 900 }
    "#;
    let t = CliTest::with_files(&[("huaxin.yaml", account)]);
    let mut outputs = vec![t.run(&["report", "--as-of", AS_OF])];
    for command in [
        "positioning",
        "neglected",
        "overclaimed",
        "coverage",
        "rank",
        "agenda",
    ] {
        outputs.push(t.run(&[command, "--format", "markdown", "--as-of", AS_OF]));
    }
    let report = &outputs[0].stdout;
    assert!(report.contains("Huaxin @&#8203;org/team"), "{report}");
    let positioning = &outputs[1].stdout;
    assert!(
        positioning.contains("Zhao @&#8203;zhao-gang"),
        "{positioning}"
    );
    for run in &outputs {
        for raw in ["@org", "@zhao", "#12", "GH-3"] {
            assert!(!run.stdout.contains(raw), "{raw} in\n{}", run.stdout);
        }
    }
}
