//! Exposes PyO3's `cfg`s (`Py_LIMITED_API`, `Py_3_10`, ...) to this crate, so that text
//! extraction can borrow CPython's UTF-8 buffer where the ABI allows it.

fn main() {
    pyo3_build_config::use_pyo3_cfgs();
}
