//! `guanxi positioning` (alias `table`): the positioning table, 关系定位表.

use std::io::{self, Write};

use super::common::Common;
use crate::analysis::positioning::{self, Options};
use crate::render::positioning::{self as render, Symbols};

/// Print each account's positioning table: who stands where, toward us and
/// toward each competitor (docs/domain.md §2).
///
/// One row per active stakeholder, ordered by level, then influence, then
/// name; one column for us and one per competitor. Under each table: how
/// many people stand where toward us, and the unknowns who matter
/// (deciders, advisors, technical evaluators, the procurement team), to be
/// found out through your mentor.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi positioning example-accounts/
  guanxi table --account qingshan-steel --symbols zh
  guanxi positioning --format csv > positioning.csv")]
pub struct Args {
    #[command(flatten)]
    pub common: Common,

    /// How to write stances in tables, CSV and Markdown (JSON is always English).
    #[arg(long, value_enum, default_value_t = Symbols::En)]
    pub symbols: Symbols,

    /// Include people who have left the customer.
    #[arg(long)]
    pub all: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let loaded = match args.common.input.load() {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let portfolio = loaded.portfolio();
    let tables = positioning::analyse(
        &loaded.ctx(&portfolio),
        &loaded.selected(),
        &Options { all: args.all },
    );
    let opts = render::Options {
        company: loaded.repo.settings.company(),
        symbols: args.symbols,
        width: args.common.width(),
    };
    render::write(out, &tables, args.common.format, &opts)?;
    Ok(loaded.exit_code(false))
}
