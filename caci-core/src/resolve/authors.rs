//! Authors are not leaders: the `By …` line of an analyst article and the names in it.
//!
//! A byline is a line that [`Byline::parse`] reads (the rule the Python page reader uses
//! for its `authors` column too). A leader find inside a byline, or whose words are all
//! words of an author's name (the bio paragraph: `Aigerim Smith is a researcher…`), is
//! not a leader mention.

use crate::byline::Byline;
use std::ops::Range;

/// The bylines of a document and the words of the names in them.
#[derive(Debug, Default)]
pub(crate) struct Authors {
    lines: Vec<Range<usize>>,
    words: Vec<String>,
}

impl Authors {
    /// Reads the bylines of `text`.
    pub fn read(text: &str) -> Authors {
        let mut a = Authors::default();
        let bytes = text.as_bytes();
        // Line starts found with SIMD `memchr`; a line is looked at only if it starts
        // (after spaces) with `B`, so most lines cost one byte comparison.
        let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        for start in starts {
            let first = bytes[start..].iter().position(|b| !matches!(b, b' ' | b'\t' | b'\r')).map(|i| start + i);
            if first.is_none_or(|i| !matches!(bytes[i], b'B' | b'b')) {
                continue;
            }
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |i| start + i + 1);
            if let Some(byline) = Byline::parse(&text[start..end]) {
                a.lines.push(start..end);
                a.words.extend(byline.words().map(str::to_owned));
            }
        }
        a
    }

    /// Whether a leader find at `span` with this `surface` names an author.
    pub fn covers(&self, span: Range<usize>, surface: &str) -> bool {
        if self.lines.iter().any(|l| l.start <= span.start && span.end <= l.end) {
            return true;
        }
        !self.words.is_empty() && surface.split_whitespace().all(|w| self.words.iter().any(|a| a == w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_and_bios() {
        let text = "By Dana Karimova and Omar Khan\nKarimov ruled until 2016.\nOmar Khan is a researcher.";
        let a = Authors::read(text);
        let byline = text.find("Khan").unwrap();
        assert!(a.covers(byline..byline + 4, "Khan"));
        let bio = text.rfind("Omar Khan").unwrap();
        assert!(a.covers(bio..bio + 9, "Omar Khan"));
        let k = text.find("Karimov ").unwrap();
        assert!(!a.covers(k..k + 7, "Karimov"), "a leader's name that is no author's");
        assert!(Authors::read("By then, the war had ended.").words.is_empty(), "not a byline");
    }
}
