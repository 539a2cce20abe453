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

use caci_core::CharOffsets;
use caci_core::{Gazetteer, Mention};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyDict, PyList};
use rayon::prelude::*;
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

/// The hash of a string's bytes: the key of a [`Dictionary`].
#[inline]
fn string_hash(s: &str) -> u64 {
    let mut h = SurfaceHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Distinct strings in the order first seen, one after another in one `String` (a
/// dictionary owns its strings without an allocation each), with the hash of each.
#[derive(Debug, Default)]
struct Strings {
    text: String,
    ends: Vec<usize>,
    hashes: Vec<u64>,
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

    fn push(&mut self, s: &str, hash: u64) -> i32 {
        self.text.push_str(s);
        self.ends.push(self.text.len());
        self.hashes.push(hash);
        (self.ends.len() - 1) as i32
    }

    /// Each string with its hash, in code order.
    fn iter(&self) -> impl Iterator<Item = (&str, u64)> {
        (0..self.len()).map(|c| (self.get(c), self.hashes[c]))
    }
}

/// Codes for strings (surfaces, written ids), in the order first seen.
#[derive(Debug, Default)]
struct Dictionary {
    strings: Strings,
    /// Codes by the hash of the string's bytes: the key owns nothing, so a look-up
    /// allocates nothing; the one string stored under a hash is compared.
    codes: HashMap<u64, Stored, Fast>,
    /// Strings whose hash another string had first (in practice none).
    collided: HashMap<Box<str>, i32, Fast>,
}

/// A string in a [`Dictionary`]: its code, and where its bytes are (so that a look-up
/// compares them without finding them first).
#[derive(Debug, Clone, Copy)]
struct Stored {
    code: i32,
    start: usize,
    end: usize,
}

impl Dictionary {
    /// The code of `s`, whose hash ([`string_hash`]) is `hash`; a new code if `s` is new.
    /// The look-up of a known string is inlined into the loop over the mentions.
    #[inline]
    fn code(&mut self, s: &str, hash: u64) -> i32 {
        match self.codes.get(&hash) {
            Some(st) if self.strings.text.as_bytes().get(st.start..st.end) == Some(s.as_bytes()) => st.code,
            _ => self.add(s, hash),
        }
    }

    /// The code of `s` when the look-up by hash did not find it: new, or under a hash
    /// another string has.
    #[inline(never)]
    fn add(&mut self, s: &str, hash: u64) -> i32 {
        let strings = &mut self.strings;
        match self.codes.entry(hash) {
            Entry::Vacant(e) => {
                let start = strings.text.len();
                let code = strings.push(s, hash);
                e.insert(Stored { code, start, end: strings.text.len() }).code
            }
            Entry::Occupied(_) => match self.collided.entry(s.into()) {
                Entry::Occupied(e) => *e.get(),
                Entry::Vacant(e) => *e.insert(strings.push(s, hash)),
            },
        }
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

impl Fragment {
    /// The bytes of its columns' values (not of its dictionaries' strings: one per
    /// distinct surface, few against the mentions).
    fn bytes(&self) -> usize {
        use std::mem::size_of_val as size;
        size(self.doc.as_slice())
            + size(self.start.as_slice())
            + size(self.end.as_slice())
            + size(self.entity.as_slice())
            + size(self.form.as_slice())
            + size(self.ambiguous.as_slice())
            + size(self.sentence.as_slice())
            + size(self.surface.as_slice())
            + size(self.written.as_slice())
            + size(self.span_doc.as_slice())
            + size(self.span_start.as_slice())
            + size(self.span_end.as_slice())
    }
}

/// Makes a [`Fragment`], a document at a time.
#[derive(Debug)]
pub(crate) struct FragmentBuilder {
    out: Fragment,
    surfaces: Dictionary,
    written_ids: Dictionary,
    sentences: bool,
    spans: bool,
}

impl FragmentBuilder {
    /// With `sentences`, each mention's sentence index (else -1); with `spans`, every raw
    /// find of the matcher too.
    pub(crate) fn new(sentences: bool, spans: bool) -> Self {
        FragmentBuilder {
            out: Fragment::default(),
            surfaces: Dictionary::default(),
            written_ids: Dictionary::default(),
            sentences,
            spans,
        }
    }

    /// Adds the mentions `found` of document `row`, whose text is `text`, with code-point
    /// offsets; returns the bytes of the values added.
    pub(crate) fn add(&mut self, g: &Gazetteer, row: usize, text: &str, found: &[Mention<'_>]) -> usize {
        let before = self.out.bytes();
        // Column by column, each from an iterator of known length: one capacity check per
        // column, not one per value.
        let n = found.len();
        let o = &mut self.out;
        o.doc.resize(o.doc.len() + n, row as i64);
        let first = o.start.len();
        let mut chars = CharOffsets::new(text);
        o.start.extend(found.iter().map(|m| chars.to_char(m.start) as i64));
        // The end from the start: the surface's length in code points (its bytes when
        // ASCII, as nearly all are), so that the offsets are read forward once.
        let starts = &o.start[first..];
        o.end.extend(found.iter().zip(starts).map(|(m, &s)| s + code_points(m.surface) as i64));
        o.entity.extend(found.iter().map(|m| g.entity_index(m.entity).map_or(-1, |i| i as i32)));
        o.form.extend(found.iter().map(|m| crate::mention::form_code(m.form())));
        o.ambiguous.extend(found.iter().map(|m| u8::from(m.ambiguous)));
        if self.sentences {
            // The relations' sentences (`caci_core::relations::sentences`): a mention's is
            // the last that starts at or before it (mentions come in order of start).
            let ranges = caci_core::relations::sentences(text);
            let mut k = 0;
            o.sentence.extend(found.iter().map(|m| {
                while ranges.get(k + 1).is_some_and(|r| r.start <= m.start) {
                    k += 1;
                }
                k as i32
            }));
        } else {
            o.sentence.resize(o.sentence.len() + n, -1);
        }
        let surfaces = &mut self.surfaces;
        o.surface.extend(found.iter().map(|m| surfaces.code(m.surface, string_hash(m.surface))));
        let written_ids = &mut self.written_ids;
        o.written.extend(found.iter().map(|m| match m.variant().and_then(|_| m.variant_id()) {
            None => -1,
            Some(id) => written_ids.code(&id, string_hash(&id)),
        }));
        if self.spans {
            let mut chars = CharOffsets::new(text);
            // Finds do not overlap and come in order: starts and ends go forward together.
            for (s, e) in g.scan_spans(text) {
                o.span_doc.push(row as i64);
                o.span_start.push(chars.to_char(s) as i64);
                o.span_end.push(chars.to_char(e) as i64);
            }
        }
        self.out.bytes() - before
    }

    /// The fragment, with its dictionaries' strings (their indexes are dropped here, by
    /// the worker).
    pub(crate) fn finish(self) -> Fragment {
        Fragment { surfaces: self.surfaces.strings, written_ids: self.written_ids.strings, ..self.out }
    }
}

/// The length of `s` in code points.
#[inline]
fn code_points(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The columns of a call: fragments in document order, their codes recoded to the
/// call's dictionaries, copied into arrays at the end.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    parts: Vec<Fragment>,
    surfaces: Dictionary,
    written_ids: Dictionary,
}

/// `codes` (a fragment's) recoded from the fragment's strings `local` to their codes in
/// the call's dictionary `global` (strings new to it are added in the order first seen,
/// as the fragments come in document order): a look-up per distinct string, by the hash
/// the worker computed, and an array read per code.
fn recode(codes: &mut [i32], local: &Strings, global: &mut Dictionary) {
    if local.len() == 0 {
        return;
    }
    let map: Vec<i32> = local.iter().map(|(s, hash)| global.code(s, hash)).collect();
    for c in codes {
        // -1 (no written id) stays -1; every other code is the fragment's.
        if let Some(&g) = usize::try_from(*c).ok().and_then(|i| map.get(i)) {
            *c = g;
        }
    }
}

impl Columns {
    /// Appends a fragment (the next documents in order).
    pub(crate) fn add(&mut self, mut f: Fragment) {
        recode(&mut f.surface, &f.surfaces, &mut self.surfaces);
        recode(&mut f.written, &f.written_ids, &mut self.written_ids);
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
    ///
    /// Each array wraps a `bytearray` (by `numpy.frombuffer`, without a copy) of the
    /// values' native-endian bytes. The fragments are copied into them on `threads`
    /// threads without the GIL: the copy, and the page faults of the fresh memory, would
    /// otherwise be most of what the calling thread does.
    pub(crate) fn into_py(self, py: Python<'_>, spans: bool, threads: usize) -> PyResult<Bound<'_, PyDict>> {
        let p = &self.parts;
        let mut columns = vec![
            ("doc", "int64", pieces(p, |f| &f.doc)),
            ("start", "int64", pieces(p, |f| &f.start)),
            ("end", "int64", pieces(p, |f| &f.end)),
            ("entity", "int32", pieces(p, |f| &f.entity)),
            ("form", "int8", pieces(p, |f| &f.form)),
            ("ambiguous", "bool", pieces(p, |f| &f.ambiguous)),
            ("sentence", "int32", pieces(p, |f| &f.sentence)),
            ("surface", "int32", pieces(p, |f| &f.surface)),
            ("written", "int32", pieces(p, |f| &f.written)),
        ];
        if spans {
            columns.push(("span_doc", "int64", pieces(p, |f| &f.span_doc)));
            columns.push(("span_start", "int64", pieces(p, |f| &f.span_start)));
            columns.push(("span_end", "int64", pieces(p, |f| &f.span_end)));
        }
        let mut buffers = Vec::with_capacity(columns.len());
        let mut copies = Vec::new();
        for (name, dtype, from) in columns {
            let buffer = uninit_bytearray(py, from.iter().map(|&(_, len)| len).sum())?;
            let mut to = buffer.data() as usize;
            for (at, len) in from {
                copies.push(ByteCopy { from: at, to, len });
                to += len;
            }
            buffers.push((name, dtype, buffer));
        }
        py.detach(|| copy_all(&copies, threads));
        let frombuffer = py.import("numpy")?.getattr("frombuffer")?;
        let d = PyDict::new(py);
        for (name, dtype, buffer) in buffers {
            d.set_item(name, frombuffer.call1((buffer, dtype))?)?;
        }
        d.set_item("surfaces", PyList::new(py, self.surfaces.strings.iter().map(|(s, _)| s))?)?;
        d.set_item("written_ids", PyList::new(py, self.written_ids.strings.iter().map(|(s, _)| s))?)?;
        Ok(d)
    }
}

/// The integer types of the columns: no padding, so a slice of them is its values'
/// native-endian bytes one after another (what `numpy.frombuffer` reads).
trait Plain: Copy {}
impl Plain for i64 {}
impl Plain for i32 {}
impl Plain for i8 {}
impl Plain for u8 {}

/// One column of the fragments (`column` picks it), as the address and byte length of
/// each fragment's values.
fn pieces<T: Plain>(parts: &[Fragment], column: fn(&Fragment) -> &Vec<T>) -> Vec<(usize, usize)> {
    parts.iter().map(|f| (column(f).as_ptr() as usize, std::mem::size_of_val(column(f).as_slice()))).collect()
}

/// `len` bytes to copy from address `from` (a fragment's column) to address `to` (its
/// place in a new `bytearray`). Addresses as numbers, so that the copies can be handed
/// to the pool.
#[derive(Debug, Clone, Copy)]
struct ByteCopy {
    from: usize,
    to: usize,
    len: usize,
}

/// Makes the copies, on `threads` threads.
fn copy_all(copies: &[ByteCopy], threads: usize) {
    let one = |c: &ByteCopy| {
        #[allow(unsafe_code)]
        // SAFETY: `from` is a live fragment column of `len` bytes (`Columns::into_py`
        // holds the fragments until the copies are done); `to..to + len` lies in a
        // `bytearray` just made by `uninit_bytearray`, referenced only by `into_py`,
        // which hands it to Python after the copies: the copies' destinations are
        // disjoint (consecutive ranges of each buffer, which is exactly as long as its
        // column's fragments together) and no one else reads or writes them meanwhile.
        unsafe {
            std::ptr::copy_nonoverlapping(c.from as *const u8, c.to as *mut u8, c.len);
        }
    };
    let parallel = threads > 1
        && copies.len() > 1
        && caci_core::install(threads, || copies.par_iter().with_max_len(1).for_each(one)).is_ok();
    if !parallel {
        // One thread, or no pool could be started (`install` then ran nothing).
        copies.iter().for_each(one);
    }
}

/// A new `bytearray` of `len` bytes, not initialized: the caller writes every byte before
/// anything reads it. (`PyByteArray::new_with` would first write zeros over it all.)
fn uninit_bytearray(py: Python<'_>, len: usize) -> PyResult<Bound<'_, PyByteArray>> {
    let n = isize::try_from(len).map_err(|_| pyo3::exceptions::PyOverflowError::new_err("result too large"))?;
    #[allow(unsafe_code)]
    // SAFETY: the GIL is held; with a null source CPython allocates `n` bytes without
    // writing them, and returns a new reference, or null with an exception set.
    let buffer =
        unsafe { Bound::from_owned_ptr_or_err(py, pyo3::ffi::PyByteArray_FromStringAndSize(std::ptr::null(), n))? };
    buffer.cast_into::<PyByteArray>().map_err(PyErr::from)
}

/// `values` as a one-dimensional numpy array of `dtype` (a numpy dtype name whose item
/// size is `N`), as the columns are: native-endian bytes in a `bytearray`, wrapped by
/// `numpy.frombuffer` without a copy.
pub(crate) fn array<'py, T: Copy, const N: usize>(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dictionary_gives_one_code_per_string_even_when_hashes_collide() {
        let mut d = Dictionary::default();
        assert_eq!(d.code("Baku", 7), 0);
        assert_eq!(d.code("Aliyev", string_hash("Aliyev")), 1);
        // Another string under the same hash: a code of its own, found again.
        assert_eq!(d.code("Putin", 7), 2);
        assert_eq!(d.code("Baku", 7), 0);
        assert_eq!(d.code("Putin", 7), 2);
        let listed: Vec<(&str, u64)> = d.strings.iter().collect();
        assert_eq!(listed, [("Baku", 7), ("Aliyev", string_hash("Aliyev")), ("Putin", 7)]);
    }

    #[test]
    fn recoding_keeps_the_call_order_of_first_sight_and_leaves_no_code_alone() {
        let mut global = Dictionary::default();
        let mut first = Dictionary::default();
        let mut codes = vec![first.code("Ürümqi", string_hash("Ürümqi")), -1, first.code("Baku", string_hash("Baku"))];
        recode(&mut codes, &first.strings, &mut global);
        assert_eq!(codes, [0, -1, 1]);
        let mut second = Dictionary::default();
        let mut codes = vec![second.code("Baku", string_hash("Baku")), second.code("TB2s", string_hash("TB2s"))];
        recode(&mut codes, &second.strings, &mut global);
        assert_eq!(codes, [1, 2]);
        let names: Vec<&str> = global.strings.iter().map(|(s, _)| s).collect();
        assert_eq!(names, ["Ürümqi", "Baku", "TB2s"]);
    }
}
