//! Bytes as one account file → load → validate → every analysis → edits.
//! Nothing may panic, hang or blow up memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    guanxi::fuzz::one_file(data);
});
