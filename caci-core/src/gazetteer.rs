//! The gazetteer: entities, their aliases and the automaton compiled from them.

use crate::alias::Alias;
use crate::entity::{Entity, Kind};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::grammar::Grammar;
use crate::matcher::{Matcher, Written};
use crate::variants::variants;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The version of the [`Spec`] format; bumped when it changes incompatibly.
pub const SPEC_VERSION: u32 = 1;

/// One entity with its aliases: the unit a gazetteer is built from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The entity.
    #[serde(flatten)]
    pub entity: Entity,
    /// Its aliases besides its name (the name is added as an alias unless listed).
    #[serde(default)]
    pub aliases: Vec<Alias>,
}

/// Everything needed to rebuild a gazetteer: entries and options, with a format version.
/// It is what gazetteer JSON files hold and what bindings pickle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spec {
    /// [`SPEC_VERSION`] when written.
    pub version: u32,
    /// Build options.
    #[serde(default)]
    pub options: Options,
    /// The entries.
    pub entries: Vec<Entry>,
}

/// Build options: start from [`Options::default`] and change what you need with the
/// `with_` setters (`Options::default().with_weapon_plurals(false)`); new options may be
/// added without a breaking change.
///
/// ```
/// use caci_core::{Entity, Gazetteer, Kind, Options};
/// let mut b = Gazetteer::builder();
/// b.add(Entity::new("f-16", Kind::Weapon, "F-16"), [])?;
/// assert_eq!(b.build()?.find("two F-16s")[0].surface, "F-16s");
/// b.options(Options::default().with_weapon_plurals(false));
/// assert!(b.build()?.find("two F-16s").is_empty(), "no plural, and `F-16` is no whole word there");
/// # Ok::<(), caci_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Options {
    /// Add the plural `s` form of weapon aliases (`F-16s`). Default: true.
    pub weapon_plurals: bool,
    /// Check that ids referenced by offices, weapon families and origins exist.
    /// Default: true.
    pub check_references: bool,
    /// Grow weapon designations by the variant suffixes learned from the data
    /// (`Mi-17V-5M` from `Mi-17`, see [generated names](crate#generated-names)). Default: true.
    pub designation_grammar: bool,
    /// Add the composed names of weapons (`Sukhoi Su-35`, `TOS-1A Solntsepek`,
    /// `Sukhoi-30`, `TB2 Bayraktar`), from their `maker` and names (see
    /// [generated names](crate#generated-names)). Default: true.
    pub composed_names: bool,
    /// Add the look-alike spellings of weapon designations that translated texts use
    /// (`С-300` in Cyrillic, `C-300`, `II-76`; see [generated names](crate#generated-names)),
    /// matched with the exact case. Default: true.
    pub lookalikes: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            weapon_plurals: true,
            check_references: true,
            designation_grammar: true,
            composed_names: true,
            lookalikes: true,
        }
    }
}

impl Options {
    /// Sets [`Options::weapon_plurals`].
    pub fn with_weapon_plurals(mut self, on: bool) -> Options {
        self.weapon_plurals = on;
        self
    }

    /// Sets [`Options::check_references`].
    pub fn with_check_references(mut self, on: bool) -> Options {
        self.check_references = on;
        self
    }

    /// Sets [`Options::designation_grammar`].
    pub fn with_designation_grammar(mut self, on: bool) -> Options {
        self.designation_grammar = on;
        self
    }

    /// Sets [`Options::composed_names`].
    pub fn with_composed_names(mut self, on: bool) -> Options {
        self.composed_names = on;
        self
    }

    /// Sets [`Options::lookalikes`].
    pub fn with_lookalikes(mut self, on: bool) -> Options {
        self.lookalikes = on;
        self
    }
}

/// A compiled gazetteer: ask it to [`find`](Gazetteer::find) mentions.
///
/// It is immutable, `Send` and `Sync`: share one across threads.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Per alias: its entity's index and the alias.
    aliases: Vec<(u32, Alias)>,
    by_id: HashMap<String, u32>,
    /// The offices as resolution compares them (country index, rank).
    offices: crate::offices::OfficeIndex,
    /// People's names in other romanizations, generated at build (see [`crate::romanize`]).
    romanized: Vec<crate::romanize::Romanized>,
    pub(crate) matcher: Matcher,
    options: Options,
}

