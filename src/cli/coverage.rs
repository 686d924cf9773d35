//! `guanxi coverage`: the buying group, the mesh, and bypasses (DOMAIN.md §5, §6).

use std::io::{self, Write};

use super::GlobalArgs;
use super::common::{self, Common, Format};
use crate::analysis::coverage::{self, Coverage};
use crate::render::grid::Grid;
use crate::render::{markdown, sanitize};

/// Show each account's coverage of the buying group (DOMAIN.md §5, §6).
///
/// Per account: the six buying roles (initiator, technical, user, coach,
/// advisor, decider) with who holds each and their stance toward us; people
/// engaged in the last 90 days; which of our team functions meet which of
/// their levels and departments; and flags:
///   no-decider, no-coach  the red flags among missing roles
///   missing-role          another role nobody holds (listed, not failing)
///   thin-engagement       fewer than 3 engaged contacts in 90 days
///   single-threaded       one person on our side, or one contact on theirs
///   bypass                an executive decider met while none of the middle
///                         managers reporting to them was engaged in the 90
///                         days before
/// With --fail, exit 1 when any flag other than missing-role is raised.
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  guanxi coverage example-accounts/
  guanxi coverage --account qingshan-steel --format markdown
  guanxi coverage --format csv > coverage.csv"
)]
pub struct Args {
    #[command(flatten)]
    pub common: Common,

    /// Exit 1 when any red flag is raised.
    #[arg(long)]
    pub fail: bool,
}

fn people(p: &[coverage::Person]) -> String {
    p.iter()
        .map(|p| format!("{} ({})", p.name, p.stance))
        .collect::<Vec<_>>()
        .join(", ")
}

fn roles_grid(c: &Coverage) -> Grid {
    let mut g = Grid::new(["role", "held by (stance toward us)"]);
    for r in &c.roles {
        let holders = if r.holders.is_empty() {
            "— nobody".to_string()
        } else {
            people(&r.holders)
        };
        g.push(vec![r.role.to_string(), holders]);
    }
    g
}

fn mesh_grid(c: &Coverage) -> Grid {
    let mut g = Grid::new([
        "our function",
        "our people",
        "their levels",
        "their departments",
    ]);
    for t in &c.mesh {
        g.push(vec![
            t.function.clone(),
            t.ours.join(", "),
            t.levels
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            t.departments.join(", "),
        ]);
    }
    g
}

fn lines(c: &Coverage) -> Vec<String> {
    let mut out = vec![format!(
        "engaged in the last 90 days ({}): {}",
        c.engaged.len(),
        if c.engaged.is_empty() {
            "nobody".to_string()
        } else {
            people(&c.engaged)
        }
    )];
    for f in &c.flags {
        out.push(format!(
            "{} {}: {}",
            if f.kind.is_red() { "⚑" } else { "·" },
            f.kind.as_str(),
            f.message
        ));
    }
    out
}

fn csv_grid(all: &[Coverage]) -> Grid {
    let mut headers = vec!["account".to_string(), "name".to_string()];
    headers.extend(coverage_roles(all));
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
            c.flags
                .iter()
                .map(|f| f.kind.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        );
        g.push(row);
    }
    g
}

fn coverage_roles(all: &[Coverage]) -> Vec<String> {
    all.first()
        .map(|c| c.roles.iter().map(|r| r.role.to_string()).collect())
        .unwrap_or_else(|| {
            [
                "initiator",
                "technical",
                "user",
                "coach",
                "advisor",
                "decider",
            ]
            .map(String::from)
            .to_vec()
        })
}

pub fn run(args: &Args, global: &GlobalArgs, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match common::load(&args.common, global) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let ctx = loaded.ctx();
    let all: Vec<Coverage> = loaded
        .selected(&args.common)
        .into_iter()
        .map(|a| coverage::account(&ctx, a))
        .collect();
    let width = global.width();
    match args.common.format {
        Format::Json => common::write_json(out, &all)?,
        Format::Csv => common::write_grid(out, &csv_grid(&all), Format::Csv, width)?,
        Format::Table => {
            for c in &all {
                writeln!(
                    out,
                    "{} ({})",
                    sanitize::terminal(&c.name, false),
                    sanitize::terminal(&c.account, false)
                )?;
                common::write_grid(out, &roles_grid(c), Format::Table, width)?;
                if !c.mesh.is_empty() {
                    common::write_grid(out, &mesh_grid(c), Format::Table, width)?;
                }
                for line in lines(c) {
                    writeln!(out, "{}", sanitize::terminal(&line, false))?;
                }
                writeln!(out)?;
            }
        }
        Format::Markdown => {
            for c in &all {
                writeln!(
                    out,
                    "## {} (`{}`)\n",
                    markdown::text(&c.name),
                    markdown::text(&c.account)
                )?;
                common::write_grid(out, &roles_grid(c), Format::Markdown, width)?;
                if !c.mesh.is_empty() {
                    writeln!(out)?;
                    common::write_grid(out, &mesh_grid(c), Format::Markdown, width)?;
                }
                writeln!(out)?;
                for line in lines(c) {
                    writeln!(out, "- {}", markdown::text(&line))?;
                }
                writeln!(out)?;
            }
        }
    }
    let red = all.iter().any(|c| c.flags.iter().any(|f| f.kind.is_red()));
    Ok(loaded.exit_code(args.fail && red))
}
