//! The whole of `validate`: discover, read and parse every file (through
//! [`crate::load`]), run the rules on each in parallel, then the rules across
//! files. Everything that reaches the caller is sorted, so output never
//! depends on thread timing.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::Dates;
use crate::finding::{self, Code, Diagnostic, Severity};
use crate::load::{self, LoadedAccount, MissingPath};
use crate::model::{Account, Settings};
use crate::source::SourceFile;

const WORKER_STACK: usize = 8 * 1024 * 1024;

/// What the scan needs to know about this run.
#[derive(Clone, Debug)]
pub struct ScanOptions {
    pub dates: Dates,
    /// Overrides the settings' `max_file_size`.
    pub max_file_size: Option<u64>,
    /// Keep the parsed accounts for analyses. `validate` does not need them
    /// and drops each one as soon as it is checked, to bound memory.
    pub keep_accounts: bool,
    /// With `keep_accounts`, keep the interactions' notes too (free text
    /// no analysis reads; `export --notes` writes them); see
    /// [`crate::model::lean::Account::from_checked`].
    pub keep_notes: bool,
    /// Keep diagnostics of severity warning and note. `validate` reports
    /// them; an analysis needs
    /// only the errors (which leave a file out), and a portfolio's warnings
    /// are thousands of excerpts.
    pub warnings: bool,
}

/// What cross-file checks need of an account: its id and where it came from.
#[derive(Debug, Clone)]
pub struct AccountKey {
    pub id: String,
    pub path: PathBuf,
    /// The id was written in the file (not taken from the file name).
    pub explicit: bool,
    /// Where the `id:` value is (0 when the id is the file name).
    pub line: usize,
    pub column: usize,
}

