//! Reading account files' past versions from git: one `git log` for the
//! commits and the blobs they touched, one `git cat-file --batch` for the
//! blobs, each distinct blob parsed once (in parallel). No git process per
//! file or per commit. What it returns is data: the pure history analysis
//! (`crate::analysis::history`) compares the versions.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::i18n::{Msg, MsgArg, io_error};
use crate::model::{Account, Date};

/// A commit touching account files.
#[derive(Debug, Clone)]
pub struct Commit {
    pub id: String,
    /// Author date, seconds since the epoch.
    pub time: i64,
    pub author: String,
    pub changes: Vec<FileChange>,
}

/// One file's change in a commit.
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Path before (renames and deletions) and after (additions and edits).
    pub old_path: Option<String>,
    pub new_path: Option<String>,
    pub old_blob: Option<String>,
    pub new_blob: Option<String>,
}

#[derive(Debug)]
pub enum GitError {
    /// Not inside a git work tree (a usage error for `history`).
    NotARepository(PathBuf),
    /// git could not be run or failed.
    Failed(Msg),
}

impl GitError {
    /// The error as a message, in any language.
    pub fn msg(&self) -> Msg {
        match self {
            GitError::NotARepository(p) => {
                Msg::new("git-not-a-repository").text("path", p.display().to_string())
            }
            GitError::Failed(m) => Msg::new("git-failed").arg("reason", MsgArg::msg(m.clone())),
        }
    }
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().render(crate::model::Lang::En))
    }
}

/// git could not be started.
fn cannot_run(e: &std::io::Error) -> GitError {
    GitError::Failed(Msg::new("git-cannot-run").arg("reason", MsgArg::msg(io_error(Some(e)))))
}

/// What git (or reading from it) said, as it said it.
fn said(text: impl AsRef<str>) -> GitError {
    GitError::Failed(Msg::new("git-said").text("text", text))
}

/// Configuration that no repository may set for a run of guanxi's: `-c`
/// on the command line outranks every configuration file, the repository's
/// own `.git/config` included. Each names a program a read could start, or
/// a way to reach beyond the repository (git-config(1)):
const CONFINED: &[&str] = &[
    // A bare repository is used only when named (not found by a walk up).
    "safe.bareRepository=explicit",
    // The file-system monitor is a program (or a daemon) `status` starts.
    "core.fsmonitor=false",
    "core.untrackedCache=false",
    // Hooks: no read runs one; a hostile path is never looked at either.
    "core.hooksPath=/dev/null",
    // Signatures are checked by running `gpg.program` (or its ssh and
    // x509 twins).
    "log.showSignature=false",
    // A mailmap is a file outside the repository, or a blob in it.
    "log.mailmap=false",
    // Credential helpers, and any transport at all: a partial clone would
    // fetch a missing blob, through ssh or a remote helper.
    "credential.helper=",
    "protocol.allow=never",
    // Submodules are repositories of their own, with their own config.
    "submodule.recurse=false",
    "status.submoduleSummary=false",
    // Automatic housekeeping.
    "gc.auto=0",
    "maintenance.auto=false",
];

/// git, run on the repository whose work tree is `top` and on nothing
/// else: `--git-dir` and `--work-tree` name it, so git never goes looking
/// for one (see [`super::root`]), and [`CONFINED`] switches off what a
/// configuration could make a read start. No pager; no lazy fetch. The
/// clean and smudge filters that `status` would run are switched off by
/// [`status`], which lists them.
fn git(top: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("--no-pager")
        .arg("--git-dir")
        .arg(top.join(".git"))
        .arg("--work-tree")
        .arg(top)
        .arg("-C")
        .arg(top);
    for setting in CONFINED {
        c.arg("-c").arg(setting);
    }
    // A path is a path: `*` in a file name is no pattern.
    c.env("GIT_LITERAL_PATHSPECS", "1")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_NO_LAZY_FETCH", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .stdin(Stdio::null());
    c
}

