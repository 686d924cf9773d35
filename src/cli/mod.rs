//! The command line: clap types and one file per subcommand.
//!
//! This layer owns stdout/stderr and exit codes; the library below it only
//! returns data and writes to the writers it is given.

mod agenda;
mod common;
mod complete;
mod completions;
mod coverage;
mod edit;
mod editing;
mod export;
mod history;
mod import;
mod init;
mod log;
mod man;
mod map;
mod neglected;
mod new;
mod overclaimed;
mod person;
mod positioning;
mod rank;
mod report;
mod schema;
mod stance;
mod validate;
mod values;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Msg;
use crate::model::{Date, Lang};

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
    after_help = "Start with `guanxi validate` in an account-plan repository, or `guanxi init DIR` to create one. Each command has its own --help.",
    propagate_version = true
)]
pub struct Cli {
    /// `--as-of` before the subcommand (`guanxi --as-of D rank`) still
    /// works; it is documented on the commands it applies to.
    #[arg(long, hide = true, value_name = "DATE", value_parser = values::parse_date)]
    pub as_of: Option<Date>,

    /// `--color` before the subcommand, likewise.
    #[arg(long, hide = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// `--lang` before the subcommand, likewise.
    #[arg(long, hide = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::model::Lang>,

    #[command(subcommand)]
    pub command: Command,
}

/// The date and colour options, on every command that reads the repository
/// (and only there).
#[derive(Debug, Clone, clap::Args)]
pub struct GlobalArgs {
    /// Judge everything as of this date (YYYY-MM-DD) instead of today.
    ///
    /// Interactions after it are ignored by analyses. `validate` reports
    /// interactions after today (or after this date, when it is later) as
    /// mistyped dates; a past date makes no later interaction an error.
    #[arg(long, value_name = "DATE", value_parser = values::parse_date, env = "GUANXI_AS_OF", display_order = 900)]
    pub as_of: Option<Date>,

    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", display_order = 901)]
    pub color: ColorChoice,

    /// The interface language: en, or zh (中文). Default: `lang:` in
    /// .guanxi.yaml, else LC_ALL / LC_MESSAGES / LANG (zh_CN.UTF-8 → zh),
    /// else en. Codes, JSON keys and JSON values stay English.
    #[arg(
        long,
        value_enum,
        value_name = "LANG",
        env = "GUANXI_LANG",
        display_order = 903
    )]
    pub lang: Option<crate::model::Lang>,

    /// Read files on N threads (default: one per core).
    #[arg(
        short = 'j',
        long,
        value_name = "N",
        env = "GUANXI_THREADS",
        display_order = 902
    )]
    pub threads: Option<std::num::NonZeroUsize>,
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
    Agenda(agenda::Args),
    History(history::Args),
    Map(map::Args),
    Export(export::Args),
    Log(log::Args),
    Stance(stance::Args),
    Person(person::Args),
    Edit(edit::Args),
    Import(import::Args),
    New(new::Args),
    Init(init::Args),
    Schema(schema::Args),
    Completions(completions::Args),
    Man(man::Args),
}

impl Command {
    /// The date and colour options, on the commands that have them.
    fn global_mut(&mut self) -> Option<&mut GlobalArgs> {
        Some(match self {
            Command::Validate(a) => &mut a.global,
            Command::Positioning(a) => &mut a.common.input.selection.global,
            Command::Neglected(a) => &mut a.common.input.selection.global,
            Command::Overclaimed(a) => &mut a.common.input.selection.global,
            Command::Rank(a) => &mut a.common.input.selection.global,
            Command::Coverage(a) => &mut a.common.input.selection.global,
            Command::Report(a) => &mut a.input.selection.global,
            Command::Agenda(a) => &mut a.input.selection.global,
            Command::History(a) => &mut a.selection.global,
            Command::Map(a) => &mut a.place.global,
            Command::Export(a) => &mut a.input.selection.global,
            Command::Log(a) => &mut a.place.global,
            Command::Stance(a) => &mut a.place.global,
            Command::Person(a) => &mut a.place_mut().global,
            Command::Edit(a) => &mut a.place.global,
            Command::Import(a) => &mut a.place_mut().global,
            Command::New(a) => &mut a.global,
            Command::Init(_) | Command::Schema(_) | Command::Completions(_) | Command::Man(_) => {
                return None;
            }
        })
    }
}

