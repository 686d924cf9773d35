//! `guanxi init`: a new account-plan repository that works as created.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{exit, fail, io_failed};
use crate::i18n::{Msg, MsgArg};

/// Create an account-plan repository: accounts/ with one example, a
/// commented .guanxi.yaml, the JSON Schema, a CI workflow, a pre-commit
/// configuration and a README.
///
/// Refuses to overwrite: if any of the files exists, nothing is written.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi init account-plans && cd account-plans && guanxi validate
  guanxi init plans --install git=https://github.com/acme/guanxi@4f2c1e9
  guanxi init plans --install 'https://…/guanxi-TARGET.tar.gz#sha256=HEX'")]
pub struct Args {
    /// Directory to create the repository in (created if missing).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Where the CI workflow gets guanxi: `cargo` (crates.io, this
    /// version), `git=URL@COMMIT` (built from a repository at a fixed
    /// commit), or `https://…/guanxi-TARGET.tar.gz#sha256=HEX` (a prebuilt
    /// Linux binary, checked against its SHA-256). Builds are cached.
    #[arg(long, value_name = "SOURCE", default_value = "cargo", value_parser = super::install::parse)]
    pub install: super::install::Install,
    /// The language of the README, the settings' comments and the example
    /// account (zh: a Chinese account, and `lang: zh`). Default: the
    /// environment's (LANG=zh_CN.UTF-8 → zh), else en.
    #[arg(long, value_enum, value_name = "LANG", env = "GUANXI_LANG")]
    pub lang: Option<crate::model::Lang>,
}

const EXAMPLE: &str = include_str!("../../example-accounts/meridian-appliances.yaml");
const EXAMPLE_ZH: &str = include_str!("../../example-accounts/huadong-power.yaml");

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let lang = super::choose(args.lang, None);
    let zh = lang == crate::model::Lang::Zh;
    let (settings, example, readme) = if zh {
        (
            include_str!("templates/zh/guanxi.yaml"),
            ("accounts/huadong-power.yaml", EXAMPLE_ZH),
            include_str!("templates/zh/README.md"),
        )
    } else {
        (
            include_str!("templates/guanxi.yaml"),
            ("accounts/meridian-appliances.yaml", EXAMPLE),
            include_str!("templates/README.md"),
        )
    };
    let files: Vec<(&str, String)> = vec![
        (".guanxi.yaml", settings.to_string()),
        (example.0, example.1.to_string()),
        (
            "schemas/account.schema.json",
            crate::schema::account_schema(),
        ),
        (
            "schemas/settings.schema.json",
            crate::schema::settings_schema(),
        ),
        (".github/workflows/guanxi.yml", workflow(&args.install)),
        (
            ".pre-commit-config.yaml",
            include_str!("templates/pre-commit-config.yaml").to_string(),
        ),
        ("README.md", readme.to_string()),
        (
            ".gitignore",
            format!(
                "# guanxi's temporary files: a killed run may leave one, a full copy of an account.\n{}\n",
                crate::edit::write::TEMP_PATTERN
            ),
        ),
    ];
    // Only inside DIR: a folder on the way that is a link would send the
    // files somewhere else.
    for (name, _) in &files {
        for at in folders(&args.dir, name) {
            if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
                return Ok(fail(
                    Msg::new("error-init-link")
                        .text("path", at.display().to_string())
                        .text("dir", args.dir.display().to_string()),
                ));
            }
        }
    }
    let existing: Vec<&str> = files
        .iter()
        .filter(|(name, _)| args.dir.join(name).exists())
        .map(|(name, _)| *name)
        .collect();
    if !existing.is_empty() {
        return Ok(fail(
            Msg::new("error-init-exists")
                .text("dir", args.dir.display().to_string())
                .arg(
                    "files",
                    MsgArg::List(existing.iter().map(|f| f.to_string()).collect()),
                ),
        ));
    }
    // Everything or nothing: on a failure, what was written goes again,
    // and so do the folders made for it.
    let mut made: Vec<std::path::PathBuf> = Vec::new();
    for (name, _) in &files {
        for at in folders(&args.dir, name) {
            if !at.exists() && !made.contains(&at) {
                made.push(at);
            }
        }
    }
    let mut written: Vec<std::path::PathBuf> = Vec::new();
    for (name, text) in &files {
        let path = args.dir.join(name);
        let result = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| crate::edit::write::create_new(&path, text));
        if let Err(e) = result {
            for done in written.iter().rev() {
                let _ = std::fs::remove_file(done);
            }
            for dir in made.iter().rev() {
                let _ = std::fs::remove_dir(dir);
            }
            return Ok(fail(io_failed("error-cannot-write-nothing", &path, &e)));
        }
        written.push(path);
    }
    let dir = crate::source::display_path(&args.dir);
    writeln!(
        out,
        "{}",
        crate::i18n::text_with(
            lang,
            "init-created",
            &[("dir", crate::i18n::Arg::Text(&dir))]
        )
    )?;
    for (name, _) in &files {
        writeln!(out, "  {name}")?;
    }
    let source = args.install.to_string();
    writeln!(
        out,
        "{}",
        crate::i18n::text_with(
            lang,
            "init-installs",
            &[("source", crate::i18n::Arg::Text(&source))]
        )
    )?;
    writeln!(
        out,
        "{}",
        crate::i18n::text_with(lang, "init-next", &[("dir", crate::i18n::Arg::Text(&dir))])
    )?;
    Ok(exit::CLEAN)
}

/// The CI workflow, installing guanxi from `install`.
pub fn workflow(install: &super::install::Install) -> String {
    include_str!("templates/workflow.yml").replace("%%INSTALL%%", &super::install::steps(install))
}

/// The folders from `dir` down to the file `name` (relative to it), outermost
/// first: `a/b/c.yaml` gives `dir/a`, `dir/a/b`.
fn folders(dir: &std::path::Path, name: &str) -> Vec<std::path::PathBuf> {
    let mut at = dir.to_path_buf();
    std::path::Path::new(name)
        .parent()
        .into_iter()
        .flat_map(|p| p.components())
        .map(|part| {
            at.push(part);
            at.clone()
        })
        .collect()
}
