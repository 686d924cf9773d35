//! The positioning table (关系定位表): terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use clap::ValueEnum;

use super::grid::Grid;
use super::{Format, markdown};
use crate::analysis::positioning::{self, Counts, Table};
use crate::model::{RelationshipStage, Stance};

/// How the tables are drawn.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Our company's name, the header of the `us` column.
    pub company: &'a str,
    pub symbols: Symbols,
    pub width: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Symbols {
    /// English words: mentor, supporter, neutral, opponent, unknown.
    En,
    /// 帮 支 中 反 不, as the table is drawn on paper in the field.
    Zh,
}

impl Symbols {
    pub fn stance(self, s: Stance) -> &'static str {
        match self {
            Symbols::En => s.as_str(),
            Symbols::Zh => s.alias().unwrap_or(s.as_str()),
        }
    }

    /// A relationship stage: `trust`, or 信任.
    pub fn stage(self, s: Option<RelationshipStage>) -> &'static str {
        match (self, s) {
            (_, None) => "",
            (Symbols::En, Some(s)) => s.as_str(),
            (Symbols::Zh, Some(s)) => s.alias().unwrap_or(s.as_str()),
        }
    }
}

fn grid(t: &Table, company: &str, symbols: Symbols) -> Grid {
    let mut headers = vec![
        "name".to_string(),
        "title".into(),
        "level".into(),
        "roles".into(),
        "stage".into(),
    ];
    headers.extend(t.columns.iter().map(|c| column_header(c, company)));
    let mut grid = Grid::new(headers).optional(&["title", "stage", "roles", "level"]);
    for r in &t.rows {
        let mut name = r.name.clone();
        if let Some(left) = &r.left {
            name.push_str(&format!(" (left {left})"));
        }
        let mut row = vec![
            name,
            r.title.clone().unwrap_or_default(),
            r.level.to_string(),
            roles(r, ", "),
            symbols.stage(r.stage).to_string(),
        ];
        row.extend(
            r.stance
                .0
                .iter()
                .map(|(_, s)| symbols.stance(*s).to_string()),
        );
        grid.push(row);
    }
    grid
}

fn counts_line(c: &Counts, company: &str, symbols: Symbols) -> String {
    let parts = [
        (Stance::Mentor, c.mentor),
        (Stance::Supporter, c.supporter),
        (Stance::Neutral, c.neutral),
        (Stance::Opponent, c.opponent),
        (Stance::Unknown, c.unknown),
    ]
    .iter()
    .map(|(s, n)| format!("{} {n}", symbols.stance(*s)))
    .collect::<Vec<_>>()
    .join(" · ");
    format!("toward {company}: {parts}")
}

fn find_out_line(t: &Table) -> Option<String> {
    if t.find_out.is_empty() {
        return None;
    }
    let people: Vec<String> = t
        .find_out
        .iter()
        .map(|f| format!("{} ({})", f.name, f.because.join(", ")))
        .collect();
    Some(format!("find out where they stand: {}", people.join("; ")))
}

fn roles(r: &positioning::Row, separator: &str) -> String {
    r.roles
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

/// The stance column's header: our company's name for `us`.
fn column_header(column: &str, company: &str) -> String {
    if column == crate::model::US {
        company.to_string()
    } else {
        column.to_string()
    }
}

const LEGEND: &str = "帮 mentor · 支 supporter · 中 neutral · 反 opponent · 不 unknown";

pub fn write(
    out: &mut dyn Write,
    tables: &[Table],
    format: Format,
    opts: &Options,
) -> io::Result<()> {
    let (company, symbols) = (opts.company, opts.symbols);
    match format {
        Format::Json => super::write_json(out, tables)?,
        Format::Csv => {
            let mut g = Grid::new([
                "account",
                "stakeholder",
                "name",
                "title",
                "level",
                "roles",
                "stage",
                "vendor",
                "stance",
            ]);
            for t in tables {
                for r in &t.rows {
                    for (column, stance) in &r.stance.0 {
                        g.push(vec![
                            t.account.clone(),
                            r.stakeholder.clone(),
                            r.name.clone(),
                            r.title.clone().unwrap_or_default(),
                            r.level.to_string(),
                            roles(r, ";"),
                            symbols.stage(r.stage).to_string(),
                            column_header(column, company),
                            symbols.stance(*stance).to_string(),
                        ]);
                    }
                }
            }
            super::write_grid(out, &g, Format::Csv, opts.width)?;
        }
        Format::Table => {
            for t in tables {
                super::account_heading(out, format, &t.name, &t.account, opts.width)?;
                super::write_grid(out, &grid(t, company, symbols), Format::Table, opts.width)?;
                let counts = counts_line(&t.counts, company, symbols);
                super::table::paragraph(out, &counts, opts.width)?;
                if let Some(line) = find_out_line(t) {
                    super::table::paragraph(out, &line, opts.width)?;
                }
                writeln!(out)?;
            }
            if symbols == Symbols::Zh && !tables.is_empty() {
                super::table::paragraph(out, LEGEND, opts.width)?;
            }
            if tables.is_empty() {
                writeln!(out, "no accounts to show")?;
            }
        }
        Format::Markdown => {
            for t in tables {
                super::account_heading(out, format, &t.name, &t.account, opts.width)?;
                super::write_grid(
                    out,
                    &grid(t, company, symbols),
                    Format::Markdown,
                    opts.width,
                )?;
                writeln!(
                    out,
                    "\n{}",
                    markdown::text(&counts_line(&t.counts, company, symbols))
                )?;
                if let Some(line) = find_out_line(t) {
                    writeln!(out, "\n{}", markdown::text(&line))?;
                }
                writeln!(out)?;
            }
            if symbols == Symbols::Zh && !tables.is_empty() {
                writeln!(out, "{LEGEND}")?;
            }
        }
    }
    Ok(())
}
