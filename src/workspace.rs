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

use crate::analysis::history::{self, Event, Query};
use crate::analysis::{self, Ctx};
use crate::checks::{self, Repo, ScanOptions};
use crate::finding::Severity;
use crate::i18n::{Msg, MsgArg};
use crate::load::git::{self, GitError, Rev};
use crate::load::{LoadedAccount, MissingPath};
use crate::model::{Account, Date};

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

/// The accounts a view asks for: `--account` ids (none: all) and
/// `--owner`.
#[derive(Debug, Default)]
pub struct Filter {
    pub accounts: Vec<String>,
    pub owner: Option<String>,
}

/// A checked repository and the accounts a view asks for in it: what
/// every analysis reads.
#[derive(Debug)]
pub struct Selected {
    pub repo: Repo,
    /// Some file had an error: left out, and the run is not clean.
    pub invalid: bool,
    pub as_of: Date,
    filter: Filter,
}

impl Selected {
    /// `repo` as `filter` asks for it; `Err` names each account id and
    /// owner that no valid file has, with the nearest that one does.
    pub fn new(repo: Repo, as_of: Date, filter: Filter) -> Result<Selected, Vec<Msg>> {
        let mut unknown: Vec<Msg> = Vec::new();
        let known: Vec<&str> = repo.accounts.iter().map(|a| a.id.as_str()).collect();
        for id in filter
            .accounts
            .iter()
            .filter(|id| !known.contains(&id.as_str()))
        {
            unknown.push(Msg::new("error-no-valid-account").text("id", id).arg(
                "hint",
                MsgArg::msg(crate::i18n::hint(id, &known, "hint-accounts")),
            ));
        }
        if unknown.is_empty()
            && let Some(owner) = &filter.owner
            && !repo.accounts.iter().any(|a| a.account.owner == *owner)
        {
            let mut owners: Vec<&str> = repo
                .accounts
                .iter()
                .map(|a| a.account.owner.as_str())
                .collect();
            owners.sort_unstable();
            owners.dedup();
            unknown.push(Msg::new("error-no-such-owner").text("owner", owner).arg(
                "hint",
                MsgArg::msg(crate::i18n::hint(owner, &owners, "hint-owners")),
            ));
        }
        if !unknown.is_empty() {
            return Err(unknown);
        }
        let invalid = repo
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error);
        Ok(Selected {
            repo,
            invalid,
            as_of,
            filter,
        })
    }

    /// Every valid account, by id: the portfolio.
    pub fn portfolio(&self) -> Vec<&LoadedAccount> {
        analysis::sorted(&self.repo.accounts)
    }

    pub fn ctx<'a>(&'a self, portfolio: &'a [&'a LoadedAccount]) -> Ctx<'a> {
        Ctx {
            settings: &self.repo.settings,
            as_of: self.as_of,
            portfolio,
        }
    }

    /// The valid accounts asked for (`--account`, `--owner`, else all), by
    /// id.
    pub fn selected(&self) -> Vec<&LoadedAccount> {
        let Filter { accounts, owner } = &self.filter;
        analysis::sorted(&self.repo.accounts)
            .into_iter()
            .filter(|a| accounts.is_empty() || accounts.contains(&a.id))
            .filter(|a| owner.as_deref().is_none_or(|o| a.account.owner == o))
            .collect()
    }
}

/// What git says moved between `since` and `until` in the accounts under
/// `paths` (`accounts`: only those ids; none: all), and whether the clone
/// is too shallow to say all of it.
#[derive(Debug)]
pub struct Changes {
    pub events: Vec<Event>,
    /// The history stops early: some of it was not cloned.
    pub shallow: bool,
}

/// Reads the changes from git ([`Changes`]).
pub fn changes(
    paths: &[PathBuf],
    since: Option<Date>,
    until: Date,
    accounts: &[String],
) -> Result<Changes, Msg> {
    let versions = git::read(paths, since).map_err(|e| e.msg())?;
    let help_days = checks::read_settings(paths).0.help_response_days();
    let query = Query {
        since,
        until: Some(until),
        accounts,
        help_days,
    };
    Ok(Changes {
        events: history::analyse(&versions, &query),
        shallow: !versions.shallow.is_empty(),
    })
}

/// The valid account files at the end of each of the `weeks` weeks up to
/// `as_of`, read from git (the HTML report's chart): a week git has no
/// commit for is left out, and so is everything outside a repository.
pub fn past_weeks(paths: &[PathBuf], as_of: Date, weeks: i64) -> Vec<(Date, Vec<LoadedAccount>)> {
    let mut out = Vec::new();
    for back in (0..weeks).rev() {
        let end = Date(as_of.0 - chrono::Duration::days(7 * back));
        let Ok(snapshot) = git::snapshot(paths, Rev::OnOrBefore(end)) else {
            continue;
        };
        let accounts = snapshot
            .files
            .iter()
            .filter_map(|(path, blob)| {
                let git::Blob::Bytes(bytes) = blob else {
                    return None;
                };
                let text = std::str::from_utf8(bytes).ok()?;
                let parsed = crate::load::parse::<Account>(text);
                let account = parsed.value.filter(|_| parsed.problems.is_empty())?;
                Some(LoadedAccount::new(path, account, false))
            })
            .collect();
        out.push((end, accounts));
    }
    out
}
