//! The floor for benchmarks: deserialise every `.yaml` file under a
//! directory into the model types with serde-saphyr alone, on one thread,
//! with no checks. `guanxi validate` is measured against this.
//!
//!     cargo run --release --example bare_parse -- DIR

use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let start = Instant::now();
    let (mut files, mut bytes, mut failed) = (0usize, 0usize, 0usize);
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        files += 1;
        bytes += text.len();
        if serde_saphyr::from_str::<guanxi::model::Account>(&text).is_err() {
            failed += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{files} files, {:.1} MB, {failed} failed, {secs:.3} s, {:.1} MB/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}
