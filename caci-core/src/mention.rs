//! What `find` returns.

use crate::alias::{Alias, Form};
use crate::entity::{Entity, Kind, Office};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

/// One mention of an entity in a text, with byte offsets into that text.
///
/// It borrows from the gazetteer (entity, alias, office) and from the text (surface).
/// Only `find` makes mentions; new fields may be added without a breaking change.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Mention<'a> {
    /// Byte offset of the first byte of the span.
    pub start: usize,
    /// Byte offset one past the last byte of the span.
    pub end: usize,
    /// The span as written: `&text[start..end]`.
    pub surface: &'a str,
    /// The entity the span names.
    pub entity: &'a Entity,
    /// The alias that matched.
    pub alias: &'a Alias,
    /// Set when the span could name several entities and the choice was not certain.
    pub ambiguous: bool,
    /// For leaders: the office held at the document's date, when known.
    pub office: Option<&'a Office>,
    /// For leaders: a `former` (or `ex-`, `late`) title stood before the name.
    pub former: bool,
    /// For a grown designation, where its variant suffix lies in `surface` (see
    /// [`Mention::variant`]); `(0, 0)` otherwise. Two `u16`s, not a `&str`: a mention
    /// stays 64 bytes, and a `find` over a long text writes one per name.
    pub(crate) suffix: (u16, u16),
}

impl<'a> Mention<'a> {
    /// For a weapon designation grown by a variant suffix the gazetteer does not list
    /// (`Mi-17V-5M`, grown from `Mi-17V-5`; see [generated names](crate#generated-names)): the suffix as
    /// written (`M`), without a name after it or a plural `s`. [`Mention::entity`] is
    /// then the known designation it grew from, and [`Mention::variant_id`] the id of
    /// what is written.
    pub fn variant(&self) -> Option<&'a str> {
        let (from, to) = self.suffix;
        (to > from).then(|| &self.surface[from as usize..to as usize])
    }

    /// The entity's id (for a grown [`variant`](Mention::variant), the id of the known
    /// designation it grew from; [`Mention::written_id`] gives the id of what is written).
    pub fn id(&self) -> &'a str {
        &self.entity.id
    }

    /// For a grown [`variant`](Mention::variant): the id of the designation as written,
    /// the known one's id with the suffix (`Mi-17V-5M` → `mi-17v-5m`).
    pub fn variant_id(&self) -> Option<String> {
        self.variant().map(|v| crate::grammar::variant_id(&self.entity.id, v))
    }

    /// The id of what is written: [`Mention::variant_id`] for a grown variant, else the
    /// entity's id.
    ///
    /// ```
    /// let g = caci_core::Gazetteer::default();
    /// let m = &g.find("Two Mi-17V-5M helicopters")[0];
    /// assert_eq!((m.surface, m.id(), m.written_id().as_ref(), m.family()), ("Mi-17V-5M", "mi-17v-5", "mi-17v-5m", Some("mi-17")));
    /// ```
    pub fn written_id(&self) -> std::borrow::Cow<'a, str> {
        match self.variant() {
            Some(v) => std::borrow::Cow::Owned(crate::grammar::variant_id(&self.entity.id, v)),
            None => std::borrow::Cow::Borrowed(&self.entity.id),
        }
    }

    /// The entity's kind.
    pub fn kind(&self) -> Kind {
        self.entity.kind
    }

    /// The entity's display name.
    pub fn name(&self) -> &'a str {
        &self.entity.name
    }

    /// How the alias names the entity.
    pub fn form(&self) -> Form {
        self.alias.form
    }

    /// The weapon family id, for weapons.
    pub fn family(&self) -> Option<&'a str> {
        self.entity.family()
    }

    /// The byte range of the span.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl Serialize for Mention<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Mention", 12)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("surface", self.surface)?;
        st.serialize_field("kind", &self.kind())?;
        st.serialize_field("id", &self.written_id())?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("form", &self.form())?;
        st.serialize_field("family", &self.family())?;
        st.serialize_field("ambiguous", &self.ambiguous)?;
        st.serialize_field("office", &self.office.map(|o| o.to_string()))?;
        st.serialize_field("former", &self.former)?;
        st.serialize_field("variant", &self.variant())?;
        st.end()
    }
}
