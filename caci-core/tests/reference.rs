//! `find` against a plain reference matcher written for this test: every written form
//! searched on its own, then boundary filter, then greedy leftmost-longest selection.
//!
//! The reference uses none of the matcher's code, only the aliases the gazetteer lists
//! (its public API) and the raw finds it compares with: the spelling variants, the word
//! boundary test and the designation grammar (learning and growing) are written here
//! again, in the plainest way, from the rules the crate documents, so that a bug in the
//! core's `variants`, `boundary` or `grammar` modules shows up as a disagreement.
//!
//! The designation grammar: after every occurrence of a designation that may grow, every
//! possible suffix of up to 16 bytes is reduced to its shape by this file's own
//! `suffix_shape` and kept when the shape was learned (from the pairs of aliases of one
//! family where one begins with the other) and a word boundary (or a plural `s`)
//! follows. Only the longest form written at a start (whatever its case or boundaries)
//! grows; a grown candidate competes by its length, and a tie goes to the listed
//! candidate.
//!
//! What the reference leaves out because the texts here cannot show it: look-alike
//! spellings (built with `lookalikes` off: the texts have no Cyrillic) and the
//! diacritic folds of letters that do not decompose (`ı`, `ø`, ...: the aliases have
//! none).

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::{Alias, CasePolicy, Entity, Form, Gazetteer, Kind, Options};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use unicode_normalization::UnicodeNormalization;

/// The hyphens and dashes a name may be written with (the crate docs: a hyphen, a Unicode
/// hyphen, a non-breaking hyphen, an en dash).
const DASHES: [char; 4] = ['-', '\u{2010}', '\u{2011}', '\u{2013}'];

fn dash(c: char) -> bool {
    DASHES.contains(&c)
}

/// A word character: a letter or digit, `_`, or a combining mark.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || unicode_normalization::char::is_combining_mark(c)
}

/// Whether a word character ends just before byte `i`.
fn word_before(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(is_word)
}

/// Whether a word character starts at byte `i`.
fn word_at(text: &str, i: usize) -> bool {
    text.get(i..).and_then(|t| t.chars().next()).is_some_and(is_word)
}

