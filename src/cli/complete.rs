//! Completion of account and stakeholder ids at the shell (clap_complete's
//! dynamic completion: the shell asks `guanxi` itself, with `COMPLETE=bash`
//! and the words typed so far).
//!
//! Candidates come from the account files in the current folder (its
//! `.guanxi.yaml` scope), read as `validate` reads them; files with errors
//! are left out. A completer never fails: nothing found is no candidates.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap_complete::engine::CompletionCandidate;

use crate::checks::{self, ScanOptions};
use crate::load::LoadedAccount;

/// The valid accounts under the current folder.
fn accounts() -> Vec<LoadedAccount> {
    let options = ScanOptions {
        dates: checks::Dates::now(crate::model::Date::today()),
        max_file_size: None,
        keep_accounts: true,
        keep_notes: true,
        warnings: false,
    };
    checks::scan(&[PathBuf::from(".")], &options)
        .map(|repo| repo.accounts)
        .unwrap_or_default()
}

/// Account ids starting with what is typed, with the account's name.
pub fn account_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    accounts()
        .iter()
        .filter(|a| one_word(&a.id) && a.id.starts_with(typed.as_ref()))
        .map(|a| {
            CompletionCandidate::new(a.id.clone()).help(Some(shown(&a.account.account).into()))
        })
        .collect()
}

/// Whether a shell reads `id` as one plain word, nothing else: what the id
/// rule allows (`[a-z0-9][a-z0-9._-]*`). The checks already leave out an
/// account whose id breaks it; a candidate that somehow still did is not
/// offered, since the shell would run what it holds once Enter is pressed.
fn one_word(id: &str) -> bool {
    crate::checks::is_valid_id(id)
}

/// A candidate's description (zsh and fish show it), on one line with no
/// control characters.
fn shown(text: &str) -> String {
    crate::render::sanitize::terminal(text, false)
}

/// The words typed on the command line being completed (after the `--`
/// that the shell's registration puts before them).
fn words() -> Vec<String> {
    std::env::args().skip_while(|a| a != "--").skip(2).collect()
}

/// The account the command line names: the first word after the command
/// (`guanxi log ACCOUNT`, `guanxi stance ACCOUNT`) that is not an option.
fn named_account(words: &[String]) -> Option<String> {
    let command = words
        .iter()
        .position(|w| matches!(w.as_str(), "log" | "stance" | "map"))?;
    words[command + 1..]
        .iter()
        .find(|w| !w.starts_with('-'))
        .cloned()
}

/// Stakeholder ids starting with what is typed (after the last comma, for
/// `--with a,b`): of the account named on the line when it is found, else
/// of every account, each with the person's name and account.
pub fn stakeholder_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let (done, part) = match typed.rfind(',') {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None => ("", typed.as_ref()),
    };
    let all = accounts();
    let named = named_account(&words()).and_then(|q| {
        crate::edit::find_account(&all, &q)
            .ok()
            .map(|a| a.id.clone())
    });
    all.iter()
        .filter(|a| named.as_ref().is_none_or(|id| *id == a.id))
        .flat_map(|a| {
            a.account
                .stakeholders
                .iter()
                .filter(|s| one_word(&s.id))
                .map(move |s| {
                    let help = shown(&format!("{} ({})", s.name, a.id));
                    CompletionCandidate::new(format!("{done}{}", s.id)).help(Some(help.into()))
                })
        })
        .filter(|c| {
            c.get_value()
                .to_string_lossy()
                .strip_prefix(done)
                .is_some_and(|id| id.starts_with(part))
        })
        .collect()
}
