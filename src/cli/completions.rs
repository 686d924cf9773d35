//! `guanxi completions`: the shell's completion code.

use std::io::{self, Write};

use super::exit;
use crate::i18n::Msg;

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
