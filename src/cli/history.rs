//! `guanxi history`: how relationships moved, read from git.

use std::io::{self, IsTerminal, Write};

use super::common::Selection;
use super::exit;
use crate::analysis::history::Event;
use crate::i18n::Msg;
use crate::render::{OutputFormat, Render};

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
    #[command(flatten)]
    pub selection: Selection,

    /// Only changes since this date, or this long before the as-of date
    /// (`30d`, `8w`).
    #[arg(long, value_name = "WHEN", value_parser = super::values::parse_since_text)]
    pub since: Option<String>,

    /// Output format.
    #[arg(long, value_parser = OutputFormat::among(<[Event]>::FORMATS), default_value = "table")]
    pub format: OutputFormat,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let paths = &args.selection.paths;
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        return Ok(super::fail(
            Msg::new("error-no-such-path").text("path", missing.display().to_string()),
        ));
    }
    let global = &args.selection.global;
    let since = match args
        .since
        .as_deref()
        .map(|s| super::values::since_date(s, global.as_of()))
    {
        Some(Err(e)) => return Ok(super::fail(e)),
        Some(Ok(d)) => Some(d),
        None => None,
    };
    let progress = io::stderr().is_terminal();
    let reading = crate::i18n::text(super::lang(), "history-reading");
    if progress {
        let _ = write!(io::stderr(), "{reading}\r");
    }
    let result = crate::workspace::changes(paths, since, global.as_of(), &args.selection.accounts);
    if progress {
        let blank = " ".repeat(unicode_width::UnicodeWidthStr::width(reading.as_str()));
        let _ = write!(io::stderr(), "{blank}\r");
    }
    let changes = match result {
        Ok(changes) => changes,
        Err(e) => return Ok(super::fail(e)),
    };
    if changes.shallow {
        super::say(Msg::new("history-shallow-clone"));
    }
    let events = changes.events;
    let setting = crate::checks::read_settings(&args.selection.paths).0.lang;
    events[..].render(args.format, &global.render_ctx(setting, &|_| None), out)?;
    Ok(exit::CLEAN)
}
