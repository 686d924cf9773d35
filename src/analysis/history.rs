//! What moved, commit by commit: stance changes (toward us or away), people
//! joining, leaving or removed, interactions logged (docs/domain.md §2, §4).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::finding::{Msg, MsgArg, stance_name};
use crate::load::git::{Commit, FileChange, GitHistory};
use crate::model::{Account, Date, Stakeholder, Stance, US};

crate::names::names! {
    /// What changed.
    pub enum EventKind {
        Stance = "stance",
        StakeholderAdded = "stakeholder-added",
        StakeholderRemoved = "stakeholder-removed",
        StakeholderLeft = "stakeholder-left",
        Interactions = "interactions",
        HelpAnsweredLate = "help-answered-late",
        AccountAdded = "account-added",
        AccountRemoved = "account-removed",
        Unparseable = "unparseable",
    }
}

/// One change, in one commit.
#[derive(Debug, Clone)]
pub struct Event {
    /// Author date of the commit.
    pub date: Date,
    pub commit: String,
    pub author: String,
    pub account: String,
    /// The file, as of the commit.
    pub file: String,
    /// What changed, with what it carries.
    pub change: Change,
    /// The change in words (JSON has its English).
    pub message: Msg,
}

/// What changed, each kind with its own data.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A stance toward us (`column` is `us`) or toward a competitor moved.
    Stance {
        stakeholder: String,
        column: String,
        old: Stance,
        new: Stance,
        direction: Direction,
    },
    StakeholderAdded {
        stakeholder: String,
    },
    StakeholderRemoved {
        stakeholder: String,
    },
    StakeholderLeft {
        stakeholder: String,
    },
    /// The entries added in this commit.
    Interactions(Vec<LoggedInteraction>),
    /// A help request answered in this commit, but only after the limit:
    /// the dodge still happened (docs/domain.md §10).
    HelpAnsweredLate {
        stakeholder: String,
        asked: Date,
        answered: Date,
    },
    AccountAdded,
    AccountRemoved,
    /// The new version does not parse (or is too large to read).
    Unparseable,
}

impl Change {
    pub fn kind(&self) -> EventKind {
        match self {
            Change::Stance { .. } => EventKind::Stance,
            Change::StakeholderAdded { .. } => EventKind::StakeholderAdded,
            Change::StakeholderRemoved { .. } => EventKind::StakeholderRemoved,
            Change::StakeholderLeft { .. } => EventKind::StakeholderLeft,
            Change::Interactions(_) => EventKind::Interactions,
            Change::HelpAnsweredLate { .. } => EventKind::HelpAnsweredLate,
            Change::AccountAdded => EventKind::AccountAdded,
            Change::AccountRemoved => EventKind::AccountRemoved,
            Change::Unparseable => EventKind::Unparseable,
        }
    }

    /// A stance move's column, old and new stance and direction.
    pub fn stance_move(&self) -> Option<(&str, Stance, Stance, Direction)> {
        match self {
            Change::Stance {
                column,
                old,
                new,
                direction,
                ..
            } => Some((column, *old, *new, *direction)),
            _ => None,
        }
    }

    /// The person it is about, if one.
    pub fn stakeholder(&self) -> Option<&str> {
        match self {
            Change::Stance { stakeholder, .. }
            | Change::StakeholderAdded { stakeholder }
            | Change::StakeholderRemoved { stakeholder }
            | Change::StakeholderLeft { stakeholder }
            | Change::HelpAnsweredLate { stakeholder, .. } => Some(stakeholder),
            _ => None,
        }
    }
}

impl Event {
    pub fn kind(&self) -> EventKind {
        self.change.kind()
    }

    /// The change in words, in `lang`.
    pub fn message_in(&self, lang: crate::model::Lang) -> String {
        self.message.render(lang)
    }
}

