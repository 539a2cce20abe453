//! Coreference for transfers: a clause that states a transfer of a system it does not
//! name (`Baku ordered the jets in 2024`, `Russian forces used them`, `The helicopters
//! were delivered by Russia`, `, two of which were handed over`) is read as if it named
//! the system it refers to.
//!
//! Conservative by design (a wrong row costs more than a missed one):
//! - What refers: a definite noun phrase whose head names a class of weapon (`the jets`,
//!   `these helicopters`, `the first three drones`; the class words come from the
//!   gazetteer's weapon categories, see [`class_words`]), `the first four` or `the first
//!   batch` (any class), `them` (not after `to`, `from`, `with`, `for`, `against`, nor
//!   before `with`: `supplied them with spare parts` names a recipient), `they` before
//!   `were`/`are`, and a relative clause (`which`, `two of which`) after a system.
//! - What it refers to: the systems named earlier in the same sentence, else in the
//!   sentence before when it is in the same paragraph (no blank line between), where a
//!   transfer was read before (a sentence that states none is no antecedent); the first
//!   of those two places that names a system of a matching class must name exactly one
//!   (one family), or nothing is read (`the jets` after the Su-30SM and the J-10CE).
//! - Only clauses that name no system, or the part of a clause after its last system and
//!   a trigger, are read this way; the rules of `transfer` then read the row as usual.
//!   Where the clause names no supplier (or no recipient) of its own, the one of the rows
//!   already read for the system referred to is taken, when those rows agree on one; the
//!   system's origin is not taken for a supplier (the text may name another one before).

use super::segment::Clause;
use super::{transfer, words, Doc, Transfer};
use crate::entity::Kind;
use crate::mention::Mention;
use std::ops::Range;

/// The roles carried over from the rows of the system referred to: used by `transfer`
/// where the clause names none of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Carried<'a> {
    /// The supplier all those rows agree on.
    pub(crate) supplier: Option<&'a str>,
    /// The recipient all those rows agree on.
    pub(crate) recipient: Option<&'a str>,
    /// Set where a system is referred to, not named: its origin is then no supplier
    /// (`Pakistan has offered Azerbaijan the JF-17, and Baku ordered the jets`: the jets
    /// are designed in China, but the text says nothing of a Chinese sale).
    pub(crate) referred: bool,
}

/// The nouns a text uses for a system of the gazetteer category `category` (the
/// `category` column of `weapons.tsv`), besides the words for any system (`systems`,
/// `weapons`, `units`, `batch`: see [`class_word`]).
pub(crate) fn class_words(category: &str) -> &'static [&'static str] {
    const AIRCRAFT: &[&str] = &["aircraft", "airplanes", "planes", "plane"];
    match category {
        "fighter" => &["jets", "jet", "fighters", "fighter", "aircraft", "planes", "plane", "warplanes"],
        "attack-aircraft" => &["jets", "jet", "aircraft", "planes", "plane", "warplanes", "bombers"],
        "bomber" => &["bombers", "bomber", "aircraft", "planes"],
        "trainer" => &["trainers", "trainer", "jets", "jet", "aircraft", "planes"],
        "transport-aircraft" | "tanker" | "awacs" => AIRCRAFT,
        "drone" => &["drones", "drone", "uavs", "uav", "aircraft"],
        "loitering-munition" => &["drones", "drone", "munitions", "uavs"],
        "helicopter" | "attack-helicopter" => &["helicopters", "helicopter", "choppers", "aircraft", "gunships"],
        "air-defence" => &["batteries", "battery", "launchers", "missiles", "radars"],
        "manpads" => &["missiles", "launchers"],
        "ballistic-missile" | "cruise-missile" | "hypersonic-missile" => &["missiles", "missile", "launchers"],
        "anti-ship-missile" | "air-to-air-missile" | "air-to-surface-missile" | "anti-tank-missile" => {
            &["missiles", "missile"]
        }
        "tank" => &["tanks", "tank", "vehicles"],
        "armoured-vehicle" => &["vehicles", "carriers"],
        "artillery" => &["howitzers", "howitzer", "guns", "pieces"],
        "rocket-artillery" => &["launchers", "rockets"],
        "ship" => &["ships", "ship", "vessels", "vessel", "frigates", "frigate", "corvettes", "corvette"],
        "submarine" => &["submarines", "submarine", "boats"],
        "radar" => &["radars", "radar"],
        _ => &[],
    }
}

