//! Zero-copy reading of Arrow string arrays through the Arrow C data interface.
//!
//! Python hands over an array as the two PyCapsules of the Arrow PyCapsule interface
//! (`array.__arrow_c_array__()`: an `ArrowSchema` and an `ArrowArray`). For `string`
//! (`u`, 32-bit offsets) and `large_string` (`U`, 64-bit offsets) arrays this module
//! borrows the validity, offsets and data buffers as Rust slices, for as long as the
//! capsules are borrowed; no Python object is made per row. Offsets are checked before
//! any slice is made; each row's UTF-8 is checked when it is read ([`ArrowStrings::get`]).
//!
//! The one module of the crate where `unsafe` is allowed throughout: reading the C
//! structs that the producer filled in. (Elsewhere single blocks are, each with its
//! reason: untracking mentions from the GC, filling `caci.tag`'s new arrays.)
#![allow(unsafe_code)]

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use std::ffi::{c_char, c_void, CStr};

/// `struct ArrowSchema` of the Arrow C data interface.
#[repr(C)]
struct ArrowSchema {
    format: *const c_char,
    name: *const c_char,
    metadata: *const c_char,
    flags: i64,
    n_children: i64,
    children: *mut *mut ArrowSchema,
    dictionary: *mut ArrowSchema,
    release: Option<unsafe extern "C" fn(*mut ArrowSchema)>,
    private_data: *mut c_void,
}

/// `struct ArrowArray` of the Arrow C data interface.
#[repr(C)]
struct ArrowArray {
    length: i64,
    null_count: i64,
    offset: i64,
    n_buffers: i64,
    n_children: i64,
    buffers: *mut *const c_void,
    children: *mut *mut ArrowArray,
    dictionary: *mut ArrowArray,
    release: Option<unsafe extern "C" fn(*mut ArrowArray)>,
    private_data: *mut c_void,
}

/// The offsets of a string array: the bytes of `length + 1` native-endian integers,
/// starting at the array's own offset.
#[derive(Debug, Clone, Copy)]
enum Offsets<'a> {
    I32(&'a [u8]),
    I64(&'a [u8]),
}

impl Offsets<'_> {
    /// The `i`-th offset (relative to the array's start). `i` must be at most `length`.
    #[inline]
    fn at(&self, i: usize) -> i64 {
        match self {
            Offsets::I32(b) => {
                let mut x = [0u8; 4];
                x.copy_from_slice(&b[4 * i..4 * i + 4]);
                i64::from(i32::from_ne_bytes(x))
            }
            Offsets::I64(b) => {
                let mut x = [0u8; 8];
                x.copy_from_slice(&b[8 * i..8 * i + 8]);
                i64::from_ne_bytes(x)
            }
        }
    }
}

/// A borrowed Arrow `string` or `large_string` array (or an all-null array).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ArrowStrings<'a> {
    len: usize,
    /// The array's offset into its validity bitmap.
    bit_offset: usize,
    validity: Option<&'a [u8]>,
    offsets: Option<Offsets<'a>>,
    data: &'a [u8],
}

