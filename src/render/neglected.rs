//! The neglected list: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{Format, write_grid, write_json};
use crate::analysis::neglect::Neglected;

fn grid(list: &[Neglected], human: bool) -> Grid {
    let mut g = if human {
        Grid::new([
            "account",
            "stakeholder",
            "stance",
            "last contact",
            "days / limit",
            "reason",
            "what to do",
        ])
        .optional(&["last contact", "stance"])
    } else {
        Grid::new([
            "account",
            "stakeholder",
            "name",
            "stance",
            "reason",
            "last_contact",
            "days_since",
            "cadence_days",
            "message",
            "action",
        ])
    };
    let opt = |v: Option<i64>| v.map(|d| d.to_string()).unwrap_or_default();
    for n in list {
        let f = &n.finding;
        if human {
            g.push(vec![
                f.account.clone(),
                format!("{} ({})", n.name, n.stakeholder()),
                n.stance.to_string(),
                n.last_contact
                    .map_or_else(|| "never".to_string(), |d| d.to_string()),
                format!(
                    "{} / {}",
                    n.days_since.map_or("-".into(), |d| d.to_string()),
                    opt(n.cadence_days)
                ),
                f.code.to_string(),
                f.action.clone(),
            ]);
        } else {
            g.push(vec![
                f.account.clone(),
                n.stakeholder().to_string(),
                n.name.clone(),
                n.stance.to_string(),
                f.code.to_string(),
                n.last_contact.map(|d| d.to_string()).unwrap_or_default(),
                opt(n.days_since),
                opt(n.cadence_days),
                f.message.clone(),
                f.action.clone(),
            ]);
        }
    }
    g
}

pub fn write(
    out: &mut dyn Write,
    list: &[Neglected],
    format: Format,
    width: usize,
) -> io::Result<()> {
    match format {
        Format::Json => write_json(out, list),
        Format::Csv => write_grid(out, &grid(list, false), format, width),
        Format::Table if list.is_empty() => writeln!(out, "no neglected relationships"),
        Format::Markdown if list.is_empty() => writeln!(out, "No neglected relationships."),
        Format::Table | Format::Markdown => write_grid(out, &grid(list, true), format, width),
    }
}
