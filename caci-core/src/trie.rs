//! A byte trie over the ASCII-lowered patterns, walked anchored from a position, stored
//! as a *double array*.
//!
//! The matcher only ever asks "which patterns start exactly here?", from word starts. An
//! Aho-Corasick automaton answers that too, but its failure links are never used here,
//! and it is slow to build with case folding on a large gazetteer (measured on the
//! built-in one, 27,000 patterns, 41,000 with the plural forms it would need:
//! `aho-corasick`'s contiguous NFA 63 ms without and 283 ms with ASCII case folding, its
//! DFA 700 ms and 186 MB; this trie 5 ms and 1 MB). See BENCHMARKS.md.
//!
//! Layout: a *double-array trie* with a *tail*. Every node near the root is a cell of
//! an array; the child of node `s` by byte class `c` is cell `base[s] + c`, and it is that
//! child only if its `check` holds `s`. Bytes are mapped to classes (the distinct bytes of
//! the patterns, ASCII case folded) by one 256-entry table, so the caller's text is never
//! copied. Below the point where only one pattern is left (usually a few bytes into a
//! name), the rest of that pattern is not spelled out node by node: the node points into
//! the tail, where the rest is stored as a string, and the walk compares it eight bytes
//! at a time.
//!
//! Why it is fast: a step of the walk is the same few instructions at every node (one
//! table load for the class, one load of the child's 8-byte cell, one compare) whatever
//! the node's number of children, with no search among labels; the only branches are the
//! loop's exit and "the rest is a tail". And it stays in the cache: the nodes near the
//! root are shared by every walk, and the tail of a name is one or two cache lines,
//! where a walk node by node would touch a line per byte (for the built-in gazetteer,
//! the double array without tails takes 2 MB; with them 0.5 MB, and on 2 MB of the
//! benchmark corpus stage 3 misses a simulated 512 KB L2 cache 136,000 times instead of
//! 216,000).

/// Unused cells have this `check`: no node has this index.
const FREE: u32 = u32::MAX;
/// Bit of `base` set when a pattern ends at the node.
const ENDS: u32 = 1 << 31;
/// Bit of `base` set when the rest below the node is one pattern's tail; `base` then
/// holds the tail's offset in `tail`.
const TAIL: u32 = 1 << 30;
const FLAGS: u32 = ENDS | TAIL;
/// Node numbers of tails, in the `ends` of a walk: this bit and the tail's offset.
const TAIL_NODE: u32 = 1 << 31;

#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Where the node's children start (`base + class`), with `ENDS`.
    base: u32,
    /// The parent node, or `FREE`.
    check: u32,
}

/// The trie. Patterns are identified by their index in the list given to [`Trie::new`].
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// Per text byte: its class (ASCII case folded); 0 for bytes no pattern has.
    class: [u8; 256],
    cells: Vec<Cell>,
    /// Per cell: the pattern that ends at the node (meaningful where `ENDS` is set).
    pattern: Vec<u32>,
    /// Tails: at each offset, the pattern (4 bytes, little-endian), the length of the
    /// rest (4 bytes), and the rest; then 8 bytes of padding for the 8-byte reads.
    tail: Vec<u8>,
    /// The length of the longest pattern: no walk is longer.
    longest: usize,
}

impl Trie {
    /// Builds the trie of `keys`, which must be ASCII-lowered and distinct, in the plain
    /// breadth-first layout (no sample).
    #[cfg(test)]
    pub fn new(keys: &[&[u8]]) -> Trie {
        Trie::with_sample(keys, b"", &[])
    }

