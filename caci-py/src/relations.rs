//! Relations (arms transfers and meetings) as columns, for `caci.transfers` and
//! `caci.meetings`: each document's relations are read by `caci_core::relations` on the
//! pool, with the GIL released, and kept as plain records with `str` offsets; the
//! columns become Python lists once every document is done.

use caci_core::relations;
use caci_core::CharOffsets;
use caci_core::{Date, Gazetteer, Mention};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// One transfer with `str` offsets and owned ids (relations are few: owning is cheap).
pub(crate) struct TransferRec {
    start: usize,
    end: usize,
    supplier: String,
    recipient: String,
    system: String,
    family: Option<String>,
    quantity: Option<u32>,
    status: &'static str,
    year: Option<i32>,
    value: Option<f64>,
    currency: Option<&'static str>,
    evidence: String,
}

/// One meeting with `str` offsets.
pub(crate) struct MeetingRec {
    start: usize,
    end: usize,
    a: String,
    b: String,
    kind: &'static str,
    place: Option<String>,
    year: Option<i32>,
    evidence: String,
}

/// What a document states, as records: transfers and meetings (each only if asked).
pub(crate) type Found = (Vec<TransferRec>, Vec<MeetingRec>);

/// The relations of one document (`found` are its mentions, found with `g` on `date`).
pub(crate) fn records(g: &Gazetteer, text: &str, date: Option<Date>, found: &[Mention<'_>], want: Want) -> Found {
    let r = relations::extract(g, text, found, date);
    let mut chars = CharOffsets::new(text);
    let transfers = if want.transfers {
        r.transfers
            .iter()
            .map(|t| TransferRec {
                start: chars.to_char(t.start),
                end: chars.to_char(t.end),
                supplier: t.supplier.to_string(),
                recipient: t.recipient.to_string(),
                system: t.system.to_string(),
                family: t.family.map(str::to_string),
                quantity: t.quantity,
                status: t.status.as_str(),
                year: t.year,
                value: t.value.map(|v| v.amount),
                currency: t.value.map(|v| v.currency),
                evidence: t.evidence.to_string(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let meetings = if want.meetings {
        r.meetings
            .iter()
            .map(|m| MeetingRec {
                start: chars.to_char(m.start),
                end: chars.to_char(m.end),
                a: m.a.to_string(),
                b: m.b.to_string(),
                kind: m.kind.as_str(),
                place: m.place.map(str::to_string),
                year: m.year,
                evidence: m.evidence.to_string(),
            })
            .collect()
    } else {
        Vec::new()
    };
    (transfers, meetings)
}

/// Which relations a call wants.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Want {
    pub transfers: bool,
    pub meetings: bool,
}

/// The relations of every document so far, with their document positions.
#[derive(Default)]
pub(crate) struct RelationColumns {
    transfers: Vec<(i64, TransferRec)>,
    meetings: Vec<(i64, MeetingRec)>,
}

impl RelationColumns {
    /// Appends the relations of documents `first_row`, `first_row + 1`, ...
    pub(crate) fn push(&mut self, first_row: usize, docs: Vec<Found>) {
        for (i, (ts, ms)) in docs.into_iter().enumerate() {
            let doc = (first_row + i) as i64;
            self.transfers.extend(ts.into_iter().map(|t| (doc, t)));
            self.meetings.extend(ms.into_iter().map(|m| (doc, m)));
        }
    }

    /// `{"transfers": {column: list}, "meetings": {column: list}}`; missing values are `None`.
    pub(crate) fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let t = PyDict::new(py);
        let ts = &self.transfers;
        t.set_item("doc", PyList::new(py, ts.iter().map(|(d, _)| *d))?)?;
        t.set_item("start", PyList::new(py, ts.iter().map(|(_, r)| r.start))?)?;
        t.set_item("end", PyList::new(py, ts.iter().map(|(_, r)| r.end))?)?;
        t.set_item("supplier", PyList::new(py, ts.iter().map(|(_, r)| r.supplier.as_str()))?)?;
        t.set_item("recipient", PyList::new(py, ts.iter().map(|(_, r)| r.recipient.as_str()))?)?;
        t.set_item("system", PyList::new(py, ts.iter().map(|(_, r)| r.system.as_str()))?)?;
        t.set_item("family", PyList::new(py, ts.iter().map(|(_, r)| r.family.as_deref()))?)?;
        t.set_item("quantity", PyList::new(py, ts.iter().map(|(_, r)| r.quantity))?)?;
        t.set_item("status", PyList::new(py, ts.iter().map(|(_, r)| r.status))?)?;
        t.set_item("year", PyList::new(py, ts.iter().map(|(_, r)| r.year))?)?;
        t.set_item("value", PyList::new(py, ts.iter().map(|(_, r)| r.value))?)?;
        t.set_item("currency", PyList::new(py, ts.iter().map(|(_, r)| r.currency))?)?;
        t.set_item("evidence", PyList::new(py, ts.iter().map(|(_, r)| r.evidence.as_str()))?)?;
        let m = PyDict::new(py);
        let ms = &self.meetings;
        m.set_item("doc", PyList::new(py, ms.iter().map(|(d, _)| *d))?)?;
        m.set_item("start", PyList::new(py, ms.iter().map(|(_, r)| r.start))?)?;
        m.set_item("end", PyList::new(py, ms.iter().map(|(_, r)| r.end))?)?;
        m.set_item("a", PyList::new(py, ms.iter().map(|(_, r)| r.a.as_str()))?)?;
        m.set_item("b", PyList::new(py, ms.iter().map(|(_, r)| r.b.as_str()))?)?;
        m.set_item("kind", PyList::new(py, ms.iter().map(|(_, r)| r.kind))?)?;
        m.set_item("place", PyList::new(py, ms.iter().map(|(_, r)| r.place.as_deref()))?)?;
        m.set_item("year", PyList::new(py, ms.iter().map(|(_, r)| r.year))?)?;
        m.set_item("evidence", PyList::new(py, ms.iter().map(|(_, r)| r.evidence.as_str()))?)?;
        let d = PyDict::new(py);
        d.set_item("transfers", t)?;
        d.set_item("meetings", m)?;
        Ok(d)
    }
}