/// An event as JSON has it: one flat record, every key present (`null`
/// where a kind has no such value), so that `jq` and a warehouse read
/// every kind the same way.
#[derive(Serialize)]
struct Flat<'a> {
    date: Date,
    commit: &'a str,
    author: &'a str,
    account: &'a str,
    file: &'a str,
    kind: EventKind,
    stakeholder: Option<&'a str>,
    column: Option<&'a str>,
    old: Option<Stance>,
    new: Option<Stance>,
    direction: Option<Direction>,
    interactions: &'a [LoggedInteraction],
    message: &'a Msg,
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let moved = self.change.stance_move();
        Flat {
            date: self.date,
            commit: &self.commit,
            author: &self.author,
            account: &self.account,
            file: &self.file,
            kind: self.kind(),
            stakeholder: self.change.stakeholder(),
            column: moved.map(|m| m.0),
            old: moved.map(|m| m.1),
            new: moved.map(|m| m.2),
            direction: moved.map(|m| m.3),
            interactions: match &self.change {
                Change::Interactions(added) => added,
                _ => &[],
            },
            message: &self.message,
        }
        .serialize(serializer)
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

#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// Where an event happened: the commit and the file.
#[derive(Clone)]
struct Place {
    date: Date,
    commit: String,
    author: String,
    account: String,
    file: String,
}

impl Place {
    fn event(&self, change: Change, message: Msg) -> Event {
        Event {
            date: self.date,
            commit: self.commit.clone(),
            author: self.author.clone(),
            account: self.account.clone(),
            file: self.file.clone(),
            change,
            message,
        }
    }
}

/// The events of one file change; `help_days` is how long a help request
/// may wait.
fn diff(at: &Place, old: Option<&Account>, new: Option<&Account>, help_days: i64) -> Vec<Event> {
    let (old, new) = match (old, new) {
        (None, Some(n)) => {
            let said = Msg::new("history-account-added").number("count", n.stakeholders.len());
            return vec![at.event(Change::AccountAdded, said)];
        }
        (Some(_), None) => {
            let said = Msg::new("history-account-removed");
            return vec![at.event(Change::AccountRemoved, said)];
        }
        (Some(o), Some(n)) => (o, n),
        (None, None) => return Vec::new(),
    };
    let mut out = people(at, old, new);
    let (logged, late) = interactions(at, old, new, help_days);
    out.extend(logged);
    out.extend(late);
    out
}

/// People who joined, left, were removed, or whose stances moved.
fn people(at: &Place, old: &Account, new: &Account) -> Vec<Event> {
    let by_id = |a: &'_ Account| -> BTreeMap<String, Stakeholder> {
        a.stakeholders
            .iter()
            .map(|s| (s.id.value.to_string(), s.clone()))
            .collect()
    };
    let (before, after) = (by_id(old), by_id(new));
    let mut all_columns = columns(old);
    for x in columns(new) {
        if !all_columns.contains(&x) {
            all_columns.push(x);
        }
    }
    let mut out = Vec::new();
    for (id, s) in &after {
        let stakeholder = id.clone();
        let Some(prev) = before.get(id) else {
            let said = Msg::new("history-stakeholder-added")
                .text("name", &s.name.value)
                .arg("level", MsgArg::Word(s.level.as_str(), s.level.alias()))
                .arg("stance", MsgArg::msg(stance_name(s.stance_us())));
            out.push(at.event(Change::StakeholderAdded { stakeholder }, said));
            continue;
        };
        if prev.left.is_none()
            && let Some(left) = &s.left
        {
            let said = Msg::new("history-left")
                .text("name", &s.name.value)
                .text("date", left.value.to_string());
            out.push(at.event(Change::StakeholderLeft { stakeholder }, said));
        }
        out.extend(
            all_columns
                .iter()
                .filter_map(|column| stance_move(at, id, prev, s, column)),
        );
    }
    for (id, s) in &before {
        if !after.contains_key(id) {
            let said = Msg::new("history-removed").text("name", &s.name.value);
            let stakeholder = id.clone();
            out.push(at.event(Change::StakeholderRemoved { stakeholder }, said));
        }
    }
    out
}

