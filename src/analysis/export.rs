//! Flat tables for spreadsheets and warehouses: the export contract
//! (`docs/export.md`). One row per account, stakeholder or interaction, with
//! stable column names; values are JSON so that `render::export` can write
//! them as JSON Lines or CSV without knowing the format.

use serde::Serialize;
use serde_json::{Value, json};

use super::Ctx;
use crate::load::LoadedAccount;
use crate::source::display_path;

crate::names::names! {
    /// Which table to export.
    pub enum Table {
        Accounts = "accounts",
        Stakeholders = "stakeholders",
        Interactions = "interactions",
    }
}

/// Which table.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub table: Table,
    /// Include interactions' free-text notes (personal data, often): left
    /// out (`null`) unless asked for.
    pub notes: bool,
}

/// One table: its columns and rows (one value per column).
#[derive(Debug, Serialize)]
pub struct Export {
    pub table: Table,
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Value>>,
}

/// The table over `accounts`, in the order given.
pub fn analyse(ctx: &Ctx, accounts: &[&LoadedAccount], options: &Options) -> Export {
    Export {
        table: options.table,
        columns: columns(options.table),
        rows: accounts
            .iter()
            .flat_map(|a| rows(options, a, ctx.as_of))
            .collect(),
    }
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
            "left_on",
            "cadence_days",
        ],
        Table::Interactions => &[
            "account",
            "date",
            "kind",
            "with_ids",
            "by_ids",
            "cost",
            "intel",
            "note",
            "value_adding",
            "entertainment",
        ],
    }
}

/// A number as spreadsheets and warehouses read it back: a whole number
/// without a fraction (`150`, not `150.0`), never `-0`.
pub fn number(x: f64) -> Value {
    // Whole numbers up to 2^53 are exact in both f64 and i64.
    if x.fract() == 0.0 && x.abs() <= 9_007_199_254_740_992.0 {
        json!(x as i64)
    } else {
        json!(x + 0.0)
    }
}

/// The rows of one account; interactions after `as_of` are left out, as in
/// every analysis.
fn rows(options: &Options, a: &LoadedAccount, as_of: crate::model::Date) -> Vec<Vec<Value>> {
    let acc = &a.account;
    let opt_num = |v: Option<f64>| v.map_or(Value::Null, number);
    match options.table {
        Table::Accounts => {
            let c = acc.commercial.as_ref();
            let open: Vec<_> = acc
                .opportunities
                .iter()
                .filter(|o| o.stage.is_none_or(|s| s.is_open()))
                .collect();
            vec![vec![
                json!(a.id),
                json!(acc.account),
                json!(acc.owner),
                json!(display_path(&a.path)),
                c.and_then(|c| c.currency.as_deref())
                    .map_or(Value::Null, Value::from),
                opt_num(c.and_then(|c| c.revenue)),
                opt_num(c.and_then(|c| c.margin_pct)),
                opt_num(c.and_then(|c| c.growth_pct)),
                opt_num(c.and_then(|c| c.potential)),
                opt_num(c.and_then(|c| c.payment_days)),
                json!(acc.competitors),
                json!(acc.stakeholders.len()),
                json!(super::interactions_as_of(acc, as_of).count()),
                json!(open.len()),
                number(open.iter().filter_map(|o| o.value).sum::<f64>()),
            ]]
        }
        Table::Stakeholders => acc
            .stakeholders
            .iter()
            .map(|s| {
                let stances: serde_json::Map<String, Value> = s
                    .stance
                    .iter()
                    .map(|(k, v)| (acc.column_name(k).to_string(), json!(v)))
                    .collect();
                vec![
                    json!(a.id),
                    json!(s.id),
                    json!(s.name),
                    s.title.as_deref().map_or(Value::Null, Value::from),
                    s.department.as_deref().map_or(Value::Null, Value::from),
                    json!(s.level),
                    s.reports_to.as_ref().map_or(Value::Null, |r| json!(r)),
                    json!(s.roles),
                    json!(s.procurement_team),
                    s.influence.as_ref().map_or(Value::Null, |i| json!(i)),
                    json!(s.stance_us()),
                    Value::Object(stances),
                    json!(s.evidence),
                    s.stage.map_or(Value::Null, |x| json!(x)),
                    s.left.as_ref().map_or(Value::Null, |l| json!(l)),
                    s.cadence_days.as_ref().map_or(Value::Null, |c| json!(c)),
                ]
            })
            .collect(),
        Table::Interactions => super::interactions_as_of(acc, as_of)
            .map(|i| {
                vec![
                    json!(a.id),
                    json!(i.date),
                    json!(i.kind),
                    json!(acc.with_ids(i).collect::<Vec<_>>()),
                    json!(super::our_people(acc, i)),
                    opt_num(i.cost),
                    i.intel.map_or(Value::Null, |x| json!(x)),
                    acc.note(i)
                        .filter(|_| options.notes)
                        .map_or(Value::Null, Value::from),
                    json!(i.kind.is_value_adding()),
                    json!(i.kind.is_entertainment()),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::testing::{account, person, with, yaml};

    #[test]
    fn every_row_has_one_value_per_column() {
        let text = yaml(
            &[person("a", "middle", "user", "mentor")],
            &[
                "{ date: 2026-11-01, with: [a], kind: demo, cost: 100 }",
                // After the as-of date: left out, as by every analysis.
                "{ date: 2026-11-25, with: [a], kind: visit }",
            ],
        );
        let accounts = [account(&text)];
        for &table in Table::ALL {
            let export = with(&accounts, |ctx, all| {
                analyse(
                    ctx,
                    all,
                    &Options {
                        table,
                        notes: false,
                    },
                )
            });
            assert_eq!(export.rows.len(), 1, "{table}");
            assert_eq!(export.rows[0].len(), export.columns.len(), "{table}");
        }
        let interactions = with(&accounts, |ctx, all| {
            analyse(
                ctx,
                all,
                &Options {
                    table: Table::Interactions,
                    notes: false,
                },
            )
        });
        let value_adding = interactions
            .columns
            .iter()
            .position(|c| *c == "value_adding");
        assert_eq!(interactions.rows[0][value_adding.unwrap()], json!(true));
        // No open opportunity: a pipeline of 0, never -0.
        let accounts_table = with(&accounts, |ctx, all| {
            analyse(
                ctx,
                all,
                &Options {
                    table: Table::Accounts,
                    notes: false,
                },
            )
        });
        let pipeline = accounts_table
            .columns
            .iter()
            .position(|c| *c == "open_pipeline");
        assert_eq!(accounts_table.rows[0][pipeline.unwrap()].to_string(), "0");
        // Whole amounts stay whole; others keep their fraction.
        assert_eq!(number(150.0).to_string(), "150");
        assert_eq!(number(-0.0).to_string(), "0");
        assert_eq!(number(2.5).to_string(), "2.5");
        assert_eq!(number(1e300).to_string(), "1e+300");
    }
}
