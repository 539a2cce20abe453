//! The gazetteer file readers (TSV, CSV, JSON through `GazetteerBuilder::load_str`) on
//! arbitrary text: no panic; every error names the file (and is not empty); a gazetteer
//! that builds finds mentions that keep every invariant and survives a round trip
//! through its `Spec` and JSON.
#![no_main]

use caci_core::Format;
use caci_core::{Gazetteer, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let head = data.first().copied().unwrap_or(0);
    let text = String::from_utf8_lossy(data.get(1..).unwrap_or(&[]));
    let (format, label, kind) = match head & 3 {
        0 => (Format::Tsv, "fuzz.tsv", None),
        1 => (Format::Csv, "fuzz.csv", None),
        2 => (Format::Json, "fuzz.json", None),
        _ => (Format::Tsv, "fuzz-weapons.tsv", Some(Kind::Weapon)),
    };
    let mut b = Gazetteer::builder();
    if let Err(e) = b.load_str(&text, format, label, kind) {
        check_error(&e, label, &text);
        return;
    }
    let g = match b.build() {
        Ok(g) => g,
        Err(e) => {
            check_error(&e, label, &text);
            return;
        }
    };
    // The loaded text itself, and a few lines of prose, as documents.
    for doc in [&*text, "The J-10C and the F-16s flew over Uzbekistan."] {
        let found = g.find(doc);
        caci_core_fuzz::check_mentions(&g, doc, &found);
    }
    // Round trips: the spec rebuilds the same gazetteer, also through JSON.
    let spec = g.to_spec();
    let again = Gazetteer::from_spec(spec.clone()).expect("a gazetteer's own spec rebuilds");
    assert_eq!(again.to_spec(), spec);
    let json = serde_json::to_string(&spec).expect("a spec serialises");
    let mut b = Gazetteer::builder();
    b.load_str(&json, Format::Json, "round-trip.json", None).expect("a spec's JSON loads");
    if spec.options.check_references {
        let h = b.build().expect("a spec's JSON builds");
        assert_eq!(h.to_spec().entries, spec.entries);
    }
});

/// Every error of a file names what is wrong and the file, and its line is a line of it.
fn check_error(e: &caci_core::Error, label: &str, text: &str) {
    assert!(!e.message().trim().is_empty(), "an error without a message: {e:?}");
    if e.kind() != caci_core::ErrorKind::Build {
        let at = e.location().unwrap_or_else(|| panic!("error without a location: {e}"));
        assert_eq!(at.file.to_str(), Some(label), "{e}");
        assert!(e.to_string().starts_with(label), "{e}");
        if let Some(line) = at.line {
            let lines = text.split('\n').count();
            assert!((1..=lines).contains(&line), "{e}: line {line} of a text of {lines} lines");
        }
    }
}
