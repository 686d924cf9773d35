//! Hostile and odd input: each gives a clear error and the run goes on.
//! (Speed and memory are measured in benchmarks, not asserted here.)

mod common;

use std::fs;

use common::validate;

const GOOD: &str = "account: Good\nowner: li.ming\nstakeholders:\n  - { id: zhao, name: Zhao, level: middle, stance: { us: supporter } }\n";

fn codes_for(run: &common::Run, file: &str) -> Vec<String> {
    run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == file)
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn billion_laughs_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    fs::write(dir.path().join("bomb.yaml"), bomb).unwrap();
    fs::write(dir.path().join("good.yaml"), GOOD).unwrap();
    let run = validate(dir.path(), &["--format", "json"]);
    assert_eq!(codes_for(&run, "bomb.yaml"), ["yaml-limit"]);
    assert_eq!(codes_for(&run, "good.yaml"), Vec::<String>::new());
    assert_eq!(run.code, 1);
}

#[test]
fn big_anchor_aliased_many_times_inside_a_valid_field_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let items: String = (0..3000).map(|i| format!("  - item{i}\n")).collect();
    let aliases = vec!["*pp"; 3000].join(", ");
    let text = format!(
        "account: X\nowner: y\npressure_points: &pp\n{items}stakeholders: []\ncompetitors: [{aliases}]\n"
    );
    fs::write(dir.path().join("wide.yaml"), text).unwrap();
    let run = validate(dir.path(), &["--format", "json"]);
    assert_eq!(codes_for(&run, "wide.yaml"), ["yaml-limit"]);
}

#[test]
fn deep_nesting_is_refused_in_flow_and_block_style() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 200_000;
    let flow = format!("a: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    fs::write(dir.path().join("flow.yaml"), flow).unwrap();
    let block: String = (0..300)
        .map(|i| format!("{}k{i}:\n", "  ".repeat(i)))
        .collect();
    fs::write(dir.path().join("block.yaml"), block).unwrap();
    let run = validate(dir.path(), &["--format", "json"]);
    assert_eq!(codes_for(&run, "flow.yaml"), ["yaml-limit"]);
    assert_eq!(codes_for(&run, "block.yaml"), ["yaml-limit"]);
}

#[test]
fn size_limit_is_inclusive_and_settable() {
    let dir = tempfile::tempdir().unwrap();
    let at_limit = format!("{GOOD}pressure_points: [\"{}\"]\n", "x".repeat(1000));
    let limit = at_limit.len();
    fs::write(dir.path().join("at.yaml"), &at_limit).unwrap();
    fs::write(dir.path().join("over.yaml"), format!("{at_limit} ")).unwrap();
    let run = validate(
        dir.path(),
        &["--format", "json", "--max-file-size", &limit.to_string()],
    );
    assert_eq!(codes_for(&run, "at.yaml"), Vec::<String>::new());
    assert_eq!(codes_for(&run, "over.yaml"), ["file-too-large"]);

    // The default is 8 MiB.
    let huge = format!(
        "{GOOD}pressure_points: [\"{}\"]\n",
        "x".repeat(8 * 1024 * 1024)
    );
    fs::write(dir.path().join("huge.yaml"), huge).unwrap();
    let run = validate(dir.path(), &["--format", "json"]);
    assert_eq!(codes_for(&run, "huge.yaml"), ["file-too-large"]);
    assert_eq!(codes_for(&run, "over.yaml"), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn symlink_loops_broken_links_and_fifos_are_reported_and_skipped() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("accounts")).unwrap();
    fs::write(root.join("accounts/good.yaml"), GOOD).unwrap();
    fs::create_dir(root.join("accounts/sub")).unwrap();
    symlink("..", root.join("accounts/sub/loop")).unwrap();
    symlink("missing.yaml", root.join("accounts/dangling.yaml")).unwrap();
    let fifo = root.join("accounts/pipe.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let run = validate(root, &["accounts", "--format", "json"]);
    assert_eq!(codes_for(&run, "accounts/good.yaml"), Vec::<String>::new());
    let diags = run.json()["diagnostics"].as_array().unwrap().clone();
    let loops: Vec<_> = diags
        .iter()
        .filter(|d| d["message"].as_str().unwrap().starts_with("symlink loop"))
        .collect();
    assert_eq!(loops.len(), 1, "{diags:?}");
    assert_eq!(loops[0]["code"], "unreadable-file");
    // The file reached again through the link is read once.
    assert_eq!(run.json()["files"], 1, "{diags:?}");
    assert_eq!(
        codes_for(&run, "accounts/dangling.yaml"),
        ["unreadable-file"]
    );
    if made.is_ok_and(|s| s.success()) {
        assert_eq!(
            codes_for(&run, "accounts/pipe.yaml"),
            ["not-a-regular-file"]
        );
    } else {
        eprintln!("mkfifo unavailable: FIFO case skipped");
    }
    // Unreadable entries make the run an I/O failure, after reporting everything.
    assert_eq!(run.code, 2);
}

#[test]
fn hidden_files_and_directories_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join(".git")).unwrap();
    fs::write(root.join(".git/broken.yaml"), "{{{").unwrap();
    fs::write(root.join(".draft.yaml"), "{{{").unwrap();
    fs::write(root.join("notes.txt"), "{{{").unwrap();
    fs::write(root.join("a.yml"), GOOD.replace("Good", "A")).unwrap();
    fs::write(root.join("b.YAML"), GOOD.replace("Good", "B")).unwrap();
    let run = validate(root, &["--format", "json"]);
    assert_eq!(run.json()["files"], 2);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // A file named explicitly is read whatever its name.
    let run = validate(root, &["notes.txt", "--format", "json"]);
    assert_eq!(codes_for(&run, "notes.txt"), ["yaml-syntax"]);
}

