//! `guanxi neglected`: relationships going cold (DOMAIN.md §4).

use std::io::{self, Write};

use super::GlobalArgs;
use super::common::{self, Common, Format};
use crate::analysis::neglect::{self, Finding};
use crate::render::grid::Grid;

/// List the people the team is neglecting, most serious first (DOMAIN.md §4).
///
/// Reasons, in order of severity:
///   unanswered-help  they asked for help (help-requested) and no help-given
///                    followed within help_response_days (default 14)
///   overdue          last contact longer ago than the cadence for their
///                    stance toward us (mentor 30, supporter 60, neutral 90,
///                    opponent 180 days; a stakeholder's own cadence_days wins)
///   never-contacted  a mentor, supporter or neutral with no interaction
///
/// Only people still at the customer count; interactions after the as-of
/// date are ignored. Exit status 0 even with findings, unless --fail.
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  guanxi neglected example-accounts/
  guanxi neglected --account huadong-power --format markdown
  guanxi neglected --fail          # CI: exit 1 when anyone is neglected"
)]
pub struct Args {
    #[command(flatten)]
    pub common: Common,

    /// Exit 1 when there is any finding.
    #[arg(long)]
    pub fail: bool,
}

fn grid(findings: &[Finding], human: bool) -> Grid {
    let mut g = if human {
        Grid::new([
            "account",
            "stakeholder",
            "stance",
            "last contact",
            "days / limit",
            "reason",
            "what to do",
        ])
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
    for f in findings {
        let last = f
            .last_contact
            .map_or_else(|| "never".to_string(), |d| d.to_string());
        if human {
            g.push(vec![
                f.account.clone(),
                format!("{} ({})", f.name, f.stakeholder),
                f.stance.to_string(),
                last,
                format!(
                    "{} / {}",
                    f.days_since.map_or("-".into(), |d| d.to_string()),
                    opt(f.cadence_days)
                ),
                f.reason.as_str().to_string(),
                f.action.clone(),
            ]);
        } else {
            g.push(vec![
                f.account.clone(),
                f.stakeholder.clone(),
                f.name.clone(),
                f.stance.to_string(),
                f.reason.as_str().to_string(),
                f.last_contact.map(|d| d.to_string()).unwrap_or_default(),
                opt(f.days_since),
                opt(f.cadence_days),
                f.message.clone(),
                f.action.clone(),
            ]);
        }
    }
    g
}

pub fn run(args: &Args, global: &GlobalArgs, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match common::load(&args.common, global) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let findings = neglect::all(&loaded.ctx(), &loaded.selected(&args.common));
    match args.common.format {
        Format::Json => common::write_json(out, &findings)?,
        Format::Csv => {
            common::write_grid(out, &grid(&findings, false), Format::Csv, global.width())?
        }
        Format::Table if findings.is_empty() => writeln!(out, "no neglected relationships")?,
        Format::Markdown if findings.is_empty() => writeln!(out, "No neglected relationships.")?,
        format => common::write_grid(out, &grid(&findings, true), format, global.width())?,
    }
    Ok(loaded.exit_code(args.fail && !findings.is_empty()))
}
