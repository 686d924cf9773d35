//! The command line's shape: the same arguments everywhere (PATH… after
//! what the command works on, `--repo` still accepted), options only where
//! they apply, and options before the subcommand.

mod common;

use common::{AS_OF, CliTest, dedent};

const ACCOUNT: &str = "
    account: Qingshan Steel
    id: qingshan
    owner: li.ming
    stakeholders:
      - { id: zhao, name: Zhao Gang, level: middle, roles: [coach], stance: { us: mentor }, evidence: [sent the tender draft] }
      - { id: wang, name: Wang Wei, level: executive, roles: [decider], stance: { us: unknown } }
    interactions:
      - { date: 2026-11-02, with: [zhao], kind: visit }
";

#[test]
fn dedent_keeps_relative_indentation() {
    let text = dedent(
        "
        a: 1
        b:
          - c
        ",
    );
    assert_eq!(text, "a: 1\nb:\n  - c\n");
}

#[test]
fn map_takes_the_account_then_paths() {
    let t = CliTest::with_files(&[("plans/qingshan.yaml", ACCOUNT)]);
    let run = t.run(&["map", "qingshan", "plans", "--as-of", AS_OF]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.starts_with("flowchart TD\n"), "{}", run.stdout);
    assert!(run.stdout.contains("Zhao Gang"), "{}", run.stdout);
    // The older spelling gives the same bytes.
    let old = t.run(&["map", "qingshan", "--repo", "plans", "--as-of", AS_OF]);
    assert_eq!(old.stdout, run.stdout);
    // Not there: a usage error that names the accounts it did find.
    let elsewhere = t.run(&["map", "qingshan", ".", "--as-of", AS_OF]);
    assert_eq!(elsewhere.code, 0, "{}", elsewhere.transcript());
    let missing = t.run(&["map", "nanhai", "plans", "--as-of", AS_OF]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("no account `nanhai`; the accounts are: qingshan"),
        "{}",
        missing.stderr
    );
}

#[test]
fn log_and_stance_take_paths_and_the_old_repo_option() {
    let t = CliTest::with_files(&[("plans/qingshan.yaml", ACCOUNT)]);
    let log = t.run(&[
        "log", "qingshan", "plans", "--with", "wang", "--kind", "visit", "--date", AS_OF,
        "--as-of", AS_OF,
    ]);
    assert_eq!(log.code, 0, "{}", log.transcript());
    assert!(
        t.read("plans/qingshan.yaml")
            .contains("with: [wang], kind: visit")
    );
    let stance = t.run(&[
        "stance",
        "qingshan",
        "wang",
        "supporter",
        "--repo",
        "plans",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(stance.code, 0, "{}", stance.transcript());
    assert_eq!(
        stance.stdout,
        "qingshan: wang toward us: unknown → supporter\n"
    );
}

#[test]
fn options_before_the_subcommand_still_work() {
    let t = CliTest::with_files(&[("qingshan.yaml", ACCOUNT)]);
    let after = t.run(&["neglected", "--format", "json", "--as-of", "2027-03-01"]);
    let before = t.run(&["--as-of", "2027-03-01", "neglected", "--format", "json"]);
    assert_eq!(after.code, 0, "{}", after.transcript());
    assert_eq!(before.stdout, after.stdout);
    // Zhao is a mentor last met on 2026-11-02: overdue by March.
    assert!(
        after.stdout.contains("\"code\": \"overdue\""),
        "{}",
        after.stdout
    );
    // The subcommand's own option wins over the one before it.
    let both = t.run(&[
        "--as-of",
        "2020-01-01",
        "neglected",
        "--format",
        "json",
        "--as-of",
        "2027-03-01",
    ]);
    assert_eq!(both.stdout, after.stdout);
}

#[test]
fn options_appear_only_where_they_apply() {
    let t = CliTest::new();
    let schema = t.run(&["schema", "--as-of", AS_OF]);
    assert_eq!(schema.code, 2, "{}", schema.transcript());
    assert!(
        schema.stderr.contains("unexpected argument '--as-of'"),
        "{}",
        schema.stderr
    );
    let help = t.run(&["completions", "--help"]);
    assert!(!help.stdout.contains("--as-of"), "{}", help.stdout);
    let help = t.run(&["rank", "--help"]);
    assert!(help.stdout.contains("--as-of <DATE>"), "{}", help.stdout);
}

#[test]
fn history_reads_several_paths_of_one_repository() {
    let t = CliTest::with_files(&[
        ("north/qingshan.yaml", ACCOUNT),
        (
            "south/nanhai.yaml",
            &ACCOUNT
                .replace("Qingshan Steel", "Nanhai Telecom")
                .replace("qingshan", "nanhai"),
        ),
        ("west/beigang.yaml", &ACCOUNT.replace("qingshan", "beigang")),
    ]);
    t.git(&["init", "-q", "-b", "main"], "2026-11-01");
    t.git(&["add", "."], "2026-11-01");
    t.git(&["commit", "-q", "-m", "three accounts"], "2026-11-01");
    let run = t.run(&[
        "history", "north", "south", "--format", "json", "--as-of", AS_OF,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let accounts: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["account"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(accounts, ["qingshan", "nanhai"]);
}
