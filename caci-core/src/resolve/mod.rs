//! Resolution: which entity each find names, in one pass over a document's finds.
//!
//! Most finds name one entity and need nothing here. The others are settled by small
//! rules, each in its own module:
//! - `titles`: a title before a name picks among namesakes, lets a surname that is also
//!   a common word count, and `former` sets a flag;
//! - `authors`: names in a `By …` line, and those names elsewhere, are not leaders;
//! - `context`: aliases that are also common words or other places (`Georgia`,
//!   `Patriot`) need support from the words around them or the rest of the document;
//! - `patronymic`: a leader's name written with a patronymic (`Andrei Removich Belousov`,
//!   `Melikov Sergey Alimovich`) is one mention, the whole name;
//! - `namesake`: a weapon's name that is a person's family name after a given name
//!   (`Selcuk Bayraktar`), and the bare name where that person is meant, is no weapon;
//! - `given`: a surname after a near spelling of the person's first name (`Kurbanguli
//!   Berdymukhamedov`) is one mention, the whole name; after someone else's first name
//!   (`Skhokhrat Kadyrov`) it is dropped, as are its later finds;
//! - `generation`: `the elder Aliyev`, `Aliyev senior`, `the younger Berdymukhamedov` pick
//!   the older or younger of the namesakes the document names in full;
//! - `family`: once a text names namesakes in full (`Heydar Aliyev`, `Ilham Aliyev`), their
//!   first names alone (`Heydar`) are mentions of them.
//!
//! A partial name (`Aliyev`) or an alias marked ambiguous may name several entities;
//! they are settled in this order:
//! 1. a full name wins over a partial one written at the same place;
//! 2. the document's memory: a person the document names in full (anywhere in it) is the
//!    one its surnames mean; when it names several namesakes in full, they are the
//!    candidates of the next steps;
//! 3. a title before the name: the namesakes who held such an office;
//! 4. the document's date: the one who held a matching office (one the title names, or
//!    any without a title) on that day; among several, the one whose office's country
//!    (or region) the document mentions most, then the one it named in full first, then
//!    the higher body (a state over a region: a head of state over the head of a federal
//!    subject) and the higher office; when nobody held one, a namesake named in full or
//!    the only one the title fits;
//! 5. without a date, the one in office now (a state's office over a region's, the higher
//!    office first), else the most recent office-holder, flagged `ambiguous`.
//!
//! An alias with periods (`Almaty [capital ..1997-12-10]`, a former capital) names its
//! entity only on the days of its periods: a dated document outside them does not find
//! it; an undated document is read as of today and finds it unless every period has
//! ended, so undated text finds what it found before periods existed.
//!
//! A shared surname that the document never introduced and that nobody carrying it held
//! office at the document's date is dropped: it is most likely someone else (a scholar,
//! a namesake). A surname that is also a common word (`May`, `West`) is dropped unless
//! the document named the person in full or a title stands before it.

mod authors;
mod context;
mod family;
mod generation;
mod given;
mod memory;
mod namesake;
mod patronymic;
mod titles;

use crate::date::Date;
use crate::entity::{Entity, Kind, Office};
use crate::gazetteer::Gazetteer;
use crate::matcher::Hit;
use crate::mention::Mention;
use memory::Candidates;
pub(crate) use memory::{oversized, Memory};
use std::ops::Range;
use titles::Title;

