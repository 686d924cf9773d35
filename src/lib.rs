//! guanxi: key-account relationship management over plain-text account files.
//!
//! The data flows one way: [`load`] finds and parses account files into the
//! [`model`] types and runs the [`rules`]; analyses turn accounts into report
//! structs; [`render`] writes them in one format each. The library never
//! prints: everything goes to a writer the [`cli`] layer hands it.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod cli;
pub mod edit;
pub mod finding;
#[doc(hidden)]
pub mod fuzz;
pub mod load;
pub mod model;
pub mod render;
pub mod rules;
pub mod schema;
mod suggest;
