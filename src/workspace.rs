//! The account files a run reads, as one value: the working files or one
//! commit's, checked, with what a person should be told about that choice.
//! The command line says the notes on stderr; a language server or a web
//! view shows them its own way. Reading is the policy of
//! `--at-commit` / `--rev` and of a past `--as-of`:
//!
//! - a commit named (`--rev`), or the last one on or before the as-of date
//!   (`--at-commit`): its versions of the account files are checked, and
//!   the note says which commit was read;
//! - otherwise the working files; when the as-of date is in the past and
//!   the files changed after it (commits, uncommitted changes), the note
//!   says that stances and people are read as they are now.
//!
//! Either way, a settings file that may not be the repository's own is
//! named ([`crate::load::foreign_settings`]).

use std::path::PathBuf;

use crate::checks::{self, Repo, ScanOptions};
use crate::i18n::{Msg, MsgArg};
use crate::load::MissingPath;
use crate::load::git::{self, GitError, Rev};

/// The checked account files and what to tell about how they were read.
#[derive(Debug)]
pub struct Workspace {
    pub repo: Repo,
    /// In the order to say them.
    pub notes: Vec<Msg>,
}

/// Why nothing could be read.
#[derive(Debug)]
pub enum ReadError {
    /// Paths that do not exist (a usage error).
    Missing(Vec<MissingPath>),
    /// The commit asked for could not be read.
    Git(GitError),
}

/// Reads and checks the account files under `paths`: the working files
/// (`rev` is `None`) or those of the commit `rev` names.
pub fn read(
    paths: &[PathBuf],
    rev: Option<Rev>,
    options: &ScanOptions,
) -> Result<Workspace, ReadError> {
    let mut notes = Vec::new();
    let repo = match rev {
        None => {
            let as_of = options.dates.as_of;
            if as_of < options.dates.today
                && let Some(changed) = git::changed_after(paths, as_of)
            {
                let what = Msg::new(match changed {
                    git::Changed::Uncommitted => "note-uncommitted",
                    git::Changed::CommitsAfter => "note-commits-after",
                    git::Changed::Both => "note-commits-and-uncommitted",
                })
                .text("date", as_of.to_string());
                notes.push(
                    Msg::new("note-past-as-of")
                        .text("date", as_of.to_string())
                        .arg("what", MsgArg::msg(what)),
                );
            }
            checks::scan(paths, options).map_err(ReadError::Missing)?
        }
        Some(rev) => {
            if let Some(missing) = paths.iter().find(|p| !p.exists()) {
                return Err(ReadError::Missing(vec![MissingPath(missing.clone())]));
            }
            let snapshot = git::snapshot(paths, rev).map_err(ReadError::Git)?;
            let short: String = snapshot.commit.chars().take(7).collect();
            notes.push(
                Msg::new("note-read-at-commit")
                    .text("commit", short)
                    .text("date", snapshot.date.to_string()),
            );
            checks::scan_versions(paths, snapshot.files, options)
        }
    };
    notes.extend(settings_note(&repo, paths));
    Ok(Workspace { repo, notes })
}

/// The settings file in force, when it may not be the repository's own
/// ([`crate::load::foreign_settings`]): a parent folder's `exclude:` could
/// leave every file out of a check that then passes.
pub fn settings_note(repo: &Repo, paths: &[PathBuf]) -> Option<Msg> {
    let (settings, start) = (repo.settings_path.as_ref()?, paths.first()?);
    crate::load::foreign_settings(settings, start).then(|| {
        Msg::new("note-foreign-settings").text("file", crate::source::display_path(settings))
    })
}
