//! Many documents from Python: a list of `str` (and missing values) or Arrow string
//! arrays, walked in chunks so that a progress bar can move and Ctrl-C is honoured
//! between chunks.

use crate::arrow::ArrowStrings;
use crate::convert::{extract_text, view, Held};
use crate::errors::{At, Failure};
use crate::run::{default_threads, ArrowRows, Docs};
use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyList, PyString, PyTuple};

/// A chunk ends after this many documents...
const CHUNK_DOCS: usize = 16_384;
/// ...or once it holds this many bytes of text: a few tens of milliseconds of work, so
/// that `find_many`'s pipeline (one chunk found while the one before is converted) has
/// many stages, and a progress bar moves.
const CHUNK_BYTES: usize = 4 << 20;
/// With `progress=None`, calls over fewer documents never show a bar.
const AUTO_MIN_DOCS: usize = 1_000;

/// The documents of a batch call.
pub(crate) enum Source<'py> {
    /// Python objects, one per row.
    List(Bound<'py, PyList>),
    /// Arrow arrays as (schema, array) PyCapsule pairs, rows numbered across arrays.
    Arrow(Vec<(Bound<'py, PyCapsule>, Bound<'py, PyCapsule>)>),
}

impl<'py> Source<'py> {
    /// A list or tuple is taken as it is; anything else goes through
    /// `caci._source.normalize`, which turns Arrow-backed data into capsules and other
    /// iterables into a list.
    pub(crate) fn new(texts: &Bound<'py, PyAny>) -> PyResult<Self> {
        let py = texts.py();
        if let Ok(list) = texts.cast::<PyList>() {
            return Ok(Source::List(list.clone()));
        }
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "expected a sequence of texts, got a single str (use find() for one text)",
            ));
        }
        if let Ok(t) = texts.cast::<PyTuple>() {
            return Ok(Source::List(PyList::new(py, t.iter())?));
        }
        let normalized = py.import("caci._source")?.call_method1("normalize", (texts,))?;
        if let Ok(list) = normalized.cast::<PyList>() {
            return Ok(Source::List(list.clone()));
        }
        let chunks = normalized.cast::<PyTuple>().map_err(PyErr::from)?.get_item(1)?;
        let mut arrays = Vec::new();
        for pair in chunks.try_iter()? {
            let pair = pair?;
            let schema = pair.get_item(0)?.cast_into::<PyCapsule>().map_err(PyErr::from)?;
            let array = pair.get_item(1)?.cast_into::<PyCapsule>().map_err(PyErr::from)?;
            arrays.push((schema, array));
        }
        Ok(Source::Arrow(arrays))
    }

    /// Number of rows.
    pub(crate) fn len(&self) -> PyResult<usize> {
        match self {
            Source::List(l) => Ok(l.len()),
            Source::Arrow(arrays) => {
                let mut n = 0;
                for (s, a) in arrays {
                    n += ArrowStrings::import(s, a)?.len();
                }
                Ok(n)
            }
        }
    }

    /// Calls `body(docs, first_row)` for consecutive chunks of rows, updating `progress`
    /// and checking for Ctrl-C after each.
    pub(crate) fn for_each_chunk(
        &self,
        py: Python<'py>,
        progress: &Progress<'py>,
        mut body: impl for<'t> FnMut(&dyn Docs<'t>, usize) -> PyResult<()>,
    ) -> PyResult<()> {
        match self {
            Source::List(list) => {
                let n = list.len();
                let mut row = 0;
                while row < n {
                    let first = row;
                    let mut held: Vec<Option<Held<'py>>> = Vec::new();
                    let mut bytes = 0;
                    while row < n && held.len() < CHUNK_DOCS && bytes < CHUNK_BYTES {
                        let h = extract_text(&list.get_item(row)?, At::Row(row))?;
                        bytes += h.as_ref().map_or(0, |h| view(h).len());
                        held.push(h);
                        row += 1;
                    }
                    let texts: Vec<Option<&str>> = held.iter().map(|h| h.as_ref().map(view)).collect();
                    body(&texts, first)?;
                    progress.update(row - first)?;
                    py.check_signals()?;
                }
            }
            Source::Arrow(arrays) => {
                let mut first_row = 0;
                for (schema, array) in arrays {
                    let array = ArrowStrings::import(schema, array)?;
                    let n = array.len();
                    let mut start = 0;
                    while start < n {
                        let mut end = (start + CHUNK_DOCS).min(n);
                        while end > start + 1 && array.byte_len(start..end) > CHUNK_BYTES {
                            end = start + (end - start) / 2;
                        }
                        let rows = ArrowRows { array, start, len: end - start };
                        body(&rows, first_row + start)?;
                        progress.update(end - start)?;
                        py.check_signals()?;
                        start = end;
                    }
                    first_row += n;
                }
            }
        }
        Ok(())
    }

    /// Runs `find(docs, first_row)` (which finds the mentions of a chunk of rows without
    /// the GIL and turns them into records, see [`crate::run`]) on every chunk, and hands
    /// each chunk's records, in order and with the chunk's first row, to `consume`, with
    /// the GIL held.
    ///
    /// Consuming is serial (Python objects, or fragments added to columns): on several
    /// threads the pool finds each chunk while this thread consumes the one before, which
    /// would otherwise leave the pool idle a third of the time.
    pub(crate) fn for_each_found<R, F>(
        &self,
        py: Python<'py>,
        progress: &Progress<'py>,
        threads: Option<usize>,
        find: F,
        mut consume: impl FnMut(usize, R) -> PyResult<()>,
    ) -> PyResult<()>
    where
        R: Send,
        F: for<'t> Fn(&dyn Docs<'t>, usize) -> Result<R, Failure> + Sync,
    {
        if threads.unwrap_or_else(default_threads) <= 1 {
            return self.for_each_chunk(py, progress, |docs, first| {
                let found = py.detach(|| find(docs, first)).map_err(|f| f.into_py(py))?;
                consume(first, found)
            });
        }
        let mut pending: Option<(usize, R)> = None;
        self.for_each_chunk(py, progress, |docs, first| {
            let (consumed, found) = std::thread::scope(|s| {
                let job = s.spawn(|| find(docs, first));
                let consumed = pending.take().map_or(Ok(()), |(f, p)| consume(f, p));
                (consumed, py.detach(|| job.join()))
            });
            consumed?;
            let found = found
                .map_err(|_| PyRuntimeError::new_err("internal error: a thread finding mentions panicked"))?
                .map_err(|f| f.into_py(py))?;
            pending = Some((first, found));
            Ok(())
        })?;
        match pending {
            Some((first, p)) => consume(first, p),
            None => Ok(()),
        }
    }
}

