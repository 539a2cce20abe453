//! The core benchmark: MB/s of `find` against a plain pipeline on a generated corpus.
//!
//! `cargo bench -p caci-core --bench throughput [-- MB] [--runs N] [--check] [--only WHAT]`
//! (default 64 MB, 5 runs).
//!
//! The plain pipeline is what one would write with the `aho-corasick` crate alone: the
//! same written forms in one DFA with ASCII case folding, an overlapping search, a
//! word-boundary filter, and a greedy leftmost-longest choice. `find` does more (case
//! policies, prefix forms, resolution to entities) and should still be faster.
//!
//! - `--check`: the equality check. Runs `find` (whole buffer and batch) and the matcher
//!   alone over the whole corpus on this process's path (AVX2 where the CPU has it), and
//!   again in child processes forced onto the portable path (`CACI_FORCE_PORTABLE=1`) and
//!   onto the byte-at-a-time reference scan (`CACI_FORCE_PORTABLE=sequential`), and
//!   fails unless every result is identical. The plain pipeline's spans are compared too
//!   (they can differ only by case policies and prefix forms, so their count is printed).
//! - `--only scan|scan-docs|find|batch|batch-dated|plain [--runs N]`: runs one pipeline once (for
//!   `valgrind --tool=callgrind`), or N times, and prints its median and best MB/s
//!   (`scan-docs`: the matcher alone, document by document; `batch-dated`: each document
//!   with a date, so that the date rules run).
//! - `--dump`: prints every result, one line each (what `--check` compares).
//! - `--corpus-file PATH`: the documents of a file instead of the generated corpus (each
//!   ending in a form feed, as `examples/bench_file.rs --write` and `bench/peers.py
//!   --prose` write them); the MB argument is then ignored.
//! - `--automata`: build times and sizes of `aho-corasick` automata of the same forms.
//! - The last lines time the relations (`caci_core::relations`: transfers and meetings) on
//!   the same documents and dates, alone (given the mentions) and with `find`, in the same
//!   run as `find`: the target is relations cheaper than `find` itself.

#[path = "support/corpus.rs"]
mod corpus;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use caci_core as caci;
use caci_core::internals::{is_word_char, word_at, word_before};
use caci_core::{Date, Gazetteer, Mention};
use std::fmt::Write as _;
use std::time::Instant;

struct Plain {
    ac: AhoCorasick,
    first_word: Vec<bool>,
    last_word: Vec<bool>,
}

/// Every written form of `g`, ASCII-lowered, with the plural forms, sorted and distinct.
fn lowered_forms(g: &Gazetteer) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    for (f, _, _, plural) in g.written_forms() {
        if plural && f.chars().next_back().is_some_and(char::is_alphanumeric) {
            forms.push(format!("{f}s").to_ascii_lowercase());
        }
        forms.push(f.to_ascii_lowercase());
    }
    forms.sort();
    forms.dedup();
    forms
}

/// Build times and sizes of `aho-corasick` automata of the gazetteer's forms (why the
/// matcher walks a trie of its own).
fn automata(g: &Gazetteer) {
    let forms = lowered_forms(g);
    for (name, kind, fold) in [
        ("contiguous NFA", AhoCorasickKind::ContiguousNFA, false),
        ("contiguous NFA, ASCII case folding", AhoCorasickKind::ContiguousNFA, true),
        ("DFA, ASCII case folding", AhoCorasickKind::DFA, true),
    ] {
        let t = Instant::now();
        let ac = AhoCorasick::builder()
            .kind(Some(kind))
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(fold)
            .build(&forms)
            .expect("automaton");
        let ms = t.elapsed().as_secs_f64() * 1e3;
        println!(
            "aho-corasick {name}: {} patterns, built in {ms:.0} ms, {:.1} MB",
            forms.len(),
            ac.memory_usage() as f64 / 1e6
        );
    }
}

impl Plain {
    fn new(g: &Gazetteer) -> Plain {
        let forms = lowered_forms(g);
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(&forms)
            .expect("plain automaton");
        let first_word = forms.iter().map(|f| f.chars().next().is_some_and(is_word_char)).collect();
        let last_word = forms.iter().map(|f| f.chars().next_back().is_some_and(is_word_char)).collect();
        Plain { ac, first_word, last_word }
    }

