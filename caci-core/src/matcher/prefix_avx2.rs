//! Stage 2 on AVX2: the prefix filter for eight starts at a time.
//!
//! Why it is fast: the scalar filter spends some sixty instructions on each start (two
//! keys of a dozen operations each, two hashes, two lookups, the compaction). Here two
//! gathers read the eight bytes at each of eight starts, both keys and both hashes are
//! computed on four lanes at once with the same integer formulas as
//! [`super::prefix::keys`] and [`super::prefix::slot`], two gathers fetch the sixteen
//! words of the bit set, and the survivors are packed to the front with one permutation
//! taken from a table indexed by the 8-bit mask of survivors. Nothing branches on the
//! text.
//!
//! The result is exactly that of the scalar filter; the tests compare them.

#![allow(unsafe_code)]

use super::prefix::{PrefixFilter, BITS, MUL_HI, MUL_LO};
use std::arch::x86_64::*;

/// For each 8-bit mask, the lanes whose bit is set, in order, then zeros.
static PACK: [[u8; 8]; 256] = {
    let mut t = [[0u8; 8]; 256];
    let mut m = 0;
    while m < 256 {
        let mut n = 0;
        let mut lane = 0;
        while lane < 8 {
            if m & (1 << lane) != 0 {
                t[m][n] = lane as u8;
                n += 1;
            }
            lane += 1;
        }
        m += 1;
    }
    t
};

/// Filters `starts[..count]` in place like the scalar loop and returns how many are kept.
/// Every start in `starts[..count]` should have eight bytes of `block` from it (the
/// caller makes sure; a start that has not is read as the last eight bytes, which is
/// wrong but safe), and `count` must be a multiple of 8.
pub(super) fn filter(f: &PrefixFilter, block: &[u8], starts: &mut [u32], count: usize) -> usize {
    let bits = f.words();
    assert!(std::is_x86_feature_detected!("avx2"));
    assert!(count % 8 == 0 && count <= starts.len() && bits.len() << 6 == 1 << BITS);
    if count == 0 {
        return 0;
    }
    assert!(block.len() >= 8 && block.len() - 8 <= i32::MAX as usize);
    // SAFETY: the CPU has AVX2 (asserted); `filter_avx2` reads `block` only at the eight
    // bytes from each start, clamped to `block.len() - 8`, `bits` only at the word of a
    // hashed slot (below 2^BITS bits, asserted), and `starts` within `..count`.
    unsafe { filter_avx2(bits, block, starts, count) }
}

/// The long and short keys of four 8-byte windows (see `prefix::keys`).
///
/// # Safety
/// The CPU must have AVX2 (as for every function of this module).
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn keys(x: __m256i) -> (__m256i, __m256i) {
    let c = |v: u64| _mm256_set1_epi64x(v as i64);
    let spaces = c(0x2020_2020_2020_2020);
    let folded = _mm256_or_si256(x, spaces);
    let low = _mm256_and_si256(folded, c(0x7F7F_7F7F_7F7F_7F7F));
    let letter = _mm256_andnot_si256(
        _mm256_add_epi8(low, c(0x0505_0505_0505_0505)),
        _mm256_add_epi8(low, c(0x1F1F_1F1F_1F1F_1F1F)),
    );
    let raw = _mm256_and_si256(x, c(0x7F7F_7F7F_7F7F_7F7F));
    let digit = _mm256_andnot_si256(
        _mm256_add_epi8(raw, c(0x4646_4646_4646_4646)),
        _mm256_add_epi8(raw, c(0x5050_5050_5050_5050)),
    );
    let word = _mm256_andnot_si256(x, _mm256_or_si256(letter, digit));
    let mut after = _mm256_andnot_si256(word, c(0x8080_8080_8080_8000));
    after = _mm256_or_si256(after, _mm256_slli_epi64::<8>(after));
    after = _mm256_or_si256(after, _mm256_slli_epi64::<16>(after));
    after = _mm256_or_si256(after, _mm256_slli_epi64::<32>(after));
    // Bytes with bit 7 set in `after` are negative: all ones where the key has a space.
    let blank = _mm256_cmpgt_epi8(_mm256_setzero_si256(), after);
    (folded, _mm256_or_si256(_mm256_andnot_si256(blank, folded), _mm256_and_si256(blank, spaces)))
}

