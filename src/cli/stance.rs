//! `guanxi stance`: move one stance, in place.

use std::io::{self, Write};

use super::common::Place;
use super::editing;
use super::values::parse_stance;
use crate::checks::Dates;
use crate::edit::session;
use crate::model::Stance;

/// Set where a stakeholder stands, toward us or toward a competitor.
///
/// Changes one value in place (or adds the competitor's key), so the git
/// history records the move. VALUE is mentor, supporter, neutral, opponent,
/// unknown, or 帮 支 中 反 不; an existing Chinese value stays Chinese. The
/// new file is checked before it is written; on any error nothing changes.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi stance qingshan-steel liu supporter
  guanxi stance qingshan-steel liu --against \"Jia Automation\" opponent
  guanxi stance huadong-power xu.gong 支")]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::account_ids))]
    pub account: String,
    /// The stakeholder's id.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::stakeholder_ids))]
    pub stakeholder: String,
    /// The new stance.
    #[arg(value_parser = parse_stance)]
    pub value: Stance,
    #[command(flatten)]
    pub place: Place,
    /// Set the stance toward this competitor instead of us.
    #[arg(long, value_name = "COMPETITOR")]
    pub against: Option<String>,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.place.global;
    let dates = Dates::now(global.as_of());
    let (paths, against) = (args.place.paths(), args.against.as_deref());
    let result = session::stance(
        &paths,
        &args.account,
        &args.stakeholder,
        against,
        args.value,
        dates,
    );
    let done = match editing::finish(result, global) {
        Ok(done) => done,
        Err(code) => return Ok(code),
    };
    editing::done(out, &done, global)
}
