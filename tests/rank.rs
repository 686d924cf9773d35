//! `guanxi rank` and `guanxi coverage`: orderings that follow from the
//! domain, properties of the score, currencies, and every format.

mod common;

use common::{AS_OF, fixtures, guanxi, repo_root};
use guanxi::analysis::{Ctx, rank};
use guanxi::checks::{self, ScanOptions};
use guanxi::load::LoadedAccount;
use guanxi::model::{Date, Stance};

fn as_of() -> Date {
    Date::parse(AS_OF).unwrap()
}

fn load_examples() -> (guanxi::model::Settings, Vec<LoadedAccount>) {
    let repo = checks::scan(
        &[repo_root().join("example-accounts")],
        &ScanOptions {
            dates: checks::Dates {
                as_of: as_of(),
                today: as_of(),
            },
            max_file_size: None,
            keep_accounts: true,
            keep_notes: false,
            warnings: true,
        },
    )
    .unwrap();
    assert_eq!(repo.errors(), 0);
    (repo.settings, repo.accounts)
}

fn scores(settings: &guanxi::model::Settings, accounts: &[LoadedAccount]) -> Vec<(String, f64)> {
    let all: Vec<&LoadedAccount> = accounts.iter().collect();
    let ctx = Ctx {
        settings,
        as_of: as_of(),
        portfolio: &all,
    };
    rank::check_currencies(&ctx).unwrap();
    rank::analyse(&ctx, &all, &())
        .into_iter()
        .map(|r| (r.account, r.score))
        .collect()
}

fn score_of(settings: &guanxi::model::Settings, accounts: &[LoadedAccount], id: &str) -> f64 {
    scores(settings, accounts)
        .into_iter()
        .find(|(a, _)| a == id)
        .unwrap()
        .1
}

fn order(dir: &str) -> Vec<String> {
    let r = guanxi(
        &fixtures().join("rank").join(dir),
        &["rank", "--format", "json", "--as-of", AS_OF],
    );
    assert_eq!(r.code, 0, "{}", r.transcript());
    r.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["account"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_healthy_grower_beats_the_big_late_paying_negative_margin_buyer() {
    assert_eq!(order("grower-vs-big-buyer"), ["grower", "big-buyer"]);
}

#[test]
fn a_mentor_whose_intel_proved_right_beats_one_whose_intel_proved_wrong() {
    assert_eq!(order("mentor-twins"), ["twin-right", "twin-wrong"]);
}

#[test]
fn the_examples_rank_as_a_sales_manager_would() {
    let r = guanxi(
        &repo_root(),
        &[
            "rank",
            "example-accounts",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ],
    );
    let ids: Vec<String> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["account"].as_str().unwrap().to_string())
        .collect();
    // Healthy and well covered first; the biggest buyer, which loses money,
    // pays in half a year and whose decider backs a rival, last.
    assert_eq!(ids.first().unwrap(), "meridian-appliances");
    assert_eq!(ids.last().unwrap(), "beigang-port");
}

#[test]
fn raising_margin_never_lowers_the_score() {
    let (settings, mut accounts) = load_examples();
    for target in 0..accounts.len() {
        let id = accounts[target].id.clone();
        let mut last = f64::MIN;
        for margin in [-30.0, -5.0, 0.0, 5.0, 18.0, 30.0, 40.0, 55.0] {
            let c = accounts[target].account.commercial.as_mut().unwrap();
            c.margin_pct = Some(margin);
            let s = score_of(&settings, &accounts, &id);
            assert!(
                s >= last,
                "{id}: margin {margin} lowered the score ({last} → {s})"
            );
            last = s;
        }
    }
}

#[test]
fn turning_a_decider_into_an_opponent_never_raises_the_score() {
    let (settings, accounts) = load_examples();
    let before = scores(&settings, &accounts);
    for (ai, a) in accounts.iter().enumerate() {
        for (si, s) in a.account.stakeholders.iter().enumerate() {
            if !s.has_role(guanxi::model::Role::Decider) {
                continue;
            }
            let mut changed: Vec<LoadedAccount> = load_examples().1;
            changed[ai].account.stakeholders[si]
                .stance
                .set(0, Stance::Opponent);
            let old = before.iter().find(|(id, _)| *id == a.id).unwrap().1;
            let new = score_of(&settings, &changed, &a.id);
            assert!(
                new <= old,
                "{}: decider {} as opponent raised {old} → {new}",
                a.id,
                s.id
            );
        }
    }
}

#[test]
fn adding_an_account_within_the_portfolio_range_does_not_reorder_the_others() {
    // Scaling is relative to the largest money figures; an account that sets
    // no new maximum cannot move the others (docs/rank.md).
    let (settings, accounts) = load_examples();
    let before: Vec<String> = scores(&settings, &accounts)
        .into_iter()
        .map(|(a, _)| a)
        .collect();
    let mut more = load_examples().1;
    let mut extra = load_examples().1.remove(0);
    extra.id = "zz-extra".into();
    if let Some(c) = extra.account.commercial.as_mut() {
        c.revenue = Some(1.0);
    }
    more.push(extra);
    let after: Vec<String> = scores(&settings, &more)
        .into_iter()
        .map(|(a, _)| a)
        .filter(|a| a != "zz-extra")
        .collect();
    assert_eq!(after, before);
}

#[test]
fn missing_commercial_data_is_no_data_scored_at_half() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        "account: A\nowner: o\nstakeholders: []\ncommercial: { currency: CNY, revenue: 100 }\n",
    )
    .unwrap();
    let r = guanxi(dir.path(), &["rank", "--format", "json", "--as-of", AS_OF]);
    let inputs = r.json()[0]["inputs"].as_array().unwrap().clone();
    let margin = inputs.iter().find(|i| i["name"] == "margin").unwrap();
    assert_eq!(margin["value"], "no data");
    assert_eq!(margin["points"], 12.5);
}

