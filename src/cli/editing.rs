//! What the commands on one account share (`map`, `log`, `stance`): finding
//! the account (the change made early on the other core while the folder
//! is scanned), and the edit transaction of [`crate::edit::transaction`]
//! with what it says put on stderr.

use std::io::{self, IsTerminal};
use std::path::Path;

use super::common::Place;
use super::{GlobalArgs, exit, fail};
use crate::checks::{self, Repo, ScanOptions};
use crate::i18n::{Msg, MsgArg};
use crate::load::LoadedAccount;
use crate::model::Account;
use crate::render::human;

/// Finds the account, explaining invalid files that might be the one meant.
fn find<'a>(repo: &'a Repo, query: &str) -> Result<&'a LoadedAccount, u8> {
    crate::edit::find_account(&repo.accounts, query).map_err(|message| {
        if repo.errors() > 0 {
            fail(Msg::new("error-not-searched").arg("message", MsgArg::msg(message)))
        } else {
            fail(message)
        }
    })
}

use crate::edit::transaction::{self, EditError};
pub use crate::edit::transaction::{Change, ChangeFn, Early};

/// Loads the files at `place` and finds the account `query` names: the
/// repository, the index of the account in `repo.accounts`, and the change
/// made early to its file when it is the file named after the account.
pub fn target<C: Send>(
    place: &Place,
    query: &str,
    change: ChangeFn<'_, C>,
) -> Result<(Repo, usize, Option<Early<C>>), u8> {
    scan_and_find(place, query, Some(change))
}

/// Loads the files at `place` and finds the account `query` names, for a
/// command that only reads it.
pub fn locate(place: &Place, query: &str) -> Result<(Repo, usize), u8> {
    let none: Option<ChangeFn<'_, ()>> = None;
    scan_and_find(place, query, none).map(|(repo, index, _)| (repo, index))
}

fn scan_and_find<C: Send>(
    place: &Place,
    query: &str,
    change: Option<ChangeFn<'_, C>>,
) -> Result<(Repo, usize, Option<Early<C>>), u8> {
    let dates = checks::Dates::now(place.global.as_of());
    let options = ScanOptions {
        dates,
        max_file_size: None,
        keep_accounts: true,
        keep_notes: true,
        warnings: false,
    };
    let paths = place.paths();
    let early = || -> Option<Early<C>> {
        let change = change?;
        let scope = crate::load::Scope::find(&paths);
        let files = crate::load::discover(&paths, &scope).ok()?.files;
        let mut named = files
            .into_iter()
            .filter(|f| crate::load::file_stem(f) == query);
        let path = named.next().filter(|_| named.next().is_none())?;
        Early::make(path, change, dates)
    };
    let (repo, early) = rayon::join(|| checks::scan(&paths, &options), early);
    let repo = repo.map_err(|m| super::report_missing(&m))?;
    let index = {
        let found = find(&repo, query)?;
        repo.accounts
            .iter()
            .position(|a| std::ptr::eq(a, found))
            .unwrap_or_default()
    };
    let early = early.filter(|e| e.path == repo.accounts[index].path);
    Ok((repo, index, early))
}

/// [`transaction::commit`], with the new text's warnings (or errors) and
/// why nothing was written said on stderr; `Err` is the exit status.
pub fn commit<C>(
    path: &Path,
    global: &GlobalArgs,
    early: Option<Early<C>>,
    change: ChangeFn<'_, C>,
    verify: impl FnOnce(&Account, &C) -> Result<(), Msg>,
) -> Result<C, u8> {
    let dates = checks::Dates::now(global.as_of());
    match transaction::commit(path, dates, early, change, verify) {
        Ok(done) => {
            report(global, &done.warnings);
            Ok(done.outcome)
        }
        Err(e @ EditError::Invalid { .. }) => {
            if let EditError::Invalid { diagnostics, .. } = &e {
                report(global, diagnostics);
            }
            super::say(e.msg());
            Err(exit::FINDINGS)
        }
        Err(e) => Err(fail(e.msg())),
    }
}

/// Prints the new text's warnings (or errors) on stderr.
fn report(global: &GlobalArgs, diagnostics: &[crate::finding::Diagnostic]) {
    if diagnostics.is_empty() {
        return;
    }
    let stderr = io::stderr();
    let style = human::Style {
        color: global.color_for(stderr.is_terminal()),
        width: global.width(),
        lang: super::lang(),
    };
    let _ = human::write_diagnostics(&mut stderr.lock(), diagnostics, style);
}
