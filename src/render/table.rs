//! Terminal tables (comfy-table): aligned with Chinese and other wide
//! characters, fitted to the terminal width, control characters escaped.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use super::grid::Grid;
use super::sanitize;

pub fn write(out: &mut dyn Write, grid: &Grid, width: usize) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX))
        .set_header(grid.headers.iter().map(|h| sanitize::terminal(h, false)));
    for row in &grid.rows {
        table.add_row(row.iter().map(|c| sanitize::terminal(c, false)));
    }
    writeln!(out, "{table}")
}
