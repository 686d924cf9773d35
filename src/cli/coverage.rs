//! `guanxi coverage`: the buying group, the mesh, and bypasses (docs/domain.md §5, §6).

use std::io::{self, Write};

use super::common::Common;
use crate::analysis::coverage::{self, Coverage};

/// Show each account's coverage of the buying group (docs/domain.md §5, §6).
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
/// and, while an opportunity is open (docs/domain.md §9):
///   blind-spot            at propose or negotiate, deciders, advisors or
///                         initiators with no wins or fears on record
///   junior-initiator      the initiators are all staff, or all influence 1-2
///   resisting-user        a user-role head not on our side, with no training
///                         or demo in 180 days
///   late-technical        past qualify, no tech exchange or demo with their
///                         technical evaluators, or none of our engineers
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
    pub common: Common<[Coverage]>,

    /// Exit 1 when any red flag is raised.
    #[arg(long)]
    pub fail: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match args.common.input.load() {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let all = coverage::analyse(&loaded.ctx(&portfolio), &loaded.selected(), &());
    args.common.write(&loaded, &all[..], out)?;
    let actionable = all
        .iter()
        .flat_map(|c| &c.findings)
        .any(|f| f.is_actionable());
    let code = loaded.exit_code(args.fail && actionable);
    super::common::leave(all);
    Ok(code)
}
