//! The command line: clap types and one file per subcommand.
//!
//! This layer owns stdout/stderr and exit codes; the library below it only
//! returns data and writes to the writers it is given.

mod common;
mod completions;
mod coverage;
mod editing;
mod export;
mod history;
mod init;
mod log;
mod map;
mod neglected;
mod new;
mod overclaimed;
mod positioning;
mod rank;
mod report;
mod schema;
mod stance;
mod validate;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::Date;

/// Exit statuses, as ripgrep uses them.
pub mod exit {
    /// No errors.
    pub const CLEAN: u8 = 0;
    /// Findings, or invalid account files.
    pub const FINDINGS: u8 = 1;
    /// Usage error, or a file or directory that could not be read.
    pub const TROUBLE: u8 = 2;
}

#[derive(Debug, Parser)]
#[command(
    name = "guanxi",
    version,
    about = "Key-account relationship management over plain-text account files",
    long_about = "guanxi reads a repository of YAML account files (one per key account: \
the customer's stakeholders, their stance toward us and each competitor, and a log of \
interactions) and checks, analyses and reports on it.\n\n\
Exit status: 0 clean, 1 findings or invalid files, 2 usage or I/O error.",
    after_help = "Start with `guanxi validate example-accounts/`. Each command has its own --help.",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// Judge everything as of this date (YYYY-MM-DD) instead of today.
    ///
    /// Interactions after it are ignored by analyses and reported by
    /// `validate` as mistyped dates.
    #[arg(long, global = true, value_name = "DATE", value_parser = parse_date, env = "GUANXI_AS_OF")]
    pub as_of: Option<Date>,

    /// When to colour the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour, even when piped.
    Always,
    /// Never colour.
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Validate(validate::Args),
    #[command(visible_alias = "table")]
    Positioning(positioning::Args),
    Neglected(neglected::Args),
    Overclaimed(overclaimed::Args),
    Rank(rank::Args),
    Coverage(coverage::Args),
    Report(report::Args),
    History(history::Args),
    Map(map::Args),
    Export(export::Args),
    Log(log::Args),
    Stance(stance::Args),
    New(new::Args),
    Init(init::Args),
    Schema(schema::Args),
    Completions(completions::Args),
    Man(completions::ManArgs),
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
}

impl GlobalArgs {
    pub fn as_of(&self) -> Date {
        self.as_of
            .unwrap_or_else(|| Date(chrono::Local::now().date_naive()))
    }

    /// Colour for stdout: never when piped or NO_COLOR is set (no-color.org).
    pub fn color(&self) -> bool {
        self.color_for(io::stdout().is_terminal())
    }

    /// Colour for a stream that is (or is not) a terminal.
    pub fn color_for(&self, is_terminal: bool) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && is_terminal
            }
        }
    }

    /// Width for wrapped output: the terminal's, else `COLUMNS`, else 100.
    pub fn width(&self) -> usize {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .filter(|&w: &usize| w >= 40)
            .or_else(terminal_width)
            .unwrap_or(100)
    }
}

fn terminal_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    comfy_table::Table::new().width().map(usize::from)
}

/// Runs the command line; the whole of `main`.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = match &cli.command {
        Command::Validate(args) => validate::run(args, &cli.global, &mut out),
        Command::Positioning(args) => positioning::run(args, &cli.global, &mut out),
        Command::Neglected(args) => neglected::run(args, &cli.global, &mut out),
        Command::Overclaimed(args) => overclaimed::run(args, &cli.global, &mut out),
        Command::Rank(args) => rank::run(args, &cli.global, &mut out),
        Command::Coverage(args) => coverage::run(args, &cli.global, &mut out),
        Command::Report(args) => report::run(args, &cli.global, &mut out),
        Command::History(args) => history::run(args, &cli.global, &mut out),
        Command::Map(args) => map::run(args, &cli.global, &mut out),
        Command::Export(args) => export::run(args, &cli.global, &mut out),
        Command::Log(args) => log::run(args, &cli.global, &mut out),
        Command::Stance(args) => stance::run(args, &cli.global, &mut out),
        Command::New(args) => new::run(args, &cli.global, &mut out),
        Command::Init(args) => init::run(args, &cli.global, &mut out),
        Command::Schema(args) => schema::run(args, &mut out),
        Command::Completions(args) => completions::run(args, &mut out),
        Command::Man(_) => completions::man(&mut out),
    };
    let result = result.and_then(|code| out.flush().map(|()| code));
    match result {
        Ok(code) => ExitCode::from(code),
        // `guanxi … | head` closing the pipe early is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(exit::CLEAN),
        Err(e) => {
            let _ = writeln!(io::stderr(), "guanxi: {e}");
            ExitCode::from(exit::TROUBLE)
        }
    }
}

/// Reports paths that do not exist (a usage error).
pub(crate) fn report_missing(missing: &[crate::load::MissingPath]) -> u8 {
    let mut err = io::stderr().lock();
    for m in missing {
        let _ = writeln!(
            err,
            "guanxi: {}: no such file or directory",
            crate::render::sanitize::terminal(&crate::load::display_path(&m.0), false)
        );
    }
    exit::TROUBLE
}
