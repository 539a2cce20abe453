//! The document's memory: which entities it names plainly, where first, and how often.
//!
//! Resolution asks "did the document name this person in full?" and "which country does
//! it talk about most?" for every ambiguous find. Hash maps built per document made those
//! questions cost more than the matching (a map per document, a hash per find). Here
//! the answers live in arrays indexed by entity, kept by the thread between documents:
//! each slot carries the number of the document that wrote it, so starting a document is
//! one increment, not a clear, and a slot written for an earlier document reads as empty.

use std::ops::Range;

/// Per-thread scratch for [`super::resolve`], reused across documents and gazetteers.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// The current document's number; slots stamped with another number are empty.
    generation: u32,
    /// Per entity: the document number that last wrote its `first` and `count`.
    stamp: Vec<u32>,
    /// Per entity: the byte where the document first names it plainly.
    first: Vec<usize>,
    /// Per entity: how many plain finds name it, counted for countries only (the weights).
    count: Vec<u32>,
    /// Per hit: its candidate aliases and whether they all name one entity.
    pub cands: Vec<Candidates>,
    /// Candidate lists that had to be filtered (full names before partial ones).
    pub flat: Vec<u32>,
    /// Spans and entities of the plain finds, in order (for the context rules).
    pub plain: Vec<(Range<usize>, u32)>,
}

/// Where a hit's candidate aliases are: a range of the matcher's alias list, or of
/// [`Memory::flat`] when some had to be left out.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidates {
    pub lo: u32,
    pub hi: u32,
    pub in_flat: bool,
    /// Every candidate names the same entity.
    pub unique: bool,
}

impl Memory {
    /// Starts a document for a gazetteer of `entities` entities.
    pub fn begin(&mut self, entities: usize) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // After 2^32 documents: stamps of the first round would read as current.
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
        if self.stamp.len() < entities {
            self.stamp.resize(entities, 0);
            self.first.resize(entities, 0);
            self.count.resize(entities, 0);
        }
        self.cands.clear();
        self.flat.clear();
        self.plain.clear();
    }

    /// Records a plain find of entity `e` at `span`; `weigh`: count it for the weights.
    pub fn note(&mut self, e: u32, span: Range<usize>, weigh: bool) {
        let i = e as usize;
        if self.stamp[i] != self.generation {
            self.stamp[i] = self.generation;
            self.first[i] = span.start;
            self.count[i] = 0;
        }
        self.count[i] += u32::from(weigh);
        self.plain.push((span, e));
    }

    /// Where the document first names entity `e` plainly, if it does.
    pub fn introduced(&self, e: u32) -> Option<usize> {
        let i = e as usize;
        (self.stamp.get(i) == Some(&self.generation)).then(|| self.first[i])
    }

    /// How many plain finds of the document name country `e`.
    pub fn weight(&self, e: u32) -> u32 {
        let i = e as usize;
        if self.stamp.get(i) == Some(&self.generation) {
            self.count[i]
        } else {
            0
        }
    }

    /// Drops the buffers once a document needed much less than a huge one before it, so
    /// that a thread does not keep them for good (the rule of `find`'s other scratch).
    pub fn shrink(&mut self, keep: usize) {
        if oversized(&self.cands, keep) || oversized(&self.plain, keep) || oversized(&self.flat, keep) {
            self.cands = Vec::new();
            self.flat = Vec::new();
            self.plain = Vec::new();
        }
    }
}

/// Whether a scratch buffer is to be given back: larger than `keep` and this call used
/// less than a quarter of it. A thread that reads long texts one after another keeps the
/// room they need: given back after each, it was taken fresh from the system on every
/// call (a 16 MB text: 13,000 page faults, a third of the time of `find`). The first
/// shorter text after a long one gives it back, so one huge document does not leave every
/// thread that saw it holding its finds for good while it goes on with short ones.
pub(crate) fn oversized<T>(v: &Vec<T>, keep: usize) -> bool {
    v.capacity() > keep && v.len() < v.capacity() / 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_is_kept_while_texts_stay_long_and_given_back_after_a_short_one() {
        let keep = 1 << 10;
        let mut v: Vec<u32> = Vec::with_capacity(1 << 14);
        v.extend(0..(1 << 13) + 1);
        assert!(!oversized(&v, keep), "a long text that used half the room keeps it for the next");
        v.clear();
        v.extend(0..10);
        assert!(oversized(&v, keep), "a short text after a long one gives the room back");
        let small: Vec<u32> = Vec::with_capacity(keep);
        assert!(!oversized(&small, keep), "room up to `keep` is always kept");
    }

    #[test]
    fn a_new_document_forgets_the_last_one() {
        let mut m = Memory::default();
        m.begin(4);
        m.note(2, 10..15, true);
        m.note(2, 40..45, true);
        m.note(3, 20..25, true);
        assert_eq!((m.introduced(2), m.weight(2), m.weight(3)), (Some(10), 2, 1));
        assert_eq!((m.introduced(1), m.weight(1)), (None, 0));
        m.begin(4);
        assert_eq!((m.introduced(2), m.weight(2), m.plain.len()), (None, 0, 0));
        m.note(2, 7..9, false);
        assert_eq!((m.introduced(2), m.weight(2)), (Some(7), 0), "not weighed");
    }

    #[test]
    fn a_larger_gazetteer_grows_the_arrays_and_the_counter_wraps() {
        let mut m = Memory::default();
        m.begin(2);
        m.note(1, 0..1, true);
        m.begin(10);
        assert_eq!(m.introduced(9), None);
        m.note(9, 3..4, true);
        assert_eq!(m.introduced(9), Some(3));
        m.generation = u32::MAX;
        m.begin(10);
        assert_eq!((m.generation, m.introduced(9), m.introduced(1)), (1, None, None));
    }
}
