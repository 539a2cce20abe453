//! `caci.Gazetteer`: a compiled gazetteer, frozen and shared between threads.

use crate::columns::{self, Columns, Fragment, FragmentBuilder};
use crate::convert::{extract_date, extract_text, unpack_dates, view};
use crate::errors::{gazetteer_error, At};
use crate::mention::{form_code, kind_code, EntityInfo, GcPause, Marks, PyMention, FORMS};
use crate::records;
use crate::relations::{self as rel, RelationColumns, Want};
use crate::run::{default_threads, detached_on_pool, find_rows, find_rows_dated, fold_rows, run, Dates, Docs};
use crate::source::{Progress, Source};
use caci_core::CharOffsets;
use caci_core::{Alias, Entity, Entry, Form, Gazetteer, GazetteerBuilder, Kind, Mention, Spec};
use pyo3::exceptions::{PyKeyError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use std::collections::{BTreeSet, HashSet};
use std::fmt::Display;
use std::path::PathBuf;
use std::sync::Arc;

/// The marker a pickled default gazetteer is made of.
const DEFAULT_MARKER: &str = "default";

enum Compiled {
    /// The built-in gazetteer, built once per process.
    Builtin(&'static Gazetteer),
    Own(Box<Gazetteer>),
}

/// A gazetteer of countries, leaders, weapon systems, organizations and regions,
/// compiled into one automaton.
///
/// Immutable: methods that add entries return a new gazetteer. Safe to share between
/// threads; `find_many` runs on all cores without the GIL.
#[pyclass(frozen, module = "caci", name = "Gazetteer")]
pub struct PyGazetteer {
    compiled: Compiled,
    /// Per entity, in the gazetteer's order: what mentions of it carry.
    infos: Vec<Arc<EntityInfo>>,
}

/// The mentions of one document, made without the GIL: each holds all that its Python
/// `Mention` will (its entity's `Arc` cloned here, on the workers), so that the GIL is
/// held only to allocate the objects and move these in.
struct DocMentions {
    mentions: Vec<PyMention>,
    /// Grown weapon designations (`Mi-17V-5M`), rare: the mention's position, its id and
    /// the designation as written. Until the conversion gives it an entity of its own
    /// (which needs Python strings), the mention holds the known designation's.
    grown: Vec<(usize, Box<str>, Box<str>)>,
    /// Whether a mention's entity was not found in the gazetteer (an internal error).
    lost: bool,
}

fn mentions_of(g: &Gazetteer, infos: &[Arc<EntityInfo>], text: &str, found: Vec<Mention<'_>>) -> DocMentions {
    let mut chars = CharOffsets::new(text);
    let mut doc = DocMentions { mentions: Vec::with_capacity(found.len()), grown: Vec::new(), lost: false };
    for m in &found {
        let Some(entity) = g.entity_index(m.entity).and_then(|i| infos.get(i)) else {
            doc.lost = true;
            continue;
        };
        if m.variant().is_some() {
            let written = &text[m.start..m.start + m.surface.len()];
            doc.grown.push((doc.mentions.len(), m.variant_id().unwrap_or_default().into(), written.into()));
        }
        let (start, end) = (chars.to_char(m.start), chars.to_char(m.end));
        let marks = Marks::new(m.form(), m.ambiguous, m.former);
        doc.mentions.push(PyMention::new(
            start,
            end,
            m.surface,
            marks,
            Arc::clone(entity),
            m.office.map(|o| o as &dyn Display),
        ));
    }
    doc
}

fn check_threads(threads: Option<i64>) -> PyResult<Option<usize>> {
    match threads {
        None => Ok(None),
        Some(n) if n >= 1 => Ok(Some(n as usize)),
        Some(n) => Err(PyValueError::new_err(format!("threads must be at least 1, got {n}"))),
    }
}

impl PyGazetteer {
    fn wrap(py: Python<'_>, compiled: Compiled) -> Self {
        let g = match &compiled {
            Compiled::Builtin(g) => *g,
            Compiled::Own(g) => g,
        };
        let infos = g.entities().iter().map(|e| Arc::new(EntityInfo::of(py, e))).collect();
        PyGazetteer { compiled, infos }
    }

    pub(crate) fn g(&self) -> &Gazetteer {
        match &self.compiled {
            Compiled::Builtin(g) => g,
            Compiled::Own(g) => g,
        }
    }

    fn is_builtin(&self) -> bool {
        matches!(self.compiled, Compiled::Builtin(_))
    }

    /// Builds with the GIL released; errors become `GazetteerError`.
    fn build(py: Python<'_>, b: GazetteerBuilder) -> PyResult<Self> {
        match detached_on_pool(py, move || b.build()) {
            Ok(g) => Ok(PyGazetteer::wrap(py, Compiled::Own(Box::new(g)))),
            Err(e) => Err(gazetteer_error(py, &e)),
        }
    }

    fn builder_from(base: Option<&PyGazetteer>) -> GazetteerBuilder {
        base.map_or_else(Gazetteer::builder, |b| b.g().to_builder())
    }

    fn mention_list<'py>(py: Python<'py>, doc: DocMentions) -> PyResult<Bound<'py, PyList>> {
        if doc.lost {
            return Err(PyRuntimeError::new_err("internal error: a mention of an entity not in the gazetteer"));
        }
        let mut mentions = doc.mentions;
        for (i, id, written) in doc.grown {
            if let Some(m) = mentions.get_mut(i) {
                let known = &m.entity;
                let family = known.family.as_deref().or(Some(known.id.as_str()));
                m.entity = Arc::new(EntityInfo::new(py, &id, &written, known.kind, family));
            }
        }
        PyMention::list(py, mentions)
    }

    /// The dates argument of a batch call over `n` texts.
    fn dates_arg(py: Python<'_>, dates: Option<&Bound<'_, PyAny>>, n: usize) -> PyResult<Dates> {
        let Some(d) = dates else { return Ok(Dates::None) };
        if d.is_none() {
            return Ok(Dates::None);
        }
        if let Ok(packed) = d.cast::<PyBytes>() {
            return Ok(Dates::Each(unpack_dates(py, packed, n)?));
        }
        if d.is_instance_of::<PyString>() || !(d.hasattr("__len__")? || d.hasattr("__iter__")?) {
            return Ok(Dates::All(extract_date(d, At::One)?));
        }
        let list = match d.cast::<PyList>() {
            Ok(l) => l.clone(),
            Err(_) => py.import("caci._source")?.call_method1("date_values", (d,))?.cast_into::<PyList>()?,
        };
        if list.len() != n {
            return Err(PyValueError::new_err(format!(
                "{} dates for {n} texts: give one date per text, a single date or None",
                list.len()
            )));
        }
        let mut out = Vec::with_capacity(n);
        for (i, item) in list.iter().enumerate() {
            out.push(extract_date(&item, At::Row(i))?);
        }
        Ok(Dates::Each(out))
    }

    fn entity_dict<'py>(py: Python<'py>, e: &Entity, aliases: &[Alias]) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", &e.id)?;
        d.set_item("kind", e.kind.as_str())?;
        d.set_item("name", &e.name)?;
        let (aliases, demonyms, capitals) = alias_lists(e, aliases);
        d.set_item("aliases", aliases)?;
        d.set_item("demonyms", demonyms)?;
        d.set_item("capitals", capitals)?;
        d.set_item("offices", offices(py, e)?)?;
        for (k, v) in &e.attributes {
            d.set_item(k, v)?;
        }
        Ok(d)
    }
}

