//! The account file, format v1 (`docs/format.md`), as Rust types.
//!
//! These types are the single source of truth for the format: serde reads
//! them, the JSON Schema in `schemas/` is generated from them, and the
//! error-collecting reader walks them to report every structural problem.
//! Values a later rule must point at are wrapped in [`Sp`].

mod date;
pub mod lean;
mod number;
mod settings;
mod span;
mod vocab;

use std::fmt;

use schemars::JsonSchema;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

pub(crate) use date::DATE_NEWTYPE;
pub use date::{Date, DateError, DateProblem};
pub(crate) use number::{NUMBER_NEWTYPE, WHOLE_NEWTYPE};
pub use settings::{CadenceDays, DEFAULT_MAX_FILE_SIZE, RankWeights, Settings};
pub use span::{Sp, Span};
pub use vocab::*;

/// Text the model keeps (ids, names): up to 23 bytes inline, without an
/// allocation of its own, which most ids and names fit; immutable, as a
/// parsed file is.
pub type Text = smol_str::SmolStr;

/// One customer account: one YAML file.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "guanxi account file, format v1")]
pub struct Account {
    /// Display name of the customer account.
    pub account: Sp<Text>,
    /// Slug, unique across all files. Default: the file stem.
    #[serde(default)]
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: Option<Sp<Text>>,
    /// Our account manager.
    pub owner: Sp<Text>,
    /// Our people on the account.
    #[serde(default)]
    pub team: Vec<TeamMember>,
    /// Competitor names, used as stance columns.
    #[serde(default)]
    pub competitors: Vec<Sp<Text>>,
    /// Commercial figures, used by `rank`.
    #[serde(default)]
    pub commercial: Option<Commercial>,
    /// The customer's business goals.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The customer's pressure points.
    #[serde(default)]
    pub pressure_points: Vec<String>,
    /// Open and closed opportunities.
    #[serde(default)]
    pub opportunities: Vec<Opportunity>,
    /// Every relevant person at the customer. `stakeholders:` with
    /// nothing after it is an empty list, so that the sample person under
    /// it in the file `guanxi new` writes can simply be uncommented.
    #[serde(deserialize_with = "empty_when_null")]
    #[schemars(schema_with = "list_or_nothing::<Stakeholder>")]
    pub stakeholders: Sp<Vec<Stakeholder>>,
    /// The log of interactions, any order.
    #[serde(default)]
    pub interactions: Vec<Interaction>,
}

/// One of our people on the account.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    /// Our person's id, as used in `owner` and interactions' `by`.
    pub id: Sp<Text>,
    /// What they do on the account.
    #[serde(default)]
    pub function: Option<TeamFunction>,
}

/// Commercial figures for the last 12 months.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Commercial {
    /// Currency of every amount in this file (ISO code such as CNY).
    #[serde(default)]
    pub currency: Option<String>,
    /// What they bought from us, last 12 months.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    #[schemars(range(min = 0))]
    pub revenue: Option<Sp<f64>>,
    /// Average gross margin, percent; may be negative.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    pub margin_pct: Option<Sp<f64>>,
    /// Change in their purchases versus the previous 12 months, percent.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    pub growth_pct: Option<Sp<f64>>,
    /// Their total yearly spend in our category, all vendors.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    #[schemars(range(min = 0))]
    pub potential: Option<Sp<f64>>,
    /// Average days to pay.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    #[schemars(range(min = 0))]
    pub payment_days: Option<Sp<f64>>,
}

/// A business goal of the customer.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    #[serde(default)]
    pub horizon: Option<Horizon>,
    pub text: String,
}

/// A sales opportunity at the account.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Opportunity {
    pub name: Sp<Text>,
    /// Expected order value, in the account's currency.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    pub value: Option<Sp<f64>>,
    #[serde(default)]
    pub stage: Option<OpportunityStage>,
    /// Expected close date.
    #[serde(default)]
    pub close: Option<Sp<Date>>,
}

