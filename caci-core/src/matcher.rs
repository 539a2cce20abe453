//! The automaton and the boundary-correct longest selection.
//!
//! Every variant of every alias is compiled into one automaton, a byte trie (see
//! [`crate::trie`] for why not an Aho-Corasick automaton), with ASCII case folded by a
//! lookup table as the text is read (so the caller's text is never copied or lowered). The scan tries only positions where a name can start: a word start, or the
//! first byte of an alias that begins with a non-word character. From each such position
//! the trie is walked *anchored*, collecting every alias that ends along the way; the
//! longest one that passes the word-boundary and case-policy tests wins, and the scan
//! resumes after it.
//!
//! This is the "select among boundary-valid candidates" rule: a longest match that fails
//! its boundary test never hides a shorter one that passes: in `South Sudanese`, with the
//! aliases `South Sudan` and `Sudanese`, the candidate at `South` fails at its end and
//! `Sudanese` is still found. The result equals an overlapping search followed by a
//! boundary filter and a greedy leftmost-longest choice, which the property tests check.

use crate::alias::CasePolicy;
use crate::boundary::{is_word_char, word_at, ASCII_WORD};
use crate::error::{Error, ErrorKind, Result};
use crate::trie::Trie;
use std::collections::HashMap;
use std::ops::Range;

/// One way an alias may be written: what the automaton must check beyond its bytes.
#[derive(Debug, Clone)]
pub(crate) struct Written {
    /// Index of the alias in the gazetteer.
    pub alias: u32,
    /// The variant's bytes, for the exact and capitalised policies.
    pub bytes: Box<[u8]>,
    pub case: CasePolicy,
    /// Also matches with a plural `s` after it (`F-16s`).
    pub plural: bool,
}

/// A distinct byte string (up to ASCII case) in the automaton.
#[derive(Debug, Clone)]
struct Pattern {
    /// Range into `Matcher::written`.
    written: Range<u32>,
    /// The first character is a word character: needs a non-word character before it.
    first_word: bool,
    /// The last character is a word character: needs a non-word character after it.
    last_word: bool,
    /// Bytes at the end that are context, not span (the hyphen of `Sino-`).
    trailing: u8,
    /// Some alias written this way takes a plural `s`.
    plural: bool,
}

/// A boundary-valid find before resolution: a span and the aliases written there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    /// Range into the `aliases` buffer passed to [`Matcher::scan`].
    pub aliases: Range<u32>,
}

/// The compiled automaton and what each of its patterns stands for.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    trie: Trie,
    patterns: Vec<Pattern>,
    written: Vec<Written>,
    /// Per byte: `WORD`, `NON_ASCII`, `START_AFTER_SPACE` (may begin a pattern after a
    /// non-word character), `START_ANYWHERE` (begins a pattern whose first character is
    /// not a word character, so it may start anywhere).
    flags: [u8; 256],
    /// The prefix filter: a set of hashed prefixes of every pattern, four bytes long (or
    /// the whole pattern when shorter). Most word starts begin no alias, and a lookup in
    /// this 32 KiB set rejects them before the automaton is entered. Rejections are the
    /// common case, so the branch predicts well.
    prefixes: PrefixSet,
}

const WORD: u8 = 1;
const NON_ASCII: u8 = 2;
const START_AFTER_SPACE: u8 = 4;
const START_ANYWHERE: u8 = 8;

/// Hashed prefixes of the patterns, by length: 1, 2, 3, or 4 and more (first 4 bytes).
///
/// Bytes are folded with `| 0x20`, which maps ASCII capitals to small letters (and
/// merges some other bytes, which only costs a false positive): text that equals a
/// pattern up to ASCII case always has the same folded prefix.
#[derive(Debug, Clone)]
struct PrefixSet {
    /// Bit sets of 2^BITS bits for prefixes of 4 bytes, and for whole patterns of 1-3 bytes.
    long: Box<[u64]>,
    short: Box<[u64]>,
    /// Which short lengths occur at all, to skip their lookups.
    short_lengths: [bool; 4],
}

