//! `guanxi import --crm`: every account of a CRM export made an account
//! file (or, when one is on file already, its people brought in): the new
//! file as `guanxi new` writes it, the people through the import, then
//! who reports to whom.

use std::path::{Path, PathBuf};

use crate::checks::Dates;
use crate::edit::session::{self, Failure};
use crate::i18n::Msg;
use crate::model::Lang;

/// What the import reads and where it writes.
#[derive(Debug)]
pub struct CrmImport<'a> {
    /// The folder of the export's CSV files.
    pub dir: &'a Path,
    /// The account files (`PATH…`).
    pub paths: &'a [PathBuf],
    /// Our account manager of new accounts.
    pub owner: &'a str,
    pub lang: Option<Lang>,
    pub dates: Dates,
    /// Say what would be written, as a diff per file, and write nothing.
    pub dry_run: bool,
}

/// What happened to one account of the export: what was done, or (with
/// `dry_run`) the diff of what would be.
pub type Outcome = Result<Said, Failure>;

/// An account's outcome, to show.
#[derive(Debug)]
pub enum Said {
    Done(Msg),
    Diff(String),
}

/// Imports every account of the export; the problems of its cells, and
/// each account's outcome.
pub fn import(spec: &CrmImport) -> Result<(Vec<Msg>, Vec<Outcome>), Msg> {
    let settings = crate::checks::read_settings(spec.paths).0;
    let (accounts, problems) = crate::edit::crm::read(spec.dir, &settings.crm_roles)?;
    let said = problems
        .into_iter()
        .map(|p| {
            Msg::new("import-bad-cell")
                .text("cell", p.cell)
                .arg("message", crate::i18n::MsgArg::msg(p.message))
        })
        .collect();
    let known = on_file(spec);
    let outcomes = accounts
        .iter()
        .map(|a| {
            let found = known
                .iter()
                .find(|k| k.name == a.name || k.id == crate::edit::ids::slug(&a.name));
            if spec.dry_run {
                preview(spec, a, found)
            } else {
                one(spec, a, found).map(Said::Done)
            }
        })
        .collect();
    Ok((said, outcomes))
}

/// An account on file, as the export's accounts are matched against it.
struct Known {
    name: String,
    id: String,
    path: PathBuf,
}

/// The valid accounts on file, read once for the whole export.
fn on_file(spec: &CrmImport) -> Vec<Known> {
    let options = crate::checks::ScanOptions {
        dates: spec.dates,
        max_file_size: None,
        keep_accounts: true,
        keep_notes: false,
        warnings: false,
    };
    let Ok(repo) = crate::checks::scan(spec.paths, &options) else {
        return Vec::new();
    };
    repo.accounts
        .iter()
        .map(|a| Known {
            name: a.account.account.to_string(),
            id: a.id.clone(),
            path: a.path.clone(),
        })
        .collect()
}

/// What importing `crm` would write: the diff against the file on file,
/// or against nothing for a new one.
fn preview(
    spec: &CrmImport,
    crm: &crate::edit::crm::CrmAccount,
    found: Option<&Known>,
) -> Result<Said, Failure> {
    let (before, shown, new_file) = match found {
        Some(known) => {
            let path = &known.path;
            let text = std::fs::read_to_string(path).map_err(|e| {
                let shown = crate::source::display_path(path);
                Failure::Refused(crate::i18n::io_failed("error-cannot-read", shown, &e))
            })?;
            (text, crate::source::display_path(path), false)
        }
        None => {
            let id = crate::edit::ids::slug(&crm.name);
            let lang = spec.lang.unwrap_or(Lang::En);
            let schema = "../schemas/account.schema.json";
            let text = super::account::skeleton(&crm.name, &id, spec.owner, schema, lang);
            (text, format!("{id}.yaml (new)"), true)
        }
    };
    let (after, _) = crate::edit::import::apply(&before, "Contact.csv", &crm.people, &crm.bosses)
        .map_err(|e| Failure::Refused(e.0))?;
    let before = if new_file { String::new() } else { before };
    let diff = similar::TextDiff::from_lines(&before, &after);
    Ok(Said::Diff(
        diff.unified_diff().header(&shown, &shown).to_string(),
    ))
}

/// One account of the export: the one on file, else created; its people
/// and who reports to whom written in one edit.
fn one(
    spec: &CrmImport,
    crm: &crate::edit::crm::CrmAccount,
    found: Option<&Known>,
) -> Result<Msg, Failure> {
    let account = match found {
        Some(known) => known.id.clone(),
        None => {
            let new = super::account::NewAccount {
                name: &crm.name,
                id: None,
                owner: spec.owner,
                dir: None,
                here: spec.paths.first().map_or(Path::new("."), |p| p.as_path()),
                lang: spec.lang,
                dates: spec.dates,
            };
            super::account::create(&new).map_err(Failure::Refused)?;
            crate::edit::ids::slug(&crm.name)
        }
    };
    let (people, bosses) = (&crm.people, &crm.bosses);
    let done = session::import(
        spec.paths,
        &account,
        "Contact.csv",
        people,
        bosses,
        spec.dates,
    )?;
    Ok(done.said)
}
