//! Gazetteer entries from Python records: dicts, or the rows of a pandas or polars
//! DataFrame, with the columns of the gazetteer file format.
//!
//! `id`, `name` and `kind` (unless a kind is given for all) are required. `aliases`,
//! `demonyms` and `capitals` hold a `|`-separated string or a list of entries
//! (`"Turkey [common]"`); `offices` a `|`-separated string, a list of
//! `"Title@ID START..END"` strings or of dicts with `title`, `country`, `start`, `end`;
//! `attributes` a dict. Every other key is an attribute. Missing values (None, NaN) are
//! skipped.

use crate::convert::is_missing;
use caci_core::{Alias, Date, Entity, Error, ErrorKind, Form, Kind, Office, Result};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyMapping, PyString, PyTuple};

/// One record as entity and aliases; `Err` is a caci-core error (a Python error while
/// reading a value is reported as a format error).
pub(crate) fn entry(rec: &Bound<'_, PyAny>, row: usize, kind: Option<Kind>) -> Result<(Entity, Vec<Alias>)> {
    let fail = |e: Error, id: Option<&str>| {
        let who = id.map(|i| format!(" (`{i}`)")).unwrap_or_default();
        Error::new(e.kind(), format!("record {row}{who}: {}", e.message()))
    };
    let map = rec
        .cast::<PyMapping>()
        .map_err(|_| fail(Error::new(ErrorKind::Format, "expected a dict (mapping) of column to value"), None))?;
    let mut fields: Vec<(String, Bound<'_, PyAny>)> = Vec::new();
    let items = map.items().map_err(|e| fail(py_error(e), None))?;
    for item in items.iter() {
        let (k, v) = item.extract::<(Bound<'_, PyAny>, Bound<'_, PyAny>)>().map_err(|e| fail(py_error(e), None))?;
        let key = k
            .str()
            .and_then(|s| s.to_cow().map(|c| c.trim().to_ascii_lowercase()))
            .map_err(|e| fail(py_error(e), None))?;
        if !is_missing(&v) {
            fields.push((key, v));
        }
    }
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v);
    let text = |name: &str| -> Result<Option<String>> {
        match get(name) {
            None => Ok(None),
            Some(v) => scalar(v).map(|s| Some(s.trim().to_string())).map_err(|e| fail(e, None)),
        }
    };
    let id =
        text("id")?.filter(|s| !s.is_empty()).ok_or_else(|| fail(Error::new(ErrorKind::Format, "no `id`"), None))?;
    let at = |e: Error| fail(e, Some(&id));
    let kind = match text("kind")? {
        Some(k) if !k.is_empty() => k.parse::<Kind>().map_err(at)?,
        _ => kind.ok_or_else(|| at(Error::new(ErrorKind::Format, "no `kind` (give a kind column or kind=...)")))?,
    };
    let name =
        text("name")?.filter(|s| !s.is_empty()).ok_or_else(|| at(Error::new(ErrorKind::EmptyAlias, "no `name`")))?;
    let mut entity = Entity::new(id.clone(), kind, name);
    let mut aliases = Vec::new();
    for (key, value) in &fields {
        match key.as_str() {
            "id" | "kind" | "name" => {}
            "aliases" | "demonyms" | "capitals" => {
                let form = match key.as_str() {
                    "demonyms" => Form::Demonym,
                    "capitals" => Form::Capital,
                    _ => Form::Name,
                };
                for item in list_or_split(value).map_err(at)? {
                    aliases.push(Alias::parse_entry(&item, form).map_err(at)?);
                }
            }
            "offices" => {
                if let Ok(d) = value.cast::<PyDict>() {
                    entity.offices.push(office_from_dict(d.as_any()).map_err(at)?);
                } else if value.is_instance_of::<PyString>() {
                    for o in list_or_split(value).map_err(at)? {
                        entity.offices.push(Office::parse(&o).map_err(at)?);
                    }
                } else {
                    for o in value.try_iter().map_err(|e| at(py_error(e)))? {
                        let o = o.map_err(|e| at(py_error(e)))?;
                        if o.cast::<PyDict>().is_ok() {
                            entity.offices.push(office_from_dict(&o).map_err(at)?);
                        } else {
                            entity.offices.push(Office::parse(&scalar(&o).map_err(at)?).map_err(at)?);
                        }
                    }
                }
            }
            "attributes" => {
                let d = value
                    .cast::<PyDict>()
                    .map_err(|_| at(Error::new(ErrorKind::Format, "`attributes` must be a dict of name to value")))?;
                for (k, v) in d.iter() {
                    if is_missing(&v) {
                        continue;
                    }
                    let k = scalar(&k).map_err(at)?.trim().to_ascii_lowercase();
                    entity.attributes.insert(k, scalar(&v).map_err(at)?.trim().to_string());
                }
            }
            other => {
                let v = scalar(value).map_err(at)?;
                if !v.trim().is_empty() {
                    entity.attributes.insert(other.to_string(), v.trim().to_string());
                }
            }
        }
    }
    Ok((entity, aliases))
}

