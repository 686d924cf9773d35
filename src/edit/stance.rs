//! Changing one stance in place: the value's bytes are replaced, or a new
//! key added to the person's `stance` mapping; nothing else moves.

use super::append::EditError;
use super::yaml::{column, flow_end, line_end, newline, scalar};
use crate::i18n::{Msg, MsgArg};
use crate::model::{Account, Stakeholder, Stance};

/// [`set`], then [`check_alone`] on the text read back.
pub fn set_alone(
    text: &str,
    account: &Account,
    person: &Stakeholder,
    column_name: &str,
    value: Stance,
) -> Result<String, EditError> {
    let new = set(text, person, column_name, value)?;
    let after = crate::load::parse::<Account>(&new)
        .value
        .ok_or_else(|| EditError(Msg::new("edit-would-not-read-back")))?;
    check_alone(
        &stances(account),
        &after,
        &person.id.value,
        column_name,
        value,
    )?;
    Ok(new)
}

/// Every person's stances, in file order: what [`check_alone`] compares.
pub type Stances = Vec<(String, Vec<(String, Stance)>)>;

/// The stances of every person in `account`.
pub fn stances(account: &Account) -> Stances {
    account
        .stakeholders
        .iter()
        .map(|s| {
            let map = s
                .stance
                .value
                .0
                .iter()
                .map(|(k, v)| (k.value.to_string(), v.value));
            (s.id.value.to_string(), map.collect())
        })
        .collect()
}

/// Checks that an edit of `person`'s stance toward `column_name` moved
/// that one value and nothing else: a stance written once and shared
/// through a YAML anchor, alias or merge key (`&friendly`, `*friendly`,
/// `<<: *friendly`) would change every person who shares it, so such an
/// edit is refused, naming them.
pub fn check_alone(
    before: &Stances,
    after: &Account,
    person: &str,
    column_name: &str,
    value: Stance,
) -> Result<(), EditError> {
    let after = stances(after);
    let mut others: Vec<String> = Vec::new();
    let mut done = false;
    for ((id, old), (id_after, new_map)) in before.iter().zip(&after) {
        if id != id_after {
            others.push(id_after.clone());
            continue;
        }
        if *id == person {
            let get =
                |m: &[(String, Stance)], c: &str| m.iter().find(|(k, _)| k == c).map(|(_, v)| *v);
            done = get(new_map, column_name) == Some(value);
            let rest = |m: &[(String, Stance)]| -> Vec<(String, Stance)> {
                m.iter()
                    .filter(|(k, _)| k != column_name)
                    .cloned()
                    .collect()
            };
            if rest(old) != rest(new_map) {
                others.push(id.clone());
            }
        } else if old != new_map {
            others.push(id.clone());
        }
    }
    if !others.is_empty() || !done || before.len() != after.len() {
        others.retain(|o| o != person);
        let message = if others.is_empty() {
            Msg::new("edit-stance-shared")
        } else {
            Msg::new("edit-stance-shared-with").arg("others", MsgArg::List(others))
        };
        return Err(EditError(message.text("person", person)));
    }
    Ok(())
}

/// Returns `text` with `person`'s stance toward `column_name` set to `value`.
/// An existing value keeps its script: 帮 stays Chinese, `mentor` English.
pub fn set(
    text: &str,
    person: &Stakeholder,
    column_name: &str,
    value: Stance,
) -> Result<String, EditError> {
    let map = &person.stance;
    if let Some((_, old)) = map.value.0.iter().find(|(k, _)| k.value == column_name) {
        let span = old.span;
        let old_text = &text[span.offset()..span.offset() + span.len()];
        let chinese = !old_text.is_ascii();
        let new = if chinese {
            value.alias().unwrap_or(value.as_str())
        } else {
            value.as_str()
        };
        return Ok(format!(
            "{}{new}{}",
            &text[..span.offset()],
            &text[span.offset() + span.len()..]
        ));
    }
    // A column the person has no stance for yet: add the key, its value in
    // the script most of the person's other stances are written in
    // (English on a tie).
    let at = map.span.offset();
    let written = map.value.0.iter().map(|(_, v)| {
        let span = v.span;
        !text[span.offset()..span.offset() + span.len()].is_ascii()
    });
    let zh = written.clone().filter(|z| *z).count();
    let chinese = zh * 2 > written.count();
    let word = if chinese {
        value.alias().unwrap_or(value.as_str())
    } else {
        value.as_str()
    };
    let entry = format!("{}: {word}", scalar(column_name));
    if text.as_bytes().get(at) == Some(&b'{') {
        let (_, last) =
            flow_end(text, at).ok_or_else(|| EditError(Msg::new("edit-stance-unclosed")))?;
        let insert = if text.as_bytes()[last] == b'{' {
            format!(" {entry}")
        } else {
            format!(", {entry}")
        };
        return Ok(format!("{}{insert}{}", &text[..=last], &text[last + 1..]));
    }
    let Some((_, last_value)) = map.value.0.last() else {
        return Err(EditError(Msg::new("edit-stance-empty")));
    };
    let indent = " ".repeat(column(text, at));
    let pos = line_end(text, last_value.span.offset());
    Ok(format!(
        "{}{}{indent}{entry}{}",
        &text[..pos],
        newline(text),
        &text[pos..]
    ))
}
