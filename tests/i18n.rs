//! The Chinese interface (issue 16, first part): the catalogues agree, every
//! message the code asks for exists in both, the language is chosen by
//! `--lang`, `lang:` in .guanxi.yaml or the environment, and the English
//! output does not change.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{AS_OF, CliTest, repo_root};

/// The message ids a Fluent catalogue defines.
fn keys(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
        .collect()
}

/// A command's or option's help (`cli-…-about`, `cli-arg-…`, …): Chinese
/// only, the English being clap's doc comments.
fn is_help_text(key: &str) -> bool {
    key.starts_with("cli-")
        && (key.ends_with("-about")
            || key.ends_with("-after")
            || key.contains("arg-")
            || key.contains("value-"))
}

/// Every command, option and value of the command line has its Chinese
/// help; a key shared by several commands stands for one English text (a
/// command whose option says something else needs its own key); and no
/// help key is left over from an option that is gone.
#[test]
fn every_help_text_has_its_chinese() {
    use clap::CommandFactory;
    use guanxi::i18n::help::{arg_keys, value_keys};
    use std::collections::BTreeMap;
    let zh = keys(&repo_root().join("locales/zh-CN/guanxi.ftl"));
    let mut cmd = guanxi::cli::Cli::command();
    cmd.build();
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut english: BTreeMap<String, String> = BTreeMap::new();
    let mut missing: Vec<String> = Vec::new();
    let mut find = |keys: Vec<String>, text: String, what: String, shared: bool| match keys
        .iter()
        .find(|k| zh.contains(*k))
    {
        Some(k) => {
            used.insert(k.clone());
            if shared && let Some(before) = english.insert(k.clone(), text.clone()) {
                assert_eq!(before, text, "`{k}` stands for two English texts ({what})");
            }
        }
        None => missing.push(format!("{what}: {}", keys[0])),
    };
    // Every command, nested ones named after their parents (`person-add`).
    let mut commands: Vec<(Option<String>, &clap::Command)> = vec![(None, &cmd)];
    let mut at_level = 0;
    while at_level < commands.len() {
        let (name, c) = commands[at_level].clone();
        // clap's own `help` repeats the tree; its about is all it says.
        let subs = c.get_subcommands().filter(|_| c.get_name() != "help");
        for sub in subs {
            let full = name.as_ref().map_or_else(
                || sub.get_name().to_string(),
                |n| format!("{n}-{}", sub.get_name()),
            );
            commands.push((Some(full), sub));
        }
        at_level += 1;
    }
    for (name, c) in commands {
        let name = name.as_deref();
        let at = name.map_or("cli".to_string(), |n| format!("cli-{n}"));
        if let Some(about) = c.get_about() {
            find(
                vec![format!("{at}-about")],
                about.to_string(),
                at.clone(),
                false,
            );
        }
        if c.get_after_help().is_some() {
            find(
                vec![format!("{at}-after")],
                String::new(),
                at.clone(),
                false,
            );
        }
        for arg in c.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = arg.get_id().as_str();
            let text = arg
                .get_long_help()
                .or(arg.get_help())
                .map(|h| h.to_string());
            let built_in = matches!(id, "help" | "version");
            find(
                arg_keys(name, id),
                text.unwrap_or_default(),
                format!("{at} --{id}"),
                !built_in,
            );
            for v in arg.get_possible_values() {
                if let Some(help) = v.get_help() {
                    find(
                        value_keys(name, id, v.get_name()),
                        help.to_string(),
                        format!("{at} --{id} {}", v.get_name()),
                        true,
                    );
                }
            }
        }
    }
    assert!(missing.is_empty(), "help with no Chinese: {missing:#?}");
    let left: Vec<_> = zh
        .iter()
        .filter(|k| is_help_text(k) && !used.contains(*k))
        .collect();
    assert!(left.is_empty(), "Chinese help for nothing: {left:?}");
    assert!(used.len() >= 80, "{}", used.len());
}

