//! A thread's room for a batch's results: its heap grown in large steps, not page by
//! page, and kept from one batch to the next, not given back and faulted in again.
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
//! takes one block of [`RESERVE`] bytes and gives it back at once ([`ahead`]): the heap
//! grows by the block in one call, and the block, freed, is room the next documents'
//! vectors are cut from. The block is below glibc's threshold for mapping a block apart
//! (128 KB) and, freed, leaves the free top below its trim threshold (128 KB beyond its
//! 128 KB pad), so it is neither mapped alone nor given back to the system. And once its
//! part of a batch is done, each thread that found results (the pool's, or the caller's
//! on one thread) keeps a small block above them ([`fence`]).
//! Under another allocator this is one allocation and free of 96 KB for about 64 KB of
//! results and 8 KB kept per thread: nothing to speak of. Nothing process-wide is set:
//! the library must not choose the allocator's settings.

use std::cell::{Cell, RefCell};

/// The block taken and given back: the step the heap grows by.
const RESERVE: usize = 96 << 10;

/// Results written between two blocks: less than [`RESERVE`], so that what the last block
/// left free is never used up before the next one is taken.
const EVERY: usize = 64 << 10;

/// The block a thread keeps above its results (see [`fence`]).
const FENCE: usize = 8 << 10;

/// The fewest bytes of a batch's results worth a [`fence`]: glibc gives back no free top
/// smaller than its trim threshold and pad together (128 KB each), and a batch below it
/// need not pay for the step (on a pool, one more wake-up of every thread).
const FENCE_FROM: usize = 256 << 10;

/// The most bytes of a batch's results whose room [`fence`] keeps: a larger batch is rare
/// enough that giving its room back is worth faulting it in again.
const KEEP_AT_MOST: usize = 64 << 20;

thread_local! {
    /// Bytes of results this thread wrote since its last block (at first: one is due).
    static WRITTEN: Cell<usize> = const { Cell::new(EVERY) };
    /// The highest block this thread took by [`fence`], kept until a higher one replaces it.
    static KEPT: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
}

/// Runs `find`, a document's search on a pool thread, with room ahead of its results.
pub(crate) fn ahead<T>(find: impl FnOnce() -> Vec<T>) -> Vec<T> {
    with_room(|| {
        let found = find();
        let bytes = found.capacity() * std::mem::size_of::<T>();
        (found, bytes)
    })
}

/// Runs `work`, one document's share of a batch on a thread of the pool ([`install`]),
/// with room ahead of what it leaves allocated: `work` returns its result and about how
/// many bytes of it stay allocated after it returns (the records made from a document's
/// mentions, say). Every 64 KB of such bytes on a thread, the thread's heap is first
/// grown by 96 KB in one step, as [`Gazetteer::find_batch`] does for its own results.
///
/// Why: glibc grows the heap of a thread other than the main one by exactly what a
/// request lacks, one system call (`mprotect`, which takes the process's memory-map
/// lock) per 4 KB page of results small enough to be cut from the heap. Under another
/// allocator this is one allocation and free of 96 KB per 64 KB of results. For the
/// bindings, whose workers turn mentions into records of their own; use [`keep_room`]
/// once the batch is done. On the calling thread of a one-thread batch (usually the main
/// one, whose heap glibc grows 128 KB ahead) it is not needed.
///
/// [`install`]: crate::install
/// [`Gazetteer::find_batch`]: crate::Gazetteer::find_batch
pub fn with_room<T>(work: impl FnOnce() -> (T, usize)) -> T {
    WRITTEN.with(|written| {
        if written.get() >= EVERY {
            // `black_box`: an allocation never used may be left out by the compiler.
            drop(std::hint::black_box(Vec::<u8>::with_capacity(RESERVE)));
            written.set(0);
        }
        let (result, bytes) = work();
        written.set(written.get().saturating_add(bytes));
        result
    })
}

/// Once a batch whose results take about `results` bytes is done on `threads` threads,
/// keeps their room for the next batch: on every thread of the pool of `threads`
/// threads ([`install`]'s), or on the calling thread when `threads` is 1, as
/// [`Gazetteer::find_batch`] does after its own batches. Nothing for a batch of under
/// 256 KB of results; after one of more than 64 MB the room goes back to the system.
///
/// Why: when the caller frees a batch's results, glibc gives the freed top of each
/// thread's heap back to the system, and the next batch faults every page in again. Each
/// thread keeps one 8 KB block above what it has allocated (of the one it kept and a new
/// one, the higher), so that the freed results stay room for the next batch's. The cost
/// is that room: what a thread's results took at the most stays with the thread. Under
/// another allocator it is 8 KB per thread.
///
/// Errors: `threads` is 0, or the pool cannot be started.
///
/// [`install`]: crate::install
/// [`Gazetteer::find_batch`]: crate::Gazetteer::find_batch
pub fn keep_room(threads: usize, results: usize) -> crate::Result<()> {
    match threads {
        0 => Err(crate::Error::new(crate::ErrorKind::Format, "threads must be at least 1")),
        1 => {
            fence(results);
            Ok(())
        }
        n => {
            if fence_wanted(results) {
                crate::pool::pool(n)?.broadcast(|_| fence(results));
            }
            Ok(())
        }
    }
}

