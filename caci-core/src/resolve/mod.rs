//! Resolution: which entity each find names, in one pass over a document's finds.
//!
//! Most finds name one entity and need nothing here. The others are settled by small
//! rules, each in its own module:
//! - `titles`: a title before a name picks among namesakes, lets a surname that is also
//!   a common word count, and `former` sets a flag;
//! - `authors`: names in a `By …` line, and those names elsewhere, are not leaders;
//! - `context`: aliases that are also common words or other places (`Georgia`,
//!   `Patriot`) need support from the words around them or the rest of the document.
//!
//! A partial name (`Aliyev`) or an alias marked ambiguous may name several entities;
//! they are settled in this order:
//! 1. a full name wins over a partial one written at the same place;
//! 2. the document's memory: a person the document names in full (anywhere in it) is the
//!    one its surnames mean;
//! 3. a title before the name: the namesake who held such an office;
//! 4. the document's date: the one who held office on that day (among several, the one
//!    whose office belongs to the country the document mentions most, then the higher
//!    office);
//! 5. without a date, the one in office now (the higher office first), else the most
//!    recent office-holder, flagged `ambiguous`.
//!
//! A shared surname that the document never introduced and that nobody carrying it held
//! office at the document's date is dropped: it is most likely someone else (a scholar,
//! a namesake). A surname that is also a common word (`May`, `West`) is dropped unless
//! the document named the person in full or a title stands before it.

mod authors;
mod context;
mod titles;

use crate::date::Date;
use crate::entity::{Entity, Kind, Office};
use crate::gazetteer::Gazetteer;
use crate::matcher::Hit;
use crate::mention::Mention;
use std::collections::HashMap;
use std::ops::Range;
use titles::Title;

/// Resolves `hits` (with their aliases in `aliases`) to mentions.
pub(crate) fn resolve<'a>(
    g: &'a Gazetteer,
    text: &'a str,
    date: Option<Date>,
    hits: &[Hit],
    aliases: &[u32],
) -> Vec<Mention<'a>> {
    let list = |h: &Hit| &aliases[h.aliases.start as usize..h.aliases.end as usize];
    // Most documents need no rule at all: every find names one entity by a full name that
    // is not a common word, and no leader is named. They skip the document's memory.
    let simple = date.is_none()
        && hits.iter().all(|h| {
            let (e, a) = g.alias_at(list(h)[0]);
            h.aliases.len() == 1 && !a.partial && !a.common && g.entity_at(e).kind != Kind::Leader
        });
    if simple {
        return hits
            .iter()
            .map(|h| {
                let (e, alias) = g.alias_at(list(h)[0]);
                mention(text, h, g.entity_at(e), alias, false, None, false)
            })
            .collect();
    }
    // Per hit, its candidate aliases (full names before partial ones), as ranges into one
    // flat buffer: one allocation per document, not one per find.
    let mut flat: Vec<u32> = Vec::with_capacity(aliases.len());
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(hits.len());
    for h in hits {
        let list = list(h);
        let lo = flat.len();
        flat.extend(list.iter().copied().filter(|&a| !g.alias_at(a).1.partial));
        if flat.len() == lo {
            flat.extend_from_slice(list);
        }
        ranges.push((lo, flat.len()));
    }
    let candidates: Vec<&[u32]> = ranges.iter().map(|&(lo, hi)| &flat[lo..hi]).collect();
    let unique = |c: &[u32]| c.iter().all(|&a| g.alias_at(a).0 == g.alias_at(c[0]).0);
    // What the document names without doubt: entities named in full by a plain alias,
    // their spans (for the context rules), and how often each country.
    let mut introduced: HashMap<u32, usize> = HashMap::new();
    let mut country_weight: HashMap<&str, usize> = HashMap::new();
    let mut plain: Vec<(Range<usize>, &Entity)> = Vec::new();
    for (h, c) in hits.iter().zip(&candidates) {
        if !unique(c) {
            continue;
        }
        let (e, alias) = g.alias_at(c[0]);
        let entity = g.entity_at(e);
        if !alias.partial && !alias.common {
            introduced.entry(e).or_insert(h.start);
            plain.push((h.start..h.end, entity));
            if entity.kind == Kind::Country {
                *country_weight.entry(&entity.id).or_default() += 1;
            }
        }
    }
    // Bylines are read only for documents that name a leader: the read is a pass over
    // the whole text, and the rule only ever drops leader finds.
    let mut authors: Option<authors::Authors<'_>> = None;
    let neighbours = context::Neighbours { plain: &plain };
    let mut out = Vec::with_capacity(hits.len());
    for (h, c) in hits.iter().zip(&candidates) {
        let leaders = c.iter().any(|&a| g.entity_at(g.alias_at(a).0).kind == Kind::Leader);
        let title = if leaders { titles::before(text, h.start) } else { None };
        let (choice, ambiguous) =
            if unique(c) { (Some(c[0]), false) } else { choose(g, c, date, title, &introduced, &country_weight) };
        let Some(a) = choice else { continue };
        let (e, alias) = g.alias_at(a);
        let entity = g.entity_at(e);
        let surface = &text[h.start..h.end];
        if entity.kind == Kind::Leader
            && authors.get_or_insert_with(|| authors::Authors::read(text)).covers(h.start..h.end, surface)
        {
            continue;
        }
        let titled = title.is_some_and(|t| titles::fits(&t, entity));
        if alias.partial && !introduced.contains_key(&e) && !titled {
            // A surname that is also a common word (`May`, `West`) needs the full name
            // or a title first; a rare one, that someone carrying it held office then.
            if alias.common || (!ambiguous && !plausible_at(entity, date)) {
                continue;
            }
        }
        if alias.common && !alias.partial && !context::supported(text, h.start..h.end, entity, &neighbours) {
            continue;
        }
        let office = date.and_then(|d| office_on(entity, d, &country_weight));
        out.push(mention(text, h, entity, alias, ambiguous, office, title.is_some_and(|t| t.former)));
    }
    out
}

