//! Reading one file: the size limit before reading, UTF-8 with a BOM dropped.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::discover;
use crate::finding::{Code, Diagnostic};
use crate::model::Span;
use crate::source::SourceFile;

/// Reads a file as UTF-8 text, refusing anything over `max_size` bytes.
pub fn read_source(path: &Path, max_size: u64) -> Result<SourceFile, Box<Diagnostic>> {
    let unreadable = |e: &std::io::Error| {
        Box::new(
            Diagnostic::file(
                Code::UnreadableFile,
                path,
                format!("cannot read: {}", discover::io_message(Some(e))),
            )
            .with_help("check the file's permissions"),
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

fn too_large(path: &Path, size: u64, max_size: u64) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::file(
            Code::FileTooLarge,
            path,
            format!("the file is {size} bytes, over the limit of {max_size} bytes"),
        )
        .with_help(
            "split the file, or raise the limit with --max-file-size or `max_file_size` in .guanxi.yaml",
        ),
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
                    format!(
                        "the file is not UTF-8: invalid byte 0x{:02X} here",
                        bytes[offset]
                    ),
                )
                .with_help(
                    "save the file as UTF-8 (most editors: File → Save with Encoding → UTF-8)",
                ),
            ))
        }
    }
}
