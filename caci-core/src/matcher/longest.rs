//! Stage 3: from each start left, the anchored walk of the trie and the longest valid
//! find there; finds are appended in order, skipping starts inside the previous find
//! (the greedy leftmost-longest selection).
//!
//! Only the starts that survived stages 1 and 2 get here (about one in twenty bytes of
//! prose), and this stage alone decides: the trie is walked from the start, every
//! pattern that ends on the way is a candidate, and the longest that passes the
//! word-boundary and case-policy tests is the find. The stages before only narrow the
//! positions; this is the same decision the byte-at-a-time reference scan makes.
//!
//! Why it is fast: the walk is a loop of a few instructions per byte (see
//! [`crate::trie`]) that records pattern ends without branching; most walks end without
//! any (a word that merely begins like an alias) and cost nothing more, not even the look
//! at the character before the start. Only walks that found something go on to the
//! boundary and case tests, and a pattern written one way only, with any case (most of
//! them), needs no look at its written forms.

use crate::boundary::ASCII_WORD;

use super::{
    case_ok, word_at, word_before, Finds, Hit, Matcher, ATTACHES, MAX_BASE, NO_ALIAS, START_AFTER_SPACE, START_ANYWHERE,
};

impl Matcher {
    /// Stage 3 over the surviving starts of one chunk (`offsets` from `lo`): appends the
    /// finds and returns the first position after the last one (or `next`, unchanged).
    // Not inlined into the scan: alone, the walk's loop keeps its values in registers.
    #[inline(never)]
    pub(super) fn longest_in(
        &self,
        text: &str,
        lo: usize,
        offsets: &[u32],
        mut next: usize,
        ends: &mut [(u32, u32)],
        out: &mut Finds,
    ) -> usize {
        let bytes = text.as_bytes();
        for &rel in offsets {
            let i = lo + rel as usize;
            if i < next {
                continue;
            }
            let n = self.trie.walk(bytes, i, ends);
            if n == 0 {
                continue;
            }
            // Stage 1 took every non-ASCII character for a non-word one; decide here (an
            // ASCII byte before, as nearly always, by the table, without the call).
            let prev_word = match i.checked_sub(1).map(|j| bytes[j]) {
                Some(c) if c < 0x80 => ASCII_WORD[c as usize],
                _ => word_before(text, i),
            };
            let wanted = if prev_word { START_ANYWHERE } else { START_ANYWHERE | START_AFTER_SPACE };
            if self.flags[bytes[i] as usize] & wanted == 0 {
                continue;
            }
            // The common find: one pattern ends on the walk, written one way with any case,
            // taking no plural and not growing. Its choice is the boundary tests alone,
            // made here without the call to `choose`. The four tests are one branch
            // (which walks these are is not predictable); `ends[0]` is there, as `n > 0`.
            let (node, len) = ends[0];
            let p = &self.patterns[self.trie.pattern(node) as usize];
            if (n == 1) & (p.simple != NO_ALIAS) & !p.plural & (p.grows == 0) {
                let end = i + len as usize;
                if !((p.first_word && prev_word) || (p.last_word && word_at(text, end))) {
                    let lo = out.aliases.len() as u32;
                    out.aliases.push(p.simple);
                    let span_end = end - p.trailing as usize;
                    out.hits.push(Hit::new(i, span_end, lo..lo + 1, None));
                    next = span_end;
                }
                continue;
            }
            if let Some(end) = self.choose(text, i, prev_word, &ends[..n], out) {
                next = end;
            }
        }
        next
    }

    /// Walks the trie anchored at `start`; pushes the longest valid hit and returns its
    /// span end, or `None` when nothing valid starts here. `prev_word`: whether the
    /// character before `start` is a word character.
    pub(super) fn longest_at(
        &self,
        text: &str,
        start: usize,
        prev_word: bool,
        ends: &mut [(u32, u32)],
        out: &mut Finds,
    ) -> Option<usize> {
        let n = self.trie.walk(text.as_bytes(), start, ends);
        self.choose(text, start, prev_word, &ends[..n], out)
    }

