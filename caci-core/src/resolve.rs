//! Resolution: which entity each find names, in one pass over a document's finds.
//!
//! Most finds name one entity. A partial name (`Aliyev`) or an alias marked ambiguous
//! may name several; they are settled in this order:
//! 1. a full name wins over a partial one written at the same place;
//! 2. the document's memory: a person the document names in full (anywhere in it) is the
//!    one its later and earlier surnames mean;
//! 3. the document's date: the one who held office on that day (among several, the one
//!    whose office belongs to the country the document mentions most);
//! 4. without a date, the most recent office-holder, flagged `ambiguous`.
//!
//! A shared surname that the document never introduced and that nobody carrying it held
//! office at the document's date is dropped: it is most likely someone else (a scholar,
//! a namesake). A surname that is also a common word (`May`, `West`) is dropped unless
//! the document named the person in full.

use crate::date::Date;
use crate::entity::{Entity, Kind, Office};
use crate::gazetteer::Gazetteer;
use crate::matcher::Hit;
use crate::mention::Mention;
use std::collections::HashMap;

/// Resolves `hits` (with their aliases in `aliases`) to mentions.
pub(crate) fn resolve<'a>(
    g: &'a Gazetteer,
    text: &'a str,
    date: Option<Date>,
    hits: &[Hit],
    aliases: &[u32],
) -> Vec<Mention<'a>> {
    let list = |h: &Hit| &aliases[h.aliases.start as usize..h.aliases.end as usize];
    // Most documents need no choice at all: every find names one entity by a full name,
    // and no office is asked for. Those skip the document's memory entirely.
    let simple = date.is_none() && hits.iter().all(|h| h.aliases.len() == 1 && !g.alias_at(list(h)[0]).1.partial);
    if simple {
        return hits
            .iter()
            .map(|h| {
                let (e, alias) = g.alias_at(list(h)[0]);
                let entity = g.entity_at(e);
                Mention {
                    start: h.start,
                    end: h.end,
                    surface: &text[h.start..h.end],
                    entity,
                    alias,
                    ambiguous: false,
                    office: None,
                }
            })
            .collect();
    }
    let candidates = |h: &Hit| -> Vec<u32> {
        let list = list(h);
        let full: Vec<u32> = list.iter().copied().filter(|&a| !g.alias_at(a).1.partial).collect();
        if full.is_empty() {
            list.to_vec()
        } else {
            full
        }
    };
    // Pass 1: what the document names without doubt, and how often each country.
    let mut introduced: HashMap<u32, usize> = HashMap::new();
    let mut country_weight: HashMap<&str, usize> = HashMap::new();
    let resolved: Vec<Vec<u32>> = hits.iter().map(candidates).collect();
    for (h, c) in hits.iter().zip(&resolved) {
        let first = g.alias_at(c[0]).0;
        if c.iter().all(|&a| g.alias_at(a).0 == first) {
            let entity = g.entity_at(first);
            if !g.alias_at(c[0]).1.partial {
                introduced.entry(first).or_insert(h.start);
            }
            if entity.kind == Kind::Country {
                *country_weight.entry(&entity.id).or_default() += 1;
            }
        }
    }
    let mut out = Vec::with_capacity(hits.len());
    for (h, c) in hits.iter().zip(&resolved) {
        let (choice, ambiguous) = if c.iter().all(|&a| g.alias_at(a).0 == g.alias_at(c[0]).0) {
            (Some(c[0]), false)
        } else {
            choose(g, c, date, &introduced, &country_weight)
        };
        let Some(a) = choice else { continue };
        let (e, alias) = g.alias_at(a);
        let entity = g.entity_at(e);
        if alias.partial
            && !introduced.contains_key(&e)
            && (alias.common || (!ambiguous && !plausible_at(entity, date)))
        {
            // A surname that is also a common word (`May`, `West`, `Khan`) counts only
            // once the document has named the person in full.
            continue;
        }
        out.push(Mention {
            start: h.start,
            end: h.end,
            surface: &text[h.start..h.end],
            entity,
            alias,
            ambiguous,
            office: date.and_then(|d| office_on(entity, d, &country_weight)),
        });
    }
    out
}

/// Picks among several entities; `None` drops the find.
fn choose(
    g: &Gazetteer,
    cands: &[u32],
    date: Option<Date>,
    introduced: &HashMap<u32, usize>,
    weight: &HashMap<&str, usize>,
) -> (Option<u32>, bool) {
    let ent = |a: u32| g.alias_at(a).0;
    if let Some(&a) = cands.iter().filter(|&&a| introduced.contains_key(&ent(a))).min_by_key(|&&a| introduced[&ent(a)])
    {
        return (Some(a), false);
    }
    let any_partial = cands.iter().any(|&a| g.alias_at(a).1.partial);
    match date {
        Some(d) => {
            let holders: Vec<u32> =
                cands.iter().copied().filter(|&a| g.entity_at(ent(a)).offices_on(d).next().is_some()).collect();
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
                    let best = holders.iter().max_by_key(|a| score(a)).copied();
                    (best, true)
                }
            }
        }
        None => {
            let latest = |a: &u32| g.entity_at(ent(*a)).offices.iter().filter_map(|o| o.start).max();
            (cands.iter().max_by_key(|a| latest(a)).copied(), true)
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
    if entity.offices.is_empty() {
        return None;
    }
    entity.offices_on(date).max_by_key(|o| weight.get(o.country.as_str()).copied().unwrap_or(0))
}
