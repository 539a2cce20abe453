//! The word before a surname: the person's first name in another spelling, or the first
//! name of someone else.
//!
//! The gazetteer finds a surname alone (`Berdymukhamedov`) when the first name before it
//! is written in a spelling it does not list: `Kurbanguli Berdymukhamedov` (Russian `К`
//! for Turkmen `G`), `Shavgat Mirziyayev`, `Nigmatullah Yuldashev`, `Almaz Atambayev` (for
//! Almazbek), `Chyngyz Aidarbekov`. When the word before is a near spelling of one of the
//! person's names (any word of a full name but the surname), the mention is the name as
//! written, both words.
//!
//! When the word before looks like a first name and is far from all of the person's
//! (`the historian Skhokhrat Kadyrov`, `First Deputy Foreign Minister Vepa Hajiyev`), the
//! surname belongs to someone else, whom the gazetteer does not know: the find is
//! dropped, and so are the same surname's later finds, unless the document names the
//! known person in full (see [`super::resolve`]).

use crate::entity::Entity;
use crate::gazetteer::Gazetteer;
use std::ops::Range;

/// What the word before a surname find says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Given {
    /// No first name before it (a title, a verb, punctuation, a function word).
    None,
    /// One of the person's names, in a spelling the gazetteer may not list: it starts here.
    Same(usize),
    /// Another first name: the surname is someone else's.
    Other,
}

/// Capitalized words that stand before names and are no first names: function words and
/// adverbs that start a sentence or a clause (`Later Aliyev met Putin`), honorifics, and
/// the ranks and roles that [`super::titles`]
/// does not read as titles. Lower case, sorted (binary search).
const NOT_FIRST_NAMES: &[&str] = &[
    "about",
    "according",
    "acting",
    "adm",
    "after",
    "afterwards",
    "again",
    "against",
    "also",
    "although",
    "amid",
    "among",
    "and",
    "apparently",
    "april",
    "as",
    "at",
    "ataman",
    "august",
    "ayatollah",
    "because",
    "before",
    "besides",
    "between",
    "bishop",
    "both",
    "brig",
    "brigadier",
    "but",
    "by",
    "capt",
    "captain",
    "certainly",
    "chief",
    "citizen",
    "clearly",
    "col",
    "colonel",
    "comrade",
    "congressman",
    "consul",
    "councillor",
    "cpt",
    "crown",
    "currently",
    "december",
    "deputy",
    "director",
    "doctor",
    "dr",
    "during",
    "earlier",
    "either",
    "emperor",
    "even",
    "ex",
    "excellency",
    "father",
    "february",
    "field",
    "finally",
    "for",
    "former",
    "friday",
    "from",
    "furthermore",
    "gov",
    "governor",
    "hakim",
    "head",
    "hence",
    "her",
    "here",
    "his",
    "hokim",
    "honorable",
    "how",
    "however",
    "if",
    "imam",
    "in",
    "indeed",
    "instead",
    "interim",
    "january",
    "judge",
    "july",
    "june",
    "justice",
    "khan",
    "lady",
    "last",
    "late",
    "later",
    "lieutenant",
    "like",
    "lord",
    "lt",
    "madam",
    "madame",
    "maj",
    "major",
    "march",
    "mawlawi",
    "may",
    "maybe",
    "mayor",
    "meanwhile",
    "messrs",
    "metropolitan",
    "miss",
    "mister",
    "monday",
    "moreover",
    "mr",
    "mrs",
    "ms",
    "mufti",
    "neither",
    "nevertheless",
    "next",
    "nonetheless",
    "nor",
    "november",
    "now",
    "october",
    "of",
    "officially",
    "on",
    "once",
    "only",
    "or",
    "otherwise",
    "patriarch",
    "perhaps",
    "pope",
    "premier",
    "presidents",
    "previously",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "queen",
    "recently",
    "rep",
    "reportedly",
    "representative",
    "saturday",
    "sen",
    "september",
    "sergeant",
    "sgt",
    "shah",
    "since",
    "sir",
    "so",
    "soon",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "still",
    "sultan",
    "sunday",
    "that",
    "the",
    "then",
    "there",
    "therefore",
    "these",
    "this",
    "those",
    "though",
    "thursday",
    "thus",
    "to",
    "today",
    "together",
    "tomorrow",
    "tonight",
    "tsar",
    "tuesday",
    "under",
    "unlike",
    "until",
    "vice",
    "wednesday",
    "what",
    "when",
    "where",
    "whether",
    "while",
    "who",
    "with",
    "yesterday",
    "yet",
];

/// What the word right before the surname find at `span` says about `entity`; `floor`
/// is where the previous find ends (the word must come after it).
pub(crate) fn before(g: &Gazetteer, text: &str, span: &Range<usize>, entity: &Entity, floor: usize) -> Given {
    let b = text.as_bytes();
    // Most surnames follow a lower-case word, punctuation or a line start: one byte test.
    if span.start < 3 || b[span.start - 1] != b' ' {
        return Given::None;
    }
    let Some(word) = word_before(text, span.start - 1) else { return Given::None };
    // A patronymic (`Andrei Removich Belousov`) is the person's own: `patronymic` widens.
    if word.start < floor || !name_shaped(&text[word.clone()]) || super::patronymic::is_patronymic(&text[word.clone()])
    {
        return Given::None;
    }
    let w = text[word.clone()].to_lowercase();
    if NOT_FIRST_NAMES.binary_search(&w.as_str()).is_ok() || after_an_article(text, word.start) {
        return Given::None;
    }
    if names_of(g, entity).any(|n| near(&w, &n.to_lowercase())) {
        Given::Same(word.start)
    } else if starts_a_sentence(text, word.start) {
        // A capital there says nothing (`Later Aliyev met Putin`).
        Given::None
    } else {
        Given::Other
    }
}

