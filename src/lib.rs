//! guanxi: key-account relationship management over plain-text account files.
//!
//! The layers, each importing only those before it:
//!
//! ```text
//! model ← source, finding ← yaml ← load ← checks ← analysis ← render ← cli
//!                                    ↖ edit (yaml, load, checks) ↙
//!                          workspace (load, checks) ↗   scaffold (edit, schema) ↗
//! ```
//!
//! [`load`] finds and parses account files into the [`model`] types;
//! [`checks`] runs the validation rules on them; [`analysis`] turns valid
//! accounts into report structs, without I/O; [`render`] writes each report
//! in every format; [`edit`] changes a file safely; [`workspace`] is the
//! account files a run reads (the working files or a commit's) and
//! [`scaffold`] what guanxi writes from nothing (`init`, `new`); [`cli`]
//! parses arguments and wires the rest together.
//! The library never prints: everything goes to a writer the [`cli`] layer
//! hands it.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod checks;
pub mod cli;
pub mod edit;
pub mod finding;
#[doc(hidden)]
pub mod fuzz;
pub mod i18n;
pub mod load;
pub mod model;
mod names;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod source;
mod suggest;
pub mod workspace;
pub mod yaml;
