//! People from the shell: a person added to `stakeholders`, one field of a
//! person set in place, a person marked as gone. Text splices, as `log`
//! and `stance` make them: comments, key order, quoting and every other
//! byte stay as they were, and the result is checked to have changed that
//! person's fields and nothing else.

use super::append::{EditError, Item, append_to, chinese_field, end_of};
use super::yaml::{column, flow_end, line_end, newline, scalar};
use crate::i18n::{Msg, MsgArg};
use crate::model::{Account, Date, Level, Role, Stakeholder, Stance};
use crate::yaml::{Kind, Node};

/// A person to add.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    pub department: Option<String>,
    pub level: Level,
    pub roles: Vec<Role>,
    /// Stances by column (`us`, or a competitor's name); `us` first.
    pub stance: Vec<(String, Stance)>,
    pub reports_to: Option<String>,
}

/// One field of a person, with its new value.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Title(String),
    Department(String),
    Level(Level),
    Roles(Vec<Role>),
    ReportsTo(String),
    Influence(u8),
    ProcurementTeam(bool),
    CadenceDays(u32),
    Left(Date),
}

/// A vocabulary value in the file's language.
fn word(name: &'static str, alias: Option<&'static str>, chinese: bool) -> String {
    if chinese { alias.unwrap_or(name) } else { name }.to_string()
}

fn roles(list: &[Role], chinese: bool) -> String {
    let words: Vec<String> = list
        .iter()
        .map(|r| word(r.as_str(), r.alias(), chinese))
        .collect();
    format!("[{}]", words.join(", "))
}

impl Field {
    /// The key it is written under.
    pub fn key(&self) -> &'static str {
        match self {
            Field::Title(_) => "title",
            Field::Department(_) => "department",
            Field::Level(_) => "level",
            Field::Roles(_) => "roles",
            Field::ReportsTo(_) => "reports_to",
            Field::Influence(_) => "influence",
            Field::ProcurementTeam(_) => "procurement_team",
            Field::CadenceDays(_) => "cadence_days",
            Field::Left(_) => "left",
        }
    }

    /// The value as YAML, closed values in Chinese when the file writes
    /// its own that way.
    fn yaml(&self, chinese: bool) -> String {
        match self {
            Field::Title(s) | Field::Department(s) | Field::ReportsTo(s) => scalar(s),
            Field::Level(l) => word(l.as_str(), l.alias(), chinese),
            Field::Roles(list) => roles(list, chinese),
            Field::Influence(n) => n.to_string(),
            Field::ProcurementTeam(b) => b.to_string(),
            Field::CadenceDays(n) => n.to_string(),
            Field::Left(d) => d.to_string(),
        }
    }
}

/// A new person, each closed value in the language the file writes that
/// field in.
struct Written<'a>(&'a NewPerson, &'a Node);

impl Written<'_> {
    fn fields(&self) -> Vec<(&'static str, String)> {
        let p = self.0;
        let chinese = |field: &str| chinese_field(self.1, field);
        let mut f = vec![("id", scalar(&p.id)), ("name", scalar(&p.name))];
        if let Some(t) = &p.title {
            f.push(("title", scalar(t)));
        }
        if let Some(d) = &p.department {
            f.push(("department", scalar(d)));
        }
        f.push((
            "level",
            word(p.level.as_str(), p.level.alias(), chinese("level")),
        ));
        if let Some(boss) = &p.reports_to {
            f.push(("reports_to", scalar(boss)));
        }
        if !p.roles.is_empty() {
            f.push(("roles", roles(&p.roles, chinese("roles"))));
        }
        let in_chinese = chinese("us");
        let stances: Vec<String> = p
            .stance
            .iter()
            .map(|(column, s)| {
                format!(
                    "{}: {}",
                    scalar(column),
                    word(s.as_str(), s.alias(), in_chinese)
                )
            })
            .collect();
        f.push(("stance", format!("{{ {} }}", stances.join(", "))));
        f
    }
}

impl Item for Written<'_> {
    fn flow(&self) -> String {
        let parts: Vec<String> = self
            .fields()
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        format!("{{ {} }}", parts.join(", "))
    }

    fn block(&self, indent: &str, nl: &str) -> String {
        self.fields()
            .into_iter()
            .enumerate()
            .map(|(i, (k, v))| format!("{indent}{}{k}: {v}", if i == 0 { "- " } else { "  " }))
            .collect::<Vec<_>>()
            .join(nl)
    }
}

