//! The agenda: terminal, JSON, Markdown, and an iCalendar file (RFC 5545)
//! with one all-day event per action.

use std::io::{self, Write};

use super::grid::Grid;
use super::{OutputFormat, Render, RenderCtx, Supported, markdown, write_grid, write_json};
use crate::analysis::agenda::Action;
use crate::i18n::text;
use crate::model::{Date, Lang};

/// A rep's coming days, as of a date (the calendar's events are stamped
/// with it).
#[derive(Debug)]
pub struct Agenda {
    pub actions: Vec<Action>,
    pub as_of: Date,
}

/// `Name (id)`, or the account itself when the action names nobody.
fn who(a: &Action, lang: Lang) -> String {
    if a.names.is_empty() {
        return "—".into();
    }
    a.names
        .iter()
        .zip(&a.finding.people)
        .map(|(n, id)| format!("{n} ({id})"))
        .collect::<Vec<_>>()
        .join(crate::i18n::list_separator(lang))
}

fn grid(actions: &[Action], lang: Lang) -> Grid {
    let why = text(lang, "agenda-why");
    let mut g = Grid::new([
        text(lang, "agenda-due"),
        text(lang, "agenda-account"),
        text(lang, "agenda-who"),
        text(lang, "agenda-what-to-do"),
        why.clone(),
    ])
    .optional(&[why.as_str()])
    .in_lang(lang);
    for a in actions {
        g.push(vec![
            a.due.to_string(),
            a.finding.account.to_string(),
            who(a, lang),
            a.finding.action_in(lang),
            a.finding.message_in(lang),
        ]);
    }
    g
}

impl Render for Agenda {
    const FORMATS: &'static [Supported] = &[
        Supported(OutputFormat::Table, "Aligned table for the terminal"),
        Supported(
            OutputFormat::Json,
            "JSON: the actions, each a finding with its due date",
        ),
        Supported(OutputFormat::Markdown, "Markdown, for chat and e-mail"),
        Supported(
            OutputFormat::Ics,
            "iCalendar: one all-day event per action on its due date; re-importing updates the events rather than adding copies",
        ),
    ];

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let (actions, lang) = (&self.actions[..], ctx.lang);
        match format {
            OutputFormat::Json => write_json(out, actions),
            OutputFormat::Ics => ics(out, actions, self.as_of, lang),
            OutputFormat::Markdown if actions.is_empty() => {
                writeln!(out, "{}", text(lang, "agenda-nothing-sentence"))
            }
            OutputFormat::Markdown => {
                for a in actions {
                    writeln!(
                        out,
                        "- **{}** {} · {}: {} ({})",
                        a.due,
                        markdown::text(&a.finding.account),
                        markdown::text(&who(a, lang)),
                        markdown::text(&a.finding.action_in(lang)),
                        markdown::text(&a.finding.message_in(lang))
                    )?;
                }
                Ok(())
            }
            _ if actions.is_empty() => writeln!(out, "{}", text(lang, "agenda-nothing")),
            _ => write_grid(out, &grid(actions, lang), OutputFormat::Table, ctx.width),
        }
    }
}

/// A TEXT value as RFC 5545 wants it: `\`, `;`, `,` escaped, newlines as
/// `\n`, other control characters left out.
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || crate::source::is_hidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded at 75 octets (never inside a character), CRLF.
fn line(out: &mut dyn Write, text: &str) -> io::Result<()> {
    let mut used = 0;
    let mut folded = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if used + c.len_utf8() > 75 {
            folded.push_str("\r\n ");
            used = 1;
        }
        folded.push(c);
        used += c.len_utf8();
    }
    write!(out, "{folded}\r\n")
}

fn ics(out: &mut dyn Write, actions: &[Action], as_of: Date, lang: Lang) -> io::Result<()> {
    let stamp = format!("{}T000000Z", as_of.0.format("%Y%m%d"));
    line(out, "BEGIN:VCALENDAR")?;
    line(out, "VERSION:2.0")?;
    line(out, "PRODID:-//guanxi//agenda//EN")?;
    line(out, "CALSCALE:GREGORIAN")?;
    for a in actions {
        let f = &a.finding;
        // The same action keeps its UID from week to week, whatever its date,
        // so a calendar updates it instead of adding a copy.
        let uid = format!("{}.{}.{}@guanxi", f.account, f.code, f.people.join("+"));
        let next = a.due.0 + chrono::Duration::days(1);
        line(out, "BEGIN:VEVENT")?;
        line(out, &format!("UID:{}", ics_text(&uid)))?;
        line(out, &format!("DTSTAMP:{stamp}"))?;
        line(
            out,
            &format!("DTSTART;VALUE=DATE:{}", a.due.0.format("%Y%m%d")),
        )?;
        line(out, &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")))?;
        line(
            out,
            &format!(
                "SUMMARY:{}",
                ics_text(&format!(
                    "{} · {}: {}",
                    f.account,
                    who(a, lang),
                    f.action_in(lang)
                ))
            ),
        )?;
        line(
            out,
            &format!("DESCRIPTION:{}", ics_text(&f.message_in(lang))),
        )?;
        line(out, &format!("CATEGORIES:{}", f.code))?;
        line(out, "TRANSP:TRANSPARENT")?;
        line(out, "END:VEVENT")?;
    }
    line(out, "END:VCALENDAR")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = Vec::new();
        line(&mut out, &format!("SUMMARY:{}", "陈丽".repeat(30))).unwrap();
        let text = String::from_utf8(out).unwrap();
        for l in text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        assert_eq!(
            text.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "陈丽".repeat(30))
        );
        assert_eq!(ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
