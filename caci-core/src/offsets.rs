//! Byte offsets to character offsets, in one pass over the text.
//!
//! Rust gives byte offsets; Python's `str` and most other front ends index by Unicode
//! code point. [`CharOffsets`] walks the text once, forward, converting a sorted stream
//! of byte offsets, so converting every mention of a document costs one pass rather than
//! one pass per mention.

/// A forward-only converter from byte offsets to code-point offsets.
///
/// ```
/// use caci_core::CharOffsets;
/// let text = "Türkiye and Baku";
/// let mut conv = CharOffsets::new(text);
/// assert_eq!(conv.to_char(12), 11); // `B` is byte 12 and character 11
/// assert_eq!(conv.to_char(16), 15);
/// ```
#[derive(Debug, Clone)]
pub struct CharOffsets<'t> {
    text: &'t [u8],
    /// The last offset asked for: a smaller one restarts the walk.
    byte: usize,
    /// How far the walk has read: `text[..scanned]` holds `continuations` UTF-8
    /// continuation bytes, and `text[byte..scanned]` is ASCII.
    scanned: usize,
    continuations: usize,
}

impl<'t> CharOffsets<'t> {
    /// A converter positioned at the start of `text`.
    pub fn new(text: &'t str) -> Self {
        CharOffsets { text: text.as_bytes(), byte: 0, scanned: 0, continuations: 0 }
    }

    /// The code-point offset of byte offset `byte`, which must be a char boundary.
    /// Offsets may come in any order; a smaller offset than the last one restarts the walk.
    ///
    /// Prose is nearly all ASCII, yet nearly every document has a curly quote or an
    /// accent somewhere: the walk skips ASCII a word at a time up to the next character
    /// that is not ASCII, steps over that character, and so on, so that it reads each
    /// byte once and an offset inside a stretch already read costs a subtraction.
    /// Mentions are tens of bytes apart, too close for counting the bytes between them
    /// (byte by byte, or even a word at a time with the setup each time) to be cheap.
    #[inline]
    pub fn to_char(&mut self, byte: usize) -> usize {
        // Within what the walk has read (a mention's start or end, nearly always): a
        // subtraction, inlined at each call.
        if byte >= self.byte && byte <= self.scanned {
            self.byte = byte;
            return byte - self.continuations;
        }
        self.walk_to(byte)
    }

    /// [`Self::to_char`] past what the walk has read, or backwards.
    #[inline(never)]
    fn walk_to(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.scanned = 0;
            self.continuations = 0;
        }
        let end = byte.min(self.text.len());
        self.byte = end;
        while self.scanned < end {
            let b = self.text[self.scanned];
            if b.is_ascii() {
                self.scanned += ascii_run(self.text, self.scanned);
            } else {
                // A lead byte and its continuation bytes (or a stray continuation byte).
                let width = match b {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xFF => 4,
                    _ => 1,
                };
                let width = width.min(self.text.len() - self.scanned);
                self.continuations += if width == 1 { 1 } else { width - 1 };
                self.scanned += width;
            }
        }
        // Past `end`, up to `scanned`, the text is ASCII: no continuation bytes.
        end - self.continuations
    }
}

/// How many bytes from `from` on are ASCII, a word at a time.
fn ascii_run(text: &[u8], from: usize) -> usize {
    let mut i = from;
    // Four words at a time through long stretches of ASCII, then word by word.
    while i + 32 <= text.len() {
        let any = word_at(text, i) | word_at(text, i + 8) | word_at(text, i + 16) | word_at(text, i + 24);
        if any & HIGH_BITS != 0 {
            break;
        }
        i += 32;
    }
    while i + 8 <= text.len() {
        let high = word_at(text, i) & HIGH_BITS;
        if high != 0 {
            // The first byte (the lowest, in a little-endian word) with its high bit set.
            return i - from + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i - from + text[i..].iter().take_while(|b| b.is_ascii()).count()
}

/// The high bit of every byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `text` from `i`, as a little-endian word (byte `i` lowest).
#[inline]
fn word_at(text: &[u8], i: usize) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(&text[i..i + 8]);
    u64::from_le_bytes(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_char_indices_on_multibyte_text() {
        let text = "a ü 😀 e\u{301} Ж 中文 z";
        let expected: Vec<(usize, usize)> = text.char_indices().enumerate().map(|(c, (b, _))| (b, c)).collect();
        let mut conv = CharOffsets::new(text);
        for &(b, c) in &expected {
            assert_eq!(conv.to_char(b), c);
        }
        assert_eq!(conv.to_char(text.len()), text.chars().count());
        assert_eq!(conv.to_char(0), 0, "going back restarts");
    }

    #[test]
    fn ascii_runs_end_at_the_first_byte_that_is_not_ascii() {
        let text = "abcdefghij klmnopqrstu é vwxyz";
        let first = text.find('é').unwrap_or(0);
        for from in 0..=first {
            assert_eq!(ascii_run(text.as_bytes(), from), first - from);
        }
        assert_eq!(ascii_run(b"plain ascii to the end", 3), 19);
        assert_eq!(ascii_run(b"", 0), 0);
    }

    #[test]
    fn walks_forward_over_sparse_and_dense_non_ascii_text() {
        // Offsets in every order a caller uses: each boundary, every third, pairs that
        // go back (a mention's start after the previous one's end), on texts where the
        // non-ASCII characters are far apart, adjacent, or at either end.
        let long_ascii = "x".repeat(70);
        let texts = [
            format!("{long_ascii} Türkiye {long_ascii} “quoted” and Baku"),
            "ééé€€😀😀ЖЖ中中".to_string(),
            format!("é{long_ascii}"),
            format!("{long_ascii}é"),
            long_ascii.clone(),
        ];
        for text in &texts {
            let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            for step in [1, 3, 17] {
                let mut conv = CharOffsets::new(text);
                for (c, &b) in bounds.iter().enumerate().step_by(step) {
                    assert_eq!(conv.to_char(b), c, "byte {b} of {text:?}, step {step}");
                }
            }
            let mut conv = CharOffsets::new(text);
            for w in bounds.windows(2).step_by(2) {
                let c = bounds.iter().position(|&b| b == w[1]).unwrap_or(0);
                assert_eq!(conv.to_char(w[1]), c);
                assert_eq!(conv.to_char(w[0]), c - 1, "going back one character restarts");
            }
        }
    }

    #[test]
    fn every_pair_of_offsets_on_short_and_long_texts() {
        // Each ordered pair of boundaries, as a mention's start and end, on a fresh
        // converter, on texts shorter and longer than a word.
        let long = format!("{}aé€😀bЖ中ü z\u{301}x😀😀é€€ab{}", "y".repeat(9), "w".repeat(9));
        for text in ["", "é", "ab", "aé€😀bЖ", long.as_str()] {
            let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            for (i, &from) in bounds.iter().enumerate() {
                for &to in &bounds[i..] {
                    let mut conv = CharOffsets::new(text);
                    assert_eq!(conv.to_char(from), text[..from].chars().count(), "{from} of {text:?}");
                    assert_eq!(conv.to_char(to), text[..to].chars().count(), "{from}..{to} of {text:?}");
                }
            }
        }
    }
}
