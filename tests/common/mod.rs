//! Running the real binary the way a user would, for snapshot tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The as-of date every test runs with.
pub const AS_OF: &str = "2026-11-23";

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of guanxi did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr together, for a snapshot.
    pub fn transcript(&self) -> String {
        let mut s = format!("exit: {}\n", self.code);
        if !self.stdout.is_empty() {
            s.push_str("--- stdout\n");
            s.push_str(&self.stdout);
        }
        if !self.stderr.is_empty() {
            s.push_str("--- stderr\n");
            s.push_str(&self.stderr);
        }
        s
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// The `code`s of a `validate --format json` run, in order.
    pub fn codes(&self) -> Vec<String> {
        self.json()["diagnostics"]
            .as_array()
            .expect("diagnostics array")
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    }
}

/// Runs guanxi in `dir` with a cleared environment, no colour, width 80.
/// git does not look past the project's folder, so that the project's own
/// history (which grows every day) never shows in what the examples print;
/// tests that need git build their own repositories in temp dirs.
pub fn guanxi(dir: &Path, args: &[&str]) -> Run {
    guanxi_env(dir, args, &[("COLUMNS", "80")])
}

/// [`guanxi`] with these variables set too (`COLUMNS`, `LANG`, …).
pub fn guanxi_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_guanxi"));
    command
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("GIT_CEILING_DIRECTORIES", repo_root())
        .env("NO_COLOR", "1")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (k, v) in env {
        command.env(k, v);
    }
    let output = command.output().expect("run guanxi");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `guanxi validate --as-of AS_OF <args>` in `dir`.
pub fn validate(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["validate", "--as-of", AS_OF];
    all.extend_from_slice(args);
    guanxi(dir, &all)
}

/// Removes the indentation every non-blank line shares, a leading newline
/// and trailing blank lines, so that a test can write a file inline at its own indentation.
pub fn dedent(text: &str) -> String {
    let text = text.strip_prefix('\n').unwrap_or(text);
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect();
    let used = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    let mut out = lines[..used].join("\n");
    out.push('\n');
    out
}

/// A scratch repository for one test, in the style of ruff's `CliTest`: a
/// temporary directory, files written dedented, guanxi run in it with a
/// cleared environment, and the directory's path replaced by `[TEMP]` in
/// what it prints so that snapshots do not depend on where it was.
pub struct CliTest {
    dir: tempfile::TempDir,
}

impl CliTest {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A scratch repository holding these files.
    pub fn with_files(files: &[(&str, &str)]) -> Self {
        let test = Self::new();
        for (path, text) in files {
            test.write(path, text);
        }
        test
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text`, dedented, at `path` (folders made as needed).
    pub fn write(&self, path: &str, text: &str) {
        let full = self.root().join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&full, dedent(text)).expect("write file");
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.root().join(path)).expect("read file")
    }

    /// Runs guanxi here; the temp path is filtered out of stdout and stderr.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut run = guanxi(self.root(), args);
        let root = self.root().to_string_lossy().into_owned();
        run.stdout = run.stdout.replace(&root, "[TEMP]");
        run.stderr = run.stderr.replace(&root, "[TEMP]");
        run
    }

    /// Runs `git` here as Li Ming on `date`; what it printed.
    pub fn git(&self, args: &[&str], date: &str) -> String {
        git(self.root(), args, date, "Li Ming")
    }
}

/// Runs `git` in `dir` with a fixed author and date (author and committer),
/// and no system or user configuration; what it printed.
pub fn git(dir: &Path, args: &[&str], date: &str, author: &str) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", format!("{date}T10:00:00+00:00"))
        .env("GIT_COMMITTER_DATE", format!("{date}T10:00:00+00:00"))
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", "rep@example.com")
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", "rep@example.com")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
