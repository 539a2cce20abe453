//! The trigger lexicon: the words writers use for each stage of a transfer and each kind
//! of meeting, and the modal words that change what a trigger states (`not`, `could`,
//! `will`). All of them are compiled into one `aho-corasick` DFA (leftmost-longest, ASCII
//! case-insensitive, anchored) the first time it is needed.
//!
//! Lists are written per status and side, in the inflected forms found in prose: an
//! entry is a whole-word phrase, so `used` does not match in `caused`. Since every phrase
//! begins a word, the automaton is not run over every byte: it is walked from each word
//! start of the text searched (and from the `n` of a glued `n't`) until it dies, which
//! for most words is after one or two bytes. A phrase found at a word start takes the
//! text up to its end, as a leftmost-longest search does.

use super::{MeetingKind, Status};
use crate::boundary::{word_at, word_before};
use crate::matcher::starts::{self, StartSets};
use crate::matcher::Path;
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use std::sync::OnceLock;

/// Who does what a transfer trigger says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The subject hands over: `China supplied`, `the delivery of`.
    Supplier,
    /// The subject receives, buys or uses: `Pakistan bought`, `the procurement of`.
    Recipient,
    /// Either, told apart by `to Y` (`Russia halted deliveries to Iran` against `Turkey
    /// cancelled its order`).
    Either,
}

/// A modal word: how it changes the trigger that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modal {
    /// `not`, `never`, `refused to`, `rather than`: the clause does not state the event.
    Negation,
    /// `could`, `plans to`, `is considering`: at most an interest.
    Hypothetical,
    /// `will`, `is due to`: a delivery to come is an order; a purchase to come, an interest.
    Future,
    /// `agreed to`, `signed ... to`: a delivery agreed is an order.
    Agreed,
}

/// What a lexicon entry means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// As a transfer trigger: the status it states and whose act it is.
    pub transfer: Option<(Status, Side)>,
    /// As a meeting trigger: the kind of meeting.
    pub meeting: Option<MeetingKind>,
    /// As a modal word.
    pub modal: Option<Modal>,
}

impl Cue {
    /// Whether it is a trigger (of a transfer or a meeting), not only a modal word.
    pub fn is_trigger(&self) -> bool {
        self.transfer.is_some() || self.meeting.is_some()
    }
}

/// One cue found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// What it means.
    pub cue: Cue,
}

use MeetingKind as M;
use Side::{Either, Recipient, Supplier};
use Status::{Cancelled, Delivery, Interest, Negotiation, Order, Use};

