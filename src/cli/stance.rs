//! `guanxi stance`: move one stance, in place.

use std::io::{self, Write};

use super::common::Place;
use super::editing::{self, Change};
use super::{exit, fail};
use crate::edit::stance::{Stances, check_alone, stances};
use crate::i18n::{Msg, MsgArg};
use crate::model::{Account, Stance, US};

/// Set where a stakeholder stands, toward us or toward a competitor.
///
/// Changes one value in place (or adds the competitor's key), so the git
/// history records the move. VALUE is mentor, supporter, neutral, opponent,
/// unknown, or 帮 支 中 反 不; an existing Chinese value stays Chinese. The
/// new file is checked before it is written; on any error nothing changes.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  guanxi stance qingshan-steel liu supporter
  guanxi stance qingshan-steel liu --against \"Jia Automation\" opponent
  guanxi stance huadong-power xu.gong 支")]
pub struct Args {
    /// Account id, file stem, or unique prefix of its id or name.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::account_ids))]
    pub account: String,
    /// The stakeholder's id.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::stakeholder_ids))]
    pub stakeholder: String,
    /// The new stance.
    #[arg(value_parser = parse_stance)]
    pub value: Stance,
    #[command(flatten)]
    pub place: Place,
    /// Set the stance toward this competitor instead of us.
    #[arg(long, value_name = "COMPETITOR")]
    pub against: Option<String>,
}

fn parse_stance(s: &str) -> Result<Stance, String> {
    Stance::from_name(s).ok_or_else(|| {
        let names = Stance::ALL.iter().map(|v| v.as_str());
        let meant = Stance::input_slip(s)
            .map(|v| v.alias().unwrap_or(v.as_str()).to_string())
            .or_else(|| crate::suggest::closest(s, names).map(str::to_string));
        let message = match meant {
            Some(m) => Msg::new("error-stance-did-you-mean").text("suggestion", m),
            None => Msg::new("error-stance-allowed"),
        };
        message.render(super::lang())
    })
}

/// The stance column `against` names in `account`: `us`, or the
/// competitor's name as the file writes it.
fn column_of<'a>(
    mut competitors: impl Iterator<Item = &'a str>,
    against: Option<&str>,
) -> Option<String> {
    match against {
        None => Some(US.to_string()),
        Some(name) => competitors
            .find(|c| c.eq_ignore_ascii_case(name))
            .map(str::to_string),
    }
}

/// What a stance change found: the old stance, every person's stances
/// before it, and the column changed.
type Outcome = (Stance, Stances, String);

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.place.global;
    let (stakeholder, value, against) = (&args.stakeholder, args.value, args.against.as_deref());
    // Positions come from the text it is given: the file read under the
    // lock, or the same text read early.
    let change = |text: &str| -> Change<Outcome> {
        let account = crate::load::parse::<Account>(text)
            .value
            .ok_or_else(|| Msg::new("error-file-has-errors"))?;
        let column = column_of(account.competitors.iter().map(|c| c.as_str()), against)
            .ok_or_else(|| Msg::new("error-competitor-not-in-file"))?;
        let person = account
            .stakeholders
            .iter()
            .find(|s| s.id.value == *stakeholder)
            .ok_or_else(|| Msg::new("error-no-stakeholder").text("id", stakeholder))?;
        let old = person.stance.get(&column).unwrap_or(Stance::Unknown);
        let new = crate::edit::stance::set(text, person, &column, value).map_err(|e| e.0)?;
        Ok((new, (old, stances(&account), column)))
    };
    let (repo, index, early) = match editing::target(&args.place, &args.account, &change) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    let target = &repo.accounts[index];
    if let Err(m) = crate::edit::check_stakeholder(target, stakeholder) {
        return Ok(fail(m));
    }
    let Some(column) = column_of(
        target.account.competitors.iter().map(|c| c.as_str()),
        against,
    ) else {
        let competitors: Vec<&str> = target
            .account
            .competitors
            .iter()
            .map(|c| c.as_str())
            .collect();
        let list = if competitors.is_empty() {
            MsgArg::msg(Msg::new("error-no-competitors"))
        } else {
            MsgArg::List(competitors.iter().map(|c| c.to_string()).collect())
        };
        return Ok(fail(
            Msg::new("error-not-a-competitor")
                .text("name", against.unwrap_or_default())
                .text("account", &target.id)
                .arg("competitors", list),
        ));
    };
    let verify = |after: &Account, (_, before, column): &Outcome| {
        check_alone(before, after, stakeholder, column, value).map_err(|e| e.0)
    };
    let old = match editing::commit(&target.path, global, early, &change, verify) {
        Ok((old, _, _)) => old,
        Err(code) => return Ok(code),
    };
    use crate::i18n::{Arg, text_with, word};
    let lang = global.lang(repo.settings.lang);
    let who = if column == US {
        crate::i18n::text(lang, "history-us")
    } else {
        column
    };
    let line = text_with(
        lang,
        "stance-done",
        &[
            ("account", Arg::Text(&target.id)),
            ("person", Arg::Text(&args.stakeholder)),
            (
                "toward",
                Arg::Text(&crate::render::sanitize::terminal(&who, false)),
            ),
            ("old", Arg::Text(word!(lang, old))),
            ("new", Arg::Text(word!(lang, value))),
        ],
    );
    writeln!(out, "{line}")?;
    Ok(exit::CLEAN)
}
