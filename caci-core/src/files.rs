//! Gazetteer files: TSV, CSV and JSON.
//!
//! TSV and CSV files have a header line. Columns `id` and `name` are required; `kind`
//! is required unless the caller gives a kind for the whole file. `aliases`, `demonyms`
//! and `capitals` hold `|`-separated alias lists (see [`Alias::parse_entry`]), `offices`
//! holds `|`-separated offices (see [`Office::parse`]); `official` is an attribute and
//! also an alias; every other column is an attribute. Lines starting with `#` are comments. JSON files hold a [`Spec`] or a
//! list of [`Entry`] objects. Errors name the file and line.

use crate::alias::{Alias, Form};
use crate::entity::{Entity, Kind, Office};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::gazetteer::{Entry, Gazetteer, GazetteerBuilder, Spec};
use std::collections::HashMap;
use std::path::Path;

/// The format of a gazetteer file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tab-separated values, no quoting.
    Tsv,
    /// Comma-separated values, with `"` quoting.
    Csv,
    /// A [`Spec`] or a list of [`Entry`] objects.
    Json,
}

impl Format {
    /// The format a file's extension names.
    pub fn from_path(path: &Path) -> Result<Format> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("tsv") | Some("tab") | Some("txt") => Ok(Format::Tsv),
            Some("csv") => Ok(Format::Csv),
            Some("json") => Ok(Format::Json),
            _ => Err(Error::new(ErrorKind::Format, "unknown gazetteer file type: expected .tsv, .csv or .json")
                .at(path, None)),
        }
    }
}

impl Gazetteer {
    /// Builds a gazetteer from gazetteer files (TSV, CSV or JSON, by extension).
    pub fn from_files<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Result<Gazetteer> {
        let mut b = Gazetteer::builder();
        for p in paths {
            b.load_file(p.as_ref())?;
        }
        b.build()
    }

    /// Builds a gazetteer from the text of one TSV file; `label` names it in errors.
    pub fn from_tsv_str(text: &str, label: &str) -> Result<Gazetteer> {
        let mut b = Gazetteer::builder();
        b.load_str(text, crate::files::Format::Tsv, label, None)?;
        b.build()
    }
}

impl GazetteerBuilder {
    /// Loads one gazetteer file (TSV, CSV or JSON, by extension), adding its entries;
    /// entries whose id is already there replace the earlier ones (so a user's file can
    /// override the built-in gazetteer).
    pub fn load_file(&mut self, path: &Path) -> Result<&mut Self> {
        crate::files::load_file(self, path)?;
        Ok(self)
    }

    /// Loads gazetteer text in `format`; `label` names it in errors, `kind` is the kind
    /// of rows without a `kind` column.
    pub fn load_str(
        &mut self,
        text: &str,
        format: crate::files::Format,
        label: &str,
        kind: Option<Kind>,
    ) -> Result<&mut Self> {
        crate::files::load_str(self, text, format, label, kind, false)?;
        Ok(self)
    }
}

pub(crate) fn load_file(b: &mut GazetteerBuilder, path: &Path) -> Result<()> {
    let bytes = std::fs::read(path)
        .map_err(|e| Error::new(ErrorKind::Io, format!("cannot read gazetteer file: {e}")).at(path, None))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&c| c == b'\n').count() + 1;
        Error::new(ErrorKind::Encoding, format!("invalid UTF-8 at byte {at}")).at(path, Some(line))
    })?;
    let label = path.display().to_string();
    load_str(b, text.strip_prefix('\u{FEFF}').unwrap_or(text), Format::from_path(path)?, &label, None, false)
}

/// Loads `text`; with `strict`, an id already in the builder is an error, otherwise it
/// replaces the earlier entry. Ids repeated within `text` are always an error.
pub(crate) fn load_str(
    b: &mut GazetteerBuilder,
    text: &str,
    format: Format,
    label: &str,
    kind: Option<Kind>,
    strict: bool,
) -> Result<()> {
    let entries = match format {
        Format::Json => read_json(text, label)?,
        Format::Tsv | Format::Csv => read_table(text, format, label, kind)?,
    };
    // Where each id was first defined: its line, or for JSON (which has no line per
    // entry) its 1-based position in the list of entries.
    let mut seen: HashMap<String, (Option<usize>, usize)> = HashMap::new();
    for (n, (entry, line)) in entries.into_iter().enumerate() {
        let at = Location { file: label.into(), line };
        if let Some((first_line, first_n)) = seen.insert(entry.entity.id.clone(), (line, n + 1)) {
            let first = match first_line {
                Some(l) => format!("first defined at {label}:{l}"),
                None => format!("entries {first_n} and {} of {label}", n + 1),
            };
            let msg = format!("duplicate id `{}` ({first})", entry.entity.id);
            return Err(Error::new(ErrorKind::DuplicateId, msg).at(label, line));
        }
        if strict || !b.contains(&entry.entity.id) {
            b.add_at(entry.entity, entry.aliases, Some(at))?;
        } else {
            b.replace_at(entry.entity, entry.aliases, Some(at));
        }
    }
    Ok(())
}

