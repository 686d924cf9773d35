//! YAML errors in plain words: a corpus of files broken the way people
//! break them (`tests/fixtures/yaml-broken/`), each of which must get a
//! message that says where and what to type, in English and in Chinese,
//! not only the parser's own sentence.

mod common;

use common::{AS_OF, fixtures, guanxi_env};

/// The parser's sentences, which alone tell a rep nothing.
const PARSER_WORDS: &[&str] = &[
    "while parsing",
    "did not find expected",
    "mapping values are not allowed",
    "simple key expected",
    "invalid indentation",
    "while scanning",
];

#[test]
fn every_broken_file_gets_a_message_a_rep_understands() {
    let root = fixtures().join("yaml-broken");
    let mut names: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 30, "only {} broken files", names.len());
    for name in &names {
        let text = std::fs::read_to_string(root.join(name)).unwrap();
        let lines = text.lines().count();
        for (lang, generic) in [
            ("en", "fix the YAML syntax at this position"),
            ("zh", "修正此处的 YAML 语法"),
        ] {
            let run = guanxi_env(
                &root,
                &[
                    "validate", name, "--as-of", AS_OF, "--lang", lang, "--format", "json",
                ],
                &[],
            );
            assert_eq!(run.code, 1, "{name} ({lang}): {}", run.transcript());
            let json = run.json();
            let first = &json["diagnostics"][0];
            let message = first["message"].as_str().unwrap_or_default();
            let help = first["help"].as_str().unwrap_or_default();
            // JSON keeps the English; the words of the run's language are
            // in the human output.
            let plain = PARSER_WORDS.iter().all(|w| !message.starts_with(w));
            assert!(plain, "{name}: the parser's sentence alone: {message}");
            assert_ne!(help, generic, "{name}: no advice beyond the generic");
            let line = first["line"].as_u64().unwrap_or(0) as usize;
            assert!(line >= 1 && line <= lines, "{name}: line {line} of {lines}");
            let human = guanxi_env(
                &root,
                &["validate", name, "--as-of", AS_OF, "--lang", lang],
                &[("COLUMNS", "100")],
            );
            if lang == "zh" {
                let said = human
                    .stdout
                    .lines()
                    .find(|l| l.contains('×'))
                    .unwrap_or_default();
                assert!(
                    said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{name}: not said in Chinese: {}",
                    human.stdout
                );
            }
        }
    }
}