/// Every way `surface` may be written, by the rules the `variants` module documents,
/// each applied to every form found so far:
/// 1. each inner hyphen as a hyphen or a space, or dropped next to a digit; each inner
///    space before a numeral (digits, or up to four of `I`, `V`, `X`), or between a word
///    of letters and one to three capitals and then digits only (`Bayraktar TB2`), as a
///    space or a hyphen; every combination while there are at most 64, else each choice
///    for all of them at once; the surface with every space a no-break space (or the
///    other way); and a wheel formula (`8x8`) with `×`, `X`, ` x ` or ` × `;
/// 2. every hyphen as each of the other dashes, all at once;
/// 3. straight apostrophes as curly ones, or curly as straight;
/// 4. diacritics dropped;
/// 5. unless the case is exact, a form with a non-ASCII letter in upper case, and for
///    `Any` in lower case too;
/// 6. a non-ASCII form composed and decomposed.
fn spellings(surface: &str, case: CasePolicy) -> BTreeSet<String> {
    let chars: Vec<char> = surface.chars().collect();
    let numeral_after = |i: usize| {
        let word: Vec<char> = chars[i + 1..].iter().copied().take_while(|c| c.is_alphanumeric()).collect();
        let capitals = word.iter().take_while(|c| c.is_ascii_uppercase()).count();
        let brand = chars[..i].iter().rev().take_while(|c| !c.is_whitespace()).all(|c| c.is_alphabetic());
        word.first().is_some_and(char::is_ascii_digit)
            || (!word.is_empty() && word.len() <= 4 && word.iter().all(|c| matches!(c, 'I' | 'V' | 'X')))
            || (brand
                && (1..=3).contains(&capitals)
                && word.len() > capitals
                && word[capitals..].iter().all(char::is_ascii_digit))
    };
    let mut slots: Vec<(usize, Vec<&str>)> = Vec::new();
    for i in 1..chars.len().saturating_sub(1) {
        if dash(chars[i]) {
            let digit = chars[i - 1].is_ascii_digit() || chars[i + 1].is_ascii_digit();
            slots.push((i, if digit { vec!["-", " ", ""] } else { vec!["-", " "] }));
        } else if chars[i] == ' ' && numeral_after(i) {
            slots.push((i, vec![" ", "-"]));
        }
    }
    let render = |pick: &dyn Fn(usize) -> usize| -> String {
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            match slots.iter().position(|(at, _)| *at == i) {
                Some(k) => out.push_str(slots[k].1[pick(k)]),
                None if dash(c) => out.push('-'),
                None => out.push(c),
            }
        }
        out
    };
    let mut forms = BTreeSet::from([surface.to_string()]);
    if surface.contains(' ') {
        forms.insert(surface.replace(' ', "\u{a0}"));
    } else if surface.contains('\u{a0}') {
        forms.insert(surface.replace('\u{a0}', " "));
    }
    let b = surface.as_bytes();
    if let Some(x) =
        (1..b.len().saturating_sub(1)).find(|&i| b[i] == b'x' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
    {
        for sign in ["×", "X", " x ", " × "] {
            forms.insert(format!("{}{sign}{}", &surface[..x], &surface[x + 1..]));
        }
    }
    let total: u128 = slots.iter().map(|(_, o)| o.len() as u128).product();
    if total <= 64 {
        for n in 0..total as usize {
            forms.insert(render(&|k| {
                let below: usize = slots[..k].iter().map(|(_, o)| o.len()).product();
                n / below % slots[k].1.len()
            }));
        }
    } else {
        for choice in 0..3 {
            forms.insert(render(&|k| choice.min(slots[k].1.len() - 1)));
        }
    }
    let grow = |forms: &mut BTreeSet<String>, f: &dyn Fn(&str) -> Vec<String>| {
        let new: Vec<String> = forms.iter().flat_map(|s| f(s)).collect();
        forms.extend(new);
    };
    grow(&mut forms, &|s| {
        if s.contains('-') {
            DASHES[1..].iter().map(|d| s.replace('-', &d.to_string())).collect()
        } else {
            Vec::new()
        }
    });
    grow(&mut forms, &|s| {
        if s.contains('\'') {
            vec![s.replace('\'', "\u{2019}")]
        } else {
            vec![s.replace('\u{2019}', "'")]
        }
    });
    grow(&mut forms, &|s| vec![s.nfd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).nfc().collect()]);
    if case != CasePolicy::Exact {
        grow(&mut forms, &|s| match (s.is_ascii(), case) {
            (true, _) => Vec::new(),
            (false, CasePolicy::Any) => vec![s.to_uppercase(), s.to_lowercase()],
            (false, _) => vec![s.to_uppercase()],
        });
    }
    grow(&mut forms, &|s| if s.is_ascii() { Vec::new() } else { vec![s.nfc().collect(), s.nfd().collect()] });
    forms.remove("");
    forms
}

/// The aliases of `g` as the reference reads them: (surface, case, takes a plural `s`,
/// may grow by a suffix). Weapon names take a plural and grow (the default options).
fn aliases(g: &Gazetteer) -> Vec<(String, CasePolicy, bool, bool)> {
    let mut out = Vec::new();
    for e in g.entities() {
        for a in g.aliases_of(&e.id) {
            let designation = e.kind == Kind::Weapon && a.form == Form::Name;
            out.push((a.surface.clone(), a.case, designation, designation));
        }
    }
    out
}

/// Abbreviations of a kind of weapon, never learned as suffixes.
const KIND_WORDS: &[&str] =
    &["MLRS", "MRL", "SAM", "SAMS", "UAV", "UCAV", "MBT", "APC", "IFV", "ATGM", "MANPADS", "SPG", "SPH", "AFV", "MRAP"];

