//! A deterministic synthetic corpus of realistic account files, for
//! benchmarks and robustness runs.
//!
//!     cargo run --release --example synth -- --accounts N --seed S --out DIR [--git-commits C]
//!
//! Same arguments, same bytes. Accounts have 8–40 stakeholders, 20–400
//! interactions, 0–3 competitors, reporting lines, Chinese and Latin names
//! and every field of format v1 (about 15 KB on average). With
//! `--git-commits C`, DIR becomes a git repository with C further commits in
//! which stances move, people join and leave and interactions are logged,
//! with fixed author dates.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use guanxi::edit::yaml::quoted;

/// SplitMix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu",
    "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo",
];
const GIVEN: &[&str] = &[
    "Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Tao", "Ming",
    "Chao", "Xiu", "Hua", "Gang", "Ping", "Hui", "Bo",
];
const ZH_SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
];
const ZH_GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "华", "刚",
];
const COMPANIES: &[&str] = &[
    "Steel",
    "Power",
    "Telecom",
    "Appliances",
    "Port",
    "Chemicals",
    "Railway",
    "Cement",
    "Water",
    "Auto Parts",
];
const PLACES: &[&str] = &[
    "Qingshan",
    "Nanhai",
    "Beigang",
    "Huadong",
    "Xinghe",
    "Dongfang",
    "Changjiang",
    "Taishan",
    "Meridian",
    "Jinling",
];
const COMPETITORS: &[&str] = &[
    "Jia Automation",
    "Yi Electric",
    "Bing Networks",
    "Ding Systems",
    "Corvid Controls",
    "甲自动化",
    "乙电气",
];
const DEPARTMENTS: &[&str] = &[
    "Management",
    "Procurement",
    "Technical",
    "Production",
    "Finance",
    "Quality",
    "Operations",
    "生产技术部",
    "物资部",
];
const TITLES: &[(&str, &str)] = &[
    ("executive", "General Manager"),
    ("executive", "Deputy General Manager"),
    ("executive", "Vice President"),
    ("middle", "Procurement Section Chief"),
    ("middle", "Chief Engineer"),
    ("middle", "Head of Production"),
    ("middle", "Finance Manager"),
    ("middle", "生产技术部主任"),
    ("staff", "Engineer"),
    ("staff", "Buyer"),
    ("staff", "Shift Supervisor"),
    ("staff", "检修班长"),
];
const STANCES: &[&str] = &[
    "mentor",
    "supporter",
    "supporter",
    "neutral",
    "neutral",
    "neutral",
    "opponent",
    "unknown",
    "unknown",
    "帮",
    "支",
    "中",
    "反",
    "不",
];
const ROLES: &[&str] = &[
    "initiator",
    "technical",
    "user",
    "coach",
    "advisor",
    "decider",
];
const KINDS: &[&str] = &[
    "visit",
    "call",
    "email",
    "message",
    "meal",
    "entertainment",
    "gift",
    "demo",
    "tech-exchange",
    "training",
    "joint-selling",
    "proposal",
    "exec-visit",
    "help-requested",
    "help-given",
    "other",
];
const NOTES: &[&str] = &[
    "Discussed the retrofit schedule.",
    "Asked about reference sites in the region.",
    "Said the boss favours a local supplier.",
    "技术交流，对方关心备件价格。",
    "Follow-up on the tender documents; they want a revised proposal by Friday.",
    "Dinner after the site visit: \"we trust your engineers\".",
    "Shared the maintenance downtime figures for last winter.",
];

struct Person {
    id: String,
    stance_us: String,
    left: bool,
}

struct Account {
    file: String,
    head: String,
    people: Vec<(Person, String)>,
    competitors: Vec<String>,
    interactions: Vec<String>,
}

fn date(base_days_ago: usize) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    (base - chrono::Duration::days(base_days_ago as i64))
        .format("%Y-%m-%d")
        .to_string()
}

