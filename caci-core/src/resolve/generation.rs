//! `the elder Aliyev`, `Aliyev senior`, `the younger Berdymukhamedov`, `Kadyrov Jr.`: a
//! word next to a surname that picks the older or the younger of the namesakes.
//!
//! Fathers and sons, and brothers, share a surname and often overlap in office (Heydar
//! Aliyev was president while Ilham was prime minister; Gurbanguly Berdimuhamedow chairs
//! the People's Council while Serdar is president), so the date alone cannot tell which
//! one `Aliyev senior` is. The gazetteer has no birth dates, but it has offices: the
//! elder is the namesake whose first office began first.

use crate::entity::Entity;

/// Which of the namesakes a word next to the surname points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Generation {
    /// `the elder X`, `X senior`, `X Sr.`: the one whose first office began first.
    Elder,
    /// `the younger X`, `X junior`, `X Jr.`: the one whose first office began last.
    Younger,
}

/// The generation word right before (`elder`, `younger`) or right after (`senior`,
/// `Sr.`, `junior`, `Jr.`) the surname at `start..end`, if any.
pub(crate) fn around(text: &str, start: usize, end: usize) -> Option<Generation> {
    let before = text[..start].trim_end_matches(' ');
    let word_before = before.rsplit([' ', '\n']).next().unwrap_or(before);
    if before.len() < start {
        if word_before.eq_ignore_ascii_case("elder") {
            return Some(Generation::Elder);
        }
        if word_before.eq_ignore_ascii_case("younger") {
            return Some(Generation::Younger);
        }
    }
    let after = text[end..].strip_prefix(", ").or_else(|| text[end..].strip_prefix(' '))?;
    let word_after = after.split(|c: char| !(c.is_alphabetic() || c == '.')).next().unwrap_or("");
    match word_after.trim_end_matches('.') {
        w if w.eq_ignore_ascii_case("senior") || w == "Sr" => Some(Generation::Elder),
        w if w.eq_ignore_ascii_case("junior") || w == "Jr" => Some(Generation::Younger),
        _ => None,
    }
}

/// The index (in `people`) of the namesake `generation` points at: the first office that
/// began first (or last). `None` when fewer than two of them have a dated first office.
pub(crate) fn pick(people: &[&Entity], generation: Generation) -> Option<usize> {
    let first_office = |e: &Entity| e.offices.iter().filter_map(|o| o.start).map(|d| d.first_day()).min();
    let dated: Vec<(usize, crate::date::Date)> =
        people.iter().enumerate().filter_map(|(i, e)| first_office(e).map(|d| (i, d))).collect();
    if dated.len() < 2 {
        return None;
    }
    let best = match generation {
        Generation::Elder => dated.iter().min_by_key(|(_, d)| *d),
        Generation::Younger => dated.iter().max_by_key(|(_, d)| *d),
    };
    best.map(|(i, _)| *i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_words_around_a_surname() {
        let at = |t: &str, name: &str| {
            let s = t.find(name).unwrap();
            around(t, s, s + name.len())
        };
        assert_eq!(at("The elder Aliyev ordered it", "Aliyev"), Some(Generation::Elder));
        assert_eq!(at("Aliyev senior ordered it", "Aliyev"), Some(Generation::Elder));
        assert_eq!(at("the younger Kadyrov", "Kadyrov"), Some(Generation::Younger));
        assert_eq!(at("Kadyrov Jr. spoke", "Kadyrov"), Some(Generation::Younger));
        assert_eq!(at("Kadyrov, Sr. spoke", "Kadyrov"), Some(Generation::Elder));
        assert_eq!(at("the senior Aliyev aide", "Aliyev"), None, "`senior` before is an aide's rank");
        assert_eq!(at("Aliyev seniority", "Aliyev"), None);
        assert_eq!(at("Aliyev", "Aliyev"), None);
    }
}
