//! Nothing committed to an account-plan repository runs code or reaches
//! outside it (docs/security.md). Each test builds what a hostile
//! contributor would commit, or a hostile `.git/config` of a repository
//! received as a tarball, with a real `git`; every configured program is a
//! script that leaves a marker file, and the test fails if one is there.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{AS_OF, CliTest, dedent};

const ACCOUNT: &str = "
    account: Huaxin
    id: huaxin
    owner: li.ming
    competitors: [Jia]
    opportunities:
      - { name: Line 3, value: 100000, stage: develop, close: 2027-03-01 }
    stakeholders:
      - { id: wang, name: Wang, level: executive, roles: [decider], stance: { us: mentor, Jia: neutral } }
      - { id: zhao, name: Zhao, level: middle, reports_to: wang, stance: { us: supporter } }
    interactions:
      - { date: 2026-11-02, kind: visit, with: [wang] }
";

/// A repository with two commits of one account, and a script that leaves
/// `marker` when anything runs it.
struct Plan {
    test: CliTest,
    script: PathBuf,
    marker: PathBuf,
}

impl Plan {
    fn new() -> Self {
        let test = CliTest::with_files(&[("accounts/huaxin.yaml", ACCOUNT)]);
        test.git(&["init", "-q", "-b", "main"], "2026-11-01");
        test.git(&["add", "."], "2026-11-01");
        test.git(&["commit", "-qm", "Huaxin"], "2026-11-01");
        let text = test
            .read("accounts/huaxin.yaml")
            .replace("stance: { us: supporter }", "stance: { us: mentor }");
        fs::write(test.root().join("accounts/huaxin.yaml"), text).unwrap();
        test.git(&["commit", "-qam", "Zhao is a mentor"], "2026-11-20");
        // Outside the repository, as a real attacker's script would not
        // be; what matters is that nothing runs it.
        let outside = tempfile::tempdir().unwrap().keep();
        let marker = outside.join("RAN");
        let script = outside.join("program.sh");
        fs::write(
            &script,
            format!("#!/bin/sh\necho \"$0 $*\" >> '{}'\ncat\n", marker.display()),
        )
        .unwrap();
        make_executable(&script);
        Self {
            test,
            script,
            marker,
        }
    }

    fn root(&self) -> &Path {
        self.test.root()
    }

    /// Signs the last commit with a made-up signature, so that a
    /// `log.showSignature` would hand it to `gpg.program`.
    fn sign_head(&self) {
        let commit = self.test.git(&["cat-file", "commit", "HEAD"], "2026-11-20");
        let signature = "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n";
        let at = commit.find("\n\n").unwrap();
        let signed = format!("{}\n{}{}", &commit[..at], signature, &commit[at + 1..]);
        let file = self.root().join("signed-commit");
        fs::write(&file, signed).unwrap();
        let id = self.test.git(
            &["hash-object", "-t", "commit", "-w", "signed-commit"],
            "2026-11-20",
        );
        fs::remove_file(file).unwrap();
        self.test
            .git(&["update-ref", "refs/heads/main", id.trim()], "2026-11-20");
    }

