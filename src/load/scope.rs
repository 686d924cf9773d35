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

use crate::finding::Diagnostic;
use crate::model::Settings;

/// The most patterns read from one `.gitignore`, or from `exclude:`: far
/// more than any real repository writes (GitHub's templates have tens to
/// hundreds), while a committed file of 100,000 patterns would cost
/// seconds and gigabytes to match. The rest is not applied, and said.
pub const MAX_PATTERNS: usize = 2_000;

/// The most bytes read from one `.gitignore`.
pub const MAX_IGNORE_BYTES: u64 = 128 * 1024;

/// The scope of a run; [`Scope::default`] takes every YAML file.
pub struct Scope {
    /// The folder `.guanxi.yaml` is in (absolute).
    root: Option<PathBuf>,
    paths: Vec<String>,
    exclude: Option<Gitignore>,
    /// The settings' size limit for one account file.
    pub max_file_size: u64,
}

impl Default for Scope {
    fn default() -> Self {
        Self {
            root: None,
            paths: Vec::new(),
            exclude: None,
            max_file_size: crate::model::DEFAULT_MAX_FILE_SIZE,
        }
    }
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
        let max_file_size = settings.max_file_size();
        let exclude = (!settings.exclude.is_empty()).then(|| {
            let mut builder = GitignoreBuilder::new(&root);
            // Past the limit, the settings check reports it.
            for pattern in settings.exclude.iter().take(MAX_PATTERNS) {
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
            max_file_size,
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
        let settings = super::read_settings_source(&path)
            .ok()
            .map(|source| source.text)
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
    /// `paths`, those that stay inside it ([`Scope::expand_checked`]).
    pub fn expand(&self, paths: &[PathBuf]) -> Vec<PathBuf> {
        self.expand_checked(paths).0
    }

    /// [`Scope::expand`], and an `outside-link` diagnostic for each `paths`
    /// entry that is a link (or goes through one) leading outside the
    /// settings folder: it is left out, never walked or written into.
    pub fn expand_checked(&self, paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
        let Some(root) = &self.root else {
            return (paths.to_vec(), Vec::new());
        };
        if self.paths.is_empty() {
            return (paths.to_vec(), Vec::new());
        }
        let canonical_root = std::fs::canonicalize(root).ok();
        let same = |p: &Path| std::fs::canonicalize(p).ok() == canonical_root && p.is_dir();
        let mut out = Vec::new();
        let mut diagnostics = Vec::new();
        for p in paths {
            if !same(p) {
                out.push(p.clone());
                continue;
            }
            for entry in &self.paths {
                let path = p.join(entry);
                match canonical_root
                    .as_deref()
                    .and_then(|inside| super::root::leaves(&path, inside))
                {
                    Some(target) => diagnostics.push(super::discover::outside_link(&path, &target)),
                    None => out.push(path),
                }
            }
        }
        (out, diagnostics)
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
    /// `.gitignore` files read only in part (over the limits).
    pub diagnostics: Vec<Diagnostic>,
}

impl<'s> Walk<'s> {
    pub fn new(scope: &'s Scope, root: &Path) -> Self {
        let absolute = std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
        let start = if absolute.is_dir() {
            absolute.as_path()
        } else {
            absolute.parent().unwrap_or(&absolute)
        };
        let top = super::root::work_tree(start);
        let top = top.as_deref();
        let mut diagnostics = Vec::new();
        let above = match top {
            Some(top) => start
                .ancestors()
                .skip(1)
                .take_while(|d| d.starts_with(top))
                .filter_map(|d| matcher(d, &mut diagnostics))
                .collect(),
            None => Vec::new(),
        };
        Self {
            scope,
            inner: Vec::new(),
            above,
            git: top.is_some(),
            diagnostics,
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
            && let Some(m) = matcher(&absolute, &mut self.diagnostics)
        {
            self.inner.push((depth, m));
        }
        false
    }
}

/// The matcher of `dir`'s `.gitignore`, if it has one: at most
/// [`MAX_IGNORE_BYTES`] and [`MAX_PATTERNS`] of it, with a warning when
/// there was more.
fn matcher(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Gitignore> {
    use std::io::Read;
    let file = dir.join(".gitignore");
    if !std::fs::metadata(&file).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&file)
        .and_then(|f| f.take(MAX_IGNORE_BYTES + 1).read_to_end(&mut bytes))
        .ok()?;
    let mut cut = bytes.len() as u64 > MAX_IGNORE_BYTES;
    if cut {
        // The last whole line within the limit.
        let end = bytes[..MAX_IGNORE_BYTES as usize]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        bytes.truncate(end);
    }
    let text = String::from_utf8_lossy(&bytes);
    let mut builder = GitignoreBuilder::new(dir);
    let mut patterns = 0;
    for line in text.lines() {
        let pattern = line.trim_end_matches('\r');
        if pattern.trim().is_empty() || pattern.starts_with('#') {
            continue;
        }
        if patterns == MAX_PATTERNS {
            cut = true;
            break;
        }
        patterns += 1;
        // A bad pattern is skipped, as git skips it.
        let _ = builder.add_line(Some(file.clone()), pattern);
    }
    if cut {
        diagnostics.push(ignore_limit(&super::shown(file)));
    }
    let m = builder.build().ok()?;
    (!m.is_empty()).then_some(m)
}

/// A list of patterns read only up to the limits.
fn ignore_limit(file: &Path) -> Diagnostic {
    Diagnostic::file(
        crate::finding::Code::PatternLimit,
        file,
        crate::i18n::Msg::new("read-pattern-limit")
            .number("patterns", MAX_PATTERNS)
            .number("kib", (MAX_IGNORE_BYTES / 1024) as usize),
    )
    .with_help(crate::i18n::Msg::new("read-pattern-limit-help"))
}