fn person_block(r: &mut Rng, i: usize, ids: &[String], competitors: &[String]) -> (Person, String) {
    let chinese = r.chance(30);
    let name = if chinese {
        format!(
            "{}{}{}",
            r.pick(ZH_SURNAMES),
            r.pick(ZH_GIVEN),
            if r.chance(50) { *r.pick(ZH_GIVEN) } else { "" }
        )
    } else {
        format!("{} {}", r.pick(SURNAMES), r.pick(GIVEN))
    };
    let id = format!("p{i}");
    let (level, title) = if i == 0 {
        ("executive", "General Manager")
    } else {
        *r.pick(TITLES)
    };
    let stance = r.pick(STANCES).to_string();
    let mut s = String::new();
    let _ = writeln!(s, "  - id: {id}");
    let _ = writeln!(s, "    name: {}", quoted(&name));
    let _ = writeln!(s, "    title: {}", quoted(title));
    let _ = writeln!(s, "    department: {}", quoted(r.pick::<&str>(DEPARTMENTS)));
    let _ = writeln!(s, "    level: {level}");
    if i > 0 {
        let _ = writeln!(s, "    reports_to: {}", ids[r.below(ids.len())]);
    }
    let mut roles: Vec<&str> = Vec::new();
    if i == 0 {
        roles.push("decider");
    }
    if r.chance(40) {
        let role = *r.pick(ROLES);
        if !roles.contains(&role) {
            roles.push(role);
        }
    }
    let _ = writeln!(s, "    roles: [{}]", roles.join(", "));
    let _ = writeln!(s, "    procurement_team: {}", r.chance(25));
    let _ = writeln!(s, "    influence: {}", r.range(1, 5));
    let mut stance_line = format!("us: {stance}");
    for c in competitors {
        if r.chance(60) {
            let _ = write!(stance_line, ", {}: {}", quoted(c), r.pick(STANCES));
        }
    }
    let _ = writeln!(s, "    stance: {{ {stance_line} }}");
    if r.chance(50) {
        let _ = writeln!(
            s,
            "    evidence: [{}]",
            quoted("Shared the draft specification before publication")
        );
    }
    if r.chance(40) {
        let _ = writeln!(
            s,
            "    stage: {}",
            r.pick(&[
                "acquainted",
                "understanding",
                "respect",
                "friendship",
                "trust",
                "loyalty"
            ])
        );
    }
    if r.chance(30) {
        let _ = writeln!(
            s,
            "    wins: [{}]",
            quoted("Promotion to head of equipment")
        );
        let _ = writeln!(s, "    fears: [{}]", quoted("Blame for a failed supplier"));
    }
    let left = i > 0 && r.chance(5);
    if left {
        let _ = writeln!(s, "    left: {}", date(r.range(10, 300)));
    }
    if r.chance(10) {
        let _ = writeln!(s, "    cadence_days: {}", r.range(20, 120));
    }
    if r.chance(30) {
        let _ = writeln!(s, "    note: {}", quoted(r.pick::<&str>(NOTES)));
    }
    (
        Person {
            id,
            stance_us: stance,
            left,
        },
        s,
    )
}

fn interaction(r: &mut Rng, people: &[(Person, String)]) -> String {
    let present: Vec<&Person> = people.iter().map(|(p, _)| p).filter(|p| !p.left).collect();
    let n = r.range(1, 3.min(present.len()));
    let mut with: Vec<&str> = (0..n)
        .map(|_| present[r.below(present.len())].id.as_str())
        .collect();
    with.sort_unstable();
    with.dedup();
    let kind = *r.pick(KINDS);
    let mut s = format!(
        "  - {{ date: {}, with: [{}], kind: {kind}",
        date(r.range(1, 700)),
        with.join(", ")
    );
    if matches!(kind, "meal" | "entertainment" | "gift") || r.chance(10) {
        let _ = write!(s, ", cost: {}", r.range(1, 200) * 100);
    }
    if r.chance(20) {
        let _ = write!(
            s,
            ", intel: {}",
            r.pick(&["accurate", "inaccurate", "unverified"])
        );
    }
    if r.chance(60) {
        let _ = write!(s, ", note: {}", quoted(r.pick::<&str>(NOTES)));
    }
    s.push_str(" }\n");
    s
}

