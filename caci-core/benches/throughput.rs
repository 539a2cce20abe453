//! The core benchmark: MB/s of `find` against a plain pipeline on a generated corpus.
//!
//! `cargo bench -p caci-core --bench throughput [-- MB]` (default 64 MB).
//!
//! The plain pipeline is what one would write with the `aho-corasick` crate alone: the
//! same written forms in one DFA with ASCII case folding, an overlapping search, a
//! word-boundary filter, and a greedy leftmost-longest choice. `find` does more (case
//! policies, prefix forms, resolution to entities) and should still be faster.

#[path = "support/corpus.rs"]
mod corpus;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use caci_core::boundary::{is_word_char, word_at, word_before};
use caci_core::Gazetteer;
use std::time::Instant;

struct Plain {
    ac: AhoCorasick,
    first_word: Vec<bool>,
    last_word: Vec<bool>,
}

impl Plain {
    fn new(g: &Gazetteer) -> Plain {
        let mut forms: Vec<String> = Vec::new();
        for (f, _, _, plural) in g.written_forms() {
            if plural && f.chars().next_back().is_some_and(char::is_alphanumeric) {
                forms.push(format!("{f}s").to_ascii_lowercase());
            }
            forms.push(f.to_ascii_lowercase());
        }
        forms.sort();
        forms.dedup();
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
fn rate(bytes: usize, runs: usize, mut f: impl FnMut() -> usize) -> (f64, usize) {
    let mut rates = Vec::new();
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        found = f();
        rates.push(bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
    }
    (median(rates), found)
}

fn main() {
    let mb: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(64);
    let t = Instant::now();
    let g = Gazetteer::default();
    let build_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let g2 = caci_core::builtin::builtin_builder().and_then(|b| b.build()).expect("built-in gazetteer");
    let rebuild_ms = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "gazetteer: {} entities, {} aliases, {} patterns; built in {:.0} ms (again: {:.0} ms), automaton and tables {:.1} MB",
        g.len(),
        g.alias_count(),
        g.pattern_count(),
        build_ms,
        rebuild_ms,
        g2.memory_usage() as f64 / 1e6
    );
    let docs = corpus::documents(&g, 42, mb << 20, 2048);
    let whole: String = docs.concat();
    let bytes = whole.len();
    let mentions = g.find(&whole).len();
    println!(
        "corpus: {:.1} MB in {} documents of ~2 KB; {} mentions (one per {:.0} bytes)",
        bytes as f64 / 1e6,
        docs.len(),
        mentions,
        bytes as f64 / mentions as f64
    );
    let plain = Plain::new(&g);
    let runs = 5;
    let (plain_rate, plain_n) = rate(bytes, runs, || plain.find(&whole).len());
    let (scan_rate, scan_n) = rate(bytes, runs, || g.scan_spans(&whole).len());
    let (find_rate, find_n) = rate(bytes, runs, || g.find(&whole).len());
    let (b1, _) = rate(bytes, runs, || g.find_batch(&docs, None, Some(1)).expect("batch").iter().map(Vec::len).sum());
    let (b2, _) = rate(bytes, runs, || g.find_batch(&docs, None, Some(2)).expect("batch").iter().map(Vec::len).sum());
    println!("{:<58} {:>9} {:>9} {:>7}", "pipeline (median of 5)", "MB/s", "found", "ratio");
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
    println!("batch scaling 2 threads / 1 thread: {:.2}x", b2 / b1);
}