#[test]
fn both_catalogues_have_the_same_messages_and_every_one_used_exists() {
    let root = repo_root().join("locales");
    let en = keys(&root.join("en-US/guanxi.ftl"));
    let zh = keys(&root.join("zh-CN/guanxi.ftl"));
    assert!(en.len() >= 12, "{en:?}");
    let only_en: Vec<_> = en.difference(&zh).collect();
    // The help of commands and options is English in the doc comments, so
    // only other languages have it in the catalogue (checked below).
    let only_zh: Vec<_> = zh.difference(&en).filter(|k| !is_help_text(k)).collect();
    assert!(
        only_en.is_empty() && only_zh.is_empty(),
        "only English: {only_en:?}; only Chinese: {only_zh:?}"
    );
    // Every `text(lang, "…")` / `text_with(lang, "…"` in the code names a message.
    let mut used = BTreeSet::new();
    for entry in walkdir::WalkDir::new(repo_root().join("src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).unwrap();
        // The messages are asked for as `text(lang, "key")` and
        // `text_with(lang, "key", …)`; keys are lowercase words and dashes.
        for call in ["text(lang,", "text_with(", "Msg::new("] {
            for piece in source.split(call).skip(1) {
                let piece = piece.trim_start();
                let piece = piece.strip_prefix("lang,").unwrap_or(piece).trim_start();
                let key = piece
                    .strip_prefix('"')
                    .and_then(|r| r.split_once('"'))
                    .map(|(k, _)| k)
                    .filter(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
                if let Some(key) = key {
                    used.insert(key.to_string());
                }
            }
        }
    }
    // Keys passed on before they reach `Msg::new` (a `value-…` word, a
    // help picked by a `match`): every literal with a diagnostic's prefix.
    const PASSED_ON: &[&str] = &[
        "check-",
        "read-",
        "yaml-",
        "replay-",
        "value-",
        "io-",
        "date-",
        "record-",
        "error-",
        "neglect-code-",
        "function-",
    ];
    // …but not a diagnostic's code (`yaml-syntax`), which is no message.
    let codes: BTreeSet<String> = std::fs::read_to_string(repo_root().join("src/finding.rs"))
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" = \"").map(|(_, rest)| rest))
        .filter_map(|rest| rest.split_once('"').map(|(code, _)| code.to_string()))
        .collect();
    assert!(codes.contains("yaml-syntax"), "{codes:?}");
    for entry in walkdir::WalkDir::new(repo_root().join("src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).unwrap();
        for literal in source.split('"').skip(1).step_by(2) {
            let shaped = literal
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if shaped
                && PASSED_ON.iter().any(|p| literal.starts_with(p))
                && !codes.contains(literal)
            {
                used.insert(literal.to_string());
            }
        }
    }
    assert!(used.len() >= 40, "{used:?}");
    // No key is built at run time: each is written out where it is used.
    assert!(used.contains("neglect-code-overdue") && used.contains("function-unknown"));
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(
        missing.is_empty(),
        "used but not in the catalogues: {missing:?}"
    );
}

/// guanxi at 100 columns with this environment (and nothing else).
fn run_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut all = args.to_vec();
    all.extend(["--as-of", AS_OF]);
    let mut vars = vec![("COLUMNS", "100")];
    vars.extend(env);
    common::guanxi_env(dir, &all, &vars).stdout
}

/// `guanxi COMMAND example-accounts --lang zh` shows every one of `chinese`
/// and none of `english` (beyond codes and names); its table is returned.
fn reads_chinese(command: &str, chinese: &[&str], english: &[&str]) -> String {
    let table = run_with(
        &repo_root(),
        &[command, "example-accounts", "--lang", "zh"],
        &[],
    );
    for word in chinese {
        assert!(table.contains(word), "{command}: no {word}:\n{table}");
    }
    for word in english.iter().chain(&["Unknown localization"]) {
        assert!(
            !table.contains(word),
            "{command}: `{word}` left in:\n{table}"
        );
    }
    table
}

/// A command's CSV and JSON are the same bytes in Chinese as in English:
/// scripts read them.
fn scripts_read_english(command: &str, formats: &[&str]) {
    let root = repo_root();
    for format in formats {
        let args = [command, "example-accounts", "--format", format];
        let zh = run_with(&root, &[&args[..], &["--lang", "zh"]].concat(), &[]);
        let en = run_with(&root, &args, &[]);
        assert_eq!(zh, en, "{command} {format}");
    }
}

