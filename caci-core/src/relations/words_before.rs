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
