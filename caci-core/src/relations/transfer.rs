//! Transfers: for each weapon system named in a clause, the trigger that governs it and
//! the roles read from the words around the mentions.
//!
//! - The trigger: the nearest one before the system (`Pakistan bought J-10C`), or, when
//!   none comes before, a participle just after it (`Rafale jets recently procured from
//!   France`). A participle just after the system also counts next to a trigger before it
//!   (`used TB2 drones supplied by Turkey` states a use and a delivery). A trigger of
//!   interest, negotiation or cancellation just before another trigger frames it
//!   (`expressed interest in acquiring`, `cancelled its order for`): the frame gives the
//!   status, the inner trigger the side.
//! - Modal words just before (`did not`, `could`, `will`) change or drop the status;
//!   `rather than` or `instead of` between the trigger and the system drop that system.
//! - Roles: the supplier is `from X`, `a deal (contract, negotiations) with X`, the
//!   subject of a supplier's verb (`X supplied`, `X's delivery of`), the agent of a passive
//!   (`supplied by X`), a maker written on the system (`Chinese-made`, `the Turkish
//!   Bayraktar`), else the system's origin in the gazetteer (a Soviet design after 1991:
//!   Russia). The recipient is `to Y` (with every country coordinated: `to both
//!   Uzbekistan and Turkmenistan`), the object of a supplier's verb (`supplied Armenia
//!   with`), the subject of a recipient's verb (`Y bought`, `Y's army received`, with
//!   coordinated subjects), the agent of its passive (`ordered by Y`), or what a relative
//!   clause refers to (`Uzbekistan, which ordered ...`).
//! - No row without both roles, nor where they are the same country.

use super::lexicon::{Hit, Modal, Side};
use super::segment::Clause;
use super::words_before::WordsBefore;
use super::{numbers, words, Doc, Status, Transfer, Value};
use crate::alias::Form;
use crate::entity::Kind;
use std::cell::OnceCell;
use std::ops::Range;

/// Words after which a country is the object of a preposition, not the subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "from",
    "by",
    "with",
    "to",
    "of",
    "against",
    "in",
    "at",
    "for",
    "between",
    "among",
    "amongst",
    "including",
    "than",
    "into",
    "on",
    "over",
    "like",
    "toward",
    "towards",
    "about",
    "unlike",
    "despite",
    "via",
    "through",
    "across",
    "within",
    "beyond",
    "under",
    "after",
    "before",
    "since",
    "during",
    "amid",
    "as",
    "except",
    "per",
    "near",
    "around",
    "outside",
    "inside",
    "beside",
    "besides",
    "behind",
    "upon",
    "onto",
    "versus",
    "vs",
];
/// Words that may stand between a preposition and its country (`to both Uzbekistan`).
const DETERMINERS: &[&str] = &[
    "the",
    "both",
    "neighbouring",
    "neighboring",
    "its",
    "their",
    "fellow",
    "allied",
    "nearby",
    "landlocked",
    "oil-rich",
    "either",
    "gas-rich",
];
/// Nouns after which `with X` names the other party of a deal.
const DEAL_WORDS: &[&str] = &[
    "deal",
    "deals",
    "contract",
    "contracts",
    "agreement",
    "agreements",
    "accord",
    "negotiations",
    "negotiating",
    "negotiate",
    "negotiated",
    "negotiates",
    "talks",
    "memorandum",
    "arrangement",
];
/// Auxiliaries of a passive (`were delivered`), and adverbs that may follow them.
/// Words before a system that present an arrival as a delivery (see `Reader::row`).
const DELIVERY_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "last",
    "final",
    "new",
    "batch",
    "batches",
    "shipment",
    "shipments",
    "consignment",
    "delivery",
    "deliveries",
    "additional",
    "remaining",
    "ordered",
    "purchased",
    "acquired",
    "bought",
];
const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "been", "being", "be", "get", "got", "gets"];
const ADVERBS: &[&str] = &[
    "recently",
    "reportedly",
    "already",
    "also",
    "first",
    "finally",
    "eventually",
    "now",
    "reported",
    "allegedly",
    "officially",
    "subsequently",
    "then",
    "successfully",
    "formally",
    "quietly",
    "just",
    "previously",
];
/// Nouns for a state's government (`the authorities in Baku`).
const GOVERNMENT: &[&str] = &["government", "authorities", "leadership", "officials", "regime", "administration"];
/// Suffixes that make a country the maker of what follows (`Chinese-made`).
const MADE: &[&str] =
    &["made", "built", "manufactured", "supplied", "designed", "produced", "developed", "origin", "sourced"];

pub(crate) fn in_clause<'a>(
    doc: &Doc<'a, '_>,
    clause: &Clause,
    sentence: &Range<usize>,
    previous: Option<&Range<usize>>,
    out: &mut Vec<Transfer<'a>>,
) {
    let ms = doc.mentions_in(clause.start, clause.end);
    if !doc.mentions[ms.clone()].iter().any(|m| m.kind() == Kind::Weapon) {
        return;
    }
    // Triggers, but not words inside a name (`Supply` in a ship's name).
    let triggers: Vec<&Hit> = doc
        .cues_in(clause.start, clause.end)
        .iter()
        .filter(|h| h.cue.transfer.is_some())
        .filter(|h| !doc.mentions[ms.clone()].iter().any(|m| m.start < h.end && h.start < m.end))
        .collect();
    if triggers.is_empty() {
        return;
    }
    let first = out.len();
    let reader = Reader {
        doc,
        clause,
        sentence,
        previous,
        triggers: &triggers,
        before: WordsBefore::new(doc.text, clause.start, ms.clone(), DETERMINERS),
        value: OnceCell::new(),
        years: [OnceCell::new(), OnceCell::new()],
        relative_year: [OnceCell::new(), OnceCell::new()],
    };
    for wi in ms {
        if doc.mentions[wi].kind() != Kind::Weapon {
            continue;
        }
        let w = &doc.mentions[wi];
        let before = triggers.iter().rposition(|t| t.end <= w.start).filter(|&k| reader.governs(k, wi));
        let after = triggers.iter().position(|t| t.start >= w.end).filter(|&k| reader.participle_after(wi, k));
        if let Some(k) = before {
            reader.row(wi, k, false, out);
        }
        if let Some(k) = after {
            reader.row(wi, k, true, out);
        }
    }
    // One row per (supplier, recipient, system, status) and clause.
    let mut seen: Vec<(&str, &str, &str, Status)> = Vec::new();
    let mut i = first;
    while i < out.len() {
        let key = (out[i].supplier, out[i].recipient, out[i].system, out[i].status);
        if seen.contains(&key) {
            out.remove(i);
        } else {
            seen.push(key);
            i += 1;
        }
    }
}

