//! The event path (a node tree straight from the parser's events, replayed
//! into the model) against the detailed path (serde-saphyr): wherever the
//! event path answers, both must give the same tree and the same model,
//! spans included. Run on every fixture, every example, the YAML test
//! suite, and thousands of mutations of them.

mod common;

use std::path::{Path, PathBuf};

use guanxi::load::{parse, parse_detailed, parse_events};
use guanxi::model::{Account, Settings};
use guanxi::yaml::{detailed_tree, fast_tree};

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
}

fn corpus() -> Vec<(String, String)> {
    let root = common::repo_root();
    let mut out = Vec::new();
    for dir in [root.join("example-accounts"), common::fixtures()] {
        for path in yaml_files(&dir) {
            // The YAML test suite and the broken-file corpus are parser
            // cases by design, not account files.
            if path
                .components()
                .any(|c| c.as_os_str() == "yaml-test-suite" || c.as_os_str() == "yaml-broken")
            {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push((path.display().to_string(), text));
            }
        }
    }
    assert!(out.len() > 150, "the corpus shrank to {} files", out.len());
    out
}

/// Both paths agree on `text`; returns whether the event path answered.
fn agree(name: &str, text: &str) -> bool {
    let Some(fast) = fast_tree(text) else {
        return false;
    };
    match detailed_tree(text) {
        Ok(detailed) => assert_eq!(
            format!("{fast:?}"),
            format!("{detailed:?}"),
            "{name}: the trees differ"
        ),
        Err(problem) => {
            panic!("{name}: the event path read what serde-saphyr rejects: {problem:?}")
        }
    }
    let model = |p: guanxi::load::Parsed<Account>| format!("{:?} {:?}", p.value, p.problems);
    assert_eq!(
        model(parse::<Account>(text)),
        model(parse_detailed::<Account>(text)),
        "{name}: the accounts differ"
    );
    let settings = |p: guanxi::load::Parsed<Settings>| format!("{:?} {:?}", p.value, p.problems);
    assert_eq!(
        settings(parse::<Settings>(text)),
        settings(parse_detailed::<Settings>(text)),
        "{name}: the settings differ"
    );
    true
}

#[test]
fn every_fixture_and_example_reads_the_same_both_ways() {
    let corpus = corpus();
    let taken = corpus
        .iter()
        .filter(|(name, text)| agree(name, text))
        .count();
    let streamed = corpus
        .iter()
        .filter(|(_, text)| parse_events::<Account>(text).is_some())
        .count();
    let valid = corpus
        .iter()
        .filter(|(_, text)| parse_detailed::<Account>(text).problems.is_empty())
        .count();
    assert!(
        streamed * 10 >= valid * 9,
        "the event path read only {streamed} of {valid} files that parse"
    );
    // Most files are plain YAML: the event path must take them, or it buys nothing.
    assert!(
        taken * 10 >= corpus.len() * 9,
        "the event path took only {taken} of {} files",
        corpus.len()
    );
}

/// A small deterministic generator, so a failure names a reproducible case.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

const PIECES: &[&str] = &[
    ":",
    " ",
    "\n",
    "-",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "#",
    "&a ",
    "*a",
    "!!str ",
    "'",
    "\"",
    "\t",
    "<<: ",
    "~",
    "yes",
    "0x1F",
    "1e3",
    ".5",
    "012",
    "1_000",
    "null",
    "true",
    "赵",
    "  ",
    "2026-13-01",
    "4.0",
    "-1",
    "99999999999999999999",
    "|\n  x\n",
    ">-\n  y\n",
    "? ",
    "\\",
    ".inf",
    "-.Inf",
    ".NaN",
    "0o7",
];

fn mutate(text: &str, rng: &mut Lcg) -> String {
    let mut out = text.to_string();
    for _ in 0..1 + rng.next(3) {
        let mut at = rng.next(out.len() + 1);
        while !out.is_char_boundary(at) {
            at -= 1;
        }
        match rng.next(4) {
            0 => out.insert_str(at, PIECES[rng.next(PIECES.len())]),
            1 => {
                let mut end = (at + 1 + rng.next(8)).min(out.len());
                while !out.is_char_boundary(end) {
                    end += 1;
                }
                out.replace_range(at..end, "");
            }
            2 => {
                // Repeat a line (a repeated key, often).
                let start = out[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = out[at..].find('\n').map_or(out.len(), |i| at + i + 1);
                let line = out[start..end].to_string();
                out.insert_str(end, &line);
            }
            _ => out.insert_str(at, PIECES[rng.next(PIECES.len())]),
        }
    }
    out
}

#[test]
fn mutated_files_read_the_same_both_ways() {
    let corpus = corpus();
    let mut rng = Lcg(7);
    let (mut tried, mut taken) = (0, 0);
    for round in 0..20 {
        for (name, text) in &corpus {
            let mutated = mutate(text, &mut rng);
            tried += 1;
            if agree(&format!("{name} (mutation round {round})"), &mutated) {
                taken += 1;
            }
        }
    }
    assert!(tried >= 3000, "only {tried} mutations");
    assert!(
        taken > tried / 10,
        "the event path took only {taken} of {tried}"
    );
}

#[test]
fn the_yaml_test_suite_reads_the_same_both_ways() {
    let dir = common::fixtures().join("yaml-test-suite");
    let mut taken = 0;
    for path in yaml_files(&dir.join("valid")) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if agree(&path.display().to_string(), &text) {
            taken += 1;
        }
    }
    for path in yaml_files(&dir.join("invalid")) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            fast_tree(&text).is_none(),
            "{}: the event path read an invalid document",
            path.display()
        );
    }
    assert!(
        taken > 50,
        "the event path took only {taken} valid documents"
    );
}

/// The benchmarks' `GUANXI_BENCH_PATH=detailed` reads every file the way
/// files were read before the event path: the same verdicts, to the byte.
#[test]
fn the_benchmarks_detailed_path_gives_the_same_output() {
    let root = common::repo_root();
    for dir in ["example-accounts", "tests/fixtures/validate"] {
        let args = [
            "validate",
            dir,
            "--format",
            "json",
            "--as-of",
            common::AS_OF,
        ];
        let fast = common::guanxi(&root, &args);
        let detailed = common::guanxi_env(
            &root,
            &args,
            &[("COLUMNS", "80"), ("GUANXI_BENCH_PATH", "detailed")],
        );
        assert_eq!(fast.stdout, detailed.stdout, "{dir}");
        assert_eq!(fast.code, detailed.code, "{dir}");
        assert!(fast.stdout.contains("\"files\""), "{dir}: {}", fast.stdout);
    }
}