#[test]
fn the_language_comes_from_the_flag_the_settings_or_the_environment() {
    let root = repo_root();
    let summary = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["validate", "example-accounts"];
        all.extend(args);
        run_with(&root, &all, env)
    };
    let en = "checked 5 files: no problems\n";
    let zh = "已检查 5 个文件：没有问题\n";
    assert_eq!(summary(&[], &[]), en);
    assert_eq!(summary(&["--lang", "zh"], &[]), zh);
    assert_eq!(summary(&[], &[("LANG", "zh_CN.UTF-8")]), zh);
    assert_eq!(
        summary(&[], &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")]),
        en
    );
    assert_eq!(summary(&["--lang", "en"], &[("LANG", "zh_CN.UTF-8")]), en);
    // The setting, and the flag over it.
    let t = CliTest::with_files(&[
        (
            "a.yaml",
            "account: A\nowner: o\nstakeholders:\n  - { id: a, name: A, level: staff, stance: { us: 支 } }\n",
        ),
        (".guanxi.yaml", "lang: zh\n"),
    ]);
    assert_eq!(
        run_with(t.root(), &["validate"], &[]),
        "已检查 1 个文件：没有问题\n"
    );
    assert_eq!(
        run_with(t.root(), &["validate", "--lang", "en"], &[]),
        "checked 1 file: no problems\n"
    );
    assert_eq!(
        run_with(t.root(), &["--lang", "en", "validate"], &[]),
        "checked 1 file: no problems\n"
    );
}

#[test]
fn the_positioning_table_reads_chinese_and_its_json_stays_english() {
    let root = repo_root();
    let table = run_with(
        &root,
        &[
            "positioning",
            "example-accounts",
            "--account",
            "huadong-power",
            "--lang",
            "zh",
        ],
        &[],
    );
    for word in [
        "姓名",
        "职务",
        "层级",
        "角色",
        "关系阶段",
        "高层",
        "核心决策者",
        "对我方的态度",
    ] {
        assert!(
            table.contains(word) || word == "对我方的态度",
            "{word}:\n{table}"
        );
    }
    for english in ["name", "level", "roles", "executive", "decider", "toward"] {
        assert!(!table.contains(english), "`{english}` left in:\n{table}");
    }
    assert!(table.contains("帮 帮助者 · 支 支持者"), "{table}");
    assert!(
        !table.contains('\u{2068}') && !table.contains('\u{2069}'),
        "isolation marks"
    );
    insta::assert_snapshot!("positioning-zh", table);
    // CSV and JSON stay English whatever the language.
    scripts_read_english("positioning", &["csv", "json"]);
    // A repository without a company name is 我方 in Chinese.
    let t = CliTest::with_files(&[(
        "a.yaml",
        "account: A\nowner: o\nstakeholders:\n  - { id: a, name: 王, level: executive, roles: [decider], stance: { us: unknown } }\n",
    )]);
    let table = run_with(t.root(), &["positioning", "--lang", "zh"], &[]);
    assert!(
        table.contains("对我方的态度：帮 0 · 支 0 · 中 0 · 反 0 · 不 1"),
        "{table}"
    );
    assert!(table.contains("需摸清态度：王（核心决策者）"), "{table}");
}

#[test]
fn the_neglected_table_reads_chinese() {
    let table = reads_chinese(
        "neglected",
        &[
            "客户",
            "联系人",
            "上次联系",
            "求助未回应",
            "马上回应他的",
            "从未联系",
            "去见一面",
        ],
        &["account", "stakeholder", "never", "overdue", "get in touch"],
    );
    insta::assert_snapshot!("neglected-zh", table);
    // CSV and JSON stay English for scripts.
    scripts_read_english("neglected", &["csv", "json"]);
}

