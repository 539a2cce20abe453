//! Mentions as columns: one contiguous array per field, for `caci.tag`, so that a
//! DataFrame is built without a Python object per mention.
//!
//! Integer columns go to Python as typed numpy arrays (each wraps a `bytearray` of
//! native-endian values without copying it); surfaces are dictionary-encoded (a code per
//! mention and the list of distinct surfaces); entities are indices into the gazetteer's
//! entity table.

use crate::mention::form_code;
use crate::sentences::Sentences;
use caci_core::CharOffsets;
use caci_core::{Gazetteer, Mention};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyDict, PyList};
use std::collections::HashMap;

/// One mention, as computed in parallel (no Python; no allocation beyond the row but the
/// id of a grown designation).
#[derive(Debug, Clone)]
pub(crate) struct Row {
    start: i64,
    end: i64,
    byte_start: usize,
    byte_end: usize,
    entity: i32,
    form: i8,
    ambiguous: bool,
    sentence: i32,
    /// The id as written, for a grown designation (`mi-17v-5m`): `entity` is the known one.
    written: Option<Box<str>>,
}

/// A document's mentions as rows, with code-point offsets and, if asked, the index of
/// each mention's sentence.
pub(crate) fn rows(g: &Gazetteer, text: &str, found: Vec<Mention<'_>>, sentences: bool) -> Vec<Row> {
    let mut chars = CharOffsets::new(text);
    let mut sent = sentences.then(|| Sentences::new(text));
    found
        .iter()
        .map(|m| Row {
            start: chars.to_char(m.start) as i64,
            end: chars.to_char(m.end) as i64,
            byte_start: m.start,
            byte_end: m.end,
            entity: g.entity_index(m.entity).map_or(-1, |i| i as i32),
            form: form_code(m.form()),
            ambiguous: m.ambiguous,
            sentence: sent.as_mut().map_or(-1, |s| s.index_at(m.start) as i32),
            written: m.variant_id().map(String::into_boxed_str),
        })
        .collect()
}

/// The columns built so far.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    doc: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    entity: Vec<i32>,
    form: Vec<i8>,
    ambiguous: Vec<u8>,
    sentence: Vec<i32>,
    surface: Vec<i32>,
    surfaces: Vec<Box<str>>,
    surface_codes: HashMap<Box<str>, i32>,
    /// Codes into `written_ids` for grown designations, -1 for every other mention.
    written: Vec<i32>,
    written_ids: Vec<Box<str>>,
    written_codes: HashMap<Box<str>, i32>,
}

impl Columns {
    /// Appends the rows of documents `first_row`, `first_row + 1`, ...
    pub(crate) fn push(&mut self, first_row: usize, docs: &[(&str, Vec<Row>)]) {
        let n: usize = docs.iter().map(|(_, r)| r.len()).sum();
        self.doc.reserve(n);
        self.start.reserve(n);
        self.end.reserve(n);
        self.entity.reserve(n);
        self.form.reserve(n);
        self.ambiguous.reserve(n);
        self.sentence.reserve(n);
        self.surface.reserve(n);
        for (i, (text, rows)) in docs.iter().enumerate() {
            let doc = (first_row + i) as i64;
            for r in rows {
                self.doc.push(doc);
                self.start.push(r.start);
                self.end.push(r.end);
                self.entity.push(r.entity);
                self.form.push(r.form);
                self.ambiguous.push(u8::from(r.ambiguous));
                self.sentence.push(r.sentence);
                let s = text.get(r.byte_start..r.byte_end).unwrap_or_default();
                let code = match self.surface_codes.get(s) {
                    Some(&c) => c,
                    None => {
                        let c = self.surfaces.len() as i32;
                        self.surfaces.push(s.into());
                        self.surface_codes.insert(s.into(), c);
                        c
                    }
                };
                self.surface.push(code);
                let written = match &r.written {
                    None => -1,
                    Some(id) => match self.written_codes.get(id) {
                        Some(&c) => c,
                        None => {
                            let c = self.written_ids.len() as i32;
                            self.written_ids.push(id.clone());
                            self.written_codes.insert(id.clone(), c);
                            c
                        }
                    },
                };
                self.written.push(written);
            }
        }
    }

