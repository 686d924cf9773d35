//! Calendar dates as the format writes them: `YYYY-MM-DD`, nothing else.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// The newtype name the error-collecting deserializer recognises, so that a
/// bad date becomes one diagnostic instead of losing the rest of its record.
pub(crate) const DATE_NEWTYPE: &str = "guanxi::Date";

/// A date written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// Today, in the local time zone.
    pub fn today() -> Self {
        Date(chrono::Local::now().date_naive())
    }

    /// Parses the strict `YYYY-MM-DD` form, explaining what is wrong otherwise.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        let error = |problem| DateError {
            text: text.to_string(),
            problem,
        };
        if !shape_ok {
            return Err(error(DateProblem::Shape));
        }
        // Ten ASCII digits and dashes: the numbers read.
        let year: i32 = text[0..4].parse().unwrap_or_default();
        let month: u32 = text[5..7].parse().unwrap_or_default();
        let day: u32 = text[8..10].parse().unwrap_or_default();
        if !(1..=12).contains(&month) {
            return Err(error(DateProblem::Month(month)));
        }
        NaiveDate::from_ymd_opt(year, month, day)
            .map(Date)
            .ok_or_else(|| {
                error(DateProblem::Day {
                    year,
                    month,
                    last: last_day_of_month(year, month),
                })
            })
    }

    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }
}

fn last_day_of_month(year: i32, month: u32) -> u32 {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .map_or(31, |d| d.day())
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    /// The text as written.
    pub text: String,
    pub problem: DateProblem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not `YYYY-MM-DD`.
    Shape,
    /// A month outside 01..12.
    Month(u32),
    /// A day the month does not have (`last` is its last day).
    Day { year: i32, month: u32, last: u32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = &self.text;
        match self.problem {
            DateProblem::Shape => write!(f, "`{text}` is not a date in the form YYYY-MM-DD"),
            DateProblem::Month(month) => {
                write!(f, "`{text}` has month {month}; months run from 01 to 12")
            }
            DateProblem::Day { year, month, last } => write!(
                f,
                "`{text}` does not exist: {} {year} has {last} days",
                month_name(month)
            ),
        }
    }
}

impl std::error::Error for DateError {}

fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(month as usize - 1)
        .copied()
        .unwrap_or("that month")
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`, written directly: dates are in most of a
    /// portfolio's findings, and chrono's `format` parses its pattern each
    /// time. Years outside 0000–9999 are written as chrono writes them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use chrono::Datelike;
        let (year, month, day) = (self.0.year(), self.0.month(), self.0.day());
        if (0..=9999).contains(&year) {
            write!(f, "{year:04}-{month:02}-{day:02}")
        } else {
            write!(f, "{}", self.0.format("%Y-%m-%d"))
        }
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, DateError> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Date, D::Error> {
                let text = String::deserialize(d)?;
                Date::parse(&text).map_err(de::Error::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_newtype_struct(DATE_NEWTYPE, DateVisitor)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date written YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strict_iso_dates() {
        assert_eq!(Date::parse("2026-11-02").unwrap().to_string(), "2026-11-02");
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn explains_impossible_dates() {
        let err = Date::parse("2026-02-30").unwrap_err();
        assert_eq!(
            err.to_string(),
            "`2026-02-30` does not exist: February 2026 has 28 days"
        );
        assert_eq!(
            err.problem,
            DateProblem::Day {
                year: 2026,
                month: 2,
                last: 28
            }
        );
        assert_eq!(
            Date::parse("2026-13-01").unwrap_err().problem,
            DateProblem::Month(13)
        );
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in ["2026-1-02", "26-11-02", "2026/11/02", "", "２０２６-11-02"] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}

#[cfg(test)]
mod display_tests {
    use super::Date;

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        for (y, m, d) in [
            (2026, 11, 23),
            (1, 1, 1),
            (999, 12, 31),
            (9999, 2, 28),
            (0, 6, 5),
        ] {
            let date = Date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap());
            assert_eq!(date.to_string(), date.0.format("%Y-%m-%d").to_string());
        }
        let far = Date(chrono::NaiveDate::from_ymd_opt(12345, 1, 2).unwrap());
        assert_eq!(far.to_string(), "+12345-01-02");
    }
}