/// A person at the customer.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    /// Unique in this file; lowercase letters, digits, `.`, `_`, `-`.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: Sp<Text>,
    /// Any Unicode.
    pub name: Sp<Text>,
    #[serde(default)]
    pub title: Option<Text>,
    #[serde(default)]
    pub department: Option<Text>,
    pub level: Level,
    /// Id of another stakeholder in this file.
    #[serde(default)]
    pub reports_to: Option<Sp<Text>>,
    #[serde(default)]
    pub roles: Vec<Sp<Role>>,
    /// Sits on the customer's procurement team for the current purchase.
    #[serde(default)]
    pub procurement_team: bool,
    /// 1 (little) to 5 (decisive).
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    #[schemars(range(min = 1, max = 5))]
    pub influence: Option<Sp<i64>>,
    /// `us` plus any of the account's `competitors`.
    pub stance: Sp<StanceMap>,
    /// Reasons we believe the stance toward us.
    #[serde(default)]
    pub evidence: Vec<String>,
    #[serde(default)]
    pub stage: Option<RelationshipStage>,
    /// Personal wants.
    #[serde(default)]
    pub wins: Vec<String>,
    /// Personal worries.
    #[serde(default)]
    pub fears: Vec<String>,
    /// Date they left the customer; inactive after it.
    #[serde(default)]
    pub left: Option<Sp<Date>>,
    /// Longest acceptable gap between contacts for this person, overriding
    /// the setting for their stance (guanxi extension to format v1).
    #[serde(default, deserialize_with = "crate::model::number::opt_whole")]
    #[schemars(range(min = 1))]
    pub cadence_days: Option<Sp<i64>>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Stakeholder {
    /// The stance toward us (`unknown` when missing, which validation reports).
    pub fn stance_us(&self) -> Stance {
        self.stance.get(US).unwrap_or(Stance::Unknown)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|r| r.value == role)
    }

    /// Still at the customer on `as_of`.
    /// `left: D` makes them inactive *after* D: on D itself they are still
    /// there.
    pub fn is_active(&self, as_of: Date) -> bool {
        self.left.as_ref().is_none_or(|left| left.value >= as_of)
    }
}

/// The stance column for our own company.
pub const US: &str = "us";

/// Stances by column (`us` or a competitor name), in file order.
#[derive(Clone, Debug, Default)]
pub struct StanceMap(pub Vec<(Sp<Text>, Sp<Stance>)>);

impl StanceMap {
    pub fn get(&self, column: &str) -> Option<Stance> {
        self.0
            .iter()
            .find(|(k, _)| k.value == column)
            .map(|(_, v)| v.value)
    }
}

impl<'de> Deserialize<'de> for StanceMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor;
        impl<'de> Visitor<'de> for MapVisitor {
            type Value = StanceMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of `us` and competitor names to stances")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StanceMap, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(StanceMap(entries))
            }
        }
        deserializer.deserialize_map(MapVisitor)
    }
}

impl JsonSchema for StanceMap {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StanceMap".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let stance = generator.subschema_for::<Stance>();
        schemars::json_schema!({
            "description": "Stance toward `us` (required) and toward each competitor listed in `competitors` (a competitor left out counts as unknown).",
            "type": "object",
            "required": ["us"],
            "properties": { "us": stance },
            "additionalProperties": stance
        })
    }
}

/// The schema of a required list that may also be left empty by writing
/// nothing after its key.
fn list_or_nothing<T: JsonSchema>(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let items = generator.subschema_for::<T>();
    schemars::json_schema!({
        "type": ["array", "null"],
        "items": items
    })
}

/// A list whose key has no value (`stakeholders:`) read as an empty list.
fn empty_when_null<'de, D, T>(d: D) -> Result<Sp<Vec<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    let read = Sp::<Option<Vec<T>>>::deserialize(d)?;
    Ok(Sp::new(read.value.unwrap_or_default(), read.span))
}

/// One contact with the customer.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interaction {
    pub date: Sp<Date>,
    /// Stakeholder ids of this file; at least one.
    #[schemars(length(min = 1))]
    pub with: Sp<Vec<Sp<Text>>>,
    /// Our people; default `[owner]`.
    #[serde(default)]
    pub by: Option<Vec<Sp<Text>>>,
    pub kind: InteractionKind,
    /// What it cost us, in the account's currency; zero or more.
    #[serde(default, deserialize_with = "crate::model::number::opt_number")]
    #[schemars(range(min = 0))]
    pub cost: Option<Sp<f64>>,
    /// Whether information they gave proved right.
    #[serde(default)]
    pub intel: Option<Intel>,
    /// Who gave the intel: one of `with`. Intel is credited to the person
    /// who gave it; without `from`, intel on an interaction with several of
    /// their people is credited to nobody (guanxi's addition).
    #[serde(default)]
    pub from: Option<Sp<Text>>,
    #[serde(default)]
    pub note: Option<String>,
}
