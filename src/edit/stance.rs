//! Changing one stance in place: the value's bytes are replaced, or a new
//! key added to the person's `stance` mapping; nothing else moves.

use super::append::EditError;
use super::yaml::{column, flow_end, line_end, newline, scalar};
use crate::model::{Stakeholder, Stance};

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
        let old_text = &text[span.offset..span.offset + span.len];
        let chinese = !old_text.is_ascii();
        let new = if chinese {
            value.alias().unwrap_or(value.as_str())
        } else {
            value.as_str()
        };
        return Ok(format!(
            "{}{new}{}",
            &text[..span.offset],
            &text[span.offset + span.len..]
        ));
    }
    // A column the person has no stance for yet: add the key.
    let at = map.span.offset;
    let entry = format!("{}: {}", scalar(column_name), value.as_str());
    if text.as_bytes().get(at) == Some(&b'{') {
        let (_, last) =
            flow_end(text, at).ok_or_else(|| EditError("unclosed `{` in `stance`".into()))?;
        let insert = if text.as_bytes()[last] == b'{' {
            format!(" {entry}")
        } else {
            format!(", {entry}")
        };
        return Ok(format!("{}{insert}{}", &text[..=last], &text[last + 1..]));
    }
    let Some((_, last_value)) = map.value.0.last() else {
        return Err(EditError(
            "the `stance` mapping is empty; write it by hand".into(),
        ));
    };
    let indent = " ".repeat(column(text, at));
    let pos = line_end(text, last_value.span.offset);
    Ok(format!(
        "{}{}{indent}{entry}{}",
        &text[..pos],
        newline(text),
        &text[pos..]
    ))
}
