//! One account's edit from start to end, for every surface that edits (the
//! command line's `log` and `stance`, a language server's or a web view's
//! form): read the files at PATH…, find the account the query names, make
//! the change (early, on the other core, while the folder is scanned), and
//! commit it through the [transaction](super::transaction). [`log`] and
//! [`stance`] are the two edits guanxi knows.

use std::path::PathBuf;

use super::append::{self, NewInteraction};
use super::transaction::{self, Change, ChangeFn, Early, EditError};
use crate::checks::{self, Dates, Repo, ScanOptions};
use crate::finding::Diagnostic;
use crate::i18n::{Msg, MsgArg};
use crate::load::{LoadedAccount, MissingPath};
use crate::model::{Account, Stance, US};

/// Why nothing was edited.
#[derive(Debug)]
pub enum Failure {
    /// Paths that do not exist.
    Missing(Vec<MissingPath>),
    /// No such account or person, or a value the account cannot take.
    Refused(Msg),
    /// The transaction wrote nothing ([`EditError`]).
    Edit(EditError),
}

/// The files read and the account found in them.
#[derive(Debug)]
pub struct Target {
    pub repo: Repo,
    index: usize,
}

impl Target {
    /// The account the query named.
    pub fn account(&self) -> &LoadedAccount {
        &self.repo.accounts[self.index]
    }
}

/// An edit written: the account as it was read, the file, what the change
/// said of it, the new text's warnings and the line that tells a person
/// what was done.
#[derive(Debug)]
pub struct Edited<C> {
    pub target: Target,
    pub path: PathBuf,
    pub outcome: C,
    pub warnings: Vec<Diagnostic>,
    pub said: Msg,
}

/// Reads the files at `paths` and finds the account `query` names (an id,
/// a file stem, a unique prefix of an id or a name), for a command that
/// only reads it.
pub fn locate(paths: &[PathBuf], query: &str, dates: Dates) -> Result<Target, Failure> {
    let none: Option<ChangeFn<'_, ()>> = None;
    open(paths, query, dates, none).map(|(target, _)| target)
}

/// [`locate`], with `change` made early to the file named after the query.
fn open<C: Send>(
    paths: &[PathBuf],
    query: &str,
    dates: Dates,
    change: Option<ChangeFn<'_, C>>,
) -> Result<(Target, Option<Early<C>>), Failure> {
    let options = ScanOptions {
        dates,
        max_file_size: None,
        keep_accounts: true,
        keep_notes: true,
        warnings: false,
    };
    let early = || -> Option<Early<C>> {
        let change = change?;
        let scope = crate::load::Scope::find(paths);
        let files = crate::load::discover(paths, &scope).ok()?.files;
        let mut named = files
            .into_iter()
            .filter(|f| crate::load::file_stem(f) == query);
        let path = named.next().filter(|_| named.next().is_none())?;
        Early::make(path, change, dates)
    };
    let (repo, early) = rayon::join(|| checks::scan(paths, &options), early);
    let repo = repo.map_err(Failure::Missing)?;
    let index = match super::find_account(&repo.accounts, query) {
        Ok(found) => repo
            .accounts
            .iter()
            .position(|a| std::ptr::eq(a, found))
            .unwrap_or_default(),
        // An invalid file might be the one meant: say it was not searched.
        Err(message) if repo.errors() > 0 => {
            return Err(Failure::Refused(
                Msg::new("error-not-searched").arg("message", MsgArg::msg(message)),
            ));
        }
        Err(message) => return Err(Failure::Refused(message)),
    };
    let early = early.filter(|e| e.path == repo.accounts[index].path);
    Ok((Target { repo, index }, early))
}

/// What one edit is: its change, what refuses the account before it, what
/// verifies the text after it, and what tells a person it was done.
struct Edit<'a, C, P, V, S> {
    change: ChangeFn<'a, C>,
    precheck: P,
    verify: V,
    said: S,
}

