//! `guanxi log`: add one interaction to an account from the shell.

use std::io::{self, Write};

use super::common::Place;
use super::{editing, exit, fail};
use crate::edit::append::{self, NewInteraction};
use crate::i18n::{Msg, MsgArg};
use crate::model::{Date, Intel, InteractionKind};

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
    /// 其他. The file gets the English name.
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

    /// Our people who took part (default: the account owner).
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub by: Vec<String>,

    /// A note, any text.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// `--date`: a day, or a day counted back from the as-of date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    On(Date),
    DaysBefore(u32),
}

impl When {
    /// The day this is, counted from `as_of`.
    pub fn resolve(self, as_of: Date) -> Date {
        match self {
            When::On(date) => date,
            When::DaysBefore(n) => Date(as_of.0 - chrono::Duration::days(i64::from(n))),
        }
    }
}

fn parse_when(s: &str) -> Result<When, String> {
    let s = s.trim();
    match s {
        "today" | "今天" => return Ok(When::DaysBefore(0)),
        "yesterday" | "昨天" => return Ok(When::DaysBefore(1)),
        _ => {}
    }
    if let Some(days) = s.strip_prefix('-').and_then(|r| r.strip_suffix('d')) {
        return days
            .parse::<u32>()
            .ok()
            .filter(|n| *n <= 3660)
            .map(When::DaysBefore)
            .ok_or_else(|| said(Msg::new("error-days-back").text("text", s)));
    }
    Date::parse(s).map(When::On).map_err(|e| {
        said(Msg::new("error-log-date").arg("error", MsgArg::msg(crate::i18n::date_error(&e))))
    })
}

/// A value parser's complaint, in this run's language (clap prints it).
fn said(message: Msg) -> String {
    message.render(super::lang())
}

fn parse_kind(s: &str) -> Result<InteractionKind, String> {
    InteractionKind::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = InteractionKind::ALL.iter().map(|k| k.as_str()).collect();
        let chinese: Vec<&str> = InteractionKind::ALL
            .iter()
            .filter_map(|k| k.alias())
            .collect();
        let all = names.iter().chain(&chinese).copied();
        said(match crate::suggest::closest(s, all) {
            Some(sug) => Msg::new("hint-did-you-mean").text("suggestion", sug),
            None => Msg::new("error-kind-allowed")
                .arg(
                    "names",
                    MsgArg::List(names.iter().map(|n| n.to_string()).collect()),
                )
                .text("chinese", chinese.join(" ")),
        })
    })
}

fn parse_intel(s: &str) -> Result<Intel, String> {
    Intel::from_name(s).ok_or_else(|| said(Msg::new("error-intel-allowed")))
}

fn parse_cost(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(said(Msg::new("error-cost"))),
    }
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
        note: args.note.clone(),
    };
    let change = |text: &str| {
        append::append(text, &entry)
            .map(|new| (new, ()))
            .map_err(|e| e.0)
    };
    let (repo, index, early) = match editing::target(&args.place, &args.account, &change) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    let target = &repo.accounts[index];
    for id in &args.with {
        if let Err(m) = crate::edit::check_stakeholder(target, id) {
            return Ok(fail(m));
        }
    }
    let path = target.path.clone();
    if let Err(code) = editing::commit(&path, global, early, &change, |_, _| Ok(())) {
        return Ok(code);
    }
    use crate::i18n::{Arg, list_separator, text_with, word};
    let lang = global.lang(repo.settings.lang);
    let with = crate::render::sanitize::terminal(&entry.with.join(list_separator(lang)), false);
    let line = text_with(
        lang,
        "log-done",
        &[
            ("kind", Arg::Text(word!(lang, entry.kind))),
            ("with", Arg::Text(&with)),
            ("date", Arg::Text(&entry.date.to_string())),
            ("file", Arg::Text(&crate::source::display_path(&path))),
        ],
    );
    writeln!(out, "{line}")?;
    Ok(exit::CLEAN)
}
