//! A clap command line in the interface language: `--help`, man pages and
//! clap's own errors (the command line's own tree is `cli::Cli`; this
//! engine knows none of its commands).
//!
//! The English is clap's derive text (the doc comments on the argument
//! types), so it stays beside the code it documents. Other languages
//! replace each piece from the catalogue, looked up by where it sits:
//!
//! - `cli-about` (`.long`), `cli-after`: the top-level text;
//! - `cli-COMMAND-about` (`.long`), `cli-COMMAND-after`: a command's;
//! - `cli-COMMAND-arg-ID` (`.long`), else `cli-arg-ID`: an argument's help
//!   (the shared key for options every command has, such as `--as-of`);
//! - `cli-COMMAND-value-ID-VALUE`, else `cli-value-ID-VALUE`: the help of
//!   one of its values.
//!
//! clap's own words (headings, `[default: …]`, `[env: …]`, the value lists,
//! the built-in `--help` and `--version`, its errors) are replaced too.
//! `tests/i18n.rs` walks the command tree and fails on any piece left in
//! English, and on a shared key standing for two different English texts.

use std::fmt::Write as _;

use clap::builder::{PossibleValue, StyledStr};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use crate::i18n::{self, list_separator};
use crate::model::Lang;

/// `cmd`, the whole command line, in `lang`, wrapped to `width` columns.
pub fn command(mut cmd: Command, lang: Lang, width: usize) -> Command {
    if lang == Lang::En {
        return cmd;
    }
    // Built, so that clap's own `help` command and `--help`/`--version`
    // flags are there to be said in `lang` too.
    cmd.build();
    localize(cmd.term_width(width), None, lang, width, width)
}

/// How far clap indents an option's help under it (`--help`).
const HELP_INDENT: usize = 10;

/// `text` broken into lines of at most `width` columns ([`super::wrap::hanging`]):
/// clap wraps at ASCII spaces only, so a Chinese sentence (no spaces) would
/// run past the edge.
pub fn wrap(text: &str, width: usize) -> String {
    super::wrap::hanging(text, width)
}

/// A catalogue text, if `lang` has one for `key`.
fn lookup(lang: Lang, key: &str) -> Option<String> {
    i18n::try_text(lang, key)
}

/// The first of `keys` that `lang` has, with the key it was found under.
fn first(lang: Lang, keys: &[String]) -> Option<(String, String)> {
    keys.iter()
        .find_map(|k| lookup(lang, k).map(|t| (k.clone(), t)))
}

/// `cmd` (`name`: the subcommand's, `None` for guanxi itself) in `lang`,
/// its short about wrapped to `room` (what its parent's list leaves it).
fn localize(
    mut cmd: Command,
    name: Option<&str>,
    lang: Lang,
    width: usize,
    room: usize,
) -> Command {
    let at = name.map_or_else(|| "cli".to_string(), |n| format!("cli-{n}"));
    if let Some(mut about) = lookup(lang, &format!("{at}-about")) {
        if cmd.get_long_about().is_some() {
            let long = lookup(lang, &format!("{at}-about.long")).unwrap_or(about.clone());
            cmd = cmd.long_about(wrap(&long, width));
        }
        // Visible aliases said in `lang` (clap would add `[aliases: …]`).
        let aliases: Vec<String> = cmd.get_visible_aliases().map(ToString::to_string).collect();
        if !aliases.is_empty() {
            about.push_str(&i18n::text_with(
                lang,
                "cli-aliases",
                &[(
                    "aliases",
                    i18n::Arg::Text(&aliases.join(list_separator(lang))),
                )],
            ));
            cmd = cmd.visible_alias(None).aliases(aliases);
        }
        cmd = cmd.about(wrap(&about, room));
    }
    if cmd.get_after_help().is_some()
        && let Some(after) = lookup(lang, &format!("{at}-after"))
    {
        cmd = cmd.after_help(wrap(&after, width));
    }
    let word = |key| i18n::text(lang, key);
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
            word("cli-usage")
        ))
        .subcommand_help_heading(word("cli-commands"))
        .subcommand_value_name(word("cli-command"));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| localize_arg(arg, name, lang, width - HELP_INDENT));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    // Listed beside their names: wrapped to the room left of the line.
    let column = subs.iter().map(|s| s.chars().count()).max().unwrap_or(0) + 6;
    let room = width.saturating_sub(column).max(20);
    for sub in subs {
        // A nested command's keys name its parents: `cli-person-add-…`.
        let full = name.map_or_else(|| sub.clone(), |n| format!("{n}-{sub}"));
        cmd = cmd.mut_subcommand(&sub, |c| localize(c, Some(&full), lang, width, room));
    }
    cmd
}

