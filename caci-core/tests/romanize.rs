//! Romanizations generated at build (issue 15): what each rule adds on the built-in
//! gazetteer, that generated spellings never take another entity's name, and the
//! negatives, on text written for these tests.

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::internals::{lang_of, romanize_with};
use caci_core::Rule;
use caci_core::{Date, Form, Gazetteer, Kind};
use std::collections::{BTreeMap, HashMap, HashSet};

fn builtin() -> &'static Gazetteer {
    caci_core::builtin()
}

fn ids(g: &Gazetteer, text: &str, date: &str) -> Vec<String> {
    g.find_dated(text, Some(date.parse::<Date>().unwrap())).iter().map(|m| m.id().to_string()).collect()
}

#[test]
fn each_rule_adds_forms_and_the_build_keeps_a_bounded_number() {
    let g = builtin();
    // What each rule alone would add over the people's names (before the collision
    // filter), and what the build keeps, by rule.
    let mut alone: BTreeMap<String, usize> = BTreeMap::new();
    let by_id: HashMap<String, u32> = g.entities().iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
    for e in g.entities().iter().filter(|e| e.kind == Kind::Leader) {
        let Some(lang) = lang_of(e, g.entities(), &by_id) else { continue };
        for a in g.aliases_of(&e.id).filter(|a| a.form == Form::Name && !a.common) {
            for rule in Rule::ALL.into_iter().filter(|r| r.applies_to(lang)) {
                *alone.entry(rule.to_string()).or_default() += romanize_with(&a.surface, &[rule]).len();
            }
        }
    }
    let mut kept: BTreeMap<String, usize> = BTreeMap::new();
    for (_, _, r) in g.romanized() {
        *kept.entry(r.rule.to_string()).or_default() += 1;
    }
    let total: usize = kept.values().sum();
    println!("forms per rule (the rule alone, over the aliases of the people it applies to / kept by the build, by the last rule applied): ");
    for rule in Rule::ALL {
        let k = rule.to_string();
        println!("  {k:<9} {:>5} {:>5}", alone.get(&k).copied().unwrap_or(0), kept.get(&k).copied().unwrap_or(0));
    }
    println!("  total kept: {total}; patterns: {}", g.pattern_count());
    for rule in [
        Rule::EyEi,
        Rule::FinalY,
        Rule::InitialYe,
        Rule::Yev,
        Rule::KhH,
        Rule::ZhJ,
        Rule::DzhJ,
        Rule::YanIan,
        Rule::GhQ,
        Rule::FirstOU,
    ] {
        assert!(kept.get(&rule.to_string()).copied().unwrap_or(0) > 0, "{rule} adds nothing");
    }
    assert!(total < 6000, "{total} generated spellings: the automaton must not grow blindly");
}

#[test]
fn generated_spellings_never_take_another_entitys_name() {
    let g = builtin();
    let mut listed: HashMap<String, HashSet<&str>> = HashMap::new();
    for e in g.entities() {
        for a in g.aliases_of(&e.id) {
            listed.entry(a.surface.to_lowercase()).or_default().insert(&e.id);
        }
    }
    let mut generated: HashMap<String, Vec<(&str, bool)>> = HashMap::new();
    for (person, alias, r) in g.romanized() {
        let key = r.surface.to_lowercase();
        assert!(!listed.contains_key(&key), "`{}` is a listed name of {:?}", r.surface, listed[&key]);
        generated.entry(key).or_default().push((person.id.as_str(), alias.partial));
    }
    for (form, owners) in generated {
        let people: HashSet<&str> = owners.iter().map(|(id, _)| *id).collect();
        assert!(people.len() == 1 || owners.iter().all(|(_, partial)| *partial), "`{form}`: {owners:?}");
    }
}

