//! `guanxi import --crm`: every account of a CRM export made an account
//! file (or, when one is on file already, its people brought in): the new
//! file as `guanxi new` writes it, the people through the import, then
//! who reports to whom.

use std::path::{Path, PathBuf};

use crate::checks::Dates;
use crate::edit::person::Field;
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
    let outcomes = accounts
        .iter()
        .map(|a| {
            if spec.dry_run {
                preview(spec, a)
            } else {
                one(spec, a).map(Said::Done)
            }
        })
        .collect();
    Ok((said, outcomes))
}

/// The account of the export on file (by name or id): its id and file.
fn on_file(spec: &CrmImport, crm: &crate::edit::crm::CrmAccount) -> Option<(String, PathBuf)> {
    let id = crate::edit::ids::slug(&crm.name);
    session::locate(spec.paths, &crm.name, spec.dates)
        .or_else(|_| session::locate(spec.paths, &id, spec.dates))
        .ok()
        .filter(|t| t.account().account.account.as_str() == crm.name || t.account().id == id)
        .map(|t| (t.account().id.clone(), t.account().path.clone()))
}

/// What importing `crm` would write: the diff against the file on file,
/// or against nothing for a new one.
fn preview(spec: &CrmImport, crm: &crate::edit::crm::CrmAccount) -> Result<Said, Failure> {
    let (before, shown, new_file) = match on_file(spec, crm) {
        Some((_, path)) => {
            let text = std::fs::read_to_string(&path).map_err(|e| {
                let shown = crate::source::display_path(&path);
                Failure::Refused(crate::i18n::io_failed("error-cannot-read", shown, &e))
            })?;
            (text, crate::source::display_path(&path), false)
        }
        None => {
            let id = crate::edit::ids::slug(&crm.name);
            let lang = spec.lang.unwrap_or(Lang::En);
            let schema = "../schemas/account.schema.json";
            let text = super::account::skeleton(&crm.name, &id, spec.owner, schema, lang);
            (text, format!("{id}.yaml (new)"), true)
        }
    };
    let (mut after, _) = crate::edit::import::apply(&before, "Contact.csv", &crm.people)
        .map_err(|e| Failure::Refused(e.0))?;
    let account = crate::load::parse::<crate::model::Account>(&after).value;
    let id_of = |name: &str| {
        account
            .as_ref()
            .and_then(|a| a.stakeholders.iter().find(|s| s.name.as_str() == name))
            .map(|s| s.id.to_string())
    };
    for (person, boss) in &crm.bosses {
        if let (Some(who), Some(boss)) = (
            id_of(&crm.people[*person].name),
            id_of(&crm.people[*boss].name),
        ) {
            after = crate::edit::person::set(&after, &who, &Field::ReportsTo(boss))
                .map_err(|e| Failure::Refused(e.0))?;
        }
    }
    let before = if new_file { String::new() } else { before };
    let diff = similar::TextDiff::from_lines(&before, &after);
    Ok(Said::Diff(
        diff.unified_diff().header(&shown, &shown).to_string(),
    ))
}

/// One account of the export: found on file by name or id, else created.
fn one(spec: &CrmImport, crm: &crate::edit::crm::CrmAccount) -> Result<Msg, Failure> {
    let id = crate::edit::ids::slug(&crm.name);
    let on_file = on_file(spec, crm).map(|(id, _)| id);
    let account = match on_file {
        Some(found) => found,
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
            id
        }
    };
    let done = session::import(spec.paths, &account, "Contact.csv", &crm.people, spec.dates)?;
    // Who reports to whom, now that everyone has an id.
    let target = session::locate(spec.paths, &account, spec.dates)?;
    let id_of = |name: &str| {
        target
            .account()
            .account
            .stakeholders
            .iter()
            .find(|s| s.name.as_str() == name)
            .map(|s| s.id.to_string())
    };
    for (person, boss) in &crm.bosses {
        let (who, boss) = (&crm.people[*person].name, &crm.people[*boss].name);
        if let Some(boss_id) = id_of(boss) {
            let field = [Field::ReportsTo(boss_id)];
            session::set_person(spec.paths, &account, who, &field, spec.dates)?;
        }
    }
    Ok(done.said)
}
