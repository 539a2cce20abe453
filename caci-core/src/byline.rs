//! The `By …` line of an analyst article: who wrote it, and the date written after them.
//!
//! One rule, used by the resolver (authors are not leaders) and by the Python page
//! reader (a page's `authors` column), so that both agree on who wrote an article.
//!
//! ```
//! use caci_core::Byline;
//!
//! let b = Byline::parse("By Dana Karimova and Omar al-Khan, Jr. (June 5, 2019)").unwrap();
//! assert_eq!(b.authors, ["Dana Karimova", "Omar al-Khan, Jr."]);
//! assert_eq!(b.date, Some("June 5, 2019"));
//! assert!(Byline::parse("By then, the war had ended.").is_none());
//! ```
//!
//! A byline is a line of at most 200 characters (surrounding whitespace aside) that does
//! not end with a comma and reads `By` (any case), a space, then the names:
//! - a trailing `(…)` or `[…]` group, or a trailing run of date words (digits, month and
//!   weekday names, ordinals, `,` `-` `/` `.`) holding at least one digit, is the date
//!   part: it is given back as written, not read (the page reader reads it);
//! - the names are split at `,`, `;`, `&` and the word `and` (or `AND`);
//! - a piece ending in `.` loses it when its last word, dot included, is longer than 3
//!   characters (`Doe.` but not `Jr.` or `J.`); a piece that is a suffix (`Jr`, `Sr`, `PhD`, `MD`,
//!   `II`, `III`, `IV`) joins the name before it: `Omar Khan, Jr.`;
//! - every other piece must look like a name: 1 to 6 words, none with a digit, at least
//!   one capitalised, and each other word a particle (`van`, `de`, `al`, `bin`, …) or a
//!   prefixed name (`al-Khan`, `d'Estaing`, `ibn-Saud`);
//! - 1 to 8 authors.

/// The authors and the date part of a byline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline<'t> {
    /// The authors' names, in order, as written (a suffix joined with `, `).
    pub authors: Vec<String>,
    /// The date part as written (without its brackets), if the line has one.
    pub date: Option<&'t str>,
}

/// Lower-case particles of names written in Latin letters (`Ursula von der Leyen`).
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "ul", "ud", "de", "da", "das", "do", "dos", "du", "di", "del", "della", "der", "den",
    "van", "von", "ter", "la", "le", "y", "e", "zu",
];

/// Prefixes joined to a capitalised name (`al-Khan`, `d'Estaing`).
const PREFIXES: &[&str] = &["al", "el", "ul", "ad", "ud", "as", "ash", "ibn", "bin", "de", "van", "von", "d"];

/// Name suffixes that follow a name after a comma, without their dots and spaces.
const SUFFIXES: &[&str] = &["jr", "sr", "phd", "md", "ii", "iii", "iv"];

/// The longest byline read, in characters (surrounding whitespace aside).
const MAX_CHARS: usize = 200;
/// The most authors a byline may name.
const MAX_AUTHORS: usize = 8;

impl<'t> Byline<'t> {
    /// The byline `line` is, or `None` if it is not a byline.
    pub fn parse(line: &'t str) -> Option<Byline<'t>> {
        let s = line.trim();
        if s.chars().count() > MAX_CHARS || s.ends_with(',') {
            return None;
        }
        let rest = s.get(..2).filter(|by| by.eq_ignore_ascii_case("by")).map(|_| &s[2..])?;
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let mut names = rest.trim_start();
        if names.is_empty() {
            return None;
        }
        let mut date = None;
        if let Some((before, inside)) = trailing_group(names) {
            date = Some(inside);
            names = before;
        }
        if let Some((before, tail)) = trailing_date(names) {
            date = date.or(Some(tail));
            names = before;
        }
        let names = names.trim_matches(|c: char| " \t,;|-\u{2013}\u{2014}:".contains(c));
        if names.is_empty() {
            return None;
        }
        let mut authors: Vec<String> = Vec::new();
        for piece in split_names(names) {
            let mut piece = piece.trim();
            if piece.ends_with('.') && piece.rsplit(char::is_whitespace).next().is_some_and(|w| w.chars().count() > 3) {
                piece = piece[..piece.len() - 1].trim_end(); // "Jane Doe." but not "Jane Doe Jr." or "J."
            }
            if piece.is_empty() {
                continue;
            }
            if let (Some(last), true) = (authors.last_mut(), is_suffix(piece)) {
                last.push_str(", ");
                last.push_str(piece);
                continue;
            }
            if !looks_like_name(piece) {
                return None;
            }
            authors.push(piece.to_string());
        }
        if authors.is_empty() || authors.len() > MAX_AUTHORS {
            return None;
        }
        Some(Byline { authors, date })
    }

    /// The words of the authors' names (`Omar`, `al-Khan`, `Jr.`), commas left out.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.authors
            .iter()
            .flat_map(|a| a.split_whitespace())
            .map(|w| w.trim_end_matches(','))
            .filter(|w| !w.is_empty())
    }
}