    /// Builds the trie of `keys`, which must be ASCII-lowered and distinct, with the nodes
    /// that walks over `sample` (any prose) from `starts` (the offsets stage 3 would walk
    /// from) pass through placed first.
    ///
    /// Why: a walk is a chain of dependent loads, one cell per byte, and on prose nearly all
    /// of them land on a few hundred nodes (the region's names and the English words that
    /// begin like them: `russia`, `central a`, `a `, `defense `). Placed breadth-first, those
    /// few hundred nodes sat on a thousand cache lines spread over the whole array, and
    /// a third of the steps missed the L1 cache. Placed first, in order of how many of the
    /// sample's walks pass through them, their children fill the first cells of the
    /// array densely. The other nodes follow breadth-first, as before. The layout changes
    /// nothing else: the same walks find the same patterns.
    pub fn with_sample(keys: &[&[u8]], sample: &[u8], starts: &[u32]) -> Trie {
        let mut seen = [false; 256];
        for k in keys {
            for &b in k.iter() {
                seen[b as usize] = true;
            }
        }
        // Class 0 is "no pattern has this byte"; the others number the bytes in order.
        let mut code = [0u8; 256];
        let mut classes = 1usize;
        for b in 0..256 {
            if seen[b] {
                code[b] = classes.min(255) as u8;
                classes += 1;
            }
        }
        assert!(classes <= 256, "at most 255 distinct bytes in patterns");
        let mut class = [0u8; 256];
        for (b, c) in class.iter_mut().enumerate() {
            *c = code[(b as u8).to_ascii_lowercase() as usize];
        }
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| keys[a as usize].cmp(keys[b as usize]));
        let longest = keys.iter().map(|k| k.len()).max().unwrap_or(0);
        let sample = Sample::new(sample, starts, longest);
        // The root is cell 0; its check is set so that the cell counts as used.
        let mut build = Builder::new(1024, classes);
        let mut pattern = Vec::new();
        let mut tail = Vec::new();
        // Each item is a node with the sorted range of keys below it, its depth, and the
        // range of the sample's sorted walks that pass through it. The nodes that some
        // sample walk passes through (hot) are placed first, most walked first; the others
        // breadth-first after them.
        let mut hot = std::collections::BinaryHeap::new();
        let mut cold = std::collections::VecDeque::new();
        let mut met = 0u64;
        let root = Item { node: 0, lo: 0, hi: order.len(), depth: 0, walks: 0..sample.starts.len() };
        if root.walks.is_empty() {
            cold.push_back(root);
        } else {
            hot.push(Hot(root.walks.len(), met, root));
        }
        let mut kids: Vec<(u8, usize, usize)> = Vec::new();
        while let Some(Item { node, lo, hi, depth, walks }) =
            hot.pop().map(|Hot(.., item)| item).or_else(|| cold.pop_front())
        {
            if node != 0 && hi - lo == 1 && keys[order[lo] as usize].len() > depth {
                let key = keys[order[lo] as usize];
                // One pattern below, with more bytes: the rest goes to the tail.
                let at = tail.len() as u32;
                assert!(at < TAIL, "tail too large");
                tail.extend_from_slice(&order[lo].to_le_bytes());
                tail.extend_from_slice(&((key.len() - depth) as u32).to_le_bytes());
                tail.extend_from_slice(&key[depth..]);
                build.cells[node as usize].base = TAIL | at;
                continue;
            }
            let mut i = lo;
            let mut ends = 0;
            if i < hi && keys[order[i] as usize].len() == depth {
                if pattern.len() <= node as usize {
                    pattern.resize(node as usize + 1, 0);
                }
                pattern[node as usize] = order[i];
                ends = ENDS;
                i += 1;
            }
            // Group the remaining keys by their byte at `depth`.
            kids.clear();
            while i < hi {
                let b = keys[order[i] as usize][depth];
                let mut j = i + 1;
                while j < hi && keys[order[j] as usize][depth] == b {
                    j += 1;
                }
                kids.push((code[b as usize], i, j));
                i = j;
            }
            // The hot nodes' children go to the first free cells that fit, however often
            // a cell was tried: they are few, and the single children of the names'
            // chains (`r-u-s-s-i-a`) fill the holes between the others (see `Builder`).
            let base = if kids.is_empty() { 0 } else { build.place(node, &kids, walks.is_empty()) };
            build.cells[node as usize].base = base | ends;
            // The sample's walks through each child: the starts in `walks` (sorted) with the
            // child's byte at `depth`, taken in the keys' byte order.
            let mut w = walks.start;
            for &(_, klo, khi) in &kids {
                let b = keys[order[klo] as usize][depth];
                let child = base + code[b as usize] as u32;
                let from = sample.split(w..walks.end, depth, |x| x.is_none_or(|x| x < b));
                w = sample.split(from..walks.end, depth, |x| x.is_none_or(|x| x <= b));
                let item = Item { node: child, lo: klo, hi: khi, depth: depth + 1, walks: from..w };
                if item.walks.is_empty() {
                    // A single child is placed next, so that a chain of them (`inter`,
                    // `intern`, … `international `) takes neighbouring cells, not one
                    // cell per level of the breadth-first order, far apart.
                    if kids.len() == 1 {
                        cold.push_front(item);
                    } else {
                        cold.push_back(item);
                    }
                } else {
                    met += 1;
                    hot.push(Hot(item.walks.len(), met, item));
                }
            }
        }
        tail.extend_from_slice(&[0; 8]);
        // Every `base + class` of a walk must be inside the array.
        let max_base = build.cells.iter().filter(|c| c.base & TAIL == 0).map(|c| c.base & !FLAGS).max().unwrap_or(0);
        let max_base = max_base as usize;
        build.cells.resize(build.cells.len().max(max_base + 256), Cell { base: 0, check: FREE });
        let last = build.cells.iter().rposition(|c| c.check != FREE).unwrap_or(0);
        build.cells.truncate((last + 1).max(max_base + 256));
        pattern.resize(build.cells.len(), 0);
        Trie { class, cells: build.cells, pattern, tail, longest }
    }

    /// Writes `(node, length)` to `ends` for every pattern that matches
    /// `text[start..start + length]` up to ASCII case, shortest first, and returns how
    /// many; [`Trie::pattern`] tells the pattern of a node. `ends` must hold
    /// [`Trie::ends_needed`] entries.
    // Inlined into stage 3's loop: a call cost a fifth of a walk (saving and restoring six
    // registers for a loop of five steps on average).
    #[inline(always)]
    pub fn walk(&self, text: &[u8], start: usize, ends: &mut [(u32, u32)]) -> usize {
        let cells = &self.cells[..];
        let rest = &text[start..];
        let mut node = 0u32;
        let mut base = cells[0].base & !FLAGS;
        let mut n = 0;
        for (j, &b) in rest.iter().enumerate() {
            let t = base + self.class[b as usize] as u32;
            let Some(&cell) = cells.get(t as usize) else { break };
            if cell.check != node {
                break;
            }
            node = t;
            // Written every step, kept only where a pattern ends: no branch.
            ends[n] = (t, j as u32 + 1);
            n += (cell.base >> 31) as usize;
            if cell.base & TAIL != 0 {
                let at = (cell.base & !FLAGS) as usize;
                if let Some(len) = self.tail_matches(at, &rest[j + 1..]) {
                    ends[n] = (TAIL_NODE | at as u32, (j + 1 + len) as u32);
                    n += 1;
                }
                break;
            }
            base = cell.base & !FLAGS;
        }
        n
    }

    /// The length of the tail at `at` if `text` begins with it (up to ASCII case).
    #[inline]
    fn tail_matches(&self, at: usize, text: &[u8]) -> Option<usize> {
        let len = u32::from_le_bytes(self.tail[at + 4..at + 8].try_into().unwrap_or_default()) as usize;
        if text.len() < len {
            return None;
        }
        let tail = &self.tail[at + 8..];
        let mut k = 0;
        while k < len {
            // Eight bytes at a time (the tail is padded; the text is read past `len` only
            // where it has the bytes), the bytes past `len` masked off.
            let want = u64::from_le_bytes(tail[k..k + 8].try_into().unwrap_or_default());
            let got = match text.get(k..k + 8) {
                Some(b) => u64::from_le_bytes(b.try_into().unwrap_or_default()),
                None => {
                    let mut b = [0u8; 8];
                    b[..text.len() - k].copy_from_slice(&text[k..]);
                    u64::from_le_bytes(b)
                }
            };
            let diff = ascii_lower(got) ^ want;
            let keep = if len - k >= 8 { u64::MAX } else { (1u64 << (8 * (len - k))) - 1 };
            if diff & keep != 0 {
                return None;
            }
            k += 8;
        }
        Some(len)
    }

    /// The pattern that ends at `node` (a node [`Trie::walk`] reported).
    #[inline]
    pub fn pattern(&self, node: u32) -> u32 {
        if node & TAIL_NODE != 0 {
            let at = (node & !TAIL_NODE) as usize;
            return u32::from_le_bytes(self.tail[at..at + 4].try_into().unwrap_or_default());
        }
        self.pattern[node as usize]
    }

    /// The length `ends` must have for [`Trie::walk`]: one more than the longest pattern.
    pub fn ends_needed(&self) -> usize {
        self.longest + 1
    }

    /// Heap memory in bytes.
    pub fn memory_usage(&self) -> usize {
        self.cells.len() * std::mem::size_of::<Cell>() + self.pattern.len() * 4 + self.tail.len()
    }
}

