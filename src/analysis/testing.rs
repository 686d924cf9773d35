//! Small in-code accounts for the analyses' unit tests.

use std::path::Path;

use super::Ctx;
use crate::load::LoadedAccount;
use crate::model::{Account, Date, Settings};

/// The as-of date of every unit test.
pub fn as_of() -> Date {
    Date::parse("2026-11-23").unwrap()
}

/// An account from YAML, which must read cleanly.
pub fn account(yaml: &str) -> LoadedAccount {
    let parsed = crate::load::parse::<Account>(yaml);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    LoadedAccount::new(Path::new("test.yaml"), parsed.value.unwrap(), true)
}

/// Runs `f` with a context over `accounts` (the portfolio), default settings.
pub fn with<R>(accounts: &[LoadedAccount], f: impl FnOnce(&Ctx, &[&LoadedAccount]) -> R) -> R {
    let settings = Settings::default();
    let all: Vec<&LoadedAccount> = accounts.iter().collect();
    let ctx = Ctx {
        settings: &settings,
        as_of: as_of(),
        portfolio: &all,
    };
    f(&ctx, &all)
}

/// Asserts that the codes of a family's rule tables are exactly the
/// family's codes, each once.
pub fn assert_one_rule_each(family: super::Family, tables: impl IntoIterator<Item = super::Code>) {
    let mut coded: Vec<super::Code> = tables.into_iter().collect();
    coded.sort();
    let mut codes: Vec<super::Code> = super::Code::ALL
        .iter()
        .copied()
        .filter(|c| c.family() == family)
        .collect();
    codes.sort();
    assert_eq!(coded, codes, "{family:?}: a code with no rule, or with two");
}

/// A stakeholder line in flow style.
pub fn person(id: &str, level: &str, roles: &str, stance: &str) -> String {
    format!(
        "  - {{ id: {id}, name: {id}, level: {level}, roles: [{roles}], stance: {{ us: {stance} }} }}\n"
    )
}

/// An account with these stakeholder and interaction lines.
pub fn yaml(people: &[String], interactions: &[&str]) -> String {
    let mut text = String::from("account: Test\nid: test\nowner: li.ming\nstakeholders:\n");
    for p in people {
        text.push_str(p);
    }
    if !interactions.is_empty() {
        text.push_str("interactions:\n");
        for i in interactions {
            text.push_str("  - ");
            text.push_str(i);
            text.push('\n');
        }
    }
    text
}
