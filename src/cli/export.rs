//! `guanxi export`: flat tables for spreadsheets and warehouses.

use std::io::{self, Write};

use clap::ValueEnum;
use serde_json::{Value, json};

use super::GlobalArgs;
use super::common::{self, Common};
use crate::load::{LoadedAccount, display_path};
use crate::render::{csv, grid::Grid};

/// Export accounts, stakeholders or interactions as flat tables, one record
/// per line, with stable column names (docs/export.md).
///
/// For spreadsheets (CSV) and for loading into a warehouse (JSON Lines):
///   duckdb -c "SELECT kind, count(*) FROM read_json_auto('interactions.jsonl') GROUP BY kind"
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  guanxi export --table interactions --format jsonl > interactions.jsonl
  guanxi export accounts/ --table stakeholders --format csv > stakeholders.csv"
)]
pub struct Args {
    #[command(flatten)]
    pub common: CommonPaths,
    /// Which table.
    #[arg(long, value_enum)]
    pub table: Table,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
}

/// Paths and `--account`, as the analyses take them.
#[derive(Debug, clap::Args)]
pub struct CommonPaths {
    /// Files or directories to read (default: the current directory).
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<std::path::PathBuf>,
    /// Only the account with this id; repeat for several.
    #[arg(long = "account", value_name = "ID")]
    pub accounts: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Table {
    Accounts,
    Stakeholders,
    Interactions,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// JSON Lines: one object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// The columns of each table, in order: the export contract.
pub fn columns(table: Table) -> &'static [&'static str] {
    match table {
        Table::Accounts => &[
            "account",
            "name",
            "owner",
            "file",
            "currency",
            "revenue",
            "margin_pct",
            "growth_pct",
            "potential",
            "payment_days",
            "competitors",
            "stakeholders",
            "interactions",
            "open_opportunities",
            "open_pipeline",
        ],
        Table::Stakeholders => &[
            "account",
            "stakeholder",
            "name",
            "title",
            "department",
            "level",
            "reports_to",
            "roles",
            "procurement_team",
            "influence",
            "stance_us",
            "stances",
            "evidence",
            "stage",
            "left",
            "cadence_days",
        ],
        Table::Interactions => &[
            "account",
            "date",
            "kind",
            "with",
            "by",
            "cost",
            "intel",
            "note",
            "value_adding",
            "entertainment",
        ],
    }
}

fn rows(table: Table, a: &LoadedAccount) -> Vec<Vec<Value>> {
    let acc = &a.account;
    let opt_num = |v: Option<f64>| v.map_or(Value::Null, |x| json!(x));
    match table {
        Table::Accounts => {
            let c = acc.commercial.as_ref();
            let open: Vec<_> = acc
                .opportunities
                .iter()
                .filter(|o| o.stage.is_none_or(|s| s.is_open()))
                .collect();
            vec![vec![
                json!(a.id),
                json!(acc.account.value),
                json!(acc.owner.value),
                json!(display_path(&a.path)),
                c.and_then(|c| c.currency.clone())
                    .map_or(Value::Null, Value::from),
                opt_num(c.and_then(|c| c.revenue.as_ref().map(|v| v.value))),
                opt_num(c.and_then(|c| c.margin_pct.as_ref().map(|v| v.value))),
                opt_num(c.and_then(|c| c.growth_pct.as_ref().map(|v| v.value))),
                opt_num(c.and_then(|c| c.potential.as_ref().map(|v| v.value))),
                opt_num(c.and_then(|c| c.payment_days.as_ref().map(|v| v.value))),
                json!(
                    acc.competitors
                        .iter()
                        .map(|c| c.value.clone())
                        .collect::<Vec<_>>()
                ),
                json!(acc.stakeholders.len()),
                json!(acc.interactions.len()),
                json!(open.len()),
                json!(
                    open.iter()
                        .filter_map(|o| o.value.as_ref().map(|v| v.value))
                        .sum::<f64>()
                ),
            ]]
        }
        Table::Stakeholders => acc
            .stakeholders
            .iter()
            .map(|s| {
                let stances: serde_json::Map<String, Value> = s
                    .stance
                    .value
                    .0
                    .iter()
                    .map(|(k, v)| (k.value.clone(), json!(v.value)))
                    .collect();
                vec![
                    json!(a.id),
                    json!(s.id.value),
                    json!(s.name.value),
                    s.title.clone().map_or(Value::Null, Value::from),
                    s.department.clone().map_or(Value::Null, Value::from),
                    json!(s.level),
                    s.reports_to
                        .as_ref()
                        .map_or(Value::Null, |r| json!(r.value)),
                    json!(s.roles.iter().map(|r| r.value).collect::<Vec<_>>()),
                    json!(s.procurement_team),
                    s.influence.as_ref().map_or(Value::Null, |i| json!(i.value)),
                    json!(s.stance_us()),
                    Value::Object(stances),
                    json!(s.evidence),
                    s.stage.map_or(Value::Null, |x| json!(x)),
                    s.left.as_ref().map_or(Value::Null, |l| json!(l.value)),
                    s.cadence_days
                        .as_ref()
                        .map_or(Value::Null, |c| json!(c.value)),
                ]
            })
            .collect(),
        Table::Interactions => acc
            .interactions
            .iter()
            .map(|i| {
                vec![
                    json!(a.id),
                    json!(i.date.value),
                    json!(i.kind),
                    json!(i.with.iter().map(|w| w.value.clone()).collect::<Vec<_>>()),
                    json!(crate::analysis::our_people(acc, i)),
                    opt_num(i.cost.as_ref().map(|c| c.value)),
                    i.intel.map_or(Value::Null, |x| json!(x)),
                    i.note.clone().map_or(Value::Null, Value::from),
                    json!(i.kind.is_value_adding()),
                    json!(i.kind.is_entertainment()),
                ]
            })
            .collect(),
    }
}

/// A CSV cell: lists joined with `;`, objects as `key=value;…`, null empty.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        Value::Object(m) => m
            .iter()
            .map(|(k, v)| format!("{k}={}", cell(v)))
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    }
}

pub fn run(args: &Args, global: &GlobalArgs, out: &mut dyn Write) -> io::Result<u8> {
    let common_args = Common {
        paths: args.common.paths.clone(),
        accounts: args.common.accounts.clone(),
        format: common::Format::Json,
    };
    let loaded = match common::load(&common_args, global) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let cols = columns(args.table);
    let all: Vec<Vec<Value>> = loaded
        .selected(&common_args)
        .into_iter()
        .flat_map(|a| rows(args.table, a))
        .collect();
    match args.format {
        ExportFormat::Jsonl => {
            for row in &all {
                let object: Vec<String> = cols
                    .iter()
                    .zip(row)
                    .map(|(k, v)| format!("{}:{}", json!(k), v))
                    .collect();
                writeln!(out, "{{{}}}", object.join(","))?;
            }
        }
        ExportFormat::Csv => {
            let mut g = Grid::new(cols.iter().copied());
            for row in &all {
                g.push(row.iter().map(cell).collect());
            }
            csv::write(out, &g)?;
        }
    }
    Ok(loaded.exit_code(false))
}
