//! `guanxi history`: how relationships moved, read from git.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use super::common::{self, Format};
use super::{GlobalArgs, editing, exit};
use crate::analysis::history::{self, Event, Query};
use crate::model::Date;
use crate::render::grid::Grid;

/// List stance moves, people joining and leaving, and interactions logged,
/// commit by commit, from the git history of the account files.
///
/// Oldest first. Moves toward us and away from us are marked (for a
/// competitor's column, a move toward them is away from us). Renamed files
/// are followed; a commit in which a file does not parse is reported and
/// skipped. Needs a git repository (exit 2 outside one).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi history --since 30d
  guanxi history accounts/ --since 2026-10-01 --account qingshan-steel
  guanxi history --format csv > moves.csv")]
pub struct Args {
    /// A directory or file inside the repository (default: .).
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// Only changes since this date, or this long before the as-of date
    /// (`30d`, `8w`).
    #[arg(long, value_name = "WHEN", value_parser = parse_since_text)]
    pub since: Option<String>,

    /// Only this account (repeatable).
    #[arg(long = "account", value_name = "ID")]
    pub accounts: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parse_since_text(s: &str) -> Result<String, String> {
    let today = Date(chrono::Local::now().date_naive());
    since_date(s, today).map(|_| s.to_string())
}

/// `30d`, `8w` or `YYYY-MM-DD`, relative to `as_of`.
pub fn since_date(s: &str, as_of: Date) -> Result<Date, String> {
    let days = |n: &str, per: i64| -> Result<Date, String> {
        let n: i64 = n
            .parse()
            .map_err(|_| format!("`{s}` is not a number of days or weeks"))?;
        n.checked_mul(per)
            .and_then(chrono::Duration::try_days)
            .and_then(|d| as_of.0.checked_sub_signed(d))
            .map(Date)
            .ok_or_else(|| format!("`{s}` reaches too far back"))
    };
    if let Some(n) = s.strip_suffix('d') {
        days(n, 1)
    } else if let Some(n) = s.strip_suffix('w') {
        days(n, 7)
    } else {
        Date::parse(s).map_err(|e| format!("{e}; or write a span like 30d or 8w"))
    }
}

fn grid(events: &[Event], human: bool) -> Grid {
    let mut g = if human {
        Grid::new(["date", "commit", "author", "account", "change"])
    } else {
        Grid::new([
            "date",
            "commit",
            "author",
            "account",
            "file",
            "kind",
            "stakeholder",
            "column",
            "old",
            "new",
            "direction",
            "message",
        ])
    };
    let opt = |v: Option<String>| v.unwrap_or_default();
    for e in events {
        if human {
            g.push(vec![
                e.date.to_string(),
                e.commit.chars().take(7).collect(),
                e.author.clone(),
                e.account.clone(),
                e.message.clone(),
            ]);
        } else {
            g.push(vec![
                e.date.to_string(),
                e.commit.clone(),
                e.author.clone(),
                e.account.clone(),
                e.file.clone(),
                e.kind.as_str().to_string(),
                opt(e.stakeholder.clone()),
                opt(e.column.clone()),
                opt(e.old.map(|s| s.to_string())),
                opt(e.new.map(|s| s.to_string())),
                opt(e.direction.map(|d| {
                    serde_json::to_value(d)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                })),
                e.message.clone(),
            ]);
        }
    }
    g
}

pub fn run(args: &Args, global: &GlobalArgs, out: &mut dyn Write) -> io::Result<u8> {
    if !args.path.exists() {
        return Ok(editing::fail(&format!(
            "{}: no such file or directory",
            args.path.display()
        )));
    }
    let since = match args.since.as_deref().map(|s| since_date(s, global.as_of())) {
        Some(Err(e)) => return Ok(editing::fail(&e)),
        Some(Ok(d)) => Some(d),
        None => None,
    };
    let progress = io::stderr().is_terminal();
    if progress {
        let _ = write!(io::stderr(), "reading git history…\r");
    }
    let result = history::history(
        &args.path,
        &Query {
            since,
            accounts: &args.accounts,
        },
    );
    if progress {
        let _ = write!(io::stderr(), "                      \r");
    }
    let events = match result {
        Ok(e) => e,
        Err(e) => return Ok(editing::fail(&e.to_string())),
    };
    match args.format {
        Format::Json => common::write_json(out, &events)?,
        Format::Csv => common::write_grid(out, &grid(&events, false), Format::Csv, global.width())?,
        Format::Table if events.is_empty() => writeln!(out, "no changes")?,
        Format::Markdown if events.is_empty() => writeln!(out, "No changes.")?,
        f => common::write_grid(out, &grid(&events, true), f, global.width())?,
    }
    Ok(exit::CLEAN)
}