/// Resolves `hits` (with their aliases in `aliases`) to mentions; `mem` is the thread's
/// scratch, reused across documents.
pub(crate) fn resolve<'a>(
    g: &'a Gazetteer,
    text: &'a str,
    date: Option<Date>,
    hits: &[Hit],
    aliases: &[u32],
    mem: &mut Memory,
) -> Vec<Mention<'a>> {
    mem.begin(g.len());
    // Per hit, its candidate aliases: the matcher's list as it is, unless it mixes full
    // and partial names, when only the full ones are kept (copied to `mem.flat`). Most
    // finds have one alias and copy nothing. And in the same pass, what the document
    // names without doubt: entities named in full by a plain alias, where first, and how
    // often (the country weights).
    for h in hits {
        let (lo, hi) = (h.aliases().start, h.aliases().end);
        let list = &aliases[lo as usize..hi as usize];
        let (first, first_alias) = g.alias_at(list[0]);
        let c = if list.len() == 1 {
            // One alias (most finds): nothing to filter, one entity.
            Candidates { lo, hi, in_flat: false, unique: true }
        } else {
            let partial = list.iter().filter(|&&a| g.alias_at(a).1.partial).count();
            let c = if partial > 0 && partial < list.len() {
                let at = mem.flat.len() as u32;
                mem.flat.extend(list.iter().copied().filter(|&a| !g.alias_at(a).1.partial));
                Candidates { lo: at, hi: mem.flat.len() as u32, in_flat: true, unique: false }
            } else {
                Candidates { lo, hi, in_flat: false, unique: false }
            };
            let list = candidates(&c, aliases, &mem.flat);
            let first = g.alias_at(list[0]).0;
            Candidates { unique: list.iter().all(|&a| g.alias_at(a).0 == first), ..c }
        };
        mem.cands.push(c);
        if !c.unique {
            continue;
        }
        let (e, alias) = if c.in_flat { g.alias_at(mem.flat[c.lo as usize]) } else { (first, first_alias) };
        if !alias.partial && !alias.common && alias.names_on(date) {
            // Regions weigh too: a region's head is preferred where the region is the topic.
            let kind = g.entity_at(e).kind;
            mem.note(e, h.start..h.end, kind == Kind::Country || kind == Kind::Region);
        }
    }
    // Bylines are read only for documents that name a leader, and the context rules'
    // list only for documents with a common word: each is a pass over the document.
    let mut authors: Option<authors::Authors> = None;
    let mut plain: Option<Vec<(Range<usize>, &Entity)>> = None;
    let mut out: Vec<Mention<'a>> = Vec::with_capacity(hits.len());
    // Where the last mention ends: a name widened over a patronymic may cover later hits.
    let mut covered = 0;
    // Common-word weapon finds without support of their own (with where they would go),
    // and the weapons the document names with support.
    let mut deferred: Vec<(usize, Mention<'a>, u32)> = Vec::new();
    let mut supported_weapons: Vec<u32> = Vec::new();
    // Weapon names the document gives people as family names (`Selcuk Bayraktar`).
    let mut people: Vec<&'a str> = Vec::new();
    // Surnames the document gave to someone the gazetteer does not know (`Skhokhrat Kadyrov`).
    let mut others: Vec<&str> = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        if h.start < covered {
            continue;
        }
        let c = mem.cands[i];
        let list = candidates(&c, aliases, &mem.flat);
        let leaders = if c.unique {
            g.entity_at(g.alias_at(list[0]).0).kind == Kind::Leader
        } else {
            list.iter().any(|&a| g.entity_at(g.alias_at(a).0).kind == Kind::Leader)
        };
        let title = if leaders { titles::before(text, h.start) } else { None };
        let (choice, ambiguous) = if c.unique {
            (Some(list[0]), false)
        } else {
            let generation = if leaders { generation::around(text, h.start, h.end) } else { None };
            choose(g, list, date, title, generation, mem)
        };
        let Some(a) = choice else { continue };
        let (e, alias) = g.alias_at(a);
        // A dated alias (a former capital) names its entity only in its periods.
        if !alias.names_on(date) {
            continue;
        }
        let entity = g.entity_at(e);
        if entity.kind == Kind::Weapon && !h.is_grown() && namesake::may_be_family_name(&alias.surface) {
            let surface = &text[h.start..h.end];
            let previous_end = if i > 0 { hits[i - 1].end } else { 0 };
            if namesake::after_given_name(text, &(h.start..h.end), entity, previous_end) {
                people.push(surface);
                continue;
            }
            if people.contains(&surface) && !context::weapon_cue(text, &(h.start..h.end)) {
                continue;
            }
        }
        if entity.kind == Kind::Leader
            && authors.get_or_insert_with(|| authors::Authors::read(text)).covers(h.start..h.end, &text[h.start..h.end])
        {
            continue;
        }
        let titled = title.is_some_and(|t| titles::fits(&t, entity));
        // The word before a surname alone: the person's first name in another spelling,
        // or someone else's first name.
        let given = if alias.partial && entity.kind == Kind::Leader && title.is_none() {
            let floor = covered.max(i.checked_sub(1).map_or(0, |p| hits[p].end));
            given::before(g, text, &(h.start..h.end), entity, floor)
        } else {
            given::Given::None
        };
        if alias.partial && mem.introduced(e).is_none() && !titled {
            // A surname that is also a common word (`May`, `West`) needs the full name
            // or a title first; a rare one, that someone carrying it held office then.
            if alias.common || (!ambiguous && !plausible_at(entity, date)) {
                continue;
            }
            // Someone else's surname, here or earlier in the document.
            let surface = &text[h.start..h.end];
            if given == given::Given::Other || others.contains(&surface) {
                others.push(surface);
                continue;
            }
        }
        // A grown designation (`Tor-M1`) is no common word, whatever its base is.
        if alias.common && !alias.partial && !h.is_grown() {
            let plain =
                plain.get_or_insert_with(|| mem.plain.iter().map(|(r, e)| (r.clone(), g.entity_at(*e))).collect());
            let n = context::Neighbours { plain, named_plainly: mem.introduced(e).is_some() };
            if !context::supported(text, h.start..h.end, entity, &n) {
                // A weapon the document names with support elsewhere (a `Javelin` after
                // `the Javelin anti-tank missile`) is the same weapon here: decided once
                // the whole document is read.
                if entity.kind == Kind::Weapon {
                    deferred.push((
                        out.len(),
                        mention(text, h, h.start..h.end, entity, alias, ambiguous, None, false),
                        e,
                    ));
                }
                continue;
            }
            if entity.kind == Kind::Weapon {
                supported_weapons.push(e);
            }
        }
        let office = match date {
            Some(d) if !entity.offices.is_empty() => office_on(g, e, d, mem),
            _ => None,
        };
        let span = if entity.kind == Kind::Leader && alias.form == crate::Form::Name {
            let span =
                patronymic::widen(g, text, h.start..h.end, entity, alias.partial, out.last().map_or(0, |m| m.end));
            match given {
                given::Given::Same(start) if span == (h.start..h.end) => start..h.end,
                _ => span,
            }
        } else {
            h.start..h.end
        };
        covered = span.end;
        out.push(mention(text, h, span, entity, alias, ambiguous, office, title.is_some_and(|t| t.former)));
    }
    family::first_names(text, insert_supported(out, deferred, supported_weapons))
}

