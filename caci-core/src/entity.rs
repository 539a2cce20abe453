//! What a gazetteer knows: entities, their kinds and attributes.

use crate::date::{range_sides, Date};
use crate::error::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The kind of thing an entity is.
///
/// New kinds are added as variants; match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Kind {
    /// A sovereign state (ISO 3166-1 alpha-3 id).
    Country,
    /// A person who holds or held office.
    Leader,
    /// A weapon system, platform or munition.
    Weapon,
    /// An international body, bloc or armed movement.
    Organization,
    /// A sub-national, disputed or breakaway region.
    Region,
}

impl Kind {
    /// Every kind, in a stable order.
    pub const ALL: [Kind; 5] = [Kind::Country, Kind::Leader, Kind::Weapon, Kind::Organization, Kind::Region];

    /// The lower-case name used in files and output (`"country"`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Leader => "leader",
            Kind::Weapon => "weapon",
            Kind::Organization => "organization",
            Kind::Region => "region",
        }
    }
}

impl FromStr for Kind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s.trim()).ok_or_else(|| {
            let known: Vec<&str> = Kind::ALL.iter().map(Kind::as_str).collect();
            Error::new(ErrorKind::UnknownKind, format!("unknown kind `{s}` (known: {})", known.join(", ")))
        })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An office a leader held: a title in a country or body, between two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    /// `President`, `Foreign Minister`, ...
    pub title: String,
    /// Id of the country, organization or region the office belongs to.
    pub country: String,
    /// First day in office, when known.
    pub start: Option<Date>,
    /// Last day in office; `None` while in office.
    pub end: Option<Date>,
}

impl Office {
    /// Whether the office was held on `date` (partial dates count generously: an office
    /// that ends in `2019` was held on any day of 2019).
    pub fn held_on(&self, date: Date) -> bool {
        let after_start = self.start.is_none_or(|s| s.first_day() <= date.last_day());
        let before_end = self.end.is_none_or(|e| date.first_day() <= e.last_day());
        after_start && before_end
    }

    /// Parses `Title@ID START..END` (either date may be empty).
    ///
    /// ```
    /// use caci_core::Office;
    /// let o: Office = "President@KAZ 2019-03-20..".parse().unwrap();
    /// assert_eq!((o.title.as_str(), o.country.as_str()), ("President", "KAZ"));
    /// assert!(o.end.is_none());
    /// ```
    pub fn parse(s: &str) -> Result<Office> {
        let bad = |why: &str| {
            Error::new(ErrorKind::Format, format!("cannot read office `{s}`: {why} (expected `Title@ID START..END`)"))
        };
        let (title, rest) = s.split_once('@').ok_or_else(|| bad("no `@`"))?;
        let title = title.trim();
        if title.is_empty() {
            return Err(bad("empty title"));
        }
        let rest = rest.trim();
        let (country, range) = match rest.split_once(char::is_whitespace) {
            Some((c, r)) => (c, r.trim()),
            None => (rest, ""),
        };
        if country.is_empty() {
            return Err(bad("empty id after `@`"));
        }
        let (start, end) =
            if range.is_empty() { (None, None) } else { range_sides(range, "no `..` in the date range", bad)? };
        if let (Some(a), Some(b)) = (start, end) {
            if a.first_day() > b.last_day() {
                return Err(Error::new(ErrorKind::Date, format!("office `{s}` ends before it starts")));
            }
        }
        Ok(Office { title: title.to_string(), country: country.to_string(), start, end })
    }
}

impl FromStr for Office {
    type Err = Error;
    fn from_str(s: &str) -> Result<Office> {
        Office::parse(s)
    }
}

impl fmt::Display for Office {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.title, self.country)?;
        if self.start.is_some() || self.end.is_some() {
            let d = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
            write!(f, " {}..{}", d(&self.start), d(&self.end))?;
        }
        Ok(())
    }
}

/// Something a gazetteer can find: a country, a leader, a weapon system, ... Build one
/// with [`Entity::new`], [`Entity::with`] and [`Entity::with_office`]; new fields may be
/// added without a breaking change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// Canonical id (`UZB`, `ilham-aliyev`, `j-10c`).
    pub id: String,
    /// What kind of thing it is.
    pub kind: Kind,
    /// Display name.
    pub name: String,
    /// Free attributes: `alpha2`, `official`, `family`, `category`, `origin`, `maker`, ...
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    /// Offices held (leaders).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<Office>,
}

impl Entity {
    /// A new entity with no attributes.
    pub fn new(id: impl Into<String>, kind: Kind, name: impl Into<String>) -> Entity {
        Entity { id: id.into(), kind, name: name.into(), attributes: BTreeMap::new(), offices: Vec::new() }
    }

    /// Adds an attribute (builder style).
    pub fn with(mut self, key: impl Into<String>, value: impl Into<String>) -> Entity {
        self.attributes.insert(key.into(), value.into());
        self
    }

    /// Adds an office (builder style).
    pub fn with_office(mut self, office: Office) -> Entity {
        self.offices.push(office);
        self
    }

    /// An attribute's value.
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).map(String::as_str)
    }

    /// The weapon family id (the `family` attribute), if any.
    pub fn family(&self) -> Option<&str> {
        self.attribute("family")
    }

    /// The offices held on `date`.
    pub fn offices_on(&self, date: Date) -> impl Iterator<Item = &Office> {
        self.offices.iter().filter(move |o| o.held_on(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_round_trips_and_checks_order() {
        let o = Office::parse("Prime Minister@KAZ 1999-10..2002-01-28").unwrap();
        assert_eq!(o.to_string(), "Prime Minister@KAZ 1999-10..2002-01-28");
        assert!(o.held_on("2001-05-05".parse().unwrap()));
        assert!(o.held_on("1999".parse().unwrap()));
        assert!(!o.held_on("2002-02-01".parse().unwrap()));
        let e = Office::parse("President@KAZ 2020..2019").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Date);
        assert!(Office::parse("President KAZ").unwrap_err().to_string().contains("no `@`"));
    }

    #[test]
    fn kind_names_round_trip_and_unknown_kind_lists_known_ones() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>().unwrap(), k);
        }
        let e = "city".parse::<Kind>().unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnknownKind);
        assert!(e.to_string().contains("country, leader, weapon"));
    }
}