/// What a clause refers to: the span that stands for the system, and the mention (an
/// index into the document's mentions) of the system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Anaphor {
    /// The word that stands for the system (`jets`, `them`, `which`).
    pub(crate) span: Range<usize>,
    /// The system referred to.
    pub(crate) antecedent: usize,
    /// `which it ordered`, `which Baku bought`: a relative pronoun that is the object of
    /// the verb after it (read as if the system stood after that verb).
    pub(crate) object: bool,
}

/// How a word refers: to a system of some classes, to any system, or as a pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refers<'w> {
    /// `the jets`: a system whose category has this word among its [`class_words`].
    Class(&'w str),
    /// `the systems`, `the first four`, `them`: any system.
    Any,
}

/// The anaphor of `clause` (of `sentence`), if it has one that refers to exactly one
/// system: searched after `from` (the clause's start, or after its last system and a
/// trigger); with `heads` unset, only a relative `which` is read. `previous` is the
/// sentence before, when it is in the same paragraph and stated a transfer.
pub(crate) fn find(
    doc: &Doc<'_, '_>,
    clause: &Clause,
    from: usize,
    heads: bool,
    sentence: &Range<usize>,
    previous: Option<&Range<usize>>,
) -> Option<Anaphor> {
    let text = doc.text;
    // `, which were delivered`, `, two of which were handed over`: the system just before.
    if from == clause.start {
        // Within its first three words (`which`, `two of which`): looked for in its first bytes.
        let head = &text.as_bytes()[clause.start..clause.end.min(clause.start + 24)];
        let which = head
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"which"))
            .then(|| words_of(text, clause.start, clause.end).take(3).find(|w| is(text, w, &["which"])))
            .flatten();
        if let Some(span) = which {
            // The system just before the comma, or its noun (`Type 054A/P frigates, two of which`).
            let before = doc.mentions_in(sentence.start, clause.start).next_back().filter(|&a| {
                let m = &doc.mentions[a];
                m.kind() == Kind::Weapon && words::at_most(text, m.end, clause.start, 1)
            });
            if let Some(antecedent) = before {
                // A subject after `which`: a pronoun or a country.
                let object = words::next(text, span.end, clause.end).is_some_and(|n| {
                    is(text, &n, &["it", "they", "he", "she", "we"])
                        || doc
                            .mentions
                            .get(doc.mentions.partition_point(|m| m.start < n.start))
                            .is_some_and(|m| m.start == n.start && m.kind() == Kind::Country)
                });
                return Some(Anaphor { span, antecedent, object });
            }
        }
    }
    if !heads {
        return None;
    }
    let (span, refers) = find_head(doc, clause, from)?;
    let antecedent = antecedent(doc, refers, span.start, sentence, previous)?;
    Some(Anaphor { span, antecedent, object: false })
}

