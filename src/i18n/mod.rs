//! The interface's languages: English and Simplified Chinese (中文), with
//! every human-facing message in the Fluent catalogues under `locales/`
//! (`en-US/guanxi.ftl`, `zh-CN/guanxi.ftl`), compiled into the binary.
//!
//! Codes, field names, JSON keys and JSON values stay English in every
//! language: scripts depend on them. The field's own words for values
//! (高层, 首倡者, 帮, 信任) come from the model's vocabularies
//! (`word!`, [`word_of`]), the same words the account files accept.
//!
//! Messages are written without Unicode isolation marks around their
//! arguments (Fluent's default), which would reach terminals and files as
//! invisible bidirectional characters.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

use crate::model::Lang;

pub mod help;
pub mod wrap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(grouped_number));
        },
    };
}

static EN: LazyLock<LanguageIdentifier> = LazyLock::new(|| langid!("en-US"));
static ZH: LazyLock<LanguageIdentifier> = LazyLock::new(|| langid!("zh-CN"));

/// Fluent's numbers as people read them: whole numbers with their
/// thousands grouped (`12,000`), in every language; others as Fluent has
/// them.
fn grouped_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.options.minimum_fraction_digits.is_none() && n.value.fract() == 0.0 =>
        {
            Some(figure(n.value))
        }
        _ => None,
    }
}

/// A figure as people read it: the whole part's thousands grouped with
/// commas (`1,200,000`, `-3,500.5`), the fraction as written; never cast
/// to an integer, so no figure can overflow into a wrong one.
pub fn figure(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let text = v.abs().to_string();
    let (whole, fraction) = text
        .split_once('.')
        .map_or((text.as_str(), ""), |(w, f)| (w, f));
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    if v < 0.0 {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// An argument of a message.
pub enum Arg<'a> {
    Text(&'a str),
    Number(usize),
}

fn id(lang: Lang) -> &'static LanguageIdentifier {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// What separates the items of a list in `lang`: `, ` or `、`.
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", ",
        Lang::Zh => "、",
    }
}

/// The message `key` in `lang`.
pub fn text(lang: Lang, key: &str) -> String {
    LOCALES.lookup(id(lang), key)
}

/// The message `key` in `lang`, if the catalogue has it (`key.attribute`
/// for an attribute).
pub fn try_text(lang: Lang, key: &str) -> Option<String> {
    LOCALES.try_lookup(id(lang), key)
}

/// The message `key` in `lang`, with its arguments.
pub fn text_with(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.to_string()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    LOCALES.lookup_with_args(id(lang), key, &args)
}

/// A vocabulary value in `lang`: `executive`, or 高层 (the same words the
/// account files accept).
macro_rules! word {
    ($lang:expr, $value:expr) => {
        $crate::i18n::word_of($lang, $value.as_str(), $value.alias())
    };
}
pub(crate) use word;

/// A vocabulary value in `lang` from its English name and Chinese word:
/// the one rule behind `word!` and a finding's word arguments.
pub fn word_of(lang: Lang, name: &'static str, alias: Option<&'static str>) -> &'static str {
    match lang {
        Lang::En => name,
        Lang::Zh => alias.unwrap_or(name),
    }
}

/// The language the environment asks for: the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set (`zh_CN.UTF-8`, `zh_TW`, `zh` → 中文;
/// anything else → English); `None` when none is.
pub fn from_env() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map(|v| {
            if v.to_ascii_lowercase().starts_with("zh") {
                Lang::Zh
            } else {
                Lang::En
            }
        })
}

/// The interface language: `--lang`, else `lang:` in `.guanxi.yaml`, else
/// the environment's, else English.
pub fn choose(flag: Option<Lang>, setting: Option<Lang>) -> Lang {
    flag.or(setting).or_else(from_env).unwrap_or(Lang::En)
}

/// A message without arguments in `lang`, formatted by Fluent once per
/// thread and then copied: a portfolio's findings say the same few pieces
/// of advice and stance names hundreds of thousands of times.
fn plain(lang: Lang, key: &'static str) -> String {
    thread_local! {
        static SAID: std::cell::RefCell<HashMap<(Lang, &'static str), String>> =
            std::cell::RefCell::new(HashMap::new());
    }
    SAID.with(|said| {
        said.borrow_mut()
            .entry((lang, key))
            .or_insert_with(|| text_with(lang, key, &[]))
            .clone()
    })
}

/// A catalogue message with its arguments, rendered in any language.
/// Ordered by key, then arguments: a stable order that needs no rendering.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, MsgArg)>,
}