#[test]
fn over_claims_read_chinese_and_their_json_stays_english() {
    let table = reads_chinese(
        "overclaimed",
        &[
            "客户",
            "发现",
            "怎么做",
            "被标为帮助者",
            "帮助者多了等于没有",
            "单线联系的陷阱",
        ],
        &["marked", "proved", "the single-thread trap"],
    );
    insta::assert_snapshot!("overclaimed-zh", table);
    scripts_read_english("overclaimed", &["csv", "json"]);
}

#[test]
fn coverage_reads_chinese() {
    let table = reads_chinese(
        "coverage",
        &[
            "担任者（对我方态度）",
            "核心决策者",
            "我方职能",
            "最近 90 天接触过的人",
            "商务谈判阶段",
        ],
        &["nobody", "engaged", "toward us", " is at "],
    );
    insta::assert_snapshot!("coverage-zh", table);
    scripts_read_english("coverage", &["csv", "json"]);
}

#[test]
fn the_agenda_reads_chinese_in_the_table_markdown_and_calendar() {
    let table = reads_chinese(
        "agenda",
        &[
            "截止",
            "对象",
            "怎么做",
            "马上回应他的求助",
            "很关键",
            "问你的帮助者",
        ],
        &["last contact", "matters", "is at the stage"],
    );
    insta::assert_snapshot!("agenda-zh", table);
    let root = repo_root();
    let ics = run_with(
        &root,
        &[
            "agenda",
            "example-accounts",
            "--format",
            "ics",
            "--lang",
            "zh",
        ],
        &[],
    );
    assert!(ics.contains("向我们求助"), "{ics}");
    scripts_read_english("agenda", &["json"]);
}

#[test]
fn the_weekly_report_has_chinese_sections_and_findings() {
    reads_chinese(
        "report",
        &[
            "# 大客户周报",
            "## 客户优先级排名",
            "## 被冷落的关系（人走茶凉）",
            "## 虚高的关系（关系甄别）",
            "## 采购小组覆盖缺口",
            "向我们求助",
        ],
        &[
            "Weekly account report",
            "Neglected relationships",
            "Over-claimed helpers",
        ],
    );
    scripts_read_english("report", &["json"]);
}

#[test]
fn history_reads_chinese() {
    let t = CliTest::with_files(&[(
        "a.yaml",
        "account: 华东\nid: a\nowner: o\nstakeholders:\n  - { id: zhou, name: 周建华, level: executive, stance: { us: neutral } }\n",
    )]);
    t.git(&["init", "-q", "-b", "main"], "2026-11-01");
    t.git(&["add", "."], "2026-11-01");
    t.git(&["commit", "-q", "-m", "start"], "2026-11-01");
    t.write(
        "a.yaml",
        "account: 华东\nid: a\nowner: o\nstakeholders:\n  - { id: zhou, name: 周建华, level: executive, stance: { us: supporter } }\ninteractions:\n  - { date: 2026-11-10, with: [zhou], kind: visit }\n",
    );
    t.git(&["commit", "-q", "-am", "moved"], "2026-11-10");
    let zh = run_with(t.root(), &["history", "--lang", "zh"], &[]);
    for word in [
        "日期",
        "变化",
        "周建华 对我方：中立者 → 支持者（转向我方）",
        "记录了 1 次往来：拜访",
        "新增客户，共 1 位联系人",
    ] {
        assert!(zh.contains(word), "{word}:\n{zh}");
    }
    // The notes on stderr too.
    let past = common::guanxi_env(
        t.root(),
        &["positioning", "--as-of", "2026-11-05", "--lang", "zh"],
        &[],
    );
    assert!(
        past.stderr
            .contains("guanxi: 提示：截止日期为 2026-11-05，但客户文件在 2026-11-05 之后有提交"),
        "{}",
        past.stderr
    );
    let en = run_with(t.root(), &["history"], &[]);
    assert!(
        en.contains("周建华 toward us: neutral → supporter (toward us)"),
        "{en}"
    );
    assert!(en.contains("1 interaction logged: visit"), "{en}");
}