    /// Every command that reads git, with a past as-of date and files
    /// changed since (so the working-files note asks `git status`), each
    /// run with the account files as PATH.
    fn run_everything(&self) -> Vec<(String, common::Run)> {
        let commands: &[&[&str]] = &[
            &["history", "accounts", "--as-of", AS_OF],
            &[
                "report", "accounts", "--since", "7d", "--maps", "--as-of", AS_OF,
            ],
            &[
                "report", "accounts", "--since", "7d", "--format", "html", "--as-of", AS_OF,
            ],
            &["rank", "accounts", "--as-of", "2026-11-10"],
            &["neglected", "accounts", "--as-of", "2026-11-10"],
            &["agenda", "accounts", "--as-of", "2026-11-10"],
            &["positioning", "accounts", "--as-of", "2026-11-10"],
            &["coverage", "accounts", "--as-of", "2026-11-10"],
            &["overclaimed", "accounts", "--as-of", "2026-11-10"],
            &["report", "accounts", "--as-of", "2026-11-10"],
            &[
                "positioning",
                "accounts",
                "--at-commit",
                "--as-of",
                "2026-11-10",
            ],
            &["positioning", "accounts", "--rev", "main", "--as-of", AS_OF],
            &["export", "accounts", "--as-of", "2026-11-10"],
            &["export", "accounts", "--at-commit", "--as-of", "2026-11-10"],
            &["map", "huaxin", "accounts", "--as-of", "2026-11-10"],
            &["validate", "accounts", "--as-of", AS_OF],
        ];
        commands
            .iter()
            .map(|args| (args.join(" "), self.test.run(args)))
            .collect()
    }

    fn assert_nothing_ran(&self, runs: &[(String, common::Run)]) {
        assert!(
            !self.marker.exists(),
            "a configured program ran:\n{}\n(runs: {:?})",
            fs::read_to_string(&self.marker).unwrap_or_default(),
            runs.iter().map(|(c, r)| (c, r.code)).collect::<Vec<_>>()
        );
    }
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(not(unix))]
fn make_executable(_: &Path) {}

/// The settings that name a program for git to run, every one of them.
fn hostile_config(script: &Path) -> String {
    let s = script.display();
    format!(
        "[core]\n\tfsmonitor = {s}\n\tpager = {s}\n\thooksPath = {hooks}\n\tsshCommand = {s}\n\taskPass = {s}\n\
         [log]\n\tshowSignature = true\n\
         [gpg]\n\tprogram = {s}\n[gpg \"ssh\"]\n\tprogram = {s}\n[gpg \"x509\"]\n\tprogram = {s}\n\
         [pager]\n\tlog = {s}\n\tstatus = {s}\n\
         [diff]\n\texternal = {s}\n[diff \"evil\"]\n\ttextconv = {s}\n\tcommand = {s}\n\
         [filter \"evil\"]\n\tclean = {s}\n\tsmudge = {s}\n\trequired = true\n\
         [filter \"also=evil.clean\"]\n\tclean = {s}\n\
         [credential]\n\thelper = !{s}\n",
        hooks = script.parent().unwrap().display(),
    )
}

#[test]
fn a_bare_repository_committed_among_the_accounts_runs_nothing() {
    let plan = Plan::new();
    // What the pull request adds under accounts/: the files of a bare
    // repository whose config points git at the work tree and a program.
    let accounts = plan.root().join("accounts");
    plan.test
        .git(&["init", "-q", "--bare", "bare"], "2026-11-21");
    for entry in ["HEAD", "objects", "refs"] {
        fs::rename(plan.root().join("bare").join(entry), accounts.join(entry)).unwrap();
    }
    fs::remove_dir_all(plan.root().join("bare")).unwrap();
    fs::write(
        accounts.join("config"),
        format!(
            "[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n{}",
            hostile_config(&plan.script).replacen("[core]\n", "", 1)
        ),
    )
    .unwrap();
    plan.test.git(&["add", "accounts"], "2026-11-21");
    plan.test.git(&["commit", "-qm", "Innocent"], "2026-11-21");
    plan.sign_head();
    // Files changed since the last commit, so `status` has work to do.
    fs::write(
        accounts.join("huaxin.yaml"),
        plan.test.read("accounts/huaxin.yaml") + "# edited\n",
    )
    .unwrap();

    let runs = plan.run_everything();
    plan.assert_nothing_ran(&runs);
    // The real repository was read, not the one among the accounts.
    let history = &runs[0].1;
    assert_eq!(history.code, 0, "{}", history.transcript());
    assert!(history.stdout.contains("huaxin"), "{}", history.stdout);
    // And the pull request that adds it fails its check.
    let validate = &runs.last().unwrap().1;
    assert_eq!(validate.code, 1, "{}", validate.transcript());
    assert!(
        validate.stdout.contains("embedded-repository"),
        "{}",
        validate.stdout
    );
}

