//! Which files under a folder are accounts: `.guanxi.yaml`'s `paths` and
//! `exclude`, and the repository's `.gitignore` files.
//!
//! - `paths` (relative to `.guanxi.yaml`) stand for the folder the settings
//!   file is in, when a command is run on that folder (`guanxi validate` at
//!   the top of the repository); a subfolder or file named on the command
//!   line is read as named.
//! - `exclude` takes `.gitignore` patterns, relative to `.guanxi.yaml`, and
//!   applies inside every folder walked.
//! - In a git work tree, every `.gitignore` from the top of the tree down
//!   applies too, as git reads them (a deeper file wins, `!` re-includes).
//!
//! A file named on the command line is always read.

use std::path::{Path, PathBuf};

use ignore::Match;
use ignore::gitignore::{Gitignore, GitignoreBuilder};

use crate::model::Settings;

/// The scope of a run; [`Scope::default`] takes every YAML file.
#[derive(Default)]
pub struct Scope {
    /// The folder `.guanxi.yaml` is in (absolute).
    root: Option<PathBuf>,
    paths: Vec<String>,
    exclude: Option<Gitignore>,
}

impl Scope {
    /// The scope `settings` (read from `settings_path`) set.
    pub fn new(settings: &Settings, settings_path: Option<&Path>) -> Self {
        let Some(root) = settings_path
            .and_then(|p| std::path::absolute(p).ok())
            .and_then(|p| p.parent().map(Path::to_path_buf))
        else {
            return Self::default();
        };
        let exclude = (!settings.exclude.is_empty()).then(|| {
            let mut builder = GitignoreBuilder::new(&root);
            for pattern in &settings.exclude {
                // A bad pattern is reported by the settings check.
                let _ = builder.add_line(None, &pattern.value);
            }
            builder.build().unwrap_or_else(|_| Gitignore::empty())
        });
        Self {
            paths: settings
                .paths
                .iter()
                .flatten()
                .map(|p| p.value.clone())
                .filter(|p| Self::stays_inside(p))
                .collect(),
            root: Some(root),
            exclude,
        }
    }

    /// Whether a `paths` entry names something inside the settings folder
    /// (relative, no `..`): nothing outside the repository is read.
    pub fn stays_inside(path: &str) -> bool {
        let p = Path::new(path);
        !path.trim().is_empty()
            && !p.has_root()
            && p.components().all(|c| {
                matches!(
                    c,
                    std::path::Component::Normal(_) | std::path::Component::CurDir
                )
            })
    }

    /// The scope of `.guanxi.yaml` for `paths` (found as the scan finds it),
    /// read quietly: the scan reports what is wrong with the file.
    pub fn find(paths: &[PathBuf]) -> Self {
        let Some(path) = super::find_settings(paths.first().map(PathBuf::as_path)) else {
            return Self::default();
        };
        let settings = std::fs::read_to_string(&path)
            .ok()
            .filter(|text| !crate::yaml::is_blank(text))
            .and_then(|text| super::parse::<Settings>(&text).value)
            .unwrap_or_default();
        Self::new(&settings, Some(&path))
    }

    /// Whether a file found otherwise than by walking (in a commit) is in
    /// scope: not excluded.
    pub fn admits(&self, path: &Path) -> bool {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        !self.excluded(&absolute, false)
    }

    /// The paths to walk: a PATH that is the settings folder stands for its
    /// `paths`.
    pub fn expand(&self, paths: &[PathBuf]) -> Vec<PathBuf> {
        let Some(root) = &self.root else {
            return paths.to_vec();
        };
        if self.paths.is_empty() {
            return paths.to_vec();
        }
        let same = |p: &Path| {
            std::fs::canonicalize(p).ok() == std::fs::canonicalize(root).ok() && p.is_dir()
        };
        paths
            .iter()
            .flat_map(|p| {
                if same(p) {
                    self.paths.iter().map(|s| p.join(s)).collect()
                } else {
                    vec![p.clone()]
                }
            })
            .collect()
    }

    /// Whether `exclude` leaves `path` (absolute) out; a path outside the
    /// settings folder is not theirs to judge.
    fn excluded(&self, path: &Path, is_dir: bool) -> bool {
        match (&self.exclude, &self.root) {
            (Some(m), Some(root)) if path.starts_with(root) => {
                m.matched_path_or_any_parents(path, is_dir).is_ignore()
            }
            _ => false,
        }
    }
}

/// What a walk of one folder leaves out: `exclude`, and the `.gitignore`
/// files that apply (those of the folders above it in its git work tree,
/// and those met on the way down).
pub struct Walk<'s> {
    scope: &'s Scope,
    /// Matchers of the folders being walked, with their depth; deepest last.
    inner: Vec<(usize, Gitignore)>,
    /// Matchers of the folders above the walk, nearest first.
    above: Vec<Gitignore>,
    git: bool,
}

impl<'s> Walk<'s> {
    pub fn new(scope: &'s Scope, root: &Path) -> Self {
        let absolute = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
        let start = if absolute.is_dir() {
            absolute.as_path()
        } else {
            absolute.parent().unwrap_or(&absolute)
        };
        let top = start.ancestors().find(|d| d.join(".git").exists());
        let above = match top {
            Some(top) => start
                .ancestors()
                .skip(1)
                .take_while(|d| d.starts_with(top))
                .filter_map(matcher)
                .collect(),
            None => Vec::new(),
        };
        Self {
            scope,
            inner: Vec::new(),
            above,
            git: top.is_some(),
        }
    }

    /// Whether the walk leaves out `path` (at `depth` in the walk); a
    /// folder left out is not entered. Call for every entry, in walk order.
    pub fn skips(&mut self, path: &Path, depth: usize, is_dir: bool) -> bool {
        while self.inner.last().is_some_and(|(d, _)| *d >= depth) {
            self.inner.pop();
        }
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        if depth > 0 {
            if self.scope.excluded(&absolute, is_dir) {
                return true;
            }
            let verdict = self
                .inner
                .iter()
                .rev()
                .map(|(_, m)| m)
                .chain(&self.above)
                .map(|m| m.matched(&absolute, is_dir))
                .find(|m| !m.is_none());
            if matches!(verdict, Some(Match::Ignore(_))) {
                return true;
            }
        }
        if is_dir
            && self.git
            && let Some(m) = matcher(&absolute)
        {
            self.inner.push((depth, m));
        }
        false
    }
}

/// The matcher of `dir`'s `.gitignore`, if it has one.
fn matcher(dir: &Path) -> Option<Gitignore> {
    let file = dir.join(".gitignore");
    if !file.is_file() {
        return None;
    }
    let (m, _) = Gitignore::new(&file);
    (!m.is_empty()).then_some(m)
}
