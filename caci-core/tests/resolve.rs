//! Resolution rules on text written for these tests, with the built-in gazetteer.

#![allow(clippy::unwrap_used)] // tests may unwrap: a panic is a failure with its message

use caci_core::{Date, Gazetteer, Mention};

fn g() -> &'static Gazetteer {
    caci_core::builtin()
}

fn on(text: &'static str, date: Option<&str>) -> Vec<Mention<'static>> {
    g().find_dated(text, date.map(|d| d.parse::<Date>().unwrap()))
}

fn ids(text: &'static str, date: Option<&str>) -> Vec<&'static str> {
    on(text, date).iter().map(|m| m.id()).collect()
}

#[test]
fn a_surname_is_the_office_holder_at_the_date() {
    assert_eq!(ids("Aliyev opened the session.", Some("2001-03-01")), ["heydar-aliyev"]);
    assert_eq!(ids("Aliyev opened the session.", Some("2019-03-01")), ["ilham-aliyev"]);
    assert_eq!(ids("Karimov visited Moscow.", Some("2010-05-05")), ["islam-karimov", "RUS"]);
}

#[test]
fn without_a_date_the_latest_holder_flagged_ambiguous() {
    let m = &on("Aliyev spoke.", None)[0];
    assert_eq!(m.id(), "ilham-aliyev");
    assert!(m.ambiguous);
}

#[test]
fn the_documents_full_names_decide_its_surnames() {
    // Dated when Ilham held office, but the text is about Heydar.
    let text = "Heydar Aliyev built the oil strategy. Later, Aliyev signed the contract of the century.";
    let ms = on(text, Some("2015-01-01"));
    assert_eq!(ms.iter().map(|m| m.id()).collect::<Vec<_>>(), ["heydar-aliyev", "heydar-aliyev"]);
    assert!(!ms[1].ambiguous);
}

#[test]
fn a_title_picks_among_namesakes_and_former_is_flagged() {
    let ms = on("former President Nazarbayev met Prime Minister May.", Some("2018-01-01"));
    assert_eq!(ms.iter().map(|m| m.id()).collect::<Vec<_>>(), ["nursultan-nazarbayev", "theresa-may"]);
    assert!(ms[0].former && !ms[1].former);
    assert_eq!(ms[1].surface, "May", "the title is not part of the span");
}

#[test]
fn a_surname_that_is_a_common_word_needs_a_full_name_or_title() {
    assert!(ids("In May the talks resumed in the West.", Some("2018-05-01")).is_empty());
    assert_eq!(ids("Theresa May arrived. May said little.", Some("2018-05-01")), ["theresa-may", "theresa-may"]);
}

#[test]
fn authors_are_not_leaders() {
    // An author whose name is also a leader's surname, in the byline and in the bio.
    let text =
        "By Farid Karimov and Lena Ortiz\nTashkent weighs its options.\nFarid Karimov is a researcher in Vienna.";
    let ms = on(text, Some("2024-01-01"));
    assert_eq!(ms.iter().map(|m| m.id()).collect::<Vec<_>>(), ["UZB", "AUT"]);
}

#[test]
fn common_word_places_need_context() {
    assert_eq!(ids("Georgia and Armenia agreed on transit fees.", None), ["GEO", "ARM"]);
    assert!(ids("She grew up in the state of Georgia.", None).is_empty(), "the U.S. state");
    assert!(ids("roast turkey and fine china", None).is_empty(), "lower case");
    assert_eq!(ids("Tbilisi said little; Georgia will decide in spring.", None), ["GEO", "GEO"]);
}

#[test]
fn weapon_names_that_are_common_words_need_a_cue() {
    assert_eq!(ids("Kyiv received two Patriot batteries.", None), ["UKR", "patriot"]);
    assert_eq!(ids("A Patriot spirit prevailed.", None), Vec::<&str>::new());
    assert_eq!(ids("The Stinger and Javelin missiles were delivered.", None), ["stinger", "javelin"]);
}

#[test]
fn leaders_carry_their_office_at_the_date() {
    let m = &on("Tokayev met Mirziyoyev.", Some("2022-09-15"))[0];
    let o = m.office.unwrap();
    assert_eq!((o.title.as_str(), o.country.as_str()), ("President", "KAZ"));
}

/// (surface, id, form) of each find.
fn finds(text: &'static str, date: Option<&str>) -> Vec<(&'static str, &'static str, &'static str)> {
    on(text, date).iter().map(|m| (m.surface, m.id(), m.alias.form.as_str())).collect()
}

#[test]
fn a_former_capital_is_the_capital_only_in_its_period() {
    let text = "Officials in Almaty and Astana disagreed.";
    // Before the move (December 1997) Almaty is Kazakhstan's capital ...
    assert_eq!(finds(text, Some("1996-05-01")), [("Almaty", "KAZ", "capital"), ("Astana", "KAZ", "capital")]);
    // ... after it, a city like any other.
    assert_eq!(finds(text, Some("2005-05-01")), [("Astana", "KAZ", "capital")]);
    // The day of the move is still in the period (dates are inclusive).
    assert_eq!(finds("Alma-Ata reacted.", Some("1997-12-10")), [("Alma-Ata", "KAZ", "capital")]);
    assert!(finds("Alma-Ata reacted.", Some("1997-12-11")).is_empty());
    // Undated text is read as of today: former capitals are not found, current ones are.
    assert_eq!(finds(text, None), [("Astana", "KAZ", "capital")]);
    assert!(!on(text, None)[0].ambiguous);
}

#[test]
fn capitals_by_date_elsewhere_nigeria_myanmar_germany() {
    assert_eq!(finds("Lagos protested.", Some("1990-06-01")), [("Lagos", "NGA", "capital")]);
    assert!(finds("Lagos protested.", Some("2020-06-01")).is_empty());
    assert_eq!(
        finds("Rangoon and Yangon", Some("2001")),
        [("Rangoon", "MMR", "capital"), ("Yangon", "MMR", "capital")]
    );
    assert!(finds("Yangon replied.", Some("2010")).is_empty());
    assert_eq!(finds("Bonn agreed.", Some("1998-01-01")), [("Bonn", "DEU", "capital")]);
    assert!(finds("Bonn agreed.", Some("2003-01-01")).is_empty());
    // A current name that came later: Nur-Sultan only from March 2019 on.
    assert!(finds("Nur-Sultan hosted it.", Some("2015")).is_empty());
    assert_eq!(finds("Nur-Sultan hosted it.", Some("2020")), [("Nur-Sultan", "KAZ", "capital")]);
    assert_eq!(finds("Nur-Sultan hosted it.", None), [("Nur-Sultan", "KAZ", "capital")]);
}

#[test]
fn a_dated_out_capital_is_dropped_wherever_it_stands() {
    let ms = on("Karachi, Karachi and Karachi.", Some("2020-01-01"));
    assert!(ms.is_empty(), "{:?}", ms.iter().map(|m| m.surface).collect::<Vec<_>>());
    assert_eq!(finds("Karachi was the capital.", Some("1955")), [("Karachi", "PAK", "capital")]);
}

/// The id of the only find of `text`.
fn one(text: &'static str, date: Option<&str>) -> &'static str {
    let ms = on(text, date);
    assert_eq!(ms.len(), 1, "{text}: {:?}", ms.iter().map(|m| m.id()).collect::<Vec<_>>());
    ms[0].id()
}

#[test]
fn successors_at_a_date_brothers_fathers_and_sons() {
    assert_eq!(one("Prime Minister Sharif spoke.", Some("2015-05-01")), "nawaz-sharif");
    assert_eq!(one("Prime Minister Sharif spoke.", Some("2023-05-01")), "shehbaz-sharif");
    assert_eq!(one("President Aliyev spoke.", Some("1999-05-01")), "heydar-aliyev");
    assert_eq!(one("President Aliyev spoke.", Some("2010-05-01")), "ilham-aliyev");
    // Father and son, one after the other in the same office.
    assert_eq!(one("President Berdimuhamedow spoke.", Some("2012-01-01")), "gurbanguly-berdimuhamedow");
    let m = &on("President Berdimuhamedow spoke.", Some("2023-01-01"))[0];
    assert_eq!((m.id(), m.ambiguous), ("serdar-berdimuhamedow", false), "the father holds no presidency then");
    assert_eq!(one("President Kadyrov spoke.", Some("2004-01-01")), "akhmad-kadyrov");
    assert_eq!(one("President Kadyrov spoke.", Some("2010-01-01")), "ramzan-kadyrov");
}

#[test]
fn a_head_of_state_over_a_namesake_who_heads_a_russian_republic() {
    // In 2008 both Ilham Aliyev (Azerbaijan) and Mukhu Aliyev (Dagestan) were presidents.
    // With nothing in the text, the head of state.
    assert_eq!(one("President Aliyev spoke on Tuesday.", Some("2008-05-01")), "ilham-aliyev");
    assert_eq!(one("Aliyev spoke on Tuesday.", Some("2008-05-01")), "ilham-aliyev");
    // The text's country (or region) decides: Dagestan mentioned, the Dagestani one.
    let ms = on("President Aliyev spoke in Makhachkala about Dagestan.", Some("2008-05-01"));
    assert_eq!(ms[0].id(), "mukhu-aliyev");
    let ms = on("President Aliyev of Azerbaijan met officials from Dagestan and Azerbaijan.", Some("2008-05-01"));
    assert_eq!(ms[0].id(), "ilham-aliyev");
    // A full name earlier in the document decides between the two.
    let text = "Mukhu Aliyev arrived in Derbent. President Aliyev then spoke.";
    assert_eq!(on(text, Some("2008-05-01"))[1].id(), "mukhu-aliyev");
    // Nagorno-Karabakh's president and Armenia's speaker share a surname: the title picks.
    assert_eq!(one("President Sahakyan spoke.", Some("2016-01-01")), "bako-sahakyan");
    assert_eq!(one("Speaker Sahakyan spoke.", Some("2016-01-01")), "galust-sahakyan");
}

#[test]
fn when_several_were_named_in_full_the_date_and_title_decide() {
    let text = "Heydar Aliyev named Ilham Aliyev prime minister. President Aliyev stayed in Ankara.";
    let ms = on(text, Some("2003-08-05"));
    let aliyevs: Vec<&str> = ms.iter().filter(|m| m.surface == "Aliyev").map(|m| m.id()).collect();
    assert_eq!(aliyevs, ["heydar-aliyev"], "the father was president, the son prime minister");
    let text = "Heydar Aliyev named Ilham Aliyev prime minister. Prime Minister Aliyev stayed in Baku.";
    let ms = on(text, Some("2003-08-05"));
    assert_eq!(ms.iter().filter(|m| m.surface == "Aliyev").map(|m| m.id()).collect::<Vec<_>>(), ["ilham-aliyev"]);
}

#[test]
fn a_name_with_a_patronymic_is_one_mention() {
    let text = "The decree names Andrey Removich Belousov minister; Belousov accepted.";
    assert_eq!(finds(text, Some("2024-05-13"))[0], ("Andrey Removich Belousov", "andrei-belousov", "name"));
    // The official order of decrees: surname, first name, patronymic.
    let text = "to appoint Melikov Sergey Alimovich as acting head";
    assert_eq!(finds(text, Some("2020-10-05")), [("Melikov Sergey Alimovich", "sergey-melikov", "name")]);
    // Not another person's first name, and not a word that only ends like a patronymic.
    let text = "Ivan Petrovich Belousov and the Greenwich Lavrov";
    assert_eq!(on(text, Some("2024-05-13")).iter().map(|m| m.surface).collect::<Vec<_>>(), ["Belousov", "Lavrov"]);
}

#[test]
fn initials_before_a_surname_belong_to_the_name() {
    let text = "President Kh.Battulga welcomed D. Tsogtbaatar and V.V. Putin.";
    let found: Vec<&str> = on(text, Some("2019-09-03")).iter().map(|m| m.surface).collect();
    assert_eq!(found, ["Kh.Battulga", "D. Tsogtbaatar", "V.V. Putin"]);
    // An initial that is not the person's first name stays out of the span.
    let found: Vec<&str> = on("A.Battulga and Q. Putin", Some("2019-09-03")).iter().map(|m| m.surface).collect();
    assert_eq!(found, ["Battulga", "Putin"]);
}

#[test]
fn a_first_name_in_another_spelling_joins_the_surname() {
    // The Russian `K` for the Turkmen `G` and `-i` for `-y`; `-bek` left off; one letter.
    let text = "Acting president Kurbanguli Berdymukhamedov opened the session.";
    assert_eq!(finds(text, Some("2006-12-25")), [("Kurbanguli Berdymukhamedov", "gurbanguly-berdimuhamedow", "name")]);
    let text = "The deputy head Almaz Atambayev spoke for the interim government.";
    assert_eq!(finds(text, Some("2010-04-10"))[0].0, "Almaz Atambayev");
    let text = "Tajikistan's foreign minister Sirojiddin Muhriddin met Chyngyz Aidarbekov in Bishkek.";
    let people: Vec<&str> =
        on(text, Some("2019-02-04")).iter().filter(|m| m.kind().as_str() == "leader").map(|m| m.surface).collect();
    assert_eq!(people, ["Sirojiddin Muhriddin", "Chyngyz Aidarbekov"]);
}

#[test]
fn a_surname_after_someone_elses_first_name_is_not_the_leader() {
    // A historian who shares a leader's surname, then the surname alone: neither is him.
    let text = "The historian Skhokhrat Kadyrov spoke by telephone. Kadyrov said the vote was decided.";
    assert!(
        on(text, Some("2007-02-09")).iter().all(|m| m.id() != "ramzan-kadyrov"),
        "{:?}",
        ids(text, Some("2007-02-09"))
    );
    // A capital at a sentence's start is no first name.
    assert_eq!(
        ids("The talks went on. Later Aliyev met Putin.", Some("2010-01-01")),
        ["ilham-aliyev", "vladimir-putin"]
    );
    // A title before the surname is no first name, and an article marks a modifier.
    assert_eq!(
        ids("Spokesman Peskov and President Putin met.", Some("2020-01-01")),
        ["dmitry-peskov", "vladimir-putin"]
    );
}

#[test]
fn the_elder_and_the_younger_of_namesakes_named_in_full() {
    // Both in office in the autumn of 2003: the date cannot tell them apart.
    let text = "Heydar Aliyev made Ilham Aliyev prime minister. Aliyev senior then left the race, \
                and the younger Aliyev ran alone.";
    let aliyevs: Vec<&str> =
        on(text, Some("2003-10-20")).iter().filter(|m| m.surface == "Aliyev").map(|m| m.id()).collect();
    assert_eq!(aliyevs, ["heydar-aliyev", "ilham-aliyev"]);
    // Father and son on the day the son took over.
    let text = "Serdar Berdimuhamedov took the oath; Gurbanguly Berdimuhamedov watched. The elder \
                Berdimuhamedov now chairs the People's Council.";
    let last = on(text, Some("2022-03-19"))
        .into_iter()
        .filter(|m| m.surface == "Berdimuhamedov")
        .map(|m| m.id())
        .collect::<Vec<_>>();
    assert_eq!(last, ["gurbanguly-berdimuhamedow"]);
}

#[test]
fn first_names_alone_once_namesakes_are_named_in_full() {
    let text = "Ilham Aliyev succeeded his father, Heydar, in 2003; Heydar Aliyev died that December. \
                Ilham had been prime minister.";
    let found: Vec<(&str, &str)> = on(text, Some("2003-12-20"))
        .iter()
        .filter(|m| m.kind().as_str() == "leader")
        .map(|m| (m.surface, m.id()))
        .collect();
    assert_eq!(
        found,
        [
            ("Ilham Aliyev", "ilham-aliyev"),
            ("Heydar", "heydar-aliyev"),
            ("Heydar Aliyev", "heydar-aliyev"),
            ("Ilham", "ilham-aliyev")
        ]
    );
    // One Aliyev named in full: his first name alone is left alone.
    let text = "Ilham Aliyev spoke in Baku. Ilham is a common name there.";
    assert_eq!(on(text, Some("2020-01-01")).iter().filter(|m| m.surface == "Ilham").count(), 0);
}
