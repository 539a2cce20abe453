//! The automaton and the boundary-correct longest selection.
//!
//! Every variant of every alias is compiled into one automaton, a byte trie (see
//! [`crate::trie`] for why not an Aho-Corasick automaton), with ASCII case folded by a
//! lookup table as the text is read (so the caller's text is never copied or lowered).
//! A name can only start where a word starts, or at the first byte of an alias that
//! begins with a non-word character; from each such position the trie is walked
//! *anchored*, collecting every alias that ends along the way; the longest one that
//! passes the word-boundary and case-policy tests wins, and the scan resumes after it.
//!
//! This is the "select among boundary-valid candidates" rule: a longest match that fails
//! its boundary test never hides a shorter one that passes: in `South Sudanese`, with the
//! aliases `South Sudan` and `Sudanese`, the candidate at `South` fails at its end and
//! `Sudanese` is still found. The result equals an overlapping search followed by a
//! boundary filter and a greedy leftmost-longest choice, which the property tests check.
//!
//! ## The staged scan
//! What is found at a position depends on the text alone, not on what was found before
//! it; the scan only skips positions inside the previous find. So the work is done in
//! stages, each over a whole chunk of text (16 KiB) and each a tight loop that branches
//! as little as possible, instead of one loop that does everything per byte. One file
//! per stage, each saying why it is fast:
//!
//! 1. [`starts`]: the offsets of the possible starts (word starts, and bytes that may
//!    begin an alias anywhere), found 64 bytes at a time with AVX2 where the CPU has it
//!    ([`starts_avx2`]), or one branch-free byte at a time;
//! 2. [`prefix`]: a filter on the eight bytes from each start, which drops the starts
//!    that begin no alias (most of them), eight starts at a time with AVX2
//!    ([`prefix_avx2`]);
//! 3. [`longest`]: from each start left, not inside the previous find, the anchored walk
//!    of the trie ([`crate::trie`]) and the choice of the longest valid candidate; finds
//!    are appended in order, which is the greedy leftmost-longest selection.
//!
//! Stages 1 and 2 are conservative (they may keep a position where nothing is found,
//! never drop one where something is), and stage 3 decides exactly, as the byte-at-a-time
//! scan did. That scan is kept as the reference ([`Path::Sequential`]); the tests check
//! that every path finds the same, on random texts and on the benchmark corpus.
//!
//! The path is chosen once per process: AVX2 when the CPU has it, else the portable
//! path. `CACI_FORCE_PORTABLE=1` forces the portable path (so that the tests of the
//! crate and its bindings can run on both), `CACI_FORCE_PORTABLE=sequential` the
//! reference scan.

mod longest;
mod prefix;
#[cfg(target_arch = "x86_64")]
mod prefix_avx2;
pub(crate) mod starts;
#[cfg(target_arch = "x86_64")]
mod starts_avx2;

use crate::alias::CasePolicy;
use crate::boundary::{is_word_char, ASCII_WORD};
use crate::error::{Error, ErrorKind, Result};
use crate::grammar::Grammar;
use crate::trie::Trie;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

/// Which implementation of the stages runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Path {
    /// The staged scan, stages 1 and 2 on AVX2.
    Avx2,
    /// The staged scan on any CPU.
    Portable,
    /// The reference: a byte-at-a-time scan that tries every start, with no filter.
    Sequential,
}

impl Path {
    /// The path `scan` uses: AVX2 when the CPU has it, unless `CACI_FORCE_PORTABLE` is
    /// set (`1`: the portable path; `sequential`: the reference scan). Read once.
    pub(crate) fn current() -> Path {
        static PATH: OnceLock<Path> = OnceLock::new();
        *PATH.get_or_init(|| match std::env::var("CACI_FORCE_PORTABLE").as_deref() {
            Ok("sequential") => Path::Sequential,
            Ok(v) if !v.is_empty() && v != "0" => Path::Portable,
            _ if Path::avx2_available() => Path::Avx2,
            _ => Path::Portable,
        })
    }

    /// Whether this CPU runs the AVX2 path.
    pub(crate) fn avx2_available() -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            std::is_x86_feature_detected!("avx2")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    }
}

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
    /// A weapon designation that may grow by a learned variant suffix (see
    /// [`crate::grammar`]).
    pub grows: bool,
}

