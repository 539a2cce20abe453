//! Composed weapon names, generated when the gazetteer is built from the `maker` column
//! and the names of each weapon, so that the data lists each part once: writers put a
//! maker before a designation and a reporting or popular name after it, in the orders
//! below, and the guidelines make the longest name written the span.
//!
//! - maker and designation: `Sukhoi Su-35`, `Mil Mi-24`, `Kamov Ka-52`, `Boeing AH-64`
//!   (the maker's first word, unless that word names something else in the gazetteer:
//!   `Turkish Aerospace Industries` gives nothing, `Turkish` being a demonym);
//! - designation and name: `TOS-1A Solntsepek`, `Su-25 Frogfoot`; a maker before both
//!   then comes from the designation grammar, which learns the name as a suffix
//!   (`Sukhoi Su-25 Frogfoot`, see [`crate::grammar`]);
//! - the maker standing for the letters of the designation: `Sukhoi-30`, `Ilyushin-76`,
//!   `Tupolev-22M` (when the letters begin the maker's name: `Su`, `Il`, `Tu`);
//! - a brand and a designation turned round: `TB2 Bayraktar` for `Bayraktar TB2`;
//! - the index alone, of an alias that is an index and a name of the weapon (`9K720` of
//!   `9K720 Iskander`; see [`leading_index`]): kept where one weapon, or one family's head,
//!   owns it.

use crate::alias::Alias;
use crate::entity::Entity;

/// The maker's word that writers put before a designation: the first word of the
/// `maker` column (`Sukhoi`, `Boeing` of `Boeing (McDonnell Douglas)`, `Lockheed` of
/// `Lockheed Martin`), if it is a capitalised word of letters.
pub(crate) fn maker_word(entity: &Entity) -> Option<&str> {
    let maker = entity.attribute("maker")?;
    let word = maker.split(|c: char| c.is_whitespace() || c == '(').next()?;
    let mut cs = word.chars();
    let ok = cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && word.len() >= 3
        && word.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    ok.then_some(word)
}

/// Composed names of a weapon, given its aliases and its maker's word (`None` when the
/// word names something else): each a plain name alias, without duplicates of `aliases`.
pub(crate) fn composed(entity: &Entity, aliases: &[Alias], maker: Option<&str>) -> Vec<Alias> {
    let has_digit = |s: &str| s.chars().any(|c| c.is_ascii_digit());
    let name = entity.name.as_str();
    let mut out: Vec<String> = Vec::new();
    if has_digit(name) {
        if let Some(m) = maker {
            if !name.starts_with(m) {
                out.push(format!("{m} {name}"));
            }
            // `Su-30` → `Sukhoi-30`: the letters before the hyphen begin the maker's word.
            if let Some((letters, rest)) = name.split_once('-') {
                let lower = m.to_ascii_lowercase();
                if letters.len() >= 2
                    && letters.len() < m.len()
                    && letters.chars().all(|c| c.is_ascii_alphabetic())
                    && lower.starts_with(&letters.to_ascii_lowercase())
                    && rest.starts_with(|c: char| c.is_ascii_digit())
                {
                    out.push(format!("{m}-{rest}"));
                }
            }
        }
        // Designation and name: the popular names of the entity (no digit, not a common
        // word, not a part of the designation itself).
        for a in aliases {
            let n = a.surface.as_str();
            if !has_digit(n) && !a.common && !a.partial && !name.contains(n) && !n.contains(name) {
                out.push(format!("{name} {n}"));
            }
        }
        // `Bayraktar TB2` → `TB2 Bayraktar`.
        if let Some((brand, designation)) = name.split_once(' ') {
            if !has_digit(brand) && has_digit(designation) && !designation.contains(' ') {
                out.push(format!("{designation} {brand}"));
            }
        }
    }
    let mut seen: Vec<String> = aliases.iter().map(|a| a.surface.to_lowercase()).collect();
    seen.push(name.to_lowercase());
    let mut result = Vec::new();
    for s in out {
        let key = s.to_lowercase();
        if !seen.contains(&key) {
            seen.push(key);
            result.push(Alias::new(s));
        }
    }
    result
}

