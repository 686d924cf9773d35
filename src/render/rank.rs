//! The ranking: terminal, JSON, CSV and Markdown; `--explain` adds every
//! input of each score.

use std::io::{self, Write};

use super::grid::Grid;
use super::{Format, markdown, sanitize, write_grid, write_json};
use crate::analysis::rank::Ranked;

/// One row per account: the table's columns, plus the account's name for
/// CSV (where a spreadsheet has no other way to show it).
fn summary(ranked: &[Ranked], with_name: bool) -> Grid {
    let mut headers = vec!["rank", "account"];
    if with_name {
        headers.push("name");
    }
    headers.extend(["score", "commercial", "relationship", "timing"]);
    headers.push(if with_name {
        "reasons"
    } else {
        "biggest lift / drag"
    });
    let mut g = Grid::new(headers);
    for r in ranked {
        let mut row = vec![r.rank.to_string(), r.account.clone()];
        if with_name {
            row.push(r.name.clone());
        }
        row.extend([
            format!("{:.1}", r.score),
            format!("{:.1}", r.parts.commercial),
            format!("{:.1}", r.parts.relationship),
            format!("{:.1}", r.parts.timing),
            r.reasons.join("; "),
        ]);
        g.push(row);
    }
    g
}

fn explain_grid(r: &Ranked) -> Grid {
    let mut g = Grid::new(["part", "input", "value", "points", "of", "effect on score"])
        .optional(&["of", "points"]);
    for i in &r.inputs {
        g.push(vec![
            i.part.to_string(),
            i.name.to_string(),
            i.value.clone(),
            format!("{:.1}", i.points),
            format!("{:.0}", i.max),
            format!("{:+.1}", i.effect),
        ]);
    }
    g
}

fn csv_rows(ranked: &[Ranked], explain: bool) -> Grid {
    if explain {
        let mut g = Grid::new([
            "rank", "account", "part", "input", "value", "points", "max", "effect",
        ]);
        for r in ranked {
            for i in &r.inputs {
                g.push(vec![
                    r.rank.to_string(),
                    r.account.clone(),
                    i.part.to_string(),
                    i.name.to_string(),
                    i.value.clone(),
                    format!("{:.1}", i.points),
                    format!("{:.0}", i.max),
                    format!("{:.1}", i.effect),
                ]);
            }
        }
        return g;
    }
    summary(ranked, true)
}

pub fn write(
    out: &mut dyn Write,
    ranked: &[Ranked],
    format: Format,
    explain: bool,
    width: usize,
) -> io::Result<()> {
    match format {
        Format::Json => write_json(out, ranked)?,
        Format::Csv => write_grid(out, &csv_rows(ranked, explain), Format::Csv, width)?,
        Format::Table => {
            if ranked.is_empty() {
                writeln!(out, "no accounts to rank")?;
            } else {
                write_grid(out, &summary(ranked, false), Format::Table, width)?;
            }
            if explain {
                for r in ranked {
                    writeln!(
                        out,
                        "\n{}. {} ({}): {:.1}",
                        r.rank,
                        sanitize::terminal(&r.name, false),
                        sanitize::terminal(&r.account, false),
                        r.score
                    )?;
                    write_grid(out, &explain_grid(r), Format::Table, width)?;
                }
            }
        }
        Format::Markdown => {
            write_grid(out, &summary(ranked, false), Format::Markdown, width)?;
            if explain {
                for r in ranked {
                    writeln!(
                        out,
                        "\n### {}. {} (`{}`): {:.1}\n",
                        r.rank,
                        markdown::text(&r.name),
                        markdown::text(&r.account),
                        r.score
                    )?;
                    write_grid(out, &explain_grid(r), Format::Markdown, width)?;
                }
            }
        }
    }
    Ok(())
}
