//! `find_batch` alone on a corpus file, for system-call and allocation counts (issue 18).
//!
//! ```text
//! cargo build --release -p caci-core --example batch_alloc
//! target/release/examples/batch_alloc bench/out/prose-20mb-seed42-doc2000.txt --threads 2 [--rounds 5] [--find] [--count] [--digest]
//! ```
//!
//! Reads the corpus as `bench_file` does (documents split on form feeds), runs
//! `find_batch` on `--threads` threads `--rounds` times (each round's results dropped
//! before the next, apart from the timed call) and prints one JSON line: each round's
//! milliseconds for the call and for dropping its results, and their medians, the mentions
//! found, the room their vectors hold (`capacity`, in mentions) and, with `--digest`, a
//! digest of their spans and ids (the same digest, the same mentions in the same order). Under
//! `strace -f -c` or `perf stat` nothing else runs, so the counts are the call's own (plus
//! reading the file once).
//!
//! `--find`: `find` over the documents in a loop on this thread instead (each document's
//! mentions kept until the round ends, as `find_batch` keeps them), for comparing the two.
//!
//! `--count`: also count the allocations made inside the timed calls (a wrapper around
//! the system allocator, as the process's global allocator of this example only): how
//! many, how many bytes, how many were growths (`realloc`), and a histogram by size (powers
//! of two), per round.

// A global allocator is an `unsafe` trait: this example only, to count (the library has none).
#![allow(unsafe_code)]

use caci_core::Gazetteer;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::Instant;

/// The system allocator, counting what passes through it while `ON` is set.
struct Counting;

static ON: AtomicBool = AtomicBool::new(false);
static ALLOCS: AtomicU64 = AtomicU64::new(0);
static REALLOCS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
/// Allocations (and growths, by their new size) by size: bucket `i` holds sizes in `[2^i, 2^(i+1))`.
static BY_SIZE: [AtomicU64; 40] = [const { AtomicU64::new(0) }; 40];

fn note(size: usize) {
    BYTES.fetch_add(size as u64, Relaxed);
    BY_SIZE[(usize::BITS - size.max(1).leading_zeros() - 1) as usize].fetch_add(1, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if ON.load(Relaxed) {
            ALLOCS.fetch_add(1, Relaxed);
            note(layout.size());
        }
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if ON.load(Relaxed) {
            FREES.fetch_add(1, Relaxed);
        }
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if ON.load(Relaxed) {
            REALLOCS.fetch_add(1, Relaxed);
            note(new_size);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn value(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn median(xs: &[f64]) -> f64 {
    let mut xs = xs.to_vec();
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first().filter(|a| !a.starts_with("--")) else {
        eprintln!("usage: batch_alloc FILE [--threads N] [--rounds 5] [--find] [--count] [--digest]");
        std::process::exit(2)
    };
    let threads: usize = value(&args, "--threads").map_or(2, |v| v.parse().expect("--threads wants a number"));
    let rounds: usize = value(&args, "--rounds").map_or(5, |v| v.parse().expect("--rounds wants a number"));
    let count = args.iter().any(|a| a == "--count");
    let find = args.iter().any(|a| a == "--find");
    let with_digest = args.iter().any(|a| a == "--digest");
    // `find` runs on this thread alone.
    let threads = if find { 1 } else { threads };
    let g = Gazetteer::default();
    let text = std::fs::read_to_string(path).expect("read the corpus (UTF-8)");
    let docs: Vec<&str> = text.split('\x0c').filter(|d| !d.is_empty()).collect();
    let (mut call, mut drop_ms, mut found, mut room, mut digest) = (Vec::new(), Vec::new(), 0, 0, 0);
    let mut counts = Vec::new();
    for _ in 0..rounds {
        ON.store(count, Relaxed);
        let t = Instant::now();
        let out = if find {
            docs.iter().map(|d| g.find(d)).collect::<Vec<_>>()
        } else {
            g.find_batch(&docs, None, Some(threads)).expect("find_batch")
        };
        call.push(t.elapsed().as_secs_f64() * 1e3);
        ON.store(false, Relaxed);
        if count {
            let sizes: Vec<String> = BY_SIZE
                .iter()
                .enumerate()
                .filter_map(|(i, n)| {
                    let n = n.swap(0, Relaxed);
                    (n > 0).then(|| format!("\"{}\": {n}", 1u64 << i))
                })
                .collect();
            counts.push(format!(
                "{{\"allocs\": {}, \"reallocs\": {}, \"frees\": {}, \"bytes\": {}, \"by_size\": {{{}}}}}",
                ALLOCS.swap(0, Relaxed),
                REALLOCS.swap(0, Relaxed),
                FREES.swap(0, Relaxed),
                BYTES.swap(0, Relaxed),
                sizes.join(", ")
            ));
        }
        found = out.iter().map(Vec::len).sum::<usize>();
        digest = if !with_digest {
            0
        } else {
            out.iter().flatten().fold(0xcbf2_9ce4_8422_2325_u64, |h, m| {
                // FNV-1a over each mention's span and id: equal digests, equal results.
                [m.start.to_le_bytes().as_slice(), &m.end.to_le_bytes(), m.id().as_bytes(), b"\0"]
                    .concat()
                    .iter()
                    .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
            })
        };
        room = out.iter().map(Vec::capacity).sum::<usize>();
        let t = Instant::now();
        drop(out);
        drop_ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let list = |xs: &[f64]| xs.iter().map(|x| format!("{x:.1}")).collect::<Vec<_>>().join(", ");
    println!(
        "{{\"documents\": {}, \"threads\": {threads}, \"found\": {found}, \"capacity\": {room}, \"digest\": \"{digest:016x}\", \"call_ms\": {:.1}, \"calls\": [{}], \
         \"drop_ms\": {:.1}, \"drops\": [{}], \"counts\": [{}]}}",
        docs.len(),
        median(&call),
        list(&call),
        median(&drop_ms),
        list(&drop_ms),
        counts.join(", ")
    );
}
