//! The export tables: JSON Lines or CSV (`docs/export.md`).

use std::io::{self, Write};

use serde_json::{Value, json};

use super::csv;
use super::grid::Grid;
use crate::analysis::export::Export;

/// The formats of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// JSON Lines: one object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// A CSV cell: lists joined with `;`, objects as `key=value;…`, null empty.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        Value::Object(m) => m
            .iter()
            .map(|(k, v)| format!("{k}={}", cell(v)))
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    }
}

pub fn write(out: &mut dyn Write, export: &Export, format: ExportFormat) -> io::Result<()> {
    match format {
        ExportFormat::Jsonl => {
            for row in &export.rows {
                let object: Vec<String> = export
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(k, v)| format!("{}:{}", json!(k), v))
                    .collect();
                writeln!(out, "{{{}}}", super::sanitize::json(&object.join(",")))?;
            }
        }
        ExportFormat::Csv => {
            let mut g = Grid::new(export.columns.iter().copied());
            for row in &export.rows {
                g.push(row.iter().map(cell).collect());
            }
            csv::write(out, &g)?;
        }
    }
    Ok(())
}
