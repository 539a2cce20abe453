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
//! - Spelling variants are generated at build time ([`variants`]): dashes, spaces,
//!   apostrophes, diacritics, weapon plurals.
//! - Among the candidates that pass the boundary and case tests, the leftmost-longest
//!   wins, and mentions never overlap.
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
