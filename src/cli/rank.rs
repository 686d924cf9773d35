//! `guanxi rank`: account priority (DOMAIN.md §8).

use std::io::{self, Write};

use super::common::{self, Common, Format};
use super::{GlobalArgs, exit};
use crate::analysis::rank::{self, Ranked};
use crate::render::grid::Grid;
use crate::render::{markdown, sanitize};

/// Rank accounts by where the team's time pays off (DOMAIN.md §8).
///
/// Score 0–100 = weighted mean of three parts, each 0–100 (weights under
/// `rank:` in .guanxi.yaml; default commercial 40, relationship 40, timing 20):
///   commercial    revenue, margin, growth, headroom (potential − revenue),
///                 payment days; money log-scaled against the portfolio's
///                 largest figure; a missing figure scores half, "no data"
///   relationship  a mentor whose intel holds up, helpers among deciders,
///                 advisors and technical evaluators, opposing deciders,
///                 buying roles covered, engaged contacts (90 days), our team
///                 functions involved, value-adding vs entertainment; neglect
///                 and over-claim findings subtract
///   timing        open opportunities weighted by stage and how soon they
///                 close (this quarter, within 6 months, later)
/// Accounts in different currencies need rates under `fx:` in .guanxi.yaml.
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  guanxi rank example-accounts/
  guanxi rank --explain --account beigang-port
  guanxi rank --format csv > priority.csv"
)]
pub struct Args {
    #[command(flatten)]
    pub common: Common,

    /// Show every input of each account's score and the points it gave.
    #[arg(long)]
    pub explain: bool,
}

/// One row per account: the table's columns, plus the account's name for
/// CSV (where a spreadsheet has no other way to show it).
fn summary(ranked: &[Ranked], with_name: bool) -> Grid {
    let mut headers = vec!["rank", "account"];
    if with_name {
        headers.push("name");
    }
    headers.extend(["score", "commercial", "relationship", "timing"]);
    headers.push(if with_name {
        "reasons"
    } else {
        "biggest lift / drag"
    });
    let mut g = Grid::new(headers);
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
            r.reasons.join("; "),
        ]);
        g.push(row);
    }
    g
}

fn explain(r: &Ranked) -> Grid {
    let mut g = Grid::new(["part", "input", "value", "points", "of", "effect on score"]);
    for i in &r.inputs {
        g.push(vec![
            format!("{:?}", i.part).to_lowercase(),
            i.name.to_string(),
            i.value.clone(),
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
                    format!("{:?}", i.part).to_lowercase(),
                    i.name.to_string(),
                    i.value.clone(),
                    format!("{:.1}", i.points),
                    format!("{:.0}", i.max),
                    format!("{:.1}", i.effect),
                ]);
            }
        }
        return g;
    }
    summary(ranked, true)
}

pub fn run(args: &Args, global: &GlobalArgs, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match common::load(&args.common, global) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = crate::analysis::sorted(&loaded.repo.accounts);
    let ranked = match rank::rank(&loaded.ctx(), &portfolio, &loaded.selected(&args.common)) {
        Ok(r) => r,
        Err(rank::MissingRates(missing)) => {
            let mut err = io::stderr().lock();
            for (account, currency) in missing {
                let _ = writeln!(
                    err,
                    "guanxi: account `{}` is in {}, which has no rate under `fx:` in .guanxi.yaml",
                    sanitize::terminal(&account, false),
                    sanitize::terminal(&currency, false)
                );
            }
            let _ = writeln!(
                err,
                "guanxi: accounts use more than one currency; add `fx:` rates into one unit, e.g. `fx: {{ CNY: 1, USD: 7.1 }}`, and set `commercial.currency` on every account"
            );
            return Ok(exit::TROUBLE);
        }
    };
    let width = global.width();
    match args.common.format {
        Format::Json => common::write_json(out, &ranked)?,
        Format::Csv => {
            common::write_grid(out, &csv_rows(&ranked, args.explain), Format::Csv, width)?
        }
        Format::Table => {
            if ranked.is_empty() {
                writeln!(out, "no accounts to rank")?;
            } else {
                common::write_grid(out, &summary(&ranked, false), Format::Table, width)?;
            }
            if args.explain {
                for r in &ranked {
                    writeln!(
                        out,
                        "\n{}. {} ({}): {:.1}",
                        r.rank,
                        sanitize::terminal(&r.name, false),
                        sanitize::terminal(&r.account, false),
                        r.score
                    )?;
                    common::write_grid(out, &explain(r), Format::Table, width)?;
                }
            }
        }
        Format::Markdown => {
            common::write_grid(out, &summary(&ranked, false), Format::Markdown, width)?;
            if args.explain {
                for r in &ranked {
                    writeln!(
                        out,
                        "\n### {}. {} (`{}`): {:.1}\n",
                        r.rank,
                        markdown::text(&r.name),
                        markdown::text(&r.account),
                        r.score
                    )?;
                    common::write_grid(out, &explain(r), Format::Markdown, width)?;
                }
            }
        }
    }
    Ok(loaded.exit_code(false))
}
