//! Terminal tables: aligned with Chinese and other wide characters, fitted
//! to the terminal width, control characters escaped.
//!
//! Cells are wrapped here, not by comfy-table, so that what may break is a
//! decision of ours: prose breaks between words, Chinese between characters
//! (never before closing punctuation, never after opening punctuation), and
//! nothing else ever breaks: a date, an id, a code, a number or a Latin word
//! stays whole. Space goes first to the columns that need the least of it,
//! so short columns keep their one line and prose gets the rest. When even
//! the narrowest whole-word layout cannot fit, the table turns into records,
//! one block per row (as psql's expanded mode).

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use unicode_width::UnicodeWidthStr;

use super::grid::Grid;
use super::sanitize;
use crate::i18n::wrap::{lines as wrap, pieces};

/// A cell as shown: escaped, or the grid's text as it is.
type Cell<'a> = std::borrow::Cow<'a, str>;

/// Width the borders take: `│ ` before each column, ` ┆ ` between, ` │`.
fn overhead(columns: usize) -> usize {
    3 * columns + 1
}

pub fn write(out: &mut dyn Write, grid: &Grid, width: usize) -> io::Result<()> {
    // Escaped where needed, else the grid's own text (no copy of a long
    // table).
    let headers: Vec<Cell> = grid
        .headers
        .iter()
        .map(|h| sanitize::terminal_cow(h, false))
        .collect();
    let rows: Vec<Vec<Cell>> = grid
        .rows
        .iter()
        .map(|r| r.iter().map(|c| sanitize::terminal_cow(c, false)).collect())
        .collect();
    // A table where every column gets a comfortable width, leaving out
    // optional columns (least valuable first) if need be; else one where
    // each column only keeps its words whole; else records. Say what was
    // left out.
    let attempts = [COMFORTABLE, COMFORTABLE - 2, 0]
        .into_iter()
        .flat_map(|comfort| (0..=grid.optional.len()).map(move |dropped| (comfort, dropped)));
    for (comfort, dropped) in attempts {
        let gone = &grid.optional[..dropped];
        let shown: Vec<usize> = (0..headers.len()).filter(|i| !gone.contains(i)).collect();
        if let Some(widths) = plan(&headers, &rows, &shown, width, comfort) {
            table(out, &headers, &rows, &shown, &widths)?;
            if !gone.is_empty() {
                let names: Vec<&str> = gone.iter().map(|&i| headers[i].as_ref()).collect();
                let lang = grid.lang.unwrap_or(crate::model::Lang::En);
                let separator = crate::i18n::list_separator(lang);
                let note = crate::i18n::text_with(
                    lang,
                    "table-left-out",
                    &[
                        ("width", crate::i18n::Arg::Number(width)),
                        ("columns", crate::i18n::Arg::Text(&names.join(separator))),
                    ],
                );
                for line in wrap(&note, width) {
                    writeln!(out, "{line}")?;
                }
            }
            return Ok(());
        }
    }
    records(out, &headers, &rows, width)
}

/// Rows laid out at a time: a long table (a portfolio's findings) is
/// written piece by piece, each piece a comfy-table of its own with every
/// column as wide as in the whole table and the borders between pieces
/// left out, so that it reads as one table without being held as text.
const PIECE: usize = 256;

