//! Quantities, years and values written near a trigger.

use super::words;
use super::Value;

const UNITS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
    ("pair", 2),
    ("single", 1),
];

/// Words that may stand between a number and the system it counts (`24 Rafale fighter
/// jets` has none; `two batteries of S-400`, `six more Su-30SM`, `12 new T-72B3`).
const BETWEEN: &[&str] = &[
    "of",
    "more",
    "new",
    "additional",
    "further",
    "extra",
    "batteries",
    "battery",
    "squadrons",
    "squadron",
    "units",
    "unit",
    "systems",
    "system",
    "launchers",
    "launcher",
    "regiments",
    "regiment",
    "divisions",
    "division",
    "sets",
    "set",
    "complexes",
    "complex",
    "used",
    "second-hand",
    "upgraded",
    "modernised",
    "modernized",
    "advanced",
    "Chinese",
    "Russian",
    "Turkish",
    "French",
    "American",
    "Israeli",
    "Indian",
    "the",
    "its",
    "their",
    "another",
    "latest",
    "first",
    "last",
    "remaining",
];

/// The words of [`UNITS`]: what a word must look like to be one of them.
const UNITS_SHAPE: words::Shape = {
    let mut names = [""; UNITS.len()];
    let mut i = 0;
    while i < UNITS.len() {
        names[i] = UNITS[i].0;
        i += 1;
    }
    words::Shape::of(&names)
};

/// Every word before a system may be one of [`BETWEEN`]: most are ruled out by their shape.
const BETWEEN_SHAPE: words::Shape = words::Shape::of(BETWEEN);

/// The value of a number written as a word or in digits (`24`, `twenty-four`, `two`,
/// `a dozen`), for counting units: a year (`2015`) or a decimal is not a count.
fn count_of(word: &str) -> Option<u32> {
    if word.bytes().all(|b| b.is_ascii_digit()) {
        let n: u32 = word.parse().ok()?;
        return (n > 0 && n < 1900).then_some(n);
    }
    let (tens, unit) = match memchr::memchr(b'-', word.as_bytes()) {
        Some(k) => (&word[..k], &word[k + 1..]),
        None => (word, ""),
    };
    // The length and the first letter (the list is in lower case) rule out most words,
    // and most of the list, before a whole comparison.
    let value = |w: &str| {
        if !UNITS_SHAPE.may_be(w.as_bytes()) {
            return None;
        }
        let first = w.as_bytes().first()?.to_ascii_lowercase();
        UNITS
            .iter()
            .find(|(u, _)| u.len() == w.len() && u.as_bytes()[0] == first && u.eq_ignore_ascii_case(w))
            .map(|(_, n)| *n)
    };
    match (value(tens)?, unit) {
        (t, "") => Some(t),
        (t, u) if t >= 20 && t % 10 == 0 => value(u).filter(|&u| u < 10).map(|u| t + u),
        _ => None,
    }
}

/// The number of units counted just before the system mention at `at` (within
/// `lo..at`): `24 Rafale jets`, `two batteries of S-400`, `twenty-four Su-30SM`.
pub fn quantity_before(text: &str, lo: usize, at: usize) -> Option<u32> {
    let mut pos = at;
    for _ in 0..4 {
        let last = words::prev(text, lo, pos)?;
        let w = hyphenated_ending(text, lo, &last).filter(|h| count_of(&text[h.clone()]).is_some()).unwrap_or(last);
        let word = &text[w.clone()];
        if let Some(n) = count_of(word) {
            // `one of the S-400s`, `$1.5`: not a count of units.
            if text[w.end..at].trim_start().to_ascii_lowercase().starts_with("of the") && n == 1 {
                return None;
            }
            let before = &text[lo..w.start];
            if before.ends_with(['$', '.', ',', '\u{20ac}', '\u{a3}']) {
                return None;
            }
            return Some(n);
        }
        let listed = BETWEEN_SHAPE.may_hold(text, &w) && words::is(text, &w, BETWEEN);
        if !listed && !word.starts_with(char::is_uppercase) {
            return None;
        }
        pos = w.start;
    }
    None
}