/// The aliases of `e` by form, written as in gazetteer files (with tags where needed);
/// the name itself is left out unless it carries tags.
fn alias_lists(e: &Entity, aliases: &[Alias]) -> (Vec<String>, Vec<String>, Vec<String>) {
    let (mut names, mut demonyms, mut capitals) = (Vec::new(), Vec::new(), Vec::new());
    for a in aliases {
        let written = records::alias_entry(a);
        match a.form {
            Form::Name if written == e.name => {}
            Form::Name => names.push(written),
            Form::Demonym => demonyms.push(written),
            Form::Capital => capitals.push(written),
        }
    }
    (names, demonyms, capitals)
}

fn offices<'py>(py: Python<'py>, e: &Entity) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for o in &e.offices {
        let d = PyDict::new(py);
        d.set_item("title", &o.title)?;
        d.set_item("country", &o.country)?;
        d.set_item("start", o.start.map(|d| d.to_string()))?;
        d.set_item("end", o.end.map(|d| d.to_string()))?;
        list.append(d)?;
    }
    Ok(list)
}

/// `paths`: one path (str or os.PathLike) or an iterable of them.
fn paths_arg(paths: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if paths.is_instance_of::<PyString>() || paths.hasattr("__fspath__")? {
        return Ok(vec![paths.extract::<PathBuf>()?]);
    }
    let mut out = Vec::new();
    for p in paths.try_iter().map_err(|_| PyTypeError::new_err("paths must be a path or an iterable of paths"))? {
        out.push(p?.extract::<PathBuf>()?);
    }
    Ok(out)
}