impl Gazetteer {
    /// A builder for a gazetteer of your own.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Rebuilds a gazetteer from its [`Spec`].
    pub fn from_spec(spec: Spec) -> Result<Gazetteer> {
        if spec.version != SPEC_VERSION {
            return Err(Error::new(
                ErrorKind::Format,
                format!("gazetteer spec version {} is not supported (this build reads {SPEC_VERSION})", spec.version),
            ));
        }
        let mut b = Gazetteer::builder();
        b.options = spec.options;
        for e in spec.entries {
            b.add(e.entity, e.aliases)?;
        }
        b.build()
    }

    /// The entries and options this gazetteer was built from.
    pub fn to_spec(&self) -> Spec {
        let mut entries: Vec<Entry> =
            self.entities.iter().map(|e| Entry { entity: e.clone(), aliases: Vec::new() }).collect();
        for (e, a) in &self.aliases {
            entries[*e as usize].aliases.push(a.clone());
        }
        Spec { version: SPEC_VERSION, options: self.options.clone(), entries }
    }

    /// A builder holding this gazetteer's entries, to extend or override them.
    pub fn to_builder(&self) -> GazetteerBuilder {
        let mut b = GazetteerBuilder { options: self.options.clone(), ..Default::default() };
        for entry in self.to_spec().entries {
            b.upsert(entry.entity, entry.aliases);
        }
        b
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether the gazetteer has no entity.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Number of aliases.
    pub fn alias_count(&self) -> usize {
        self.aliases.len()
    }

    /// Number of distinct patterns (aliases and their variants) in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// Approximate heap memory of the compiled automaton and tables, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.matcher.memory_usage()
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i as usize])
    }

    /// Every entity, in the order they were added.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The position in [`entities`](Gazetteer::entities) of an entity borrowed from this
    /// gazetteer (such as [`Mention::entity`](crate::Mention::entity)), without a lookup by id; `None` for an
    /// entity that is not one of this gazetteer's.
    ///
    /// ```
    /// use caci_core::{Entity, Gazetteer, Kind};
    /// let tsv = "id\tkind\tname\nUZB\tcountry\tUzbekistan\nKAZ\tcountry\tKazakhstan\n";
    /// let g = Gazetteer::from_tsv_str(tsv, "t.tsv")?;
    /// let m = &g.find("Astana and Kazakhstan")[0];
    /// assert_eq!(g.entity_index(m.entity), Some(1));
    /// assert_eq!(g.entity_index(&Entity::new("KAZ", Kind::Country, "Kazakhstan")), None);
    /// # Ok::<(), caci_core::Error>(())
    /// ```
    pub fn entity_index(&self, entity: &Entity) -> Option<usize> {
        let size = std::mem::size_of::<Entity>();
        let base = self.entities.as_ptr() as usize;
        let addr = entity as *const Entity as usize;
        let offset = addr.checked_sub(base)?;
        (offset % size == 0 && offset / size < self.entities.len()).then_some(offset / size)
    }

    /// The aliases of the entity with this id.
    pub fn aliases_of<'g>(&'g self, id: &str) -> impl Iterator<Item = &'g Alias> + 'g {
        // The aliases are stored entity by entity, in the entities' order (see `build`):
        // one range, found by two binary searches. Resolution asks this for a person's
        // full names at many surname finds; a scan of every alias made `find` on prose
        // a quarter slower.
        let range = match self.by_id.get(id) {
            Some(&e) => {
                let lo = self.aliases.partition_point(|(x, _)| *x < e);
                lo..lo + self.aliases[lo..].partition_point(|(x, _)| *x == e)
            }
            None => 0..0,
        };
        self.aliases[range].iter().map(|(_, a)| a)
    }

    /// The designation grammar the automaton applies.
    #[cfg(test)]
    pub(crate) fn grammar(&self) -> &Grammar {
        self.matcher.grammar()
    }

    pub(crate) fn entity_at(&self, i: u32) -> &Entity {
        &self.entities[i as usize]
    }

    pub(crate) fn office_keys(&self, i: u32) -> &[crate::offices::OfficeKey] {
        self.offices.of(i)
    }

    pub(crate) fn alias_at(&self, i: u32) -> (u32, &Alias) {
        let (e, a) = &self.aliases[i as usize];
        (*e, a)
    }

    /// Whether the alias at `index` (as in [`Gazetteer::written_forms`]) is a designation
    /// that may grow by a variant suffix, for the matcher's tests.
    #[cfg(test)]
    pub(crate) fn alias_grows(&self, index: usize) -> bool {
        self.aliases.get(index).is_some_and(|(e, a)| may_grow(&self.options, &self.entities[*e as usize], a))
    }

    /// Every written form the automaton holds, with its case policy, for reference
    /// implementations in tests and benchmarks.
    #[cfg(any(test, feature = "internals"))]
    #[doc(hidden)]
    pub fn written_forms(&self) -> Vec<(String, crate::CasePolicy, usize, bool)> {
        let mut out = Vec::new();
        let mut taken: HashMap<String, u32> = HashMap::new();
        for (e, a) in self.aliases.iter().filter(|(_, a)| a.surface.bytes().any(|b| b.is_ascii_digit())) {
            taken.entry(letters_and_digits(&a.surface)).or_insert(*e);
        }
        for (i, (e, a)) in self.aliases.iter().enumerate() {
            let plural = wants_plural(&self.options, &self.entities[*e as usize], a);
            for (v, case, lookalike) in written_of(&self.options, &self.entities[*e as usize], a, &a.surface) {
                if !lookalike || taken.get(&letters_and_digits(&v)).is_none_or(|other| other == e) {
                    out.push((v, case, i, plural));
                }
            }
        }
        for r in &self.romanized {
            let (e, a) = &self.aliases[r.alias as usize];
            let plural = wants_plural(&self.options, &self.entities[*e as usize], a);
            for v in variants(&r.surface, a.case) {
                out.push((v, a.case, r.alias as usize, plural));
            }
        }
        out
    }

    /// The spellings generated in other romanizations of people's names (see
    /// [generated names](crate#generated-names)): each with the person, the alias it is a written form of, and
    /// the rule that made it.
    ///
    /// ```
    /// let g = caci_core::Gazetteer::default();
    /// let (person, alias, r) = g.romanized().find(|(_, _, r)| r.surface == "Djohar Dudayev").unwrap();
    /// assert_eq!((person.id.as_str(), alias.surface.as_str()), ("dzhokhar-dudayev", "Dzhokhar Dudayev"));
    /// ```
    pub fn romanized(&self) -> impl Iterator<Item = (&Entity, &Alias, &crate::romanize::Romanized)> + '_ {
        self.romanized.iter().map(|r| {
            let (e, a) = &self.aliases[r.alias as usize];
            (&self.entities[*e as usize], a, r)
        })
    }
}

