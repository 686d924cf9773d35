//! `guanxi report`: the weekly report.

use std::io::{self, Write};

use clap::ValueEnum;

use super::common::{self, Common};
use super::{GlobalArgs, editing};
use crate::analysis::report::{self, Options};

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
    pub paths: super::export::CommonPaths,
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
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown for GitHub, GitLab, chat and email.
    Markdown,
    /// JSON with everything the Markdown shows.
    Json,
}

pub fn run(args: &Args, global: &GlobalArgs, out: &mut dyn Write) -> io::Result<u8> {
    let since = match super::history::since_date(&args.since, global.as_of()) {
        Ok(d) => d,
        Err(e) => return Ok(editing::fail(&e)),
    };
    let common_args = Common {
        paths: args.paths.paths.clone(),
        accounts: args.paths.accounts.clone(),
        format: common::Format::Json,
    };
    let loaded = match common::load(&common_args, global) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = crate::analysis::sorted(&loaded.repo.accounts);
    let selected = loaded.selected(&common_args);
    let opts = Options {
        since,
        top: args.top,
        maps: args.maps,
        history_path: args
            .paths
            .paths
            .first()
            .map_or(std::path::Path::new("."), |p| p.as_path()),
        accounts: &args.paths.accounts,
    };
    let built = match report::build(&loaded.ctx(), &portfolio, &selected, &opts) {
        Ok(r) => r,
        Err(crate::analysis::rank::MissingRates(missing)) => {
            let list: Vec<String> = missing.iter().map(|(a, c)| format!("{a} ({c})")).collect();
            return Ok(editing::fail(&format!(
                "accounts use more than one currency; add `fx:` rates to .guanxi.yaml for: {}",
                list.join(", ")
            )));
        }
    };
    match args.format {
        ReportFormat::Json => common::write_json(out, &built)?,
        ReportFormat::Markdown => crate::render::report::write(out, &built)?,
    }
    Ok(loaded.exit_code(false))
}
