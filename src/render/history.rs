//! The history of changes: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{OutputFormat, Render, RenderCtx, Supported, TABULAR, write_grid, write_json};
use crate::analysis::history::Event;
use crate::i18n::text;
use crate::model::Lang;

fn grid(events: &[Event], human: bool, lang: Lang) -> Grid {
    let mut g = if human {
        let (commit, author) = (text(lang, "history-commit"), text(lang, "history-author"));
        Grid::new([
            text(lang, "history-date"),
            commit.clone(),
            author.clone(),
            text(lang, "history-account"),
            text(lang, "history-change"),
        ])
        .optional(&[commit.as_str(), author.as_str()])
        .in_lang(lang)
    } else {
        Grid::new([
            "date",
            "commit",
            "author",
            "account",
            "file",
            "kind",
            "stakeholder",
            "column",
            "old",
            "new",
            "direction",
            "message",
        ])
    };
    let opt = |v: Option<String>| v.unwrap_or_default();
    for e in events {
        if human {
            g.push(vec![
                e.date.to_string(),
                e.commit.chars().take(7).collect(),
                e.author.clone(),
                e.account.clone(),
                e.message_in(lang),
            ]);
        } else {
            let moved = e.change.stance_move();
            g.push(vec![
                e.date.to_string(),
                e.commit.clone(),
                e.author.clone(),
                e.account.clone(),
                e.file.clone(),
                e.kind().as_str().to_string(),
                opt(e.change.stakeholder().map(str::to_string)),
                opt(moved.map(|m| m.0.to_string())),
                opt(moved.map(|m| m.1.to_string())),
                opt(moved.map(|m| m.2.to_string())),
                opt(moved.map(|m| m.3.to_string())),
                e.message.render(Lang::En),
            ]);
        }
    }
    g
}

impl Render for [Event] {
    const FORMATS: &'static [Supported] = TABULAR;

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (events, width, lang) = (self, ctx.width, ctx.lang);

        match format {
            OutputFormat::Json => write_json(out, events),
            OutputFormat::Csv => write_grid(out, &grid(events, false, Lang::En), format, width),
            OutputFormat::Table if events.is_empty() => {
                writeln!(out, "{}", text(lang, "history-none"))
            }
            OutputFormat::Markdown if events.is_empty() => {
                writeln!(out, "{}", text(lang, "history-none-sentence"))
            }
            _ => write_grid(out, &grid(events, true, lang), format, width),
        }
    }
}