fn py_error(e: PyErr) -> Error {
    Error::new(ErrorKind::Format, e.to_string())
}

/// A scalar value as text: a `str`, or a number or bool written as Python writes it.
fn scalar(v: &Bound<'_, PyAny>) -> Result<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return s.to_cow().map(|c| c.into_owned()).map_err(py_error);
    }
    if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() || v.is_instance_of::<PyDict>() {
        let t = v.get_type().name().map(|n| n.to_string()).unwrap_or_default();
        return Err(Error::new(ErrorKind::Format, format!("expected a single value, got a {t}")));
    }
    v.str().and_then(|s| s.to_cow().map(|c| c.into_owned())).map_err(py_error)
}

/// A `|`-separated string, or a list (any iterable but a string) of strings.
fn list_or_split(v: &Bound<'_, PyAny>) -> Result<Vec<String>> {
    if v.is_instance_of::<PyString>() {
        let s = scalar(v)?;
        return Ok(s.split('|').map(str::trim).filter(|e| !e.is_empty()).map(str::to_string).collect());
    }
    let mut out = Vec::new();
    for item in v.try_iter().map_err(py_error)? {
        let item = item.map_err(py_error)?;
        if is_missing(&item) {
            continue;
        }
        let s = scalar(&item)?;
        if !s.trim().is_empty() {
            out.push(s.trim().to_string());
        }
    }
    Ok(out)
}

/// An office from `{"title": ..., "country": ..., "start": ..., "end": ...}`.
fn office_from_dict(d: &Bound<'_, PyAny>) -> Result<Office> {
    let get = |k: &str| -> Result<Option<String>> {
        match d.get_item(k) {
            Ok(v) if !is_missing(&v) => scalar(&v).map(|s| Some(s.trim().to_string()).filter(|s| !s.is_empty())),
            _ => Ok(None),
        }
    };
    let date = |k: &str| -> Result<Option<Date>> { get(k)?.map(|s| s.parse::<Date>()).transpose() };
    let title = get("title")?.ok_or_else(|| Error::new(ErrorKind::Format, "office without `title`"))?;
    let country = get("country")?.ok_or_else(|| Error::new(ErrorKind::Format, "office without `country`"))?;
    let (start, end) = (date("start")?, date("end")?);
    if let (Some(a), Some(b)) = (start, end) {
        if a.first_day() > b.last_day() {
            return Err(Error::new(ErrorKind::Date, format!("office `{title}@{country}` ends before it starts")));
        }
    }
    Ok(Office { title, country, start, end })
}

/// How an entity's alias is written in a record: its surface, with tags where they
/// differ from what parsing the bare surface in this column would give, so that
/// records round-trip.
pub(crate) fn alias_entry(a: &Alias) -> String {
    let mut tags: Vec<&str> = Vec::new();
    if a.partial {
        tags.push("partial");
    }
    if a.common {
        tags.push("common");
    }
    if a.ambiguous {
        tags.push("ambiguous");
    }
    if a.case != caci_core::CasePolicy::default_for(&a.surface, a.common) {
        tags.push(a.case.as_str());
    }
    let periods: Vec<String> = a.periods.iter().map(ToString::to_string).collect();
    tags.extend(periods.iter().map(String::as_str));
    if tags.is_empty() {
        a.surface.clone()
    } else {
        format!("{} [{}]", a.surface, tags.join(", "))
    }
}
