//! `guanxi man`: the manual pages, from the same clap tree as `--help`.

use std::io::{self, Write};

use clap::CommandFactory;

use super::exit;
use crate::i18n::{Msg, MsgArg};

/// Print a man page (roff), or write all of them.
///
/// guanxi man > ~/.local/share/man/man1/guanxi.1
/// guanxi man validate > ~/.local/share/man/man1/guanxi-validate.1
/// guanxi man --dir ~/.local/share/man/man1     # guanxi.1 and one page per command
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
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

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let pages = pages()?;
    if let Some(dir) = &args.dir {
        return Ok(match write_all(dir, &pages) {
            Ok(()) => {
                let wrote = Msg::new("man-wrote")
                    .number("pages", pages.len())
                    .text("dir", dir.display().to_string());
                writeln!(out, "{}", wrote.render(super::lang()))?;
                exit::CLEAN
            }
            Err(why) => super::fail(why),
        });
    }
    let query = args.command.as_deref();
    let wanted = query.map_or_else(|| "guanxi.1".to_string(), |c| format!("guanxi-{c}.1"));
    let Some((_, page)) = pages.iter().find(|(name, _)| *name == wanted) else {
        let commands: Vec<&str> = pages
            .iter()
            .skip(1)
            .map(|(n, _)| n.trim_start_matches("guanxi-").trim_end_matches(".1"))
            .collect();
        let query = query.unwrap_or_default();
        let hint = crate::i18n::hint(query, &commands, "hint-commands");
        let why = Msg::new("error-no-command")
            .text("query", query)
            .arg("hint", MsgArg::msg(hint));
        return Ok(super::fail(why));
    };
    out.write_all(page)?;
    Ok(exit::CLEAN)
}

/// Writes every page into `dir` (made if missing), each atomically.
fn write_all(dir: &std::path::Path, pages: &[(String, Vec<u8>)]) -> Result<(), Msg> {
    std::fs::create_dir_all(dir).map_err(|e| super::io_failed("error-cannot-make-dir", dir, &e))?;
    for (name, page) in pages {
        let path = dir.join(name);
        crate::edit::write::atomic_bytes(&path, page)
            .map_err(|e| super::io_failed("error-cannot-write", &path, &e))?;
    }
    Ok(())
}