/// Transfer triggers, by status and side.
const TRANSFERS: &[(Status, Side, &[&str])] = &[
    (
        Delivery,
        Supplier,
        &[
            "supplied",
            "supplies",
            "supply",
            "supplying",
            "delivered",
            "delivers",
            "deliver",
            "delivering",
            "handed over",
            "hands over",
            "hand over",
            "handing over",
            "transferred",
            "transfers",
            "transferring",
            "sold",
            "sells",
            "sell",
            "selling",
            "exported",
            "exports",
            "export",
            "exporting",
            "shipped",
            "ships",
            "shipping",
            "provided",
            "provides",
            "providing",
            "gifted",
            "donated",
            "donates",
            "delivery of",
            "deliveries of",
            "supply of",
            "supplies of",
            "sale of",
            "sales of",
            "transfer of",
            "transfers of",
            "shipment of",
            "shipments of",
            "export of",
            "exports of",
            "handover of",
            "first batch of",
            "batch of",
            "first deliveries of",
            "first delivery of",
            "arrived in",
            "arrives in",
            "arrive in",
            "arriving in",
        ],
    ),
    (
        Delivery,
        Recipient,
        &[
            "received",
            "receives",
            "receive",
            "receiving",
            "took delivery of",
            "takes delivery of",
            "take delivery of",
            "taking delivery of",
            "taken delivery of",
            "obtained",
            "imported",
            "imports",
            "import",
            "importing",
            "inducted",
            "commissioned",
            "has taken delivery of",
            "began receiving",
            "started receiving",
        ],
    ),
    (
        Order,
        Recipient,
        &[
            "ordered",
            "orders",
            "order",
            "ordering",
            "bought",
            "buys",
            "buy",
            "buying",
            "purchased",
            "purchases",
            "purchase",
            "purchasing",
            "procured",
            "procures",
            "procure",
            "procuring",
            "acquired",
            "acquires",
            "acquire",
            "acquiring",
            "signed a contract for",
            "signed contracts for",
            "signed a deal for",
            "signed a contract to buy",
            "signed a contract to purchase",
            "signed a contract to acquire",
            "placed an order for",
            "placed orders for",
            "an order for",
            "orders for",
            "order for",
            "purchase of",
            "purchases of",
            "procurement of",
            "acquisition of",
            "acquisitions of",
            "contract for",
            "contracts for",
            "deal for",
            "deal to buy",
            "deal to purchase",
            "deal to acquire",
            "contract to buy",
            "contract to purchase",
            "contract to acquire",
        ],
    ),
    (
        Order,
        Either,
        &[
            "signed a contract",
            "signed contracts",
            "signed a deal",
            "signed deals",
            "inked a deal",
            "concluded a deal",
            "concluded a contract",
            "struck a deal",
            "signed an agreement",
            "concluded an agreement",
            "contract to supply",
            "deal to supply",
            "contract to deliver",
            "deal to deliver",
        ],
    ),
    (
        Negotiation,
        Recipient,
        &[
            "negotiating",
            "negotiations",
            "negotiation",
            "negotiate",
            "negotiates",
            "in talks with",
            "talks on the purchase of",
            "talks on buying",
            "talks on acquiring",
            "talks to buy",
            "talks to purchase",
            "talks to acquire",
            "discussing the purchase of",
            "bargaining",
        ],
    ),
    (
        Interest,
        Recipient,
        &[
            "expressed interest in",
            "expressed an interest in",
            "expresses interest in",
            "showed interest in",
            "shown interest in",
            "has shown interest in",
            "interest in",
            "interested in",
            "considering",
            "considers",
            "consider",
            "weighing",
            "weighs",
            "weigh",
            "eyeing",
            "eyes",
            "mulling",
            "seeking to buy",
            "seeking to acquire",
            "seeking to purchase",
            "looking to buy",
            "looking to acquire",
            "wish list",
            "shortlisted",
            "sought",
            "seeks",
            "requested",
            "has requested",
            "asked for",
        ],
    ),
    (
        Use,
        Recipient,
        &[
            "deployed",
            "deploys",
            "deploy",
            "deploying",
            "used",
            "uses",
            "using",
            "utilized",
            "utilised",
            "utilizes",
            "utilises",
            "utilizing",
            "employed",
            "employs",
            "employing",
            "fired",
            "fires",
            "firing",
            "launched",
            "launches",
            "struck with",
            "shot down with",
            "in exercises",
            "during exercises",
            "in drills",
            "during drills",
            "in combat",
            "combat use of",
            "use of",
        ],
    ),
    (
        Cancelled,
        Either,
        &[
            "cancelled",
            "canceled",
            "cancels",
            "cancel",
            "cancelling",
            "canceling",
            "cancellation of",
            "scrapped",
            "scraps",
            "scrap",
            "terminated",
            "withdrew from",
            "pulled out of",
            "suspended",
            "suspends",
            "halted",
            "halts",
            "froze",
            "freezes",
            "frozen",
            "blocked",
            "blocks",
            "abandoned",
            "abandons",
            "collapsed",
            "fell through",
            "fell apart",
            "shelved",
        ],
    ),
];

/// Meeting triggers, by kind.
const MEETINGS: &[(MeetingKind, &[&str])] = &[
    (
        M::Meeting,
        &[
            "met",
            "meets",
            "meet",
            "meeting",
            "meetings",
            "met with",
            "sat down with",
            "hosted",
            "hosts",
            "host",
            "received",
            "receives",
            "welcomed",
            "welcomes",
            "held a meeting",
            "bilateral meeting",
            "encounter",
            "audience with",
            "conferred with",
            "attended",
            "attend",
            "attends",
            "attending",
            "took part",
            "take part",
            "takes part",
            "taking part",
            "participated",
            "convened",
            "tête-à-tête",
        ],
    ),
    (
        M::Visit,
        &[
            "visited",
            "visit",
            "visits",
            "visiting",
            "state visit",
            "state visits",
            "official visit",
            "official visits",
            "working visit",
            "working visits",
            "trip to",
            "travelled to",
            "traveled to",
            "arrived in",
            "tour of",
            "came to",
        ],
    ),
    (
        M::Call,
        &[
            "phone call",
            "phone calls",
            "telephone call",
            "telephone calls",
            "phone conversation",
            "telephone conversation",
            "spoke by phone",
            "spoke by telephone",
            "spoke on the phone",
            "spoke over the phone",
            "phoned",
            "telephoned",
            "video call",
            "video conference",
            "videoconference",
            "call with",
            "held a call",
        ],
    ),
    (M::Summit, &["summit", "summits"]),
    (
        M::Talks,
        &["talks", "held talks", "negotiations", "consultations", "discussed", "discussions", "held discussions"],
    ),
];

