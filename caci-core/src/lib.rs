//! # caci-core
//!
//! Finds countries, political leaders and weapon systems in analyst prose, fast and
//! with exact offsets, and the relations the prose states between them. A [`Gazetteer`]
//! of entities and their aliases is compiled into a byte trie of its own, walked from the
//! word starts that an 8-byte prefix filter lets through (not one Aho-Corasick
//! automaton: see the `trie` and `matcher` modules); [`Gazetteer::find`] returns
//! whole-word, case-aware, non-overlapping [`Mention`]s with byte offsets into your text.
//! On top of the mentions, [`relations`] reads who transfers which weapon system to whom
//! and at what stage, and which leaders met, with rules over sentences and clauses and
//! one `aho-corasick` automaton of trigger words.
//!
//! ```
//! use caci_core::{Gazetteer, Kind};
//!
//! let g = Gazetteer::default(); // the built-in countries, leaders and weapons
//! let text = "Uzbekistan is negotiating with Beijing for Chinese-made JF-17s.";
//! let found: Vec<(&str, Kind, &str)> = g.find(text).iter().map(|m| (m.surface, m.kind(), m.id())).collect();
//! assert_eq!(found, [
//!     ("Uzbekistan", Kind::Country, "UZB"),
//!     ("Beijing", Kind::Country, "CHN"),
//!     ("Chinese", Kind::Country, "CHN"),
//!     ("JF-17s", Kind::Weapon, "jf-17"),
//! ]);
//!
//! // What the text states: a negotiation between China and Uzbekistan over the JF-17.
//! let mentions = g.find(text);
//! let t = &caci_core::relations::transfers(&g, text, &mentions, None)[0];
//! assert_eq!((t.supplier, t.recipient, t.system, t.status.as_str()), ("CHN", "UZB", "jf-17", "negotiation"));
//! ```
//!
//! Your own entities, alone or on top of the built-in ones:
//!
//! ```
//! use caci_core::{Alias, Entity, Form, Gazetteer, Kind};
//!
//! let mut b = Gazetteer::builder();
//! b.add(Entity::new("UZB", Kind::Country, "Uzbekistan"), [Alias::new("Uzbek").form(Form::Demonym)])?;
//! let g = b.build()?;
//! let m = &g.find("An Uzbek delegation")[0];
//! assert_eq!((m.start, m.end, m.id(), m.form()), (3, 8, "UZB", Form::Demonym));
//! # Ok::<(), caci_core::Error>(())
//! ```
//!
//! ## What matches
//! - Whole words only, with Unicode word boundaries: `Iran` is not found in `Iranian`,
//!   `Russian` is found in `Sino-Russian`, `Azerbaijan` in `Azerbaijan’s`.
//! - Case by [`CasePolicy`]: ASCII letters are folded by the automaton; non-ASCII letters
//!   match as written and in generated upper- and lower-case forms; nothing else is folded.
//! - Spelling variants are generated at build time: each hyphen as a space, or dropped
//!   next to a digit (`J-10C`, `J 10C`, `J10C`); a space before a numeral as a hyphen
//!   (`Block-III`); Unicode hyphens and en dashes; no-break spaces; straight and curly
//!   apostrophes; diacritics dropped (`Türkiye` → `Turkiye`); upper- (and for
//!   [`CasePolicy::Any`] lower-) case forms of non-ASCII names; composed and decomposed
//!   Unicode forms; and the plural `s` of weapon names (`F-16s`).
//! - Among the candidates that pass the boundary and case tests, the leftmost-longest
//!   wins, and mentions never overlap.
//!
//! ## Generated names
//! Each generator can be turned off in [`Options`].
//! - Grown designations: a known weapon designation followed by a variant suffix that no
//!   list spells out (`Mi-17` → `Mi-17V-5M`, `Tor` → `Tor-M1`, `JF-17` → `JF-17 Block
//!   III`) is one mention, [`Mention::variant`] the suffix. The suffixes are learned from
//!   the data: wherever one alias of a weapon family begins with another, the shape of
//!   the rest (capitals, digits, dashes, the words after a space) is learned, and a
//!   designation grows only by text of a learned shape that ends at a word boundary (so
//!   `Tornado` and `Tor Vergata` never grow).
//! - Composed names of weapons, from their `maker` and names: `Sukhoi Su-35`,
//!   `TOS-1A Solntsepek`, `Sukhoi-30`, `TB2 Bayraktar`, and an index alone (`9K720` of
//!   `9K720 Iskander`).
//! - Look-alike spellings of designations that translated texts use: `С-300` in
//!   Cyrillic, `C-300`, `II-76`, and a hyphen after the capitals run into a number
//!   (`C-295` for `C295`), matched with the exact case only.
//! - Other romanizations of people's names (`Sergei` / `Sergey`, `Aliyev` / `Aliev`), by
//!   the rules of the person's language ([`Lang`], [`Rule`]); see
//!   [`Gazetteer::romanized`]. A generated form never takes another entity's name.
//!
//! ## How names are resolved
//! A partial name (`Aliyev`) or an alias marked ambiguous may name several entities.
//! [`Gazetteer::find_dated`] settles them by a full name written at the same place, then
//! by the people the document names in full, a title before the name, and the office
//! each namesake held on the document's date (in the country the document mentions
//! most); without a date, by who holds an office now, flagged
//! [`ambiguous`](Mention::ambiguous). A shared surname that the document never introduced
//! and that nobody carrying it held office at the date is dropped, and so is a surname
//! that is also a common word (`May`) unless the person was named in full or titled;
//! names in a `By …` line are authors, not leaders. An alias with periods (a former
//! capital) names its entity only on the days of its periods.
//!
//! ## Layout
//! One job per module, in layers: each module uses only those below it.
//! - Data: `entity`, `alias`, `date` and `error` (the types re-exported at the root), and
//!   the per-alias generators `variants` (spellings), `grammar` (designation suffixes),
//!   `compose` (maker-and-name forms) and `romanize` (other romanizations of names).
//! - Matching: `boundary` (word boundaries), `trie` and `matcher` (the automaton).
//! - `gazetteer`: [`Gazetteer`], the compiled data, and its [`GazetteerBuilder`]; `offices`
//!   (what resolution compares of each office), `pool` (the thread pools).
//! - Operations on a gazetteer, each an `impl Gazetteer` in its own module: `find`
//!   ([`Gazetteer::find`], with `resolve`: which entity each find names), `batch`
//!   ([`Gazetteer::find_batch`]), `files` (gazetteer files: [`Gazetteer::from_files`]),
//!   `builtin` (the built-in data: [`Gazetteer::default`]).
//! - [`relations`]: transfers and meetings read from the mentions.
//!
//! Only [`relations`] is a public module; everything else a user needs is re-exported
//! here. The `internals` cargo feature (off by default, not a stable API) adds the hooks
//! that this crate's tests, benches and fuzz targets and the Python bindings use.
#![deny(missing_docs)]

