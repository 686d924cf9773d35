//! `guanxi positioning` (alias `table`): the positioning table, 关系定位表.

use std::io::{self, Write};

use super::common::Common;
use crate::analysis::positioning::{self, Options};
use crate::render::OutputFormat;
use crate::render::positioning::{Positioning, Symbols};

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
  guanxi positioning --lang zh                # 关系定位表, all in Chinese
  guanxi positioning --format csv > positioning.csv")]
pub struct Args {
    #[command(flatten)]
    pub common: Common<Positioning>,

    /// How to write stances in tables, CSV and Markdown (JSON is always
    /// English). Default: zh in tables and Markdown with --lang zh, else en.
    #[arg(long, value_enum)]
    pub symbols: Option<Symbols>,

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
    let settings = &loaded.repo.settings;
    let lang = args.common.input.selection.global.lang(settings.lang);
    let company = settings
        .company
        .clone()
        .unwrap_or_else(|| crate::i18n::text(lang, "company-us"));
    let report = Positioning {
        tables,
        company,
        // The language's symbols for people; CSV is for scripts and stays
        // English unless --symbols says otherwise.
        symbols: args.symbols.unwrap_or(match (lang, args.common.format) {
            (crate::model::Lang::Zh, f) if f != OutputFormat::Csv => Symbols::Zh,
            _ => Symbols::En,
        }),
    };
    args.common.write(&loaded, &report, out)?;
    let code = loaded.exit_code(false);
    super::common::leave(report);
    Ok(code)
}