/// The keys an argument's help may be under, the command's own first.
pub fn arg_keys(command: Option<&str>, id: &str) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(c) = command {
        keys.push(format!("cli-{c}-arg-{id}"));
    }
    keys.push(format!("cli-arg-{id}"));
    keys
}

/// The keys a value's help may be under, the command's own first.
pub fn value_keys(command: Option<&str>, id: &str, value: &str) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(c) = command {
        keys.push(format!("cli-{c}-value-{id}-{value}"));
    }
    keys.push(format!("cli-value-{id}-{value}"));
    keys
}

fn localize_arg(arg: Arg, command: Option<&str>, lang: Lang, width: usize) -> Arg {
    let heading = if arg.is_positional() {
        i18n::text(lang, "cli-arguments")
    } else {
        i18n::text(lang, "cli-options")
    };
    let arg = arg.help_heading(heading);
    if arg.is_hide_set() {
        return arg;
    }
    let id = arg.get_id().to_string();
    let Some((key, short)) = first(lang, &arg_keys(command, &id)) else {
        return arg;
    };
    let long = lookup(lang, &format!("{key}.long")).unwrap_or_else(|| short.clone());
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut short = short;
    let mut long = long;
    let notes = notes(&arg, lang);
    let helped = values.iter().any(|v| v.get_help().is_some());
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        short.push_str(&format!(
            " [{}{}]",
            i18n::text(lang, "cli-possible-values"),
            names.join(list_separator(lang))
        ));
        if helped {
            let _ = write!(
                long,
                "\n\n{}",
                i18n::text(lang, "cli-possible-values-heading")
            );
            for v in &values {
                let said = first(lang, &value_keys(command, &id, v.get_name()))
                    .map(|(_, t)| t)
                    .or_else(|| v.get_help().map(ToString::to_string))
                    .unwrap_or_default();
                let _ = write!(long, "\n- {}：{said}", v.get_name());
            }
        } else {
            let _ = write!(
                long,
                "\n\n[{}{}]",
                i18n::text(lang, "cli-possible-values"),
                names.join(list_separator(lang))
            );
        }
    }
    if !notes.is_empty() {
        short.push(' ');
        short.push_str(&notes.join(" "));
        long.push_str("\n\n");
        long.push_str(&notes.join("\n"));
    }
    // Help under the option (as `--help` has it), where it is wrapped to
    // fit: beside it, clap would wrap at spaces only.
    arg.help(wrap(&short, width))
        .long_help(wrap(&long, width))
        .next_line_help(true)
        .hide_default_value(true)
        .hide_env(true)
        .hide_possible_values(true)
}

/// What clap would add in English under an option, said in `lang`: its
/// default and its environment variable.
fn notes(arg: &Arg, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    if !arg.is_hide_default_value_set() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && arg.get_num_args().is_none_or(|n| n.takes_values()) {
            notes.push(format!(
                "[{}{}]",
                i18n::text(lang, "cli-default"),
                defaults.join(list_separator(lang))
            ));
        }
    }
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        notes.push(format!(
            "[{}{}]",
            i18n::text(lang, "cli-env"),
            env.to_string_lossy()
        ));
    }
    notes
}

/// clap's help or usage text in `lang`: the usage placeholders clap writes
/// itself (`[OPTIONS]`, `<COMMAND>`) in the catalogue's words.
pub fn clap_words(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    text.replace(
        "[OPTIONS]",
        &format!("[{}]", i18n::text(lang, "cli-options-placeholder")),
    )
    .replace(
        "<COMMAND>",
        &format!("<{}>", i18n::text(lang, "cli-command")),
    )
    .replace("Usage: ", &i18n::text(lang, "cli-usage"))
}