/// `names (inside)` or `names [inside]` at the end of the line: `(names, inside)`.
fn trailing_group(s: &str) -> Option<(&str, &str)> {
    let t = s.trim_end();
    let close = t.chars().next_back()?;
    let open = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let inner_end = t.len() - close.len_utf8();
    let open_at = t[..inner_end].rfind(open)?;
    let inside = &t[open_at + 1..inner_end];
    if inside.contains(['(', ')', '[', ']']) {
        return None;
    }
    Some((&t[..open_at], inside))
}

/// A run of date words at the end of `s` holding a digit: `(before, date)`.
fn trailing_date(s: &str) -> Option<(&str, &str)> {
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || ".,;|-\u{2013}\u{2014}".contains(c));
    let mut start = t.len();
    let mut digit = false;
    for (at, word) in words_from_end(t) {
        if !is_date_word(word) {
            break;
        }
        digit |= word.bytes().any(|b| b.is_ascii_digit());
        start = at;
    }
    if !digit || start == t.len() {
        return None;
    }
    // The run starts at a word that has a digit or a month or weekday name: never at a
    // separator left over from the names (`Doe -`).
    let tail = t[start..].trim_start_matches(|c: char| !c.is_alphanumeric());
    Some((&t[..t.len() - tail.len()], tail))
}

/// The whitespace-separated words of `s` from its end, with their byte offsets.
fn words_from_end(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = s.len();
    std::iter::from_fn(move || {
        let body = s[..end].trim_end();
        if body.is_empty() {
            return None;
        }
        let at = body.rfind(char::is_whitespace).map_or(0, |i| i + body[i..].chars().next().map_or(1, char::len_utf8));
        end = at;
        Some((at, &body[at..]))
    })
}

/// A word that may be part of a written date: `5`, `5th,`, `2019-06-05`, `05/06/19`,
/// `June`, `Sept.`, `Monday,`, `-`.
fn is_date_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| ",.;|-/\u{2013}\u{2014}".contains(c));
    if w.is_empty() {
        return true; // a separator on its own
    }
    if w.bytes().all(|b| b.is_ascii_digit() || b == b'-' || b == b'/' || b == b'.') {
        return true;
    }
    let lower = w.to_ascii_lowercase();
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return matches!(&lower[digits.len()..], "st" | "nd" | "rd" | "th");
    }
    lower.len() >= 3 && lower.bytes().all(|b| b.is_ascii_alphabetic()) && is_calendar_name(&lower)
}

/// A month or weekday name, whole or cut short (`sept`, `tues`, `thurs`, `june`).
fn is_calendar_name(lower: &str) -> bool {
    const FULL: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    FULL.iter().any(|f| f.starts_with(lower))
}

/// The pieces of a list of names: split at `,` `;` `&` and the word `and` or `AND`.
fn split_names(names: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in names.split([',', ';', '&']) {
        let mut rest = part;
        while let Some(i) = find_and(rest) {
            out.push(&rest[..i]);
            rest = &rest[i + 3..];
        }
        out.push(rest);
    }
    out
}

/// The byte offset of the word `and` (or `AND`) standing alone in `s`: whitespace or
/// the ends of `s` around it.
fn find_and(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(2)).find(|&i| {
        let word = &b[i..i + 3];
        (word == b"and" || word == b"AND")
            && (i == 0 || b[i - 1].is_ascii_whitespace())
            && b.get(i + 3).is_none_or(|c| c.is_ascii_whitespace())
    })
}

