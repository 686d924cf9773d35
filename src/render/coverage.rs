//! Coverage of the buying group: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{
    FINDINGS, OutputFormat, Render, RenderCtx, Supported, markdown, write_grid, write_json,
};
use crate::analysis::ENGAGED_DAYS;
use crate::analysis::coverage::{self, Coverage};
use crate::i18n::{Arg, text, text_with, word};
use crate::model::{Lang, Role};

use crate::i18n::list_separator as separator;

fn people(p: &[coverage::Person], lang: Lang) -> String {
    p.iter()
        .map(|p| match lang {
            Lang::En => format!("{} ({})", p.name, p.stance),
            Lang::Zh => format!("{}（{}）", p.name, word!(lang, p.stance)),
        })
        .collect::<Vec<_>>()
        .join(separator(lang))
}

fn roles_grid(c: &Coverage, lang: Lang) -> Grid {
    let mut g =
        Grid::new([text(lang, "coverage-role"), text(lang, "coverage-held-by")]).in_lang(lang);
    for r in &c.roles {
        let holders = if r.holders.is_empty() {
            text(lang, "coverage-nobody")
        } else {
            people(&r.holders, lang)
        };
        g.push(vec![word!(lang, r.role).to_string(), holders]);
    }
    g
}

fn mesh_grid(c: &Coverage, lang: Lang) -> Grid {
    let departments = text(lang, "coverage-their-departments");
    let mut g = Grid::new([
        text(lang, "coverage-our-function"),
        text(lang, "coverage-our-people"),
        text(lang, "coverage-their-levels"),
        departments.clone(),
    ])
    .optional(&[departments.as_str()])
    .in_lang(lang);
    for t in &c.mesh {
        let function = match lang {
            Lang::En => t.function.clone(),
            Lang::Zh => text(lang, crate::analysis::finding::function_key(&t.function)),
        };
        g.push(vec![
            function,
            t.ours.join(separator(lang)),
            t.levels
                .iter()
                .map(|l| word!(lang, *l))
                .collect::<Vec<_>>()
                .join(separator(lang)),
            t.departments.join(separator(lang)),
        ]);
    }
    g
}

fn lines(c: &Coverage, lang: Lang) -> Vec<String> {
    let engaged = if c.engaged.is_empty() {
        text(lang, "coverage-engaged-nobody")
    } else {
        people(&c.engaged, lang)
    };
    let mut out = vec![text_with(
        lang,
        "coverage-engaged",
        &[
            ("days", Arg::Number(ENGAGED_DAYS as usize)),
            ("count", Arg::Number(c.engaged.len())),
            ("people", Arg::Text(&engaged)),
        ],
    )];
    for f in &c.findings {
        out.push(format!(
            "{} {}: {}",
            if f.is_actionable() { "⚑" } else { "·" },
            f.code,
            f.message_in(lang)
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

impl Render for [Coverage] {
    const FORMATS: &'static [Supported] = FINDINGS;

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (all, width, lang) = (self, ctx.width, ctx.lang);

        match format {
            OutputFormat::Json => write_json(out, all)?,
            OutputFormat::Csv => write_grid(out, &csv_grid(all), OutputFormat::Csv, width)?,
            OutputFormat::Sarif => super::sarif::write_findings(
                out,
                all.iter().flat_map(|c| &c.findings),
                ctx.file_of,
            )?,
            OutputFormat::Markdown => {
                for c in all {
                    super::account_heading(out, format, &c.name, &c.account, width)?;
                    write_grid(out, &roles_grid(c, lang), OutputFormat::Markdown, width)?;
                    if !c.mesh.is_empty() {
                        writeln!(out)?;
                        write_grid(out, &mesh_grid(c, lang), OutputFormat::Markdown, width)?;
                    }
                    writeln!(out)?;
                    for line in lines(c, lang) {
                        writeln!(out, "- {}", markdown::text(&line))?;
                    }
                    writeln!(out)?;
                }
            }
            _ => {
                for c in all {
                    super::account_heading(out, format, &c.name, &c.account, width)?;
                    write_grid(out, &roles_grid(c, lang), OutputFormat::Table, width)?;
                    if !c.mesh.is_empty() {
                        write_grid(out, &mesh_grid(c, lang), OutputFormat::Table, width)?;
                    }
                    for line in lines(c, lang) {
                        super::table::paragraph(out, &line, width)?;
                    }
                    writeln!(out)?;
                }
            }
        }
        Ok(())
    }
}
