//! HTML building blocks: escaping, tables, the page around them, the
//! ranking's bars and the power map as inline SVG. No script, no network:
//! the page is one file that a browser, a mail client or a printer reads.

use super::grid::Grid;
use super::sanitize;
use crate::analysis::map::Map;
use crate::analysis::report::{RankRow, StanceWeek};

/// Text safe in HTML content and attribute values: control, invisible and
/// bidirectional characters shown as escapes (as on the terminal), then
/// `& < > " '` as entities.
pub fn escape(text: &str) -> String {
    let shown = sanitize::terminal(text, false);
    let mut out = String::with_capacity(shown.len());
    for c in shown.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A table with its header row.
pub fn table(grid: &Grid) -> String {
    let mut out = String::from("<table>\n<thead><tr>");
    for h in &grid.headers {
        out.push_str(&format!("<th>{}</th>", escape(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &grid.rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str(&format!("<td>{}</td>", escape(cell)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// A horizontal bar for a 0–100 value, as inline SVG with the value beside.
fn bar(value: f64, class: &str) -> String {
    let width = value.clamp(0.0, 100.0);
    format!(
        "<svg class=\"bar\" width=\"100\" height=\"10\" viewBox=\"0 0 100 10\" role=\"img\" aria-label=\"{value:.1}\"><rect width=\"100\" height=\"10\" class=\"track\"/><rect width=\"{width:.1}\" height=\"10\" class=\"{class}\"/></svg> {value:.1}"
    )
}

/// The ranking with each account's three parts as small bars.
pub fn ranking(rows: &[RankRow], headers: &[String; 6]) -> String {
    let cells: String = headers
        .iter()
        .map(|h| format!("<th>{}</th>", escape(h)))
        .collect();
    let mut out = format!("<table class=\"ranking\">\n<thead><tr>{cells}</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{} <span class=\"id\">({})</span></td><td class=\"score\">{:.1}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            r.rank,
            escape(&r.name),
            escape(&r.account),
            r.score,
            bar(r.parts.commercial, "commercial"),
            bar(r.parts.relationship, "relationship"),
            bar(r.parts.timing, "timing"),
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// One line of the stance chart: its label, colour and count.
type Series = (
    String,
    plotters::style::RGBColor,
    fn(&crate::analysis::positioning::Counts) -> usize,
);

/// How many people stood where toward us, week by week: one line per
/// stance, drawn by plotters as inline SVG.
pub fn stance_chart(weeks: &[StanceWeek], lang: crate::model::Lang) -> String {
    use plotters::prelude::*;
    // The legend's words are the map legend's: `mentor 帮`, or `帮 帮助者`.
    let (_, entries, _) = super::map::legend(lang);
    let name = |i: usize| entries.get(i).map(|(_, e)| e.clone()).unwrap_or_default();
    let series: [Series; 5] = [
        (name(0), RGBColor(0x1b, 0x5e, 0x20), |c| c.mentor),
        (name(1), RGBColor(0x66, 0xbb, 0x6a), |c| c.supporter),
        (name(2), RGBColor(0x75, 0x75, 0x75), |c| c.neutral),
        (name(3), RGBColor(0xc6, 0x28, 0x28), |c| c.opponent),
        (name(4), RGBColor(0xbd, 0xbd, 0xbd), |c| c.unknown),
    ];
    let people = crate::i18n::text(lang, "chart-people");
    let top = weeks
        .iter()
        .flat_map(|w| series.iter().map(move |(_, _, f)| f(&w.counts)))
        .max()
        .unwrap_or(0)
        .max(1) as i32;
    let last = weeks.len().saturating_sub(1).max(1) as i32;
    let mut svg = String::new();
    let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
        let root = SVGBackend::with_string(&mut svg, (720, 300)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(32)
            .build_cartesian_2d(0..last, 0..top + 1)?;
        chart
            .configure_mesh()
            .x_labels(weeks.len())
            .x_label_formatter(&|i| {
                weeks
                    .get(usize::try_from(*i).unwrap_or(0))
                    .map_or_else(String::new, |w| w.week_end.0.format("%m-%d").to_string())
            })
            .y_desc(people.as_str())
            .draw()?;
        for (name, color, value) in series {
            // A dot on each week, so a single week still shows.
            chart.draw_series(weeks.iter().enumerate().map(|(i, w)| {
                Circle::new((i as i32, value(&w.counts) as i32), 3, color.filled())
            }))?;
            chart
                .draw_series(LineSeries::new(
                    weeks
                        .iter()
                        .enumerate()
                        .map(|(i, w)| (i as i32, value(&w.counts) as i32)),
                    color.stroke_width(2),
                ))?
                .label(name)
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.2))
            .draw()?;
        root.present()?;
        Ok(())
    })();
    if drawn.is_err() {
        return "<p class=\"note\">The chart could not be drawn.</p>\n".into();
    }
    format!(
        "<div class=\"svg\">{}</div>\n",
        svg.replacen("<svg ", "<svg class=\"chart\" ", 1)
    )
}

/// The power map as inline SVG: the DOT that `map --format dot` writes, laid
/// out by layout-rs (a Graphviz-compatible layout in Rust, no process, no
/// network).
pub fn map_svg(map: &Map, lang: crate::model::Lang) -> String {
    let text = svg(map, lang);
    // Inline in the page: no XML declaration.
    let text = match text.find("<svg") {
        Some(i) => &text[i..],
        None => text.as_str(),
    };
    format!(
        "<div class=\"svg\">{}</div>\n",
        text.replacen("<svg ", "<svg class=\"map\" ", 1)
    )
}

/// The power map as a standalone SVG document (`map --format svg`).
pub fn svg(map: &Map, lang: crate::model::Lang) -> String {
    let dot = super::dot::map(map, lang);
    let mut parser = layout::gv::DotParser::new(&dot);
    let Ok(graph) = parser.process() else {
        // Our own DOT always parses; say so rather than write nothing.
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"10\" y=\"20\">the map could not be laid out</text></svg>\n".into();
    };
    let mut builder = layout::gv::GraphBuilder::new();
    builder.visit_graph(&graph);
    let mut visual = builder.get();
    let mut writer = layout::backends::svg::SVGWriter::new();
    visual.do_it(false, false, false, &mut writer);
    // layout-rs draws every label in black: the mentor's dark green (white
    // text in Graphviz) becomes a lighter green that black text reads on.
    let mut text = writer
        .finalize()
        .replace("fill=\"#1b5e20ff\"", "fill=\"#66bb6aff\"");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

const STYLE: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; }
.meta, .note, .id { color: #555; }
.note { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #ddd; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.score { font-weight: 600; }
svg.bar { vertical-align: middle; }
svg.bar .track { fill: #eee; }
svg.bar .commercial { fill: #1565c0; }
svg.bar .relationship { fill: #2e7d32; }
svg.bar .timing { fill: #ef6c00; }
figure.map { margin: 1rem 0; }
figcaption { font-weight: 600; margin-bottom: 0.3rem; }
div.svg { overflow-x: auto; border: 1px solid #eee; }
svg.map { height: auto; }
@media (max-width: 40rem) { table { font-size: 0.8rem; } th, td { padding: 0.2rem; } }
@media print { body { max-width: none; } h2 { break-after: avoid; } figure.map { break-inside: avoid; } }
";

/// A whole page around `body` (already HTML).
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_open_tags_or_attributes() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("a\u{202E}b\u{1b}"), "a\\u{202e}b\\u{1b}");
    }
}