static DEFAULT: PyOnceLock<Py<PyGazetteer>> = PyOnceLock::new();

#[pymethods]
impl PyGazetteer {
    /// The built-in gazetteer, built on first use and shared by the whole process.
    #[staticmethod]
    fn default(py: Python<'_>) -> PyResult<Py<PyGazetteer>> {
        DEFAULT
            .get_or_try_init(py, || {
                let g = detached_on_pool(py, caci_core::try_builtin).map_err(|e| gazetteer_error(py, &e))?;
                Py::new(py, PyGazetteer::wrap(py, Compiled::Builtin(g)))
            })
            .map(|g| g.clone_ref(py))
    }

    /// A gazetteer from gazetteer files (`.tsv`, `.csv`, `.json`), in order; a later
    /// entry with the id of an earlier one (or of one in `base`) replaces it.
    #[staticmethod]
    #[pyo3(signature = (paths, *, base = None))]
    fn from_files(py: Python<'_>, paths: &Bound<'_, PyAny>, base: Option<&Bound<'_, PyGazetteer>>) -> PyResult<Self> {
        let paths = paths_arg(paths)?;
        let mut b = PyGazetteer::builder_from(base.map(Bound::get));
        let loaded = py.detach(|| -> caci_core::Result<()> {
            for p in &paths {
                b.load_file(p)?;
            }
            Ok(())
        });
        loaded.map_err(|e| gazetteer_error(py, &e))?;
        PyGazetteer::build(py, b)
    }

    /// A gazetteer from records: a list of dicts or a DataFrame with the columns of the
    /// gazetteer file format (`id`, `kind`, `name`, `aliases`, ...). An entry with the
    /// id of one in `base` replaces it; `kind` is the kind of records without one.
    #[staticmethod]
    #[pyo3(signature = (records, *, kind = None, base = None))]
    fn from_records(
        py: Python<'_>,
        records: &Bound<'_, PyAny>,
        kind: Option<&str>,
        base: Option<&Bound<'_, PyGazetteer>>,
    ) -> PyResult<Self> {
        let kind = kind.map(str::parse::<Kind>).transpose().map_err(|e| gazetteer_error(py, &e))?;
        let rows = py.import("caci._source")?.call_method1("records", (records,))?;
        let mut b = PyGazetteer::builder_from(base.map(Bound::get));
        let mut seen = HashSet::new();
        for (row, rec) in rows.try_iter()?.enumerate() {
            let (entity, aliases) = records::entry(&rec?, row, kind).map_err(|e| gazetteer_error(py, &e))?;
            if !seen.insert(entity.id.clone()) {
                let e = caci_core::Error::new(
                    caci_core::ErrorKind::DuplicateId,
                    format!("record {row}: duplicate id `{}` in the records", entity.id),
                );
                return Err(gazetteer_error(py, &e));
            }
            b.upsert(entity, aliases);
        }
        PyGazetteer::build(py, b)
    }

