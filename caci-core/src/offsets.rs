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
        // Count the bytes that start a character (all but UTF-8 continuation bytes).
        self.chars += self.text[self.byte..end].iter().filter(|&&b| (b as i8) >= -0x40).count();
        self.byte = end;
        self.chars
    }
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
}
