//! `log` and `stance` edit files byte-exactly: each case under
//! tests/fixtures/edit/ has `before.yaml`, the command in `args`, and the
//! exact expected `after.yaml` (set GUANXI_BLESS=1 to write missing ones).
//! Plus: failures leave files byte-identical, parallel runs lose nothing,
//! `new` and `init` produce files that validate.

mod common;

use std::fs;
use std::path::Path;

use common::{AS_OF, fixtures, guanxi};

/// Splits a command line: spaces separate, double quotes group, `\"` escapes.
fn split(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let (mut quoted, mut any) = (false, false);
    let mut chars = line.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted && chars.peek() == Some(&'"') => cur.push(chars.next().unwrap()),
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                any = false;
            }
            c => cur.push(c),
        }
    }
    if any || !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn run_in(dir: &Path, args: &[String]) -> common::Run {
    let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
    all.extend(["--as-of", AS_OF]);
    guanxi(dir, &all)
}

#[test]
fn edits_are_byte_exact() {
    let root = fixtures().join("edit");
    let mut names: Vec<String> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 15);
    for name in names {
        let case = root.join(&name);
        let dir = tempfile::tempdir().unwrap();
        let before = fs::read(case.join("before.yaml")).unwrap();
        fs::write(dir.path().join("before.yaml"), &before).unwrap();
        let args = split(&fs::read_to_string(case.join("args")).unwrap());
        let run = run_in(dir.path(), &args);
        assert_eq!(run.code, 0, "{name}: {}", run.transcript());
        let after = fs::read(dir.path().join("before.yaml")).unwrap();
        let expected = case.join("after.yaml");
        if !expected.exists() && std::env::var_os("GUANXI_BLESS").is_some() {
            fs::write(&expected, &after).unwrap();
        }
        let want = fs::read(&expected)
            .unwrap_or_else(|_| panic!("{name}: no after.yaml (GUANXI_BLESS=1 writes it)"));
        assert!(
            after == want,
            "{name}: result differs from after.yaml:\n{}",
            String::from_utf8_lossy(&after)
        );
        // The result is a valid account with everything else unchanged.
        let check = guanxi(
            dir.path(),
            &["validate", "--as-of", AS_OF, "--format", "json"],
        );
        assert_eq!(check.json()["errors"], 0, "{name}: {}", check.stdout);
        // No temporary or lock files are left behind.
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 1, "{name}: {left:?}");
    }
}

fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["qingshan-steel.yaml", "huadong-power.yaml", ".guanxi.yaml"] {
        fs::copy(
            common::repo_root().join("example-accounts").join(f),
            dir.path().join(f),
        )
        .unwrap();
    }
    dir
}