/// A distinct byte string (up to ASCII case) in the automaton. Sixteen bytes, and for
/// most patterns all stage 3 reads of their forms.
#[derive(Debug, Clone)]
struct Pattern {
    /// The first of its forms in `Matcher::written`.
    first: u32,
    /// How many forms.
    forms: u16,
    /// The alias, when the pattern is one form with the `Any` case policy (most are), so
    /// that a find needs no look at the forms; `NO_ALIAS` otherwise.
    simple: u32,
    /// The first character is a word character: needs a non-word character before it.
    first_word: bool,
    /// The last character is a word character: needs a non-word character after it.
    last_word: bool,
    /// Bytes at the end that are context, not span (the hyphen of `Sino-`).
    trailing: u8,
    /// Some alias written this way takes a plural `s`.
    plural: bool,
    /// Every alias written this way has the `Any` case policy: no need to look.
    any_case: bool,
    /// Some alias written this way is a designation that may grow (`Mi-17` → `Mi-17V-5`):
    /// `GROWS` across a dash or a space, and `GROWS | ATTACHES` by a suffix right after it
    /// as well (`Su-24M`). Only a pattern that the prefix filter judges on its own bytes
    /// attaches: eight bytes or more, or a separator among its first eight (`Su-24`, not
    /// `K2` or `T129`), since the filter passes a shorter pattern of letters and digits
    /// only before a non-word character (see [`prefix`]).
    grows: u8,
}

/// [`Pattern::grows`]: grows across a dash or space.
const GROWS: u8 = 1;
/// [`Pattern::grows`]: grows by a suffix attached to it too.
const ATTACHES: u8 = 2;

impl Pattern {
    /// Its range in `Matcher::written`.
    fn written(&self) -> Range<usize> {
        self.first as usize..self.first as usize + self.forms as usize
    }
}

/// Where a scan appends its finds: the hits, and the aliases their ranges point into.
struct Finds<'f> {
    hits: &'f mut Vec<Hit>,
    aliases: &'f mut Vec<u32>,
}

/// A boundary-valid find before resolution: a span and the aliases written there.
///
/// 24 bytes: `find` over a long text writes one per name, and reads them back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    /// The first of its aliases in the `aliases` buffer passed to [`Matcher::scan`].
    lo: u32,
    /// How many (at most the forms of a pattern, which are counted in a `u16`).
    n: u16,
    /// For a designation grown by a variant suffix (`Mi-17V-5M`): the length of the
    /// known designation (whose aliases these are), at most [`MAX_BASE`], and of the
    /// suffix (before a plural `s`); `(0, 0)` for any other find.
    base: u8,
    suffix: u8,
}

/// The longest known designation that grows (in bytes): what a [`Hit`] can say.
pub(crate) const MAX_BASE: usize = u8::MAX as usize;

impl Hit {
    /// A hit of `aliases`; `grown`: the lengths of the known designation and the suffix.
    #[inline]
    fn new(start: usize, end: usize, aliases: Range<u32>, grown: Option<(usize, usize)>) -> Hit {
        let (base, suffix) = grown.map_or((0, 0), |(b, s)| (b.min(MAX_BASE) as u8, s.min(255) as u8));
        Hit { start, end, lo: aliases.start, n: (aliases.end - aliases.start) as u16, base, suffix }
    }

    /// Its range in the `aliases` buffer.
    #[inline]
    pub fn aliases(&self) -> Range<u32> {
        self.lo..self.lo + self.n as u32
    }

    /// Whether the designation was grown by a variant suffix.
    #[inline]
    pub fn is_grown(&self) -> bool {
        self.suffix != 0
    }

    /// For a grown designation, the suffix's byte range in the text.
    #[inline]
    pub fn suffix(&self) -> Option<Range<usize>> {
        let from = self.start + self.base as usize;
        self.is_grown().then(|| from..from + self.suffix as usize)
    }
}

/// The compiled automaton and what each of its patterns stands for.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    trie: Trie,
    patterns: Vec<Pattern>,
    written: Vec<Written>,
    /// Per byte: `WORD`, `NON_ASCII`, `START_AFTER_SPACE` (may begin a pattern after a
    /// non-word character), `START_ANYWHERE` (begins a pattern whose first character is
    /// not a word character, so it may start anywhere). Exact, for stage 3 and the
    /// reference scan.
    flags: [u8; 256],
    /// Stage 1's byte classes (looser than `flags`).
    starts: starts::StartSets,
    /// Stage 2's filter.
    prefixes: prefix::PrefixFilter,
    /// The designation grammar, applied in stage 3.
    grammar: Grammar,
}

/// Prose written for this crate in the manner of the analyses it reads: the trie places
/// the nodes that walks over it pass through first, packed together, so that the nodes
/// real prose walks through most stay in the L1 cache (see [`Trie::with_sample`]). Any
/// prose would do; the closer to what is read, the fewer cache misses. It decides only
/// where nodes are placed, never what is found.
const LAYOUT_SAMPLE: &str = include_str!("matcher/layout_sample.txt");

/// `Pattern::simple` of a pattern with several forms or another case policy.
const NO_ALIAS: u32 = u32::MAX;