#[test]
fn a_hostile_git_config_runs_nothing() {
    let plan = Plan::new();
    plan.test
        .write(".gitattributes", "*.yaml filter=evil diff=evil\n");
    plan.sign_head();
    let config = plan.root().join(".git/config");
    let mut text = fs::read_to_string(&config).unwrap();
    text.push_str(&hostile_config(&plan.script));
    fs::write(&config, text).unwrap();
    for hook in [
        "post-index-change",
        "reference-transaction",
        "fsmonitor-watchman",
    ] {
        let path = plan.script.parent().unwrap().join(hook);
        fs::copy(&plan.script, &path).unwrap();
        make_executable(&path);
    }
    // Stat-dirty (same bytes, new time): `status` would run the clean
    // filter to compare.
    let file = plan.root().join("accounts/huaxin.yaml");
    let bytes = fs::read(&file).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    fs::write(&file, bytes).unwrap();

    let runs = plan.run_everything();
    plan.assert_nothing_ran(&runs);
    let history = &runs[0].1;
    assert_eq!(history.code, 0, "{}", history.transcript());
    assert!(history.stdout.contains("huaxin"), "{}", history.stdout);
    // The working-files note still knows the files changed after the date.
    let rank = &runs[3].1;
    assert!(
        rank.stderr.contains("commits after 2026-11-10"),
        "{}",
        rank.transcript()
    );
}

#[test]
fn a_settings_file_linked_outside_is_never_read() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secrets.yaml");
    fs::write(&secret, "lang: TOKEN_gho_1234\nexclude: ['*.yaml']\n").unwrap();
    let test = CliTest::with_files(&[("accounts/huaxin.yaml", ACCOUNT)]);
    test.git(&["init", "-q"], "2026-11-01");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, test.root().join(".guanxi.yaml")).unwrap();
    for format in ["human", "json", "github", "sarif"] {
        let run = test.run(&["validate", "--as-of", AS_OF, "--format", format]);
        let all = run.transcript();
        assert!(!all.contains("TOKEN_gho"), "{format}: {all}");
        assert!(all.contains("outside-link"), "{format}: {all}");
        // Its `exclude:` did not apply: the account was checked.
        assert_eq!(run.code, 0, "{format}: {all}");
    }
    let json = test
        .run(&["validate", "--as-of", AS_OF, "--format", "json"])
        .json();
    assert_eq!(json["files"], 1);
    for command in ["rank", "report", "positioning"] {
        let run = test.run(&[command, "--as-of", AS_OF]);
        assert!(
            !run.transcript().contains("TOKEN_gho"),
            "{command}: {}",
            run.transcript()
        );
    }
}

#[test]
fn an_accounts_folder_linked_outside_is_never_walked_or_written() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("hosts.yml"),
        "github.com:\n  oauth_token: gho_SECRET\n",
    )
    .unwrap();
    fs::write(outside.path().join("other.yaml"), dedent(ACCOUNT)).unwrap();
    let test = CliTest::with_files(&[(".guanxi.yaml", "paths: [accounts]\n")]);
    test.git(&["init", "-q"], "2026-11-01");
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), test.root().join("accounts")).unwrap();
    for args in [
        &["validate", "--as-of", AS_OF][..],
        &["validate", "accounts", "--as-of", AS_OF],
        &["positioning", "--as-of", AS_OF],
        &["positioning", "accounts", "--as-of", AS_OF],
    ] {
        let run = test.run(args);
        let all = run.transcript();
        assert!(
            !all.contains("gho_SECRET") && !all.contains("Wang"),
            "{args:?}: {all}"
        );
        // validate says why (analyses keep only errors).
        if args[0] == "validate" {
            assert!(all.contains("outside-link"), "{args:?}: {all}");
        }
    }
    let new = test.run(&["new", "Acme", "--as-of", AS_OF]);
    assert_eq!(new.code, 2, "{}", new.transcript());
    assert!(!outside.path().join("acme.yaml").exists());
    assert!(
        new.stderr.contains("outside the repository"),
        "{}",
        new.stderr
    );
}

