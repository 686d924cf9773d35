//! What the commands that read the repository share: `PATH…`, `--account`,
//! `--format`, and loading with invalid files reported on stderr.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use super::{GlobalArgs, exit};
use crate::analysis::{self, Ctx};
use crate::checks::{self, Repo, ScanOptions};
use crate::finding::Severity;
use crate::i18n::Msg;
use crate::render::{OutputFormat, Render, human};
use crate::workspace::{Filter, Selected};

/// The accounts a command looks at: paths, `--account`, the as-of date.
#[derive(Debug, clap::Args)]
pub struct Selection {
    /// Files or directories to read (default: the current directory).
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Only the account with this id; repeat for several.
    #[arg(long = "account", value_name = "ID")]
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::account_ids))]
    pub accounts: Vec<String>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

impl Selection {
    /// The interface language: `--lang`, else `lang:` in the .guanxi.yaml
    /// these paths read, else the environment's.
    pub fn lang(&self) -> crate::model::Lang {
        self.global
            .lang(crate::checks::read_settings(&self.paths).0.lang)
    }
}

/// Which version of the account files to read: the working files, or a
/// commit's.
#[derive(Debug, Default, clap::Args)]
pub struct Version {
    /// Read the account files as they were in the last commit on or before
    /// the as-of date (stances and people carry no dates: this is how a past
    /// week is re-run exactly).
    #[arg(long, conflicts_with = "rev", display_order = 800)]
    pub at_commit: bool,

    /// Read the account files as they were at this commit (hash, tag or
    /// branch).
    #[arg(long, value_name = "REV", display_order = 801)]
    pub rev: Option<String>,
}

/// `--owner`: one rep's accounts.
#[derive(Debug, Default, clap::Args)]
pub struct Scope {
    /// Only the accounts this person of ours owns (their `owner:`).
    #[arg(long, value_name = "ID", display_order = 700)]
    pub owner: Option<String>,
}

/// What every command that analyses the repository reads: [`Selection`],
/// [`Scope`] and [`Version`].
#[derive(Debug, clap::Args)]
pub struct Input {
    #[command(flatten)]
    pub selection: Selection,

    #[command(flatten)]
    pub scope: Scope,

    #[command(flatten)]
    pub version: Version,
}

/// [`Input`] and `--format`, for the reports of the analyses: `R`, the
/// report, says which formats it writes ([`Render::FORMATS`]), and clap
/// takes only those, listing them with their help.
#[derive(Debug, clap::Args)]
pub struct Common<R: Render + ?Sized + 'static> {
    #[command(flatten)]
    pub input: Input,

    /// Output format.
    #[arg(long, value_parser = OutputFormat::among(R::FORMATS), default_value = "table")]
    pub format: OutputFormat,

    #[arg(skip)]
    report: std::marker::PhantomData<fn() -> Box<R>>,
}

impl<R: Render + ?Sized + 'static> Common<R> {
    pub fn width(&self) -> usize {
        self.input.selection.global.width()
    }

    /// The interface language, given the settings' `lang:`.
    pub fn lang(&self, setting: Option<crate::model::Lang>) -> crate::model::Lang {
        self.input.selection.global.lang(setting)
    }

    /// Writes `report` in the format asked for ([`Input::write`]).
    pub fn write(&self, loaded: &Loaded, report: &R, out: &mut dyn Write) -> io::Result<()> {
        self.input.write(loaded, report, self.format, out)
    }
}

impl Input {
    /// Writes `report` in `format`, in this run's language, width and
    /// colours, through its one door ([`Render::render`]).
    pub fn write<R: Render + ?Sized>(
        &self,
        loaded: &Loaded,
        report: &R,
        format: OutputFormat,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        // SARIF names each account's file: looked up by id once, not once
        // per finding.
        let files: std::collections::HashMap<&str, String> = if format == OutputFormat::Sarif {
            loaded
                .repo
                .accounts
                .iter()
                .map(|a| (a.id.as_str(), crate::source::display_path(&a.path)))
                .collect()
        } else {
            Default::default()
        };
        let file_of = |id: &str| files.get(id).cloned();
        let ctx = self
            .selection
            .global
            .render_ctx(loaded.repo.settings.lang, &file_of);
        report.render(format, &ctx, out)
    }
}

/// A loaded repository: [`crate::workspace::Selected`], which the
/// command is done with when it is done.
pub struct Loaded(Selected);

impl std::ops::Deref for Loaded {
    type Target = Selected;
    fn deref(&self) -> &Selected {
        &self.0
    }
}

/// The portfolio is the largest thing a run holds (hundreds of thousands
/// of small allocations at 10,000 accounts); the process ends right after
/// the command: the system takes the memory back at once, rather than
/// guanxi freeing it piece by piece. (Only here, at the command line: a
/// server keeps its workspace and frees what it replaces.)
impl Drop for Loaded {
    fn drop(&mut self) {
        std::mem::forget(std::mem::take(&mut self.0.repo.accounts));
    }
}

