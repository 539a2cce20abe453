//! `caci_core::relations` on random and hostile text: no panic, clause and evidence
//! offsets on char boundaries inside the text, evidence equal to its slice, roles that are
//! countries (transfers) and pairs of two different sides (meetings), and the same result
//! on every call.

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::relations::{self, Relations};
use caci_core::{Date, Gazetteer, Kind};
use proptest::prelude::*;
use std::sync::OnceLock;

fn g() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::default)
}

fn check(text: &str, date: Option<Date>) -> Relations<'static> {
    let g = g();
    // The text must outlive the result: leak it (tests only).
    let text: &'static str = Box::leak(text.to_string().into_boxed_str());
    let ms = g.find_dated(text, date);
    let r = relations::extract(g, text, &ms, date);
    assert_eq!(r, relations::extract(g, text, &ms, date), "the same on every call");
    for t in &r.transfers {
        assert!(t.start < t.end && t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert_eq!(&text[t.evidence_start..t.evidence_start + t.evidence.len()], t.evidence);
        assert!(t.start <= t.evidence_start && t.evidence_start + t.evidence.len() <= t.end);
        assert_ne!(t.supplier, t.recipient);
        for id in [t.supplier, t.recipient] {
            assert_eq!(g.entity(id).map(|e| e.kind), Some(Kind::Country), "{id} is a country");
        }
        assert_eq!(g.entity(t.system).map(|e| e.kind), Some(Kind::Weapon));
    }
    for m in &r.meetings {
        assert!(m.start < m.end && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert_eq!(&text[m.evidence_start..m.evidence_start + m.evidence.len()], m.evidence);
        assert_ne!(m.a, m.b);
    }
    r
}

/// Pieces of analyst prose, names and junk to build random texts from.
const PIECES: &[&str] = &[
    "Kazakhstan",
    "Uzbekistan's",
    "Chinese-made",
    "Russia",
    "to both",
    "from",
    "by",
    "with",
    "and",
    ", ",
    ". ",
    "; ",
    ", which ",
    "supplied",
    "took delivery of",
    "did not",
    "could",
    "expressed interest in",
    "negotiations with",
    "cancelled",
    "deployed",
    "J-10C",
    "S-400",
    "Bayraktar TB2",
    "FD-2000",
    "24",
    "two",
    "in 2015",
    "last year",
    "US$ 1.5 billion",
    "€12bn",
    "met",
    "visited",
    "Tashkent",
    "Vladimir Putin",
    "Tokayev",
    "Ilham Aliyev",
    "he",
    "summit",
    "delegation",
    "spoke by phone with",
    "U.S.",
    "Gen.",
    "\u{201C}",
    "\u{201D}",
    "\u{2026}",
    "\n",
    "\n\n",
    "é",
    "🚀",
    "\u{200D}",
    "\u{0301}",
    "\0",
    "$",
    ".",
    "—",
    "n't",
    "May",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("CACI_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
    ))]

    #[test]
    fn random_prose_never_panics_and_keeps_the_invariants(
        picks in proptest::collection::vec(0..PIECES.len(), 0..60),
        spaces in proptest::collection::vec(any::<bool>(), 60),
        year in proptest::option::of(1990i32..2030),
    ) {
        let mut text = String::new();
        for (i, &p) in picks.iter().enumerate() {
            text.push_str(PIECES[p]);
            if spaces[i] {
                text.push(' ');
            }
        }
        let date = year.map(|y| Date::new(y, 6, 1).unwrap());
        check(&text, date);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,200}") {
        check(&text, None);
    }
}

#[test]
fn hostile_texts_never_panic() {
    let long = "Russia supplied S-400 systems to Turkey. ".repeat(20_000);
    let r = check(&long, None);
    assert_eq!(r.transfers.len(), 20_000);
    for text in [
        "",
        ".",
        "$",
        "US$",
        "Kazakhstan took delivery of",
        "took delivery of J-10C",
        "\u{2026}\u{2026}\u{2026}",
        "Russia\u{200D}supplied S-400 to Turkey.",
        "Russia supplied S\u{0301}-400 to Turkey 🚀.",
        &"a".repeat(100_000),
        &". ".repeat(10_000),
        &"Gen. ".repeat(5_000),
    ] {
        check(text, Date::new(2024, 1, 1).ok());
    }
}
