//! What `validate` found: every diagnostic of the files read, in each of
//! its formats (the building blocks are `human.rs`, `json.rs`, `github.rs`
//! and `sarif.rs`).

use std::io::{self, Write};

use super::{OutputFormat, Render, RenderCtx, Supported, github, human, json, sarif};
use crate::finding::Diagnostic;

/// The files read and what is wrong with them, in output order.
#[derive(Debug)]
pub struct Validation<'a> {
    pub files: usize,
    pub diagnostics: &'a [Diagnostic],
}

impl Render for Validation<'_> {
    const FORMATS: &'static [Supported] = &[
        Supported(
            OutputFormat::Human,
            "Source snippets with the problem underlined, and a fix",
        ),
        Supported(
            OutputFormat::Json,
            "One JSON object: {files, errors, warnings, diagnostics: [...]}",
        ),
        Supported(
            OutputFormat::Github,
            "GitHub Actions workflow commands (::error file=…,line=…::…)",
        ),
        Supported(
            OutputFormat::Sarif,
            "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers",
        ),
    ];

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        match format {
            OutputFormat::Json => json::write_validation(out, self.files, self.diagnostics),
            OutputFormat::Github => github::write_validation(out, self.diagnostics, ctx.lang),
            OutputFormat::Sarif => sarif::write_validation(out, self.diagnostics),
            _ => {
                let style = human::Style {
                    color: ctx.color,
                    width: ctx.width,
                    lang: ctx.lang,
                };
                human::write_diagnostics(out, self.diagnostics, style)?;
                human::write_summary(out, self.files, self.diagnostics, ctx.lang)
            }
        }
    }
}
