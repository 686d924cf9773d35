//! `guanxi init`: a new account-plan repository that works as created.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{exit, fail};
use crate::i18n::{Arg, text_with};
use crate::scaffold::install::Install;
use crate::scaffold::repo;

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
    #[arg(long, value_name = "SOURCE", default_value = "cargo", value_parser = parse_install)]
    pub install: Install,
    /// The language of the README, the settings' comments and the example
    /// account (zh: a Chinese account, and `lang: zh`). Default: the
    /// environment's (LANG=zh_CN.UTF-8 → zh), else en.
    #[arg(long, value_enum, value_name = "LANG", env = "GUANXI_LANG")]
    pub lang: Option<crate::model::Lang>,
}

fn parse_install(s: &str) -> Result<Install, String> {
    crate::scaffold::install::parse(s).map_err(|m| m.render(super::lang()))
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let lang = super::choose(args.lang, None);
    let files = repo::files(&args.install, lang);
    if let Err(why) = repo::create(&args.dir, &files) {
        return Ok(fail(why));
    }
    let dir = crate::source::display_path(&args.dir);
    writeln!(
        out,
        "{}",
        text_with(lang, "init-created", &[("dir", Arg::Text(&dir))])
    )?;
    for (name, _) in &files {
        writeln!(out, "  {name}")?;
    }
    let source = args.install.to_string();
    let installs = text_with(lang, "init-installs", &[("source", Arg::Text(&source))]);
    writeln!(out, "{installs}")?;
    writeln!(
        out,
        "{}",
        text_with(lang, "init-next", &[("dir", Arg::Text(&dir))])
    )?;
    Ok(exit::CLEAN)
}
