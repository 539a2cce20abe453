//! Weapon names the list does not spell out, on the built-in gazetteer and text written
//! for these tests: variants grown by the designation grammar, and the negatives a
//! grammar must respect (words never grow, a suffix that is a word of its own stays
//! out).

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::{Gazetteer, Kind};

fn g() -> &'static Gazetteer {
    caci_core::builtin::builtin()
}

/// (surface, id as written, family) of each weapon found.
fn weapons(text: &str) -> Vec<(String, String, String)> {
    g().find(text)
        .iter()
        .filter(|m| m.kind() == Kind::Weapon)
        .map(|m| (m.surface.to_string(), m.written_id().into_owned(), m.family().unwrap_or_default().to_string()))
        .collect()
}

fn surfaces(text: &str) -> Vec<String> {
    weapons(text).into_iter().map(|(s, ..)| s).collect()
}

#[test]
fn variants_of_known_designations_grow_into_one_mention() {
    let text = "The brigade flies Mi-17V-5M and Mi-24VP transports, Su-24M2 bombers and \
                MiG-29SMT fighters; its Ka-226T and BTR-70M2 fleets grew, and Tor-M2KM and \
                Spike-ER2 were ordered, with two JF-17 Block II jets.";
    let got = weapons(text);
    let want = [
        ("Mi-17V-5M", "mi-17v-5m", "mi-17"),
        ("Mi-24VP", "mi-24vp", "mi-24"),
        ("Su-24M2", "su-24m2", "su-24"),
        ("MiG-29SMT", "mig-29smt", "mig-29"),
        ("Ka-226T", "ka-226t", "ka-226"),
        ("BTR-70M2", "btr-70m2", "btr-70"),
        ("Tor-M2KM", "tor-m2km", "tor"),
        ("Spike-ER2", "spike-er2", "spike"),
        ("JF-17 Block II", "jf-17-block-ii", "jf-17"),
    ];
    for (s, id, family) in want {
        assert!(
            got.iter().any(|(gs, gi, gf)| gs == s && gi == id && gf == family),
            "`{s}` as {id} ({family}) not in {got:?}"
        );
    }
}

#[test]
fn a_grown_variant_keeps_plural_and_offsets_exact() {
    let text = "Three Su-30SM2s — and the Mi-17V-5Ms — landed.";
    for m in g().find(text) {
        assert_eq!(&text[m.start..m.end], m.surface);
    }
    assert_eq!(surfaces(text), ["Su-30SM2s", "Mi-17V-5Ms"]);
    let ids: Vec<String> = weapons(text).into_iter().map(|(_, id, _)| id).collect();
    assert_eq!(ids, ["su-30sm2", "mi-17v-5m"], "the plural is in the span, not in the id");
}

#[test]
fn words_never_grow() {
    // Names that are also words: a space before a lower-case word, letters glued to a
    // name, a hyphen before a word.
    for text in [
        "a seminar at Tor Vergata on Italian politics",
        "Tornado warnings were issued across the plains",
        "a Hawk moth landed on the Meteor shower poster",
        "a Tor-based browser and a Spike-like pattern",
        "Osama and Torsten met in Osaka",
    ] {
        let got = weapons(text);
        assert!(
            got.iter().all(|(s, ..)| !s.contains(' ') && !s.contains('-') && s.len() <= 7),
            "{text:?} grew: {got:?}"
        );
        assert!(!got.iter().any(|(s, ..)| s.starts_with("Tor") && s.len() > 3), "{text:?}: {got:?}");
    }
}

#[test]
fn a_suffix_that_is_a_separate_word_stays_out() {
    // `SAM`, `UAVs`, `MRL` after a designation are words of their own, not variant marks;
    // neither are a number after a space, nor a digit right after the designation's
    // digits (`Mi-171` is another designation).
    let text = "HQ-9 SAM batteries, Bayraktar TB2 UAVs, BM-21 MRL units, Su-25 2 squadrons, Mi-17 M";
    assert_eq!(surfaces(text), ["HQ-9", "Bayraktar TB2", "BM-21", "Su-25", "Mi-17"]);
    assert_eq!(surfaces("The Mi-171 and the Mi-1715 are not Mi-17 variants."), ["Mi-171", "Mi-17"]);
}

#[test]
fn the_listed_designation_wins_a_tie_with_a_grown_one() {
    // `Su-30SM` is listed: found as itself, not as `Su-30` grown by `SM`.
    let m = &g().find("an Su-30SM squadron")[0];
    assert_eq!((m.surface, m.id(), m.variant), ("Su-30SM", "su-30sm", None));
}
