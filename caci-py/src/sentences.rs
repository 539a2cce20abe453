//! Sentence numbers for co-occurrence "in the same sentence": a forward scan that counts
//! sentence ends before each offset.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed
//! by white space and then a character that is not a lower-case letter, unless the word
//! before the `.` is an abbreviation (`Gen.`, `Mr.`, `Jan.`) or a single letter
//! (`U.S.`, `J. Smith`); and at a blank line. Analyst prose needs nothing finer.

const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "etc", "feb", "gen", "gov", "inc",
    "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "pres", "prof",
    "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vs",
];

/// A forward-only counter of sentence ends.
#[derive(Debug, Clone)]
pub(crate) struct Sentences<'t> {
    text: &'t str,
    /// Bytes before `pos` have been scanned.
    pos: usize,
    count: usize,
}

impl<'t> Sentences<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Sentences { text, pos: 0, count: 0 }
    }

    /// The 0-based index of the sentence that contains byte `offset`. Offsets must not
    /// decrease from one call to the next (a smaller one restarts the scan).
    pub(crate) fn index_at(&mut self, offset: usize) -> usize {
        if offset < self.pos {
            self.pos = 0;
            self.count = 0;
        }
        let bytes = self.text.as_bytes();
        let end = offset.min(bytes.len());
        while self.pos < end {
            let i = self.pos;
            let next = match bytes[i] {
                b'.' | b'!' | b'?' => self.sentence_end_after(i, i + 1),
                // U+2026 HORIZONTAL ELLIPSIS is E2 80 A6.
                0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => self.sentence_end_after(i, i + 3),
                b'\n' => self.paragraph_end_after(i),
                _ => None,
            };
            match next {
                // `offset` is in the space between two sentences: it belongs to the first;
                // scan this end again next time.
                Some(n) if n > end => break,
                Some(n) => {
                    self.count += 1;
                    self.pos = n;
                }
                None => self.pos = i + 1,
            }
        }
        self.count
    }

    /// If the newline at `at` starts a blank line, the offset where the next paragraph starts.
    fn paragraph_end_after(&self, at: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut j = at + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j >= bytes.len() || bytes[j] != b'\n' {
            return None;
        }
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        (j < bytes.len()).then_some(j)
    }

    /// If the terminator at `at` (ending before `after`) ends a sentence, the offset where
    /// the next sentence starts.
    fn sentence_end_after(&self, at: usize, after: usize) -> Option<usize> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut j = after;
        // More terminators (`?!`, `...`) and closing quotes or brackets.
        while j < bytes.len() {
            match bytes[j] {
                b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' => j += 1,
                _ if text[j..].starts_with('\u{201D}') || text[j..].starts_with('\u{2019}') => j += 3,
                _ => break,
            }
        }
        let ws = j;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if j == ws || j >= bytes.len() {
            return None;
        }
        let next = text[j..].chars().next()?;
        if next.is_lowercase() {
            return None;
        }
        if bytes[at] == b'.' && self.abbreviation_before(at) {
            return None;
        }
        Some(j)
    }

    /// Whether the word that ends at the `.` at `dot` is an abbreviation or an initial.
    fn abbreviation_before(&self, dot: usize) -> bool {
        let before = &self.text[..dot];
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
        let word = &before[word_start..];
        if word.contains('.') {
            // `U.S`, `e.g`: a dotted abbreviation.
            return true;
        }
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        if let (Some(c), None) = (letters.next(), letters.next()) {
            // An initial, or the last letter of `U.S` / `U.K`.
            return c.is_uppercase();
        }
        let lower = word.to_lowercase();
        ABBREVIATIONS.contains(&lower.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(text: &str, needle: &str) -> usize {
        let at = text.find(needle).unwrap();
        Sentences::new(text).index_at(at)
    }

    #[test]
    fn counts_sentence_ends_but_not_abbreviations() {
        let t = "Gen. Aliyev met U.S. officials in Baku. Then Tokayev spoke! Was it Putin? Yes… Erdogan.\n\nNew para";
        assert_eq!(index_of(t, "Aliyev"), 0);
        assert_eq!(index_of(t, "officials"), 0);
        assert_eq!(index_of(t, "Baku"), 0);
        assert_eq!(index_of(t, "Tokayev"), 1);
        assert_eq!(index_of(t, "Putin"), 2);
        assert_eq!(index_of(t, "Yes"), 3);
        assert_eq!(index_of(t, "Erdogan"), 4);
        assert_eq!(index_of(t, "New"), 5);
    }

    #[test]
    fn lower_case_after_a_period_continues_the_sentence_and_offsets_are_monotonic() {
        let t = "It cost approx. ten million. \u{201C}Quote.\u{201D} Next one.";
        let mut s = Sentences::new(t);
        assert_eq!(s.index_at(t.find("ten").unwrap()), 0);
        assert_eq!(s.index_at(t.find("Quote").unwrap()), 1);
        assert_eq!(s.index_at(t.find("Next").unwrap()), 2);
        assert_eq!(s.index_at(0), 0, "going back restarts");
        assert_eq!(s.index_at(t.len()), 2);
    }
}
