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
pub fn guanxi(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output()
        .expect("run guanxi");
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
