//! `guanxi import sheet`: a positioning sheet (Excel or CSV) into an account.

use std::io::{self, Write};

use super::super::common::Place;
use super::super::{editing, exit, fail};
use crate::checks::Dates;
use crate::edit::{import, session};
use crate::i18n::Msg;
use crate::scaffold::account::create_named;

/// Read a positioning sheet (关系定位表) into an account: people on file
/// (matched by id, else by exact name) updated, new ones added.
///
/// FILE is an .xlsx workbook (its first sheet, or --sheet) or a CSV, one row
/// a person, headers in Chinese or English: 姓名/name, 职务/title, 部门/
/// department, 层级/level, 角色/roles, 对我方态度/us and a column per
/// competitor (对甲自动化态度 or the competitor's name); title rows and merged
/// cells above the headers are skipped. Stances as 帮 支 中 反 不 or words.
/// A bad cell is reported at its place (Sheet1!C7) and the rest imported.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi import sheet 关系定位表.xlsx --account huadong-power --dry-run
  guanxi import sheet positioning.csv --account qingshan-steel accounts/")]
pub struct Args {
    /// The sheet: .xlsx, or CSV.
    pub file: std::path::PathBuf,
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(long, value_name = "ACCOUNT")]
    #[arg(add = clap_complete::ArgValueCompleter::new(super::super::complete::account_ids))]
    pub account: String,
    #[command(flatten)]
    pub place: Place,
    /// The workbook's sheet to read (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Show the changes to the file as a diff, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Make the account first, named ACCOUNT, when none is on file (as
    /// `guanxi new` would, owned by --owner, default $USER).
    #[arg(long)]
    pub new: bool,
    /// Our account manager of the account --new makes (default: $USER).
    #[arg(long, value_name = "ID", requires = "new")]
    pub owner: Option<String>,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.place.global;
    let dates = Dates::now(global.as_of());
    let paths = args.place.paths();
    if args.new && session::locate(&paths, &args.account, dates).is_err() {
        let (owner, lang) = (args.owner.as_deref(), global.lang);
        if let Err(why) = create_named(&args.account, owner, &paths[0], lang, dates) {
            return Ok(fail(why));
        }
    }
    let target = match editing::finish_reading(session::locate(&paths, &args.account, dates)) {
        Ok(target) => target,
        Err(code) => return Ok(code),
    };
    let competitors = import::competitors(target.account());
    let read = import::read(&args.file, args.sheet.as_deref());
    let (sheet, (people, bad)) =
        match read.and_then(|s| import::people(&s, &competitors).map(|p| (s, p))) {
            Ok(found) => found,
            Err(why) => return Ok(fail(why)),
        };
    for cell in &bad {
        super::super::say(
            Msg::new("import-bad-cell")
                .text("cell", &cell.cell)
                .arg("message", crate::i18n::MsgArg::msg(cell.message.clone())),
        );
    }
    if args.dry_run {
        let path = target.account().path.clone();
        let text = std::fs::read_to_string(&path)?;
        return Ok(match import::apply(&text, &sheet.name, &people, &[]) {
            Ok((new, _)) => {
                let shown = crate::source::display_path(&path);
                let diff = similar::TextDiff::from_lines(&text, &new);
                write!(out, "{}", diff.unified_diff().header(&shown, &shown))?;
                exit::CLEAN
            }
            Err(e) => fail(e.0),
        });
    }
    let result = session::import(&paths, &args.account, &sheet.name, &people, &[], dates);
    match editing::finish(result, global) {
        Ok(done) => editing::done(out, &done, global)
            .map(|code| if bad.is_empty() { code } else { exit::FINDINGS }),
        Err(code) => Ok(code),
    }
}
