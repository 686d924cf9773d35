//! The neglected list: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{FINDINGS, OutputFormat, Render, RenderCtx, Supported, write_grid, write_json};
use crate::analysis::neglect::Neglected;
use crate::i18n::{text, word};
use crate::model::Lang;

/// The table people read (`human`) in `lang`, or the one scripts read (CSV,
/// English whatever the language).
fn grid(list: &[Neglected], human: bool, lang: Lang) -> Grid {
    let mut g = if human {
        let (last, stance) = (
            text(lang, "neglect-last-contact"),
            text(lang, "neglect-stance"),
        );
        Grid::new([
            text(lang, "neglect-account"),
            text(lang, "neglect-stakeholder"),
            stance.clone(),
            last.clone(),
            text(lang, "neglect-days"),
            text(lang, "neglect-reason"),
            text(lang, "neglect-what-to-do"),
        ])
        .optional(&[last.as_str(), stance.as_str()])
        .in_lang(lang)
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
            let reason = match lang {
                Lang::En => f.code.to_string(),
                Lang::Zh => text(lang, crate::analysis::neglect::label(f.code)),
            };
            g.push(vec![
                f.account.to_string(),
                format!("{} ({})", n.name, n.stakeholder()),
                word!(lang, n.stance).to_string(),
                n.last_contact
                    .map_or_else(|| text(lang, "neglect-never"), |d| d.to_string()),
                format!(
                    "{} / {}",
                    n.days_since.map_or("-".into(), |d| d.to_string()),
                    n.cadence_days.map_or("-".into(), |d| d.to_string())
                ),
                reason,
                f.action_in(lang),
            ]);
        } else {
            g.push(vec![
                f.account.to_string(),
                n.stakeholder().to_string(),
                n.name.to_string(),
                n.stance.to_string(),
                f.code.to_string(),
                n.last_contact.map(|d| d.to_string()).unwrap_or_default(),
                opt(n.days_since),
                opt(n.cadence_days),
                f.message_in(Lang::En),
                f.action_in(Lang::En),
            ]);
        }
    }
    g
}

impl Render for [Neglected] {
    const FORMATS: &'static [Supported] = FINDINGS;

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (list, width, lang) = (self, ctx.width, ctx.lang);

        match format {
            OutputFormat::Json => write_json(out, list),
            OutputFormat::Csv => write_grid(out, &grid(list, false, Lang::En), format, width),
            OutputFormat::Table if list.is_empty() => {
                writeln!(out, "{}", text(lang, "neglect-none"))
            }
            OutputFormat::Markdown if list.is_empty() => {
                writeln!(out, "{}", text(lang, "neglect-none-sentence"))
            }
            OutputFormat::Sarif => {
                super::sarif::write_findings(out, list.iter().map(|n| &n.finding), ctx.file_of)
            }
            _ => write_grid(out, &grid(list, true, lang), format, width),
        }
    }
}
