//! The fuzz target's pipeline (load → validate → every analysis → renderers
//! → editors) on deterministic mutations of the examples and fixtures, so the
//! ordinary suite keeps checking what the fuzzer found safe. A panic fails.

mod common;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INSERTS: &[&[u8]] = &[
    b"\t",
    b":",
    b"- ",
    b"[",
    b"]",
    b"{",
    b"}",
    b"&a ",
    b"*a",
    b"\"",
    b"'",
    b"#",
    b"\n",
    b"\n  - ",
    b"? ",
    b"!!binary ",
    b"<<: *a",
    b"\xff",
    b"\xe5\xb8\xae",
    b"---\n",
    b"...\n",
    b"null",
    b"~",
    b"1e999",
    b"-1",
    b"2026-02-30",
    b"us: ",
    b"\x1b[31m",
    b"\r\n",
    b"\\",
    b"|\n",
    b">-\n",
];

fn mutate(r: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + r.below(4) {
        if out.is_empty() {
            out.extend_from_slice(INSERTS[r.below(INSERTS.len())]);
            continue;
        }
        let at = r.below(out.len());
        match r.below(6) {
            0 => out[at] ^= 1 << r.below(8),
            1 => {
                let end = (at + 1 + r.below(40)).min(out.len());
                out.drain(at..end);
            }
            2 => {
                let piece = INSERTS[r.below(INSERTS.len())];
                out.splice(at..at, piece.iter().copied());
            }
            3 => {
                // Duplicate a line.
                let start = out[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let end = out[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(out.len(), |i| at + i + 1);
                let line = out[start..end].to_vec();
                out.splice(end..end, line);
            }
            4 => out.truncate(at),
            _ => {
                // Swap two lines' indentation.
                if let Some(nl) = out[at..].iter().position(|&b| b == b'\n') {
                    out.insert(at + nl + 1.min(out.len() - at - nl), b' ');
                }
            }
        }
    }
    out
}

#[test]
fn mutated_files_never_panic() {
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    for dir in [
        "example-accounts",
        "tests/fixtures/validate",
        "tests/fixtures/analyses",
        "tests/fixtures/edit",
    ] {
        for entry in walkdir::WalkDir::new(common::repo_root().join(dir)).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "yaml")
            {
                seeds.push(std::fs::read(entry.path()).unwrap());
            }
        }
    }
    assert!(seeds.len() > 50);
    let mut r = Rng(20261123);
    let mut runs = 0;
    for seed in &seeds {
        guanxi::fuzz::one_file(seed);
        for _ in 0..5 {
            guanxi::fuzz::one_file(&mutate(&mut r, seed));
            runs += 1;
        }
    }
    assert!(runs >= 300, "{runs}");
}
