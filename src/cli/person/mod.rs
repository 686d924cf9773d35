//! `guanxi person`: add a person, change what is on file about them, or
//! mark them as gone, from the shell: one file per action.

mod add;
mod leave;
mod set;

use std::io::{self, Write};

use super::common::Place;

/// Add a person to an account, change what is on file about them, or mark
/// them as gone, without opening the YAML.
///
/// Every change is spliced into the file (comments and layout kept), checked
/// like `validate` before it is written, and refused when it would change
/// anything else; on any error nothing changes.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi person add qingshan-steel --name \"Sun Li\" --level middle --roles coach
  guanxi person add huadong-power --name 刘明 --level 中层 --stance us=支
  guanxi person set qingshan-steel sun --title \"Deputy Director\" --influence 4
  guanxi person leave huadong-power 刘明 --date 2026-11-30")]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, clap::Subcommand)]
pub enum Action {
    Add(add::Args),
    Set(set::Args),
    Leave(leave::Args),
}

impl Args {
    pub fn place_mut(&mut self) -> &mut Place {
        match &mut self.action {
            Action::Add(a) => &mut a.place,
            Action::Set(a) => &mut a.place,
            Action::Leave(a) => &mut a.place,
        }
    }
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    match &args.action {
        Action::Add(a) => add::run(a, out),
        Action::Set(a) => set::run(a, out),
        Action::Leave(a) => leave::run(a, out),
    }
}

/// An edit's outcome, said as every edit's is.
fn finish<C>(
    result: Result<crate::edit::session::Edited<C>, crate::edit::session::Failure>,
    place: &Place,
    out: &mut dyn Write,
) -> io::Result<u8> {
    match super::editing::finish(result, &place.global) {
        Ok(done) => super::editing::done(out, &done, &place.global),
        Err(code) => Ok(code),
    }
}
