//! Writing a file so that a crash or a concurrent edit never loses it:
//! a temporary file in the same directory, fsync, rename over the original
//! (keeping its permissions), under an exclusive lock.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Holds an exclusive advisory lock on a file's directory while it lives.
pub struct Lock(File);

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Locks the directory of `path` (so the lock survives the rename that
/// replaces the file), waiting for other writers.
pub fn lock(path: &Path) -> io::Result<Lock> {
    let dir = File::open(dir_of(path))?;
    dir.lock()?;
    Ok(Lock(dir))
}

/// `text` in a synced temporary file in `path`'s directory, ready to be
/// renamed into place.
fn staged(path: &Path, text: &str) -> io::Result<tempfile::NamedTempFile> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".guanxi-")
        .suffix(".tmp")
        .tempfile_in(dir_of(path))?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Replaces `path`'s content with `text` atomically: readers see the old
/// file or the new one, never a mix, and a failure leaves the old one.
pub fn atomic(path: &Path, text: &str) -> io::Result<()> {
    let dir = dir_of(path);
    let permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let tmp = staged(path, text)?;
    if let Some(p) = permissions {
        fs::set_permissions(tmp.path(), p)?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Creates a new file with `text`, refusing to replace an existing one.
pub fn create_new(path: &Path, text: &str) -> io::Result<()> {
    staged(path, text)?
        .persist_noclobber(path)
        .map_err(|e| e.error)?;
    Ok(())
}