/// The slots of four keys (see `prefix::slot`), in the low halves of the 64-bit lanes.
///
/// # Safety
/// AVX2.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn slots(key: __m256i) -> __m256i {
    // `mul_epu32` multiplies the low 32 bits of each 64-bit lane; the low 32 bits of the
    // product are the wrapping 32-bit product.
    let hi = _mm256_mul_epu32(_mm256_srli_epi64::<32>(key), _mm256_set1_epi64x(MUL_HI as i64));
    let mixed = _mm256_xor_si256(key, hi);
    let h = _mm256_mul_epu32(mixed, _mm256_set1_epi64x(MUL_LO as i64));
    _mm256_and_si256(_mm256_srli_epi64::<{ 32 - BITS as i32 }>(h), _mm256_set1_epi64x((1 << BITS) - 1))
}

/// Bit `k` set when either key of the window of 64-bit lane `k` (of four) is in the set.
///
/// # Safety
/// AVX2, and `bits` must hold 2^BITS bits.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn lookup(bits: &[u64], x: __m256i) -> i32 {
    // SAFETY (of the calls): AVX2 is enabled in this function, and so in the callees.
    let (long, short) = unsafe { keys(x) };
    // SAFETY: as above.
    let (long, short) = unsafe { (slots(long), slots(short)) };
    // The low halves of the eight 64-bit slots (all below 2^BITS), as eight 32-bit lanes:
    // long 0-3, short 0-3.
    let low = _mm256_setr_epi32(0, 2, 4, 6, 0, 0, 0, 0);
    let both = _mm256_permute2x128_si256::<0x20>(
        _mm256_permutevar8x32_epi32(long, low),
        _mm256_permutevar8x32_epi32(short, low),
    );
    // SAFETY: `slot >> 5` indexes a 32-bit word of `bits` (2^BITS bits in all).
    let words = unsafe { _mm256_i32gather_epi32::<4>(bits.as_ptr().cast(), _mm256_srli_epi32::<5>(both)) };
    let bit = _mm256_srlv_epi32(words, _mm256_and_si256(both, _mm256_set1_epi32(31)));
    let hit = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_slli_epi32::<31>(bit)));
    (hit | (hit >> 4)) & 0xF
}

/// # Safety
/// AVX2, and the bounds that [`filter`] asserts.
#[target_feature(enable = "avx2")]
unsafe fn filter_avx2(bits: &[u64], block: &[u8], starts: &mut [u32], count: usize) -> usize {
    let last = _mm256_set1_epi32((block.len() - 8) as i32);
    let mut kept = 0;
    let mut k = 0;
    while k < count {
        // SAFETY: `k + 8 <= count <= starts.len()`; unaligned loads are allowed.
        let offsets = unsafe { _mm256_loadu_si256(starts.as_ptr().add(k).cast()) };
        let offsets = _mm256_min_epu32(offsets, last);
        // SAFETY: each offset (clamped above) has eight readable bytes of `block` from it;
        // AVX2 is enabled in this function (so in `lookup`), which reads `bits` as above.
        let pass = unsafe {
            let x0 = _mm256_i32gather_epi64::<1>(block.as_ptr().cast(), _mm256_castsi256_si128(offsets));
            let x1 = _mm256_i32gather_epi64::<1>(block.as_ptr().cast(), _mm256_extracti128_si256::<1>(offsets));
            (lookup(bits, x0) | (lookup(bits, x1) << 4)) as usize
        };
        // SAFETY: `PACK[pass]` is 8 bytes; the store writes `starts[kept..kept + 8]`, and
        // `kept <= k`, so it stays below `count` and overwrites only starts already read.
        unsafe {
            let lanes = _mm256_cvtepu8_epi32(_mm_loadl_epi64(PACK[pass].as_ptr().cast()));
            _mm256_storeu_si256(starts.as_mut_ptr().add(kept).cast(), _mm256_permutevar8x32_epi32(offsets, lanes));
        }
        kept += pass.count_ones() as usize;
        k += 8;
    }
    kept
}
