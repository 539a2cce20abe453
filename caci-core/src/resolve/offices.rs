//! What resolution needs to know of each office, worked out once when the gazetteer is
//! built: the index of the office's country, and how high the office stands.
//!
//! Choosing between namesakes compares offices by "the country the document talks
//! about most, then the higher office". Both were computed per find from strings (a
//! hash of the country id, a lower-cased copy of the title); here they are two numbers.

use crate::entity::Entity;
use std::collections::HashMap;

/// An office, as resolution compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OfficeKey {
    /// Index of the office's country (or organization) in the gazetteer.
    pub country: u32,
    /// How high the office stands (see [`rank`]).
    pub rank: u8,
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
            keys.extend(e.offices.iter().map(|o| OfficeKey {
                country: by_id.get(&o.country).copied().unwrap_or(u32::MAX),
                rank: rank(&o.title),
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
    use crate::{Kind, Office};

    #[test]
    fn keys_follow_the_offices() {
        let kaz = Entity::new("KAZ", Kind::Country, "Kazakhstan");
        let p = Entity::new("p", Kind::Leader, "P")
            .with_office("Prime Minister@KAZ 2007..2012".parse::<Office>().unwrap())
            .with_office("President@KAZ 2019..".parse::<Office>().unwrap());
        let entities = vec![kaz, p];
        let by_id = entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
        let index = OfficeIndex::new(&entities, &by_id);
        assert!(index.of(0).is_empty());
        assert_eq!(index.of(1), [OfficeKey { country: 0, rank: 3 }, OfficeKey { country: 0, rank: 4 }]);
        assert_eq!(rank("Deputy Prime Minister"), 1);
        assert_eq!(rank("Foreign Minister"), 2);
    }
}
