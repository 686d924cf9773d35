//! The export tables: JSON Lines, CSV, or an Excel workbook (`docs/export.md`).

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{OutputFormat, Render, RenderCtx, Supported, sanitize};
use crate::analysis::export::Export;

/// How a CSV is written.
#[derive(Clone, Copy, Debug, Default)]
pub struct CsvStyle {
    /// For Excel: UTF-8 with a byte-order mark (so Chinese shows right) and
    /// CRLF line ends; a CR inside a value is kept.
    pub excel: bool,
}

/// A cell's text: text as it is, numbers and booleans as JSON writes them
/// (`150`, `2.5`, `true`), several values (a list, the stances) as JSON,
/// so that they split back reliably; nothing for null.
fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A CSV cell: formulas and workflow commands neutralised, controls shown
/// escaped, except LF and TAB (and CR, for Excel), which a CSV reader gets
/// back as they were, as from JSON Lines.
fn csv_cell(v: &Value, style: CsvStyle) -> String {
    sanitize::csv_cell_keeping(&text(v), true, style.excel)
}

/// The export in `format`, as bytes.
/// An export table as it is written: CSV for Excel or not.
#[derive(Debug)]
pub struct Exported {
    pub table: Export,
    pub style: CsvStyle,
}

impl Render for Exported {
    const FORMATS: &'static [Supported] = &[
        Supported(OutputFormat::Jsonl, "JSON Lines: one object per line"),
        Supported(OutputFormat::Csv, "CSV with a header row"),
        Supported(
            OutputFormat::Xlsx,
            "An Excel workbook (.xlsx), one sheet; needs --output",
        ),
    ];

    fn render(&self, format: OutputFormat, _: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(&render(&self.table, format, self.style)?)
    }
}

fn render(export: &Export, format: OutputFormat, style: CsvStyle) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    match format {
        OutputFormat::Csv => {
            if style.excel {
                out.extend_from_slice("\u{feff}".as_bytes());
            }
            let terminator = if style.excel {
                csv::Terminator::CRLF
            } else {
                csv::Terminator::Any(b'\n')
            };
            let mut writer = csv::WriterBuilder::new()
                .terminator(terminator)
                .from_writer(&mut out);
            let io = |e: csv::Error| io::Error::other(e.to_string());
            writer.write_record(export.columns).map_err(io)?;
            for row in &export.rows {
                writer
                    .write_record(row.iter().map(|v| csv_cell(v, style)))
                    .map_err(io)?;
            }
            writer.flush()?;
        }
        OutputFormat::Xlsx => out = workbook(export)?,
        _ => {
            for row in &export.rows {
                let object: Vec<String> = export
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(k, v)| format!("{}:{}", json!(k), v))
                    .collect();
                writeln!(out, "{{{}}}", sanitize::json(&object.join(",")))?;
            }
        }
    }
    Ok(out)
}

/// One sheet named after the table: a bold header row that stays in view,
/// numbers as numbers, everything else as text (never a formula).
fn workbook(export: &Export) -> io::Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| io::Error::other(e.to_string());
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(export.table.as_str()).map_err(err)?;
    let bold = Format::new().set_bold();
    for (c, name) in export.columns.iter().enumerate() {
        sheet
            .write_string_with_format(0, col(c), *name, &bold)
            .map_err(err)?;
    }
    for (r, row) in export.rows.iter().enumerate() {
        let r = u32::try_from(r + 1)
            .map_err(|_| io::Error::other(crate::i18n::Msg::new("export-too-many-rows")))?;
        for (c, v) in row.iter().enumerate() {
            match v {
                Value::Null => {}
                Value::Number(n) => {
                    sheet
                        .write_number(r, col(c), n.as_f64().unwrap_or_default())
                        .map_err(err)?;
                }
                Value::Bool(b) => {
                    sheet.write_boolean(r, col(c), *b).map_err(err)?;
                }
                other => {
                    let shown = sanitize::terminal(&text(other), true);
                    sheet.write_string(r, col(c), shown).map_err(err)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(err)?;
    sheet.autofit();
    book.save_to_buffer().map_err(err)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
