//! Loading an account-plan repository: discovery, reading, parsing, checks.
//!
//! Files are read and checked in parallel; everything that reaches the
//! caller is sorted, so output never depends on thread timing.

pub(crate) mod collect;
mod discover;
pub(crate) mod parse;
mod source;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

pub use discover::{Discovered, MissingPath, discover};
pub use source::{SourceFile, display_path};

use crate::finding::{self, Code, Diagnostic, Severity};
use crate::model::{Account, Date, Settings, Span};
use crate::rules;

const WORKER_STACK: usize = 8 * 1024 * 1024;

/// Where settings are read from.
pub const SETTINGS_FILE: &str = ".guanxi.yaml";

/// What the loader needs to know about this run.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    pub as_of: Date,
    /// Overrides the settings' `max_file_size`.
    pub max_file_size: Option<u64>,
    /// Keep the parsed accounts for analyses. `validate` does not need them
    /// and drops each one as soon as it is checked, to bound memory.
    pub keep_accounts: bool,
}

/// A valid account, ready for analysis.
#[derive(Debug)]
pub struct LoadedAccount {
    pub path: PathBuf,
    /// `id`, or the file stem.
    pub id: String,
    pub account: Account,
}

/// What cross-file checks need of an account: its id and where it came from.
#[derive(Debug, Clone)]
pub struct AccountKey {
    pub id: String,
    pub path: PathBuf,
    /// The id was written in the file (not taken from the file name).
    pub explicit: bool,
}

impl AccountKey {
    fn of(a: &LoadedAccount) -> Self {
        Self {
            id: a.id.clone(),
            path: a.path.clone(),
            explicit: a.account.id.is_some(),
        }
    }
}

/// Everything one run read.
#[derive(Debug, Default)]
pub struct Repo {
    pub settings: Settings,
    pub settings_path: Option<PathBuf>,
    /// Account files found (valid or not).
    pub files: usize,
    /// Accounts without errors, sorted by path.
    pub accounts: Vec<LoadedAccount>,
    /// Every diagnostic, in output order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Repo {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Some file or directory could not be read at all (exit status 2).
    pub fn had_io_error(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.code == Code::UnreadableFile)
    }
}

/// Loads and checks every account file under `paths`.
pub fn load(paths: &[PathBuf], options: &LoadOptions) -> Result<Repo, Vec<MissingPath>> {
    let discovered = discover(paths)?;
    let mut diagnostics = discovered.diagnostics;

    let (settings, settings_path) = match find_settings(paths.first().map(PathBuf::as_path)) {
        Some(path) => {
            let (settings, mut diags) = load_settings(&path);
            diagnostics.append(&mut diags);
            (settings, Some(path))
        }
        None => (Settings::default(), None),
    };
    let max_size = options
        .max_file_size
        .unwrap_or_else(|| settings.max_file_size());

    let parse_all = || -> Vec<(Option<AccountKey>, Option<LoadedAccount>, Vec<Diagnostic>)> {
        discovered
            .files
            .par_iter()
            .map(|path| {
                let (account, diags) = load_account(path, max_size, options.as_of);
                let key = account.as_ref().map(AccountKey::of);
                let account = if options.keep_accounts { account } else { None };
                (key, account, diags)
            })
            .collect()
    };
    // The YAML parser recurses on nesting before its depth limit stops it;
    // give workers the main thread's stack size rather than rayon's 2 MiB.
    let results = match rayon::ThreadPoolBuilder::new()
        .stack_size(WORKER_STACK)
        .build()
    {
        Ok(pool) => pool.install(parse_all),
        Err(_) => parse_all(),
    };

    let mut accounts = Vec::new();
    let mut keys = Vec::new();
    for (key, account, mut diags) in results {
        diagnostics.append(&mut diags);
        keys.extend(key);
        accounts.extend(account);
    }
    rules::check_repo(&keys, &mut diagnostics);
    // An account with an error anywhere is left out of analyses.
    let with_errors: std::collections::HashSet<&Path> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.path.as_path())
        .collect();
    accounts.retain(|a| !with_errors.contains(a.path.as_path()));
    finding::sort(&mut diagnostics);
    Ok(Repo {
        settings,
        settings_path,
        files: discovered.files.len(),
        accounts,
        diagnostics,
    })
}

/// `.guanxi.yaml` in the scanned directory or its nearest ancestor.
pub fn find_settings(start: Option<&Path>) -> Option<PathBuf> {
    let start = start.unwrap_or(Path::new("."));
    let absolute = std::path::absolute(start).ok()?;
    let dir = if absolute.is_dir() {
        absolute
    } else {
        absolute.parent()?.to_path_buf()
    };
    let found = dir
        .ancestors()
        .map(|d| d.join(SETTINGS_FILE))
        .find(|p| p.is_file())?;
    // Show it relative to where the user is, when it is below there.
    let cwd = std::env::current_dir().ok();
    Some(
        match cwd.and_then(|c| found.strip_prefix(&c).ok().map(Path::to_path_buf)) {
            Some(rel) => rel,
            None => found,
        },
    )
}

