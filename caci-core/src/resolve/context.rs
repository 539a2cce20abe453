//! Words that are also common words or other places: `Georgia` the U.S. state, `Jordan`
//! a first name, `Patriot` an adjective. Aliases marked `common` are reported only when
//! the context supports them. Each rule is a small function; [`supported`] combines them.
//!
//! Lower-case `turkey` (the bird) and `china` (porcelain) never get here: their aliases
//! have the capitalised case policy, and the matcher rejects them.

use crate::entity::{Entity, Kind};
use std::ops::Range;

/// What the rest of the document says, for the rules.
pub(crate) struct Neighbours<'d> {
    /// Spans and entities of the document's finds that need no context.
    pub plain: &'d [(Range<usize>, &'d Entity)],
}

/// Whether a `common` find of `entity` at `span` is supported by its context.
pub(crate) fn supported(text: &str, span: Range<usize>, entity: &Entity, n: &Neighbours<'_>) -> bool {
    match entity.kind {
        Kind::Country => !other_place_cue(text, &span) && (named_plainly(entity, n) || state_nearby(text, &span, n)),
        Kind::Weapon => weapon_cue(text, &span) || named_plainly(entity, n) || weapon_nearby(text, &span, entity, n),
        _ => named_plainly(entity, n),
    }
}

/// The document names the same entity in a way that needs no context (`Georgian`,
/// `Tbilisi`, `MIM-104 Patriot`).
fn named_plainly(entity: &Entity, n: &Neighbours<'_>) -> bool {
    n.plain.iter().any(|(_, e)| e.id == entity.id)
}

/// Another state is named in the same paragraph, within a few sentences.
fn state_nearby(text: &str, span: &Range<usize>, n: &Neighbours<'_>) -> bool {
    let para = paragraph(text, span, 400);
    n.plain.iter().any(|(r, e)| e.kind == Kind::Country && r.start >= para.start && r.end <= para.end)
}

/// Another weapon system is named close by.
fn weapon_nearby(text: &str, span: &Range<usize>, entity: &Entity, n: &Neighbours<'_>) -> bool {
    let para = paragraph(text, span, 250);
    n.plain
        .iter()
        .any(|(r, e)| e.kind == Kind::Weapon && e.id != entity.id && r.start >= para.start && r.end <= para.end)
}

/// Words right after or before a weapon name that say it is one: a weapon word
/// (`batteries`, `launchers`, `armoured vehicle`), a verb of supply or use (`delivered`,
/// `fired`), or a number right before it (`two Patriot`, `18 Vena`).
fn weapon_cue(text: &str, span: &Range<usize>) -> bool {
    const CUES: &[&str] = &[
        "missile",
        "system",
        "batter",
        "air defen",
        "air-defen",
        "launcher",
        "interceptor",
        "rocket",
        "anti-tank",
        "antitank",
        "helicopter",
        "drone",
        "munition",
        "aircraft",
        "fighter",
        "jet",
        "tank",
        "howitzer",
        "sam ",
        "unit",
        "complex",
        "vehicle",
        "armored",
        "armoured",
        "carrier",
        "uav",
        "gunship",
        "bomber",
        "artillery",
        "mortar",
        "warship",
        "frigate",
        "squadron",
        "self-propelled",
        "mlrs",
        "atgm",
        "manpads",
    ];
    const VERBS: &[&str] = &[
        "deliver",
        "supplied",
        "supplies of",
        "purchas",
        "bought",
        "acquir",
        "procur",
        "ordered",
        "deploy",
        "fired",
        "launched",
        "shot down",
        "exported",
        "equipped with",
        "armed with",
        "in service",
    ];
    // Compared without allocating: the cues are ASCII, matched with ASCII case folded.
    let after = window(text, span.end, 40, true);
    let before = window(text, span.start, 40, false);
    if CUES.iter().any(|c| contains_folded(after, c) || contains_folded(before, c)) {
        return true;
    }
    let wide_after = window(text, span.end, 80, true);
    let wide_before = window(text, span.start, 80, false);
    // The sentence around it only: a verb past a full stop is about something else.
    let wide_after = wide_after.split(". ").next().unwrap_or_default();
    let wide_before = wide_before.rsplit(". ").next().unwrap_or_default();
    VERBS.iter().any(|v| contains_folded(wide_after, v) || contains_folded(wide_before, v))
        || number_before(text, span.start)
}

