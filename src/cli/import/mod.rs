//! `guanxi import`: what teams already keep, as account files: a
//! positioning sheet, a CRM export.

mod crm;
mod sheet;

use std::io::{self, Write};

use super::common::Place;

/// Bring in what the team already keeps: a positioning sheet (关系定位表,
/// Excel or CSV) into an account, or a CRM export as account files.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi import sheet 关系定位表.xlsx --account huadong-power --dry-run
  guanxi import crm salesforce-export/ accounts/")]
pub struct Args {
    #[command(subcommand)]
    pub source: Source,
}

#[derive(Debug, clap::Subcommand)]
pub enum Source {
    Sheet(sheet::Args),
    Crm(crm::Args),
}

impl Args {
    pub fn place_mut(&mut self) -> &mut Place {
        match &mut self.source {
            Source::Sheet(a) => &mut a.place,
            Source::Crm(a) => &mut a.place,
        }
    }
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    match &args.source {
        Source::Sheet(a) => sheet::run(a, out),
        Source::Crm(a) => crm::run(a, out),
    }
}