/// Modal words.
const MODALS: &[(Modal, &[&str])] = &[
    (
        Modal::Negation,
        &[
            "not",
            "n't",
            "n\u{2019}t",
            "never",
            "no longer",
            "refused to",
            "declined to",
            // `declined an invitation to meet`, `turned down an invitation to visit`
            "declined an invitation",
            "declined invitations",
            "turned down",
            "failed to",
            "yet to",
            "denied",
            "denies",
            "rather than",
            "instead of",
            "ruled out",
            "rejected",
            "without",
            "no",
            "nothing",
            "neither",
            "nor",
            "none of",
        ],
    ),
    (
        Modal::Hypothetical,
        &[
            "could",
            "might",
            "may",
            "would",
            "should",
            "plans to",
            "planned to",
            "planning to",
            "plan to",
            "wants to",
            "wanted to",
            "want to",
            "hopes to",
            "hoped to",
            "seeks to",
            "sought to",
            "seeking to",
            "intends to",
            "intended to",
            "aims to",
            "aimed to",
            "considering",
            "if",
            "unless",
            "whether",
            "expected to",
            "likely to",
            "invited",
            "offered to",
            "offered",
            "proposed",
            "potential",
            "possible",
            "prospective",
            "reportedly considering",
            "keen to",
            "ready to",
            "willing to",
        ],
    ),
    (
        Modal::Future,
        &[
            "will",
            "is to",
            "are to",
            "is due to",
            "are due to",
            "set to",
            "scheduled to",
            "slated to",
            "is expected to receive",
            "shall",
            "was to",
            "were to",
        ],
    ),
    (Modal::Agreed, &["agreed to", "agrees to", "committed to", "pledged to", "promised to"]),
];

