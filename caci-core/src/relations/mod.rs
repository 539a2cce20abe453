//! Relations stated in a text: who transfers which weapon system to whom, at what stage
//! ([`Transfer`]), and which leaders met, called or visited whom ([`Meeting`]).
//!
//! Built on the mentions of [`Gazetteer::find_dated`]: rules, not a model, and precision
//! first — a row only where a clause of the text states the relation.
//!
//! ```
//! use caci_core::relations::{self, Status};
//! use caci_core::{Date, Gazetteer};
//!
//! let g = Gazetteer::default();
//! let text = "In 2015 China supplied FD-2000 systems to both Uzbekistan and Turkmenistan.";
//! let date: Date = "2025-06-01".parse()?;
//! let mentions = g.find_dated(text, Some(date));
//! let found = relations::extract(&g, text, &mentions, Some(date));
//! let rows: Vec<_> = found.transfers.iter().map(|t| (t.supplier, t.recipient, t.system, t.status, t.year)).collect();
//! assert_eq!(rows, [
//!     ("CHN", "UZB", "fd-2000", Status::Delivery, Some(2015)),
//!     ("CHN", "TKM", "fd-2000", Status::Delivery, Some(2015)),
//! ]);
//! # Ok::<(), caci_core::Error>(())
//! ```
//!
//! How a document is read:
//! 1. `segment` cuts it into sentences (abbreviations such as `U.S.` and `Gen.`,
//!    decimals and quotes do not end one) and the sentences that name a weapon system, a
//!    leader or two countries into clauses (`;`, `, which`, `, while`, `, whereas`, ...).
//! 2. `lexicon` finds the triggers (`supplied`, `took delivery of`, `expressed interest
//!    in`, `met`, `state visit`, ...) and modal words (`not`, `could`, `will`) of a clause
//!    that can state a relation (one that names a weapon system, a leader, or two
//!    countries and a delegation) with one Aho-Corasick automaton, compiled once per
//!    process and walked from the clause's word starts.
//! 3. Clause by clause, `transfer` gives each weapon system named its trigger and reads
//!    the roles from the words around the mentions (`from X`, `to Y`, `X's`, `a deal with
//!    X`, `Chinese-made`, the subject, passives, coordination), and `meeting` pairs the
//!    leaders, delegations and visited states of a clause with a meeting trigger.
//! 4. `numbers` reads quantities, years and values near the trigger.
//! 5. `coref`: a clause that states a transfer of a system it does not name (`Baku
//!    ordered the jets`, `Russian forces used them`, `, two of which were handed over`)
//!    is read as naming the one system of a matching class (the class words come from the
//!    gazetteer's weapon categories) named before it in the sentence, else in the sentence
//!    before in the same paragraph, where a transfer was read (`, which` after a system:
//!    always); with two candidate families, a blank line between, or no class match,
//!    nothing is read. Where the clause names no supplier or recipient,
//!    those of the rows already read for that system are taken when they agree on one;
//!    the system's origin is not taken as a supplier there.
//! 6. `attendees`: leaders who `attended` (with no object, nothing negated or planned) in
//!    the sentence after one that places leaders at a summit (`hosted`, `travelled to ...
//!    for the summit`) are paired with those leaders.
//!
//! Cost: documents and sentences without a weapon, a leader or two countries are not
//! read at all (but for a sentence after one that states a transfer, in the same
//! paragraph, which is scanned for `the jets`, `them`, `they were`); in the others, only the
//! clauses that can state a relation (or refer to a system) are searched for triggers, and
//! the rules run where a trigger was found.

mod attendees;
mod coref;
mod lexicon;
mod meeting;
mod numbers;
mod segment;
#[cfg(test)]
mod testing;
mod transfer;
mod words;
mod words_before;

pub use segment::sentences;

use crate::date::Date;
use crate::entity::Kind;
use crate::gazetteer::Gazetteer;
use crate::mention::Mention;
use serde::Serialize;
use std::fmt;

