//! Small steps through the words around a mention or a trigger.

use std::ops::Range;

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The spaces [`prev`] and [`next`] step over (and `\u{a0}`, which is not ASCII).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The word that ends just before `pos`, with only spaces between, starting at or after
/// `lo`; `None` when punctuation comes first.
pub(crate) fn prev(text: &str, lo: usize, pos: usize) -> Option<Range<usize>> {
    let before = &text.as_bytes()[lo..pos];
    // Most text around a mention is ASCII: bytes, unless a non-ASCII character is met.
    let mut end = before.len();
    while end > 0 && is_ascii_space(before[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && before[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    if start > 0 && !before[start - 1].is_ascii() {
        return prev_decoded(text, lo, pos);
    }
    (start < end).then_some(lo + start..lo + end)
}

/// [`prev`], decoding characters.
fn prev_decoded(text: &str, lo: usize, pos: usize) -> Option<Range<usize>> {
    let before = &text[lo..pos];
    let trimmed = before.trim_end_matches([' ', '\t', '\n', '\r', '\u{a0}']);
    let end = lo + trimmed.len();
    let start = lo + trimmed.trim_end_matches(is_word).len();
    (start < end).then_some(start..end)
}

/// The word that starts just after `pos`, with only spaces between, ending at or before
/// `hi`; `None` when punctuation comes first.
pub(crate) fn next(text: &str, pos: usize, hi: usize) -> Option<Range<usize>> {
    let after = &text.as_bytes()[pos..hi];
    let mut start = 0;
    while start < after.len() && is_ascii_space(after[start]) {
        start += 1;
    }
    let mut end = start;
    while end < after.len() && after[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if end < after.len() && !after[end].is_ascii() {
        return next_decoded(text, pos, hi);
    }
    (start < end).then_some(pos + start..pos + end)
}

/// [`next`], decoding characters.
fn next_decoded(text: &str, pos: usize, hi: usize) -> Option<Range<usize>> {
    let after = &text[pos..hi];
    let trimmed = after.trim_start_matches([' ', '\t', '\n', '\r', '\u{a0}']);
    let start = hi - trimmed.len();
    let end = hi - trimmed.trim_start_matches(is_word).len();
    (start < end).then_some(start..end)
}

/// The word before `pos`, skipping the words in `skip` (`the`, `both`).
pub(crate) fn prev_skipping(text: &str, lo: usize, pos: usize, skip: &[&str]) -> Option<Range<usize>> {
    prev_skipping_any(text, lo, pos, &[skip])
}

/// The word before `pos` (not before `lo`), skipping the words of any of the lists in
/// `skip`: for a skip set made of lists that other rules use apart.
pub(crate) fn prev_skipping_any(text: &str, lo: usize, mut pos: usize, skip: &[&[&str]]) -> Option<Range<usize>> {
    loop {
        let w = prev(text, lo, pos)?;
        if !skip.iter().any(|list| is(text, &w, list)) {
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
    let word = text[w.clone()].as_bytes();
    let Some(&first) = word.first() else { return list.iter().any(|l| l.is_empty()) };
    let first = first.to_ascii_lowercase();
    // The length and the first letter rule out most of a list before a whole comparison.
    list.iter().any(|l| {
        let l = l.as_bytes();
        l.len() == word.len() && l[0].to_ascii_lowercase() == first && l.eq_ignore_ascii_case(word)
    })
}

/// What the words of a list have in common, for a test that rules out most words before
/// [`is`] compares them with the list: their first letters, by length. For lists read
/// against many words in a row (every word between two triggers, before a system).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    /// At `n`, bit `k`: a word of `n` bytes that begins with the `k`-th ASCII letter
    /// (either case) is in the list.
    firsts: [u32; 16],
}

impl Shape {
    /// The shape of `list`, whose words are shorter than 16 bytes and begin with an ASCII
    /// letter (checked when the constant is built).
    pub(crate) const fn of(list: &[&str]) -> Shape {
        let (mut firsts, mut i) = ([0u32; 16], 0);
        while i < list.len() {
            let w = list[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 16 && w[0].is_ascii_alphabetic());
            firsts[w.len()] |= 1 << (w[0].to_ascii_lowercase() - b'a');
            i += 1;
        }
        Shape { firsts }
    }

    /// Whether the word at `w` may be in the list: false only for a word that [`is`]
    /// would find in no list of this shape.
    #[inline]
    pub(crate) fn may_hold(&self, text: &str, w: &Range<usize>) -> bool {
        self.may_be(&text.as_bytes()[w.clone()])
    }

    /// Whether `word` may be in the list (ASCII case-insensitive): false only for a word
    /// that is in no list of this shape.
    #[inline]
    pub(crate) fn may_be(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else { return false };
        // `| 0x20` folds ASCII case; any byte that is not an ASCII letter lands outside `a..=z`.
        let letter = usize::from((first | 0x20).wrapping_sub(b'a'));
        letter < 26 && self.firsts.get(word.len()).is_some_and(|f| f >> letter & 1 != 0)
    }
}

/// The number of words in `text[from..to]` (`usize::MAX` for a range that is not one).
pub(crate) fn count(text: &str, from: usize, to: usize) -> usize {
    let Some(s) = text.get(from..to) else { return usize::MAX };
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            return s.split(|c: char| !is_word(c)).filter(|w| !w.is_empty()).count();
        }
        let word = b.is_ascii_alphanumeric();
        words += usize::from(word && !in_word);
        in_word = word;
    }
    words
}

/// Whether `text[from..to]` holds at most `n` words: [`count`]` <= n`, but stops reading
/// once more than `n` are seen (the rules ask whether a word is near, over ranges that can
/// run to the end of a clause).
pub(crate) fn at_most(text: &str, from: usize, to: usize, n: usize) -> bool {
    let Some(s) = text.get(from..to) else { return false };
    let mut words = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            // Every ASCII word read so far is a word of the decoded count too (ASCII
            // punctuation and spaces separate words either way): count it all.
            return count(text, from, to) <= n;
        }
        let word = b.is_ascii_alphanumeric();
        if word && !in_word {
            words += 1;
            if words > n {
                return false;
            }
        }
        in_word = word;
    }
    true
}

/// Whether one of the last `n` words before `pos` (not before `lo`) is in `list`.
pub(crate) fn among_last(text: &str, lo: usize, mut pos: usize, n: usize, list: &[&str]) -> bool {
    for _ in 0..n {
        let Some(w) = prev(text, lo, pos) else { return false };
        if is(text, &w, list) {
            return true;
        }
        pos = w.start;
    }
    false
}

/// Whether one of the words of `text[from..to]` (runs of letters and digits) is in
/// `list` (ASCII case-insensitive).
pub(crate) fn any_in(text: &str, from: usize, to: usize, list: &[&str]) -> bool {
    let s = &text[from..to];
    if let [word] = list {
        return has(s, word);
    }
    if !s.is_ascii() {
        return s.split(|c: char| !is_word(c)).any(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)));
    }
    s.as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .any(|w| !w.is_empty() && list.iter().any(|l| l.as_bytes().eq_ignore_ascii_case(w)))
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

