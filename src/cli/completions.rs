//! `guanxi completions` and `guanxi man`.

use std::io::{self, Write};

use clap::CommandFactory;

use super::exit;
use crate::i18n::{Msg, MsgArg};

/// Print shell completion code: commands, options, account and stakeholder ids.
///
/// Ids come from the account files in the current folder. The code asks guanxi itself at each TAB, so ids are always current:
/// bash: echo 'source <(guanxi completions bash)' >> ~/.bashrc
/// zsh:  echo 'source <(guanxi completions zsh)' >> ~/.zshrc
/// fish: guanxi completions fish > ~/.config/fish/completions/guanxi.fish
/// (the same as `COMPLETE=bash guanxi`, clap_complete's dynamic completion)
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    use clap_complete::Shell;
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let shell: &dyn EnvCompleter = match args.shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Elvish => &Elvish,
        Shell::PowerShell => &Powershell,
        _ => {
            return Ok(super::fail(Msg::new("error-shell-not-supported")));
        }
    };
    // Written in memory first, so that a closed pipe is an ordinary
    // (ignored) write error.
    let mut script = Vec::new();
    shell.write_registration("COMPLETE", "guanxi", "guanxi", "guanxi", &mut script)?;
    out.write_all(&script)?;
    Ok(exit::CLEAN)
}

/// Print a man page (roff), or write all of them.
///
/// guanxi man > ~/.local/share/man/man1/guanxi.1
/// guanxi man validate > ~/.local/share/man/man1/guanxi-validate.1
/// guanxi man --dir ~/.local/share/man/man1     # guanxi.1 and one page per command
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ManArgs {
    /// The command whose page to print (default: guanxi's own page).
    #[arg(value_name = "COMMAND", conflicts_with = "dir")]
    pub command: Option<String>,
    /// Write guanxi.1 and guanxi-COMMAND.1 for every command into DIR
    /// (made if missing), each file written atomically.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

/// The pages: `guanxi.1` and `guanxi-COMMAND.1` for each command, as
/// (file name, roff).
pub fn pages() -> io::Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = super::Cli::command();
    // Built, so that clap's own `help` command (which guanxi.1 lists) is there.
    cmd.build();
    let mut pages = Vec::new();
    let mut top = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut top)?;
    pages.push(("guanxi.1".to_string(), top));
    for sub in cmd.get_subcommands() {
        let name = format!("guanxi-{}", sub.get_name());
        let mut page = Vec::new();
        // The page's title and usage name the command as typed.
        let sub = sub
            .clone()
            .name(name.clone())
            .bin_name(format!("guanxi {}", sub.get_name()));
        clap_mangen::Man::new(sub).render(&mut page)?;
        pages.push((format!("{name}.1"), page));
    }
    Ok(pages)
}

pub fn man(args: &ManArgs, out: &mut dyn Write) -> io::Result<u8> {
    let pages = pages()?;
    if let Some(dir) = &args.dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            return Ok(super::fail(super::io_failed(
                "error-cannot-make-dir",
                dir,
                &e,
            )));
        }
        for (name, page) in &pages {
            let path = dir.join(name);
            if let Err(e) = crate::edit::write::atomic_bytes(&path, page) {
                return Ok(super::fail(super::io_failed(
                    "error-cannot-write",
                    &path,
                    &e,
                )));
            }
        }
        let line = Msg::new("man-wrote")
            .number("pages", pages.len())
            .text("dir", dir.display().to_string())
            .render(super::lang());
        writeln!(out, "{line}")?;
        return Ok(exit::CLEAN);
    }
    let wanted = match &args.command {
        None => "guanxi.1".to_string(),
        Some(c) => format!("guanxi-{c}.1"),
    };
    match pages.iter().find(|(name, _)| *name == wanted) {
        Some((_, page)) => out.write_all(page)?,
        None => {
            let names: Vec<String> = pages
                .iter()
                .skip(1)
                .map(|(n, _)| {
                    n.trim_start_matches("guanxi-")
                        .trim_end_matches(".1")
                        .to_string()
                })
                .collect();
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let query = args.command.as_deref().unwrap_or_default();
            return Ok(super::fail(
                Msg::new("error-no-command").text("query", query).arg(
                    "hint",
                    MsgArg::msg(crate::i18n::hint(query, &refs, "hint-commands")),
                ),
            ));
        }
    }
    Ok(exit::CLEAN)
}