/// A clap error (or `--help`, `--version`) said in `lang`, and the exit
/// status it asks for. English keeps clap's own words.
pub fn error_text(e: &clap::Error, lang: Lang, color: bool) -> String {
    let render = |s: &StyledStr| {
        if color {
            s.ansi().to_string()
        } else {
            s.to_string()
        }
    };
    if lang == Lang::En {
        return render(&e.render());
    }
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return clap_words(&render(&e.render()), lang);
        }
        _ => {}
    }
    let context = Context { e, lang };
    let mut out = context.headline();
    if let Some(valid) = context.get(ContextKind::ValidValue) {
        out.push_str(&format!(
            "\n  [{}{valid}]",
            i18n::text(lang, "cli-possible-values")
        ));
    }
    let suggestion = context
        .get(ContextKind::SuggestedArg)
        .or_else(|| context.get(ContextKind::SuggestedSubcommand))
        .or_else(|| context.get(ContextKind::SuggestedValue));
    if let Some(s) = suggestion {
        out.push_str("\n\n  ");
        out.push_str(&context.text("cli-error-suggestion", &[("suggestion", Some(s))]));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        out.push_str("\n\n");
        out.push_str(&clap_words(&usage.to_string(), lang));
    }
    out.push_str("\n\n");
    out.push_str(&i18n::text(lang, "cli-error-more"));
    out.push('\n');
    format!("{}{out}", i18n::text(lang, "cli-error"))
}

/// A clap error and the language to say it in.
struct Context<'a> {
    e: &'a clap::Error,
    lang: Lang,
}

impl Context<'_> {
    /// One piece of the error's context, as text.
    fn get(&self, kind: ContextKind) -> Option<String> {
        let separator = list_separator(self.lang);
        match self.e.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            Some(ContextValue::Strings(v)) => Some(v.join(separator)),
            Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
            Some(ContextValue::StyledStrs(v)) => Some(
                v.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(separator),
            ),
            Some(ContextValue::Number(n)) => Some(n.to_string()),
            _ => None,
        }
    }

    /// The catalogue's `key` with `args` (a missing one as nothing).
    fn text(&self, key: &str, args: &[(&'static str, Option<String>)]) -> String {
        let args: Vec<(&'static str, i18n::Arg)> = args
            .iter()
            .map(|(name, v)| (*name, i18n::Arg::Text(v.as_deref().unwrap_or(""))))
            .collect();
        i18n::text_with(self.lang, key, &args)
    }

    /// What went wrong, in the catalogue's words.
    fn headline(&self) -> String {
        let e = self.e;
        let arg = self.get(ContextKind::InvalidArg);
        let value = self.get(ContextKind::InvalidValue);
        match e.kind() {
            ErrorKind::InvalidValue => {
                self.text("cli-error-invalid-value", &[("arg", arg), ("value", value)])
            }
            ErrorKind::ValueValidation => {
                let why = std::error::Error::source(e)
                    .map(ToString::to_string)
                    .unwrap_or_default();
                self.text(
                    "cli-error-refused",
                    &[("arg", arg), ("value", value), ("why", Some(why))],
                )
            }
            ErrorKind::UnknownArgument => self.text("cli-error-unknown-argument", &[("arg", arg)]),
            ErrorKind::InvalidSubcommand => self.text(
                "cli-error-invalid-subcommand",
                &[("command", self.get(ContextKind::InvalidSubcommand))],
            ),
            ErrorKind::MissingRequiredArgument => {
                self.text("cli-error-missing-argument", &[("arg", arg)])
            }
            ErrorKind::MissingSubcommand => self.text("cli-error-missing-subcommand", &[]),
            ErrorKind::ArgumentConflict => self.text(
                "cli-error-conflict",
                &[("arg", arg), ("prior", self.get(ContextKind::PriorArg))],
            ),
            ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
                self.text("cli-error-values", &[("arg", arg)])
            }
            _ => {
                // A kind guanxi's options cannot produce: clap's words, framed.
                let english = e.render().to_string();
                let first = english.lines().next().unwrap_or_default();
                let first = first.strip_prefix("error: ").unwrap_or(first).to_string();
                self.text("cli-error-other", &[("error", Some(first))])
            }
        }
    }
}
