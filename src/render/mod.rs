//! Output formats. Each writes to a `&mut dyn Write`; none prints directly.

pub mod github;
pub mod human;
pub mod json;
pub mod sanitize;