/// Parses the command line. An option given before the subcommand stands in
/// for one the subcommand did not get on the command line.
pub fn parse() -> Cli {
    use clap::{FromArgMatches, parser::ValueSource};
    let flag = lang_on_line();
    let early = choose(flag, None);
    let matches = match help_command(early).try_get_matches() {
        Ok(matches) => matches,
        Err(e) => {
            // Help or a usage error: in the language the repository here
            // asks for, when it sets one and the line does not.
            let settings = crate::checks::read_settings(&[std::path::PathBuf::from(".")]).0;
            let lang = choose(flag, settings.lang);
            if lang == Lang::En {
                e.exit();
            }
            let e = if lang == early {
                e
            } else {
                match help_command(lang).try_get_matches() {
                    Ok(_) => e,
                    Err(again) => again,
                }
            };
            let (mut stream, terminal): (Box<dyn Write>, bool) = if e.use_stderr() {
                (Box::new(io::stderr()), io::stderr().is_terminal())
            } else {
                (Box::new(io::stdout()), io::stdout().is_terminal())
            };
            let _ = write!(
                stream,
                "{}",
                crate::i18n::help::error_text(&e, lang, auto_color(terminal))
            );
            let _ = stream.flush();
            std::process::exit(e.exit_code());
        }
    };
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let (before_date, before_color, before_lang) = (cli.as_of, cli.color, cli.lang);
    if let Some((_, sub)) = matches.subcommand()
        && let Some(global) = cli.command.global_mut()
    {
        let on_line = |id: &str| sub.value_source(id) == Some(ValueSource::CommandLine);
        if let Some(date) = before_date
            && !on_line("as_of")
        {
            global.as_of = Some(date);
        }
        if let Some(color) = before_color
            && !on_line("color")
        {
            global.color = color;
        }
        if before_lang.is_some() && !on_line("lang") {
            global.lang = before_lang;
        }
    }
    cli
}

/// [`crate::i18n::choose`], remembered as this run's language ([`lang`]).
fn choose(flag: Option<Lang>, setting: Option<Lang>) -> Lang {
    let chosen = crate::i18n::choose(flag, setting);
    let index = Lang::ALL.iter().position(|l| *l == chosen).unwrap_or(0);
    SPOKEN.store(index as u8 + 1, std::sync::atomic::Ordering::Relaxed);
    chosen
}

/// The language last chosen in this run (0: none yet). The one piece of
/// global state guanxi keeps, here at the edge: clap's value parsers and
/// the notes said away from any settings (usage errors) have no context to
/// carry it. The library below takes the language as an argument.
static SPOKEN: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// This run's interface language: the last chosen, else the environment's,
/// else English.
pub(crate) fn lang() -> Lang {
    match SPOKEN.load(std::sync::atomic::Ordering::Relaxed) {
        0 => crate::i18n::from_env().unwrap_or(Lang::En),
        n => Lang::ALL
            .get(usize::from(n - 1))
            .copied()
            .unwrap_or(Lang::En),
    }
}

/// `--lang` as written on the command line (`--lang zh`, `--lang=zh`), else
/// `GUANXI_LANG`: read before clap, so that its help and errors can be
/// said in that language.
fn lang_on_line() -> Option<Lang> {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .take_while(|a| a != "--")
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut given = None;
    for (i, a) in args.iter().enumerate() {
        if a == "--lang" {
            given = args.get(i + 1).cloned();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            given = Some(v.to_string());
        }
    }
    given
        .or_else(|| std::env::var("GUANXI_LANG").ok())
        .and_then(|v| Lang::from_name(&v))
}

impl GlobalArgs {
    pub fn as_of(&self) -> Date {
        self.as_of.unwrap_or_else(Date::today)
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
            ColorChoice::Auto => auto_color(is_terminal),
        }
    }

    /// The interface language, given the settings' `lang:`.
    pub fn lang(&self, setting: Option<crate::model::Lang>) -> crate::model::Lang {
        choose(self.lang, setting)
    }

    /// What a renderer needs of this run: the language (given the settings'
    /// `lang:`), the width, colour for stdout, and each account's file.
    pub fn render_ctx<'a>(
        &self,
        setting: Option<crate::model::Lang>,
        file_of: &'a dyn Fn(&str) -> Option<String>,
    ) -> crate::render::RenderCtx<'a> {
        crate::render::RenderCtx {
            lang: self.lang(setting),
            width: self.width(),
            color: self.color(),
            file_of,
        }
    }

    /// Width for wrapped output: `COLUMNS` of at least 40, else the
    /// terminal's, else 100 (one rule, `cli::width`).
    pub fn width(&self) -> usize {
        width()
    }
}

