//! Designation grammar: a known weapon designation followed by a variant suffix that no
//! list spells out (`Mi-17` → `Mi-17V-5M`, `Su-24` → `Su-24M2`, `Tor` → `Tor-M1`,
//! `JF-17` → `JF-17 Block III`) is one mention of the longer designation.
//!
//! The suffixes a designation may take are *learned from the data*: wherever one weapon
//! alias begins with another alias of the same family (`Mi-17` and `Mi-17V-5`, `Tor` and
//! `Tor-M2KM`, `JF-17` and `JF-17 Block III`), the rest (`V-5`, `-M2KM`, ` Block III`) is
//! reduced to its [`shape`] (`A-9`, `-A9A`, ` {block} A`) and the shape is learned. At a
//! find, the matcher grows a designation only by text whose shape was learned, that
//! starts as a designation suffix may (see [`shape`]) and that ends at a word boundary.
//! So a word never grows: `Tor Vergata`, `Meteor shower` and `Tornado` have suffixes
//! that start with a space before a lower-case word or with a lower-case letter, shapes
//! no designation in the data has.
//!
//! Shapes are classes of characters with runs collapsed: `A` a run of ASCII capitals,
//! `9` a run of digits, `a` a run of lower-case letters after a capital (`AMTSh`), `-` a
//! dash, `_` one space; the letters of a word after a space are kept as written, lowered
//! (`{block}`, `{lr}`, `{frogfoot}`; a roman numeral is `A`), so that a space grows a designation only by the
//! words the data writes there (`Block III`, `Spike LR`, `Su-25 Frogfoot`), never by
//! `SAM`, `UAVs` or `launchers`.
//!
//! A grown mention's id is the known designation's id with the suffix (`mi-17v-5` +
//! `M` = `mi-17v-5m`); a name after the designation (`Frogfoot` in `Sukhoi Su-25
//! Frogfoot`) is in the span but not in the id, as the guidelines drop a name where a
//! designation is written.

use crate::variants::is_dash;
use std::collections::HashSet;

/// Longest suffix, in bytes, that the grammar tries: `V-5M`, `-M2KM`, ` Block III`.
pub const MAX_SUFFIX: usize = 16;

/// Abbreviations of a kind of weapon, which the data may write after a name
/// (`Naiza MLRS`, `M270 MLRS`) but which name no variant: learned as a suffix, they
/// would grow every name of the kind (`Polonez MLRS` as a `polonez-mlrs`).
const KIND_WORDS: &[&str] =
    &["MLRS", "MRL", "SAM", "SAMS", "UAV", "UCAV", "MBT", "APC", "IFV", "ATGM", "MANPADS", "SPG", "SPH", "AFV", "MRAP"];

/// The learned suffix shapes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grammar {
    shapes: HashSet<String>,
    /// Some shape starts with a space (`_{block}_A`): only then is a space after a
    /// find worth a look.
    spaced: bool,
}