#[test]
fn a_settings_file_above_the_work_tree_does_not_apply() {
    let above = tempfile::tempdir().unwrap();
    fs::write(above.path().join(".guanxi.yaml"), "exclude: ['*.yaml']\n").unwrap();
    let repo = above.path().join("plans");
    fs::create_dir_all(repo.join("accounts")).unwrap();
    fs::write(repo.join("accounts/broken.yaml"), "account: [\n").unwrap();
    common::git(&repo, &["init", "-q"], "2026-11-01", "Li Ming");
    let run = common::validate(&repo, &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.contains("checked 1 file"), "{}", run.stdout);

    // Outside any work tree it still applies, and the run says so.
    fs::remove_dir_all(repo.join(".git")).unwrap();
    let run = common::validate(&repo, &[]);
    assert!(run.stdout.contains("checked 0 files"), "{}", run.stdout);
    assert!(
        run.stderr.contains("using the settings in") && run.stderr.contains(".guanxi.yaml"),
        "{}",
        run.stderr
    );
    // The repository's own settings are not announced.
    fs::write(repo.join(".guanxi.yaml"), "lang: en\n").unwrap();
    let run = common::validate(&repo, &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn an_id_taken_from_a_file_name_obeys_the_id_rule() {
    let hostile = "accounts/huaxin$(touch${IFS}PWNED).yaml";
    let test = CliTest::with_files(&[
        (hostile, &ACCOUNT.replace("    id: huaxin\n", "")),
        (
            "accounts/qingshan.yaml",
            &ACCOUNT
                .replace("    id: huaxin\n", "")
                .replace("Huaxin", "Qingshan"),
        ),
    ]);
    let run = test.run(&["validate", "--as-of", AS_OF, "--format", "json"]);
    let json = run.json();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{json:#}");
    assert_eq!(diagnostics[0]["code"], "invalid-id");
    assert_eq!(diagnostics[0]["file"], hostile);
    // (Completion leaves it out: tests/edit.rs, at the shell.)
}

#[test]
fn ignore_lists_are_read_up_to_their_limits() {
    let patterns = |n: usize, last: &str| -> String {
        let mut text: String = (0..n - 1).map(|i| format!("generated-{i}/\n")).collect();
        text.push_str(last);
        text.push('\n');
        text
    };
    let test = CliTest::with_files(&[
        ("accounts/huaxin.yaml", ACCOUNT),
        ("accounts/broken.yaml", "account: [\n"),
    ]);
    test.git(&["init", "-q"], "2026-11-01");
    // At the limit, the last pattern still applies: the broken file is
    // ignored, and nothing is said.
    fs::write(
        test.root().join(".gitignore"),
        patterns(2_000, "broken.yaml"),
    )
    .unwrap();
    let run = test.run(&["validate", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.json()["diagnostics"], serde_json::json!([]));
    // One past it, that pattern is not read, and the file says so.
    fs::write(
        test.root().join(".gitignore"),
        patterns(2_001, "broken.yaml"),
    )
    .unwrap();
    let run = test.run(&["validate", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let codes: Vec<(String, String)> = run.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().into(),
                d["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        codes.contains(&(".gitignore".into(), "pattern-limit".into())),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("accounts/broken.yaml".into(), "yaml-syntax".into())),
        "{codes:?}"
    );
    // A file over the byte limit is read up to its last whole line there.
    let long = format!("{}\nbroken.yaml\n", "#".repeat(200 * 1024));
    fs::write(test.root().join(".gitignore"), long).unwrap();
    let run = test.run(&["validate", "--as-of", AS_OF]);
    assert!(run.stdout.contains("pattern-limit"), "{}", run.transcript());

    // `exclude:` the same, reported in the settings file at the first
    // pattern left out.
    fs::remove_file(test.root().join(".gitignore")).unwrap();
    let exclude: String = (0..2_000)
        .map(|i| format!("  - generated-{i}/\n"))
        .collect();
    test.write(
        ".guanxi.yaml",
        &format!("exclude:\n{exclude}  - broken.yaml\n"),
    );
    let run = test.run(&["validate", "--as-of", AS_OF, "--format", "json"]);
    let json = run.json();
    let limit = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "pattern-limit")
        .unwrap_or_else(|| panic!("{json:#}"));
    assert_eq!(
        (limit["file"].as_str(), limit["line"].as_u64()),
        (Some(".guanxi.yaml"), Some(2_002))
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
}

#[test]
fn a_version_over_the_size_limit_in_history_is_not_read() {
    let plan = Plan::new();
    plan.test.write(".guanxi.yaml", "max_file_size: 4096\n");
    let file = plan.root().join("accounts/huaxin.yaml");
    let padded = format!(
        "{}{}",
        plan.test.read("accounts/huaxin.yaml"),
        "# padding\n".repeat(500)
    );
    fs::write(&file, padded).unwrap();
    plan.test.git(&["add", "."], "2026-11-21");
    plan.test.git(&["commit", "-qm", "Padded"], "2026-11-21");
    let run = plan
        .test
        .run(&["history", "--as-of", AS_OF, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout.contains("too large in this commit (5,")
            && run.stdout.contains("over the limit of 4,096 bytes"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("does not parse"), "{}", run.stdout);
    // Read at that commit, it is refused as a working file would be.
    let run = plan
        .test
        .run(&["validate", "--as-of", AS_OF, "--format", "json"]);
    assert!(run.stdout.contains("file-too-large"), "{}", run.stdout);
    let run = plan
        .test
        .run(&["positioning", "--rev", "HEAD", "--as-of", AS_OF]);
    assert!(
        run.stderr.contains("file-too-large"),
        "{}",
        run.transcript()
    );
}

#[test]
fn a_file_broken_a_hundred_thousand_times_lists_a_thousand() {
    let ids = vec!["zhao"; 100_000].join(", ");
    let text = format!(
        "{}  - {{ date: 2026-11-03, kind: call, with: [{ids}] }}\n",
        dedent(ACCOUNT)
    );
    let test = CliTest::with_files(&[("accounts/huaxin.yaml", "")]);
    fs::write(test.root().join("accounts/huaxin.yaml"), &text).unwrap();
    let run = test.run(&["validate", "--as-of", AS_OF, "--format", "json"]);
    // Repeats are warnings: the file still passes.
    assert_eq!(run.code, 0, "{}", &run.stdout[..2000]);
    let json = run.json();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1_001, "{}", &run.stdout[..2000]);
    let note = diagnostics
        .iter()
        .find(|d| d["code"] == "too-many-problems")
        .unwrap_or_else(|| panic!("{}", &run.stdout[..2000]));
    // 100,000 repeats of a stakeholder who is there: 99,999 warnings, of
    // which 1,000 are listed.
    assert!(
        note["message"]
            .as_str()
            .unwrap()
            .starts_with("98,999 more problems"),
        "{note}"
    );
    // A near miss: 1,000 problems are all listed, and nothing more said.
    let ids = vec!["zhao"; 1_001].join(", ");
    let text = format!(
        "{}  - {{ date: 2026-11-03, kind: call, with: [{ids}] }}\n",
        dedent(ACCOUNT)
    );
    fs::write(test.root().join("accounts/huaxin.yaml"), &text).unwrap();
    let run = test.run(&["validate", "--as-of", AS_OF, "--format", "json"]);
    let json = run.json();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 1_000);
    assert!(!codes.contains(&"too-many-problems"));
}
