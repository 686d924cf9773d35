//! `guanxi person set`: fields of a person changed in place.

use std::io::{self, Write};

use super::super::common::Place;
use super::super::values::{parse_level, parse_role};
use crate::checks::Dates;
use crate::edit::person::Field;
use crate::edit::session;
use crate::model::{Level, Role};

/// Change what is on file about a person, each field in place.
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
    /// Their job title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Their department.
    #[arg(long, value_name = "TEXT")]
    pub department: Option<String>,
    /// Level: executive, middle, staff (高层 中层 基层).
    #[arg(long, value_parser = parse_level, value_name = "LEVEL")]
    pub level: Option<Level>,
    /// The whole list of roles (comma-separated).
    #[arg(long, value_delimiter = ',', value_parser = parse_role, value_name = "ROLE", num_args = 1..)]
    pub roles: Option<Vec<Role>>,
    /// The id (or exact name) of their boss, on file already.
    #[arg(long, value_name = "ID")]
    pub reports_to: Option<String>,
    /// Influence on the decision, 1 to 5.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub influence: Option<u8>,
    /// Whether they sit on the procurement team: true or false.
    #[arg(long, value_name = "BOOL")]
    pub procurement_team: Option<bool>,
    /// Their own contact rhythm, in days.
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..))]
    pub cadence: Option<u32>,
}

impl Args {
    /// The fields asked for, in a fixed order.
    fn fields(&self) -> Vec<Field> {
        let mut out = Vec::new();
        out.extend(self.title.clone().map(Field::Title));
        out.extend(self.department.clone().map(Field::Department));
        out.extend(self.level.map(Field::Level));
        out.extend(self.roles.clone().map(Field::Roles));
        out.extend(self.reports_to.clone().map(Field::ReportsTo));
        out.extend(self.influence.map(Field::Influence));
        out.extend(self.procurement_team.map(Field::ProcurementTeam));
        out.extend(self.cadence.map(Field::CadenceDays));
        out
    }
}

pub fn run(a: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let fields = a.fields();
    if fields.is_empty() {
        return Ok(super::super::fail(crate::i18n::Msg::new(
            "error-person-set-nothing",
        )));
    }
    let dates = Dates::now(a.place.global.as_of());
    let result = session::set_person(&a.place.paths(), &a.account, &a.person, &fields, dates);
    super::finish(result, &a.place, out)
}