/// Whether `word` is one of the words of `s` (ASCII case-insensitive): found by its first
/// letter, then checked whole.
fn has(s: &str, word: &str) -> bool {
    let (bytes, w) = (s.as_bytes(), word.as_bytes());
    let Some(&first) = w.first() else { return s.split(|c: char| !is_word(c)).any(str::is_empty) };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), bytes).any(|k| {
        bytes.get(k..k + w.len()).is_some_and(|c| c.eq_ignore_ascii_case(w))
            && !s[..k].chars().next_back().is_some_and(is_word)
            && !s[k + w.len()..].chars().next().is_some_and(is_word)
    })
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
        for n in 0..8 {
            assert_eq!(at_most(t, 0, t.len(), n), n >= 6, "at most {n}");
        }
        assert!(is_list_joiner(", and ", 0, 6) && is_list_joiner(" ", 0, 1) && !is_list_joiner(" or ", 0, 4));
    }

    #[test]
    fn non_ascii_text_is_decoded() {
        // A no-break space and letters outside ASCII: the same words as ASCII text gives.
        let t = "sold\u{a0}to T\u{fc}rkiye, ordered";
        let to = t.find("to").unwrap();
        assert_eq!(prev(t, 0, to).map(|r| &t[r]), Some("sold"));
        let comma = t.find(',').unwrap();
        assert_eq!(prev(t, 0, comma).map(|r| &t[r]), Some("T\u{fc}rkiye"));
        assert_eq!(next(t, to + 2, t.len()).map(|r| &t[r]), Some("T\u{fc}rkiye"));
        assert_eq!(next(t, 0, t.len()).map(|r| &t[r]), Some("sold"));
        assert_eq!(count(t, 0, t.len()), 4);
        assert_eq!(count(t, 1, 3), 1);
        assert_eq!(count("\u{fc}", 1, 2), usize::MAX, "not a char boundary");
        assert!(!at_most("\u{fc}", 1, 2, 5), "not a char boundary");
        assert!(any_in(t, 0, t.len(), &["ORDERED"]) && !any_in(t, 0, t.len(), &["rkiye"]));
        assert!(any_in("then until 2016", 0, 15, &["until"]) && !any_in("untill", 0, 6, &["until"]));
    }

    #[test]
    fn a_shape_rules_out_only_words_not_in_its_list() {
        const LIST: &[&str] = &["after", "Before", "when"];
        const SHAPE: Shape = Shape::of(LIST);
        let t = "AFTER before When whence bfter ufter alter \u{e9}fter {fter @fter aft longer-than-16-bytes";
        let mut held = Vec::new();
        for w in t.split(' ') {
            let start = w.as_ptr() as usize - t.as_ptr() as usize;
            let w = start..start + w.len();
            // Never false where `is` is true; false for other lengths and first letters.
            assert!(!is(t, &w, LIST) || SHAPE.may_hold(t, &w), "{:?}", &t[w.clone()]);
            if SHAPE.may_hold(t, &w) {
                held.push(&t[w]);
            }
        }
        // `alter`: the length and the first letter of a word of the list (a superset).
        assert_eq!(held, ["AFTER", "before", "When", "alter"]);
        assert!(!SHAPE.may_be(b""));
    }
}
