//! `guanxi edit`: the whole account file in your editor; only a valid file
//! is saved.

use std::io::{self, Write};

use super::common::Place;
use super::{exit, fail, io_failed};
use crate::checks::Dates;
use crate::edit::review::{self, Ended};
use crate::edit::session;
use crate::i18n::Msg;

/// Edit an account file in $VISUAL or $EDITOR; only a valid file is saved.
///
/// The editor opens a copy. When it quits, the copy is checked like
/// `validate`: with errors, the editor opens again with them as comments at
/// the top, until the file is valid or you quit without saving. Only a valid
/// file replaces the original, atomically, and only if nobody changed the
/// original meanwhile.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  EDITOR=vim guanxi edit qingshan-steel
  VISUAL='code --wait' guanxi edit huadong-power accounts/")]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::account_ids))]
    pub account: String,
    #[command(flatten)]
    pub place: Place,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.place.global;
    let dates = Dates::now(global.as_of());
    let found = session::locate(&args.place.paths(), &args.account, dates);
    let target = match super::editing::finish_reading(found) {
        Ok(target) => target,
        Err(code) => return Ok(code),
    };
    let lang = global.lang(target.repo.settings.lang);
    let path = target.account().path.clone();
    let file = crate::source::display_path(&path);
    let Some(editor) = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
    else {
        return Ok(fail(Msg::new("error-no-editor")));
    };
    let original = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => return Ok(fail(io_failed("error-cannot-read", &path, &e))),
    };
    let copy = tempfile::Builder::new()
        .prefix("guanxi-edit-")
        .suffix(".yaml")
        .tempfile()?;
    // As git runs core.editor: through the shell, so `code --wait` works.
    let mut open = || {
        let status = std::process::Command::new("sh")
            .args(["-c", &format!("{editor} \"$1\""), "sh"])
            .arg(copy.path())
            .status()?;
        Ok(status.success())
    };
    let said = match review::edit(&path, &original, copy.path(), dates, lang, &mut open)? {
        Ended::Unchanged => Msg::new("edit-unchanged"),
        Ended::Saved => Msg::new("edit-saved"),
        Ended::Abandoned => {
            let line = Msg::new("edit-abandoned").text("file", &file).render(lang);
            writeln!(out, "{line}")?;
            return Ok(exit::FINDINGS);
        }
        Ended::EditorFailed => {
            let why = Msg::new("error-editor-failed").text("editor", &editor);
            return Ok(fail(why.text("file", &file)));
        }
        Ended::Refused(e) => return Ok(fail(e.msg())),
    };
    let line = said.text("file", &file).render(lang);
    writeln!(out, "{}", crate::render::sanitize::terminal(&line, false))?;
    Ok(exit::CLEAN)
}