/// The move of one person's stance in one column, if it moved.
fn stance_move(
    at: &Place,
    id: &str,
    prev: &Stakeholder,
    now: &Stakeholder,
    column: &str,
) -> Option<Event> {
    let old = prev.stance.get(column).unwrap_or(Stance::Unknown);
    let new = now.stance.get(column).unwrap_or(Stance::Unknown);
    if old == new {
        return None;
    }
    let direction = direction(column, old, new);
    let arrow = match direction {
        Direction::TowardUs => MsgArg::msg(Msg::new("history-toward-us")),
        Direction::AwayFromUs => MsgArg::msg(Msg::new("history-away-from-us")),
        Direction::None => MsgArg::Text(Default::default()),
    };
    let toward = if column == US {
        MsgArg::msg(Msg::new("history-us"))
    } else {
        MsgArg::Text(column.into())
    };
    let said = Msg::new("history-stance")
        .text("name", &now.name.value)
        .arg("toward", toward)
        .arg("was", MsgArg::msg(stance_name(old)))
        .arg("now", MsgArg::msg(stance_name(new)))
        .arg("arrow", arrow);
    let change = Change::Stance {
        stakeholder: id.to_string(),
        column: column.to_string(),
        old,
        new,
        direction,
    };
    Some(at.event(change, said))
}

/// The interactions added (a multiset difference, so reordering is no
/// change), and the help requests they answer late.
fn interactions(
    at: &Place,
    old: &Account,
    new: &Account,
    help_days: i64,
) -> (Option<Event>, Vec<Event>) {
    let mut counts: BTreeMap<String, i32> = BTreeMap::new();
    for i in &old.interactions {
        *counts.entry(interaction_key(i)).or_default() += 1;
    }
    let mut added = Vec::new();
    for i in &new.interactions {
        let c = counts.entry(interaction_key(i)).or_default();
        if *c > 0 {
            *c -= 1;
            continue;
        }
        let by = match &i.by {
            Some(by) if !by.is_empty() => super::each_once(by.iter().map(|b| b.as_str())),
            _ => vec![new.owner.as_str()],
        };
        added.push(LoggedInteraction {
            date: i.date.value,
            kind: i.kind,
            with: super::each_once(i.with.iter().map(|w| w.as_str()))
                .into_iter()
                .map(str::to_string)
                .collect(),
            by: by.into_iter().map(str::to_string).collect(),
        });
    }
    if added.is_empty() {
        return (None, Vec::new());
    }
    let late = answered_late(at, new, &added, help_days);
    let kinds: Vec<MsgArg> = added
        .iter()
        .map(|a| MsgArg::Word(a.kind.as_str(), a.kind.alias()))
        .collect();
    let said = Msg::new("history-interactions")
        .number("count", added.len())
        .arg("kinds", MsgArg::Items(kinds));
    (Some(at.event(Change::Interactions(added), said)), late)
}

