//! The built-in gazetteer, compiled from the files in `data/` (see its README).

use crate::entity::Kind;
use crate::error::Result;
use crate::files::{load_str, Format};
use crate::gazetteer::{Gazetteer, GazetteerBuilder};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

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
pub fn builtin() -> &'static Gazetteer {
    static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        // The data are checked by the crate's tests; a failure here is a bug in them.
        builtin_builder().and_then(|b| b.build()).unwrap_or_else(|e| panic!("the built-in gazetteer is invalid: {e}"))
    })
}

/// Names of the built-in files, for documentation and tests.
pub fn files() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(p, _)| *p)
}
