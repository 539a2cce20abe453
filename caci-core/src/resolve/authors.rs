//! Authors are not leaders: the `By …` line of an analyst article and the names in it.
//!
//! A byline is a line that starts with `By ` followed by one to four capitalised names
//! joined by `and`, `&` or commas. A leader find inside a byline, or whose words are all
//! words of an author's name (the bio paragraph: `Aigerim Smith is a researcher…`), is
//! not a leader mention.

use std::ops::Range;

/// The bylines of a document and the words of the names in them.
#[derive(Debug, Default)]
pub(crate) struct Authors<'t> {
    lines: Vec<Range<usize>>,
    words: Vec<&'t str>,
}

impl<'t> Authors<'t> {
    /// Reads the bylines of `text`.
    pub fn read(text: &'t str) -> Authors<'t> {
        let mut a = Authors::default();
        let bytes = text.as_bytes();
        // Line starts found with SIMD `memchr`; a line is looked at only if it starts
        // (after spaces) with `B`, so most lines cost one byte comparison.
        let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        for start in starts {
            let first = bytes[start..].iter().position(|b| !matches!(b, b' ' | b'\t' | b'\r')).map(|i| start + i);
            if first.is_none_or(|i| bytes[i] != b'B') {
                continue;
            }
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |i| start + i + 1);
            let pos = end;
            let line = &text[start..end];
            let body = line.trim();
            let Some(names) = body.strip_prefix("By ").or_else(|| body.strip_prefix("BY ")) else { continue };
            if body.len() > 160 {
                continue;
            }
            let parts: Vec<&str> = names
                .split([',', '&'])
                .flat_map(|p| p.split(" and "))
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            let looks_like_names = !parts.is_empty()
                && parts.len() <= 4
                && parts.iter().all(|p| {
                    let ws: Vec<&str> = p.split_whitespace().collect();
                    (1..=5).contains(&ws.len()) && ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                });
            if looks_like_names {
                a.lines.push(start..pos);
                a.words.extend(parts.iter().flat_map(|p| p.split_whitespace()));
            }
        }
        a
    }

    /// Whether a leader find at `span` with this `surface` names an author.
    pub fn covers(&self, span: Range<usize>, surface: &str) -> bool {
        if self.lines.iter().any(|l| l.start <= span.start && span.end <= l.end) {
            return true;
        }
        !self.words.is_empty() && surface.split_whitespace().all(|w| self.words.contains(&w))
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
