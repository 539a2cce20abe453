//! Aliases: the surface strings that name an entity, with their case policy and form.

use crate::date::{Date, Period};
use crate::error::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How an alias names its entity (for countries: by name, demonym or capital).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// A name of the entity itself (`Uzbekistan`, `Ilham Aliyev`, `J-10C`).
    #[default]
    Name,
    /// An adjective or demonym (`Uzbek`, `Chinese`), also as a compound prefix (`Sino-`).
    Demonym,
    /// A capital or seat of government standing for the state (`Tashkent`, `Kremlin`).
    Capital,
}

impl Form {
    /// The lower-case name used in files and output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Form::Name => "name",
            Form::Demonym => "demonym",
            Form::Capital => "capital",
        }
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which letter cases of an alias match.
///
/// The automaton folds ASCII case; non-ASCII letters match as written and in the
/// upper- and lower-case forms generated for them (see [what matches](crate#what-matches)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CasePolicy {
    /// Only as written: `US` does not match `us` or `Us`.
    Exact,
    /// The first letter as written, the rest in any case: `Turkey` and `TURKEY`, not `turkey`.
    Cap,
    /// Any case: `Uzbekistan`, `UZBEKISTAN`, `uzbekistan`.
    Any,
}

impl CasePolicy {
    /// The policy for an alias that does not say: `Exact` for a short all-capitals
    /// surface (no lower-case letter, at most five letters: `US`, `PRC`, `S-400`) and for
    /// one that ends in a single capital after a space (`Wing Loong I`, `Gripen C`: the
    /// letter is a numeral or a model letter, and in lower case with a plural `s` it is a
    /// word, `Wing Loong is`), `Cap` for one that is also a common word, `Any` otherwise.
    pub fn default_for(surface: &str, common: bool) -> CasePolicy {
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let mut tail = surface.chars().rev();
        let lone_capital = tail.next().is_some_and(|c| c.is_uppercase()) && tail.next() == Some(' ');
        if (letters <= 5 && !surface.chars().any(char::is_lowercase)) || lone_capital {
            CasePolicy::Exact
        } else if common {
            CasePolicy::Cap
        } else {
            CasePolicy::Any
        }
    }

    /// The lower-case name used in files.
    pub fn as_str(&self) -> &'static str {
        match self {
            CasePolicy::Exact => "exact",
            CasePolicy::Cap => "cap",
            CasePolicy::Any => "any",
        }
    }
}

/// A surface string that names one entity: build one with [`Alias::new`] and the builder
/// methods ([`Alias::form`], [`Alias::partial`], ...) or [`Alias::parse_entry`]; new
/// fields may be added without a breaking change.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Alias {
    /// The surface as written in prose. A trailing hyphen (`Sino-`) means "followed by a
    /// hyphen", which the mention's span leaves out.
    pub surface: String,
    /// How it names the entity.
    #[serde(default)]
    pub form: Form,
    /// Which cases match.
    pub case: CasePolicy,
    /// Part of a person's name (a surname alone); may name several entities.
    #[serde(default)]
    pub partial: bool,
    /// Also a common word, first name or other place: the resolver asks for context.
    #[serde(default)]
    pub common: bool,
    /// Names several entities on purpose.
    #[serde(default)]
    pub ambiguous: bool,
    /// When the alias names its entity (a former capital: `Almaty [capital ..1997-12-10]`);
    /// empty: always. A dated document finds the alias only on a day of one of its
    /// periods; an undated one is read as of today: it finds the alias unless every
    /// period has ended (see [`Alias::names_on`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<Period>,
}

impl Alias {
    /// An alias with the default case policy and form `name`.
    pub fn new(surface: impl Into<String>) -> Alias {
        let surface = surface.into();
        let case = CasePolicy::default_for(&surface, false);
        Alias { surface, form: Form::Name, case, partial: false, common: false, ambiguous: false, periods: Vec::new() }
    }

    /// Sets the form (builder style).
    pub fn form(mut self, form: Form) -> Alias {
        self.form = form;
        self
    }

