//! The list of diagnostic codes is a contract: snapshot it, and make sure
//! each code is documented and has a scenario fixture.

mod common;

use guanxi::finding::Code;

#[test]
fn code_list_is_stable() {
    let list: String = Code::ALL
        .iter()
        .map(|c| {
            format!(
                "{} ({}): {}\n",
                c.as_str(),
                c.severity().as_str(),
                c.summary()
            )
        })
        .collect();
    insta::assert_snapshot!(list);
}

#[test]
fn every_code_is_documented_and_has_a_fixture() {
    let docs = std::fs::read_to_string(common::repo_root().join("docs/diagnostics.md")).unwrap();
    for code in Code::ALL {
        let name = code.as_str();
        assert!(
            docs.contains(&format!("\n### {name}\n")),
            "docs/diagnostics.md has no heading for {name}"
        );
        let fixture = common::fixtures().join("validate").join(name);
        let special = matches!(
            name,
            "unreadable-file"
                | "not-a-regular-file"
                | "file-too-large"
                | "outside-link"
                | "embedded-repository"
                | "pattern-limit"
                | "too-many-problems"
        );
        assert!(
            special || fixture.join("fires.yaml").exists(),
            "no tests/fixtures/validate/{name}/fires.yaml"
        );
        // File-system cases are built by tests/hostile.rs instead.
        if special {
            let hostile = ["tests/hostile.rs", "tests/trust.rs"]
                .map(|f| std::fs::read_to_string(common::repo_root().join(f)).unwrap())
                .concat();
            assert!(
                hostile.contains(name),
                "neither tests/hostile.rs nor tests/trust.rs covers {name}"
            );
        }
    }
}
