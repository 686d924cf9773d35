//! `guanxi export`: flat tables for spreadsheets and warehouses.

use std::io::{self, Write};

use super::common::Input;
use crate::analysis::export::{self, Options, Table};
use crate::render::export::ExportFormat;

/// Export accounts, stakeholders or interactions as flat tables (docs/export.md).
///
/// One record per line, with stable column names. For spreadsheets (CSV) and for loading into a warehouse (JSON Lines):
///   duckdb -c "SELECT kind, count(*) FROM read_json_auto('interactions.jsonl') GROUP BY kind"
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  guanxi export --table interactions --format jsonl > interactions.jsonl
  guanxi export accounts/ --table stakeholders --format csv > stakeholders.csv"
)]
pub struct Args {
    #[command(flatten)]
    pub input: Input,
    /// Which table.
    #[arg(long, value_enum)]
    pub table: Table,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Include the interactions' notes (free text, often personal data about
    /// the customer's people); without it the `note` column is empty.
    #[arg(long)]
    pub notes: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match args.input.load() {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let table = export::analyse(
        &loaded.ctx(&portfolio),
        &loaded.selected(),
        &Options {
            table: args.table,
            notes: args.notes,
        },
    );
    crate::render::export::write(out, &table, args.format)?;
    Ok(loaded.exit_code(false))
}
