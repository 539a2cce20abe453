//! The built-in gazetteer, compiled from the files in `data/` (see its README).

use crate::entity::Kind;
use crate::error::Result;
use crate::files::{load_str, Format};
use crate::gazetteer::{Gazetteer, GazetteerBuilder};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

impl Default for Gazetteer {
    /// The built-in gazetteer of countries, leaders and weapon systems.
    fn default() -> Self {
        crate::builtin::builtin().clone()
    }
}

/// The kind of the rows of a built-in file, from its path.
fn kind_of(path: &str) -> Option<Kind> {
    let stem = path.split('/').next().unwrap_or(path);
    match stem.trim_end_matches(".tsv") {
        "countries" => Some(Kind::Country),
        "leaders" => Some(Kind::Leader),
        "weapons" => Some(Kind::Weapon),
        "organizations" => Some(Kind::Organization),
        "regions" => Some(Kind::Region),
        _ => None,
    }
}

/// A builder holding every built-in entry, checked (ids must be unique across files).
pub fn builtin_builder() -> Result<GazetteerBuilder> {
    let mut b = Gazetteer::builder();
    for (path, text) in FILES {
        load_str(&mut b, text, Format::Tsv, &format!("<built-in>/{path}"), kind_of(path), true)?;
    }
    Ok(b)
}

/// The built-in gazetteer, built once per process and shared.
///
/// # Panics
/// If the built-in data are invalid (the crate's tests check them); bindings that must
/// not panic use [`try_builtin`].
pub fn builtin() -> &'static Gazetteer {
    try_builtin().unwrap_or_else(|e| panic!("the built-in gazetteer is invalid: {e}"))
}

/// The built-in gazetteer, built once per process and shared, or the error that
/// building it gave (the same error on every call).
pub fn try_builtin() -> Result<&'static Gazetteer> {
    static BUILTIN: OnceLock<Result<Gazetteer>> = OnceLock::new();
    BUILTIN.get_or_init(|| builtin_builder().and_then(|b| b.build())).as_ref().map_err(Clone::clone)
}
