//! Stage 1 on AVX2: the possible starts of 64 bytes at a time, as a bit mask.
//!
//! Why it is fast: membership of 32 bytes in an arbitrary set of ASCII bytes takes two
//! shuffles (`vpshufb`): one table, indexed by each byte's low nibble, gives the set of
//! high nibbles that are in the set; the other turns the byte's high nibble into its bit.
//! Three sets (word, start after a non-word byte, start anywhere) and the lead bytes of
//! non-ASCII characters make four 64-bit masks; the start rule is then a shift and two
//! logical operations on integers. The set bits are written out a byte of the mask at a
//! time: a table gives the positions of the bits of a byte, eight of them are widened,
//! offset and stored whatever their number, and the count moves on by the byte's
//! population count. No branch depends on the text.
//!
//! The rule is exactly that of the portable loop in [`super::starts`]; the tests run both
//! on every length and alignment.
//!
//! This is the only module of the matcher with `unsafe` code: the intrinsics and the
//! `target_feature` function need it.

#![allow(unsafe_code)]

use super::starts::{StartSets, SLACK, WORD};
use std::arch::x86_64::*;

/// For each byte value, the positions of its set bits, in order (then zeros).
static POSITIONS: [[u8; 8]; 256] = {
    let mut t = [[0u8; 8]; 256];
    let mut m = 0;
    while m < 256 {
        let mut n = 0;
        let mut bit = 0;
        while bit < 8 {
            if m & (1 << bit) != 0 {
                t[m][n] = bit as u8;
                n += 1;
            }
            bit += 1;
        }
        m += 1;
    }
    t
};

/// AVX2 version of [`super::starts::starts`]; same contract. Falls back to nothing: the
/// caller has checked that the CPU has AVX2.
#[inline]
pub(super) fn starts(sets: &StartSets, bytes: &[u8], lo: usize, hi: usize, out: &mut [u32]) -> usize {
    assert!(lo <= hi && hi <= bytes.len() && out.len() >= hi - lo + SLACK && hi - lo <= i32::MAX as usize);
    assert!(std::is_x86_feature_detected!("avx2"));
    // SAFETY: the CPU has AVX2 (asserted above; the feature check is cached by std);
    // `starts_avx2` reads `bytes` only within `lo..hi` and writes `out` only below
    // `hi - lo + SLACK` (both checked above).
    unsafe { starts_avx2(sets, bytes, lo, hi, out) }
}

/// The nibble tables of one class, in both 128-bit lanes (`vpshufb` works per lane).
///
/// # Safety
/// The CPU must have AVX2 (as for every function of this module).
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn table(t: &[u8; 16]) -> __m256i {
    // SAFETY: `t` is 16 readable bytes; `loadu` has no alignment requirement.
    let v = unsafe { _mm_loadu_si128(t.as_ptr().cast()) };
    _mm256_broadcastsi128_si256(v)
}

/// Bit `k` set when byte `k` of the 32 at `v` is in the class of table `lo_table`.
///
/// # Safety
/// AVX2.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn member(lo_table: __m256i, lo: __m256i, hi_bit: __m256i) -> u32 {
    let hit = _mm256_and_si256(_mm256_shuffle_epi8(lo_table, lo), hi_bit);
    !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(hit, _mm256_setzero_si256())) as u32)
}

/// The masks (word, after, anywhere) of the 32 bytes in `v`.
///
/// # Safety
/// AVX2.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn classify(v: __m256i, tables: &[__m256i; 3], hi_bits: __m256i) -> (u32, u32, u32) {
    let nibble = _mm256_set1_epi8(0x0F);
    let lo = _mm256_and_si256(v, nibble);
    let hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
    // Bit h for high nibble h < 8; 0 for the high nibbles of non-ASCII bytes.
    let hi_bit = _mm256_shuffle_epi8(hi_bits, hi);
    // Lead bytes of non-ASCII characters, 0b11xx_xxxx: bits 7 and 6 both set.
    let lead = _mm256_movemask_epi8(_mm256_and_si256(v, _mm256_slli_epi16(v, 1))) as u32;
    // SAFETY (of the calls): AVX2 is enabled in this function, and so in the callees.
    unsafe { (member(tables[0], lo, hi_bit), member(tables[1], lo, hi_bit), member(tables[2], lo, hi_bit) | lead) }
}

/// The start mask of the 64 bytes of `block` (bit `k`: byte `k` may start a name), by the
/// rule of [`super::starts`]; `carry` says whether the byte before the block is a word
/// byte, and is set for the next block.
///
/// # Safety
/// AVX2, and `block` at least 64 bytes long (both callers cut blocks of 64).
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn block_starts(block: &[u8], tables: &[__m256i; 3], hi_bits: __m256i, carry: &mut u64) -> u64 {
    debug_assert!(block.len() >= 64);
    // SAFETY: `block` is at least 64 readable bytes (the caller's promise); `loadu` has no alignment
    // requirement, and AVX2 is enabled in this function (so in `classify`).
    let (w, a, any) = unsafe {
        let v0 = _mm256_loadu_si256(block.as_ptr().cast());
        let v1 = _mm256_loadu_si256(block.as_ptr().add(32).cast());
        let (w0, a0, y0) = classify(v0, tables, hi_bits);
        let (w1, a1, y1) = classify(v1, tables, hi_bits);
        (w0 as u64 | (w1 as u64) << 32, a0 as u64 | (a1 as u64) << 32, y0 as u64 | (y1 as u64) << 32)
    };
    let prev_word = (w << 1) | *carry;
    *carry = w >> 63;
    (a & !prev_word) | any
}

