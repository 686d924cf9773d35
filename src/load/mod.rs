//! Reading an account-plan repository: discovery, reading, parsing.
//!
//! This layer turns paths into text and text into the [`crate::model`]
//! types, with every structural problem as a [`Diagnostic`]. It knows nothing
//! of the validation rules ([`crate::checks`] runs them on what it reads)
//! nor of analyses. `git.rs` reads account files' past versions the same way.

mod discover;
pub mod git;
mod parse;
mod read;
mod replay;
mod required;
mod scope;
mod stream;
mod wording;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use discover::{Discovered, MissingPath, discover};
pub use parse::{Parsed, parse, parse_detailed};
pub use read::{decode, read_source};
pub use scope::Scope;
#[doc(hidden)]
pub use stream::from_str as parse_events;

use crate::finding::{Diagnostic, Problem};
use crate::model::{Account, lean};
use crate::source::SourceFile;

/// Where settings are read from.
pub const SETTINGS_FILE: &str = ".guanxi.yaml";

/// A valid account, ready for analysis.
#[derive(Debug)]
pub struct LoadedAccount {
    pub path: PathBuf,
    /// `id`, or the file stem.
    pub id: String,
    /// What the file says, as analyses read it.
    pub account: lean::Account,
}

impl LoadedAccount {
    /// A checked file's account; its notes are kept only with `keep_notes`
    /// (see [`lean::Account::from_checked`]).
    pub fn new(path: &Path, account: Account, keep_notes: bool) -> Self {
        Self {
            path: path.to_path_buf(),
            id: account_id(&account, path),
            account: lean::Account::from_checked(account, keep_notes),
        }
    }
}

/// An account's id: its `id`, or the file stem when it has none.
pub fn account_id(account: &Account, path: &Path) -> String {
    account
        .id
        .as_ref()
        .map(|s| s.value.to_string())
        .unwrap_or_else(|| file_stem(path))
}

/// A path's file name without its extension.
pub fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
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

/// Problems found in `source`, as diagnostics on it.
pub fn to_diagnostics(problems: Vec<Problem>, source: &Arc<SourceFile>) -> Vec<Diagnostic> {
    problems
        .into_iter()
        .map(|p| Diagnostic::from_problem(source, p))
        .collect()
}
