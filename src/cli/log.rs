//! `guanxi log`: add one interaction to an account from the shell.

use std::io::{self, Write};

use super::common::Place;
use super::editing;
use super::values::{When, parse_cost, parse_intel, parse_kind, parse_when};
use crate::checks::Dates;
use crate::edit::append::NewInteraction;
use crate::edit::session;
use crate::model::{Intel, InteractionKind};

/// Log an interaction: appends one entry to the account's `interactions`,
/// leaving every other byte of the file as it was.
///
/// ACCOUNT is an account id, a file stem, or a unique prefix of its id or name.
/// The new file is checked like `validate` before it is written; on any
/// error nothing changes. Writes are atomic and serialised with a lock, so
/// parallel runs never lose an entry.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi log qingshan-steel --with zhao --kind visit --note \"Site walk with the chief engineer\"
  guanxi log Qingshan --with zhao,sun --kind meal --cost 1800 --date 2026-11-20
  guanxi log huadong-power --with chen --kind help-given --by he.qiang
  guanxi log huadong-power --with xu.gong --kind 技术交流 --date yesterday")]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::account_ids))]
    pub account: String,
    #[command(flatten)]
    pub place: Place,

    /// Stakeholder ids it was with (comma-separated or repeated).
    #[arg(long, required = true, value_delimiter = ',', value_name = "ID")]
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::stakeholder_ids))]
    pub with: Vec<String>,

    /// What it was: visit, call, email, message, meal, entertainment, gift,
    /// demo, tech-exchange, training, joint-selling, proposal, exec-visit,
    /// help-requested, help-given, other; or in Chinese: 拜访 电话 邮件 消息
    /// 宴请 娱乐 礼品 演示 技术交流 培训 联合销售 方案 高层拜访 求助 帮助
    /// 其他. The file gets the name in the language its kinds are written
    /// in (English when it has none).
    #[arg(long, value_parser = parse_kind, value_name = "KIND")]
    pub kind: InteractionKind,

    /// When it happened: YYYY-MM-DD, `today`, `yesterday`, or `-Nd` (N days
    /// before the as-of date). Default: the as-of date, i.e. today.
    #[arg(long, value_parser = parse_when, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<When>,

    /// What it cost, in the account's currency.
    #[arg(long, value_parser = parse_cost, value_name = "N")]
    pub cost: Option<f64>,

    /// Whether information they gave proved right: accurate, inaccurate, unverified.
    #[arg(long, value_parser = parse_intel, value_name = "V")]
    pub intel: Option<Intel>,

    /// Who gave the intel, one of --with (needed when it was with several
    /// of their people: intel is credited to the one who gave it).
    #[arg(long, value_name = "ID", requires = "intel")]
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::stakeholder_ids))]
    pub from: Option<String>,

    /// Our people who took part (default: the account owner).
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub by: Vec<String>,

    /// A note, any text.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.place.global;
    let entry = NewInteraction {
        date: args
            .date
            .map_or_else(|| global.as_of(), |when| when.resolve(global.as_of())),
        with: args.with.clone(),
        by: (!args.by.is_empty()).then(|| args.by.clone()),
        kind: args.kind,
        cost: args.cost,
        intel: args.intel,
        from: args.from.clone(),
        note: args.note.clone(),
    };
    let dates = Dates::now(global.as_of());
    let result = session::log(&args.place.paths(), &args.account, &entry, dates);
    let done = match editing::finish(result, global) {
        Ok(done) => done,
        Err(code) => return Ok(code),
    };
    editing::done(out, &done, global)
}
