//! `--help` of every command, snapshotted: the help text is documentation.

mod common;

#[test]
fn the_command_line_definition_is_consistent() {
    use clap::CommandFactory;
    guanxi::cli::Cli::command().debug_assert();
}

/// Every subcommand clap knows of, `man` and `completions` included: a new
/// command gets its snapshot without anyone listing it here.
#[test]
fn help_of_every_command() {
    use clap::CommandFactory;
    let root = common::repo_root();
    let command = guanxi::cli::Cli::command();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 17, "{names:?}");
    let top = common::guanxi(&root, &["--help"]);
    assert_eq!(top.code, 0);
    insta::assert_snapshot!("help-guanxi", top.stdout);
    for name in names {
        let run = common::guanxi(&root, &[name.as_str(), "--help"]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
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
            "tests/fixtures/yaml-test-suite/valid",
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

#[test]
fn generated_files_to_a_closed_pipe_are_not_an_error() {
    for args in [
        &["completions", "bash"][..],
        &["completions", "zsh"],
        &["man"],
        &["schema"],
        &["schema", "--settings"],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before guanxi writes.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}