/// What an analysis returned, once written: left to the system at exit for
/// the same reason as the portfolio ([`Loaded`]'s `Drop`).
pub(crate) fn leave<T>(output: T) {
    std::mem::forget(output);
}

impl Loaded {
    /// Exit status: 2 for unreadable files, 1 for invalid ones or (with
    /// `--fail`) findings, else 0.
    pub fn exit_code(&self, fail_on_findings: bool) -> u8 {
        if self.repo.had_io_error() {
            exit::TROUBLE
        } else if self.invalid || fail_on_findings {
            exit::FINDINGS
        } else {
            exit::CLEAN
        }
    }
}

/// Reads the working files, or a commit's (`--at-commit`, `--rev`), saying
/// on stderr what [`crate::workspace::read`] notes of that choice.
fn scan(selection: &Selection, version: &Version, options: &ScanOptions) -> Result<Repo, u8> {
    use crate::load::git::Rev;
    let rev = match (&version.rev, version.at_commit) {
        (Some(name), _) => Some(Rev::Named(name)),
        (None, true) => Some(Rev::OnOrBefore(options.dates.as_of)),
        (None, false) => None,
    };
    match crate::workspace::read(&selection.paths, rev, options) {
        Ok(workspace) => {
            if !workspace.notes.is_empty() {
                let lang = selection.lang();
                for note in &workspace.notes {
                    super::say_in(lang, note);
                }
            }
            Ok(workspace.repo)
        }
        Err(crate::workspace::ReadError::Missing(missing)) => Err(super::report_missing(&missing)),
        Err(crate::workspace::ReadError::Git(e)) => Err(super::fail(e.msg())),
    }
}

impl Input {
    /// Loads the repository; files with errors are reported on stderr and
    /// left out. `Err` is the exit status after the trouble was reported.
    pub fn load(&self) -> Result<Loaded, u8> {
        self.load_with(false)
    }

    /// [`Input::load`], keeping the interactions' notes if `notes`.
    pub fn load_with(&self, notes: bool) -> Result<Loaded, u8> {
        let global = &self.selection.global;
        let as_of = global.as_of();
        let options = ScanOptions {
            dates: checks::Dates::now(as_of),
            max_file_size: None,
            keep_accounts: true,
            keep_notes: notes,
            warnings: false,
        };
        let repo = scan(&self.selection, &self.version, &options)?;
        report_errors(&repo, global);
        let filter = Filter {
            accounts: self.selection.accounts.clone(),
            owner: self.scope.owner.clone(),
        };
        match Selected::new(repo, as_of, filter) {
            Ok(selected) => Ok(Loaded(selected)),
            Err(unknown) => {
                unknown.into_iter().for_each(super::say);
                Err(exit::TROUBLE)
            }
        }
    }
}

/// The files with errors, said on stderr with how many were left out.
fn report_errors(repo: &Repo, global: &GlobalArgs) {
    let errors: Vec<_> = repo
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if errors.is_empty() {
        return;
    }
    let stderr = io::stderr();
    let lang = global.lang(repo.settings.lang);
    let style = human::Style {
        color: global.color_for(stderr.is_terminal()),
        width: global.width(),
        lang,
    };
    let mut err = stderr.lock();
    let _ = human::write_diagnostics(&mut err, &errors, style);
    let mut files: Vec<_> = errors.iter().map(|d| &d.path).collect();
    files.sort();
    files.dedup();
    let note = Msg::new("error-files-left-out")
        .number("files", files.len())
        .render(lang);
    let _ = writeln!(err, "guanxi: {note}");
}

/// Refuses a portfolio that mixes currencies without `fx:` rates (exit 2),
/// naming each currency once with its accounts.
pub fn check_currencies(ctx: &Ctx) -> Result<(), u8> {
    analysis::rank::check_currencies(ctx).map_err(|missing| super::fail(missing.describe()))
}
/// Where the one account a command works on is looked for: `PATH…` after
/// the account (`--repo DIR` is the older spelling, still accepted).
#[derive(Debug, clap::Args)]
pub struct Place {
    /// Files or directories to look in (default: the current directory).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// The same as PATH (the older spelling, kept for scripts).
    #[arg(long = "repo", value_name = "DIR", hide = true)]
    pub repo: Vec<PathBuf>,

    #[command(flatten)]
    pub global: GlobalArgs,
}

impl Place {
    /// `--repo` and PATH together; `.` when neither is given.
    pub fn paths(&self) -> Vec<PathBuf> {
        let all: Vec<PathBuf> = self.repo.iter().chain(&self.paths).cloned().collect();
        if all.is_empty() {
            vec![PathBuf::from(".")]
        } else {
            all
        }
    }
}
