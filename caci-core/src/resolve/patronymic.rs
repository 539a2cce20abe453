//! Russian-style full names with a patronymic: `Andrei Removich Belousov`, and in the
//! official order of decrees, `Melikov Sergey Alimovich`.
//!
//! The gazetteer lists a person's usual name (`Andrei Belousov`); official texts add the
//! father's name between the first name and the surname, or after both. The matcher then
//! finds the surname alone. This rule widens such a find to the whole name when the words
//! next to it are a first name of the person (in any of the spellings the gazetteer
//! knows, compared by their first three letters) and a patronymic (`-ovich`, `-evich`,
//! `-ich`, `-ovna`, `-evna`, `-ichna`), so that the span is the name as written.
//!
//! Initials before a surname are part of the name too: Mongolian `Kh.Battulga` (the
//! father's name, `Khaltmaagiin`, as an initial, often without a space), Russian
//! `V.V. Putin`, `S. Lavrov`. A surname find is widened over one to three initials right
//! before it when the first initial is how the person's first name begins.

use crate::entity::Entity;
use crate::gazetteer::Gazetteer;
use std::ops::Range;

/// Patronymic endings (lower case).
const ENDINGS: &[&str] = &["ovich", "evich", "ich", "ovna", "evna", "ichna"];

/// `span` widened over a first name and a patronymic of `entity` before it (or, for a
/// surname alone, after it); `floor` is where the previous mention ends.
pub(crate) fn widen(
    g: &Gazetteer,
    text: &str,
    span: Range<usize>,
    entity: &Entity,
    surname: bool,
    floor: usize,
) -> Range<usize> {
    // Most names stand after a word that is no patronymic and no initial, and before one
    // in lower case: one or two byte comparisons turn them away (this runs per leader find).
    let b = text.as_bytes();
    let before = span.start.checked_sub(1).map(|i| b[i]);
    let two_before = span.start.checked_sub(2).map(|i| b[i]);
    let after_upper = b.get(span.end) == Some(&b' ') && b.get(span.end + 1).is_some_and(u8::is_ascii_uppercase);
    let patronymic_before = before == Some(b' ') && matches!(two_before, Some(b'h' | b'a'));
    let initial_before = before == Some(b'.') || (before == Some(b' ') && two_before == Some(b'.'));
    if !(patronymic_before || initial_before || (surname && after_upper)) {
        return span;
    }
    if let Some((first, patronymic)) = words_before(text, span.start).filter(|_| patronymic_before) {
        if first.start >= floor
            && is_patronymic(&text[patronymic.clone()])
            && is_first_name(g, entity, &text[first.clone()])
        {
            return first.start..span.end;
        }
    }
    if let Some(start) = initials_before(text, span.start).filter(|&i| initial_before && i >= floor) {
        let single = !text[span.clone()].contains(' ');
        if single && first_name_starts_with(g, entity, &text[start..span.start]) {
            return start..span.end;
        }
    }
    if surname && after_upper {
        if let Some((first, patronymic)) = words_after(text, span.end) {
            if is_patronymic(&text[patronymic.clone()]) && is_first_name(g, entity, &text[first]) {
                return span.start..patronymic.end;
            }
        }
    }
    span
}

pub(crate) fn is_patronymic(w: &str) -> bool {
    // No lower-cased copy: this runs for every leader find with two words before it.
    let b = w.as_bytes();
    b.len() >= 6
        && b[0].is_ascii_uppercase()
        && ENDINGS.iter().any(|e| b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes()))
}

/// Whether `w` is a first name of `entity` (the first word of one of its full names),
/// compared by the first three letters so that `Andrey` is `Andrei` and `Artem` `Artyom`.
fn is_first_name(g: &Gazetteer, entity: &Entity, w: &str) -> bool {
    let key = |s: &str| -> Option<String> {
        let k: String = s.chars().take(3).flat_map(char::to_lowercase).collect();
        (k.chars().count() == 3).then_some(k)
    };
    let Some(want) = key(w) else { return false };
    let firsts = super::full_names(g, entity).filter_map(|s| s.split_once(' ').map(|(f, _)| f));
    firsts.filter_map(key).any(|k| k == want)
}

