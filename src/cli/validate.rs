//! `guanxi validate`: the CI gate.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{GlobalArgs, exit};
use crate::checks::{self, ScanOptions};
use crate::render::validation::Validation;
use crate::render::{OutputFormat, Render};

/// Check account files and report every problem, with its line and a fix.
///
/// Walks each PATH (default: the current directory), skipping hidden files
/// and directories, and reads every .yaml/.yml file as an account. All files
/// are checked in one run; one bad file never hides another.
///
/// Exit status: 0 no errors (warnings allowed), 1 some file has an error,
/// 2 a path does not exist or could not be read.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi validate                       check everything under .
  guanxi validate accounts/ --format github
                                        annotate a GitHub pull request
  guanxi validate --format json | jq '.diagnostics[].code'
  guanxi validate --format sarif > guanxi.sarif  # GitHub code scanning")]
pub struct Args {
    /// Files or directories to check.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_parser = OutputFormat::among(Validation::FORMATS), default_value = "human")]
    pub format: OutputFormat,

    #[command(flatten)]
    pub global: GlobalArgs,

    /// Largest file read, in bytes (suffixes K, M, KiB, MiB allowed).
    /// Default: `max_file_size` in .guanxi.yaml, else 8 MiB.
    #[arg(long, value_name = "SIZE", value_parser = super::values::parse_size)]
    pub max_file_size: Option<u64>,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.global;
    let options = ScanOptions {
        dates: checks::Dates::now(global.as_of()),
        max_file_size: args.max_file_size,
        keep_accounts: false,
        keep_notes: false,
        warnings: true,
    };
    let repo = match checks::scan(&args.paths, &options) {
        Ok(repo) => repo,
        Err(missing) => return Ok(super::report_missing(&missing)),
    };
    if let Some(note) = crate::workspace::settings_note(&repo, &args.paths) {
        super::say(note);
    }
    let report = Validation {
        files: repo.files,
        diagnostics: &repo.diagnostics,
    };
    report.render(
        args.format,
        &global.render_ctx(repo.settings.lang, &|_| None),
        out,
    )?;
    Ok(if repo.had_io_error() {
        exit::TROUBLE
    } else if repo.errors() > 0 {
        exit::FINDINGS
    } else {
        exit::CLEAN
    })
}