    /// The longest valid candidate among the pattern ends of a walk from `start`
    /// (`ends`: trie node and length, shortest first); pushes it and returns its span end.
    ///
    /// A pattern that takes a plural also stands for itself plus an `s` (`F-16s`), one
    /// byte longer, and that wins a tie with a plain candidate of the same length. So,
    /// from the longest end down, the first end with a valid candidate decides: its plural
    /// if valid, else its plain candidate, unless the next shorter end is one byte
    /// shorter and has a valid plural.
    ///
    /// The longest pattern of the walk, if a designation that may grow (see
    /// [`crate::grammar`]), also stands for itself plus a learned variant suffix
    /// (`Mi-17V-5` + `M`); that grown candidate wins when it is longer than the plain one
    /// (a tie goes to the plain candidate: what the gazetteer lists).
    fn choose(&self, text: &str, start: usize, prev_word: bool, ends: &[(u32, u32)], out: &mut Finds) -> Option<usize> {
        // The pattern of the longest end, looked up once: the plain choice starts there, and
        // only it may grow.
        let &(last_node, last_len) = ends.last()?;
        let last = self.trie.pattern(last_node);
        let plain = self.plain_choice(text, start, prev_word, ends, last);
        // Nearly every find is plain: the grown one, when there may be one (a designation
        // that grows, and a byte after it that may begin a suffix), is tried and handled
        // apart (not inlined), so that this path stays short.
        if self.patterns[last as usize].grows != 0 && self.grammar.may_grow(text.as_bytes(), start + last_len as usize)
        {
            if let Some((g_stop, g_pid, g_end, g_plural)) = self.grown_choice(text, start, prev_word, ends) {
                if plain.is_none_or(|(stop, ..)| g_stop > stop) {
                    return Some(self.push_grown(text, start, ends, (g_stop, g_pid, g_end, g_plural), out));
                }
            }
        }
        let (stop, pid, plural) = plain?;
        let p = &self.patterns[pid as usize];
        let aliases = &mut *out.aliases;
        let lo = aliases.len();
        if p.simple != NO_ALIAS && !plural {
            aliases.push(p.simple);
        } else {
            let end = stop - plural as usize;
            for w in &self.written[p.written()] {
                if (!plural || w.plural)
                    && case_ok(w.case, &w.bytes, &text.as_bytes()[start..end])
                    && !aliases[lo..].contains(&w.alias)
                {
                    aliases.push(w.alias);
                }
            }
        }
        let span_end = stop - p.trailing as usize;
        out.hits.push(Hit::new(start, span_end, lo as u32..aliases.len() as u32, None));
        Some(span_end)
    }

    /// Pushes the grown choice `(stop, pattern, designation end, plural)` of
    /// [`Matcher::grown_choice`] and returns its span end.
    #[cold]
    #[inline(never)]
    fn push_grown(
        &self,
        text: &str,
        start: usize,
        ends: &[(u32, u32)],
        (stop, pid, d, _plural): (usize, u32, usize, bool),
        out: &mut Finds,
    ) -> usize {
        let p = &self.patterns[pid as usize];
        let aliases = &mut *out.aliases;
        let lo = aliases.len();
        // The known designation is what the trie matched; its end is where the suffix
        // starts.
        let base_end = start + ends.iter().find(|&&(n, _)| self.trie.pattern(n) == pid).map_or(0, |&(_, l)| l as usize);
        for w in &self.written[p.written()] {
            if w.grows
                && case_ok(w.case, &w.bytes, &text.as_bytes()[start..base_end])
                && !aliases[lo..].contains(&w.alias)
            {
                aliases.push(w.alias);
            }
        }
        out.hits.push(Hit::new(start, stop, lo as u32..aliases.len() as u32, Some((base_end - start, d - base_end))));
        stop
    }