/// `x` with its ASCII capitals made small, eight bytes at once (as `to_ascii_lowercase`).
#[inline(always)]
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & !(0x80 * ONES);
    let upper = (low + (0x80 - b'A' as u64) * ONES) & !(low + (0x80 - b'Z' as u64 - 1) * ONES) & !x & (0x80 * ONES);
    x | (upper >> 2)
}

/// A node waiting to be placed: its cell, the range of sorted keys below it, its depth,
/// and the range of the sample's sorted word starts that walk through it.
struct Item {
    node: u32,
    lo: usize,
    hi: usize,
    depth: usize,
    walks: std::ops::Range<usize>,
}

/// A hot [`Item`] in the build's heap: most walks first, then the last met, so that a
/// chain of nodes with the same walks (`r`, `ru`, … `russia`) is placed one after the
/// other, in neighbouring cells.
struct Hot(usize, u64, Item);

impl PartialEq for Hot {
    fn eq(&self, other: &Hot) -> bool {
        (self.0, self.1) == (other.0, other.1)
    }
}

impl Eq for Hot {}

impl PartialOrd for Hot {
    fn partial_cmp(&self, other: &Hot) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Hot {
    fn cmp(&self, other: &Hot) -> std::cmp::Ordering {
        (self.0, self.1).cmp(&(other.0, other.1))
    }
}

/// The starts of walks over a sample of prose, sorted by the text from each, ASCII-lowered
/// (up to the longest key): the nodes a walk from a start passes through are the prefixes
/// of its text, so the starts that walk through a node are one range of this order.
struct Sample {
    text: Vec<u8>,
    starts: Vec<usize>,
    longest: usize,
}

impl Sample {
    fn new(sample: &[u8], starts: &[u32], longest: usize) -> Sample {
        let text = sample.to_ascii_lowercase();
        let mut starts: Vec<usize> = starts.iter().map(|&s| s as usize).filter(|&s| s < text.len()).collect();
        starts.sort_unstable_by(|&a, &b| {
            text[a..(a + longest).min(text.len())].cmp(&text[b..(b + longest).min(text.len())])
        });
        Sample { text, starts, longest }
    }