const BITS: u32 = 18;

impl PrefixSet {
    fn new() -> PrefixSet {
        let words = (1usize << BITS) / 64;
        PrefixSet {
            long: vec![0; words].into_boxed_slice(),
            short: vec![0; words].into_boxed_slice(),
            short_lengths: [false; 4],
        }
    }

    #[inline]
    fn fold(bytes: &[u8]) -> u32 {
        let mut k = [0u8; 4];
        k[..bytes.len()].copy_from_slice(bytes);
        u32::from_le_bytes(k) | 0x2020_2020
    }

    #[inline]
    fn slot(key: u32, len: usize) -> usize {
        (key.wrapping_add(len as u32).wrapping_mul(0x9E37_79B1) >> (32 - BITS)) as usize
    }

    fn insert(&mut self, pattern: &[u8]) {
        let len = pattern.len().min(4);
        let slot = Self::slot(Self::fold(&pattern[..len]), len);
        let set = if len == 4 { &mut self.long } else { &mut self.short };
        set[slot / 64] |= 1 << (slot % 64);
        if len < 4 {
            self.short_lengths[len] = true;
        }
    }

    fn memory_usage(&self) -> usize {
        (self.long.len() + self.short.len()) * 8
    }

    #[inline]
    fn has(set: &[u64], slot: usize) -> bool {
        set[slot / 64] & (1 << (slot % 64)) != 0
    }

    /// Whether some pattern may start at `bytes[i..]`.
    #[inline]
    fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let rest = &bytes[i..];
        if rest.len() >= 4 && Self::has(&self.long, Self::slot(Self::fold(&rest[..4]), 4)) {
            return true;
        }
        (1..4).any(|len| {
            self.short_lengths[len]
                && rest.len() >= len
                && Self::has(&self.short, Self::slot(Self::fold(&rest[..len]), len))
        })
    }
}

impl Matcher {
    /// Compiles `written` forms (each with its alias and policy) into one automaton.
    pub fn new(written: Vec<Written>) -> Result<Matcher> {
        // Group by ASCII-lowered bytes: one automaton pattern per distinct string.
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut groups: Vec<Vec<Written>> = Vec::new();
        for w in written {
            let key = w.bytes.to_ascii_lowercase();
            let g = *index.entry(key).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(w);
        }
        let mut keys: Vec<(Vec<u8>, usize)> = index.into_iter().collect();
        keys.sort_by_key(|(_, g)| *g);
        let mut patterns = Vec::with_capacity(groups.len());
        let mut flat = Vec::new();
        let mut flags = [0u8; 256];
        for (b, f) in flags.iter_mut().enumerate() {
            *f = if b >= 0x80 {
                NON_ASCII
            } else if ASCII_WORD[b] {
                WORD
            } else {
                0
            };
        }
        let mut prefixes = PrefixSet::new();
        for ((key, _), group) in keys.iter().zip(groups) {
            let text = std::str::from_utf8(&group[0].bytes)
                .map_err(|_| Error::new(ErrorKind::Build, "alias variant is not UTF-8"))?;
            let first = text.chars().next().ok_or_else(|| Error::new(ErrorKind::EmptyAlias, "empty alias variant"))?;
            let last = text.chars().next_back().unwrap_or(first);
            let trailing =
                if crate::variants::is_dash(last) && text.chars().count() > 1 { last.len_utf8() as u8 } else { 0 };
            let first_word = is_word_char(first);
            let b0 = key[0];
            for b in [b0, b0.to_ascii_uppercase()] {
                flags[b as usize] |= if first_word { START_AFTER_SPACE } else { START_ANYWHERE };
            }
            prefixes.insert(key);
            let lo = flat.len() as u32;
            flat.extend(group);
            let plural = flat[lo as usize..].iter().any(|w: &Written| w.plural) && last.is_alphanumeric();
            patterns.push(Pattern {
                written: lo..flat.len() as u32,
                first_word,
                last_word: is_word_char(last),
                trailing,
                plural,
            });
        }
        let trie = Trie::new(&keys.iter().map(|(k, _)| k.as_slice()).collect::<Vec<_>>());
        Ok(Matcher { trie, patterns, written: flat, flags, prefixes })
    }

