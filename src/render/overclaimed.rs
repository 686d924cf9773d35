//! The over-claimed helpers: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{Format, write_grid, write_json};
use crate::analysis::Finding;

/// The findings as rows: account, code, people, evidence, action.
pub fn grid(findings: &[Finding], headers: [&str; 5]) -> Grid {
    let mut g = Grid::new(headers);
    for f in findings {
        g.push(vec![
            f.account.clone(),
            f.code.to_string(),
            f.people.join(", "),
            f.message.clone(),
            f.action.clone(),
        ]);
    }
    g
}

pub fn write(
    out: &mut dyn Write,
    findings: &[Finding],
    format: Format,
    width: usize,
) -> io::Result<()> {
    let headers = ["account", "rule", "stakeholders", "message", "help"];
    match format {
        Format::Json => write_json(out, findings),
        Format::Table if findings.is_empty() => writeln!(out, "no over-claimed helpers"),
        Format::Markdown if findings.is_empty() => writeln!(out, "No over-claimed helpers."),
        _ => write_grid(out, &grid(findings, headers), format, width),
    }
}