struct Lexicon {
    /// Every phrase, for anchored searches only (no unanchored start: never needed).
    automaton: DFA,
    cues: Vec<Cue>,
    /// For every pair of bytes as written (no case to fold): 0 if no phrase opens with
    /// it, else `k` for the state `after_two[k]` the automaton reaches from its start by
    /// those two bytes. Most words of a clause open no phrase, and this one lookup spares
    /// them the walk; the others skip its first two steps.
    pairs: Box<[u8; 1 << 16]>,
    /// The states of [`Lexicon::pairs`] (index 0 unused).
    after_two: Vec<aho_corasick::automaton::StateID>,
    /// At `k << 8 | c`: whether a walk from `after_two[k]` can still find a phrase when
    /// the third byte is `c` (as written). Most walks that pass the pair die at the third
    /// byte: this lookup drops them before the walk is set up. (A fixed size: `k` is a
    /// byte, so no index is checked.)
    third: Box<[bool; 1 << 16]>,
    /// For the matcher's first stage: the letters that open a phrase, and the
    /// apostrophe of `n't` (wherever it stands).
    starts: StartSets,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

/// Every phrase with what it means: a phrase in several lists (`received`, `negotiations`,
/// `considering`) gets every meaning.
fn build() -> Lexicon {
    let mut phrases: Vec<&'static str> = Vec::new();
    let mut cues: Vec<Cue> = Vec::new();
    let mut add = |p: &'static str, set: &dyn Fn(&mut Cue)| {
        let i = phrases.iter().position(|q| q.eq_ignore_ascii_case(p)).unwrap_or_else(|| {
            phrases.push(p);
            cues.push(Cue { transfer: None, meeting: None, modal: None });
            phrases.len() - 1
        });
        set(&mut cues[i]);
    };
    for (status, side, list) in TRANSFERS {
        for p in *list {
            add(p, &|c| c.transfer = c.transfer.or(Some((*status, *side))));
        }
    }
    for (kind, list) in MEETINGS {
        for p in *list {
            add(p, &|c| c.meeting = c.meeting.or(Some(*kind)));
        }
    }
    for (modal, list) in MODALS {
        for p in *list {
            add(p, &|c| c.modal = c.modal.or(Some(*modal)));
        }
    }
    // A DFA: a few hundred short phrases make a small one, and each step is one lookup.
    let automaton = DFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .start_kind(StartKind::Anchored)
        .prefilter(false)
        .build(&phrases)
        .expect("the trigger lexicon is small and valid"); // a fixed list: checked by the tests
    let start = automaton.start_state(Anchored::Yes).expect("built for anchored searches");
    let mut openers = vec![false; 1 << 16];
    let (mut after, mut anywhere) = ([false; 256], [false; 256]);
    anywhere[usize::from(b'\'')] = true;
    for p in &phrases {
        let b = p.as_bytes();
        // Every phrase has two bytes at least (a one-byte phrase would open every pair)
        // and begins with an ASCII letter (what `find_in` looks for).
        assert!(b.len() >= 2 && b[0].is_ascii_alphabetic(), "a phrase find_in cannot see: {p:?}");
        for first in [b[0].to_ascii_lowercase(), b[0].to_ascii_uppercase()] {
            for second in [b[1].to_ascii_lowercase(), b[1].to_ascii_uppercase()] {
                openers[pair_index(first, second)] = true;
            }
        }
        after[usize::from(b[0].to_ascii_lowercase())] = true;
        after[usize::from(b[0].to_ascii_uppercase())] = true;
    }
    let starts = StartSets::new(&after, &anywhere);
    // The automaton run over each opening pair once, here, rather than per word.
    let (mut pairs, mut after_two) = (Box::new([0u8; 1 << 16]), vec![start]);
    for (a, b) in (0..=255u8).flat_map(|a| (0..=255u8).map(move |b| (a, b))) {
        if !openers[pair_index(a, b)] {
            continue;
        }
        let first = automaton.next_state(Anchored::Yes, start, a);
        let second = automaton.next_state(Anchored::Yes, first, b);
        // A pair that leads nowhere (not seen with the phrases above) finds nothing.
        if automaton.is_dead(first) || automaton.is_dead(second) {
            continue;
        }
        let k = after_two.iter().position(|&s| s == second).unwrap_or_else(|| {
            after_two.push(second);
            after_two.len() - 1
        });
        pairs[pair_index(a, b)] = u8::try_from(k).expect("fewer than 256 states after two bytes");
    }
    // A walk finds nothing past two bytes when the third leads to the dead state, unless a
    // phrase ends at the second (a match state: then the walk keeps it whatever follows).
    let mut third = Box::new([false; 1 << 16]);
    for (k, &sid) in after_two.iter().enumerate().skip(1) {
        for c in 0..=255u8 {
            let next = automaton.next_state(Anchored::Yes, sid, c);
            third[k << 8 | usize::from(c)] = automaton.is_match(sid) || !automaton.is_dead(next);
        }
    }
    Lexicon { automaton, cues, pairs, after_two, third, starts }
}

/// The index of the pair of bytes `a`, `b` (as written) in [`Lexicon::pairs`], and of a
/// state `a` of [`Lexicon::after_two`] and a third byte `b` in [`Lexicon::third`].
#[inline]
fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

impl Lexicon {
    /// The longest phrase that starts at `at` (in `bytes`, which end where the search
    /// does): its index and end.
    #[inline]
    fn longest_at(&self, bytes: &[u8], at: usize) -> Option<(usize, usize)> {
        self.walk(bytes, at, self.opens(bytes, at)?)
    }

    /// The state after the two bytes at `at` (both in `bytes`, which end where the search
    /// does) if some phrase opens with them and, where a third byte follows, the walk from
    /// there can still find one.
    #[inline(always)]
    fn opens(&self, bytes: &[u8], at: usize) -> Option<aho_corasick::automaton::StateID> {
        if at + 1 >= bytes.len() {
            return None;
        }
        let k = self.pairs[pair_index(bytes[at], bytes[at + 1])];
        if k == 0 || (at + 2 < bytes.len() && !self.third[pair_index(k, bytes[at + 2])]) {
            return None;
        }
        Some(self.after_two[usize::from(k)])
    }

