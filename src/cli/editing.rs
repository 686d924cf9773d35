//! What the commands on one account share (`map`, `log`, `stance`): finding
//! the account, and writing a change only after the new text passes the
//! same checks as `validate`.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use super::common::Place;
use super::{GlobalArgs, exit, fail};
use crate::checks::{self, Repo, ScanOptions};
use crate::finding::Severity;
use crate::load::LoadedAccount;
use crate::render::human;

/// Finds the account, explaining invalid files that might be the one meant.
fn find<'a>(repo: &'a Repo, query: &str) -> Result<&'a LoadedAccount, u8> {
    crate::edit::find_account(&repo.accounts, query).map_err(|mut message| {
        if repo.errors() > 0 {
            message
                .push_str(" (some files have errors and were not searched; run `guanxi validate`)");
        }
        fail(&message)
    })
}

/// Loads the files at `place` and finds the account `query` names: the
/// repository and the index of the account in `repo.accounts`.
pub fn target(place: &Place, query: &str) -> Result<(Repo, usize), u8> {
    let options = ScanOptions {
        dates: checks::Dates::now(place.global.as_of()),
        max_file_size: None,
        keep_accounts: true,
    };
    let repo = checks::scan(&place.paths(), &options).map_err(|m| super::report_missing(&m))?;
    let index = {
        let found = find(&repo, query)?;
        repo.accounts
            .iter()
            .position(|a| std::ptr::eq(a, found))
            .unwrap_or_default()
    };
    Ok((repo, index))
}

/// Under the directory lock: re-reads `path`, applies `change`, checks the
/// result like `validate`, and writes it atomically. On any problem the file
/// is left as it was.
pub fn commit(
    path: &Path,
    global: &GlobalArgs,
    change: impl FnOnce(&str) -> Result<String, String>,
) -> Result<(), u8> {
    // Through a link, edit the file it leads to (discovery only reads links
    // that stay inside the folder read), so that the link stays a link.
    let resolved;
    let path = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = std::fs::canonicalize(path)
                .map_err(|e| fail(&format!("cannot follow the link {}: {e}", path.display())))?;
            resolved.as_path()
        }
        _ => path,
    };
    let _lock = crate::edit::write::lock(path)
        .map_err(|e| fail(&format!("cannot lock {}: {e}", path.display())))?;
    let read = || {
        std::fs::read_to_string(path)
            .map_err(|e| fail(&format!("cannot read {}: {e}", path.display())))
    };
    let text = read()?;
    // A file whose lines end in CR alone (old Mac style) is edited as LF and
    // written back with CR, so every command reads it the same way.
    let cr_only = text.contains('\r') && !text.contains('\n');
    let new = if cr_only {
        change(&text.replace('\r', "\n"))
            .map_err(|m| fail(&m))?
            .replace('\n', "\r")
    } else {
        change(&text).map_err(|m| fail(&m))?
    };
    let (_, diagnostics) = checks::check_text(path, &new, checks::Dates::now(global.as_of()));
    let stderr = io::stderr();
    let style = human::Style {
        color: global.color_for(stderr.is_terminal()),
        width: global.width(),
    };
    if !diagnostics.is_empty() {
        let _ = human::write_diagnostics(&mut stderr.lock(), &diagnostics, style);
    }
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        let _ = writeln!(
            stderr.lock(),
            "guanxi: the change would make {} invalid; nothing was written",
            crate::source::display_path(path)
        );
        return Err(exit::FINDINGS);
    }
    // Another program (an editor) may have saved the file since it was read:
    // its work would be lost. Say so rather than overwrite it.
    if read()? != text {
        return Err(fail(&format!(
            "{} changed while guanxi was editing it; nothing was written: run the command again",
            crate::source::display_path(path)
        )));
    }
    crate::edit::write::atomic(path, &new).map_err(|e| {
        fail(&format!(
            "cannot write {}: {e}; the file is unchanged",
            crate::source::display_path(path)
        ))
    })
}
