//! `guanxi import crm`: a CRM export's accounts and people as account files.

use std::io::{self, Write};

use super::super::common::Place;
use super::super::{editing, exit, fail};
use crate::checks::Dates;
use crate::scaffold::crm::{self, CrmImport, Said};

/// Make account files from a CRM export (Salesforce-style CSVs): one file
/// per account, its contacts as people, their roles and who reports to whom.
///
/// DIR holds Account.csv (Id, Name), Contact.csv (Id, AccountId, FirstName
/// and LastName or Name, Title, Department, ReportsToId) and, optionally,
/// OpportunityContactRole.csv (ContactId, Role). An account on file (by name
/// or id) gets the people it lacks and the fields that differ; a new one is
/// written as `guanxi new` writes it. Stances come in unknown (a CRM does
/// not know them); levels are read from titles; CRM roles map to buying
/// roles by a documented default, and `crm_roles:` in .guanxi.yaml.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi import crm salesforce-export/ accounts/
  guanxi import crm export/ --owner li.ming")]
pub struct Args {
    /// The folder of the export's CSV files.
    pub dir: std::path::PathBuf,
    #[command(flatten)]
    pub place: Place,
    /// Our account manager of the accounts it creates (default: $USER).
    #[arg(long, value_name = "ID")]
    pub owner: Option<String>,
    /// Show what would be written, as a diff per file, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.place.global;
    let owner = crate::scaffold::account::owner_or_user(args.owner.as_deref());
    let paths = args.place.paths();
    let spec = CrmImport {
        dir: &args.dir,
        paths: &paths,
        owner: &owner,
        lang: global.lang,
        dates: Dates::now(global.as_of()),
        dry_run: args.dry_run,
    };
    let (problems, outcomes) = match crm::import(&spec) {
        Ok(found) => found,
        Err(why) => return Ok(fail(why)),
    };
    let mut code = if problems.is_empty() {
        exit::CLEAN
    } else {
        exit::FINDINGS
    };
    problems.into_iter().for_each(super::super::say);
    let lang = global.lang(crate::checks::read_settings(&paths).0.lang);
    for outcome in outcomes {
        match outcome {
            Ok(Said::Done(said)) => {
                let line = said.render(lang);
                writeln!(out, "{}", crate::render::sanitize::terminal(&line, false))?;
            }
            Ok(Said::Diff(diff)) => write!(out, "{diff}")?,
            Err(failure) => code = code.max(editing::refused(failure)),
        }
    }
    Ok(code)
}
