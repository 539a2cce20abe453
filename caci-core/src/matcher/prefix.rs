//! Stage 2: the prefix filter. Most word starts begin no alias; this stage drops them
//! before the trie is entered.
//!
//! Each start is judged on the eight bytes from it, read as one `u64`, under two keys
//! (see [`keys`]) looked up in one hashed bit set of the keys of every pattern (2^19
//! bits, 64 KiB). A start survives when either key's bit is set.
//!
//! - The *long* key is the eight bytes with ASCII case folded (`| 0x20`): text where a
//!   pattern of eight bytes or more starts has the long key of the pattern's first eight.
//! - The *short* key folds too, and from the second byte on replaces everything from the
//!   first byte that is not an ASCII letter or digit by spaces. Text can only match a
//!   shorter pattern (`US`, `Sino-`, `New York`) where a non-word character follows it, or
//!   where it ends with one itself; either way the short key has spaces from there on,
//!   whatever the text, as the pattern's own short key has (with spaces after it). A
//!   pattern that takes a plural `s` is added with the `s` as well.
//!
//! So a start passes only if its first eight bytes could begin some pattern, word
//! boundaries after short ones included: `the reports` and `Sudan` do not pass for `the
//! Gambia` and `Sudanese`, nor `USSR` or `used` for `US`. About two in three of the
//! starts that a four-byte filter keeps walk the trie for nothing; with eight, few do.
//!
//! Why it is fast: each key is a dozen integer operations on one register, with no loop
//! over the bytes and no branch; the two lookups are loads from a set that stays in the
//! cache, and the survivors are written back in place with an unconditional store and a
//! count that moves on only for a survivor: nothing branches on the text. On AVX2 the
//! same filter runs eight starts at a time ([`super::prefix_avx2`]).
//!
//! The filter must never drop a start where some pattern matches (it may keep starts
//! where none does), and only the keys' spaces make it lossy: the short key may only
//! treat as "not a letter or digit" what is no word character (an ASCII byte other than
//! a letter or digit, `_`, or a byte of a non-ASCII character, `_` and non-ASCII letters
//! only adding passes). The only patterns after which the text is free and whose key has
//! no space to stand for it are single non-word characters (`/`): their first bytes skip
//! the filter (`bypass`).

use super::Path;

/// Bits of the hashed set: 2^19 bits, 64 KiB.
pub(super) const BITS: u32 = 19;
const WORDS: usize = (1 << BITS) / 64;
/// The hash's multipliers (see [`slot`]).
pub(super) const MUL_LO: u32 = 0x9E37_79B1;
pub(super) const MUL_HI: u32 = 0x85EB_CA77;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const SPACES: u64 = 0x2020_2020_2020_2020;

/// The filter: hashed keys of every pattern.
#[derive(Debug, Clone)]
pub(super) struct PrefixFilter {
    /// A fixed size, so that a slot needs no bounds check.
    bits: Box<[u64; WORDS]>,
    /// First bytes that always pass: patterns of one non-word byte.
    bypass: [bool; 256],
    /// Whether `bypass` has any byte (most gazetteers have none; the filter skips it).
    any_bypass: bool,
}

/// The long and short keys of the eight bytes `x` (little-endian: the first byte is the
/// lowest).
///
/// Long: every byte folded (`| 0x20`). Short: byte 0 folded; bytes 1 to 7 folded too,
/// unless they or a byte before them (from byte 1) is not an ASCII letter or digit, in
/// which case they become a space. Bytes of non-ASCII characters count as "not a letter
/// or digit" here, and so does `_`: both only make more text share a key, never less.
#[inline(always)]
pub(super) fn keys(x: u64) -> (u64, u64) {
    let folded = x | SPACES;
    // Per byte, with its high bit cleared so that the sums below carry into no other
    // byte: bit 7 of each result byte says "at least" (the `+ 0x80 - bound` trick).
    let low = folded & !HIGH;
    let letter = (low + (0x80 - 0x61) * ONES) & !(low + (0x80 - 0x7B) * ONES);
    let raw = x & !HIGH;
    let digit = (raw + (0x80 - 0x30) * ONES) & !(raw + (0x80 - 0x3A) * ONES);
    let word = (letter | digit) & !x & HIGH;
    // Bytes 1-7 that are not word bytes, then every byte at or after such a byte.
    let mut after = !word & (HIGH & !0x80);
    after |= after << 8;
    after |= after << 16;
    after |= after << 32;
    let mask = (after >> 7) * 0xFF;
    (folded, (folded & !mask) | (SPACES & mask))
}

/// The slot of a key in the set: a multiplicative hash on 32 bits (the high half times
/// a constant, xor the low half, times another, the top bits), which AVX2 can compute.
#[inline(always)]
pub(super) fn slot(key: u64) -> usize {
    let mixed = (key as u32) ^ ((key >> 32) as u32).wrapping_mul(MUL_HI);
    (mixed.wrapping_mul(MUL_LO) >> (32 - BITS)) as usize
}

