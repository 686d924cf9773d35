//! `guanxi export`: flat tables for spreadsheets and warehouses.

use std::io::{self, Write};

use super::common::Input;
use crate::analysis::export::{self, Options, Table};
use crate::i18n::Msg;
use crate::render::export::Exported;
use crate::render::{OutputFormat, Render};

/// Export accounts, stakeholders or interactions as flat tables (docs/export.md).
///
/// One record per row, with stable column names: JSON Lines for a warehouse,
/// CSV for spreadsheets (--excel for Excel: BOM and CRLF, so Chinese shows
/// right), or an Excel workbook (--format xlsx --output FILE).
///   duckdb -c "SELECT kind, count(*) FROM read_json_auto('interactions.jsonl') GROUP BY kind"
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  guanxi export --table interactions > interactions.jsonl
  guanxi export accounts/ --table stakeholders --format csv > stakeholders.csv
  guanxi export --table stakeholders --excel --output stakeholders.csv
  guanxi export --table interactions --format xlsx --output interactions.xlsx"
)]
pub struct Args {
    #[command(flatten)]
    pub input: Input,
    /// Which table.
    #[arg(long, value_enum)]
    pub table: Table,
    /// Output format. Default: jsonl (csv with --excel).
    #[arg(long, value_parser = OutputFormat::among(Exported::FORMATS))]
    pub format: Option<OutputFormat>,
    /// CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends.
    #[arg(long)]
    pub excel: bool,
    /// Write to FILE (atomically: all or nothing) instead of stdout; needed
    /// for xlsx.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Include the interactions' notes (free text, often personal data about
    /// the customer's people); without it the `note` column is empty.
    #[arg(long)]
    pub notes: bool,
}

impl Args {
    /// `--format`, given `--excel` (CSV for Excel) and the default (JSON
    /// Lines); `Err` for a combination that means nothing.
    fn format(&self) -> Result<OutputFormat, Msg> {
        match (self.format, self.excel) {
            (None, true) | (Some(OutputFormat::Csv), _) => Ok(OutputFormat::Csv),
            (Some(_), true) => Err(Msg::new("error-excel-is-for-csv")),
            (Some(OutputFormat::Xlsx), false) if self.output.is_none() => {
                Err(Msg::new("error-xlsx-needs-output"))
            }
            (Some(f), false) => Ok(f),
            (None, false) => Ok(OutputFormat::Jsonl),
        }
    }
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let format = match args.format() {
        Ok(format) => format,
        Err(why) => return Ok(super::fail(why)),
    };
    let loaded = match args.input.load_with(args.notes) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let options = Options {
        table: args.table,
        notes: args.notes,
    };
    let exported = Exported {
        table: export::analyse(&loaded.ctx(&portfolio), &loaded.selected(), &options),
        style: crate::render::export::CsvStyle { excel: args.excel },
    };
    let mut bytes = Vec::new();
    args.input.write(&loaded, &exported, format, &mut bytes)?;
    match &args.output {
        None => out.write_all(&bytes)?,
        Some(path) => {
            if let Err(e) = crate::edit::write::atomic_bytes(path, &bytes) {
                let why = super::io_failed("error-cannot-write-nothing", path, &e);
                return Ok(super::fail(why));
            }
        }
    }
    Ok(loaded.exit_code(false))
}
