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