/// Builds a [`Gazetteer`] from entities and aliases, checking them.
#[derive(Debug, Clone, Default)]
pub struct GazetteerBuilder {
    entries: Vec<(Entry, Option<Location>)>,
    by_id: HashMap<String, usize>,
    options: Options,
}

impl GazetteerBuilder {
    /// Sets the build options.
    pub fn options(&mut self, options: Options) -> &mut Self {
        self.options = options;
        self
    }

    /// Adds an entity with its aliases; an id that is already there is an error.
    pub fn add(&mut self, entity: Entity, aliases: impl IntoIterator<Item = Alias>) -> Result<&mut Self> {
        self.add_at(entity, aliases.into_iter().collect(), None)
    }

    pub(crate) fn add_at(&mut self, entity: Entity, aliases: Vec<Alias>, at: Option<Location>) -> Result<&mut Self> {
        if entity.id.trim().is_empty() {
            return Err(located(Error::new(ErrorKind::Format, "empty id"), &at));
        }
        if let Some(&i) = self.by_id.get(&entity.id) {
            let first = match &self.entries[i].1 {
                Some(Location { file, line: Some(l) }) => format!(" (first defined at {}:{l})", file.display()),
                Some(Location { file, line: None }) => format!(" (first defined in {})", file.display()),
                None => String::new(),
            };
            return Err(located(
                Error::new(ErrorKind::DuplicateId, format!("duplicate id `{}`{first}", entity.id)),
                &at,
            ));
        }
        self.by_id.insert(entity.id.clone(), self.entries.len());
        self.entries.push((Entry { entity, aliases }, at));
        Ok(self)
    }

    /// Adds an entity, or replaces the entity with the same id and all its aliases.
    pub fn upsert(&mut self, entity: Entity, aliases: impl IntoIterator<Item = Alias>) -> &mut Self {
        let entry = Entry { entity, aliases: aliases.into_iter().collect() };
        match self.by_id.get(&entry.entity.id) {
            Some(&i) => self.entries[i] = (entry, None),
            None => {
                self.by_id.insert(entry.entity.id.clone(), self.entries.len());
                self.entries.push((entry, None));
            }
        }
        self
    }

