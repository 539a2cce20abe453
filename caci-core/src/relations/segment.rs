//! Sentences and clauses, as byte ranges.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed
//! by white space and a character that is not a lower-case letter, unless the word before
//! the `.` is an abbreviation (`Gen.`, `Mr.`, `Jan.`) or a dotted one or an initial
//! (`U.S.`, `J. Smith`); and at a line break. A `.` inside a number (`8.8`) is not
//! followed by white space, so it never ends one.
//!
//! A clause ends at `;`, at `:` before a space, and before `, which`, `, who`, `, while`, `, whereas`, `, but`,
//! `, although`: the roles of a transfer are read within one clause. A clause that opens
//! with `which` or `who` keeps the mention it refers to (`Uzbekistan, which ...`).

use crate::boundary::{word_at, word_before};
use crate::mention::Mention;
use std::ops::Range;

/// In alphabetical order (looked up by binary search).
const ABBREVIATIONS: &[&str] = &[
    "adm", "approx", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "est", "etc", "feb",
    "fig", "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms", "mt", "no",
    "nov", "oct", "pres", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vol", "vs",
];

/// The sentences of `text` as byte ranges, in order, without the white space around them:
/// the sentences the relations are read from, and what `caci.tag(..., sentence=True)`
/// numbers in Python, so that "in the same sentence" means one thing everywhere.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed
/// by white space and a character that is not a lower-case letter, unless the word before
/// the `.` is an abbreviation (`Gen.`, `Mr.`, `Jan.`), a dotted one or an initial (`U.S.`,
/// `J. Smith`); and at a line break (a scraped page's headings and captions have no stop).
///
/// ```
/// let text = "Gen. Aliyev met U.S. officials in Baku. Then Tokayev spoke.\nNew paragraph";
/// let found: Vec<&str> = caci_core::relations::sentences(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(found, ["Gen. Aliyev met U.S. officials in Baku.", "Then Tokayev spoke.", "New paragraph"]);
/// ```
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // Room for sentences of 64 bytes on average: most documents need no reallocation.
    let mut out = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut start = skip_space(bytes, 0);
    let mut i = start;
    // The first line break at or after `i` (or the end; `i` only grows): looked up again
    // only once `i` has passed it, not before each terminator (most sentences hold none).
    let first_line_break = |from: usize| memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |n| from + n);
    let mut nl = first_line_break(i);
    // One searcher for the whole text; a terminator before `i` (a closing one consumed with
    // the end before it) is passed over.
    for k in memchr::memchr3_iter(b'.', b'?', b'!', bytes) {
        if k < i {
            continue;
        }
        if nl < i {
            nl = first_line_break(i);
        }
        // A line break before this terminator ends the sentence there (and the next ones:
        // the terminator is then read again from the sentence after the line breaks).
        while nl < k {
            push(&mut out, text, start, nl);
            start = skip_space(bytes, nl + 1);
            i = start;
            nl = first_line_break(i);
        }
        // Most terminators that end nothing (`8.8`, the inner dots of `U.S.`) are followed
        // by a byte that can neither close a sentence nor space it from the next one.
        if bytes.get(k + 1).is_some_and(|&b| !may_follow_end(b)) {
            i = k + 1;
            continue;
        }
        match sentence_end_after(text, k, k + 1) {
            Some((end, next)) => {
                push(&mut out, text, start, end);
                start = next;
                i = next;
            }
            None => i = k + 1,
        }
    }
    // The rest, cut at line breaks and ellipses.
    let mut rest = start;
    while rest < bytes.len() {
        match memchr::memchr(b'\n', &bytes[rest..]) {
            Some(nl) => {
                push(&mut out, text, rest, rest + nl);
                rest = skip_space(bytes, rest + nl + 1);
            }
            None => {
                push(&mut out, text, rest, bytes.len());
                break;
            }
        }
    }
    split_ellipses(text, out)
}

/// Whether byte `b`, just after a terminator, lets [`sentence_end_after`] end a sentence
/// there: a closing quote, bracket or terminator (`\u{201D}` and `\u{2019}` open with
/// 0xE2), or white space.
fn may_follow_end(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | 0xE2 | b' ' | b'\t' | b'\r' | b'\n')
}

