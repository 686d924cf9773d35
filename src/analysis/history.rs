//! What moved, commit by commit: stance changes (toward us or away), people
//! joining, leaving or removed, interactions logged (docs/domain.md §2, §4).

use std::collections::BTreeMap;

use serde::Serialize;

use super::finding::{Msg, MsgArg, stance_name};
use crate::load::git::GitHistory;
use crate::model::{Account, Date, Stakeholder, Stance, US};

crate::names::names! {
    /// What changed.
    pub enum EventKind {
        Stance = "stance",
        StakeholderAdded = "stakeholder-added",
        StakeholderRemoved = "stakeholder-removed",
        StakeholderLeft = "stakeholder-left",
        Interactions = "interactions",
        AccountAdded = "account-added",
        AccountRemoved = "account-removed",
        Unparseable = "unparseable",
    }
}

/// One change, in one commit.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Author date of the commit.
    pub date: Date,
    pub commit: String,
    pub author: String,
    pub account: String,
    /// The file, as of the commit.
    pub file: String,
    pub kind: EventKind,
    pub stakeholder: Option<String>,
    /// For stance moves: `us` or the competitor's name.
    pub column: Option<String>,
    pub old: Option<Stance>,
    pub new: Option<Stance>,
    /// For stance moves: `toward-us`, `away-from-us`, or `none` (unknown ↔ neutral).
    pub direction: Option<Direction>,
    /// For interactions: the entries added in this commit.
    pub interactions: Vec<LoggedInteraction>,
    /// The change in words (JSON has its English).
    pub message: Msg,
}

impl Event {
    /// The change in words, in `lang`.
    pub fn message_in(&self, lang: crate::model::Lang) -> String {
        self.message.render(lang)
    }
}