fn read_json(text: &str, label: &str) -> Result<Vec<(Entry, Option<usize>)>> {
    let bad = |e: serde_json::Error| {
        let line = (e.line() > 0).then_some(e.line());
        Error::new(ErrorKind::Format, format!("invalid gazetteer JSON: {e}")).at(label, line)
    };
    // Parse straight from the text (not via a Value) so that errors keep their line.
    let entries: Vec<Entry> = if text.trim_start().starts_with('[') {
        serde_json::from_str(text).map_err(bad)?
    } else {
        let spec: Spec = serde_json::from_str(text).map_err(bad)?;
        spec.entries
    };
    Ok(entries.into_iter().map(|e| (e, None)).collect())
}

fn read_table(text: &str, format: Format, label: &str, kind: Option<Kind>) -> Result<Vec<(Entry, Option<usize>)>> {
    let mut rb = csv::ReaderBuilder::new();
    rb.has_headers(true).comment(Some(b'#')).flexible(false).trim(csv::Trim::All);
    if format == Format::Tsv {
        rb.delimiter(b'\t').quoting(false);
    }
    let mut rdr = rb.from_reader(text.as_bytes());
    let csv_err = |e: csv::Error| {
        let line = e.position().map(|p| Lines::new(text).at(p.byte() as usize));
        let msg = match e.kind() {
            csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                format!("expected {expected_len} columns as in the header, found {len}")
            }
            _ => e.to_string(),
        };
        Error::new(ErrorKind::Format, msg).at(label, line)
    };
    let headers: Vec<String> = rdr.headers().map_err(csv_err)?.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let missing =
        |name: &str| Error::new(ErrorKind::Format, format!("no `{name}` column in the header")).at(label, Some(1));
    let id_col = col("id").ok_or_else(|| missing("id"))?;
    let name_col = col("name").ok_or_else(|| missing("name"))?;
    let kind_col = col("kind");
    if kind_col.is_none() && kind.is_none() {
        return Err(missing("kind"));
    }
    let mut out = Vec::new();
    let mut lines = Lines::new(text);
    for rec in rdr.records() {
        let rec = rec.map_err(csv_err)?;
        let line = rec.position().map(|p| lines.at(p.byte() as usize));
        let at = |e: Error| e.at(label, line);
        let cell = |i: usize| rec.get(i).unwrap_or("").trim();
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let kind = match kind_col {
            Some(k) => cell(k).parse::<Kind>().map_err(at)?,
            None => kind.ok_or_else(|| at(Error::new(ErrorKind::Format, "no kind")))?,
        };
        let id = cell(id_col);
        if id.is_empty() {
            return Err(at(Error::new(ErrorKind::Format, "empty id")));
        }
        let name = cell(name_col);
        if name.is_empty() {
            return Err(at(Error::new(ErrorKind::EmptyAlias, format!("empty name for `{id}`"))));
        }
        let mut entity = Entity::new(id, kind, name);
        let mut aliases = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let v = cell(i);
            if v.is_empty() || i == id_col || i == name_col || Some(i) == kind_col {
                continue;
            }
            let form = match h.as_str() {
                "aliases" => Some(Form::Name),
                "demonyms" => Some(Form::Demonym),
                "capitals" => Some(Form::Capital),
                _ => None,
            };
            if let Some(form) = form {
                let list = Alias::parse_list(v, form)
                    .map_err(|e| at(Error::new(e.kind(), format!("`{id}`: {}", e.message()))))?;
                aliases.extend(list);
            } else if h == "official" {
                // The official name is an attribute and also a name the entity goes by.
                entity.attributes.insert(h.clone(), v.to_string());
                if !aliases.iter().any(|a: &Alias| a.surface == v) {
                    aliases.push(
                        Alias::parse_entry(v, Form::Name)
                            .map_err(|e| at(Error::new(e.kind(), format!("`{id}`: {}", e.message()))))?,
                    );
                }
            } else if h == "offices" {
                for o in v.split('|').filter(|o| !o.trim().is_empty()) {
                    let office =
                        Office::parse(o).map_err(|e| at(Error::new(e.kind(), format!("`{id}`: {}", e.message()))))?;
                    entity.offices.push(office);
                }
            } else {
                entity.attributes.insert(h.clone(), v.to_string());
            }
        }
        out.push((Entry { entity, aliases }, line));
    }
    Ok(out)
}