fn push(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let end = start + text[start..end].trim_end().len();
    if end > start {
        out.push(start..end);
    }
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Sentences that hold `…` followed by a space and a capital are cut there too.
fn split_ellipses(text: &str, sentences: Vec<Range<usize>>) -> Vec<Range<usize>> {
    if !text.contains('\u{2026}') {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut start = s.start;
        for (k, _) in text[s.clone()].match_indices('\u{2026}') {
            let at = s.start + k;
            if let Some((end, next)) = sentence_end_after(text, at, at + 3) {
                if next < s.end {
                    push(&mut out, text, start, end);
                    start = next;
                }
            }
        }
        push(&mut out, text, start, s.end);
    }
    out
}

/// If the terminator at `at` (ending before `after`) ends a sentence: where the sentence
/// ends (after its closing quotes) and where the next one starts.
fn sentence_end_after(text: &str, at: usize, after: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut j = after;
    while j < bytes.len() {
        match bytes[j] {
            b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' => j += 1,
            // `\u{201D}` and `\u{2019}` open with 0xE2 (tested first: most bytes are not).
            0xE2 if text[j..].starts_with('\u{201D}') || text[j..].starts_with('\u{2019}') => j += 3,
            _ => break,
        }
    }
    let end = j;
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    if j == end && j < bytes.len() && bytes[j] != b'\n' {
        return None;
    }
    if j >= bytes.len() || bytes[j] == b'\n' {
        return Some((end, skip_space(bytes, j)));
    }
    // An ASCII byte is the character (most are): no decoding.
    let lower =
        if bytes[j].is_ascii() { bytes[j].is_ascii_lowercase() } else { text[j..].chars().next()?.is_lowercase() };
    if lower {
        return None;
    }
    if bytes[at] == b'.' && abbreviation_before(text, at) {
        return None;
    }
    Some((end, j))
}

/// Whether the word that ends at the `.` at `dot` is an abbreviation or an initial.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    // Seven lower-case letters before the dot: an ordinary word (the listed abbreviations
    // are shorter).
    if dot >= 7 && text.as_bytes()[dot - 7..dot].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    // The word is short or has dots: look at 16 bytes at most (on a char boundary).
    if let Some(abbreviation) = ascii_abbreviation_before(text.as_bytes(), dot) {
        return abbreviation;
    }
    let mut from = dot.saturating_sub(16);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..dot];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.contains('.') {
        return true; // `U.S`, `e.g`: a dotted abbreviation
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    if let (Some(c), None) = (letters.next(), letters.next()) {
        return c.is_uppercase(); // an initial, or the last letter of `U.S`
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// [`abbreviation_before`] for a word in ASCII (most are): the same answer without
/// decoding characters; `None` when a byte of the 16 before the dot is not ASCII.
fn ascii_abbreviation_before(bytes: &[u8], dot: usize) -> Option<bool> {
    let from = dot.saturating_sub(16);
    // One pass back over the word: its dots, its letters and the last letter read (the
    // first of the word).
    let (mut start, mut dotted, mut letters, mut first) = (dot, false, 0, 0u8);
    while start > from {
        let b = bytes[start - 1];
        if b == b'.' {
            dotted = true;
        } else if b.is_ascii_alphabetic() {
            letters += 1;
            first = b;
        } else if !b.is_ascii_digit() {
            break;
        }
        start -= 1;
    }
    if start > from && !bytes[start - 1].is_ascii() {
        return None;
    }
    let word = &bytes[start..dot];
    if dotted {
        return Some(true);
    }
    if letters == 1 {
        return Some(first.is_ascii_uppercase());
    }
    // The listed abbreviations are letters only (not `2024`, `F-16`), six at most.
    if word.len() > 6 || letters != word.len() {
        return Some(false);
    }
    // Most words of the right length start with a letter no listed one of that length does.
    if word.first().is_none_or(|&b| ABBREVIATION_FIRSTS[word.len()] & letter_bit(b) == 0) {
        return Some(false);
    }
    Some(ABBREVIATION_KEYS.binary_search(&abbreviation_key(word)).is_ok())
}

/// A word of six letters at most, lower-cased, as one number: the bytes in order from the
/// high end, so that the numbers sort as the words do (`co` before `col`).
const fn abbreviation_key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < 6 {
        let b = if i < word.len() { word[i].to_ascii_lowercase() } else { 0 };
        key = key << 8 | b as u64;
        i += 1;
    }
    key
}

/// The bit of an ASCII letter (either case) in a set of letters held as one `u32`.
const fn letter_bit(b: u8) -> u32 {
    1 << ((b | 0x20).wrapping_sub(b'a') & 31)
}

/// Per length (up to six): the first letters of the [`ABBREVIATIONS`] of that length, as
/// [`letter_bit`]s.
static ABBREVIATION_FIRSTS: [u32; 7] = {
    let mut firsts = [0u32; 7];
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        let a = ABBREVIATIONS[i].as_bytes();
        firsts[a.len()] |= letter_bit(a[0]);
        i += 1;
    }
    firsts
};

/// [`ABBREVIATIONS`] as [`abbreviation_key`]s, in the same (sorted) order: looked up by a
/// binary search over numbers, without a comparison of strings per step.
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = abbreviation_key(ABBREVIATIONS[i].as_bytes());
        i += 1;
    }
    keys
};

