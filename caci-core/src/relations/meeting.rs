//! Meetings: a clause with a meeting trigger pairs the sides it names.
//!
//! The sides are the leaders named in the clause (each on the side of the state whose
//! office they hold), the delegations (`an Uzbek delegation`, `Turkish and Israeli
//! delegations`, `a delegation from Baku`) and, for a visit, the state visited (`visited
//! Baku`, `visits to Uzbekistan and Kazakhstan`, `Azerbaijan received a visit from`). Two
//! leaders of different states make a pair (every such pair, for a summit); a leader with
//! no counterpart named is paired with the delegation met or the state visited; two
//! delegations make a pair. People of one state are never paired with each other.
//! A trigger after `not`, `declined to`, `plans to`, `will` and the like states no meeting.

use super::lexicon::{Hit, Modal};
use super::segment::Clause;
use super::{numbers, words, Doc, Meeting, MeetingKind, Status};
use crate::entity::Kind;
use std::ops::Range;

const DELEGATION: &[&str] = &["delegation", "delegations", "envoys", "envoy"];
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "neighbouring", "neighboring"];

pub(crate) fn in_clause<'a>(doc: &Doc<'a, '_>, clause: &Clause, sentence: &Range<usize>, out: &mut Vec<Meeting<'a>>) {
    if !doc.cues_in(clause.start, clause.end).iter().any(|h| h.cue.meeting.is_some()) {
        return;
    }
    events(doc, clause, |part| in_event(doc, part, sentence, out));
}

/// Words that start the account of another event (`Lukashenko's visit came a week after
/// Putin spoke by phone with Trump`).
const EVENT_BREAKS: &[&str] = &["after", "before", "when", "since", "because", "until", "whereas"];
/// Every word between two triggers is read: most are ruled out by length and first letter.
const EVENT_BREAKS_SHAPE: words::Shape = words::Shape::of(EVENT_BREAKS);

/// A clause cut where a word of [`EVENT_BREAKS`] has a meeting trigger on either side:
/// `each` is called with every part, in text order (most clauses are one part: no list).
fn events(doc: &Doc<'_, '_>, clause: &Clause, mut each: impl FnMut(&Clause)) {
    let text = doc.text;
    let cues = doc.cues_in(clause.start, clause.end);
    // A cut needs a meeting trigger on each side of the word: only the words between the
    // end of the first trigger and the start of the last one are read (triggers begin and
    // end at word boundaries), and with one trigger, none.
    let mut meetings = cues.iter().filter(|h| h.cue.meeting.is_some());
    let (Some(first), Some(last)) = (meetings.next(), meetings.next_back()) else {
        return each(clause);
    };
    let mut start = clause.start;
    let mut pos = first.end;
    while let Some(w) = next_word(text, pos, last.start) {
        pos = w.end;
        if !EVENT_BREAKS_SHAPE.may_hold(text, &w) || !words::is(text, &w, EVENT_BREAKS) {
            continue;
        }
        let before = cues.iter().any(|h| h.cue.meeting.is_some() && h.start >= start && h.end <= w.start);
        // The other event has a leader of its own before its trigger (`after Putin spoke`,
        // not `since taking office, and held talks with`).
        let after = cues
            .iter()
            .find(|h| h.cue.meeting.is_some() && h.start >= w.end)
            .is_some_and(|h| doc.mentions[doc.mentions_in(w.end, h.start)].iter().any(|m| m.kind() == Kind::Leader));
        if before && after {
            let antecedent = if start == clause.start { clause.antecedent } else { None };
            each(&Clause { start, end: w.start, antecedent });
            start = w.start;
        }
    }
    each(&Clause { start, end: clause.end, antecedent: if start == clause.start { clause.antecedent } else { None } });
}

