//! Safe edits from the shell (`log`, `stance`, `new`, `init`): text
//! splices that keep everything a user wrote, checked before they are
//! written, written atomically under a lock.

pub mod append;
pub mod crm;
pub mod ids;
pub mod import;
pub mod person;
pub mod review;
pub mod session;
pub mod stance;
pub mod transaction;
pub mod write;
pub mod yaml;

use crate::i18n::{Msg, MsgArg};
use crate::load::LoadedAccount;

/// Finds an account by id, file stem, or a unique prefix of its id or name
/// (case-insensitive). The error lists the candidates.
pub fn find_account<'a>(
    accounts: &'a [LoadedAccount],
    query: &str,
) -> Result<&'a LoadedAccount, Msg> {
    let stem = |a: &LoadedAccount| {
        a.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    if let Some(a) = accounts.iter().find(|a| a.id == query) {
        return Ok(a);
    }
    let by_stem: Vec<_> = accounts.iter().filter(|a| stem(a) == query).collect();
    if by_stem.len() == 1 {
        return Ok(by_stem[0]);
    }
    let q = query.to_lowercase();
    let by_name: Vec<_> = accounts
        .iter()
        .filter(|a| a.id.starts_with(&q) || a.account.account.to_lowercase().starts_with(&q))
        .collect();
    match by_name.as_slice() {
        [one] => Ok(one),
        [] => {
            let ids: Vec<&str> = accounts.iter().map(|a| a.id.as_str()).collect();
            Err(if ids.is_empty() {
                Msg::new("edit-no-account-here").text("query", query)
            } else {
                Msg::new("edit-no-account").text("query", query).arg(
                    "hint",
                    MsgArg::msg(crate::i18n::hint(query, &ids, "hint-accounts")),
                )
            })
        }
        many => Err(Msg::new("edit-several-accounts").text("query", query).arg(
            "accounts",
            MsgArg::List(
                many.iter()
                    .map(|a| format!("{} ({})", a.id, a.account.account))
                    .collect(),
            ),
        )),
    }
}

/// The id `given` stands for among `people` (id, name): an id as it is,
/// else the exact name of one person (`--with 刘明`); `None` when it is
/// neither (or a name two people share).
pub fn person_id<'a>(
    mut people: impl Iterator<Item = (&'a str, &'a str)> + Clone,
    given: &str,
) -> Option<&'a str> {
    if let Some((id, _)) = people.clone().find(|(id, _)| *id == given) {
        return Some(id);
    }
    let mut named = people.by_ref().filter(|(_, name)| *name == given);
    let (id, _) = named.next()?;
    named.next().is_none().then_some(id)
}

/// `given` (an id, or one person's exact name) as the id it stands for in
/// the text's `account` (the file as an edit reads it).
pub fn id_in<'a>(account: &'a crate::model::Account, given: &str) -> Result<&'a str, Msg> {
    let people = account
        .stakeholders
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()));
    person_id(people, given).ok_or_else(|| Msg::new("error-no-stakeholder").text("id", given))
}

/// `given` (an id, or one person's exact name) as the id it stands for in
/// `account`; `Err` says it names nobody, with the closest id.
pub fn stakeholder_id(account: &LoadedAccount, given: &str) -> Result<String, Msg> {
    let people = account
        .account
        .stakeholders
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()));
    match person_id(people, given) {
        Some(id) => Ok(id.to_string()),
        None => check_stakeholder(account, given).map(|()| given.to_string()),
    }
}

/// Checks that a stakeholder id exists, suggesting the closest one.
pub fn check_stakeholder(account: &LoadedAccount, id: &str) -> Result<(), Msg> {
    let ids: Vec<&str> = account
        .account
        .stakeholders
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    if ids.contains(&id) {
        return Ok(());
    }
    if ids.is_empty() {
        return Err(Msg::new("edit-no-stakeholders-yet")
            .text("id", id)
            .text("account", &account.id)
            .text("path", crate::source::display_path(&account.path)));
    }
    Err(match crate::suggest::closest(id, ids.iter().copied()) {
        Some(s) => Msg::new("edit-no-stakeholder-did-you-mean")
            .text("id", id)
            .text("account", &account.id)
            .text("suggestion", s),
        None => Msg::new("edit-no-stakeholder")
            .text("id", id)
            .text("account", &account.id)
            .arg(
                "people",
                MsgArg::List(
                    account
                        .account
                        .stakeholders
                        .iter()
                        .map(|s| format!("{} ({})", s.id, s.name))
                        .collect(),
                ),
            ),
    })
}