/// Finds the account, lets `precheck` refuse it, and commits `change` to
/// its file, `verify` looking at what the new text reads as.
fn edit<C: Send, P, V, S>(
    paths: &[PathBuf],
    query: &str,
    dates: Dates,
    edit: Edit<'_, C, P, V, S>,
) -> Result<Edited<C>, Failure>
where
    P: FnOnce(&LoadedAccount) -> Result<(), Msg>,
    V: FnOnce(&Account, &C) -> Result<(), Msg>,
    S: FnOnce(&LoadedAccount, &std::path::Path, &C) -> Msg,
{
    let Edit {
        change,
        precheck,
        verify,
        said,
    } = edit;
    let (target, early) = open(paths, query, dates, Some(change))?;
    precheck(target.account()).map_err(Failure::Refused)?;
    let path = target.account().path.clone();
    let done = transaction::commit(&path, dates, early, change, verify).map_err(Failure::Edit)?;
    let said = said(target.account(), &path, &done.outcome);
    Ok(Edited {
        target,
        path,
        outcome: done.outcome,
        warnings: done.warnings,
        said,
    })
}

/// Appends `entry` to the interactions of the account `query` names,
/// every person it was with checked to be on file.
pub fn log(
    paths: &[PathBuf],
    query: &str,
    entry: &NewInteraction,
    dates: Dates,
) -> Result<Edited<()>, Failure> {
    let change = |text: &str| {
        let entry = by_id(text, entry)?;
        append::append(text, &entry)
            .map(|new| (new, ()))
            .map_err(|e| e.0)
    };
    let precheck = |account: &LoadedAccount| {
        entry
            .with
            .iter()
            .chain(&entry.from)
            .try_for_each(|given| super::stakeholder_id(account, given).map(|_| ()))
    };
    let said = |_: &LoadedAccount, path: &std::path::Path, _: &()| {
        Msg::new("log-done")
            .arg(
                "kind",
                MsgArg::Word(entry.kind.as_str(), entry.kind.alias()),
            )
            .arg("with", MsgArg::List(entry.with.clone()))
            .text("date", entry.date.to_string())
            .text("file", crate::source::display_path(path))
    };
    let verify = |_: &Account, _: &()| Ok(());
    let steps = Edit {
        change: &change,
        precheck,
        verify,
        said,
    };
    edit(paths, query, dates, steps)
}

/// `entry` with each person it names by name written as their id (the
/// file is read for the names only when one of them is not an id).
fn by_id(text: &str, entry: &NewInteraction) -> Result<NewInteraction, Msg> {
    let all_ids = entry
        .with
        .iter()
        .chain(&entry.from)
        .all(|w| crate::checks::is_valid_id(w));
    if all_ids {
        return Ok(entry.clone());
    }
    let account = crate::load::parse::<Account>(text)
        .value
        .ok_or_else(|| Msg::new("error-file-has-errors"))?;
    let id = |given: &String| super::id_in(&account, given).map(str::to_string);
    Ok(NewInteraction {
        with: entry.with.iter().map(id).collect::<Result<_, _>>()?,
        from: entry.from.as_ref().map(id).transpose()?,
        ..entry.clone()
    })
}

/// What a stance change found: the old stance, every person's stances
/// before it, and the column changed (`us`, or the competitor's name as the
/// file writes it).
#[derive(Debug)]
pub struct Moved {
    pub old: Stance,
    pub column: String,
    /// The person's id (the command may have named them by name).
    pub id: String,
    before: super::stance::Stances,
}