impl Grammar {
    /// Learns the shapes of the suffixes by which `longer` designations extend `base`
    /// ones, from pairs of aliases of one family.
    pub(crate) fn learn<'s>(pairs: impl IntoIterator<Item = (&'s str, &'s str)>) -> Grammar {
        let mut shapes = HashSet::new();
        for (base, longer) in pairs {
            let Some(rest) = longer.strip_prefix(base) else { continue };
            let Some(last) = base.chars().next_back() else { continue };
            if rest.split([' ', '-']).any(|w| KIND_WORDS.contains(&w)) {
                continue;
            }
            if let Some(s) = shape(last, rest) {
                shapes.insert(s);
            }
        }
        let spaced = shapes.iter().any(|s| s.starts_with('_'));
        Grammar { shapes, spaced }
    }

    /// Whether nothing was learned.
    pub(crate) fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// Whether a designation ending at `end` (its last character `last`) may be followed
    /// by a suffix here: a quick test on one or two bytes, so that the finds followed by
    /// punctuation or an ordinary word cost nothing more.
    #[inline]
    pub(crate) fn may_grow(&self, text: &[u8], end: usize) -> bool {
        match text.get(end) {
            // A dash before a capital or a digit (`-M1`), or a Unicode dash.
            Some(b'-') => text.get(end + 1).is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
            Some(0xE2) => true,
            Some(b' ') => self.spaced && text.get(end + 1).is_some_and(u8::is_ascii_uppercase),
            Some(b) => b.is_ascii_alphanumeric(),
            None => false,
        }
    }

    /// The longest learned suffix of a designation whose last character is `last`,
    /// starting at `end` and ending at a word boundary, possibly before a plural `s`:
    /// returns the end of the designation and whether a plural `s` follows it.
    pub(crate) fn grow(&self, text: &str, end: usize, last: char) -> Option<(usize, bool)> {
        let rest = &text[end..];
        // A designation that ends in one letter after a space (`Polonez M`, the spaced
        // form of `Polonez-M`) does not run on into a word (`Polonez MLRS`).
        let lone_letter = last.is_ascii_alphabetic() && text[..end - last.len_utf8()].ends_with(' ');
        if lone_letter && rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let mut best = None;
        let mut buf = ShapeBuf::default();
        for i in rest.char_indices().skip(1).map(|(i, _)| i).chain([rest.len()]) {
            if i > MAX_SUFFIX {
                break;
            }
            let bounded = !crate::boundary::word_at(text, end + i);
            let plural = !bounded && rest.as_bytes()[i] == b's' && !crate::boundary::word_at(text, end + i + 1);
            if (bounded || plural) && shape_into(last, &rest[..i], &mut buf) && self.shapes.contains(buf.as_str()) {
                best = Some((end + i, plural));
            }
        }
        best
    }
}

/// The shape of `suffix` after a designation ending in `last`, or `None` when the text
/// cannot be a designation suffix there:
/// - after a digit, a suffix starts with a capital, a dash or a space (`Su-24M`,
///   `Mi-17V-5`, `JF-17 Block III`), never a digit (`Mi-171` is another designation);
/// - after a capital, with a digit, a capital, a dash or a space (`Su-30SM2`);
/// - after a lower-case letter (a name: `Tor`, `Spike`), with a dash or a space only
///   (`Tor-M1`), so that `Tornado` is not `Tor` grown;
/// - a space is followed by a capital (`Spike LR`, ` Block`), a dash by a capital or a
///   digit (`-M1`, `-2`), never by a lower-case word (`-based`, `-class`);
/// - a run of lower-case letters only follows a run of capitals, and is at most two
///   letters long (`AMTSh`), so that a word (`-Vergata`) is no suffix;
/// - a word after a space has two letters or more, or is a roman numeral (`Block
///   III`), so that `Mi-17 M` does not grow;
/// - it holds letters, digits, dashes and single spaces only, and ends with a letter or
///   a digit other than a plural `s`.
pub fn shape(last: char, suffix: &str) -> Option<String> {
    let mut out = ShapeBuf::default();
    shape_into(last, suffix, &mut out).then(|| out.as_str().to_string())
}

/// A shape being written, on the stack: shapes are ASCII and at most a few bytes for each
/// byte of a suffix of [`MAX_SUFFIX`] bytes.
struct ShapeBuf {
    bytes: [u8; 4 * MAX_SUFFIX],
    len: usize,
}

impl Default for ShapeBuf {
    fn default() -> Self {
        ShapeBuf { bytes: [0; 4 * MAX_SUFFIX], len: 0 }
    }
}

impl ShapeBuf {
    fn clear(&mut self) {
        self.len = 0;
    }

    fn push(&mut self, c: char) {
        // Only ASCII is pushed; the buffer holds the longest shape (`{` word `}` is two
        // bytes more than the word, and a word is at least two letters).
        if let (true, Some(slot)) = (c.is_ascii(), self.bytes.get_mut(self.len)) {
            *slot = c as u8;
            self.len += 1;
        }
    }