struct Reader<'d, 'a, 'm> {
    doc: &'d Doc<'a, 'm>,
    clause: &'d Clause,
    sentence: &'d Range<usize>,
    /// The sentence before, for `it` and `the country`.
    previous: Option<&'d Range<usize>>,
    triggers: &'d [&'d Hit],
    /// The word before each mention of the clause, past [`DETERMINERS`] (`to both`).
    before: WordsBefore<'a>,
    /// What every row of the clause shares, read when the first row asks: the value of
    /// the deal, and for the clause and the sentence (in that order) the years written
    /// (each row takes the one nearest its trigger) and the year `last year` (or the
    /// like) gives.
    value: OnceCell<Option<Value>>,
    years: [OnceCell<Vec<(usize, i32)>>; 2],
    relative_year: [OnceCell<Option<i32>>; 2],
}

impl<'a> Reader<'_, 'a, '_> {
    fn text(&self) -> &'a str {
        self.doc.text
    }

    /// Whether trigger `k`, after system `wi`, is a participle that describes it: within
    /// three words (five with an auxiliary: `munitions were also deployed`), with no
    /// country or punctuation between (`jets recently procured`).
    fn participle_after(&self, wi: usize, k: usize) -> bool {
        let text = self.text();
        let (w, t) = (&self.doc.mentions[wi], self.triggers[k]);
        let gap = &text[w.end..t.start];
        let aux = gap.split(' ').any(|g| AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(g)));
        (is_participle(&text[t.start..t.end]) || is_arrival(&text[t.start..t.end]))
            && words::at_most(text, w.end, t.start, if aux { 5 } else { 3 })
            && !gap.contains([',', ';', '(', ')'])
            && !self.doc.mentions[self.doc.mentions_in(w.end, t.start)].iter().any(|m| m.kind() != Kind::Weapon)
    }

    /// Whether trigger `k`, before system `wi`, governs it: it is the first system after
    /// the trigger, or one listed with it (`FM-90 and KS-1C`, `Barak-8 systems and Harop
    /// drones`). A system named further on, after another country or a preposition
    /// (`removing Ankara from the F-35 programme`, `flown in on Y-20 transports`), is not.
    fn governs(&self, k: usize, wi: usize) -> bool {
        let text = self.text();
        let doc = self.doc;
        let t = self.triggers[k];
        let mut prev: Option<usize> = None;
        for j in doc.mentions_in(t.end, doc.mentions[wi].end) {
            let m = &doc.mentions[j];
            if m.kind() != Kind::Weapon {
                continue;
            }
            if let Some(p) = prev {
                let (from, to) = (doc.mentions[p].end, m.start);
                let gap = &text[from..to];
                let listed = gap.contains([',', '&']) || gap.split(' ').any(|g| g.eq_ignore_ascii_case("and"));
                let actor = doc.mentions[doc.mentions_in(from, to)].iter().any(|n| n.kind() != Kind::Weapon);
                let preposition = gap
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|g| g != "and" && PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(g)));
                // `radars to Armenia and Caesar howitzers to Georgia`: the verb left out
                // before the second object, which has its own `to`.
                let gapped = self.gapped(p, j);
                if !gapped
                    && (!listed
                        || actor
                        || preposition
                        || !words::at_most(text, from, to, 6)
                        || gap.contains([';', '(']))
                {
                    return false;
                }
            }
            // A system far from the trigger belongs to another phrase.
            if prev.is_none() && !words::at_most(text, t.end, m.start, 15) {
                return false;
            }
            if j == wi {
                return true;
            }
            prev = Some(j);
        }
        false
    }

    /// Whether systems `p` and `j` are two objects of one verb, each with its recipient
    /// (`radars to Armenia and Caesar howitzers to Georgia`): between them only `to`, the
    /// countries of `p` and `and`; right after `j` (and its noun), `to` and a country.
    fn gapped(&self, p: usize, j: usize) -> bool {
        let text = self.text();
        let doc = self.doc;
        let (from, to) = (doc.mentions[p].end, doc.mentions[j].start);
        let countries = doc.mentions_in(from, to);
        if countries.is_empty() || countries.clone().any(|k| doc.country_of(k).is_none()) {
            return false;
        }
        let first = &doc.mentions[countries.start];
        let last = &doc.mentions[countries.end - 1];
        // `to` just before the first country (after the system's noun, at most two words).
        let before_ok = words::prev(text, from, first.start).is_some_and(|w| words::is(text, &w, &["to"]))
            && words::at_most(text, from, first.start, 3);
        let joiner = text[last.end..to].trim();
        let and_ok = joiner.eq_ignore_ascii_case("and") || joiner.eq_ignore_ascii_case(", and");
        before_ok && and_ok && !self.own_to(j, self.clause.end).is_empty()
    }

    /// The recipients named by a `to` right after system `wi` and its noun (`Caesar
    /// howitzers to Georgia`), before `end`.
    fn own_to(&self, wi: usize, end: usize) -> Vec<&'a str> {
        let text = self.text();
        let doc = self.doc;
        let w_end = doc.mentions[wi].end;
        let Some(k) = doc.mentions_in(w_end, end).next() else { return Vec::new() };
        let m = &doc.mentions[k];
        let to_before = words::prev(text, w_end, m.start).is_some_and(|w| words::is(text, &w, &["to"]));
        if doc.country_of(k).is_none() || !to_before || !words::at_most(text, w_end, m.start, 3) {
            return Vec::new();
        }
        self.listed_after(&["to"], w_end, end)
    }

    /// The row (or rows, one per recipient) that trigger `k` gives system `wi`.
    fn row(&self, wi: usize, k: usize, after: bool, out: &mut Vec<Transfer<'a>>) {
        let text = self.text();
        let doc = self.doc;
        let w = &doc.mentions[wi];
        let t = self.triggers[k];
        let Some((mut status, side)) = t.cue.transfer else { return };
        // `The first four Su-30SM jets arrived in Almaty`: an arrival delivers the systems
        // before it (a delegation arriving in Moscow for talks on the S-400 delivers
        // nothing), and only those a delivery's words present (`first`, `a batch of`):
        // bombers arriving in Caracas for an exercise are no transfer.
        let arrival = is_arrival(&text[t.start..t.end]);
        if arrival && (!after || !words::among_last(text, self.clause.start, w.start, 6, DELIVERY_WORDS)) {
            return;
        }
        // A frame just before: `expressed interest in acquiring`, `negotiations with China to purchase`.
        let mut head = t;
        if k > 0 {
            let f = self.triggers[k - 1];
            let framed =
                matches!(f.cue.transfer, Some((Status::Interest | Status::Negotiation | Status::Cancelled, _)));
            let weapon_between = doc.mentions[doc.mentions_in(f.end, t.start)].iter().any(|m| m.kind() == Kind::Weapon);
            if framed && !weapon_between && words::at_most(text, f.end, t.start, 6) && !after {
                status = f.cue.transfer.map_or(status, |(s, _)| s);
                head = f;
            }
        }
        // Modal words just before the head, or between the head and the trigger.
        // Read only when a negation is met (most rows have none).
        let until = || words::any_in(text, t.end, self.clause.end, &["until"]);
        // `cancelled plans to buy`, `abandoned a proposed deal to acquire`: what was
        // cancelled was a plan; a plan's modal between the frame and the trigger is the
        // frame's object, not a doubt about the cancellation.
        let plan_cancelled = status == Status::Cancelled && !std::ptr::eq(head, t);
        let inner = self
            .modals_in(head.end, t.start)
            .filter(|m| !(plan_cancelled && matches!(m, Modal::Hypothetical | Modal::Future)));
        for modal in self.modals_before(head.start).chain(inner) {
            status = match (modal, status) {
                (Modal::Negation, s) if until() => s,
                (Modal::Negation, _) => return,
                (Modal::Hypothetical, Status::Use | Status::Cancelled) => return,
                (Modal::Hypothetical, Status::Order | Status::Delivery | Status::Negotiation) => Status::Interest,
                (Modal::Future, Status::Use | Status::Cancelled) => return,
                (Modal::Future, Status::Delivery) => Status::Order,
                (Modal::Future, Status::Order) => Status::Interest,
                (Modal::Agreed, Status::Delivery) => Status::Order,
                (_, s) => s,
            };
        }
        // `rather than the S-400`: not this system.
        if !after && self.modals_in(t.end, w.start).any(|m| m == Modal::Negation) {
            return;
        }
        // `used the system to shoot down a Kinzhal`, `brought down several aircraft, among
        // them a Tu-22M3`: the system is the target.
        if self.is_target(wi) || (!after && self.target_between(t.end, w.start)) {
            return;
        }
        // `Baku denied reports that Turkey had delivered ...`.
        if self.denied_before(head.start) {
            return;
        }
        let passive = after || (is_participle(&text[head.start..head.end]) && self.passive_before(head.start));
        let scope_end = self
            .triggers
            .iter()
            .find(|n| n.start >= t.end.max(w.end) && !std::ptr::eq(**n, t))
            .map_or(self.clause.end, |n| n.start);
        // `the sale ... has not been finalised`: still a negotiation; `was not delivered`: no row.
        if let Some(finalised) = self.negated_after(w.end, scope_end) {
            if !finalised {
                return;
            }
            status = Status::Negotiation;
        }
        // The year is read only where it matters before the roles (a Soviet design is
        // Russia's after 1991); otherwise once a row is certain.
        let origin_attr = w.entity.attribute("origin");
        let soviet_design = origin_attr == Some("SUN");
        let early_year = soviet_design.then(|| self.year(t.start));
        let origin = self.origin(origin_attr, early_year.flatten());
        let maker = self.maker(wi, origin_attr);
        // The countries named with `to`, `by`, `from` or a deal are read only where the
        // side of the trigger asks for them (a recipient's verb takes no `to`; a supplier's
        // verb in the active, no `by`; a subject named makes `from` unasked, mostly).
        // A system of a gapped pair takes its own `to` (see `gapped`).
        let gapped_from = doc.mentions_in(t.end, w.start).rev().find(|&p| doc.mentions[p].kind() == Kind::Weapon);
        let to = || match gapped_from.filter(|&p| !after && self.gapped(p, wi)) {
            Some(_) => self.own_to(wi, scope_end),
            None => self.listed_after(&["to"], t.end, scope_end),
        };
        let by = || self.listed_after(&["by"], t.end, scope_end);
        let with_deal = OnceCell::new();
        let with_deal = || *with_deal.get_or_init(|| self.with_deal(scope_end));
        let explicit = OnceCell::new();
        let explicit = || {
            let explicit = explicit.get_or_init(|| {
                let from = self.listed_after(&["from"], head.start, scope_end);
                if from.is_empty() {
                    with_deal().into_iter().collect()
                } else {
                    from
                }
            });
            Vec::clone(explicit)
        };
        // A system referred to (`the jets`) keeps the supplier of its rows (see `coref`).
        let origin = origin.filter(|_| !doc.carried.referred);
        let fallback: Vec<&'a str> = maker.or(doc.carried.supplier).or(origin).into_iter().collect();
        let or_fallback = |v: Vec<&'a str>| if v.is_empty() { fallback.clone() } else { v };
        // A Soviet design used with no supplier named: an old stock, not a transfer.
        let soviet = soviet_design && maker.is_none() && doc.carried.supplier.is_none() && explicit().is_empty();
        if status == Status::Use && soviet {
            return;
        }
        let subject = if passive { self.actor_before_auxiliary(head.start) } else { self.subject_before(head.start) };
        let (suppliers, mut recipients): (Vec<&'a str>, Vec<&'a str>) = match side {
            Side::Supplier => {
                let sup: Vec<&'a str> = if passive { by() } else { subject.clone() };
                let sup = if sup.is_empty() { or_fallback(explicit()) } else { sup };
                // An arrival's recipient is the place after its `in`.
                let to = if arrival { self.listed_after(&["in"], t.start, scope_end) } else { to() };
                let rec = if !to.is_empty() {
                    to
                } else if passive {
                    subject // `Armenia was supplied with Iskanders`
                } else {
                    self.object_after(t.end, scope_end)
                };
                (sup, rec)
            }
            Side::Recipient => {
                let mut rec = if passive { by() } else { subject };
                if rec.is_empty() && !passive {
                    rec = by(); // `the use of TB2 drones by Azerbaijan`
                }
                if rec.is_empty() && after {
                    rec = self.subject_before(w.start); // `Indian aircraft, including Rafale jets procured from France`
                }
                if rec.is_empty() && !passive {
                    rec = self.topic(head.start); // `The country also ordered ...`
                }
                self.by_maker(or_fallback(explicit()), rec, with_deal(), maker.or(origin))
            }
            Side::Either => {
                let to = to();
                if !to.is_empty() {
                    let sup = if subject.is_empty() { by() } else { subject };
                    (if sup.is_empty() { or_fallback(explicit()) } else { sup }, to)
                } else {
                    let rec = if subject.is_empty() { by() } else { subject };
                    self.by_maker(or_fallback(explicit()), rec, with_deal(), maker.or(origin))
                }
            }
        };
        if recipients.is_empty() {
            recipients.extend(doc.carried.recipient);
        }
        // `France agreed to sell radars to Armenia. Paris will also deliver Caesar
        // howitzers`: after `also`, the recipient left out is the one the same supplier's
        // rows before (this sentence, or the one before in the same paragraph) agree on.
        if recipients.is_empty() && side != Side::Recipient && self.also_before(head.start) {
            recipients.extend(self.recipient_before(&suppliers, head.start, out));
        }
        let Some(&supplier) = suppliers.first() else { return };
        if recipients.iter().all(|r| suppliers.len() == 1 && *r == supplier) {
            return;
        }
        let year_of_event = early_year.unwrap_or_else(|| self.year(t.start));
        let value = *self.value.get_or_init(|| numbers::value_in(text, self.clause.start, self.clause.end));
        let quantity = numbers::quantity_before(text, self.clause.start, w.start);
        for (supplier, recipient) in suppliers.iter().flat_map(|s| recipients.iter().map(move |r| (*s, *r))) {
            if recipient == supplier {
                continue;
            }
            out.push(Transfer {
                start: self.clause.start,
                end: self.clause.end,
                supplier,
                recipient,
                system: w.id(),
                family: w.family(),
                quantity,
                status,
                year: year_of_event,
                value,
                evidence: &text[head.start..t.end],
                evidence_start: head.start,
            });
        }
    }

    /// Whether `also` stands in the three words before `pos` (`will also deliver`, `also
    /// supplied`), within the clause.
    fn also_before(&self, pos: usize) -> bool {
        words::among_last(self.text(), self.clause.start, pos, 3, &["also"])
    }

    /// The one recipient of the rows whose trigger stands before `pos`, in this sentence or
    /// the one before it in the same paragraph, and whose supplier is one of `suppliers`.
    fn recipient_before(&self, suppliers: &[&'a str], pos: usize, out: &[Transfer<'a>]) -> Option<&'a str> {
        let same_paragraph = self.previous.filter(|p| super::coref::same_paragraph(self.text(), p, self.sentence));
        let lo = same_paragraph.map_or(self.sentence.start, |p| p.start);
        let mut rows =
            out.iter().filter(|r| r.start >= lo && r.evidence_start < pos && suppliers.contains(&r.supplier));
        let first = rows.next()?.recipient;
        rows.all(|r| r.recipient == first).then_some(first)
    }

    /// The modal words in the three words before `pos` (within the clause, no comma
    /// between).
    fn modals_before(&self, pos: usize) -> impl Iterator<Item = Modal> + '_ {
        let text = self.text();
        let lo = self.clause.start;
        self.doc
            .cues_in(lo, pos)
            .iter()
            .filter(move |h| {
                h.end <= pos && words::at_most(text, h.end, pos, 3) && !text[h.end..pos].contains([',', ';'])
            })
            .filter_map(|h| {
                h.cue.modal.filter(|_| h.cue.transfer.is_none() || h.cue.modal == Some(Modal::Hypothetical))
            })
    }

    /// The modal words in `from..to`.
    fn modals_in(&self, from: usize, to: usize) -> impl Iterator<Item = Modal> + '_ {
        let cues = if from < to { self.doc.cues_in(from, to) } else { &[] };
        cues.iter().filter_map(|h| h.cue.modal.filter(|_| h.cue.transfer.is_none()))
    }

    /// `France signed a contract for Mistral missiles with Armenia`: when the buyer's side
    /// is the system's maker and a deal names another party, that party buys.
    fn by_maker(
        &self,
        suppliers: Vec<&'a str>,
        recipients: Vec<&'a str>,
        party: Option<&'a str>,
        maker: Option<&'a str>,
    ) -> (Vec<&'a str>, Vec<&'a str>) {
        match (party, maker) {
            (Some(p), Some(m)) if recipients == [m] && p != m => (vec![m], vec![p]),
            _ => (suppliers, recipients),
        }
    }

    /// Whether the words before system `wi` make it a target (`shoot down a Kinzhal`,
    /// `against the S-300`).
    fn is_target(&self, wi: usize) -> bool {
        words::among_last(self.text(), self.clause.start, self.doc.mentions[wi].start, 3, TARGET)
    }

    /// `It ordered`, `The country also ordered`: with no country in the clause, the
    /// subject stands in for the country the sentence before is about (its first country
    /// named as a subject); in a relative clause (`Baku operates TB2s, which it used`),
    /// for the one this sentence is about before the clause, if it names one.
    fn topic(&self, pos: usize) -> Vec<&'a str> {
        let text = self.text();
        let doc = self.doc;
        let Some(w) = words::prev_skipping_any(text, self.clause.start, pos, BEFORE_A_VERB) else { return Vec::new() };
        if !words::is(text, &w, STAND_INS)
            || !doc.mentions_in(self.clause.start, pos).all(|k| doc.country_of(k).is_none())
        {
            return Vec::new();
        }
        let relative = self.clause.antecedent.is_some() && self.sentence.start < self.clause.start;
        let here = relative.then_some(self.sentence.start..self.clause.start);
        let about = |span: &Range<usize>| {
            doc.mentions_in(span.start, span.end).find(|&k| {
                let m = &doc.mentions[k];
                m.kind() == Kind::Country
                    && m.form() != Form::Demonym
                    && !words::prev_skipping(text, span.start, m.start, DETERMINERS)
                        .is_some_and(|p| words::is(text, &p, PREPOSITIONS))
            })
        };
        let topic = here.as_ref().and_then(about).or_else(|| self.previous.and_then(about));
        topic.and_then(|k| doc.country_of(k)).into_iter().collect()
    }

    /// Whether a word of a strike or a shooting down stands in `from..to`.
    fn target_between(&self, from: usize, to: usize) -> bool {
        from < to && words::any_in(self.text(), from, to, TARGET)
    }

    /// Whether the clause denies what follows (`denied reports that`, `rejected claims`)
    /// before `pos`.
    fn denied_before(&self, pos: usize) -> bool {
        let text = self.text();
        self.doc.cues_in(self.clause.start, pos).iter().any(|h| {
            h.end <= pos
                && h.cue.modal == Some(Modal::Negation)
                && ["denied", "denies", "rejected"].iter().any(|d| d.eq_ignore_ascii_case(&text[h.start..h.end]))
        })
    }

    /// A negated auxiliary after the system (`has not been finalised`, `were never
    /// delivered`) in `from..to`: `Some(true)` when what is negated is the conclusion of a
    /// deal (a negotiation still), `Some(false)` otherwise; `None` when nothing is negated
    /// or `until` follows (`did not arrive until 2016` states the arrival).
    fn negated_after(&self, from: usize, to: usize) -> Option<bool> {
        const AUX: &[&str] =
            &["has", "have", "had", "was", "were", "is", "are", "did", "does", "do", "been", "be", "will", "would"];
        const CONCLUDED: &[&str] = &["finalised", "finalized", "completed", "concluded", "signed", "approved"];
        let text = self.text();
        let cues = if from < to { self.doc.cues_in(from, to) } else { &[] };
        let neg = cues.iter().find(|h| {
            h.cue.modal == Some(Modal::Negation)
                && h.cue.transfer.is_none()
                && words::prev(text, from, h.start).is_some_and(|w| words::is(text, &w, AUX))
        })?;
        if words::any_in(text, neg.end, to, &["until"]) {
            return None;
        }
        let mut next = text[neg.end..to].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(3);
        Some(next.any(|w| CONCLUDED.iter().any(|c| c.eq_ignore_ascii_case(w))))
    }

    /// Whether the trigger at `pos` is the participle of a passive (`were delivered`,
    /// `had been recently supplied`).
    fn passive_before(&self, pos: usize) -> bool {
        words::prev_skipping(self.text(), self.clause.start, pos, ADVERBS)
            .is_some_and(|w| words::is(self.text(), &w, AUXILIARIES))
    }

    /// The event's year: in the clause (nearest the trigger), `last year`, in the
    /// sentence, else the document's.
    fn year(&self, near: usize) -> Option<i32> {
        let text = self.text();
        let ranges = [self.clause.start..self.clause.end, self.sentence.clone()];
        // Most clauses name no year: the years of each range are read once for all rows.
        let years = |k: usize| {
            let years = self.years[k].get_or_init(|| numbers::years_in(text, ranges[k].start, ranges[k].end));
            numbers::nearest(years, near)
        };
        let relative = |k: usize| {
            *self.relative_year[k]
                .get_or_init(|| numbers::relative_year(text, ranges[k].start, ranges[k].end, self.doc.year))
        };
        years(0).or_else(|| relative(0)).or_else(|| years(1)).or_else(|| relative(1)).or(self.doc.year)
    }

    /// The system's origin as a country id (a Soviet design after 1991: Russia).
    fn origin(&self, attribute: Option<&'a str>, year: Option<i32>) -> Option<&'a str> {
        // The attribute (the system's `origin`, read once per row) borrows from the
        // gazetteer, which checked it is an id there.
        let origin = attribute?;
        if origin == "SUN" && year.is_none_or(|y| y >= 1992) {
            return self.doc.russia();
        }
        Some(origin)
    }

    /// The country written on the system as its maker: `Chinese-made J-10C`, `China's
    /// advanced PL-15E`, `the Turkish Bayraktar TB2` (a demonym or possessive counts when
    /// it is the system's origin; `-made` always).
    fn maker(&self, wi: usize, origin: Option<&'a str>) -> Option<&'a str> {
        self.built_by(wi).or_else(|| self.maker_before(wi, origin))
    }

    /// `JF-17 fighters, built by Pakistan`: a maker named just after the system.
    fn built_by(&self, wi: usize) -> Option<&'a str> {
        const BUILT: &[&str] = &["built", "made", "produced", "manufactured", "assembled"];
        let text = self.text();
        let doc = self.doc;
        let w = &doc.mentions[wi];
        let k = doc.mentions_in(w.end, self.clause.end).find(|&k| doc.country_of(k).is_some())?;
        let m = &doc.mentions[k];
        let by = self.before.before(k, m.start, w.end)?;
        let verb = words::prev(text, w.end, by.start)?;
        let near = words::at_most(text, w.end, verb.start, 3);
        (words::is(text, &by, &["by"]) && words::is(text, &verb, BUILT) && near).then(|| doc.country_of(k)).flatten()
    }

    /// `Chinese-made J-10C`, `China's PL-15E`, `the Turkish Bayraktar TB2`.
    fn maker_before(&self, wi: usize, origin: Option<&'a str>) -> Option<&'a str> {
        let text = self.text();
        let w = &self.doc.mentions[wi];
        let range = self.doc.mentions_in(self.clause.start, w.start);
        let i = range.clone().rev().find(|&i| self.doc.country_of(i).is_some())?;
        let m = &self.doc.mentions[i];
        if m.kind() != Kind::Country
            || !words::at_most(text, m.end, w.start, 3)
            || text[m.end..w.start].contains([',', ';', '('])
        {
            return None;
        }
        let after = text[m.end..w.start].trim_start_matches(['-', '\u{2010}', '\u{2011}', '\u{2013}', ' ']);
        let made = MADE.iter().any(|s| after.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s)));
        let possessive = text[m.end..].starts_with("'s") || text[m.end..].starts_with("\u{2019}s");
        let origin = self.origin(origin, self.doc.year);
        (made || ((m.form() == Form::Demonym || possessive) && (Some(m.id()) == origin || self.co_maker(w, m))))
            .then(|| m.id())
    }

    /// Whether country `c` is named in the `maker` of system `w` besides its origin (`the
    /// Pakistani JF-17`: built by Chengdu and the Pakistan Aeronautical Complex).
    fn co_maker(&self, w: &crate::Mention<'a>, c: &crate::Mention<'a>) -> bool {
        let name = self.doc.g.entity(c.id()).map(|e| e.name.as_str());
        w.entity.attribute("maker").zip(name).is_some_and(|(maker, name)| maker.contains(name))
    }

    /// The countries after `prep` (skipping `the`, `both`), with the ones coordinated to
    /// the first (`to both Uzbekistan and Turkmenistan`), in `from..to`.
    fn listed_after(&self, prep: &[&str], from: usize, to: usize) -> Vec<&'a str> {
        let text = self.text();
        let doc = self.doc;
        let mut out = Vec::new();
        let range = doc.mentions_in(from, to);
        let mut k = range.start;
        while k < range.end {
            if doc.country_of(k).is_some()
                && self.before.before(k, doc.mentions[k].start, from).is_some_and(|p| words::is(text, &p, prep))
            {
                break;
            }
            k += 1;
        }
        if k >= range.end {
            return out;
        }
        out.extend(doc.country_of(k));
        let mut last = k;
        for j in k + 1..range.end {
            let Some(c) = doc.country_of(j) else { continue };
            if !words::is_list_joiner(text, doc.mentions[last].end, doc.mentions[j].start)
                || !same_list(&doc.mentions[last], &doc.mentions[j])
            {
                break;
            }
            // `to Armenia and Azerbaijan bought ...`: the last one opens a new clause.
            if self.verb_follows(doc.mentions[j].end) {
                break;
            }
            if !out.contains(&c) {
                out.push(c);
            }
            last = j;
        }
        out
    }

    /// Whether a trigger follows `pos` directly.
    fn verb_follows(&self, pos: usize) -> bool {
        let text = self.text();
        words::next(text, pos, self.clause.end)
            .is_some_and(|w| self.triggers.iter().any(|t| t.start == w.start) || words::is(text, &w, AUXILIARIES))
    }

    /// The other party of a deal: `a deal with X`, `negotiations with X`, before `to`.
    fn with_deal(&self, to: usize) -> Option<&'a str> {
        let text = self.text();
        let doc = self.doc;
        let lo = self.clause.start;
        doc.mentions_in(lo, to).find_map(|k| {
            let c = doc.country_of(k)?;
            let with = self.before.before(k, doc.mentions[k].start, lo)?;
            if !words::is(text, &with, &["with"]) {
                return None;
            }
            // A deal word within eight words before `with`: `a deal with`, `signed a
            // contract for Mistral missiles with`.
            words::among_last(text, lo, with.start, 8, DEAL_WORDS).then_some(c)
        })
    }

    /// The country right after a supplier's verb: `supplied Armenia with`, `sold Baku`.
    fn object_after(&self, pos: usize, to: usize) -> Vec<&'a str> {
        let text = self.text();
        let doc = self.doc;
        let r = doc.mentions_in(pos, to);
        if r.is_empty() {
            return Vec::new();
        }
        let m = &doc.mentions[r.start];
        let direct = words::next_skipping(text, pos, m.start.max(pos), DETERMINERS).is_none()
            && text[pos..m.start].trim_start_matches(' ').len() == text[pos..m.start].trim().len()
            && words::at_most(text, pos, m.start, 1);
        let possessive = text[m.end..].starts_with("'s") || text[m.end..].starts_with("\u{2019}s");
        if direct && !possessive && m.form() != Form::Demonym {
            doc.country_of(r.start).into_iter().collect()
        } else {
            Vec::new()
        }
    }

    /// In a passive, a country subject right before the auxiliary (`Armenia was
    /// supplied with`).
    fn actor_before_auxiliary(&self, pos: usize) -> Vec<&'a str> {
        let text = self.text();
        let Some(aux) = words::prev_skipping(text, self.clause.start, pos, ADVERBS) else { return Vec::new() };
        let doc = self.doc;
        let r = doc.mentions_in(self.clause.start, aux.start);
        match r.clone().last() {
            Some(k)
                if text[doc.mentions[k].end..aux.start].trim().is_empty()
                    && doc.mentions[k].kind() == Kind::Country =>
            {
                doc.country_of(k).into_iter().collect()
            }
            _ => Vec::new(),
        }
    }

    /// The subject of the verb at `pos`: the nearest country (or leader's country) before
    /// it that is not the object of a preposition, not part of a compound (`the
    /// Pakistan–India conflict`) and does not qualify a system (`China's PL-15E`), with
    /// the countries coordinated to it; else what a relative clause refers to.
    fn subject_before(&self, pos: usize) -> Vec<&'a str> {
        let text = self.text();
        let doc = self.doc;
        let mut lo = self.clause.start;
        // `which hosts a Russian base, is negotiating`: after the relative clause's comma,
        // the verb's subject is what the clause refers to.
        if self.clause.antecedent.is_some() {
            if let Some(c) = text[lo..pos].rfind(',') {
                lo += c + 1;
            }
        }
        let range = doc.mentions_in(lo, pos);
        for i in range.clone().rev() {
            let m = &doc.mentions[i];
            if m.end > pos || doc.country_of(i).is_none() || self.qualifies_system(i, pos) || self.in_compound(i) {
                continue;
            }
            // The head of a coordination: `Uzbekistan and Turkmenistan received`.
            let mut chain = vec![i];
            let mut j = i;
            while j > range.start {
                let p = j - 1;
                if doc.country_of(p).is_none()
                    || !words::is_list_joiner(text, doc.mentions[p].end, doc.mentions[j].start)
                    || !same_list(&doc.mentions[p], &doc.mentions[j])
                {
                    break;
                }
                chain.push(p);
                j = p;
            }
            let head = doc.mentions[j].start;
            if let Some(p) = self.before.before(j, head, lo) {
                // `The government in Tbilisi sought`: the government of that country.
                let government = words::is(text, &p, &["in"])
                    && words::prev(text, lo, p.start).is_some_and(|g| words::is(text, &g, GOVERNMENT));
                if words::is(text, &p, PREPOSITIONS) && !government {
                    continue;
                }
            }
            let mut out: Vec<&'a str> = Vec::new();
            for k in chain.into_iter().rev() {
                if let Some(c) = doc.country_of(k) {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
            }
            return out;
        }
        self.clause.antecedent.and_then(|a| doc.country_of(a)).into_iter().collect()
    }

    /// Whether mention `i` qualifies a system named after it, before `pos`.
    fn qualifies_system(&self, i: usize, pos: usize) -> bool {
        let text = self.text();
        let m = &self.doc.mentions[i];
        let r = self.doc.mentions_in(m.end, pos);
        self.doc.mentions[r].iter().find(|n| n.kind() != Kind::Weapon || n.start >= pos).is_none()
            && self.doc.mentions[self.doc.mentions_in(m.end, pos)].iter().next().is_some_and(|n| {
                n.kind() == Kind::Weapon
                    && words::at_most(text, m.end, n.start, 3)
                    && !text[m.end..n.start].contains([',', ';', '('])
            })
    }

    /// `the Pakistan–India conflict`, `Sino-Russian`: a country joined to another by a dash.
    fn in_compound(&self, i: usize) -> bool {
        let text = self.text();
        let m = &self.doc.mentions[i];
        let dash = ['-', '\u{2013}', '\u{2010}', '\u{2011}', '/'];
        text[m.end..].starts_with(dash) && text[m.end..].chars().nth(1).is_some_and(char::is_uppercase)
            || text[..m.start].ends_with(dash)
    }
}

