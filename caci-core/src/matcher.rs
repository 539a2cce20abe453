//! The automaton and the boundary-correct longest selection.
//!
//! Every variant of every alias is compiled into one `aho-corasick` DFA, with ASCII case
//! folded by the automaton's byte classes (so the caller's text is never copied or
//! lowered). The scan tries only positions where a name can start: a word start, or the
//! first byte of an alias that begins with a non-word character. From each such position
//! the DFA is walked *anchored*, collecting every alias that ends along the way; the
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
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA as DFA;
use aho_corasick::{Anchored, MatchKind};
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
    dfa: Option<DFA>,
    patterns: Vec<Pattern>,
    written: Vec<Written>,
    /// Per byte: `WORD`, `NON_ASCII`, `START_AFTER_SPACE` (may begin a pattern after a
    /// non-word character), `START_ANYWHERE` (begins a pattern whose first character is
    /// not a word character, so it may start anywhere).
    flags: [u8; 256],
    /// The first two bytes (ASCII-lowered) of every pattern of two bytes or more, as a
    /// 65,536-bit set: most word starts begin no alias, and this rejects them before the
    /// automaton is entered.
    pairs: Box<[u64]>,
    /// Patterns of one byte, by that byte (ASCII-lowered).
    singles: [bool; 256],
}

const WORD: u8 = 1;
const NON_ASCII: u8 = 2;
const START_AFTER_SPACE: u8 = 4;
const START_ANYWHERE: u8 = 8;

fn pair_index(a: u8, b: u8) -> usize {
    ((a.to_ascii_lowercase() as usize) << 8) | b.to_ascii_lowercase() as usize
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
        let mut pairs = vec![0u64; 65536 / 64].into_boxed_slice();
        let mut singles = [false; 256];
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
            if key.len() >= 2 {
                let p = pair_index(key[0], key[1]);
                pairs[p / 64] |= 1 << (p % 64);
            } else {
                singles[b0 as usize] = true;
            }
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
        let dfa = if keys.is_empty() {
            None
        } else {
            let dfa = DFA::builder()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(true)
                .prefilter(false)
                .build(keys.iter().map(|(k, _)| k))
                .map_err(|e| Error::new(ErrorKind::Build, format!("cannot build the automaton: {e}")))?;
            Some(dfa)
        };
        Ok(Matcher { dfa, patterns, written: flat, flags, pairs, singles })
    }

    /// Number of distinct patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Heap memory of the automaton and its tables, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.dfa.as_ref().map_or(0, |d| d.memory_usage())
            + self.written.iter().map(|w| w.bytes.len() + std::mem::size_of::<Written>()).sum::<usize>()
            + self.patterns.len() * std::mem::size_of::<Pattern>()
            + self.pairs.len() * 8
    }

    /// Finds the boundary-valid, non-overlapping, leftmost-longest hits in `text`,
    /// appending them to `hits` and their aliases to `aliases`.
    pub fn scan(&self, text: &str, hits: &mut Vec<Hit>, aliases: &mut Vec<u32>) {
        let Some(dfa) = &self.dfa else { return };
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
                if let Some(end) = self.longest_at(dfa, text, i, prev_word, &mut ends, hits, aliases) {
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
        if self.singles[bytes[i].to_ascii_lowercase() as usize] {
            return true;
        }
        match bytes.get(i + 1) {
            Some(&b1) => {
                let p = pair_index(bytes[i], b1);
                self.pairs[p / 64] & (1 << (p % 64)) != 0
            }
            None => false,
        }
    }

    /// Walks the DFA anchored at `start`; pushes the longest valid hit and returns its
    /// span end, or `None` when nothing valid starts here.
    #[allow(clippy::too_many_arguments)]
    fn longest_at(
        &self,
        dfa: &DFA,
        text: &str,
        start: usize,
        prev_word: bool,
        ends: &mut Vec<(u32, usize)>,
        hits: &mut Vec<Hit>,
        aliases: &mut Vec<u32>,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        ends.clear();
        let Ok(mut sid) = dfa.start_state(Anchored::Yes) else { return None };
        for (j, &b) in bytes.iter().enumerate().skip(start) {
            sid = dfa.next_state(Anchored::Yes, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    let len = j + 1 - start;
                    for k in 0..dfa.match_len(sid) {
                        let pid = dfa.match_pattern(sid, k);
                        // Matches inherited through failure links start later: skip them.
                        if dfa.pattern_len(pid) == len {
                            ends.push((pid.as_u32(), j + 1));
                        }
                    }
                }
            }
        }
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
