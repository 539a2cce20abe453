//! The word before each mention of a clause (past the words a rule skips, such as `the`
//! and `both`), read once per clause: the transfer rules ask for it again and again (the
//! `to`, `from` and `by` lists, the other party of a deal, the subject), for every row of
//! the clause.

use super::words;
use std::cell::OnceCell;
use std::ops::Range;

/// For the mentions `first..first + n` of a clause that starts at `lo`: the word before
/// each, skipping the words of `skip`, as [`words::prev_skipping`] gives it from `lo`,
/// read when first asked.
pub(crate) struct WordsBefore<'t> {
    text: &'t str,
    lo: usize,
    first: usize,
    skip: &'static [&'static str],
    words: Vec<OnceCell<Option<Range<usize>>>>,
}

impl<'t> WordsBefore<'t> {
    /// An empty table for the mentions `mentions` (indices) of the clause that starts at `lo`.
    pub(crate) fn new(text: &'t str, lo: usize, mentions: Range<usize>, skip: &'static [&'static str]) -> Self {
        WordsBefore { text, lo, first: mentions.start, skip, words: vec![OnceCell::new(); mentions.len()] }
    }

    /// `words::prev_skipping(text, from, start, skip)` for mention `k`, which starts at
    /// `start`: the word read once from the clause's start when `from` is not before it
    /// and the word found lies at or after `from` (the same steps then read the same
    /// bytes), else read again from `from`.
    pub(crate) fn before(&self, k: usize, start: usize, from: usize) -> Option<Range<usize>> {
        let cell = k.checked_sub(self.first).and_then(|i| self.words.get(i)).filter(|_| from >= self.lo);
        if let Some(cell) = cell {
            let word = cell.get_or_init(|| words::prev_skipping(self.text, self.lo, start, self.skip));
            if let Some(w) = word.as_ref().filter(|w| w.start >= from) {
                return Some(w.clone());
            }
        }
        words::prev_skipping(self.text, from, start, self.skip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_read_once_are_those_read_from_any_later_start() {
        // Mentions (as byte ranges) after determiners, punctuation, a no-break space and
        // letters outside ASCII; every start of the clause before each mention.
        let text = "Sold to the Türkiye, by both Armenia and\u{a0}Iran (via Georgia) with its Baku.";
        let names = ["Türkiye", "Armenia", "Iran", "Georgia", "Baku"];
        let starts: Vec<usize> = names.iter().map(|n| text.find(n).unwrap()).collect();
        const SKIP: &[&str] = &["the", "both", "its"];
        for lo in [0, 5] {
            let table = WordsBefore::new(text, lo, 3..3 + starts.len(), SKIP);
            for (i, &start) in starts.iter().enumerate() {
                for from in (lo..=start).filter(|&f| text.is_char_boundary(f)) {
                    assert_eq!(
                        table.before(3 + i, start, from),
                        words::prev_skipping(text, from, start, SKIP),
                        "mention {} from {from}",
                        names[i]
                    );
                }
            }
        }
        // A mention outside the table, and a start before the clause: read directly.
        let table = WordsBefore::new(text, 5, 3..4, SKIP);
        assert_eq!(table.before(7, starts[1], 0), words::prev_skipping(text, 0, starts[1], SKIP));
        assert_eq!(table.before(3, starts[0], 0).map(|w| &text[w]), Some("to"));
    }
}