/// Returns `text` with `person` added at the end of `stakeholders`.
pub fn add(text: &str, person: &NewPerson) -> Result<String, EditError> {
    let root = crate::yaml::tree(text).map_err(|p| EditError(p.message))?;
    append_to(text, &root, "stakeholders", &Written(person, &root))
}

/// An id for `name` that no one in `taken` has: its slug
/// ([`super::ids::slug`]), with `-2`, `-3`… when needed; `person` when the
/// name gives nothing to make one from.
pub fn proposed_id<'a>(name: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let base = super::ids::slug(name);
    let base = if base.is_empty() {
        "person".to_string()
    } else {
        base
    };
    let free = |id: &str| !taken.clone().any(|t| t == id);
    if free(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| free(id))
        .unwrap_or(base)
}

/// The mapping of the person `id` in the file's `stakeholders`.
fn person_node<'a>(root: &'a Node, id: &str) -> Option<&'a Node> {
    let Kind::Map(entries) = &root.kind else {
        return None;
    };
    let (_, list) = entries
        .iter()
        .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == "stakeholders"))?;
    let Kind::Seq(people) = &list.kind else {
        return None;
    };
    people.iter().find(|p| match &p.kind {
        Kind::Map(fields) => fields.iter().any(|(k, v)| {
            matches!(&k.kind, Kind::Str(s) if s == "id")
                && matches!(&v.kind, Kind::Str(s) if s == id)
        }),
        _ => false,
    })
}

/// Where the scalar written at `start` ends: after its closing quote, or
/// before a comment, the end of the line, or (in a flow collection) the
/// next `,`, `}` or `]`.
fn scalar_end(text: &str, start: usize, in_flow: bool) -> usize {
    let bytes = text.as_bytes();
    match bytes.get(start) {
        Some(b'"') => {
            let mut at = start + 1;
            while at < bytes.len() {
                match bytes[at] {
                    b'\\' => at += 2,
                    b'"' => return at + 1,
                    _ => at += 1,
                }
            }
            bytes.len()
        }
        Some(b'\'') => {
            let mut at = start + 1;
            while at < bytes.len() {
                if bytes[at] == b'\'' {
                    if bytes.get(at + 1) == Some(&b'\'') {
                        at += 2;
                        continue;
                    }
                    return at + 1;
                }
                at += 1;
            }
            bytes.len()
        }
        _ => {
            let line = line_end(text, start);
            let mut end = start;
            for (i, c) in text[start..line].char_indices() {
                let at = start + i;
                if in_flow && matches!(c, ',' | '}' | ']') {
                    break;
                }
                if c == '#' && at > start && text[..at].ends_with([' ', '\t']) {
                    break;
                }
                end = at + c.len_utf8();
            }
            start + text[start..end].trim_end().len()
        }
    }
}

/// Returns `text` with the person `id`'s `field` set: the value's bytes
/// replaced, or the key added to the person's mapping.
pub fn set(text: &str, id: &str, field: &Field) -> Result<String, EditError> {
    let root = crate::yaml::tree(text).map_err(|p| EditError(p.message))?;
    let person = person_node(&root, id)
        .ok_or_else(|| EditError(Msg::new("error-no-stakeholder").text("id", id)))?;
    let Kind::Map(fields) = &person.kind else {
        return Err(EditError(Msg::new("error-no-stakeholder").text("id", id)));
    };
    let value = field.yaml(chinese_field(&root, field.key()));
    let in_flow = text.as_bytes().get(person.span().offset()) == Some(&b'{');
    let splice =
        |from: usize, to: usize, new: &str| format!("{}{new}{}", &text[..from], &text[to..]);
    if let Some((key, old)) = fields
        .iter()
        .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == field.key()))
    {
        let start = old.span().offset();
        return Ok(match &old.kind {
            // `roles: [a, b]`: the whole flow list.
            Kind::Seq(_) if text.as_bytes().get(start) == Some(&b'[') => {
                let (close, _) = flow_end(text, start)
                    .ok_or_else(|| EditError(Msg::new("edit-person-unclosed")))?;
                splice(start, close + 1, &value)
            }
            // A block list under the key: the list becomes a flow one.
            Kind::Seq(items) => {
                let key_end = key.span().offset() + key.span().len();
                let colon = text[key_end..]
                    .find(':')
                    .map_or(key_end, |c| key_end + c + 1);
                let last = items.last().map_or(start, |i| i.span().offset());
                let end = line_end(text, last);
                splice(colon, end, &format!(" {value}"))
            }
            Kind::Map(_) => return Err(EditError(Msg::new("edit-person-not-a-value"))),
            // `title:` with nothing after it.
            Kind::Null if !text[start..].starts_with('~') && !text[start..].starts_with("null") => {
                let key_end = key.span().offset() + key.span().len();
                let colon = text[key_end..]
                    .find(':')
                    .map_or(key_end, |c| key_end + c + 1);
                splice(colon, colon, &format!(" {value}"))
            }
            _ => splice(start, scalar_end(text, start, in_flow), &value),
        });
    }
    // A field the person does not have yet: add the key.
    let entry = format!("{}: {value}", field.key());
    let at = person.span().offset();
    if in_flow {
        let (_, last) =
            flow_end(text, at).ok_or_else(|| EditError(Msg::new("edit-person-unclosed")))?;
        let sep = if text.as_bytes()[last] == b'{' {
            " "
        } else {
            ", "
        };
        return Ok(format!(
            "{}{sep}{entry}{}",
            &text[..=last],
            &text[last + 1..]
        ));
    }
    let (first_key, _) = fields
        .first()
        .ok_or_else(|| EditError(Msg::new("edit-person-not-a-value")))?;
    let indent = " ".repeat(column(text, first_key.span().offset()));
    let last = fields
        .iter()
        .map(|(k, v)| end_of(k).max(end_of(v)))
        .max()
        .unwrap_or(at);
    let pos = line_end(text, last.saturating_sub(1).max(at));
    Ok(format!(
        "{}{}{indent}{entry}{}",
        &text[..pos],
        newline(text),
        &text[pos..]
    ))
}

