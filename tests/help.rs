//! `--help` of every command, snapshotted: the help text is documentation.

mod common;

#[test]
fn the_command_line_definition_is_consistent() {
    use clap::CommandFactory;
    guanxi::cli::Cli::command().debug_assert();
}

/// Every subcommand clap knows of, `man` and `completions` included: a new
/// command gets its snapshot without anyone listing it here.
#[test]
fn help_of_every_command() {
    use clap::CommandFactory;
    let root = common::repo_root();
    let command = guanxi::cli::Cli::command();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 17, "{names:?}");
    let top = common::guanxi(&root, &["--help"]);
    assert_eq!(top.code, 0);
    insta::assert_snapshot!("help-guanxi", top.stdout);
    for name in names {
        let run = common::guanxi(&root, &[name.as_str(), "--help"]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        insta::assert_snapshot!(format!("help-{name}"), run.stdout);
    }
}

/// The same in Chinese (`--lang zh`): every command's help, at 80 columns,
/// with no line wider than the terminal (Chinese has no spaces to wrap at,
/// so guanxi wraps it before clap sees it).
#[test]
fn help_of_every_command_in_chinese() {
    use clap::CommandFactory;
    use unicode_width::UnicodeWidthStr;
    let root = common::repo_root();
    let mut names: Vec<String> = guanxi::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names.insert(0, String::new());
    for name in names {
        for flag in ["-h", "--help"] {
            let mut args = vec!["--lang", "zh"];
            if !name.is_empty() {
                args.push(&name);
            }
            args.push(flag);
            let run = common::guanxi(&root, &args);
            assert_eq!(run.code, 0, "{name}: {}", run.stderr);
            for line in run.stdout.lines() {
                assert!(
                    line.width() <= 80,
                    "{name} {flag}: {} columns: {line}",
                    line.width()
                );
            }
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Print help",
                "[default:",
                "[env:",
                "Possible values",
                "Examples:",
            ] {
                assert!(
                    !run.stdout.contains(english),
                    "{name} {flag}: `{english}` left in:\n{}",
                    run.stdout
                );
            }
            if flag == "--help" {
                let label = if name.is_empty() {
                    "guanxi"
                } else {
                    name.as_str()
                };
                insta::assert_snapshot!(format!("help-zh-{label}"), run.stdout);
            }
        }
    }
}

/// clap's own errors, in Chinese: a bad value, an unknown command or
/// option, a value a parser refused; exit 2 as in English.
#[test]
fn usage_errors_in_chinese() {
    let root = common::repo_root();
    let cases: [(&[&str], &[&str]); 4] = [
        (
            &["validate", "--format", "xml"],
            &["错误：", "'xml' 无效", "可选值：human、json"],
        ),
        (
            &["valdate"],
            &["没有命令 'valdate'", "是不是想写 'validate'"],
        ),
        (
            &["validate", "--bogus"],
            &["无法识别的参数 '--bogus'", "用法：guanxi validate [选项]"],
        ),
        (
            &["log", "a", "--with", "x", "--kind", "拜放"],
            &["'拜放' 无效", "是不是想写 `拜访`"],
        ),
    ];
    for (args, said) in cases {
        let mut all = args.to_vec();
        all.extend(["--lang", "zh"]);
        let run = common::guanxi(&root, &all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        for s in said {
            assert!(run.stderr.contains(s), "{args:?}: no {s}:\n{}", run.stderr);
        }
        assert!(
            run.stderr.contains("更多信息请用 '--help'。"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("error:"), "{}", run.stderr);
        // And English stays clap's own.
        let run = common::guanxi(&root, args);
        assert!(
            run.stderr.starts_with("error: "),
            "{args:?}: {}",
            run.stderr
        );
    }
}

/// A repository whose .guanxi.yaml says `lang: zh` gets its help and
/// usage errors in Chinese, without `--lang`; the line still wins.
#[test]
fn help_follows_the_repository_s_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".guanxi.yaml"), "lang: zh\n").unwrap();
    let run = common::guanxi(dir.path(), &["validate", "--help"]);
    assert!(
        run.stdout.contains("用法：guanxi validate"),
        "{}",
        run.stdout
    );
    let run = common::guanxi(dir.path(), &["validate", "--format", "xml"]);
    assert!(run.stderr.starts_with("错误："), "{}", run.stderr);
    let run = common::guanxi(dir.path(), &["validate", "--help", "--lang", "en"]);
    assert!(
        run.stdout.contains("Usage: guanxi validate"),
        "{}",
        run.stdout
    );
}

#[test]
fn usage_errors_exit_2_with_a_hint() {
    let root = common::repo_root();
    let run = common::guanxi(&root, &["validate", "--format", "xml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("possible values: human, json, github"),
        "{}",
        run.stderr
    );
    let run = common::guanxi(&root, &["frobnicate"]);
    assert_eq!(run.code, 2);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args([
            "validate",
            "tests/fixtures/yaml-test-suite/valid",
            "example-accounts",
            "--as-of",
            "2026-11-23",
        ])
        .current_dir(common::repo_root())
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: guanxi's next writes hit a closed pipe.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "{stderr}");
}

#[test]
fn generated_files_to_a_closed_pipe_are_not_an_error() {
    for args in [
        &["completions", "bash"][..],
        &["completions", "zsh"],
        &["man"],
        &["schema"],
        &["schema", "--settings"],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_guanxi"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before guanxi writes.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}
