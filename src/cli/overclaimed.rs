//! `guanxi overclaimed`: relationships that are wishful thinking (docs/domain.md §3).

use std::io::{self, Write};

use super::common::Common;
use crate::analysis::overclaim;
use crate::render::overclaimed::Overclaimed;

/// Flag helpers the evidence does not carry (关系甄别, docs/domain.md §3).
///
/// Rules:
///   too-many-mentors    more active mentors than max_mentors (default 2)
///   mentor-majority     4+ people and half or more of them "mentors"
///   all-friendly        5+ people, competitors listed, nobody neutral or
///                       opposed toward us
///   unreliable-intel    a mentor or supporter with 2+ rated intel items,
///                       more than half of them inaccurate
///   unproven-claim      a mentor or supporter with no evidence and no intel
///                       that proved accurate
///   no-decider-access   one non-decider helper took 60%+ of the last 180
///                       days' spend while no decider was met
///   conflicting-stance  our mentor or supporter is also a competitor's
///   entertainment-only  a mentor or supporter with 3+ meals, entertainment
///                       or gifts in 180 days and nothing value-adding
///   stage-below-label   a mentor at the stage acquainted or understanding
///
/// Exit status 0 even with findings, unless --fail.
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  guanxi overclaimed example-accounts/
  guanxi overclaimed --account nanhai-telecom --format json
  guanxi overclaimed --fail        # CI: exit 1 on any finding"
)]
pub struct Args {
    #[command(flatten)]
    pub common: Common<Overclaimed>,

    /// Exit 1 when there is any finding.
    #[arg(long)]
    pub fail: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match args.common.input.load() {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let findings = overclaim::analyse(&loaded.ctx(&portfolio), &loaded.selected(), &());
    let report = Overclaimed(findings);
    args.common.write(&loaded, &report, out)?;
    let code = loaded.exit_code(args.fail && !report.0.is_empty());
    super::common::leave(report);
    Ok(code)
}
