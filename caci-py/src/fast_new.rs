//! Making hundreds of thousands of `Mention` objects: allocated as CPython's own
//! `PyObject_GC_New` does, not through `object.__new__`.
//!
//! PyO3 makes an object of a `#[pyclass]` by calling the base type's `tp_new`
//! (`object_new`: a slot look-up, an empty tuple, checks of the arguments), which calls
//! `PyType_GenericAlloc` (zeroes the object, links it into the collector's list), and
//! then writes the Rust value into the object: about 250 instructions per `Mention`, of
//! the 655 a mention cost `find_many` beyond finding it (BENCHMARKS.md, issue 18; 114
//! this way). [`Maker`] does only what is needed: `PyObject_GC_New` (allocate, set the
//! type, one reference; not tracked by the collector, which a mention never needs to be:
//! it refers to no Python object but strings) and a move of the value to where PyO3
//! keeps it.
//!
//! Where PyO3 keeps the value is PyO3's business: it is measured once, on an object PyO3
//! made, and used only if the type's size says that the value is all the object holds
//! besides its header (no borrow flag, no `__dict__`, no weak references), so that the
//! object is fully initialized by the move and PyO3's deallocation (drop the value, then
//! `tp_free`, which is `PyObject_GC_Del` for this type) finds what it expects. Otherwise
//! (another PyO3 layout) [`Maker`] falls back to PyO3's own way.

use crate::mention::PyMention;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

/// The type of `Mention` and where its value lies in an object, if the fast way applies.
static LAYOUT: PyOnceLock<Option<(Py<PyType>, usize)>> = PyOnceLock::new();

/// Makes `Mention` objects, not tracked by the cyclic garbage collector.
pub(crate) struct Maker<'py> {
    py: Python<'py>,
    /// The type object and the value's offset in an object; `None`: PyO3's way.
    fast: Option<(*mut ffi::PyTypeObject, usize)>,
}

impl<'py> Maker<'py> {
    pub(crate) fn new(py: Python<'py>, sample: impl FnOnce() -> PyMention) -> PyResult<Self> {
        let layout = LAYOUT.get_or_try_init(py, || measure(py, sample()))?;
        let fast = layout.as_ref().map(|(ty, offset)| (ty.bind(py).as_type_ptr(), *offset));
        Ok(Maker { py, fast })
    }

    /// A new `Mention` object holding `m`, not tracked by the collector.
    pub(crate) fn make(&self, m: PyMention) -> PyResult<Bound<'py, PyMention>> {
        let Some((ty, offset)) = self.fast else { return untracked(self.py, m) };
        #[allow(unsafe_code)]
        // SAFETY: the GIL is held (`self.py`). `ty` is the `Mention` type, alive for the
        // process (a class of this module, held by `LAYOUT`). `PyObject_GC_New` returns a
        // new reference to an object of `ty`'s basic size with its header set (type, with
        // the type's reference that PyO3's deallocation gives back, and a reference count
        // of one), untracked, or null with an exception set. `measure` checked that the
        // rest of the object is the value alone, at `offset`, properly aligned, so that
        // writing `m` there initializes it fully, as PyO3 would have.
        unsafe {
            let obj = ffi::PyObject_GC_New::<ffi::PyObject>(ty);
            if obj.is_null() {
                return Err(PyErr::fetch(self.py));
            }
            obj.cast::<u8>().add(offset).cast::<PyMention>().write(m);
            Ok(Bound::from_owned_ptr(self.py, obj).cast_into_unchecked())
        }
    }
}

/// A `Mention` made by PyO3, then untracked.
fn untracked(py: Python<'_>, m: PyMention) -> PyResult<Bound<'_, PyMention>> {
    let obj = Bound::new(py, m)?;
    #[allow(unsafe_code)]
    // SAFETY: `obj` is a live object of a GC type (we hold a strong reference) and the
    // GIL is held. Untracking is always allowed; CPython's deallocation (and PyO3's,
    // which calls `PyObject_GC_UnTrack` again) accepts untracked objects.
    unsafe {
        ffi::PyObject_GC_UnTrack(obj.as_ptr().cast());
    }
    Ok(obj)
}

/// Where PyO3 put `sample` in the object it made of it, if the object holds nothing else.
fn measure(py: Python<'_>, sample: PyMention) -> PyResult<Option<(Py<PyType>, usize)>> {
    let obj = Bound::new(py, sample)?;
    let ty = obj.get_type();
    let value = obj.get() as *const PyMention as usize;
    let offset = value.wrapping_sub(obj.as_ptr() as usize);
    let int = |name: &str| -> PyResult<usize> { ty.getattr(name)?.extract::<usize>() };
    let size = std::mem::size_of::<PyMention>();
    let only_the_value = int("__basicsize__")? == offset + size
        && int("__itemsize__")? == 0
        && int("__dictoffset__")? == 0
        && int("__weakrefoffset__")? == 0
        && offset >= std::mem::size_of::<ffi::PyObject>()
        && offset % std::mem::align_of::<PyMention>() == 0;
    Ok(only_the_value.then(|| (ty.unbind(), offset)))
}
