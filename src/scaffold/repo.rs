//! `guanxi init`: a new account-plan repository that works as created:
//! accounts/ with one example, a commented .guanxi.yaml, the JSON
//! Schemas, a CI workflow, a pre-commit configuration, a README and a
//! .gitignore. Everything or nothing: it never writes over a file, never
//! through a link, and takes back what it wrote when a write fails.

use std::path::{Path, PathBuf};

use super::install::{self, Install};
use crate::i18n::{Msg, MsgArg};
use crate::model::Lang;

const EXAMPLE: &str = include_str!("../../example-accounts/meridian-appliances.yaml");
const EXAMPLE_ZH: &str = include_str!("../../example-accounts/huadong-power.yaml");

/// The files of a new repository in `lang`, by path inside it.
pub fn files(install: &Install, lang: Lang) -> Vec<(&'static str, String)> {
    let (settings, example, readme) = match lang {
        Lang::Zh => (
            include_str!("templates/zh/guanxi.yaml"),
            ("accounts/huadong-power.yaml", EXAMPLE_ZH),
            include_str!("templates/zh/README.md"),
        ),
        Lang::En => (
            include_str!("templates/guanxi.yaml"),
            ("accounts/meridian-appliances.yaml", EXAMPLE),
            include_str!("templates/README.md"),
        ),
    };
    vec![
        (".guanxi.yaml", settings.to_string()),
        (example.0, example.1.to_string()),
        (
            "schemas/account.schema.json",
            crate::schema::account_schema(),
        ),
        (
            "schemas/settings.schema.json",
            crate::schema::settings_schema(),
        ),
        (".github/workflows/guanxi.yml", workflow(install)),
        (
            ".pre-commit-config.yaml",
            include_str!("templates/pre-commit-config.yaml").to_string(),
        ),
        ("README.md", readme.to_string()),
        (
            ".gitignore",
            format!(
                "# guanxi's temporary files: a killed run may leave one, a full copy of an account.\n{}\n",
                crate::edit::write::TEMP_PATTERN
            ),
        ),
    ]
}

/// The CI workflow, installing guanxi as `install` says.
pub fn workflow(install: &Install) -> String {
    super::fill(
        include_str!("templates/workflow.yml"),
        &[("INSTALL", &install::steps(install))],
    )
}

/// Writes `files` into `dir` (made if missing), all or none; `Err` says
/// why nothing was written.
pub fn create(dir: &Path, files: &[(&str, String)]) -> Result<(), Msg> {
    // Only inside DIR: a folder on the way that is a link would send the
    // files somewhere else.
    for (name, _) in files {
        for at in folders(dir, name) {
            if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(Msg::new("error-init-link")
                    .text("path", at.display().to_string())
                    .text("dir", dir.display().to_string()));
            }
        }
    }
    let existing: Vec<String> = files
        .iter()
        .filter(|(name, _)| dir.join(name).exists())
        .map(|(name, _)| name.to_string())
        .collect();
    if !existing.is_empty() {
        return Err(Msg::new("error-init-exists")
            .text("dir", dir.display().to_string())
            .arg("files", MsgArg::List(existing)));
    }
    // On a failure, what was written goes again, and so do the folders
    // made for it.
    let mut made: Vec<PathBuf> = Vec::new();
    for (name, _) in files {
        for at in folders(dir, name) {
            if !at.exists() && !made.contains(&at) {
                made.push(at);
            }
        }
    }
    let mut written: Vec<PathBuf> = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        let result = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| crate::edit::write::create_new(&path, text));
        if let Err(e) = result {
            for done in written.iter().rev() {
                let _ = std::fs::remove_file(done);
            }
            for folder in made.iter().rev() {
                let _ = std::fs::remove_dir(folder);
            }
            return Err(crate::i18n::io_failed(
                "error-cannot-write-nothing",
                crate::source::display_path(&path),
                &e,
            ));
        }
        written.push(path);
    }
    Ok(())
}

/// The folders `name` (a path inside `dir`) passes through, outermost first.
fn folders(dir: &Path, name: &str) -> Vec<PathBuf> {
    let mut at = dir.to_path_buf();
    Path::new(name)
        .parent()
        .into_iter()
        .flat_map(|p| p.components())
        .map(|part| {
            at.push(part);
            at.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let files = files(&Install::Cargo, Lang::En);
        std::fs::create_dir(dir.path().join("accounts")).unwrap();
        std::fs::write(dir.path().join("README.md"), "mine").unwrap();
        assert!(create(dir.path(), &files).is_err());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
            "mine"
        );
        assert!(!dir.path().join(".guanxi.yaml").exists());
        std::fs::remove_file(dir.path().join("README.md")).unwrap();
        create(dir.path(), &files).unwrap();
        assert!(dir.path().join(".github/workflows/guanxi.yml").is_file());
    }
}