    /// The plain (listed) choice: (stop, pattern, plural); `last`: the pattern of the
    /// longest end.
    #[inline]
    fn plain_choice(
        &self,
        text: &str,
        start: usize,
        prev_word: bool,
        ends: &[(u32, u32)],
        last: u32,
    ) -> Option<(usize, u32, bool)> {
        let mut k = ends.len();
        loop {
            k = k.checked_sub(1)?;
            let (node, len) = ends[k];
            let end = start + len as usize;
            let pid = if k + 1 == ends.len() { last } else { self.trie.pattern(node) };
            if self.plural_ok(text, start, end, pid, prev_word) {
                return Some((end + 1, pid, true));
            }
            if self.plain_ok(text, start, end, pid, prev_word) {
                if let Some(&(shorter, len)) = k.checked_sub(1).map(|j| &ends[j]) {
                    let pid = self.trie.pattern(shorter);
                    if start + len as usize + 1 == end && self.plural_ok(text, start, end - 1, pid, prev_word) {
                        return Some((end, pid, true));
                    }
                }
                return Some((end, pid, false));
            }
        }
    }

    /// The grown choice: (stop, pattern, designation end, plural). Only the longest
    /// pattern of the walk grows (the known designation written there: `Mi-17V-5` in
    /// `Mi-17V-5M`, not `Mi-17`), so that a find costs at most one try of the grammar, and
    /// most none: the byte after the pattern rules out a suffix ([`Grammar::may_grow`]).
    ///
    /// [`Grammar::may_grow`]: crate::grammar::Grammar
    #[inline(never)]
    fn grown_choice(
        &self,
        text: &str,
        start: usize,
        prev_word: bool,
        ends: &[(u32, u32)],
    ) -> Option<(usize, u32, usize, bool)> {
        let bytes = text.as_bytes();
        let &(node, len) = ends.last()?;
        let end = start + len as usize;
        let pid = self.trie.pattern(node);
        let p = &self.patterns[pid as usize];
        if p.grows == 0 || len as usize > MAX_BASE || (p.first_word && prev_word) || !self.grammar.may_grow(bytes, end)
        {
            return None;
        }
        if p.grows & ATTACHES == 0 && bytes[end].is_ascii_alphanumeric() {
            return None;
        }
        // The suffix rules go by the designation as the gazetteer writes it (`Bal` ends in
        // a lower-case letter, whatever case `BALKARIA` is in).
        let last = self.written[p.written()]
            .iter()
            .find(|w| w.grows && case_ok(w.case, &w.bytes, &bytes[start..end]))
            .and_then(|w| w.bytes.last().copied())?;
        let (d_end, plural) = self.grammar.grow(text, end, last as char)?;
        Some((d_end + plural as usize, pid, d_end, plural))
    }

    /// Whether pattern `pid`, matched at `start..end`, is a valid find there.
    #[inline]
    fn plain_ok(&self, text: &str, start: usize, end: usize, pid: u32, prev_word: bool) -> bool {
        let p = &self.patterns[pid as usize];
        if (p.first_word && prev_word) || (p.last_word && word_at(text, end)) {
            return false;
        }
        p.any_case || self.case_ok(p, text, start, end, false)
    }

    /// Whether pattern `pid`, matched at `start..end`, with a plural `s` after it, is a
    /// valid find there.
    #[inline]
    fn plural_ok(&self, text: &str, start: usize, end: usize, pid: u32, prev_word: bool) -> bool {
        let p = &self.patterns[pid as usize];
        p.plural
            && text.as_bytes().get(end) == Some(&b's')
            && !word_at(text, end + 1)
            && !(p.first_word && prev_word)
            && self.case_ok(p, text, start, end, true)
    }

    /// Whether some form written as `p` (with a plural, for `plural`) allows the case of
    /// `text[start..end]`.
    fn case_ok(&self, p: &super::Pattern, text: &str, start: usize, end: usize, plural: bool) -> bool {
        let found = &text.as_bytes()[start..end];
        self.written[p.written()].iter().any(|w| (!plural || w.plural) && case_ok(w.case, &w.bytes, found))
    }
}