/// `Egypt was to buy Su-35 fighters from Russia, but the deal was abandoned`: a later
/// clause of the sentence that cancels `the deal` (the contract, the order, the sale) and
/// names no system of its own cancels the transfers of the clauses before it.
pub(crate) fn cancelled_after(doc: &Doc<'_, '_>, clauses: &[Clause], rows: &mut [Transfer<'_>]) {
    const DEAL: &[&str] = &["deal", "contract", "order", "sale", "purchase", "agreement", "plan", "plans"];
    let text = doc.text;
    for c in clauses.iter().skip(1) {
        let has_system = doc.mentions[doc.mentions_in(c.start, c.end)].iter().any(|m| m.kind() == Kind::Weapon);
        if has_system {
            continue;
        }
        let cues = doc.cues_in(c.start, c.end);
        let Some(cancel) = cues.iter().find(|h| matches!(h.cue.transfer, Some((Status::Cancelled, _)))) else {
            continue;
        };
        let negated = cues.iter().any(|h| h.end <= cancel.start && h.cue.modal == Some(Modal::Negation));
        let deal = words::any_in(text, c.start, cancel.start, DEAL);
        if negated || !deal {
            continue;
        }
        for r in rows.iter_mut().filter(|r| r.end <= c.start) {
            r.status = Status::Cancelled;
        }
    }
}

/// Words before a system that make it a target, not a transfer.
const TARGET: &[&str] =
    &["down", "intercept", "intercepted", "intercepting", "against", "downed", "downing", "destroyed", "targeted"];

/// The words between a subject and its verb: [`ADVERBS`], [`AUXILIARIES`], `has`, `had`,
/// `have`, `will`.
const BEFORE_A_VERB: &[&[&str]] = &[ADVERBS, AUXILIARIES, &["has", "had", "have", "will"]];

/// Words that stand for the state a text is about: `it`, `the country`, `the air force`.
const STAND_INS: &[&str] =
    &["it", "they", "country", "government", "ministry", "army", "military", "navy", "force", "forces", "authorities"];

/// Whether two countries joined by `and` can be one list: `from Russia, and Chinese
/// officials` and `from Israel, and Israeli companies` are not (a demonym after a name
/// opens a new phrase).
fn same_list(a: &crate::Mention<'_>, b: &crate::Mention<'_>) -> bool {
    (a.form() == Form::Demonym) == (b.form() == Form::Demonym)
}

/// Whether a trigger is a form of `arrive in`.
fn is_arrival(trigger: &str) -> bool {
    trigger.get(..6).is_some_and(|a| a.eq_ignore_ascii_case("arrive"))
}

/// Whether a trigger opens with a past participle (`delivered`, `sold`, `taken`); not
/// `interested` (`is interested in` is no passive).
fn is_participle(trigger: &str) -> bool {
    let first = trigger.split(' ').next().unwrap_or("").as_bytes();
    first.len() >= 2
        && first[first.len() - 2..].eq_ignore_ascii_case(b"ed")
        && !first.eq_ignore_ascii_case(b"interested")
        || ["sold", "bought", "built", "taken", "shot", "sent", "given", "frozen"]
            .iter()
            .any(|p| p.as_bytes().eq_ignore_ascii_case(first))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{g, relations, row, rows};
    use super::super::{extract, Status};

    #[test]
    fn a_supplier_verb_with_to_and_coordinated_recipients() {
        assert_eq!(
            rows("In 2015, Beijing supplied FD-2000 batteries to both Uzbekistan and Turkmenistan."),
            [row("CHN", "UZB", "fd-2000", Status::Delivery), row("CHN", "TKM", "fd-2000", Status::Delivery)]
        );
    }

    #[test]
    fn a_recipient_verb_takes_its_subject_and_the_origin_or_from() {
        assert_eq!(
            rows("Kazakhstan took delivery of Su-30SM fighters last spring."),
            [row("RUS", "KAZ", "su-30", Status::Delivery)]
        );
        assert_eq!(
            rows("Armenia's army received Su-30SM jets from Belarus."),
            [row("BLR", "ARM", "su-30", Status::Delivery)]
        );
        assert_eq!(
            rows("Uzbekistan and Turkmenistan ordered HQ-9 systems."),
            [row("CHN", "UZB", "hq-9", Status::Order), row("CHN", "TKM", "hq-9", Status::Order)]
        );
    }

    #[test]
    fn passives_take_the_agent_after_by() {
        assert_eq!(
            rows("The S-400 systems were delivered to Turkey by Russia in 2019."),
            [row("RUS", "TUR", "s-400", Status::Delivery)]
        );
        assert_eq!(
            rows("Twelve Bayraktar TB2 drones were ordered by Azerbaijan."),
            [row("TUR", "AZE", "bayraktar-tb2", Status::Order)]
        );
        assert_eq!(
            rows("Armenia was supplied with Iskander missiles by Moscow."),
            [row("RUS", "ARM", "iskander", Status::Delivery)]
        );
    }

    #[test]
    fn negated_and_hypothetical_statements() {
        assert_eq!(rows("Russia did not deliver the S-400 to Kazakhstan."), []);
        assert_eq!(rows("Moscow never supplied Iskander missiles to Azerbaijan."), []);
        assert_eq!(rows("Russia didn\u{2019}t deliver the S-400 to Kazakhstan."), [], "a curly apostrophe");
        assert_eq!(rows("Tashkent could buy the J-10C."), [row("CHN", "UZB", "j-10", Status::Interest)]);
        assert_eq!(
            rows("Kyrgyzstan plans to acquire Bayraktar TB2 drones."),
            [row("TUR", "KGZ", "bayraktar-tb2", Status::Interest)]
        );
        assert_eq!(
            rows("Baku bought Israeli Barak-8 systems rather than the S-400."),
            [row("ISR", "AZE", "barak-8", Status::Order)]
        );
    }

    #[test]
    fn frames_give_the_status_and_deals_name_the_supplier() {
        assert_eq!(
            rows("Uzbekistan, which had expressed interest in acquiring 24 Rafale jets, is negotiating with China to purchase JF-17 aircraft."),
            [row("FRA", "UZB", "rafale", Status::Interest), row("CHN", "UZB", "jf-17", Status::Negotiation)]
        );
        assert_eq!(
            rows("In 2016 India signed a $8.7 billion deal with France for the purchase of 36 Rafale jets."),
            [row("FRA", "IND", "rafale", Status::Order)]
        );
        assert_eq!(rows("Ankara cancelled its order for the F-35."), [row("USA", "TUR", "f-35", Status::Cancelled)]);
        // A plan cancelled is a cancellation; a cancellation only planned is none.
        assert_eq!(
            rows("Kazakhstan has cancelled plans to buy more Su-30SM jets."),
            [row("RUS", "KAZ", "su-30", Status::Cancelled)]
        );
        assert_eq!(rows("Kazakhstan could cancel its order for Su-30SM jets."), []);
    }

    #[test]
    fn a_named_supplier_that_is_not_the_systems_supplier_is_not_taken() {
        // Russia is named, but as the old supplier of another clause; the drones are Turkish.
        assert_eq!(
            rows("Kazakhstan, which long bought its arms from Russia, ordered the Turkish Anka drone in 2022."),
            [row("TUR", "KAZ", "anka", Status::Order)]
        );
        assert_eq!(rows("Russia has long dominated a market that China now enters with the J-10C."), []);
        // `from X` overrides the origin: a resale.
        assert_eq!(
            rows("Azerbaijan acquired Su-25 aircraft from Georgia."),
            [row("GEO", "AZE", "su-25", Status::Order)]
        );
    }

    #[test]
    fn demonyms_and_made_compounds_name_the_supplier_and_use_needs_a_user() {
        assert_eq!(
            rows("The Pakistan Air Force deployed Chinese-made J-10C jets, which downed Indian aircraft."),
            [row("CHN", "PAK", "j-10", Status::Use)]
        );
        assert_eq!(rows("Pakistan used China's PL-15E missiles."), [row("CHN", "PAK", "pl-15", Status::Use)]);
        assert_eq!(rows("China used the J-10C in exercises."), []);
    }

    #[test]
    fn quantities_years_and_values() {
        let text = "Pakistan entered into a US$ 1.525 billion deal with China for the acquisition of 20 J-10C aircraft in 2020. \
                    Last year, Beijing supplied two batteries of HQ-9 to Turkmenistan.";
        let ts = relations(text).transfers;
        assert_eq!(ts.len(), 2);
        assert_eq!(
            (ts[0].quantity, ts[0].year, ts[0].value.map(|v| (v.amount, v.currency))),
            (Some(20), Some(2020), Some((1.525e9, "USD")))
        );
        assert_eq!(ts[0].evidence, "acquisition of");
        assert_eq!((ts[1].quantity, ts[1].year, ts[1].value), (Some(2), Some(2024), None));
        assert_eq!(&text[ts[1].start..ts[1].end], "Last year, Beijing supplied two batteries of HQ-9 to Turkmenistan.");
        // No year in the text: the document's.
        let t = "Armenia received Pinaka launchers from India.";
        assert_eq!(relations(t).transfers[0].year, Some(2025));
        let ms = g().find(t);
        assert_eq!(extract(g(), t, &ms, None).transfers[0].year, None);
    }

    #[test]
    fn a_later_clause_can_cancel_targets_are_not_transfers_and_denials_drop_the_row() {
        assert_eq!(
            rows("Cairo was to buy Su-35 fighters from Russia, but the deal collapsed."),
            [row("RUS", "EGY", "su-35", Status::Cancelled)]
        );
        assert_eq!(
            rows("Ukraine received Patriot batteries from Germany and the United States, and used them to shoot down a Kinzhal."),
            [row("DEU", "UKR", "patriot", Status::Delivery), row("USA", "UKR", "patriot", Status::Delivery)]
        );
        assert_eq!(rows("Baku denied reports that Ankara had delivered Hurjet trainers to Azerbaijan."), []);
        assert_eq!(
            rows("The sale of J-10CE fighters to Indonesia has not been finalised."),
            [row("CHN", "IDN", "j-10", Status::Negotiation)]
        );
        assert_eq!(
            rows("Russia did not deliver the S-300 to Iran until 2016."),
            [row("RUS", "IRN", "s-300", Status::Delivery)]
        );
    }

    #[test]
    fn a_trigger_governs_the_systems_listed_after_it_not_those_of_another_phrase() {
        assert_eq!(
            rows("Mongolia ordered two Il-76 aircraft from Russia, and Chinese officials offered the Y-20."),
            [row("RUS", "MNG", "il-76", Status::Order)]
        );
        assert_eq!(
            rows("Baku purchased Barak-8 systems and Harop drones from Israel."),
            [row("ISR", "AZE", "barak-8", Status::Order), row("ISR", "AZE", "harop", Status::Order)]
        );
        // Tajik forces fired Soviet-designed rockets: old stock, not a transfer.
        assert_eq!(rows("Tajik forces fired BM-21 rockets across the border."), []);
    }

    #[test]
    fn it_and_the_country_stand_for_the_country_of_the_sentence_before() {
        assert_eq!(
            rows("Pakistan received J-10CE fighters in 2022. The country also ordered Type 054A/P frigates."),
            [row("CHN", "PAK", "j-10", Status::Delivery), row("CHN", "PAK", "type-054", Status::Order)]
        );
        assert_eq!(
            rows("France signed a contract for Mistral missiles with Armenia."),
            [row("FRA", "ARM", "mistral", Status::Order)]
        );
    }

    #[test]
    fn also_keeps_the_recipient_of_the_same_suppliers_rows_before() {
        assert_eq!(
            rows("France agreed to sell GM200 radars to Armenia. Paris will also deliver Caesar howitzers."),
            [row("FRA", "ARM", "gm200", Status::Order), row("FRA", "ARM", "caesar", Status::Order)]
        );
        assert_eq!(
            rows("France sold GM200 radars to Armenia, and Paris is also supplying Caesar howitzers."),
            [row("FRA", "ARM", "gm200", Status::Delivery), row("FRA", "ARM", "caesar", Status::Delivery)]
        );
        // Without `also`, or with two recipients before, or another supplier: no recipient.
        assert_eq!(rows("France sold GM200 radars to Armenia. Paris will deliver Caesar howitzers.").len(), 1);
        assert_eq!(
            rows("France sold GM200 radars to Armenia and Georgia. Paris will also deliver Mistral missiles.")
                .iter()
                .filter(|r| r.2 == "mistral")
                .count(),
            0
        );
        assert_eq!(rows("Russia sold Su-30SM jets to Armenia. France will also deliver Caesar howitzers.").len(), 1);
    }

    #[test]
    fn a_verb_left_out_before_a_second_object_with_its_own_recipient() {
        assert_eq!(
            rows("France sold GM200 radars to Armenia and Caesar howitzers to Georgia."),
            [row("FRA", "ARM", "gm200", Status::Delivery), row("FRA", "GEO", "caesar", Status::Delivery)]
        );
        // Not a gap: the second system has no `to` of its own, or another verb.
        assert_eq!(rows("France sold GM200 radars to Armenia and Caesar howitzers.").len(), 1);
        assert!(!rows("France sold GM200 radars to Armenia and Georgia bought Caesar howitzers.").contains(&row(
            "FRA",
            "GEO",
            "caesar",
            Status::Delivery
        )));
    }

    #[test]
    fn an_arrival_of_a_first_batch_is_a_delivery_to_the_place_it_arrived_in() {
        assert_eq!(
            rows("The first four Su-30SM fighters arrived in Kazakhstan in April 2015."),
            [row("RUS", "KAZ", "su-30", Status::Delivery)]
        );
        assert_eq!(
            rows("A new batch of Bayraktar TB2 drones arrived in Azerbaijan from Turkey."),
            [row("TUR", "AZE", "bayraktar-tb2", Status::Delivery)]
        );
        // No delivery's words before the systems: a visit or an exercise, no transfer.
        assert_eq!(rows("Two Russian Tu-160 bombers arrived in Caracas on Monday."), []);
        // The systems after the arrival are not what arrived.
        assert_eq!(rows("The first delegation arrived in Moscow for talks on S-400 systems."), []);
        // Not yet arrived: an order at most.
        assert_eq!(
            rows("The first Su-30SM fighters will arrive in Astana next year."),
            [row("RUS", "KAZ", "su-30", Status::Order)]
        );
    }

    #[test]
    fn participles_are_told_from_present_forms_in_any_case() {
        assert!(super::is_participle("DELIVERED to") && super::is_participle("Sold") && !super::is_participle("sells"));
    }

    #[test]
    fn a_participle_after_the_system_and_no_row_without_a_recipient() {
        assert_eq!(
            rows("Pakistani pilots downed Indian aircraft, including Rafale jets recently procured from France."),
            [row("FRA", "IND", "rafale", Status::Order)]
        );
        assert_eq!(rows("The J-10C was delivered."), []);
        assert_eq!(rows("The S-300 is a Soviet design."), []);
    }
}