    fn find(&self, text: &str) -> Vec<(usize, usize)> {
        let mut c: Vec<(usize, usize)> = self
            .ac
            .find_overlapping_iter(text)
            .filter(|m| {
                let p = m.pattern().as_usize();
                text.is_char_boundary(m.start())
                    && !(self.first_word[p] && word_before(text, m.start()))
                    && !(self.last_word[p] && word_at(text, m.end()))
            })
            .map(|m| (m.start(), m.end()))
            .collect();
        c.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out = Vec::with_capacity(c.len());
        let mut last = 0;
        for (s, e) in c {
            if s >= last {
                out.push((s, e));
                last = e;
            }
        }
        out
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

/// Median MB/s of `f` over `runs` runs on `bytes` bytes.
fn rate(bytes: usize, runs: usize, f: impl FnMut() -> usize) -> (f64, usize) {
    let (rates, found) = rates(bytes, runs, f);
    (median(rates), found)
}

/// MB/s of each of `runs` runs of `f` on `bytes` bytes, and what the last run found.
fn rates(bytes: usize, runs: usize, mut f: impl FnMut() -> usize) -> (Vec<f64>, usize) {
    let mut rates = Vec::new();
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        found = f();
        rates.push(bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
    }
    (rates, found)
}

/// The path the matcher takes in this process (mirrors `caci_core`'s choice).
fn path() -> &'static str {
    match std::env::var("CACI_FORCE_PORTABLE").as_deref() {
        Ok("sequential") => "sequential reference",
        Ok(v) if !v.is_empty() && v != "0" => "portable",
        _ if avx2() => "AVX2",
        _ => "portable",
    }
}

fn avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

fn line(out: &mut String, doc: usize, m: &Mention) {
    let office = m.office.map_or(String::new(), |o| format!("{}@{}", o.title, o.country));
    let _ = writeln!(
        out,
        "{doc} {} {} {} {:?} {} {} {office}",
        m.start,
        m.end,
        m.id(),
        m.alias.surface,
        m.ambiguous as u8,
        m.former as u8
    );
}

/// Every result of the matcher alone, `find` on the whole buffer and `find_batch`, one line each.
fn dump(g: &Gazetteer, whole: &str, docs: &[String]) -> String {
    let mut out = String::new();
    for (s, e) in g.scan_spans(whole) {
        let _ = writeln!(out, "span {s} {e}");
    }
    for m in g.find(whole) {
        line(&mut out, usize::MAX, &m);
    }
    for (i, ms) in g.find_batch(docs, None, Some(1)).expect("batch").iter().enumerate() {
        for m in ms {
            line(&mut out, i, m);
        }
    }
    // Dated, so that the date rules and offices are compared too.
    for (i, ms) in g.find_batch(docs, Some(&doc_dates(docs.len())), Some(1)).expect("batch").iter().enumerate() {
        for m in ms {
            line(&mut out, i, m);
        }
    }
    out
}

/// A date per document, spread over 1992-2025 (for the dated pipelines).
fn doc_dates(n: usize) -> Vec<Option<Date>> {
    (0..n).map(|i| format!("{}-{:02}-15", 1992 + i % 34, 1 + i % 12).parse().ok()).collect()
}

/// The equality check: this process's path against the portable and the reference one.
fn check(g: &Gazetteer, whole: &str, docs: &[String], mb: usize, corpus_file: Option<&str>) {
    let here = dump(g, whole, docs);
    println!("check: {} result lines on the {} path", here.lines().count(), path());
    let exe = std::env::current_exe().expect("own path");
    for (value, name) in [("1", "portable"), ("sequential", "sequential reference")] {
        let t = Instant::now();
        let child = std::process::Command::new(&exe)
            .arg(mb.to_string())
            .arg("--dump")
            .args(corpus_file.map(|f| ["--corpus-file", f]).into_iter().flatten())
            .env("CACI_FORCE_PORTABLE", value)
            .output()
            .expect("run the benchmark in a child process");
        assert!(child.status.success(), "child failed: {}", String::from_utf8_lossy(&child.stderr));
        let there = String::from_utf8(child.stdout).expect("UTF-8 dump");
        if there != here {
            let diff = here.lines().zip(there.lines()).position(|(a, b)| a != b);
            let at = diff.map_or(String::new(), |k| {
                format!("first difference at line {k}: {:?} vs {:?}", here.lines().nth(k), there.lines().nth(k))
            });
            panic!(
                "the {} path and the {name} path differ ({} vs {} lines); {at}",
                path(),
                here.lines().count(),
                there.lines().count()
            );
        }
        println!("check: identical to the {name} path ({:.1} s)", t.elapsed().as_secs_f64());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let mb: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(64);
    let runs: usize = value("--runs").and_then(|r| r.parse().ok()).unwrap_or(5);
    let quiet = flag("--dump");
    let t = Instant::now();
    let g = Gazetteer::default();
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let g2 = caci_core::builtin_builder().and_then(|b| b.build()).expect("built-in gazetteer");
    let rebuild_ms = t.elapsed().as_secs_f64() * 1e3;
    // `--corpus-as-listed`: the corpus from the names as the files list them, without the
    // composed names generated at build, so that it compares with a build that had none.
    let docs = if let Some(path) = value("--corpus-file") {
        // A corpus written to a file (documents ending in form feeds, as `bench_file` and
        // `bench/peers.py --prose` write them): real prose, or one corpus for two builds.
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("--corpus-file {path}: {e}"));
        text.split('\x0c').filter(|d| !d.is_empty()).map(str::to_owned).collect()
    } else if flag("--corpus-as-listed") {
        let mut b = caci_core::builtin_builder().expect("built-in gazetteer");
        b.options(caci_core::Options::default().with_composed_names(false));
        corpus::documents(&b.build().expect("built-in gazetteer"), 42, mb << 20, 2048)
    } else {
        corpus::documents(&g, 42, mb << 20, 2048)
    };
    let whole: String = docs.concat();
    if quiet {
        print!("{}", dump(&g, &whole, &docs));
        return;
    }
    println!(
        "gazetteer: {} entities, {} aliases, {} patterns; built in {:.0} ms (again: {:.0} ms), automaton and tables {:.1} MB",
        g.len(),
        g.alias_count(),
        g.pattern_count(),
        build_ms,
        rebuild_ms,
        g2.memory_usage() as f64 / 1e6
    );
    let bytes = whole.len();
    if flag("--automata") {
        automata(&g);
        return;
    }
    if let Some(only) = value("--only") {
        // One pipeline, `--runs` times (default once): for profilers and quick comparisons.
        // With `--names-as-listed`, on a gazetteer built without the designation grammar,
        // composed names and look-alike spellings (same corpus): their cost, same binary.
        let runs = value("--runs").and_then(|r| r.parse().ok()).unwrap_or(1);
        let listed;
        let g = if flag("--names-as-listed") {
            let options = caci_core::Options::default()
                .with_designation_grammar(false)
                .with_composed_names(false)
                .with_lookalikes(false);
            let mut b = caci_core::builtin_builder().expect("built-in gazetteer");
            b.options(options);
            listed = b.build().expect("built-in gazetteer");
            println!("names as listed: {} aliases, {} patterns", listed.alias_count(), listed.pattern_count());
            &listed
        } else {
            &g
        };
        let plain = (only == "plain").then(|| Plain::new(g));
        let dates = doc_dates(docs.len());
        let (all, n) = rates(bytes, runs, || match only.as_str() {
            "scan" => g.scan_spans(&whole).len(),
            "scan-docs" => docs.iter().map(|d| g.scan_spans(d).len()).sum(),
            "find" => g.find(&whole).len(),
            "batch" => g.find_batch(&docs, None, Some(1)).expect("batch").iter().map(Vec::len).sum(),
            "batch-dated" => g.find_batch(&docs, Some(&dates), Some(1)).expect("batch").iter().map(Vec::len).sum(),
            "relations" => find_and_relations(g, &docs, &dates),
            _ => plain.as_ref().map_or(0, |p| p.find(&whole).len()),
        });
        let best = all.iter().copied().fold(0.0, f64::max);
        println!(
            "{only} on the {} path: {n} over {:.1} MB, {:.0} MB/s (median of {runs}; best {best:.0})",
            path(),
            bytes as f64 / 1e6,
            median(all)
        );
        return;
    }
    let mentions = g.find(&whole).len();
    println!(
        "corpus: {:.1} MB in {} documents of ~2 KB; {} mentions (one per {:.0} bytes); matcher path: {}",
        bytes as f64 / 1e6,
        docs.len(),
        mentions,
        bytes as f64 / mentions as f64,
        path()
    );
    let plain = Plain::new(&g);
    if flag("--check") {
        check(&g, &whole, &docs, mb, value("--corpus-file").as_deref());
        let spans = g.scan_spans(&whole).len();
        println!(
            "check: plain pipeline {} spans, matcher {spans} (they differ only by case policies and prefix forms)",
            plain.find(&whole).len()
        );
        return;
    }
    let (plain_rate, plain_n) = rate(bytes, runs, || plain.find(&whole).len());
    let (scan_rate, scan_n) = rate(bytes, runs, || g.scan_spans(&whole).len());
    let (find_rate, find_n) = rate(bytes, runs, || g.find(&whole).len());
    let (b1, _) = rate(bytes, runs, || g.find_batch(&docs, None, Some(1)).expect("batch").iter().map(Vec::len).sum());
    let (b2, _) = rate(bytes, runs, || g.find_batch(&docs, None, Some(2)).expect("batch").iter().map(Vec::len).sum());
    let dates = doc_dates(docs.len());
    let (bd, _) =
        rate(bytes, runs, || g.find_batch(&docs, Some(&dates), Some(1)).expect("batch").iter().map(Vec::len).sum());
    println!("{:<58} {:>9} {:>9} {:>7}", format!("pipeline (median of {runs})"), "MB/s", "found", "ratio");
    println!(
        "{:<58} {:>9.0} {:>9} {:>7.2}",
        "plain: DFA, overlapping, boundary filter, greedy", plain_rate, plain_n, 1.0
    );
    println!("{:<58} {:>9.0} {:>9} {:>7.2}", "caci matcher alone (spans)", scan_rate, scan_n, scan_rate / plain_rate);
    println!(
        "{:<58} {:>9.0} {:>9} {:>7.2}",
        "caci find (whole buffer, with resolution)",
        find_rate,
        find_n,
        find_rate / plain_rate
    );
    println!("{:<58} {:>9.0} {:>9} {:>7.2}", "caci find_batch, 1 thread, 2 KB documents", b1, "", b1 / plain_rate);
    println!("{:<58} {:>9.0} {:>9} {:>7.2}", "caci find_batch, 2 threads, 2 KB documents", b2, "", b2 / plain_rate);
    println!(
        "{:<58} {:>9.0} {:>9} {:>7.2}",
        "caci find_batch, 1 thread, 2 KB documents, dated",
        bd,
        "",
        bd / plain_rate
    );
    println!("batch scaling 2 threads / 1 thread: {:.2}x; batch 1 thread / find: {:.2}", b2 / b1, b1 / find_rate);
    // Relations: on each document's dated mentions (found once, outside the timing), then
    // find and relations together, document by document on one thread.
    let found = g.find_batch(&docs, Some(&dates), Some(1)).expect("batch");
    let (rel_rate, rel_n) = rate(bytes, runs, || {
        docs.iter()
            .zip(&found)
            .zip(&dates)
            .map(|((d, ms), date)| {
                let r = caci::relations::extract(&g, d, ms, *date);
                r.transfers.len() + r.meetings.len()
            })
            .sum()
    });
    let (both_rate, _) = rate(bytes, runs, || find_and_relations(&g, &docs, &dates));
    println!(
        "{:<58} {:>9.0} {:>9} {:>7.2}",
        "relations alone (transfers + meetings), given the mentions",
        rel_rate,
        rel_n,
        rel_rate / plain_rate
    );
    println!(
        "{:<58} {:>9.0} {:>9} {:>7.2}",
        "find + relations, 1 thread, 2 KB documents, dated",
        both_rate,
        "",
        both_rate / plain_rate
    );
    println!(
        "relations cost / find cost: {:.2} (time of relations alone over time of dated find_batch); find + relations / find: {:.2} of the speed",
        bd / rel_rate,
        both_rate / bd
    );
}

/// `find_dated` and then the relations of each document, on one thread: the relations found.
fn find_and_relations(g: &Gazetteer, docs: &[String], dates: &[Option<Date>]) -> usize {
    docs.iter()
        .zip(dates)
        .map(|(d, date)| {
            let ms = g.find_dated(d, *date);
            let r = caci::relations::extract(g, d, &ms, *date);
            r.transfers.len() + r.meetings.len()
        })
        .sum()
}