/// The stage of an arms transfer that a clause states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The recipient wants, considers or could buy the system (`expressed interest in`,
    /// `could buy`, `is considering`).
    Interest,
    /// The two sides are negotiating (`is negotiating to purchase`, `in talks with`).
    Negotiation,
    /// A contract or order exists (`ordered`, `signed a contract for`, `procured`,
    /// `bought`, `will deliver`).
    Order,
    /// The system was handed over (`supplied`, `delivered`, `took delivery of`).
    Delivery,
    /// The recipient used the system in combat or exercises (`deployed`, `used`).
    Use,
    /// The deal or the deliveries were cancelled, suspended or blocked.
    Cancelled,
}

impl Status {
    /// Every status, from the earliest stage to the last.
    pub const ALL: [Status; 6] =
        [Status::Interest, Status::Negotiation, Status::Order, Status::Delivery, Status::Use, Status::Cancelled];

    /// The lower-case name used in output (`"delivery"`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Interest => "interest",
            Status::Negotiation => "negotiation",
            Status::Order => "order",
            Status::Delivery => "delivery",
            Status::Use => "use",
            Status::Cancelled => "cancelled",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of encounter a [`Meeting`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MeetingKind {
    /// `met`, `meeting`, `hosted`, `received`.
    Meeting,
    /// `visited`, `state visit`, `trip to`.
    Visit,
    /// `phone call`, `spoke by phone`.
    Call,
    /// `summit`.
    Summit,
    /// `talks`, `held talks`, `negotiations`.
    Talks,
}

impl MeetingKind {
    /// Every kind.
    pub const ALL: [MeetingKind; 5] =
        [MeetingKind::Meeting, MeetingKind::Visit, MeetingKind::Call, MeetingKind::Summit, MeetingKind::Talks];

    /// The lower-case name used in output (`"visit"`).
    pub fn as_str(&self) -> &'static str {
        match self {
            MeetingKind::Meeting => "meeting",
            MeetingKind::Visit => "visit",
            MeetingKind::Call => "call",
            MeetingKind::Summit => "summit",
            MeetingKind::Talks => "talks",
        }
    }
}

impl fmt::Display for MeetingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An amount of money written in the text (`US$ 8.8 billion`, `€12bn`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Value {
    /// The amount in units of the currency (8.8e9 for `US$ 8.8 billion`).
    pub amount: f64,
    /// ISO 4217 code: `USD`, `EUR`, `GBP`, `RUB`, `CNY`, `INR` or `TRY`.
    pub currency: &'static str,
}

/// One stated arms transfer: `supplier` gives (or is to give) `system` to `recipient`.
///
/// Ids borrow from the gazetteer, `evidence` from the text; offsets are bytes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Transfer<'a> {
    /// Byte offset of the clause that states the transfer.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// Country id of the supplier.
    pub supplier: &'a str,
    /// Country id of the recipient.
    pub recipient: &'a str,
    /// Weapon id of the system.
    pub system: &'a str,
    /// Its family id, when the gazetteer gives one.
    pub family: Option<&'a str>,
    /// Number of units, where the text gives one (`24 Rafale jets`, `two batteries of`).
    pub quantity: Option<u32>,
    /// The stage stated.
    pub status: Status,
    /// The year the clause gives for the event (`in 2015`, `last year`), else the
    /// sentence's, else the document's.
    pub year: Option<i32>,
    /// The value of the deal, where given.
    pub value: Option<Value>,
    /// The trigger words as written (`took delivery of`, `expressed interest in acquiring`).
    pub evidence: &'a str,
    /// Byte offset of the evidence.
    pub evidence_start: usize,
}

/// One stated meeting, visit, call or summit between two sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meeting<'a> {
    /// Byte offset of the clause that states the meeting.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// A leader id (or a country id for a delegation), the first named.
    pub a: &'a str,
    /// A leader id, or a country id for a delegation or for the state visited when no
    /// host is named.
    pub b: &'a str,
    /// Meeting, visit, call, summit or talks.
    pub kind: MeetingKind,
    /// Country id of the place named (`in Baku`, `visited Tashkent`).
    pub place: Option<&'a str>,
    /// The year the clause gives, else the sentence's, else the document's.
    pub year: Option<i32>,
    /// The trigger words as written.
    pub evidence: &'a str,
    /// Byte offset of the evidence.
    pub evidence_start: usize,
}

