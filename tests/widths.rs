//! Every table command at 60, 80, 100 and 160 columns, on Chinese and Latin
//! accounts: no line is wider than the terminal, and no date, id, code,
//! number or Latin word is ever broken across lines (Chinese prose may
//! break between characters).

mod common;

use std::collections::BTreeSet;

use common::{AS_OF, CliTest, guanxi, repo_root};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const WIDTHS: [usize; 4] = [60, 80, 100, 160];

fn run_at(dir: &std::path::Path, args: &[&str], width: usize) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args(args)
        .args(["--as-of", AS_OF])
        .current_dir(dir)
        .env_clear()
        .env("GIT_CEILING_DIRECTORIES", repo_root())
        .env("NO_COLOR", "1")
        .env("COLUMNS", width.to_string())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} at {width}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The words of the output's cells and lines, box drawing removed; the note
/// about columns left out is not data and is skipped.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_note = false;
    for line in text.lines() {
        if line.starts_with("(left out to fit") || line.starts_with("（为适应") {
            in_note = true;
        }
        if in_note {
            in_note = !(line.ends_with("csv)") || line.ends_with("csv）"));
            continue;
        }
        if line.starts_with("─[ ") {
            // A record's title: its number.
            continue;
        }
        let cleaned: String = line
            .chars()
            .map(|c| {
                // Box drawing, and the Chinese punctuation a line may break
                // after (a list of names joined with 、 is several words).
                if "│┆┌┐└┘├┤┬┴┼─═╞╡╪、，；：（）".contains(c)
                {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        out.extend(cleaned.split_whitespace().map(str::to_string));
    }
    out
}

/// A token that must never be split: it has Latin letters or digits and no
/// wide (Chinese) character.
fn unbreakable(token: &str) -> bool {
    token.chars().any(|c| c.is_ascii_alphanumeric()) && !token.chars().any(|c| c.width() == Some(2))
}

fn check(dir: &std::path::Path, args: &[&str]) {
    let whole: BTreeSet<String> = tokens(&run_at(dir, args, 10_000)).into_iter().collect();
    for width in WIDTHS {
        let text = run_at(dir, args, width);
        for line in text.lines() {
            assert!(
                line.width() <= width,
                "{args:?} at {width}: a line of {} columns:\n{line}\n\n{text}",
                line.width()
            );
        }
        for token in tokens(&text) {
            assert!(
                !unbreakable(&token) || whole.contains(&token),
                "{args:?} at {width}: `{token}` is a broken piece:\n{text}"
            );
        }
    }
}

#[test]
fn every_table_command_fits_and_breaks_no_word() {
    let root = repo_root();
    for args in [
        &["positioning", "example-accounts"][..],
        &[
            "positioning",
            "example-accounts",
            "--symbols",
            "zh",
            "--all",
        ],
        &["positioning", "example-accounts", "--lang", "zh", "--all"],
        &["neglected", "example-accounts"],
        &["neglected", "example-accounts", "--lang", "zh"],
        &["overclaimed", "example-accounts"],
        &["overclaimed", "example-accounts", "--lang", "zh"],
        &["coverage", "example-accounts"],
        &["coverage", "example-accounts", "--lang", "zh"],
        &["rank", "example-accounts"],
        &["rank", "example-accounts", "--explain"],
        &["rank", "example-accounts", "--explain", "--lang", "zh"],
        &["agenda", "example-accounts"],
        &["agenda", "example-accounts", "--lang", "zh"],
    ] {
        check(&root, args);
    }
}

#[test]
fn history_fits_and_breaks_no_word() {
    let t = CliTest::new();
    for entry in std::fs::read_dir(repo_root().join("example-accounts")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        std::fs::write(t.root().join(&name), std::fs::read(&path).unwrap()).unwrap();
    }
    t.git(&["init", "-q", "-b", "main"], "2026-11-01");
    t.git(&["add", "."], "2026-11-01");
    t.git(&["commit", "-q", "-m", "examples"], "2026-11-01");
    let text = t
        .read("huadong-power.yaml")
        .replacen("{ us: 支", "{ us: 中", 1);
    std::fs::write(t.root().join("huadong-power.yaml"), text).unwrap();
    t.git(&["commit", "-q", "-am", "周建华 cools"], "2026-11-10");
    assert!(
        guanxi(t.root(), &["history", "--as-of", AS_OF])
            .stdout
            .contains("周建华")
    );
    check(t.root(), &["history"]);
}
