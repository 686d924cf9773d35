//! A power map: Mermaid or Graphviz DOT.

use std::io::{self, Write};

use super::{dot, mermaid};
use crate::analysis::map::Map;

/// The formats of a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MapFormat {
    /// Mermaid flowchart.
    Mermaid,
    /// Graphviz DOT.
    Dot,
    /// SVG, laid out in process (layout-rs): no Graphviz needed.
    Svg,
}

pub fn write(out: &mut dyn Write, map: &Map, format: MapFormat) -> io::Result<()> {
    let text = match format {
        MapFormat::Mermaid => mermaid::map(map),
        MapFormat::Dot => dot::map(map),
        MapFormat::Svg => super::html::svg(map),
    };
    out.write_all(text.as_bytes())
}