impl<'a> ArrowStrings<'a> {
    /// Borrows the array that the two capsules describe; fails with `TypeError` for
    /// anything but a string, large string or null array, and with `ValueError` for
    /// inconsistent offsets.
    pub(crate) fn import(schema: &'a Bound<'_, PyCapsule>, array: &'a Bound<'_, PyCapsule>) -> PyResult<Self> {
        let schema_ptr = schema.pointer_checked(Some(c"arrow_schema"))?.cast::<ArrowSchema>();
        let array_ptr = array.pointer_checked(Some(c"arrow_array"))?.cast::<ArrowArray>();
        // SAFETY: a capsule named `arrow_schema` holds a valid `ArrowSchema` (PyCapsule
        // interface); the capsule object is alive as long as `schema` is borrowed, and
        // so is the struct, which only its destructor releases.
        let schema = unsafe { schema_ptr.as_ref() };
        // SAFETY: as above, for the capsule named `arrow_array`.
        let array = unsafe { array_ptr.as_ref() };
        if schema.release.is_none() || array.release.is_none() {
            return Err(PyValueError::new_err("the Arrow array was already released (moved out of its capsule)"));
        }
        if schema.format.is_null() {
            return Err(PyValueError::new_err("Arrow schema without a format string"));
        }
        // SAFETY: a non-null `format` is a NUL-terminated string that lives as long as the
        // schema (C data interface).
        let format = unsafe { CStr::from_ptr(schema.format) }.to_bytes();
        let (len, offset) = (non_negative(array.length, "length")?, non_negative(array.offset, "offset")?);
        let wide = match format {
            b"u" => false,
            b"U" => true,
            b"n" => {
                return Ok(ArrowStrings { len, bit_offset: 0, validity: None, offsets: None, data: &[] });
            }
            other => {
                return Err(PyTypeError::new_err(format!(
                    "expected an Arrow string or large_string array, got Arrow format `{}`",
                    String::from_utf8_lossy(other)
                )))
            }
        };
        if array.n_buffers != 3 || array.buffers.is_null() {
            return Err(PyValueError::new_err("an Arrow string array must have three buffers"));
        }
        // SAFETY: `buffers` points to `n_buffers` (checked: 3) buffer pointers.
        let buffers = unsafe { std::slice::from_raw_parts(array.buffers, 3) };
        let end = offset.checked_add(len).ok_or_else(|| PyValueError::new_err("Arrow array too long"))?;
        let validity = if buffers[0].is_null() {
            if array.null_count != 0 && len > 0 {
                return Err(PyValueError::new_err("Arrow array has nulls but no validity buffer"));
            }
            None
        } else {
            // SAFETY: a validity bitmap holds at least `offset + length` bits.
            Some(unsafe { std::slice::from_raw_parts(buffers[0].cast::<u8>(), end.div_ceil(8)) })
        };
        if len == 0 {
            return Ok(ArrowStrings { len, bit_offset: offset, validity, offsets: None, data: &[] });
        }
        if buffers[1].is_null() {
            return Err(PyValueError::new_err("Arrow string array without an offsets buffer"));
        }
        let width = if wide { 8 } else { 4 };
        // SAFETY: the offsets buffer holds `offset + length + 1` integers of `width` bytes;
        // we borrow the `length + 1` that belong to this array.
        let offset_bytes =
            unsafe { std::slice::from_raw_parts(buffers[1].cast::<u8>().add(offset * width), (len + 1) * width) };
        let offsets = if wide { Offsets::I64(offset_bytes) } else { Offsets::I32(offset_bytes) };
        // Offsets must start at or above 0 and never decrease: then every row lies in
        // `data[..last]`, the only part of the data buffer that we borrow.
        let mut previous = offsets.at(0);
        if previous < 0 {
            return Err(PyValueError::new_err("Arrow string array with a negative offset"));
        }
        for i in 1..=len {
            let o = offsets.at(i);
            if o < previous {
                // Offsets `i - 1` and `i` bound row `i - 1`: it would end before it starts.
                let row = i - 1;
                return Err(PyValueError::new_err(format!("Arrow string array with decreasing offsets at row {row}")));
            }
            previous = o;
        }
        let data_len = usize::try_from(previous).map_err(|_| PyValueError::new_err("Arrow offsets too large"))?;
        let data = if data_len == 0 {
            &[][..]
        } else if buffers[2].is_null() {
            return Err(PyValueError::new_err("Arrow string array without a data buffer"));
        } else {
            // SAFETY: the data buffer holds at least as many bytes as the last offset says
            // (C data interface); it is immutable while the array is not released.
            unsafe { std::slice::from_raw_parts(buffers[2].cast::<u8>(), data_len) }
        };
        Ok(ArrowStrings { len, bit_offset: offset, validity, offsets: Some(offsets), data })
    }

    /// Number of rows.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The bytes of row `i` (0-based within this array); `None` for a null row.
    pub(crate) fn bytes(&self, i: usize) -> Option<&'a [u8]> {
        if let Some(bits) = self.validity {
            let bit = self.bit_offset + i;
            if bits[bit / 8] & (1 << (bit % 8)) == 0 {
                return None;
            }
        }
        let offsets = self.offsets?;
        // Offsets were checked in `import`: non-negative, non-decreasing, within `data`.
        let (a, b) = (offsets.at(i) as usize, offsets.at(i + 1) as usize);
        Some(&self.data[a..b])
    }

    /// Total bytes of rows `range`.
    pub(crate) fn byte_len(&self, range: std::ops::Range<usize>) -> usize {
        match self.offsets {
            Some(o) if !range.is_empty() => (o.at(range.end) - o.at(range.start)) as usize,
            _ => 0,
        }
    }
}

fn non_negative(v: i64, what: &str) -> PyResult<usize> {
    usize::try_from(v).map_err(|_| PyValueError::new_err(format!("Arrow array with a negative {what}")))
}
