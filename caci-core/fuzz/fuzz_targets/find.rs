//! `find`, `find_dated` and `find_batch` on a small gazetteer built from the input (or the
//! built-in one) and on the rest of the input decoded lossily: no panic, and every
//! invariant of `caci_core_fuzz::check_case`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(case) = caci_core_fuzz::decode_find(data) {
        caci_core_fuzz::check_case(&case);
    }
});
