//! Stage 1: where a name may start.
//!
//! A name starts at a word start (a character that may begin an alias after a non-word
//! character), or at a character that begins an alias whose first character is not a
//! word character (`'`, `/`, `’`...), wherever it stands. This stage marks those positions
//! in a chunk of text and writes their offsets, compacted, into a buffer; the later stages
//! only ever read that buffer.
//!
//! Why it is fast: the byte-at-a-time loop of a plain scan spends a table load, a
//! compare and an unpredictable branch on every byte. Here the portable path is one
//! table load and an unconditional store per byte (the store's index advances only at a
//! start, so nothing branches), and the AVX2 path ([`super::starts_avx2`]) classifies 64
//! bytes with a handful of shuffles and turns them into a bit mask whose set bits are
//! written out eight at a time.
//!
//! Both paths compute the same, deliberately loose, rule on bytes alone:
//! `start(i) = ANYWHERE(b[i]) | AFTER(b[i]) & !WORD(b[i-1])`, where `WORD` is an ASCII
//! letter, digit or `_`, and every lead byte of a non-ASCII character (`>= 0xC0`) counts
//! as `ANYWHERE`. A non-ASCII character before a start is thus taken for a non-word
//! character, and a non-ASCII character may start anything: both only add candidates,
//! which the matcher checks exactly (decoding the character before, with
//! [`crate::boundary::word_before`]). Continuation bytes (`0x80..0xC0`) are never starts,
//! so every position written is a character boundary.

use super::Path;

/// May begin an alias whose first character is a word character (after a non-word one).
pub(super) const AFTER: u8 = 1;
/// May begin an alias anywhere: its first character is not a word character, or the
/// byte is the lead byte of a non-ASCII character.
pub(super) const ANYWHERE: u8 = 2;
/// An ASCII word character.
pub(super) const WORD: u8 = 4;

/// Positions the stage may write past its count: the AVX2 path stores 8 offsets per 8
/// bytes before it knows how many are real. Buffers passed to [`starts`] must be this
/// much longer than the chunk.
pub(crate) const SLACK: usize = 64;

/// The byte classes of stage 1, as 256-entry tables and as nibble tables for SIMD.
#[derive(Debug, Clone)]
pub(crate) struct StartSets {
    /// Per byte: `AFTER | ANYWHERE | WORD`.
    pub class: [u8; 256],
    /// The same for the portable loop: bit 0 "a start after a non-word byte", bit 1 "a
    /// start after a word byte", bit 2 "a word byte".
    step: [u8; 256],
    /// For each class bit (`WORD`, `AFTER`, `ANYWHERE`), by the low nibble of an ASCII
    /// byte, the set of its high nibbles (bit `h` for `0..8`) that are in the class.
    pub nibbles: [[u8; 16]; 3],
}

impl StartSets {
    /// The sets for patterns beginning with the bytes `after` (first character a word
    /// character) and `anywhere` (first character not a word character).
    pub fn new(after: &[bool; 256], anywhere: &[bool; 256]) -> StartSets {
        let mut class = [0u8; 256];
        for (b, c) in class.iter_mut().enumerate() {
            if b >= 0xC0 {
                *c = ANYWHERE;
            } else if b < 0x80 {
                *c = (crate::boundary::ASCII_WORD[b] as u8 * WORD)
                    | (after[b] as u8 * AFTER)
                    | (anywhere[b] as u8 * ANYWHERE);
            }
        }
        let mut nibbles = [[0u8; 16]; 3];
        for (k, bit) in [WORD, AFTER, ANYWHERE].into_iter().enumerate() {
            for b in 0..0x80usize {
                if class[b] & bit != 0 {
                    nibbles[k][b & 0xF] |= 1 << (b >> 4);
                }
            }
        }
        let step = class.map(|c| {
            let anywhere = (c & ANYWHERE != 0) as u8;
            (anywhere | (c & AFTER != 0) as u8) | (anywhere << 1) | (((c & WORD) != 0) as u8) << 2
        });
        StartSets { class, step, nibbles }
    }
}

/// Writes the offsets (from `lo`) of the possible starts in `bytes[lo..hi]` to `out`
/// and returns how many there are. `out` must hold `hi - lo + SLACK` offsets.
#[inline]
pub(crate) fn starts(path: Path, sets: &StartSets, bytes: &[u8], lo: usize, hi: usize, out: &mut [u32]) -> usize {
    assert!(lo <= hi && hi <= bytes.len() && out.len() >= hi - lo + SLACK && hi - lo <= u32::MAX as usize);
    #[cfg(target_arch = "x86_64")]
    if path == Path::Avx2 && Path::avx2_available() {
        return super::starts_avx2::starts(sets, bytes, lo, hi, out);
    }
    let _ = path;
    portable(sets, bytes, lo, hi, out)
}

/// One byte at a time, without a branch: one table load gives both answers (after a
/// word byte or not) and whether the byte is a word byte; the store happens for every
/// byte, the count only moves on at a start.
fn portable(sets: &StartSets, bytes: &[u8], lo: usize, hi: usize, out: &mut [u32]) -> usize {
    let mut prev = (lo > 0 && sets.class[bytes[lo - 1] as usize] & WORD != 0) as u8;
    let mut n = 0;
    let out = &mut out[..hi - lo];
    for (k, &b) in bytes[lo..hi].iter().enumerate() {
        let step = sets.step[b as usize];
        out[n] = k as u32;
        n += ((step >> prev) & 1) as usize;
        prev = (step >> 2) & 1;
    }
    n
}

