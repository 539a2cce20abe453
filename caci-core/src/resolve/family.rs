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

/// `out` (the document's mentions, in text order) with the first names alone of
/// namesakes the document names in full, in text order.
pub(crate) fn first_names<'a>(text: &'a str, mut out: Vec<Mention<'a>>) -> Vec<Mention<'a>> {
    // (first name, surname) of each full name of a leader, with its mention.
    let full: Vec<(&str, &str, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entity.kind == crate::entity::Kind::Leader && !m.alias.partial)
        .filter_map(|(i, m)| {
            let (first, rest) = m.surface.split_once(' ')?;
            let surname = rest.rsplit(' ').next()?;
            Some((first, surname, i))
        })
        .collect();
    if full.len() < 2 {
        return out;
    }
    let mut added: Vec<Mention<'a>> = Vec::new();
    for &(first, surname, i) in &full {
        let who = &out[i].entity.id;
        // Another person of the same surname, with another first name.
        let namesake = full.iter().any(|&(f, s, j)| s == surname && f != first && out[j].entity.id != *who);
        // The first name must be this person's only (not another's of the namesakes).
        let shared = full.iter().any(|&(f, _, j)| f == first && out[j].entity.id != *who);
        if !namesake || shared || first.chars().count() < 3 || !first.starts_with(char::is_uppercase) {
            continue;
        }
        for (at, _) in text.match_indices(first) {
            let end = at + first.len();
            if added.iter().any(|m| m.start == at) || !alone(text, at, end) {
                continue;
            }
            if out.iter().chain(added.iter()).any(|m| m.start < end && at < m.end) {
                continue;
            }
            let m = &out[i];
            added.push(Mention { start: at, end, surface: &text[at..end], former: false, ..*m });
        }
    }
    if added.is_empty() {
        return out;
    }
    out.extend(added);
    out.sort_by_key(|m| m.start);
    out
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
