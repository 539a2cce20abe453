//! Byte offsets to character offsets, in one pass over the text.
//!
//! Rust gives byte offsets; Python's `str` and most other front ends index by Unicode
//! code point. [`CharOffsets`] walks the text once, forward, converting a sorted stream
//! of byte offsets, so converting every mention of a document costs one pass rather than
//! one pass per mention.

/// A forward-only converter from byte offsets to code-point offsets.
///
/// ```
/// use caci_core::offsets::CharOffsets;
/// let text = "Türkiye and Baku";
/// let mut conv = CharOffsets::new(text);
/// assert_eq!(conv.to_char(12), 11); // `B` is byte 12 and character 11
/// assert_eq!(conv.to_char(16), 15);
/// ```
#[derive(Debug, Clone)]
pub struct CharOffsets<'t> {
    text: &'t [u8],
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    /// A converter positioned at the start of `text`.
    pub fn new(text: &'t str) -> Self {
        CharOffsets { text: text.as_bytes(), byte: 0, chars: 0 }
    }

    /// The code-point offset of byte offset `byte`, which must be a char boundary.
    /// Offsets may come in any order; a smaller offset than the last one restarts the walk.
    pub fn to_char(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let end = byte.min(self.text.len());
        self.chars += (end - self.byte) - continuation_bytes(self.text, self.byte, end);
        self.byte = end;
        self.chars
    }
}

/// The UTF-8 continuation bytes (`10xxxxxx`) in `text[from..to]`: every other byte
/// starts a character.
///
/// Eight bytes at a time, and a word of ASCII (nearly every word of English prose) at
/// the cost of a test: a mention is typically tens of bytes after the one before, a
/// stretch too short for a vectorized loop to pay off, and the byte-by-byte count this
/// replaces cost more than the rest of turning a mention into a Python object. The last
/// few bytes are read as the end of the word that ends at `to`, so that no byte loop
/// runs unless the text itself is shorter than a word.
fn continuation_bytes(text: &[u8], from: usize, to: usize) -> usize {
    let mut n = 0;
    let mut i = from;
    while i + 8 <= to {
        n += continuations_in(word_at(text, i));
        i += 8;
    }
    let left = to - i;
    if left > 0 {
        if to >= 8 {
            // The last `left` bytes of the word ending at `to` are its high bytes.
            n += continuations_in(word_at(text, to - 8) >> (8 * (8 - left)));
        } else {
            n += text[i..to].iter().filter(|&&b| b & 0xC0 == 0x80).count();
        }
    }
    n
}

/// The eight bytes of `text` from `i`, as a little-endian word (byte `i` lowest).
#[inline]
fn word_at(text: &[u8], i: usize) -> u64 {
    let mut w = [0; 8];
    w.copy_from_slice(&text[i..i + 8]);
    u64::from_le_bytes(w)
}

/// Continuation bytes in a word: bytes with the high bit set and the next bit clear.
#[inline]
fn continuations_in(w: u64) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    if w & (LOW << 7) == 0 {
        return 0; // ASCII
    }
    // Bit 7 of each byte, moved to bit 0: set where bit 7 is set and bit 6 is not.
    let marks = (w >> 7) & !(w >> 6) & LOW;
    // Summing the bytes (each 0 or 1) into the top byte.
    (marks.wrapping_mul(LOW) >> 56) as usize
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
    fn counts_every_stretch_of_every_length_as_chars_does() {
        // Short texts (the byte loop), stretches across word boundaries, ends within a
        // word after a long stretch (the shifted last word), and 4-byte characters.
        let text = "aé€😀bЖ中ü z\u{301}x😀😀é€€ab";
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        for (i, &from) in bounds.iter().enumerate() {
            for &to in &bounds[i..] {
                for t in [&text[..to], text] {
                    let want = t[from..to].chars().count();
                    assert_eq!((to - from) - continuation_bytes(t.as_bytes(), from, to), want, "{from}..{to} of {t:?}");
                }
            }
        }
    }
}
