//! Summit attendees named in the sentence after the summit: `Xi Jinping hosted the
//! leaders of Central Asia for the first China–Central Asia Summit. Tokayev, Japarov and
//! Mirziyoyev all attended.` pairs each of those who `attended` with the leaders the
//! sentence before places at the summit (every pair for a summit, as in one sentence).
//!
//! Conservative: `attended` (or `took part`, `participated`) with no object (`all attended.`, `attended, while`; not
//! `attended the opening of a gas plant`), no negation nor plan in its sentence
//! (`did not attend`, `are expected to attend`, `also attended but did not meet Modi`),
//! and the sentence before in the same paragraph has a clause with `summit`, another
//! meeting trigger (`hosted`, `travelled to`, `met`) stated as taking place, and leaders.

use super::lexicon::{self, Hit, Modal};
use super::segment::{self, Clause};
use super::{numbers, words, Doc, Meeting, MeetingKind, Status};
use crate::entity::Kind;
use std::ops::Range;

/// The ways of saying that one was at the summit, in the past (`also took part.`).
const ATTENDED: &[&str] = &["attended", "took part", "participated"];

/// A leader and the state whose office they hold.
type Side<'a> = (&'a str, Option<&'a str>);

/// The pairs of `clause` (of `sentence`, which holds its cues) with the summit of
/// `previous` (the sentence before, in the same paragraph), added to `out`.
pub(crate) fn with_summit_before<'a>(
    doc: &Doc<'a, '_>,
    clause: &Clause,
    sentence: &Range<usize>,
    previous: &Range<usize>,
    out: &mut Vec<Meeting<'a>>,
) {
    let text = doc.text;
    let cues = doc.cues_in(clause.start, clause.end);
    let Some(attended) = cues.iter().find(|h| h.cue.meeting.is_some() && ATTENDED.iter().any(|w| is(text, h, w)))
    else {
        return;
    };
    // No object: the clause ends, or a comma or a conjunction follows.
    if let Some(next) = words::next(text, attended.end, clause.end) {
        if !words::is(text, &next, &["and", "but", "while", "too", "as", "alongside", "along"]) {
            return;
        }
    }
    // The whole sentence (its later clauses are not read yet): `attended, but did not meet`.
    let mut all: Vec<Hit> = Vec::new();
    lexicon::find_in(text, sentence.start..sentence.end, &mut all);
    if all.iter().any(|h| {
        matches!(h.cue.modal, Some(Modal::Negation | Modal::Hypothetical | Modal::Future))
            || matches!(h.cue.transfer, Some((Status::Cancelled, _)))
    }) {
        return;
    }
    let attendees = leaders(doc, clause.start, clause.end);
    if attendees.is_empty() {
        return;
    }
    let Some(summit) = summit_clause(doc, previous) else { return };
    let hosts = leaders(doc, summit.start, summit.end);
    let year = numbers::year_in(text, summit.start, summit.end, summit.start)
        .or_else(|| numbers::relative_year(text, summit.start, summit.end, doc.year))
        .or(doc.year);
    for &(h, hs) in &hosts {
        for &(a, as_) in &attendees {
            let pair = |m: &Meeting<'_>| (m.a == h && m.b == a) || (m.a == a && m.b == h);
            if h == a || (hs.is_some() && hs == as_) || out.iter().any(pair) {
                continue;
            }
            out.push(Meeting {
                start: clause.start,
                end: clause.end,
                a: h,
                b: a,
                kind: MeetingKind::Summit,
                place: None,
                year,
                evidence: &text[attended.start..attended.end],
                evidence_start: attended.start,
            });
        }
    }
}