/// Sets `person`'s stance toward us (or toward the competitor `against`
/// names) to `value`, in place, in the account `query` names. Nothing but
/// that one value may change.
pub fn stance(
    paths: &[PathBuf],
    query: &str,
    person: &str,
    against: Option<&str>,
    value: Stance,
    dates: Dates,
) -> Result<Edited<Moved>, Failure> {
    // Positions come from the text it is given: the file read under the
    // lock, or the same text read early.
    let change = |text: &str| -> Change<Moved> {
        let account = crate::load::parse::<Account>(text)
            .value
            .ok_or_else(|| Msg::new("error-file-has-errors"))?;
        let column = column_of(account.competitors.iter().map(|c| c.as_str()), against)
            .ok_or_else(|| Msg::new("error-competitor-not-in-file"))?;
        let id = super::id_in(&account, person)?;
        let found = account
            .stakeholders
            .iter()
            .find(|s| s.id.value == *id)
            .ok_or_else(|| Msg::new("error-no-stakeholder").text("id", person))?;
        let old = found.stance.get(&column).unwrap_or(Stance::Unknown);
        let new = super::stance::set(text, found, &column, value).map_err(|e| e.0)?;
        let before = super::stance::stances(&account);
        let id = id.to_string();
        Ok((
            new,
            Moved {
                old,
                column,
                id,
                before,
            },
        ))
    };
    let precheck = |target: &LoadedAccount| {
        super::stakeholder_id(target, person)?;
        let competitors = target.account.competitors.iter().map(|c| c.as_str());
        match column_of(competitors, against) {
            Some(_) => Ok(()),
            None => Err(not_a_competitor(target, against.unwrap_or_default())),
        }
    };
    let verify = |after: &Account, moved: &Moved| {
        super::stance::check_alone(&moved.before, after, &moved.id, &moved.column, value)
            .map_err(|e| e.0)
    };
    let said = |target: &LoadedAccount, _: &std::path::Path, moved: &Moved| {
        let toward = if moved.column == US {
            MsgArg::Key("history-us")
        } else {
            MsgArg::Text(moved.column.as_str().into())
        };
        Msg::new("stance-done")
            .text("account", &target.id)
            .text("person", person)
            .arg("toward", toward)
            .arg("old", MsgArg::Word(moved.old.as_str(), moved.old.alias()))
            .arg("new", MsgArg::Word(value.as_str(), value.alias()))
    };
    let steps = Edit {
        change: &change,
        precheck,
        verify,
        said,
    };
    edit(paths, query, dates, steps)
}

/// The stance column `against` names in `account`: `us`, or the
/// competitor's name as the file writes it (any case).
fn column_of<'a>(
    mut competitors: impl Iterator<Item = &'a str>,
    against: Option<&str>,
) -> Option<String> {
    match against {
        None => Some(US.to_string()),
        Some(name) => competitors
            .find(|c| c.eq_ignore_ascii_case(name))
            .map(str::to_string),
    }
}

fn not_a_competitor(target: &LoadedAccount, name: &str) -> Msg {
    let competitors: Vec<String> = target
        .account
        .competitors
        .iter()
        .map(|c| c.as_str().to_string())
        .collect();
    let list = if competitors.is_empty() {
        MsgArg::msg(Msg::new("error-no-competitors"))
    } else {
        MsgArg::List(competitors)
    };
    Msg::new("error-not-a-competitor")
        .text("name", name)
        .text("account", &target.id)
        .arg("competitors", list)
}

/// What a person edit found: the person's id, and the account as it was.
pub type PersonEdit = (String, Box<Account>);

/// Adds `person` to the account `query` names; their id, when not given
/// (empty), made from the name ([`super::person::proposed_id`]).
pub fn add_person(
    paths: &[PathBuf],
    query: &str,
    person: &super::person::NewPerson,
    dates: Dates,
) -> Result<Edited<PersonEdit>, Failure> {
    let given = !person.id.is_empty();
    let change = |text: &str| -> Change<PersonEdit> {
        let account = crate::load::parse::<Account>(text)
            .value
            .ok_or_else(|| Msg::new("error-file-has-errors"))?;
        let mut person = person.clone();
        if !given {
            let taken = account.stakeholders.iter().map(|s| s.id.as_str());
            person.id = super::person::proposed_id(&person.name, taken);
        }
        let new = super::person::add(text, &person).map_err(|e| e.0)?;
        Ok((new, (person.id, Box::new(account))))
    };
    let precheck = |target: &LoadedAccount| {
        if given
            && target
                .account
                .stakeholders
                .iter()
                .any(|s| s.id == person.id)
        {
            Err(Msg::new("edit-person-exists").text("id", &person.id))
        } else {
            Ok(())
        }
    };
    let verify = |after: &Account, (id, before): &PersonEdit| {
        super::person::check_alone(before, after, id, None).map_err(|e| e.0)
    };
    let said = |target: &LoadedAccount, path: &std::path::Path, (id, _): &PersonEdit| {
        Msg::new("person-added")
            .text("name", &person.name)
            .text("id", id)
            .text("account", &target.id)
            .text("file", crate::source::display_path(path))
    };
    let steps = Edit {
        change: &change,
        precheck,
        verify,
        said,
    };
    edit(paths, query, dates, steps)
}