    /// The columns as a dict of numpy arrays: `doc`, `start`, `end` (int64), `entity`
    /// (int32), `form` (int8), `ambiguous` (bool), `sentence` (int32, -1 when not asked),
    /// `surface` (int32 codes), and the list `surfaces`; `written` (int32 codes into the
    /// list `written_ids`, -1 for none): the id as written of a grown designation.
    pub(crate) fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("doc", array(py, &self.doc, i64::to_ne_bytes, "int64")?)?;
        d.set_item("start", array(py, &self.start, i64::to_ne_bytes, "int64")?)?;
        d.set_item("end", array(py, &self.end, i64::to_ne_bytes, "int64")?)?;
        d.set_item("entity", array(py, &self.entity, i32::to_ne_bytes, "int32")?)?;
        d.set_item("form", array(py, &self.form, i8::to_ne_bytes, "int8")?)?;
        d.set_item("ambiguous", array(py, &self.ambiguous, u8::to_ne_bytes, "bool")?)?;
        d.set_item("sentence", array(py, &self.sentence, i32::to_ne_bytes, "int32")?)?;
        d.set_item("surface", array(py, &self.surface, i32::to_ne_bytes, "int32")?)?;
        d.set_item("surfaces", PyList::new(py, self.surfaces.iter().map(|s| &**s))?)?;
        d.set_item("written", array(py, &self.written, i32::to_ne_bytes, "int32")?)?;
        d.set_item("written_ids", PyList::new(py, self.written_ids.iter().map(|s| &**s))?)?;
        Ok(d)
    }
}

/// A document's raw finds: every span the matcher found, before resolution (which may
/// drop some), as code-point offsets. `caci.iter_tag` compares them where two windows
/// of a long document overlap, to check that the windows find what the whole text does.
pub(crate) fn spans(g: &Gazetteer, text: &str) -> Vec<(i64, i64)> {
    let mut chars = CharOffsets::new(text);
    // Finds do not overlap and come in order: starts and ends go forward together.
    g.scan_spans(text).into_iter().map(|(s, e)| (chars.to_char(s) as i64, chars.to_char(e) as i64)).collect()
}

/// The raw finds of many documents, as columns.
#[derive(Debug, Default)]
pub(crate) struct Spans {
    doc: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
}

impl Spans {
    /// Appends the finds of documents `first_row`, `first_row + 1`, ...
    pub(crate) fn push(&mut self, first_row: usize, docs: &[Vec<(i64, i64)>]) {
        for (i, found) in docs.iter().enumerate() {
            for &(s, e) in found {
                self.doc.push((first_row + i) as i64);
                self.start.push(s);
                self.end.push(e);
            }
        }
    }

    /// Adds `span_doc`, `span_start` and `span_end` (int64 numpy arrays) to `d`.
    pub(crate) fn add_to(&self, d: &Bound<'_, PyDict>) -> PyResult<()> {
        let py = d.py();
        d.set_item("span_doc", array(py, &self.doc, i64::to_ne_bytes, "int64")?)?;
        d.set_item("span_start", array(py, &self.start, i64::to_ne_bytes, "int64")?)?;
        d.set_item("span_end", array(py, &self.end, i64::to_ne_bytes, "int64")?)?;
        Ok(())
    }
}

/// `values` as a one-dimensional numpy array of `dtype` (a numpy dtype name whose item
/// size is `N`): native-endian bytes in a `bytearray`, wrapped by `numpy.frombuffer`
/// without a copy, so that Python receives typed columns and re-types nothing.
pub(crate) fn array<'py, T: Copy, const N: usize>(
    py: Python<'py>,
    values: &[T],
    to_bytes: fn(T) -> [u8; N],
    dtype: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let mut out = Vec::with_capacity(values.len() * N);
    for &v in values {
        out.extend_from_slice(&to_bytes(v));
    }
    let buffer = PyByteArray::new(py, &out);
    py.import("numpy")?.getattr("frombuffer")?.call1((buffer, dtype))
}
