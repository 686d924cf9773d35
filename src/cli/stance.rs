//! `guanxi stance`: move one stance, in place.

use std::io::{self, Write};

use super::common::Place;
use super::{editing, exit, fail};
use crate::model::{Stance, US};

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
    pub account: String,
    /// The stakeholder's id.
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
        let allowed = "use mentor, supporter, neutral, opponent, unknown (or 帮 支 中 反 不)";
        let names = Stance::ALL.iter().map(|v| v.as_str());
        let meant = Stance::input_slip(s)
            .map(|v| v.alias().unwrap_or(v.as_str()).to_string())
            .or_else(|| crate::suggest::closest(s, names).map(str::to_string));
        match meant {
            Some(m) => format!("did you mean `{m}`? {allowed}"),
            None => allowed.to_string(),
        }
    })
}

pub fn run(args: &Args, out: &mut dyn Write) -> io::Result<u8> {
    let global = &args.place.global;
    let (repo, index) = match editing::target(&args.place, &args.account) {
        Ok(found) => found,
        Err(code) => return Ok(code),
    };
    let target = &repo.accounts[index];
    if let Err(m) = crate::edit::check_stakeholder(target, &args.stakeholder) {
        return Ok(fail(&m));
    }
    let column = match &args.against {
        None => US.to_string(),
        Some(name) => {
            let competitors: Vec<&str> = target
                .account
                .competitors
                .iter()
                .map(|c| c.as_str())
                .collect();
            match competitors.iter().find(|c| c.eq_ignore_ascii_case(name)) {
                Some(c) => c.to_string(),
                None => {
                    return Ok(fail(&format!(
                        "`{name}` is not a competitor of {}; the competitors are: {}",
                        target.id,
                        if competitors.is_empty() {
                            "none".to_string()
                        } else {
                            competitors.join(", ")
                        }
                    )));
                }
            }
        }
    };
    let path = target.path.clone();
    let stakeholder = args.stakeholder.clone();
    let value = args.value;
    let mut old = None;
    let result = editing::commit(&path, global, |text| {
        // Re-read under the lock: positions come from this text.
        let (fresh, _) =
            crate::checks::check_text(&path, text, crate::checks::Dates::now(global.as_of()));
        let fresh =
            fresh.ok_or_else(|| format!("{} has errors; run `guanxi validate`", path.display()))?;
        let person = fresh
            .account
            .stakeholders
            .iter()
            .find(|s| s.id.value == stakeholder)
            .ok_or_else(|| format!("no stakeholder `{stakeholder}`"))?;
        old = Some(person.stance.get(&column).unwrap_or(Stance::Unknown));
        crate::edit::stance::set_alone(text, &fresh.account, person, &column, value)
            .map_err(|e| e.0)
    });
    if let Err(code) = result {
        return Ok(code);
    }
    let who = if column == US {
        "us".to_string()
    } else {
        column.clone()
    };
    writeln!(
        out,
        "{}: {} toward {}: {} → {}",
        target.id,
        args.stakeholder,
        crate::render::sanitize::terminal(&who, false),
        old.unwrap_or(Stance::Unknown),
        value
    )?;
    Ok(exit::CLEAN)
}
