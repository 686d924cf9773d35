//! The documentation resolves inside the repository: every relative link
//! and every `docs/*.md` a help text, a diagnostic or a doc names exists, and
//! nothing points outside the repository (a clone has not the folder of
//! shared notes beside it).

mod common;

use std::path::{Path, PathBuf};

/// The folder beside the repository that a clone does not have.
const OUTSIDE: &str = concat!("..", "/", "shared");

fn files() -> Vec<PathBuf> {
    let root = common::repo_root();
    let mut out = vec![
        root.join("README.md"),
        root.join("ARCHITECTURE.md"),
        root.join("BENCHMARKS.md"),
    ];
    for dir in ["docs", "src", "example-accounts"] {
        for entry in walkdir::WalkDir::new(root.join(dir)) {
            let path = entry.unwrap().into_path();
            if path
                .extension()
                .is_some_and(|e| e == "md" || e == "rs" || e == "yaml")
            {
                out.push(path);
            }
        }
    }
    out
}

/// `docs/x.md` named anywhere in the text.
fn named_docs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("docs/") {
        let name: String = rest[i..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-' | '_'))
            .collect();
        if let Some(md) = name.find(".md") {
            out.push(name[..md + 3].to_string());
        }
        rest = &rest[i + 5..];
    }
    out
}

/// The targets of Markdown links `](target)` that are not URLs or anchors.
fn links(text: &str) -> Vec<String> {
    text.split("](")
        .skip(1)
        .filter_map(|s| s.split(')').next())
        .map(|t| t.split('#').next().unwrap_or_default().to_string())
        .filter(|t| !t.is_empty() && !t.contains("://") && !t.starts_with("mailto:"))
        .collect()
}

#[test]
fn every_doc_named_or_linked_exists() {
    let root = common::repo_root();
    let mut checked = 0;
    for file in files() {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains(OUTSIDE) && !text.contains("DOMAIN.md") && !text.contains("FORMAT.md"),
            "{} points outside the repository (use docs/domain.md, docs/format.md)",
            file.display()
        );
        for doc in named_docs(&text) {
            assert!(root.join(&doc).is_file(), "{} names {doc}", file.display());
            checked += 1;
        }
        if file.extension().is_some_and(|e| e == "md") {
            let base = file.parent().unwrap_or(Path::new("."));
            for link in links(&text) {
                assert!(base.join(&link).exists(), "{} links {link}", file.display());
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "only {checked} references checked");
}

#[test]
fn the_checker_finds_names_and_links() {
    assert_eq!(named_docs("see docs/export.md."), ["docs/export.md"]);
    assert_eq!(links("[a](b.md#x) [c](https://x)"), ["b.md"]);
}
