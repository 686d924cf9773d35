//! The positioning table (关系定位表): terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use clap::ValueEnum;

use super::grid::Grid;
use super::{OutputFormat, Render, RenderCtx, Supported, markdown};
use crate::analysis::positioning::{self, Counts, Table};
use crate::i18n::{Arg, text, text_with, word};
use crate::model::{Lang, RelationshipStage, Stance};

/// How the tables are drawn.
/// The positioning tables as they are written.
#[derive(Debug)]
pub struct Positioning {
    pub tables: Vec<Table>,
    /// Our company's name, the header of the `us` column.
    pub company: String,
    /// How stances are written in tables, CSV and Markdown (JSON is always
    /// English).
    pub symbols: Symbols,
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

fn grid(t: &Table, company: &str, symbols: Symbols, lang: Lang) -> Grid {
    let (name, title, level, roles_header, stage) = (
        text(lang, "positioning-name"),
        text(lang, "positioning-title"),
        text(lang, "positioning-level"),
        text(lang, "positioning-roles"),
        text(lang, "positioning-stage"),
    );
    // The columns left out first when the terminal is narrow.
    let optional = [&title, &stage, &roles_header, &level].map(String::as_str);
    let mut headers = vec![
        name.clone(),
        title.clone(),
        level.clone(),
        roles_header.clone(),
        stage.clone(),
    ];
    headers.extend(t.columns.iter().map(|c| column_header(c, company)));
    let mut grid = Grid::new(headers).optional(&optional).in_lang(lang);
    for r in &t.rows {
        let name = match &r.left {
            Some(left) => text_with(
                lang,
                "positioning-left",
                &[
                    ("name", Arg::Text(&r.name)),
                    ("date", Arg::Text(&left.to_string())),
                ],
            ),
            None => r.name.to_string(),
        };
        let mut row = vec![
            name,
            r.title.as_deref().unwrap_or_default().to_string(),
            word!(lang, r.level).to_string(),
            roles(r, lang),
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

fn counts_line(c: &Counts, company: &str, symbols: Symbols, lang: Lang) -> String {
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
    text_with(
        lang,
        "positioning-counts",
        &[
            ("company", Arg::Text(company)),
            ("parts", Arg::Text(&parts)),
        ],
    )
}

fn find_out_line(t: &Table, lang: Lang) -> Option<String> {
    if t.find_out.is_empty() {
        return None;
    }
    let reason = |b: &positioning::Reason| b.word().render(lang);
    let comma = crate::i18n::list_separator(lang);
    let semicolon = match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    };
    let people: Vec<String> = t
        .find_out
        .iter()
        .map(|f| {
            let why: Vec<String> = f.because.iter().map(reason).collect();
            match lang {
                Lang::En => format!("{} ({})", f.name, why.join(comma)),
                Lang::Zh => format!("{}（{}）", f.name, why.join(comma)),
            }
        })
        .collect();
    Some(text_with(
        lang,
        "positioning-find-out",
        &[("people", Arg::Text(&people.join(semicolon)))],
    ))
}

/// A row's roles in `lang`, for tables and Markdown.
fn roles(r: &positioning::Row, lang: Lang) -> String {
    let separator = crate::i18n::list_separator(lang);
    r.roles
        .iter()
        .map(|role| word!(lang, *role))
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

impl Render for Positioning {
    const FORMATS: &'static [Supported] = super::TABULAR;

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (tables, company, symbols, lang) = (
            &self.tables[..],
            self.company.as_str(),
            self.symbols,
            ctx.lang,
        );
        match format {
            OutputFormat::Json => super::write_json(out, tables)?,
            OutputFormat::Csv => {
                let g = csv_grid(tables, company, symbols);
                super::write_grid(out, &g, OutputFormat::Csv, ctx.width)?;
            }
            OutputFormat::Markdown => {
                for t in tables {
                    super::account_heading(out, format, &t.name, &t.account, ctx.width)?;
                    super::write_grid(
                        out,
                        &grid(t, company, symbols, lang),
                        OutputFormat::Markdown,
                        ctx.width,
                    )?;
                    writeln!(
                        out,
                        "\n{}",
                        markdown::text(&counts_line(&t.counts, company, symbols, lang))
                    )?;
                    if let Some(line) = find_out_line(t, lang) {
                        writeln!(out, "\n{}", markdown::text(&line))?;
                    }
                    writeln!(out)?;
                }
                if symbols == Symbols::Zh && !tables.is_empty() {
                    writeln!(out, "{}", text(lang, "positioning-legend"))?;
                }
            }
            _ => {
                for t in tables {
                    super::account_heading(out, format, &t.name, &t.account, ctx.width)?;
                    super::write_grid(
                        out,
                        &grid(t, company, symbols, lang),
                        OutputFormat::Table,
                        ctx.width,
                    )?;
                    let counts = counts_line(&t.counts, company, symbols, lang);
                    super::table::paragraph(out, &counts, ctx.width)?;
                    if let Some(line) = find_out_line(t, lang) {
                        super::table::paragraph(out, &line, ctx.width)?;
                    }
                    writeln!(out)?;
                }
                if symbols == Symbols::Zh && !tables.is_empty() {
                    super::table::paragraph(out, &text(lang, "positioning-legend"), ctx.width)?;
                }
                if tables.is_empty() {
                    writeln!(out, "{}", text(lang, "positioning-none"))?;
                }
            }
        }
        Ok(())
    }
}

/// One row per person and vendor, for a spreadsheet.
fn csv_grid(tables: &[Table], company: &str, symbols: Symbols) -> Grid {
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
                    r.stakeholder.to_string(),
                    r.name.to_string(),
                    r.title.as_deref().unwrap_or_default().to_string(),
                    r.level.to_string(),
                    r.roles
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(";"),
                    symbols.stage(r.stage).to_string(),
                    column_header(column, company),
                    symbols.stance(*stance).to_string(),
                ]);
            }
        }
    }
    g
}
