//! Writing a file so that a crash or a concurrent edit never loses it:
//! a temporary file in the same directory, fsync, rename over the original
//! (keeping its permissions), under an exclusive lock. An interrupted run
//! (Ctrl-C, SIGTERM, SIGHUP) removes its temporary file before it exits;
//! one killed outright leaves it for the next run to remove.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use crate::i18n::Msg;

/// Exit status of a run interrupted while writing (128 + SIGINT, as shells
/// report Ctrl-C).
pub const INTERRUPTED: i32 = 130;

/// Temporary files being written now, removed if the run is interrupted:
/// each is a full copy of an account that `git add -A` would pick up.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A temporary file registered in [`PENDING`] while it lives.
struct Pending(PathBuf);

impl Pending {
    fn new(path: &Path) -> Self {
        static HANDLER: Once = Once::new();
        HANDLER.call_once(|| {
            // Runs on its own thread: remove what is pending, then exit. A
            // rename that already happened leaves nothing to remove, and the
            // original file is whole either way.
            let _ = ctrlc::set_handler(|| {
                if let Ok(pending) = PENDING.lock() {
                    for path in pending.iter() {
                        let _ = fs::remove_file(path);
                    }
                }
                std::process::exit(INTERRUPTED);
            });
        });
        if let Ok(mut pending) = PENDING.lock() {
            pending.push(path.to_path_buf());
        }
        Pending(path.to_path_buf())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Ok(mut pending) = PENDING.lock() {
            pending.retain(|p| *p != self.0);
        }
    }
}

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
/// replaces the file), waiting for other writers. Under the lock no other
/// guanxi is writing there, so temporary files of ours left by a killed run
/// are removed: they are full copies of an account.
pub fn lock(path: &Path) -> io::Result<Lock> {
    let dir = File::open(dir_of(path))?;
    dir.lock()?;
    remove_stale(dir_of(path));
    Ok(Lock(dir))
}

/// The names of our temporary files: `.guanxi-XXXXXX.tmp`.
pub const TEMP_PATTERN: &str = ".guanxi-*.tmp";

fn remove_stale(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name.starts_with(".guanxi-") && name.ends_with(".tmp");
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// `text` in a synced temporary file in `path`'s directory, ready to be
/// renamed into place. It is created with the usual mode for a new file
/// (0666 less the umask), not tempfile's private 0600.
fn staged(path: &Path, text: &[u8]) -> io::Result<(tempfile::NamedTempFile, Pending)> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".guanxi-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir_of(path))?;
    let pending = Pending::new(tmp.path());
    tmp.write_all(text)?;
    tmp.as_file().sync_all()?;
    hold_for_tests();
    Ok((tmp, pending))
}

/// For the test that interrupts a write: `GUANXI_TEST_HOLD_TEMP=MS` waits
/// that long with the temporary file written and not yet renamed (only
/// with the `hooks` feature, which `cargo test` turns on).
#[cfg(feature = "hooks")]
fn hold_for_tests() {
    if let Some(ms) = std::env::var_os("GUANXI_TEST_HOLD_TEMP")
        .and_then(|v| v.to_str().and_then(|v| v.parse::<u64>().ok()))
    {
        std::thread::sleep(std::time::Duration::from_millis(ms.min(10_000)));
    }
}

#[cfg(not(feature = "hooks"))]
fn hold_for_tests() {}

/// Replaces `path`'s content with `text` atomically: readers see the old
/// file or the new one, never a mix, and a failure leaves the old one.
pub fn atomic(path: &Path, text: &str) -> io::Result<()> {
    atomic_bytes(path, text.as_bytes())
}

/// [`atomic`] for any bytes (an export, a workbook); the file may be new.
pub fn atomic_bytes(path: &Path, text: &[u8]) -> io::Result<()> {
    let dir = dir_of(path);
    let meta = fs::metadata(path).ok();
    if meta.as_ref().is_some_and(|m| m.permissions().readonly()) {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            Msg::new("write-read-only"),
        ));
    }
    let (tmp, _pending) = staged(path, text)?;
    if let Some(meta) = &meta {
        fs::set_permissions(tmp.path(), meta.permissions())?;
        keep_owner(meta, tmp.path())?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Gives the new version the old one's owner, or refuses: replacing a file
/// another user owns would take it from them.
#[cfg(unix)]
fn keep_owner(old: &fs::Metadata, new: &Path) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let mine = fs::metadata(new)?;
    if (mine.uid(), mine.gid()) == (old.uid(), old.gid()) {
        return Ok(());
    }
    std::os::unix::fs::chown(new, Some(old.uid()), Some(old.gid())).or_else(|_| {
        if mine.uid() == old.uid() {
            // Our own file in another group we cannot give it: keep ours.
            Ok(())
        } else {
            Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                Msg::new("write-other-owner"),
            ))
        }
    })
}

#[cfg(not(unix))]
fn keep_owner(_: &fs::Metadata, _: &Path) -> io::Result<()> {
    Ok(())
}

/// Creates a new file with `text`, refusing to replace an existing one.
pub fn create_new(path: &Path, text: &str) -> io::Result<()> {
    let (tmp, _pending) = staged(path, text.as_bytes())?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}
