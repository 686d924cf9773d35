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

/// A small deterministic generator (xorshift64*), so that a failing
/// portfolio is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, of: &[&'a str]) -> &'a str {
        of[self.below(of.len() as u64) as usize]
    }
    fn maybe(&mut self, line: String) -> String {
        if self.below(4) == 0 {
            String::new()
        } else {
            line
        }
    }
}

const STANCES: &[&str] = &["mentor", "supporter", "neutral", "opponent", "unknown"];
const ROLES: &[&str] = &[
    "decider",
    "advisor",
    "technical",
    "user",
    "coach",
    "initiator",
];
const KINDS: &[&str] = &[
    "visit",
    "meal",
    "demo",
    "tech-exchange",
    "help-requested",
    "help-given",
    "gift",
];

/// One generated account, `id`, as a rep might write it: people with
/// roles and stances toward us and a rival, interactions with intel,
/// commercial figures some of them blank, an open deal or not.
fn generated(rng: &mut Rng, id: &str) -> String {
    let mut text = format!(
        "account: {id}\nid: {id}\nowner: li.ming\ncompetitors: [Rival]\ncommercial:\n  currency: CNY\n"
    );
    for (field, value) in [
        ("revenue", 100_000 + rng.below(5_000_000)),
        ("margin_pct", rng.below(50)),
        ("growth_pct", rng.below(60)),
        ("potential", 1_000_000 + rng.below(9_000_000)),
        ("payment_days", 20 + rng.below(170)),
    ] {
        text.push_str(&rng.maybe(format!("  {field}: {value}\n")));
    }
    if rng.below(2) == 0 {
        text.push_str("opportunities:\n  - { name: Deal, value: 500000, stage: develop, close: 2027-01-15 }\n");
    }
    text.push_str("stakeholders:\n");
    let people = 2 + rng.below(5);
    for p in 0..people {
        let level = rng.pick(&["executive", "middle", "staff"]);
        let role = rng.pick(ROLES);
        let (us, rival) = (rng.pick(STANCES), rng.pick(STANCES));
        let evidence = if rng.below(2) == 0 {
            ", evidence: [told us the budget and it proved right]"
        } else {
            ""
        };
        text.push_str(&format!(
            "  - {{ id: p{p}, name: P{p}, level: {level}, roles: [{role}], stance: {{ us: {us}, Rival: {rival} }}{evidence} }}\n"
        ));
    }
    let count = rng.below(8);
    text.push_str(if count == 0 {
        "interactions: []\n"
    } else {
        "interactions:\n"
    });
    for i in 0..count {
        let who = rng.below(people);
        let kind = rng.pick(KINDS);
        let intel = rng.pick(&["", ", intel: accurate", ", intel: inaccurate"]);
        let day = 1 + rng.below(20);
        text.push_str(&format!(
            "  - {{ date: 2026-11-{day:02}, with: [p{who}], kind: {kind}{intel}, note: n{i} }}\n"
        ));
    }
    text
}

fn loaded(text: &str, id: &str) -> LoadedAccount {
    let parsed = guanxi::load::parse::<guanxi::model::Account>(text);
    assert!(parsed.problems.is_empty(), "{text}\n{:?}", parsed.problems);
    LoadedAccount::new(
        std::path::Path::new(&format!("{id}.yaml")),
        parsed.value.unwrap(),
        false,
    )
}

/// Every account of a generated portfolio, ranked.
fn ranked(texts: &[String]) -> Vec<rank::Ranked> {
    let settings = guanxi::model::Settings::default();
    let accounts: Vec<LoadedAccount> = texts
        .iter()
        .enumerate()
        .map(|(n, t)| loaded(t, &format!("a{n}")))
        .collect();
    let all: Vec<&LoadedAccount> = accounts.iter().collect();
    let ctx = Ctx {
        settings: &settings,
        as_of: as_of(),
        portfolio: &all,
    };
    let mut out = rank::analyse(&ctx, &all, &());
    out.sort_by(|a, b| a.account.cmp(&b.account));
    out
}

fn portfolio(seed: u64) -> Vec<String> {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    (0..4)
        .map(|n| generated(&mut rng, &format!("a{n}")))
        .collect()
}

#[test]
fn on_generated_portfolios_a_decider_turned_opponent_never_raises_the_score() {
    let mut turned = 0;
    for seed in 0..80 {
        let texts = portfolio(seed);
        let before = ranked(&texts);
        for (n, text) in texts.iter().enumerate() {
            for line in text
                .lines()
                .filter(|l| l.contains("roles: [decider]") || l.contains("roles: [advisor]"))
            {
                let start = line.find("us: ").unwrap() + 4;
                let end = start + line[start..].find(',').unwrap();
                let changed = line.replacen(&line[start..end], "opponent", 1);
                let mut after = texts.clone();
                after[n] = text.replacen(line, &changed, 1);
                let (was, now) = (&before[n], &ranked(&after)[n]);
                assert!(
                    now.score <= was.score && now.parts.relationship <= was.parts.relationship,
                    "seed {seed}: {} → {} ({} → {}) turning {line}\n{}",
                    was.score,
                    now.score,
                    was.parts.relationship,
                    now.parts.relationship,
                    text
                );
                turned += 1;
            }
        }
    }
    assert!(turned > 50, "only {turned} deciders turned");
}