    /// The end of the first part of `walks` (starts whose texts agree up to `depth`, so
    /// sorted by their byte at `depth`, the texts that end there first) where `before`
    /// holds for that byte (`None`: the text ends there).
    fn split(&self, walks: std::ops::Range<usize>, depth: usize, before: impl Fn(Option<u8>) -> bool) -> usize {
        let text = &self.text;
        walks.start
            + self.starts[walks]
                .partition_point(|&s| before((depth < self.longest).then(|| text.get(s + depth).copied()).flatten()))
    }
}

/// The double array while it is filled.
///
/// A node's children must all fall on free cells; the search for a base tries the free
/// cells in order as the place of the first child. The free cells are kept in a linked
/// list, and one that has failed as a first place a few times leaves the list (it stays
/// free for other children): without that, the holes that fit no node would be tried
/// again by every later node, and the build would be quadratic (100,000 aliases that
/// share a prefix took 0.6 s; now a few ms).
struct Builder {
    cells: Vec<Cell>,
    /// The list of free cells worth trying, in increasing order: `next` and `prev` per
    /// cell (`END` ends it), its first cell, and its last.
    next: Vec<u32>,
    prev: Vec<u32>,
    head: u32,
    last: u32,
    /// Per cell: how many times it failed as a first place, or `GONE` once off the list.
    tries: Vec<u8>,
    classes: usize,
}

const END: u32 = u32::MAX;
const GONE: u8 = u8::MAX;
/// Failures after which a free cell leaves the list.
const MAX_TRIES: u8 = 8;

impl Builder {
    /// An array of `len` cells, all free but cell 0 (the root).
    fn new(len: usize, classes: usize) -> Builder {
        let mut b = Builder {
            cells: Vec::new(),
            next: Vec::new(),
            prev: Vec::new(),
            head: END,
            last: END,
            tries: Vec::new(),
            classes,
        };
        b.grow(len);
        b.claim(0, FREE - 1);
        b
    }

