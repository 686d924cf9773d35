//! What the commands on one account share (`map`, `log`, `stance`): finding
//! the account, and writing a change only after the new text passes the
//! same checks as `validate`.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use super::common::Place;
use super::{GlobalArgs, exit, fail, io_failed};
use crate::checks::{self, Repo, ScanOptions};
use crate::finding::Severity;
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

/// A change to one file's text: the new text, and what the command wants to
/// know about it afterwards (the old value, say).
pub type Change<C> = Result<(String, C), Msg>;

/// A change function, run on the text read under the lock (and maybe
/// early, on the other core).
pub type ChangeFn<'a, C> = &'a (dyn Fn(&str) -> Change<C> + Sync);

/// The new text and what `validate` says of it.
struct Checked<C> {
    change: Change<C>,
    after: Option<Account>,
    diagnostics: Vec<crate::finding::Diagnostic>,
}

/// The change made early: the file an edit will most likely change (the
/// one whose name is the account asked for) read, changed and checked on
/// the other core while the folder is scanned. [`commit`] takes it when
/// the file under the lock is still exactly this text, so a large file is
/// read once before the change rather than twice.
pub struct Early<C> {
    path: PathBuf,
    text: String,
    checked: Checked<C>,
}

/// Checks a change's new text like `validate`.
fn check<C>(path: &Path, change: Change<C>, dates: checks::Dates) -> Checked<C> {
    let (after, diagnostics) = match &change {
        Ok((new, _)) => checks::check_text(path, new, dates),
        Err(_) => (None, Vec::new()),
    };
    Checked {
        change,
        after,
        diagnostics,
    }
}

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
        // A link or an old-Mac file takes the ordinary way.
        if !std::fs::symlink_metadata(&path).ok()?.is_file() {
            return None;
        }
        let text = std::fs::read_to_string(&path).ok()?;
        if text.contains('\r') && !text.contains('\n') {
            return None;
        }
        let checked = check(&path, change(&text), dates);
        Some(Early {
            path,
            text,
            checked,
        })
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

/// Under the directory lock: re-reads `path`, applies `change` (or takes
/// the early change when the text is still the same), checks the result
/// like `validate`, lets `verify` look at the account it reads as, and
/// writes it atomically. On any problem the file is left as it was.
pub fn commit<C>(
    path: &Path,
    global: &GlobalArgs,
    early: Option<Early<C>>,
    change: ChangeFn<'_, C>,
    verify: impl FnOnce(&Account, &C) -> Result<(), Msg>,
) -> Result<C, u8> {
    let early = early.filter(|e| e.path == path);
    // Through a link, edit the file it leads to (discovery only reads links
    // that stay inside the folder read), so that the link stays a link.
    let resolved;
    let path = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = std::fs::canonicalize(path)
                .map_err(|e| fail(io_failed("error-cannot-follow-link", path, &e)))?;
            resolved.as_path()
        }
        _ => path,
    };
    let _lock = crate::edit::write::lock(path)
        .map_err(|e| fail(io_failed("error-cannot-lock", path, &e)))?;
    let read = || {
        std::fs::read_to_string(path).map_err(|e| fail(io_failed("error-cannot-read", path, &e)))
    };
    let text = read()?;
    let dates = checks::Dates::now(global.as_of());
    // A file whose lines end in CR alone (old Mac style) is edited as LF and
    // written back with CR, so every command reads it the same way.
    let cr_only = text.contains('\r') && !text.contains('\n');
    let checked = if cr_only {
        let as_lf = change(&text.replace('\r', "\n"));
        check(
            path,
            as_lf.map(|(new, c)| (new.replace('\n', "\r"), c)),
            dates,
        )
    } else {
        match early.filter(|e| e.text == text) {
            Some(early) => early.checked,
            None => check(path, change(&text), dates),
        }
    };
    let (new, outcome) = checked.change.map_err(fail)?;
    let diagnostics = checked.diagnostics;
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        // A change that moved more than it should (a value shared through
        // an anchor) is why the file broke: say that first.
        if let Some(account) = crate::load::parse::<Account>(&new).value {
            verify(&account, &outcome).map_err(fail)?;
        }
        report(global, &diagnostics);
        super::say(
            Msg::new("error-change-invalid").text("path", crate::source::display_path(path)),
        );
        return Err(exit::FINDINGS);
    }
    report(global, &diagnostics);
    if let Some(after) = checked.after {
        verify(&after, &outcome).map_err(fail)?;
    }
    // Another program (an editor) may have saved the file since it was read:
    // its work would be lost. Say so rather than overwrite it.
    if read()? != text {
        return Err(fail(
            Msg::new("error-changed-meanwhile").text("path", crate::source::display_path(path)),
        ));
    }
    crate::edit::write::atomic(path, &new)
        .map_err(|e| fail(io_failed("error-cannot-write-unchanged", path, &e)))?;
    Ok(outcome)
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
        lang: crate::i18n::current(),
    };
    let _ = human::write_diagnostics(&mut stderr.lock(), diagnostics, style);
}