/// The next word after `pos`, across punctuation.
fn next_word(text: &str, pos: usize, hi: usize) -> Option<Range<usize>> {
    // Most words and gaps are ASCII: bytes, unless a non-ASCII character is met.
    let bytes = &text.as_bytes()[pos..hi];
    let start = bytes.iter().position(|b| b.is_ascii_alphanumeric() || !b.is_ascii());
    if let Some(s) = start.filter(|&s| bytes[s].is_ascii()) {
        let end = bytes[s..].iter().position(|b| !b.is_ascii_alphanumeric()).map_or(bytes.len(), |e| s + e);
        if end == bytes.len() || bytes[end].is_ascii() {
            return Some(pos + s..pos + end);
        }
    }
    let rest = &text[pos..hi];
    let start = pos + rest.find(char::is_alphanumeric)?;
    let end = start + text[start..hi].find(|c: char| !c.is_alphanumeric()).unwrap_or(hi - start);
    Some(start..end)
}

/// A leader named as a side of a meeting.
#[derive(Clone, Copy)]
struct Leader<'a> {
    id: &'a str,
    /// The state whose office they hold.
    side: Option<&'a str>,
    /// The first leader of the list they are written in: leaders written as one list
    /// (`Macron's and Cameron's visits`) each made their own visit.
    list: usize,
    /// Whether another leader is paired with them.
    paired: bool,
}

