//! The import rule of ARCHITECTURE.md, checked on the source: each module
//! of the library uses only the modules below it.
//!
//! ```text
//! model ← source, finding ← yaml ← load ← checks ← analysis ← render ← cli
//! ```
//!
//! `edit` sits beside `analysis` (it uses the YAML tree, the loader and the
//! checks, to check a change before writing it, never an analysis or a
//! renderer); `workspace` (what a run reads) uses the checks and the
//! analyses' selection, `scaffold` (`init`, `new`) the editors' writes and
//! the schemas; `names` and `suggest` are
//! helpers every layer may use; `i18n` (the message catalogues and the
//! `Msg` every human-facing sentence is) sits on the model, for every
//! layer above it.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

/// Each module and the modules it may use.
const ALLOWED: &[(&str, &[&str])] = &[
    ("names", &[]),
    ("suggest", &[]),
    ("model", &["names", "suggest"]),
    ("i18n", &["names", "suggest", "model"]),
    ("source", &[]),
    ("finding", &["names", "model", "source", "i18n"]),
    ("yaml", &["names", "model", "finding", "i18n"]),
    (
        "load",
        &[
            "names", "suggest", "model", "source", "finding", "yaml", "i18n",
        ],
    ),
    (
        "checks",
        &[
            "names", "suggest", "model", "source", "finding", "yaml", "load", "i18n",
        ],
    ),
    (
        "analysis",
        &[
            "names", "suggest", "model", "source", "finding", "load", "i18n",
        ],
    ),
    (
        "edit",
        &[
            "names", "suggest", "model", "source", "finding", "yaml", "load", "checks", "i18n",
        ],
    ),
    (
        "render",
        &["names", "model", "source", "finding", "analysis", "i18n"],
    ),
    ("schema", &["model"]),
    (
        "scaffold",
        &[
            "names", "model", "source", "finding", "load", "checks", "edit", "schema", "i18n",
        ],
    ),
    (
        "workspace",
        &[
            "names", "suggest", "model", "source", "finding", "yaml", "load", "checks", "analysis",
            "i18n",
        ],
    ),
];

/// The `crate::x` paths a file's code (not its comments) names.
fn uses(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            assert!(
                !after.starts_with('{'),
                "`use crate::{{…}}` hides which modules are used; write one `use crate::x::…` per module: {line}"
            );
            // A macro's `$crate::x` counts too: the module that defines
            // the macro reaches into `x` wherever it is expanded.
            if !name.is_empty() {
                out.insert(name);
            }
            rest = after;
        }
    }
    out
}

fn files(path: &Path) -> Vec<std::path::PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    walkdir::WalkDir::new(path)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect()
}

#[test]
fn no_module_uses_one_above_it() {
    let src = common::repo_root().join("src");
    let mut checked = 0;
    for (module, allowed) in ALLOWED {
        let path = if src.join(module).is_dir() {
            src.join(module)
        } else {
            src.join(format!("{module}.rs"))
        };
        let found = files(&path);
        assert!(!found.is_empty(), "{}: no source", path.display());
        for file in found {
            let text = std::fs::read_to_string(&file).unwrap();
            for used in uses(&text) {
                assert!(
                    used == *module || allowed.contains(&used.as_str()),
                    "{} uses crate::{used}, which is not below `{module}`",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} files checked");
}

#[test]
fn the_checker_sees_imports() {
    let text = "use crate::render::x;\n// crate::cli in a comment\n$crate::finding::Severity";
    assert_eq!(
        uses(text),
        BTreeSet::from(["render".to_string(), "finding".to_string()])
    );
}

/// The files of `src/cli/` that are not one command: the clap tree and
/// dispatch, the arguments every command shares, the value parsers, the
/// shell's completion candidates, and an edit's outcome on stderr.
const SHARED: &[&str] = &[
    "mod.rs",
    "common.rs",
    "values.rs",
    "complete.rs",
    "editing.rs",
];

/// The most lines of code a command file may have (comments, doc comments,
/// blank lines and unit tests not counted): a command is its arguments and
/// one call into the library, and anything longer is the library's work
/// done in the wrong place.
const COMMAND_LINES: usize = 75;

fn code_lines(text: &str) -> usize {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .count()
}

#[test]
fn every_command_is_its_arguments_and_one_call() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli");
    let mut long = Vec::new();
    // A command with actions has a folder: `person/add.rs`, … (its
    // `mod.rs` the dispatch, a command file too).
    for path in files(&root) {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        if SHARED.contains(&name.as_str()) {
            continue;
        }
        let lines = code_lines(&std::fs::read_to_string(&path).unwrap());
        if lines > COMMAND_LINES {
            long.push(format!("src/cli/{name}: {lines} lines of code"));
        }
    }
    long.sort();
    assert!(
        long.is_empty(),
        "command files over {COMMAND_LINES} lines of code; move the work into the library:\n{}",
        long.join("\n")
    );
    // The measure itself: comments and tests do not count, code does.
    assert_eq!(
        code_lines("//! a\n\nfn f() {\n    // b\n}\n#[cfg(test)]\nmod t {}\n"),
        2
    );
}

/// The longest a function of the library may be, in lines: one rule, one
/// step, one function, each readable on a screen.
const FUNCTION_LINES: usize = 90;

/// Each function's name and length in lines: from its `fn` line to the
/// `}` at the same indent (tests and one-line declarations left out).
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let code = code
            .strip_prefix("pub(crate) ")
            .or_else(|| code.strip_prefix("pub(super) "))
            .or_else(|| code.strip_prefix("pub "))
            .unwrap_or(code);
        let code = code.strip_prefix("const ").unwrap_or(code);
        let Some(rest) = code.strip_prefix("fn ") else {
            continue;
        };
        if line.trim_end().ends_with(';') {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let close = format!("{indent}}}");
        if let Some(end) = lines[at..].iter().position(|l| *l == close) {
            out.push((name, end + 1));
        }
    }
    out
}

#[test]
fn no_function_is_longer_than_a_screen() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut long = Vec::new();
    for path in files(&root) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (name, lines) in function_lengths(&text) {
            if lines > FUNCTION_LINES {
                let shown = path.strip_prefix(&root).unwrap().display();
                long.push(format!("src/{shown}: {name}, {lines} lines"));
            }
        }
    }
    long.sort();
    assert!(
        long.is_empty(),
        "functions over {FUNCTION_LINES} lines; split them into the steps they are:\n{}",
        long.join("\n")
    );
    let sample = "fn short() {\n    x();\n}\n    pub fn inner(&self) -> u8 {\n        1\n    }\n";
    assert_eq!(
        function_lengths(sample),
        [("short".to_string(), 3), ("inner".to_string(), 3)]
    );
}