    /// A new gazetteer with these records added; a record with an id that is already
    /// there replaces that entity (and all its aliases). This gazetteer is unchanged.
    #[pyo3(signature = (records, *, kind = None))]
    fn extend(slf: &Bound<'_, Self>, records: &Bound<'_, PyAny>, kind: Option<&str>) -> PyResult<Self> {
        PyGazetteer::from_records(slf.py(), records, kind, Some(slf))
    }

    /// A gazetteer from the JSON text of its specification (see `to_json`).
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<Self> {
        let spec: Spec = serde_json::from_str(text).map_err(|e| {
            let err = caci_core::Error::new(caci_core::ErrorKind::Format, format!("invalid gazetteer JSON: {e}"));
            gazetteer_error(py, &err)
        })?;
        match detached_on_pool(py, move || Gazetteer::from_spec(spec)) {
            Ok(g) => Ok(PyGazetteer::wrap(py, Compiled::Own(Box::new(g)))),
            Err(e) => Err(gazetteer_error(py, &e)),
        }
    }

    /// The gazetteer's specification (entries and options, with a format version) as
    /// JSON text; `Gazetteer.from_json` rebuilds it.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let g = self.g();
        py.detach(|| serde_json::to_string(&g.to_spec())).map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    #[staticmethod]
    fn _from_pickle(py: Python<'_>, state: &str) -> PyResult<Py<PyGazetteer>> {
        if state == DEFAULT_MARKER {
            return PyGazetteer::default(py);
        }
        Py::new(py, PyGazetteer::from_json(py, state)?)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let state = if slf.get().is_builtin() { DEFAULT_MARKER.to_string() } else { slf.get().to_json(py)? };
        let rebuild = py.get_type::<PyGazetteer>().getattr("_from_pickle")?;
        (rebuild, (state,)).into_pyobject(py)
    }

    fn __len__(&self) -> usize {
        self.g().len()
    }

    fn __contains__(&self, id: &Bound<'_, PyAny>) -> bool {
        id.cast::<PyString>().ok().and_then(|s| s.to_cow().ok().map(|s| self.g().entity(&s).is_some())).unwrap_or(false)
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let ids = PyList::new(py, self.infos.iter().map(|i| i.py_id.clone_ref(py)))?;
        Ok(ids.as_any().try_iter()?.into_any())
    }

    fn __repr__(&self) -> String {
        let g = self.g();
        let mut by_kind: Vec<String> = Vec::new();
        for k in Kind::ALL {
            let n = g.entities().iter().filter(|e| e.kind == k).count();
            if n > 0 {
                by_kind.push(format!("{n} {}", k.as_str()));
            }
        }
        let what = if self.is_builtin() { ", built-in" } else { "" };
        format!("<caci.Gazetteer: {} entities ({}), {} aliases{what}>", g.len(), by_kind.join(", "), g.alias_count())
    }

    /// The entity with this id, as a dict: `id`, `kind`, `name`, `aliases`, `demonyms`,
    /// `capitals`, `offices` (dicts with `title`, `country`, `start`, `end`) and its
    /// attributes (`alpha2`, `family`, `category`, `origin`, `maker`, ...).
    fn entity<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyDict>> {
        match self.g().entity(id) {
            Some(e) => PyGazetteer::entity_dict(py, e, &self.g().aliases_of(id).cloned().collect::<Vec<_>>()),
            None => Err(PyKeyError::new_err(format!("no entity with id `{id}` in the gazetteer"))),
        }
    }