fn in_event<'a>(doc: &Doc<'a, '_>, clause: &Clause, sentence: &Range<usize>, out: &mut Vec<Meeting<'a>>) {
    let text = doc.text;
    let ms = doc.mentions_in(clause.start, clause.end);
    let triggers: Vec<&Hit> = doc
        .cues_in(clause.start, clause.end)
        .iter()
        .filter(|h| h.cue.meeting.is_some())
        .filter(|h| !doc.mentions[ms.clone()].iter().any(|m| m.start < h.end && h.start < m.end))
        .collect();
    let Some(&first) = triggers.first() else { return };
    if triggers.iter().any(|t| stated_as_not_happening(doc, clause, t)) {
        return;
    }
    // The most telling kind: `visited Baku, where she met` is a visit.
    let kind = [MeetingKind::Summit, MeetingKind::Visit, MeetingKind::Call, MeetingKind::Talks]
        .into_iter()
        .find(|k| triggers.iter().any(|t| t.cue.meeting == Some(*k)))
        .unwrap_or(MeetingKind::Meeting);
    // The sides.
    let mut leaders: Vec<Leader<'a>> = Vec::new();
    let mut last_leader: Option<usize> = None;
    for i in ms.clone() {
        let m = &doc.mentions[i];
        if m.kind() == Kind::Leader && !leaders.iter().any(|l| l.id == m.id()) {
            let side = super::office_place(m);
            // Joined by `and`, or both possessive (`Macron's and Cameron's visits`).
            let possessive = |k: usize| text[doc.mentions[k].end..].starts_with(['\'', '\u{2019}']);
            let joined = last_leader.is_some_and(|p| {
                let gap = text[doc.mentions[p].end..m.start].trim_start_matches(['\'', '\u{2019}', 's']);
                (i == p + 1 && words::is_list_joiner(gap, 0, gap.len())) || (possessive(p) && possessive(i))
            });
            let list = if joined { leaders.last().map_or(leaders.len(), |l| l.list) } else { leaders.len() };
            leaders.push(Leader { id: m.id(), side, list, paired: false });
            last_leader = Some(i);
        }
    }
    // `Tokayev, who met Putin in May`, `Putin, who will retire next year, held talks with
    // Tokayev`: the leader a relative clause is about is a side of what it states.
    if let Some(m) = clause.antecedent.map(|k| &doc.mentions[k]).filter(|m| m.kind() == Kind::Leader) {
        if !leaders.iter().any(|l| l.id == m.id()) {
            let side = super::office_place(m);
            leaders.insert(0, Leader { id: m.id(), side, list: usize::MAX, paired: false });
        }
    }
    // `In Tashkent he met Shavkat Mirziyoyev`: the leader named last before the clause.
    if leaders.len() == 1 {
        if let Some(other) = pronoun_subject(doc, clause, &triggers) {
            if !leaders.iter().any(|l| l.id == other.0) {
                leaders.insert(0, Leader { id: other.0, side: other.1, list: usize::MAX, paired: false });
            }
        }
    }
    let delegations = delegations(doc, clause, ms.clone());
    let visited: Vec<&'a str> = triggers
        .iter()
        .filter(|t| t.cue.meeting == Some(MeetingKind::Visit))
        .flat_map(|t| visited(doc, clause, t))
        .collect();
    let mut pairs: Vec<(&'a str, &'a str)> = Vec::new();
    for i in 0..leaders.len() {
        for j in i + 1..leaders.len() {
            let (a, b) = (leaders[i], leaders[j]);
            let own_visits = kind == MeetingKind::Visit && a.list == b.list;
            if (a.side.is_none() || a.side != b.side) && !own_visits {
                pairs.push((a.id, b.id));
                leaders[i].paired = true;
                leaders[j].paired = true;
            }
        }
    }
    for l in leaders.iter().filter(|l| !l.paired) {
        // The delegations of other states met, else the other states visited.
        let other = |d: &'a str| Some(d) != l.side;
        let others = if delegations.iter().any(|&d| other(d)) { &delegations } else { &visited };
        for o in others.iter().copied().filter(|&d| other(d)) {
            if !pairs.contains(&(l.id, o)) {
                pairs.push((l.id, o));
            }
        }
    }
    // A named visitor and the state visited, unless someone of that state is named as the host.
    for t in triggers.iter().filter(|t| t.cue.meeting == Some(MeetingKind::Visit)) {
        let Some(v) = doc.mentions_in(clause.start, t.start).rev().find(|&k| doc.mentions[k].kind() == Kind::Leader)
        else {
            continue;
        };
        let visitor = doc.mentions[v].id();
        for d in self::visited(doc, clause, t) {
            let hosted = leaders.iter().any(|l| l.side == Some(d));
            let own = leaders.iter().any(|l| l.id == visitor && l.side == Some(d));
            if !hosted && !own && !pairs.contains(&(visitor, d)) {
                pairs.push((visitor, d));
            }
        }
    }
    if leaders.is_empty() {
        for i in 0..delegations.len() {
            for j in i + 1..delegations.len() {
                pairs.push((delegations[i], delegations[j]));
            }
        }
    }
    if pairs.is_empty() {
        return;
    }
    let place = place(doc, clause).or_else(|| visited.first().copied());
    // The trigger nearest the first leader dates the meeting and is its evidence.
    let anchor =
        ms.clone().find(|&i| doc.mentions[i].kind() == Kind::Leader).map_or(first.start, |i| doc.mentions[i].start);
    let first = *triggers.iter().min_by_key(|t| t.start.abs_diff(anchor)).unwrap_or(&first);
    let near = first.start;
    let year = numbers::year_in(text, clause.start, clause.end, near)
        .or_else(|| numbers::relative_year(text, clause.start, clause.end, doc.year))
        .or_else(|| numbers::year_in(text, sentence.start, sentence.end, near))
        .or_else(|| numbers::relative_year(text, sentence.start, sentence.end, doc.year))
        .or(doc.year);
    for (a, b) in pairs {
        out.push(Meeting {
            start: clause.start,
            end: clause.end,
            a,
            b,
            kind,
            place,
            year,
            evidence: &text[first.start..first.end],
            evidence_start: first.start,
        });
    }
}