/// `twenty-four` ending with the word `second` (read back from a position, not before
/// `lo`): a word made of two number words and a hyphen.
fn hyphenated_ending(text: &str, lo: usize, second: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let first_end = second.start.checked_sub(1).filter(|&i| text.as_bytes()[i] == b'-')?;
    let first = words::prev(text, lo, first_end).filter(|f| f.end == first_end)?;
    Some(first.start..second.end)
}

/// A year written in `text[lo..hi]` (1950 to 2099, as a word of its own, not a sum of
/// money), the one nearest to `near`.
pub fn year_in(text: &str, lo: usize, hi: usize, near: usize) -> Option<i32> {
    let mut best: Option<(usize, i32)> = None;
    each_year(text, lo, hi, |i, y| keep_nearer(&mut best, near, i, y));
    best.map(|(_, y)| y)
}

/// Keeps in `best` (distance, year) year `y` at `i` if it is nearer to `near` (the first
/// of two as near stays).
fn keep_nearer(best: &mut Option<(usize, i32)>, near: usize, i: usize, y: i32) {
    let d = near.abs_diff(i);
    if best.is_none_or(|(bd, _)| d < bd) {
        *best = Some((d, y));
    }
}

/// The years [`year_in`] reads in `text[lo..hi]`, with their offsets, in text order: for
/// a range asked again and again with other `near` (see [`nearest`]).
pub fn years_in(text: &str, lo: usize, hi: usize) -> Vec<(usize, i32)> {
    let mut out = Vec::new();
    each_year(text, lo, hi, |i, y| out.push((i, y)));
    out
}

/// Of `years` (from [`years_in`]), the one nearest to `near`: what [`year_in`] gives
/// (the first of two as near).
pub fn nearest(years: &[(usize, i32)], near: usize) -> Option<i32> {
    let mut best: Option<(usize, i32)> = None;
    for &(i, y) in years {
        keep_nearer(&mut best, near, i, y);
    }
    best.map(|(_, y)| y)
}

/// Calls `f` with the offset and value of each year written in `text[lo..hi]` (see
/// [`year_in`]), in text order.
fn each_year(text: &str, lo: usize, hi: usize, mut f: impl FnMut(usize, i32)) {
    let bytes = text.as_bytes();
    if hi < lo + 4 {
        return;
    }
    // A year read (1950 to 2099) opens with `1` or `2`: straight to those, not to every
    // digit. A digit right after another never opens one, so no candidate is skipped.
    for i in memchr::memchr2_iter(b'1', b'2', &bytes[lo..hi - 3]).map(|k| lo + k) {
        if (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && !matches!(bytes[i - 1], b'$' | b'.' | b','))
            // `FD-2000`, `S-300/2000`: part of a designation.
            && !(i >= 2 && matches!(bytes[i - 1], b'-' | b'/') && bytes[i - 2].is_ascii_alphanumeric())
            && bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_alphanumeric())
        {
            let y: i32 = text[i..i + 4].parse().unwrap_or(0);
            // `2015–2019`: a period; `2.5`: a decimal, caught by the byte tests above.
            let after = &bytes[i + 4..hi];
            let decimal = after.first() == Some(&b'.') && after.get(1).is_some_and(u8::is_ascii_digit);
            if (1950..2100).contains(&y) && !decimal && !text[i + 4..hi].trim_start().starts_with('%') {
                f(i, y);
            }
        }
    }
}

/// A year given relative to the document's: `last year`, `this year`, `next year`.
pub fn relative_year(text: &str, lo: usize, hi: usize, doc_year: Option<i32>) -> Option<i32> {
    let doc = doc_year?;
    let s = &text.as_bytes()[lo..hi];
    // Each `year` in any case, and the words around it.
    let (mut written, mut last, mut this, mut next) = (false, false, false, false);
    for k in memchr::memchr2_iter(b'y', b'Y', s) {
        let Some(year) = s.get(k..k + 4).filter(|w| w.eq_ignore_ascii_case(b"year")) else { continue };
        // Only `year`, `Year` or `YEAR` make a relative year.
        written |= matches!(year, b"year" | b"Year" | b"YEAR");
        let before = |w: &[u8]| k >= w.len() && s[k - w.len()..k].eq_ignore_ascii_case(w);
        let ago = s.get(k + 4..k + 8).is_some_and(|w| w.eq_ignore_ascii_case(b" ago"));
        last |= before(b"last ") || before(b"previous ") || (before(b"a ") && ago);
        this |= before(b"this ");
        next |= before(b"next ");
    }
    if !written {
        None
    } else if last {
        Some(doc - 1)
    } else if this {
        Some(doc)
    } else if next {
        Some(doc + 1)
    } else {
        None
    }
}

