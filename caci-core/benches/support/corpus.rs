//! A deterministic generator of analyst-like prose for benchmarks: sentences about
//! states, leaders and weapon systems of the built-in gazetteer, at about one mention per
//! 70 bytes, with the filler, punctuation and occasional non-ASCII text of real articles.
//!
//! Shared by the benchmark and the matcher's unit tests (which check every scan path on
//! it): the module that includes it names the `caci_core` crate `caci` (`use caci_core as
//! caci;` outside the crate, `use crate as caci;` inside).

#![allow(dead_code)]

use super::caci::{Form, Gazetteer, Kind};

/// xorshift64*: small, fast and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const TEMPLATES: &[&str] = &[
    "{C} and {C} signed a memorandum on energy transit, according to officials in {P}.",
    "The {D} defence ministry confirmed the delivery of {W} systems to {C} last year.",
    "{L} met {L} on the sidelines of the summit to discuss regional security and trade.",
    "Analysts note that the {W} has become a symbol of {D} ambitions in the region.",
    "In {P}, the government announced new tariffs on goods imported from {C}.",
    "The deal, worth an estimated $1.2 billion, includes {W} aircraft and training for {D} pilots.",
    "{L} told reporters that relations with {C} had never been stronger.",
    "Officials in {P} and {P} have so far declined to comment on the reports.",
    "A {D} delegation arrived in {P} on Tuesday for two days of talks.",
    "The procurement of the {W} reflects a broader shift away from {D} suppliers.",
    "Trade between {C} and {C} grew by 14 percent in the first half of the year.",
    "The ministry’s statement did not mention {C}, which has expressed concern over the pipeline.",
];

const FILLER: &[&str] = &[
    "The decision was widely expected by observers of the region.",
    "Negotiations over the details are likely to continue for several months.",
    "Such arrangements have a long history in the post-Soviet space.",
    "Critics argue that the agreement leaves key questions unanswered.",
    "The parliament is expected to ratify the document before the end of the session.",
    "Water management remains a persistent source of friction along the river basin.",
    "The new railway would cut transit times by almost a third.",
    "Local media reported that the talks were held behind closed doors.",
];

/// Surfaces to draw from, by slot.
pub struct Names {
    countries: Vec<String>,
    demonyms: Vec<String>,
    capitals: Vec<String>,
    leaders: Vec<String>,
    weapons: Vec<String>,
}

impl Names {
    pub fn from(g: &Gazetteer) -> Names {
        let mut n = Names { countries: vec![], demonyms: vec![], capitals: vec![], leaders: vec![], weapons: vec![] };
        for e in g.entities() {
            for a in g.aliases_of(&e.id) {
                if a.common || a.surface.ends_with('-') {
                    continue;
                }
                let s = a.surface.clone();
                match (e.kind, a.form) {
                    (Kind::Country, Form::Name) => n.countries.push(s),
                    (Kind::Country, Form::Demonym) => n.demonyms.push(s),
                    (Kind::Country, Form::Capital) => n.capitals.push(s),
                    (Kind::Leader, _) => n.leaders.push(s),
                    (Kind::Weapon, _) => n.weapons.push(s),
                    _ => {}
                }
            }
        }
        for (v, fallback) in [
            (&mut n.countries, "Uzbekistan"),
            (&mut n.demonyms, "Kazakh"),
            (&mut n.capitals, "Tashkent"),
            (&mut n.leaders, "Ilham Aliyev"),
            (&mut n.weapons, "J-10C"),
        ] {
            if v.is_empty() {
                v.push(fallback.to_string());
            }
        }
        n
    }
}

/// One paragraph of a few sentences.
pub fn paragraph(rng: &mut Rng, names: &Names) -> String {
    let mut out = String::new();
    for _ in 0..3 + rng.below(4) {
        let t = if rng.below(10) < 8 { *rng.pick(TEMPLATES) } else { *rng.pick(FILLER) };
        let mut rest = t;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let slot = rest.as_bytes()[i + 1];
            let list = match slot {
                b'C' => &names.countries,
                b'D' => &names.demonyms,
                b'P' => &names.capitals,
                b'L' => &names.leaders,
                _ => &names.weapons,
            };
            let name: &String = rng.pick(list);
            out.push_str(name);
            rest = &rest[i + 3..];
        }
        out.push_str(rest);
        out.push(' ');
    }
    out.push('\n');
    out
}

/// About `bytes` bytes of documents of about `doc_bytes` bytes each.
pub fn documents(g: &Gazetteer, seed: u64, bytes: usize, doc_bytes: usize) -> Vec<String> {
    let names = Names::from(g);
    let mut rng = Rng::new(seed);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < bytes {
        let mut d = String::new();
        while d.len() < doc_bytes {
            d.push_str(&paragraph(&mut rng, &names));
        }
        total += d.len();
        docs.push(d);
    }
    docs
}