/// Whether byte `at` starts a sentence or a line (after `.`, `!`, `?`, `:`, `;`, a line
/// break or an opening quote or bracket, or at the start of the text).
fn starts_a_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '\u{201C}', '(', '\u{00A0}', '\t']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n', '\r'])
}

/// Whether an article stands right before byte `at` (`the Greenwich Lavrov`, `a Rumsfeld
/// Fellow`): the capitalized word is then a modifier, not a first name.
fn after_an_article(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let last = before.rsplit([' ', '\n']).next().unwrap_or(before);
    before.len() < at && ["the", "a", "an"].iter().any(|a| last.eq_ignore_ascii_case(a))
}

/// The words of the person's full names that are not the surname (the last word):
/// first names, second names (`Tayyip` of `Recep Tayyip Erdogan`).
fn names_of<'g>(g: &'g Gazetteer, entity: &'g Entity) -> impl Iterator<Item = &'g str> + 'g {
    super::full_names(g, entity).flat_map(|s| {
        let words: Vec<&str> = s.split([' ', '-']).collect();
        let n = words.len().saturating_sub(1);
        words.into_iter().take(n)
    })
}

/// A capitalized word of letters, the rest lower case, three letters at least: the shape
/// of a first name (`Vepa`, `Kurbanguli`), not of an acronym or a number.
fn name_shaped(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else { return false };
    first.is_uppercase() && w.chars().count() >= 3 && chars.all(char::is_lowercase)
}

/// Whether two lower-case names are spellings of one: equal, one letter apart from four
/// letters, two from six, or one the start of the other from four letters
/// (`almaz` / `almazbek`).
fn near(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let short = la.min(lb);
    if short < 3 {
        return false;
    }
    if a == b {
        return true;
    }
    if short >= 4 && (a.starts_with(b) || b.starts_with(a)) {
        return true;
    }
    let allowed = match short {
        0..=3 => 0,
        4 | 5 => 1,
        _ => 2,
    };
    allowed > 0 && la.abs_diff(lb) <= allowed && levenshtein(a, b) <= allowed
}

/// The edit distance between two short words (letters inserted, deleted or changed).
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == cb { prev } else { 1 + prev.min(row[j]).min(cur) };
            prev = cur;
        }
    }
    row[b.len()]
}

/// The word of letters that ends at byte `end` (exclusive), if letters end there.
fn word_before(text: &str, end: usize) -> Option<Range<usize>> {
    let start = text[..end].char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map(|(i, _)| i)?;
    // A word inside a hyphenated or dotted compound (`Tashkent-based`) is no first name.
    let ok = text[..start].chars().next_back().is_none_or(|c| c.is_whitespace() || "\"(\u{201C}".contains(c));
    ok.then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_list_is_sorted_for_its_binary_search() {
        assert!(NOT_FIRST_NAMES.windows(2).all(|w| w[0] < w[1]), "sort NOT_FIRST_NAMES");
    }

    #[test]
    fn near_spellings_of_a_first_name() {
        for (a, b) in [
            ("kurbanguli", "gurbanguly"),
            ("shavgat", "shavkat"),
            ("nigmatullah", "nigmatulla"),
            ("almaz", "almazbek"),
            ("chyngyz", "chingiz"),
            ("tegran", "tigran"),
        ] {
            assert!(near(a, b), "{a} / {b}");
        }
        for (a, b) in [("vepa", "hikmet"), ("skhokhrat", "ramzan"), ("ali", "alan"), ("ivan", "igor"), ("al", "ali")] {
            assert!(!near(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn a_capital_at_a_sentence_start_is_no_evidence() {
        let t = "Heydar Aliyev spoke. Later Aliyev met Putin.\nMeanwhile Putin left";
        assert!(starts_a_sentence(t, 0) && starts_a_sentence(t, t.find("Later").unwrap()));
        assert!(starts_a_sentence(t, t.find("Meanwhile").unwrap()));
        assert!(!starts_a_sentence(t, t.find("Putin").unwrap()));
    }

    #[test]
    fn the_shape_of_a_first_name() {
        assert!(name_shaped("Vepa") && name_shaped("Žaparov") && name_shaped("Kurbanguli"));
        assert!(!name_shaped("USA") && !name_shaped("Al") && !name_shaped("said") && !name_shaped("McCain"));
        let t = "by Tashkent-based Mirziyoyev";
        assert_eq!(word_before(t, t.find(" Mirziyoyev").unwrap()), None, "part of a compound");
        let t = "historian Skhokhrat Kadyrov";
        let at = t.find(" Kadyrov").unwrap();
        assert_eq!(word_before(t, at).map(|r| &t[r]), Some("Skhokhrat"));
    }
}
