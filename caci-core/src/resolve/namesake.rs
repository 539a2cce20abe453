//! People who carry a weapon's name: a maker's family name that also names its system
//! (`Bayraktar` for the TB2) is a person after a given name (`Selcuk Bayraktar`, the
//! maker's technical director), and so is the bare name where the document has named
//! that person and nothing around it speaks of a weapon (`Attendees included
//! Bayraktar`).
//!
//! A given name is told from the words that may stand before a weapon's name without
//! data on first names: it is one capitalised word of letters right before the name, no
//! find of its own, not the weapon's maker, not one of the words that open sentences
//! (`The`, `Two`, `Modern`), and never written in lower case in the document (`Upgraded
//! Stinger` is no person where `upgraded` is written elsewhere).

use crate::entity::Entity;
use std::ops::Range;

/// Capitalised words that stand before a weapon's name at the start of a sentence or in
/// a heading (determiners, numbers, adjectives of arms, months), and are no given names.
const NOT_GIVEN: &str = "\
    The A An This That These Those Its Their His Her Our Your My One Two Three Four Five Six \
    Seven Eight Nine Ten Twelve Dozens Both Each Every Several Many Some Such Other Another \
    All No New More Most Few Any Which What When While If As At In On By For With From To Of \
    And But Or So Then Also Only Even Modern Armed Enemy Upgraded Advanced Latest First \
    Second Third Last Next Future Current Additional Foreign Combat Attack Strike Military \
    Army Navy Air Naval Ground Heavy Light Mobile Unmanned Armoured Armored Was Were Is Are \
    Has Have Had Will Would Can Could May Here There Where How However Meanwhile Not Like \
    Unlike Than Via Into Over Under After Before During Since Until About Against Between \
    Among Without Through Operation Exercise Project Program Programme Photo Image Video \
    Read See Related Tags Tag Source Why Using January February March April June July August \
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday \
    Sunday";

/// Words that say the name before them is a weapon (`Using Bayraktar drones`, `Deployed
/// Iskander systems`): the start of the next word, lowered.
const WEAPON_NOUNS: &str = "\
    drone uav ucav missile system launcher rocket tank helicopter jet fighter aircraft batter unit vehicle \
    howitzer gun strike munition complex mlrs sam atgm manpads squadron fleet platform interceptor";

/// Whether the weapon find at `span` (an alias of one word of letters, `Bayraktar`) is a
/// person's family name: a given name stands right before it. `previous_find_end` is
/// where the last find before it ends, so that a find (`Turkish`) is no given name.
pub(crate) fn after_given_name(text: &str, span: &Range<usize>, entity: &Entity, previous_find_end: usize) -> bool {
    let Some(word) = word_before(text, span.start) else { return false };
    let word_start = span.start - 1 - word.len();
    if previous_find_end > word_start {
        return false;
    }
    // The shape first: most words before a weapon's name are lower case (`the`,
    // `its`), and this runs at every find of a one-word weapon name.
    let mut cs = word.chars();
    let capitalised =
        cs.next().is_some_and(char::is_uppercase) && cs.clone().count() >= 2 && cs.all(char::is_lowercase);
    if !capitalised || crate::compose::maker_word(entity) == Some(word) {
        return false;
    }
    let not_given = NOT_GIVEN.split_whitespace().any(|w| w == word);
    !not_given && !weapon_noun_after(text, span.end) && !written_lower(text, word)
}

/// Whether the alias is a plain name a person may carry: one word of letters, no digit
/// (`Bayraktar`, `Kalashnikov`), not a designation (`TB2`).
pub(crate) fn may_be_family_name(surface: &str) -> bool {
    let mut cs = surface.chars();
    cs.next().is_some_and(char::is_uppercase) && surface.chars().count() >= 4 && cs.all(char::is_lowercase)
}

/// Whether the word after `at` (past spaces) is a weapon's noun (`drones`, `systems`).
fn weapon_noun_after(text: &str, at: usize) -> bool {
    let next: String =
        text[at..].trim_start().chars().take_while(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    !next.is_empty() && WEAPON_NOUNS.split_whitespace().any(|n| next.starts_with(n))
}

/// The word right before `at`, after exactly one space: letters only.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    let start = before.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map(|(i, _)| i)?;
    let word = &before[start..];
    // A word, not the end of a token (`Turkish-made`, `Azerbaijan’s`).
    let open = before[..start].chars().next_back().is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“'));
    open.then_some(word)
}

/// Whether `word` is written in lower case anywhere in `text`, as a word of its own.
fn written_lower(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    let mut from = 0;
    while let Some(i) = text[from..].find(&lower) {
        let (s, e) = (from + i, from + i + lower.len());
        let open = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let close = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if open && close {
            return true;
        }
        from = e;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Kind;

    fn tb2() -> Entity {
        let mut e = Entity::new("bayraktar-tb2", Kind::Weapon, "Bayraktar TB2");
        e.attributes.insert("maker".into(), "Baykar".into());
        e
    }

    fn at(text: &str, name: &str, nth: usize) -> Range<usize> {
        let s = text.match_indices(name).nth(nth).unwrap().0;
        s..s + name.len()
    }

    #[test]
    fn a_given_name_makes_a_person() {
        let t = "The drones were shown by Haluk Bayraktar, the maker's chief executive.";
        assert!(after_given_name(t, &at(t, "Bayraktar", 0), &tb2(), 0));
    }

    #[test]
    fn words_that_open_sentences_makers_and_finds_are_no_given_names() {
        let e = tb2();
        for t in ["Two Bayraktar drones flew.", "Modern Bayraktar drones flew.", "Baykar Bayraktar drones flew."] {
            assert!(!after_given_name(t, &at(t, "Bayraktar", 0), &e, 0), "{t}");
        }
        // `Turkish` is a find of its own (a demonym), ending where the word starts.
        let t = "the Turkish Bayraktar drones";
        assert!(!after_given_name(t, &at(t, "Bayraktar", 0), &e, 11));
        // A capitalised word written in lower case elsewhere is an ordinary word.
        let t = "Armoured Bayraktar units; the armoured column.";
        assert!(!after_given_name(t, &at(t, "Bayraktar", 0), &e, 0));
        let t = "Turkish-made Bayraktar drones";
        assert!(!after_given_name(t, &at(t, "Bayraktar", 0), &e, 0), "part of a compound");
        // A weapon's noun after the name, or a month before it: no person.
        for t in ["Using Bayraktar drones, the army struck.", "Why Bayraktar UAVs matter", "In March Bayraktar flew."] {
            assert!(!after_given_name(t, &at(t, "Bayraktar", 0), &e, 0), "{t}");
        }
    }

    #[test]
    fn family_names_are_plain_words() {
        assert!(may_be_family_name("Bayraktar") && may_be_family_name("Kalashnikov"));
        assert!(!may_be_family_name("TB2") && !may_be_family_name("Sky Striker") && !may_be_family_name("Tor"));
    }
}
