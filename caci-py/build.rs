//! Exposes PyO3's `cfg`s (`Py_LIMITED_API`, `Py_3_10`, ...) to this crate, so that text
//! extraction can borrow CPython's UTF-8 buffer where the ABI allows it.

fn main() {
    // Without a rerun-if line cargo reruns this script, and so recompiles the crate (an LTO
    // link of a minute or more), whenever any file under caci-py/ changes: every edit of the
    // Python package or its tests. The cfgs depend only on pyo3-build-config, which cargo
    // rebuilds (and this script with it) when the interpreter or its PYO3_* settings change.
    println!("cargo:rerun-if-changed=build.rs");
    pyo3_build_config::use_pyo3_cfgs();
}
