//! `caci.Mention`: one mention, with Python `str` offsets, frozen.

use crate::fast_new::Maker;
use caci_core::{Entity, Form, Kind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use std::fmt::{Display, Write};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// What a mention says about its entity, shared by all mentions of that entity: the
/// Python strings are made once per gazetteer, not once per mention.
#[derive(Debug)]
pub(crate) struct EntityInfo {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    pub family: Option<String>,
    pub py_id: Py<PyString>,
    pub py_name: Py<PyString>,
    pub py_kind: Py<PyString>,
    pub py_family: Option<Py<PyString>>,
}

impl EntityInfo {
    pub(crate) fn new(py: Python<'_>, id: &str, name: &str, kind: Kind, family: Option<&str>) -> Self {
        EntityInfo {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            family: family.map(str::to_string),
            py_id: PyString::new(py, id).unbind(),
            py_name: PyString::new(py, name).unbind(),
            py_kind: PyString::intern(py, kind.as_str()).unbind(),
            py_family: family.map(|f| PyString::new(py, f).unbind()),
        }
    }

    pub(crate) fn of(py: Python<'_>, e: &Entity) -> Self {
        EntityInfo::new(py, &e.id, &e.name, e.kind, e.family())
    }

    fn same(&self, other: &EntityInfo) -> bool {
        (&self.id, &self.name, self.kind, &self.family) == (&other.id, &other.name, other.kind, &other.family)
    }
}

/// What a mention says besides its span, entity and office, in one byte: how the text
/// names the entity, whether the choice is `ambiguous`, whether a `former` title stood before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marks(u8);

impl Marks {
    const AMBIGUOUS: u8 = 1 << 2;
    const FORMER: u8 = 1 << 3;

    pub(crate) fn new(form: Form, ambiguous: bool, former: bool) -> Self {
        let form = match form {
            Form::Name => 0,
            Form::Demonym => 1,
            Form::Capital => 2,
        };
        Marks(form | if ambiguous { Marks::AMBIGUOUS } else { 0 } | if former { Marks::FORMER } else { 0 })
    }

    pub(crate) fn form(self) -> Form {
        match self.0 & 3 {
            1 => Form::Demonym,
            2 => Form::Capital,
            _ => Form::Name,
        }
    }

    pub(crate) fn ambiguous(self) -> bool {
        self.0 & Marks::AMBIGUOUS != 0
    }

    pub(crate) fn former(self) -> bool {
        self.0 & Marks::FORMER != 0
    }
}

/// A mention's surface, with its [`Marks`], in 16 bytes: inline when short (13 bytes or
/// fewer, as nearly all of real prose's are), so that making a mention allocates nothing
/// but the Python object; up to 32 bytes in one small block; else (or when the mention
/// has an office, or offsets past `u32::MAX`) in a [`Rare`] block. The marks fill a byte
/// the enum's layout leaves free: with them, and the offsets as `u32` beside them, a
/// `Mention` is 64 bytes (`sys.getsizeof`, with the collector's header), not 80.
#[derive(Debug, Clone)]
pub(crate) enum Surface {
    Inline { marks: Marks, len: u8, bytes: [u8; Surface::INLINE] },
    Block { marks: Marks, len: u8, bytes: Box<[u8; Surface::BLOCK]> },
    Rare { marks: Marks, rare: Box<Rare> },
}

const _: () = assert!(std::mem::size_of::<Surface>() == 16);

/// What few mentions carry, kept out of the object: a surface over 32 bytes, an office,
/// offsets that do not fit a `u32` (a text of more than 4 Gi characters).
#[derive(Debug, Clone)]
pub(crate) struct Rare {
    start: usize,
    end: usize,
    /// The surface, then the office if any: one allocation for both.
    text: Box<str>,
    /// Where the surface ends in `text`; the office (if any) follows.
    surface_len: usize,
    has_office: bool,
}

impl Surface {
    const INLINE: usize = 13;
    const BLOCK: usize = 32;

    /// The surface inline or in a block, if it is 32 bytes or shorter.
    fn short(s: &str, marks: Marks) -> Option<Self> {
        let len = s.len() as u8;
        if s.len() <= Surface::INLINE {
            let mut bytes = [0; Surface::INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Some(Surface::Inline { marks, len, bytes })
        } else if s.len() <= Surface::BLOCK {
            let mut bytes = Box::new([0; Surface::BLOCK]);
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Some(Surface::Block { marks, len, bytes })
        } else {
            None
        }
    }

    fn rare(s: &str, marks: Marks, start: usize, end: usize, office: Option<&dyn Display>) -> Self {
        let mut text = String::from(s);
        if let Some(o) = office {
            // Writing to a `String` cannot fail.
            let _ = write!(text, "{o}");
        }
        let rare = Rare { start, end, text: text.into_boxed_str(), surface_len: s.len(), has_office: office.is_some() };
        Surface::Rare { marks, rare: Box::new(rare) }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only `short` writes the bytes, from a `str`: they are valid UTF-8.
        match self {
            Surface::Inline { len, bytes, .. } => std::str::from_utf8(&bytes[..*len as usize]).unwrap_or_default(),
            Surface::Block { len, bytes, .. } => std::str::from_utf8(&bytes[..*len as usize]).unwrap_or_default(),
            Surface::Rare { rare, .. } => rare.text.get(..rare.surface_len).unwrap_or_default(),
        }
    }

    pub(crate) fn marks(&self) -> Marks {
        match self {
            Surface::Inline { marks, .. } | Surface::Block { marks, .. } | Surface::Rare { marks, .. } => *marks,
        }
    }
}

/// The forms, in the order of their codes in columnar results.
pub(crate) const FORMS: [Form; 3] = [Form::Name, Form::Demonym, Form::Capital];

pub(crate) fn form_code(f: Form) -> i8 {
    FORMS.iter().position(|&x| x == f).map_or(-1, |i| i as i8)
}

pub(crate) fn kind_code(k: Kind) -> i8 {
    Kind::ALL.iter().position(|&x| x == k).map_or(-1, |i| i as i8)
}

fn parse_form(s: &str) -> PyResult<Form> {
    FORMS
        .into_iter()
        .find(|f| f.as_str() == s)
        .ok_or_else(|| PyValueError::new_err(format!("unknown form `{s}` (known: name, demonym, capital)")))
}

/// One mention of an entity in a text.
///
/// `start` and `end` index the Python `str` (code points): `text[m.start:m.end] == m.surface`.
#[pyclass(frozen, eq, hash, module = "caci", name = "Mention")]
pub struct PyMention {
    /// The offsets when they fit a `u32` and the surface is not [`Surface::Rare`] (which
    /// then holds them): 8 bytes rather than 16 keep the object in a smaller size class
    /// of Python's allocator.
    start: u32,
    end: u32,
    /// The surface, and the form, `ambiguous` and `former`; the office, if any.
    surface: Surface,
    pub(crate) entity: Arc<EntityInfo>,
}

const _: () = assert!(std::mem::size_of::<PyMention>() == 32);

#[pymethods]
impl PyMention {
    #[new]
    #[pyo3(signature = (start, end, surface, kind, id, name, form = "name", family = None, ambiguous = false, office = None, former = false))]
    #[allow(clippy::too_many_arguments)]
    fn py_new(
        py: Python<'_>,
        start: usize,
        end: usize,
        surface: &str,
        kind: &str,
        id: &str,
        name: &str,
        form: &str,
        family: Option<&str>,
        ambiguous: bool,
        office: Option<&str>,
        former: bool,
    ) -> PyResult<Self> {
        let kind: Kind = kind.parse().map_err(|e: caci_core::Error| PyValueError::new_err(e.to_string()))?;
        if end < start {
            return Err(PyValueError::new_err(format!("end {end} is before start {start}")));
        }
        let marks = Marks::new(parse_form(form)?, ambiguous, former);
        let entity = Arc::new(EntityInfo::new(py, id, name, kind, family));
        Ok(PyMention::new(start, end, surface, marks, entity, office.as_ref().map(|o| o as &dyn Display)))
    }

    /// Offset of the first character, in code points (a Python `str` index).
    #[getter]
    fn start(&self) -> usize {
        self.span().0
    }

    /// Offset one past the last character, in code points.
    #[getter]
    fn end(&self) -> usize {
        self.span().1
    }

    /// The text of the span as written: `text[start:end]`.
    #[getter]
    fn surface<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        PyString::new(py, self.surface.as_str())
    }

    /// `"country"`, `"leader"`, `"weapon"`, `"organization"` or `"region"`.
    #[getter]
    fn kind(&self, py: Python<'_>) -> Py<PyString> {
        self.entity.py_kind.clone_ref(py)
    }

    /// The entity's id (`"UZB"`, `"ilham-aliyev"`, `"j-10c"`).
    #[getter]
    fn id(&self, py: Python<'_>) -> Py<PyString> {
        self.entity.py_id.clone_ref(py)
    }

    /// The entity's display name.
    #[getter]
    fn name(&self, py: Python<'_>) -> Py<PyString> {
        self.entity.py_name.clone_ref(py)
    }

    /// How the text names the entity: `"name"`, `"demonym"` or `"capital"`.
    #[getter]
    fn form<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        PyString::intern(py, self.surface.marks().form().as_str())
    }

    /// The weapon family id, for weapons; else `None`.
    #[getter]
    fn family(&self, py: Python<'_>) -> Option<Py<PyString>> {
        self.entity.py_family.as_ref().map(|f| f.clone_ref(py))
    }

    /// Whether the span could name several entities and the choice is not certain.
    #[getter]
    fn ambiguous(&self) -> bool {
        self.surface.marks().ambiguous()
    }

    /// For leaders: the office held at the document's date, as `"Title@ID START..END"`,
    /// when the call had a date and the gazetteer knows it; else `None`.
    #[getter]
    fn office(&self) -> Option<&str> {
        self.office_str()
    }

    /// For leaders: whether a `former` (or `ex-`, `late`) title stood before the name.
    #[getter]
    fn former(&self) -> bool {
        self.surface.marks().former()
    }

    /// The mention as a plain dict.
    fn as_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start())?;
        d.set_item("end", self.end())?;
        d.set_item("surface", self.surface(py))?;
        d.set_item("kind", self.kind(py))?;
        d.set_item("id", self.id(py))?;
        d.set_item("name", self.name(py))?;
        d.set_item("form", self.form(py))?;
        d.set_item("family", self.family(py))?;
        d.set_item("ambiguous", self.ambiguous())?;
        d.set_item("office", self.office_str())?;
        d.set_item("former", self.former())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let r = |s: &str| -> PyResult<String> { Ok(PyString::new(py, s).repr()?.to_cow()?.into_owned()) };
        let mut out = format!(
            "Mention(start={}, end={}, surface={}, kind={}, id={}, name={}, form={}",
            self.start(),
            self.end(),
            r(self.surface.as_str())?,
            r(self.entity.kind.as_str())?,
            r(&self.entity.id)?,
            r(&self.entity.name)?,
            r(self.surface.marks().form().as_str())?,
        );
        if let Some(f) = &self.entity.family {
            out.push_str(&format!(", family={}", r(f)?));
        }
        if self.ambiguous() {
            out.push_str(", ambiguous=True");
        }
        if let Some(o) = self.office_str() {
            out.push_str(&format!(", office={}", r(o)?));
        }
        if self.former() {
            out.push_str(", former=True");
        }
        out.push(')');
        Ok(out)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let m = slf.get();
        let args = (
            m.start(),
            m.end(),
            m.surface(py),
            m.kind(py),
            m.id(py),
            m.name(py),
            m.form(py),
            m.family(py),
            m.ambiguous(),
            m.office_str(),
            m.former(),
        );
        (slf.get_type(), args).into_pyobject(py)
    }
}

