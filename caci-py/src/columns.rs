//! Mentions as columns: one contiguous array per field, for `caci.tag`, so that a
//! DataFrame is built without a Python object per mention.
//!
//! Integer columns go to Python as typed numpy arrays (each wraps a `bytearray` of
//! native-endian values without copying it); surfaces are dictionary-encoded (a code per
//! mention and the list of distinct surfaces); entities are indices into the gazetteer's
//! entity table.
//!
//! The work per mention is done by the threads that find the mentions, without the GIL:
//! each turns a run of consecutive documents into a [`Fragment`] (typed columns, its own
//! surface dictionary). The calling thread, which also extracts the texts and waits for
//! the GIL between chunks, only recodes each fragment's surfaces (a look-up per distinct
//! surface and an array read per mention) and, at the end, copies the fragments into
//! the arrays: on several threads its share is what bounds the scaling.

use crate::sentences::Sentences;
use caci_core::CharOffsets;
use caci_core::{Gazetteer, Mention};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyDict, PyList};
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash (as in rustc's `FxHasher`) for the surface dictionaries: every
/// mention looks its surface up, and the default SipHash cost as much as the rest of
/// the row. The keys are spans the automaton matched, a bounded set of spellings of the
/// gazetteer's names: nothing an input can multiply to flood the table.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct SurfaceHasher(u64);

impl SurfaceHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for SurfaceHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut a = [0; 8];
            a.copy_from_slice(w);
            self.add(u64::from_le_bytes(a));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut a = [0; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(a));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type Fast = BuildHasherDefault<SurfaceHasher>;

/// The hash of a surface's bytes: the key of a fragment's dictionary.
#[inline]
fn surface_hash(s: &str) -> u64 {
    let mut h = SurfaceHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Distinct strings in the order first seen, one after another in one `String`: a
/// fragment's dictionary owns its surfaces without an allocation each.
#[derive(Debug, Default)]
struct Strings {
    text: String,
    ends: Vec<usize>,
}

impl Strings {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, code: usize) -> &str {
        let start = if code == 0 { 0 } else { self.ends[code - 1] };
        // The bounds were those of a `str` pushed whole: always character boundaries.
        self.text.get(start..self.ends[code]).unwrap_or_default()
    }

    fn push(&mut self, s: &str) -> i32 {
        self.text.push_str(s);
        self.ends.push(self.text.len());
        (self.ends.len() - 1) as i32
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|c| self.get(c))
    }
}

/// The columns of a run of consecutive documents, made by one worker without the GIL.
/// `surface` and `written` hold the fragment's own codes until [`Columns::add`] recodes
/// them to the call's.
#[derive(Debug, Default)]
pub(crate) struct Fragment {
    doc: Vec<i64>,
    start: Vec<i64>,
    end: Vec<i64>,
    entity: Vec<i32>,
    form: Vec<i8>,
    ambiguous: Vec<u8>,
    sentence: Vec<i32>,
    surface: Vec<i32>,
    surfaces: Strings,
    /// Codes into `written_ids` for grown designations (`mi-17v-5m`), -1 for every other
    /// mention (`entity` is then the known designation).
    written: Vec<i32>,
    written_ids: Strings,
    span_doc: Vec<i64>,
    span_start: Vec<i64>,
    span_end: Vec<i64>,
}

/// Makes a [`Fragment`], a document at a time.
#[derive(Debug)]
pub(crate) struct FragmentBuilder {
    out: Fragment,
    /// Surface codes by the hash of the surface's bytes: the key owns nothing, so a
    /// look-up allocates nothing; the one surface stored under a hash is compared.
    codes: HashMap<u64, i32, Fast>,
    /// Surfaces whose hash another surface had first (in practice none).
    collided: HashMap<Box<str>, i32, Fast>,
    written_codes: HashMap<Box<str>, i32, Fast>,
    sentences: bool,
    spans: bool,
}

impl FragmentBuilder {
    /// With `sentences`, each mention's sentence index (else -1); with `spans`, every raw
    /// find of the matcher too.
    pub(crate) fn new(sentences: bool, spans: bool) -> Self {
        FragmentBuilder {
            out: Fragment::default(),
            codes: HashMap::default(),
            collided: HashMap::default(),
            written_codes: HashMap::default(),
            sentences,
            spans,
        }
    }

