//! The README's example sessions are real: each ```console block is run and
//! must print exactly what the README shows (as of 2026-11-23, 100 columns).

mod common;

use std::process::Command;

#[test]
fn readme_console_examples_are_true() {
    let root = common::repo_root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mut checked = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = &block[..block.find("```").expect("closed block")];
        let (command, expected) = block.split_once('\n').unwrap();
        let command = command.strip_prefix("$ guanxi ").expect("a guanxi command");
        // Dated output needs its date on the line, so that a reader who
        // runs it gets the same, any day.
        assert!(
            command.contains("--as-of 2026-11-23"),
            "README example `guanxi {command}` has no --as-of"
        );
        let args: Vec<&str> = command.split_whitespace().collect();
        // The broken file of the validate example lives with the fixtures.
        let dir = if args[0] == "validate" {
            root.join("tests/fixtures/readme")
        } else {
            root.clone()
        };
        let out = Command::new(env!("CARGO_BIN_EXE_guanxi"))
            .args(&args)
            .current_dir(&dir)
            .env_clear()
            .env("GIT_CEILING_DIRECTORIES", &root)
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let actual = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            actual.trim_end(),
            expected.trim_end(),
            "README example `guanxi {command}` is out of date"
        );
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} examples found");
}