    fn ends_with(&self, c: char) -> bool {
        self.len > 0 && self.bytes[self.len - 1] == c as u8
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

/// [`shape`] into `out` (cleared first), without allocating when `out` has room: the
/// matcher calls it at each place a suffix may end. Suffixes longer than
/// [`MAX_SUFFIX`] bytes have no shape (the matcher never tries them).
fn shape_into(last: char, suffix: &str, out: &mut ShapeBuf) -> bool {
    out.clear();
    let Some(first) = suffix.chars().next() else { return false };
    let start_ok = if !last.is_ascii_alphanumeric() {
        false
    } else if last.is_ascii_digit() {
        first.is_ascii_uppercase() || is_dash(first) || first == ' '
    } else if last.is_ascii_uppercase() {
        first.is_ascii_alphanumeric() && !first.is_ascii_lowercase() || is_dash(first) || first == ' '
    } else {
        is_dash(first) || first == ' '
    };
    // A final lower-case `s` is a plural, never part of a suffix (`Mi-17V-5Ms`).
    if !start_ok
        || suffix.len() > MAX_SUFFIX
        || !suffix.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric())
        || suffix.ends_with('s')
    {
        return false;
    }
    let mut buf = ['\0'; MAX_SUFFIX];
    let mut n = 0;
    for c in suffix.chars() {
        buf[n] = c;
        n += 1;
    }
    let chars = &buf[..n];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let word_len = chars[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let roman = chars[i..i + word_len].iter().all(|c| matches!(c, 'I' | 'V' | 'X'));
        let class = if i > 0 && chars[i - 1] == ' ' && !roman {
            // One letter after a space (`Mi-17 M`) is a word of its own.
            if word_len < 2 {
                return false;
            }
            // The first letters of a word after a space are kept as they are, lowered:
            // `Block`, `LR`, `PAC`, a reporting name (`Frogfoot`). So only the words the
            // data writes after a designation grow it, never `SAM`, `UAVs` or `MRL`; a
            // roman numeral (`III`) is a class of capitals like any other.
            out.push('{');
            for c in &chars[i..i + word_len] {
                out.push(c.to_ascii_lowercase());
            }
            out.push('}');
            i += word_len;
            continue;
        } else if c.is_ascii_uppercase() {
            'A'
        } else if c.is_ascii_digit() {
            '9'
        } else if c.is_ascii_lowercase() {
            // Only right after a run of capitals, and at most two (`AMTSh`): not a word.
            let run = chars[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
            if out.ends_with('A') && run <= 2 {
                i += run;
                out.push('a');
                continue;
            }
            return false;
        } else if is_dash(c) {
            if chars.get(i + 1).is_none_or(|n| !(n.is_ascii_uppercase() || n.is_ascii_digit())) {
                return false;
            }
            '-'
        } else if c == ' ' {
            if chars.get(i + 1).is_none_or(|n| !n.is_ascii_uppercase()) {
                return false;
            }
            '_'
        } else {
            return false;
        };
        if !out.ends_with(class) || matches!(class, '-' | '_') {
            out.push(class);
        }
        i += 1;
    }
    true
}

/// The part of a grown suffix that is designation, without a name after it: ` Block
/// III` stays, ` Frogfoot` and ` Flanker-E` go (a capitalised word after a space, other
/// than `Block`, starts a name).
pub fn designation_part(suffix: &str) -> &str {
    let mut from = 0;
    while let Some(i) = suffix[from..].find(' ') {
        let at = from + i;
        let word: String = suffix[at + 1..].chars().take_while(char::is_ascii_alphabetic).collect();
        let mut cs = word.chars();
        let capitalised = cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && cs.clone().count() >= 2
            && cs.all(|c| c.is_ascii_lowercase());
        if capitalised && word != "Block" {
            return &suffix[..at];
        }
        from = at + 1;
    }
    suffix
}

/// The id of a grown designation: the known designation's id and the slug of the suffix
/// (`mi-17v-5` + `M` → `mi-17v-5m`, `tor` + `-M2E` → `tor-m2e`, `jf-17` + ` Block 2`
/// → `jf-17-block-2`).
pub fn variant_id(base_id: &str, suffix: &str) -> String {
    let tail = slug(suffix);
    if suffix.starts_with(|c: char| c == ' ' || is_dash(c)) {
        format!("{base_id}-{tail}")
    } else {
        format!("{base_id}{tail}")
    }
}

/// The id of a designation as written: lower case, each run of separators one hyphen
/// (`Mi-17V-5` → `mi-17v-5`, `JF-17 Block III` → `jf-17-block-iii`).
pub fn slug(designation: &str) -> String {
    let mut out = String::with_capacity(designation.len());
    for c in designation.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned() -> Grammar {
        Grammar::learn([
            ("Mi-17", "Mi-17V-5"),
            ("Mi-8", "Mi-8AMTSh"),
            ("Su-24", "Su-24M"),
            ("Tor", "Tor-M2KM"),
            ("Tor", "Tor-M1"),
            ("JF-17", "JF-17 Block III"),
            ("Spike", "Spike LR"),
            ("Su-30SM", "Su-30SM2"),
        ])
    }

    #[test]
    fn a_kinds_abbreviation_is_no_suffix() {
        let g = Grammar::learn([("Naiza", "Naiza MLRS"), ("M270", "M270 MLRS"), ("Tor", "Tor-M1")]);
        let t = "the Polonez MLRS and Tor MLRS units";
        assert_eq!(g.grow(t, t.find(" MLRS").unwrap(), 'z'), None);
        assert!(!g.shapes.contains("_{mlrs}"));
        // `Polonez M` (the spaced `Polonez-M`) is not grown into `Polonez MLRS`.
        let g = Grammar::learn([("Su-30", "Su-30SM")]);
        let t = "the Polonez MLRS";
        assert_eq!(g.grow(t, t.find("MLRS").unwrap() + 1, 'M'), None);
        assert_eq!(g.grow("Su-30SM", 5, '0'), Some((7, false)));
    }

    #[test]
    fn shapes_of_suffixes() {
        assert_eq!(shape('7', "V-5").as_deref(), Some("A-9"));
        assert_eq!(shape('8', "AMTSh").as_deref(), Some("Aa"));
        assert_eq!(shape('r', "-M2KM").as_deref(), Some("-A9A"));
        assert_eq!(shape('7', " Block III").as_deref(), Some("_{block}_A"));
        assert_eq!(shape('e', " LR2").as_deref(), Some("_{lr}9"));
        assert_eq!(shape('5', " Frogfoot").as_deref(), Some("_{frogfoot}"));
        assert_eq!(shape('7', "1"), None, "a digit after a digit is another designation");
        assert_eq!(shape('r', "nado"), None, "a name does not grow by letters");
        assert_eq!(shape('r', " vergata"), None, "a space before a lower-case word");
        assert_eq!(shape('r', "-Vergata"), None, "more than two lower-case letters make a word");
        assert_eq!(shape('7', "-based"), None);
        assert_eq!(shape('7', "V-"), None, "ends with a letter or a digit");
    }

    #[test]
    fn grows_by_learned_shapes_only() {
        let g = learned();
        let t = "the Mi-17V-5 and Mi-17V-5M, Mi-8MTV, Tor-M2E batteries";
        let at = |s: &str| t.find(s).unwrap() + s.len();
        assert_eq!(g.grow(t, at("Mi-17"), '7'), Some((at("Mi-17V-5"), false)));
        let later = t.find("Mi-17V-5M").unwrap() + "Mi-17".len();
        assert_eq!(g.grow(t, later, '7'), Some((later + 1, false)), "A-9A was not learned: `V` (shape A) is");
        assert_eq!(g.grow(t, at("Mi-8"), '8'), Some((at("Mi-8MTV"), false)));
        assert_eq!(g.grow(t, at("Tor"), 'r'), Some((at("Tor-M2E"), false)));
        let t = "Tor Vergata and the Su-30SM2s";
        assert_eq!(g.grow(t, 3, 'r'), None);
        let end = t.find("SM2").unwrap();
        assert_eq!(g.grow(t, end + 2, 'M'), Some((end + 3, true)), "a plural s after the suffix");
    }

    #[test]
    fn ids_of_grown_designations() {
        assert_eq!(variant_id("mi-17v-5", "M"), "mi-17v-5m");
        assert_eq!(variant_id("tor", "-M2E"), "tor-m2e");
        assert_eq!(variant_id("jf-17", designation_part(" Block 2 Thunder")), "jf-17-block-2");
        assert_eq!(designation_part(" Frogfoot"), "");
        assert_eq!(designation_part("M Flanker-E"), "M");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Mi-17V-5"), "mi-17v-5");
        assert_eq!(slug("JF-17 Block\u{00A0}III"), "jf-17-block-iii");
        assert_eq!(slug("Su\u{2011}24M2"), "su-24m2");
    }
}