/// The suffix shapes the grammar learns: within a family (an entity without a family is
/// its own), wherever a weapon name begins with another, the shape of the rest (not a
/// kind's abbreviation).
fn learned_shapes(g: &Gazetteer) -> BTreeSet<String> {
    let mut by_family: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in g.entities().iter().filter(|e| e.kind == Kind::Weapon) {
        let family = e.family().unwrap_or(&e.id);
        by_family
            .entry(family)
            .or_default()
            .extend(g.aliases_of(&e.id).filter(|a| a.form == Form::Name).map(|a| a.surface.as_str()));
    }
    let mut shapes = BTreeSet::new();
    for names in by_family.values() {
        for base in names {
            for longer in names {
                if let (Some(rest), Some(last)) = (longer.strip_prefix(base), base.chars().next_back()) {
                    // A kind's abbreviation (`Naiza MLRS`) is no suffix.
                    if rest.split([' ', '-']).any(|w| KIND_WORDS.contains(&w)) {
                        continue;
                    }
                    shapes.extend(suffix_shape(last, rest));
                }
            }
        }
    }
    shapes
}

/// The shape of a suffix after a designation ending in `last`, as the grammar defines it
/// (see `caci_core::grammar`): capitals `A`, digits `9`, up to two lower-case letters
/// after capitals `a`,
/// runs collapsed; `-` a dash before a capital or digit; `_` a space before a capital;
/// `{word}` the letters of a word of two letters or more after a space, lowered (a
/// roman numeral is `A`); a final `s` is a plural, no suffix. `None` when the suffix may not start or
/// end so, or holds anything else.
fn suffix_shape(last: char, suffix: &str) -> Option<String> {
    let cs: Vec<char> = suffix.chars().collect();
    let first = *cs.first()?;
    let ok_start = match last {
        '0'..='9' => first.is_ascii_uppercase() || dash(first) || first == ' ',
        'A'..='Z' => first.is_ascii_uppercase() || first.is_ascii_digit() || dash(first) || first == ' ',
        'a'..='z' => dash(first) || first == ' ',
        _ => false,
    };
    if !ok_start || !cs[cs.len() - 1].is_ascii_alphanumeric() || cs[cs.len() - 1] == 's' {
        return None;
    }
    let mut tokens: Vec<String> = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        let next = cs.get(i + 1).copied();
        let len = cs[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let roman = cs[i..i + len].iter().all(|c| matches!(c, 'I' | 'V' | 'X'));
        if i > 0 && cs[i - 1] == ' ' && !roman {
            if len < 2 {
                return None;
            }
            // A word after a space is kept as written (its letters, lowered), unless it is
            // a roman numeral.
            let w: String = cs[i..i + len].iter().collect();
            tokens.push(format!("{{{}}}", w.to_ascii_lowercase()));
            i += len;
            continue;
        }
        let tok = if dash(c) {
            if !next.is_some_and(|n| n.is_ascii_uppercase() || n.is_ascii_digit()) {
                return None;
            }
            "-".to_string()
        } else if c == ' ' {
            if !next.is_some_and(|n| n.is_ascii_uppercase()) {
                return None;
            }
            "_".to_string()
        } else if c.is_ascii_digit() {
            "9".to_string()
        } else if c.is_ascii_uppercase() {
            "A".to_string()
        } else if c.is_ascii_lowercase() {
            // At most two, right after capitals.
            let run = cs[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
            if tokens.last().map(String::as_str) != Some("A") || run > 2 {
                return None;
            }
            tokens.push("a".to_string());
            i += run;
            continue;
        } else {
            return None;
        };
        // Runs of one class are one token; dashes and spaces are each their own.
        if tokens.last() != Some(&tok) || tok == "-" || tok == "_" {
            tokens.push(tok);
        }
        i += 1;
    }
    Some(tokens.concat())
}

/// (start, span end, aliases) of every hit, by brute force.
fn reference(g: &Gazetteer, text: &str) -> Vec<(usize, usize, BTreeSet<usize>)> {
    let lower = text.to_ascii_lowercase();
    let shapes = learned_shapes(g);
    // start, match end, span end, alias, rank (0 listed, 1 grown), known designation as a
    // key (grown candidates of one designation share their aliases).
    let mut cands: Vec<(usize, usize, usize, usize, u8, String)> = Vec::new();
    let mut forms = Vec::new();
    for (alias, (surface, case, plural, grows)) in aliases(g).into_iter().enumerate() {
        for form in spellings(&surface, case) {
            if plural && form.chars().next_back().is_some_and(char::is_alphanumeric) {
                forms.push((format!("{form}s"), case, alias, true, grows));
            }
            forms.push((form, case, alias, false, grows));
        }
    }
    // Where each form occurs (lower-cased, whatever its case policy or boundaries), the
    // longest occurrence at each start: only that designation may grow.
    let mut longest: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (form, _, _, plural, _) in &forms {
        if *plural {
            continue;
        }
        let key = form.to_ascii_lowercase();
        let mut from = 0;
        while let Some(pos) = lower[from..].find(&key) {
            let s = from + pos;
            let l = longest.entry(s).or_insert(0);
            *l = (*l).max(key.len());
            from = s + lower[s..].chars().next().map_or(1, char::len_utf8);
        }
    }
    for (form, case, alias, plural, grows) in forms {
        let key = form.to_ascii_lowercase();
        let mut from = 0;
        while let Some(pos) = lower[from..].find(&key) {
            let (s, e) = (from + pos, from + pos + key.len());
            from = s + lower[s..].chars().next().map_or(1, char::len_utf8);
            let found = &text.as_bytes()[s..e];
            let case_ok = match case {
                CasePolicy::Any => true,
                CasePolicy::Exact => found == form.as_bytes(),
                CasePolicy::Cap => found[0] == form.as_bytes()[0],
            } && (!plural || found.last() == Some(&b's'));
            let first_word = form.chars().next().is_some_and(is_word);
            let last = form.chars().next_back().unwrap();
            let last_word = is_word(last);
            if !case_ok || (first_word && word_before(text, s)) {
                continue;
            }
            // A designation of fewer than eight bytes of letters and digits (`K2`) grows
            // only across a dash or a space.
            let attaches = key.len() >= 8 || key.bytes().take(8).skip(1).any(|b| !b.is_ascii_alphanumeric());
            // A known designation of more than 255 bytes does not grow (a hit records its
            // length in a byte).
            if !plural
                && grows
                && key.len() <= 255
                && (attaches || !word_at(text, e))
                && longest.get(&s) == Some(&key.len())
            {
                let written_last = last;
                // One letter after a space (`Polonez M`) does not run on into a word.
                let lone_letter = last.is_ascii_alphabetic() && text[..e - last.len_utf8()].ends_with(' ');
                for e2 in e + 1..=(e + 16).min(text.len()) {
                    if lone_letter && text[e..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                        break;
                    }
                    if !text.is_char_boundary(e2) {
                        continue;
                    }
                    let Some(shape) = suffix_shape(written_last, &text[e..e2]) else { continue };
                    if !shapes.contains(&shape) {
                        continue;
                    }
                    let stop = if !word_at(text, e2) {
                        e2
                    } else if text[e2..].starts_with('s') && !word_at(text, e2 + 1) {
                        e2 + 1
                    } else {
                        continue;
                    };
                    cands.push((s, stop, stop, alias, 1, key.clone()));
                }
            }
            if last_word && word_at(text, e) {
                continue;
            }
            let trailing = if dash(last) && form.chars().count() > 1 { last.len_utf8() } else { 0 };
            cands.push((s, e, e - trailing, alias, 0, String::new()));
        }
    }
    // Leftmost, then longest, then listed before grown, then the longer known designation.
    cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.4.cmp(&b.4)).then(b.5.len().cmp(&a.5.len())));
    let mut out: Vec<(usize, usize, BTreeSet<usize>)> = Vec::new();
    let mut last_end = 0;
    let mut chosen: Option<(usize, usize, u8, String)> = None;
    for (s, e, span_end, alias, rank, base) in cands {
        if let (Some((cs, ce, cr, cb)), Some(last)) = (&chosen, out.last_mut()) {
            if *cs == s && *ce == e && *cr == rank && *cb == base {
                last.2.insert(alias);
                continue;
            }
        }
        if s < last_end || chosen.as_ref().is_some_and(|(cs, ..)| *cs == s) {
            continue;
        }
        out.push((s, span_end, BTreeSet::from([alias])));
        chosen = Some((s, e, rank, base));
        last_end = span_end;
    }
    out
}

