//! Output formats. Each writes to a `&mut dyn Write`; none prints directly.

pub mod csv;
pub mod dot;
pub mod github;
pub mod grid;
pub mod human;
pub mod json;
pub mod markdown;
pub mod mermaid;
pub mod report;
pub mod sanitize;
pub mod table;
