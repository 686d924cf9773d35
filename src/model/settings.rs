//! Repository settings: `.guanxi.yaml` (docs/format.md, "Settings").

use schemars::JsonSchema;
use serde::Deserialize;

use super::{Sp, Stance};

/// `.guanxi.yaml`. Every key is optional; see [`Settings::default`].
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "guanxi repository settings (.guanxi.yaml)")]
pub struct Settings {
    /// Where the account files are, relative to this file, e.g.
    /// `[accounts]`. Read when a command is run on this file's folder (the
    /// default `.` at the top of the repository). Default: the whole folder.
    #[serde(default)]
    pub paths: Option<Vec<Sp<String>>>,
    /// Files and folders that are not accounts, as `.gitignore` patterns
    /// relative to this file, e.g. `[docs/, mkdocs.yml, "*.draft.yaml"]`.
    /// Files git ignores (`.gitignore`) are left out too.
    #[serde(default)]
    pub exclude: Vec<Sp<String>>,
    /// The interface language, `en` or `zh` (中文). Default: the
    /// environment's (`LANG=zh_CN.UTF-8` → zh), else English; `--lang`
    /// wins.
    #[serde(default)]
    pub lang: Option<super::Lang>,
    /// Our name, shown as the first stance column header. Default: `us`.
    #[serde(default)]
    pub company: Option<String>,
    /// Longest acceptable gap between contacts, by stance toward us.
    #[serde(default)]
    pub cadence_days: CadenceDays,
    /// A help request unanswered this long is neglect. Default: 14.
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub help_response_days: Option<Sp<i64>>,
    /// More active mentors than this is over-claiming. Default: 2.
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub max_mentors: Option<Sp<i64>>,
    /// Trust takes longer than this many days from the first meeting: a
    /// mentor, or a stage of trust or loyalty, sooner is over-claiming.
    /// Default: 90.
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub trust_days: Option<Sp<i64>>,
    /// Largest account file read, in bytes. Default: 8 MiB (8388608).
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub max_file_size: Option<Sp<i64>>,
    /// Weights of the three parts of `guanxi rank`.
    #[serde(default)]
    pub rank: RankWeights,
    /// Exchange rates into one common unit, by currency code (`CNY: 1`,
    /// `USD: 7.1`). Needed by `rank` only when accounts use more than one
    /// currency.
    #[serde(default, deserialize_with = "crate::model::number::number_map")]
    pub fx: std::collections::BTreeMap<String, Sp<f64>>,
    /// `guanxi import --crm`: a CRM's contact roles and the buying roles
    /// they stand for (`Decision Maker: decider`), on top of the defaults
    /// (guanxi's addition).
    #[serde(default)]
    pub crm_roles: std::collections::BTreeMap<String, crate::model::Role>,
}

/// Relative weights of the parts of the rank score; any scale, they are
/// normalised. Defaults: commercial 40, relationship 40, timing 20.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RankWeights {
    /// Default: 40.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    pub commercial: Option<Sp<f64>>,
    /// Default: 40.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    pub relationship: Option<Sp<f64>>,
    /// Default: 20.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    pub timing: Option<Sp<f64>>,
}

impl RankWeights {
    /// (commercial, relationship, timing), defaults filled in.
    pub fn get(&self) -> (f64, f64, f64) {
        let pick = |v: &Option<Sp<f64>>, d: f64| v.as_ref().map_or(d, |s| s.value);
        (
            pick(&self.commercial, 40.0),
            pick(&self.relationship, 40.0),
            pick(&self.timing, 20.0),
        )
    }
}

/// Contact cadence by stance toward us, in days.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CadenceDays {
    /// Default: 30.
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub mentor: Option<Sp<i64>>,
    /// Default: 60.
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub supporter: Option<Sp<i64>>,
    /// Default: 90.
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub neutral: Option<Sp<i64>>,
    /// Default: 180.
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    pub opponent: Option<Sp<i64>>,
}

pub const DEFAULT_MAX_FILE_SIZE: u64 = 8 * 1024 * 1024;

impl Settings {
    pub fn company(&self) -> &str {
        self.company.as_deref().unwrap_or(super::US)
    }

    /// Cadence for a stance toward us; `None` for `unknown` (no cadence applies).
    pub fn cadence_for(&self, stance: Stance) -> Option<i64> {
        let c = &self.cadence_days;
        let pick = |v: &Option<Sp<i64>>, d: i64| v.as_ref().map_or(d, |s| s.value);
        match stance {
            Stance::Mentor => Some(pick(&c.mentor, 30)),
            Stance::Supporter => Some(pick(&c.supporter, 60)),
            Stance::Neutral => Some(pick(&c.neutral, 90)),
            Stance::Opponent => Some(pick(&c.opponent, 180)),
            Stance::Unknown => None,
        }
    }

    pub fn help_response_days(&self) -> i64 {
        self.help_response_days.as_ref().map_or(14, |s| s.value)
    }

    pub fn trust_days(&self) -> i64 {
        self.trust_days.as_ref().map_or(90, |s| s.value)
    }

    pub fn max_mentors(&self) -> i64 {
        self.max_mentors.as_ref().map_or(2, |s| s.value)
    }

    pub fn max_file_size(&self) -> u64 {
        self.max_file_size
            .as_ref()
            .and_then(|s| u64::try_from(s.value).ok())
            .unwrap_or(DEFAULT_MAX_FILE_SIZE)
    }
}
