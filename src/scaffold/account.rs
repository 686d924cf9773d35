//! `guanxi new`: a commented skeleton account file that validates as
//! written, in the repository's language.

use std::path::{Path, PathBuf};

use crate::checks::{self, Dates};
use crate::edit::yaml::scalar;
use crate::finding::Severity;
use crate::i18n::Msg;
use crate::model::Lang;

/// What a new account file is made of.
#[derive(Debug)]
pub struct NewAccount<'a> {
    /// The customer's name, as people say it.
    pub name: &'a str,
    /// The account id and file stem (default: [`slug`] of the name).
    pub id: Option<&'a str>,
    /// Our account manager.
    pub owner: &'a str,
    /// Where to write it (default: the first folder of `paths:` in the
    /// settings at `here`, else `here`).
    pub dir: Option<&'a Path>,
    /// Where the command runs.
    pub here: &'a Path,
    /// `--lang`: the language of the file's comments, else the settings'
    /// `lang:`, else the environment's ([`crate::i18n::choose`]).
    pub lang: Option<Lang>,
    pub dates: Dates,
}

/// The file written, the language it was written in, and the id when it
/// was made from the name (not given).
#[derive(Debug)]
pub struct Created {
    pub path: PathBuf,
    pub lang: Lang,
    pub made_id: Option<String>,
}

impl Created {
    /// What to tell the person who ran it.
    pub fn said(&self) -> Msg {
        let file = crate::source::display_path(&self.path);
        match &self.made_id {
            Some(id) => Msg::new("new-done-made-id")
                .text("file", file)
                .text("id", id),
            None => Msg::new("new-done").text("file", file),
        }
    }
}

/// Writes the skeleton, never over an existing file; `Err` says why
/// nothing was written.
pub fn create(new: &NewAccount) -> Result<Created, Msg> {
    let id = match new.id {
        Some(id) => id.to_string(),
        None => crate::edit::ids::slug(new.name),
    };
    if id.is_empty() {
        return Err(Msg::new("error-new-no-slug"));
    }
    if !checks::is_valid_id(&id) {
        return Err(Msg::new("error-new-invalid-id").text("id", id));
    }
    let dir = match new.dir {
        Some(dir) => dir.to_path_buf(),
        None => default_dir(new.here)?,
    };
    if !dir.is_dir() {
        return Err(Msg::new("error-not-a-directory").text("path", dir.display().to_string()));
    }
    let path = dir.join(format!("{id}.yaml"));
    let setting = checks::read_settings(std::slice::from_ref(&dir)).0.lang;
    let lang = crate::i18n::choose(new.lang, setting);
    let text = skeleton(new.name, &id, new.owner, &schema_path(&dir), lang);
    let (_, diagnostics) = checks::check_text(&path, &text, new.dates);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(Msg::new("error-new-invalid-text"));
    }
    match crate::edit::write::create_new(&path, &text) {
        Ok(()) => Ok(Created {
            path,
            lang,
            made_id: new.id.is_none().then_some(id),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(Msg::new("error-new-exists").text("path", crate::source::display_path(&path)))
        }
        Err(e) => Err(crate::i18n::io_failed(
            "error-cannot-write",
            crate::source::display_path(&path),
            &e,
        )),
    }
}

/// The owner of a new account: the one given, else `$USER`, else
/// `unassigned`.
pub fn owner_or_user(given: Option<&str>) -> String {
    given
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unassigned".into())
}

/// A new account named `name` as `guanxi new` makes it, its id from the
/// name, owned by `owner` (default `$USER`), written where `new` writes at
/// `here`.
pub fn create_named(
    name: &str,
    owner: Option<&str>,
    here: &Path,
    lang: Option<Lang>,
    dates: Dates,
) -> Result<Created, Msg> {
    let owner = owner_or_user(owner);
    create(&NewAccount {
        name,
        id: None,
        owner: &owner,
        dir: None,
        here,
        lang,
        dates,
    })
}

/// The first folder of `paths:` in the settings at `here`, else `here`;
/// refused when that folder is a link leading out of the repository.
fn default_dir(here: &Path) -> Result<PathBuf, Msg> {
    let here = [here.to_path_buf()];
    let (folders, leaving) = crate::load::Scope::find(&here).expand_checked(&here);
    if let Some(link) = leaving.first() {
        return Err(
            Msg::new("error-new-outside").text("path", crate::source::display_path(&link.path))
        );
    }
    Ok(folders
        .into_iter()
        .next()
        .unwrap_or_else(|| here[0].clone()))
}

/// The modeline path from `dir` to a `schemas/account.schema.json` above
/// it, or the conventional `../schemas/…` when there is none.
fn schema_path(dir: &Path) -> String {
    let Ok(abs) = std::path::absolute(dir) else {
        return "../schemas/account.schema.json".into();
    };
    for (up, ancestor) in abs.ancestors().enumerate() {
        if ancestor.join("schemas/account.schema.json").is_file() {
            return format!("{}schemas/account.schema.json", "../".repeat(up));
        }
    }
    "../schemas/account.schema.json".into()
}

/// The skeleton's text, its comments in `lang`.
pub fn skeleton(name: &str, id: &str, owner: &str, schema: &str, lang: Lang) -> String {
    let template = match lang {
        Lang::Zh => include_str!("templates/zh/account.yaml"),
        Lang::En => include_str!("templates/account.yaml"),
    };
    super::fill(
        template,
        &[
            ("schema", schema),
            ("name_comment", &name.replace('\n', " ")),
            ("name", &scalar(name)),
            ("id", id),
            ("owner", owner),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_person_uncomments_into_a_valid_file() {
        let dates = Dates::now(crate::model::Date::parse("2026-11-30").unwrap());
        for lang in Lang::ALL {
            let text = skeleton("Qingshan", "qingshan", "li.ming", "s.json", *lang);
            // What a rep does in an editor: take the `#` off the sample's lines.
            let start = text.find("stakeholders:").unwrap();
            let end = text.find("interactions:").unwrap();
            let sample: String = text[start..end]
                .lines()
                .map(|l| {
                    l.strip_prefix('#')
                        .map_or(l.to_string(), |rest| rest.to_string())
                        + "\n"
                })
                .collect();
            let uncommented = format!("{}{sample}{}", &text[..start], &text[end..]);
            let (account, found) =
                checks::check_text(Path::new("qingshan.yaml"), &uncommented, dates);
            let errors: Vec<_> = found
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            assert!(errors.is_empty(), "{lang:?}: {errors:?}\n{uncommented}");
            assert_eq!(
                account.map(|a| a.stakeholders.len()),
                Some(1),
                "{uncommented}"
            );
        }
    }

    #[test]
    fn skeletons_validate_in_both_languages() {
        for lang in Lang::ALL {
            let text = skeleton("Qingshan %%id%%", "qingshan", "li.ming", "s.json", *lang);
            assert!(text.contains("account: Qingshan %%id%%"), "{text}");
            let dates = Dates::now(crate::model::Date::parse("2026-11-30").unwrap());
            let (_, found) = checks::check_text(Path::new("qingshan.yaml"), &text, dates);
            let errors: Vec<_> = found
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            assert!(errors.is_empty(), "{lang:?}: {errors:?}");
        }
    }
}