/// The clause of `sentence` that places leaders at a summit that took place: `summit`,
/// another meeting trigger and leaders, no negation, plan or cancellation.
fn summit_clause(doc: &Doc<'_, '_>, sentence: &Range<usize>) -> Option<Clause> {
    let text = doc.text;
    let has_leader =
        |r: &Range<usize>| doc.mentions[doc.mentions_in(r.start, r.end)].iter().any(|m| m.kind() == Kind::Leader);
    if !has_leader(sentence) || !words::any_in(text, sentence.start, sentence.end, &["summit", "summits"]) {
        return None;
    }
    let mut clauses = Vec::new();
    segment::clauses(text, sentence.clone(), doc.mentions, &mut clauses);
    clauses.into_iter().find(|c| {
        let mut cues: Vec<Hit> = Vec::new();
        lexicon::find_in(text, c.start..c.end, &mut cues);
        let summit = cues.iter().any(|h| h.cue.meeting == Some(MeetingKind::Summit));
        let other = cues.iter().any(|h| h.cue.meeting.is_some_and(|k| k != MeetingKind::Summit));
        let not = cues.iter().any(|h| {
            matches!(h.cue.modal, Some(Modal::Negation | Modal::Hypothetical | Modal::Future))
                || matches!(h.cue.transfer, Some((Status::Cancelled, _)))
        });
        summit && other && !not && has_leader(&(c.start..c.end))
    })
}

/// The leaders named in `start..end`, each once, with their state.
fn leaders<'a>(doc: &Doc<'a, '_>, start: usize, end: usize) -> Vec<Side<'a>> {
    let mut out: Vec<Side<'a>> = Vec::new();
    for m in &doc.mentions[doc.mentions_in(start, end)] {
        if m.kind() == Kind::Leader && !out.iter().any(|(id, _)| *id == m.id()) {
            out.push((m.id(), super::office_place(m)));
        }
    }
    out
}

/// Whether the cue `h` is the word `word` (ASCII case aside).
fn is(text: &str, h: &Hit, word: &str) -> bool {
    text[h.start..h.end].eq_ignore_ascii_case(word)
}

#[cfg(test)]
mod tests {
    use super::super::testing::relations;

    /// The pairs met, each sorted, in a sorted list.
    fn pairs(text: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = relations(text)
            .meetings
            .into_iter()
            .map(|m| if m.a <= m.b { (m.a.into(), m.b.into()) } else { (m.b.into(), m.a.into()) })
            .collect();
        out.sort();
        out
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.into(), b.into())
    }

    #[test]
    fn attendees_of_the_next_sentence_meet_the_leaders_at_the_summit() {
        assert_eq!(
            pairs("Xi Jinping hosted the Central Asian leaders in Xi'an for a summit. Kassym-Jomart Tokayev and Shavkat Mirziyoyev attended."),
            [
                pair("kassym-jomart-tokayev", "shavkat-mirziyoyev"),
                pair("kassym-jomart-tokayev", "xi-jinping"),
                pair("shavkat-mirziyoyev", "xi-jinping")
            ]
        );
    }

    #[test]
    fn took_part_and_participated_say_attended() {
        let summit = "Xi Jinping hosted a summit in Xi'an in May.";
        for next in [" Kassym-Jomart Tokayev also took part.", " Kassym-Jomart Tokayev participated, too."] {
            assert_eq!(pairs(&format!("{summit}{next}")), [pair("kassym-jomart-tokayev", "xi-jinping")], "{next}");
        }
        // With an object it is something else the leader took part in.
        for next in [
            " Kassym-Jomart Tokayev took part in a gas forum.",
            " Kassym-Jomart Tokayev did not take part.",
            " Kassym-Jomart Tokayev will take part.",
        ] {
            assert_eq!(pairs(&format!("{summit}{next}")), [], "{next}");
        }
    }

    #[test]
    fn no_pair_where_attendance_is_negated_planned_elsewhere_or_in_another_paragraph() {
        let summit = "Xi Jinping hosted a summit in Xi'an in May.";
        for next in [
            " Kassym-Jomart Tokayev did not attend.",
            " Kassym-Jomart Tokayev is expected to attend.",
            " Kassym-Jomart Tokayev attended the opening of a gas plant.",
            "\n\nKassym-Jomart Tokayev attended.",
            " Kassym-Jomart Tokayev also attended but did not meet Xi.",
        ] {
            assert_eq!(pairs(&format!("{summit}{next}")), [], "{next}");
        }
        // A summit that did not take place has no attendees.
        assert_eq!(pairs("Xi Jinping will host a summit in May. Kassym-Jomart Tokayev attended."), []);
    }
}
