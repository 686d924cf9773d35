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
pub mod root;
mod scope;
mod stream;
mod wording;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use discover::{Discovered, MissingPath, discover};
pub use parse::{Parsed, parse, parse_detailed};
pub use read::{decode, read_source, too_large};
pub use scope::{MAX_PATTERNS, Scope};
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

/// `.guanxi.yaml` in the scanned directory or its nearest ancestor, never
/// above the top of its git work tree ([`root::work_tree`]): a settings
/// file outside the repository is not the repository's to apply. Outside
/// any work tree the lookup goes up to the root; [`foreign_settings`]
/// tells when what it found there is worth a note. A link is found here
/// and refused when read ([`read_settings_source`]).
pub fn find_settings(start: Option<&Path>) -> Option<PathBuf> {
    let start = start.unwrap_or(Path::new("."));
    let absolute = std::path::absolute(start).ok()?;
    let dir = if absolute.is_dir() {
        absolute
    } else {
        absolute.parent()?.to_path_buf()
    };
    let top = root::work_tree(&dir);
    let found = dir
        .ancestors()
        .take_while(|d| top.as_deref().is_none_or(|t| d.starts_with(t)))
        .map(|d| d.join(SETTINGS_FILE))
        .find(|p| {
            std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file() || m.file_type().is_symlink())
        })?;
    Some(shown(found))
}

/// An absolute path as the user would write it: relative to the current
/// directory when it is below there.
pub(crate) fn shown(path: PathBuf) -> PathBuf {
    let cwd = std::env::current_dir().ok();
    match cwd.and_then(|c| path.strip_prefix(&c).ok().map(Path::to_path_buf)) {
        Some(rel) => rel,
        None => path,
    }
}

/// Whether the settings file found for `start` may not be the repository's
/// own, so that a run says which one is in force: outside a git work tree,
/// one that is neither in the scanned folder nor at or below the current
/// directory (a parent folder's settings, which could leave every file out).
pub fn foreign_settings(settings: &Path, start: &Path) -> bool {
    let folder = |p: &Path| {
        std::path::absolute(p).ok().and_then(|a| {
            if a.is_dir() {
                Some(a)
            } else {
                a.parent().map(Path::to_path_buf)
            }
        })
    };
    let (Some(theirs), Some(scanned)) = (folder(settings), folder(start)) else {
        return false;
    };
    let here = std::env::current_dir().ok();
    root::work_tree(&scanned).is_none()
        && theirs != scanned
        && here.is_none_or(|h| !theirs.starts_with(h))
}

/// Reads `.guanxi.yaml` as account files are read, except that a link
/// leading outside the repository (its work tree; outside one, the
/// settings file's folder) is refused, never read: its lines would show in
/// diagnostics and its values apply.
pub fn read_settings_source(path: &Path) -> Result<SourceFile, Box<Diagnostic>> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        if let Some(target) = root::leads_out(path, absolute.parent()) {
            return Err(Box::new(discover::outside_link(path, &target)));
        }
    }
    read_source(path, crate::model::DEFAULT_MAX_FILE_SIZE)
}

/// Problems found in `source`, as diagnostics on it.
pub fn to_diagnostics(problems: Vec<Problem>, source: &Arc<SourceFile>) -> Vec<Diagnostic> {
    problems
        .into_iter()
        .map(|p| Diagnostic::from_problem(source, p))
        .collect()
}