/// The first word of `clause` after `from` that can refer to a system (`them`, `they
/// were`, the head of `the jets`), and how it refers.
fn find_head<'w>(doc: &Doc<'_, '_>, clause: &Clause, from: usize) -> Option<(Range<usize>, Refers<'w>)> {
    let text = doc.text;
    // Every such word holds `he` (`the`, `these`, `them`, `they`): found with memchr's
    // substring search, most clauses hold few that open a word.
    let bytes = &text.as_bytes()[..clause.end];
    static HE: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let he = HE.get_or_init(|| memchr::memmem::Finder::new(b"he"));
    for k in he.find_iter(&bytes[from..]) {
        let start = from + k;
        let Some(t) = start.checked_sub(1).filter(|&t| matches!(bytes[t], b't' | b'T')) else { continue };
        if t > 0 && (bytes[t - 1].is_ascii_alphanumeric() || !bytes[t - 1].is_ascii()) || t < from {
            continue;
        }
        let end = start + 2 + bytes[start + 2..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let w = t..end;
        let refers = match &bytes[start + 1..end] {
            b"em" => {
                let before = words::prev(text, from, t);
                let after = words::next(text, end, clause.end);
                let party = before.is_some_and(|b| is(text, &b, &["to", "from", "with", "for", "against", "by"]))
                    || after.is_some_and(|a| is(text, &a, &["with"]));
                (!party).then_some((w, Refers::Any))
            }
            b"ey" => words::next(text, end, clause.end)
                .is_some_and(|a| is(text, &a, &["were", "are"]))
                .then_some((w, Refers::Any)),
            b"e" | b"ese" => noun_phrase(doc, end, clause.end),
            _ => None,
        };
        if refers.is_some() {
            return refers;
        }
    }
    None
}

/// Whether `sentence` (one that names no weapon, leader or two countries) holds a word
/// that can refer to a system: read before cutting it into clauses.
pub(crate) fn may_refer(doc: &Doc<'_, '_>, sentence: &Range<usize>) -> bool {
    let whole = Clause { start: sentence.start, end: sentence.end, antecedent: None };
    // No system to refer to in the sentence itself: an antecedent is never found, so the
    // scan asks only for a head (`which` opens no clause of such a sentence).
    find_head(doc, &whole, sentence.start).is_some()
}

/// After `the` (at `pos`): the head of a noun phrase that refers to a system, within
/// three words and no punctuation (`the first three drones`, `the Turkish-made jets`,
/// `the first four`).
fn noun_phrase<'w>(doc: &Doc<'_, '_>, pos: usize, end: usize) -> Option<(Range<usize>, Refers<'w>)> {
    let text = doc.text;
    let mut at = pos;
    let mut ordinal = false;
    for k in 0..4 {
        let w = words::next(text, at, end)?;
        // Only spaces or a hyphen between (`Turkish-made`), not a comma.
        if text[at..w.start].contains(|c: char| !c.is_whitespace() && c != '-') {
            return None;
        }
        match role(&text[w.clone()]) {
            Role::Refers(class) => {
                // `the jets'`, `the aircraft's`: a possessive names something else.
                if text[w.end..].starts_with(['\'', '\u{2019}']) {
                    return None;
                }
                return Some((w, class));
            }
            Role::Ordinal if k == 0 => ordinal = true,
            Role::Number | Role::Batch if ordinal => {
                // `the first four were delivered`, `the first batch`: what follows is no noun.
                let next = words::next(text, w.end, end);
                if next.as_ref().is_some_and(|n| class_word(&text[n.clone()]).is_some()) {
                    at = w.end;
                    continue;
                }
                return Some((w, Refers::Any));
            }
            Role::Number | Role::Ordinal | Role::Modifier => {}
            Role::Other => {
                // A name (`the Su-30SM`, `the Kremlin`) is not a class word's modifier, nor a
                // noun about something else (`the purchase of`; read no further).
                if !(text[w.clone()].starts_with(|c: char| c.is_uppercase()) && names_country(doc, &w)) {
                    return None;
                }
            }
            Role::Batch => return None,
        }
        at = w.end;
    }
    None
}

/// What a word after `the` can be in a noun phrase that refers to a system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role<'w> {
    /// A class word, or a word for any system.
    Refers(Refers<'w>),
    /// `first`, `last`, `remaining`, `second`, `final`.
    Ordinal,
    /// `four`, `12`.
    Number,
    /// `batch` (a word for any system after an ordinal: `the first batch`).
    Batch,
    /// `new`, `additional`, `Turkish-made`: [`MODIFIERS`].
    Modifier,
    /// Anything else.
    Other,
}

