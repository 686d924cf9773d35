//! Terminal tables (comfy-table): aligned with Chinese and other wide
//! characters, fitted to the terminal width, control characters escaped.

use std::io::{self, Write};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use unicode_width::UnicodeWidthStr;

use super::grid::Grid;
use super::sanitize;

/// Words longer than this may be broken.
const MAX_WORD: usize = 24;
/// The least room left for a column whose words may be broken.
const MIN_COLUMN: usize = 6;

pub fn write(out: &mut dyn Write, grid: &Grid, width: usize) -> io::Result<()> {
    let headers: Vec<String> = grid
        .headers
        .iter()
        .map(|h| sanitize::terminal(h, false))
        .collect();
    let rows: Vec<Vec<String>> = grid
        .rows
        .iter()
        .map(|r| r.iter().map(|c| sanitize::terminal(c, false)).collect())
        .collect();

    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX))
        .set_header(headers.clone());
    for row in &rows {
        table.add_row(row.clone());
    }

    let computed = column_widths(&headers, &rows, width);
    for (i, w) in computed.into_iter().enumerate() {
        if let Some(column) = table.column_mut(i) {
            let w = u16::try_from(w + 2).unwrap_or(u16::MAX); // + padding
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
    writeln!(out, "{table}")
}

/// Content width of each column so the table fits `width`: start from each
/// column's widest cell, then narrow the column with the most room to spare
/// one step at a time, first down to its longest word (so words stay whole), then, only if that
/// is not enough, down to `MIN_COLUMN`, and on a very narrow terminal to 2 (one wide character).
fn column_widths(headers: &[String], rows: &[Vec<String>], width: usize) -> Vec<usize> {
    let cells =
        |i: usize| std::iter::once(&headers[i]).chain(rows.iter().filter_map(move |r| r.get(i)));
    let n = headers.len();
    let mut widths: Vec<usize> = (0..n)
        .map(|i| {
            cells(i)
                .flat_map(|c| c.lines())
                .map(UnicodeWidthStr::width)
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    let words: Vec<usize> = (0..n)
        .map(|i| {
            cells(i)
                .flat_map(|c| c.split_whitespace())
                .map(UnicodeWidthStr::width)
                .max()
                .unwrap_or(1)
                .min(MAX_WORD)
        })
        .collect();
    let available = width.saturating_sub(3 * n + 1);
    for floor in [&words, &vec![MIN_COLUMN; n], &vec![2; n]] {
        while widths.iter().sum::<usize>() > available {
            let candidate = (0..n)
                .filter(|&i| widths[i] > floor[i])
                .max_by_key(|&i| (widths[i] - floor[i], widths[i], std::cmp::Reverse(i)));
            match candidate {
                Some(i) => widths[i] -= 1,
                None => break,
            }
        }
    }
    widths
}
