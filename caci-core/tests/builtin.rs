//! Checks on the whole built-in gazetteer: ids, references, coverage, and each class of
//! alias found in text written for these tests.

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::{Date, Form, Gazetteer, Kind};
use std::collections::HashMap;

fn g() -> &'static Gazetteer {
    caci_core::builtin()
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

#[test]
fn ids_have_the_form_of_their_kind() {
    for e in g().entities() {
        let ok = match e.kind {
            Kind::Country => e.id.len() == 3 && e.id.bytes().all(|b| b.is_ascii_uppercase()),
            _ => is_slug(&e.id),
        };
        assert!(ok, "bad id `{}` for a {}", e.id, e.kind);
    }
}

#[test]
fn references_exist_and_offices_are_in_order() {
    let g = g();
    for e in g.entities() {
        for o in &e.offices {
            let c = g.entity(&o.country).unwrap_or_else(|| panic!("{}: office in unknown `{}`", e.id, o.country));
            assert!(matches!(c.kind, Kind::Country | Kind::Organization | Kind::Region), "{}: {}", e.id, o.country);
            if let (Some(s), Some(t)) = (o.start, o.end) {
                assert!(s.first_day() <= t.last_day(), "{}: {o}", e.id);
            }
        }
        if e.kind == Kind::Weapon {
            let fam = e.family().unwrap_or_else(|| panic!("weapon {} has no family", e.id));
            assert_eq!(g.entity(fam).map(|f| f.kind), Some(Kind::Weapon), "{}: family {fam}", e.id);
            assert_eq!(g.entity(fam).and_then(|f| f.family()), Some(fam), "family {fam} names itself");
            let origin = e.attribute("origin").unwrap_or_else(|| panic!("weapon {} has no origin", e.id));
            assert_eq!(g.entity(origin).map(|c| c.kind), Some(Kind::Country), "{}: origin {origin}", e.id);
        }
    }
}

#[test]
fn coverage_floors() {
    let mut by_kind: HashMap<Kind, usize> = HashMap::new();
    for e in g().entities() {
        *by_kind.entry(e.kind).or_default() += 1;
    }
    assert!(by_kind[&Kind::Country] >= 193 + 2 + 2, "{by_kind:?}");
    assert!(by_kind[&Kind::Weapon] >= 400, "{by_kind:?}");
    assert!(by_kind[&Kind::Leader] >= 1000, "{by_kind:?}");
}

/// Heads of state and government of the core states, at dates since 1991: someone in the
/// gazetteer held the office then.
#[test]
fn heads_of_state_are_covered_since_1991() {
    let g = g();
    let states = [
        "KAZ", "KGZ", "TJK", "TKM", "UZB", "ARM", "AZE", "GEO", "RUS", "CHN", "MNG", "AFG", "PAK", "IND", "IRN", "TUR",
        "UKR", "BLR", "USA", "FRA", "DEU", "GBR",
    ];
    let mut missing = Vec::new();
    for year in (1992..=2025).step_by(3) {
        let date: Date = format!("{year}-07-01").parse().unwrap();
        for s in states {
            let held = g.entities().iter().any(|e| e.offices_on(date).any(|o| o.country == s && is_head(&o.title)));
            if !held {
                missing.push(format!("{s} {year}"));
            }
        }
    }
    assert!(missing.is_empty(), "no office-holder known: {missing:?}");
}

/// Whether an office title is that of a head of state or government.
fn is_head(title: &str) -> bool {
    let heads =
        ["President", "Prime Minister", "Chancellor", "Supreme Leader", "General Secretary", "Emir", "Chief Executive"];
    heads.iter().any(|h| title.contains(h))
        && !["Vice", "Deputy", "First Lady", "Acting Prime Minister"].iter().any(|x| title.contains(x))
}

fn found(text: &str) -> Vec<(String, String, Form)> {
    g().find(text).iter().map(|m| (m.surface.to_string(), m.id().to_string(), m.form())).collect()
}

fn assert_finds(text: &str, expected: &[(&str, &str)]) {
    let got = found(text);
    for (surface, id) in expected {
        assert!(
            got.iter().any(|(s, i, _)| s == surface && i == id),
            "`{surface}` → {id} not found in {text:?}; got {got:?}"
        );
    }
}