/// The relations of one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Relations<'a> {
    /// Arms transfers, in text order.
    pub transfers: Vec<Transfer<'a>>,
    /// Meetings, in text order.
    pub meetings: Vec<Meeting<'a>>,
}

/// The transfers and meetings stated in `text`, from its `mentions` (the result of
/// [`Gazetteer::find_dated`] on the same text and date, with `g`). `date` is the
/// document's date: it dates events whose clause gives no year, and resolves `last year`.
pub fn extract<'a>(g: &'a Gazetteer, text: &'a str, mentions: &[Mention<'a>], date: Option<Date>) -> Relations<'a> {
    let mut out = Relations::default();
    if !worth_reading(mentions) {
        return out;
    }
    let sentences = segment::sentences(text);
    let mut doc = Doc::new(g, text, mentions, date);
    // The first mention that starts in the sentence (sentences and mentions are in text order).
    let mut from = 0;
    // The clauses of the sentence read (one buffer for the document).
    let mut clauses = Vec::new();
    // Whether the sentence before stated a transfer (of a system this one can refer to).
    let mut after_rows = false;
    for (i, sentence) in sentences.iter().enumerate() {
        // Stepped over one by one: a sentence holds few mentions, and a binary search over
        // the document's for each sentence cost more.
        while mentions.get(from).is_some_and(|m| m.start < sentence.start) {
            from += 1;
        }
        let n = mentions[from..].iter().take_while(|m| m.start < sentence.end).count();
        let here = &mentions[from..from + n];
        doc.sentence.set(Some(Window { start: sentence.start, end: sentence.end, first: from, last: from + n }));
        let names_system = here.iter().any(|m| m.kind() == Kind::Weapon);
        // `the jets` refers only to a system of a transfer read before: in the sentence
        // before (same paragraph) or earlier in this one (the scan costs little then).
        let same_paragraph =
            i.checked_sub(1).map(|p| &sentences[p]).filter(|p| after_rows && coref::same_paragraph(text, p, sentence));
        after_rows = false;
        if !can_state(text, sentence.clone(), here) && !same_paragraph.is_some_and(|_| coref::may_refer(&doc, sentence))
        {
            continue;
        }
        let previous = i.checked_sub(1).map(|p| &sentences[p]);
        segment::clauses(text, sentence.clone(), mentions, &mut clauses);
        // Cues are looked up within a clause only: those of the sentence are kept.
        doc.cues.clear();
        let first = out.transfers.len();
        for (k, clause) in clauses.iter().enumerate() {
            let (systems, meets) = doc.can_state(clause);
            // A later clause with no system of its own can cancel the rows before it
            // (`..., but the deal collapsed`).
            let cancels = k > 0 && out.transfers.len() > first;
            // A clause with no system can refer to one named before (see `coref`); `, which`
            // after a system is read in any sentence.
            let heads = same_paragraph.is_some() || out.transfers.len() > first;
            let anaphor = (!systems && (names_system || heads))
                .then(|| coref::find(&doc, clause, clause.start, heads, sentence, same_paragraph))
                .flatten();
            if !(systems || meets || cancels || anaphor.is_some()) {
                continue;
            }
            lexicon::find_in(text, clause.start..clause.end, &mut doc.cues);
            if systems {
                transfer::in_clause(&doc, clause, sentence, previous, &mut out.transfers);
            }
            if meets {
                meeting::in_clause(&doc, clause, sentence, &mut out.meetings);
                if let Some(p) = previous.filter(|p| coref::same_paragraph(text, p, sentence)) {
                    attendees::with_summit_before(&doc, clause, sentence, p, &mut out.meetings);
                }
            }
            // `..., and Russian forces used them`: after the clause's last system and a trigger.
            let anaphor = anaphor.or_else(|| {
                let from = coref::search_from(&doc, clause).filter(|_| systems && out.transfers.len() > first)?;
                coref::find(&doc, clause, from, true, sentence, same_paragraph)
            });
            if let Some(a) = anaphor {
                coref::transfers(&doc, clause, &a, sentence, same_paragraph, &mut out.transfers);
            }
        }
        if out.transfers.len() > first {
            transfer::cancelled_after(&doc, &clauses, &mut out.transfers[first..]);
            after_rows = true;
        }
    }
    out
}

