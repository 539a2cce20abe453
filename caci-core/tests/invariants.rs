//! The promises of GUARANTEES.md, checked on random input: every mention's byte range
//! is inside the text and on char boundaries, mentions are sorted and do not overlap,
//! `find_batch` equals `find` on any thread count, `CharOffsets` agrees with counting
//! chars, and one gazetteer shared by many threads answers as it does on one.
//!
//! The fuzz targets in `caci-core/fuzz` check the same invariants (coverage-guided, for
//! long runs); the `#[ignore]`d `long_*` tests here run them for longer without nightly:
//! `cargo test -p caci-core --release --test invariants -- --ignored`
//! (`CACI_PROPTEST_CASES` sets the number of cases, default 20,000).

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::CharOffsets;
use caci_core::{Alias, CasePolicy, Date, Entity, Form, Gazetteer, Kind, Mention, Office, Options};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rayon::prelude::*;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------
// The invariants

/// Every promise about one document's mentions; see the module comment.
fn check_mentions(g: &Gazetteer, text: &str, ms: &[Mention<'_>]) -> Result<(), TestCaseError> {
    let raw = g.scan_spans(text);
    let mut last_end = 0;
    for m in ms {
        prop_assert!(m.start < m.end, "empty span {:?}", m);
        prop_assert!(m.end <= text.len(), "span past the end: {:?}", m);
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "not on char boundaries: {:?}", m);
        prop_assert_eq!(m.surface, &text[m.start..m.end]);
        prop_assert!(m.start >= last_end, "overlapping or out of order at {:?}", m);
        // Resolution drops finds and, for a leader only, widens one over words of the
        // person's name next to it (a first name, a patronymic, initials) or adds a
        // namesake's first name alone: every mention is a span of the leftmost-longest
        // scan, or such a leader's name.
        let leader = m.kind() == Kind::Leader;
        let widened = leader && raw.iter().any(|&(s, e)| (e == m.end && s > m.start) || (s == m.start && e < m.end));
        let first_name = leader
            && !m.surface.contains(' ')
            && ms.iter().any(|o| {
                o.entity.id == m.entity.id && o.surface.len() > m.surface.len() && o.surface.starts_with(m.surface)
            });
        prop_assert!(
            raw.contains(&(m.start, m.end)) || widened || first_name,
            "{:?} is not a span of the scan {:?}",
            m,
            raw
        );
        last_end = m.end;
    }
    let mut conv = CharOffsets::new(text);
    for m in ms {
        for b in [m.start, m.end] {
            prop_assert_eq!(conv.to_char(b), text[..b].chars().count());
        }
    }
    Ok(())
}

/// `find_dated` on each text (twice: same input, same output) and `find_batch` on 1 to 4
/// threads, which must equal the single calls.
fn check_find(g: &Gazetteer, texts: &[String], date: Option<Date>, threads: usize) -> Result<(), TestCaseError> {
    let mut single = Vec::with_capacity(texts.len());
    for text in texts {
        let ms = g.find_dated(text, date);
        check_mentions(g, text, &ms)?;
        prop_assert_eq!(&ms, &g.find_dated(text, date));
        single.push(ms);
    }
    let dates = vec![date; texts.len()];
    let batch = g.find_batch(texts, Some(&dates), Some(threads)).unwrap();
    prop_assert_eq!(batch, single, "find_batch on {} threads", threads);
    Ok(())
}