/// Reads `.guanxi.yaml`; on any problem the defaults stand in.
pub fn load_settings(path: &Path) -> (Settings, Vec<Diagnostic>) {
    let source = match read_source(path, crate::model::DEFAULT_MAX_FILE_SIZE) {
        Ok(s) => Arc::new(s),
        Err(d) => return (Settings::default(), vec![*d]),
    };
    if parse::is_blank(&source.text) {
        // Comments only (as `guanxi init` writes it): every default applies.
        return (Settings::default(), Vec::new());
    }
    let parsed = parse::parse::<Settings>(&source.text);
    match parsed.value {
        Some(settings) if parsed.problems.is_empty() => {
            let diags = rules::check_settings(&settings, &source);
            if diags.iter().any(|d| d.severity == Severity::Error) {
                (Settings::default(), diags)
            } else {
                (settings, diags)
            }
        }
        _ => (
            Settings::default(),
            to_diagnostics(parsed.problems, &source),
        ),
    }
}

fn load_account(
    path: &Path,
    max_size: u64,
    as_of: Date,
) -> (Option<LoadedAccount>, Vec<Diagnostic>) {
    let source = match read_source(path, max_size) {
        Ok(s) => Arc::new(s),
        Err(d) => return (None, vec![*d]),
    };
    check_source(source, as_of)
}

/// Parses and checks one file's text (what `validate` does for one file);
/// editors run it on the new text before writing.
pub fn check_text(
    path: &Path,
    text: &str,
    as_of: Date,
) -> (Option<LoadedAccount>, Vec<Diagnostic>) {
    check_source(Arc::new(SourceFile::new(path, text)), as_of)
}

fn check_source(source: Arc<SourceFile>, as_of: Date) -> (Option<LoadedAccount>, Vec<Diagnostic>) {
    let path = source.path.clone();
    let path = path.as_path();
    let parsed = parse::parse::<Account>(&source.text);
    match parsed.value {
        Some(account) if parsed.problems.is_empty() => {
            let diagnostics = rules::check_account(&account, &source, as_of);
            let id = account
                .id
                .as_ref()
                .map(|s| s.value.clone())
                .unwrap_or_else(|| file_stem(path));
            let loaded = LoadedAccount {
                path: path.to_path_buf(),
                id,
                account,
            };
            (Some(loaded), diagnostics)
        }
        Some(partial) => {
            // Structural problems first; then the meaning checks on what
            // could be read, except at positions already reported (where a
            // placeholder stands in) and except warnings, which can wait
            // until the file reads cleanly.
            let mut diagnostics = to_diagnostics(parsed.problems, &source);
            let reported: Vec<usize> = diagnostics
                .iter()
                .filter_map(|d| d.span.map(|s| s.offset))
                .collect();
            diagnostics.extend(
                rules::check_account(&partial, &source, as_of)
                    .into_iter()
                    .filter(|d| d.severity == Severity::Error)
                    .filter(|d| d.span.is_none_or(|s| !reported.contains(&s.offset))),
            );
            (None, diagnostics)
        }
        None => (None, to_diagnostics(parsed.problems, &source)),
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn to_diagnostics(problems: Vec<collect::Problem>, source: &Arc<SourceFile>) -> Vec<Diagnostic> {
    problems
        .into_iter()
        .map(|p| Diagnostic::at(p.code, source, p.span, p.message).with_help_opt(p.help))
        .collect()
}

/// Reads a file as UTF-8 text, refusing anything over `max_size` bytes.
fn read_source(path: &Path, max_size: u64) -> Result<SourceFile, Box<Diagnostic>> {
    let unreadable = |e: &std::io::Error| {
        Box::new(
            Diagnostic::file(
                Code::UnreadableFile,
                path,
                format!("cannot read: {}", discover::io_message(Some(e))),
            )
            .with_help("check the file's permissions"),
        )
    };
    let file = std::fs::File::open(path).map_err(|e| unreadable(&e))?;
    let too_large = |size: u64| {
        Box::new(
            Diagnostic::file(
                Code::FileTooLarge,
                path,
                format!("the file is {size} bytes, over the limit of {max_size} bytes"),
            )
            .with_help("split the file, or raise the limit with --max-file-size or `max_file_size` in .guanxi.yaml"),
        )
    };
    if let Ok(meta) = file.metadata()
        && meta.len() > max_size
    {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    file.take(max_size + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(&e))?;
    if bytes.len() as u64 > max_size {
        return Err(too_large(bytes.len() as u64));
    }
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .map_or(bytes.as_slice(), |b| b);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(e) => {
            let offset = e.valid_up_to();
            let source = Arc::new(SourceFile::new(path, String::from_utf8_lossy(bytes)));
            Err(Box::new(
                Diagnostic::at(
                    Code::InvalidUtf8,
                    &source,
                    Span::new(offset, 1),
                    format!(
                        "the file is not UTF-8: invalid byte 0x{:02X} here",
                        bytes[offset]
                    ),
                )
                .with_help(
                    "save the file as UTF-8 (most editors: File → Save with Encoding → UTF-8)",
                ),
            ))
        }
    }
}