/// Line numbers of records, counted forward in one pass. The csv reader's own line count
/// leaves out comment lines (every line after a `#` comment would be off by one), and
/// the byte offset it gives for a record is where it started reading: before the comment
/// and blank lines it skipped.
struct Lines<'t> {
    text: &'t [u8],
    byte: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Lines { text: text.as_bytes(), byte: 0, line: 1 }
    }

    /// The 1-based line of the record that the reader started to read at `byte`.
    fn at(&mut self, mut byte: usize) -> usize {
        while let Some(rest) = self.text.get(byte..) {
            if !(rest.starts_with(b"#") || rest.starts_with(b"\n") || rest.starts_with(b"\r\n")) {
                break;
            }
            match rest.iter().position(|&b| b == b'\n') {
                Some(i) => byte += i + 1,
                None => break,
            }
        }
        if byte < self.byte {
            (self.byte, self.line) = (0, 1);
        }
        let end = byte.min(self.text.len()).max(self.byte);
        self.line += self.text[self.byte..end].iter().filter(|&&b| b == b'\n').count();
        self.byte = end;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gazetteer;

    fn load(text: &str) -> Result<Gazetteer> {
        Gazetteer::from_tsv_str(text, "test.tsv")
    }

    #[test]
    fn errors_name_file_line_and_problem() {
        let e = load("id\tkind\tname\nX\tcity\tX\n").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnknownKind);
        assert!(e.to_string().starts_with("test.tsv:2: unknown kind `city`"), "{e}");
        let e = load("id\tkind\tname\taliases\nUZB\tcountry\tUzbekistan\tUzbek [demonym] |  [exact]\n").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::EmptyAlias);
        assert!(e.to_string().starts_with("test.tsv:2: `UZB`: empty alias"), "{e}");
        let e = load("id\tkind\tname\nA\tcountry\tGeorgia\nB\tregion\tGeorgia\n").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::AmbiguousAlias);
        assert!(e.to_string().starts_with("test.tsv:3: alias `Georgia` of `B` also names `A`"), "{e}");
        let e = load("id\tkind\tname\nA\tcountry\tA\tB\n").unwrap_err();
        assert!(e.to_string().starts_with("test.tsv:2: expected 3 columns"), "{e}");
        let e = load("id\tname\nA\tA\n").unwrap_err();
        assert_eq!(e.to_string(), "test.tsv:1: no `kind` column in the header");
        let e = load("id\tkind\tname\toffices\nx\tleader\tX\tPresident@ZZZ 2000..\n").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnknownReference);
        assert!(e.to_string().contains("office country `ZZZ`"), "{e}");
    }

    #[test]
    fn ambiguity_marked_on_purpose_is_allowed() {
        let g = load("id\tkind\tname\taliases\nheydar-aliyev\tleader\tHeydar Aliyev\tAliyev [partial]\nilham-aliyev\tleader\tIlham Aliyev\tAliyev [partial]\n").unwrap();
        assert_eq!(g.len(), 2);
    }

    #[test]
    fn csv_and_json_load_the_same_entities() {
        let csv = "id,kind,name,aliases,alpha2\nUZB,country,Uzbekistan,\"Uzbek [demonym] | Tashkent [capital]\",UZ\n";
        let mut b = Gazetteer::builder();
        b.load_str(csv, Format::Csv, "t.csv", None).unwrap();
        let g = b.build().unwrap();
        assert_eq!(g.entity("UZB").unwrap().attribute("alpha2"), Some("UZ"));
        let json = serde_json::to_string(&g.to_spec()).unwrap();
        let mut b = Gazetteer::builder();
        b.load_str(&json, Format::Json, "t.json", None).unwrap();
        let h = b.build().unwrap();
        assert_eq!(h.to_spec(), g.to_spec());
        let e = Gazetteer::builder()
            .load_str("{\"version\": 1,\n \"entries\": 3}", Format::Json, "t.json", None)
            .unwrap_err();
        assert!(e.to_string().starts_with("t.json:2: invalid gazetteer JSON"), "{e}");
    }
}
