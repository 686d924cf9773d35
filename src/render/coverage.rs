//! Coverage of the buying group: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{Format, markdown, write_grid, write_json};
use crate::analysis::ENGAGED_DAYS;
use crate::analysis::coverage::{self, Coverage};
use crate::model::Role;

fn people(p: &[coverage::Person]) -> String {
    p.iter()
        .map(|p| format!("{} ({})", p.name, p.stance))
        .collect::<Vec<_>>()
        .join(", ")
}

fn roles_grid(c: &Coverage) -> Grid {
    let mut g = Grid::new(["role", "held by (stance toward us)"]);
    for r in &c.roles {
        let holders = if r.holders.is_empty() {
            "— nobody".to_string()
        } else {
            people(&r.holders)
        };
        g.push(vec![r.role.to_string(), holders]);
    }
    g
}

fn mesh_grid(c: &Coverage) -> Grid {
    let mut g = Grid::new([
        "our function",
        "our people",
        "their levels",
        "their departments",
    ])
    .optional(&["their departments"]);
    for t in &c.mesh {
        g.push(vec![
            t.function.clone(),
            t.ours.join(", "),
            t.levels
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            t.departments.join(", "),
        ]);
    }
    g
}

fn lines(c: &Coverage) -> Vec<String> {
    let mut out = vec![format!(
        "engaged in the last {ENGAGED_DAYS} days ({}): {}",
        c.engaged.len(),
        if c.engaged.is_empty() {
            "nobody".to_string()
        } else {
            people(&c.engaged)
        }
    )];
    for f in &c.findings {
        out.push(format!(
            "{} {}: {}",
            if f.is_actionable() { "⚑" } else { "·" },
            f.code,
            f.message
        ));
    }
    out
}

fn csv_grid(all: &[Coverage]) -> Grid {
    let mut headers = vec!["account".to_string(), "name".to_string()];
    headers.extend(Role::ALL.iter().map(|r| r.to_string()));
    headers.extend(["engaged_90d", "functions", "flags"].map(String::from));
    let mut g = Grid::new(headers);
    for c in all {
        let mut row = vec![c.account.clone(), c.name.clone()];
        row.extend(c.roles.iter().map(|r| {
            r.holders
                .iter()
                .map(|p| p.stakeholder.as_str())
                .collect::<Vec<_>>()
                .join(";")
        }));
        row.push(c.engaged.len().to_string());
        row.push(
            c.mesh
                .iter()
                .map(|t| t.function.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        );
        row.push(
            c.findings
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        );
        g.push(row);
    }
    g
}

pub fn write(
    out: &mut dyn Write,
    all: &[Coverage],
    format: Format,
    width: usize,
) -> io::Result<()> {
    match format {
        Format::Json => write_json(out, all)?,
        Format::Csv => write_grid(out, &csv_grid(all), Format::Csv, width)?,
        Format::Table => {
            for c in all {
                super::account_heading(out, format, &c.name, &c.account, width)?;
                write_grid(out, &roles_grid(c), Format::Table, width)?;
                if !c.mesh.is_empty() {
                    write_grid(out, &mesh_grid(c), Format::Table, width)?;
                }
                for line in lines(c) {
                    super::table::paragraph(out, &line, width)?;
                }
                writeln!(out)?;
            }
        }
        Format::Markdown => {
            for c in all {
                super::account_heading(out, format, &c.name, &c.account, width)?;
                write_grid(out, &roles_grid(c), Format::Markdown, width)?;
                if !c.mesh.is_empty() {
                    writeln!(out)?;
                    write_grid(out, &mesh_grid(c), Format::Markdown, width)?;
                }
                writeln!(out)?;
                for line in lines(c) {
                    writeln!(out, "- {}", markdown::text(&line))?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}
