//! The one way work reaches caci-core: with the GIL released, on a thread pool that
//! survives `fork`.
//!
//! [`run`] takes documents that were extracted with the GIL held, releases it
//! (`py.detach`), finds the mentions of every document (in parallel, keeping order) and
//! turns each document's mentions into plain Rust records with a caller's function, still
//! without the GIL. The caller converts the records to Python objects afterwards.
//!
//! Fork safety: rayon's worker threads do not survive `fork()`, and a pool inherited by a
//! child process would wait forever for them. Work runs on caci-core's pools
//! ([`caci_core::install`]), which are kept per process id: a child process
//! builds its own. rayon's global pool is never used.

use crate::errors::Failure;
use caci_core::{Date, Gazetteer, Mention};
use pyo3::prelude::*;
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Documents borrowed for the duration of a call: row `i` is a text, or `None` (a
/// missing value, which has no mentions), or a text that is not valid UTF-8.
pub(crate) trait Docs<'t>: Sync {
    /// Number of rows.
    fn len(&self) -> usize;
    /// Row `i`.
    fn get(&self, i: usize) -> Result<Option<&'t str>, String>;
}

impl<'t> Docs<'t> for Vec<Option<&'t str>> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn get(&self, i: usize) -> Result<Option<&'t str>, String> {
        Ok(self[i])
    }
}

/// Rows `start..start + len` of an Arrow array.
pub(crate) struct ArrowRows<'t> {
    pub array: crate::arrow::ArrowStrings<'t>,
    pub start: usize,
    pub len: usize,
}

impl<'t> Docs<'t> for ArrowRows<'t> {
    fn len(&self) -> usize {
        self.len
    }
    fn get(&self, i: usize) -> Result<Option<&'t str>, String> {
        match self.array.bytes(self.start + i) {
            None => Ok(None),
            Some(b) => std::str::from_utf8(b).map(Some).map_err(|e| e.to_string()),
        }
    }
}

/// The document dates of a call: none, one for every document, or one per document.
#[derive(Debug, Clone)]
pub(crate) enum Dates {
    None,
    All(Option<Date>),
    Each(Vec<Option<Date>>),
}

impl Dates {
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<Date> {
        match self {
            Dates::None => None,
            Dates::All(d) => *d,
            Dates::Each(v) => v.get(i).copied().flatten(),
        }
    }
}

