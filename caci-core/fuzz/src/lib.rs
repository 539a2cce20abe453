//! What the fuzz targets share: turning fuzz bytes into gazetteers and texts, and the
//! invariants every `find` result must keep. `caci-core/tests/invariants.rs` checks the
//! same invariants with proptest; keep the two in step.

use caci_core::CharOffsets;
use caci_core::{Alias, CasePolicy, Date, Entity, Form, Gazetteer, Kind, Mention, Office, Options};

/// A gazetteer, the documents to search and the document date, decoded from fuzz bytes.
pub struct FindCase {
    /// `None`: the built-in gazetteer.
    pub gazetteer: Option<Gazetteer>,
    /// The documents (the text split at form feeds), lossily decoded.
    pub texts: Vec<String>,
    /// The date passed to `find_dated` and `find_batch`.
    pub date: Option<Date>,
}

/// Decodes the `find` target's input.
///
/// Layout (every part optional; missing bytes read as 0):
/// - byte 0: bits 0-2 the number of alias lines `n` (0: use the built-in gazetteer),
///   bits 3-4 the document date (none, 1995, 2010-05, 2024-06-01), bit 5 weapon plurals;
/// - then `n` lines (split at `\n`), one alias each: byte 0 case (bits 0-1: any, exact,
///   cap, default), kind (bits 2-4, modulo 5), partial (5), common (6), ambiguous (7);
///   byte 1 form (bits 0-1), entity number (bits 2-4), office start year (bits 5-7); the
///   rest is the surface;
/// - the rest is the text, split into documents at form feeds (`\x0c`).
///
/// Returns `None` when the gazetteer does not build (an ambiguous alias, an empty one):
/// that is a proper error, not a finding.
pub fn decode_find(data: &[u8]) -> Option<FindCase> {
    let head = data.first().copied().unwrap_or(0);
    let n = (head & 7) as usize;
    let date = match (head >> 3) & 3 {
        0 => None,
        1 => Date::new(1995, 0, 0).ok(),
        2 => Date::new(2010, 5, 0).ok(),
        _ => Date::new(2024, 6, 1).ok(),
    };
    let plurals = head & 0x20 != 0;
    let mut rest = data.get(1..).unwrap_or(&[]);
    let mut lines = Vec::with_capacity(n);
    for _ in 0..n {
        let (line, tail) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, &[][..]),
        };
        lines.push(line);
        rest = tail;
    }
    let text = String::from_utf8_lossy(rest);
    let texts: Vec<String> = text.split('\u{0C}').take(16).map(str::to_string).collect();
    let gazetteer = if n == 0 { None } else { Some(build_small(&lines, plurals)?) };
    Some(FindCase { gazetteer, texts, date })
}

/// A small gazetteer from alias lines (see [`decode_find`]).
pub fn build_small(lines: &[&[u8]], plurals: bool) -> Option<Gazetteer> {
    const KINDS: [Kind; 5] = [Kind::Country, Kind::Leader, Kind::Weapon, Kind::Organization, Kind::Region];
    // Entities by number, in the order first named; each gets its aliases.
    let mut entities: Vec<(u8, Entity, Vec<Alias>)> = Vec::new();
    for line in lines {
        let flags = line.first().copied().unwrap_or(0);
        let more = line.get(1).copied().unwrap_or(0);
        let surface = String::from_utf8_lossy(line.get(2..).unwrap_or(&[])).into_owned();
        let kind = KINDS[((flags >> 2) & 7) as usize % 5];
        let number = (more >> 2) & 7;
        let mut alias = Alias::new(surface);
        alias.case = match flags & 3 {
            0 => CasePolicy::Any,
            1 => CasePolicy::Exact,
            2 => CasePolicy::Cap,
            _ => alias.case,
        };
        alias.partial = flags & 0x20 != 0;
        alias.common = flags & 0x40 != 0;
        alias.ambiguous = flags & 0x80 != 0;
        alias.form = [Form::Name, Form::Demonym, Form::Capital, Form::Name][(more & 3) as usize];
        match entities.iter_mut().find(|(k, _, _)| *k == number) {
            Some((_, _, aliases)) => aliases.push(alias),
            None => {
                let id = format!("e{number}");
                let mut e = Entity::new(id.clone(), kind, format!("Entity {number}"));
                if kind == Kind::Leader {
                    let start = 1990 + 5 * i32::from(more >> 5);
                    let end = if more & 0x80 != 0 { String::new() } else { (start + 6).to_string() };
                    if let Ok(o) = format!("President@e0 {start}..{end}").parse::<Office>() {
                        e.offices.push(o);
                    }
                }
                if kind == Kind::Weapon {
                    e.attributes.insert("family".into(), id);
                }
                entities.push((number, e, vec![alias]));
            }
        }
    }
    let mut b = Gazetteer::builder();
    b.options(Options::default().with_weapon_plurals(plurals).with_check_references(false));
    for (_, e, aliases) in entities {
        b.add(e, aliases).ok()?;
    }
    b.build().ok()
}

/// Checks every promise about one document's mentions: spans inside the text, on char
/// boundaries, non-empty, equal to `surface`, sorted and non-overlapping, each one a
/// span of the raw scan, and `CharOffsets` agreeing with a plain count.
pub fn check_mentions(g: &Gazetteer, text: &str, mentions: &[Mention<'_>]) {
    let mut last_end = 0;
    let raw = g.scan_spans(text);
    for m in mentions {
        assert!(m.start < m.end, "empty span {m:?} in {text:?}");
        assert!(m.end <= text.len(), "span {m:?} past the end of {text:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{m:?} not on char boundaries");
        assert_eq!(m.surface, &text[m.start..m.end]);
        assert!(m.start >= last_end, "mentions overlap or are out of order at {m:?} in {text:?}");
        assert!(raw.contains(&(m.start, m.end)), "{m:?} is not a span of the scan {raw:?}");
        last_end = m.end;
    }
    let mut conv = CharOffsets::new(text);
    for m in mentions {
        for b in [m.start, m.end] {
            assert_eq!(conv.to_char(b), text[..b].chars().count(), "byte {b} of {text:?}");
        }
    }
}

/// `CharOffsets` on every char boundary of `text` (its first 2,000), in order and then
/// going back.
pub fn check_char_offsets(text: &str) {
    let mut conv = CharOffsets::new(text);
    for (c, (b, _)) in text.char_indices().take(2_000).enumerate() {
        assert_eq!(conv.to_char(b), c, "byte {b} of {text:?}");
    }
    if text.chars().count() <= 2_000 {
        assert_eq!(conv.to_char(text.len()), text.chars().count());
    }
    assert_eq!(conv.to_char(0), 0, "going back restarts");
    if let Some((b, _)) = text.char_indices().nth(3) {
        assert_eq!(conv.to_char(b), 3);
    }
}

/// Runs `find` and `find_batch` on a decoded case and checks every invariant.
pub fn check_case(case: &FindCase) {
    let g = match &case.gazetteer {
        Some(g) => g,
        None => caci_core::builtin(),
    };
    let mut single = Vec::with_capacity(case.texts.len());
    for text in &case.texts {
        let found = g.find_dated(text, case.date);
        check_mentions(g, text, &found);
        assert_eq!(found, g.find_dated(text, case.date), "same input, same output");
        check_char_offsets(text);
        single.push(found);
    }
    let dates = vec![case.date; case.texts.len()];
    for threads in [Some(1), Some(2)] {
        let batch = g.find_batch(&case.texts, Some(&dates), threads).expect("valid batch arguments");
        assert_eq!(batch, single, "find_batch on {threads:?} threads differs from find");
    }
}