/// `CharOffsets` at every char boundary in order, at a sorted subset, and going back.
fn check_char_offsets(text: &str, picks: &[prop::sample::Index]) -> Result<(), TestCaseError> {
    let boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let mut conv = CharOffsets::new(text);
    for (c, &b) in boundaries.iter().enumerate() {
        prop_assert_eq!(conv.to_char(b), c);
    }
    let mut subset: Vec<usize> = picks.iter().map(|i| i.index(boundaries.len())).collect();
    subset.sort_unstable();
    let mut conv = CharOffsets::new(text);
    for &i in &subset {
        prop_assert_eq!(conv.to_char(boundaries[i]), i);
    }
    // Offsets that go back restart the walk and are still right.
    for &i in subset.iter().rev() {
        prop_assert_eq!(conv.to_char(boundaries[i]), i);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Input

/// Pieces of aliases and texts: ASCII, precomposed and combining accents, letters whose
/// case mapping changes their length (`İ`, `ß`, `ǅ`, `ﬁ`), right-to-left scripts, emoji
/// with joiners and modifiers, flags, and separators.
const PIECES: &[&str] = &[
    "ab",
    "Ab",
    "AB",
    "b",
    "c",
    "d-e",
    "d e",
    "x’y",
    "x'y",
    "1a",
    "a1",
    "Sino-",
    "Äb",
    "äb",
    "e\u{301}",
    "é",
    "İs",
    "ß",
    "SS",
    "ǅa",
    "ﬁn",
    "Σα",
    "ايران",
    "שלום",
    "中文",
    "😀",
    "👩\u{200D}💻",
    "🇺🇿",
    "👍🏽",
    "Ж",
    "ж",
];
const GLUE: &[&str] = &[
    " ",
    "",
    "s ",
    "s",
    "-",
    "–",
    "\u{2011}",
    "’s ",
    ", ",
    ".",
    "\u{00A0}",
    "\u{200D}",
    "\u{200F}",
    "\u{0301}",
    "\0",
    "\n",
    "\r\n",
    "<b>",
    "</b>",
    "&nbsp;",
    "By ",
    "President ",
    "former ",
    "\u{FEFF}",
    "\u{1F600}",
];

fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::sample::select(GLUE)), 0..max)
        .prop_map(|w| w.iter().map(|(p, g)| format!("{p}{g}")).collect())
}

fn date_strategy() -> impl Strategy<Value = Option<Date>> {
    prop::option::of((1990i32..2030, 0u8..13, 0u8..29))
        .prop_map(|d| d.and_then(|(y, m, day)| Date::new(y, m, if m == 0 { 0 } else { day }).ok()))
}

/// One alias of a small gazetteer: surface, case, kind, flags and which entity it names.
#[derive(Debug, Clone)]
struct AliasSpec {
    surface: String,
    case: u8,
    kind: u8,
    flags: u8,
    entity: u8,
}

fn gazetteer_strategy() -> impl Strategy<Value = Vec<AliasSpec>> {
    let surface =
        (prop::collection::vec(prop::sample::select(PIECES), 1..4), prop::sample::select(&[" ", "-", ""][..]))
            .prop_map(|(parts, sep)| parts.join(sep));
    prop::collection::vec(
        (surface, 0u8..4, 0u8..5, any::<u8>(), 0u8..6).prop_map(|(surface, case, kind, flags, entity)| AliasSpec {
            surface,
            case,
            kind,
            flags,
            entity,
        }),
        1..8,
    )
}

