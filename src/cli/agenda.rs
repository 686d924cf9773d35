//! `guanxi agenda`: the rep's week.

use std::io::{self, Write};

use super::common::Input;
use crate::analysis::agenda::{self, Options};
use crate::render::agenda::Agenda;
use crate::render::{OutputFormat, Render};

/// What to do in the coming days, most urgent first: one line per action,
/// saying what to do, for whom, and why.
///
/// Unanswered help requests, overdue contacts, people never contacted,
/// contacts that fall due in the window (on the day their rhythm runs out),
/// opportunities closing in it, stances to find out, and the next step for
/// helpers by relationship stage. `--owner` keeps the accounts a rep owns;
/// `--by` the accounts where that person of ours is on the team or logged
/// interactions. `--format ics` writes a calendar file: one all-day event per
/// action, with stable UIDs so that importing it again updates the events.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi agenda --owner li.ming example-accounts/
  guanxi agenda --by chen.hao --days 14
  guanxi agenda --owner li.ming --format ics > week.ics")]
pub struct Args {
    #[command(flatten)]
    pub input: Input,
    /// Only the accounts where this person of ours is on the team or logged
    /// interactions.
    #[arg(long, value_name = "ID")]
    pub by: Option<String>,
    /// How many days ahead, today included.
    #[arg(long, default_value_t = 7, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=366))]
    pub days: i64,
    /// Output format.
    #[arg(long, value_parser = OutputFormat::among(Agenda::FORMATS), default_value = "table")]
    pub format: OutputFormat,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match args.input.load() {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let options = Options {
        days: args.days,
        by: args.by.clone(),
    };
    let actions = agenda::analyse(&loaded.ctx(&portfolio), &loaded.selected(), &options);
    let agenda = Agenda {
        actions,
        as_of: loaded.as_of,
    };
    args.input.write(&loaded, &agenda, args.format, out)?;
    let code = loaded.exit_code(false);
    super::common::leave(agenda);
    Ok(code)
}