#[test]
fn control_characters_in_values_do_not_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let text = "account: X\nowner: y\nstakeholders:\n  - id: a\n    name: \"\\e[31mred\\e[0m\"\n    level: \"\\e]0;pwned\\a\"\n    stance: { us: mentor }\n";
    fs::write(dir.path().join("esc.yaml"), text).unwrap();
    let run = validate(dir.path(), &[]);
    assert_eq!(run.code, 1);
    assert!(
        !run.stdout.contains('\u{1b}'),
        "raw ESC printed: {:?}",
        run.stdout
    );
    assert!(!run.stdout.contains('\u{7}'), "raw BEL printed");
    assert!(run.stdout.contains("invalid-value"), "{}", run.stdout);
}

#[test]
fn crlf_and_bom_files_read_like_any_other() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = GOOD.replace('\n', "\r\n").replace("Zhao", "赵刚");
    fs::write(dir.path().join("crlf.yaml"), format!("\u{feff}{crlf}")).unwrap();
    let bad = "account: X\r\nowner: y\r\nstakeholders:\r\n  - { id: a, name: 甲, level: boss, stance: { us: mentor } }\r\n";
    fs::write(dir.path().join("bad.yaml"), bad).unwrap();
    let run = validate(dir.path(), &["--format", "json"]);
    assert_eq!(codes_for(&run, "crlf.yaml"), Vec::<String>::new());
    let d = &run.json()["diagnostics"][0];
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(4), Some(30)),
        "{d}"
    );
}

