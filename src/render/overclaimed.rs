//! The over-claimed helpers: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{FINDINGS, OutputFormat, Render, RenderCtx, Supported, write_grid, write_json};
use crate::analysis::Finding;
use crate::i18n::text;
use crate::model::Lang;

/// The findings as rows: account, code, people, evidence, action; the
/// evidence and action in `lang` where the rule's words are in the
/// catalogue.
pub fn grid(findings: &[Finding], headers: [&str; 5], lang: Lang) -> Grid {
    let mut g = Grid::new(headers).in_lang(lang);
    let separator = crate::i18n::list_separator(lang);
    for f in findings {
        g.push(vec![
            f.account.to_string(),
            f.code.to_string(),
            f.people.join(separator),
            f.message_in(lang),
            f.action_in(lang),
        ]);
    }
    g
}

/// The over-claimed helpers: `overclaimed`'s findings.
#[derive(Debug)]
pub struct Overclaimed(pub Vec<Finding>);

impl Render for Overclaimed {
    const FORMATS: &'static [Supported] = FINDINGS;

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (findings, width, lang) = (&self.0[..], ctx.width, ctx.lang);

        // CSV is for scripts: English, whatever the language.
        let lang = if format == OutputFormat::Csv {
            Lang::En
        } else {
            lang
        };
        let headers = [
            text(lang, "overclaim-account"),
            text(lang, "overclaim-rule"),
            text(lang, "overclaim-stakeholders"),
            text(lang, "overclaim-message"),
            text(lang, "overclaim-help"),
        ];
        let headers = [0, 1, 2, 3, 4].map(|i| headers[i].as_str());
        match format {
            OutputFormat::Json => write_json(out, findings),
            OutputFormat::Table if findings.is_empty() => {
                writeln!(out, "{}", text(lang, "overclaim-none"))
            }
            OutputFormat::Markdown if findings.is_empty() => {
                writeln!(out, "{}", text(lang, "overclaim-none-sentence"))
            }
            OutputFormat::Sarif => super::sarif::write_findings(out, findings, ctx.file_of),
            _ => write_grid(out, &grid(findings, headers, lang), format, width),
        }
    }
}