const WORD: u8 = 1;
const NON_ASCII: u8 = 2;
const START_AFTER_SPACE: u8 = 4;
const START_ANYWHERE: u8 = 8;

impl Matcher {
    /// Compiles `written` forms (each with its alias and policy) into one automaton, with
    /// the designation `grammar` for the forms that may grow.
    pub fn new(written: Vec<Written>, grammar: Grammar) -> Result<Matcher> {
        // One pattern per distinct ASCII-lowered string. The lowered strings go to one
        // buffer and are sorted there (by bytes, then by position, so that the forms of a
        // pattern keep their order): no allocation or hashing per form, and the trie gets
        // its keys sorted and side by side, which is most of its build time.
        let mut lowered = Vec::with_capacity(written.iter().map(|w| w.bytes.len()).sum());
        let mut spans = Vec::with_capacity(written.len());
        for w in &written {
            let from = lowered.len();
            lowered.extend(w.bytes.iter().map(u8::to_ascii_lowercase));
            spans.push(from..lowered.len());
        }
        let key = |i: u32| &lowered[spans[i as usize].clone()];
        // Sorted by the first eight bytes as a number first: most comparisons end there.
        let head = |i: u32| {
            let k = key(i);
            let mut b = [0u8; 8];
            b[..k.len().min(8)].copy_from_slice(&k[..k.len().min(8)]);
            u64::from_be_bytes(b)
        };
        let mut order: Vec<(u64, u32)> = (0..written.len() as u32).map(|i| (head(i), i)).collect();
        order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| key(a.1).cmp(key(b.1))).then(a.1.cmp(&b.1)));
        let mut written: Vec<Option<Written>> = written.into_iter().map(Some).collect();
        let mut keys: Vec<u8> = Vec::with_capacity(lowered.len());
        let mut key_spans = Vec::new();
        let mut flat: Vec<Written> = Vec::with_capacity(written.len());
        // Per pattern: its range in `flat`.
        let mut groups: Vec<Range<u32>> = Vec::new();
        for (k, &(_, i)) in order.iter().enumerate() {
            if k == 0 || key(order[k - 1].1) != key(i) {
                let from = keys.len();
                keys.extend_from_slice(key(i));
                key_spans.push(from..keys.len());
                groups.push(flat.len() as u32..flat.len() as u32);
            }
            flat.extend(written[i as usize].take());
            if let Some(g) = groups.last_mut() {
                g.end = flat.len() as u32;
            }
        }
        let keys: Vec<&[u8]> = key_spans.iter().map(|s| &keys[s.clone()]).collect();
        let mut patterns = Vec::with_capacity(groups.len());
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
        let mut prefixes = prefix::PrefixFilter::new();
        for (key, group) in keys.iter().zip(groups) {
            let forms = &flat[group.start as usize..group.end as usize];
            let text = std::str::from_utf8(&forms[0].bytes)
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
            let plural = forms.iter().any(|w| w.plural) && last.is_alphanumeric();
            prefixes.insert(key, plural);
            let any_case = forms.iter().all(|w| w.case == CasePolicy::Any);
            let grows = if grammar.is_empty() || !forms.iter().any(|w| w.grows) {
                0
            } else if key.len() >= 8 || key[1..key.len().min(8)].iter().any(|b| !b.is_ascii_alphanumeric()) {
                GROWS | ATTACHES
            } else {
                GROWS
            };
            patterns.push(Pattern {
                first: group.start,
                forms: u16::try_from(forms.len())
                    .map_err(|_| Error::new(ErrorKind::Build, "more than 65535 aliases written the same way"))?,
                simple: if any_case && forms.len() == 1 { forms[0].alias } else { NO_ALIAS },
                first_word,
                last_word: is_word_char(last),
                trailing,
                plural,
                any_case,
                grows,
            });
        }
        let after = flags.map(|f| f & START_AFTER_SPACE != 0);
        let anywhere = flags.map(|f| f & START_ANYWHERE != 0);
        let starts = starts::StartSets::new(&after, &anywhere);
        // The trie's layout follows the walks of stage 3 over the sample: the starts that
        // stages 1 and 2 keep there (on the portable path, the same on every CPU).
        let sample = LAYOUT_SAMPLE.as_bytes();
        let mut walks = vec![0u32; sample.len() + starts::SLACK];
        let found = starts::starts(Path::Portable, &starts, sample, 0, sample.len(), &mut walks);
        let kept = prefixes.filter(Path::Portable, sample, 0, &mut walks[..found]);
        let trie = Trie::with_sample(&keys, sample, &walks[..kept]);
        Ok(Matcher { trie, patterns, written: flat, flags, starts, prefixes, grammar })
    }

    /// The designation grammar.
    #[cfg(test)]
    pub(crate) fn grammar(&self) -> &Grammar {
        &self.grammar
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
        self.scan_with(Path::current(), text, hits, aliases);
    }

    /// [`Matcher::scan`] on a given path (the tests compare them).
    pub(crate) fn scan_with(&self, path: Path, text: &str, hits: &mut Vec<Hit>, aliases: &mut Vec<u32>) {
        let out = Finds { hits, aliases };
        match path {
            Path::Sequential => self.scan_sequential(text, out),
            _ => self.scan_staged(path, text, out),
        }
    }

    /// The staged scan (see the module documentation), chunk by chunk.
    fn scan_staged(&self, path: Path, text: &str, mut out: Finds) {
        thread_local! {
            // Stage buffers, reused across calls so that small documents do not pay for them.
            static SCRATCH: RefCell<Scratch> = const { RefCell::new(Scratch { offsets: Vec::new(), ends: Vec::new() }) };
        }
        SCRATCH.with(|s| {
            let Scratch { offsets, ends } = &mut *s.borrow_mut();
            let bytes = text.as_bytes();
            let need = bytes.len().min(CHUNK) + starts::SLACK;
            if offsets.len() < need {
                offsets.resize(need, 0);
            }
            if ends.len() < self.trie.ends_needed() {
                ends.resize(self.trie.ends_needed(), (0, 0));
            }
            // The first position not inside the last find.
            let mut next = 0;
            let mut lo = 0;
            while lo < bytes.len() {
                let hi = (lo + CHUNK).min(bytes.len());
                let found = starts::starts(path, &self.starts, bytes, lo, hi, offsets);
                let kept = self.prefixes.filter(path, bytes, lo, &mut offsets[..found]);
                next = self.longest_in(text, lo, &offsets[..kept], next, ends, &mut out);
                lo = hi;
            }
        });
    }

    /// The reference scan: byte by byte, trying the trie at every possible start (no
    /// filter), as the matcher did before the staged scan. Slow; for tests.
    fn scan_sequential(&self, text: &str, mut out: Finds) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut ends = vec![(0, 0); self.trie.ends_needed()];
        let mut i = 0;
        let mut prev_word = false;
        while i < n {
            let b = bytes[i];
            let f = self.flags[b as usize];
            let wanted = if prev_word { START_ANYWHERE } else { START_ANYWHERE | START_AFTER_SPACE };
            if f & wanted != 0 {
                if let Some(end) = self.longest_at(text, i, prev_word, &mut ends, &mut out) {
                    prev_word = word_before(text, end);
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
}

/// Bytes of text per round of the stages: the offsets buffer (64 KiB) and the chunk
/// stay in the L1/L2 cache between stages.
const CHUNK: usize = 16 << 10;

/// Per-thread buffers of the staged scan.
struct Scratch {
    /// Stage 1 and 2 output: offsets of starts from the chunk's beginning.
    offsets: Vec<u32>,
    /// Stage 3: the patterns that end along one walk (trie node, length).
    ends: Vec<(u32, u32)>,
}

/// Whether the character at byte `i` of `text` is a word character, as
/// [`crate::boundary::word_at`] says, with the punctuation of prose after a name (`’s`,
/// `”`, `–`: U+2000 to U+206F, General Punctuation, none of them a word character)
/// decided from its bytes, without the Unicode tables (which cost ten times more, and
/// stage 3 asks at the end of every candidate). Not inlined: where it was, the callers'
/// code grew more than the tables cost.
#[inline(never)]
pub(crate) fn word_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => ASCII_WORD[c as usize],
        Some(&0xE2) if general_punctuation(b[i + 1], b[i + 2]) => false,
        Some(_) => crate::boundary::word_at(text, i),
    }
}

/// Whether the character that ends just before byte `i` is a word character, as
/// [`crate::boundary::word_before`] says, with General Punctuation (`“Putin`, `—Iran`)
/// decided from its bytes. Not inlined, as [`word_at`].
#[inline(never)]
pub(crate) fn word_before(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match i.checked_sub(1).map(|j| b[j]) {
        None => false,
        Some(c) if c < 0x80 => ASCII_WORD[c as usize],
        // 0xE2 is a lead byte: the three bytes before `i` are one character.
        Some(_) if i >= 3 && b[i - 3] == 0xE2 && general_punctuation(b[i - 2], b[i - 1]) => false,
        Some(_) => crate::boundary::word_before(text, i),
    }
}

/// Whether the three-byte character `E2 b1 b2` is in U+2000..=U+206F.
#[inline(always)]
fn general_punctuation(b1: u8, b2: u8) -> bool {
    b1 == 0x80 || (b1 == 0x81 && b2 < 0xB0)
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
mod tests;