impl AccountKey {
    /// The key of a file's account, valid or not: a duplicate id is found
    /// in the same run as the file's other problems. `None` when the `id:`
    /// itself could not be read.
    fn of(
        account: &Account,
        source: &SourceFile,
        reported: &std::collections::HashSet<usize>,
    ) -> Option<Self> {
        let (line, column) = match &account.id {
            Some(id) if reported.contains(&id.span.offset()) || !super::is_valid_id(&id.value) => {
                return None;
            }
            Some(id) => source.line_col(id.span.offset()),
            None => (0, 0),
        };
        Some(Self {
            id: load::account_id(account, &source.path),
            path: source.path.clone(),
            explicit: account.id.is_some(),
            line,
            column,
        })
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

/// Reads and checks every account file under `paths`.
pub fn scan(paths: &[PathBuf], options: &ScanOptions) -> Result<Repo, Vec<MissingPath>> {
    let settings = read_settings(paths);
    let scope = load::Scope::new(&settings.0, settings.1.as_deref());
    let discovered = load::discover(paths, &scope)?;
    let inputs = discovered.files.into_iter().map(Input::Disk).collect();
    Ok(scan_inputs(
        inputs,
        discovered.diagnostics,
        options,
        settings,
    ))
}

/// The settings for `paths` (from `.guanxi.yaml` in the first one or above
/// it), where they were read, and what is wrong with them.
pub fn read_settings(paths: &[PathBuf]) -> (Settings, Option<PathBuf>, Vec<Diagnostic>) {
    match load::find_settings(paths.first().map(PathBuf::as_path)) {
        Some(path) => {
            let (settings, diags) = settings_file(&path);
            (settings, Some(path), diags)
        }
        None => (Settings::default(), None, Vec::new()),
    }
}

/// Checks account files given as bytes (the versions of one commit, read
/// from git) as `scan` checks files on disk. Settings are read from the
/// working tree, as for `scan`.
pub fn scan_versions(
    paths: &[PathBuf],
    files: Vec<(PathBuf, load::git::Blob)>,
    options: &ScanOptions,
) -> Repo {
    let inputs = files
        .into_iter()
        .map(|(path, bytes)| Input::Memory(path, bytes))
        .collect();
    scan_inputs(inputs, Vec::new(), options, read_settings(paths))
}

/// Where a file's bytes come from.
enum Input {
    Disk(PathBuf),
    Memory(PathBuf, load::git::Blob),
}

impl Input {
    fn path(&self) -> &Path {
        match self {
            Input::Disk(path) | Input::Memory(path, _) => path,
        }
    }

    fn read(&self, max_size: u64) -> Result<SourceFile, Box<Diagnostic>> {
        match self {
            Input::Disk(path) => load::read_source(path, max_size),
            Input::Memory(path, load::git::Blob::Bytes(bytes)) => {
                load::decode(path, bytes, max_size)
            }
            Input::Memory(path, load::git::Blob::TooLarge(size)) => {
                Err(load::too_large(path, *size, max_size))
            }
        }
    }
}

fn scan_inputs(
    inputs: Vec<Input>,
    mut diagnostics: Vec<Diagnostic>,
    options: &ScanOptions,
    (settings, settings_path, mut settings_diagnostics): (
        Settings,
        Option<PathBuf>,
        Vec<Diagnostic>,
    ),
) -> Repo {
    diagnostics.append(&mut settings_diagnostics);
    let max_size = options
        .max_file_size
        .unwrap_or_else(|| settings.max_file_size());

    let parse_all = || -> Vec<(Option<AccountKey>, Option<LoadedAccount>, Vec<Diagnostic>)> {
        inputs
            .par_iter()
            .map(|input| {
                let (account, key, mut diags) = account_file(input, max_size, options.dates);
                if !options.warnings {
                    diags.retain(|d| d.severity == Severity::Error);
                }
                // `validate` drops each account here, unconverted.
                let account = account
                    .filter(|_| options.keep_accounts)
                    .map(|a| LoadedAccount::new(input.path(), a, options.keep_notes));
                (key, account, diags)
            })
            .collect()
    };
    // The YAML parser recurses on nesting before its depth limit stops it;
    // give workers the main thread's stack size rather than rayon's 2 MiB.
    let results = match rayon::ThreadPoolBuilder::new()
        .stack_size(WORKER_STACK)
        // As many as rayon's global pool, which `-j` sizes.
        .num_threads(rayon::current_num_threads())
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
    super::check_repo(&keys, &mut diagnostics);
    // An account with an error anywhere is left out of analyses.
    let with_errors: std::collections::HashSet<&Path> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.path.as_path())
        .collect();
    accounts.retain(|a| !with_errors.contains(a.path.as_path()));
    finding::sort(&mut diagnostics);
    Repo {
        settings,
        settings_path,
        files: inputs.len(),
        accounts,
        diagnostics,
    }
}

/// Reads and checks `.guanxi.yaml`; on any problem the defaults stand in.
pub fn settings_file(path: &Path) -> (Settings, Vec<Diagnostic>) {
    let source = match load::read_settings_source(path) {
        Ok(s) => Arc::new(s),
        Err(d) => return (Settings::default(), vec![*d]),
    };
    if crate::yaml::is_blank(&source.text) {
        // Comments only (as `guanxi init` writes it): every default applies.
        return (Settings::default(), Vec::new());
    }
    let parsed = load::parse::<Settings>(&source.text);
    match parsed.value {
        Some(settings) if parsed.problems.is_empty() => {
            let diags = super::check_settings(&settings, &source);
            if diags.iter().any(|d| d.severity == Severity::Error) {
                (Settings::default(), diags)
            } else {
                (settings, diags)
            }
        }
        _ => (
            Settings::default(),
            load::to_diagnostics(parsed.problems, &source),
        ),
    }
}

fn account_file(input: &Input, max_size: u64, dates: Dates) -> Checked {
    let source = match input.read(max_size) {
        Ok(s) => Arc::new(s),
        Err(d) => return (None, None, vec![*d]),
    };
    check_source(source, dates)
}

/// A file's account (when valid), its key for the cross-file checks (when
/// its id could be read), and its diagnostics.
type Checked = (Option<Account>, Option<AccountKey>, Vec<Diagnostic>);

/// Parses and checks one file's text (what `validate` does for one file);
/// editors run it on the new text before writing. The account, when the
/// text reads, is the file's model (positions and all) for the editor to
/// compare.
pub fn check_text(path: &Path, text: &str, dates: Dates) -> (Option<Account>, Vec<Diagnostic>) {
    let (account, _, diagnostics) = check_source(Arc::new(SourceFile::new(path, text)), dates);
    (account, diagnostics)
}

fn check_source(source: Arc<SourceFile>, dates: Dates) -> Checked {
    let parsed = load::parse::<Account>(&source.text);
    match parsed.value {
        Some(account) if parsed.problems.is_empty() => {
            let diagnostics = super::check_account(&account, &source, dates);
            let key = AccountKey::of(&account, &source, &Default::default());
            (Some(account), key, diagnostics)
        }
        Some(partial) => {
            // Structural problems first; then the meaning checks on what
            // could be read, except at positions already reported (where a
            // placeholder stands in) and except warnings, which can wait
            // until the file reads cleanly.
            let mut diagnostics = load::to_diagnostics(parsed.problems, &source);
            let reported: std::collections::HashSet<usize> = diagnostics
                .iter()
                .filter_map(|d| d.span.map(|s| s.offset()))
                .collect();
            diagnostics.extend(
                super::check_account(&partial, &source, dates)
                    .into_iter()
                    .filter(|d| d.severity == Severity::Error)
                    .filter(|d| d.span.is_none_or(|s| !reported.contains(&s.offset()))),
            );
            let key = AccountKey::of(&partial, &source, &reported);
            super::cap(&mut diagnostics, 0, &source);
            (None, key, diagnostics)
        }
        None => {
            let mut diagnostics = load::to_diagnostics(parsed.problems, &source);
            super::cap(&mut diagnostics, 0, &source);
            (None, None, diagnostics)
        }
    }
}
