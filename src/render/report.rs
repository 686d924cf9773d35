//! The weekly report: Markdown (GitHub and GitLab flavour) or JSON.

use std::io::{self, Write};

use super::grid::Grid;
use super::markdown::{self, text};
use crate::analysis::history::Event;
use crate::analysis::report::{CLOSING_DAYS, Report, SOON_DAYS};

fn events(out: &mut dyn Write, title: &str, list: &[Event]) -> io::Result<()> {
    if list.is_empty() {
        return Ok(());
    }
    writeln!(out, "### {title}\n")?;
    for e in list {
        writeln!(
            out,
            "- **{}**: {} ({}, {})",
            text(&e.account),
            text(&e.message),
            e.date,
            text(&e.author)
        )?;
    }
    writeln!(out)
}

fn table(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    markdown::write(out, grid)?;
    writeln!(out)
}

/// The formats of the weekly report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Markdown for GitHub, GitLab, chat and email.
    Markdown,
    /// JSON with everything the Markdown shows.
    Json,
}

pub fn write(out: &mut dyn Write, r: &Report, format: ReportFormat) -> io::Result<()> {
    match format {
        ReportFormat::Json => super::write_json(out, r),
        ReportFormat::Markdown => markdown_report(out, r),
    }
}

fn markdown_report(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    writeln!(out, "# Weekly account report\n")?;
    writeln!(
        out,
        "As of {} · changes since {} · {} account{}\n",
        r.as_of,
        r.since,
        r.accounts,
        if r.accounts == 1 { "" } else { "s" }
    )?;

    writeln!(out, "## Portfolio ranking\n")?;
    if let Some(error) = &r.ranking_error {
        writeln!(out, "_No ranking: {}._\n", text(error))?;
    } else {
        ranking(out, r)?;
    }
    changes(out, r)?;
    rest(out, r)
}

fn ranking(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    let mut g = Grid::new([
        "#",
        "account",
        "score",
        "commercial",
        "relationship",
        "timing",
    ]);
    for row in &r.ranking {
        g.push(vec![
            row.rank.to_string(),
            format!("{} ({})", row.name, row.account),
            format!("{:.1}", row.score),
            format!("{:.1}", row.parts.commercial),
            format!("{:.1}", row.parts.relationship),
            format!("{:.1}", row.parts.timing),
        ]);
    }
    table(out, &g)
}

fn changes(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    writeln!(out, "## What changed since {}\n", r.since)?;
    let c = &r.changes;
    if !c.available {
        writeln!(
            out,
            "_{}_\n",
            text(c.note.as_deref().unwrap_or("no history"))
        )?;
    } else {
        let nothing = c.toward_us.is_empty()
            && c.away_from_us.is_empty()
            && c.joined.is_empty()
            && c.left.is_empty()
            && c.logged.is_empty()
            && c.other_moves.is_empty();
        if nothing {
            writeln!(out, "No changes to the account files in this period.\n")?;
        }
        events(out, "Moves toward us", &c.toward_us)?;
        events(out, "Moves away from us", &c.away_from_us)?;
        events(out, "Other changes", &c.other_moves)?;
        events(out, "People who joined", &c.joined)?;
        events(out, "People who left", &c.left)?;
        if !c.logged.is_empty() {
            writeln!(out, "### Interactions logged\n")?;
            let mut g = Grid::new([
                "our person",
                "interactions",
                "value-adding",
                "entertainment",
                "value-adding share",
            ]);
            for p in &c.logged {
                let rated = p.value_adding + p.entertainment;
                g.push(vec![
                    p.person.clone(),
                    p.interactions.to_string(),
                    p.value_adding.to_string(),
                    p.entertainment.to_string(),
                    if rated == 0 {
                        "—".into()
                    } else {
                        format!("{:.0}%", 100.0 * p.value_adding as f64 / rated as f64)
                    },
                ]);
            }
            table(out, &g)?;
        }
        events(out, "Files that did not parse", &c.unparseable)?;
    }
    Ok(())
}

fn rest(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    writeln!(out, "## Neglected relationships\n")?;
    if r.neglected.is_empty() {
        writeln!(out, "Nobody.\n")?;
    } else {
        let mut g = Grid::new([
            "account",
            "stakeholder",
            "stance",
            "reason",
            "what happened and what to do",
        ]);
        for n in &r.neglected {
            g.push(vec![
                n.finding.account.clone(),
                format!("{} ({})", n.name, n.stakeholder()),
                n.stance.to_string(),
                n.finding.code.to_string(),
                n.finding.message.clone(),
            ]);
        }
        table(out, &g)?;
    }

    writeln!(out, "## Over-claimed helpers\n")?;
    if r.overclaimed.is_empty() {
        writeln!(out, "None.\n")?;
    } else {
        let headers = ["account", "rule", "who", "evidence", "what to do"];
        table(out, &super::overclaimed::grid(&r.overclaimed, headers))?;
    }

    writeln!(out, "## Coverage gaps\n")?;
    if r.coverage_gaps.is_empty() {
        writeln!(out, "None.\n")?;
    } else {
        for gap in &r.coverage_gaps {
            writeln!(
                out,
                "- **{}** {}: {}",
                text(&gap.account),
                gap.code,
                text(&gap.message)
            )?;
        }
        writeln!(out)?;
    }

    writeln!(
        out,
        "## Opportunities closing in the next {CLOSING_DAYS} days\n"
    )?;
    if r.closing.is_empty() {
        writeln!(out, "None.\n")?;
    } else {
        let mut g = Grid::new(["close", "in", "account", "opportunity", "stage", "value"]);
        for o in &r.closing {
            g.push(vec![
                o.close.to_string(),
                format!(
                    "{} days{}",
                    o.days,
                    if o.days <= SOON_DAYS { " ⚑" } else { "" }
                ),
                o.account.clone(),
                o.opportunity.clone(),
                o.stage.map(|s| s.to_string()).unwrap_or_default(),
                o.value.map(|v| format!("{v:.0}")).unwrap_or_default(),
            ]);
        }
        table(out, &g)?;
    }

    writeln!(out, "## Find out where they stand\n")?;
    if r.find_out.is_empty() {
        writeln!(out, "Everyone who matters has a known stance.\n")?;
    } else {
        for f in &r.find_out {
            writeln!(
                out,
                "- **{}**: {} ({}), {}",
                text(&f.account),
                text(&f.name),
                text(&f.stakeholder),
                text(&f.because.join(", "))
            )?;
        }
        writeln!(out)?;
    }

    if !r.maps.is_empty() {
        writeln!(out, "## Relationship maps\n")?;
        for m in &r.maps {
            writeln!(out, "### {} ({})\n", text(&m.name), text(&m.account))?;
            writeln!(out, "```mermaid\n{}```\n", super::mermaid::map(m))?;
        }
    }
    Ok(())
}