#[test]
fn on_generated_portfolios_the_parts_add_up_and_blanks_score_half() {
    for seed in 0..80 {
        let texts = portfolio(seed);
        for r in ranked(&texts) {
            // The score is the weighted mean of the parts (40, 40, 20).
            let mean = r.parts.commercial * 0.4 + r.parts.relationship * 0.4 + r.parts.timing * 0.2;
            assert!((mean - r.score).abs() <= 0.1, "seed {seed}: {r:?}");
            for input in &r.inputs {
                let blank = input.value_in(guanxi::model::Lang::En) == "no data";
                if blank && input.part == rank::Part::Commercial {
                    assert_eq!(input.points * 2.0, input.max, "seed {seed}: {input:?}");
                }
                assert!(input.max == 0.0 || input.points <= input.max, "{input:?}");
            }
        }
        // Blanking one figure of one account moves none of its other
        // inputs, but for headroom when the figure is revenue.
        let text = &texts[0];
        for field in ["margin_pct", "growth_pct", "payment_days"] {
            let Some(line) = text.lines().find(|l| l.trim_start().starts_with(field)) else {
                continue;
            };
            let mut blanked = texts.clone();
            blanked[0] = text.replacen(&format!("{line}\n"), "", 1);
            let (full, blank) = (&ranked(&texts)[0], &ranked(&blanked)[0]);
            for (a, b) in full.inputs.iter().zip(&blank.inputs) {
                if a.name != rank_name(field) {
                    assert_eq!(
                        a.points, b.points,
                        "seed {seed}: blanking {field} moved {}",
                        a.name
                    );
                }
            }
        }
    }
}

fn rank_name(field: &str) -> &'static str {
    match field {
        "margin_pct" => "margin",
        "growth_pct" => "growth",
        _ => "payment",
    }
}

#[test]
fn a_blank_revenue_is_no_data_for_headroom_too() {
    let mut rng = Rng(7);
    let text = generated(&mut rng, "a0");
    let text = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("revenue"))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    let text = if text.contains("potential") {
        text
    } else {
        text.replace(
            "  currency: CNY\n",
            "  currency: CNY\n  potential: 5000000\n",
        )
    };
    let r = &ranked(&[text])[0];
    let headroom = r.inputs.iter().find(|i| i.name == "headroom").unwrap();
    assert_eq!(headroom.value_in(guanxi::model::Lang::En), "no data");
    assert_eq!(headroom.points * 2.0, headroom.max);
}

#[test]
fn an_account_without_commercial_figures_ranks_among_other_currencies() {
    let yuan = "account: A\nid: a0\nowner: li.ming\ncommercial: { currency: CNY, revenue: 100 }\nstakeholders: []\n";
    let dollars = "account: B\nid: a1\nowner: li.ming\ncommercial: { currency: USD, revenue: 100 }\nstakeholders: []\n";
    let bare = "account: C\nid: a2\nowner: li.ming\nstakeholders: []\n";
    let mut settings = guanxi::model::Settings::default();
    let rates = "fx: { CNY: 1, USD: 7.1 }\n";
    settings.fx = guanxi::load::parse::<guanxi::model::Settings>(rates)
        .value
        .unwrap()
        .fx;
    let accounts = [
        loaded(yuan, "a0"),
        loaded(dollars, "a1"),
        loaded(bare, "a2"),
    ];
    let all: Vec<&LoadedAccount> = accounts.iter().collect();
    let ctx = Ctx {
        settings: &settings,
        as_of: as_of(),
        portfolio: &all,
    };
    assert!(rank::check_currencies(&ctx).is_ok());
    // Amounts without a currency still cannot be converted.
    let unnamed =
        "account: D\nid: a3\nowner: li.ming\ncommercial: { revenue: 5 }\nstakeholders: []\n";
    let more = [
        loaded(yuan, "a0"),
        loaded(dollars, "a1"),
        loaded(unnamed, "a3"),
    ];
    let all: Vec<&LoadedAccount> = more.iter().collect();
    let ctx = Ctx {
        portfolio: &all,
        ..ctx
    };
    let said = rank::check_currencies(&ctx)
        .unwrap_err()
        .describe()
        .render(guanxi::model::Lang::En);
    assert!(
        said.contains("a3") && said.contains("no `commercial.currency`"),
        "{said}"
    );
}