/// A tqdm progress bar from `caci._progress.bar`, or nothing; closed when dropped.
pub(crate) struct Progress<'py> {
    bar: Option<Bound<'py, PyAny>>,
}

impl<'py> Progress<'py> {
    /// A bar for `total` documents if `progress` (True, False or None: automatic) asks
    /// for one.
    pub(crate) fn new(
        py: Python<'py>,
        total: usize,
        progress: Option<&Bound<'py, PyAny>>,
        desc: &str,
    ) -> PyResult<Self> {
        let auto = progress.is_none_or(|p| p.is_none());
        let off = progress.is_some_and(|p| p.is_instance_of::<pyo3::types::PyBool>() && !p.is_truthy().unwrap_or(true));
        if off || (auto && total < AUTO_MIN_DOCS) {
            return Ok(Progress { bar: None });
        }
        let bar = py.import("caci._progress")?.call_method1("bar", (total, progress, desc))?;
        Ok(Progress { bar: (!bar.is_none()).then_some(bar) })
    }

    fn update(&self, n: usize) -> PyResult<()> {
        if let Some(bar) = &self.bar {
            bar.call_method1("update", (n,))?;
        }
        Ok(())
    }
}

impl Drop for Progress<'_> {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.take() {
            // A bar that fails to close must not hide the call's own result or error.
            let _ = bar.call_method0("close");
        }
    }
}