fn mention<'a>(
    text: &'a str,
    h: &Hit,
    entity: &'a Entity,
    alias: &'a crate::Alias,
    ambiguous: bool,
    office: Option<&'a Office>,
    former: bool,
) -> Mention<'a> {
    Mention { start: h.start, end: h.end, surface: &text[h.start..h.end], entity, alias, ambiguous, office, former }
}

/// Picks among several entities; `None` drops the find.
fn choose(
    g: &Gazetteer,
    cands: &[u32],
    date: Option<Date>,
    title: Option<Title>,
    introduced: &HashMap<u32, usize>,
    weight: &HashMap<&str, usize>,
) -> (Option<u32>, bool) {
    let ent = |a: u32| g.alias_at(a).0;
    if let Some(&a) = cands.iter().filter(|&&a| introduced.contains_key(&ent(a))).min_by_key(|&&a| introduced[&ent(a)])
    {
        return (Some(a), false);
    }
    // A title narrows the namesakes to those who held such an office.
    let titled: Vec<u32> = match title {
        Some(t) => cands.iter().copied().filter(|&a| titles::fits(&t, g.entity_at(ent(a)))).collect(),
        None => Vec::new(),
    };
    let cands: &[u32] = if titled.is_empty() { cands } else { &titled };
    if cands.len() == 1 {
        return (Some(cands[0]), false);
    }
    let any_partial = cands.iter().any(|&a| g.alias_at(a).1.partial);
    let former = title.is_some_and(|t| t.former);
    match date {
        Some(d) => {
            // `former President X`: the one whose office had ended by then.
            let holds = |a: u32| {
                let e = g.entity_at(ent(a));
                if former {
                    e.offices.iter().any(|o| o.end.is_some_and(|end| end.first_day() <= d.last_day()))
                } else {
                    e.offices_on(d).next().is_some()
                }
            };
            let holders: Vec<u32> = cands.iter().copied().filter(|&a| holds(a)).collect();
            match holders.len() {
                1 => (Some(holders[0]), false),
                0 if any_partial => (None, true),
                0 => (Some(cands[0]), true),
                _ => {
                    // The office in the country the document talks about most, then the
                    // higher office (a president before a minister).
                    let score = |a: &u32| {
                        g.entity_at(ent(*a))
                            .offices_on(d)
                            .map(|o| (weight.get(o.country.as_str()).copied().unwrap_or(0), rank(&o.title)))
                            .max()
                            .unwrap_or((0, 0))
                    };
                    (holders.iter().max_by_key(|a| score(a)).copied(), true)
                }
            }
        }
        None => {
            // The one in office now, in the higher office, then the one who came last.
            let recent = |a: &u32| {
                let offices = &g.entity_at(ent(*a)).offices;
                let current = offices.iter().filter(|o| o.end.is_none()).map(|o| rank(&o.title)).max();
                (current, offices.iter().filter_map(|o| o.start).max())
            };
            (cands.iter().max_by_key(|a| recent(a)).copied(), true)
        }
    }
}

/// How high an office stands, for choosing between namesakes who both held one.
fn rank(title: &str) -> u8 {
    let t = title.to_ascii_lowercase();
    if t.contains("vice") || t.contains("deputy") || t.contains("acting") {
        1
    } else if t.contains("president")
        || t.contains("supreme leader")
        || t.contains("general secretary")
        || t.contains("chancellor")
    {
        4
    } else if t.contains("prime minister") {
        3
    } else if t.contains("minister") || t.contains("secretary") {
        2
    } else {
        1
    }
}

/// A partial name of one person only: reported unless the document's date comes before
/// the person's first office.
fn plausible_at(entity: &Entity, date: Option<Date>) -> bool {
    match date {
        None => true,
        Some(d) => entity.offices.iter().filter_map(|o| o.start).min().is_none_or(|s| s.first_day() <= d.last_day()),
    }
}

/// The office `entity` held on `date`, preferring the document's most-mentioned country.
fn office_on<'a>(entity: &'a Entity, date: Date, weight: &HashMap<&str, usize>) -> Option<&'a Office> {
    entity.offices_on(date).max_by_key(|o| (weight.get(o.country.as_str()).copied().unwrap_or(0), rank(&o.title)))
}
