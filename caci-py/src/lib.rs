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
mod gazetteer;
mod mention;
mod records;
mod relations;
mod run;
mod sentences;
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

#[pymodule]
fn _caci(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<gazetteer::PyGazetteer>()?;
    m.add_class::<mention::PyMention>()?;
    errors::register(m)?;
    m.add_function(wrap_pyfunction!(_rust_batch_seconds, m)?)?;
    Ok(())
}
