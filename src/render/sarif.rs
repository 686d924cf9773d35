//! SARIF 2.1.0: what GitHub code scanning and other static analysis viewers
//! read. One run, guanxi as the tool with every code as a rule (its summary
//! as the description), one result per diagnostic (with its file, line and
//! column) or per finding (on its account's file).

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::analysis::{Code as FindingCode, Finding};
use crate::finding::{Code, Diagnostic, Severity};
use crate::i18n::Msg;
use crate::model::Lang;
use crate::source::display_path;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A code as a SARIF rule: its id, why it matters, where it is documented.
fn rule(id: &str, summary: &str, severity: Severity, doc: &str) -> Value {
    json!({
        "id": id,
        "shortDescription": { "text": summary },
        "help": { "text": format!("{doc}, under `{id}`") },
        "defaultConfiguration": { "level": level(severity) },
    })
}

/// The SARIF log of a validation, as a JSON value.
pub fn validation(diagnostics: &[Diagnostic]) -> Value {
    let rules = Code::ALL
        .iter()
        .map(|c| rule(c.as_str(), c.summary(), c.severity(), "docs/diagnostics.md"))
        .collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let mut text = d.message_in(Lang::En);
            if let Some(help) = d.help_in(Lang::En) {
                text.push_str("\nhelp: ");
                text.push_str(&help);
            }
            let mut location = json!({
                "artifactLocation": { "uri": uri(&display_path(&d.path)) },
            });
            if d.line > 0 {
                location["region"] = json!({ "startLine": d.line, "startColumn": d.column.max(1) });
            }
            json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == d.code).unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": text },
                "locations": [{ "physicalLocation": location }],
            })
        })
        .collect();
    log(rules, results)
}

/// One run of guanxi with these rules and results.
fn log(rules: Vec<Value>, results: Vec<Value>) -> Value {
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "guanxi",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "results": results,
        }],
    })
}

/// What a URI reference may hold of a path as it is: letters, digits,
/// `-._~` and the `/` between segments (RFC 3986); all else is
/// percent-encoded, so a newline, `%`, `#` or `?` in a file name reaches a
/// SARIF consumer as part of the name, not as syntax.
const PATH_KEEPS: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// A relative path as a SARIF `uri`.
fn uri(path: &str) -> String {
    percent_encoding::utf8_percent_encode(path, PATH_KEEPS).to_string()
}

/// The SARIF log of analysis findings; `file_of` gives each account's file.
pub fn findings<'a>(
    findings: impl IntoIterator<Item = &'a Finding>,
    file_of: &dyn Fn(&str) -> Option<String>,
) -> Value {
    let rules = FindingCode::ALL
        .iter()
        .map(|c| rule(c.as_str(), c.summary(), c.severity(), "docs/analyses.md"))
        .collect();
    let results: Vec<Value> = findings
        .into_iter()
        .map(|f| {
            let uri = uri(&file_of(&f.account).unwrap_or_else(|| f.account.to_string()));
            json!({
                "ruleId": f.code.as_str(),
                "ruleIndex": FindingCode::ALL.iter().position(|c| *c == f.code).unwrap_or(0),
                "level": level(f.severity),
                "message": { "text": Msg::new("sarif-finding")
                    .text("message", f.message_in(Lang::En))
                    .text("action", f.action_in(Lang::En))
                    .render(Lang::En) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri } } }],
                "properties": { "account": f.account, "people": f.people },
            })
        })
        .collect();
    log(rules, results)
}

pub fn write_findings<'a>(
    out: &mut dyn Write,
    list: impl IntoIterator<Item = &'a Finding>,
    file_of: &dyn Fn(&str) -> Option<String>,
) -> io::Result<()> {
    super::write_json(out, &findings(list, file_of))
}

pub fn write_validation(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    super::write_json(out, &validation(diagnostics))
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_encode_what_is_not_a_plain_path() {
        assert_eq!(
            uri("accounts/qingshan-steel.yaml"),
            "accounts/qingshan-steel.yaml"
        );
        assert_eq!(uri("a b/100%\n#x?.yaml"), "a%20b/100%25%0A%23x%3F.yaml");
        assert_eq!(uri("华东.yaml"), "%E5%8D%8E%E4%B8%9C.yaml");
    }
}