    /// Adds the mentions `found` of document `row`, whose text is `text`, with code-point
    /// offsets.
    pub(crate) fn add(&mut self, g: &Gazetteer, row: usize, text: &str, found: &[Mention<'_>]) {
        let n = found.len();
        let o = &mut self.out;
        o.doc.resize(o.doc.len() + n, row as i64);
        o.start.reserve(n);
        o.end.reserve(n);
        o.entity.reserve(n);
        o.form.reserve(n);
        o.ambiguous.reserve(n);
        o.sentence.reserve(n);
        o.surface.reserve(n);
        o.written.reserve(n);
        let mut chars = CharOffsets::new(text);
        let mut sent = self.sentences.then(|| Sentences::new(text));
        for m in found {
            let o = &mut self.out;
            o.start.push(chars.to_char(m.start) as i64);
            o.end.push(chars.to_char(m.end) as i64);
            o.entity.push(g.entity_index(m.entity).map_or(-1, |i| i as i32));
            o.form.push(crate::mention::form_code(m.form()));
            o.ambiguous.push(u8::from(m.ambiguous));
            o.sentence.push(sent.as_mut().map_or(-1, |s| s.index_at(m.start) as i32));
            let code = self.surface_code(m.surface, surface_hash(m.surface));
            self.out.surface.push(code);
            let written = match m.variant().and_then(|_| m.variant_id()) {
                None => -1,
                Some(id) => match self.written_codes.entry(id.into_boxed_str()) {
                    Entry::Occupied(e) => *e.get(),
                    Entry::Vacant(e) => {
                        let c = self.out.written_ids.push(e.key());
                        *e.insert(c)
                    }
                },
            };
            self.out.written.push(written);
        }
        if self.spans {
            let mut chars = CharOffsets::new(text);
            // Finds do not overlap and come in order: starts and ends go forward together.
            for (s, e) in g.scan_spans(text) {
                self.out.span_doc.push(row as i64);
                self.out.span_start.push(chars.to_char(s) as i64);
                self.out.span_end.push(chars.to_char(e) as i64);
            }
        }
    }

    /// The fragment's code for `surface`, whose hash is `hash`.
    fn surface_code(&mut self, surface: &str, hash: u64) -> i32 {
        match self.codes.entry(hash) {
            Entry::Vacant(e) => *e.insert(self.out.surfaces.push(surface)),
            Entry::Occupied(e) if self.out.surfaces.get(*e.get() as usize) == surface => *e.get(),
            Entry::Occupied(_) => match self.collided.entry(surface.into()) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => *e.insert(self.out.surfaces.push(surface)),
            },
        }
    }

    pub(crate) fn finish(self) -> Fragment {
        self.out
    }
}

/// The columns of a call: fragments in document order, their codes recoded to the
/// call's dictionaries, copied into arrays at the end.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    parts: Vec<Fragment>,
    surfaces: Strings,
    surface_codes: HashMap<Box<str>, i32, Fast>,
    written_ids: Strings,
    written_codes: HashMap<Box<str>, i32, Fast>,
}

/// `codes` (a fragment's) recoded through its dictionary `local` into the call's
/// dictionary `strings`, which `index` indexes; new strings are added in the order first
/// seen, as the fragments come in document order.
fn recode(codes: &mut [i32], local: &Strings, strings: &mut Strings, index: &mut HashMap<Box<str>, i32, Fast>) {
    if local.len() == 0 {
        return;
    }
    let map: Vec<i32> = local
        .iter()
        .map(|s| match index.get(s) {
            Some(&c) => c,
            None => {
                let c = strings.push(s);
                index.insert(s.into(), c);
                c
            }
        })
        .collect();
    for c in codes {
        // -1 (no written id) stays -1; every other code is the fragment's.
        if let Some(&global) = usize::try_from(*c).ok().and_then(|i| map.get(i)) {
            *c = global;
        }
    }
}

