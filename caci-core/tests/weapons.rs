//! Weapon names the list does not spell out, on the built-in gazetteer and text written
//! for these tests: variants grown by the designation grammar, and the negatives a
//! grammar must respect (words never grow, a suffix that is a word of its own stays
//! out).

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::{Gazetteer, Kind};

fn g() -> &'static Gazetteer {
    caci_core::builtin()
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
    assert_eq!((m.surface, m.id(), m.variant()), ("Su-30SM", "su-30sm", None));
}

#[test]
fn composed_names_are_one_mention_in_the_orders_writers_use() {
    let text = "The Sukhoi Su-35 Flanker-E, a Mil Mi-24 Hind, the Bayraktar TB2 and a TB2 Bayraktar, \
                Boeing AH-64 Apache gunships, two Sukhoi-30 jets, a Kamov Ka-52 Alligator and TOS-1A Solntsepek launchers.";
    let got = weapons(text);
    let want = [
        ("Sukhoi Su-35 Flanker-E", "su-35"),
        ("Mil Mi-24 Hind", "mi-24"),
        ("Bayraktar TB2", "bayraktar-tb2"),
        ("TB2 Bayraktar", "bayraktar-tb2"),
        ("Boeing AH-64 Apache", "ah-64"),
        ("Sukhoi-30", "su-30"),
        ("Kamov Ka-52 Alligator", "ka-52"),
        ("TOS-1A Solntsepek", "tos-1a"),
    ];
    let pairs: Vec<(&str, &str)> = got.iter().map(|(s, id, _)| (s.as_str(), id.as_str())).collect();
    assert_eq!(pairs, want);
}

#[test]
fn a_makers_word_that_names_a_state_composes_nothing() {
    // `Turkish Aerospace Industries` makes the Anka: `Turkish` stays a demonym.
    let found: Vec<(String, Kind)> =
        g().find("the Turkish Anka drone").iter().map(|m| (m.surface.to_string(), m.kind())).collect();
    assert_eq!(found, [("Turkish".to_string(), Kind::Country), ("Anka".to_string(), Kind::Weapon)]);
}

#[test]
fn a_makers_letters_run_into_the_number_may_be_hyphenated() {
    let text = "Kazakhstan flies the C-295 and Turkey the T-129; Baku's TB-2 drones.";
    let found: Vec<(String, String)> = weapons(text).into_iter().map(|(s, id, _)| (s, id)).collect();
    let got: Vec<(&str, &str)> = found.iter().map(|(s, i)| (s.as_str(), i.as_str())).collect();
    assert_eq!(got, [("C-295", "c295"), ("T-129", "t129"), ("TB-2", "bayraktar-tb2")]);
    // Not for a two-character designation: `K-9` is a police dog, not the K9 howitzer.
    assert!(weapons("a K-9 unit searched the car").is_empty());
}

#[test]
fn names_ending_in_a_sibilant_take_es_in_the_plural() {
    let text = "Belarusian Polonezes, two Smerches and IMI Lynxes.";
    let found: Vec<(String, String)> = weapons(text).into_iter().map(|(s, id, _)| (s, id)).collect();
    let got: Vec<(&str, &str)> = found.iter().map(|(s, i)| (s.as_str(), i.as_str())).collect();
    assert_eq!(got, [("Polonezes", "polonez"), ("Smerches", "bm-30"), ("IMI Lynxes", "lynx")]);
}

#[test]
fn an_index_written_alone_names_its_weapon_or_its_familys_head() {
    // `9K720 Iskander` and `9K720 Iskander-M` are listed: the index alone is the family's.
    let text = "Armenia's 9K720 launchers, old OTR-21 missiles, a 9K33 battery and M2A3s.";
    let found: Vec<(String, String)> = weapons(text).into_iter().map(|(s, id, _)| (s, id)).collect();
    let got: Vec<(&str, &str)> = found.iter().map(|(s, i)| (s.as_str(), i.as_str())).collect();
    assert_eq!(got, [("9K720", "iskander"), ("OTR-21", "tochka"), ("9K33", "osa"), ("M2A3s", "m2")]);
    // A calibre is no index: `130-mm M-46` gives no `130-mm`.
    assert!(weapons("a 130-mm gun").is_empty());
}

