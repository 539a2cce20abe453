//! `find` against a plain reference matcher written for this test: every written form
//! searched on its own, then boundary filter, then greedy leftmost-longest selection.

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::boundary::{word_at, word_before};
use caci_core::{Alias, CasePolicy, Entity, Gazetteer, Kind};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// (start, span end, aliases) of every hit, by brute force.
fn reference(g: &Gazetteer, text: &str) -> Vec<(usize, usize, BTreeSet<usize>)> {
    let lower = text.to_ascii_lowercase();
    let mut cands: Vec<(usize, usize, usize, usize)> = Vec::new(); // start, match end, span end, alias
    let mut forms = Vec::new();
    for (form, case, alias, plural) in g.written_forms() {
        if plural && form.chars().next_back().is_some_and(char::is_alphanumeric) {
            forms.push((format!("{form}s"), case, alias, true));
        }
        forms.push((form, case, alias, false));
    }
    for (form, case, alias, plural) in forms {
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
            let first_word = form.chars().next().is_some_and(caci_core::boundary::is_word_char);
            let last = form.chars().next_back().unwrap();
            let last_word = caci_core::boundary::is_word_char(last);
            if !case_ok || (first_word && word_before(text, s)) || (last_word && word_at(text, e)) {
                continue;
            }
            let trailing =
                if caci_core::variants::is_dash(last) && form.chars().count() > 1 { last.len_utf8() } else { 0 };
            cands.push((s, e, e - trailing, alias));
        }
    }
    cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut out: Vec<(usize, usize, BTreeSet<usize>)> = Vec::new();
    let mut last_end = 0;
    let mut chosen: Option<(usize, usize)> = None;
    for (s, e, span_end, alias) in cands {
        if let (Some((cs, ce)), Some(last)) = (chosen, out.last_mut()) {
            if cs == s && ce == e {
                last.2.insert(alias);
                continue;
            }
        }
        if s < last_end || chosen.is_some_and(|(cs, _)| cs == s) {
            continue;
        }
        out.push((s, span_end, BTreeSet::from([alias])));
        chosen = Some((s, e));
        last_end = span_end;
    }
    out
}

fn spans(g: &Gazetteer, text: &str) -> Vec<(usize, usize)> {
    g.scan_spans(text)
}

const PIECES: &[&str] =
    &["ab", "Ab", "AB", "abc", "b", "bc", "Äb", "äb", "c", "d-e", "d e", "d", "e", "Sino-", "x’y", "x'y", "1a", "a1"];
const GLUE: &[&str] = &[" ", "", "s ", "s", "-", "–", "’s ", ", ", "é", "\u{00A0}", "中", " (", "."];

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
        let alias = Alias::new(surface.clone()).case(case);
        let mut a = alias;
        a.ambiguous = true;
        b.add(Entity::new(format!("e{i}"), Kind::Weapon, format!("entity {i}")), [a]).ok()?;
    }
    b.options(caci_core::Options { weapon_plurals: true, check_references: false });
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
}

#[test]
fn the_known_trap_south_sudanese() {
    let mut b = Gazetteer::builder();
    b.add(Entity::new("SSD", Kind::Country, "South Sudan"), []).unwrap();
    b.add(Entity::new("SDN", Kind::Country, "Sudan"), [Alias::new("Sudanese").form(caci_core::Form::Demonym)]).unwrap();
    let g = b.build().unwrap();
    let text = "South Sudanese and Sudanese officials met in South Sudan.";
    let got: Vec<(&str, &str)> = g.find(text).iter().map(|m| (m.surface, m.id())).collect();
    assert_eq!(got, [("Sudanese", "SDN"), ("Sudanese", "SDN"), ("South Sudan", "SSD")]);
    assert_eq!(reference(&g, text).len(), 3);
}