crate::names::names! {
    /// Which way a stance moved, for us.
    pub enum Direction {
        TowardUs = "toward-us",
        AwayFromUs = "away-from-us",
        /// Unknown ↔ neutral: no lean either way.
        None = "none",
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LoggedInteraction {
    pub date: Date,
    pub kind: crate::model::InteractionKind,
    pub with: Vec<String>,
    /// Our people: `by`, or the owner.
    pub by: Vec<String>,
}

/// How far a stance leans toward the vendor of its column.
fn lean(s: Stance) -> i8 {
    match s {
        Stance::Opponent => -2,
        Stance::Neutral | Stance::Unknown => 0,
        Stance::Supporter => 1,
        Stance::Mentor => 2,
    }
}

fn direction(column: &str, old: Stance, new: Stance) -> Direction {
    let delta = lean(new) - lean(old);
    let toward_column = delta > 0;
    match (delta, column == US) {
        (0, _) => Direction::None,
        (_, true) if toward_column => Direction::TowardUs,
        (_, true) => Direction::AwayFromUs,
        (_, false) if toward_column => Direction::AwayFromUs,
        _ => Direction::TowardUs,
    }
}

fn columns(a: &Account) -> Vec<String> {
    std::iter::once(US.to_string())
        .chain(a.competitors.iter().map(|c| c.value.to_string()))
        .collect()
}

fn account_id(a: &Account, path: &str) -> String {
    a.id.as_ref()
        .map(|i| i.value.to_string())
        .unwrap_or_else(|| {
            std::path::Path::new(path)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
}

fn interaction_key(i: &crate::model::Interaction) -> String {
    let mut with: Vec<&str> = i.with.iter().map(|w| w.as_str()).collect();
    with.sort_unstable();
    format!(
        "{}|{}|{}|{}",
        i.date.value,
        i.kind,
        with.join(","),
        i.note.as_deref().unwrap_or("")
    )
}

/// The events of one file change.
fn diff(base: &Event, old: Option<&Account>, new: Option<&Account>) -> Vec<Event> {
    let ev = |kind, message: Msg| Event {
        kind,
        message,
        ..base.clone()
    };
    let stance = |s: Stance| MsgArg::msg(stance_name(s));
    let (old, new) = match (old, new) {
        (None, Some(n)) => {
            return vec![ev(
                EventKind::AccountAdded,
                Msg::new("history-account-added").number("count", n.stakeholders.len()),
            )];
        }
        (Some(_), None) => {
            return vec![ev(
                EventKind::AccountRemoved,
                Msg::new("history-account-removed"),
            )];
        }
        (Some(o), Some(n)) => (o, n),
        (None, None) => return Vec::new(),
    };
    let mut out = Vec::new();
    let by_id = |a: &'_ Account| -> BTreeMap<String, Stakeholder> {
        a.stakeholders
            .iter()
            .map(|s| (s.id.value.to_string(), s.clone()))
            .collect()
    };
    let (before, after) = (by_id(old), by_id(new));
    let all_columns = {
        let mut c = columns(old);
        for x in columns(new) {
            if !c.contains(&x) {
                c.push(x);
            }
        }
        c
    };
    for (id, s) in &after {
        let Some(prev) = before.get(id) else {
            out.push(Event {
                stakeholder: Some(id.clone()),
                ..ev(
                    EventKind::StakeholderAdded,
                    Msg::new("history-stakeholder-added")
                        .text("name", &s.name.value)
                        .arg("level", MsgArg::Word(s.level.as_str(), s.level.alias()))
                        .arg("stance", stance(s.stance_us())),
                )
            });
            continue;
        };
        if prev.left.is_none()
            && let Some(left) = &s.left
        {
            out.push(Event {
                stakeholder: Some(id.clone()),
                ..ev(
                    EventKind::StakeholderLeft,
                    Msg::new("history-left")
                        .text("name", &s.name.value)
                        .text("date", left.value.to_string()),
                )
            });
        }
        for column in &all_columns {
            let was = prev.stance.get(column).unwrap_or(Stance::Unknown);
            let now = s.stance.get(column).unwrap_or(Stance::Unknown);
            if was == now {
                continue;
            }
            let dir = direction(column, was, now);
            let arrow = match dir {
                Direction::TowardUs => MsgArg::msg(Msg::new("history-toward-us")),
                Direction::AwayFromUs => MsgArg::msg(Msg::new("history-away-from-us")),
                Direction::None => MsgArg::Text(Default::default()),
            };
            let toward = if column == US {
                MsgArg::msg(Msg::new("history-us"))
            } else {
                MsgArg::Text(column.as_str().into())
            };
            out.push(Event {
                stakeholder: Some(id.clone()),
                column: Some(column.clone()),
                old: Some(was),
                new: Some(now),
                direction: Some(dir),
                ..ev(
                    EventKind::Stance,
                    Msg::new("history-stance")
                        .text("name", &s.name.value)
                        .arg("toward", toward)
                        .arg("was", stance(was))
                        .arg("now", stance(now))
                        .arg("arrow", arrow),
                )
            });
        }
    }
    for (id, s) in &before {
        if !after.contains_key(id) {
            out.push(Event {
                stakeholder: Some(id.clone()),
                ..ev(
                    EventKind::StakeholderRemoved,
                    Msg::new("history-removed").text("name", &s.name.value),
                )
            });
        }
    }
    // Interactions added: a multiset difference, so reordering is no change.
    let mut counts: BTreeMap<String, i32> = BTreeMap::new();
    for i in &old.interactions {
        *counts.entry(interaction_key(i)).or_default() += 1;
    }
    let mut added = Vec::new();
    for i in &new.interactions {
        let c = counts.entry(interaction_key(i)).or_default();
        if *c > 0 {
            *c -= 1;
        } else {
            added.push(LoggedInteraction {
                date: i.date.value,
                kind: i.kind,
                with: super::each_once(i.with.iter().map(|w| w.as_str()))
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                by: match &i.by {
                    Some(by) if !by.is_empty() => super::each_once(by.iter().map(|b| b.as_str())),
                    _ => vec![new.owner.as_str()],
                }
                .into_iter()
                .map(str::to_string)
                .collect(),
            });
        }
    }
    if !added.is_empty() {
        let kinds: Vec<MsgArg> = added
            .iter()
            .map(|a| MsgArg::Word(a.kind.as_str(), a.kind.alias()))
            .collect();
        out.push(Event {
            interactions: added.clone(),
            ..ev(
                EventKind::Interactions,
                Msg::new("history-interactions")
                    .number("count", added.len())
                    .arg("kinds", MsgArg::Items(kinds)),
            )
        });
    }
    out
}

/// Options of a history run: the window and the accounts.
pub struct Query<'a> {
    pub since: Option<Date>,
    /// The window ends with this day (the as-of date): later commits are
    /// never in a change list.
    pub until: Option<Date>,
    pub accounts: &'a [String],
}

/// Every event in `history` since `query.since`, oldest first. Pure: the
/// history was read by [`crate::load::git::read`].
pub fn analyse(history: &GitHistory, query: &Query) -> Vec<Event> {
    let GitHistory {
        commits,
        versions: parsed,
        ..
    } = history;
    let since = query
        .since
        .and_then(|d| d.0.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp());
    let mut events = Vec::new();
    // The last version of each file that parsed, to compare across a
    // commit in which the file was broken.
    let mut last_good: std::collections::HashMap<String, &Account> = Default::default();
    for c in commits {
        // Commits before the window only keep `last_good` up to date.
        let date = chrono::DateTime::from_timestamp(c.time, 0)
            .map(|t| Date(t.date_naive()))
            .unwrap_or(Date(chrono::NaiveDate::MIN));
        if query.until.is_some_and(|until| date > until) {
            continue;
        }
        let in_window = since.is_none_or(|s| c.time >= s);
        for ch in &c.changes {
            let file = ch
                .new_path
                .clone()
                .or_else(|| ch.old_path.clone())
                .unwrap_or_default();
            // Borrowed from `parsed`: each version was parsed once and is
            // never copied. `Some(None)`: the version exists but does not parse.
            let get = |b: &Option<String>| -> Option<Option<&Account>> {
                b.as_ref().map(|id| parsed.get(id).and_then(Option::as_ref))
            };
            let (old, new) = (get(&ch.old_blob), get(&ch.new_blob));
            let id_from = |a: Option<Option<&Account>>, p: &Option<String>| {
                a.flatten()
                    .map(|acc| account_id(acc, p.as_deref().unwrap_or_default()))
            };
            let account = id_from(new, &ch.new_path)
                .or_else(|| id_from(old, &ch.old_path))
                .unwrap_or_else(|| account_id_from_path(&file));
            if !query.accounts.is_empty() && !query.accounts.contains(&account) {
                continue;
            }
            let base = Event {
                date,
                commit: c.id.chars().take(10).collect(),
                author: c.author.clone(),
                account,
                file: file.clone(),
                kind: EventKind::Unparseable,
                stakeholder: None,
                column: None,
                old: None,
                new: None,
                direction: None,
                interactions: Vec::new(),
                message: Msg::new("history-unparseable").text("file", &file),
            };
            // A side that exists but does not parse is reported and skipped.
            if matches!(new, Some(None)) {
                if !in_window {
                    continue;
                }
                let words = match ch.new_blob.as_ref().and_then(|b| history.too_large.get(b)) {
                    Some(&size) => Msg::new("history-too-large")
                        .text("file", &file)
                        .number("size", size as usize)
                        .number("limit", history.max_file_size as usize),
                    None => Msg::new("history-unparseable").text("file", &file),
                };
                events.push(Event {
                    message: words,
                    ..base
                });
                continue;
            }
            let old_path = ch.old_path.clone().unwrap_or_default();
            let old_account = match old {
                Some(Some(a)) => Some(a),
                // The previous version was broken: compare with the last good one.
                Some(None) => last_good.get(&old_path).copied(),
                None => None,
            };
            let new_account = new.flatten();
            // At a shallow clone's boundary the files are a starting point:
            // their earlier versions are not in the clone.
            let boundary = history.shallow.contains(&c.id);
            if in_window && !boundary {
                events.extend(diff(&base, old_account, new_account));
            }
            if ch.old_path.is_some() {
                last_good.remove(&old_path);
            }
            if let (Some(p), Some(a)) = (&ch.new_path, new_account) {
                last_good.insert(p.clone(), a);
            }
        }
    }
    events
}

fn account_id_from_path(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::load::git::{Commit, FileChange};

    fn version(stance: &str) -> Account {
        let text = format!(
            "account: T\nid: t\nowner: o\nstakeholders:\n  - {{ id: a, name: An, level: middle, stance: {{ us: {stance} }} }}\n"
        );
        crate::load::parse::<Account>(&text).value.unwrap()
    }

    fn commit(id: &str, day: u32, old: Option<&str>, new: &str) -> Commit {
        let time = chrono::NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp();
        Commit {
            id: id.into(),
            time,
            author: "Li Ming".into(),
            changes: vec![FileChange {
                old_path: old.map(|_| "t.yaml".to_string()),
                new_path: Some("t.yaml".into()),
                old_blob: old.map(str::to_string),
                new_blob: Some(new.into()),
            }],
        }
    }

    #[test]
    fn a_stance_move_is_one_event_with_its_direction() {
        let history = GitHistory {
            commits: vec![
                commit("c1", 1, None, "b1"),
                commit("c2", 10, Some("b1"), "b2"),
            ],
            versions: HashMap::from([
                ("b1".to_string(), Some(version("neutral"))),
                ("b2".to_string(), Some(version("supporter"))),
            ]),
            ..Default::default()
        };
        let all = analyse(
            &history,
            &Query {
                since: None,
                until: None,
                accounts: &[],
            },
        );
        let kinds: Vec<EventKind> = all.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EventKind::AccountAdded, EventKind::Stance]);
        assert_eq!(all[1].direction, Some(Direction::TowardUs));
        assert_eq!(
            all[1].message_in(crate::model::Lang::En),
            "An toward us: neutral → supporter (toward us)"
        );
        let since = Date::parse("2026-11-05").unwrap();
        let recent = analyse(
            &history,
            &Query {
                since: Some(since),
                until: None,
                accounts: &[],
            },
        );
        assert_eq!(recent.len(), 1, "the window starts on {since}");
        let until = Date::parse("2026-11-09").unwrap();
        let before = analyse(
            &history,
            &Query {
                since: None,
                until: Some(until),
                accounts: &[],
            },
        );
        assert_eq!(before.len(), 1, "the window ends on {until}");
    }
}