/// For each `help-given` among `added`: the person's latest help request
/// before it that no earlier help answered, when it waited longer than
/// `help_days`.
fn answered_late(
    at: &Place,
    account: &Account,
    added: &[LoggedInteraction],
    help_days: i64,
) -> Vec<Event> {
    use crate::model::InteractionKind as K;
    let mut out = Vec::new();
    for given in added.iter().filter(|i| i.kind == K::HelpGiven) {
        for person in &given.with {
            let with_them = |kind: K| {
                account
                    .interactions
                    .iter()
                    .filter(move |i| i.kind == kind && i.with.iter().any(|w| w.as_str() == person))
                    .map(|i| i.date.value)
            };
            let Some(asked) = with_them(K::HelpRequested)
                .filter(|d| *d <= given.date)
                .max()
            else {
                continue;
            };
            let answered_before = with_them(K::HelpGiven).any(|d| d >= asked && d < given.date);
            let waited = asked.days_until(given.date);
            if answered_before || waited <= help_days {
                continue;
            }
            let name = account
                .stakeholders
                .iter()
                .find(|s| s.id.as_str() == person)
                .map_or_else(|| person.clone(), |s| s.name.value.to_string());
            let said = Msg::new("history-help-answered-late")
                .text("name", name)
                .text("asked", asked.to_string())
                .text("answered", given.date.to_string())
                .number("days", usize::try_from(waited).unwrap_or(0));
            let change = Change::HelpAnsweredLate {
                stakeholder: person.clone(),
                asked,
                answered: given.date,
            };
            out.push(at.event(change, said));
        }
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
    /// How long a help request may wait (`help_response_days`).
    pub help_days: i64,
}

/// Every event in `history` since `query.since`, oldest first. Pure: the
/// history was read by [`crate::load::git::read`].
pub fn analyse(history: &GitHistory, query: &Query) -> Vec<Event> {
    let since = query
        .since
        .and_then(|d| d.0.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp());
    let mut walk = Walk {
        history,
        query,
        last_good: HashMap::new(),
        events: Vec::new(),
    };
    for commit in &history.commits {
        let date = chrono::DateTime::from_timestamp(commit.time, 0)
            .map(|t| Date(t.date_naive()))
            .unwrap_or(Date(chrono::NaiveDate::MIN));
        if query.until.is_some_and(|until| date > until) {
            continue;
        }
        // Commits before the window only keep `last_good` up to date.
        let in_window = since.is_none_or(|s| commit.time >= s);
        for change in &commit.changes {
            walk.step(commit, date, change, in_window);
        }
    }
    walk.events
}

/// The walk through the commits, oldest first.
struct Walk<'a> {
    history: &'a GitHistory,
    query: &'a Query<'a>,
    /// The last version of each file that parsed, to compare across a
    /// commit in which the file was broken.
    last_good: HashMap<String, &'a Account>,
    events: Vec<Event>,
}

impl<'a> Walk<'a> {
    /// One file's change in `commit`: its events when `in_window`, and the
    /// last good version kept up to date either way.
    fn step(&mut self, commit: &Commit, date: Date, ch: &FileChange, in_window: bool) {
        let history = self.history;
        let file = ch
            .new_path
            .clone()
            .or_else(|| ch.old_path.clone())
            .unwrap_or_default();
        // Borrowed from the history: each version was parsed once and is
        // never copied. `Some(None)`: the version exists but does not parse.
        let get = |b: &Option<String>| -> Option<Option<&'a Account>> {
            b.as_ref()
                .map(|id| history.versions.get(id).and_then(Option::as_ref))
        };
        let (old, new) = (get(&ch.old_blob), get(&ch.new_blob));
        let id_from = |a: Option<Option<&Account>>, p: &Option<String>| {
            a.flatten()
                .map(|acc| account_id(acc, p.as_deref().unwrap_or_default()))
        };
        let account = id_from(new, &ch.new_path)
            .or_else(|| id_from(old, &ch.old_path))
            .unwrap_or_else(|| account_id_from_path(&file));
        let accounts = self.query.accounts;
        if !accounts.is_empty() && !accounts.contains(&account) {
            return;
        }
        let at = Place {
            date,
            commit: commit.id.chars().take(10).collect(),
            author: commit.author.clone(),
            account,
            file,
        };
        // A side that exists but does not parse is reported and skipped.
        if matches!(new, Some(None)) {
            if in_window {
                self.events.push(unparseable(history, &at, ch));
            }
            return;
        }
        let old_path = ch.old_path.clone().unwrap_or_default();
        let old_account = match old {
            Some(Some(a)) => Some(a),
            // The previous version was broken: compare with the last good one.
            Some(None) => self.last_good.get(&old_path).copied(),
            None => None,
        };
        let new_account = new.flatten();
        // At a shallow clone's boundary the files are a starting point:
        // their earlier versions are not in the clone.
        if in_window && !history.shallow.contains(&commit.id) {
            self.events
                .extend(diff(&at, old_account, new_account, self.query.help_days));
        }
        if ch.old_path.is_some() {
            self.last_good.remove(&old_path);
        }
        if let (Some(p), Some(a)) = (&ch.new_path, new_account) {
            self.last_good.insert(p.clone(), a);
        }
    }
}

