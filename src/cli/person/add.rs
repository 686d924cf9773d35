//! `guanxi person add`: a person added to an account's stakeholders.

use std::io::{self, Write};

use super::super::common::Place;
use super::super::values::{parse_level, parse_role, parse_stance_pair};
use crate::checks::Dates;
use crate::edit::person::NewPerson;
use crate::edit::session;
use crate::model::{Level, Role, Stance};

/// Add a person to the account's stakeholders.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::super::complete::account_ids))]
    pub account: String,
    #[command(flatten)]
    pub place: Place,
    /// Their name, as the team writes it (any script).
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Level: executive, middle, staff (高层 中层 基层).
    #[arg(long, value_parser = parse_level, value_name = "LEVEL")]
    pub level: Level,
    /// Their id (default: made from the name, pinyin for Chinese).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Their job title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Their department.
    #[arg(long, value_name = "TEXT")]
    pub department: Option<String>,
    /// Buying roles (comma-separated): initiator, technical, user, coach,
    /// advisor, decider, or their Chinese names.
    #[arg(long, value_delimiter = ',', value_parser = parse_role, value_name = "ROLE")]
    pub roles: Vec<Role>,
    /// Stances as COLUMN=STANCE, comma-separated: `us=支,Jia=反`
    /// (default: us=unknown).
    #[arg(long, value_delimiter = ',', value_parser = parse_stance_pair, value_name = "COLUMN=STANCE")]
    pub stance: Vec<(String, Stance)>,
    /// The id (or exact name) of their boss, on file already.
    #[arg(long, value_name = "ID")]
    pub reports_to: Option<String>,
}

pub fn run(a: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let mut stance = a.stance.clone();
    if !stance.iter().any(|(c, _)| c == crate::model::US) {
        stance.insert(0, (crate::model::US.to_string(), Stance::Unknown));
    }
    let person = NewPerson {
        id: a.id.clone().unwrap_or_default(),
        name: a.name.clone(),
        title: a.title.clone(),
        department: a.department.clone(),
        level: a.level,
        roles: a.roles.clone(),
        stance,
        reports_to: a.reports_to.clone(),
    };
    let dates = Dates::now(a.place.global.as_of());
    let result = session::add_person(&a.place.paths(), &a.account, &person, dates);
    super::finish(result, &a.place, out)
}
