//! Small steps through the words around a mention or a trigger.

use std::ops::Range;

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The word that ends just before `pos`, with only spaces between, starting at or after
/// `lo`; `None` when punctuation comes first.
pub(crate) fn prev(text: &str, lo: usize, pos: usize) -> Option<Range<usize>> {
    let before = &text[lo..pos];
    let trimmed = before.trim_end_matches([' ', '\t', '\n', '\r', '\u{a0}']);
    let end = lo + trimmed.len();
    let start = lo + trimmed.trim_end_matches(is_word).len();
    (start < end).then_some(start..end)
}

/// The word that starts just after `pos`, with only spaces between, ending at or before
/// `hi`; `None` when punctuation comes first.
pub(crate) fn next(text: &str, pos: usize, hi: usize) -> Option<Range<usize>> {
    let after = &text[pos..hi];
    let trimmed = after.trim_start_matches([' ', '\t', '\n', '\r', '\u{a0}']);
    let start = hi - trimmed.len();
    let end = hi - trimmed.trim_start_matches(is_word).len();
    (start < end).then_some(start..end)
}

/// The word before `pos`, skipping the words in `skip` (`the`, `both`).
pub(crate) fn prev_skipping(text: &str, lo: usize, mut pos: usize, skip: &[&str]) -> Option<Range<usize>> {
    loop {
        let w = prev(text, lo, pos)?;
        if !is(text, &w, skip) {
            return Some(w);
        }
        pos = w.start;
    }
}

/// The word after `pos`, skipping the words in `skip`.
pub(crate) fn next_skipping(text: &str, mut pos: usize, hi: usize, skip: &[&str]) -> Option<Range<usize>> {
    loop {
        let w = next(text, pos, hi)?;
        if !is(text, &w, skip) {
            return Some(w);
        }
        pos = w.end;
    }
}

/// Whether the word at `w` is one of `list` (ASCII case-insensitive).
pub(crate) fn is(text: &str, w: &Range<usize>, list: &[&str]) -> bool {
    let word = &text[w.clone()];
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// The number of words in `text[from..to]`.
pub(crate) fn count(text: &str, from: usize, to: usize) -> usize {
    text.get(from..to).map_or(usize::MAX, |s| s.split(|c: char| !is_word(c)).filter(|w| !w.is_empty()).count())
}

/// Whether `text[from..to]` holds only spaces and the joiners of a list (`,`, `and`,
/// `as well as`, `&`).
pub(crate) fn is_list_joiner(text: &str, from: usize, to: usize) -> bool {
    let Some(gap) = text.get(from..to) else { return false };
    let gap = gap.trim();
    let gap = gap.strip_prefix(',').unwrap_or(gap).trim();
    // `Germany and the United States`.
    let gap = gap.strip_suffix(" the").or_else(|| gap.strip_suffix(" The")).unwrap_or(gap).trim();
    gap.is_empty() || gap.eq_ignore_ascii_case("and") || gap.eq_ignore_ascii_case("as well as") || gap == "&"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_either_side_stop_at_punctuation() {
        let t = "sold to the army, of Kazakhstan";
        let to = t.find("to").unwrap();
        assert_eq!(prev(t, 0, to).map(|r| &t[r]), Some("sold"));
        assert_eq!(next(t, to + 2, t.len()).map(|r| &t[r]), Some("the"));
        assert_eq!(next_skipping(t, to + 2, t.len(), &["the"]).map(|r| &t[r]), Some("army"));
        let of = t.find("of").unwrap();
        assert_eq!(prev(t, 0, of), None, "a comma comes first");
        assert_eq!(count(t, 0, t.len()), 6);
        assert!(is_list_joiner(", and ", 0, 6) && is_list_joiner(" ", 0, 1) && !is_list_joiner(" or ", 0, 4));
    }
}
