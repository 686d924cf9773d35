//! The value parsers of the command line: each reads one option's text
//! and, when it cannot, says why in this run's language (clap prints it).

use crate::i18n::{Msg, MsgArg};
use crate::model::{Date, Intel, InteractionKind, Stance};

/// `--as-of` and every other date option.
pub fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).map_err(|e| said(crate::i18n::date_error(&e)))
}

/// `--date`: a day, or a day counted back from the as-of date.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    On(Date),
    DaysBefore(u32),
}

impl When {
    /// The day this is, counted from `as_of`.
    pub fn resolve(self, as_of: Date) -> Date {
        match self {
            When::On(date) => date,
            When::DaysBefore(n) => Date(as_of.0 - chrono::Duration::days(i64::from(n))),
        }
    }
}

pub fn parse_when(s: &str) -> Result<When, String> {
    let s = s.trim();
    match s {
        "today" | "今天" => return Ok(When::DaysBefore(0)),
        "yesterday" | "昨天" => return Ok(When::DaysBefore(1)),
        _ => {}
    }
    if let Some(days) = s.strip_prefix('-').and_then(|r| r.strip_suffix('d')) {
        return days
            .parse::<u32>()
            .ok()
            .filter(|n| *n <= 3660)
            .map(When::DaysBefore)
            .ok_or_else(|| said(Msg::new("error-days-back").text("text", s)));
    }
    Date::parse(s).map(When::On).map_err(|e| {
        said(Msg::new("error-log-date").arg("error", MsgArg::msg(crate::i18n::date_error(&e))))
    })
}

/// A value parser's complaint, in this run's language (clap prints it).
fn said(message: Msg) -> String {
    message.render(super::lang())
}

pub fn parse_kind(s: &str) -> Result<InteractionKind, String> {
    InteractionKind::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = InteractionKind::ALL.iter().map(|k| k.as_str()).collect();
        let chinese: Vec<&str> = InteractionKind::ALL
            .iter()
            .filter_map(|k| k.alias())
            .collect();
        let all = names.iter().chain(&chinese).copied();
        said(match crate::suggest::closest(s, all) {
            Some(sug) => Msg::new("hint-did-you-mean").text("suggestion", sug),
            None => Msg::new("error-kind-allowed")
                .arg(
                    "names",
                    MsgArg::List(names.iter().map(|n| n.to_string()).collect()),
                )
                .text("chinese", chinese.join(" ")),
        })
    })
}

pub fn parse_intel(s: &str) -> Result<Intel, String> {
    Intel::from_name(s).ok_or_else(|| said(Msg::new("error-intel-allowed")))
}

pub fn parse_cost(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(said(Msg::new("error-cost"))),
    }
}

pub fn parse_stance(s: &str) -> Result<Stance, String> {
    Stance::from_name(s).ok_or_else(|| {
        let names = Stance::ALL.iter().map(|v| v.as_str());
        let meant = Stance::input_slip(s)
            .map(|v| v.alias().unwrap_or(v.as_str()).to_string())
            .or_else(|| crate::suggest::closest(s, names).map(str::to_string));
        let message = match meant {
            Some(m) => Msg::new("error-stance-did-you-mean").text("suggestion", m),
            None => Msg::new("error-stance-allowed"),
        };
        said(message)
    })
}

pub fn parse_since_text(s: &str) -> Result<String, String> {
    let today = Date(chrono::Local::now().date_naive());
    since_date(s, today).map(|_| s.to_string()).map_err(said)
}

/// `30d`, `8w` or `YYYY-MM-DD`, relative to `as_of`.
pub fn since_date(s: &str, as_of: Date) -> Result<Date, Msg> {
    let days = |n: &str, per: i64| -> Result<Date, Msg> {
        let n: i64 = n
            .parse()
            .map_err(|_| Msg::new("error-since-not-a-number").text("text", s))?;
        n.checked_mul(per)
            .and_then(chrono::Duration::try_days)
            .and_then(|d| as_of.0.checked_sub_signed(d))
            .map(Date)
            .ok_or_else(|| Msg::new("error-since-too-far").text("text", s))
    };
    if let Some(n) = s.strip_suffix('d') {
        days(n, 1)
    } else if let Some(n) = s.strip_suffix('w') {
        days(n, 7)
    } else {
        Date::parse(s).map_err(|e| {
            Msg::new("error-since-date").arg("error", MsgArg::msg(crate::i18n::date_error(&e)))
        })
    }
}

/// `--max-file-size`: bytes, or a number with K, M, KiB or MiB.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let digits_end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (number, unit) = s.split_at(digits_end);
    let number: u64 = number
        .parse()
        .map_err(|_| said(Msg::new("error-size-not-a-size").text("text", s)))?;
    let factor = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        other => return Err(said(Msg::new("error-size-unit").text("unit", other))),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| said(Msg::new("error-size-too-large").text("text", s)))
}

/// `--stance us=支,Jia=反`: one `COLUMN=STANCE` (the list is split by clap).
pub fn parse_stance_pair(s: &str) -> Result<(String, Stance), String> {
    let (column, value) = s
        .split_once('=')
        .ok_or_else(|| said(Msg::new("error-stance-pair").text("text", s)))?;
    let stance = parse_stance(value.trim())?;
    Ok((column.trim().to_string(), stance))
}

/// A level, in English or Chinese.
pub fn parse_level(s: &str) -> Result<crate::model::Level, String> {
    crate::model::Level::from_name(s.trim()).ok_or_else(|| said(Msg::new("error-level-allowed")))
}

/// A buying role, in English or Chinese.
pub fn parse_role(s: &str) -> Result<crate::model::Role, String> {
    crate::model::Role::from_name(s.trim()).ok_or_else(|| said(Msg::new("error-role-allowed")))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("8MiB"), Ok(8 * 1024 * 1024));
        assert_eq!(parse_size("512k"), Ok(512 * 1024));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("5 GB").is_err());
    }
}