/// A person's fields as the analyses read them, without positions: what
/// [`check_alone`] compares.
fn fingerprint(s: &Stakeholder, without: Option<&str>) -> String {
    let mut parts = vec![
        format!("id={}", s.id.value),
        format!("name={}", s.name.value),
        format!(
            "stance={:?}",
            s.stance
                .value
                .0
                .iter()
                .map(|(k, v)| (k.value.to_string(), v.value))
                .collect::<Vec<_>>()
        ),
        format!(
            "evidence={:?} wins={:?} fears={:?} stage={:?} note={:?}",
            s.evidence, s.wins, s.fears, s.stage, s.note
        ),
    ];
    let fields: [(&str, String); 9] = [
        ("title", format!("{:?}", s.title)),
        ("department", format!("{:?}", s.department)),
        ("level", format!("{:?}", s.level)),
        (
            "roles",
            format!("{:?}", s.roles.iter().map(|r| r.value).collect::<Vec<_>>()),
        ),
        (
            "reports_to",
            format!("{:?}", s.reports_to.as_ref().map(|r| r.value.to_string())),
        ),
        (
            "influence",
            format!("{:?}", s.influence.as_ref().map(|i| i.value)),
        ),
        ("procurement_team", format!("{:?}", s.procurement_team)),
        (
            "cadence_days",
            format!("{:?}", s.cadence_days.as_ref().map(|c| c.value)),
        ),
        ("left", format!("{:?}", s.left.as_ref().map(|l| l.value))),
    ];
    for (key, value) in fields {
        if Some(key) != without {
            parts.push(format!("{key}={value}"));
        }
    }
    parts.join("; ")
}

/// Every person's fingerprint, in file order.
pub fn fingerprints(account: &Account) -> Vec<(String, String)> {
    account
        .stakeholders
        .iter()
        .map(|s| (s.id.value.to_string(), fingerprint(s, None)))
        .collect()
}