    /// Every entity (or those of `kind`) as a pandas DataFrame, one row per entity.
    #[pyo3(signature = (kind = None))]
    fn entities<'py>(&self, py: Python<'py>, kind: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
        let kind = kind.map(str::parse::<Kind>).transpose().map_err(|e| PyValueError::new_err(e.to_string()))?;
        // The spec holds every entity with its aliases: one pass, not a search per entity.
        let spec = self.g().to_spec();
        let chosen: Vec<&Entry> = spec.entries.iter().filter(|e| kind.is_none_or(|k| e.entity.kind == k)).collect();
        let attrs: BTreeSet<&str> =
            chosen.iter().flat_map(|e| e.entity.attributes.keys().map(String::as_str)).collect();
        let rows = PyList::empty(py);
        for e in &chosen {
            rows.append(PyGazetteer::entity_dict(py, &e.entity, &e.aliases)?)?;
        }
        let attrs = PyList::new(py, attrs)?;
        py.import("caci.pandas")?.call_method1("_entities_frame", (rows, attrs))
    }

    /// Finds the mentions in one text (`None` or NaN: none), resolving partial names by
    /// the document's `date`.
    #[pyo3(signature = (text, date = None))]
    fn find<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        date: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let held = extract_text(text, At::One)?;
        let date = match date {
            Some(d) => extract_date(d, At::One)?,
            None => None,
        };
        let Some(held) = held else { return Ok(PyList::empty(py)) };
        let docs = vec![Some(view(&held))];
        let g = self.g();
        let infos = &self.infos;
        let mut found = run(py, g, &docs, &Dates::All(date), 0, Some(1), |t, f| mentions_of(g, infos, t, f))?;
        match found.pop() {
            Some((_, doc)) => PyGazetteer::mention_list(py, doc),
            None => Ok(PyList::empty(py)),
        }
    }

    /// Finds the mentions of many texts on `threads` threads (default: all cores)
    /// without the GIL, keeping order: one list of mentions per text.
    #[pyo3(signature = (texts, dates = None, threads = None, progress = None))]
    fn find_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        dates: Option<&Bound<'py, PyAny>>,
        threads: Option<i64>,
        progress: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let threads = check_threads(threads)?;
        let source = Source::new(texts)?;
        let n = source.len()?;
        let dates = PyGazetteer::dates_arg(py, dates, n)?;
        let bar = Progress::new(py, n, progress, "caci.find_many")?;
        let g = self.g();
        let mut out: Vec<Bound<'py, PyList>> = Vec::with_capacity(n);
        let infos = &self.infos;
        let each = |t: &str, f: Vec<Mention<'_>>| mentions_of(g, infos, t, f);
        let find = |docs: &dyn Docs<'_>, first| {
            let found = find_rows(g, docs, &dates, first, threads, &each)?;
            Ok(found.into_iter().map(|(_, doc)| doc).collect::<Vec<_>>())
        };
        source.for_each_found(py, &bar, threads, find, |_, found: Vec<DocMentions>| {
            let _pause = GcPause::new(py)?;
            for doc in found {
                out.push(PyGazetteer::mention_list(py, doc)?);
            }
            Ok(())
        })?;
        PyList::new(py, out)
    }

    /// Mentions of many texts as columns (see `caci.tag`); with `spans`, also every raw
    /// find of the matcher (`span_doc`, `span_start`, `span_end`), for `caci.iter_tag`.
    #[pyo3(signature = (texts, *, dates = None, threads = None, progress = None, sentences = false, spans = false))]
    #[allow(clippy::too_many_arguments)]
    fn _tag<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        dates: Option<&Bound<'py, PyAny>>,
        threads: Option<i64>,
        progress: Option<&Bound<'py, PyAny>>,
        sentences: bool,
        spans: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let threads = check_threads(threads)?;
        let source = Source::new(texts)?;
        let n = source.len()?;
        let dates = PyGazetteer::dates_arg(py, dates, n)?;
        let bar = Progress::new(py, n, progress, "caci.tag")?;
        let g = self.g();
        let mut cols = Columns::default();
        let find = |docs: &dyn Docs<'_>, first| {
            let init = || FragmentBuilder::new(sentences, spans);
            let add = |b: &mut FragmentBuilder, row, text: &str, found: Vec<Mention<'_>>| b.add(g, row, text, &found);
            fold_rows(g, docs, &dates, first, threads, init, add, FragmentBuilder::finish)
        };
        source.for_each_found(py, &bar, threads, find, |_, fragments: Vec<Fragment>| {
            // Recoding surfaces needs no Python: without the GIL.
            py.detach(|| fragments.into_iter().for_each(|f| cols.add(f)));
            Ok(())
        })?;
        let d = cols.into_py(py, spans, threads.unwrap_or_else(default_threads))?;
        d.set_item("n", n)?;
        Ok(d)
    }

    /// Arms transfers and meetings stated in many texts, as columns (see
    /// `caci.transfers` and `caci.meetings`): `{"transfers": {...}, "meetings": {...}}`,
    /// each a dict of lists with a `doc` position per row. Found on `threads` threads
    /// without the GIL, a chunk of documents at a time.
    #[pyo3(signature = (texts, *, dates = None, threads = None, progress = None, transfers = true, meetings = true))]
    #[allow(clippy::too_many_arguments)]
    fn _relations<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        dates: Option<&Bound<'py, PyAny>>,
        threads: Option<i64>,
        progress: Option<&Bound<'py, PyAny>>,
        transfers: bool,
        meetings: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let threads = check_threads(threads)?;
        let source = Source::new(texts)?;
        let n = source.len()?;
        let dates = PyGazetteer::dates_arg(py, dates, n)?;
        let bar = Progress::new(py, n, progress, "caci.relations")?;
        let g = self.g();
        let want = Want { transfers, meetings };
        let mut cols = RelationColumns::default();
        source.for_each_chunk(py, &bar, |docs, first| {
            let each = |t: &str, date: Option<caci_core::Date>, f: Vec<Mention<'_>>| rel::records(g, t, date, &f, want);
            let found =
                py.detach(|| find_rows_dated(g, docs, &dates, first, threads, &each)).map_err(|f| f.into_py(py))?;
            cols.push(first, found.into_iter().map(|(_, r)| r).collect());
            Ok(())
        })?;
        let d = cols.into_py(py)?;
        d.set_item("n", n)?;
        Ok(d)
    }

    /// The length in bytes of the longest string the automaton matches (a plural `s`
    /// included): what is found at a position of a text depends on the character before
    /// it and on at most this many bytes from it, plus the character after them.
    fn _max_pattern_len(&self, py: Python<'_>) -> usize {
        let g = self.g();
        py.detach(|| {
            g.written_forms().iter().map(|(form, _, _, plural)| form.len() + usize::from(*plural)).max().unwrap_or(0)
        })
    }

    /// Per-entity tables for columnar results: `id`, `name`, `family` (lists), `kind`
    /// (int8 codes into `kinds`), and the names of kinds and forms.
    fn _tables<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", PyList::new(py, self.infos.iter().map(|i| i.py_id.clone_ref(py)))?)?;
        d.set_item("name", PyList::new(py, self.infos.iter().map(|i| i.py_name.clone_ref(py)))?)?;
        d.set_item(
            "family",
            PyList::new(py, self.infos.iter().map(|i| i.py_family.as_ref().map(|f| f.clone_ref(py))))?,
        )?;
        let kinds: Vec<u8> = self.infos.iter().map(|i| kind_code(i.kind) as u8).collect();
        d.set_item("kind", columns::array(py, &kinds, u8::to_ne_bytes, "int8")?)?;
        d.set_item("kinds", PyList::new(py, Kind::ALL.iter().map(Kind::as_str))?)?;
        d.set_item("forms", PyList::new(py, FORMS.iter().map(Form::as_str))?)?;
        debug_assert!(FORMS.iter().enumerate().all(|(i, f)| form_code(*f) == i as i8));
        Ok(d)
    }

    /// Whether this is the built-in gazetteer.
    #[getter]
    fn builtin(&self) -> bool {
        self.is_builtin()
    }
}