impl MsgArg {
    /// The argument alone, as text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            MsgArg::Text(t) => t.to_string(),
            MsgArg::Number(n) => n.to_string(),
            MsgArg::Word(en, alias) => word_of(lang, en, *alias).to_string(),
            MsgArg::List(items) => items.join(list_separator(lang)),
            MsgArg::And(items) => items.join(if zh { " 和 " } else { " and " }),
            MsgArg::Items(items) => items
                .iter()
                .map(|item| item.render(lang))
                .collect::<Vec<_>>()
                .join(list_separator(lang)),
            MsgArg::Msg(m) => m.render(lang),
            MsgArg::Key(key) => plain(lang, key),
        }
    }
}

/// An argument of a [`Msg`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum MsgArg {
    /// Data: a name, a date, an amount written out (inline up to 23
    /// bytes: a portfolio's findings hold hundreds of thousands).
    Text(crate::model::Text),
    Number(usize),
    /// A vocabulary value: its English name and its Chinese word.
    Word(&'static str, Option<&'static str>),
    /// Names joined as a list (`a, b`; 中文 `a、b`).
    List(Vec<String>),
    /// Names joined with "and" (`a and b`; 中文 `a 和 b`).
    And(Vec<String>),
    /// Arguments each rendered, then joined as a list.
    Items(Vec<MsgArg>),
    /// Another message.
    Msg(Box<Msg>),
    /// Another message without arguments (a stance's name, a piece of
    /// advice): its key alone, nothing allocated.
    Key(&'static str),
}

impl Msg {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// With one more argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: MsgArg) -> Self {
        self.args.push((name, value));
        self
    }

    /// With a text argument.
    #[must_use]
    pub fn text(self, name: &'static str, value: impl AsRef<str>) -> Self {
        self.arg(name, MsgArg::Text(value.as_ref().into()))
    }

    /// With a number argument.
    #[must_use]
    pub fn number(self, name: &'static str, value: usize) -> Self {
        self.arg(name, MsgArg::Number(value))
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        use {Arg, text_with};
        if self.args.is_empty() {
            return plain(lang, self.key);
        }
        let texts: Vec<(&'static str, Result<String, usize>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let v = match value {
                    MsgArg::Number(n) => Err(*n),
                    other => Ok(other.render(lang)),
                };
                (*name, v)
            })
            .collect();
        let args: Vec<(&'static str, Arg)> = texts
            .iter()
            .map(|(name, v)| {
                let arg = match v {
                    Ok(t) => Arg::Text(t),
                    Err(n) => Arg::Number(*n),
                };
                (*name, arg)
            })
            .collect();
        text_with(lang, self.key, &args)
    }
}

/// Why a text is not a date, as a message.
pub fn date_error(e: &crate::model::DateError) -> Msg {
    use crate::model::DateProblem as P;
    let msg = match e.problem {
        P::Shape => Msg::new("date-not-a-date"),
        P::Month(month) => Msg::new("date-no-such-month").number("month", month as usize),
        P::Day { year, month, last } => Msg::new("date-no-such-day")
            .text("year", year.to_string())
            .number("month", month as usize)
            .number("last", last as usize),
    };
    msg.text("text", &e.text)
}

/// "did you mean `x`?" when one candidate is close, else the list of them;
/// `list_key` names the list (`hint-accounts`: "the accounts are: …").
pub fn hint(input: &str, candidates: &[&str], list_key: &'static str) -> Msg {
    match crate::suggest::closest(input, candidates.iter().copied()) {
        Some(s) => Msg::new("hint-did-you-mean").text("suggestion", s),
        None => Msg::new(list_key).arg(
            "list",
            MsgArg::List(candidates.iter().map(|c| c.to_string()).collect()),
        ),
    }
}

/// `key` (a message with `path` and `reason`) for an I/O error on the file
/// `path` names (as [`crate::source::display_path`] shows it).
pub fn io_failed(key: &'static str, path: String, e: &std::io::Error) -> Msg {
    Msg::new(key)
        .text("path", path)
        .arg("reason", MsgArg::msg(io_error(Some(e))))
}