/// A clause: a byte range of a sentence, and the mention a relative clause refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// For a clause that opens with `which`/`who`: the index (into the mentions) of the
    /// mention just before it, which the clause is about.
    pub antecedent: Option<usize>,
}

/// Words that open a new clause after a comma.
const CLAUSE_OPENERS: &[&str] = &["which", "who", "while", "whilst", "whereas", "but", "although", "though", "yet"];

/// The clauses of `sentence`, written to `out` (cleared first: one buffer serves every
/// sentence of a document); `mentions` are the document's (for antecedents).
pub fn clauses(text: &str, sentence: Range<usize>, mentions: &[Mention<'_>], out: &mut Vec<Clause>) {
    let bytes = text.as_bytes();
    out.clear();
    let mut start = sentence.start;
    let mut antecedent = None;
    let mut i = sentence.start;
    // Only `;`, `:`, `,` and `w` can cut a clause: visited in order.
    let hay = &bytes[sentence.clone()];
    let mut puncts = memchr::memchr3_iter(b';', b':', b',', hay).map(|k| sentence.start + k).peekable();
    let mut ws = memchr::memchr2_iter(b'w', b'W', hay).map(|k| sentence.start + k).peekable();
    loop {
        // The next candidate at or after `i`.
        while puncts.next_if(|&p| p < i).is_some() {}
        while ws.next_if(|&q| q < i).is_some() {}
        i = match (puncts.peek(), ws.peek()) {
            (Some(&p), Some(&q)) => p.min(q),
            (Some(&p), None) => p,
            (None, Some(&q)) => q,
            (None, None) => break,
        };
        let b = bytes[i];
        let cut = match b {
            b';' => Some((i, skip_space(bytes, i + 1).min(sentence.end))),
            // `BACKGROUND: On May 7, ...`, `officials said: ...`; not `10:30`.
            b':' if bytes.get(i + 1).is_some_and(|b| b.is_ascii_whitespace()) => {
                Some((i, skip_space(bytes, i + 1).min(sentence.end)))
            }
            b',' => {
                let w = skip_space(bytes, i + 1).min(sentence.end);
                // The letters after the comma: ASCII ones stepped over as bytes (most are), the
                // rest from the first other byte decoded.
                let mut word_end = w;
                while word_end < sentence.end && bytes[word_end].is_ascii_alphabetic() {
                    word_end += 1;
                }
                if word_end < sentence.end && !bytes[word_end].is_ascii() {
                    word_end += text[word_end..sentence.end]
                        .find(|c: char| !c.is_alphabetic())
                        .unwrap_or(sentence.end - word_end);
                }
                let word = &text[w..word_end];
                let opener = CLAUSE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(word)) || of_which(&text[word_end..]);
                (word_end > w && opener).then_some((i, w))
            }
            // ` whereas ` without a comma.
            // (The word first: most `w`s open another.)
            b'w' | b'W'
                if text[i..sentence.end].get(..7).is_some_and(|s| s.eq_ignore_ascii_case("whereas"))
                    && !word_before(text, i)
                    && !word_at(text, i + 7) =>
            {
                Some((i, i))
            }
            _ => None,
        };
        match cut {
            Some((end, next)) if end > start => {
                out.push(Clause { start, end, antecedent });
                let opener = &text[next..sentence.end];
                let partitive = opener.find(' ').is_some_and(|k| of_which(&opener[k..]));
                antecedent = if starts_with_word(opener, "which") || starts_with_word(opener, "who") || partitive {
                    let k = mentions.partition_point(|m| m.end <= end);
                    k.checked_sub(1).filter(|&k| text[mentions[k].end..end].trim_matches([' ', '\'']).is_empty())
                } else {
                    None
                };
                start = next;
                i = next.max(i + 1);
            }
            _ => i += 1,
        }
    }
    if start < sentence.end {
        out.push(Clause { start, end: sentence.end, antecedent });
    }
}

/// Whether `rest` (what follows a word) opens with ` of which`: `, two of which were
/// delivered` is a relative clause, as `, which` is.
fn of_which(rest: &str) -> bool {
    rest.strip_prefix(" of ").is_some_and(|r| starts_with_word(r, "which"))
}