#[test]
fn lookalike_and_cyrillic_designations_take_the_standard_id() {
    let text = "С-300 and C-300 batteries, a 2С9 and a 2C9, Ил-76 and II-76 transports, БТР-70 and Су-30СМ, Su-30CM.";
    let ids: Vec<(String, String)> = weapons(text).into_iter().map(|(s, id, _)| (s, id)).collect();
    let want = [
        ("С-300", "s-300"),
        ("C-300", "s-300"),
        ("2С9", "2s9"),
        ("2C9", "2s9"),
        ("Ил-76", "il-76"),
        ("II-76", "il-76"),
        ("БТР-70", "btr-70"),
        ("Су-30СМ", "su-30sm"),
        ("Su-30CM", "su-30sm"),
    ];
    let got: Vec<(&str, &str)> = ids.iter().map(|(s, i)| (s.as_str(), i.as_str())).collect();
    assert_eq!(got, want);
    for m in g().find(text) {
        assert_eq!(&text[m.start..m.end], m.surface);
    }
}

#[test]
fn lookalikes_match_the_exact_case_only() {
    // A lower-case `c-300` or `ii-76` is no designation; nor is the Russian word `с`.
    assert!(weapons("c-300 and ii-76, с 300 до 400").is_empty());
}

#[test]
fn a_lookalike_inside_a_cyrillic_sentence() {
    // Decision: a designation written in Cyrillic is found as a whole word, like any
    // other (listed variants too: `С-300ПМУ`); one glued to Cyrillic letters the data
    // does not list (`С-300ВМК`) gives nothing rather than a cut `С-300`, since the
    // grammar reads Latin suffixes only. Cyrillic words (`с`, `С`) are never taken.
    let text = "Россия поставила С-300 и Ту-22М3, С-300ПМУ и С-300ВМК в Иран. С ними и с тем.";
    let got: Vec<(String, String)> = weapons(text).into_iter().map(|(s, id, _)| (s, id)).collect();
    let want = [("С-300", "s-300"), ("Ту-22М3", "tu-22m3"), ("С-300ПМУ", "s-300pmu")];
    assert_eq!(got, want.map(|(s, i)| (s.to_string(), i.to_string())));
}

#[test]
fn common_word_names_need_an_arms_context_both_ways() {
    // Found: a number, a weapon word, a verb of supply or use, or the same weapon named
    // with support elsewhere in the document.
    for (text, name) in [
        ("Baku received 18 Vena and more.", "Vena"),
        ("Two Patriot batteries were moved.", "Patriot"),
        ("The Javelin anti-tank missile arrived in May. Javelin crews trained for weeks.", "Javelin"),
        ("Ankara ordered the Hurricane from Moscow.", "Hurricane"),
        ("Riyadh bought 22 Hawk trainers.", "Hawk"),
        ("Kyiv deployed Buk near the border.", "Buk"),
    ] {
        let got = surfaces(text);
        assert!(got.iter().filter(|s| s.as_str() == name).count() >= 1, "{name} not found in {text:?}: {got:?}");
    }
    let t = "The Javelin anti-tank missile arrived in May. Javelin crews trained for weeks.";
    assert_eq!(surfaces(t), ["Javelin", "Javelin"], "the second is supported by the first");
    // Left out: the same words in ordinary prose.
    for text in [
        "a Hawk moth landed on the sill",
        "we watched a Meteor shower from the roof",
        "a seminar at Tor Vergata",
        "the Predator film was a hit",
        "Tornado warnings were issued",
        "a Patriot act of defiance",
        "the Buk family of Kazan",
        "a Hurricane hit the coast",
    ] {
        assert!(weapons(text).is_empty(), "{text:?}: {:?}", weapons(text));
    }
}