fn table(
    out: &mut dyn Write,
    headers: &[Cell],
    rows: &[Vec<Cell>],
    shown: &[usize],
    widths: &[usize],
) -> io::Result<()> {
    // The shown cells of a row, each wrapped to its column's width.
    let wrapped = |cells: &[Cell]| -> Vec<Vec<String>> {
        shown
            .iter()
            .zip(widths)
            .map(|(&i, &w)| wrap(cells.get(i).map_or("", |c| c.as_ref()), w))
            .collect()
    };
    let widest = |lines: &[String]| lines.iter().map(|l| l.width()).max().unwrap_or(0);
    // Each column's width in the whole table: its widest wrapped line.
    let mut full: Vec<usize> = wrapped(headers).iter().map(|c| widest(c)).collect();
    for row in rows {
        for (column, cell) in wrapped(row).iter().enumerate() {
            full[column] = full[column].max(widest(cell));
        }
    }
    // One line of each column padded to the table's width makes a piece's
    // column as wide (comfy-table pads every line to its column's width).
    let joined = |cells: Vec<Vec<String>>, pad: bool| -> Vec<String> {
        cells
            .into_iter()
            .zip(&full)
            .map(|(mut lines, &w)| {
                if pad {
                    if lines.is_empty() {
                        lines.push(String::new());
                    }
                    let short = w.saturating_sub(lines[0].width());
                    lines[0].push_str(&" ".repeat(short));
                }
                lines.join("\n")
            })
            .collect()
    };
    let pieces: Vec<&[Vec<Cell>]> = if rows.is_empty() {
        vec![&[]]
    } else {
        rows.chunks(PIECE).collect()
    };
    let last = pieces.len() - 1;
    for (n, piece) in pieces.into_iter().enumerate() {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled);
        if n == 0 {
            t.set_header(joined(wrapped(headers), true));
        }
        for (r, row) in piece.iter().enumerate() {
            t.add_row(joined(wrapped(row), n > 0 && r == 0));
        }
        let lines: Vec<String> = t.lines().collect();
        // The top border opens the first piece only, the bottom border
        // closes the last only.
        let from = usize::from(n > 0);
        let to = if n == last {
            lines.len()
        } else {
            lines.len() - 1
        };
        for line in &lines[from..to.max(from)] {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// A line of prose for the terminal: escaped, and wrapped to `width` with
/// the same rules as table cells.
pub fn paragraph(out: &mut dyn Write, text: &str, width: usize) -> io::Result<()> {
    for line in wrap(&sanitize::terminal(text, false), width) {
        // A wrapped line may start with any word of the value.
        writeln!(out, "{}", sanitize::no_workflow_commands(&line))?;
    }
    Ok(())
}

/// One block per row: the headers down the left, the values wrapped beside
/// them.
fn records(
    out: &mut dyn Write,
    headers: &[Cell],
    rows: &[Vec<Cell>],
    width: usize,
) -> io::Result<()> {
    let key_width = headers.iter().map(|h| h.width()).max().unwrap_or(0);
    let value_width = width.saturating_sub(key_width + 3).max(8);
    for (n, row) in rows.iter().enumerate() {
        let title = format!("─[ {} ]", n + 1);
        let rule = "─".repeat(width.saturating_sub(title.width()).max(1));
        writeln!(out, "{title}{rule}")?;
        for (key, value) in headers.iter().zip(row) {
            let lines = wrap(value, value_width);
            for (i, line) in lines.iter().enumerate() {
                let key = if i == 0 { key.as_ref() } else { "" };
                let pad = " ".repeat(key_width - key.width());
                writeln!(out, "{key}{pad} │ {line}")?;
            }
        }
    }
    Ok(())
}

/// The width a column gets before any wraps more than it must (or its
/// widest cell, when that is narrower).
const COMFORTABLE: usize = 10;

/// Content width of each column, or `None` when not every column fits
/// `width` with at least its widest unbreakable piece, or `comfort` columns
/// (`0`: no such wish).
fn plan(
    headers: &[Cell],
    rows: &[Vec<Cell>],
    shown: &[usize],
    width: usize,
    comfort: usize,
) -> Option<Vec<usize>> {
    let n = shown.len();
    let cells = |i: usize| {
        let column = shown[i];
        std::iter::once(&headers[column]).chain(rows.iter().filter_map(move |r| r.get(column)))
    };
    let desired: Vec<usize> = (0..n)
        .map(|i| cells(i).map(|c| c.width()).max().unwrap_or(0).max(1))
        .collect();
    let least: Vec<usize> = (0..n)
        .map(|i| {
            cells(i)
                .flat_map(|c| pieces(c))
                .map(|p| p.width())
                .max()
                .unwrap_or(1)
                .max(1)
        })
        .collect();
    let least: Vec<usize> = (0..n)
        .map(|i| least[i].max(desired[i].min(comfort)))
        .collect();
    let available = width.checked_sub(overhead(n))?;
    if least.iter().sum::<usize>() > available {
        return None;
    }
    // Every column gets its least; the rest is shared out in proportion to
    // what each column still wants, so a column that needs little soon has
    // all it needs and prose takes most of what remains.
    let mut widths = least;
    let mut spare = available - widths.iter().sum::<usize>();
    while spare > 0 {
        let want: Vec<usize> = (0..n)
            .map(|i| desired[i].saturating_sub(widths[i]))
            .collect();
        let total: usize = want.iter().sum();
        if total == 0 {
            break;
        }
        let before = spare;
        for i in 0..n {
            let give = (before * want[i] / total).min(want[i]).min(spare);
            widths[i] += give;
            spare -= give;
        }
        if spare == before {
            // Less than one column each: to the columns that want most.
            let i = (0..n)
                .max_by_key(|&i| (want[i], std::cmp::Reverse(i)))
                .unwrap_or(0);
            widths[i] += 1;
            spare -= 1;
        }
    }
    Some(widths)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table as one comfy-table, as it was written before pieces.
    fn whole(headers: &[Cell], rows: &[Vec<Cell>], widths: &[usize]) -> String {
        let wrapped = |cells: &[Cell]| -> Vec<String> {
            cells
                .iter()
                .zip(widths)
                .map(|(c, &w)| wrap(c, w).join("\n"))
                .collect()
        };
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled)
            .set_header(wrapped(headers));
        for row in rows {
            t.add_row(wrapped(row));
        }
        format!("{t}\n")
    }

    #[test]
    fn a_long_table_in_pieces_reads_as_one_table() {
        let headers: Vec<Cell> = vec!["账户".into(), "who".into(), "what to do".into()];
        let advice = [
            "call",
            "answer their request for help this week",
            "拜访周建华，了解生产技术部的想法",
        ];
        let rows: Vec<Vec<Cell>> = (0..PIECE * 2 + 37)
            .map(|n| {
                vec![
                    format!("account-{}", n % 7).into(),
                    // Wider in some pieces than in others.
                    "x".repeat(1 + (n / 100) % 5).into(),
                    advice[n % advice.len()].into(),
                ]
            })
            .collect();
        let shown = [0, 1, 2];
        for width in [40, 80] {
            let widths = plan(&headers, &rows, &shown, width, COMFORTABLE).unwrap();
            let mut out = Vec::new();
            table(&mut out, &headers, &rows, &shown, &widths).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                whole(&headers, &rows, &widths)
            );
            // No rows, and fewer than a piece: the same too.
            for some in [&rows[..0], &rows[..3]] {
                let mut out = Vec::new();
                table(&mut out, &headers, some, &shown, &widths).unwrap();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    whole(&headers, some, &widths)
                );
            }
        }
    }

    #[test]
    fn short_columns_get_what_they_need_and_prose_the_rest() {
        let headers: Vec<Cell> = vec!["level".into(), "advice".into()];
        let rows: Vec<Vec<Cell>> = vec![vec![
            "executive".into(),
            "keep a respectful distance and talk about anything but the project".into(),
        ]];
        let widths = plan(&headers, &rows, &[0, 1], 40, COMFORTABLE).unwrap();
        assert_eq!(widths[0], 9);
        assert_eq!(widths[0] + widths[1] + overhead(2), 40);
    }

    #[test]
    fn a_comfortable_plan_leaves_out_optional_columns() {
        let grid = Grid::new(["account", "last contact", "days / limit", "what to do"])
            .optional(&["last contact"]);
        let mut grid = grid;
        grid.push(vec![
            "huadong-power".into(),
            "2026-10-15".into(),
            "39 / 14".into(),
            "answer their request now".into(),
        ]);
        let mut out = Vec::new();
        write(&mut out, &grid, 50).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("39 / 14"), "{text}");
        assert!(
            text.contains("left out to fit 50 columns: last contact"),
            "{text}"
        );
        assert!(text.lines().all(|l| l.width() <= 50), "{text}");
    }

    #[test]
    fn too_narrow_for_whole_words_becomes_records() {
        let headers = ["account".to_string(), "id".to_string()];
        let rows = vec![vec!["meridian-appliances".to_string(), "x".to_string()]];
        fn cells(texts: &[String]) -> Vec<Cell<'_>> {
            texts.iter().map(|t| Cell::from(t.as_str())).collect()
        }
        let shown_rows: Vec<Vec<Cell>> = rows.iter().map(|r| cells(r)).collect();
        assert!(plan(&cells(&headers), &shown_rows, &[0, 1], 20, 0).is_none());
        let mut out = Vec::new();
        write(
            &mut out,
            &Grid {
                headers: headers.to_vec(),
                rows,
                optional: Vec::new(),
                lang: None,
            },
            20,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("account │ meridian-appliances"), "{text}");
    }
}