/// Where one to three initials (`Kh.`, `D.`, `V.V.`) end right before byte `at` (with one
/// space or none between them and the name) start, when they do.
fn initials_before(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut end = at;
    if end > 0 && b[end - 1] == b' ' {
        end -= 1;
    }
    let mut start = None;
    for _ in 0..3 {
        // One initial: an upper-case letter, maybe one lower-case letter, and a dot.
        if end < 2 || b[end - 1] != b'.' {
            break;
        }
        let mut i = end - 1;
        if i >= 2 && b[i - 1].is_ascii_lowercase() && b[i - 2].is_ascii_uppercase() {
            i -= 2;
        } else if b[i - 1].is_ascii_uppercase() {
            i -= 1;
        } else {
            break;
        }
        start = Some(i);
        end = i;
    }
    let start = start?;
    // The initials start a word: after no letter, digit or combining mark, ASCII or not
    // (`TYPÉB. Baceceg`, with a combining accent, is no initial; the property tests found it).
    (!crate::boundary::word_before(text, start)).then_some(start)
}

/// Whether the first initial of `initials` (`Kh.` of `Kh.Battulga`) is how one of the
/// person's first names begins (`Khaltmaagiin`).
fn first_name_starts_with(g: &Gazetteer, entity: &Entity, initials: &str) -> bool {
    let first: String = initials.chars().take_while(|c| c.is_alphabetic()).collect();
    if first.is_empty() {
        return false;
    }
    super::full_names(g, entity)
        .filter_map(|s| s.split_once(' ').map(|(f, _)| f))
        .any(|f| f.len() > first.len() && f.starts_with(first.as_str()))
}

/// The two words right before byte `at`, each preceded by one space: (first, second).
fn words_before(text: &str, at: usize) -> Option<(Range<usize>, Range<usize>)> {
    let second = word_ending_at(text, at.checked_sub(1).filter(|&i| text.as_bytes()[i] == b' ')?)?;
    let first = word_ending_at(text, second.start.checked_sub(1).filter(|&i| text.as_bytes()[i] == b' ')?)?;
    Some((first, second))
}

/// The two words right after byte `at`, each after one space: (first, second).
fn words_after(text: &str, at: usize) -> Option<(Range<usize>, Range<usize>)> {
    let b = text.as_bytes();
    let first = word_starting_at(text, (b.get(at) == Some(&b' ')).then_some(at + 1)?)?;
    let second = word_starting_at(text, (b.get(first.end) == Some(&b' ')).then_some(first.end + 1)?)?;
    Some((first, second))
}

fn word_ending_at(text: &str, end: usize) -> Option<Range<usize>> {
    let start = text[..end]
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    (start < end).then_some(start..end)
}

fn word_starting_at(text: &str, start: usize) -> Option<Range<usize>> {
    let end = text[start..].find(|c: char| !c.is_alphabetic()).map_or(text.len(), |i| start + i);
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around_a_span() {
        let t = "Minister Andrei Removich Belousov spoke";
        let at = t.find("Belousov").unwrap();
        let (f, p) = words_before(t, at).unwrap();
        assert_eq!((&t[f], &t[p]), ("Andrei", "Removich"));
        let t = "appoint Melikov Sergey Alimovich as head";
        let end = t.find("Melikov").unwrap() + "Melikov".len();
        let (f, p) = words_after(t, end).unwrap();
        assert_eq!((&t[f], &t[p.clone()]), ("Sergey", "Alimovich"));
        assert!(is_patronymic(&t[p]) && !is_patronymic("Rich") && !is_patronymic("ovich"));
        assert!(words_before("Belousov", 0).is_none() && words_after("Belousov", 8).is_none());
        for (t, name, initials) in [("President Kh.Battulga", "Battulga", "Kh."), ("by V.V. Putin", "Putin", "V.V. ")] {
            let at = t.find(name).unwrap();
            assert_eq!(initials_before(t, at).map(|i| &t[i..at]), Some(initials), "{t}");
        }
        let t = "the UNESCO.Battulga";
        assert!(initials_before(t, t.find("Battulga").unwrap()).is_none(), "not inside a word");
        assert!(initials_before("met Battulga", 4).is_none());
        for t in ["TYPE\u{301}B. Baceceg", "ÉB. Baceceg", "дB. Baceceg"] {
            assert!(
                initials_before(t, t.find("Baceceg").unwrap()).is_none(),
                "not after a non-ASCII word character: {t}"
            );
        }
    }
}
