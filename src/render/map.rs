//! A power map: Mermaid or Graphviz DOT.

use std::io::{self, Write};

use super::{OutputFormat, Render, RenderCtx, Supported, dot, mermaid};
use crate::analysis::map::{Map, Node};
use crate::i18n::{Arg, list_separator, text, text_with, word};
use crate::model::{Lang, Stance};

impl Render for Map {
    const FORMATS: &'static [Supported] = &[
        Supported(OutputFormat::Mermaid, "Mermaid flowchart"),
        Supported(OutputFormat::Dot, "Graphviz DOT"),
        Supported(
            OutputFormat::Svg,
            "SVG, laid out in process (layout-rs): no Graphviz needed",
        ),
    ];

    fn render(&self, format: OutputFormat, ctx: &RenderCtx, out: &mut dyn Write) -> io::Result<()> {
        let text = match format {
            OutputFormat::Dot => dot::map(self, ctx.lang),
            OutputFormat::Svg => super::html::svg(self, ctx.lang),
            _ => mermaid::map(self, ctx.lang),
        };
        out.write_all(text.as_bytes())
    }
}

/// A person's box after their name, one line each, not yet escaped: title,
/// roles, stance toward us, whose mentor they also are, and whether they
/// left. Mermaid and DOT escape them their own ways.
pub fn node_lines(n: &Node, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(t) = &n.title {
        lines.push(t.clone());
    }
    if !n.roles.is_empty() {
        let roles: Vec<&str> = n.roles.iter().map(|r| word!(lang, *r)).collect();
        lines.push(roles.join(list_separator(lang)));
    }
    lines.push(text_with(
        lang,
        "map-us",
        &[("stance", Arg::Text(word!(lang, n.stance)))],
    ));
    for c in &n.mentor_of {
        lines.push(text_with(lang, "map-mentor-of", &[("rival", Arg::Text(c))]));
    }
    if n.left {
        lines.push(text(lang, "map-left"));
    }
    lines
}

/// The legend: its title, one entry per stance, and the decider's.
pub fn legend(lang: Lang) -> (String, Vec<(Stance, String)>, String) {
    let entries = Stance::ALL
        .iter()
        .map(|s| {
            let entry = text_with(
                lang,
                "map-legend-stance",
                &[
                    ("stance", Arg::Text(s.as_str())),
                    ("symbol", Arg::Text(s.alias().unwrap_or(""))),
                    (
                        "word",
                        Arg::Text(&crate::analysis::finding::stance_name(*s).render(lang)),
                    ),
                ],
            );
            (*s, entry)
        })
        .collect();
    (text(lang, "map-legend"), entries, text(lang, "map-decider"))
}