    /// Sets the case policy (builder style).
    pub fn case(mut self, case: CasePolicy) -> Alias {
        self.case = case;
        self
    }

    /// Marks the alias partial (builder style).
    pub fn partial(mut self) -> Alias {
        self.partial = true;
        self
    }

    /// Marks the alias as a common word (builder style); an alias without an explicit
    /// case policy becomes `Cap`.
    pub fn common(mut self) -> Alias {
        self.common = true;
        if self.case == CasePolicy::Any {
            self.case = CasePolicy::Cap;
        }
        self
    }

    /// Marks the alias as naming several entities on purpose (builder style).
    pub fn ambiguous(mut self) -> Alias {
        self.ambiguous = true;
        self
    }

    /// Adds a period when the alias names its entity (builder style).
    pub fn during(mut self, period: Period) -> Alias {
        self.periods.push(period);
        self
    }

    /// Whether the alias names its entity on `date`: it has no period, or one holds it.
    pub fn valid_on(&self, date: Date) -> bool {
        self.periods.is_empty() || self.periods.iter().any(|p| p.contains(date))
    }

    /// Whether every period of the alias has ended (a former capital, an old name).
    pub fn is_former(&self) -> bool {
        !self.periods.is_empty() && self.periods.iter().all(|p| p.end.is_some())
    }

    /// Whether the alias names its entity in a document of this date: on a day of one of
    /// its periods; without a date, unless every period has ended (undated text is read
    /// as of today, and an alias without periods is found as always).
    pub fn names_on(&self, date: Option<Date>) -> bool {
        match date {
            Some(d) => self.valid_on(d),
            None => !self.is_former(),
        }
    }

    /// Whether this alias may name several entities.
    pub fn may_be_shared(&self) -> bool {
        self.partial || self.ambiguous
    }

    /// Parses one entry of an alias list: `surface` or `surface [tag, tag]`, with
    /// `default_form` when no form tag is given. A tag `START..END` (either side may be
    /// empty) is a period when the alias names its entity; there may be several.
    ///
    /// ```
    /// use caci_core::{Alias, CasePolicy, Form};
    /// let a = Alias::parse_entry("Turkey [common]", Form::Name).unwrap();
    /// assert_eq!((a.surface.as_str(), a.case, a.common), ("Turkey", CasePolicy::Cap, true));
    /// let a = Alias::parse_entry("Tashkent", Form::Capital).unwrap();
    /// assert_eq!(a.form, Form::Capital);
    /// ```
    pub fn parse_entry(entry: &str, default_form: Form) -> Result<Alias> {
        let entry = entry.trim();
        let (surface, tags) = match entry.strip_suffix(']').and_then(|e| e.rsplit_once('[')) {
            Some((s, t)) => (s.trim(), t),
            None => (entry, ""),
        };
        if surface.chars().all(|c| c.is_whitespace() || is_separator(c)) {
            return Err(Error::new(ErrorKind::EmptyAlias, format!("empty alias in `{entry}`")));
        }
        let (mut form, mut case, mut partial, mut common, mut ambiguous) = (default_form, None, false, false, false);
        let mut periods = Vec::new();
        // Tags are single words separated by commas or spaces (`capital ..1991-12-12`).
        for tag in tags.split([',', ' ', '\t']).map(str::trim).filter(|t| !t.is_empty()) {
            match tag {
                "name" => form = Form::Name,
                "demonym" => form = Form::Demonym,
                "capital" => form = Form::Capital,
                "exact" => case = Some(CasePolicy::Exact),
                "cap" => case = Some(CasePolicy::Cap),
                "any" => case = Some(CasePolicy::Any),
                "partial" => partial = true,
                "common" => common = true,
                "ambiguous" => ambiguous = true,
                period if period.contains("..") => periods.push(
                    period
                        .parse::<Period>()
                        .map_err(|e| Error::new(ErrorKind::Date, format!("{} in alias `{entry}`", e.message())))?,
                ),
                other => {
                    return Err(Error::new(
                        ErrorKind::Format,
                        format!("unknown tag `{other}` in alias `{entry}` (known: name, demonym, capital, exact, cap, any, partial, common, ambiguous, START..END)"),
                    ))
                }
            }
        }
        let case = case.unwrap_or_else(|| CasePolicy::default_for(surface, common));
        Ok(Alias { surface: surface.to_string(), form, case, partial, common, ambiguous, periods })
    }

