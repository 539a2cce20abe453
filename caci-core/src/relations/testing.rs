//! What the relation rules' unit tests share: the built-in gazetteer, built once, and the
//! relations of a text dated 1 June 2025, as plain tuples to compare.

use super::{extract, Relations, Status};
use crate::{Date, Gazetteer};
use std::sync::OnceLock;

/// The built-in gazetteer, built once for all tests.
pub(super) fn g() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::default)
}

/// The relations of `text`, dated 1 June 2025 (its mentions found with that date).
pub(super) fn relations(text: &str) -> Relations<'_> {
    let date: Date = "2025-06-01".parse().unwrap();
    let ms = g().find_dated(text, Some(date));
    extract(g(), text, &ms, Some(date))
}

/// A transfer as (supplier, recipient, family or system, status).
pub(super) type Row = (String, String, String, Status);

/// The transfers of `text` (see [`relations`]), in the order they are read.
pub(super) fn rows(text: &str) -> Vec<Row> {
    relations(text)
        .transfers
        .into_iter()
        .map(|t| (t.supplier.into(), t.recipient.into(), t.family.unwrap_or(t.system).into(), t.status))
        .collect()
}

/// A [`Row`] from its parts.
pub(super) fn row(s: &str, r: &str, f: &str, st: Status) -> Row {
    (s.into(), r.into(), f.into(), st)
}