fn starts_with_word(s: &str, w: &str) -> bool {
    s.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)) && !word_at(s, w.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_partitive_relative_opens_a_clause_about_the_mention_before() {
        let t = "The air force flies the Su-30SM, twelve of which it ordered in 2022, and the MiG-29, of which none remain.";
        let g = crate::Gazetteer::default();
        let ms = g.find(t);
        let mut cs = Vec::new();
        clauses(t, 0..t.len(), &ms, &mut cs);
        let parts: Vec<&str> = cs.iter().map(|c| t[c.start..c.end].trim_end_matches([',', '.', ' '])).collect();
        assert_eq!(
            parts,
            [
                "The air force flies the Su-30SM",
                "twelve of which it ordered in 2022, and the MiG-29, of which none remain"
            ]
        );
        assert_eq!(cs[1].antecedent.map(|k| ms[k].surface), Some("Su-30SM"));
    }

    #[test]
    fn abbreviations_decimals_and_quotes_do_not_end_a_sentence() {
        let t = "Gen. Ivanov met U.S. officials in Baku. The deal was worth $1.5 billion, officials said. \
                 \u{201C}We bought the S-400.\u{201D} Then Ankara paid. Was it Putin? Yes\u{2026} Erdogan spoke.\nA new line";
        assert_eq!(
            texts(t),
            [
                "Gen. Ivanov met U.S. officials in Baku.",
                "The deal was worth $1.5 billion, officials said.",
                "\u{201C}We bought the S-400.\u{201D}",
                "Then Ankara paid.",
                "Was it Putin?",
                "Yes\u{2026}",
                "Erdogan spoke.",
                "A new line",
            ]
        );
    }

    #[test]
    fn a_sentence_may_end_without_a_terminator_or_with_one_at_the_very_end() {
        assert_eq!(texts("  One. Two"), ["One.", "Two"]);
        assert_eq!(texts("One.\n\nTwo."), ["One.", "Two."]);
        // Several line breaks before one terminator: each ends a sentence.
        assert_eq!(texts("Title\nBy A\n\nBaku. Next.\nEnd"), ["Title", "By A", "Baku.", "Next.", "End"]);
        assert_eq!(texts(""), Vec::<&str>::new());
        assert_eq!(texts("It fell 2.5 percent in 2024. Next"), ["It fell 2.5 percent in 2024.", "Next"]);
    }

    #[test]
    fn abbreviations_are_short_and_the_ascii_path_agrees_with_the_general_one() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 6), "ascii_abbreviation_before relies on it");
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]), "sorted for the binary search");
        for t in ["Gen.", "U.S.", "the Gen.", "J.", "approx.", "year.", "2024.", "Uzbekistan.", "e.g.", "No.", "x Jr."]
        {
            let dot = t.len() - 1;
            let general = {
                let word = &t[t[..dot].rfind(' ').map_or(0, |p| p + 1)..dot];
                word.contains('.')
                    || (word.chars().filter(|c| c.is_alphabetic()).count() == 1
                        && word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
                    || (word.chars().filter(|c| c.is_alphabetic()).count() != 1
                        && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)))
            };
            assert_eq!(ascii_abbreviation_before(t.as_bytes(), dot), Some(general), "{t}");
        }
        // Every listed abbreviation passes the quick test of its first letter and length.
        for a in ABBREVIATIONS {
            for t in [format!("the {a}."), format!("the {}{}.", a[..1].to_uppercase(), &a[1..])] {
                assert_eq!(ascii_abbreviation_before(t.as_bytes(), t.len() - 1), Some(true), "{t}");
            }
        }
        assert_eq!(ascii_abbreviation_before(b"the Genx.", 8), Some(false));
        // A non-ASCII letter in the word: decoded by the general path.
        assert_eq!(ascii_abbreviation_before("Étienne.".as_bytes(), "Étienne.".len() - 1), None);
    }

    #[test]
    fn clauses_cut_at_which_while_and_semicolons_and_keep_the_antecedent() {
        let g = crate::Gazetteer::default();
        let t = "Uzbekistan, which wants jets, talks to China; Russia sells tanks, while Turkey sells drones.";
        let ms = g.find(t);
        let mut cs = Vec::new();
        clauses(t, 0..t.len(), &ms, &mut cs);
        let parts: Vec<&str> = cs.iter().map(|c| &t[c.start..c.end]).collect();
        assert_eq!(
            parts,
            ["Uzbekistan", "which wants jets, talks to China", "Russia sells tanks", "while Turkey sells drones."]
        );
        assert_eq!(cs[1].antecedent.map(|i| ms[i].id()), Some("UZB"));
        assert_eq!(cs[3].antecedent, None);
        // The word after a comma runs on over letters that are not ASCII: `whiché` opens nothing.
        let t = "Baku, whiché jets, buté tanks, but Ankara, été.";
        clauses(t, 0..t.len(), &g.find(t), &mut cs);
        assert_eq!(
            cs.iter().map(|c| &t[c.start..c.end]).collect::<Vec<_>>(),
            ["Baku, whiché jets, buté tanks", "but Ankara, été."]
        );
    }
}