/// # Safety
/// The CPU must have AVX2, and `lo <= hi <= bytes.len()`, `out.len() >= hi - lo + SLACK`.
/// (Stores at `out[n..n + 8]` with `n` up to the count of starts so far, at most the
/// bytes before the current block, plus 56.)
#[target_feature(enable = "avx2")]
unsafe fn starts_avx2(sets: &StartSets, bytes: &[u8], lo: usize, hi: usize, out: &mut [u32]) -> usize {
    // SAFETY: AVX2 is enabled in this function; `table` reads its 16-byte argument only.
    let tables = unsafe { [table(&sets.nibbles[0]), table(&sets.nibbles[1]), table(&sets.nibbles[2])] };
    let hi_bits = _mm256_setr_epi8(
        1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0,
    );
    // Whether the byte before the current block is an ASCII word byte.
    let mut carry = (lo > 0 && sets.class[bytes[lo - 1] as usize] & WORD != 0) as u64;
    let mut n = 0;
    let mut o = lo;
    let mut tail = [0u8; 64];
    while o < hi {
        let (block, len) = if hi - o >= 64 {
            (&bytes[o..o + 64], 64)
        } else {
            // The last, short block: padded with zeros, which are in no class.
            tail[..hi - o].copy_from_slice(&bytes[o..hi]);
            (&tail[..], hi - o)
        };
        // SAFETY: `block` is 64 bytes; AVX2 is enabled in this function.
        let mut mask = unsafe { block_starts(block, &tables, hi_bits, &mut carry) };
        if len < 64 {
            mask &= (1u64 << len) - 1;
        }
        // Eight offsets per byte of the mask, stored unconditionally: `n` is at most the
        // number of bytes before this block, so `n + 64 <= hi - lo + SLACK`.
        let base = _mm256_set1_epi32((o - lo) as i32);
        for (k, byte) in mask.to_le_bytes().into_iter().enumerate() {
            // SAFETY: `POSITIONS[byte]` is 8 bytes; `out[n..n + 8]` is in bounds (above).
            unsafe {
                let at = _mm256_cvtepu8_epi32(_mm_loadl_epi64(POSITIONS[byte as usize].as_ptr().cast()));
                let at = _mm256_add_epi32(at, _mm256_add_epi32(base, _mm256_set1_epi32(8 * k as i32)));
                _mm256_storeu_si256(out.as_mut_ptr().add(n).cast(), at);
            }
            n += byte.count_ones() as usize;
        }
        o += len;
    }
    n
}

/// The masks of [`super::starts::start_masks`]: the classification of [`starts_avx2`]
/// without the list of offsets.
#[inline]
pub(super) fn start_masks(sets: &StartSets, bytes: &[u8], lo: usize, hi: usize, each: impl FnMut(usize, u64)) {
    assert!(lo <= hi && hi <= bytes.len());
    assert!(std::is_x86_feature_detected!("avx2"));
    // SAFETY: AVX2 is present (checked above); every load reads 64 bytes of `bytes[o..o
    // + 64]` or of the zero-padded copy of the tail.
    unsafe { masks_avx2(sets, bytes, lo, hi, each) }
}

#[inline]
#[target_feature(enable = "avx2")]
unsafe fn masks_avx2(sets: &StartSets, bytes: &[u8], lo: usize, hi: usize, mut each: impl FnMut(usize, u64)) {
    let tables = unsafe { [table(&sets.nibbles[0]), table(&sets.nibbles[1]), table(&sets.nibbles[2])] };
    let hi_bits = _mm256_setr_epi8(
        1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0,
    );
    let mut carry = (lo > 0 && sets.class[bytes[lo - 1] as usize] & WORD != 0) as u64;
    let mut o = lo;
    let mut tail = [0u8; 64];
    while o < hi {
        let len = (hi - o).min(64);
        // A short last block is read in place when the text goes on for 64 bytes: the bits
        // past `len` are masked off below, and a byte never changes the bits before it.
        // Only a block at the very end of the text is copied (most ranges end earlier).
        let block = if o + 64 <= bytes.len() {
            &bytes[o..o + 64]
        } else {
            tail[..hi - o].copy_from_slice(&bytes[o..hi]);
            &tail[..]
        };
        // SAFETY: `block` is 64 bytes; AVX2 is enabled in this function.
        let mut mask = unsafe { block_starts(block, &tables, hi_bits, &mut carry) };
        if len < 64 {
            mask &= (1u64 << len) - 1;
        }
        each(o - lo, mask);
        o += len;
    }
}