/// `git status --porcelain` on `specs`, with every clean filter the
/// configuration names switched off (a filter is a program; an empty
/// command is none). Their names come from `git config`, which runs
/// nothing; they are passed as `GIT_CONFIG_*` pairs, so no name can be read
/// as another setting.
fn status(top: &Path, specs: &[String]) -> Result<String, GitError> {
    let listed = run(
        top,
        &["config", "-z", "--name-only", "--get-regexp", r"^filter\."],
    )
    .unwrap_or_default();
    let mut off: Vec<(String, &str)> = Vec::new();
    for key in listed.split('\0').filter(|k| !k.is_empty()) {
        let Some(driver) = key
            .strip_prefix("filter.")
            .and_then(|k| k.rsplit_once('.'))
            .map(|(d, _)| d)
        else {
            continue;
        };
        for (part, value) in [
            ("clean", ""),
            ("smudge", ""),
            ("process", ""),
            ("required", "false"),
        ] {
            let setting = (format!("filter.{driver}.{part}"), value);
            if !off.contains(&setting) {
                off.push(setting);
            }
        }
    }
    let mut cmd = git(top);
    cmd.env("GIT_CONFIG_COUNT", off.len().to_string());
    for (i, (key, value)) in off.iter().enumerate() {
        cmd.env(format!("GIT_CONFIG_KEY_{i}"), key)
            .env(format!("GIT_CONFIG_VALUE_{i}"), value);
    }
    cmd.args([
        "status",
        "--porcelain",
        "-z",
        "--no-renames",
        "--ignore-submodules=all",
        "--",
    ])
    .args(specs);
    let out = cmd.output().map_err(|e| cannot_run(&e))?;
    if !out.status.success() {
        return Err(said(String::from_utf8_lossy(&out.stderr).trim()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The repository's top directory, and PATH relative to it (a pathspec).
/// Found by [`super::root::work_tree`], never by git.
fn locate(path: &Path) -> Result<(PathBuf, String), GitError> {
    let top =
        super::root::work_tree(path).ok_or_else(|| GitError::NotARepository(path.to_path_buf()))?;
    let canonical_top = std::fs::canonicalize(&top).unwrap_or_else(|_| top.clone());
    let canonical =
        std::fs::canonicalize(path).map_err(|e| said(format!("{}: {e}", path.display())))?;
    let rel = canonical
        .strip_prefix(&canonical_top)
        .map_err(|_| GitError::NotARepository(path.to_path_buf()))?;
    let mut spec = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    if path.is_dir() && !spec.is_empty() {
        spec.push('/');
    }
    Ok((top, spec))
}

fn is_account_path(p: &str) -> bool {
    let lower = p.to_ascii_lowercase();
    (lower.ends_with(".yaml") || lower.ends_with(".yml"))
        && !p.split('/').any(|part| part.starts_with('.'))
}

/// Commits that touched account files under `pathspec`, oldest first. With
/// `since` (seconds), commits up to a year before it are included too, so
/// the caller has a baseline for files that were broken at the window's
/// start; the caller filters by author time.
fn commits(top: &Path, pathspecs: &[String], since: Option<i64>) -> Result<Vec<Commit>, GitError> {
    let mut cmd = git(top);
    // Every field is NUL-terminated and read by position, so no author name
    // or path can start a record of its own; the subject is not asked for.
    cmd.args([
        "log",
        "--no-ext-diff",
        "--no-textconv",
        "--reverse",
        "--raw",
        "--no-abbrev",
        "-M",
        "--no-merges",
        "--format=tformat:%H%x00%at%x00%an%x00",
        "-z",
    ]);
    if let Some(s) = since {
        // Committer dates are not author dates, but a commit authored after
        // `since` is almost never committed before it; filter exactly below.
        cmd.arg(format!("--since={}", s - 86_400 * 366));
    }
    cmd.arg("--");
    cmd.args(pathspecs);
    let out = cmd.output().map_err(|e| cannot_run(&e))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        if err.contains("does not have any commits") {
            return Ok(Vec::new());
        }
        return Err(said(err.trim()));
    }
    Ok(parse_log(&String::from_utf8_lossy(&out.stdout)))
}

fn is_commit_id(token: &str) -> bool {
    token.len() == 40 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Reads `git log --raw -z` with the format of [`commits`]: a commit is its
/// id, time and author, then raw entries (`:meta`, then one path, or two for
/// a rename or copy), each token NUL-terminated.
#[doc(hidden)]
pub fn parse_log(text: &str) -> Vec<Commit> {
    let mut tokens = text.split('\0').map(|t| t.trim_start_matches('\n'));
    let mut result: Vec<Commit> = Vec::new();
    while let Some(token) = tokens.next() {
        if token.is_empty() {
            continue;
        }
        if let Some(meta) = token.strip_prefix(':') {
            let parts: Vec<&str> = meta.split(' ').collect();
            let status = parts.get(4).copied().unwrap_or_default();
            let first = tokens.next().map(str::to_string);
            let (old_path, new_path) = match status.chars().next() {
                Some('R') | Some('C') => (first, tokens.next().map(str::to_string)),
                Some('A') => (None, first),
                Some('D') => (first, None),
                _ => (first.clone(), first),
            };
            let Some(commit) = result.last_mut() else {
                continue;
            };
            if parts.len() < 5 {
                continue;
            }
            let blob = |b: &str| (!b.chars().all(|c| c == '0')).then(|| b.to_string());
            let relevant = old_path.as_deref().is_some_and(is_account_path)
                || new_path.as_deref().is_some_and(is_account_path);
            if relevant {
                commit.changes.push(FileChange {
                    old_blob: blob(parts[2]).filter(|_| old_path.is_some()),
                    new_blob: blob(parts[3]).filter(|_| new_path.is_some()),
                    old_path,
                    new_path,
                });
            }
        } else if is_commit_id(token) {
            let time = tokens.next().and_then(|t| t.parse().ok()).unwrap_or(0);
            let author = tokens.next().unwrap_or_default().to_string();
            result.push(Commit {
                id: token.to_string(),
                time,
                author,
                changes: Vec::new(),
            });
        }
    }
    result.retain(|c| !c.changes.is_empty());
    result
}

/// The commits that touched account files, and every version they name,
/// parsed.
#[derive(Debug, Default)]
pub struct GitHistory {
    /// Oldest first.
    pub commits: Vec<Commit>,
    /// Each blob id's account; `None` for a version that is not a valid
    /// account (it does not parse).
    pub versions: HashMap<String, Option<Account>>,
    /// The versions over the size limit (never read), with their sizes;
    /// `versions` has them as `None`.
    pub too_large: HashMap<String, u64>,
    /// That limit.
    pub max_file_size: u64,
    /// In a shallow clone, the commits at its boundary: their parents are
    /// not there, so what they hold is a starting point, not a change.
    pub shallow: std::collections::HashSet<String>,
}

/// Reads the history of the account files under `paths` (all in one
/// repository). With `since` (a date), commits up to a year before it are
/// included too, so the analysis has a baseline for files that were broken
/// at the window's start.
pub fn read(paths: &[PathBuf], since: Option<Date>) -> Result<GitHistory, GitError> {
    let scope = super::Scope::find(paths);
    let (top, pathspecs) = pathspecs(&scope.expand(paths))?;
    let since = since
        .and_then(|d| d.0.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp());
    let mut commits = commits(&top, &pathspecs, since)?;
    for commit in &mut commits {
        commit.changes.retain(|ch| {
            [&ch.old_path, &ch.new_path]
                .into_iter()
                .flatten()
                .any(|p| scope.admits(&top.join(p)))
        });
    }
    let mut ids: Vec<String> = commits
        .iter()
        .flat_map(|c| c.changes.iter())
        .flat_map(|ch| [ch.old_blob.clone(), ch.new_blob.clone()])
        .flatten()
        .collect();
    ids.sort();
    ids.dedup();
    let raw = blobs(&top, &ids, scope.max_file_size)?;
    let too_large = raw
        .iter()
        .filter_map(|(id, blob)| match blob {
            Blob::TooLarge(size) => Some((id.clone(), *size)),
            Blob::Bytes(_) => None,
        })
        .collect();
    Ok(GitHistory {
        commits,
        versions: parse_blobs(raw),
        too_large,
        max_file_size: scope.max_file_size,
        shallow: shallow_boundary(&top),
    })
}

/// The boundary commits of a shallow clone (empty in a full one).
fn shallow_boundary(top: &Path) -> std::collections::HashSet<String> {
    let Ok(path) = run(top, &["rev-parse", "--git-path", "shallow"]) else {
        return Default::default();
    };
    let path = top.join(path.trim());
    std::fs::read_to_string(path)
        .map(|text| text.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Which commit to read the account files at.
#[derive(Debug, Clone, Copy)]
pub enum Rev<'a> {
    /// A hash, tag or branch.
    Named(&'a str),
    /// The last commit on or before this date (committer date, UTC).
    OnOrBefore(Date),
}

/// The account files under some paths as they were in one commit.
#[derive(Debug)]
pub struct Snapshot {
    /// The commit's full id.
    pub commit: String,
    /// Its committer date (UTC).
    pub date: Date,
    /// Each account file: its path as the user would write it from the
    /// current directory, and its bytes at that commit.
    pub files: Vec<(PathBuf, Blob)>,
}

/// The seconds since the epoch at the end of `date` (UTC).
fn end_of(date: Date) -> i64 {
    date.0
        .and_hms_opt(23, 59, 59)
        .map_or(i64::MAX, |t| t.and_utc().timestamp())
}

fn date_of(seconds: i64) -> Date {
    chrono::DateTime::from_timestamp(seconds, 0)
        .map(|t| Date(t.date_naive()))
        .unwrap_or(Date(chrono::NaiveDate::MIN))
}

/// The repository's top and each path's pathspec in it.
fn pathspecs(paths: &[PathBuf]) -> Result<(PathBuf, Vec<String>), GitError> {
    let mut top: Option<PathBuf> = None;
    let mut specs = Vec::new();
    for path in paths {
        let (this_top, spec) = locate(path)?;
        match &top {
            Some(t) if *t != this_top => {
                return Err(GitError::Failed(
                    Msg::new("git-other-repository")
                        .text("path", path.display().to_string())
                        .text("first", paths[0].display().to_string()),
                ));
            }
            _ => top = Some(this_top),
        }
        specs.push(if spec.is_empty() {
            ".".to_string()
        } else {
            spec
        });
    }
    let top = top.ok_or_else(|| said("no path given"))?;
    Ok((top, specs))
}

fn run(top: &Path, args: &[&str]) -> Result<String, GitError> {
    let out = git(top).args(args).output().map_err(|e| cannot_run(&e))?;
    if !out.status.success() {
        return Err(said(String::from_utf8_lossy(&out.stderr).trim()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Reads the account files under `paths` as they were at `rev`.
pub fn snapshot(paths: &[PathBuf], rev: Rev) -> Result<Snapshot, GitError> {
    let scope = super::Scope::find(paths);
    let (top, specs) = pathspecs(&scope.expand(paths))?;
    let commit = match rev {
        Rev::Named(name) => run(
            &top,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{name}^{{commit}}"),
            ],
        )
        .map_err(|_| GitError::Failed(Msg::new("git-not-a-commit").text("name", name)))?,
        Rev::OnOrBefore(date) => run(
            &top,
            &[
                "rev-list",
                "-1",
                &format!("--before={}", end_of(date)),
                "HEAD",
            ],
        )?,
    };
    let commit = commit.trim().to_string();
    if commit.is_empty() {
        return Err(GitError::Failed(match rev {
            Rev::Named(name) => Msg::new("git-not-a-commit").text("name", name),
            Rev::OnOrBefore(date) => {
                Msg::new("git-no-commit-before").text("date", date.to_string())
            }
        }));
    }
    let seconds: i64 = run(
        &top,
        &[
            "show",
            "-s",
            "--no-ext-diff",
            "--no-textconv",
            "--format=%ct",
            &commit,
        ],
    )?
    .trim()
    .parse()
    .unwrap_or(0);
    let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", commit.as_str(), "--"];
    args.extend(specs.iter().map(String::as_str));
    let listing = run(&top, &args)?;
    let mut entries: Vec<(String, String)> = Vec::new();
    for entry in listing.split('\0').filter(|e| !e.is_empty()) {
        let Some((meta, path)) = entry.split_once('\t') else {
            continue;
        };
        let mut meta = meta.split(' ');
        let (_, kind, id) = (meta.next(), meta.next(), meta.next());
        if kind == Some("blob") && is_account_path(path) && scope.admits(&top.join(path)) {
            entries.push((path.to_string(), id.unwrap_or_default().to_string()));
        }
    }
    let ids: Vec<String> = entries.iter().map(|(_, id)| id.clone()).collect();
    let mut bytes = blobs(&top, &ids, scope.max_file_size)?;
    let here = std::env::current_dir()
        .ok()
        .and_then(|d| d.canonicalize().ok());
    let files = entries
        .into_iter()
        .filter_map(|(path, id)| {
            let full = top.join(&path);
            let shown = here
                .as_ref()
                .and_then(|h| full.strip_prefix(h).ok().map(Path::to_path_buf))
                .unwrap_or(full);
            Some((shown, bytes.remove(&id)?))
        })
        .collect();
    Ok(Snapshot {
        commit,
        date: date_of(seconds),
        files,
    })
}

/// What changed in the account files after a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    Uncommitted,
    CommitsAfter,
    Both,
}

/// What changed in the account files under `paths` after `date`: commits
/// dated after it, and uncommitted changes. `None` when nothing did, or
/// when the paths are not in a git repository.
pub fn changed_after(paths: &[PathBuf], date: Date) -> Option<Changed> {
    let (top, specs) = pathspecs(paths).ok()?;
    // Entries are `XY path`, NUL-terminated (no renames: one path each);
    // only account files count.
    let dirty = status(&top, &specs)
        .ok()?
        .split('\0')
        .any(|entry| entry.get(3..).is_some_and(is_account_path));
    let after = format!("--since={}", end_of(date) + 1);
    let mut args = vec!["rev-list", "-1", after.as_str(), "HEAD", "--"];
    args.extend(specs.iter().map(String::as_str));
    let later = !run(&top, &args)
        .map(|s| s.trim().is_empty())
        .unwrap_or(true);
    match (dirty, later) {
        (false, false) => None,
        (true, false) => Some(Changed::Uncommitted),
        (false, true) => Some(Changed::CommitsAfter),
        (true, true) => Some(Changed::Both),
    }
}

/// One version of a file, as read from git.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blob {
    Bytes(Vec<u8>),
    /// Over the size limit: never read (a 1 GiB file in one commit packs
    /// into a few MB, and would cost a second and a gigabyte to read).
    TooLarge(u64),
}

/// Every blob's size, through one `git cat-file --batch-check`.
fn sizes(top: &Path, ids: &[String]) -> Result<HashMap<String, u64>, GitError> {
    let text = batch(top, "--batch-check", ids, |reader, _| {
        let mut all = String::new();
        reader
            .read_to_string(&mut all)
            .map_err(|e| said(e.to_string()))?;
        Ok(all)
    })?;
    let mut out = HashMap::with_capacity(ids.len());
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        let id = parts.next().unwrap_or_default().to_string();
        match (parts.next(), parts.next().and_then(|s| s.parse().ok())) {
            (Some("missing"), _) | (_, None) => {
                return Err(GitError::Failed(
                    Msg::new("git-missing-object").text("id", id),
                ));
            }
            (_, Some(size)) => {
                out.insert(id, size);
            }
        }
    }
    Ok(out)
}

/// Every blob, read through one `git cat-file --batch` for those within
/// `max_size` (their sizes asked first): the others are [`Blob::TooLarge`].
fn blobs(top: &Path, ids: &[String], max_size: u64) -> Result<HashMap<String, Blob>, GitError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let sizes = sizes(top, ids)?;
    let mut out = HashMap::with_capacity(ids.len());
    let small: Vec<String> = ids
        .iter()
        .filter(|id| match sizes.get(*id) {
            Some(&size) if size > max_size => {
                out.insert((*id).clone(), Blob::TooLarge(size));
                false
            }
            _ => true,
        })
        .cloned()
        .collect();
    let read = batch(top, "--batch", &small, |reader, ids| {
        let mut read = HashMap::with_capacity(ids.len());
        for _ in ids {
            let mut header = String::new();
            if reader
                .read_line(&mut header)
                .map_err(|e| said(e.to_string()))?
                == 0
            {
                break;
            }
            let mut parts = header.split_whitespace();
            let id = parts.next().unwrap_or_default().to_string();
            if parts.next() == Some("missing") {
                return Err(GitError::Failed(
                    Msg::new("git-missing-object").text("id", id),
                ));
            }
            let size: u64 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            // Asked for by size, so never over the limit; a blob that grew
            // in between (it cannot) would not be read past it either.
            let mut data = Vec::new();
            reader
                .take(size.min(max_size) + 1)
                .read_to_end(&mut data)
                .map_err(|e| said(e.to_string()))?;
            data.pop();
            read.insert(id, Blob::Bytes(data));
        }
        Ok(read)
    })?;
    if read.len() < small.len() {
        return Err(GitError::Failed(
            Msg::new("git-partial-read")
                .number("read", read.len())
                .number("all", small.len()),
        ));
    }
    out.extend(read);
    Ok(out)
}

/// Runs `git cat-file MODE` with `ids` on its input (written from another
/// thread, so a large answer cannot deadlock the pipes) and `answer` on its
/// output.
fn batch<T>(
    top: &Path,
    mode: &str,
    ids: &[String],
    answer: impl FnOnce(&mut BufReader<std::process::ChildStdout>, &[String]) -> Result<T, GitError>,
) -> Result<T, GitError> {
    let mut child = git(top)
        .args(["cat-file", mode])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| cannot_run(&e))?;
    let mut stdin = child.stdin.take().ok_or_else(|| said("no stdin"))?;
    let request: String = ids.iter().map(|id| format!("{id}\n")).collect();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(request.as_bytes());
    });
    let mut reader = BufReader::new(child.stdout.take().ok_or_else(|| said("no stdout"))?);
    let result = answer(&mut reader, ids);
    drop(reader);
    let _ = writer.join();
    let status = child.wait();
    let result = result?;
    if !status.is_ok_and(|s| s.success()) {
        return Err(GitError::Failed(
            Msg::new("git-partial-read")
                .number("read", 0)
                .number("all", ids.len()),
        ));
    }
    Ok(result)
}

/// Parses each distinct blob once (in parallel); `None` for a blob that is
/// not a valid account (or too large to read).
fn parse_blobs(raw: HashMap<String, Blob>) -> HashMap<String, Option<Account>> {
    use rayon::prelude::*;
    raw.into_par_iter()
        .map(|(id, blob)| {
            let Blob::Bytes(bytes) = blob else {
                return (id, None);
            };
            let account = std::str::from_utf8(&bytes).ok().and_then(|text| {
                let parsed = super::parse::<Account>(text);
                if parsed.problems.is_empty() {
                    parsed.value
                } else {
                    None
                }
            });
            (id, account)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_author_or_path_can_start_a_record() {
        let id = "a".repeat(40);
        let forged = format!("{}\u{1}1700000000\u{1}Mallory", "b".repeat(40));
        let text = format!(
            "{id}\x001790000000\x00{forged}\x00\x00\n:000000 100644 {z} {blob} A\x00{path}\x00",
            z = "0".repeat(40),
            blob = "c".repeat(40),
            path = "c".repeat(40) + ".yaml",
        );
        let commits = parse_log(&text);
        assert_eq!(commits.len(), 1);
        assert_eq!(commits[0].id, id);
        assert_eq!(commits[0].author, forged);
        assert_eq!(commits[0].changes.len(), 1);
    }
}