/// A small gazetteer from `spec`; `None` when it does not build (an unmarked ambiguous
/// alias is a proper error, not a finding).
fn build(spec: &[AliasSpec], plurals: bool) -> Option<Gazetteer> {
    let mut entities: Vec<(u8, Entity, Vec<Alias>)> = Vec::new();
    for a in spec {
        let mut alias = Alias::new(a.surface.clone());
        alias.case = [CasePolicy::Any, CasePolicy::Exact, CasePolicy::Cap, alias.case][a.case as usize];
        alias.partial = a.flags & 1 != 0;
        alias.common = a.flags & 2 != 0;
        alias.ambiguous = a.flags & 4 != 0 || a.flags & 8 != 0;
        alias.form = [Form::Name, Form::Demonym, Form::Capital, Form::Name][(a.flags >> 4 & 3) as usize];
        match entities.iter_mut().find(|(n, _, _)| *n == a.entity) {
            Some((_, _, list)) => list.push(alias),
            None => {
                let kind =
                    [Kind::Country, Kind::Leader, Kind::Weapon, Kind::Organization, Kind::Region][a.kind as usize];
                let mut e = Entity::new(format!("e{}", a.entity), kind, format!("Entity {}", a.entity));
                if kind == Kind::Leader {
                    let start = 1990 + i32::from(a.flags >> 6) * 10;
                    let end = if a.flags & 0x80 != 0 { String::new() } else { (start + 8).to_string() };
                    e.offices.push(format!("President@e0 {start}..{end}").parse::<Office>().unwrap());
                }
                entities.push((a.entity, e, vec![alias]));
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

fn builtin() -> &'static Gazetteer {
    caci_core::builtin()
}

/// Every alias surface of the built-in gazetteer and every written variant of them.
fn builtin_surfaces() -> &'static [String] {
    static SURFACES: OnceLock<Vec<String>> = OnceLock::new();
    SURFACES.get_or_init(|| {
        let mut v: Vec<String> =
            builtin().to_spec().entries.into_iter().flat_map(|e| e.aliases).map(|a| a.surface).collect();
        v.extend(builtin().written_forms().into_iter().map(|(form, ..)| form));
        v.sort();
        v.dedup();
        v
    })
}

/// A text of real alias surfaces (in any case) and junk between them.
fn builtin_text_strategy(max: usize) -> impl Strategy<Value = String> {
    let word = prop_oneof![
        3 => (any::<prop::sample::Index>(), 0u8..4).prop_map(|(i, case)| {
            let s = &builtin_surfaces()[i.index(builtin_surfaces().len())];
            match case {
                0 => s.to_uppercase(),
                1 => s.to_lowercase(),
                _ => s.clone(),
            }
        }),
        1 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "\\PC{0,6}",
    ];
    prop::collection::vec((word, prop::sample::select(GLUE)), 0..max)
        .prop_map(|w| w.iter().map(|(p, g)| format!("{p}{g}")).collect())
}

fn cases(default: u32) -> u32 {
    std::env::var("CACI_PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(default)
}

// ---------------------------------------------------------------------------------------
// The properties, fast enough for every `cargo test` (a few seconds in debug)

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn small_gazetteers_keep_every_invariant(
        spec in gazetteer_strategy(),
        plurals in any::<bool>(),
        texts in prop::collection::vec(text_strategy(12), 1..4),
        date in date_strategy(),
        threads in 1usize..4,
    ) {
        let Some(g) = build(&spec, plurals) else { return Ok(()) };
        check_find(&g, &texts, date, threads)?;
        // Determinism across builds: the same spec builds a gazetteer that answers the same.
        let again = Gazetteer::from_spec(g.to_spec()).unwrap();
        for t in &texts {
            prop_assert_eq!(g.find_dated(t, date), again.find_dated(t, date));
        }
    }

    #[test]
    fn char_offsets_agree_with_counting_chars(
        text in prop_oneof![text_strategy(24), "\\PC{0,40}", any::<String>()],
        picks in prop::collection::vec(any::<prop::sample::Index>(), 0..12),
    ) {
        check_char_offsets(&text, &picks)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_builtin_gazetteer_on_real_surfaces_and_junk(
        texts in prop::collection::vec(builtin_text_strategy(10), 1..4),
        date in date_strategy(),
        threads in 1usize..4,
    ) {
        check_find(builtin(), &texts, date, threads)?;
    }
}

#[test]
fn char_offsets_on_chosen_hard_texts() {
    let texts = [
        "",
        "e\u{301}\u{302}\u{303}x",                 // stacked combining marks
        "👩\u{200D}👩\u{200D}👧\u{200D}👦 family", // a ZWJ emoji sequence of 7 chars
        "🇺🇿🇰🇿 flags, 👍🏽 a modifier",               // regional indicators, skin tone
        "\u{200F}ایران\u{200F} and עברית, mixed",  // right-to-left with marks
        "𝔘𝔷𝔟𝔢𝔨 \u{10FFFF}\u{FEFF}\0",              // 4-byte chars, the last code point, BOM, NUL
    ];
    for text in texts {
        let picks: Vec<prop::sample::Index> = Vec::new();
        check_char_offsets(text, &picks).unwrap();
        let ms = builtin().find(text);
        check_mentions(builtin(), text, &ms).unwrap();
    }
}

// ---------------------------------------------------------------------------------------
// Threads

#[test]
fn gazetteer_and_its_results_are_send_and_sync() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Gazetteer>();
    send_sync::<Mention<'static>>();
    send_sync::<caci_core::Error>();
    send_sync::<caci_core::GazetteerBuilder>();
}

/// (start, end, id, ambiguous, office) of each mention, to compare across threads.
type Found = Vec<(usize, usize, String, bool, Option<String>)>;

fn owned(ms: &[Mention<'_>]) -> Found {
    ms.iter().map(|m| (m.start, m.end, m.id().to_string(), m.ambiguous, m.office.map(|o| o.to_string()))).collect()
}

/// Documents made of built-in surfaces and junk, by a fixed pseudo-random sequence.
fn documents(n: usize) -> Vec<String> {
    let surfaces = builtin_surfaces();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as usize
    };
    (0..n)
        .map(|_| {
            (0..40)
                .map(|_| match next() % 3 {
                    0 => surfaces[next() % surfaces.len()].clone(),
                    1 => PIECES[next() % PIECES.len()].to_string(),
                    _ => GLUE[next() % GLUE.len()].to_string(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn one_gazetteer_shared_by_threads_and_rayon_answers_as_on_one_thread() {
    let g = builtin();
    let texts = documents(48);
    let date = Date::new(2019, 6, 1).ok();
    let expected: Vec<Found> = texts.iter().map(|t| owned(&g.find_dated(t, date))).collect();
    std::thread::scope(|s| {
        // Eight plain threads, each over every document, in different orders...
        let plain: Vec<_> = (0..8)
            .map(|k| {
                let (texts, expected) = (&texts, &expected);
                s.spawn(move || {
                    for round in 0..3 {
                        for i in (0..texts.len()).map(|i| (i * (2 * k + 1) + round) % texts.len()) {
                            assert_eq!(owned(&g.find_dated(&texts[i], date)), expected[i], "thread {k}, text {i}");
                        }
                    }
                })
            })
            .collect();
        // ... while rayon's global pool and a `find_batch` pool search the same gazetteer.
        let pooled = s.spawn(|| {
            for threads in [2, 3, 4] {
                let got: Vec<Found> = texts.par_iter().map(|t| owned(&g.find_dated(t, date))).collect();
                assert_eq!(got, expected, "rayon");
                let dates = vec![date; texts.len()];
                let batch = g.find_batch(&texts, Some(&dates), Some(threads)).unwrap();
                let got: Vec<Found> = batch.iter().map(|ms| owned(ms)).collect();
                assert_eq!(got, expected, "find_batch on {threads} threads");
            }
        });
        for t in plain {
            t.join().unwrap();
        }
        pooled.join().unwrap();
    });
}

// ---------------------------------------------------------------------------------------
// Long runs (ignored): the same properties with many more cases

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(20_000), ..ProptestConfig::default() })]

    #[test]
    #[ignore = "long run: cargo test -p caci-core --release --test invariants -- --ignored"]
    fn long_small_gazetteers_keep_every_invariant(
        spec in gazetteer_strategy(),
        plurals in any::<bool>(),
        texts in prop::collection::vec(text_strategy(40), 1..6),
        date in date_strategy(),
        threads in 1usize..5,
    ) {
        let Some(g) = build(&spec, plurals) else { return Ok(()) };
        check_find(&g, &texts, date, threads)?;
    }

    #[test]
    #[ignore = "long run: cargo test -p caci-core --release --test invariants -- --ignored"]
    fn long_builtin_gazetteer_on_real_surfaces_and_junk(
        texts in prop::collection::vec(builtin_text_strategy(40), 1..6),
        date in date_strategy(),
        threads in 1usize..5,
    ) {
        check_find(builtin(), &texts, date, threads)?;
    }

    #[test]
    #[ignore = "long run: cargo test -p caci-core --release --test invariants -- --ignored"]
    fn long_char_offsets_agree_with_counting_chars(
        text in prop_oneof![text_strategy(80), any::<String>()],
        picks in prop::collection::vec(any::<prop::sample::Index>(), 0..40),
    ) {
        check_char_offsets(&text, &picks)?;
    }
}
