//! `guanxi rank`: account priority (docs/domain.md §8).

use std::io::{self, Write};

use super::common::{self, Common};
use crate::analysis::rank;
use crate::render::rank::Ranking;

/// Rank accounts by where the team's time pays off (docs/domain.md §8).
///
/// Score 0–100 = weighted mean of three parts, each 0–100 (weights under
/// `rank:` in .guanxi.yaml; default commercial 40, relationship 40, timing 20):
///   commercial    revenue, margin, growth, headroom (potential − revenue),
///                 payment days; money log-scaled against the portfolio's
///                 largest figure; a missing figure scores half, "no data"
///   relationship  a mentor whose intel holds up, helpers among deciders,
///                 advisors and technical evaluators, opposing deciders,
///                 buying roles covered, engaged contacts (90 days), our team
///                 functions involved, value-adding vs entertainment, goals
///                 shared and pressure points known; neglect and over-claim
///                 findings subtract
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
    pub common: Common<Ranking>,

    /// Show every input of each account's score and the points it gave.
    #[arg(long)]
    pub explain: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match args.common.input.load() {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let ctx = loaded.ctx(&portfolio);
    if let Err(code) = common::check_currencies(&ctx) {
        return Ok(code);
    }
    let ranked = rank::analyse(&ctx, &loaded.selected(), &());
    let ranking = Ranking {
        ranked,
        explain: args.explain,
    };
    args.common.write(&loaded, &ranking, out)?;
    let code = loaded.exit_code(false);
    super::common::leave(ranking);
    Ok(code)
}