#[test]
fn mixed_currencies_need_rates() {
    let dir = tempfile::tempdir().unwrap();
    let acct = |name: &str, cur: &str| {
        format!(
            "account: {name}\nowner: o\nstakeholders: []\ncommercial: {{ currency: {cur}, revenue: 1000 }}\n"
        )
    };
    std::fs::write(dir.path().join("a.yaml"), acct("A", "CNY")).unwrap();
    std::fs::write(dir.path().join("b.yaml"), acct("B", "USD")).unwrap();
    std::fs::write(dir.path().join("c.yaml"), acct("C", "CNY")).unwrap();
    let r = guanxi(dir.path(), &["rank", "--as-of", AS_OF]);
    assert_eq!(r.code, 2);
    // Said once, each currency with its accounts.
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("no rate for CNY (a, c), USD (b);"),
        "{}",
        r.stderr
    );
    // The report keeps every other section, says why there is no ranking,
    // and exits 1.
    let report = guanxi(
        dir.path(),
        &["report", "--format", "json", "--as-of", AS_OF],
    );
    assert_eq!(report.code, 1, "{}", report.transcript());
    let json = report.json();
    assert_eq!(json["ranking"], serde_json::json!([]));
    assert!(json["ranking_error"].as_str().unwrap().contains("USD (b)"));
    assert_eq!(json["accounts"], 3);
    assert!(
        json["coverage_gaps"]
            .as_array()
            .is_some_and(|g| !g.is_empty())
    );
    std::fs::write(
        dir.path().join(".guanxi.yaml"),
        "fx: { CNY: 1, USD: 7.1 }\n",
    )
    .unwrap();
    let r = guanxi(dir.path(), &["rank", "--format", "json", "--as-of", AS_OF]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // 1000 USD is worth more than 1000 CNY.
    assert_eq!(r.json()[0]["account"], "b");
}

#[test]
fn narrowing_with_account_does_not_change_a_score() {
    let all = guanxi(
        &repo_root(),
        &[
            "rank",
            "example-accounts",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ],
    );
    let one = guanxi(
        &repo_root(),
        &[
            "rank",
            "example-accounts",
            "--account",
            "qingshan-steel",
            "--format",
            "json",
            "--as-of",
            AS_OF,
        ],
    );
    let in_all = all
        .json()
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["account"] == "qingshan-steel")
        .unwrap()["score"]
        .clone();
    assert_eq!(one.json()[0]["score"], in_all);
}

#[test]
fn every_format_of_rank_and_coverage_on_the_examples() {
    for (command, extra) in [
        ("rank", None),
        ("rank", Some("--explain")),
        ("coverage", None),
    ] {
        for format in ["table", "json", "csv", "markdown"] {
            if extra.is_some() && format == "json" {
                continue; // JSON always carries the inputs
            }
            let mut args = vec![
                command,
                "example-accounts",
                "--format",
                format,
                "--as-of",
                AS_OF,
            ];
            args.extend(extra);
            let r = guanxi(&repo_root(), &args);
            assert_eq!(r.code, 0, "{}", r.transcript());
            let name = format!("{command}{}-{format}", extra.map_or("", |_| "-explain"));
            insta::assert_snapshot!(name, r.transcript());
        }
    }
}

#[test]
fn goals_and_pressure_points_break_a_tie() {
    let dir = tempfile::tempdir().unwrap();
    let plain = "account: {name}\nowner: o\ncommercial: { currency: CNY, revenue: 1000, margin_pct: 20 }\nstakeholders:\n  - { id: a, name: A, level: middle, roles: [decider], stance: { us: supporter }, evidence: [Backs us] }\n";
    std::fs::write(
        dir.path().join("plain.yaml"),
        plain.replace("{name}", "Plain"),
    )
    .unwrap();
    let shared = plain.replace("{name}", "Shared")
        + "goals:\n  - { horizon: short, text: Cut downtime }\n  - { horizon: long, text: A smart plant }\npressure_points: [An inspection in March]\n";
    std::fs::write(dir.path().join("shared.yaml"), shared).unwrap();
    let r = guanxi(dir.path(), &["rank", "--format", "json", "--as-of", AS_OF]);
    assert_eq!(r.code, 0, "{}", r.transcript());
    let ranked = r.json();
    assert_eq!(ranked[0]["account"], "shared", "{}", r.stdout);
    assert!(ranked[0]["score"].as_f64() > ranked[1]["score"].as_f64());
    let input = ranked[0]["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == "goals and pressure points")
        .unwrap()
        .clone();
    assert_eq!(
        input["value"],
        "1 short-term, 1 long-term goals; 1 pressure point"
    );
    assert_eq!(input["points"], 8.0);
}
