//! `--help` of every command, snapshotted: the help text is documentation.

mod common;

#[test]
fn help_of_every_command() {
    let root = common::repo_root();
    for args in [
        vec!["--help"],
        vec!["validate", "--help"],
        vec!["positioning", "--help"],
        vec!["neglected", "--help"],
        vec!["overclaimed", "--help"],
        vec!["rank", "--help"],
        vec!["coverage", "--help"],
        vec!["report", "--help"],
        vec!["history", "--help"],
        vec!["map", "--help"],
        vec!["export", "--help"],
        vec!["log", "--help"],
        vec!["stance", "--help"],
        vec!["new", "--help"],
        vec!["init", "--help"],
        vec!["completions", "--help"],
        vec!["schema", "--help"],
    ] {
        let run = common::guanxi(&root, &args);
        assert_eq!(run.code, 0);
        let name = match args.len() {
            1 => "guanxi".to_string(),
            _ => args[0].to_string(),
        };
        insta::assert_snapshot!(format!("help-{name}"), run.stdout);
    }
}

#[test]
fn usage_errors_exit_2_with_a_hint() {
    let root = common::repo_root();
    let run = common::guanxi(&root, &["validate", "--format", "xml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("possible values: human, json, github"),
        "{}",
        run.stderr
    );
    let run = common::guanxi(&root, &["frobnicate"]);
    assert_eq!(run.code, 2);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args([
            "validate",
            "../shared/yaml-test-suite/valid",
            "example-accounts",
            "--as-of",
            "2026-11-23",
        ])
        .current_dir(common::repo_root())
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: guanxi's next writes hit a closed pipe.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "{stderr}");
}
