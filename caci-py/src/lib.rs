//! Python bindings for `caci-core`: the private extension module `caci._caci`.
//!
//! A thin layer: arguments are extracted with the GIL held ([`convert`], [`source`],
//! [`arrow`]), the work runs in caci-core with the GIL released ([`run`]), and results
//! come back as Python objects ([`mention`]) or as columns ([`columns`]). Errors are made
//! in one place ([`errors`]). The pure-Python package `caci` wraps this module.

mod arrow;
mod columns;
mod convert;
mod errors;
mod fast_new;
mod gazetteer;
mod mention;
mod records;
mod relations;
mod run;
mod source;

use pyo3::prelude::*;

/// Times caci-core's own batch call (`Gazetteer::find_batch`) over `texts`, `repeat`
/// times, on `threads` threads (default: all cores), with the GIL released; returns the
/// best time in seconds and the number of mentions (`repeat=0` only converts the texts,
/// to time that part). For `bench/python_throughput.py`: the Rust figure that the
/// bindings are compared to.
#[pyfunction]
#[pyo3(signature = (gazetteer, texts, threads = None, repeat = 3))]
fn _rust_batch_seconds(
    py: Python<'_>,
    gazetteer: &Bound<'_, gazetteer::PyGazetteer>,
    texts: Vec<String>,
    threads: Option<usize>,
    repeat: usize,
) -> PyResult<(f64, usize)> {
    let g = gazetteer.get().g();
    let threads = threads.unwrap_or_else(run::default_threads);
    let outcome = py.detach(|| -> caci_core::Result<(f64, usize)> {
        let mut best = if repeat == 0 { 0.0 } else { f64::INFINITY };
        let mut mentions = 0;
        for _ in 0..repeat {
            let t0 = std::time::Instant::now();
            let found = g.find_batch(&texts, None, Some(threads.max(1)))?;
            mentions = found.iter().map(Vec::len).sum();
            drop(found);
            best = best.min(t0.elapsed().as_secs_f64());
        }
        Ok((best, mentions))
    });
    outcome.map_err(|e| errors::gazetteer_error(py, &e))
}

/// A document date as the core reads it, written back in its canonical form (`2019`,
/// `2019-06` or `2019-06-01`), or None for no date (None, NaN, NaT, an empty string).
///
/// Every path that stores a date before tagging (`caci.iter_tag`, `caci tag --date`,
/// JSON Lines date fields) keeps this string, so a date is parsed by one rule, the core's
/// `Date`, and keeps its precision: `"2019"` stays a year and is not read as 2019-01-01.
/// Raises `DateError` with the core's message for anything else.
#[pyfunction]
fn _date(value: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    Ok(convert::extract_date(value, errors::At::One)?.map(|d| d.to_string()))
}

/// The authors and the date part (as written) of a `By …` line, or None if `line` is no
/// byline: the core's rule ([`caci_core::Byline`]), which the resolver also uses, so that
/// `read_pages`'s `authors` and the names resolution treats as authors agree.
#[pyfunction]
fn _byline(line: &str) -> Option<(Vec<String>, Option<&str>)> {
    caci_core::Byline::parse(line).map(|b| (b.authors, b.date))
}

#[pymodule]
fn _caci(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<gazetteer::PyGazetteer>()?;
    m.add_class::<mention::PyMention>()?;
    errors::register(m)?;
    m.add_function(wrap_pyfunction!(_rust_batch_seconds, m)?)?;
    m.add_function(wrap_pyfunction!(_date, m)?)?;
    m.add_function(wrap_pyfunction!(_byline, m)?)?;
    Ok(())
}
