//! Where a run's repository is, found without running git.
//!
//! git finds a repository by walking up from a folder and taking the first
//! one that looks like a repository, a bare one included: a folder holding
//! `HEAD`, `objects/` and `refs/`. Those are ordinary files that a pull
//! request can add under `accounts/`, with a `config` naming programs to
//! run. So guanxi finds the work tree itself (the nearest folder holding a
//! `.git`, which no commit can contain) and names it to git explicitly
//! (`crate::load::git`). The same top bounds the settings lookup and the
//! links guanxi follows.

use std::path::{Path, PathBuf};

/// The top of the git work tree that `start` (a file or folder) is in: the
/// nearest folder at or above it holding a `.git` (a folder, or the file a
/// linked work tree has), not looking into or above the folders of
/// `GIT_CEILING_DIRECTORIES` as git does. A bare repository is never taken.
/// Absolute; `None` outside any work tree.
pub fn work_tree(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let first = if absolute.is_dir() {
        absolute.as_path()
    } else {
        absolute.parent()?
    };
    let ceilings = ceilings();
    first
        .ancestors()
        .enumerate()
        .take_while(|(i, dir)| *i == 0 || !is_ceiling(dir, &ceilings))
        .map(|(_, dir)| dir)
        .find(|dir| std::fs::symlink_metadata(dir.join(".git")).is_ok())
        .map(Path::to_path_buf)
}

/// `GIT_CEILING_DIRECTORIES`' folders, canonical where they exist (git
/// takes absolute entries only).
fn ceilings() -> Vec<PathBuf> {
    std::env::var_os("GIT_CEILING_DIRECTORIES")
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| p.is_absolute())
                .map(|p| std::fs::canonicalize(&p).unwrap_or(p))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `dir` is a ceiling, or above one: the walk up stops before it.
fn is_ceiling(dir: &Path, ceilings: &[PathBuf]) -> bool {
    if ceilings.is_empty() {
        return false;
    }
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    ceilings.iter().any(|c| c.starts_with(&canonical))
}

/// Whether `dir` is laid out as a bare git repository (`HEAD`, `objects/`,
/// `refs/`), the way git recognises one; a plan repository has no reason
/// to carry one among its account files.
pub fn looks_like_repository(dir: &Path) -> bool {
    let is = |name: &str, dir_wanted: bool| {
        std::fs::symlink_metadata(dir.join(name))
            .is_ok_and(|m| if dir_wanted { m.is_dir() } else { m.is_file() })
    };
    is("HEAD", false) && is("objects", true) && is("refs", true)
}

/// Where `path` leads when a link takes it out of the repository it sits
/// in: its git work tree (found from where a link itself is, not from its
/// target), or outside any work tree `fallback` when one is given (the
/// settings file's folder). `None` when it stays in, or there is nothing to
/// stay in.
pub fn leads_out(path: &Path, fallback: Option<&Path>) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let place = if std::fs::symlink_metadata(&absolute).is_ok_and(|m| m.file_type().is_symlink()) {
        absolute.parent()?
    } else {
        absolute.as_path()
    };
    let inside = work_tree(place).or_else(|| fallback.map(Path::to_path_buf))?;
    leaves(&absolute, &std::fs::canonicalize(&inside).unwrap_or(inside))
}

/// Where a link leads when that is outside `inside` (or into the kernel's
/// `/proc`, `/sys` or `/dev`); `None` when it stays inside, or leads
/// nowhere.
pub fn leaves(link: &Path, inside: &Path) -> Option<PathBuf> {
    let target = std::fs::canonicalize(link).ok()?;
    let kernel = ["/proc", "/sys", "/dev"]
        .iter()
        .any(|k| target.starts_with(k));
    (kernel || !target.starts_with(inside)).then_some(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_repository_among_the_files_is_not_the_work_tree() {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path();
        std::fs::create_dir_all(top.join(".git")).unwrap();
        let accounts = top.join("accounts");
        std::fs::create_dir_all(accounts.join("objects")).unwrap();
        std::fs::create_dir_all(accounts.join("refs")).unwrap();
        std::fs::write(accounts.join("HEAD"), "ref: refs/heads/main\n").unwrap();
        assert!(looks_like_repository(&accounts));
        assert!(!looks_like_repository(top));
        let found = work_tree(&accounts.join("a.yaml")).unwrap();
        assert_eq!(
            std::fs::canonicalize(found).unwrap(),
            std::fs::canonicalize(top).unwrap()
        );
    }

    #[test]
    fn outside_a_work_tree_there_is_none() {
        let dir = tempfile::tempdir().unwrap();
        // The temp folder may sit in some work tree; a ceiling at it stops
        // the walk there, as git's does.
        let inner = dir.path().join("a");
        std::fs::create_dir_all(&inner).unwrap();
        let ceilings = vec![std::fs::canonicalize(dir.path()).unwrap()];
        assert!(is_ceiling(dir.path(), &ceilings));
        assert!(!is_ceiling(&inner, &ceilings));
        assert!(is_ceiling(Path::new("/"), &ceilings));
    }
}