/// `out` with the deferred common-word weapon finds whose weapon the document names with
/// support (`supported`) put back where they were found; `deferred` is in text order,
/// each with its position in `out` then. One merge, not an insert each: a long text may
/// defer thousands, and each insert would move every mention after it.
/// A person's full names: the display name and every alias that is not a partial one
/// (the names whose first words `patronymic` and `given` compare with the text).
fn full_names<'g>(g: &'g Gazetteer, entity: &'g Entity) -> impl Iterator<Item = &'g str> + 'g {
    std::iter::once(entity.name.as_str())
        .chain(g.aliases_of(&entity.id).filter(|a| !a.partial).map(|a| a.surface.as_str()))
}

fn insert_supported<'a>(
    mut out: Vec<Mention<'a>>,
    deferred: Vec<(usize, Mention<'a>, u32)>,
    mut supported: Vec<u32>,
) -> Vec<Mention<'a>> {
    if deferred.is_empty() || supported.is_empty() {
        return out;
    }
    supported.sort_unstable();
    supported.dedup();
    let mut back = deferred.into_iter().filter(|(_, _, e)| supported.binary_search(e).is_ok()).peekable();
    if back.peek().is_none() {
        return out;
    }
    let mut merged = Vec::with_capacity(out.len() + 16);
    let mut kept = std::mem::take(&mut out).into_iter();
    let mut taken = 0;
    for (at, m, _) in back {
        merged.extend(kept.by_ref().take(at - taken));
        taken = at;
        merged.push(m);
    }
    merged.extend(kept);
    merged
}