    /// Number of distinct patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Heap memory of the automaton and its tables, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.trie.memory_usage()
            + self.written.iter().map(|w| w.bytes.len() + std::mem::size_of::<Written>()).sum::<usize>()
            + self.patterns.len() * std::mem::size_of::<Pattern>()
            + self.prefixes.memory_usage()
    }

    /// Finds the boundary-valid, non-overlapping, leftmost-longest hits in `text`,
    /// appending them to `hits` and their aliases to `aliases`.
    pub fn scan(&self, text: &str, hits: &mut Vec<Hit>, aliases: &mut Vec<u32>) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut ends: Vec<(u32, usize)> = Vec::with_capacity(8);
        let mut i = 0;
        let mut prev_word = false;
        while i < n {
            let b = bytes[i];
            let f = self.flags[b as usize];
            // Inside a word nothing can start (unless the alias begins with a non-word
            // character): the common case, kept to one table load and one branch.
            let wanted = if prev_word { START_ANYWHERE } else { START_ANYWHERE | START_AFTER_SPACE };
            if f & wanted != 0 && self.may_start(bytes, i) {
                if let Some(end) = self.longest_at(text, i, prev_word, &mut ends, hits, aliases) {
                    prev_word = crate::boundary::word_before(text, end);
                    i = end;
                    continue;
                }
            }
            if f & NON_ASCII == 0 {
                prev_word = f & WORD != 0;
                i += 1;
            } else {
                // A lead byte (the scan only stands on char boundaries): decode the char.
                let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
                prev_word = is_word_char(c);
                i += c.len_utf8();
            }
        }
    }

    #[inline]
    fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        self.prefixes.may_start(bytes, i)
    }

    /// Walks the trie anchored at `start`; pushes the longest valid hit and returns its
    /// span end, or `None` when nothing valid starts here.
    fn longest_at(
        &self,
        text: &str,
        start: usize,
        prev_word: bool,
        ends: &mut Vec<(u32, usize)>,
        hits: &mut Vec<Hit>,
        aliases: &mut Vec<u32>,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        ends.clear();
        self.trie.walk(bytes, start, |pid, end| ends.push((pid, end)));
        // Candidates longest first; a pattern that takes a plural also stands for itself
        // plus an `s` (`F-16s`), which is longer than the pattern alone.
        let mut best: Option<(usize, u32, bool)> = None;
        for pass in 0..2 {
            for &(pid, end) in ends.iter().rev() {
                let p = &self.patterns[pid as usize];
                let plural = pass == 0;
                if plural && !(p.plural && bytes.get(end) == Some(&b's') && !word_at(text, end + 1)) {
                    continue;
                }
                let stop = end + plural as usize;
                if (p.first_word && prev_word) || (!plural && p.last_word && word_at(text, end)) {
                    continue;
                }
                if best.is_some_and(|(b, _, _)| b >= stop) {
                    continue;
                }
                let found = &bytes[start..end];
                let ok = self.written[p.written.start as usize..p.written.end as usize]
                    .iter()
                    .any(|w| (!plural || w.plural) && case_ok(w.case, &w.bytes, found));
                if ok {
                    best = Some((stop, pid, plural));
                    break;
                }
            }
        }
        let (stop, pid, plural) = best?;
        let p = &self.patterns[pid as usize];
        let end = stop - plural as usize;
        let lo = aliases.len();
        let found = &bytes[start..end];
        for w in &self.written[p.written.start as usize..p.written.end as usize] {
            if (!plural || w.plural) && case_ok(w.case, &w.bytes, found) && !aliases[lo..].contains(&w.alias) {
                aliases.push(w.alias);
            }
        }
        let span_end = stop - p.trailing as usize;
        hits.push(Hit { start, end: span_end, aliases: lo as u32..aliases.len() as u32 });
        Some(span_end)
    }
}

