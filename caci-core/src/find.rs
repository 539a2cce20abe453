//! Finding mentions in one text: the matcher's scan, then resolution.

use crate::date::Date;
use crate::gazetteer::Gazetteer;
use crate::matcher::Hit;
use crate::mention::Mention;
use crate::resolve::oversized;

/// The most finds a thread keeps room for between calls to `find` (about 2 MB), unless
/// the last call needed more (see `resolve::oversized`).
const SCRATCH_KEEP: usize = 1 << 16;

/// A thread's buffers for `find`: the matcher's finds and the resolver's memory.
#[derive(Default)]
struct Scratch {
    hits: Vec<Hit>,
    aliases: Vec<u32>,
    memory: crate::resolve::Memory,
}

impl Gazetteer {
    /// Finds every mention in `text`, in order, without overlaps.
    ///
    /// ```
    /// let g = caci_core::Gazetteer::default();
    /// let text = "Tashkent weighs the J-10C against the Rafale.";
    /// let found: Vec<(&str, &str)> = g.find(text).iter().map(|m| (m.surface, m.id())).collect();
    /// assert_eq!(found, [("Tashkent", "UZB"), ("J-10C", "j-10c"), ("Rafale", "rafale")]);
    /// ```
    pub fn find<'a>(&'a self, text: &'a str) -> Vec<Mention<'a>> {
        self.find_dated(text, None)
    }

    /// Finds every mention in `text`, resolving partial and ambiguous names by the
    /// document's `date` (see [how names are resolved](crate#how-names-are-resolved)).
    pub fn find_dated<'a>(&'a self, text: &'a str, date: Option<Date>) -> Vec<Mention<'a>> {
        thread_local! {
            // Reused across calls so that many small documents do not pay for allocation.
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        }
        SCRATCH.with(|s| {
            let Scratch { hits, aliases, memory } = &mut *s.borrow_mut();
            hits.clear();
            aliases.clear();
            self.matcher.scan(text, hits, aliases);
            let found = crate::resolve::resolve(self, text, date, hits, aliases, memory);
            memory.shrink(SCRATCH_KEEP);
            if oversized(hits, SCRATCH_KEEP) || oversized(aliases, 2 * SCRATCH_KEEP) {
                *hits = Vec::new();
                *aliases = Vec::new();
            }
            found
        })
    }

    /// The raw, unresolved finds (for tests and benchmarks of the matcher alone).
    #[cfg(any(test, feature = "internals"))]
    #[doc(hidden)]
    pub fn scan_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let (mut hits, mut aliases) = (Vec::new(), Vec::new());
        self.matcher.scan(text, &mut hits, &mut aliases);
        hits.iter().map(|h: &Hit| (h.start, h.end)).collect()
    }
}
