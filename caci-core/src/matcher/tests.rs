//! The matcher's tests: what it finds on small gazetteers, and that every scan path
//! (AVX2 where the CPU has it, portable, and the byte-at-a-time reference) finds the same
//! on random texts, around chunk boundaries, and on the benchmark corpus.
//!
//! These compare the paths inside one process, so a plain `cargo test` covers the
//! portable path too, whatever `CACI_FORCE_PORTABLE` says (on a CPU without AVX2 the
//! AVX2 path runs as the portable one).

use super::*;
use crate as caci;
use crate::grammar::Grammar;
use proptest::prelude::*;
use std::sync::OnceLock;

#[path = "../../benches/support/corpus.rs"]
mod corpus;

/// One hit: start, span end, aliases.
type Found = Vec<(usize, usize, Vec<u32>)>;

fn run(m: &Matcher, path: Path, text: &str) -> Found {
    let (mut hits, mut aliases) = (Vec::new(), vec![7u32]);
    m.scan_with(path, text, &mut hits, &mut aliases);
    hits.iter()
        .map(|h| (h.start, h.end, aliases[h.aliases().start as usize..h.aliases().end as usize].to_vec()))
        .collect()
}

/// The finds of the reference path, after checking that the others agree.
fn scan_all(m: &Matcher, text: &str) -> Found {
    let want = run(m, Path::Sequential, text);
    assert_eq!(run(m, Path::Portable, text), want, "portable path on {text:?}");
    assert_eq!(run(m, Path::Avx2, text), want, "AVX2 path on {text:?}");
    want
}

fn matcher(forms: &[(&str, CasePolicy)]) -> Matcher {
    let written = forms
        .iter()
        .enumerate()
        .map(|(i, (s, c))| Written {
            alias: i as u32,
            bytes: s.as_bytes().into(),
            case: *c,
            plural: false,
            grows: false,
        })
        .collect();
    Matcher::new(written, Grammar::default()).unwrap()
}

fn spans(m: &Matcher, text: &str) -> Vec<(String, Vec<u32>)> {
    scan_all(m, text).into_iter().map(|(s, e, a)| (text[s..e].to_string(), a)).collect()
}

#[test]
fn a_longest_match_that_fails_its_boundary_does_not_hide_a_shorter_one() {
    let m = matcher(&[("South Sudan", CasePolicy::Any), ("Sudanese", CasePolicy::Any)]);
    assert_eq!(spans(&m, "South Sudanese troops"), vec![("Sudanese".to_string(), vec![1])]);
    let m = matcher(&[("New York", CasePolicy::Any), ("York", CasePolicy::Any), ("New", CasePolicy::Any)]);
    assert_eq!(spans(&m, "New Yorker"), vec![("New".to_string(), vec![2])]);
}

#[test]
fn a_match_does_not_swallow_the_start_of_the_next() {
    let m = matcher(&[("Iran Iraq", CasePolicy::Any), ("Iran", CasePolicy::Any), ("Iraqi", CasePolicy::Any)]);
    assert_eq!(spans(&m, "Iran Iraqi border"), vec![("Iran".into(), vec![1]), ("Iraqi".into(), vec![2])]);
}

#[test]
fn case_policies() {
    let m = matcher(&[("US", CasePolicy::Exact), ("Turkey", CasePolicy::Cap), ("Uzbekistan", CasePolicy::Any)]);
    assert!(spans(&m, "let us go").is_empty());
    assert_eq!(spans(&m, "the US and TURKEY").len(), 2);
    assert!(spans(&m, "roast turkey").is_empty());
    assert_eq!(spans(&m, "UZBEKISTAN, uzbekistan").len(), 2);
}

#[test]
fn whole_words_with_unicode_neighbours() {
    let m = matcher(&[("Iran", CasePolicy::Any), ("Russian", CasePolicy::Any), ("Azerbaijan", CasePolicy::Any)]);
    assert!(spans(&m, "Iranian").is_empty());
    assert!(spans(&m, "éIran").is_empty());
    assert!(spans(&m, "中Iran").is_empty(), "a CJK character is a word character");
    assert_eq!(spans(&m, "Sino-Russian")[0].0, "Russian");
    assert_eq!(spans(&m, "Azerbaijan’s")[0].0, "Azerbaijan");
    assert_eq!(spans(&m, "\u{00A0}Iran\u{00A0}")[0].0, "Iran");
}

#[test]
fn trailing_hyphen_is_context_not_span() {
    let m = matcher(&[("Sino-", CasePolicy::Any), ("Russian", CasePolicy::Any)]);
    let s = spans(&m, "Sino-Russian ties");
    assert_eq!(s.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["Sino", "Russian"]);
    assert!(spans(&m, "Sino ties").is_empty());
}