/// Whether a modal word just before the trigger says the meeting did not (or did not
/// yet) take place: `declined to meet`, `plans to visit`, `will hold talks`, `cancelled
/// his visit`.
fn stated_as_not_happening(doc: &Doc<'_, '_>, clause: &Clause, t: &Hit) -> bool {
    let text = doc.text;
    doc.cues_in(clause.start, t.start).iter().any(|h| {
        // The cheap tests first: the words between are counted only for a cue that can say
        // so. `will travel to Moscow next week for talks with`: a meeting that is the
        // purpose of a journey takes place only if the journey does, so the modal of the
        // journey's verb, further back, counts too.
        let near = || {
            h.end <= t.start
                && (words::at_most(text, h.end, t.start, 3)
                    || (words::at_most(text, h.end, t.start, PURPOSE_REACH) && purpose(text, clause, t)))
                && !text[h.end..t.start].contains([',', ';'])
        };
        let modal = matches!(h.cue.modal, Some(Modal::Negation | Modal::Hypothetical | Modal::Future));
        let cancelled = matches!(h.cue.transfer, Some((Status::Cancelled, _)));
        // `No date has been set for a meeting`: a negation anywhere before it.
        let negated = h.end <= t.start && h.cue.modal == Some(Modal::Negation);
        h.cue.meeting.is_none() && (negated || ((modal || cancelled) && near()))
    })
}

/// The most words between a journey's modal and the meeting that is its purpose (`will
/// travel to the Kazakh capital next week for talks`).
const PURPOSE_REACH: usize = 8;

/// Whether trigger `t` is the purpose of what comes before it: `for talks`, `for a
/// meeting`, `to hold talks` is not (its own verb carries the modal).
fn purpose(text: &str, clause: &Clause, t: &Hit) -> bool {
    words::prev_skipping(text, clause.start, t.start, &["a", "an", "the", "further", "official", "bilateral"])
        .is_some_and(|w| words::is(text, &w, &["for"]))
}

/// `he met`, `she spoke by phone with`: the leader named last before the clause (within
/// 600 bytes), with their side.
fn pronoun_subject<'a>(doc: &Doc<'a, '_>, clause: &Clause, triggers: &[&Hit]) -> Option<(&'a str, Option<&'a str>)> {
    let text = doc.text;
    let t = triggers.first()?;
    let p = words::prev_skipping(text, clause.start, t.start, &["also", "then", "later", "first", "again"])?;
    if !words::is(text, &p, &["he", "she"]) {
        return None;
    }
    let lo = clause.start.saturating_sub(600);
    let k = doc.mentions_in(lo, clause.start).rev().find(|&k| doc.mentions[k].kind() == Kind::Leader)?;
    let m = &doc.mentions[k];
    Some((m.id(), super::office_place(m)))
}