fn spans(g: &Gazetteer, text: &str) -> Vec<(usize, usize)> {
    g.scan_spans(text)
}

const PIECES: &[&str] = &[
    "ab",
    "Ab",
    "AB",
    "abc",
    "b",
    "bc",
    "Äb",
    "äb",
    "c",
    "d-e",
    "d e",
    "d",
    "e",
    "Sino-",
    "x’y",
    "x'y",
    "1a",
    "a1",
    "M2",
    "Block",
    "IV",
    "A\u{308}b",
];
const GLUE: &[&str] =
    &[" ", "", "s ", "s", "-", "–", "’s ", ", ", "é", "\u{00A0}", "中", " (", ".", "_", "\u{301}", "\u{2011}"];

fn gazetteer_strategy() -> impl Strategy<Value = Vec<(String, u8)>> {
    prop::collection::vec(
        (prop::collection::vec(prop::sample::select(PIECES), 1..3), prop::sample::select(&[" ", "-", ""][..]), 0u8..3)
            .prop_map(|(parts, sep, case)| (parts.join(sep), case)),
        1..8,
    )
}

fn build(spec: &[(String, u8)]) -> Option<Gazetteer> {
    let mut b = Gazetteer::builder();
    for (i, (surface, case)) in spec.iter().enumerate() {
        let case = [CasePolicy::Any, CasePolicy::Exact, CasePolicy::Cap][*case as usize];
        let a = Alias::new(surface.clone()).case(case).ambiguous();
        // One family for all, so that the grammar learns the shapes by which one alias
        // extends another.
        let e = Entity::new(format!("e{i}"), Kind::Weapon, format!("entity {i}")).with("family", "e0");
        b.add(e, [a]).ok()?;
    }
    // No look-alike spellings: the reference leaves them out (see the top of the file).
    b.options(Options::default().with_check_references(false).with_lookalikes(false));
    b.build().ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn find_equals_the_reference(spec in gazetteer_strategy(), words in prop::collection::vec((prop::sample::select(PIECES), prop::sample::select(GLUE)), 0..12)) {
        let Some(g) = build(&spec) else { return Ok(()) };
        let text: String = words.iter().map(|(w, s)| format!("{w}{s}")).collect();
        let expected: Vec<(usize, usize)> = reference(&g, &text).into_iter().map(|(s, e, _)| (s, e)).collect();
        prop_assert_eq!(spans(&g, &text), expected, "text {:?}", text);
        for m in g.find(&text) {
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert_eq!(&text[m.start..m.end], m.surface);
        }
    }

    /// The aliases themselves, respelled: each separator and apostrophe written another
    /// way (some ways a variant, some not), the letters in another case, so that the
    /// texts hit the spelling rules far more often than random pieces do.
    #[test]
    fn find_equals_the_reference_on_respelled_aliases(
        spec in gazetteer_strategy(),
        words in prop::collection::vec((any::<prop::sample::Index>(), prop::collection::vec(0usize..64, 8), 0u8..3, prop::sample::select(GLUE)), 1..6),
    ) {
        let Some(g) = build(&spec) else { return Ok(()) };
        let mut text = String::new();
        for (which, picks, case, glue) in &words {
            let surface = &spec[which.index(spec.len())].0;
            let mut word = String::new();
            let mut pick = picks.iter().cycle();
            for c in surface.chars() {
                let ways: &[&str] = match c {
                    '-' | ' ' => &["-", " ", "", "\u{2010}", "\u{2011}", "\u{2013}", "\u{a0}", "_"],
                    '\'' | '\u{2019}' => &["'", "\u{2019}", "\u{2018}"],
                    _ => &[],
                };
                match pick.next().filter(|_| !ways.is_empty()) {
                    Some(p) => word.push_str(ways[p % ways.len()]),
                    None => word.push(c),
                }
            }
            match case {
                1 => word = word.to_uppercase(),
                2 => word = word.to_lowercase(),
                _ => {}
            }
            text.push_str(&word);
            text.push_str(glue);
        }
        let expected: Vec<(usize, usize)> = reference(&g, &text).into_iter().map(|(s, e, _)| (s, e)).collect();
        prop_assert_eq!(spans(&g, &text), expected, "text {:?}", text);
    }
}