#[test]
fn plurals_win_ties_with_patterns_of_the_same_length() {
    // `F-16` takes a plural and `F-16s` is a pattern of its own: at `F-16s` the plural of
    // `F-16` wins the tie; a longer plain candidate still wins over a shorter plural.
    let form = |s: &str, alias, case, plural| Written { alias, bytes: s.as_bytes().into(), case, plural, grows: false };
    let m = Matcher::new(
        vec![
            form("F-16", 0, CasePolicy::Any, true),
            form("F-16s", 1, CasePolicy::Any, false),
            form("F-16s Block", 2, CasePolicy::Any, false),
            form("US", 3, CasePolicy::Exact, true),
        ],
        Grammar::default(),
    )
    .unwrap();
    assert_eq!(spans(&m, "F-16s and F-16"), [("F-16s".into(), vec![0]), ("F-16".into(), vec![0])]);
    assert_eq!(spans(&m, "F-16s Block 50"), [("F-16s Block".into(), vec![2])]);
    assert_eq!(spans(&m, "F-16sx F-16S"), [("F-16S".into(), vec![1])]);
    assert_eq!(spans(&m, "USs uss USS"), [("USs".into(), vec![3])]);
}

#[test]
fn aliases_that_begin_with_a_non_word_character_start_anywhere() {
    let m = matcher(&[("'Ndrangheta", CasePolicy::Any), ("/x/", CasePolicy::Any), ("/", CasePolicy::Any)]);
    assert_eq!(spans(&m, "the'Ndrangheta"), vec![("'Ndrangheta".into(), vec![0])]);
    assert_eq!(spans(&m, "a/x/b/c").iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["/x/", "/"]);
}

#[test]
fn short_texts_and_finds_at_the_very_end() {
    let m = matcher(&[("US", CasePolicy::Exact), ("F-16", CasePolicy::Any), ("a", CasePolicy::Any)]);
    for pad in 0..140 {
        for tail in ["US", "F-16", "a", "US.", "F-16’", "a\u{00A0}", "é"] {
            let text = format!("{}{tail}", "x y ".repeat(pad / 4) + &"z"[..pad % 2]);
            scan_all(&m, &text);
        }
    }
    assert!(scan_all(&m, "").is_empty());
    assert_eq!(scan_all(&m, "a").len(), 1);
}

#[test]
fn a_matcher_without_patterns_finds_nothing() {
    let m = Matcher::new(Vec::new(), Grammar::default()).unwrap();
    assert!(scan_all(&m, "").is_empty());
    assert!(scan_all(&m, "Uzbekistan and 'quoted' / é 中").is_empty());
}

#[test]
fn finds_across_chunk_boundaries() {
    let m = matcher(&[("Uzbekistan", CasePolicy::Any), ("Tashkent", CasePolicy::Cap), ("x y", CasePolicy::Any)]);
    for offset in CHUNK - 12..CHUNK + 3 {
        for name in ["Uzbekistan", "Tashkent", "x y", "é Uzbekistan"] {
            let mut text = "w".repeat(offset.saturating_sub(1));
            text.push(' ');
            text.truncate(offset);
            text.push_str(name);
            text.push_str(" and Tashkent ");
            text.push_str(&"y ".repeat(30));
            let found = scan_all(&m, &text);
            assert!(found.len() >= 2, "{offset} {name}");
        }
    }
}

/// The built-in gazetteer's matcher, with its written forms.
fn builtin() -> &'static (Matcher, Vec<String>) {
    static M: OnceLock<(Matcher, Vec<String>)> = OnceLock::new();
    M.get_or_init(|| {
        let g = crate::builtin::builtin();
        let forms = g.written_forms();
        let written = forms
            .iter()
            .map(|(f, case, alias, plural)| Written {
                alias: *alias as u32,
                bytes: f.as_bytes().into(),
                case: *case,
                plural: *plural,
                grows: g.alias_grows(*alias),
            })
            .collect();
        (Matcher::new(written, g.grammar().clone()).unwrap(), forms.into_iter().map(|f| f.0).collect())
    })
}

#[test]
fn every_path_agrees_on_the_benchmark_corpus() {
    let (m, _) = builtin();
    let docs = corpus::documents(crate::builtin::builtin(), 7, 1 << 20, 2048);
    let whole: String = docs.concat();
    let found = scan_all(m, &whole);
    assert!(found.len() > 10_000, "{}", found.len());
    let mut per_doc = 0;
    for d in &docs {
        per_doc += scan_all(m, d).len();
    }
    assert_eq!(per_doc, found.len(), "documents end with a newline: no find crosses them");
}