/// A new version that does not parse, or is too large to read.
fn unparseable(history: &GitHistory, at: &Place, ch: &FileChange) -> Event {
    let said = match ch.new_blob.as_ref().and_then(|b| history.too_large.get(b)) {
        Some(&size) => Msg::new("history-too-large")
            .text("file", &at.file)
            .number("size", size as usize)
            .number("limit", history.max_file_size as usize),
        None => Msg::new("history-unparseable").text("file", &at.file),
    };
    at.event(Change::Unparseable, said)
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
                help_days: 14,
            },
        );
        let kinds: Vec<EventKind> = all.iter().map(|e| e.kind()).collect();
        assert_eq!(kinds, [EventKind::AccountAdded, EventKind::Stance]);
        assert_eq!(
            all[1].change.stance_move().map(|m| m.3),
            Some(Direction::TowardUs)
        );
        assert_eq!(
            all[1].message_in(crate::model::Lang::En),
            "An toward us: neutral → supporter (toward us)"
        );
        // JSON is one flat record per event, every key there for every kind.
        let json = serde_json::to_value(&all).unwrap();
        let keys =
            |i: usize| -> Vec<String> { json[i].as_object().unwrap().keys().cloned().collect() };
        assert_eq!(keys(0), keys(1));
        assert_eq!(json[0]["column"], serde_json::Value::Null);
        assert_eq!(json[1]["column"], "us");
        assert_eq!(json[1]["old"], "neutral");
        assert_eq!(json[1]["direction"], "toward-us");
        let since = Date::parse("2026-11-05").unwrap();
        let recent = analyse(
            &history,
            &Query {
                since: Some(since),
                until: None,
                accounts: &[],
                help_days: 14,
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
                help_days: 14,
            },
        );
        assert_eq!(before.len(), 1, "the window ends on {until}");
    }

    #[test]
    fn help_given_after_the_limit_is_an_event_of_its_own() {
        let base = "account: T\nid: t\nowner: o\nstakeholders:\n  - { id: a, name: An, level: middle, stance: { us: supporter } }\ninteractions:\n  - { date: 2026-10-01, with: [a], kind: help-requested }\n";
        let answered = |day: &str| {
            let text =
                format!("{base}  - {{ date: 2026-10-{day}, with: [a], kind: help-given }}\n");
            crate::load::parse::<Account>(&text).value.unwrap()
        };
        let asked = crate::load::parse::<Account>(base).value.unwrap();
        let kinds = |given: Account| {
            let history = GitHistory {
                commits: vec![
                    commit("c1", 1, None, "b1"),
                    commit("c2", 25, Some("b1"), "b2"),
                ],
                versions: HashMap::from([
                    ("b1".to_string(), Some(asked.clone())),
                    ("b2".to_string(), Some(given)),
                ]),
                ..Default::default()
            };
            let query = Query {
                since: None,
                until: None,
                accounts: &[],
                help_days: 14,
            };
            analyse(&history, &query)
                .iter()
                .map(|e| e.kind())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kinds(answered("22")),
            [
                EventKind::AccountAdded,
                EventKind::Interactions,
                EventKind::HelpAnsweredLate
            ]
        );
        assert_eq!(
            kinds(answered("08")),
            [EventKind::AccountAdded, EventKind::Interactions]
        );
    }
}
