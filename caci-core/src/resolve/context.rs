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
    /// Spans and entities of the document's finds that need no context, in text order.
    pub plain: &'d [(Range<usize>, &'d Entity)],
    /// Whether the document names the entity of the find in a way that needs no context
    /// (`Georgian`, `Tbilisi`, `MIM-104 Patriot`): the resolver knows it from its memory
    /// at once, where a look through `plain` would cost a pass over the document's finds
    /// per common word (quadratic in one long text).
    pub named_plainly: bool,
}

/// Whether a `common` find of `entity` at `span` is supported by its context.
pub(crate) fn supported(text: &str, span: Range<usize>, entity: &Entity, n: &Neighbours<'_>) -> bool {
    match entity.kind {
        Kind::Country => !other_place_cue(text, &span) && (n.named_plainly || state_nearby(text, &span, n)),
        Kind::Weapon => weapon_cue(text, &span) || n.named_plainly || weapon_nearby(text, &span, entity, n),
        _ => n.named_plainly,
    }
}

/// The plain finds that lie inside `para`: found by binary search, since `plain` is in
/// text order, so that a common word costs the finds of its paragraph, not of the text.
fn plain_within<'d>(
    n: &Neighbours<'d>,
    para: &Range<usize>,
) -> impl Iterator<Item = &'d (Range<usize>, &'d Entity)> + 'd {
    let (plain, end) = (n.plain, para.end);
    let from = plain.partition_point(|(r, _)| r.start < para.start);
    plain[from..].iter().take_while(move |(r, _)| r.start <= end).filter(move |(r, _)| r.end <= end)
}

/// Another state is named in the same paragraph, within a few sentences.
fn state_nearby(text: &str, span: &Range<usize>, n: &Neighbours<'_>) -> bool {
    let para = paragraph(text, span, 400);
    plain_within(n, &para).any(|(_, e)| e.kind == Kind::Country)
}

/// Another weapon system is named close by.
fn weapon_nearby(text: &str, span: &Range<usize>, entity: &Entity, n: &Neighbours<'_>) -> bool {
    let para = paragraph(text, span, 250);
    plain_within(n, &para).any(|(_, e)| e.kind == Kind::Weapon && e.id != entity.id)
}

/// Words right after or before a weapon name that say it is one: a weapon word
/// (`batteries`, `launchers`, `armoured vehicle`), a verb of supply or use (`delivered`,
/// `fired`), or a number right before it (`two Patriot`, `18 Vena`).
pub(crate) fn weapon_cue(text: &str, span: &Range<usize>) -> bool {
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

/// The paragraph around `span`, cut to `reach` bytes either side. Only those bytes are
/// searched for the line breaks (a text without any would be searched to its ends, per
/// common word). The bounds need not be char boundaries: they are only compared.
fn paragraph(text: &str, span: &Range<usize>, reach: usize) -> Range<usize> {
    let b = text.as_bytes();
    let floor = span.start.saturating_sub(reach);
    let lo = memchr::memrchr(b'\n', &b[floor..span.start]).map_or(floor, |i| floor + i + 1);
    let ceiling = (span.end + reach).min(b.len());
    let hi = memchr::memchr(b'\n', &b[span.end..ceiling]).map_or(ceiling, |i| span.end + i);
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
        let n = Neighbours { plain: &plain, named_plainly: false };
        assert!(supported(text, 0..7, &geo, &n), "another state in the paragraph");
        let text = "He studied in the state of Georgia before moving.";
        let at = text.find("Georgia").unwrap();
        assert!(!supported(text, at..at + 7, &geo, &Neighbours { plain: &[], named_plainly: false }));
        let text = "Georgia Tech and Armenia";
        assert!(
            !supported(text, 0..7, &geo, &Neighbours { plain: &plain, named_plainly: false }),
            "a negative cue wins"
        );
    }

    #[test]
    fn weapons_need_a_cue() {
        let patriot = Entity::new("patriot", Kind::Weapon, "Patriot");
        let n = Neighbours { plain: &[], named_plainly: false };
        let text = "two Patriot batteries arrived";
        let at = text.find("Patriot").unwrap();
        assert!(supported(text, at..at + 7, &patriot, &n));
        let text = "a Patriot act of defiance";
        let at = text.find("Patriot").unwrap();
        assert!(!supported(text, at..at + 7, &patriot, &n));
    }

    #[test]
    fn numbers_and_verbs_of_supply_are_cues_and_words_are_not() {
        let n = Neighbours { plain: &[], named_plainly: false };
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

    #[test]
    fn paragraphs_and_neighbours_as_a_search_of_the_whole_text_finds_them() {
        // The bounded searches against the plain definitions: the line breaks anywhere
        // before and after, and every plain find tested.
        let text = "Georgia\nArmenia and Azerbaijan met. Georgia too.\n\nNo break after this Georgia";
        let (arm, aze, geo) = (country("ARM"), country("AZE"), country("GEO"));
        let at = |w: &str, from: usize| text[from..].find(w).unwrap() + from;
        let plain: Vec<(Range<usize>, &Entity)> =
            vec![(at("Armenia", 0)..at("Armenia", 0) + 7, &arm), (at("Azerbaijan", 0)..at("Azerbaijan", 0) + 10, &aze)];
        let n = Neighbours { plain: &plain, named_plainly: false };
        for start in 0..text.len() {
            for reach in [0, 3, 10, 250, 400] {
                let span = start..start;
                let lo = text[..start].rfind('\n').map_or(0, |i| i + 1).max(start.saturating_sub(reach));
                let hi = text[start..].find('\n').map_or(text.len(), |i| start + i).min(start + reach);
                assert_eq!(paragraph(text, &span, reach), lo..hi, "{start} {reach}");
                let want: Vec<_> = plain.iter().filter(|(r, _)| r.start >= lo && r.end <= hi).collect();
                assert_eq!(plain_within(&n, &(lo..hi)).collect::<Vec<_>>(), want);
            }
        }
        let second = at("Georgia", 1);
        assert!(supported(text, second..second + 7, &geo, &n), "a state in its paragraph");
        let last = at("Georgia", second + 1);
        assert!(!supported(text, last..last + 7, &geo, &n), "none in its paragraph");
        assert!(supported(text, last..last + 7, &geo, &Neighbours { plain: &plain, named_plainly: true }));
    }
}
