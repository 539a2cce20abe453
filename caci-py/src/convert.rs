//! Python values in: texts and dates.
//!
//! A text is a `str`; `None`, a float NaN and `pandas.NA` are missing values (no
//! mentions, place kept); anything else is a `TypeError` naming the row. A date is
//! `None`/NaN/NaT/NA, a `YYYY[-MM[-DD]]` string (a time part is ignored), a
//! `datetime.date`/`datetime.datetime`/`pandas.Timestamp`, or a `numpy.datetime64`.

use crate::errors::{date_error, text_error, type_error, At};
use caci_core::Date;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyFloat, PyString};

/// A Python `str` kept alive, and readable as UTF-8 while the GIL is released.
///
/// With the full C API or the stable ABI of Python 3.10+, this is the `str` itself
/// and the text is CPython's own UTF-8 buffer (cached in the object). With the stable
/// ABI of 3.9 it is the UTF-8 encoding as `bytes`.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
pub(crate) type Held<'py> = Bound<'py, PyString>;
/// See above.
#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
pub(crate) type Held<'py> = Bound<'py, PyBytes>;

/// Takes a `str` for reading later; fails (naming the row) on lone surrogates.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
fn hold<'py>(s: Bound<'py, PyString>, at: At) -> PyResult<Held<'py>> {
    // Encode now (CPython caches the UTF-8), so that reading cannot fail later.
    s.to_str().map_err(|e| text_error(s.py(), at, &e.value(s.py()).to_string()))?;
    Ok(s)
}

/// Takes a `str` for reading later; fails (naming the row) on lone surrogates.
#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
fn hold<'py>(s: Bound<'py, PyString>, at: At) -> PyResult<Held<'py>> {
    s.encode_utf8().map_err(|e| text_error(s.py(), at, &e.value(s.py()).to_string()))
}

/// The text of a held `str`.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
pub(crate) fn view<'a>(h: &'a Held<'_>) -> &'a str {
    // `hold` checked that this succeeds; an empty text is the safe fallback.
    h.to_str().unwrap_or_default()
}

/// The text of a held `str`.
#[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
pub(crate) fn view<'a>(h: &'a Held<'_>) -> &'a str {
    // CPython's UTF-8 encoder only produces valid UTF-8.
    std::str::from_utf8(h.as_bytes()).unwrap_or_default()
}

/// Whether `obj` stands for a missing value: `None`, a float NaN, `pandas.NA`,
/// `pandas.NaT` or `numpy.datetime64("NaT")`.
pub(crate) fn is_missing(obj: &Bound<'_, PyAny>) -> bool {
    if obj.is_none() {
        return true;
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    match type_name(obj).as_deref() {
        Some("NAType" | "NaTType") => true,
        // numpy floats that are not Python floats (`float64` is one): a NaN is missing too.
        Some("float16" | "float32" | "longdouble" | "float96" | "float128") => {
            obj.extract::<f64>().is_ok_and(f64::is_nan)
        }
        _ => false,
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> Option<String> {
    obj.get_type().name().ok().map(|n| n.to_string())
}

/// One row of texts: `Some` text to hold, `None` for a missing value.
pub(crate) fn extract_text<'py>(obj: &Bound<'py, PyAny>, at: At) -> PyResult<Option<Held<'py>>> {
    match obj.cast::<PyString>() {
        Ok(s) => hold(s.clone(), at).map(Some),
        Err(_) if is_missing(obj) => Ok(None),
        Err(_) => Err(type_error(at, "a str, None or NaN", obj)),
    }
}

/// A document date.
pub(crate) fn extract_date(obj: &Bound<'_, PyAny>, at: At) -> PyResult<Option<Date>> {
    let py = obj.py();
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_cow().map_err(|e| {
            let why = format!("date is not valid Unicode: {}", e.value(py));
            date_error(py, at, &caci_core::Error::new(caci_core::ErrorKind::Date, why))
        })?;
        if s.trim().is_empty() {
            return Ok(None);
        }
        return s.parse::<Date>().map(Some).map_err(|e| date_error(py, at, &e));
    }
    if is_missing(obj) {
        return Ok(None);
    }
    if obj.hasattr("year")? && obj.hasattr("month")? && obj.hasattr("day")? {
        // `datetime.date`, `datetime.datetime`, `pandas.Timestamp` (NaT was handled above).
        let part = |name: &str| -> PyResult<i64> { obj.getattr(name)?.extract::<i64>() };
        let (y, m, d) = match (part("year"), part("month"), part("day")) {
            (Ok(y), Ok(m), Ok(d)) => (y, m, d),
            _ => return Err(type_error(at, "a date with integer year, month and day", obj)),
        };
        let (y, m, d) = match (i32::try_from(y), u8::try_from(m), u8::try_from(d)) {
            (Ok(y), Ok(m), Ok(d)) => (y, m, d),
            _ => {
                let e = caci_core::Error::new(caci_core::ErrorKind::Date, format!("invalid date {y}-{m}-{d}"));
                return Err(date_error(py, at, &e));
            }
        };
        return Date::new(y, m, d).map(Some).map_err(|e| date_error(py, at, &e));
    }
    if type_name(obj).as_deref() == Some("datetime64") {
        let s = obj.str()?.to_cow()?.into_owned();
        if s == "NaT" {
            return Ok(None);
        }
        return s.parse::<Date>().map(Some).map_err(|e| date_error(py, at, &e));
    }
    Err(type_error(at, "a date (a YYYY-MM-DD str, datetime.date, pandas.Timestamp or None)", obj))
}

/// Dates packed by the Python layer as native-endian `int32` `year*10000 + month*100 + day`
/// (0 for none), from a `datetime64` column.
pub(crate) fn unpack_dates(py: Python<'_>, packed: &Bound<'_, PyBytes>, n: usize) -> PyResult<Vec<Option<Date>>> {
    let bytes = packed.as_bytes();
    if bytes.len() != 4 * n {
        return Err(pyo3::exceptions::PyValueError::new_err(format!("{} packed dates for {n} texts", bytes.len() / 4)));
    }
    bytes
        .chunks_exact(4)
        .enumerate()
        .map(|(row, c)| {
            let v = i32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
            if v == 0 {
                return Ok(None);
            }
            let (y, m, d) = (v / 10000, (v / 100 % 100) as u8, (v % 100) as u8);
            Date::new(y, m, d).map(Some).map_err(|e| date_error(py, At::Row(row), &e))
        })
        .collect()
}