/// Why an I/O operation failed, in any language: the common kinds in the
/// catalogue's words, others as the system says them ("Permission denied
/// (os error 13)" → "permission denied").
pub fn io_error(err: Option<&std::io::Error>) -> Msg {
    use std::io::ErrorKind as K;
    let Some(e) = err else {
        return Msg::new("io-unknown");
    };
    // guanxi's own refusals (a read-only file) carry their message.
    if let Some(msg) = e.get_ref().and_then(|inner| inner.downcast_ref::<Msg>()) {
        return msg.clone();
    }
    match e.kind() {
        K::PermissionDenied => Msg::new("io-permission-denied"),
        K::NotFound => Msg::new("io-not-found"),
        K::IsADirectory => Msg::new("io-is-a-directory"),
        K::AlreadyExists => Msg::new("io-already-exists"),
        K::StorageFull => Msg::new("io-storage-full"),
        K::ReadOnlyFilesystem => Msg::new("io-read-only"),
        _ => {
            let text = e.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            let mut chars = text.chars();
            let text: String = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            Msg::new("io-other").text("error", text)
        }
    }
}

/// A message where only text will do (an `io::Error`'s payload) is its
/// English; [`io_error`] finds the message again for other languages.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Msg {}

/// A message in JSON is its English: scripts read one language.
impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render(Lang::En))
    }
}

impl MsgArg {
    /// A message as an argument.
    pub fn msg(msg: Msg) -> Self {
        if msg.args.is_empty() {
            MsgArg::Key(msg.key)
        } else {
            MsgArg::Msg(Box::new(msg))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_isolation_marks_around_arguments() {
        // No Unicode isolation marks around arguments.
        let line = text_with(Lang::En, "init-next", &[("dir", Arg::Text("x"))]);
        assert_eq!(line, "next: guanxi validate x");
    }

    #[test]
    fn the_environment_chooses_chinese_only_for_zh_locales() {
        assert_eq!(choose(Some(Lang::Zh), Some(Lang::En)), Lang::Zh);
        assert_eq!(choose(None, Some(Lang::Zh)), Lang::Zh);
    }

    /// The date errors' English in the catalogue is the model's own
    /// (`Display`, which serde's errors carry).
    #[test]
    fn date_errors_read_the_same_in_the_catalogue() {
        for text in [
            "2026-2-1",
            "2026-13-01",
            "2026-02-30",
            "2024-04-31",
            "2024-12-32",
        ] {
            let e = crate::model::Date::parse(text).unwrap_err();
            assert_eq!(date_error(&e).render(Lang::En), e.to_string(), "{text}");
            assert!(
                !date_error(&e).render(Lang::Zh).contains("Unknown"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_hint_suggests_or_lists() {
        let said =
            |input: &str, lang| hint(input, &["li.ming", "wu.jie"], "hint-owners").render(lang);
        assert_eq!(said("li.mnig", Lang::En), "did you mean `li.ming`?");
        assert_eq!(said("zz", Lang::En), "the owners are: li.ming, wu.jie");
        assert_eq!(said("zz", Lang::Zh), "现有的负责人：li.ming、wu.jie");
    }

    #[test]
    fn numbers_have_their_thousands_grouped_in_every_language() {
        assert_eq!(figure(1_200_000.0), "1,200,000");
        assert_eq!(figure(-3500.5), "-3,500.5");
        assert_eq!(figure(999.0), "999");
        assert_eq!(figure(0.25), "0.25");
        assert_eq!(figure(1e20), "100,000,000,000,000,000,000");
        let said = |lang| {
            text_with(
                lang,
                "validate-checked-clean",
                &[("files", Arg::Number(12_345))],
            )
        };
        assert_eq!(said(Lang::En), "checked 12,345 files: no problems");
        assert_eq!(said(Lang::Zh), "已检查 12,345 个文件：没有问题");
        // Plural rules still see the number.
        let one = text_with(
            Lang::En,
            "error-files-left-out",
            &[("files", Arg::Number(1))],
        );
        assert!(one.starts_with("1 file with"), "{one}");
    }
}
