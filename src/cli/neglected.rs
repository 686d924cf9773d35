//! `guanxi neglected`: relationships going cold (docs/domain.md §4).

use std::io::{self, Write};

use super::common::Common;
use crate::analysis::neglect::{self, Neglected};

/// List the people the team is neglecting, most serious first (docs/domain.md §4).
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
    pub common: Common<[Neglected]>,

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
    let list = neglect::analyse(&loaded.ctx(&portfolio), &loaded.selected(), &());
    args.common.write(&loaded, &list[..], out)?;
    let code = loaded.exit_code(args.fail && list.iter().any(|n| n.finding.is_actionable()));
    super::common::leave(list);
    Ok(code)
}
