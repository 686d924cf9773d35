//! `guanxi schema`: the JSON Schema editors use for completion and checks.

use std::io::{self, Write};

use super::exit;

/// Print the JSON Schema (2020-12) of account files, or of .guanxi.yaml.
///
/// The schema is generated from the same Rust types guanxi reads files
/// with; `schemas/account.schema.json` in the repository is this output.
/// Point your editor at it with the first line of an account file:
///   # yaml-language-server: $schema=../schemas/account.schema.json
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the schema of .guanxi.yaml instead.
    #[arg(long)]
    pub settings: bool,
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let text = if args.settings {
        crate::schema::settings_schema()
    } else {
        crate::schema::account_schema()
    };
    out.write_all(text.as_bytes())?;
    Ok(exit::CLEAN)
}
