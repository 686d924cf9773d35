//! Output. Each report has one renderer, `render/<report>.rs`, that writes
//! every format of it, chosen in one `match`; the building blocks below them
//! (grids, tables, CSV, Markdown, Mermaid, DOT, escaping) know no report.
//! Everything writes to a `&mut dyn Write`; nothing prints directly.

// Building blocks.
pub mod csv;
pub mod dot;
pub mod grid;
pub mod html;
pub mod markdown;
pub mod mermaid;
pub mod sanitize;
pub mod table;

// Diagnostics (`validate`, and invalid files on stderr).
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod validation;

// One renderer per report.
pub mod agenda;
pub mod coverage;
pub mod export;
pub mod history;
pub mod map;
pub mod neglected;
pub mod overclaimed;
pub mod positioning;
pub mod rank;
pub mod report;

use std::io::{self, Write};

use grid::Grid;

use crate::model::Lang;

crate::names::names! {
    /// Every format guanxi writes. Each report says which of them it writes
    /// ([`Render::FORMATS`]), and `--format` takes only those.
    pub enum OutputFormat {
        Table = "table",
        Human = "human",
        Json = "json",
        Jsonl = "jsonl",
        Csv = "csv",
        Markdown = "markdown",
        Html = "html",
        Sarif = "sarif",
        Github = "github",
        Ics = "ics",
        Xlsx = "xlsx",
        Mermaid = "mermaid",
        Dot = "dot",
        Svg = "svg",
    }
}

/// One format a report writes, and what it is for there (`--help` says
/// it; `cli-COMMAND-value-format-NAME` in the catalogues, else
/// `cli-value-format-NAME`, in Chinese).
#[derive(Clone, Copy, Debug)]
pub struct Supported(pub OutputFormat, pub &'static str);

/// The formats of the tabular reports.
pub const TABULAR: &[Supported] = &[
    Supported(OutputFormat::Table, "Aligned table for the terminal"),
    Supported(OutputFormat::Json, "JSON, the stable contract for scripts"),
    Supported(OutputFormat::Csv, "CSV with a header row, for spreadsheets"),
    Supported(
        OutputFormat::Markdown,
        "Markdown tables, for GitHub, GitLab and chat",
    ),
];

/// The formats of the reports whose rules yield findings: the tabular
/// ones, and SARIF for code-scanning tools.
pub const FINDINGS: &[Supported] = &[
    TABULAR[0],
    TABULAR[1],
    TABULAR[2],
    TABULAR[3],
    Supported(
        OutputFormat::Sarif,
        "SARIF 2.1.0, for GitHub code scanning: every finding a result on its account file",
    ),
];

impl OutputFormat {
    /// The `--format` parser of a report that writes `formats`: clap lists
    /// them with their help, and refuses any other naming the ones it takes.
    pub fn among(
        formats: &'static [Supported],
    ) -> impl clap::builder::TypedValueParser<Value = OutputFormat> {
        use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
        PossibleValuesParser::new(
            formats
                .iter()
                .map(|Supported(f, help)| PossibleValue::new(f.as_str()).help(*help)),
        )
        .map(move |name| OutputFormat::from_name(&name).unwrap_or(formats[0].0))
    }
}

/// What every renderer is given besides its report.
pub struct RenderCtx<'a> {
    /// The language of what people read (CSV and JSON stay English).
    pub lang: Lang,
    /// The terminal's width, for tables and paragraphs.
    pub width: usize,
    /// Whether to colour what is written (the terminal formats).
    pub color: bool,
    /// Each account's file as the user would write it (SARIF results point
    /// at it); `None` where it is not known.
    pub file_of: &'a dyn Fn(&str) -> Option<String>,
}

/// A report guanxi can write: the formats it supports, and one door for
/// all of them.
pub trait Render {
    /// The formats it writes, the default first.
    const FORMATS: &'static [Supported];

    /// Writes the report in `format`, one of [`Render::FORMATS`] (any
    /// other is written as the default).
    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()>;
}

/// Writes a grid as a terminal table, CSV or Markdown; as JSON, an array of
/// objects keyed by the headers (reports write their own structs instead).
/// Any other format is a terminal table.
pub fn write_grid(
    out: &mut dyn Write,
    grid: &Grid,
    format: OutputFormat,
    width: usize,
) -> io::Result<()> {
    match format {
        OutputFormat::Csv => csv::write(out, grid),
        OutputFormat::Markdown => markdown::write(out, grid),
        OutputFormat::Json => {
            let rows: Vec<serde_json::Map<String, serde_json::Value>> = grid
                .rows
                .iter()
                .map(|row| {
                    grid.headers
                        .iter()
                        .cloned()
                        .zip(row.iter().map(|c| serde_json::Value::from(c.as_str())))
                        .collect()
                })
                .collect();
            write_json(out, &rows)
        }
        _ => table::write(out, grid, width),
    }
}

/// Pretty JSON and a newline, streamed to `out` as it is serialised (a
/// portfolio's report is never held as text), with hidden characters
/// escaped ([`sanitize::JsonFormatter`]).
pub fn write_json<T: serde::Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    let mut json =
        serde_json::Serializer::with_formatter(&mut buffered, sanitize::JsonFormatter::new());
    value.serialize(&mut json).map_err(io::Error::from)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

/// A heading for one account: `Name (id)` on the terminal, `## Name (`id`)`
/// in Markdown.
pub fn account_heading(
    out: &mut dyn Write,
    format: OutputFormat,
    name: &str,
    id: &str,
    width: usize,
) -> io::Result<()> {
    match format {
        OutputFormat::Markdown => writeln!(
            out,
            "## {} (`{}`)\n",
            markdown::text(name),
            markdown::text(id)
        ),
        _ => table::paragraph(out, &format!("{name} ({id})"), width),
    }
}