/// The same starts as [`starts`], as bit masks: `each(offset, mask)` for every block of
/// up to 64 bytes from `lo`, in order, bit `k` of `mask` standing for byte `lo + offset +
/// k`. For callers that look at each start once and drop most (the trigger lexicon):
/// they read the bits in place, with no list of offsets to write and read back.
#[inline]
pub(crate) fn start_masks(
    path: Path,
    sets: &StartSets,
    bytes: &[u8],
    lo: usize,
    hi: usize,
    each: impl FnMut(usize, u64),
) {
    assert!(lo <= hi && hi <= bytes.len());
    #[cfg(target_arch = "x86_64")]
    if path == Path::Avx2 && Path::avx2_available() {
        return super::starts_avx2::start_masks(sets, bytes, lo, hi, each);
    }
    let _ = path;
    portable_masks(sets, bytes, lo, hi, each)
}

/// [`start_masks`] one byte at a time, by the rule of [`portable`].
fn portable_masks(sets: &StartSets, bytes: &[u8], lo: usize, hi: usize, mut each: impl FnMut(usize, u64)) {
    let mut prev = (lo > 0 && sets.class[bytes[lo - 1] as usize] & WORD != 0) as u8;
    for (block, chunk) in bytes[lo..hi].chunks(64).enumerate() {
        let mut mask = 0u64;
        for (k, &b) in chunk.iter().enumerate() {
            let step = sets.step[b as usize];
            mask |= u64::from((step >> prev) & 1) << k;
            prev = (step >> 2) & 1;
        }
        each(64 * block, mask);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sets() -> StartSets {
        let mut after = [false; 256];
        let mut anywhere = [false; 256];
        for b in b'A'..=b'Z' {
            after[b as usize] = true;
            after[b.to_ascii_lowercase() as usize] = true;
        }
        after[b'7' as usize] = true;
        anywhere[b'\'' as usize] = true;
        StartSets::new(&after, &anywhere)
    }

    /// The rule of the module, one byte at a time, with a plain branchy loop.
    fn rule(s: &StartSets, bytes: &[u8], lo: usize, hi: usize) -> Vec<u32> {
        (lo..hi)
            .filter(|&i| {
                let c = s.class[bytes[i] as usize];
                let prev_word = i > 0 && s.class[bytes[i - 1] as usize] & WORD != 0;
                c & ANYWHERE != 0 || (c & AFTER != 0 && !prev_word)
            })
            .map(|i| (i - lo) as u32)
            .collect()
    }

    fn run(path: Path, s: &StartSets, bytes: &[u8], lo: usize, hi: usize) -> Vec<u32> {
        let mut out = vec![0; hi - lo + SLACK];
        let n = starts(path, s, bytes, lo, hi, &mut out);
        out.truncate(n);
        out
    }

    #[test]
    fn both_paths_follow_the_rule_on_every_length_and_offset() {
        let s = sets();
        let text = "Uzbek’s J-10C and 'Ndrangheta, x7 a_b é中Iran: aaaa bbbb cccc dddd eeee ffff gggg hhhh \
                    iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq a b c d e f g h i j k l m n o p q r s t u v w x";
        let bytes = text.as_bytes();
        for lo in 0..40 {
            for hi in lo..bytes.len() {
                let want = rule(&s, bytes, lo, hi);
                assert_eq!(run(Path::Portable, &s, bytes, lo, hi), want, "portable {lo}..{hi}");
                assert_eq!(run(Path::Avx2, &s, bytes, lo, hi), want, "avx2 {lo}..{hi}");
            }
        }
    }

    /// The starts of [`start_masks`], as offsets from `lo`.
    fn run_masks(path: Path, s: &StartSets, bytes: &[u8], lo: usize, hi: usize) -> Vec<u32> {
        let mut out = Vec::new();
        let mut next = 0;
        start_masks(path, s, bytes, lo, hi, |offset, mut mask| {
            // Blocks come in order, each of 64 bytes but the last.
            assert_eq!(offset, next, "{lo}..{hi}");
            next += 64;
            while mask != 0 {
                out.push((offset + mask.trailing_zeros() as usize) as u32);
                mask &= mask - 1;
            }
        });
        assert_eq!(next, (hi - lo).div_ceil(64) * 64, "{lo}..{hi}: one block per 64 bytes");
        out
    }

    #[test]
    fn the_masks_mark_the_same_starts_on_both_paths() {
        let s = sets();
        let text = "Uzbek’s J-10C and 'Ndrangheta, x7 a_b é中Iran: aaaa bbbb cccc dddd eeee ffff gggg hhhh \
                    iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq a b c d e f g h i j k l m n o p q r s t u v w x \
                    ''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''";
        let bytes = text.as_bytes();
        for lo in 0..40 {
            for hi in lo..bytes.len() {
                let want = rule(&s, bytes, lo, hi);
                assert_eq!(run_masks(Path::Portable, &s, bytes, lo, hi), want, "portable {lo}..{hi}");
                assert_eq!(run_masks(Path::Avx2, &s, bytes, lo, hi), want, "avx2 {lo}..{hi}");
            }
        }
    }

    #[test]
    fn dense_starts_overflow_the_unconditional_stores() {
        let s = sets();
        let text = "a ".repeat(200) + &"'".repeat(130);
        let bytes = text.as_bytes();
        for path in [Path::Portable, Path::Avx2] {
            assert_eq!(run(path, &s, bytes, 0, bytes.len()), rule(&s, bytes, 0, bytes.len()));
        }
    }

    #[test]
    fn continuation_bytes_never_start() {
        let s = sets();
        for b in 0x80..0xC0 {
            assert_eq!(s.class[b], 0);
        }
        assert!((0xC0..=0xFF).all(|b| s.class[b] == ANYWHERE));
    }
}