/// Finds the mentions of `docs[i]` (dated `dates.get(first_row + i)`) for every row,
/// with the GIL released, on `threads` threads (`None`: one per core); `each` turns a
/// document's text and mentions into a record. Returns, in order, each row's text (empty
/// for missing rows) and record. `first_row` numbers rows in errors and dates.
pub(crate) fn run<'t, D, R, F>(
    py: Python<'_>,
    g: &Gazetteer,
    docs: &D,
    dates: &Dates,
    first_row: usize,
    threads: Option<usize>,
    each: F,
) -> PyResult<Vec<(&'t str, R)>>
where
    D: Docs<'t> + ?Sized,
    R: Send,
    F: Fn(&str, Vec<Mention<'_>>) -> R + Sync,
{
    let result = py.detach(|| find_rows(g, docs, dates, first_row, threads, &each));
    result.map_err(|f| f.into_py(py))
}

/// What [`run`] does once the GIL is released: callable from a thread of its own (see
/// `find_many`, which finds one chunk while it converts the one before).
pub(crate) fn find_rows<'t, D, R, F>(
    g: &Gazetteer,
    docs: &D,
    dates: &Dates,
    first_row: usize,
    threads: Option<usize>,
    each: &F,
) -> Result<Vec<(&'t str, R)>, Failure>
where
    D: Docs<'t> + ?Sized,
    R: Send,
    F: Fn(&str, Vec<Mention<'_>>) -> R + Sync,
{
    find_rows_dated(g, docs, dates, first_row, threads, &|text: &str, _, found| each(text, found))
}

/// [`find_rows`] where `each` also gets the document's date (the relations need it).
pub(crate) fn find_rows_dated<'t, D, R, F>(
    g: &Gazetteer,
    docs: &D,
    dates: &Dates,
    first_row: usize,
    threads: Option<usize>,
    each: &F,
) -> Result<Vec<(&'t str, R)>, Failure>
where
    D: Docs<'t> + ?Sized,
    R: Send,
    F: Fn(&str, Option<Date>, Vec<Mention<'_>>) -> R + Sync,
{
    let n = docs.len();
    // A row's record, and the bytes of its mentions: about those of the record, which
    // holds one entry per mention.
    let one = |i: usize| -> Result<((&'t str, R), usize), Failure> {
        let text = docs.get(i).map_err(|why| Failure::BadText { row: first_row + i, why })?.unwrap_or("");
        let date = dates.get(first_row + i);
        let found = g.find_dated(text, date);
        let bytes = found.capacity() * std::mem::size_of::<Mention<'_>>();
        Ok(((text, each(text, date, found)), bytes))
    };
    let threads = threads.unwrap_or_else(default_threads);
    if threads <= 1 || n <= 1 {
        (0..n).map(|i| one(i).map(|(row, _)| row)).collect::<Result<Vec<_>, Failure>>()
    } else {
        let left = AtomicUsize::new(0);
        let par = || {
            (0..n)
                .into_par_iter()
                .with_min_len(4)
                // The records stay on the worker's heap until the caller has converted
                // them: room ahead of them.
                .map(|i| with_room_counted(&left, || one(i)))
                .collect::<Result<Vec<_>, Failure>>()
        };
        let found = caci_core::install(threads, par).map_err(Failure::Core)?;
        // The workers keep that room for the next chunk and call (see `caci_core::keep_room`).
        caci_core::keep_room(threads, left.into_inner()).map_err(Failure::Core)?;
        first_bad_row(docs, first_row, found)
    }
}

/// Fewest documents one piece of [`fold_rows`]' work folds (unless there are few): each
/// piece starts an accumulator of its own (a fragment of columns, with its own dictionary).
const MIN_FOLD_DOCS: usize = 16;

/// Finds the mentions of `docs[i]` as [`find_rows`] does, but folds the documents of each
/// piece of work (consecutive rows, one thread) into one accumulator: `init` starts one,
/// `add(acc, row, text, mentions)` adds a document (`row` counted from the call's first)
/// and returns about how many bytes the accumulator grew by, `finish` ends it. Returns
/// the finished accumulators in document order: one on one thread, a few per thread
/// otherwise.
#[allow(clippy::too_many_arguments)]
pub(crate) fn fold_rows<'t, D, A, B, I, F, E>(
    g: &Gazetteer,
    docs: &D,
    dates: &Dates,
    first_row: usize,
    threads: Option<usize>,
    init: I,
    add: F,
    finish: E,
) -> Result<Vec<B>, Failure>
where
    D: Docs<'t> + ?Sized,
    A: Send,
    B: Send,
    I: Fn() -> A + Sync + Send,
    F: Fn(&mut A, usize, &str, Vec<Mention<'_>>) -> usize + Sync + Send,
    E: Fn(A) -> B + Sync + Send,
{
    let n = docs.len();
    // The accumulator with a row added, and the bytes it grew by.
    let one = |mut acc: A, i: usize| -> Result<(A, usize), Failure> {
        let text = docs.get(i).map_err(|why| Failure::BadText { row: first_row + i, why })?.unwrap_or("");
        let grew = add(&mut acc, first_row + i, text, g.find_dated(text, dates.get(first_row + i)));
        Ok((acc, grew))
    };
    let threads = threads.unwrap_or_else(default_threads);
    if threads <= 1 || n <= 1 {
        return (0..n).try_fold(init(), |acc, i| one(acc, i).map(|(acc, _)| acc)).map(|acc| vec![finish(acc)]);
    }
    let left = AtomicUsize::new(0);
    // The accumulators stay on the worker's heap until the caller has taken them in: room
    // ahead of them.
    let with_room = |acc: A, i: usize| with_room_counted(&left, || one(acc, i));
    // Few long documents are still spread over the threads.
    let min_len = MIN_FOLD_DOCS.min(n.div_ceil(4 * threads));
    let par = || {
        (0..n)
            .into_par_iter()
            .with_min_len(min_len)
            .try_fold(&init, with_room)
            .map(|acc| acc.map(&finish))
            .collect::<Result<Vec<B>, Failure>>()
    };
    let found = caci_core::install(threads, par).map_err(Failure::Core)?;
    // The workers keep that room for the next chunk and call (see `caci_core::keep_room`).
    caci_core::keep_room(threads, left.into_inner()).map_err(Failure::Core)?;
    first_bad_row(docs, first_row, found)
}

/// Runs `work` (a result, and the bytes it leaves allocated) on a pool thread with room
/// ahead (see `caci_core::with_room`), and adds those bytes to `left`, the batch's total
/// for `caci_core::keep_room`.
fn with_room_counted<T>(left: &AtomicUsize, work: impl FnOnce() -> Result<(T, usize), Failure>) -> Result<T, Failure> {
    caci_core::with_room(|| match work() {
        Ok((result, bytes)) => {
            left.fetch_add(bytes, Ordering::Relaxed);
            (Ok(result), bytes)
        }
        Err(e) => (Err(e), 0),
    })
}

/// A parallel collect stops at whichever bad row a thread met first: names the first bad
/// row instead, as on one thread (rows before it are checked again, which costs a UTF-8
/// check each, on this error path only).
fn first_bad_row<'t, D, T>(docs: &D, first_row: usize, result: Result<T, Failure>) -> Result<T, Failure>
where
    D: Docs<'t> + ?Sized,
{
    match result {
        Err(Failure::BadText { row, why }) => {
            let first = (0..row.saturating_sub(first_row))
                .find_map(|i| docs.get(i).err().map(|why| Failure::BadText { row: first_row + i, why }));
            Err(first.unwrap_or(Failure::BadText { row, why }))
        }
        other => other,
    }
}

/// Runs `op` (typically a gazetteer build) with the GIL released, on caci-core's
/// fork-safe pool, so that any parallel iterator inside it does not start rayon's global
/// pool: a child process forked after that would hang on its first parallel call.
pub(crate) fn detached_on_pool<R: Send>(
    py: Python<'_>,
    op: impl FnOnce() -> caci_core::Result<R> + Send,
) -> caci_core::Result<R> {
    py.detach(|| caci_core::install(default_threads(), op).and_then(|r| r))
}

/// Threads to use when the caller does not say: `RAYON_NUM_THREADS` if set, else one
/// per core.
pub(crate) fn default_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}
