//! What the analysis commands share: paths, `--account`, `--format`, and
//! loading with invalid files reported on stderr.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;

use super::{GlobalArgs, exit};
use crate::analysis::Ctx;
use crate::finding::Severity;
use crate::load::{self, LoadOptions, LoadedAccount, Repo};
use crate::render::{csv, grid::Grid, human, markdown, table};

#[derive(Debug, clap::Args)]
pub struct Common {
    /// Files or directories to read (default: the current directory).
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Only the account with this id; repeat for several.
    #[arg(long = "account", value_name = "ID")]
    pub accounts: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned table for the terminal.
    Table,
    /// JSON, the stable contract for scripts.
    Json,
    /// CSV with a header row, for spreadsheets.
    Csv,
    /// Markdown tables, for GitHub, GitLab and chat.
    Markdown,
}

/// A loaded repository, narrowed to the accounts asked for.
pub struct Loaded {
    pub repo: Repo,
    /// Some file had an error (reported on stderr): exit 1 at the end.
    pub invalid: bool,
    pub global_as_of: crate::model::Date,
}

impl Loaded {
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            settings: &self.repo.settings,
            as_of: self.global_as_of,
        }
    }

    /// The valid accounts asked for, by id.
    pub fn selected<'a>(&'a self, common: &Common) -> Vec<&'a LoadedAccount> {
        crate::analysis::sorted(&self.repo.accounts)
            .into_iter()
            .filter(|a| common.accounts.is_empty() || common.accounts.contains(&a.id))
            .collect()
    }

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

/// Loads the repository; files with errors are reported on stderr and left
/// out. `Err` carries the exit status for a usage error.
pub fn load(common: &Common, global: &GlobalArgs) -> Result<Loaded, u8> {
    let as_of = global.as_of();
    let options = LoadOptions {
        as_of,
        max_file_size: None,
        keep_accounts: true,
    };
    let repo = load::load(&common.paths, &options).map_err(|m| super::report_missing(&m))?;
    let errors: Vec<_> = repo
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        let stderr = io::stderr();
        let style = human::Style {
            color: global.color_for(stderr.is_terminal()),
            width: global.width(),
        };
        let mut err = stderr.lock();
        let _ = human::write_diagnostics(&mut err, &errors, style);
        let files = {
            let mut p: Vec<_> = errors.iter().map(|d| &d.path).collect();
            p.sort();
            p.dedup();
            p.len()
        };
        let _ = writeln!(
            err,
            "guanxi: {files} file{} with errors left out of the analysis (see `guanxi validate`)",
            if files == 1 { "" } else { "s" }
        );
    }
    let unknown: Vec<&String> = common
        .accounts
        .iter()
        .filter(|id| !repo.accounts.iter().any(|a| &a.id == *id))
        .collect();
    if !unknown.is_empty() {
        let known: Vec<&str> = repo.accounts.iter().map(|a| a.id.as_str()).collect();
        let mut err = io::stderr().lock();
        for id in unknown {
            let hint = match crate::suggest::closest(id, known.iter().copied()) {
                Some(s) => format!("; did you mean `{s}`?"),
                None => format!("; the accounts are: {}", known.join(", ")),
            };
            let _ = writeln!(
                err,
                "guanxi: no valid account with id `{}`{hint}",
                crate::render::sanitize::terminal(id, false)
            );
        }
        return Err(exit::TROUBLE);
    }
    Ok(Loaded {
        invalid: !errors.is_empty(),
        repo,
        global_as_of: as_of,
    })
}

/// Writes a grid in a tabular format (JSON is each command's own).
pub fn write_grid(
    out: &mut dyn Write,
    grid: &Grid,
    format: Format,
    width: usize,
) -> io::Result<()> {
    match format {
        Format::Table => table::write(out, grid, width),
        Format::Csv => csv::write(out, grid),
        Format::Markdown => markdown::write(out, grid),
        Format::Json => unreachable!("JSON is written from the report structs"),
    }
}

pub fn write_json<T: serde::Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
