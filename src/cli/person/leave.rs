//! `guanxi person leave`: a person marked as gone from the customer.

use std::io::{self, Write};

use super::super::common::Place;
use super::super::values::parse_date;
use crate::checks::Dates;
use crate::edit::person::Field;
use crate::edit::session;
use crate::model::Date;

/// Mark a person as gone from the customer (`left:`); they stay on file.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::super::complete::account_ids))]
    pub account: String,
    /// The person's id, or their exact name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::super::complete::stakeholder_ids))]
    pub person: String,
    #[command(flatten)]
    pub place: Place,
    /// The day they left (default: the as-of date, i.e. today).
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub date: Option<Date>,
}

pub fn run(a: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &a.place.global;
    let left = Field::Left(a.date.unwrap_or_else(|| global.as_of()));
    let dates = Dates::now(global.as_of());
    let result = session::set_person(&a.place.paths(), &a.account, &a.person, &[left], dates);
    super::finish(result, &a.place, out)
}