#[test]
fn each_class_of_country_alias_is_found() {
    assert_finds(
        "Kirghizia and Byelorussia were Soviet republics; Burma and Swaziland renamed themselves.",
        &[("Kirghizia", "KGZ"), ("Byelorussia", "BLR"), ("Burma", "MMR"), ("Swaziland", "SWZ")],
    );
    assert_finds(
        "Türkiye, Turkiye and Qazaqstan; the U.S., the UK, the UAE and the PRC.",
        &[
            ("Türkiye", "TUR"),
            ("Turkiye", "TUR"),
            ("Qazaqstan", "KAZ"),
            ("U.S.", "USA"),
            ("UK", "GBR"),
            ("UAE", "ARE"),
            ("PRC", "CHN"),
        ],
    );
    assert_finds(
        "Sino-Russian and Indo-Pakistani ties; Uzbekistani and Kazakh officials; Azeri gas.",
        &[
            ("Sino", "CHN"),
            ("Russian", "RUS"),
            ("Indo", "IND"),
            ("Uzbekistani", "UZB"),
            ("Kazakh", "KAZ"),
            ("Azeri", "AZE"),
        ],
    );
    assert_finds(
        "Talks in Nur-Sultan, Astana, Ashgabat and Ulaanbaatar; the Kremlin and Zhongnanhai.",
        &[
            ("Nur-Sultan", "KAZ"),
            ("Astana", "KAZ"),
            ("Ashgabat", "TKM"),
            ("Ulaanbaatar", "MNG"),
            ("Kremlin", "RUS"),
            ("Zhongnanhai", "CHN"),
        ],
    );
    let got = found("The People’s Republic of China and the Kyrgyz Republic.");
    assert_eq!(got[0], ("People’s Republic of China".into(), "CHN".into(), Form::Name));
    assert_eq!(got[1].1, "KGZ");
    assert!(found("us and them, a turkey dinner, fine china").is_empty(), "exact and capitalised case policies");
    let forms: Vec<Form> = found("Uzbekistan, Uzbek, Tashkent").into_iter().map(|x| x.2).collect();
    assert_eq!(forms, [Form::Name, Form::Demonym, Form::Capital]);
}

#[test]
fn each_class_of_leader_alias_is_found() {
    assert_finds(
        "Kassym-Jomart Tokayev met Shavkat Mirziyoev and Gurbanguly Berdymukhamedov; Emomali Rahmon sent a message.",
        &[
            ("Kassym-Jomart Tokayev", "kassym-jomart-tokayev"),
            ("Shavkat Mirziyoev", "shavkat-mirziyoyev"),
            ("Gurbanguly Berdymukhamedov", "gurbanguly-berdimuhamedow"),
            ("Emomali Rahmon", "emomali-rahmon"),
        ],
    );
    assert_finds("Ukhnaagiin Khurelsukh and Khurelsukh Ukhnaa", &[("Ukhnaagiin Khurelsukh", "ukhnaagiin-khurelsukh")]);
    let g = g();
    let date: Date = "2021-05-01".parse().unwrap();
    let text = "President Tokayev spoke after Aliyev and Erdoğan.";
    let ids: Vec<&str> = g.find_dated(text, Some(date)).iter().map(|m| m.id()).collect();
    assert_eq!(ids, ["kassym-jomart-tokayev", "ilham-aliyev", "recep-tayyip-erdogan"]);
    let ids: Vec<&str> = g.find_dated("Aliyev", Some("1999-01-01".parse().unwrap())).iter().map(|m| m.id()).collect();
    assert_eq!(ids, ["heydar-aliyev"], "a surname resolves to the office-holder at the date");
}

#[test]
fn each_class_of_weapon_alias_is_found() {
    assert_finds(
        "The J-10C, J10C and JF-17 Thunder Block-III, the PL-15E, the FD-2000 and HQ-17AE.",
        &[("J-10C", "j-10c"), ("J10C", "j-10c"), ("PL-15E", "pl-15e"), ("FD-2000", "fd-2000"), ("HQ-17AE", "hq-17ae")],
    );
    assert_finds(
        "Sukhoi Su-25s, two Su-30SM, the S-400 Triumf, a Bayraktar TB2 and Mi-17s.",
        &[("Sukhoi Su-25s", "su-25"), ("Su-30SM", "su-30sm"), ("Bayraktar TB2", "bayraktar-tb2"), ("Mi-17s", "mi-17")],
    );
    let m = &g().find("JF-17 Thunder Block-III")[0];
    assert_eq!(m.surface, "JF-17 Thunder Block-III");
    assert_eq!(m.family(), Some("jf-17"));
    assert!(found("a patriot and a javelin thrower").is_empty(), "common words need capitals");
}