#[test]
fn the_ranking_and_its_explanation_read_chinese() {
    let table = reads_chinese(
        "rank",
        &["排名", "最大加分 / 减分", "加分：", "加权商机"],
        &["lift:", "drag:", "finding(s)", "intel proved right"],
    );
    insta::assert_snapshot!("rank-zh", table);
    let explained = run_with(
        &repo_root(),
        &["rank", "example-accounts", "--explain", "--lang", "zh"],
        &[],
    );
    for word in ["对总分的影响", "营收", "采购角色", "加权商机", "· 商机"] {
        assert!(explained.contains(word), "{word}:\n{explained}");
    }
    assert!(!explained.contains("Unknown localization"), "{explained}");
    insta::assert_snapshot!("rank-explain-zh", explained);
    scripts_read_english("rank", &["csv", "json"]);
}

#[test]
fn maps_read_chinese() {
    let root = repo_root();
    for format in ["mermaid", "dot", "svg"] {
        let map = run_with(
            &root,
            &[
                "map",
                "huadong-power",
                "example-accounts",
                "--format",
                format,
                "--lang",
                "zh",
            ],
            &[],
        );
        for word in [
            "对我方：帮",
            "首倡者、技术支持者",
            "对我方的态度",
            "帮 帮助者",
            "核心决策者",
        ] {
            // layout-rs draws no cluster labels: the legend's title is not in the SVG.
            if format == "svg" && word == "对我方的态度" {
                continue;
            }
            assert!(map.contains(word), "{format}: {word}:\n{map}");
        }
        for english in [
            "us: ",
            "mentor of",
            "stance toward us",
            "Unknown localization",
        ] {
            assert!(
                !map.contains(english),
                "{format}: `{english}` left in:\n{map}"
            );
        }
        if format != "svg" {
            insta::assert_snapshot!(format!("map-zh-{format}"), map);
        }
    }
}

#[test]
fn init_writes_a_chinese_repository() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::guanxi_env(dir.path(), &["init", "plans"], &[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout
            .starts_with("已在 plans 创建大客户关系档案仓库："),
        "{}",
        run.stdout
    );
    let plans = dir.path().join("plans");
    let readme = std::fs::read_to_string(plans.join("README.md")).unwrap();
    assert!(readme.starts_with("# 大客户关系档案"), "{readme}");
    let settings = std::fs::read_to_string(plans.join(".guanxi.yaml")).unwrap();
    assert!(settings.contains("\nlang: zh\n"), "{settings}");
    assert!(plans.join("accounts/huadong-power.yaml").is_file());
    // It validates clean, and answers in Chinese without being asked.
    let check = common::guanxi_env(&plans, &["validate", "--as-of", AS_OF], &[]);
    assert_eq!(check.code, 0, "{}", check.transcript());
    assert_eq!(check.stdout, "已检查 1 个文件：没有问题\n");
    // `new` there writes a skeleton commented in Chinese, which validates.
    let new = common::guanxi_env(
        &plans,
        &[
            "new",
            "青山钢铁集团",
            "--id",
            "qingshan",
            "--owner",
            "li.ming",
        ],
        &[],
    );
    assert_eq!(
        new.stdout,
        "已写入 accounts/qingshan.yaml\n",
        "{}",
        new.transcript()
    );
    let skeleton = std::fs::read_to_string(plans.join("accounts/qingshan.yaml")).unwrap();
    assert!(skeleton.contains("# 青山钢铁集团 的客户档案"), "{skeleton}");
    let check = common::guanxi_env(&plans, &["validate", "--as-of", AS_OF], &[]);
    assert_eq!(check.code, 0, "{}", check.transcript());
}

#[test]
fn edits_report_in_chinese() {
    let t = CliTest::with_files(&[(
        "a.yaml",
        "account: A\nid: a\nowner: o\nstakeholders:\n  - { id: xu, name: 徐工, level: staff, stance: { us: 中 } }\n",
    )]);
    let log = run_with(
        t.root(),
        &["log", "a", "--with", "xu", "--kind", "拜访", "--lang", "zh"],
        &[],
    );
    assert_eq!(log, "已在 a.yaml 记录：2026-11-23 与 xu 拜访\n");
    let stance = run_with(t.root(), &["stance", "a", "xu", "支", "--lang", "zh"], &[]);
    assert_eq!(stance, "a：xu 对我方：中 → 支\n");
    let english = run_with(t.root(), &["stance", "a", "xu", "neutral"], &[]);
    assert_eq!(english, "a: xu toward us: supporter → neutral\n");
}