/// The one width rule for everything guanxi wraps, tables and `--help`
/// alike: `COLUMNS` (when it is a number of at least 40), else the
/// terminal's width, else 100.
pub(crate) fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .or_else(terminal_width)
        .unwrap_or(100)
}

pub(crate) fn terminal_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    comfy_table::Table::new().width().map(usize::from)
}

/// The whole command line in `lang`, at this run's width.
pub fn help_command(lang: crate::model::Lang) -> clap::Command {
    crate::i18n::help::command(<Cli as clap::CommandFactory>::command(), lang, width())
}

/// Runs the command line; the whole of `main`.
pub fn main() -> ExitCode {
    // `COMPLETE=bash guanxi …`: the shell asking for completions.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let mut cli = parse();
    if let Some(n) = cli.command.global_mut().and_then(|g| g.threads) {
        // Everything that runs in parallel takes its size from this pool
        // (the scan's own pool, with larger stacks, too): no global of ours.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.get())
            .build_global();
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = match &cli.command {
        Command::Validate(args) => validate::run(args, &mut out),
        Command::Positioning(args) => positioning::run(args, &mut out),
        Command::Neglected(args) => neglected::run(args, &mut out),
        Command::Overclaimed(args) => overclaimed::run(args, &mut out),
        Command::Rank(args) => rank::run(args, &mut out),
        Command::Coverage(args) => coverage::run(args, &mut out),
        Command::Report(args) => report::run(args, &mut out),
        Command::Agenda(args) => agenda::run(args, &mut out),
        Command::History(args) => history::run(args, &mut out),
        Command::Map(args) => map::run(args, &mut out),
        Command::Export(args) => export::run(args, &mut out),
        Command::Log(args) => log::run(args, &mut out),
        Command::Stance(args) => stance::run(args, &mut out),
        Command::Person(args) => person::run(args, &mut out),
        Command::Edit(args) => edit::run(args, &mut out),
        Command::Import(args) => import::run(args, &mut out),
        Command::New(args) => new::run(args, &mut out),
        Command::Init(args) => init::run(args, &mut out),
        Command::Schema(args) => schema::run(args, &mut out),
        Command::Completions(args) => completions::run(args, &mut out),
        Command::Man(args) => man::run(args, &mut out),
    };
    let result = result.and_then(|code| out.flush().map(|()| code));
    match result {
        Ok(code) => ExitCode::from(code),
        // `guanxi … | head` closing the pipe early is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(exit::CLEAN),
        Err(e) => ExitCode::from(fail(crate::i18n::io_error(Some(&e)))),
    }
}

/// Colour by default: on a terminal, unless NO_COLOR is set (no-color.org).
fn auto_color(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Says `message` on stderr as `guanxi: …`, in this run's language, with
/// whatever it quotes from the files made safe for the terminal.
pub(crate) fn say(message: Msg) {
    say_in(lang(), &message);
}

/// [`say`] in `lang`.
pub(crate) fn say_in(lang: crate::model::Lang, message: &Msg) {
    let text = message.render(lang);
    let _ = writeln!(
        io::stderr(),
        "guanxi: {}",
        crate::render::sanitize::terminal(&text, false)
    );
}

/// Prints a usage-level error on stderr ([`say`]) and gives exit status 2.
pub(crate) fn fail(message: Msg) -> u8 {
    say(message);
    exit::TROUBLE
}

/// `key` (a message with `path` and `reason`) for an I/O error on `path`.
pub(crate) fn io_failed(key: &'static str, path: &std::path::Path, e: &io::Error) -> Msg {
    crate::i18n::io_failed(key, crate::source::display_path(path), e)
}

/// Reports paths that do not exist (a usage error).
pub(crate) fn report_missing(missing: &[crate::load::MissingPath]) -> u8 {
    for m in missing {
        say(Msg::new("error-no-such-path").text("path", crate::source::display_path(&m.0)));
    }
    exit::TROUBLE
}