fn account(r: &mut Rng, n: usize) -> Account {
    let name = format!("{} {} {}", r.pick(PLACES), r.pick(COMPANIES), n);
    let id = format!("acct-{n:05}");
    let mut competitors: Vec<String> = Vec::new();
    for _ in 0..r.range(0, 3) {
        let c = r.pick(COMPETITORS).to_string();
        if !competitors.contains(&c) {
            competitors.push(c);
        }
    }
    let mut head = String::new();
    let _ = writeln!(
        head,
        "# yaml-language-server: $schema=../schemas/account.schema.json"
    );
    let _ = writeln!(head, "account: {}", quoted(&name));
    let _ = writeln!(head, "id: {id}");
    let _ = writeln!(head, "owner: rep{}", n % 40);
    let _ = writeln!(
        head,
        "team:\n  - {{ id: rep{}, function: sales }}\n  - {{ id: eng{}, function: technical }}",
        n % 40,
        n % 25
    );
    let _ = writeln!(
        head,
        "competitors: [{}]",
        competitors
            .iter()
            .map(|c| quoted(c))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let revenue = r.range(1, 500) * 10_000;
    let _ = writeln!(
        head,
        "commercial:\n  currency: CNY\n  revenue: {revenue}\n  margin_pct: {}\n  growth_pct: {}\n  potential: {}\n  payment_days: {}",
        r.range(0, 45) as i64 - 5,
        r.range(0, 80) as i64 - 30,
        revenue * r.range(1, 8),
        r.range(30, 180)
    );
    let _ = writeln!(
        head,
        "goals:\n  - {{ horizon: short, text: {} }}\n  - {{ horizon: long, text: {} }}",
        quoted("Cut maintenance downtime this winter"),
        quoted("全面自动化")
    );
    let _ = writeln!(
        head,
        "pressure_points: [{}]",
        quoted("Environmental inspection in March")
    );
    let _ = writeln!(head, "opportunities:");
    for k in 0..r.range(1, 4) {
        let _ = writeln!(
            head,
            "  - {{ name: {}, value: {}, stage: {}, close: {} }}",
            quoted(&format!("Project {k}")),
            r.range(1, 100) * 50_000,
            r.pick(&["qualify", "develop", "propose", "negotiate", "won", "lost"]),
            date(r.range(0, 200))
        );
    }
    let count = r.range(8, 40);
    let mut people = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for i in 0..count {
        let p = person_block(r, i, &ids, &competitors);
        ids.push(p.0.id.clone());
        people.push(p);
    }
    // 20–400 interactions, most accounts near the low end (about 15 KB a file).
    let cap = r.range(20, 400);
    let upper = r.range(20, cap);
    let interactions = (0..r.range(20, upper))
        .map(|_| interaction(r, &people))
        .collect();
    Account {
        file: format!("{id}.yaml"),
        head,
        people,
        competitors,
        interactions,
    }
}

fn render(a: &Account) -> String {
    let mut s = a.head.clone();
    s.push_str("stakeholders:\n");
    for (_, block) in &a.people {
        s.push_str(block);
    }
    s.push_str("interactions:\n");
    for i in &a.interactions {
        s.push_str(i);
    }
    s
}

fn git(dir: &Path, args: &[&str], when: &str) {
    let ok = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", when)
        .env("GIT_COMMITTER_DATE", when)
        .env("GIT_AUTHOR_NAME", "Synth Rep")
        .env("GIT_AUTHOR_EMAIL", "rep@example.com")
        .env("GIT_COMMITTER_NAME", "Synth Rep")
        .env("GIT_COMMITTER_EMAIL", "rep@example.com")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(ok, "git {args:?} failed");
}

fn main() {
    let mut accounts_n = 100;
    let mut seed = 1u64;
    let mut out = PathBuf::from("synth");
    let mut commits = 0usize;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--accounts" => accounts_n = value.parse().expect("--accounts N"),
            "--seed" => seed = value.parse().expect("--seed S"),
            "--out" => out = PathBuf::from(value),
            "--git-commits" => commits = value.parse().expect("--git-commits C"),
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    std::fs::create_dir_all(&out).expect("create --out");
    let mut r = Rng(seed);
    let mut accounts: Vec<Account> = (0..accounts_n).map(|n| account(&mut r, n)).collect();
    let mut bytes = 0;
    for a in &accounts {
        let text = render(a);
        bytes += text.len();
        std::fs::write(out.join(&a.file), text).expect("write");
    }
    eprintln!(
        "{accounts_n} accounts, {:.1} KB on average",
        bytes as f64 / accounts_n.max(1) as f64 / 1024.0
    );
    if commits == 0 {
        return;
    }
    git(
        &out,
        &["init", "-q", "-b", "main"],
        "2025-01-01T09:00:00+00:00",
    );
    git(&out, &["add", "."], "2025-01-01T09:00:00+00:00");
    git(
        &out,
        &["commit", "-q", "-m", "Initial account plans"],
        "2025-01-01T09:00:00+00:00",
    );
    let base = chrono::NaiveDate::from_ymd_opt(2025, 1, 2).unwrap();
    for c in 0..commits {
        let when = format!(
            "{}T09:00:00+00:00",
            (base + chrono::Duration::days(c as i64 / 2)).format("%Y-%m-%d")
        );
        for _ in 0..r.range(1, 4) {
            let k = r.below(accounts.len());
            let a = &mut accounts[k];
            match r.below(4) {
                0 => {
                    // A stance moves.
                    let p = r.below(a.people.len());
                    let new = r
                        .pick(&["mentor", "supporter", "neutral", "opponent", "unknown"])
                        .to_string();
                    let (person, block) = &mut a.people[p];
                    let old = format!("us: {}", person.stance_us);
                    *block = block.replacen(&old, &format!("us: {new}"), 1);
                    person.stance_us = new;
                }
                1 => {
                    // Someone joins.
                    let ids: Vec<String> = a.people.iter().map(|(p, _)| p.id.clone()).collect();
                    let competitors = a.competitors.clone();
                    let p = person_block(&mut r, ids.len() + 1000, &ids, &competitors);
                    a.people.push(p);
                }
                2 => {
                    // Someone leaves.
                    let p = r.below(a.people.len());
                    let (person, block) = &mut a.people[p];
                    if !person.left && p > 0 {
                        person.left = true;
                        block.push_str(&format!("    left: {}\n", &when[..10]));
                    }
                }
                _ => {
                    // Interactions are logged.
                    for _ in 0..r.range(1, 3) {
                        let line = interaction(&mut r, &a.people);
                        a.interactions.push(line);
                    }
                }
            }
            std::fs::write(out.join(&a.file), render(a)).expect("write");
        }
        git(
            &out,
            &[
                "commit",
                "-q",
                "--allow-empty",
                "-am",
                &format!("Update {c}"),
            ],
            &when,
        );
    }
    eprintln!("{commits} commits");
}
