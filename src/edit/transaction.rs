//! The edit transaction every writer goes through (`log`, `stance`, and
//! the language server and web view to come): lock the file's folder,
//! re-read the file, apply the change, check the new text as `validate`
//! would, let the caller verify what it reads as, make sure nobody changed
//! the file meanwhile, and write it atomically. Any failure leaves the file
//! as it was, and says why as an [`EditError`].

use std::io;
use std::path::{Path, PathBuf};

use crate::checks::{self, Dates};
use crate::finding::{Diagnostic, Severity};
use crate::i18n::{Msg, MsgArg};
use crate::model::Account;

/// A change to one file's text: the new text, and what the caller wants to
/// know about it afterwards (the old value, say).
pub type Change<C> = Result<(String, C), Msg>;

/// A change function, run on the text read under the lock (and maybe
/// early, on the other core).
pub type ChangeFn<'a, C> = &'a (dyn Fn(&str) -> Change<C> + Sync);

/// Why an edit wrote nothing.
#[derive(Debug)]
pub enum EditError {
    /// The change refused the text (a value shared through an anchor, a
    /// person who is not there), or the caller's verification refused the
    /// result.
    Refused(Msg),
    /// The file could not be locked, read, followed or written: `key` is
    /// the catalogue message saying which (with `path` and the reason).
    Io {
        key: &'static str,
        path: PathBuf,
        error: io::Error,
    },
    /// The new text does not validate: its diagnostics (errors and
    /// warnings).
    Invalid {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
    },
    /// Someone (an editor) saved the file after it was read: writing would
    /// lose their work.
    ChangedMeanwhile(PathBuf),
}

impl EditError {
    /// The error as a message, in any language.
    pub fn msg(&self) -> Msg {
        let shown = |p: &Path| crate::source::display_path(p);
        match self {
            EditError::Refused(m) => m.clone(),
            EditError::Io { key, path, error } => Msg::new(key)
                .text("path", shown(path))
                .arg("reason", MsgArg::msg(crate::i18n::io_error(Some(error)))),
            EditError::Invalid { path, .. } => {
                Msg::new("error-change-invalid").text("path", shown(path))
            }
            EditError::ChangedMeanwhile(path) => {
                Msg::new("error-changed-meanwhile").text("path", shown(path))
            }
        }
    }
}

/// A change written: what the change said of it, and the new text's
/// warnings.
#[derive(Debug)]
pub struct Committed<C> {
    pub outcome: C,
    pub warnings: Vec<Diagnostic>,
}

/// The new text and what `validate` says of it.
struct Checked<C> {
    change: Change<C>,
    after: Option<Account>,
    diagnostics: Vec<Diagnostic>,
}

/// Checks a change's new text like `validate`.
fn check<C>(path: &Path, change: Change<C>, dates: Dates) -> Checked<C> {
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

/// The change made early: the file an edit will most likely change read,
/// changed and checked before the lock (on the other core, while the
/// folder is scanned). [`commit`] takes it when the file under the lock is
/// still exactly this text, so a large file is read once, not twice.
pub struct Early<C> {
    pub path: PathBuf,
    text: String,
    checked: Checked<C>,
}

impl<C> Early<C> {
    /// `change` made to `path` now; `None` for a file the ordinary way
    /// handles (a link, an old-Mac file, one that cannot be read).
    pub fn make(path: PathBuf, change: ChangeFn<'_, C>, dates: Dates) -> Option<Self> {
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
    }
}

/// Under the folder's lock: re-reads `path`, applies `change` (or takes
/// the early change when the text is still the same), checks the result
/// like `validate`, lets `verify` look at the account it reads as, and
/// writes it atomically. On any problem the file is left as it was.
pub fn commit<C>(
    path: &Path,
    dates: Dates,
    early: Option<Early<C>>,
    change: ChangeFn<'_, C>,
    verify: impl FnOnce(&Account, &C) -> Result<(), Msg>,
) -> Result<Committed<C>, EditError> {
    let io = |key: &'static str, path: &Path| {
        let path = path.to_path_buf();
        move |error| EditError::Io { key, path, error }
    };
    let early = early.filter(|e| e.path == path);
    // Through a link, edit the file it leads to (discovery only reads links
    // that stay inside the folder read), so that the link stays a link.
    let resolved;
    let path = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = std::fs::canonicalize(path).map_err(io("error-cannot-follow-link", path))?;
            resolved.as_path()
        }
        _ => path,
    };
    let _lock = super::write::lock(path).map_err(io("error-cannot-lock", path))?;
    let read = || std::fs::read_to_string(path).map_err(io("error-cannot-read", path));
    let text = read()?;
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
    let (new, outcome) = checked.change.map_err(EditError::Refused)?;
    let diagnostics = checked.diagnostics;
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        // A change that moved more than it should (a value shared through
        // an anchor) is why the file broke: say that first.
        if let Some(account) = crate::load::parse::<Account>(&new).value {
            verify(&account, &outcome).map_err(EditError::Refused)?;
        }
        return Err(EditError::Invalid {
            path: path.to_path_buf(),
            diagnostics,
        });
    }
    if let Some(after) = checked.after {
        verify(&after, &outcome).map_err(EditError::Refused)?;
    }
    // Another program (an editor) may have saved the file since it was read:
    // its work would be lost. Say so rather than overwrite it.
    if read()? != text {
        return Err(EditError::ChangedMeanwhile(path.to_path_buf()));
    }
    super::write::atomic(path, &new).map_err(io("error-cannot-write-unchanged", path))?;
    Ok(Committed {
        outcome,
        warnings: diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "account: A\nowner: o\nstakeholders:\n  - { id: a, name: A, level: staff, stance: { us: neutral } }\n";

    fn dates() -> Dates {
        let d = crate::model::Date::parse("2026-11-23").unwrap();
        Dates { as_of: d, today: d }
    }

    #[test]
    fn a_change_that_breaks_the_file_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, TEXT).unwrap();
        let change = |t: &str| Ok((t.replace("level: staff", "level: boss"), ()));
        let err = commit(&path, dates(), None, &change, |_, _| Ok(())).unwrap_err();
        match err {
            EditError::Invalid { diagnostics, .. } => {
                assert!(diagnostics.iter().any(|d| d.severity == Severity::Error))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(std::fs::read_to_string(&path).unwrap(), TEXT);
    }

    #[test]
    fn a_good_change_is_written_and_a_refusal_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, TEXT).unwrap();
        let change = |t: &str| Ok((t.replace("us: neutral", "us: supporter"), 7));
        let refuse = |_: &Account, _: &i32| Err(Msg::new("error-change-invalid"));
        assert!(matches!(
            commit(&path, dates(), None, &change, refuse),
            Err(EditError::Refused(_))
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), TEXT);
        let done = commit(&path, dates(), None, &change, |_, _| Ok(())).unwrap();
        assert_eq!(done.outcome, 7);
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("us: supporter")
        );
    }

    #[test]
    fn an_early_change_of_other_text_is_made_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, TEXT).unwrap();
        let change = |t: &str| Ok((t.replace("name: A", "name: B"), ()));
        let early = Early::make(path.clone(), &change, dates()).unwrap();
        // Someone adds a person between the early change and the lock.
        let grown =
            format!("{TEXT}  - {{ id: c, name: C, level: staff, stance: {{ us: neutral }} }}\n");
        std::fs::write(&path, &grown).unwrap();
        commit(&path, dates(), Some(early), &change, |_, _| Ok(())).unwrap();
        let now = std::fs::read_to_string(&path).unwrap();
        assert!(now.contains("name: B") && now.contains("id: c"), "{now}");
    }
}