    /// Adds an alias to an entity already added.
    pub fn add_alias(&mut self, id: &str, alias: Alias) -> Result<&mut Self> {
        let i = *self.by_id.get(id).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownReference,
                format!("no entity with id `{id}` to add alias `{}` to", alias.surface),
            )
        })?;
        self.entries[i].0.aliases.push(alias);
        Ok(self)
    }

    /// Removes an entity and its aliases; returns whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(i) = self.by_id.remove(id) else { return false };
        self.entries.remove(i);
        for v in self.by_id.values_mut() {
            if *v > i {
                *v -= 1;
            }
        }
        true
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    pub(crate) fn replace_at(&mut self, entity: Entity, aliases: Vec<Alias>, at: Option<Location>) {
        match self.by_id.get(&entity.id) {
            Some(&i) => self.entries[i] = (Entry { entity, aliases }, at),
            None => {
                self.by_id.insert(entity.id.clone(), self.entries.len());
                self.entries.push((Entry { entity, aliases }, at));
            }
        }
    }

    /// The indexes that stand alone for a weapon (see [`crate::compose::leading_index`]),
    /// by entity: an index claimed by several weapons goes to the head of their family
    /// (`9K720` of `9K720 Iskander` and `9K720 Iskander-M`: the Iskander) when they share
    /// one and it is among them, else to none; one that is a listed name of any weapon
    /// stays that weapon's.
    fn leading_indexes<'s>(&'s self, weapon_surfaces: &HashMap<String, u32>) -> HashMap<u32, Vec<&'s str>> {
        let mut claims: HashMap<&str, Vec<u32>> = HashMap::new();
        for (ei, (entry, _)) in self.entries.iter().enumerate().filter(|(_, (e, _))| e.entity.kind == Kind::Weapon) {
            let names: Vec<String> = std::iter::once(&entry.entity.name)
                .chain(entry.aliases.iter().map(|a| &a.surface))
                .map(|s| s.to_lowercase())
                .collect();
            for a in &entry.aliases {
                if let Some(index) = crate::compose::leading_index(&a.surface, &names) {
                    let owners = claims.entry(index).or_default();
                    if !owners.contains(&(ei as u32)) {
                        owners.push(ei as u32);
                    }
                }
            }
        }
        let mut out: HashMap<u32, Vec<&str>> = HashMap::new();
        for (index, owners) in claims {
            if weapon_surfaces.contains_key(&index.to_lowercase()) {
                continue;
            }
            let entity = |e: u32| &self.entries[e as usize].0.entity;
            let owner = match owners[..] {
                [one] => Some(one),
                _ => {
                    let family = entity(owners[0]).family();
                    let same = family.is_some() && owners.iter().all(|&e| entity(e).family() == family);
                    owners.iter().copied().find(|&e| same && Some(entity(e).id.as_str()) == family)
                }
            };
            if let Some(e) = owner {
                out.entry(e).or_default().push(index);
            }
        }
        // Sorted: the same aliases in the same order, whatever the hash order.
        out.values_mut().for_each(|v| v.sort_unstable());
        out
    }

    /// Checks everything and compiles the automaton.
    pub fn build(&self) -> Result<Gazetteer> {
        if self.options.check_references {
            self.check_references()?;
        }
        let mut entities = Vec::with_capacity(self.entries.len());
        let mut aliases: Vec<(u32, Alias)> = Vec::new();
        // Who first claimed each surface (lower-cased), to find unmarked ambiguity.
        let mut claims: HashMap<String, (u32, bool, usize)> = HashMap::new();
        // For composed weapon names: the weapons' surfaces (lower-cased), so that a composed
        // name never takes another weapon's name, and the makers' words that are names of
        // something else (`Turkish`), which compose nothing. Composed names hold a space or
        // a hyphen and a designation: no state's or person's name is one.
        let (weapon_surfaces, taken_makers) = if self.options.composed_names {
            let mut surfaces: HashMap<String, u32> = HashMap::with_capacity(4 * self.entries.len());
            let mut makers: HashSet<&str> = HashSet::new();
            for (ei, (entry, _)) in self.entries.iter().enumerate() {
                if entry.entity.kind == Kind::Weapon {
                    for s in std::iter::once(&entry.entity.name).chain(entry.aliases.iter().map(|a| &a.surface)) {
                        surfaces.entry(s.to_lowercase()).or_insert(ei as u32);
                    }
                    makers.extend(crate::compose::maker_word(&entry.entity));
                }
            }
            let mut taken: HashSet<&str> = HashSet::new();
            for (entry, _) in self.entries.iter().filter(|(e, _)| e.entity.kind != Kind::Weapon) {
                for s in std::iter::once(&entry.entity.name).chain(entry.aliases.iter().map(|a| &a.surface)) {
                    if let Some(&m) = makers.get(s.as_str()) {
                        taken.insert(m);
                    }
                }
            }
            (surfaces, taken)
        } else {
            (HashMap::new(), HashSet::new())
        };
        let indexes = if self.options.composed_names { self.leading_indexes(&weapon_surfaces) } else { HashMap::new() };
        for (ei, (entry, at)) in self.entries.iter().enumerate() {
            let e = ei as u32;
            let mut list: Vec<Alias> = Vec::with_capacity(entry.aliases.len() + 1);
            // A set, not a scan of `list`: an entity with 100,000 aliases must not build in
            // quadratic time.
            let mut listed: HashSet<&str> = HashSet::with_capacity(entry.aliases.len() + 1);
            if !entry.aliases.iter().any(|a| a.surface == entry.entity.name) && !entry.entity.name.trim().is_empty() {
                list.push(Alias::new(entry.entity.name.clone()));
                listed.insert(&entry.entity.name);
            }
            for a in &entry.aliases {
                if listed.insert(a.surface.as_str()) {
                    list.push(a.clone());
                }
            }
            // Aliases from here on are generated: one that another entity's name takes is
            // dropped, and one never makes another entity's name an error.
            let composed_from = list.len();
            if self.options.composed_names && entry.entity.kind == Kind::Weapon {
                let maker = crate::compose::maker_word(&entry.entity).filter(|m| !taken_makers.contains(m));
                for a in crate::compose::composed(&entry.entity, &entry.aliases, maker) {
                    if weapon_surfaces.get(&a.surface.to_lowercase()).is_none_or(|&other| other == e) {
                        list.push(a);
                    }
                }
                list.extend(indexes.get(&e).into_iter().flatten().map(|&i| Alias::new(i)));
            }
            for (idx, a) in list.into_iter().enumerate() {
                let generated = idx >= composed_from;
                if a.surface.trim().is_empty() {
                    return Err(located(
                        Error::new(ErrorKind::EmptyAlias, format!("empty alias for `{}`", entry.entity.id)),
                        at,
                    ));
                }
                let key = a.surface.to_lowercase();
                match claims.get(&key) {
                    Some(&(other, _, _)) if other != e && generated => continue,
                    Some(&(other, shareable, _)) if other != e && !shareable && !a.may_be_shared() => {
                        let other_id = &self.entries[other as usize].0.entity.id;
                        return Err(located(
                            Error::new(
                                ErrorKind::AmbiguousAlias,
                                format!("alias `{}` of `{}` also names `{other_id}`; mark it `ambiguous` or `partial` if both are meant", a.surface, entry.entity.id),
                            ),
                            at,
                        ));
                    }
                    Some(_) => {}
                    None => {
                        claims.insert(key, (e, a.may_be_shared() || generated, aliases.len()));
                    }
                }
                aliases.push((e, a));
            }
            entities.push(entry.entity.clone());
        }
        // `aliases_of` relies on this order.
        debug_assert!(aliases.windows(2).all(|w| w[0].0 <= w[1].0), "aliases are stored entity by entity");
        let by_id: HashMap<String, u32> = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
        // Other romanizations of people's names: more written forms of their aliases.
        let langs: Vec<_> = entities.iter().map(|e| crate::romanize::lang_of(e, &entities, &by_id)).collect();
        let romanized = crate::romanize::generate(&aliases, &langs);
        // Look-alike spellings (`J-10S` read as `J-10C`) must never take another
        // entity's name: every declared surface, reduced to its letters and digits.
        let taken: HashMap<String, u32> = if self.options.lookalikes {
            let mut t = HashMap::new();
            // A look-alike has a digit: only surfaces with one can be taken by it.
            for (e, a) in aliases.iter().filter(|(_, a)| a.surface.bytes().any(|b| b.is_ascii_digit())) {
                t.entry(letters_and_digits(&a.surface)).or_insert(*e);
            }
            t
        } else {
            HashMap::new()
        };
        // Variant generation is the costliest step of the build: spread it over the cores,
        // on the pool module's pools, which (unlike rayon's global pool) survive a fork.
        let surfaces: Vec<(u32, &str)> = (0..aliases.len() as u32)
            .map(|i| (i, aliases[i as usize].1.surface.as_str()))
            .chain(romanized.iter().map(|r| (r.alias, r.surface.as_str())))
            .collect();
        let generate = || -> Vec<Vec<Written>> {
            surfaces
                .par_iter()
                .map(|&(i, surface)| {
                    let (e, a) = &aliases[i as usize];
                    let plural = wants_plural(&self.options, &entities[*e as usize], a);
                    let grows = may_grow(&self.options, &entities[*e as usize], a);
                    written_of(&self.options, &entities[*e as usize], a, surface)
                        .into_iter()
                        .filter(|(v, _, lookalike)| {
                            !lookalike || taken.get(&letters_and_digits(v)).is_none_or(|&other| other == *e)
                        })
                        .map(|(v, case, _)| Written {
                            alias: i,
                            bytes: v.into_bytes().into_boxed_slice(),
                            case,
                            plural,
                            grows,
                        })
                        .collect()
                })
                .collect()
        };
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let per_alias = crate::pool::install(cores, generate)?;
        let written: Vec<Written> = per_alias.into_iter().flatten().collect();
        let grammar =
            if self.options.designation_grammar { learn_grammar(&entities, &aliases) } else { Grammar::default() };
        let matcher = Matcher::new(written, grammar)?;
        let offices = crate::offices::OfficeIndex::new(&entities, &by_id);
        Ok(Gazetteer { entities, aliases, by_id, offices, romanized, matcher, options: self.options.clone() })
    }

    fn check_references(&self) -> Result<()> {
        for (entry, at) in &self.entries {
            let e = &entry.entity;
            let missing = |what: &str, id: &str| {
                located(
                    Error::new(
                        ErrorKind::UnknownReference,
                        format!("{what} `{id}` of `{}` is not an id in the gazetteer", e.id),
                    ),
                    at,
                )
            };
            for o in &e.offices {
                if !self.contains(&o.country) {
                    return Err(missing("office country", &o.country));
                }
            }
            for key in ["family", "origin", "country"] {
                if let Some(v) = e.attribute(key) {
                    if !self.contains(v) {
                        return Err(missing(key, v));
                    }
                }
            }
        }
        self.check_families()
    }

    /// Every chain of weapon families ends at an entry that names itself as its family
    /// (`j-10c` → `j-10` → `j-10`): a cycle (`a` → `b` → `a`) or a chain that ends at an
    /// entry with no family is an error that names the chain. Runs after the references
    /// are known to exist; linear in the number of entries.
    fn check_families(&self) -> Result<()> {
        let family_of = |i: usize| self.entries[i].0.entity.family();
        let id_of = |i: usize| self.entries[i].0.entity.id.as_str();
        // Entries already known to end well.
        let mut ok = vec![false; self.entries.len()];
        let mut on_path = vec![false; self.entries.len()];
        let mut path: Vec<usize> = Vec::new();
        for start in 0..self.entries.len() {
            if ok[start] || family_of(start).is_none() {
                continue;
            }
            path.clear();
            let mut cur = start;
            loop {
                if ok[cur] {
                    break;
                }
                let Some(family) = family_of(cur) else {
                    let chain: Vec<&str> = path.iter().map(|&i| id_of(i)).chain([id_of(cur)]).collect();
                    let msg = format!(
                        "weapon family chain {} ends at `{}`, which has no family: a family's own entry names itself as its family",
                        chain.join(" -> "),
                        id_of(cur)
                    );
                    return Err(located(Error::new(ErrorKind::Format, msg), &self.entries[start].1));
                };
                if family == id_of(cur) {
                    break;
                }
                if on_path[cur] {
                    let p = path.iter().position(|&i| i == cur).unwrap_or(0);
                    let cycle: Vec<&str> = path[p..].iter().map(|&i| id_of(i)).chain([id_of(cur)]).collect();
                    let msg = format!(
                        "weapon families form a cycle: {} (a family's own entry names itself as its family)",
                        cycle.join(" -> ")
                    );
                    return Err(located(Error::new(ErrorKind::Format, msg), &self.entries[cur].1));
                }
                on_path[cur] = true;
                path.push(cur);
                match self.by_id.get(family) {
                    Some(&next) => cur = next,
                    None => break, // reported by the reference check
                }
            }
            for &i in &path {
                ok[i] = true;
                on_path[i] = false;
            }
            ok[cur] = true;
        }
        Ok(())
    }
}