    /// The longest phrase that starts at `at` (in `bytes`, which end where the search
    /// does), from `sid`, the state after its first two bytes (see [`Lexicon::opens`]). Inlined into the search, whose
    /// ninety thousand calls per 2 MB mostly die one byte past the pair: a call costs more.
    #[inline(always)]
    fn walk(&self, bytes: &[u8], at: usize, mut sid: aho_corasick::automaton::StateID) -> Option<(usize, usize)> {
        let dfa = &self.automaton;
        let mut found = None;
        // A phrase of two bytes ends here (one of one byte cannot be: see `build`).
        let mut end = at + 2;
        // The bytes after the pair (read in order: no index to check per step).
        let mut rest = bytes[end.min(bytes.len())..].iter();
        loop {
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    let pid = dfa.match_pattern(sid, 0);
                    // A match state can carry a phrase that starts later (reached through a
                    // failure transition): not a match of this start.
                    if end - dfa.pattern_len(pid) == at {
                        found = Some((pid.as_usize(), end));
                    }
                }
            }
            let Some(&b) = rest.next() else { break };
            sid = dfa.next_state(Anchored::Yes, sid, b);
            end += 1;
        }
        found
    }
}

/// Every cue in `text`, in order, as whole words (the tests' view of [`find_in`]).
#[cfg(test)]
pub fn find(text: &str) -> Vec<Hit> {
    let mut out = Vec::new();
    find_in(text, 0..text.len(), &mut out);
    out
}

/// The cues in `text[range]` (word boundaries judged on the whole text), appended to `out`.
///
/// The same cues as a leftmost-longest search of the range that keeps the whole words,
/// except that a phrase matched inside a word (`in talks with` in `Putin talks with`)
/// does not hide a phrase that starts at a word within it (`talks`).
pub fn find_in(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Hit>) {
    let lex = lexicon();
    let bytes = text.as_bytes();
    let (lo, hi) = (range.start, range.end.min(bytes.len()));
    if lo >= hi {
        return;
    }
    // Where the last phrase found ends: no phrase starts before it.
    let mut resume = lo;
    // The text up to the end of the range: a phrase ends by it, and its length bounds
    // every index read below (no second test against `hi`).
    let head = &bytes[..hi];
    // The matcher's first stage marks, 64 bytes at a time, the bytes that can open a
    // phrase: a letter that begins one after a byte that is not an ASCII word byte, an
    // apostrophe (`n't`) and the first byte of every non-ASCII character. A superset:
    // each is checked exactly below, in place (most are dropped at once).
    starts::start_masks(Path::current(), &lex.starts, bytes, lo, hi, |offset, mut mask| {
        while mask != 0 {
            let i = lo + offset + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let b = head[i];
            // Every phrase begins with an ASCII letter at a word start; `n't` also within
            // a word (`didn't`, and `didn’t` with a curly apostrophe).
            let found = if b >= 0x80 || b == b'\'' {
                let apostrophe = b == b'\'' || text[i..].starts_with('\u{2019}');
                let glued = apostrophe && i > lo && matches!(head[i - 1], b'n' | b'N');
                let start = glued.then(|| i - 1).filter(|&s| s >= resume);
                start.and_then(|s| Some((s, lex.longest_at(head, s)?)))
            } else if let Some(sid) = lex.opens(head, i).filter(|_| i >= resume) {
                // The two bytes first: most words open no phrase. The stage took every
                // non-ASCII character for a non-word one: after one, a letter starts a
                // word only if that character is not a word character.
                let word_start = i == 0 || head[i - 1] < 0x80 || !word_before(text, i);
                word_start.then(|| Some((i, lex.walk(head, i, sid)?))).flatten()
            } else {
                None
            };
            if let Some((start, (pattern, end))) = found {
                resume = end;
                push(lex, text, start, end, pattern, out);
            }
        }
    });
}

