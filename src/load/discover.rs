//! Finding account files: sorted, hidden entries skipped, loops caught.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::root::leaves;
use super::scope::{Scope, Walk};
use crate::finding::{Code, Diagnostic};
use crate::i18n::{Msg, MsgArg};

/// The account files under the given paths, plus what could not be walked.
#[derive(Debug, Default)]
pub struct Discovered {
    pub files: Vec<PathBuf>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A path the user named does not exist: a usage error (exit 2).
#[derive(Debug)]
pub struct MissingPath(pub PathBuf);

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn has_yaml_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Walks every path. A file named explicitly is taken whatever its name; in
/// directories only `.yaml`/`.yml` files count, hidden names (`.git`,
/// `.guanxi.yaml`) are skipped, and so is what `scope` leaves out
/// (`exclude`, `.gitignore`); a PATH that is the settings folder stands for
/// its `paths`.
pub fn discover(paths: &[PathBuf], scope: &Scope) -> Result<Discovered, Vec<MissingPath>> {
    let (paths, mut leaving) = scope.expand_checked(paths);
    let missing: Vec<MissingPath> = paths
        .iter()
        .filter(|p| std::fs::symlink_metadata(p).is_err())
        .map(|p| MissingPath(p.clone()))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut out = Discovered::default();
    out.diagnostics.append(&mut leaving);
    let mut followed_dir_link = false;
    for root in &paths {
        // Whatever PATH names, the walk stays in its repository: a committed
        // `accounts -> ../../.config` is refused.
        if let Some(target) = super::root::leads_out(root, None) {
            out.diagnostics.push(outside_link(root, &target));
            continue;
        }
        followed_dir_link |= walk(root, scope, &mut out);
    }
    out.files.sort();
    out.files.dedup();
    if followed_dir_link {
        once_each(&mut out.files);
    }
    Ok(out)
}

/// Walks the folder (or file) `root`, adding its account files and what is
/// wrong with the rest to `out`; whether a link to a folder or file was
/// followed on the way.
fn walk(root: &Path, scope: &Scope, out: &mut Discovered) -> bool {
    let mut followed_link = false;
    // Links are followed only while they stay inside what was named: a
    // link to `../.env` or `/proc/self/environ` is reported, never read.
    let inside = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut scoped = Walk::new(scope, root);
    let mut walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                out.diagnostics.push(walk_error(root, &err));
                continue;
            }
        };
        let explicit = entry.depth() == 0;
        let is_dir = entry.file_type().is_dir();
        if scoped.skips(entry.path(), entry.depth(), is_dir) {
            if is_dir {
                walker.skip_current_dir();
            }
            continue;
        }
        if !explicit
            && entry.path_is_symlink()
            && let Some(target) = leaves(entry.path(), &inside)
        {
            out.diagnostics.push(outside_link(entry.path(), &target));
            if is_dir {
                walker.skip_current_dir();
            }
            continue;
        }
        if is_dir {
            followed_link |= entry.path_is_symlink();
            if let Some(what) = embedded_repository(entry.path(), explicit) {
                out.diagnostics.push(
                    Diagnostic::file(
                        Code::EmbeddedRepository,
                        entry.path(),
                        Msg::new("read-embedded-repository").text("what", what),
                    )
                    .with_help(Msg::new("read-embedded-repository-help")),
                );
            }
            continue;
        }
        if !explicit && !has_yaml_extension(entry.path()) {
            continue;
        }
        if entry.file_type().is_file() {
            followed_link |= entry.path_is_symlink();
            out.files.push(entry.into_path());
        } else {
            out.diagnostics.push(
                Diagnostic::file(
                    Code::NotARegularFile,
                    entry.path(),
                    Msg::new("read-not-a-regular-file"),
                )
                .with_help(Msg::new("read-not-a-regular-file-help")),
            );
        }
    }
    // A `.gitignore` above two PATHs is said once.
    for d in scoped.diagnostics.drain(..) {
        if !out
            .diagnostics
            .iter()
            .any(|o| o.code == d.code && o.path == d.path)
        {
            out.diagnostics.push(d);
        }
    }
    followed_link
}

/// What an entry the walk could not read says.
fn walk_error(root: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err
        .path()
        .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
    let message = if let Some(ancestor) = err.loop_ancestor() {
        Msg::new("read-symlink-loop").text("ancestor", crate::source::display_path(ancestor))
    } else {
        cannot_read(err.io_error())
    };
    Diagnostic::file(Code::UnreadableFile, path, message)
        .with_help(Msg::new("read-unreadable-entry-help"))
}

/// A link can reach the same file twice: each file is read once, under its
/// own path when that is among `files` (sorted), else the first of its
/// paths.
fn once_each(files: &mut Vec<PathBuf>) {
    let canonical: Vec<PathBuf> = files
        .iter()
        .map(|f| std::fs::canonicalize(f).unwrap_or_else(|_| f.clone()))
        .collect();
    let direct: std::collections::HashSet<&PathBuf> = files
        .iter()
        .zip(&canonical)
        .filter(|(f, c)| std::path::absolute(f).is_ok_and(|a| &a == *c))
        .map(|(_, c)| c)
        .collect();
    let mut seen = std::collections::HashSet::new();
    let keep: Vec<bool> = files
        .iter()
        .zip(&canonical)
        .map(|(f, c)| {
            let own = std::path::absolute(f).is_ok_and(|a| &a == c);
            (own || !direct.contains(c)) && seen.insert(c.clone())
        })
        .collect();
    let mut keep = keep.into_iter();
    files.retain(|_| keep.next().unwrap_or(true));
}

/// What makes `dir` a git repository of its own among the account files:
/// a bare repository's layout (which git would find and use, config and
/// all), or a `.git` below the folder named (a nested work tree). A folder
/// named on the command line may be a work tree's top.
fn embedded_repository(dir: &Path, named: bool) -> Option<&'static str> {
    if super::root::looks_like_repository(dir) {
        Some("HEAD, objects/, refs/")
    } else if !named && std::fs::symlink_metadata(dir.join(".git")).is_ok() {
        Some(".git")
    } else {
        None
    }
}

/// A link leading outside what is read, skipped.
pub(crate) fn outside_link(link: &Path, target: &Path) -> Diagnostic {
    Diagnostic::file(
        Code::OutsideLink,
        link,
        Msg::new("read-outside-link").text("target", target.display().to_string()),
    )
    .with_help(Msg::new("read-outside-link-help"))
}

/// "cannot read: permission denied", in any language.
pub(crate) fn cannot_read(err: Option<&std::io::Error>) -> Msg {
    Msg::new("read-cannot-read").arg("reason", MsgArg::msg(crate::i18n::io_error(err)))
}