/// Whether `found` (equal to `written` up to ASCII case) satisfies the policy.
#[inline]
fn case_ok(case: CasePolicy, written: &[u8], found: &[u8]) -> bool {
    match case {
        CasePolicy::Any => true,
        CasePolicy::Exact => written == found,
        CasePolicy::Cap => written.first() == found.first(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(forms: &[(&str, CasePolicy)]) -> Matcher {
        let written = forms
            .iter()
            .enumerate()
            .map(|(i, (s, c))| Written { alias: i as u32, bytes: s.as_bytes().into(), case: *c, plural: false })
            .collect();
        Matcher::new(written).unwrap()
    }

    fn spans(m: &Matcher, text: &str) -> Vec<(String, Vec<u32>)> {
        let (mut hits, mut aliases) = (Vec::new(), Vec::new());
        m.scan(text, &mut hits, &mut aliases);
        hits.iter()
            .map(|h| {
                (text[h.start..h.end].to_string(), aliases[h.aliases.start as usize..h.aliases.end as usize].to_vec())
            })
            .collect()
    }

    #[test]
    fn a_longest_match_that_fails_its_boundary_does_not_hide_a_shorter_one() {
        let m = matcher(&[("South Sudan", CasePolicy::Any), ("Sudanese", CasePolicy::Any)]);
        assert_eq!(spans(&m, "South Sudanese troops"), vec![("Sudanese".to_string(), vec![1])]);
        let m = matcher(&[("New York", CasePolicy::Any), ("York", CasePolicy::Any), ("New", CasePolicy::Any)]);
        assert_eq!(spans(&m, "New Yorker"), vec![("New".to_string(), vec![2])]);
    }

    #[test]
    fn a_match_does_not_swallow_the_start_of_the_next() {
        let m = matcher(&[("Iran Iraq", CasePolicy::Any), ("Iran", CasePolicy::Any), ("Iraqi", CasePolicy::Any)]);
        assert_eq!(spans(&m, "Iran Iraqi border"), vec![("Iran".into(), vec![1]), ("Iraqi".into(), vec![2])]);
    }

    #[test]
    fn case_policies() {
        let m = matcher(&[("US", CasePolicy::Exact), ("Turkey", CasePolicy::Cap), ("Uzbekistan", CasePolicy::Any)]);
        assert!(spans(&m, "let us go").is_empty());
        assert_eq!(spans(&m, "the US and TURKEY").len(), 2);
        assert!(spans(&m, "roast turkey").is_empty());
        assert_eq!(spans(&m, "UZBEKISTAN, uzbekistan").len(), 2);
    }

    #[test]
    fn whole_words_with_unicode_neighbours() {
        let m = matcher(&[("Iran", CasePolicy::Any), ("Russian", CasePolicy::Any), ("Azerbaijan", CasePolicy::Any)]);
        assert!(spans(&m, "Iranian").is_empty());
        assert!(spans(&m, "éIran").is_empty());
        assert_eq!(spans(&m, "Sino-Russian")[0].0, "Russian");
        assert_eq!(spans(&m, "Azerbaijan’s")[0].0, "Azerbaijan");
    }

    #[test]
    fn trailing_hyphen_is_context_not_span() {
        let m = matcher(&[("Sino-", CasePolicy::Any), ("Russian", CasePolicy::Any)]);
        let s = spans(&m, "Sino-Russian ties");
        assert_eq!(s.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["Sino", "Russian"]);
        assert!(spans(&m, "Sino ties").is_empty());
    }
}