#[cfg(unix)]
#[test]
fn links_leading_outside_the_folder_are_reported_never_read() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("repo/accounts")).unwrap();
    fs::create_dir_all(root.join("elsewhere")).unwrap();
    fs::write(root.join("repo/.env"), "SECRET_TOKEN: hunter2\n").unwrap();
    fs::write(root.join("elsewhere/other.yaml"), "PRIVATE: key material\n").unwrap();
    fs::write(root.join("repo/accounts/good.yaml"), GOOD).unwrap();
    symlink("../.env", root.join("repo/accounts/env.yaml")).unwrap();
    symlink("/proc/self/environ", root.join("repo/accounts/proc.yaml")).unwrap();
    symlink("../../elsewhere", root.join("repo/accounts/linked")).unwrap();
    symlink("good.yaml", root.join("repo/accounts/alias.yaml")).unwrap();
    let repo = root.join("repo");
    for format in ["human", "json", "github"] {
        let run = common::guanxi(
            &repo,
            &[
                "validate",
                "accounts",
                "--format",
                format,
                "--as-of",
                common::AS_OF,
            ],
        );
        for secret in ["hunter2", "SECRET_TOKEN", "PRIVATE", "key material"] {
            assert!(!run.stdout.contains(secret), "{format}: {}", run.stdout);
            assert!(!run.stderr.contains(secret), "{format}: {}", run.stderr);
        }
    }
    let run = validate(&repo, &["accounts", "--format", "json"]);
    for link in ["accounts/env.yaml", "accounts/proc.yaml", "accounts/linked"] {
        assert_eq!(
            codes_for(&run, link),
            ["outside-link"],
            "{link}: {}",
            run.stdout
        );
    }
    let message = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == "accounts/env.yaml")
        .unwrap()["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        message.contains("/repo/.env, outside the folder"),
        "{message}"
    );
    // A link inside the folder is read (once: it is the same file).
    assert_eq!(run.json()["files"], 1);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // An analysis reports nothing of them on stderr either.
    let table = common::guanxi(
        &repo,
        &["positioning", "accounts", "--as-of", common::AS_OF],
    );
    assert!(!table.stderr.contains("hunter2"), "{}", table.stderr);
}

#[cfg(unix)]
#[test]
fn an_edit_through_a_link_changes_the_target_and_keeps_the_link() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("accounts/real")).unwrap();
    fs::write(root.join("accounts/real/qs.yaml"), GOOD).unwrap();
    symlink("real/qs.yaml", root.join("accounts/qs-link.yaml")).unwrap();
    let id = "zhao";
    let run = common::guanxi(
        root,
        &[
            "log",
            "qs",
            "accounts/qs-link.yaml",
            "--with",
            id,
            "--kind",
            "call",
            "--as-of",
            common::AS_OF,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        fs::symlink_metadata(root.join("accounts/qs-link.yaml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(root.join("accounts/real/qs.yaml"))
            .unwrap()
            .contains("kind: call")
    );
}

#[test]
fn small_things_are_said_and_written_in_the_user_s_terms() {
    let t = common::CliTest::new();
    let d = t.root();
    // The parser's advice to programmers does not reach users.
    fs::write(d.join("dup.yaml"), "account: A\naccount: B\n").unwrap();
    fs::write(d.join("multi.yaml"), format!("{GOOD}---\n{GOOD}")).unwrap();
    let run = validate(d, &["dup.yaml", "multi.yaml", "--format", "json"]);
    for needle in ["DuplicateKeyPolicy", "Options", "from_str_multiple"] {
        assert!(!run.stdout.contains(needle), "{}", run.stdout);
    }
    assert!(run.stdout.contains("the same key twice"), "{}", run.stdout);
    fs::remove_file(d.join("dup.yaml")).unwrap();
    fs::remove_file(d.join("multi.yaml")).unwrap();
    // A CR-only file is edited as it validates, and keeps its line endings.
    let cr = GOOD.replace('\n', "\r");
    fs::write(d.join("cr.yaml"), &cr).unwrap();
    let run = common::guanxi(
        d,
        &[
            "log",
            "cr",
            "--with",
            "zhao",
            "--kind",
            "call",
            "--note",
            "a\u{FEFF}b\u{202E}c",
            "--as-of",
            common::AS_OF,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let after = fs::read_to_string(d.join("cr.yaml")).unwrap();
    assert!(!after.contains('\n'), "{after:?}");
    // Invisible characters in a note are written escaped, never raw.
    assert!(after.contains(r#"note: "a\uFEFFb\u202Ec""#), "{after:?}");
    assert_eq!(validate(d, &["cr.yaml"]).code, 0);
    // On Unix a backslash is part of a file name.
    #[cfg(unix)]
    {
        fs::write(d.join("a\\b.yaml"), "account: A\n").unwrap();
        let run = validate(d, &["a\\b.yaml", "--format", "json"]);
        assert!(
            run.stdout.contains(r#""file": "a\\b.yaml""#),
            "{}",
            run.stdout
        );
    }
}
