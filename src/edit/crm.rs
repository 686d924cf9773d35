//! `guanxi import --crm`: the people of a CRM export (Salesforce-style CSVs:
//! `Account.csv`, `Contact.csv` with `ReportsToId`, and
//! `OpportunityContactRole.csv` with its `Role`) as account files' people.
//! A CRM knows no stances: everyone comes in `unknown`, to be found out; it
//! knows no level either: the title says it (see [`level_of`]).

use std::collections::BTreeMap;
use std::path::Path;

use super::import::{CellError, Imported};
use crate::i18n::Msg;
use crate::model::{Level, Role, Stance};

/// The contact roles of a Salesforce-style CRM and the buying roles they
/// stand for (docs/domain.md §5); `crm_roles:` in `.guanxi.yaml` adds to
/// and overrides them.
pub const DEFAULT_ROLES: &[(&str, Role)] = &[
    ("Decision Maker", Role::Decider),
    ("Economic Buyer", Role::Decider),
    ("Economic Decision Maker", Role::Decider),
    ("Executive Sponsor", Role::Initiator),
    ("Technical Buyer", Role::Technical),
    ("Evaluator", Role::Technical),
    ("Influencer", Role::Advisor),
    ("Business User", Role::User),
];

/// One account of the export and its people; `bosses` are pairs of places
/// in `people` (a person, their boss).
#[derive(Debug)]
pub struct CrmAccount {
    pub name: String,
    pub people: Vec<Imported>,
    pub bosses: Vec<(usize, usize)>,
}

/// A level read from a title: executives by the words chiefs are called,
/// managers by theirs, everyone else staff. The CRM has no level; a rep
/// corrects the few it gets wrong (`guanxi person set … --level`).
pub fn level_of(title: &str) -> Level {
    let t = title.to_lowercase();
    const EXECUTIVE: &[&str] = &[
        "chief executive",
        "chief financial",
        "chief technology",
        "chief operating",
        "chief officer",
        "ceo",
        "cfo",
        "cto",
        "coo",
        "president",
        "vp",
        "vice president",
        "director",
        "general manager",
        "总经理",
        "董事",
        "总裁",
        "总监",
        "副总",
        "厂长",
        "院长",
        "局长",
        "书记",
    ];
    const MIDDLE: &[&str] = &[
        "manager",
        "head",
        "lead",
        "supervisor",
        "chief",
        "主任",
        "经理",
        "科长",
        "处长",
        "部长",
        "主管",
        "总工",
    ];
    if EXECUTIVE.iter().any(|w| t.contains(w)) {
        Level::Executive
    } else if MIDDLE.iter().any(|w| t.contains(w)) {
        Level::Middle
    } else {
        Level::Staff
    }
}

/// A CSV file as rows of (header → value); `None` when it is not there.
fn table(dir: &Path, name: &str) -> Result<Option<Vec<BTreeMap<String, String>>>, Msg> {
    let path = dir.join(name);
    if !path.exists() {
        return Ok(None);
    }
    let sheet = super::import::read(&path, None)?;
    let mut rows = sheet.rows.into_iter();
    let header: Vec<String> = rows.next().unwrap_or_default();
    Ok(Some(
        rows.map(|r| {
            header
                .iter()
                .cloned()
                .zip(r)
                .filter(|(_, v)| !v.is_empty())
                .collect()
        })
        .collect(),
    ))
}

/// One row of `Contact.csv` (at `row`) as a person; `None` without a name.
fn contact(c: &BTreeMap<String, String>, row: usize) -> Option<Imported> {
    let name = c.get("Name").cloned().unwrap_or_else(|| {
        let first = c.get("FirstName").map(String::as_str).unwrap_or_default();
        let last = c.get("LastName").map(String::as_str).unwrap_or_default();
        format!("{first} {last}").trim().to_string()
    });
    if name.is_empty() {
        return None;
    }
    let title = c.get("Title").cloned();
    Some(Imported {
        row,
        name,
        level: Some(level_of(title.as_deref().unwrap_or_default())),
        title,
        department: c.get("Department").cloned(),
        roles: Some(Vec::new()),
        stance: vec![(crate::model::US.to_string(), Stance::Unknown)],
        ..Default::default()
    })
}