/// The [`Role`] of `word`: lowered once, then matched.
fn role<'w>(word: &str) -> Role<'w> {
    if let Some(class) = class_word(word) {
        return if word.eq_ignore_ascii_case("batch") { Role::Batch } else { Role::Refers(class) };
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return Role::Number;
    }
    let mut lower = [0u8; 10];
    if word.len() > lower.len() {
        return Role::Other;
    }
    for (l, b) in lower.iter_mut().zip(word.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    let w = &lower[..word.len()];
    if ORDINALS.iter().any(|o| o.as_bytes() == w) {
        Role::Ordinal
    } else if NUMBERS.iter().any(|n| n.as_bytes() == w) {
        Role::Number
    } else if MODIFIERS.iter().any(|m| m.as_bytes() == w) {
        Role::Modifier
    } else {
        Role::Other
    }
}

/// Ordinals that open a noun phrase for part of a system's units (`the first four`).
const ORDINALS: &[&str] = &["first", "last", "remaining", "second", "final"];

/// Numbers written as words.
const NUMBERS: &[&str] =
    &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen"];

/// The words that may stand between `the` and a class word besides ordinals, numbers and
/// countries (`the new Turkish-made drones`), lower-case.
const MODIFIERS: &[&str] =
    &["new", "additional", "latest", "same", "advanced", "modern", "upgraded", "used", "made", "built", "designed"];

/// Whether `w` is (part of) a country mention (`the Turkish drones`).
fn names_country(doc: &Doc<'_, '_>, w: &Range<usize>) -> bool {
    let i = doc.mentions.partition_point(|m| m.end <= w.start);
    doc.mentions.get(i).is_some_and(|m| m.start < w.end && m.kind() == Kind::Country)
}

/// How `word` refers, when it is a class word (of any category, or generic).
fn class_word<'w>(word: &str) -> Option<Refers<'w>> {
    // Read for every word after `the`: the word lowered, then one `match` (no list walked).
    let mut lower = [0u8; 12];
    if word.len() > lower.len() || !word.is_ascii() {
        return None;
    }
    for (l, b) in lower.iter_mut().zip(word.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    let class = match &lower[..word.len()] {
        b"system" | b"systems" | b"weapon" | b"weapons" | b"units" | b"batch" | b"batches" => return Some(Refers::Any),
        b"jets" => "jets",
        b"jet" => "jet",
        b"fighters" => "fighters",
        b"fighter" => "fighter",
        b"aircraft" => "aircraft",
        b"airplanes" => "airplanes",
        b"planes" => "planes",
        b"plane" => "plane",
        b"warplanes" => "warplanes",
        b"bombers" => "bombers",
        b"bomber" => "bomber",
        b"trainers" => "trainers",
        b"trainer" => "trainer",
        b"drones" => "drones",
        b"drone" => "drone",
        b"uavs" => "uavs",
        b"uav" => "uav",
        b"munitions" => "munitions",
        b"helicopters" => "helicopters",
        b"helicopter" => "helicopter",
        b"choppers" => "choppers",
        b"gunships" => "gunships",
        b"batteries" => "batteries",
        b"battery" => "battery",
        b"launchers" => "launchers",
        b"missiles" => "missiles",
        b"missile" => "missile",
        b"radars" => "radars",
        b"radar" => "radar",
        b"tanks" => "tanks",
        b"tank" => "tank",
        b"vehicles" => "vehicles",
        b"carriers" => "carriers",
        b"howitzers" => "howitzers",
        b"howitzer" => "howitzer",
        b"guns" => "guns",
        b"pieces" => "pieces",
        b"rockets" => "rockets",
        b"ships" => "ships",
        b"ship" => "ship",
        b"vessels" => "vessels",
        b"vessel" => "vessel",
        b"frigates" => "frigates",
        b"frigate" => "frigate",
        b"corvettes" => "corvettes",
        b"corvette" => "corvette",
        b"submarines" => "submarines",
        b"submarine" => "submarine",
        b"boats" => "boats",
        _ => return None,
    };
    Some(Refers::Class(class))
}

/// Whether a system of `category` can be called by `refers`.
fn compatible(refers: Refers<'_>, category: Option<&str>) -> bool {
    match refers {
        Refers::Any => true,
        Refers::Class(word) => category.is_some_and(|c| class_words(c).contains(&word)),
    }
}

/// The system an anaphor at `pos` refers to: the systems named before it in the
/// sentence, else in `previous`; the first place with a compatible one must hold exactly
/// one family.
fn antecedent(
    doc: &Doc<'_, '_>,
    refers: Refers<'_>,
    pos: usize,
    sentence: &Range<usize>,
    previous: Option<&Range<usize>>,
) -> Option<usize> {
    let places = [Some(sentence.start..pos), previous.cloned()];
    for place in places.into_iter().flatten() {
        let mut found: Option<usize> = None;
        for i in doc.mentions_in(place.start, place.end) {
            let m = &doc.mentions[i];
            if m.kind() != Kind::Weapon || !compatible(refers, m.entity.attribute("category")) {
                continue;
            }
            if let Some(f) = found {
                let f = &doc.mentions[f];
                if f.family().unwrap_or(f.id()) != m.family().unwrap_or(m.id()) {
                    return None;
                }
            }
            found = Some(i);
        }
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Whether `previous` (the sentence before `sentence`) is in the same paragraph: no blank
/// line between them.
pub(crate) fn same_paragraph(text: &str, previous: &Range<usize>, sentence: &Range<usize>) -> bool {
    let gap = &text.as_bytes()[previous.end..sentence.start];
    let mut newlines = gap.iter().filter(|&&b| b == b'\n');
    !(newlines.next().is_some() && newlines.next().is_some())
}

/// Where in `clause` an anaphor can stand: the whole clause when it names no system;
/// after its last system and a transfer trigger after it (`..., and Russian forces used
/// them`) otherwise; `None` when neither.
pub(crate) fn search_from(doc: &Doc<'_, '_>, clause: &Clause) -> Option<usize> {
    let ms = doc.mentions_in(clause.start, clause.end);
    let Some(last) = doc.mentions[ms].iter().rev().find(|m| m.kind() == Kind::Weapon) else {
        return Some(clause.start);
    };
    let trigger = doc.cues_in(last.end, clause.end).iter().find(|h| h.cue.transfer.is_some())?;
    Some(trigger.start)
}

/// The rows `clause` states about what `anaphor` refers to, added to `out` (which holds
/// the rows read so far: those of the system referred to give the roles carried over).
pub(crate) fn transfers<'a>(
    doc: &Doc<'a, '_>,
    clause: &Clause,
    anaphor: &Anaphor,
    sentence: &Range<usize>,
    previous: Option<&Range<usize>>,
    out: &mut Vec<Transfer<'a>>,
) {
    // Nothing to read without a transfer trigger (most anaphors found have none).
    if !doc.cues_in(clause.start, clause.end).iter().any(|h| h.cue.transfer.is_some()) {
        return;
    }
    let text = doc.text;
    let ante = &doc.mentions[anaphor.antecedent];
    // The rows already read for the system referred to, where it is named.
    // `, which` is bound to the system just before it: that system is named, and its
    // origin may be the supplier as for any system named (not so for `the jets`).
    let relative = is(text, &anaphor.span, &["which"]);
    let mut carried = Carried { referred: !relative, ..Carried::default() };
    let mut suppliers = out.iter().filter(|r| r.system == ante.id() && r.start <= ante.start && ante.start < r.end);
    if let Some(first) = suppliers.next() {
        let (mut s, mut r) = (Some(first.supplier), Some(first.recipient));
        for row in suppliers {
            s = s.filter(|&s| s == row.supplier);
            r = r.filter(|&r| r == row.recipient);
        }
        carried = Carried { supplier: s, recipient: r, referred: true };
    }
    // The mentions the rules read (the sentence before and this one), without the systems
    // of this clause (their rows are read already) and with the anaphor standing for the
    // system referred to.
    let lo = previous.map_or(sentence.start, |p| p.start);
    let mut mentions: Vec<Mention<'a>> = doc.mentions[doc.mentions_in(lo, sentence.end)]
        .iter()
        .filter(|m| {
            let in_clause = m.start >= clause.start && m.end <= clause.end;
            let system_here = in_clause && m.kind() == Kind::Weapon;
            let under_anaphor = m.start < anaphor.span.end && anaphor.span.start < m.end;
            !(system_here || under_anaphor)
        })
        .copied()
        .collect();
    // `which it ordered`: the system stands for the space just after the verb.
    let span = if anaphor.object {
        let verb = doc.cues_in(anaphor.span.end, clause.end).iter().find(|h| h.cue.transfer.is_some());
        let Some(verb) = verb.filter(|v| text[v.end..].starts_with(' ')) else { return };
        verb.end..verb.end + 1
    } else {
        anaphor.span.clone()
    };
    let at = mentions.partition_point(|m| m.start < span.start);
    mentions.insert(
        at,
        Mention {
            start: span.start,
            end: span.end,
            surface: &text[span],
            ambiguous: false,
            office: None,
            former: false,
            suffix: (0, 0),
            ..*ante
        },
    );
    // The clause's antecedent (`which`), as an index into these mentions.
    let antecedent = clause.antecedent.and_then(|a| {
        let m = &doc.mentions[a];
        mentions.iter().position(|n| n.start == m.start && n.end == m.end)
    });
    let clause = Clause { start: clause.start, end: clause.end, antecedent };
    let local = doc.with_mentions(&mentions, carried);
    let mut rows = Vec::new();
    transfer::in_clause(&local, &clause, sentence, previous, &mut rows);
    for row in rows {
        let key = (row.supplier, row.recipient, row.system, row.status);
        if !out.iter().any(|r| r.start == row.start && (r.supplier, r.recipient, r.system, r.status) == key) {
            out.push(row);
        }
    }
}

/// The words (runs of letters and digits) of `text[from..to]`.
fn words_of(text: &str, from: usize, to: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || {
        let rest = &text[pos..to];
        let start = pos + rest.find(char::is_alphanumeric)?;
        let end = start + text[start..to].find(|c: char| !c.is_alphanumeric()).unwrap_or(to - start);
        pos = end;
        Some(start..end)
    })
}

fn is(text: &str, w: &Range<usize>, list: &[&str]) -> bool {
    super::words::is(text, w, list)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{g, row, rows};
    use super::super::Status;
    use crate::entity::Kind;

    #[test]
    fn a_class_noun_refers_to_the_system_of_the_sentence_before_and_keeps_its_roles() {
        assert_eq!(
            rows("Kazakhstan ordered Su-30SM fighters from Russia in 2021. The jets were delivered in 2023."),
            [row("RUS", "KAZ", "su-30", Status::Order), row("RUS", "KAZ", "su-30", Status::Delivery)]
        );
        assert_eq!(
            rows("Turkmenistan bought HQ-9 batteries from China in 2015. Beijing delivered the systems a year later."),
            [row("CHN", "TKM", "hq-9", Status::Order), row("CHN", "TKM", "hq-9", Status::Delivery)]
        );
        // The class picks the system: the helicopters, not the drones.
        assert_eq!(
            rows("Kazakhstan bought Bayraktar TB2 drones and Mi-17 helicopters in 2022. The helicopters were delivered by Russia in 2023."),
            [
                row("TUR", "KAZ", "bayraktar-tb2", Status::Order),
                row("RUS", "KAZ", "mi-17", Status::Order),
                row("RUS", "KAZ", "mi-17", Status::Delivery)
            ]
        );
    }

    #[test]
    fn pronouns_and_relatives_refer_to_the_system_before() {
        assert_eq!(
            rows("Azerbaijan bought Israeli Barak-8 systems in 2016. Baku used them in the 2020 war."),
            [row("ISR", "AZE", "barak-8", Status::Order), row("ISR", "AZE", "barak-8", Status::Use)]
        );
        assert_eq!(
            rows("Iran delivered Shahed-136 drones to Russia in 2022, and Russian forces used them against Kyiv."),
            [row("IRN", "RUS", "shahed-136", Status::Delivery), row("IRN", "RUS", "shahed-136", Status::Use)]
        );
        assert_eq!(
            rows("Pakistan ordered four Type 054A/P frigates, two of which were handed over in 2022."),
            [row("CHN", "PAK", "type-054", Status::Order), row("CHN", "PAK", "type-054", Status::Delivery)]
        );
        assert_eq!(
            rows("Uzbekistan is weighing the J-10C fighter. Its air force flies the Su-30SM, which it ordered from Russia in 2022."),
            [row("CHN", "UZB", "j-10", Status::Interest), row("RUS", "UZB", "su-30", Status::Order)]
        );
        // No transfer before the relative clause: `it` is what the sentence is about, and
        // the system, named, has its origin for supplier.
        assert_eq!(
            rows("Baku already operates Bayraktar TB2s, which it used extensively in the 2020 war."),
            [row("TUR", "AZE", "bayraktar-tb2", Status::Use)]
        );
    }

    #[test]
    fn nothing_is_read_where_the_reference_is_unsure_or_negated() {
        // Negated.
        assert_eq!(
            rows("Kazakhstan ordered Su-30SM fighters from Russia. The jets were never delivered."),
            [row("RUS", "KAZ", "su-30", Status::Order)]
        );
        // No system of that class before.
        assert_eq!(
            rows("Uzbekistan ordered Su-30SM fighters from Russia. Tashkent also bought the helicopters it needs."),
            [row("RUS", "UZB", "su-30", Status::Order)]
        );
        // Two fighters before: `the jets` is not read.
        assert_eq!(
            rows("Uzbekistan flies Su-30SM and J-10CE fighters. The jets were delivered by Russia in 2024."),
            []
        );
        // A paragraph between.
        assert_eq!(
            rows("Kyrgyzstan received Aksungur drones from Turkey.\n\nTajikistan received the drones in 2023."),
            [row("TUR", "KGZ", "aksungur", Status::Delivery)]
        );
        // `supplied them with`: them are the recipients, not the system.
        assert_eq!(
            rows("Armenia bought Caesar howitzers from France. French instructors trained the crews and supplied them with spare parts."),
            [row("FRA", "ARM", "caesar", Status::Order)]
        );
        // An old Soviet stock stays one when referred to.
        assert_eq!(rows("Tajikistan's army flies Soviet-era Mi-24 helicopters. It used them in 2022."), []);
        // The origin is not a supplier for a system referred to: the text names none.
        assert_eq!(rows("Pakistan has offered Azerbaijan the JF-17. Baku ordered the jets in 2024."), []);
    }

    #[test]
    fn every_weapon_category_of_the_gazetteer_has_class_words() {
        for e in g().entities().iter().filter(|e| e.kind == Kind::Weapon) {
            let category = e.attribute("category").unwrap_or("");
            assert!(!super::class_words(category).is_empty(), "{} ({category}) has no class word", e.id);
        }
    }

    #[test]
    fn the_class_words_read_are_those_of_the_categories() {
        // `class_word` reads every class word listed for a category, and no other.
        for e in g().entities().iter().filter(|e| e.kind == Kind::Weapon) {
            for w in super::class_words(e.attribute("category").unwrap_or("")) {
                assert_eq!(super::class_word(w), Some(super::Refers::Class(w)), "{w}");
                assert!(super::class_word(&w.to_uppercase()).is_some(), "{w}");
            }
        }
        assert_eq!(super::class_word("Kremlin"), None);
        assert_eq!(super::class_word("systems"), Some(super::Refers::Any));
    }

    #[test]
    fn a_blank_line_ends_a_paragraph() {
        let t = "One.\nTwo.\n\nThree.";
        assert!(super::same_paragraph(t, &(0..4), &(5..9)));
        assert!(!super::same_paragraph(t, &(5..9), &(11..17)));
    }
}