impl Columns {
    /// Appends a fragment (the next documents in order).
    pub(crate) fn add(&mut self, mut f: Fragment) {
        recode(&mut f.surface, &f.surfaces, &mut self.surfaces, &mut self.surface_codes);
        recode(&mut f.written, &f.written_ids, &mut self.written_ids, &mut self.written_codes);
        // The fragment's dictionaries are no longer needed: free them now, not at the end.
        f.surfaces = Strings::default();
        f.written_ids = Strings::default();
        self.parts.push(f);
    }

    /// The columns as a dict of numpy arrays: `doc`, `start`, `end` (int64), `entity`
    /// (int32), `form` (int8), `ambiguous` (bool), `sentence` (int32, -1 when not asked),
    /// `surface` (int32 codes), and the list `surfaces`; `written` (int32 codes into the
    /// list `written_ids`, -1 for none): the id as written of a grown designation. With
    /// `spans`, also `span_doc`, `span_start` and `span_end` (int64): the raw finds.
    pub(crate) fn into_py(self, py: Python<'_>, spans: bool) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        let p = &self.parts;
        d.set_item("doc", array(py, p, |f| &f.doc, i64::to_ne_bytes, "int64")?)?;
        d.set_item("start", array(py, p, |f| &f.start, i64::to_ne_bytes, "int64")?)?;
        d.set_item("end", array(py, p, |f| &f.end, i64::to_ne_bytes, "int64")?)?;
        d.set_item("entity", array(py, p, |f| &f.entity, i32::to_ne_bytes, "int32")?)?;
        d.set_item("form", array(py, p, |f| &f.form, i8::to_ne_bytes, "int8")?)?;
        d.set_item("ambiguous", array(py, p, |f| &f.ambiguous, u8::to_ne_bytes, "bool")?)?;
        d.set_item("sentence", array(py, p, |f| &f.sentence, i32::to_ne_bytes, "int32")?)?;
        d.set_item("surface", array(py, p, |f| &f.surface, i32::to_ne_bytes, "int32")?)?;
        d.set_item("surfaces", PyList::new(py, self.surfaces.iter())?)?;
        d.set_item("written", array(py, p, |f| &f.written, i32::to_ne_bytes, "int32")?)?;
        d.set_item("written_ids", PyList::new(py, self.written_ids.iter())?)?;
        if spans {
            d.set_item("span_doc", array(py, p, |f| &f.span_doc, i64::to_ne_bytes, "int64")?)?;
            d.set_item("span_start", array(py, p, |f| &f.span_start, i64::to_ne_bytes, "int64")?)?;
            d.set_item("span_end", array(py, p, |f| &f.span_end, i64::to_ne_bytes, "int64")?)?;
        }
        Ok(d)
    }
}

/// One column of the fragments `parts` (`column` picks it) as a one-dimensional numpy
/// array of `dtype` (a numpy dtype name whose item size is `N`): native-endian bytes in a
/// `bytearray`, written in place and wrapped by `numpy.frombuffer` without a copy, so
/// that Python receives typed columns and re-types nothing.
fn array<'py, T: Copy, const N: usize>(
    py: Python<'py>,
    parts: &[Fragment],
    column: fn(&Fragment) -> &Vec<T>,
    to_bytes: fn(T) -> [u8; N],
    dtype: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let len: usize = parts.iter().map(|f| column(f).len()).sum();
    let buffer = PyByteArray::new_with(py, len * N, |out| {
        let mut slots = out.chunks_exact_mut(N);
        for f in parts {
            // The column first: `zip` stops on it without taking a slot too many.
            for (&v, slot) in column(f).iter().zip(&mut slots) {
                slot.copy_from_slice(&to_bytes(v));
            }
        }
        Ok(())
    })?;
    py.import("numpy")?.getattr("frombuffer")?.call1((buffer, dtype))
}

/// `values` as a numpy array of `dtype`, as the columns are (see [`array`]).
pub(crate) fn array_of<'py, T: Copy, const N: usize>(
    py: Python<'py>,
    values: &[T],
    to_bytes: fn(T) -> [u8; N],
    dtype: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let buffer = PyByteArray::new_with(py, values.len() * N, |out| {
        for (slot, &v) in out.chunks_exact_mut(N).zip(values) {
            slot.copy_from_slice(&to_bytes(v));
        }
        Ok(())
    })?;
    py.import("numpy")?.getattr("frombuffer")?.call1((buffer, dtype))
}
