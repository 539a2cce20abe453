//! First names alone for namesakes: `Ilham` and `Heydar` once a text names both Ilham
//! Aliyev and Heydar Aliyev.
//!
//! A text about a father and son, or two brothers, names both in full and then often
//! calls them by their first names, because the surname no longer tells them apart (`his
//! father, Heydar`, `his son Serdar to take over`). Outside such a text a first name
//! alone is too often someone else (`Vladimir` the city, another `Sergei`), so the rule
//! is narrow: the text names in full two or more leaders who share the surname as written,
//! with different first names; each of those first names, written alone, capitalized
//! and not starting another name, is a mention of its person.

use crate::mention::Mention;

/// The most first names a text may ask for (see [`first_names`]).
const MAX_FIRST_NAMES: usize = 8;

/// `out` (the document's mentions, in text order) with the first names alone of
/// namesakes the document names in full, in text order.
pub(crate) fn first_names<'a>(text: &'a str, mut out: Vec<Mention<'a>>) -> Vec<Mention<'a>> {
    // The distinct (surname, first name, person) of the leaders' full names, with one of
    // their mentions; a long text names the same people many times over.
    let mut full: Vec<(&str, &str, &str, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entity.kind == crate::entity::Kind::Leader && !m.alias.partial)
        .filter_map(|(i, m)| {
            let (first, rest) = m.surface.split_once(' ')?;
            let surname = rest.rsplit(' ').next()?;
            Some((surname, first, m.entity.id.as_str(), i))
        })
        .collect();
    if full.len() < 2 {
        return out;
    }
    full.sort_unstable_by_key(|&(s, f, id, _)| (s, f, id));
    full.dedup_by_key(|&mut (s, f, id, _)| (s, f, id));
    // The first names to look for, each with a mention of its person.
    let mut wanted: Vec<(&str, Mention<'a>)> = Vec::new();
    for group in full.chunk_by(|a, b| a.0 == b.0) {
        // Namesakes: two people or more of this surname, with different first names.
        if group.iter().all(|&(_, _, id, _)| id == group[0].2) {
            continue;
        }
        for &(_, first, id, i) in group {
            // The first name must be this person's only (not another's of the document's
            // leaders), and look like one.
            let shared = full.iter().any(|&(_, f, other, _)| f == first && other != id);
            if !shared && first.chars().count() >= 3 && first.starts_with(char::is_uppercase) {
                wanted.push((first, out[i]));
            }
        }
    }
    wanted.sort_unstable_by_key(|(f, _)| *f);
    wanted.dedup_by_key(|(f, _)| *f);
    // A text about a family names a few; one that names dozens of namesakes in full is a
    // list or a compendium, where a first name alone could be anyone's (and each would
    // cost a search of the whole text).
    if wanted.is_empty() || wanted.len() > MAX_FIRST_NAMES {
        return out;
    }
    // A vectorized search per first name: a handful of them, over texts of any length.
    let mut added: Vec<Mention<'a>> = Vec::new();
    for (first, m) in &wanted {
        for at in memchr::memmem::find_iter(text.as_bytes(), first.as_bytes()) {
            let end = at + first.len();
            if alone(text, at, end) && !covered(&out, at, end) {
                added.push(Mention { start: at, end, surface: &text[at..end], former: false, ..*m });
            }
        }
    }
    if added.is_empty() {
        return out;
    }
    // One first name under two spellings of the surname is found twice: once is enough.
    added.sort_by_key(|m| m.start);
    added.dedup_by_key(|m| m.start);
    out.extend(added);
    out.sort_by_key(|m| m.start);
    out
}

/// Whether a mention of `out` (in text order) overlaps `at..end`.
fn covered(out: &[Mention<'_>], at: usize, end: usize) -> bool {
    // The mentions that start before `end`; of those, the last few may reach `at`.
    let upto = out.partition_point(|m| m.start < end);
    out[..upto].iter().rev().take_while(|m| m.start + 256 > at).any(|m| at < m.end)
}

/// Whether `text[at..end]` is a whole word that does not start a longer name (no
/// capitalized word right after it: `Ilham Aliyev` is a full name, found as such).
fn alone(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    let whole = before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric());
    let next_word = text[end..].strip_prefix(' ').and_then(|r| r.chars().next());
    whole && !next_word.is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_name_alone_and_not_starting_a_name() {
        let t = "his father, Heydar, and Heydar Aliyev and Heydarov";
        let found: Vec<usize> =
            t.match_indices("Heydar").filter(|(at, _)| alone(t, *at, at + 6)).map(|(at, _)| at).collect();
        assert_eq!(found, [12]);
    }
}