/// Every way an alias is written, with the case policy of each: its [`variants`], and
/// for a weapon designation its look-alike spellings (`С-300`, `C-300`, `II-76`), with
/// the exact case only (see [`crate::variants::lookalikes`]).
/// The third member says a form is a look-alike (which must not take another entity's
/// name: see `taken` in [`GazetteerBuilder::build`]).
fn written_of(
    options: &Options,
    entity: &Entity,
    alias: &Alias,
    surface: &str,
) -> Vec<(String, crate::CasePolicy, bool)> {
    let mut out: Vec<(String, crate::CasePolicy, bool)> =
        variants(surface, alias.case).into_iter().map(|v| (v, alias.case, false)).collect();
    // `Smerches`, `Polonezes`, `Lynxes`: after a sibilant the plural is `es`, which the
    // matcher's plural `s` cannot give; a form of its own for these few names.
    if wants_plural(options, entity, alias) && sibilant_end(surface) {
        let plurals: Vec<_> = out.iter().map(|(v, case, _)| (format!("{v}es"), *case, false)).collect();
        out.extend(plurals);
    }
    if options.lookalikes && entity.kind == Kind::Weapon && alias.form == crate::Form::Name {
        for v in crate::variants::lookalikes(surface) {
            if !out.iter().any(|(w, ..)| *w == v) {
                out.push((v, crate::CasePolicy::Exact, true));
            }
        }
    }
    out
}

