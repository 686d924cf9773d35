//! What the commands on one account share (`map`, `log`, `stance`): the
//! outcome of [`crate::edit::session`] said on stderr, as an exit status.

use std::io::{self, IsTerminal, Write};

use super::{GlobalArgs, exit, fail};
use crate::edit::session::{Edited, Failure, Target};
use crate::edit::transaction::EditError;
use crate::render::human;

/// An edit's outcome: the new text's warnings (or errors) and why nothing
/// was written said on stderr; `Err` is the exit status.
pub fn finish<C>(result: Result<Edited<C>, Failure>, global: &GlobalArgs) -> Result<Edited<C>, u8> {
    match result {
        Ok(done) => {
            report(global, &done.warnings);
            Ok(done)
        }
        Err(Failure::Edit(e @ EditError::Invalid { .. })) => {
            if let EditError::Invalid { diagnostics, .. } = &e {
                report(global, diagnostics);
            }
            super::say(e.msg());
            Err(exit::FINDINGS)
        }
        Err(failure) => Err(refused(failure)),
    }
}

/// Says on stdout what the edit did, in the repository's language.
pub fn done<C>(out: &mut dyn Write, edited: &Edited<C>, global: &GlobalArgs) -> io::Result<u8> {
    let line = edited
        .said
        .render(global.lang(edited.target.repo.settings.lang));
    writeln!(out, "{}", crate::render::sanitize::terminal(&line, false))?;
    Ok(exit::CLEAN)
}

/// The account found for a command that only reads it; `Err` is the exit
/// status, after saying why on stderr.
pub fn finish_reading(result: Result<Target, Failure>) -> Result<Target, u8> {
    result.map_err(refused)
}

/// A failure said on stderr, as its exit status.
pub fn refused(failure: Failure) -> u8 {
    match failure {
        Failure::Missing(missing) => super::report_missing(&missing),
        Failure::Refused(message) => fail(message),
        Failure::Edit(e) => fail(e.msg()),
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
