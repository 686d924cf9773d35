//! Exports people open in Excel and load into DuckDB: read back with a real
//! CSV reader and a real xlsx reader, Chinese intact, whole numbers whole,
//! several values as JSON, TAB and CR kept as JSON Lines keeps them.

mod common;

use common::{AS_OF, CliTest};
use serde_json::Value;

/// A Chinese account with a whole and a fractional cost, a note with a TAB
/// and a CR, and a formula where a name belongs.
const ACCOUNT: &str = r#"
account: 华东电网检修分公司
id: huadong
owner: wu.jie
competitors: [甲自动化]
stakeholders:
  - id: zhou
    name: 周建华
    title: "=HYPERLINK(\"http://x\")"
    level: executive
    roles: [decider, initiator]
    stance: { us: 支, 甲自动化: 反 }
    evidence: ["Signed; twice", "Said \"yes\""]
interactions:
  - { date: 2026-11-01, with: [zhou], kind: meal, cost: 1800, note: "a\tb\rc" }
  - { date: 2026-11-02, with: [zhou], kind: visit, cost: 12.5 }
"#;

fn jsonl(t: &CliTest, table: &str) -> Vec<Value> {
    let run = t.run(&["export", "--table", table, "--notes", "--as-of", AS_OF]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `--excel` writes what Excel opens with Chinese intact; a CSV reader gets
/// back every value JSON Lines holds.
#[test]
fn csv_for_excel_reads_back_as_json_lines_holds_it() {
    let t = CliTest::with_files(&[("huadong.yaml", ACCOUNT)]);
    for table in ["stakeholders", "interactions"] {
        let out = t.root().join(format!("{table}.csv"));
        let run = t.run(&[
            "export",
            "--table",
            table,
            "--notes",
            "--excel",
            "--output",
            out.to_str().unwrap(),
            "--as-of",
            AS_OF,
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let bytes = std::fs::read(&out).unwrap();
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "no byte-order mark"
        );
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(text.split('\n').next().unwrap().ends_with('\r'), "not CRLF");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let json = jsonl(&t, table);
        assert_eq!(rows.len(), json.len());
        for (row, object) in rows.iter().zip(&json) {
            for (name, cell) in headers.iter().zip(row.iter()) {
                let expected = &object[name];
                let back = match expected {
                    Value::Null => Value::Null,
                    Value::String(s) if s.starts_with('=') => {
                        assert_eq!(cell, format!("'{s}"), "{name}: a formula");
                        continue;
                    }
                    Value::String(_) => Value::String(cell.to_string()),
                    _ => serde_json::from_str(cell)
                        .unwrap_or_else(|e| panic!("{name}: `{cell}` is not JSON: {e}")),
                };
                let back = if cell.is_empty() { Value::Null } else { back };
                assert_eq!(&back, expected, "{table}.{name}");
            }
        }
    }
    let interactions = jsonl(&t, "interactions");
    assert_eq!(interactions[0]["cost"].to_string(), "1800");
    assert_eq!(interactions[1]["cost"].to_string(), "12.5");
    assert_eq!(interactions[0]["note"], "a\tb\rc");
    assert_eq!(interactions[0]["with_ids"], serde_json::json!(["zhou"]));
    let people = jsonl(&t, "stakeholders");
    assert_eq!(people[0]["name"], "周建华");
    assert_eq!(people[0]["stances"]["甲自动化"], "opponent");
}

/// Plain CSV (for the terminal and pipes): a TAB is kept, a CR is shown
/// escaped (it would hide text on a terminal), lines end in LF, no BOM.
#[test]
fn plain_csv_keeps_tabs_and_shows_carriage_returns() {
    let t = CliTest::with_files(&[("huadong.yaml", ACCOUNT)]);
    let run = t.run(&[
        "export",
        "--table",
        "interactions",
        "--notes",
        "--format",
        "csv",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(!run.stdout.starts_with('\u{feff}') && !run.stdout.contains('\r'));
    assert!(run.stdout.contains("a\tb\\rc"), "{}", run.stdout);
    assert!(run.stdout.contains(",1800,"), "{}", run.stdout);
}

/// `--format xlsx`: one sheet, numbers as numbers, text as text (a formula
/// stays text), Chinese intact; refused without --output.
#[test]
fn an_xlsx_workbook_reads_back() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let t = CliTest::with_files(&[("huadong.yaml", ACCOUNT)]);
    let run = t.run(&[
        "export",
        "--table",
        "stakeholders",
        "--format",
        "xlsx",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("--output"), "{}", run.stderr);
    for table in ["stakeholders", "interactions"] {
        let out = t.root().join(format!("{table}.xlsx"));
        let run = t.run(&[
            "export",
            "--table",
            table,
            "--notes",
            "--format",
            "xlsx",
            "--output",
            out.to_str().unwrap(),
            "--as-of",
            AS_OF,
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        assert_eq!(run.stdout, "");
        let mut book: Xlsx<_> = open_workbook(&out).unwrap();
        assert_eq!(book.sheet_names(), [table]);
        let range = book.worksheet_range(table).unwrap();
        let header: Vec<String> = range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        let json = jsonl(&t, table);
        assert_eq!(range.height(), json.len() + 1);
        for (row, object) in range.rows().skip(1).zip(&json) {
            for (name, cell) in header.iter().zip(row) {
                match (&object[name.as_str()], cell) {
                    (Value::Null, Data::Empty) => {}
                    (Value::Number(n), Data::Float(f)) => {
                        assert_eq!(n.as_f64(), Some(*f), "{name}")
                    }
                    (Value::Bool(b), Data::Bool(c)) => assert_eq!(b, c, "{name}"),
                    (Value::String(s), Data::String(c)) if name != "note" => {
                        assert_eq!(s, c, "{name}")
                    }
                    (Value::String(_), Data::String(c)) => assert_eq!(c, "a\tb\\rc"),
                    (v @ (Value::Array(_) | Value::Object(_)), Data::String(c)) => {
                        assert_eq!(&serde_json::from_str::<Value>(c).unwrap(), v, "{name}")
                    }
                    (v, c) => panic!("{table}.{name}: {v} became {c:?}"),
                }
            }
        }
    }
}

/// The README's way past one machine's memory: JSON Lines into DuckDB.
/// Runs the README's own line (when Python has `duckdb`; CI installs it)
/// and checks DuckDB counts what guanxi exported.
#[test]
fn the_readme_s_duckdb_line_reads_the_export() {
    let has_duckdb = std::process::Command::new("python3")
        .args(["-c", "import duckdb"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_duckdb {
        eprintln!("skipped: python3 has no duckdb (pip install duckdb)");
        return;
    }
    let readme = std::fs::read_to_string(common::repo_root().join("README.md")).unwrap();
    let line = readme
        .lines()
        .find(|l| l.starts_with("python3 -c \"import duckdb"))
        .expect("README's DuckDB line");
    let dir = tempfile::tempdir().unwrap();
    let export = common::guanxi(
        &common::repo_root(),
        &[
            "export",
            "example-accounts",
            "--table",
            "interactions",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(export.code, 0, "{}", export.stderr);
    std::fs::write(dir.path().join("interactions.jsonl"), &export.stdout).unwrap();
    let run = std::process::Command::new("sh")
        .args(["-c", line])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for l in export.stdout.lines() {
        let v: Value = serde_json::from_str(l).unwrap();
        *counts
            .entry(v["account"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    assert!(counts.len() >= 3, "{counts:?}");
    for (account, n) in counts {
        let row = shown
            .lines()
            .find(|r| r.contains(&format!(" {account} ")))
            .unwrap_or_else(|| panic!("{account} missing:\n{shown}"));
        assert!(row.contains(&format!(" {n} ")), "{account} {n}: {row}");
    }
}
