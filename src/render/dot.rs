//! Graphviz DOT (`dot -Tsvg map.dot > map.svg`).

use std::fmt::Write as _;

use crate::analysis::map::Map;
use crate::model::Stance;

/// Text safe inside a DOT double-quoted string.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in super::sanitize::terminal(&s.replace(['\n', '\r'], " "), false).chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn colours(s: Stance) -> (&'static str, &'static str, &'static str) {
    // fill, font, style
    match s {
        Stance::Mentor => ("#1b5e20", "#ffffff", "rounded,filled"),
        Stance::Supporter => ("#a5d6a7", "#000000", "rounded,filled"),
        Stance::Neutral => ("#eeeeee", "#000000", "rounded,filled"),
        Stance::Opponent => ("#ef9a9a", "#000000", "rounded,filled"),
        Stance::Unknown => ("#ffffff", "#000000", "rounded,filled,dashed"),
    }
}

/// The map as a DOT digraph, with a legend.
pub fn map(m: &Map, lang: crate::model::Lang) -> String {
    let mut out = format!("digraph {} {{\n", quote(&m.name));
    out.push_str("  rankdir=TB;\n  node [shape=box, fontname=\"sans-serif\"];\n");
    for (i, n) in m.nodes.iter().enumerate() {
        let mut lines = vec![n.name.clone()];
        lines.extend(super::map::node_lines(n, lang));
        let label = lines
            .iter()
            .map(|l| quote(l))
            .map(|q| q[1..q.len() - 1].to_string())
            .collect::<Vec<_>>()
            .join("\\n");
        let (fill, font, style) = if n.left {
            ("#e0e0e0", "#616161", "rounded,filled,dotted")
        } else {
            colours(n.stance)
        };
        let extra = if n.decider {
            ", penwidth=3, fontname=\"sans-serif bold\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  n{i} [label=\"{label}\", style=\"{style}\", fillcolor=\"{fill}\", fontcolor=\"{font}\"{extra}];"
        );
    }
    let index = |id: &str| m.nodes.iter().position(|n| n.id == id).unwrap_or(0);
    for (boss, report) in &m.edges {
        let _ = writeln!(out, "  n{} -> n{};", index(boss), index(report));
    }
    let (title, entries, decider) = super::map::legend(lang);
    let _ = writeln!(
        out,
        "  subgraph cluster_legend {{\n    label={};",
        quote(&title)
    );
    for (s, entry) in entries {
        let (fill, font, style) = colours(s);
        let _ = writeln!(
            out,
            "    legend_{s} [label={}, style=\"{style}\", fillcolor=\"{fill}\", fontcolor=\"{font}\"];",
            quote(&entry)
        );
    }
    let _ = writeln!(
        out,
        "    legend_decider [label={}, penwidth=3];\n  }}\n}}",
        quote(&decider)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quotes_escape_dot_syntax() {
        assert_eq!(quote("say \"hi\" \\ {x}"), "\"say \\\"hi\\\" \\\\ {x}\"");
        assert_eq!(quote("a\nb"), "\"a b\"");
    }
}