#[test]
fn a_change_that_would_be_invalid_leaves_the_file_byte_identical() {
    let dir = example_copy();
    let path = dir.path().join("qingshan-steel.yaml");
    let before = fs::read(&path).unwrap();
    // A date after the as-of date would be a future-interaction error.
    let run = guanxi(
        dir.path(),
        &[
            "log",
            "qingshan-steel",
            "--with",
            "zhao",
            "--kind",
            "visit",
            "--date",
            "2027-01-01",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(fs::read(&path).unwrap(), before);
    // Unknown stakeholder, unknown account, unknown competitor: usage errors.
    for args in [
        vec![
            "log",
            "qingshan-steel",
            "--with",
            "zhaoo",
            "--kind",
            "visit",
        ],
        vec!["log", "nowhere", "--with", "zhao", "--kind", "visit"],
        vec![
            "stance",
            "qingshan-steel",
            "zhao",
            "--against",
            "Nobody Inc",
            "mentor",
        ],
    ] {
        let mut a = args.clone();
        a.extend(["--as-of", AS_OF]);
        let run = guanxi(dir.path(), &a);
        assert_eq!(run.code, 2, "{args:?}: {}", run.transcript());
        assert_eq!(fs::read(&path).unwrap(), before);
    }
    let run = guanxi(
        dir.path(),
        &[
            "log",
            "qingshan-steel",
            "--with",
            "zhaoo",
            "--kind",
            "visit",
            "--as-of",
            AS_OF,
        ],
    );
    assert!(
        run.stderr.contains("did you mean `zhao`?"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn an_unwritable_directory_leaves_the_file_unchanged() {
    use std::os::unix::fs::PermissionsExt;
    use std::process::Command;
    let dir = example_copy();
    let path = dir.path().join("qingshan-steel.yaml");
    let before = fs::read(&path).unwrap();
    // Read-only for ordinary users; root ignores modes, so also try the
    // immutable attribute, which stops root too.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.path().join("probe");
    let mut blocked = fs::write(&probe, "x").is_err();
    let _ = fs::remove_file(&probe);
    let mut immutable = false;
    if !blocked {
        immutable = Command::new("chattr")
            .arg("+i")
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        blocked = immutable && fs::write(&probe, "x").is_err();
    }
    let run = guanxi(
        dir.path(),
        &[
            "log",
            "qingshan-steel",
            "--with",
            "zhao",
            "--kind",
            "visit",
            "--as-of",
            AS_OF,
        ],
    );
    if immutable {
        let _ = Command::new("chattr").arg("-i").arg(dir.path()).status();
    }
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if !blocked {
        eprintln!("skipped: cannot make a directory unwritable here (root without chattr)");
        return;
    }
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("the file is unchanged"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn twenty_parallel_logs_lose_nothing() {
    let dir = example_copy();
    let handles: Vec<_> = (0..20)
        .map(|i| {
            std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
                .args([
                    "log",
                    "qingshan-steel",
                    "--with",
                    "sun",
                    "--kind",
                    "call",
                    "--note",
                    &format!("concurrent {i}"),
                    "--as-of",
                    AS_OF,
                ])
                .current_dir(dir.path())
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut h in handles {
        assert!(h.wait().unwrap().success());
    }
    let text = fs::read_to_string(dir.path().join("qingshan-steel.yaml")).unwrap();
    assert_eq!(text.matches("note: concurrent ").count(), 20, "{text}");
    for i in 0..20 {
        assert!(
            text.contains(&format!("note: concurrent {i}\n")),
            "entry {i} lost"
        );
    }
    let check = guanxi(
        dir.path(),
        &["validate", "--as-of", AS_OF, "--format", "json"],
    );
    assert_eq!(check.json()["errors"], 0, "{}", check.stdout);
}

#[test]
fn new_writes_a_skeleton_that_validates_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let run = guanxi(
        dir.path(),
        &[
            "new",
            "Qingshan Steel Group",
            "--owner",
            "li.ming",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let path = dir.path().join("qingshan-steel-group.yaml");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# yaml-language-server: $schema="));
    let check = guanxi(
        dir.path(),
        &["validate", "--as-of", AS_OF, "--format", "json"],
    );
    assert_eq!(check.json()["errors"], 0, "{}", check.stdout);
    let again = guanxi(
        dir.path(),
        &[
            "new",
            "Qingshan Steel Group",
            "--owner",
            "someone",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(again.code, 2);
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    // A Chinese name makes a pinyin id, and says so.
    let zh = guanxi(dir.path(), &["new", "华东电网", "--as-of", AS_OF]);
    assert_eq!(zh.code, 0, "{}", zh.transcript());
    assert!(dir.path().join("huadongdianwang.yaml").is_file());
    assert!(
        zh.stdout.contains("`huadongdianwang`") && zh.stdout.contains("--id"),
        "{}",
        zh.stdout
    );
    // A name with nothing to make a file name from needs --id.
    let none = guanxi(dir.path(), &["new", "★☆", "--as-of", AS_OF]);
    assert_eq!(none.code, 2);
    assert!(none.stderr.contains("--id"), "{}", none.stderr);
    let zh = guanxi(
        dir.path(),
        &[
            "new",
            "华东电网",
            "--id",
            "huadong",
            "--owner",
            "wu.jie",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(zh.code, 0, "{}", zh.transcript());
    // The skeleton takes `log` as written.
    let log = guanxi(
        dir.path(),
        &[
            "log", "huadong", "--with", "x", "--kind", "visit", "--as-of", AS_OF,
        ],
    );
    assert_eq!(log.code, 2, "no stakeholder x yet: {}", log.transcript());
}

#[test]
fn init_creates_a_repository_that_validates_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plans");
    let run = guanxi(dir.path(), &["init", "plans"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for f in [
        ".guanxi.yaml",
        "accounts/meridian-appliances.yaml",
        "schemas/account.schema.json",
        ".github/workflows/guanxi.yml",
        ".pre-commit-config.yaml",
        "README.md",
    ] {
        assert!(target.join(f).is_file(), "{f} missing");
    }
    let check = guanxi(&target, &["validate", "--as-of", AS_OF]);
    assert_eq!(check.code, 0, "{}", check.transcript());
    let settings = fs::read_to_string(target.join(".guanxi.yaml")).unwrap();
    let again = guanxi(dir.path(), &["init", "plans"]);
    assert_eq!(again.code, 2);
    assert_eq!(
        fs::read_to_string(target.join(".guanxi.yaml")).unwrap(),
        settings
    );
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = guanxi(&common::repo_root(), &["completions", shell]);
        assert_eq!(run.code, 0, "{shell}");
        assert!(run.stdout.contains("COMPLETE"), "{shell}: {}", run.stdout);
    }
    let man = guanxi(&common::repo_root(), &["man"]);
    assert_eq!(man.code, 0);
    assert!(
        man.stdout.contains("\n.TH guanxi 1 "),
        "{}",
        &man.stdout[..200.min(man.stdout.len())]
    );
}

/// What bash offers at TAB, with the code `guanxi completions bash` prints
/// sourced in a real bash, in the folder `dir`.
#[cfg(unix)]
fn bash_offers(dir: &Path, words: &[&str]) -> Vec<String> {
    let bin = Path::new(env!("CARGO_BIN_EXE_guanxi")).parent().unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let script = format!(
        "source <(guanxi completions bash)\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_TYPE=9\n_clap_complete_guanxi guanxi {} {}\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        quoted.join(" "),
        words.len() - 1,
        quoted[words.len() - 1],
        quoted[words.len().saturating_sub(2)],
    );
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "-c", &script])
        .current_dir(dir)
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Account and stakeholder ids complete at the shell: the account of the
/// line's command first, every account's people otherwise.
#[cfg(unix)]
#[test]
fn bash_completes_commands_accounts_and_people() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no bash");
        return;
    }
    let dir = example_copy();
    assert_eq!(bash_offers(dir.path(), &["guanxi", "valid"]), ["validate"]);
    assert_eq!(
        bash_offers(dir.path(), &["guanxi", "log", "hua"]),
        ["huadong-power"]
    );
    let people = bash_offers(
        dir.path(),
        &["guanxi", "log", "huadong-power", "--with", ""],
    );
    assert!(people.contains(&"xu.gong".to_string()), "{people:?}");
    assert!(
        !people.contains(&"zhao".to_string()),
        "{people:?}: another account's"
    );
    let second = bash_offers(
        dir.path(),
        &["guanxi", "log", "huadong-power", "--with", "chen,xu"],
    );
    assert_eq!(second, ["chen,xu.gong"]);
    let stance = bash_offers(dir.path(), &["guanxi", "stance", "qingshan-steel", "zh"]);
    assert_eq!(stance, ["zhao"]);
    let selected = bash_offers(dir.path(), &["guanxi", "rank", "--account", "qing"]);
    assert_eq!(selected, ["qingshan-steel"]);
    // A file whose name is shell syntax, with no `id:`, is invalid and not
    // offered: TAB never inserts what Enter would run.
    let hostile = dir.path().join("huaxin$(touch${IFS}PWNED).yaml");
    let text = fs::read_to_string(dir.path().join("qingshan-steel.yaml")).unwrap();
    fs::write(&hostile, text.replace("id: qingshan-steel\n", "")).unwrap();
    assert!(bash_offers(dir.path(), &["guanxi", "log", "hua"]) == ["huadong-power"]);
    assert_eq!(
        bash_offers(dir.path(), &["guanxi", "log", "huax"]),
        Vec::<String>::new()
    );
}

/// `guanxi log` on the examples' qingshan-steel in the background, with a
/// note, optionally holding its written temporary file `hold` ms.
#[cfg(unix)]
fn spawn_log(dir: &Path, note: &str, hold: Option<&str>) -> std::process::Child {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"));
    command
        .args([
            "log",
            "qingshan-steel",
            "--with",
            "zhao",
            "--kind",
            "call",
            "--note",
            note,
            "--as-of",
            AS_OF,
        ])
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    if let Some(ms) = hold {
        command.env("GUANXI_TEST_HOLD_TEMP", ms);
    }
    command.spawn().unwrap()
}

#[cfg(unix)]
#[test]
fn killing_log_at_random_moments_never_corrupts_the_file() {
    use std::time::Duration;
    let dir = example_copy();
    let path = dir.path().join("qingshan-steel.yaml");
    let count = |text: &str| text.matches("note: killed ").count();
    let mut seed = 0x5eed_u64;
    for i in 0..25 {
        let before = fs::read_to_string(&path).unwrap();
        let mut child = spawn_log(dir.path(), &format!("killed {i}"), None);
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        std::thread::sleep(Duration::from_micros(seed % 40_000));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let after = fs::read_to_string(&path).unwrap();
        let added = count(&after) - count(&before);
        assert!(added <= 1, "run {i}: {added} entries");
        if added == 0 {
            assert_eq!(after, before, "run {i}: the file changed without the entry");
        }
        let check = guanxi(
            dir.path(),
            &["validate", "--as-of", AS_OF, "--format", "json"],
        );
        assert_eq!(check.json()["errors"], 0, "run {i}: {}", check.stdout);
    }
    // Temporary files of killed runs may remain; they are hidden, ignored by
    // every command, and never mistaken for accounts.
    let run = guanxi(dir.path(), &["validate", "--as-of", AS_OF]);
    assert_eq!(run.code, 0);
}

#[test]
fn a_stance_shared_through_an_anchor_alias_or_merge_is_not_edited() {
    let text = "account: A
id: a
owner: o
stakeholders:
  - id: first
    name: First
    level: middle
    stance: &friendly { us: mentor }
  - id: second
    name: Second
    level: middle
    stance: *friendly
  - id: third
    name: Third
    level: staff
    <<: { stance: *friendly }
  - id: alone
    name: Alone
    level: staff
    stance: { us: neutral }
";
    let t = common::CliTest::with_files(&[("a.yaml", text)]);
    for person in ["first", "second", "third"] {
        let run = t.run(&["stance", "a", person, "supporter", "--as-of", common::AS_OF]);
        assert_eq!(run.code, 2, "{person}: {}", run.transcript());
        assert!(run.stderr.contains("is shared"), "{person}: {}", run.stderr);
        assert_eq!(t.read("a.yaml"), text, "{person}: the file changed");
    }
    let run = t.run(&[
        "stance",
        "a",
        "first",
        "supporter",
        "--as-of",
        common::AS_OF,
    ]);
    assert!(run.stderr.contains("with second, third"), "{}", run.stderr);
    // Nobody shares Alone's stance: the edit goes through.
    let run = t.run(&[
        "stance",
        "a",
        "alone",
        "supporter",
        "--as-of",
        common::AS_OF,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(t.read("a.yaml").contains("stance: { us: supporter }"));
}

#[test]
fn new_refuses_hidden_ids_and_new_files_follow_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    for id in [".", "..", ".hidden"] {
        let run = guanxi(dir.path(), &["new", "X", "--id", id, "--as-of", AS_OF]);
        assert_eq!(run.code, 2, "{id}: {}", run.transcript());
    }
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // What this process's umask makes of an ordinary new file.
        fs::write(dir.path().join("probe"), "").unwrap();
        let usual = fs::metadata(dir.path().join("probe"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        let run = guanxi(dir.path(), &["new", "Qingshan", "--as-of", AS_OF]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        let mode = fs::metadata(dir.path().join("qingshan.yaml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, usual);
    }
}

#[test]
fn init_writes_everything_or_nothing_and_only_inside_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    // `.github` is a file: the workflow cannot be written, so nothing is.
    fs::create_dir(dir.path().join("plans")).unwrap();
    fs::write(dir.path().join("plans/.github"), "not a folder").unwrap();
    let run = guanxi(dir.path(), &["init", "plans"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let left: Vec<String> = fs::read_dir(dir.path().join("plans"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, [".github"], "a half-made repository was left");
    #[cfg(unix)]
    {
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir(&elsewhere).unwrap();
        fs::create_dir(dir.path().join("linked")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, dir.path().join("linked/accounts")).unwrap();
        let run = guanxi(dir.path(), &["init", "linked"]);
        assert_eq!(run.code, 2, "{}", run.transcript());
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    }
    let ok = guanxi(dir.path(), &["init", "fresh"]);
    assert_eq!(ok.code, 0, "{}", ok.transcript());
    let ignore = fs::read_to_string(dir.path().join("fresh/.gitignore")).unwrap();
    assert!(ignore.contains(".guanxi-*.tmp"), "{ignore}");
}

#[test]
fn writes_clean_up_after_killed_runs_and_never_take_a_file_they_could_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.yaml"), "account: A\nowner: o\nstakeholders:\n  - { id: zhao, name: Z, level: staff, stance: { us: mentor } }\n").unwrap();
    // A killed run's leftover: a full copy of an account.
    fs::write(d.join(".guanxi-x1y2z3.tmp"), "account: A\nsecret").unwrap();
    let log = |d: &std::path::Path| {
        guanxi(
            d,
            &[
                "log", "a", "--with", "zhao", "--kind", "call", "--as-of", AS_OF,
            ],
        )
    };
    let run = log(d);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        !d.join(".guanxi-x1y2z3.tmp").exists(),
        "the stale copy is still there"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let before = fs::read(d.join("a.yaml")).unwrap();
        fs::set_permissions(d.join("a.yaml"), fs::Permissions::from_mode(0o444)).unwrap();
        let run = log(d);
        assert_eq!(run.code, 2, "{}", run.transcript());
        assert!(run.stderr.contains("read-only"), "{}", run.stderr);
        assert_eq!(fs::read(d.join("a.yaml")).unwrap(), before);
        fs::set_permissions(d.join("a.yaml"), fs::Permissions::from_mode(0o640)).unwrap();
        // Someone else's file: as root, the change keeps its owner and mode.
        if std::os::unix::fs::chown(d.join("a.yaml"), Some(4242), Some(4242)).is_ok() {
            let run = log(d);
            assert_eq!(run.code, 0, "{}", run.transcript());
            let meta = fs::metadata(d.join("a.yaml")).unwrap();
            assert_eq!(
                (meta.uid(), meta.gid(), meta.mode() & 0o777),
                (4242, 4242, 0o640)
            );
        }
    }
}

#[test]
fn notes_are_exported_only_when_asked_for() {
    let root = common::repo_root();
    let without = guanxi(
        &root,
        &[
            "export",
            "example-accounts",
            "--table",
            "interactions",
            "--as-of",
            AS_OF,
        ],
    );
    let with = guanxi(
        &root,
        &[
            "export",
            "example-accounts",
            "--table",
            "interactions",
            "--notes",
            "--as-of",
            AS_OF,
        ],
    );
    assert_eq!(without.code, 0, "{}", without.transcript());
    assert!(
        without.stdout.lines().all(|l| l.contains("\"note\":null")),
        "{}",
        without.stdout
    );
    assert!(
        with.stdout.lines().any(|l| !l.contains("\"note\":null")),
        "{}",
        with.stdout
    );
}

/// Another program saving the file while `log` checks its change: the
/// save is kept, and `log` writes nothing and says so.
#[cfg(unix)]
#[test]
fn a_file_saved_by_someone_else_during_an_edit_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_path_buf();
    // Big enough that checking the change takes a while in a debug build;
    // named other than its id, so the change is made under the lock (a
    // file named after the account is changed early, and only the
    // comparison and the write happen under the lock).
    let mut text = String::from(
        "account: A\nid: a\nowner: o\nstakeholders:\n  - { id: zhao, name: Z, level: staff, stance: { us: mentor } }\ninteractions:\n",
    );
    for i in 0..20_000 {
        text.push_str(&format!(
            "  - {{ date: 2026-01-01, with: [zhao], kind: visit, note: 'visit {i}' }}\n"
        ));
    }
    fs::write(d.join("acct.yaml"), &text).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args([
            "log", "a", "--with", "zhao", "--kind", "call", "--as-of", AS_OF,
        ])
        .current_dir(&d)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until guanxi holds the directory lock (it has read the file just
    // after taking it), then save a change behind its back.
    let dir_file = fs::File::open(&d).unwrap();
    let mut saved = false;
    for _ in 0..2000 {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        match dir_file.try_lock() {
            Ok(()) => {
                dir_file.unlock().unwrap();
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            Err(_) => {
                std::thread::sleep(std::time::Duration::from_millis(50));
                fs::write(d.join("acct.yaml"), text.replace("visit 0'", "visit zero'")).unwrap();
                saved = true;
                break;
            }
        }
    }
    let out = child.wait_with_output().unwrap();
    let after = fs::read_to_string(d.join("acct.yaml")).unwrap();
    if !saved {
        eprintln!("skipped: the edit finished before the lock could be seen");
        return;
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("changed while guanxi was editing it"),
        "{stderr}"
    );
    assert!(
        after.contains("visit zero'") && !after.contains("kind: call"),
        "the other save was lost"
    );
}

#[test]
fn a_stance_typed_with_the_neighbouring_character_gets_a_suggestion() {
    let t = common::CliTest::with_files(&[(
        "a.yaml",
        "
        account: A
        owner: o
        stakeholders:
          - { id: chen, name: 陈丽, level: middle, stance: { us: 邦 } }
        ",
    )]);
    let run = t.run(&["validate", "--format", "json", "--as-of", AS_OF]);
    let help = run.json()["diagnostics"][0]["help"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(help.starts_with("did you mean `帮`?"), "{help}");
    t.write(
        "a.yaml",
        "
        account: A
        owner: o
        stakeholders:
          - { id: chen, name: 陈丽, level: middle, stance: { us: 帮 } }
        ",
    );
    let run = t.run(&["stance", "a", "chen", "只", "--as-of", AS_OF]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("did you mean `支`?"), "{}", run.stderr);
    let run = t.run(&["stance", "a", "zhao", "支", "--as-of", AS_OF]);
    assert!(
        run.stderr.contains("the people are: chen (陈丽)"),
        "{}",
        run.stderr
    );
}

/// A file named after its account is changed early, while the folder is
/// scanned; one named otherwise is changed under the lock. Both ways give
/// the same bytes, for `log` and `stance`, and a text that changed after
/// the early read is changed as it is under the lock.
#[test]
fn the_early_change_writes_what_the_change_under_the_lock_writes() {
    let text = "account: A\nid: a\nowner: o\nstakeholders:\n  - id: zhao\n    name: Z\n    level: staff\n    stance: { us: 中 }\ninteractions:\n  - { date: 2026-01-01, with: [zhao], kind: visit }\n";
    let edits: [&[&str]; 2] = [
        &[
            "log", "a", "--with", "zhao", "--kind", "call", "--note", "x: y",
        ],
        &["stance", "a", "zhao", "supporter"],
    ];
    for args in edits {
        let mut results = Vec::new();
        for name in ["a.yaml", "acct.yaml"] {
            let t = common::CliTest::with_files(&[(name, text)]);
            let mut all = args.to_vec();
            all.extend(["--as-of", AS_OF]);
            let run = t.run(&all);
            assert_eq!(run.code, 0, "{name}: {}", run.transcript());
            results.push((run.stdout.replace(name, "FILE"), t.read(name)));
        }
        assert_eq!(results[0], results[1], "{args:?}");
        assert_ne!(results[0].1, text, "{args:?}: nothing changed");
    }
}

/// Ctrl-C, SIGTERM or SIGHUP while `log` writes: the temporary copy of the
/// account is removed before guanxi exits (130), and the file is as it was.
#[cfg(unix)]
#[test]
fn an_interrupted_write_leaves_no_copy_behind() {
    use std::time::{Duration, Instant};
    for signal in ["INT", "TERM", "HUP"] {
        let dir = example_copy();
        let path = dir.path().join("qingshan-steel.yaml");
        let before = fs::read_to_string(&path).unwrap();
        let temps = || -> Vec<String> {
            fs::read_dir(dir.path())
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".guanxi-") && n.ends_with(".tmp"))
                .collect()
        };
        let mut child = spawn_log(dir.path(), signal, Some("5000"));
        let start = Instant::now();
        while temps().is_empty() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{signal}: no temporary file appeared"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        let sent = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "{signal}");
        assert_eq!(temps(), Vec::<String>::new(), "{signal}: a copy was left");
        assert_eq!(fs::read_to_string(&path).unwrap(), before, "{signal}");
    }
}

/// `log --kind` takes the Chinese kinds (the file gets the English name) and
/// `--date` counts back from the as-of date; a slip of the input method gets
/// a suggestion.
#[test]
fn log_takes_chinese_kinds_and_relative_dates() {
    let text = "account: A\nid: a\nowner: o\nstakeholders:\n  - { id: xu, name: 徐工, level: staff, stance: { us: 中 } }\n";
    let t = common::CliTest::with_files(&[("a.yaml", text)]);
    for (kind, date) in [
        ("技术交流", "yesterday"),
        ("宴请", "-3d"),
        ("visit", "今天"),
        ("培训", "2026-11-01"),
    ] {
        let run = t.run(&[
            "log", "a", "--with", "xu", "--kind", kind, "--date", date, "--as-of", AS_OF,
        ]);
        assert_eq!(run.code, 0, "{kind} {date}: {}", run.transcript());
    }
    let after = t.read("a.yaml");
    for line in [
        "  - date: 2026-11-22\n    with: [xu]\n    kind: tech-exchange\n",
        "  - date: 2026-11-20\n    with: [xu]\n    kind: meal\n",
        "  - date: 2026-11-23\n    with: [xu]\n    kind: visit\n",
        "  - date: 2026-11-01\n    with: [xu]\n    kind: training\n",
    ] {
        assert!(after.contains(line), "{line:?} not in\n{after}");
    }
    let slip = t.run(&[
        "log", "a", "--with", "xu", "--kind", "拜放", "--as-of", AS_OF,
    ]);
    assert_eq!(slip.code, 2);
    assert!(
        slip.stderr.contains("did you mean `拜访`?"),
        "{}",
        slip.stderr
    );
    let bad = t.run(&[
        "log", "a", "--with", "xu", "--kind", "call", "--date", "-3x", "--as-of", AS_OF,
    ]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("-Nd"), "{}", bad.stderr);
}

/// `guanxi man --dir` writes the page of every command that guanxi.1 refers
/// to (`guanxi-validate(1)`…), each the same as `guanxi man COMMAND` prints.
#[test]
fn every_man_page_guanxi_1_names_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let run = guanxi(dir.path(), &["man", "--dir", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let top = fs::read_to_string(out.join("guanxi.1")).unwrap();
    let referenced: Vec<String> = top
        .lines()
        .filter_map(|l| l.strip_prefix("guanxi\\-"))
        .filter_map(|l| l.strip_suffix("(1)"))
        .map(str::to_string)
        .collect();
    assert!(referenced.len() >= 15, "{referenced:?}");
    for command in &referenced {
        let page = fs::read_to_string(out.join(format!("guanxi-{command}.1")))
            .unwrap_or_else(|e| panic!("guanxi-{command}.1: {e}"));
        assert!(
            page.contains(&format!(".TH guanxi-{command} 1")),
            "{command}"
        );
        assert!(
            page.contains(&format!("guanxi {command}")),
            "{command}: usage"
        );
        let printed = guanxi(dir.path(), &["man", command]);
        assert_eq!(printed.stdout, page, "{command}");
    }
    let wrong = guanxi(dir.path(), &["man", "valdate"]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong.stderr.contains("did you mean `validate`?"),
        "{}",
        wrong.stderr
    );
}

/// Logging with someone in an account that has nobody on file yet says so.
#[test]
fn an_account_without_people_says_to_add_them() {
    let t = common::CliTest::with_files(&[(
        "a.yaml",
        "account: A\nid: a\nowner: o\nstakeholders: []\n",
    )]);
    let run = t.run(&[
        "log", "a", "--with", "zhao", "--kind", "visit", "--as-of", AS_OF,
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr
            .contains("a has no stakeholders yet; add the people to a.yaml first"),
        "{}",
        run.stderr
    );
}

/// `log --intel … --from ID` writes who gave the intel, and a `from` who
/// was not there is refused with the file untouched.
#[test]
fn log_names_who_gave_the_intel() {
    let text = "account: A\nid: a\nowner: o\nstakeholders:\n  - { id: xu, name: 徐工, level: staff, stance: { us: 中 } }\n  - { id: li, name: 李科, level: staff, stance: { us: 支 } }\n";
    let t = common::CliTest::with_files(&[("a.yaml", text)]);
    let run = t.run(&[
        "log",
        "a",
        "--with",
        "xu,li",
        "--kind",
        "meal",
        "--intel",
        "accurate",
        "--from",
        "li",
        "--date",
        "2026-11-20",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        t.read("a.yaml")
            .contains("    intel: accurate\n    from: li\n"),
        "{}",
        t.read("a.yaml")
    );
    let before = t.read("a.yaml");
    let absent = t.run(&[
        "log", "a", "--with", "xu", "--kind", "call", "--intel", "accurate", "--from", "li",
        "--as-of", AS_OF,
    ]);
    assert_eq!(absent.code, 1, "{}", absent.transcript());
    assert!(
        absent.stderr.contains("intel-giver-absent"),
        "{}",
        absent.stderr
    );
    assert_eq!(t.read("a.yaml"), before);
}

/// In a file written in Chinese, `log` writes the kind in Chinese however
/// it was typed, and a person may be named by their exact name.
#[test]
fn log_writes_chinese_into_a_chinese_file_and_takes_names() {
    let text = "account: 南方钢铁\nid: nanfang\nowner: 吴杰\nstakeholders:\n  - { id: liu, name: 刘明, level: 中层, roles: [核心决策者], stance: { us: 支 } }\n  - { id: li, name: 李强, level: 基层, stance: { us: 中 } }\ninteractions:\n  - { date: 2026-11-01, with: [liu], kind: 拜访 }\n";
    let t = common::CliTest::with_files(&[("nanfang.yaml", text)]);
    let run = t.run(&[
        "log",
        "nanfang",
        "--with",
        "刘明",
        "--kind",
        "meal",
        "--date",
        "2026-11-20",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let after = t.read("nanfang.yaml");
    assert!(
        after.contains("  - { date: 2026-11-20, with: [liu], kind: 宴请 }\n"),
        "{after}"
    );
    let moved = t.run(&["stance", "nanfang", "李强", "帮", "--as-of", AS_OF]);
    assert_eq!(moved.code, 0, "{}", moved.transcript());
    assert!(
        t.read("nanfang.yaml").contains("{ us: 帮 }"),
        "{}",
        t.read("nanfang.yaml")
    );
    // A name nobody has is refused, and the file stays as it was.
    let before = t.read("nanfang.yaml");
    let nobody = t.run(&[
        "log", "nanfang", "--with", "王五", "--kind", "visit", "--as-of", AS_OF,
    ]);
    assert_eq!(nobody.code, 2, "{}", nobody.transcript());
    assert_eq!(t.read("nanfang.yaml"), before);
}

/// A new account built, kept and retired from the shell: `person add`,
/// `person set`, `person leave`, each spliced in with the comments kept,
/// and refused with the file unchanged when the result would not validate.
#[test]
fn people_are_added_changed_and_retired_from_the_shell() {
    let text = "# Plan for Nanhai\naccount: Nanhai Telecom\nid: nanhai\nowner: li.ming\ncompetitors: [Jia]\nstakeholders: []  # nobody yet\n";
    let t = common::CliTest::with_files(&[("nanhai.yaml", text)]);
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--as-of", AS_OF]);
        t.run(&all)
    };
    let boss = run(&[
        "person",
        "add",
        "nanhai",
        "--name",
        "Xu Zhiqiang",
        "--level",
        "executive",
        "--roles",
        "decider",
        "--stance",
        "us=neutral,Jia=supporter",
    ]);
    assert_eq!(boss.code, 0, "{}", boss.transcript());
    assert!(boss.stdout.contains("`xu-zhiqiang`"), "{}", boss.stdout);
    let engineer = run(&[
        "person",
        "add",
        "nanhai",
        "--name",
        "Deng Hui",
        "--level",
        "middle",
        "--id",
        "deng",
        "--reports-to",
        "xu-zhiqiang",
        "--roles",
        "technical,coach",
    ]);
    assert_eq!(engineer.code, 0, "{}", engineer.transcript());
    let set = run(&[
        "person",
        "set",
        "nanhai",
        "Deng Hui",
        "--title",
        "Chief Engineer",
        "--influence",
        "4",
    ]);
    assert_eq!(set.code, 0, "{}", set.transcript());
    let left = run(&["person", "leave", "nanhai", "deng", "--date", "2026-11-20"]);
    assert_eq!(left.code, 0, "{}", left.transcript());
    let after = t.read("nanhai.yaml");
    assert!(after.starts_with("# Plan for Nanhai\n"), "{after}");
    for line in [
        "  - id: xu-zhiqiang\n    name: Xu Zhiqiang\n    level: executive\n    roles: [decider]\n    stance: { us: neutral, Jia: supporter }\n",
        "    reports_to: xu-zhiqiang\n",
        "    title: Chief Engineer\n    influence: 4\n    left: 2026-11-20\n",
    ] {
        assert!(after.contains(line), "{line:?} not in\n{after}");
    }
    let valid = run(&["validate", "nanhai.yaml"]);
    assert_eq!(valid.code, 0, "{}", valid.transcript());
    // A boss nobody has: the new text would not validate; nothing changes.
    let before = t.read("nanhai.yaml");
    let nobody = run(&["person", "set", "nanhai", "deng", "--reports-to", "wang"]);
    assert_eq!(nobody.code, 1, "{}", nobody.transcript());
    assert!(
        nobody.stderr.contains("unknown-stakeholder"),
        "{}",
        nobody.stderr
    );
    let twice = run(&[
        "person", "add", "nanhai", "--name", "Deng", "--level", "staff", "--id", "deng",
    ]);
    assert_eq!(twice.code, 2, "{}", twice.transcript());
    let nothing = run(&["person", "set", "nanhai", "deng"]);
    assert_eq!(nothing.code, 2, "{}", nothing.transcript());
    assert_eq!(t.read("nanhai.yaml"), before);
}

/// `guanxi edit` with a scripted editor (a shell script standing in for
/// vim): a broken save is sent back with its errors as comments, a fix is
/// written without them, quitting on errors writes nothing, and a file
/// saved by someone else meanwhile is not overwritten.
#[cfg(unix)]
#[test]
fn edit_saves_only_a_valid_file() {
    use std::os::unix::fs::PermissionsExt;
    let text = "account: Qingshan Steel\nid: qingshan\nowner: li.ming\nstakeholders:\n  - { id: zhao, name: Zhao Gang, title: Chief, level: middle, stance: { us: supporter } }  # keep me\n";
    let t = common::CliTest::with_files(&[("qingshan.yaml", text)]);
    let tools = tempfile::tempdir().unwrap();
    // The editor: each run does the next step of the script it is given.
    let editor = |name: &str, steps: &[&str]| -> String {
        let mut script = String::from(
            "#!/bin/sh\nset -e\nn=$(cat \"$0.n\" 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > \"$0.n\"\ncp \"$1\" \"$0.seen.$n\"\ncase $n in\n",
        );
        for (i, step) in steps.iter().enumerate() {
            script.push_str(&format!("{}) {step} ;;\n", i + 1));
        }
        script.push_str("esac\n");
        let path = tools.path().join(name);
        fs::write(&path, script).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
        path.display().to_string()
    };
    let run = |editor: &str| {
        common::guanxi_env(
            t.root(),
            &["edit", "qingshan", "--as-of", AS_OF],
            &[("EDITOR", editor)],
        )
    };
    // Broken, then fixed (and the title changed).
    let fix = editor(
        "fix",
        &[
            "sed -i 's/level: middle/level: midle/' \"$1\"",
            "sed -i 's/level: midle/level: middle/; s/title: Chief/title: Chief Engineer/' \"$1\"",
        ],
    );
    let fixed = run(&fix);
    assert_eq!(fixed.code, 0, "{}", fixed.transcript());
    let second = fs::read_to_string(format!("{fix}.seen.2")).unwrap();
    assert!(
        second.starts_with("# guanxi: ") && second.contains("invalid-value"),
        "{second}"
    );
    let after = t.read("qingshan.yaml");
    assert_eq!(
        after,
        text.replace("title: Chief,", "title: Chief Engineer,")
    );
    // Broken, then quit without saving: nothing written, exit 1.
    let quit = editor(
        "quit",
        &["sed -i 's/level: middle/level: midle/' \"$1\"", "true"],
    );
    let given_up = run(&quit);
    assert_eq!(given_up.code, 1, "{}", given_up.transcript());
    assert_eq!(t.read("qingshan.yaml"), after);
    // Nothing changed.
    let same = run(&editor("same", &["true"]));
    assert_eq!(same.code, 0, "{}", same.transcript());
    assert!(same.stdout.contains("no changes"), "{}", same.stdout);
    // Someone saves the file while the editor is open: theirs is kept.
    let original = t.root().join("qingshan.yaml").display().to_string();
    let race = editor(
        "race",
        &[&format!(
            "echo '# saved by someone else' >> '{original}'; sed -i 's/Zhao Gang/Zhao G./' \"$1\""
        )],
    );
    let refused = run(&race);
    assert_eq!(refused.code, 2, "{}", refused.transcript());
    assert!(
        t.read("qingshan.yaml")
            .ends_with("# saved by someone else\n")
    );
    assert!(t.read("qingshan.yaml").contains("Zhao Gang"));
    // No editor set: a usage error.
    let none = common::guanxi(t.root(), &["edit", "qingshan", "--as-of", AS_OF]);
    assert_eq!(none.code, 2, "{}", none.transcript());
    assert!(none.stderr.contains("EDITOR"), "{}", none.stderr);
}

/// `guanxi import`: an Excel positioning sheet in Chinese (a merged title
/// row above the headers, built with rust_xlsxwriter, read back with
/// calamine) and a CSV with English headers become people in an account;
/// a bad cell is named at its place and the rest imported; `--dry-run`
/// shows the diff and writes nothing; importing again changes nothing.
#[test]
fn a_positioning_sheet_becomes_people_in_the_account() {
    use rust_xlsxwriter::Workbook;
    let text = "account: 华东电网\nid: huadong\nowner: wu.jie\ncompetitors: [甲自动化]\nstakeholders:\n  - { id: chen, name: 陈丽, level: 中层, stance: { us: 支 } }\n";
    let t = common::CliTest::with_files(&[("huadong.yaml", text)]);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("定位表").unwrap();
    sheet
        .merge_range(
            0,
            0,
            0,
            5,
            "华东电网 关系定位表",
            &rust_xlsxwriter::Format::new(),
        )
        .unwrap();
    let rows: [[&str; 6]; 4] = [
        [
            "姓名",
            "职务",
            "部门",
            "层级",
            "对我方态度",
            "对甲自动化态度",
        ],
        ["陈丽", "物资部主任", "物资部", "中层", "帮", "反"],
        ["徐工", "生产技术部主任", "生产技术部", "中层", "支", "中"],
        ["王五", "科员", "物资部", "中级", "中", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r as u32 + 1, c as u16, *cell).unwrap();
        }
    }
    let xlsx = t.root().join("关系定位表.xlsx");
    book.save(&xlsx).unwrap();
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--as-of", AS_OF]);
        t.run(&all)
    };
    let dry = run(&[
        "import",
        "sheet",
        "关系定位表.xlsx",
        "--account",
        "huadong",
        "--dry-run",
    ]);
    assert_eq!(dry.code, 0, "{}", dry.transcript());
    assert!(
        dry.stdout.contains("+  - { id: xugong, name: 徐工"),
        "{}",
        dry.stdout
    );
    assert!(dry.stderr.contains("定位表!D5"), "{}", dry.stderr);
    assert_eq!(t.read("huadong.yaml"), text);
    let done = run(&["import", "sheet", "关系定位表.xlsx", "--account", "huadong"]);
    assert_eq!(
        done.code,
        1,
        "a bad cell is a finding: {}",
        done.transcript()
    );
    let after = t.read("huadong.yaml");
    assert!(after.contains("{ id: chen, name: 陈丽, level: 中层, stance: { us: 帮, 甲自动化: 反 }, title: 物资部主任, department: 物资部 }"), "{after}");
    assert!(
        after.contains("id: xugong") && !after.contains("王五"),
        "{after}"
    );
    assert_eq!(run(&["validate", "huadong.yaml"]).code, 0);
    let again = run(&["import", "sheet", "关系定位表.xlsx", "--account", "huadong"]);
    assert!(
        again.stdout.contains("0 added, 0 updated"),
        "{}",
        again.transcript()
    );
    assert_eq!(t.read("huadong.yaml"), after);
    // A CSV with English headers.
    t.write(
        "sheet.csv",
        "name,title,level,us\nLi Ke,Engineer,staff,supporter\n",
    );
    let csv = run(&["import", "sheet", "sheet.csv", "--account", "huadong"]);
    assert_eq!(csv.code, 0, "{}", csv.transcript());
    assert!(
        t.read("huadong.yaml").contains("id: li-ke"),
        "{}",
        t.read("huadong.yaml")
    );
}

/// `guanxi import crm`: a Salesforce-style export becomes a valid account
/// file, people with their roles and who reports to whom; an account on file
/// gets its missing people; an unmapped role is named, the rest imported.
#[test]
fn a_crm_export_becomes_account_files() {
    let t = common::CliTest::with_files(&[
        (
            ".guanxi.yaml",
            "paths: [accounts]\ncrm_roles: { Gatekeeper: advisor }\n",
        ),
        (
            "accounts/qingshan-steel.yaml",
            "account: Qingshan Steel\nid: qingshan-steel\nowner: li.ming\nstakeholders:\n  - { id: zhao, name: Zhao Gang, level: middle, stance: { us: mentor } }\n",
        ),
        (
            "export/Account.csv",
            "Id,Name\n001,Nanhai Telecom\n002,Qingshan Steel\n",
        ),
        (
            "export/Contact.csv",
            "Id,AccountId,FirstName,LastName,Title,Department,ReportsToId\n003a,001,Zhiqiang,Xu,General Manager,Management,\n003b,001,Hui,Deng,Network Manager,Network,003a\n003c,002,Gang,Zhao,Section Chief,Procurement,\n003d,002,Li,Sun,Buyer,Procurement,\n",
        ),
        (
            "export/OpportunityContactRole.csv",
            "ContactId,Role\n003a,Decision Maker\n003b,Technical Buyer\n003d,Gatekeeper\n003d,Bystander\n",
        ),
    ]);
    let run = t.run(&[
        "import", "crm", "export", "--owner", "wu.jie", "--as-of", AS_OF,
    ]);
    assert_eq!(
        run.code,
        1,
        "an unmapped role is a finding: {}",
        run.transcript()
    );
    assert!(
        run.stderr.contains("Bystander") && run.stderr.contains("OpportunityContactRole.csv!5"),
        "{}",
        run.stderr
    );
    let nanhai = t.read("accounts/nanhai-telecom.yaml");
    for line in [
        "account: Nanhai Telecom",
        "owner: wu.jie",
        "id: zhiqiang-xu",
        "roles: [decider]",
        "reports_to: zhiqiang-xu",
        "level: executive",
    ] {
        assert!(nanhai.contains(line), "{line:?} not in\n{nanhai}");
    }
    let qingshan = t.read("accounts/qingshan-steel.yaml");
    assert!(
        qingshan.contains("id: li-sun") && qingshan.contains("roles: [advisor]"),
        "{qingshan}"
    );
    // Gang Zhao of the CRM is Zhao Gang on file: updated, not added twice.
    assert!(!qingshan.contains("Gang Zhao"), "{qingshan}");
    assert!(
        qingshan.contains("title: Section Chief, department: Procurement"),
        "{qingshan}"
    );
    let valid = t.run(&["validate", "--as-of", AS_OF]);
    assert_eq!(valid.code, 0, "{}", valid.transcript());
}

/// `import sheet --new`: a positioning sheet in Chinese becomes a valid
/// account in one command.
#[test]
fn a_chinese_sheet_becomes_a_new_account_in_one_command() {
    let t = common::CliTest::with_files(&[
        (".guanxi.yaml", "lang: zh\n"),
        (
            "定位表.csv",
            "南方钢铁 关系定位表,,,\n姓名,职务,层级,角色,对我方态度\n刘明,副总经理,高层,核心决策者,中\n张敏,采购主管,基层,内部支持者、首倡者,帮\n",
        ),
    ]);
    let run = t.run(&[
        "import",
        "sheet",
        "定位表.csv",
        "--account",
        "南方钢铁",
        "--new",
        "--owner",
        "吴杰",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let text = t.read("nanfanggangtie.yaml");
    assert!(
        text.contains("account: 南方钢铁") && text.contains("owner: 吴杰"),
        "{text}"
    );
    assert!(
        text.contains("roles: [内部支持者, 首倡者]") || text.contains("roles: [coach, initiator]"),
        "{text}"
    );
    let valid = t.run(&["validate", "--as-of", AS_OF]);
    assert_eq!(valid.code, 0, "{}", valid.transcript());
    // Without --new, an account not on file is an error, and nothing is made.
    let missing = t.run(&[
        "import",
        "sheet",
        "定位表.csv",
        "--account",
        "北方重工",
        "--as-of",
        AS_OF,
    ]);
    assert_eq!(missing.code, 2, "{}", missing.transcript());
}