/// Checks that setting `key` of the person `id` (with `key` `None`:
/// adding them) changed that and nothing else of anyone: a value shared
/// through a YAML anchor or merge key would change others too, and is
/// refused, naming them.
pub fn check_alone(
    before: &Account,
    after: &Account,
    id: &str,
    key: Option<&str>,
) -> Result<(), EditError> {
    let print = |s: &Stakeholder| fingerprint(s, key.filter(|_| s.id.value == *id));
    let was: Vec<(String, String)> = before
        .stakeholders
        .iter()
        .map(|s| (s.id.value.to_string(), print(s)))
        .collect();
    let now: Vec<(String, String)> = after
        .stakeholders
        .iter()
        .filter(|s| key.is_some() || s.id.value != *id)
        .map(|s| (s.id.value.to_string(), print(s)))
        .collect();
    if was == now {
        return Ok(());
    }
    let moved: Vec<String> = now
        .iter()
        .filter(|n| !was.contains(n))
        .map(|(p, _)| p.clone())
        .collect();
    Err(EditError(
        Msg::new("edit-person-shared").arg("people", MsgArg::List(moved)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCK: &str = "account: T\nid: t\nowner: o\nstakeholders:\n  - id: zhao\n    name: Zhao Gang   # the chief\n    title: \"Section Chief\"\n    level: middle\n    roles:\n      - coach\n    stance: { us: mentor }\n  - { id: wang, name: Wang, level: executive, roles: [decider], stance: { us: unknown } }\n";

    #[test]
    fn a_scalar_is_replaced_in_place_and_a_comment_stays() {
        let new = set(BLOCK, "zhao", &Field::Title("Deputy Director".into())).unwrap();
        assert!(new.contains("    title: Deputy Director\n"), "{new}");
        assert!(new.contains("name: Zhao Gang   # the chief\n"), "{new}");
        let flow = set(BLOCK, "wang", &Field::Level(Level::Middle)).unwrap();
        assert!(
            flow.contains("{ id: wang, name: Wang, level: middle, roles: [decider]"),
            "{flow}"
        );
    }

    #[test]
    fn a_missing_key_is_added_to_a_block_or_a_flow_mapping() {
        let block = set(BLOCK, "zhao", &Field::Influence(4)).unwrap();
        assert!(
            block.contains("    stance: { us: mentor }\n    influence: 4\n"),
            "{block}"
        );
        let flow = set(BLOCK, "wang", &Field::ReportsTo("zhao".into())).unwrap();
        assert!(
            flow.contains("stance: { us: unknown }, reports_to: zhao }"),
            "{flow}"
        );
    }

    #[test]
    fn a_list_is_replaced_whole_whether_flow_or_block() {
        let roles = Field::Roles(vec![Role::Coach, Role::Advisor]);
        let block = set(BLOCK, "zhao", &roles).unwrap();
        assert!(
            block.contains("    roles: [coach, advisor]\n    stance:"),
            "{block}"
        );
        let flow = set(BLOCK, "wang", &roles).unwrap();
        assert!(flow.contains("roles: [coach, advisor], stance"), "{flow}");
        for text in [block, flow] {
            assert!(
                crate::load::parse::<Account>(&text).problems.is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_person_is_added_in_the_list_s_style_and_the_file_s_language() {
        let person = NewPerson {
            id: "li".into(),
            name: "李科".into(),
            title: None,
            department: Some("技术部".into()),
            level: Level::Staff,
            roles: vec![Role::User],
            stance: vec![("us".into(), Stance::Supporter)],
            reports_to: Some("zhao".into()),
        };
        let new = add(BLOCK, &person).unwrap();
        // After a flow item, a flow item.
        assert!(new.ends_with("  - { id: li, name: 李科, department: 技术部, level: staff, reports_to: zhao, roles: [user], stance: { us: supporter } }\n"), "{new}");
        let chinese = "account: T\nowner: o\nstakeholders: []\n";
        let chinese = format!("{chinese}# 中文档案\n")
            .replace("stakeholders: []", "stakeholders: []\ninteractions: []");
        let zh = add(
            &chinese.replace(
                "owner: o",
                "owner: o\ngoals: [{ horizon: 长期, text: 扩产 }]",
            ),
            &person,
        )
        .unwrap();
        assert!(
            zh.contains("    level: 基层\n") && zh.contains("{ us: 支 }"),
            "{zh}"
        );
        assert!(
            crate::load::parse::<Account>(&zh).problems.is_empty(),
            "{zh}"
        );
    }

    #[test]
    fn proposed_ids_are_free_and_made_from_the_name() {
        assert_eq!(proposed_id("刘明", ["zhao"].into_iter()), "liuming");
        assert_eq!(
            proposed_id("刘明", ["liuming", "liuming-2"].into_iter()),
            "liuming-3"
        );
        assert_eq!(proposed_id("★", std::iter::empty()), "person");
    }

    #[test]
    fn a_value_shared_through_an_anchor_is_refused() {
        let text = "account: T\nid: t\nowner: o\nstakeholders:\n  - { id: a, name: A, level: middle, title: &t Engineer, stance: { us: unknown } }\n  - { id: b, name: B, level: middle, title: *t, stance: { us: unknown } }\n";
        let before = crate::load::parse::<Account>(text).value.unwrap();
        let new = set(text, "a", &Field::Title("Chief".into())).unwrap();
        // The anchor's text moved, and B's title with it: refused.
        if let Some(after) = crate::load::parse::<Account>(&new).value {
            assert!(check_alone(&before, &after, "a", Some("title")).is_err());
        }
        let lone = set(text, "b", &Field::Department("R&D".into())).unwrap();
        let after = crate::load::parse::<Account>(&lone).value.unwrap();
        assert!(check_alone(&before, &after, "b", Some("department")).is_ok());
    }
}
