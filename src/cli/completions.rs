//! `guanxi completions` and `guanxi man`.

use std::io::{self, Write};

use clap::CommandFactory;

use super::exit;

/// Print a shell completion script.
///
/// bash: guanxi completions bash > ~/.local/share/bash-completion/completions/guanxi
/// zsh:  guanxi completions zsh > "${fpath[1]}/_guanxi"
/// fish: guanxi completions fish > ~/.config/fish/completions/guanxi.fish
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let mut cmd = super::Cli::command();
    // clap_complete panics when a write fails; build the script in memory
    // so that a closed pipe is an ordinary (ignored) write error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "guanxi", &mut script);
    out.write_all(&script)?;
    Ok(exit::CLEAN)
}

/// Print the man page (roff): guanxi man > ~/.local/share/man/man1/guanxi.1
#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn man(out: &mut dyn Write) -> io::Result<u8> {
    clap_mangen::Man::new(super::Cli::command()).render(out)?;
    Ok(exit::CLEAN)
}