/// Sets `fields` of the person `who` (an id, or their exact name) in the
/// account `query` names, each in place; nothing else of anyone may change.
pub fn set_person(
    paths: &[PathBuf],
    query: &str,
    who: &str,
    fields: &[super::person::Field],
    dates: Dates,
) -> Result<Edited<PersonEdit>, Failure> {
    let change = |text: &str| -> Change<PersonEdit> {
        let account = crate::load::parse::<Account>(text)
            .value
            .ok_or_else(|| Msg::new("error-file-has-errors"))?;
        let id = super::id_in(&account, who)?.to_string();
        let mut new = text.to_string();
        for field in fields {
            new = super::person::set(&new, &id, field).map_err(|e| e.0)?;
        }
        Ok((new, (id, Box::new(account))))
    };
    let precheck = |target: &LoadedAccount| super::stakeholder_id(target, who).map(|_| ());
    let verify =
        |after: &Account, (id, before): &PersonEdit| check_fields(before, after, id, fields);
    let said = |target: &LoadedAccount, path: &std::path::Path, (id, _): &PersonEdit| {
        let keys = fields.iter().map(|f| f.key().to_string()).collect();
        Msg::new("person-set")
            .text("id", id)
            .arg("fields", MsgArg::List(keys))
            .text("account", &target.id)
            .text("file", crate::source::display_path(path))
    };
    let steps = Edit {
        change: &change,
        precheck,
        verify,
        said,
    };
    edit(paths, query, dates, steps)
}

/// That only `fields` of the person `id` differ between `before` and
/// `after`.
fn check_fields(
    before: &Account,
    after: &Account,
    id: &str,
    fields: &[super::person::Field],
) -> Result<(), Msg> {
    if let [one] = fields {
        return super::person::check_alone(before, after, id, Some(one.key())).map_err(|e| e.0);
    }
    // Several fields: everyone else unchanged, and the person still there.
    let others = |a: &Account| -> Vec<(String, String)> {
        super::person::fingerprints(a)
            .into_iter()
            .filter(|(p, _)| p != id)
            .collect()
    };
    let kept = after.stakeholders.iter().any(|s| s.id.value == *id);
    if kept && others(before) == others(after) {
        Ok(())
    } else {
        let moved = others(after)
            .into_iter()
            .filter(|o| !others(before).contains(o))
            .map(|(p, _)| p)
            .collect();
        Err(Msg::new("edit-person-shared").arg("people", MsgArg::List(moved)))
    }
}

/// Writes the people of a sheet (read by [`super::import::people`]) into
/// the account `query` names: those on file updated, new ones added, and
/// `bosses` (pairs of places in `people`) as who reports to whom.
pub fn import(
    paths: &[PathBuf],
    query: &str,
    sheet: &str,
    people: &[super::import::Imported],
    bosses: &[(usize, usize)],
    dates: Dates,
) -> Result<Edited<super::import::Summary>, Failure> {
    let change = |text: &str| -> Change<super::import::Summary> {
        super::import::apply(text, sheet, people, bosses).map_err(|e| e.0)
    };
    let said = |target: &LoadedAccount, path: &std::path::Path, done: &super::import::Summary| {
        Msg::new("import-done")
            .number("added", done.added)
            .number("updated", done.updated)
            .text("account", &target.id)
            .text("file", crate::source::display_path(path))
    };
    let steps = Edit {
        change: &change,
        precheck: |_: &LoadedAccount| Ok(()),
        verify: |_: &Account, _: &super::import::Summary| Ok(()),
        said,
    };
    edit(paths, query, dates, steps)
}
