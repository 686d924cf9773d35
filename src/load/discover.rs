//! Finding account files: sorted, hidden entries skipped, loops caught.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

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
    let paths = &scope.expand(paths);
    let missing: Vec<MissingPath> = paths
        .iter()
        .filter(|p| std::fs::symlink_metadata(p).is_err())
        .map(|p| MissingPath(p.clone()))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }

    let mut out = Discovered::default();
    let mut followed_dir_link = false;
    for root in paths {
        // Links are followed only while they stay inside what was named: a
        // link to `../.env` or `/proc/self/environ` is reported, never read.
        let inside = std::fs::canonicalize(root).unwrap_or_else(|_| root.clone());
        let mut scoped = Walk::new(scope, root);
        let mut walker = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        while let Some(entry) = walker.next() {
            match entry {
                Ok(entry) => {
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
                        out.diagnostics.push(
                            Diagnostic::file(
                                Code::OutsideLink,
                                entry.path(),
                                Msg::new("read-outside-link")
                                    .text("target", target.display().to_string()),
                            )
                            .with_help(Msg::new("read-outside-link-help")),
                        );
                        if entry.file_type().is_dir() {
                            walker.skip_current_dir();
                        }
                        continue;
                    }
                    let file_type = entry.file_type();
                    if file_type.is_dir() {
                        followed_dir_link |= entry.path_is_symlink();
                        continue;
                    }
                    if !explicit && !has_yaml_extension(entry.path()) {
                        continue;
                    }
                    if file_type.is_file() {
                        followed_dir_link |= entry.path_is_symlink();
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
                Err(err) => {
                    let path = err.path().map_or_else(|| root.clone(), Path::to_path_buf);
                    let message = if let Some(ancestor) = err.loop_ancestor() {
                        Msg::new("read-symlink-loop")
                            .text("ancestor", crate::source::display_path(ancestor))
                    } else {
                        cannot_read(err.io_error())
                    };
                    out.diagnostics.push(
                        Diagnostic::file(Code::UnreadableFile, path, message)
                            .with_help(Msg::new("read-unreadable-entry-help")),
                    );
                }
            }
        }
    }
    out.files.sort();
    out.files.dedup();
    if followed_dir_link {
        // A link can reach the same file twice: read it once, under its own
        // path when that is among them, else the first of its paths.
        let canonical: Vec<PathBuf> = out
            .files
            .iter()
            .map(|f| std::fs::canonicalize(f).unwrap_or_else(|_| f.clone()))
            .collect();
        let direct: std::collections::HashSet<&PathBuf> = out
            .files
            .iter()
            .zip(&canonical)
            .filter(|(f, c)| std::path::absolute(f).is_ok_and(|a| &a == *c))
            .map(|(_, c)| c)
            .collect();
        let mut seen = std::collections::HashSet::new();
        let keep: Vec<bool> = out
            .files
            .iter()
            .zip(&canonical)
            .map(|(f, c)| {
                let own = std::path::absolute(f).is_ok_and(|a| &a == c);
                (own || !direct.contains(c)) && seen.insert(c.clone())
            })
            .collect();
        let mut keep = keep.into_iter();
        out.files.retain(|_| keep.next().unwrap_or(true));
    }
    Ok(out)
}

/// Where a link leads when that is outside `inside` (or into the kernel's
/// `/proc`, `/sys` or `/dev`); `None` when it stays inside.
fn leaves(link: &Path, inside: &Path) -> Option<PathBuf> {
    let target = std::fs::canonicalize(link).ok()?;
    let kernel = ["/proc", "/sys", "/dev"]
        .iter()
        .any(|k| target.starts_with(k));
    (kernel || !target.starts_with(inside)).then_some(target)
}

/// "cannot read: permission denied", in any language.
pub(crate) fn cannot_read(err: Option<&std::io::Error>) -> Msg {
    Msg::new("read-cannot-read").arg("reason", MsgArg::msg(crate::i18n::io_error(err)))
}
