//! Room ahead of a pool thread's results: its heap grown in large steps, not page by page.
//!
//! `find_batch` leaves every document's mentions in a vector of its own, allocated by the
//! pool thread that found them (about 2 KB each for 2 KB of prose). glibc gives each
//! thread other than the main one a heap of its own (an arena) and grows it by exactly
//! what a request lacks, rounded up to a page: one `mprotect` system call per 4 KB of
//! results. On 20 MB of prose (19 MB of results) that was 3,000 calls per worker in the
//! first `find_batch` of a process, against about 100 `brk` calls for the main thread's
//! heap, which glibc grows 128 KB ahead (issue 18; BENCHMARKS.md). Each call takes the
//! process's memory-map lock for writing.
//!
//! So before a worker's results could outgrow what lies free at the top of its heap, it
//! takes one block of [`RESERVE`] bytes and gives it back at once: the heap grows by the
//! block in one call, and the block, freed, is room the next documents' vectors are cut
//! from. The block is below glibc's threshold for mapping a block apart (128 KB) and,
//! freed, leaves the free top below its trim threshold (128 KB beyond its 128 KB pad), so
//! it is neither mapped alone nor given back to the system. Under another allocator it
//! is one allocation and free of 96 KB for about 64 KB of results: nothing to speak of.
//! Nothing process-wide is set: the library must not choose the allocator's settings.

use std::cell::Cell;

/// The block taken and given back: the step the heap grows by.
const RESERVE: usize = 96 << 10;

/// Results written between two blocks: less than [`RESERVE`], so that what the last block
/// left free is never used up before the next one is taken.
const EVERY: usize = 64 << 10;

thread_local! {
    /// Bytes of results this thread wrote since its last block (at first: one is due).
    static WRITTEN: Cell<usize> = const { Cell::new(EVERY) };
}

/// Runs `find`, a document's search on a pool thread, with room ahead of its results.
pub(crate) fn ahead<T>(find: impl FnOnce() -> Vec<T>) -> Vec<T> {
    WRITTEN.with(|written| {
        if written.get() >= EVERY {
            // `black_box`: an allocation never used may be left out by the compiler.
            drop(std::hint::black_box(Vec::<u8>::with_capacity(RESERVE)));
            written.set(0);
        }
        let found = find();
        written.set(written.get().saturating_add(found.capacity() * std::mem::size_of::<T>()));
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_is_taken_first_and_again_after_every_64_kb_of_results() {
        // On a thread of its own: the count is per thread.
        std::thread::spawn(|| {
            assert_eq!(WRITTEN.get(), EVERY, "a new thread takes a block first");
            let v = ahead(|| vec![0u64; 1000]);
            assert_eq!(v.len(), 1000, "the results are the search's own");
            assert_eq!(WRITTEN.get(), 8000);
            for _ in 0..7 {
                ahead(|| vec![0u64; 1000]);
            }
            assert_eq!(WRITTEN.get(), 64_000, "not yet 64 KiB");
            ahead(|| vec![0u64; 1000]);
            ahead(|| vec![0u64; 1000]);
            assert_eq!(WRITTEN.get(), 8000, "a block was taken after 64 KiB and the count restarted");
        })
        .join()
        .unwrap();
    }
}
