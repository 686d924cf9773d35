//! `guanxi map`: an account's power map.

use std::io::{self, Write};

use super::common::Place;
use super::{editing, exit};
use crate::analysis::map::Map;
use crate::analysis::map::{self, Options};
use crate::edit::session;
use crate::render::{OutputFormat, Render};

/// Draw an account's power map: the org chart from `reports_to`, each
/// person coloured by stance toward us, deciders emphasised, competitors'
/// mentors marked, with a legend.
///
/// Mermaid renders on GitHub and GitLab inside a ```mermaid block; DOT
/// renders with Graphviz: guanxi map ACCOUNT --format dot | dot -Tsvg > map.svg
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi map qingshan-steel example-accounts/
  guanxi map huadong-power --format dot | dot -Tsvg > huadong.svg
  guanxi map huadong-power --format svg > huadong.svg   # no Graphviz needed")]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::account_ids))]
    pub account: String,
    #[command(flatten)]
    pub place: Place,
    /// Output format.
    #[arg(long, value_parser = OutputFormat::among(Map::FORMATS), default_value = "mermaid")]
    pub format: OutputFormat,
    /// Include people who have left (greyed).
    #[arg(long)]
    pub all: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let dates = crate::checks::Dates::now(args.place.global.as_of());
    let found = session::locate(&args.place.paths(), &args.account, dates);
    let found = match editing::finish_reading(found) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    let (repo, target) = (&found.repo, found.account());
    let ctx = crate::analysis::Ctx {
        settings: &repo.settings,
        as_of: args.place.global.as_of(),
        portfolio: &[target],
    };
    let render = args.place.global.render_ctx(repo.settings.lang, &|_| None);
    for m in map::analyse(&ctx, &[target], &Options { all: args.all }) {
        m.render(args.format, &render, out)?;
    }
    Ok(exit::CLEAN)
}
