//! # caci-core
//!
//! Finds countries, political leaders and weapon systems in analyst prose, fast and
//! with exact offsets. A [`Gazetteer`] of entities and their aliases is compiled into one
//! automaton (a byte trie walked from word starts); [`Gazetteer::find`] returns whole-word, case-aware,
//! non-overlapping [`Mention`]s with byte offsets into your text.
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
//! ## Modules
//! [`entity`], [`alias`], [`gazetteer`], [`variants`], [`grammar`], [`compose`], [`boundary`], [`files`],
//! [`resolve`], [`batch`] and [`offsets`] each do one job; [`builtin`] holds the data.
#![deny(missing_docs)]

pub mod alias;
pub mod batch;
pub mod boundary;
pub mod builtin;
pub mod compose;
pub mod date;
pub mod entity;
pub mod error;
pub mod files;
pub mod gazetteer;
pub mod grammar;
mod matcher;
pub mod mention;
pub mod offsets;
pub mod resolve;
mod trie;
pub mod variants;

pub use alias::{Alias, CasePolicy, Form};
pub use date::Date;
pub use entity::{Entity, Kind, Office};
pub use error::{Error, ErrorKind, Result};
pub use gazetteer::{Entry, Gazetteer, GazetteerBuilder, Options, Spec};
pub use mention::Mention;
