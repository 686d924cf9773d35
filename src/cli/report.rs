//! `guanxi report`: the weekly report.

use std::io::{self, Write};

use super::common::Input;
use crate::analysis::report::Report;
use crate::analysis::report::{self, Options};
use crate::render::{OutputFormat, Render};

/// The weekly report a manager reads, and a script emails or posts.
///
/// Portfolio ranking (top N with the three parts), what changed since the
/// date (stance moves toward and away from us, people who joined or left,
/// interactions logged by whom with their value-adding share; read from
/// git), neglected people, over-claimed helpers, coverage gaps,
/// opportunities closing in the next 30 and 90 days, and the "find out"
/// list. Outside a git repository it still runs and says the change section
/// needs git history.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi report --since 7d > weekly.md
  guanxi report accounts/ --since 2026-11-16 --maps
  guanxi report --format json | jq '.neglected | length'")]
pub struct Args {
    #[command(flatten)]
    pub input: Input,
    /// The period: a date, or a span before the as-of date (`7d`, `2w`).
    #[arg(long, default_value = "7d", value_name = "WHEN")]
    pub since: String,
    /// How many accounts of the ranking to show.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub top: usize,
    /// Add a Mermaid relationship map per account.
    #[arg(long)]
    pub maps: bool,
    /// Output format.
    #[arg(long, value_parser = OutputFormat::among(Report::FORMATS), default_value = "markdown")]
    pub format: OutputFormat,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let since = match super::values::since_date(&args.since, args.input.selection.global.as_of()) {
        Ok(d) => d,
        Err(e) => return Ok(super::fail(e)),
    };
    let loaded = match args.input.load() {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let ctx = loaded.ctx(&portfolio);
    // The changes, read from git here so that the report stays pure.
    let paths = &args.input.selection.paths;
    let accounts = &args.input.selection.accounts;
    let events = crate::workspace::changes(paths, Some(since), loaded.as_of, accounts)
        .map(|changes| changes.events);
    // The HTML report's chart: the account files at the end of each of the
    // past weeks, read from git (none outside a repository).
    let weeks = if args.format == OutputFormat::Html {
        crate::workspace::past_weeks(paths, loaded.as_of, CHART_WEEKS)
    } else {
        Vec::new()
    };
    let opts = Options {
        weeks: &weeks,
        since,
        top: args.top,
        maps: args.maps,
        events: events.as_deref().map_err(Clone::clone),
    };
    let built = report::analyse(&ctx, &loaded.selected(), &opts);
    args.input.write(&loaded, &built, args.format, out)?;
    if let Some(error) = &built.ranking_error {
        // The currencies it names come from the files: `say` makes them safe.
        super::say(
            crate::i18n::Msg::new("report-no-ranking-error")
                .arg("error", crate::i18n::MsgArg::msg(error.clone())),
        );
    }
    let code = loaded.exit_code(built.ranking_error.is_some());
    super::common::leave(built);
    Ok(code)
}

/// How many weeks back the stance chart goes.
/// How many weeks the HTML report's chart goes back.
const CHART_WEEKS: i64 = 8;
