//! CSV output: one header row, cells neutralised against formula injection.

use std::io::{self, Write};

use super::grid::Grid;
use super::sanitize;

pub fn write(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let io = |e: csv::Error| io::Error::other(e.to_string());
    writer
        .write_record(grid.headers.iter().map(|h| sanitize::csv_cell(h)))
        .map_err(io)?;
    for row in &grid.rows {
        writer
            .write_record(row.iter().map(|c| sanitize::csv_cell(c)))
            .map_err(io)?;
    }
    writer.flush()
}
