//! The interface's languages: English and Simplified Chinese (中文), with
//! every human-facing message in the Fluent catalogues under `locales/`
//! (`en-US/guanxi.ftl`, `zh-CN/guanxi.ftl`), compiled into the binary.
//!
//! Codes, field names, JSON keys and JSON values stay English in every
//! language: scripts depend on them. The field's own words for values
//! (高层, 首倡者, 帮, 信任) come from the model's vocabularies
//! ([`Lang::word`]), the same words the account files accept.
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

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN: LazyLock<LanguageIdentifier> = LazyLock::new(|| langid!("en-US"));
static ZH: LazyLock<LanguageIdentifier> = LazyLock::new(|| langid!("zh-CN"));

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
/// the one rule behind [`word!`] and a finding's word arguments.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_they_are_and_plurals_follow_them() {
        let checked = |n| {
            text_with(
                Lang::En,
                "validate-checked-clean",
                &[("files", Arg::Number(n))],
            )
        };
        assert_eq!(checked(1), "checked 1 file: no problems");
        assert_eq!(checked(12345), "checked 12345 files: no problems");
        assert_eq!(
            text_with(
                Lang::Zh,
                "validate-checked-clean",
                &[("files", Arg::Number(12345))]
            ),
            "已检查 12345 个文件：没有问题"
        );
        // No Unicode isolation marks around arguments.
        let line = text_with(Lang::En, "init-next", &[("dir", Arg::Text("x"))]);
        assert_eq!(line, "next: guanxi validate x");
    }

    #[test]
    fn the_environment_chooses_chinese_only_for_zh_locales() {
        assert_eq!(choose(Some(Lang::Zh), Some(Lang::En)), Lang::Zh);
        assert_eq!(choose(None, Some(Lang::Zh)), Lang::Zh);
    }
}