    /// Parses a `|`-separated alias list (empty entries are skipped).
    pub fn parse_list(list: &str, default_form: Form) -> Result<Vec<Alias>> {
        list.split('|').filter(|e| !e.trim().is_empty()).map(|e| Alias::parse_entry(e, default_form)).collect()
    }
}

impl FromStr for Alias {
    type Err = Error;
    fn from_str(s: &str) -> Result<Alias> {
        Alias::parse_entry(s, Form::Name)
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{00A0}' | '\'' | '\u{2019}' | '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_case_policy_follows_the_surface() {
        assert_eq!(CasePolicy::default_for("US", false), CasePolicy::Exact);
        assert_eq!(CasePolicy::default_for("U.S.", false), CasePolicy::Exact);
        assert_eq!(CasePolicy::default_for("S-400", false), CasePolicy::Exact);
        assert_eq!(CasePolicy::default_for("HIMARS", false), CasePolicy::Any);
        assert_eq!(CasePolicy::default_for("Uzbekistan", false), CasePolicy::Any);
        assert_eq!(CasePolicy::default_for("Georgia", true), CasePolicy::Cap);
        // A final lone capital is a numeral or model letter, not to be read as `is`.
        assert_eq!(CasePolicy::default_for("Wing Loong I", false), CasePolicy::Exact);
        assert_eq!(CasePolicy::default_for("Gripen C", false), CasePolicy::Exact);
        assert_eq!(CasePolicy::default_for("Wing Loong II", false), CasePolicy::Any);
    }

    #[test]
    fn parses_tags_and_rejects_unknown_ones_and_empty_surfaces() {
        let list = Alias::parse_list("US [exact] | America | Aliyev [partial, common] |", Form::Name).unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].case, CasePolicy::Exact);
        assert!(list[2].partial && list[2].common && list[2].case == CasePolicy::Cap);
        let e = Alias::parse_entry("Baku [capitol]", Form::Name).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Format);
        assert!(e.to_string().contains("`capitol`"));
        assert_eq!(Alias::parse_entry(" - [exact]", Form::Name).unwrap_err().kind(), ErrorKind::EmptyAlias);
    }

    #[test]
    fn period_tags_date_an_alias() {
        let a = Alias::parse_entry("Astana [capital, 1997-12-10..2019-03-20, 2022-09-17..]", Form::Name).unwrap();
        assert_eq!((a.form, a.periods.len()), (Form::Capital, 2));
        assert!(a.valid_on("2000".parse().unwrap()) && a.valid_on("2024".parse().unwrap()));
        assert!(!a.valid_on("2020-06".parse().unwrap()) && !a.valid_on("1995".parse().unwrap()));
        assert!(!a.is_former());
        let lagos = Alias::parse_entry("Lagos [capital ..1991-12-12]", Form::Name).unwrap();
        assert_eq!(lagos, Alias::parse_entry("Lagos [capital, ..1991-12-12]", Form::Name).unwrap());
        assert!(lagos.is_former() && !lagos.valid_on("1992".parse().unwrap()) && lagos.form == Form::Capital);
        assert!(Alias::new("Abuja").valid_on("1900".parse().unwrap()), "no period: always");
        assert!(!lagos.names_on(None) && a.names_on(None) && Alias::new("Abuja").names_on(None), "undated: today");
        let e = Alias::parse_entry("Bonn [capital, 1999..1949]", Form::Capital).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Date);
        assert!(e.to_string().contains("in alias `Bonn [capital, 1999..1949]`"), "{e}");
    }
}
