//! `guanxi map`: an account's power map.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::ValueEnum;

use super::{GlobalArgs, editing, exit};
use crate::analysis::map;
use crate::render::{dot, mermaid};

/// Draw an account's power map: the org chart from `reports_to`, each
/// person coloured by stance toward us, deciders emphasised, competitors'
/// mentors marked, with a legend.
///
/// Mermaid renders on GitHub and GitLab inside a ```mermaid block; DOT
/// renders with Graphviz: guanxi map ACCOUNT --format dot | dot -Tsvg > map.svg
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi map qingshan-steel
  guanxi map huadong-power --format dot | dot -Tsvg > huadong.svg")]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    pub account: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = MapFormat::Mermaid)]
    pub format: MapFormat,
    /// Include people who have left (greyed).
    #[arg(long)]
    pub all: bool,
    /// Where the account files are.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub repo: PathBuf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    /// Mermaid flowchart.
    Mermaid,
    /// Graphviz DOT.
    Dot,
}

pub fn run(args: &Args, global: &GlobalArgs, out: &mut dyn Write) -> io::Result<u8> {
    let (repo, index) = match editing::target(&args.repo, &args.account, global) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    let target = &repo.accounts[index];
    let m = map::build(target, global.as_of(), args.all);
    let text = match args.format {
        MapFormat::Mermaid => mermaid::map(&m),
        MapFormat::Dot => dot::map(&m),
    };
    out.write_all(text.as_bytes())?;
    Ok(exit::CLEAN)
}
