//! Every error that crosses into Python is made here.
//!
//! `caci_core::Error`s become [`GazetteerError`] (gazetteer files, records, specs: with
//! `file`, `line` and `kind` attributes) or [`DateError`] (document dates); bad texts
//! become [`CaciError`] or `TypeError` naming the row. All three caci classes are
//! `ValueError`s.

use caci_core::{Error, ErrorKind};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyType;

pyo3::create_exception!(caci, CaciError, PyValueError, "Base class of caci's errors (a `ValueError`).");
pyo3::create_exception!(
    caci,
    GazetteerError,
    CaciError,
    "A gazetteer file, record or specification is invalid.\n\n`file` and `line` say where, when known; `kind` names the problem (`duplicate_id`, `unknown_kind`, ...)."
);
pyo3::create_exception!(caci, DateError, CaciError, "A document date cannot be read.");

/// Adds the exception classes to the module, with `None` defaults for the attributes
/// that errors raised by caci set on their instances.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("CaciError", py.get_type::<CaciError>())?;
    m.add("GazetteerError", py.get_type::<GazetteerError>())?;
    m.add("DateError", py.get_type::<DateError>())?;
    let g: Bound<'_, PyType> = py.get_type::<GazetteerError>();
    for attr in ["file", "line", "kind"] {
        g.setattr(attr, py.None())?;
    }
    py.get_type::<CaciError>().setattr("row", py.None())?;
    Ok(())
}

/// The name of an error kind, as the `kind` attribute of a [`GazetteerError`].
pub(crate) fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Io => "io",
        ErrorKind::Encoding => "encoding",
        ErrorKind::Format => "format",
        ErrorKind::EmptyAlias => "empty_alias",
        ErrorKind::UnknownKind => "unknown_kind",
        ErrorKind::DuplicateId => "duplicate_id",
        ErrorKind::AmbiguousAlias => "ambiguous_alias",
        ErrorKind::UnknownReference => "unknown_reference",
        ErrorKind::Date => "date",
        ErrorKind::Build => "build",
        _ => "other",
    }
}

/// A gazetteer that cannot be read or built.
pub(crate) fn gazetteer_error(py: Python<'_>, e: &Error) -> PyErr {
    let err = GazetteerError::new_err(e.to_string());
    let value = err.value(py);
    let set = || -> PyResult<()> {
        if let Some(loc) = e.location() {
            value.setattr("file", loc.file.to_string_lossy().into_owned())?;
            value.setattr("line", loc.line)?;
        }
        value.setattr("kind", kind_name(e.kind()))
    };
    match set() {
        Ok(()) => err,
        Err(other) => other,
    }
}

/// Where a problem with the input was found: a row of a batch, or the one text of `find`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    /// The single argument of a one-document call.
    One,
    /// Row `i` (0-based position) of a batch.
    Row(usize),
}

impl At {
    fn prefix(self) -> String {
        match self {
            At::One => String::new(),
            At::Row(i) => format!("row {i}: "),
        }
    }

    fn set_row(self, py: Python<'_>, err: &PyErr) {
        if let At::Row(i) = self {
            // An attribute that cannot be set only loses detail; the message has the row.
            let _ = err.value(py).setattr("row", i);
        }
    }
}

/// A document date that cannot be read (a [`DateError`]).
pub(crate) fn date_error(py: Python<'_>, at: At, e: &Error) -> PyErr {
    let err = DateError::new_err(format!("{}{e}", at.prefix()));
    at.set_row(py, &err);
    err
}

/// A value of the wrong type where a text or a date was expected (a `TypeError`, with a
/// `row` attribute in a batch, as on caci's own errors).
pub(crate) fn type_error(at: At, expected: &str, got: &Bound<'_, PyAny>) -> PyErr {
    let name = got.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".to_string());
    let err = PyTypeError::new_err(format!("{}expected {expected}, got {name}", at.prefix()));
    at.set_row(got.py(), &err);
    err
}

/// A text that is not valid Unicode (lone surrogates) or not valid UTF-8 (Arrow data).
pub(crate) fn text_error(py: Python<'_>, at: At, why: &str) -> PyErr {
    let err = CaciError::new_err(format!("{}text is not valid Unicode: {why}", at.prefix()));
    at.set_row(py, &err);
    err
}

/// A problem found while the GIL was released, turned into a Python error afterwards.
#[derive(Debug, Clone)]
pub(crate) enum Failure {
    /// Row `row` of the input is not valid UTF-8.
    BadText { row: usize, why: String },
    /// Any other caci-core error (thread pool, ...).
    Core(Error),
}

impl Failure {
    pub(crate) fn into_py(self, py: Python<'_>) -> PyErr {
        match self {
            Failure::BadText { row, why } => text_error(py, At::Row(row), &why),
            Failure::Core(e) if e.kind() == ErrorKind::Build => PyRuntimeError::new_err(e.to_string()),
            Failure::Core(e) => CaciError::new_err(e.to_string()),
        }
    }
}