/// Keeps a small block above what this thread has allocated so far, once its part of a
/// batch is done (see [`keep_room`]), so that the results' room stays with the thread after the caller
/// drops them; `results`: the bytes of the whole batch's results. Past [`KEEP_AT_MOST`]
/// the thread keeps nothing, and the system gets the room back.
///
/// Why: the caller drops a batch's results at once; freed, they join the free top of
/// the thread's heap, and glibc gives a free top beyond 256 KB back to the system
/// (`madvise`, or `brk` for the main thread). The next batch then faults every page in
/// again: on two threads, 1,650 page faults per call on 20 MB of prose, about a tenth of
/// the call's CPU time; on one, 5,800 per call on the generated corpus (issue 18). A
/// block kept above the results keeps their room from joining the top: it is room for
/// the next batch's results. A new block lands at the top only when nothing free below
/// can hold it, so of the kept block and a new one the one at the higher address is
/// kept and the other given back; a batch that did not outgrow the last one's room leaves
/// the kept block where it is. The cost is that room: what a thread's results took at
/// the most (up to [`KEEP_AT_MOST`] a batch) stays with the thread, as its other scratch
/// does. Under an allocator that does not work this way it is 8 KB kept per thread.
pub(crate) fn fence(results: usize) {
    if !fence_wanted(results) {
        return;
    }
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        if results > KEEP_AT_MOST {
            *kept = None;
            return;
        }
        // `black_box`: an allocation never used may be left out by the compiler.
        let new = std::hint::black_box(Vec::<u8>::with_capacity(FENCE));
        let higher = kept.as_ref().is_none_or(|old| new.as_ptr() as usize > old.as_ptr() as usize);
        if higher {
            *kept = Some(new);
        }
    });
}

/// Whether a batch with `results` bytes of results is worth a [`fence`].
pub(crate) fn fence_wanted(results: usize) -> bool {
    results >= FENCE_FROM
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

    #[test]
    fn with_room_returns_the_work_s_result_and_counts_the_bytes_it_says_it_left() {
        std::thread::spawn(|| {
            let records = with_room(|| (vec!["Aliyev"; 3], 3000));
            assert_eq!(records, ["Aliyev"; 3], "the result is the work's own");
            assert_eq!(WRITTEN.get(), 3000, "a block was taken first, then the bytes counted");
            with_room(|| ((), 63_000));
            with_room(|| ((), 1));
            assert_eq!(WRITTEN.get(), 1, "a block was taken after 64 KiB and the count restarted");
        })
        .join()
        .unwrap();
    }

    #[test]
    fn keep_room_wants_a_thread_and_keeps_room_on_the_calling_one() {
        let e = keep_room(0, FENCE_FROM).unwrap_err();
        assert_eq!(e.to_string(), "threads must be at least 1");
        std::thread::spawn(|| {
            let kept = || KEPT.with(|k| k.borrow().is_some());
            keep_room(1, FENCE_FROM - 1).unwrap();
            assert!(!kept(), "a small batch keeps nothing");
            keep_room(1, FENCE_FROM).unwrap();
            assert!(kept(), "one thread: the calling thread keeps the room");
        })
        .join()
        .unwrap();
        // On a pool: its threads keep the room, the calling one is left alone.
        std::thread::spawn(|| {
            keep_room(2, FENCE_FROM).unwrap();
            assert!(KEPT.with(|k| k.borrow().is_none()), "not a thread of the pool");
            let kept = crate::install(2, || rayon::broadcast(|_| KEPT.with(|k| k.borrow().is_some()))).unwrap();
            assert_eq!(kept, [true, true], "every thread of the pool keeps room");
        })
        .join()
        .unwrap();
    }

    #[test]
    fn the_kept_block_is_the_highest_taken_so_far() {
        std::thread::spawn(|| {
            let kept = || KEPT.with(|k| k.borrow().as_ref().map(|v| (v.as_ptr() as usize, v.capacity())));
            assert_eq!(kept(), None, "a new thread keeps nothing");
            fence(FENCE_FROM - 1);
            assert_eq!(kept(), None, "a small batch takes no block");
            fence(FENCE_FROM);
            let (first, room) = kept().unwrap();
            assert!(room >= FENCE);
            // Blocks taken above it, then a new one: whichever is higher is kept.
            let above: Vec<Vec<u8>> = (0..64).map(|_| Vec::with_capacity(FENCE)).collect();
            fence(FENCE_FROM);
            let (second, _) = kept().unwrap();
            assert!(second >= first, "the kept block never moves down");
            drop(above);
            fence(FENCE_FROM);
            assert!(kept().unwrap().0 >= second, "the kept block never moves down");
            fence(KEEP_AT_MOST + 1);
            assert_eq!(kept(), None, "after a huge batch the room goes back to the system");
        })
        .join()
        .unwrap();
    }
}
