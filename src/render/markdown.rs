//! Markdown tables (GitHub/GitLab flavour), every cell escaped.

use std::io::{self, Write};

use super::grid::Grid;
use super::sanitize;

pub fn write(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let cells = |row: &[String]| {
        row.iter()
            .map(|c| sanitize::markdown_cell(c))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    writeln!(out, "| {} |", cells(&grid.headers))?;
    writeln!(out, "|{}|", vec!["---"; grid.headers.len()].join("|"))?;
    for row in &grid.rows {
        writeln!(out, "| {} |", cells(row))?;
    }
    Ok(())
}

/// Escapes text for Markdown outside tables (headings, paragraphs).
pub fn text(s: &str) -> String {
    sanitize::markdown_cell(s)
}