/// The transfers stated in `text` (see [`extract`]).
pub fn transfers<'a>(
    g: &'a Gazetteer,
    text: &'a str,
    mentions: &[Mention<'a>],
    date: Option<Date>,
) -> Vec<Transfer<'a>> {
    extract(g, text, mentions, date).transfers
}

/// The meetings stated in `text` (see [`extract`]).
pub fn meetings<'a>(g: &'a Gazetteer, text: &'a str, mentions: &[Mention<'a>], date: Option<Date>) -> Vec<Meeting<'a>> {
    extract(g, text, mentions, date).meetings
}

/// Whether a document (or a sentence) can state a relation at all: a weapon (transfers), a
/// leader or two countries (meetings, delegations).
fn worth_reading(mentions: &[Mention<'_>]) -> bool {
    let mut countries = 0;
    for m in mentions {
        match m.kind() {
            Kind::Weapon | Kind::Leader => return true,
            Kind::Country => {
                countries += 1;
                if countries >= 2 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether a sentence with these `mentions` (those that start in it) can hold a clause
/// that states a relation (see [`Doc::can_state`]): it names a weapon system or a leader,
/// or two countries and a delegation.
fn can_state(text: &str, sentence: std::ops::Range<usize>, mentions: &[Mention<'_>]) -> bool {
    let mut countries = 0;
    for m in mentions {
        match m.kind() {
            Kind::Weapon | Kind::Leader => return true,
            Kind::Country => countries += 1,
            _ => {}
        }
    }
    countries >= 2 && names_delegation(&text.as_bytes()[sentence])
}

/// Whether `clause` (ASCII case aside) holds `delegation` or `envoy`, the words that make
/// a country a side of a meeting with no leader named.
fn names_delegation(clause: &[u8]) -> bool {
    // Found by their rarest letter: the `g` of `delegation`, the `v` of `envoy`.
    let has = |word: &[u8], at: usize, letter: u8| {
        memchr::memchr2_iter(letter, letter.to_ascii_uppercase(), clause)
            .any(|k| k >= at && clause.get(k - at..k - at + word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word)))
    };
    has(b"delegation", 4, b'g') || has(b"envoy", 2, b'v')
}

/// Where a leader's office is (a country, region or organization id): the office held
/// at the document's date, else the first listed.
pub(crate) fn office_place<'a>(m: &Mention<'a>) -> Option<&'a str> {
    m.office.or_else(|| m.entity.offices.first()).map(|o| o.country.as_str())
}

/// The country mention `m` stands for as an actor (computed once per mention).
fn actor<'a>(g: &'a Gazetteer, text: &str, m: &Mention<'a>) -> Option<&'a str> {
    // `US$ 8.8 billion`: a currency, not an actor.
    if text[m.end..].starts_with('$') {
        return None;
    }
    match m.kind() {
        Kind::Country => Some(m.id()),
        Kind::Leader => {
            let id = office_place(m)?;
            (g.entity(id)?.kind == Kind::Country).then_some(id)
        }
        _ => None,
    }
}

/// A document being read: its text, mentions, date and the cues of the sentence read.
pub(crate) struct Doc<'a, 'm> {
    pub(crate) text: &'a str,
    pub(crate) mentions: &'m [Mention<'a>],
    /// The cues of the clauses read so far in the current sentence, in text order.
    pub(crate) cues: Vec<lexicon::Hit>,
    pub(crate) year: Option<i32>,
    /// Per mention: the country it stands for as an actor (see [`Doc::country_of`]),
    /// computed when first asked.
    actors: Vec<std::cell::OnceCell<Option<&'a str>>>,
    pub(crate) g: &'a Gazetteer,
    /// `RUS`, the supplier of Soviet designs after 1991, when the gazetteer has it (looked
    /// up when first needed).
    russia: std::cell::OnceCell<Option<&'a str>>,
    /// Where the rules read a system referred to (`the jets`): the roles of the rows of
    /// the system, for a clause that names none of its own (see `coref`).
    pub(crate) carried: coref::Carried<'a>,
    /// The sentence read and its mentions, where [`Doc::mentions_in`] searches a range
    /// that lies in it (set by `extract` for each sentence read).
    sentence: std::cell::Cell<Option<Window>>,
}

/// A sentence (`start..end`) and the indices `first..last` of the mentions that start in it.
#[derive(Clone, Copy)]
struct Window {
    start: usize,
    end: usize,
    first: usize,
    last: usize,
}

impl<'a, 'm> Doc<'a, 'm> {
    fn new(g: &'a Gazetteer, text: &'a str, mentions: &'m [Mention<'a>], date: Option<Date>) -> Self {
        let actors = vec![std::cell::OnceCell::new(); mentions.len()];
        Doc {
            text,
            mentions,
            cues: Vec::new(),
            year: date.map(|d| d.year()),
            actors,
            g,
            russia: std::cell::OnceCell::new(),
            carried: coref::Carried::default(),
            sentence: std::cell::Cell::new(None),
        }
    }

    /// The same document read with other `mentions` (a system referred to standing in),
    /// with the cues of the current sentence and the roles `carried` over.
    fn with_mentions<'n>(&self, mentions: &'n [Mention<'a>], carried: coref::Carried<'a>) -> Doc<'a, 'n> {
        Doc {
            text: self.text,
            mentions,
            cues: self.cues.clone(),
            year: self.year,
            actors: vec![std::cell::OnceCell::new(); mentions.len()],
            g: self.g,
            russia: self.russia.clone(),
            carried,
            sentence: std::cell::Cell::new(None),
        }
    }

    /// Whether `clause` can state a transfer (it names a weapon system) and whether it
    /// can state a meeting (it names a leader, or two countries and a delegation): the
    /// rules find nothing in a clause that can state neither.
    fn can_state(&self, clause: &segment::Clause) -> (bool, bool) {
        let (mut systems, mut leaders, mut countries) = (false, false, 0);
        for m in &self.mentions[self.mentions_in(clause.start, clause.end)] {
            match m.kind() {
                Kind::Weapon => systems = true,
                Kind::Leader => leaders = true,
                Kind::Country => countries += 1,
                _ => {}
            }
        }
        let meets = leaders || (countries >= 2 && names_delegation(&self.text.as_bytes()[clause.start..clause.end]));
        (systems, meets)
    }

    /// The cues that start in `start..end`.
    pub(crate) fn cues_in(&self, start: usize, end: usize) -> &[lexicon::Hit] {
        let i = self.cues.partition_point(|h| h.start < start);
        let j = self.cues.partition_point(|h| h.start < end);
        &self.cues[i..j.max(i)]
    }

    /// The indices of the mentions that lie wholly in `start..end` (mentions are sorted
    /// and do not overlap: only the last one can cross `end`).
    pub(crate) fn mentions_in(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        // A range within the sentence read is searched among the sentence's mentions only
        // (a few, not the document's): the mentions before them start before the range and
        // those after at or after its end, so the answer is the same.
        let (lo, hi) = match self.sentence.get() {
            Some(w) if w.start <= start.min(end) && start.max(end) <= w.end => (w.first, w.last),
            _ => (0, self.mentions.len()),
        };
        let ms = &self.mentions[lo..hi];
        let i = lo + ms.partition_point(|m| m.start < start);
        let mut j = (lo + ms.partition_point(|m| m.start < end)).max(i);
        if j > i && self.mentions[j - 1].end > end {
            j -= 1;
        }
        i..j
    }

    /// `RUS`, when the gazetteer has it as a country.
    pub(crate) fn russia(&self) -> Option<&'a str> {
        *self.russia.get_or_init(|| self.g.entity("RUS").filter(|e| e.kind == Kind::Country).map(|e| e.id.as_str()))
    }

    /// The country a mention stands for, as an actor: a country itself, or a leader's
    /// country (the office held at the document's date, else the first one listed).
    pub(crate) fn country_of(&self, i: usize) -> Option<&'a str> {
        *self.actors[i].get_or_init(|| actor(self.g, self.text, &self.mentions[i]))
    }
}
