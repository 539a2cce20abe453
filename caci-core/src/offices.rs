//! What resolution needs to know of each office, worked out once when the gazetteer is
//! built: the index of the office's country, and how high the office stands.
//!
//! Choosing between namesakes compares offices by "the country the document talks
//! about most, then the higher office". Both were computed per find from strings (a
//! hash of the country id, a lower-cased copy of the title); here they are two numbers.

use crate::entity::{Entity, Kind};
use std::collections::HashMap;

/// An office, as resolution compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OfficeKey {
    /// Index of the office's country (or organization) in the gazetteer.
    pub country: u32,
    /// How high the office stands (see [`rank`]).
    pub rank: u8,
    /// How high the body the office belongs to stands: 2 a state, 1 an international
    /// body or movement, 0 a region (a head of state over the head of a federal subject).
    pub level: u8,
}

/// The [`OfficeKey`]s of every entity's offices, in the order of `Entity::offices`.
#[derive(Debug, Clone, Default)]
pub(crate) struct OfficeIndex {
    keys: Vec<OfficeKey>,
    /// Per entity, where its keys start in `keys` (one more entry than entities).
    starts: Vec<u32>,
}

impl OfficeIndex {
    /// Indexes the offices of `entities`; `by_id` maps ids to indices. An office whose
    /// country is not in the gazetteer (the builder refuses those) gets `u32::MAX`.
    pub fn new(entities: &[Entity], by_id: &HashMap<String, u32>) -> OfficeIndex {
        let mut keys = Vec::new();
        let mut starts = Vec::with_capacity(entities.len() + 1);
        for e in entities {
            starts.push(keys.len() as u32);
            keys.extend(e.offices.iter().map(|o| {
                let country = by_id.get(&o.country).copied().unwrap_or(u32::MAX);
                let level = match entities.get(country as usize).map(|c| c.kind) {
                    Some(Kind::Country) => 2,
                    Some(Kind::Region) | None => 0,
                    Some(_) => 1,
                };
                OfficeKey { country, rank: rank(&o.title), level }
            }));
        }
        starts.push(keys.len() as u32);
        OfficeIndex { keys, starts }
    }

    /// The keys of entity `e`'s offices, one per office.
    pub fn of(&self, e: u32) -> &[OfficeKey] {
        let (lo, hi) = (self.starts[e as usize] as usize, self.starts[e as usize + 1] as usize);
        &self.keys[lo..hi]
    }
}

/// How high an office stands, for choosing between namesakes who both held one.
pub(crate) fn rank(title: &str) -> u8 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Office;

    #[test]
    fn keys_follow_the_offices() {
        let kaz = Entity::new("KAZ", Kind::Country, "Kazakhstan");
        let p = Entity::new("p", Kind::Leader, "P")
            .with_office("Prime Minister@KAZ 2007..2012".parse::<Office>().unwrap())
            .with_office("President@KAZ 2019..".parse::<Office>().unwrap());
        let dagestan = Entity::new("dagestan", Kind::Region, "Dagestan");
        let r =
            Entity::new("r", Kind::Leader, "R").with_office("President@dagestan 2006..2010".parse::<Office>().unwrap());
        let entities = vec![kaz, p, dagestan, r];
        let by_id = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
        let index = OfficeIndex::new(&entities, &by_id);
        assert_eq!(
            index.of(3),
            [OfficeKey { country: 2, rank: 4, level: 0 }],
            "a region's president ranks below a state's"
        );
        assert!(index.of(0).is_empty());
        assert_eq!(
            index.of(1),
            [OfficeKey { country: 0, rank: 3, level: 2 }, OfficeKey { country: 0, rank: 4, level: 2 }]
        );
        assert_eq!(rank("Deputy Prime Minister"), 1);
        assert_eq!(rank("Foreign Minister"), 2);
    }
}