const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("USD", "USD"),
    ("$", "USD"),
    ("\u{20ac}", "EUR"),
    ("EUR", "EUR"),
    ("\u{a3}", "GBP"),
    ("GBP", "GBP"),
    ("RUB", "RUB"),
    ("\u{20bd}", "RUB"),
    ("CNY", "CNY"),
    ("\u{a5}", "CNY"),
    ("INR", "INR"),
    ("\u{20b9}", "INR"),
    ("TRY", "TRY"),
];
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("euros", "EUR"),
    ("pounds", "GBP"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("yuan", "CNY"),
    ("rupees", "INR"),
    ("lira", "TRY"),
];
const SCALES: &[(&str, f64)] = &[
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("million", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("thousand", 1e3),
    ("k", 1e3),
    ("trillion", 1e12),
];

/// An amount of money written in `text[lo..hi]`: `US$ 8.8 billion`, `$1.525bn`, `€12
/// billion`, `1.2 billion dollars`. The first one.
pub fn value_in(text: &str, lo: usize, hi: usize) -> Option<Value> {
    let s = &text[lo..hi];
    // The ASCII digits, in order (a digit is one byte and a character).
    let digits = s.bytes().enumerate().filter(|(_, b)| b.is_ascii_digit()).map(|(i, _)| i);
    for i in digits {
        if s[..i].ends_with(|p: char| p.is_ascii_digit() || p == '.' || p == ',') {
            continue;
        }
        let digits_end =
            i + s[i..].find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(s.len() - i);
        let number = s[i..digits_end].trim_end_matches(['.', ',']);
        let digits_end = i + number.len();
        // Most amounts have no thousands separator: no copy for them.
        let amount = if number.contains(',') { number.replace(',', "").parse::<f64>() } else { number.parse::<f64>() };
        let Ok(amount) = amount else { continue };
        let before = s[..i].trim_end();
        let sign = CURRENCY_SIGNS.iter().find(|(sign, _)| {
            before.ends_with(sign) && !before[..before.len() - sign.len()].ends_with(|c: char| c.is_ascii_alphabetic())
        });
        let rest = &s[digits_end..];
        let after = rest.trim_start();
        let scale_word = after.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        // `8.8bn` glued, `8.8 billion` spaced; a lone `m`/`b`/`k` only glued to the digits.
        let scale = SCALES
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(scale_word) && (w.len() > 2 || rest.len() == after.len()))
            .map(|(_, f)| *f);
        let after_scale = if scale.is_some() { after[scale_word.len()..].trim_start() } else { after };
        let word = after_scale.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        let currency = match sign {
            Some((_, code)) => Some(*code),
            None => CURRENCY_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|(_, c)| *c),
        };
        if let Some(currency) = currency {
            return Some(Value { amount: amount * scale.unwrap_or(1.0), currency });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, weapon: &str) -> Option<u32> {
        quantity_before(text, 0, text.find(weapon).unwrap())
    }

    #[test]
    fn quantities_in_digits_and_words_but_not_years_or_money() {
        assert_eq!(q("interest in acquiring 24 Rafale jets", "Rafale"), Some(24));
        assert_eq!(q("bought two batteries of S-400", "S-400"), Some(2));
        assert_eq!(q("ordered twenty-four Su-30SM fighters", "Su-30SM"), Some(24));
        assert_eq!(q("ordered six more Su-30SM", "Su-30SM"), Some(6));
        assert_eq!(q("In 2015 it supplied FD-2000", "FD-2000"), None);
        assert_eq!(q("a 2019 order for FD-2000", "FD-2000"), None);
        assert_eq!(q("supplied the FD-2000", "FD-2000"), None);
        assert_eq!(q("one of the S-400 units", "S-400"), None);
        assert_eq!(q("worth $1.5 S-400", "S-400"), None);
        assert_eq!(q("24 jets, and the Rafale", "Rafale"), None);
    }

    #[test]
    fn years_nearest_the_trigger_and_relative_years() {
        let t = "In 2016, after talks in 2013, India ordered jets";
        assert_eq!(year_in(t, 0, t.len(), t.find("ordered").unwrap()), Some(2013));
        assert_eq!(year_in(t, 0, t.len(), 0), Some(2016));
        assert_eq!(year_in("worth $2015 million and 1,2015 and 2015.5", 0, 41, 0), None);
        assert_eq!(year_in("in the 2015\u{2013}2019 period", 0, 25, 0), Some(2015));
        assert_eq!(year_in("24 jets", 0, 7, 0), None);
        let t = "In 2015, it supplied FD-2000 systems";
        assert_eq!(year_in(t, 0, t.len(), t.find("FD").unwrap()), Some(2015));
        // The years read once and the nearest taken: what `year_in` gives from any point,
        // ties to the first.
        let t = "In 2013 (not 2014) it ordered S-300/2000 jets, delivered in 2016 and 2019, for $2015.";
        let years = years_in(t, 0, t.len());
        assert_eq!(years.iter().map(|y| y.1).collect::<Vec<_>>(), [2013, 2014, 2016, 2019]);
        for near in 0..=t.len() {
            assert_eq!(nearest(&years, near), year_in(t, 0, t.len(), near), "near {near}");
        }
        assert_eq!(nearest(&years_in(t, 8, 20), 0), year_in(t, 8, 20, 0));
        // Decades, thousands, ranges, runs of digits, a cut range: only words of four digits
        // read as a year, wherever the range starts and ends.
        let t = "In the 1990s, 2,020 units; in 2019-2020, 12019 and 2021 (2022%), 1949 or 2100.";
        assert_eq!(years_in(t, 0, t.len()).iter().map(|y| y.1).collect::<Vec<_>>(), [2019, 2021]);
        let y2021 = t.find("2021").unwrap();
        assert_eq!(years_in(t, y2021 - 1, y2021 + 4), [(y2021, 2021)]);
        assert_eq!(years_in(t, y2021 + 1, t.len()), []);
        assert_eq!(years_in(t, y2021, y2021 + 3), []);
        assert_eq!(year_in("2024", 0, 4, 0), Some(2024));
        assert_eq!(relative_year("Last year, it supplied", 0, 22, Some(2025)), Some(2024));
        assert_eq!(relative_year("earlier this year", 0, 17, Some(2025)), Some(2025));
        assert_eq!(relative_year("last year", 0, 9, None), None);
        assert_eq!(relative_year("LAST Year, a YEAR AGO", 0, 21, Some(2025)), Some(2024));
        assert_eq!(relative_year("next year and this YEAR", 0, 23, Some(2025)), Some(2025));
        assert_eq!(relative_year("in the next year", 0, 16, Some(2025)), Some(2026));
        // `yEaR` alone is not taken: the year must be written `year`, `Year` or `YEAR`.
        assert_eq!(relative_year("last yEaR", 0, 9, Some(2025)), None);
        assert_eq!(relative_year("years ahead", 0, 11, Some(2025)), None);
    }

    #[test]
    fn values_with_signs_codes_and_words() {
        let v = |t: &str| value_in(t, 0, t.len()).map(|v| (v.amount, v.currency));
        assert_eq!(v("a US$ 8.8 billion agreement"), Some((8.8e9, "USD")));
        assert_eq!(v("a $1.525bn deal"), Some((1.525e9, "USD")));
        assert_eq!(v("pledged \u{20ac}12 billion"), Some((12e9, "EUR")));
        assert_eq!(v("worth 1.2 billion dollars"), Some((1.2e9, "USD")));
        assert_eq!(v("worth $350m"), Some((350e6, "USD")));
        assert_eq!(v("USD 200 million"), Some((200e6, "USD")));
        assert_eq!(v("24 Rafale jets in 2016"), None);
    }
}