    /// Finds a base where every child class of `kids` falls on a free cell, claims those
    /// cells for `node` and returns the base.
    /// `give_up`: whether a cell that has failed [`MAX_TRIES`] times leaves the list.
    fn place(&mut self, node: u32, kids: &[(u8, usize, usize)], give_up: bool) -> u32 {
        let c0 = kids[0].0 as usize;
        let mut at = self.head;
        let base = loop {
            if at == END {
                // Every listed cell tried: add cells at the end.
                let from = self.cells.len();
                self.grow(from + self.classes);
                at = from as u32;
            }
            let pos = at as usize;
            if pos >= c0 {
                let base = pos - c0;
                self.grow(base + self.classes);
                if kids.iter().all(|&(c, _, _)| self.cells[base + c as usize].check == FREE) {
                    break base;
                }
            }
            at = self.next[pos];
            if give_up {
                self.tries[pos] += 1;
                if self.tries[pos] >= MAX_TRIES {
                    self.unlink(pos);
                }
            }
        };
        for &(c, _, _) in kids {
            self.claim(base + c as usize, node);
        }
        assert!(base < TAIL as usize, "trie too large");
        base as u32
    }

    /// Marks cell `i` as used by `check` and takes it off the list.
    fn claim(&mut self, i: usize, check: u32) {
        self.cells[i].check = check;
        self.unlink(i);
    }

    fn unlink(&mut self, i: usize) {
        if self.tries[i] == GONE {
            return;
        }
        let (p, n) = (self.prev[i], self.next[i]);
        match p {
            END => self.head = n,
            p => self.next[p as usize] = n,
        }
        match n {
            END => self.last = p,
            n => self.prev[n as usize] = p,
        }
        self.tries[i] = GONE;
    }