/// The eight bytes at `i`, zeros past the end of `bytes` (zero is no word byte, as the
/// end of the text is no word character).
#[inline(always)]
fn load8(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..i + 8) {
        Some(b) => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        None => {
            let mut b = [0u8; 8];
            let rest = &bytes[i.min(bytes.len())..];
            b[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(b)
        }
    }
}

impl PrefixFilter {
    pub fn new() -> PrefixFilter {
        PrefixFilter { bits: Box::new([0; WORDS]), bypass: [false; 256], any_bypass: false }
    }

    fn set(&mut self, key: u64) {
        let s = slot(key);
        self.bits[s / 64] |= 1 << (s % 64);
    }

    /// Adds a pattern (ASCII-lowered bytes); `plural` when it may take a plural `s`.
    pub fn insert(&mut self, pattern: &[u8], plural: bool) {
        if pattern.len() >= 8 {
            self.set(keys(load8(pattern, 0)).0);
            return;
        }
        if pattern.len() == 1 && !crate::boundary::ASCII_WORD[pattern[0] as usize] {
            // A lone non-word byte (ASCII: a pattern's only byte is a whole character):
            // any text may follow it.
            self.bypass[pattern[0] as usize] = true;
            self.any_bypass = true;
            return;
        }
        // Followed by a non-word character: the key's spaces stand for it. (Padding with
        // spaces is the same as with any non-word byte: the key turns them into spaces.)
        let mut padded = [b' '; 8];
        padded[..pattern.len()].copy_from_slice(pattern);
        self.set(keys(u64::from_le_bytes(padded)).1);
        if plural {
            padded[pattern.len()] = b's';
            self.set(keys(u64::from_le_bytes(padded)).1);
        }
    }

    /// Heap memory in bytes.
    pub fn memory_usage(&self) -> usize {
        self.bits.len() * 8
    }

    /// The set's words (for the AVX2 filter).
    #[cfg(target_arch = "x86_64")]
    pub(super) fn words(&self) -> &[u64] {
        &self.bits[..]
    }

    #[inline(always)]
    fn has(&self, key: u64) -> bool {
        let s = slot(key);
        (self.bits[s / 64] >> (s % 64)) & 1 != 0
    }

    #[inline(always)]
    fn has_either(&self, x: u64) -> bool {
        let (long, short) = keys(x);
        self.has(long) | self.has(short)
    }

