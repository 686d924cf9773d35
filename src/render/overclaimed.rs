//! The over-claimed helpers: terminal, JSON, CSV and Markdown.

use std::io::{self, Write};

use super::grid::Grid;
use super::{Format, write_grid, write_json};
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

pub fn write(
    out: &mut dyn Write,
    findings: &[Finding],
    format: Format,
    width: usize,
    lang: Lang,
) -> io::Result<()> {
    // CSV is for scripts: English, whatever the language.
    let lang = if format == Format::Csv {
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
        Format::Json => write_json(out, findings),
        Format::Table if findings.is_empty() => writeln!(out, "{}", text(lang, "overclaim-none")),
        Format::Markdown if findings.is_empty() => {
            writeln!(out, "{}", text(lang, "overclaim-none-sentence"))
        }
        _ => write_grid(out, &grid(findings, headers, lang), format, width),
    }
}