/// The candidate aliases `c` points at.
fn candidates<'l>(c: &Candidates, aliases: &'l [u32], flat: &'l [u32]) -> &'l [u32] {
    let list = if c.in_flat { flat } else { aliases };
    &list[c.lo as usize..c.hi as usize]
}

/// Where the variant suffix of a grown find lies in its span; a suffix that is only a
/// name (`Frogfoot`) makes no variant: the span is longer, the entity the same. Apart,
/// so that `mention` stays small enough to inline.
#[cold]
fn variant(text: &str, h: &Hit) -> (u16, u16) {
    let Some(range) = h.suffix() else { return (0, 0) };
    let suffix = crate::grammar::designation_part(&text[range.clone()]);
    let from = range.start - h.start;
    match (u16::try_from(from), u16::try_from(from + suffix.len())) {
        (Ok(a), Ok(b)) if b > a => (a, b),
        _ => (0, 0),
    }
}

#[inline]
#[allow(clippy::too_many_arguments)]
fn mention<'a>(
    text: &'a str,
    h: &Hit,
    span: Range<usize>,
    entity: &'a Entity,
    alias: &'a crate::Alias,
    ambiguous: bool,
    office: Option<&'a Office>,
    former: bool,
) -> Mention<'a> {
    // A grown designation's suffix (weapons) is relative to the find; only a leader's
    // name is widened (over a patronymic), and it never grows.
    let suffix = if h.is_grown() { variant(text, h) } else { (0, 0) };
    let surface = &text[span.clone()];
    Mention { start: span.start, end: span.end, surface, entity, alias, ambiguous, office, former, suffix }
}

