//! Titles before a leader's name: `President Tokayev`, `former Prime Minister May`,
//! `Russian Foreign Minister Sergey Lavrov`.
//!
//! The title is never part of the span, but it helps: it picks among namesakes (a
//! `President X` is the one of them who was president), it lets a surname that is also a
//! common word count (`Prime Minister May`), and `former` sets a flag on the mention.

use crate::entity::{Entity, Office};

/// A title read before a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Title {
    /// The title as a lower-case phrase from [`TITLES`].
    pub phrase: &'static str,
    /// `former`, `ex-` or `late` came before it.
    pub former: bool,
}

/// Title phrases, longest first so that `prime minister` wins over `minister`.
const TITLES: &[&str] = &[
    "deputy prime minister",
    "special representative",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "supreme leader",
    "vice president",
    "special envoy",
    "prime minister",
    "energy minister",
    "president-elect",
    "ambassador",
    "chancellor",
    "chairwoman",
    "commander",
    "president",
    "secretary",
    "chairman",
    "minister",
    "premier",
    "speaker",
    "general",
    "marshal",
    "admiral",
    "senator",
    "envoy",
    "mullah",
    "sheikh",
    "leader",
    "king",
    "emir",
    "gen.",
];

/// Words before a title that mark it as no longer held (`former President`, `ex-Premier`,
/// `the late King`, `then-Minister`).
const FORMER: &[&str] = &["former", "ex-", "late", "then-"];

/// The title that ends right before byte `start` of `text`, if any: the title phrase
/// must be followed only by spaces before the name, on the same line.
pub(crate) fn before(text: &str, start: usize) -> Option<Title> {
    if !may_follow_a_title(text.as_bytes(), start) {
        return None;
    }
    let lo = start.saturating_sub(60);
    let lo = (lo..start).find(|&i| text.is_char_boundary(i)).unwrap_or(start);
    let window = &text[lo..start];
    let window = window.rsplit('\n').next().unwrap_or(window);
    let trimmed = window.trim_end_matches([' ', '\u{00A0}']);
    if trimmed.len() == window.len() {
        return None; // no space between the title and the name
    }
    // Compared without lower-casing a copy: most names have no title before them, and this
    // runs for every leader find.
    let tail = |t: &str| -> Option<usize> {
        let at = trimmed.len().checked_sub(t.len())?;
        (trimmed.is_char_boundary(at) && trimmed[at..].eq_ignore_ascii_case(t)).then_some(at)
    };
    let (phrase, at) = TITLES.iter().find_map(|t| {
        let at = tail(t)?;
        let before = &trimmed[..at];
        (before.is_empty() || before.ends_with([' ', '-', '(', '"', '\u{201C}', '\u{00A0}'])).then_some((*t, at))
    })?;
    let lower = trimmed[..at].to_lowercase();
    let rest = lower.as_str();
    // `former` within the three words before the title (`former Kazakh President`).
    let former = rest
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| FORMER.iter().any(|f| w == f.trim_end_matches('-') || w.starts_with(f) && f.ends_with('-')));
    Some(Title { phrase, former })
}

/// The cheap test that runs first, for every leader find: spaces before the name, and
/// before them a word that ends some title (the last word of one of the [`TITLES`]). Most names follow `said`, `and`, `of` or a
/// full stop, and are turned away here without a window, a search for the line's start
/// or a comparison with each title.
fn may_follow_a_title(bytes: &[u8], start: usize) -> bool {
    let mut i = start;
    loop {
        if i >= 1 && bytes[i - 1] == b' ' {
            i -= 1;
        } else if i >= 2 && bytes[i - 2..i] == [0xC2, 0xA0] {
            i -= 2;
        } else {
            break;
        }
    }
    let end = i;
    if end == start {
        return false;
    }
    while i > 0 && end - i < 16 && (bytes[i - 1].is_ascii_alphabetic() || bytes[i - 1] == b'.') {
        i -= 1;
    }
    let word = &bytes[i..end];
    // The last words of the titles, worked out once: this runs for every leader find.
    static LAST_WORDS: std::sync::LazyLock<Vec<&'static [u8]>> = std::sync::LazyLock::new(|| {
        let mut words: Vec<&[u8]> = TITLES.iter().map(|t| last_word(t)).collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    LAST_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The last word of a title phrase, as [`may_follow_a_title`] reads words (letters and
/// `.`): `minister` of `prime minister`, `elect` of `president-elect`.
fn last_word(title: &str) -> &[u8] {
    let b = title.as_bytes();
    let from = b.iter().rposition(|c| !(c.is_ascii_alphabetic() || *c == b'.')).map_or(0, |i| i + 1);
    &b[from..]
}

/// Whether `entity` held an office that the title names.
pub(crate) fn fits(title: &Title, entity: &Entity) -> bool {
    entity.offices.iter().any(|o| office_fits(title.phrase, &o.title))
}

/// Whether the title names this office (`President` names `President@chechnya`).
pub(crate) fn names(title: &Title, office: &Office) -> bool {
    office_fits(title.phrase, &office.title)
}

fn office_fits(phrase: &str, office: &str) -> bool {
    let office = office.to_lowercase();
    let generic = matches!(phrase, "leader" | "commander" | "general" | "gen." | "marshal" | "admiral");
    if generic {
        return true;
    }
    let base = phrase.trim_end_matches("-elect");
    let junior = |s: &str| s.contains("vice") || s.contains("deputy");
    office.contains(base) && (junior(base) || !junior(&office))
        || (base == "minister" && office.contains("minister"))
        || (base == "secretary" && office.contains("secretary"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    fn at(text: &str, name: &str) -> Option<Title> {
        before(text, text.find(name).unwrap())
    }

    #[test]
    fn reads_titles_and_former() {
        let t = at("talks with President Tokayev", "Tokayev").unwrap();
        assert_eq!((t.phrase, t.former), ("president", false));
        let t = at("as former Kazakh President Nazarbayev said", "Nazarbayev").unwrap();
        assert_eq!((t.phrase, t.former), ("president", true));
        assert_eq!(at("Prime Minister May", "May").unwrap().phrase, "prime minister");
        assert_eq!(at("the Vice President Vance", "Vance").unwrap().phrase, "vice president");
        assert!(at("in May", "May").is_none());
        assert!(at("the presidential Tokayev", "Tokayev").is_none());
        assert!(at("President\nTokayev", "Tokayev").is_none(), "not across lines");
    }

    #[test]
    fn the_quick_test_knows_every_title() {
        for t in TITLES {
            let upper = t.to_uppercase();
            for text in [format!("the {t} Tokayev"), format!("({upper}\u{00A0}Tokayev"), format!("ex-{t}  Tokayev")] {
                assert_eq!(at(&text, "Tokayev").map(|t| t.phrase), Some(*t), "{text}");
            }
        }
        assert!(at("said Tokayev", "Tokayev").is_none());
        assert!(at("vice-president. Tokayev", "Tokayev").is_none());
    }

    #[test]
    fn a_title_fits_the_offices_it_names() {
        let e =
            Entity::new("x", Kind::Leader, "X").with_office("Prime Minister@GBR 2016..2019".parse::<Office>().unwrap());
        let t = |phrase| Title { phrase, former: false };
        assert!(fits(&t("prime minister"), &e));
        assert!(fits(&t("minister"), &e));
        assert!(!fits(&t("president"), &e));
        let vp =
            Entity::new("y", Kind::Leader, "Y").with_office("Vice President@USA 2025..".parse::<Office>().unwrap());
        assert!(!fits(&t("president"), &vp) && fits(&t("vice president"), &vp));
    }
}