/// What stops a command is said in Chinese too: an account or person that
/// is not there, an option that does not fit, a path that does not exist,
/// a change that would break the file; the exit statuses do not change.
#[test]
fn errors_read_chinese() {
    let t = CliTest::with_files(&[(
        "a.yaml",
        "account: A\nid: a\nowner: o\ncompetitors: [甲]\nstakeholders:\n  - { id: xu, name: 徐工, level: staff, stance: { us: 中 } }\n",
    )]);
    let cases: [(&[&str], &str, i32); 6] = [
        (
            &["log", "b", "--with", "xu", "--kind", "visit"],
            "没有客户 `b`；现有的客户：a",
            2,
        ),
        (
            &["stance", "a", "xv", "支"],
            "a 中没有关系人 `xv`；现有的人：xu (徐工)",
            2,
        ),
        (
            &["stance", "a", "xu", "支", "--against", "乙"],
            "`乙` 不是 a 的竞争对手；现有的竞争对手：甲",
            2,
        ),
        (
            &[
                "export", "--table", "accounts", "--excel", "--format", "jsonl",
            ],
            "--excel 只用于 CSV",
            2,
        ),
        (&["validate", "nowhere"], "nowhere：文件或目录不存在", 2),
        (
            &["history", "--since", "9x"],
            "`9x` 不是 YYYY-MM-DD 格式的日期；或者写一个时段",
            2,
        ),
    ];
    for (args, said, code) in cases {
        let mut all = args.to_vec();
        all.extend(["--lang", "zh", "--as-of", AS_OF]);
        let run = common::guanxi(t.root(), &all);
        assert_eq!(run.code, code, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(said),
            "{args:?}: no {said}:\n{}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("Unknown localization"),
            "{}",
            run.stderr
        );
    }
    // A read-only file: the refusal guanxi itself words, in Chinese.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = t.root().join("a.yaml");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let run = common::guanxi(
            t.root(),
            &["stance", "a", "xu", "支", "--lang", "zh", "--as-of", AS_OF],
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("文件是只读的"), "{}", run.stderr);
    }
}

/// No sentence people read is written in a renderer: every one is a
/// catalogue message. A literal of two words or more that is no markup
/// (HTML, CSS, Mermaid, format placeholders) fails, except the English help
/// of a format (`Supported(…, "…")`, the English `--help` written beside
/// the code like a doc comment, its Chinese in the catalogue).
#[test]
fn renderers_write_no_sentence_of_their_own() {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(repo_root().join("src/render")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).unwrap();
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let code: String = code
            .lines()
            .map(|l| {
                if l.trim_start().starts_with("//") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for (at, literal) in string_literals(&code) {
            let words = literal
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 2)
                .count();
            let markup = literal.contains(['<', '>', '{', '}', '=', ';', ':', '#']);
            let help = code[at.saturating_sub(60)..at].contains("Supported(");
            // A diagram's own keywords.
            let syntax = literal.starts_with("flowchart ");
            if words >= 2 && literal.contains(' ') && !markup && !help && !syntax {
                found.push(format!("{}: {literal:?}", entry.path().display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences outside the catalogues: {found:#?}"
    );
}

/// The string literals of Rust source (plain, with escapes, and raw `r#"…"#`),
/// each with the byte where it starts; char literals are skipped.
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // '"' and '\'' style char literals.
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 3,
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => i += 4,
            b'r' if bytes.get(i + 1) == Some(&b'#') && bytes.get(i + 2) == Some(&b'"') => {
                let start = i + 3;
                let end = code[start..].find("\"#").map_or(code.len(), |e| start + e);
                out.push((i, code[start..end].to_string()));
                i = end + 2;
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let j = j.min(bytes.len());
                out.push((i, code[start..j].to_string()));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}