/// The index that opens an alias of a weapon, when the rest of the alias is one of the
/// weapon's own names (`9K720` of `9K720 Iskander`, `OTR-21` of `OTR-21 Tochka`, `M2A3` of
/// `M2A3 Bradley`): writers also give the index alone. An index has a capital letter, a
/// digit and at least three letters and digits (not a calibre: `130-mm`); `names` are the
/// weapon's names, lower-cased.
pub(crate) fn leading_index<'s>(surface: &'s str, names: &[String]) -> Option<&'s str> {
    let (index, rest) = surface.split_once(' ')?;
    let ok = index.bytes().any(|b| b.is_ascii_uppercase())
        && index.bytes().any(|b| b.is_ascii_digit())
        && index.bytes().filter(u8::is_ascii_alphanumeric).count() >= 3
        && index.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    (ok && names.iter().any(|n| n.eq_ignore_ascii_case(rest))).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Kind;

    fn weapon(id: &str, name: &str, maker: &str) -> Entity {
        Entity::new(id, Kind::Weapon, name).with("maker", maker)
    }

    fn surfaces(v: Vec<Alias>) -> Vec<String> {
        v.into_iter().map(|a| a.surface).collect()
    }

    #[test]
    fn maker_designation_name_and_turned_round() {
        let su = weapon("su-30", "Su-30", "Sukhoi");
        assert_eq!(surfaces(composed(&su, &[], maker_word(&su))), ["Sukhoi Su-30", "Sukhoi-30"]);
        let tos = weapon("tos-1a", "TOS-1A", "Omsktransmash");
        let names = [Alias::new("Solntsepek"), Alias::new("TOS-1A Solntsepek").common()];
        assert_eq!(surfaces(composed(&tos, &names[..1], None)), ["TOS-1A Solntsepek"]);
        let tb2 = weapon("bayraktar-tb2", "Bayraktar TB2", "Baykar");
        let got = surfaces(composed(&tb2, &[Alias::new("Baykar TB2")], Some("Baykar")));
        assert_eq!(got, ["Baykar Bayraktar TB2", "TB2 Bayraktar"]);
        let ah = weapon("ah-64", "AH-64", "Boeing (McDonnell Douglas)");
        assert_eq!(maker_word(&ah), Some("Boeing"));
        assert_eq!(surfaces(composed(&ah, &[Alias::new("Apache")], Some("Boeing"))), ["Boeing AH-64", "AH-64 Apache"]);
    }

    #[test]
    fn an_index_before_a_name_of_the_weapon_stands_alone() {
        let names = ["iskander".to_string(), "tochka".to_string(), "m-46".to_string()];
        assert_eq!(leading_index("9K720 Iskander", &names), Some("9K720"));
        assert_eq!(leading_index("OTR-21 Tochka", &names), Some("OTR-21"));
        assert_eq!(leading_index("130-mm M-46", &names), None, "a calibre is no index");
        assert_eq!(leading_index("9K720 Kalibr", &names), None, "not a name of this weapon");
        assert_eq!(leading_index("Iskander", &names), None);
    }

    #[test]
    fn nothing_from_makers_that_are_no_word_or_names_without_digits() {
        assert_eq!(maker_word(&weapon("x", "X-1", "CASIC")), Some("CASIC"));
        assert_eq!(maker_word(&weapon("x", "X-1", "Xi'an Aircraft Industrial Corporation")), None);
        let tor = weapon("tor", "Tor", "Almaz-Antey");
        assert!(
            composed(&tor, &[Alias::new("Gauntlet")], Some("Almaz-Antey")).is_empty(),
            "a name alone composes nothing"
        );
        let common = weapon("patriot-pac-2", "Patriot PAC-2", "Raytheon");
        let got = surfaces(composed(&common, &[Alias::new("Patriot").common()], Some("Raytheon")));
        assert_eq!(got, ["Raytheon Patriot PAC-2", "PAC-2 Patriot"], "a common word is no popular name to add");
    }
}
