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

/// The formats of the tabular reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned table for the terminal.
    #[default]
    Table,
    /// JSON, the stable contract for scripts.
    Json,
    /// CSV with a header row, for spreadsheets.
    Csv,
    /// Markdown tables, for GitHub, GitLab and chat.
    Markdown,
}

/// Writes a grid as a terminal table, CSV or Markdown; as JSON, an array of
/// objects keyed by the headers (reports write their own structs instead).
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
        Format::Json => {
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
    format: Format,
    name: &str,
    id: &str,
    width: usize,
) -> io::Result<()> {
    match format {
        Format::Markdown => writeln!(
            out,
            "## {} (`{}`)\n",
            markdown::text(name),
            markdown::text(id)
        ),
        _ => table::paragraph(out, &format!("{name} ({id})"), width),
    }
}