fn is_suffix(piece: &str) -> bool {
    let plain: String = piece.chars().filter(|c| !matches!(c, '.' | ' ')).collect::<String>().to_ascii_lowercase();
    SUFFIXES.contains(&plain.as_str())
}

fn looks_like_name(piece: &str) -> bool {
    let tokens: Vec<&str> = piece.split_whitespace().collect();
    if !(1..=6).contains(&tokens.len()) {
        return false;
    }
    let mut capitalised = 0;
    for token in tokens {
        if token.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        let Some(first) = token.chars().find(|c| c.is_alphabetic()) else { return false };
        if first.is_uppercase() {
            capitalised += 1;
            continue;
        }
        let bare = token.trim_matches(|c| ".'\u{2019}-".contains(c)).to_lowercase();
        if !PARTICLES.contains(&bare.as_str()) && !is_prefixed_name(token) {
            return false;
        }
    }
    capitalised > 0
}

/// `al-Khan`, `alKhan`, `d'Estaing`, `ibn-Saud`: a lower-case prefix, an optional `-`
/// and apostrophe, then a capital.
fn is_prefixed_name(token: &str) -> bool {
    PREFIXES.iter().any(|p| {
        let Some(rest) = token.strip_prefix(p) else { return false };
        let rest = if *p == "d" {
            match rest.strip_prefix(['\'', '\u{2019}']) {
                Some(r) => r,
                None => return false,
            }
        } else {
            rest
        };
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        let rest = rest.strip_prefix(['\'', '\u{2019}']).unwrap_or(rest);
        rest.chars().next().is_some_and(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authors(line: &str) -> Option<Vec<String>> {
        Byline::parse(line).map(|b| b.authors)
    }

    #[test]
    fn names_particles_suffixes_and_dates() {
        assert_eq!(authors("By Jane Doe").unwrap(), ["Jane Doe"]);
        assert_eq!(authors("BY JANE DOE AND OMAR KHAN").unwrap(), ["JANE DOE", "OMAR KHAN"]);
        assert_eq!(authors("by Jane Doe & Omar Khan; Li Wei").unwrap(), ["Jane Doe", "Omar Khan", "Li Wei"]);
        assert_eq!(authors("By Ursula von der Leyen").unwrap(), ["Ursula von der Leyen"]);
        assert_eq!(authors("By Faisal al-Mansour, Jr.").unwrap(), ["Faisal al-Mansour, Jr."]);
        assert_eq!(authors("By Jean d'Ormesson and Pieter van Dijk.").unwrap(), ["Jean d'Ormesson", "Pieter van Dijk"]);
        assert_eq!(authors("By A, B, C, D, E, F, G, H").unwrap().len(), 8);
        for (line, date) in [
            ("By Jane Doe (June 5, 2019)", "June 5, 2019"),
            ("By Jane Doe [05/06/2019]", "05/06/2019"),
            ("By Jane Doe, June 5, 2019", "June 5, 2019"),
            ("By Jane Doe - Wednesday, 5th June 2019", "Wednesday, 5th June 2019"),
            ("By Jane Doe 2019-06-05", "2019-06-05"),
        ] {
            let b = Byline::parse(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((b.authors.as_slice(), b.date), (&["Jane Doe".to_string()][..], Some(date)), "{line}");
        }
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By then, the war had ended.",
            "By 2020 Uzbekistan had bought drones",
            "Bypass roads were built",
            "By Jane Doe,",
            "By",
            "By A, B, C, D, E, F, G, H, I",
            "By the end of the year the deal was signed by both sides",
            "By Jane Doe who writes about drones in the region",
        ] {
            assert_eq!(authors(line), None, "{line}");
        }
        assert_eq!(authors(&format!("By {}", "Jane Doe and ".repeat(20))), None, "too long");
    }

    #[test]
    fn words_leave_commas_out() {
        let b = Byline::parse("By Omar Khan, Jr. and Li Wei").unwrap();
        assert_eq!(b.words().collect::<Vec<_>>(), ["Omar", "Khan", "Jr.", "Li", "Wei"]);
    }
}