mod alias;
mod batch;
mod boundary;
mod builtin;
mod byline;
mod compose;
mod date;
mod entity;
mod error;
mod files;
mod find;
mod gazetteer;
mod grammar;
mod headroom;
mod matcher;
mod mention;
mod offices;
mod offsets;
mod pool;
pub mod relations;
mod resolve;
mod romanize;
mod trie;
mod variants;

pub use alias::{Alias, CasePolicy, Form};
pub use builtin::{builtin, builtin_builder, try_builtin};
pub use byline::Byline;
pub use date::{Date, Period};
pub use entity::{Entity, Kind, Office};
pub use error::{Error, ErrorKind, Location, Result};
pub use files::Format;
pub use gazetteer::{Entry, Gazetteer, GazetteerBuilder, Options, Spec, SPEC_VERSION};
pub use headroom::{keep_room, with_room};
pub use mention::Mention;
pub use offsets::CharOffsets;
pub use pool::install;
pub use romanize::{romanizations, Lang, Romanized, Rule};

/// Hooks for this crate's tests, benches and fuzz targets and for the bindings: the
/// word-boundary test, spelling variants and romanization rules the matcher is built
/// from. Not a stable API.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals {
    pub use crate::boundary::{is_word_char, word_at, word_before};
    pub use crate::romanize::{lang_of, romanize_with};
    pub use crate::variants::{is_dash, lookalikes, variants};
}