const PEOPLE: &str = "id\tkind\tname\taliases\toffices\n\
RUS\tcountry\tRussia\t\t\n\
GEO\tcountry\tGeorgia\t\t\n\
orlov-a\tleader\tDmitry Orlov\tOrlov [partial]\tMinister@RUS 2001..2005\n\
orlov-b\tleader\tDmitriy Orlov\tOrlov [partial]\tGovernor@RUS 2001..2005\n\
sergei-volkov\tleader\tSergei Volkov\t\tMinister@RUS 2001..2005\n\
sergej-volkov\tleader\tSergej Volkov\t\tGovernor@RUS 2010..2012\n\
gela-beridze\tleader\tMikheil Beridze\tBeridze [partial]\tMinister@GEO 2001..2005\n";

#[test]
fn a_romanization_that_is_another_persons_name_stays_that_persons() {
    let g = Gazetteer::from_tsv_str(PEOPLE, "people.tsv").unwrap();
    // `Sergej Volkov` is a listed name of another man: never a spelling of Sergei's.
    assert_eq!(ids(&g, "Sergej Volkov arrived.", "2003-01-01"), ["sergej-volkov"]);
    assert_eq!(ids(&g, "Sergey Volkov arrived.", "2003-01-01"), ["sergei-volkov"], "Sergei's own other spelling");
    // `Dmitrii Orlov` would be a spelling of both men: neither gets it as a name. The
    // shared surname is found, as the namesake the resolver picks, and the first name
    // before it, a near spelling of his, joins the span (`resolve::given`).
    let found = g.find_dated("Dmitrii Orlov arrived.", Some("2003-01-01".parse::<Date>().unwrap()));
    assert_eq!(found.iter().map(|m| m.surface).collect::<Vec<_>>(), ["Dmitrii Orlov"]);
    assert!(found[0].ambiguous, "the resolver's pick between two namesakes");
    assert_eq!(ids(&g, "Dmitry Orlov arrived.", "2003-01-01"), ["orlov-a"]);
    assert_eq!(ids(&g, "Dmitriy Orlov arrived.", "2003-01-01"), ["orlov-b"]);
    // A Georgian rule for the Georgian.
    assert_eq!(ids(&g, "Mikhail Beridze arrived.", "2003-01-01"), ["gela-beridze"]);
}

#[test]
fn the_issues_spellings_on_the_built_in_people() {
    let g = builtin();
    for (text, id) in [
        ("Sergey Lavrov", "sergei-lavrov"),
        ("Sergej Lavrov", "sergei-lavrov"),
        ("Djohar Dudayev", "dzhokhar-dudayev"),
        ("Shamil Basaev", "shamil-basayev"),
        ("Heidar Aliev", "heydar-aliyev"),
        ("Nikol Pashinian", "nikol-pashinyan"),
        ("Mikhail Saakashvili", "mikheil-saakashvili"),
    ] {
        let found = ids(g, text, "2003-01-01");
        assert_eq!(found, [id], "{text}");
    }
}

#[test]
#[ignore = "prints every generated spelling, for review"]
fn print_generated_spellings() {
    for (_, alias, r) in builtin().romanized() {
        println!("{}\t{}\t{}", alias.surface, r.surface, r.rule);
    }
}

#[test]
fn surnames_in_central_european_spellings_with_the_first_name_before_them() {
    let g = builtin();
    for (text, date, surface, id) in [
        ("President Sadyr \u{17D}aparov spoke.", "2021-01-12", "Sadyr \u{17D}aparov", "sadyr-japarov"),
        (
            "The senate's head, Nigmatilla Yuldashew, signed.",
            "2016-09-09",
            "Nigmatilla Yuldashew",
            "nigmatilla-yuldashev",
        ),
        ("In February Imomali Rachmonov appointed ministers.", "1998-06-01", "Imomali Rachmonov", "emomali-rahmon"),
        ("The speaker, Erkin Halilov, attended.", "2007-02-14", "Erkin Halilov", "erkin-khalilov"),
    ] {
        let found = g.find_dated(text, Some(date.parse::<Date>().unwrap()));
        let people: Vec<(&str, &str)> =
            found.iter().filter(|m| m.kind() == Kind::Leader).map(|m| (m.surface, m.id())).collect();
        assert_eq!(people, [(surface, id)], "{text}");
    }
}
