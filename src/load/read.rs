//! Reading one file: the size limit before reading, UTF-8 with a BOM dropped.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::discover;
use crate::finding::{Code, Diagnostic};
use crate::i18n::Msg;
use crate::model::Span;
use crate::source::SourceFile;

/// Reads a file as UTF-8 text, refusing anything over `max_size` bytes.
pub fn read_source(path: &Path, max_size: u64) -> Result<SourceFile, Box<Diagnostic>> {
    let unreadable = |e: &std::io::Error| {
        Box::new(
            Diagnostic::file(Code::UnreadableFile, path, discover::cannot_read(Some(e)))
                .with_help(Msg::new("read-unreadable-file-help")),
        )
    };
    let file = std::fs::File::open(path).map_err(|e| unreadable(&e))?;
    if let Ok(meta) = file.metadata()
        && meta.len() > max_size
    {
        return Err(too_large(path, meta.len(), max_size));
    }
    let mut bytes = Vec::new();
    file.take(max_size + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(&e))?;
    decode(path, &bytes, max_size)
}

/// A file over the size limit, refused unread.
pub fn too_large(path: &Path, size: u64, max_size: u64) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::file(
            Code::FileTooLarge,
            path,
            Msg::new("read-too-large")
                .number("size", size as usize)
                .number("limit", max_size as usize),
        )
        .with_help(Msg::new("read-too-large-help")),
    )
}

/// A file's bytes (read from disk, or a version from git) as UTF-8 text,
/// refusing anything over `max_size` bytes.
pub fn decode(path: &Path, bytes: &[u8], max_size: u64) -> Result<SourceFile, Box<Diagnostic>> {
    if bytes.len() as u64 > max_size {
        return Err(too_large(path, bytes.len() as u64, max_size));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(e) => {
            let offset = e.valid_up_to();
            let source = Arc::new(SourceFile::new(path, String::from_utf8_lossy(bytes)));
            Err(Box::new(
                Diagnostic::at(
                    Code::InvalidUtf8,
                    &source,
                    Span::new(offset, 1),
                    Msg::new("read-invalid-utf8").text("byte", format!("0x{:02X}", bytes[offset])),
                )
                .with_help(Msg::new("read-invalid-utf8-help")),
            ))
        }
    }
}