impl PyMention {
    /// A mention of `entity` at `start..end` (code points), with its office if any.
    pub(crate) fn new(
        start: usize,
        end: usize,
        surface: &str,
        marks: Marks,
        entity: Arc<EntityInfo>,
        office: Option<&dyn Display>,
    ) -> Self {
        if let (Ok(s), Ok(e), None) = (u32::try_from(start), u32::try_from(end), office) {
            if let Some(short) = Surface::short(surface, marks) {
                return PyMention { start: s, end: e, surface: short, entity };
            }
        }
        PyMention { start: 0, end: 0, surface: Surface::rare(surface, marks, start, end, office), entity }
    }

    /// `start` and `end`.
    fn span(&self) -> (usize, usize) {
        match &self.surface {
            Surface::Rare { rare, .. } => (rare.start, rare.end),
            _ => (self.start as usize, self.end as usize),
        }
    }

    fn office_str(&self) -> Option<&str> {
        match &self.surface {
            Surface::Rare { rare, .. } if rare.has_office => rare.text.get(rare.surface_len..),
            _ => None,
        }
    }

    /// A Python list of new `Mention`s, which are left out of the cyclic garbage collector.
    ///
    /// A mention refers to no Python object but strings, so it can never be part of a
    /// reference cycle; yet PyO3 makes every class collectable. Batches make hundreds of
    /// thousands of mentions, and each collection would walk them all: the collector
    /// took a third of `find_many`'s time before this.
    pub(crate) fn list(py: Python<'_>, mentions: Vec<PyMention>) -> PyResult<Bound<'_, PyList>> {
        let n = mentions.len();
        // Made at its length and filled in place: no vector of objects in between.
        #[allow(unsafe_code)]
        // SAFETY: the GIL is held; `PyList_New` returns a new reference or null (an error set).
        let list: Bound<'_, PyList> = unsafe {
            Bound::from_owned_ptr_or_err(py, pyo3::ffi::PyList_New(n as pyo3::ffi::Py_ssize_t))?.cast_into_unchecked()
        };
        let Some(first) = mentions.first() else { return Ok(list) };
        let maker = Maker::new(py, || {
            PyMention::new(0, 0, "", Marks::new(Form::Name, false, false), Arc::clone(&first.entity), None)
        })?;
        for (i, m) in mentions.into_iter().enumerate() {
            let obj = maker.make(m)?;
            #[allow(unsafe_code)]
            // SAFETY: the GIL is held; `list` is a new list of length `n` not yet shared,
            // `i < n`, and `PyList_SetItem` steals the reference `into_ptr` gives up. A
            // list left with empty slots by an error above is only deallocated, which
            // allows them.
            unsafe {
                pyo3::ffi::PyList_SetItem(list.as_ptr(), i as pyo3::ffi::Py_ssize_t, obj.into_ptr());
            }
        }
        Ok(list)
    }
}

