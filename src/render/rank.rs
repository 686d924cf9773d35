//! The ranking: terminal, JSON, CSV and Markdown; `--explain` adds every
//! input of each score.

use std::io::{self, Write};

use super::grid::Grid;
use super::{
    OutputFormat, Render, RenderCtx, Supported, TABULAR, markdown, sanitize, write_grid, write_json,
};
use crate::analysis::rank::Ranked;
use crate::i18n::text;
use crate::model::Lang;

/// One row per account: the table's columns (in `lang`), plus the
/// account's name for CSV (where a spreadsheet has no other way to show
/// it; CSV is English).
fn summary(ranked: &[Ranked], with_name: bool, lang: Lang) -> Grid {
    let mut headers = vec![text(lang, "rank-rank"), text(lang, "rank-account")];
    if with_name {
        headers.push("name".into());
    }
    headers.extend([
        text(lang, "rank-score"),
        text(lang, "rank-commercial"),
        text(lang, "rank-relationship"),
        text(lang, "rank-timing"),
    ]);
    headers.push(if with_name {
        "reasons".into()
    } else {
        text(lang, "rank-reasons")
    });
    let mut g = Grid::new(headers).in_lang(lang);
    let separator = match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    };
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
            r.said
                .iter()
                .map(|m| m.render(lang))
                .collect::<Vec<_>>()
                .join(separator),
        ]);
        g.push(row);
    }
    g
}

fn explain_grid(r: &Ranked, lang: Lang) -> Grid {
    let (points, of) = (text(lang, "rank-points"), text(lang, "rank-of-max"));
    let mut g = Grid::new([
        text(lang, "rank-part"),
        text(lang, "rank-input"),
        text(lang, "rank-value"),
        points.clone(),
        of.clone(),
        text(lang, "rank-effect"),
    ])
    .optional(&[of.as_str(), points.as_str()])
    .in_lang(lang);
    for i in &r.inputs {
        let part = match i.part {
            crate::analysis::rank::Part::Commercial => text(lang, "rank-commercial"),
            crate::analysis::rank::Part::Relationship => text(lang, "rank-relationship"),
            crate::analysis::rank::Part::Timing => text(lang, "rank-timing"),
        };
        g.push(vec![
            part,
            i.name_in(lang),
            i.value_in(lang),
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
                    i.value_in(Lang::En),
                    format!("{:.1}", i.points),
                    format!("{:.0}", i.max),
                    format!("{:.1}", i.effect),
                ]);
            }
        }
        return g;
    }
    summary(ranked, true, Lang::En)
}

/// The ranking, with each input's points under `--explain`.
#[derive(Debug)]
pub struct Ranking {
    pub ranked: Vec<Ranked>,
    pub explain: bool,
}

impl Render for Ranking {
    const FORMATS: &'static [Supported] = TABULAR;

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (ranked, explain, width, lang) = (&self.ranked[..], self.explain, ctx.width, ctx.lang);

        match format {
            OutputFormat::Json => write_json(out, ranked)?,
            OutputFormat::Csv => {
                write_grid(out, &csv_rows(ranked, explain), OutputFormat::Csv, width)?
            }
            OutputFormat::Markdown => {
                write_grid(
                    out,
                    &summary(ranked, false, lang),
                    OutputFormat::Markdown,
                    width,
                )?;
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
                        write_grid(out, &explain_grid(r, lang), OutputFormat::Markdown, width)?;
                    }
                }
            }
            _ => {
                if ranked.is_empty() {
                    writeln!(out, "{}", text(lang, "rank-nothing"))?;
                } else {
                    write_grid(
                        out,
                        &summary(ranked, false, lang),
                        OutputFormat::Table,
                        width,
                    )?;
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
                        write_grid(out, &explain_grid(r, lang), OutputFormat::Table, width)?;
                    }
                }
            }
        }
        Ok(())
    }
}