#[test]
fn a_composed_name_never_breaks_a_users_gazetteer() {
    // A user's organisation named like a composed weapon name: the build succeeds, and
    // the organisation keeps its name.
    let mut b = Gazetteer::builder();
    b.add(caci_core::Entity::new("su-30", Kind::Weapon, "Su-30").with("maker", "Sukhoi"), []).unwrap();
    b.add(caci_core::Entity::new("club", Kind::Organization, "Sukhoi Su-30"), []).unwrap();
    let g = b.build().unwrap();
    let m = &g.find("the Sukhoi Su-30 fan club")[0];
    assert_eq!((m.surface, m.kind()), ("Sukhoi Su-30", Kind::Organization));
    assert_eq!(g.find("a Sukhoi-30 jet")[0].id(), "su-30");
}

#[test]
fn a_brand_and_designation_joined_or_hyphenated_are_one_mention_of_the_listed_id() {
    let text = "Ankara sent Bayraktar-TB2 drones, then more Bayraktar TB-2 units.";
    let found: Vec<(String, String)> = weapons(text).into_iter().map(|(s, id, _)| (s, id)).collect();
    let got: Vec<(&str, &str)> = found.iter().map(|(s, i)| (s.as_str(), i.as_str())).collect();
    assert_eq!(got, [("Bayraktar-TB2", "bayraktar-tb2"), ("Bayraktar TB-2", "bayraktar-tb2")]);
}

#[test]
fn a_wheel_formula_is_part_of_the_name_however_written() {
    let text = "Trials of the Arma 8×8 and an Arma 8 x 8 began; the Barys 8x8 waits.";
    assert_eq!(surfaces(text), ["Arma 8×8", "Arma 8 x 8", "Barys 8x8"]);
}

#[test]
fn a_final_numeral_letter_is_never_read_in_lower_case() {
    // `Wing Loong I` in lower case with a plural `s` is the verb `is`.
    let text = "The Wing Loong is a Chinese drone; two Wing Loong I and a Wing Loong II flew.";
    assert_eq!(surfaces(text), ["Wing Loong", "Wing Loong I", "Wing Loong II"]);
}

#[test]
fn a_makers_family_name_after_a_given_name_is_a_person() {
    let text = "Ozan Bayraktar, an engineer, spoke at the show. Later Bayraktar said more \
                orders would come. Turkish Bayraktar drones were on display, and two \
                Bayraktar TB2 flew.";
    assert_eq!(surfaces(text), ["Bayraktar", "Bayraktar TB2"]);
    let at = text.find("Turkish Bayraktar").unwrap() + "Turkish ".len();
    let found = g().find(text);
    let first = found.iter().find(|m| m.kind() == Kind::Weapon).unwrap();
    assert_eq!(first.start, at, "the drones after a demonym are the weapon");
    // A capitalised word before the name that opens a sentence is no given name when a
    // weapon's noun follows the name, nor a month.
    for text in ["Using Bayraktar drones, the army struck.", "In March Bayraktar drones struck."] {
        assert_eq!(surfaces(text), ["Bayraktar"], "{text}");
    }
}

#[test]
fn the_makers_name_tells_sukhois_t_50_from_kais() {
    let found: Vec<(String, String)> = weapons("the Sukhoi T-50 PAK-FA prototype and the KAI T-50 trainer")
        .into_iter()
        .map(|(s, id, _)| (s, id))
        .collect();
    let got: Vec<(&str, &str)> = found.iter().map(|(s, i)| (s.as_str(), i.as_str())).collect();
    assert_eq!(got, [("Sukhoi T-50 PAK-FA", "su-57"), ("KAI T-50", "t-50")]);
}

#[test]
fn a_kinds_abbreviation_after_a_name_is_no_variant() {
    let text = "Belarus sold the Polonez MLRS; Grad MLRS and Smerch MLRS batteries fired, and the M270 MLRS.";
    let found: Vec<(String, String)> = weapons(text).into_iter().map(|(s, id, _)| (s, id)).collect();
    let got: Vec<(&str, &str)> = found.iter().map(|(s, i)| (s.as_str(), i.as_str())).collect();
    assert_eq!(got, [("Polonez", "polonez"), ("Grad", "bm-21"), ("Smerch", "bm-30"), ("M270 MLRS", "m270")]);
}
