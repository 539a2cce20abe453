//! Word boundaries, decided on the characters either side of a candidate.
//!
//! A word character is a Unicode letter or digit (`char::is_alphanumeric`), a combining
//! mark, or `_`. An alias that begins (ends) with a word character must not be preceded
//! (followed) by one: `Iran` is not found in `Iranian`, `Russian` is found in
//! `Sino-Russian`, and `Azerbaijan` in `Azerbaijan’s` ends before the apostrophe.

/// Whether `c` is part of a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// For each ASCII byte, whether it is a word character; bytes >= 0x80 are `false`
/// here and decided by decoding the character.
pub(crate) static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    t
};

/// Whether the character that ends just before byte `i` of `text` is a word character.
/// `i` must be a char boundary.
#[inline]
pub fn word_before(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    if i == 0 {
        return false;
    }
    let b = bytes[i - 1];
    if b < 0x80 {
        return ASCII_WORD[b as usize];
    }
    text[..i].chars().next_back().is_some_and(is_word_char)
}

/// Whether the character that starts at byte `i` of `text` is a word character.
/// `i` must be a char boundary.
#[inline]
pub fn word_at(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(i) {
        None => false,
        Some(&b) if b < 0x80 => ASCII_WORD[b as usize],
        Some(_) => text[i..].chars().next().is_some_and(is_word_char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_table_agrees_with_is_word_char() {
        for b in 0u8..128 {
            assert_eq!(ASCII_WORD[b as usize], is_word_char(b as char), "{b}");
        }
    }

    #[test]
    fn neighbours_are_decoded() {
        let t = "Sino-Russian Azerbaijan’s Ürümqi";
        assert!(!word_before(t, 5), "after the hyphen");
        let end = "Sino-Russian Azerbaijan".len();
        assert!(!word_at(t, end), "a curly apostrophe is no word character");
        let u = t.find('Ü').unwrap();
        assert!(word_at(t, u));
        assert!(!word_before(t, u));
        assert!(word_before(t, u + 'Ü'.len_utf8()));
        assert!(!word_before(t, 0) && !word_at(t, t.len()));
    }
}