    /// Makes the array at least `len + 1` cells long, the new cells free and listed.
    fn grow(&mut self, len: usize) {
        if self.cells.len() > len {
            return;
        }
        let from = self.cells.len();
        let to = (len + 1).max(from * 2);
        self.cells.resize(to, Cell { base: 0, check: FREE });
        self.tries.resize(to, 0);
        self.next.extend((from as u32 + 1..=to as u32).map(|n| if n as usize == to { END } else { n }));
        self.prev.extend((from..to).map(|p| if p == from { self.last } else { p as u32 - 1 }));
        match self.last {
            END => self.head = from as u32,
            l => self.next[l as usize] = from as u32,
        }
        self.last = to as u32 - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(t: &Trie, text: &[u8], start: usize) -> Vec<(u32, usize)> {
        let mut ends = vec![(0, 0); t.ends_needed()];
        let n = t.walk(text, start, &mut ends);
        ends[..n].iter().map(|&(node, len)| (t.pattern(node), start + len as usize)).collect()
    }

    fn all(t: &Trie, text: &str, start: usize) -> Vec<(u32, usize)> {
        walk(t, text.as_bytes(), start)
    }

    #[test]
    fn finds_every_prefix_pattern_case_folded() {
        let keys: Vec<&[u8]> = vec![b"us", b"usa", b"u.s.", b"uzbek", b"uzbekistan", "türkiye".as_bytes()];
        let t = Trie::new(&keys);
        assert_eq!(all(&t, "USA today", 0), [(0, 2), (1, 3)]);
        assert_eq!(all(&t, "Uzbekistan", 0), [(3, 5), (4, 10)]);
        assert_eq!(all(&t, "the U.S.", 4), [(2, 8)]);
        assert_eq!(all(&t, "Türkiye", 0), [(5, "Türkiye".len())]);
        assert!(all(&t, "TÜRKIYE", 0).is_empty(), "non-ASCII letters are not folded");
        assert!(all(&t, "xus", 0).is_empty());
    }

    #[test]
    fn no_patterns_and_the_empty_text() {
        let t = Trie::new(&[]);
        assert!(all(&t, "anything", 0).is_empty() && all(&t, "", 0).is_empty());
        let t = Trie::new(&[b"a"]);
        assert!(all(&t, "", 0).is_empty());
        assert_eq!(all(&t, "A", 0), [(0, 1)]);
    }

    #[test]
    fn wide_and_narrow_nodes_agree() {
        let words: Vec<String> =
            (b'a'..=b'z').flat_map(|a| (b'a'..=b'h').map(move |b| format!("{}{}x", a as char, b as char))).collect();
        let keys: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
        let t = Trie::new(&keys);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(all(&t, &w.to_uppercase(), 0), [(i as u32, 3)], "{w}");
        }
        assert!(all(&t, "ai", 0).is_empty() && all(&t, "a", 0).is_empty());
    }

    #[test]
    fn ascii_lower_is_to_ascii_lowercase() {
        let mut r = 0x0123_4567_89AB_CDEFu64;
        for _ in 0..100_000 {
            r ^= r << 13;
            r ^= r >> 7;
            r ^= r << 17;
            for x in [r, r & 0x7F7F_7F7F_7F7F_7F7F, r & 0x5F5F_5F5F_5F5F_5F5F] {
                let want = u64::from_le_bytes(x.to_le_bytes().map(|b| b.to_ascii_lowercase()));
                assert_eq!(ascii_lower(x), want, "{x:#x}");
            }
        }
        for b in 0..=255u8 {
            assert_eq!(ascii_lower(b as u64), b.to_ascii_lowercase() as u64);
        }
    }

    #[test]
    fn tails_of_every_length_and_at_the_end_of_the_text() {
        let words: Vec<String> = (1..40).map(|n| format!("q{}", &"abcdefghij".repeat(4)[..n])).collect();
        let keys: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
        let t = Trie::new(&keys);
        for (i, w) in words.iter().enumerate() {
            // Every prefix of `w` that is a word is found, at the end of the text and not.
            let found = all(&t, &w.to_uppercase(), 0);
            assert_eq!(found.last(), Some(&(i as u32, w.len())), "{w}");
            assert_eq!(found.len(), i + 1);
            assert_eq!(all(&t, &format!("{w}!"), 0).len(), i + 1);
            let cut = &w[..w.len() - 1];
            assert_eq!(all(&t, cut, 0).len(), i);
            let mut wrong = w.clone().into_bytes();
            *wrong.last_mut().unwrap() = b'z';
            assert_eq!(walk(&t, &wrong, 0).len(), i);
        }
        // Tails that start at every depth: each word is alone after its first bytes.
        let words: Vec<String> = (1..30).map(|n| format!("{}{}", "x".repeat(n), "tail-of-a-name")).collect();
        let keys: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
        let t = Trie::new(&keys);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(all(&t, w, 0), [(i as u32, w.len())], "{w}");
            assert!(all(&t, &w[..w.len() - 1], 0).is_empty());
            assert_eq!(all(&t, &format!(" {}s", w.to_uppercase()), 1), [(i as u32, w.len() + 1)]);
        }
    }

