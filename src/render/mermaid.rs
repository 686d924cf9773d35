//! Mermaid flowcharts (renders on GitHub and GitLab as written).

use std::fmt::Write as _;

use crate::analysis::map::Map;
use crate::model::Stance;

/// Text safe inside a Mermaid `["…"]` label: entity codes for the
/// characters Mermaid would read as syntax; newlines become spaces.
pub fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in super::sanitize::terminal(&s.replace(['\n', '\r'], " "), false).chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            // `%%{…}%%` would be read as a directive, `%%` as a comment.
            '%' => out.push_str("#37;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub const STYLES: [(Stance, &str); 5] = [
    (Stance::Mentor, "fill:#1b5e20,color:#ffffff,stroke:#1b5e20"),
    (
        Stance::Supporter,
        "fill:#a5d6a7,color:#000000,stroke:#2e7d32",
    ),
    (Stance::Neutral, "fill:#eeeeee,color:#000000,stroke:#757575"),
    (
        Stance::Opponent,
        "fill:#ef9a9a,color:#000000,stroke:#b71c1c",
    ),
    (
        Stance::Unknown,
        "fill:#ffffff,color:#000000,stroke:#757575,stroke-dasharray:4 3",
    ),
];

/// The map as a Mermaid flowchart, with a legend.
pub fn map(m: &Map, lang: crate::model::Lang) -> String {
    let mut out = String::from("flowchart TD\n");
    let index = |id: &str| m.nodes.iter().position(|n| n.id == id).unwrap_or(0);
    for (i, n) in m.nodes.iter().enumerate() {
        let mut lines = vec![format!("<b>{}</b>", label(&n.name))];
        lines.extend(super::map::node_lines(n, lang).iter().map(|l| label(l)));
        let class = if n.left {
            "left".to_string()
        } else {
            n.stance.to_string()
        };
        let _ = writeln!(out, "  n{i}[\"{}\"]:::{class}", lines.join("<br/>"));
    }
    for (boss, report) in &m.edges {
        let _ = writeln!(out, "  n{} --> n{}", index(boss), index(report));
    }
    let deciders: Vec<String> = m
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.decider)
        .map(|(i, _)| format!("n{i}"))
        .collect();
    if !deciders.is_empty() {
        let _ = writeln!(out, "  class {} decider", deciders.join(","));
    }
    let (title, entries, decider) = super::map::legend(lang);
    let _ = writeln!(out, "  subgraph legend[\"{}\"]", label(&title));
    for (s, entry) in entries {
        let _ = writeln!(out, "    legend_{s}[\"{}\"]:::{s}", label(&entry));
    }
    let _ = writeln!(
        out,
        "    legend_decider[\"{}\"]:::decider\n  end",
        label(&decider)
    );
    for (s, style) in STYLES {
        let _ = writeln!(out, "  classDef {s} {style}");
    }
    out.push_str(
        "  classDef left fill:#e0e0e0,color:#616161,stroke:#9e9e9e,stroke-dasharray:2 2\n",
    );
    out.push_str("  classDef decider stroke-width:4px,font-weight:bold\n");
    out
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn labels_escape_mermaid_syntax() {
        assert_eq!(
            label("A \"B\" #1 <x> & `y`"),
            "A #quot;B#quot; #35;1 #lt;x#gt; #amp; #96;y#96;"
        );
        assert_eq!(label("[x](y)"), "[x](y)");
        assert_eq!(label("赵刚"), "赵刚");
        assert_eq!(label("a\nb"), "a b");
    }
}

#[cfg(test)]
mod label_tests {
    use super::label;

    #[test]
    fn newlines_and_directives_stay_text() {
        assert_eq!(label("Chief\nEngineer"), "Chief Engineer");
        let directive = label("%%{init: {'theme':'dark'}}%%");
        assert!(!directive.contains('%'), "{directive}");
        assert!(directive.starts_with("#37;#37;{init"), "{directive}");
    }
}