#[test]
fn grown_designations_equal_the_reference() {
    let mut b = Gazetteer::builder();
    let fam = |id: &str, name: &str| Entity::new(id, Kind::Weapon, name).with("family", "mi-17");
    b.add(fam("mi-17", "Mi-17"), []).unwrap();
    b.add(fam("mi-17v-5", "Mi-17V-5"), []).unwrap();
    // Teaches the shape `A` (one or more capitals after a digit).
    b.add(Entity::new("mi-8", Kind::Weapon, "Mi-8").with("family", "mi-8"), []).unwrap();
    b.add(Entity::new("mi-8mtv", Kind::Weapon, "Mi-8MTV").with("family", "mi-8"), []).unwrap();
    b.add(Entity::new("tor", Kind::Weapon, "Tor").with("family", "tor"), []).unwrap();
    b.add(Entity::new("tor-m1", Kind::Weapon, "Tor-M1").with("family", "tor"), []).unwrap();
    b.add(Entity::new("tor-m2km", Kind::Weapon, "Tor-M2KM").with("family", "tor"), []).unwrap();
    b.options(Options::default().with_check_references(false).with_lookalikes(false));
    let g = b.build().unwrap();
    let text = "Mi-17V-5s, a Mi-17V, Mi-171, Tor-M2E and Tor Vergata; Tornado, Tor-based, Mi-17V-5M.";
    let got: Vec<(&str, &str, Option<String>)> =
        g.find(text).iter().map(|m| (m.surface, m.id(), m.variant_id())).collect();
    assert_eq!(
        got,
        [
            ("Mi-17V-5s", "mi-17v-5", None),
            ("Mi-17V", "mi-17", Some("mi-17v".to_string())),
            ("Tor-M2E", "tor", Some("tor-m2e".to_string())),
            ("Tor", "tor", None),
            ("Tor", "tor", None),
            ("Mi-17V-5M", "mi-17v-5", Some("mi-17v-5m".to_string())),
        ]
    );
    let expected: Vec<(usize, usize)> = reference(&g, text).into_iter().map(|(s, e, _)| (s, e)).collect();
    assert_eq!(g.scan_spans(text), expected);
}

#[test]
fn the_known_trap_south_sudanese() {
    let mut b = Gazetteer::builder();
    b.add(Entity::new("SSD", Kind::Country, "South Sudan"), []).unwrap();
    b.add(Entity::new("SDN", Kind::Country, "Sudan"), [Alias::new("Sudanese").form(Form::Demonym)]).unwrap();
    let g = b.build().unwrap();
    let text = "South Sudanese and Sudanese officials met in South Sudan.";
    let got: Vec<(&str, &str)> = g.find(text).iter().map(|m| (m.surface, m.id())).collect();
    assert_eq!(got, [("Sudanese", "SDN"), ("Sudanese", "SDN"), ("South Sudan", "SSD")]);
    assert_eq!(reference(&g, text).len(), 3);
}