/// Whether `hay` contains `needle` (lower-case ASCII) with ASCII case folded.
fn contains_folded(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.len() <= h.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// A number right before `at`: digits or a number word (`18 Vena`, `two Patriot`,
/// `a dozen Buk`), as in a count of systems.
fn number_before(text: &str, at: usize) -> bool {
    const WORDS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "several",
    ];
    let before = window(text, at, 24, false);
    let Some(word) = before.trim_end().rsplit(|c: char| c.is_whitespace()).next() else { return false };
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    !word.is_empty() && (word.bytes().all(|b| b.is_ascii_digit()) || WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Cues that a country's name means another place: `Georgia` in `state of Georgia`,
/// `Atlanta, Georgia`, `Georgia State`, `Georgia Tech`.
fn other_place_cue(text: &str, span: &Range<usize>) -> bool {
    let after = window(text, span.end, 24, true);
    let before = window(text, span.start, 24, false).to_lowercase();
    let after_l = after.to_lowercase();
    before.ends_with("state of ")
        || before.ends_with("atlanta, ")
        || ["state", "tech", "bulldogs", ", usa", ", u.s.", " county"]
            .iter()
            .any(|c| after_l.trim_start().starts_with(c.trim_start()))
}

/// Up to `len` bytes of `text` after (or before) `at`, on char boundaries.
fn window(text: &str, at: usize, len: usize, after: bool) -> &str {
    if after {
        let mut hi = (at + len).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        &text[at..hi]
    } else {
        let mut lo = at.saturating_sub(len);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        &text[lo..at]
    }
}

/// The paragraph around `span`, cut to `reach` bytes either side.
fn paragraph(text: &str, span: &Range<usize>, reach: usize) -> Range<usize> {
    let lo = text[..span.start].rfind('\n').map_or(0, |i| i + 1).max(span.start.saturating_sub(reach));
    let hi = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i).min(span.end + reach);
    lo..hi
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(id: &str) -> Entity {
        Entity::new(id, Kind::Country, id)
    }

    #[test]
    fn georgia_the_state_and_georgia_the_country() {
        let geo = country("GEO");
        let arm = country("ARM");
        let text = "Georgia and Armenia signed a transit deal.";
        let plain = vec![(text.find("Armenia").unwrap()..text.find("Armenia").unwrap() + 7, &arm)];
        let n = Neighbours { plain: &plain };
        assert!(supported(text, 0..7, &geo, &n), "another state in the paragraph");
        let text = "He studied in the state of Georgia before moving.";
        let at = text.find("Georgia").unwrap();
        assert!(!supported(text, at..at + 7, &geo, &Neighbours { plain: &[] }));
        let text = "Georgia Tech and Armenia";
        assert!(!supported(text, 0..7, &geo, &Neighbours { plain: &plain }), "a negative cue wins");
    }

    #[test]
    fn weapons_need_a_cue() {
        let patriot = Entity::new("patriot", Kind::Weapon, "Patriot");
        let n = Neighbours { plain: &[] };
        let text = "two Patriot batteries arrived";
        let at = text.find("Patriot").unwrap();
        assert!(supported(text, at..at + 7, &patriot, &n));
        let text = "a Patriot act of defiance";
        let at = text.find("Patriot").unwrap();
        assert!(!supported(text, at..at + 7, &patriot, &n));
    }

    #[test]
    fn numbers_and_verbs_of_supply_are_cues_and_words_are_not() {
        let n = Neighbours { plain: &[] };
        let w = |name: &str| Entity::new(name.to_lowercase(), Kind::Weapon, name);
        let yes = [
            ("Baku took delivery of 18 Vena in June", "Vena"),
            ("Ankara ordered two Hawk from London", "Hawk"),
            ("the army deployed Buk near the border", "Buk"),
            ("Tbilisi purchased the Javelin last year", "Javelin"),
        ];
        for (text, name) in yes {
            let at = text.find(name).unwrap();
            assert!(supported(text, at..at + name.len(), &w(name), &n), "{text}");
        }
        let no = [
            ("a Hawk moth landed on the sill", "Hawk"),
            ("we watched a Meteor shower", "Meteor"),
            ("a seminar at Tor Vergata", "Tor"),
            ("the Predator film was re-released in 1987. Critics deployed superlatives", "Predator"),
            ("Tornado warnings were issued", "Tornado"),
        ];
        for (text, name) in no {
            let at = text.find(name).unwrap();
            assert!(!supported(text, at..at + name.len(), &w(name), &n), "{text}");
        }
    }
}
