//! `guanxi new`: a commented skeleton account file.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{GlobalArgs, exit, fail};
use crate::scaffold::account::{self, NewAccount};

/// Write a skeleton account file, commented, that validates as written.
///
/// The file is named by a slug of the name (or --id) in --dir, starts with
/// the schema modeline for editor completion, and shows every field. It is
/// never written over an existing file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi new \"Qingshan Steel Group\" --owner li.ming --dir accounts
  guanxi new 华东电网检修分公司 --id huadong-power --owner wu.jie")]
pub struct Args {
    /// The customer's name, as people say it.
    pub name: String,
    /// Our account manager (default: $USER).
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    /// Directory to write the file in. Default: at the top of a repository
    /// whose .guanxi.yaml sets `paths:`, the first of them (`accounts/` in
    /// one made by `guanxi init`); else the current directory.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// The account id and file name (default: a slug of the name).
    #[arg(long, value_name = "SLUG")]
    pub id: Option<String>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    // Refusals, too, in the language of the repository here.
    let here = std::path::Path::new(".");
    let setting = crate::checks::read_settings(&[here.to_path_buf()]).0.lang;
    args.global.lang(setting);
    let owner = crate::scaffold::account::owner_or_user(args.owner.as_deref());
    let new = NewAccount {
        name: &args.name,
        id: args.id.as_deref(),
        owner: &owner,
        dir: args.dir.as_deref(),
        here,
        lang: args.global.lang,
        dates: crate::checks::Dates::now(args.global.as_of()),
    };
    match account::create(&new) {
        Ok(created) => {
            let line = created.said().render(created.lang);
            writeln!(out, "{}", crate::render::sanitize::terminal(&line, false))?;
            Ok(exit::CLEAN)
        }
        Err(why) => Ok(fail(why)),
    }
}