/// The countries whose delegations the clause names.
fn delegations<'a>(doc: &Doc<'a, '_>, clause: &Clause, ms: Range<usize>) -> Vec<&'a str> {
    let text = doc.text;
    let mut out: Vec<&'a str> = Vec::new();
    // Every delegation is named by a word of [`DELEGATION`]: without one, none is read.
    let countries = doc.mentions[ms.clone()].iter().any(|m| m.kind() == Kind::Country);
    if !countries || !super::names_delegation(&text.as_bytes()[clause.start..clause.end]) {
        return out;
    }
    let mut i = ms.start;
    while i < ms.end {
        let Some(c) = doc.country_of(i).filter(|_| doc.mentions[i].kind() == Kind::Country) else {
            i += 1;
            continue;
        };
        let m = &doc.mentions[i];
        // `Turkish and Israeli delegations`: a list of countries, then the noun.
        let mut chain = vec![c];
        let mut last = i;
        while last + 1 < ms.end
            && doc.country_of(last + 1).is_some()
            && words::is_list_joiner(text, doc.mentions[last].end, doc.mentions[last + 1].start)
        {
            last += 1;
            chain.extend(doc.country_of(last));
        }
        let after = doc.mentions[last].end;
        let noun_after = words::next_skipping(
            text,
            after,
            clause.end,
            &[
                "'s",
                "s",
                "government",
                "official",
                "high-level",
                "military",
                "defence",
                "defense",
                "parliamentary",
                "trade",
            ],
        )
        .is_some_and(|w| words::is(text, &w, DELEGATION));
        let noun_before = words::prev_skipping(text, clause.start, m.start, DETERMINERS)
            .filter(|w| words::is(text, w, &["from", "of"]))
            .and_then(|w| words::prev_skipping(text, clause.start, w.start, DETERMINERS))
            .is_some_and(|w| words::is(text, &w, DELEGATION));
        if noun_after || noun_before {
            for c in if noun_after { chain } else { vec![c] } {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        i = if noun_after { last + 1 } else { i + 1 };
    }
    out
}

/// The states a visit trigger names as visited: `visited Baku`, `visit to Tashkent`,
/// `visits to Uzbekistan and Kazakhstan`, `trip to`, `tour of`; or `Azerbaijan received a
/// (working) visit from`.
fn visited<'a>(doc: &Doc<'a, '_>, clause: &Clause, t: &Hit) -> Vec<&'a str> {
    let text = doc.text;
    let mut out: Vec<&'a str> = Vec::new();
    let r = doc.mentions_in(t.end, clause.end);
    let first = r.clone().find(|&k| doc.country_of(k).is_some() && doc.mentions[k].kind() == Kind::Country);
    if let Some(k) = first {
        let m = &doc.mentions[k];
        let between = words::prev_skipping(text, t.end, m.start, DETERMINERS);
        let direct = between.is_none() && words::at_most(text, t.end, m.start, 0);
        let via = between
            .is_some_and(|w| words::is(text, &w, &["to", "of", "in"]) && words::at_most(text, t.end, w.start, 1));
        if direct || via {
            out.extend(doc.country_of(k));
            let mut last = k;
            for j in k + 1..r.end {
                let Some(c) = doc.country_of(j) else { continue };
                // `visits to Armenia in 2015 and Georgia in 2016`: a year between.
                let gap = &text[doc.mentions[last].end..doc.mentions[j].start];
                let dated = gap.trim_start().strip_prefix("in ").is_some_and(|g| {
                    let g = g.trim_start();
                    g.len() >= 4
                        && g.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                        && words::is_list_joiner(g, 4, g.len())
                });
                if !dated && !words::is_list_joiner(text, doc.mentions[last].end, doc.mentions[j].start) {
                    break;
                }
                if !out.contains(&c) {
                    out.push(c);
                }
                last = j;
            }
            return out;
        }
    }
    // `Azerbaijan received a working visit from ...`: the subject is the host.
    let from_follows = words::next(text, t.end, clause.end).is_some_and(|w| words::is(text, &w, &["from", "by"]));
    if from_follows {
        let r = doc.mentions_in(clause.start, t.start);
        // The host received (hosted, welcomed) the visit: `X received a working visit from`.
        let subject = r.rev().find(|&k| doc.mentions[k].kind() == Kind::Country).filter(|&k| {
            let m = &doc.mentions[k];
            words::at_most(text, m.end, t.start, 3)
                && doc.cues_in(m.end, t.start).iter().any(|h| h.cue.meeting == Some(MeetingKind::Meeting))
        });
        out.extend(subject.and_then(|k| doc.country_of(k)));
    }
    out
}

/// The country of the place named with `in` or `at` (`in Baku`, `in Astana`).
fn place<'a>(doc: &Doc<'a, '_>, clause: &Clause) -> Option<&'a str> {
    let text = doc.text;
    doc.mentions_in(clause.start, clause.end).find_map(|k| {
        let m = &doc.mentions[k];
        if m.kind() != Kind::Country {
            return None;
        }
        let p = words::prev_skipping(text, clause.start, m.start, &["the"])?;
        words::is(text, &p, &["in", "at"]).then(|| m.id())
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::relations;
    use super::super::MeetingKind;

    fn pairs(text: &str) -> Vec<(String, String, MeetingKind, Option<String>)> {
        relations(text)
            .meetings
            .into_iter()
            .map(|m| (m.a.to_string(), m.b.to_string(), m.kind, m.place.map(str::to_string)))
            .collect()
    }

    fn p(a: &str, b: &str, k: MeetingKind, place: Option<&str>) -> (String, String, MeetingKind, Option<String>) {
        (a.into(), b.into(), k, place.map(str::to_string))
    }

    #[test]
    fn two_leaders_meet_and_people_of_one_state_are_not_paired() {
        assert_eq!(
            pairs("In Astana, President Tokayev met Ilham Aliyev and Foreign Minister Jeyhun Bayramov."),
            [
                p("kassym-jomart-tokayev", "ilham-aliyev", MeetingKind::Meeting, Some("KAZ")),
                p("kassym-jomart-tokayev", "jeyhun-bayramov", MeetingKind::Meeting, Some("KAZ")),
            ]
        );
    }

    #[test]
    fn a_visit_without_a_host_named_pairs_the_visitor_with_the_state() {
        assert_eq!(
            pairs("Iranian President Masoud Pezeshkian visited Baku in April."),
            [p("masoud-pezeshkian", "AZE", MeetingKind::Visit, Some("AZE"))]
        );
        assert_eq!(
            pairs("Sadyr Japarov's 2023 visit to Mongolia opened a new chapter."),
            [p("sadyr-japarov", "MNG", MeetingKind::Visit, Some("MNG"))]
        );
    }

    #[test]
    fn a_summit_gives_every_pair_and_delegations_are_sides() {
        let s = pairs("Vladimir Putin, Xi Jinping and Narendra Modi attended the summit in Kazan.");
        assert_eq!(s.len(), 3);
        assert!(s.iter().all(|x| x.2 == MeetingKind::Summit));
        assert_eq!(
            pairs("Turkish and Israeli delegations held talks in Baku."),
            [p("TUR", "ISR", MeetingKind::Talks, Some("AZE"))]
        );
        assert_eq!(
            pairs("Shavkat Mirziyoyev received a Chinese delegation."),
            [p("shavkat-mirziyoyev", "CHN", MeetingKind::Meeting, None)]
        );
    }

    #[test]
    fn meetings_that_did_not_or_may_happen_are_not_rows() {
        assert_eq!(pairs("Ilham Aliyev declined to meet Vladimir Putin in Moscow."), []);
        assert_eq!(pairs("Emmanuel Macron plans to visit Tashkent next year."), []);
        assert_eq!(pairs("Ilham Aliyev did not attend; Putin spoke."), []);
        assert_eq!(pairs("Kassym-Jomart Tokayev praised Xi Jinping."), []);
        assert_eq!(pairs("Aliyev had declined an invitation to meet Nikol Pashinyan in Granada."), []);
    }

    #[test]
    fn the_leader_a_relative_clause_is_about_is_a_side() {
        let two = |text: &str| pairs(text).into_iter().map(|x| (x.0, x.1)).collect::<Vec<_>>();
        let p2 = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        assert_eq!(
            two("Vladimir Putin, who will retire next year, held talks with Kassym-Jomart Tokayev in Moscow."),
            p2("vladimir-putin", "kassym-jomart-tokayev")
        );
        assert_eq!(
            two("Ilham Aliyev met Vladimir Putin, who later spoke by phone with Recep Tayyip Erdogan."),
            [p2("ilham-aliyev", "vladimir-putin"), p2("vladimir-putin", "recep-tayyip-erdogan")].concat()
        );
        // What the relative clause plans is no meeting.
        assert_eq!(two("Vladimir Putin, who will meet Xi Jinping in May, spoke in Moscow."), []);
    }

    #[test]
    fn talks_that_are_the_purpose_of_a_journey_happen_only_if_it_does() {
        // The journey's `will` is six words back: too far for a trigger of its own.
        assert_eq!(pairs("Sooronbay Jeenbekov will travel to Moscow next week for talks with Vladimir Putin."), []);
        let flew = pairs("Alexander Lukashenko flew to Baku on Monday for talks with Ilham Aliyev.");
        assert_eq!(
            flew.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect::<Vec<_>>(),
            [("alexander-lukashenko", "ilham-aliyev")]
        );
    }

    #[test]
    fn calls_and_the_year_of_the_meeting() {
        let m = &relations("Tokayev and Erdogan spoke by phone last year.").meetings;
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].kind, m[0].year, m[0].evidence), (MeetingKind::Call, Some(2024), "spoke by phone"));
    }
}
