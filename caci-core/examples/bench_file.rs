//! Writes the generated corpus of `bench/peers.py` and times caci-core on it.
//!
//! ```text
//! cargo build --release -p caci-core --example bench_file
//! target/release/examples/bench_file --write bench/out/corpus.txt [--mb 100] [--seed 42] [--doc-bytes 5000]
//! target/release/examples/bench_file bench/out/corpus.txt [--rounds 3] [--warmup 1]
//! ```
//!
//! The corpus is `benches/support/corpus.rs` (sentences from project-written templates
//! filled with aliases of the built-in gazetteer, deterministic by seed): documents of
//! about `--doc-bytes` bytes (default 5,000, a typical article), at least `--mb` × 10⁶
//! bytes in all, each document followed by a form feed (`\x0c`). Reading it back splits
//! on form feeds, as `bench/peers.py` does.
//!
//! Timing prints one JSON line: bytes, documents, and for each of `find` in a loop on one
//! thread, `find_batch` on one thread, `find_batch` on all threads and `find` on all
//! threads with each result dropped at once (`find_all`), the median MB/s
//! over `--rounds` rounds by wall time (each after `--warmup` untimed calls, default 1:
//! the first call of a process also grows the heap for the results and faults its pages in), every round's MB/s and the mentions found; the
//! one-thread figures also by the thread's CPU time (`cpu_mbps`, Linux), which a shared
//! machine disturbs less.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use caci_core as caci;
use caci_core::Gazetteer;
use rayon::prelude::*;
use std::io::Write as _;
use std::time::Instant;

fn value(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn number<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> T {
    match value(args, name) {
        None => default,
        Some(v) => v.parse().unwrap_or_else(|_| {
            eprintln!("bench_file: {name} wants a number, got {v:?}");
            std::process::exit(2)
        }),
    }
}

fn median(xs: &[f64]) -> f64 {
    let mut xs = xs.to_vec();
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// CPU time of this thread so far, in seconds (Linux: `/proc/thread-self/schedstat`),
/// or `None` where it cannot be read. On a shared machine it moves less than wall time.
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// What `rounds` runs of `f` over `bytes` bytes measured: MB/s by wall time and by this
/// thread's CPU time (for work on this thread only), and what the last run found.
struct Rates {
    wall: Vec<f64>,
    cpu: Vec<f64>,
    found: usize,
}

/// `warmup` untimed calls of `f` come first: the timed ones then see what any later call of
/// a process sees (a heap already grown for the results, its pages in place), as the
/// Python rows of `bench/peers.py` do, which are medians of calls in one long process.
fn rates(bytes: usize, rounds: usize, warmup: usize, mut f: impl FnMut() -> usize) -> Rates {
    let mut r = Rates { wall: Vec::with_capacity(rounds), cpu: Vec::new(), found: 0 };
    let mb = bytes as f64 / 1e6;
    for _ in 0..warmup {
        f();
    }
    for _ in 0..rounds {
        let (t, c) = (Instant::now(), thread_cpu());
        r.found = f();
        r.wall.push(mb / t.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c, thread_cpu()) {
            r.cpu.push(mb / (c1 - c0).max(1e-9));
        }
    }
    r
}

fn list(xs: &[f64]) -> String {
    xs.iter().map(|x| format!("{x:.2}")).collect::<Vec<_>>().join(", ")
}

/// One measurement as JSON (`cpu` only when the work ran on this thread).
fn json(r: &Rates, on_this_thread: bool) -> String {
    let cpu = if on_this_thread && !r.cpu.is_empty() {
        format!(", \"cpu_mbps\": {:.2}, \"cpu_all\": [{}]", median(&r.cpu), list(&r.cpu))
    } else {
        String::new()
    };
    format!("{{\"mbps\": {:.2}, \"all\": [{}]{cpu}, \"found\": {}}}", median(&r.wall), list(&r.wall), r.found)
}

fn write_corpus(g: &Gazetteer, path: &str, args: &[String]) {
    let mb: usize = number(args, "--mb", 100);
    let seed: u64 = number(args, "--seed", 42);
    let doc_bytes: usize = number(args, "--doc-bytes", 5000);
    let t = Instant::now();
    let docs = corpus::documents(g, seed, mb * 1_000_000, doc_bytes);
    if let Some(dir) = std::path::Path::new(path).parent() {
        std::fs::create_dir_all(dir).expect("create the corpus folder");
    }
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create the corpus file"));
    let mut bytes = 0;
    for d in &docs {
        debug_assert!(!d.contains('\x0c'));
        out.write_all(d.as_bytes()).expect("write the corpus");
        out.write_all(b"\x0c").expect("write the corpus");
        bytes += d.len();
    }
    out.flush().expect("write the corpus");
    println!(
        "{{\"written\": {path:?}, \"bytes\": {bytes}, \"documents\": {}, \"seed\": {seed}, \"doc_bytes\": {doc_bytes}, \"seconds\": {:.3}}}",
        docs.len(),
        t.elapsed().as_secs_f64()
    );
}

fn time_corpus(g: &Gazetteer, path: &str, args: &[String]) {
    let rounds: usize = number(args, "--rounds", 3).max(1);
    let warmup: usize = number(args, "--warmup", 1);
    let text = std::fs::read_to_string(path).expect("read the corpus (UTF-8)");
    let docs: Vec<&str> = text.split('\x0c').filter(|d| !d.is_empty()).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let find = rates(bytes, rounds, warmup, || docs.iter().map(|d| g.find(d).len()).sum());
    let batch = |t: Option<usize>| g.find_batch(&docs, None, t).expect("find_batch").iter().map(Vec::len).sum();
    let one = rates(bytes, rounds, warmup, || batch(Some(1)));
    let all = rates(bytes, rounds, warmup, || batch(None));
    // `find` on all threads with each document's mentions dropped at once: what the
    // matcher and resolver scale to without the result vectors of `find_batch`.
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
    let count_all = rates(bytes, rounds, warmup, || pool.install(|| docs.par_iter().map(|d| g.find(d).len()).sum()));
    println!(
        "{{\"bytes\": {bytes}, \"documents\": {}, \"threads\": {threads}, \"rounds\": {rounds}, \
         \"find_1\": {}, \"batch_1\": {}, \"batch_all\": {}, \"find_all\": {}}}",
        docs.len(),
        json(&find, true),
        json(&one, true),
        json(&all, false),
        json(&count_all, false)
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let g = Gazetteer::default();
    if let Some(path) = value(&args, "--write") {
        write_corpus(&g, &path, &args);
        return;
    }
    let Some(path) = args.first().filter(|a| !a.starts_with("--")) else {
        eprintln!(
            "usage: bench_file --write PATH [--mb 100] [--seed 42] [--doc-bytes 5000] | bench_file PATH [--rounds 3] [--warmup 1]"
        );
        std::process::exit(2)
    };
    time_corpus(&g, path, &args);
}