const PIECES: &[&str] = &[
    "ab", "Ab", "AB", "abc", "b", "bc", "Äb", "äb", "c", "d-e", "d e", "d", "e", "Sino-", "x’y", "x'y", "1a", "a1",
    "'q", "/",
];
const GLUE: &[&str] = &[" ", "", "s ", "s", "-", "–", "’s ", ", ", "é", "\u{00A0}", "中", " (", ".", "_", "'"];

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, .. ProptestConfig::default() })]

    #[test]
    fn paths_agree_on_small_gazetteers(
        forms in prop::collection::vec(
            (prop::collection::vec(prop::sample::select(PIECES), 1..3), prop::sample::select(&[" ", "-", ""][..]), 0u8..3, any::<bool>()),
            1..8,
        ),
        words in prop::collection::vec((prop::sample::select(PIECES), prop::sample::select(GLUE)), 0..40),
    ) {
        let written: Vec<Written> = forms
            .iter()
            .enumerate()
            .map(|(i, (parts, sep, case, plural))| Written {
                alias: i as u32,
                bytes: parts.join(sep).into_bytes().into(),
                case: [CasePolicy::Any, CasePolicy::Exact, CasePolicy::Cap][*case as usize],
                plural: *plural,
                grows: true,
            })
            .collect();
        // Every form may grow by the shapes by which one form extends another.
        let joined: Vec<String> = forms.iter().map(|(parts, sep, ..)| parts.join(sep)).collect();
        let grammar = Grammar::learn(joined.iter().flat_map(|a| joined.iter().map(move |b| (a.as_str(), b.as_str()))));
        let m = Matcher::new(written, grammar).unwrap();
        let text: String = words.iter().map(|(w, g)| format!("{w}{g}")).collect();
        scan_all(&m, &text);
    }

    #[test]
    fn paths_agree_on_the_builtin_gazetteer(
        words in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(GLUE), 0u8..4), 0..30),
        noise in "\\PC{0,40}",
    ) {
        let (m, forms) = builtin();
        let mut text = noise;
        for (i, glue, case) in words {
            let form = i.get(forms);
            match case {
                0 => text.push_str(&form.to_uppercase()),
                1 => text.push_str(&form.to_lowercase()),
                _ => text.push_str(form),
            }
            text.push_str(glue);
        }
        scan_all(m, &text);
    }
}

/// Not a test: the build time of the built-in gazetteer's matcher and trie, for
/// BENCHMARKS.md (`cargo test -p caci-core --release --lib build_time -- --ignored
/// --nocapture`).
#[test]
#[ignore = "a measurement: run in release with --ignored --nocapture"]
fn build_time_of_the_builtin_matcher() {
    let g = crate::builtin::builtin();
    let forms = g.written_forms();
    let written = || -> Vec<Written> {
        forms
            .iter()
            .map(|(f, case, alias, plural)| Written {
                alias: *alias as u32,
                bytes: f.as_bytes().into(),
                case: *case,
                plural: *plural,
                grows: g.alias_grows(*alias),
            })
            .collect()
    };
    let mut keys: Vec<Vec<u8>> = forms.iter().map(|f| f.0.to_ascii_lowercase().into_bytes()).collect();
    keys.sort();
    keys.dedup();
    let keys: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
    let (mut matcher, mut trie) = (Vec::new(), Vec::new());
    for _ in 0..9 {
        let w = written();
        let t = std::time::Instant::now();
        let m = Matcher::new(w, g.grammar().clone()).unwrap();
        matcher.push(t.elapsed());
        let t = std::time::Instant::now();
        let _ = crate::trie::Trie::new(&keys);
        trie.push(t.elapsed());
        assert_eq!(m.pattern_count(), keys.len());
    }
    matcher.sort();
    trie.sort();
    let m = Matcher::new(written(), Grammar::default()).unwrap();
    println!(
        "{} patterns: matcher built in {:?} (median of 9), its trie in {:?}; trie {} bytes, matcher {} bytes",
        keys.len(),
        matcher[4],
        trie[4],
        m.trie.memory_usage(),
        m.memory_usage()
    );
}

#[test]
fn the_fast_word_tests_agree_with_the_boundary_module() {
    // Every character up to U+FFFF and a few beyond, between ASCII letters and at the
    // ends of the text: the byte shortcut for General Punctuation must say what the
    // Unicode tables say.
    let chars = (0u32..=0xFFFF).chain([0x1_0000, 0x1_F600, 0x2_0000]).filter_map(char::from_u32);
    for c in chars {
        for text in [format!("a{c}b"), format!("{c}"), format!("{c}{c}")] {
            let mut i = 0;
            while i <= text.len() {
                assert_eq!(word_at(&text, i), crate::boundary::word_at(&text, i), "{c:?} at {i}");
                assert_eq!(word_before(&text, i), crate::boundary::word_before(&text, i), "{c:?} before {i}");
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
}