/// `s` lower-cased, with only its letters and digits (`J-10C` → `j10c`).
fn letters_and_digits(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Weapon names may grow by a variant suffix (`Mi-17V-5M`); nothing else does.
fn may_grow(options: &Options, entity: &Entity, alias: &Alias) -> bool {
    options.designation_grammar && entity.kind == Kind::Weapon && alias.form == crate::Form::Name
}

/// The designation grammar learned from the weapon aliases: within each family (an
/// entity without a family is its own), every alias that begins with another alias gives
/// the shape of its suffix (`Mi-17` and `Mi-17V-5` give `A-9`). Linear in the aliases:
/// each alias looks up its own prefixes.
fn learn_grammar(entities: &[Entity], aliases: &[(u32, Alias)]) -> Grammar {
    let mut known: HashSet<(&str, &str)> = HashSet::new();
    for (e, a) in aliases {
        let entity = &entities[*e as usize];
        if entity.kind == Kind::Weapon && a.form == crate::Form::Name {
            known.insert((entity.family().unwrap_or(&entity.id), a.surface.as_str()));
        }
    }
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for &(family, surface) in &known {
        // A base ends before a separator or a letter or digit that may start a suffix;
        // looking up every prefix is linear in the aliases' length.
        for (i, _) in surface.char_indices().skip(1) {
            if known.contains(&(family, &surface[..i])) {
                pairs.push((&surface[..i], surface));
            }
        }
    }
    Grammar::learn(pairs)
}

/// Whether a name ends in a sibilant other than `s` (`Smerch`, `Polonez`, `Lynx`), whose
/// plural takes `es`; not a designation's letter (`BM-21 MRLX` is no word).
fn sibilant_end(surface: &str) -> bool {
    let lower = surface.to_ascii_lowercase();
    let word = lower.rsplit([' ', '-']).next().unwrap_or("");
    word.len() >= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && (word.ends_with(['x', 'z']) || word.ends_with("ch") || word.ends_with("sh"))
}

/// Weapon names take a plural `s` (`F-16s`); nothing else does.
fn wants_plural(options: &Options, entity: &Entity, alias: &Alias) -> bool {
    options.weapon_plurals && entity.kind == Kind::Weapon && alias.form == crate::Form::Name
}

fn located(e: Error, at: &Option<Location>) -> Error {
    match at {
        Some(l) => e.at(l.file.clone(), l.line),
        None => e,
    }
}
