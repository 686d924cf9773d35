//! Diagnostics point at the offending value: exact line and column.
//!
//! Each case marks the expected position with `⟨…⟩`; the test removes the
//! marks, validates, and checks the diagnostic's line and column (columns
//! count characters, so Chinese text before the value counts one per
//! character).

mod common;

fn position_of_mark(text: &str) -> (String, usize, usize) {
    let start = text.find('⟨').expect("a ⟨ mark");
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (text.replace(['⟨', '⟩'], ""), line, column)
}

fn check(case: &str, code: &str, marked: &str) {
    let (text, line, column) = position_of_mark(marked);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), &text).unwrap();
    let run = common::validate(dir.path(), &["--format", "json"]);
    let diags = run.json()["diagnostics"].as_array().unwrap().clone();
    let found = diags.iter().find(|d| d["code"] == code);
    let Some(d) = found else {
        panic!("{case}: no {code} in {diags:?}")
    };
    assert_eq!(
        (
            d["line"].as_u64().unwrap() as usize,
            d["column"].as_u64().unwrap() as usize
        ),
        (line, column),
        "{case}: {d}"
    );
}

const HEAD: &str = "account: A\nowner: li.ming\n";

#[test]
fn structural_problems_point_at_the_value() {
    check(
        "unknown key",
        "unknown-field",
        &format!("{HEAD}⟨stakholders⟩: []\nstakeholders: []\n"),
    );
    check(
        "bad enum in a flow mapping, after Chinese text",
        "invalid-value",
        &format!(
            "{HEAD}stakeholders:\n  - {{ id: a, name: 赵刚, level: ⟨boss⟩, stance: {{ us: 帮 }} }}\n"
        ),
    );
    check(
        "bad stance in block style, deep in the file",
        "invalid-value",
        &format!(
            "{HEAD}stakeholders:\n{}  - id: z\n    name: Z\n    level: staff\n    stance:\n      us: ⟨mentr⟩\n",
            "  - { id: a, name: A, level: staff, stance: { us: unknown } }\n"
                .repeat(40)
                .replace("id: a", "id: x")
        ),
    );
    check(
        "impossible date",
        "invalid-date",
        &format!("{HEAD}stakeholders: []\nopportunities:\n  - name: X\n    close: ⟨2026-02-30⟩\n"),
    );
    check(
        "list written as text",
        "wrong-type",
        &format!(
            "{HEAD}stakeholders:\n  - id: a\n    name: A\n    level: staff\n    roles: ⟨coach⟩\n    stance: {{ us: mentor }}\n"
        ),
    );
}

#[test]
fn meaning_problems_point_at_the_value() {
    let people =
        "stakeholders:\n  - { id: zhao, name: 赵, level: middle, stance: { us: mentor } }\n";
    check(
        "dangling reports_to",
        "unknown-stakeholder",
        &format!(
            "{HEAD}stakeholders:\n  - id: a\n    name: A\n    level: staff\n    reports_to: ⟨wang⟩\n    stance: {{ us: mentor }}\n"
        ),
    );
    check(
        "unknown id in a flow list, second item",
        "unknown-stakeholder",
        &format!(
            "{HEAD}{people}interactions:\n  - {{ date: 2026-01-05, with: [zhao, ⟨ghost⟩], kind: call }}\n"
        ),
    );
    check(
        "future interaction",
        "future-interaction",
        &format!(
            "{HEAD}{people}interactions:\n  - date: ⟨2029-01-05⟩\n    with: [zhao]\n    kind: call\n"
        ),
    );
    check(
        "negative cost",
        "out-of-range",
        &format!(
            "{HEAD}{people}interactions:\n  - {{ date: 2026-01-05, with: [zhao], kind: meal, cost: ⟨-30⟩ }}\n"
        ),
    );
    check(
        "duplicate id points at the second",
        "duplicate-stakeholder-id",
        &format!(
            "{HEAD}stakeholders:\n  - {{ id: a, name: A, level: staff, stance: {{ us: mentor }} }}\n  - {{ id: ⟨a⟩, name: B, level: staff, stance: {{ us: mentor }} }}\n"
        ),
    );
    check(
        "stance column",
        "unknown-stance-column",
        &format!(
            "{HEAD}competitors: [甲自动化]\nstakeholders:\n  - {{ id: a, name: A, level: staff, stance: {{ us: 帮, ⟨乙电气⟩: 反 }} }}\n"
        ),
    );
}

#[test]
fn positions_hold_with_crlf_line_endings() {
    let marked = format!(
        "{HEAD}stakeholders:\n  - id: a\n    name: A\n    level: ⟨boss⟩\n    stance: {{ us: mentor }}\n"
    );
    let (_, line, column) = position_of_mark(&marked);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        marked.replace(['⟨', '⟩'], "").replace('\n', "\r\n"),
    )
    .unwrap();
    let run = common::validate(dir.path(), &["--format", "json"]);
    let d = &run.json()["diagnostics"][0];
    assert_eq!(
        (
            d["line"].as_u64().unwrap() as usize,
            d["column"].as_u64().unwrap() as usize
        ),
        (line, column),
        "{d}"
    );
}

#[test]
fn a_tab_is_reported_on_its_own_line() {
    check(
        "tab before a key",
        "yaml-syntax",
        "account: A\nowner: o\nstakeholders:\n  - id: a\n⟨\t⟩name: x\n",
    );
    check(
        "tab before a sequence item",
        "yaml-syntax",
        "account: A\nowner: o\nstakeholders:\n⟨\t⟩- id: a\n",
    );
}
