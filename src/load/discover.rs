//! Finding account files: sorted, hidden entries skipped, loops caught.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::finding::{Code, Diagnostic};

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
/// directories only `.yaml`/`.yml` files count, and hidden names (`.git`,
/// `.guanxi.yaml`) are skipped.
pub fn discover(paths: &[PathBuf]) -> Result<Discovered, Vec<MissingPath>> {
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
        let walker = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            match entry {
                Ok(entry) => {
                    let explicit = entry.depth() == 0;
                    let file_type = entry.file_type();
                    if file_type.is_dir() {
                        followed_dir_link |= entry.path_is_symlink();
                        continue;
                    }
                    if !explicit && !has_yaml_extension(entry.path()) {
                        continue;
                    }
                    if file_type.is_file() {
                        out.files.push(entry.into_path());
                    } else {
                        out.diagnostics.push(
                            Diagnostic::file(
                                Code::NotARegularFile,
                                entry.path(),
                                "skipped: not a regular file (a FIFO, socket or device)",
                            )
                            .with_help(
                                "account files must be ordinary files; remove or rename this one",
                            ),
                        );
                    }
                }
                Err(err) => {
                    let path = err.path().map_or_else(|| root.clone(), Path::to_path_buf);
                    let message = if let Some(ancestor) = err.loop_ancestor() {
                        format!(
                            "symlink loop: this link points back to {}",
                            crate::source::display_path(ancestor)
                        )
                    } else {
                        format!("cannot read: {}", io_message(err.io_error()))
                    };
                    out.diagnostics.push(
                        Diagnostic::file(Code::UnreadableFile, path, message).with_help(
                            "fix the permissions or the link, or move it out of the account tree",
                        ),
                    );
                }
            }
        }
    }
    out.files.sort();
    out.files.dedup();
    if followed_dir_link {
        // A linked directory can reach the same file twice: read it once,
        // under the first of its paths.
        let mut seen = std::collections::HashSet::new();
        out.files
            .retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    }
    Ok(out)
}

pub(crate) fn io_message(err: Option<&std::io::Error>) -> String {
    match err {
        Some(e) => {
            let text = e.to_string();
            // "Permission denied (os error 13)" → "permission denied"
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            let mut chars = text.chars();
            chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or(text)
        }
        None => "unknown error".into(),
    }
}