/// Pauses the cyclic garbage collector while a batch of results becomes Python objects.
///
/// Tens of thousands of new lists trigger collection after collection, each walking
/// every young object; the lists can hold only mentions, which are never in a cycle.
/// The pause lasts while the GIL is held without a break (no Python code runs in
/// between), so no other thread sees it; dropping the guard resumes collection.
pub(crate) struct GcPause<'py> {
    /// Whether collection was enabled (and is to be enabled again).
    was_enabled: bool,
    _gil: std::marker::PhantomData<Python<'py>>,
}

impl<'py> GcPause<'py> {
    pub(crate) fn new(_py: Python<'py>) -> PyResult<Self> {
        // The C API (stable since 3.10), not `gc.disable()`: `find_many` pauses once per
        // few documents, and three Python calls each time cost more than converting them.
        #[allow(unsafe_code)]
        // SAFETY: the GIL is held (`_py`); `PyGC_Disable` only flips the collector's flag.
        let was_enabled = unsafe { pyo3::ffi::PyGC_Disable() } != 0;
        Ok(GcPause { was_enabled, _gil: std::marker::PhantomData })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if self.was_enabled {
            #[allow(unsafe_code)]
            // SAFETY: the guard lives within one stretch of holding the GIL (it borrows
            // `Python<'py>`); `PyGC_Enable` only flips the collector's flag.
            unsafe {
                pyo3::ffi::PyGC_Enable();
            }
        }
    }
}

impl PartialEq for PyMention {
    fn eq(&self, o: &PyMention) -> bool {
        (self.span(), self.surface.as_str(), self.surface.marks(), self.office_str())
            == (o.span(), o.surface.as_str(), o.surface.marks(), o.office_str())
            && (Arc::ptr_eq(&self.entity, &o.entity) || self.entity.same(&o.entity))
    }
}

impl Hash for PyMention {
    fn hash<H: Hasher>(&self, h: &mut H) {
        let (start, end) = self.span();
        (start, end, self.surface.as_str(), &self.entity.id, self.surface.marks().form()).hash(h);
    }
}