    /// Whether some pattern may start at `bytes[i..]`.
    #[inline(always)]
    pub fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        self.has_either(load8(bytes, i)) | (self.any_bypass & self.bypass[bytes[i] as usize])
    }

    /// Keeps, in place, the offsets (from `base`) in `starts` where some pattern may
    /// start; returns how many are kept. `starts` must be increasing.
    pub fn filter(&self, path: Path, bytes: &[u8], base: usize, starts: &mut [u32]) -> usize {
        if self.any_bypass {
            return self.filter_with::<true>(bytes, base, starts, 0, 0);
        }
        #[cfg(target_arch = "x86_64")]
        if path == Path::Avx2 && Path::avx2_available() {
            // Groups of eight starts, each with eight bytes of text, on AVX2; the rest here.
            let block = &bytes[base..];
            let whole = starts.partition_point(|&rel| rel as usize + 8 <= block.len()) / 8 * 8;
            let kept = super::prefix_avx2::filter(self, block, starts, whole);
            return self.filter_with::<false>(bytes, base, starts, whole, kept);
        }
        let _ = path;
        self.filter_with::<false>(bytes, base, starts, 0, 0)
    }

    /// The scalar filter of `starts[from..]`, appending the survivors at `kept`.
    #[inline(always)]
    fn filter_with<const BYPASS: bool>(
        &self,
        bytes: &[u8],
        base: usize,
        starts: &mut [u32],
        from: usize,
        mut kept: usize,
    ) -> usize {
        let block = &bytes[base..];
        // Starts with eight bytes of text after them, then the last few (zero-padded).
        let split = starts.partition_point(|&rel| rel as usize + 8 <= block.len()).max(from);
        for k in from..split {
            let rel = starts[k] as usize;
            let eight: [u8; 8] = block[rel..rel + 8].try_into().unwrap_or_default();
            let mut pass = self.has_either(u64::from_le_bytes(eight));
            if BYPASS {
                pass |= self.bypass[eight[0] as usize];
            }
            starts[kept] = rel as u32;
            kept += pass as usize;
        }
        for k in split..starts.len() {
            let rel = starts[k];
            let pass = self.may_start(block, rel as usize);
            starts[kept] = rel;
            kept += pass as usize;
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys, byte by byte, as documented.
    fn keys_by_bytes(x: u64) -> (u64, u64) {
        let b = x.to_le_bytes();
        let mut out = [0u8; 8];
        let mut stopped = false;
        for k in 0..8 {
            stopped |= k > 0 && !b[k].is_ascii_alphanumeric();
            out[k] = if stopped { b' ' } else { b[k] | 0x20 };
        }
        (x | SPACES, u64::from_le_bytes(out))
    }

    #[test]
    fn the_keys_are_what_the_docs_say() {
        let interesting: Vec<u8> = vec![
            0, b' ', b'-', b'.', b'_', b'\'', b'/', b'0', b'9', b'@', b'[', b'`', b'{', b'a', b'z', b'A', b'Z', 0x7F,
            0x80, 0xC3, 0xE2, 0xFF, 0x10, 0x19, 0x2F, 0x3A,
        ];
        for &a in &interesting {
            for &b in &interesting {
                for &c in &interesting {
                    for (k, &d) in interesting.iter().enumerate() {
                        let x =
                            u64::from_le_bytes([a, b, c, d, b'x', interesting[k / 2], b, interesting[(k * 7) % 26]]);
                        assert_eq!(keys(x), keys_by_bytes(x), "{:?}", x.to_le_bytes());
                        let y = u64::from_le_bytes([b'q', b'r', b's', b't', a, b, c, d]);
                        assert_eq!(keys(y), keys_by_bytes(y), "{:?}", y.to_le_bytes());
                    }
                }
            }
        }
        let mut r = 0x1234_5678_9ABC_DEF1u64;
        for _ in 0..200_000 {
            r ^= r << 13;
            r ^= r >> 7;
            r ^= r << 17;
            assert_eq!(keys(r), keys_by_bytes(r), "{r:#x}");
        }
    }

    fn filter_of(patterns: &[(&str, bool)]) -> PrefixFilter {
        let mut f = PrefixFilter::new();
        for (p, plural) in patterns {
            f.insert(p.to_ascii_lowercase().as_bytes(), *plural);
        }
        f
    }

    #[test]
    fn short_patterns_pass_only_before_a_non_word_character() {
        let f = filter_of(&[("US", false), ("F-16", true), ("Su", true), ("/", false), ("A.", false)]);
        for text in ["US", "US ", "us,", "US’s", "US-Iran", "F-16s", "f-16", "Sus", "Sus.", "/x", "A.B", "a."] {
            assert!(f.may_start(text.as_bytes(), 0), "{text}");
        }
        for text in ["USSR", "used", "Sud", "Sub", "Sino"] {
            // Each of these may still pass by a hash collision, but not in this tiny set.
            assert!(!f.may_start(text.as_bytes(), 0), "{text}");
        }
    }

    #[test]
    fn filter_keeps_the_order_of_the_survivors() {
        let f = filter_of(&[("Iran", false), ("Iraq", false)]);
        let text = b"Iran and Iraq or Ira";
        let starts = vec![0, 5, 9, 14, 17];
        for path in [Path::Portable, Path::Avx2] {
            let mut starts = starts.clone();
            let kept = f.filter(path, text, 0, &mut starts);
            assert_eq!(&starts[..kept], [0, 9]);
        }
    }

    #[test]
    fn both_paths_filter_alike() {
        let words = [
            "Uzbekistan",
            "US",
            "F-16",
            "Su-30",
            "’t",
            "Sino-",
            "a",
            "ab",
            "abc",
            "x y z",
            "É",
            "Ürümqi",
            "New York",
            "abcdefg",
        ];
        let f = filter_of(&words.iter().map(|w| (*w, true)).collect::<Vec<_>>());
        let mut r = 0x9E37_79B9_7F4A_7C15u64;
        let mut text = Vec::new();
        for _ in 0..5000 {
            r ^= r << 13;
            r ^= r >> 7;
            r ^= r << 17;
            match r % 5 {
                0 => text.extend_from_slice(words[(r >> 8) as usize % words.len()].as_bytes()),
                1 => text.push(b"  ,.-'s_"[(r >> 8) as usize % 8]),
                2 => text.extend_from_slice(words[(r >> 8) as usize % words.len()].to_uppercase().as_bytes()),
                _ => text.push((r >> 16) as u8),
            }
        }
        for base in [0, 1, 5, text.len() - 40, text.len() - 3] {
            let all: Vec<u32> = (0..(text.len() - base) as u32).collect();
            let want: Vec<u32> = all.iter().copied().filter(|&i| f.may_start(&text, base + i as usize)).collect();
            for path in [Path::Portable, Path::Avx2] {
                let mut starts = all.clone();
                let kept = f.filter(path, &text, base, &mut starts);
                assert_eq!(&starts[..kept], want, "{path:?} from {base}");
            }
        }
    }
}
