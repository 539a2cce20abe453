//! A compact byte trie over the ASCII-lowered patterns, walked anchored from a position.
//!
//! The matcher only ever asks "which patterns start exactly here?", from word starts. An
//! Aho-Corasick automaton answers that too, but its failure links are never used here,
//! and it is slow to build with case folding on a large gazetteer (measured on the
//! built-in one, 27,000 patterns: `aho-corasick`'s contiguous NFA 52 ms without and
//! 141 ms with ASCII case folding, its DFA over 200 ms and 23 MB; this trie a few ms and
//! about 1.5 MB). See BENCHMARKS.md.
//!
//! Layout: nodes in breadth-first order, each with its children stored contiguously.
//! Nodes with many children (the root and the first letters) get a dense row indexed by
//! byte class; the others a short sorted label list, scanned linearly (most have one
//! child). Text bytes are folded with an ASCII-lowercase table before lookup, so the
//! caller's text is never copied.

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;
/// Marks a node whose children are in a dense row.
const DENSE: u32 = u32::MAX;
/// Nodes with at least this many children get a dense row.
const DENSE_FROM: usize = 6;

#[derive(Debug, Clone, Copy)]
struct Node {
    /// Offset of the children in `labels`/`targets`, or the dense row's index.
    kids: u32,
    /// Number of sparse children, or `DENSE`.
    n: u32,
    /// The pattern that ends here, or `NONE`.
    pattern: u32,
}

/// The trie. Patterns are identified by their index in the list given to [`Trie::new`].
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    fold: [u8; 256],
    class: [u8; 256],
    classes: usize,
    nodes: Vec<Node>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    dense: Vec<u32>,
}

impl Trie {
    /// Builds the trie of `keys`, which must be ASCII-lowered and distinct.
    pub fn new(keys: &[&[u8]]) -> Trie {
        let mut fold = [0u8; 256];
        for (b, f) in fold.iter_mut().enumerate() {
            *f = (b as u8).to_ascii_lowercase();
        }
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for k in keys {
            for &b in k.iter() {
                if class[b as usize] == 0 {
                    class[b as usize] = classes as u8;
                    classes += 1;
                    if classes > 255 {
                        // More than 254 distinct bytes: give up on classes (still correct,
                        // the dense rows are just wider). Cannot happen for ASCII-lowered
                        // UTF-8 text in practice.
                        break;
                    }
                }
            }
        }
        if classes > 255 {
            for (b, c) in class.iter_mut().enumerate() {
                *c = b as u8;
            }
            classes = 256;
        }
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| keys[a as usize].cmp(keys[b as usize]));
        let mut trie = Trie {
            fold,
            class,
            classes,
            nodes: Vec::new(),
            labels: Vec::new(),
            targets: Vec::new(),
            dense: Vec::new(),
        };
        // Breadth-first: each queue item is a node with the sorted range of keys below it.
        trie.nodes.push(Node { kids: 0, n: 0, pattern: NONE });
        let mut queue = std::collections::VecDeque::new();
        let mut groups: Vec<(u8, usize, usize)> = Vec::new();
        queue.push_back((0u32, 0usize, order.len(), 0usize));
        while let Some((node, lo, hi, depth)) = queue.pop_front() {
            let mut i = lo;
            if i < hi && keys[order[i] as usize].len() == depth {
                trie.nodes[node as usize].pattern = order[i];
                i += 1;
            }
            // Group the remaining keys by their byte at `depth`.
            groups.clear();
            while i < hi {
                let b = keys[order[i] as usize][depth];
                let mut j = i + 1;
                while j < hi && keys[order[j] as usize][depth] == b {
                    j += 1;
                }
                groups.push((b, i, j));
                i = j;
            }
            let first_child = trie.nodes.len() as u32;
            for (k, &(_, glo, ghi)) in groups.iter().enumerate() {
                trie.nodes.push(Node { kids: 0, n: 0, pattern: NONE });
                queue.push_back((first_child + k as u32, glo, ghi, depth + 1));
            }
            let n = &mut trie.nodes[node as usize];
            if groups.len() >= DENSE_FROM {
                let row = trie.dense.len() / classes;
                trie.dense.resize(trie.dense.len() + classes, 0);
                for (k, &(b, _, _)) in groups.iter().enumerate() {
                    trie.dense[row * classes + class[b as usize] as usize] = first_child + k as u32;
                }
                *n = Node { kids: row as u32, n: DENSE, pattern: n.pattern };
            } else {
                let kids = trie.labels.len() as u32;
                for (k, &(b, _, _)) in groups.iter().enumerate() {
                    trie.labels.push(b);
                    trie.targets.push(first_child + k as u32);
                }
                *n = Node { kids, n: groups.len() as u32, pattern: n.pattern };
            }
        }
        trie
    }

    /// The child of `node` by text byte `b` (folded here), or `None`.
    #[inline]
    fn next(&self, node: u32, b: u8) -> Option<u32> {
        let nd = self.nodes[node as usize];
        let b = self.fold[b as usize];
        if nd.n == DENSE {
            let c = self.class[b as usize] as usize;
            // Class 0 is "no pattern has this byte"; its entry in every row is 0, and 0 is
            // the root, which is nobody's child: both read as "no transition".
            let t = self.dense[nd.kids as usize * self.classes + c];
            (t != 0).then_some(t)
        } else {
            let lo = nd.kids as usize;
            let hi = lo + nd.n as usize;
            self.labels[lo..hi].iter().position(|&l| l == b).map(|k| self.targets[lo + k])
        }
    }

    /// Calls `found(pattern, end)` for every pattern that matches `text[start..end]` up
    /// to ASCII case, shortest first.
    #[inline]
    pub fn walk(&self, text: &[u8], start: usize, mut found: impl FnMut(u32, usize)) {
        let mut node = 0u32;
        for (j, &b) in text.iter().enumerate().skip(start) {
            match self.next(node, b) {
                Some(t) => node = t,
                None => return,
            }
            let p = self.nodes[node as usize].pattern;
            if p != NONE {
                found(p, j + 1);
            }
        }
    }

    /// Heap memory in bytes.
    pub fn memory_usage(&self) -> usize {
        self.nodes.len() * std::mem::size_of::<Node>() + self.labels.len() * 5 + self.dense.len() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(t: &Trie, text: &str, start: usize) -> Vec<(u32, usize)> {
        let mut v = Vec::new();
        t.walk(text.as_bytes(), start, |p, e| v.push((p, e)));
        v
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
    fn dense_and_sparse_nodes_agree() {
        let words: Vec<String> =
            (b'a'..=b'z').flat_map(|a| (b'a'..=b'h').map(move |b| format!("{}{}x", a as char, b as char))).collect();
        let keys: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
        let t = Trie::new(&keys);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(all(&t, &w.to_uppercase(), 0), [(i as u32, 3)], "{w}");
        }
        assert!(all(&t, "ai", 0).is_empty() && all(&t, "a", 0).is_empty());
    }
}