/// Reads the export in `dir`; `roles` maps the CRM's contact roles to ours
/// (over [`DEFAULT_ROLES`]). Contacts of an account not in `Account.csv`,
/// and roles nobody mapped, are named as problems and left out.
pub fn read(
    dir: &Path,
    roles: &BTreeMap<String, Role>,
) -> Result<(Vec<CrmAccount>, Vec<CellError>), Msg> {
    let missing = |name: &str| {
        Msg::new("import-crm-missing")
            .text("file", name)
            .text("dir", crate::source::display_path(dir))
    };
    let accounts = table(dir, "Account.csv")?.ok_or_else(|| missing("Account.csv"))?;
    let contacts = table(dir, "Contact.csv")?.ok_or_else(|| missing("Contact.csv"))?;
    let contact_roles = table(dir, "OpportunityContactRole.csv")?.unwrap_or_default();
    let role_of = |crm: &str| {
        roles.get(crm).copied().or_else(|| {
            DEFAULT_ROLES
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(crm))
                .map(|(_, r)| *r)
        })
    };
    let mut problems = Vec::new();
    let mut out: Vec<CrmAccount> = Vec::new();
    let mut place: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut account_at: BTreeMap<String, usize> = BTreeMap::new();
    for a in &accounts {
        let (Some(id), Some(name)) = (a.get("Id"), a.get("Name")) else {
            continue;
        };
        account_at.insert(id.clone(), out.len());
        out.push(CrmAccount {
            name: name.clone(),
            people: Vec::new(),
            bosses: Vec::new(),
        });
    }
    for (row, c) in contacts.iter().enumerate() {
        let cell = format!("Contact.csv!{}", row + 2);
        let Some(&at) = c.get("AccountId").and_then(|a| account_at.get(a)) else {
            problems.push(CellError {
                cell,
                message: Msg::new("import-crm-no-account"),
            });
            continue;
        };
        let Some(person) = contact(c, row + 2) else {
            continue;
        };
        if let Some(id) = c.get("Id") {
            place.insert(id.clone(), (at, out[at].people.len()));
        }
        out[at].people.push(person);
    }
    for (row, r) in contact_roles.iter().enumerate() {
        let (Some(contact), Some(crm_role)) = (r.get("ContactId"), r.get("Role")) else {
            continue;
        };
        let Some(&(a, p)) = place.get(contact) else {
            continue;
        };
        match role_of(crm_role) {
            Some(role) => {
                let roles = out[a].people[p].roles.get_or_insert_with(Vec::new);
                if !roles.contains(&role) {
                    roles.push(role);
                }
            }
            None => problems.push(CellError {
                cell: format!("OpportunityContactRole.csv!{}", row + 2),
                message: Msg::new("import-crm-unknown-role").text("role", crm_role),
            }),
        }
    }
    for c in &contacts {
        let (Some(me), Some(boss)) = (c.get("Id"), c.get("ReportsToId")) else {
            continue;
        };
        if let (Some(&(a, p)), Some(&(b, q))) = (place.get(me), place.get(boss))
            && a == b
        {
            out[a].bosses.push((p, q));
        }
    }
    Ok((out, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_give_levels() {
        assert_eq!(level_of("VP Engineering"), Level::Executive);
        assert_eq!(level_of("物资部主任"), Level::Middle);
        assert_eq!(level_of("副总经理"), Level::Executive);
        assert_eq!(level_of("Buyer"), Level::Staff);
    }

    #[test]
    fn an_export_becomes_accounts_with_roles_and_bosses() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("Account.csv"), "Id,Name\n001,Nanhai Telecom\n").unwrap();
        std::fs::write(d.join("Contact.csv"), "Id,AccountId,FirstName,LastName,Title,ReportsToId\n003a,001,Zhiqiang,Xu,General Manager,\n003b,001,Hui,Deng,Chief Engineer,003a\n003c,999,No,Body,,\n").unwrap();
        std::fs::write(
            d.join("OpportunityContactRole.csv"),
            "ContactId,Role\n003a,Decision Maker\n003b,Technical Buyer\n003b,Gatekeeper\n",
        )
        .unwrap();
        let (accounts, problems) = read(d, &BTreeMap::new()).unwrap();
        assert_eq!(accounts.len(), 1);
        let people = &accounts[0].people;
        assert_eq!(people[0].name, "Zhiqiang Xu");
        assert_eq!(people[0].roles, Some(vec![Role::Decider]));
        assert_eq!(
            people[1].level,
            Some(Level::Middle),
            "a chief engineer manages"
        );
        assert_eq!(accounts[0].bosses, [(1, 0)]);
        assert_eq!(
            problems.len(),
            2,
            "the contact of no account, the unmapped role"
        );
        let mapped = BTreeMap::from([("Gatekeeper".to_string(), Role::Advisor)]);
        let (accounts, problems) = read(d, &mapped).unwrap();
        assert_eq!(
            accounts[0].people[1].roles,
            Some(vec![Role::Technical, Role::Advisor])
        );
        assert_eq!(problems.len(), 1);
    }
}