/// Picks among several entities; `None` drops the find.
///
/// The namesakes the document names in full, if any, are the only candidates; a title
/// narrows them to those who held such an office; with a date, the one who held a
/// matching office (one the title names, or any) on that day wins. When several did, the
/// ranking is the issue-15 order: the office in the country (or region) the document
/// mentions most, then the one the document named in full first, then the higher body
/// (a state over a region) and the higher office.
fn choose(
    g: &Gazetteer,
    cands: &[u32],
    date: Option<Date>,
    title: Option<Title>,
    generation: Option<generation::Generation>,
    mem: &Memory,
) -> (Option<u32>, bool) {
    let ent = |a: u32| g.alias_at(a).0;
    // Aliases dated out at the document's date (a former capital) are no candidates.
    let current: Vec<u32>;
    let cands = if cands.iter().all(|&a| g.alias_at(a).1.names_on(date)) {
        cands
    } else {
        current = cands.iter().copied().filter(|&a| g.alias_at(a).1.names_on(date)).collect();
        if current.is_empty() {
            return (None, false);
        }
        &current[..]
    };
    // The document's full names decide its surnames.
    let named: Vec<u32> = if cands.iter().any(|&a| mem.introduced(ent(a)).is_some()) {
        cands.iter().copied().filter(|&a| mem.introduced(ent(a)).is_some()).collect()
    } else {
        Vec::new() // no allocation for the usual case
    };
    if named.len() == 1 {
        return (Some(named[0]), false);
    }
    // `the elder Aliyev` among the namesakes the document names in full.
    if let Some(gen) = generation.filter(|_| named.len() >= 2) {
        let people: Vec<&Entity> = named.iter().map(|&a| g.entity_at(ent(a))).collect();
        if let Some(i) = generation::pick(&people, gen) {
            return (Some(named[i]), false);
        }
    }
    let first_named = || named.iter().copied().min_by_key(|&a| mem.introduced(ent(a)));
    let cands: &[u32] = if named.is_empty() { cands } else { &named };
    // A title narrows the namesakes to those who held such an office.
    let titled: Vec<u32> = match title {
        Some(t) => cands.iter().copied().filter(|&a| titles::fits(&t, g.entity_at(ent(a)))).collect(),
        None => Vec::new(),
    };
    let cands: &[u32] = if titled.is_empty() { cands } else { &titled };
    if cands.len() == 1 && date.is_none() {
        return (Some(cands[0]), false);
    }
    let any_partial = cands.iter().any(|&a| g.alias_at(a).1.partial);
    let former = title.is_some_and(|t| t.former);
    match date {
        Some(d) => {
            // The offices that count: those the title names (all, without a title).
            let counts = |o: &Office| title.is_none_or(|t| titles::names(&t, o));
            // `former President X`: the one whose office had ended by then.
            let holds = |a: u32| {
                let e = g.entity_at(ent(a));
                if former {
                    e.offices.iter().any(|o| counts(o) && o.end.is_some_and(|end| end.first_day() <= d.last_day()))
                } else {
                    e.offices.iter().any(|o| counts(o) && o.held_on(d))
                }
            };
            let holders: Vec<u32> = cands.iter().copied().filter(|&a| holds(a)).collect();
            match holders.len() {
                1 => (Some(holders[0]), false),
                // Nobody held it then: a person the document named, or the one the title
                // fits (a look back: `President Kadyrov` for the father, years later).
                0 if !named.is_empty() => (first_named(), false),
                0 if cands.len() == 1 && !titled.is_empty() => (Some(cands[0]), false),
                0 if any_partial => (None, true),
                0 => (Some(cands[0]), true),
                _ => {
                    let key = |a: &u32| {
                        let e = ent(*a);
                        let offices = g.entity_at(e).offices.iter().zip(g.office_keys(e));
                        let best = offices
                            .filter(|(o, _)| counts(o) && (former || o.held_on(d)))
                            .map(|(_, k)| (mem.weight(k.country), k.level, k.rank))
                            .max()
                            .unwrap_or_default();
                        // Earlier full names first; not named at all last.
                        let named_at = mem.introduced(e).map_or(0, |at| usize::MAX - at);
                        (best.0, named_at, best.1, best.2)
                    };
                    (holders.iter().max_by_key(|a| key(a)).copied(), true)
                }
            }
        }
        None => {
            if !named.is_empty() {
                return (first_named(), false);
            }
            // The one in office now, in the higher office, then the one who came last.
            let recent = |a: &u32| {
                let e = ent(*a);
                let offices = &g.entity_at(e).offices;
                let keys = g.office_keys(e);
                let current =
                    offices.iter().zip(keys).filter(|(o, _)| o.end.is_none()).map(|(_, k)| (k.level, k.rank)).max();
                (current, offices.iter().filter_map(|o| o.start).max())
            };
            (cands.iter().max_by_key(|a| recent(a)).copied(), true)
        }
    }
}

/// The office entity `e` held on `date` that ranks first: in the country the document
/// mentions most, then the higher office; with its (weight, rank).
fn best_office<'g>(g: &'g Gazetteer, e: u32, date: Date, mem: &Memory) -> Option<(&'g Office, (u32, u8))> {
    g.entity_at(e)
        .offices
        .iter()
        .zip(g.office_keys(e))
        .filter(|(o, _)| o.held_on(date))
        .map(|(o, k)| (o, (mem.weight(k.country), k.level.min(1) * 8 + k.rank)))
        .max_by_key(|(_, key)| *key)
}

/// A partial name of one person only: reported unless the document's date comes before
/// the person's first office.
fn plausible_at(entity: &Entity, date: Option<Date>) -> bool {
    match date {
        None => true,
        Some(d) => entity.offices.iter().filter_map(|o| o.start).min().is_none_or(|s| s.first_day() <= d.last_day()),
    }
}

/// The office entity `e` held on `date`, preferring the document's most-mentioned country.
fn office_on<'g>(g: &'g Gazetteer, e: u32, date: Date, mem: &Memory) -> Option<&'g Office> {
    best_office(g, e, date, mem).map(|(o, _)| o)
}