    /// The cells a walk from `start` reads, in order (the last one may be no child).
    fn cells_read(t: &Trie, text: &[u8], start: usize) -> Vec<usize> {
        let (mut node, mut read) = (0u32, Vec::new());
        for &b in &text[start..] {
            let cell = t.cells[node as usize];
            if cell.base & TAIL != 0 {
                break;
            }
            let at = (cell.base & !FLAGS) as usize + t.class[b as usize] as usize;
            read.push(at);
            if t.cells.get(at).is_none_or(|c| c.check != node) {
                break;
            }
            node = at as u32;
        }
        read
    }

    /// Many keys sharing prefixes, as a gazetteer's names do, and prose over a few of them.
    fn names() -> (Vec<String>, String) {
        let mut keys: Vec<String> = Vec::new();
        for a in ["kaz", "kyr", "taj", "tur", "uzb", "arm", "aze", "geo", "rus", "chi", "mon", "pak"] {
            for b in ["akh", "gyz", "ik", "kmen", "ek", "enia", "erbaijan", "orgia", "sia", "na", "golia", "istan"] {
                keys.push(format!("{a}{b}"));
                keys.push(format!("{a}{b} army"));
                keys.push(format!("{a}{b}n president"));
            }
        }
        keys.sort();
        let sample = "Russia and China met in Mongolia; the Pakistan army and the Russian president \
                      spoke of Russia, China and Pakistan again."
            .to_string();
        (keys, sample)
    }

    fn sample_starts(sample: &str) -> Vec<u32> {
        let b = sample.as_bytes();
        (0..b.len() as u32).filter(|&i| i == 0 || b[i as usize - 1] == b' ').collect()
    }

    #[test]
    fn a_sample_changes_where_nodes_are_not_what_walks_find() {
        let (keys, sample) = names();
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        let plain = Trie::new(&refs);
        let laid = Trie::with_sample(&refs, sample.as_bytes(), &sample_starts(&sample));
        let text = format!("{sample} {} RUSSIAN ARMY mongolian president", keys.join(", "));
        for start in 0..text.len() {
            assert_eq!(all(&plain, &text, start), all(&laid, &text, start), "from {start}");
        }
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(all(&laid, k, 0).last(), Some(&(i as u32, k.len())), "{k}");
        }
    }

    #[test]
    fn the_sample_walks_read_few_cache_lines() {
        let (keys, sample) = names();
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        let starts = sample_starts(&sample);
        let lines = |t: &Trie| {
            let read: std::collections::BTreeSet<usize> =
                starts.iter().flat_map(|&s| cells_read(t, sample.as_bytes(), s as usize)).map(|c| c / 8).collect();
            read.len()
        };
        let plain = lines(&Trie::new(&refs));
        let laid = lines(&Trie::with_sample(&refs, sample.as_bytes(), &starts));
        // Eight 8-byte cells to a 64-byte line: the walks of the sample read fewer lines.
        assert!(laid * 3 <= plain * 2, "lines read: {laid} laid out by the sample, {plain} breadth-first");
    }

    #[test]
    fn every_byte_value_and_every_prefix() {
        // All 256 byte values in patterns (not UTF-8; the trie does not care), and every
        // walk from every position checked against a plain search.
        let keys: Vec<Vec<u8>> = (0..=255u8)
            .map(|b| vec![b.to_ascii_lowercase(), b'x'])
            .chain([b"ab".to_vec(), b"abc".to_vec(), b"abcd".to_vec(), vec![0xFF, 0, 0xFF]])
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
        let t = Trie::new(&refs);
        let text: Vec<u8> = (0..=255u8).flat_map(|b| [b, b'X']).chain(*b"ABCD\xFF\x00\xFF").collect();
        for start in 0..text.len() {
            let got = walk(&t, &text, start);
            let want: Vec<(u32, usize)> = (start + 1..=text.len())
                .filter_map(|e| {
                    let s = text[start..e].to_ascii_lowercase();
                    keys.iter().position(|k| *k == s).map(|p| (p as u32, e))
                })
                .collect();
            assert_eq!(got, want, "from {start}");
        }
    }
}