/// Keeps the phrase found at `start..end` if it is a whole word (`n't` is glued to its
/// verb) and not a month or a name.
fn push(lex: &Lexicon, text: &str, start: usize, end: usize, pattern: usize, out: &mut Vec<Hit>) {
    let written = &text[start..end];
    // `n't` (3 bytes) or `n’t` (5 bytes: the curly apostrophe takes three).
    let glued = written.len() <= 5 && written.starts_with(['n', 'N']) && written.contains(['\'', '\u{2019}']);
    if (!glued && word_before(text, start)) || word_at(text, end) {
        return;
    }
    let cue = lex.cues[pattern];
    // The month and the name, not the modal verbs.
    if !cue.is_trigger() && (written == "May" || written == "Will") {
        return;
    }
    out.push(Hit { start, end, cue });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(&str, Cue)> {
        find(text).into_iter().map(|h| (&text[h.start..h.end], h.cue)).collect()
    }

    #[test]
    fn whole_words_longest_first_any_ascii_case() {
        let found = cues("Kazakhstan TOOK DELIVERY OF jets; the war caused losses; Baku didn't buy.");
        let words: Vec<&str> = found.iter().map(|(w, _)| *w).collect();
        assert_eq!(words, ["TOOK DELIVERY OF", "n't", "buy"]);
        assert_eq!(found[0].1.transfer, Some((Delivery, Recipient)));
        assert_eq!(found[1].1.modal, Some(Modal::Negation));
        assert_eq!(found[2].1.transfer, Some((Order, Recipient)));
    }

    #[test]
    fn a_phrase_inside_a_word_does_not_hide_the_next_words() {
        // `in talks with` matches from the `in` of `Putin`: not a word, and not in the way of `talks`.
        let found = cues("Putin talks with Erdogan; Baku's subcontract to buy jets");
        let words: Vec<&str> = found.iter().map(|(w, _)| *w).collect();
        assert_eq!(words, ["talks", "buy"]);
        assert_eq!(found[0].1.meeting, Some(MeetingKind::Talks));
        // Within a clause only, and `n't` at the end of the range.
        let t = "they didn't";
        let mut hits = Vec::new();
        find_in(t, 5..t.len(), &mut hits);
        assert_eq!(hits.iter().map(|h| &t[h.start..h.end]).collect::<Vec<_>>(), ["n't"]);
    }

    #[test]
    fn a_word_start_after_a_character_outside_ascii_is_judged_on_that_character() {
        // The first stage takes every non-ASCII character for a non-word one: `Ésupplied`
        // is one word (no cue), `«supplied»` and `—bought` hold one each, and so does a
        // range that starts right after a letter outside ASCII.
        let t = "\u{c9}supplied, \u{ab}supplied\u{bb} and \u{2014}bought; \u{fc}sold";
        let starts: Vec<usize> = find(t).iter().map(|h| h.start).collect();
        assert_eq!(starts, [t.rfind("supplied").unwrap(), t.find("bought").unwrap()]);
        let sold = t.find("sold").unwrap();
        let mut hits = Vec::new();
        find_in(t, sold..t.len(), &mut hits);
        assert!(hits.is_empty(), "a word that goes on from before the range is no word start");
    }

    #[test]
    fn a_curly_nt_within_a_word_is_a_negation() {
        let found = cues("Baku didn\u{2019}t buy jets; Astana DIDN\u{2019}T sell them.");
        let words: Vec<&str> = found.iter().map(|(w, _)| *w).collect();
        assert_eq!(words, ["n\u{2019}t", "buy", "N\u{2019}T", "sell"]);
        assert_eq!(found[0].1.modal, Some(Modal::Negation));
        assert_eq!(found[2].1.modal, Some(Modal::Negation));
        // An apostrophe that opens the text or follows no `n`: nothing, and no panic.
        assert!(cues("\u{2019}t was \u{2019}t").is_empty());
    }

    #[test]
    fn a_phrase_in_two_lists_has_both_meanings() {
        let found = cues("Aliyev received Putin; negotiations went on");
        assert_eq!(found[0].1.transfer, Some((Delivery, Recipient)));
        assert_eq!(found[0].1.meeting, Some(MeetingKind::Meeting));
        assert_eq!(found[1].1.transfer, Some((Negotiation, Recipient)));
        assert_eq!(found[1].1.meeting, Some(MeetingKind::Talks));
    }

    #[test]
    fn the_automaton_is_built_once() {
        assert!(std::ptr::eq(lexicon(), lexicon()));
        assert!(lexicon().cues.len() > 300);
    }
}
