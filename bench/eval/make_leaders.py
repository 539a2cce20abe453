#!/usr/bin/env python3
# ruff: noqa: E501 (the passages are long string literals)
"""Write `leaders.jsonl` from the passages and hand annotations below.

    python bench/eval/make_leaders.py            # writes bench/eval/leaders.jsonl, checks it

Each passage is a short excerpt of real public writing (its source is in `leaders.md`
under the same doc id). Annotations are listed by surface: every whole-word occurrence
of a surface gets the annotation (longer surfaces first, no overlaps), unless `occ` says
which occurrences (0-based). Offsets are computed here and checked: `text[start:end]`
equals the surface for every mention. Kinds: L leader, C country name, D demonym,
K capital (country, form capital), W weapon; `opt` marks an optional mention
(GUIDELINES: advisers, spokespeople, members of parliament, Soviet/USSR, ...).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Countries used below, by surface: (id, form).
COUNTRY = {
    "Russia": ("RUS", "name"),
    "Russian Federation": ("RUS", "name"),
    "Russian": ("RUS", "demonym"),
    "Russians": ("RUS", "demonym"),
    "Kremlin": ("RUS", "capital"),
    "Moscow": ("RUS", "capital"),
    "Kazakhstan": ("KAZ", "name"),
    "Kazakh": ("KAZ", "demonym"),
    "Astana": ("KAZ", "capital"),
    "Uzbekistan": ("UZB", "name"),
    "Uzbek": ("UZB", "demonym"),
    "Tashkent": ("UZB", "capital"),
    "Kyrgyzstan": ("KGZ", "name"),
    "Kyrgyz": ("KGZ", "demonym"),
    "Bishkek": ("KGZ", "capital"),
    "Tajikistan": ("TJK", "name"),
    "Tajik": ("TJK", "demonym"),
    "Tajiks": ("TJK", "demonym"),
    "Dushanbe": ("TJK", "capital"),
    "Turkmenistan": ("TKM", "name"),
    "Turkmen": ("TKM", "demonym"),
    "Ashgabat": ("TKM", "capital"),
    "Georgia": ("GEO", "name"),
    "Georgian": ("GEO", "demonym"),
    "Tbilisi": ("GEO", "capital"),
    "Armenia": ("ARM", "name"),
    "Armenian": ("ARM", "demonym"),
    "Yerevan": ("ARM", "capital"),
    "Azerbaijan": ("AZE", "name"),
    "Azerbaijani": ("AZE", "demonym"),
    "Azeri": ("AZE", "demonym"),
    "Baku": ("AZE", "capital"),
    "Iran": ("IRN", "name"),
    "Iranian": ("IRN", "demonym"),
    "Iranians": ("IRN", "demonym"),
    "Tehran": ("IRN", "capital"),
    "Afghanistan": ("AFG", "name"),
    "Afghan": ("AFG", "demonym"),
    "Kabul": ("AFG", "capital"),
    "Pakistan": ("PAK", "name"),
    "Pakistani": ("PAK", "demonym"),
    "Islamabad": ("PAK", "capital"),
    "Turkey": ("TUR", "name"),
    "Turkish": ("TUR", "demonym"),
    "Ankara": ("TUR", "capital"),
    "United States": ("USA", "name"),
    "US": ("USA", "name"),
    "U.S.": ("USA", "name"),
    "USA": ("USA", "name"),
    "American": ("USA", "demonym"),
    "Americans": ("USA", "demonym"),
    "Washington": ("USA", "capital"),
    "China": ("CHN", "name"),
    "Chinese": ("CHN", "demonym"),
    "Britain": ("GBR", "name"),
    "France": ("FRA", "name"),
    "French": ("FRA", "demonym"),
    "Paris": ("FRA", "capital"),
    "Germany": ("DEU", "name"),
    "Japan": ("JPN", "name"),
    "Belarus": ("BLR", "name"),
    "Belarusian": ("BLR", "demonym"),
    "Ukraine": ("UKR", "name"),
    "Ukrainian": ("UKR", "demonym"),
    "Kyiv": ("UKR", "capital"),
    "Estonia": ("EST", "name"),
    "Tallinn": ("EST", "capital"),
    "Spain": ("ESP", "name"),
    "Madrid": ("ESP", "capital"),
    "Romania": ("ROU", "name"),
    "Qatar": ("QAT", "name"),
    "Saudi Arabia": ("SAU", "name"),
    "Jordan": ("JOR", "name"),
    "Hungary": ("HUN", "name"),
    "Lithuania": ("LTU", "name"),
    "Vilnius": ("LTU", "capital"),
    "London": ("GBR", "capital"),
    "United Arab Emirates": ("ARE", "name"),
    "Almaty": ("KAZ", "capital"),
    "Minsk": ("BLR", "capital"),
    "Mongolia": ("MNG", "name"),
    "Mongolian": ("MNG", "demonym"),
    "Prague": ("CZE", "capital"),
    "Soviet": ("SUN", "demonym"),
    "Soviet Union": ("SUN", "name"),
    "USSR": ("SUN", "name"),
}
# GUIDELINES: Soviet and USSR are optional.
OPTIONAL_COUNTRIES = {"Soviet", "Soviet Union", "USSR"}


def P(doc, date, text, leaders, countries=(), skip=(), extra=(), optional_at=()):
    """A passage: `leaders` maps surfaces to ids (a leading `?` marks the mention
    optional); `countries` lists country surfaces annotated from COUNTRY; `skip` lists
    contexts (text that starts with a surface) whose mention is left out, `optional_at`
    contexts whose mention is optional; `extra` holds full tuples
    (surface, kind, id, form, optional, occurrences or None)."""
    return dict(
        doc=doc, date=date, text=text, leaders=leaders, countries=countries, skip=skip, extra=extra, opt=optional_at
    )


PASSAGES = [
    P(
        "rferl-2016-kadyrov#1",
        "2016-03-25",
        "Russian President Vladimir Putin has signed a decree to appoint Ramzan Kadyrov as acting head of the North "
        "Caucasus region of Chechnya.\nSpeaking to Kadyrov at the Kremlin on March 25, Putin expressed hope that he "
        "would participate in regional elections in September.\nKadyrov's current term ends on April 5. The Russian "
        'news agency Interfax quoted an unnamed source among Kadyrov\'s "close associates" as saying "with firm '
        'confidence" that Kadyrov will participate in the election.\nKadyrov, 39, has ruled Chechnya since shortly '
        "after his father, former Chechen President Akhmad Kadyrov, was assassinated in 2004. Putin appointed him to "
        "head the republic in 2007.\nIn the 1990s, both Ramzan Kadyrov and his father were anti-Russian separatist "
        "militants until they switched sides.\nPeople with ties to Kadyrov have been implicated in the 2015 killing of "
        "opposition politician Boris Nemtsov. Although Kadyrov denies any involvement, he has described one suspect, "
        'Chechen police official Zaur Dadayev, as "a true patriot."\nKadyrov has provoked controversy recently by '
        'saying all those opposed to Putin are "national traitors" and for posting on social media an image showing '
        "former Prime Minister Mikhail Kasyanov and another opposition activist as if viewed through a sniper's scope.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
            "Ramzan Kadyrov": "ramzan-kadyrov",
            "Kadyrov": "ramzan-kadyrov",
            "Akhmad Kadyrov": "akhmad-kadyrov",
            "Mikhail Kasyanov": "mikhail-kasyanov",
            "?Boris Nemtsov": "boris-nemtsov",
        },
        ["Russian", "Kremlin"],
    ),
    P(
        "jamestown-2007-kadyrov#1",
        "2007-03-01",
        "President Vladimir Putin announced on March 1 that he was nominating Ramzan Kadyrov, Chechnya's acting "
        "president, as the republic's new president and was submitting Kadyrov's name to the republic's parliament for "
        "its approval. According to Newsru.com, Putin made the announcement during a meeting with Kadyrov at the "
        "presidential residence of Novo-Ogarevo, outside of Moscow. \u201cI proceeded on the principle that much has been "
        "done by you for the reconstruction of Chechnya in recent years,\u201d Putin told Kadyrov.\nNewsru.com reported "
        "that two other candidates had been suggested to Putin \u2013 Muslim Khuchiev, first deputy head of the Chechen "
        "presidential and governmental apparatus and leader of the regional branch of A Just Russia, the recently "
        "created pro-Kremlin party; and Shakhid Dzhamaldaev, head of the Grozny district.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
            "Ramzan Kadyrov": "ramzan-kadyrov",
            "Kadyrov": "ramzan-kadyrov",
            "?Muslim Khuchiev": "muslim-khuchiev",
            "?Shakhid Dzhamaldaev": "shakhid-dzhamaldaev",
        },
        ["Moscow", "Kremlin", "Russia"],
    ),
    P(
        "pledgetimes-2020-melikov#1",
        "2020-10-05",
        "Russian President Vladimir Putin has appointed Sergei Melikov Acting Head of Dagestan. This was reported on "
        "Monday, October 5 press service The Kremlin.\n\u201cI decide <...> to appoint Melikov Sergey Alimovich as the "
        "interim Head of the Republic of Dagestan until the person elected as the Head of the Republic of Dagestan takes "
        "office,\u201d the message says.\nOn September 29, RBC reported that the head of Dagestan, Vladimir Vasiliev, may "
        "soon leave his post due to health problems. Melikov, in turn, is seen as a replacement for the post of head of "
        "the republic.\nSources of \u201cRIA Novosti\u201d in the government of Dagestan denied rumors about Vasilyev\u2019s "
        "resignation, but no official comments on this topic have been made so far.\nIn 2018, the Parliament of the "
        "Republic of Dagestan elected Vasiliev as the head of the region for a period of five years.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Sergei Melikov": "sergey-melikov",
            "Melikov Sergey Alimovich": "sergey-melikov",
            "Melikov": "sergey-melikov",
            "Vladimir Vasiliev": "vladimir-vasilyev",
            "Vasilyev": "vladimir-vasilyev",
            "Vasiliev": "vladimir-vasilyev",
        },
        ["Russian", "Kremlin"],
    ),
    P(
        "handofmoscow-2018-dagestan#1",
        "2018-02-07",
        "Acting head of Dagestan Vladimir Vasiliev Artyom Zdunov approved for the post of Prime Minister of the "
        "Republic. On Wednesday, 7 February, reports TASS.\n\u201cTo appoint Zdunov Artem Alekseevich Chairman of the "
        "government of the Republic of Dagestan\u201d, \u2014 stated in the decree of the President.\nEarlier, Vasilyev "
        "announced that the first appointments to the new government of the Republic will be made in the near future.\n"
        "5 Feb Vasilyev dismissed the government after was arrested, the acting Prime Minister Abdusamad Gamidov, his "
        "two deputies and the former Minister of education and science of the Republic.",
        {
            "Vladimir Vasiliev": "vladimir-vasilyev",
            "Vasilyev": "vladimir-vasilyev",
            "Artyom Zdunov": "artyom-zdunov",
            "Zdunov Artem Alekseevich": "artyom-zdunov",
            "Abdusamad Gamidov": "abdusamad-gamidov",
        },
    ),
    P(
        "roberts-2007-kazakhstan#1",
        "2007-01-11",
        "Before going to bed, I noticed that the Kazakhstan government had already changed significantly. Without going "
        "into too much detail, the following changes have been announced:\nNurtay Abykayev will no longer be the speaker "
        "of the senate and will become the ambassador to Russia.\nTokayev has taken over as speaker of the senate, while "
        "Marat Tazhin takes over Tokayev's old job as Minister of Foreign Affairs.\nAs already noted, Karim Masimov "
        "becomes the Prime Minister while Daniyal Akhmetov has moved to Minister of Defense.\nAll in all, Nazarbayev has "
        "succeeded in forming yet another balance of power groups - with people known to be close to Timur Kulibayev, "
        "Dariga Nazarbayev and Rakhat Aliyev, and Alexander Mashkevich all in high positions.",
        {
            "Nurtay Abykayev": "nurtai-abykayev",
            "Tokayev": "kassym-jomart-tokayev",
            "Marat Tazhin": "marat-tazhin",
            "Karim Masimov": "karim-massimov",
            "Daniyal Akhmetov": "daniyal-akhmetov",
            "Nazarbayev": "nursultan-nazarbayev",
            "?Timur Kulibayev": "timur-kulibayev",
            "?Dariga Nazarbayev": "dariga-nazarbayeva",
            "Rakhat Aliyev": "rakhat-aliyev",
        },
        ["Kazakhstan", "Russia"],
    ),
    P(
        "diplomat-2022-kazakhstan#1",
        "2022-01-12",
        "When Kazakhstan\u2019s President Kassym-Jomart Tokayev fired the government, dismissed and then arrested the head "
        "of the security service, and replaced his predecessor Nursultan Nazarbayev in the position of head of the "
        "National Security Council, observers expected a cataclysmic change in the personnel of the country\u2019s cabinet "
        "would follow. They were disappointed.\nOn January 11, after a long speech to the parliament, Tokayev proposed "
        "former Deputy Prime Minister Alikhan Smailov for the top government job.\nOut of 18 ministers, the new "
        "government featured 11 veterans that had previously served under former Prime Minister Askar Mamin.\n"
        "Importantly, among those who kept their posts, Tokayev retained Mukhtar Tleuberdi, minister of foreign affairs, "
        "and Yerlan Turgumbayev, minister of internal affairs. Roman Sklyar and Bakhyt Sultanov, former ministers, were "
        "promoted to deputy prime minister positions.",
        {
            "Kassym-Jomart Tokayev": "kassym-jomart-tokayev",
            "Tokayev": "kassym-jomart-tokayev",
            "Nursultan Nazarbayev": "nursultan-nazarbayev",
            "Alikhan Smailov": "alikhan-smailov",
            "Askar Mamin": "askar-mamin",
            "Mukhtar Tleuberdi": "mukhtar-tileuberdi",
            "Yerlan Turgumbayev": "yerlan-turgumbayev",
            "Roman Sklyar": "roman-sklyar",
            "Bakhyt Sultanov": "bakhyt-sultanov",
        },
        ["Kazakhstan"],
    ),
    P(
        "cabar-2022-tokayev#1",
        "2022-03-01",
        "In early 2022, President Kasym-Zhomart Tokayev started to change the personnel policy in Kazakhstan.\nAmid the "
        "January 2022 protests in Kazakhstan, President Kasym-Zhomart Tokayev started purge of staff. First, the head of "
        "state said about the dismissal of Prime Minister Askar Mamin and blamed the government for protests.\nA few days "
        "later, Tokayev approved the new cabinet of ministers led by Alikhan Smailov without the supporters of his "
        "predecessor. Afterwards, he reached the relatives of ex-president Nursultan Nazarbayev.\nOn January 17, the "
        "first deputy chair of the National Security Committee of Republic of Kazakhstan, Samat Abish, nephew of "
        "Nursultan Nazarbayev, was relieved of his office.\nThe policies of Tokayev and Nazarbayev are quite different.",
        {
            "Kasym-Zhomart Tokayev": "kassym-jomart-tokayev",
            "Tokayev": "kassym-jomart-tokayev",
            "Askar Mamin": "askar-mamin",
            "Alikhan Smailov": "alikhan-smailov",
            "Nursultan Nazarbayev": "nursultan-nazarbayev",
            "Nazarbayev": "nursultan-nazarbayev",
            "Samat Abish": "samat-abish",
        },
        ["Kazakhstan"],
        extra=[("Republic of Kazakhstan", "C", "KAZ", "name", False, None)],
    ),
    P(
        "rferl-2016-aripov#1",
        "2016-12-12",
        "TASHKENT -- Uzbekistan's dominant party has nominated Abdulla Aripov to be prime minister, picking a veteran "
        "official who was dismissed by late leader Islam Karimov in 2012 but is seen as a loyal backer of "
        "President-elect Shavkat Mirziyaev.\nMirziyaev had been prime minister since 2003. He easily won the election in "
        "the tightly controlled country after three months as interim president following the death of Karimov, who had "
        "ruled with an iron fist since 1989.\nAripov, 55, was a deputy prime minister between 2002 and 2012.\nKarimov "
        "removed Aripov from the cabinet in August 2012 amid a corruption scandal.\nUzdunrobita was controlled at the "
        "time by Karimov's elder daughter, Gulnara Karimova, who was once tipped as a potential successor to her father.\n"
        "Mirziyaev reappointed Aripov as a deputy prime minister in mid-September, one of his first personnel moves "
        "after becoming interim president.",
        {
            "Abdulla Aripov": "abdulla-aripov",
            "Aripov": "abdulla-aripov",
            "Islam Karimov": "islam-karimov",
            "Karimov": "islam-karimov",
            "Shavkat Mirziyaev": "shavkat-mirziyoyev",
            "Mirziyaev": "shavkat-mirziyoyev",
            "?Gulnara Karimova": "gulnara-karimova",
        },
        ["Uzbekistan"],
        extra=[("TASHKENT", "K", "UZB", "capital", False, None)],
    ),
    P(
        "rferl-2018-mirziyoev#1",
        "2018-02-02",
        "The dismissal of the head of Uzbekistan\u2019s National Security Service (SNB), Rustam Inoyatov, on January 31 was "
        "the latest and arguably most important step so far in President Shavkat Mirziyoev\u2019s consolidation of power.\n"
        "It was clear when Mirziyoev came to power in September 2016 after the death of Uzbekistan\u2019s first president, "
        "Islam Karimov, that Mirziyoev would have to fend off some challenges.\nLike so many Uzbek officials, Mirziyoev "
        "worked in Karimov\u2019s shadow. For many citizens, for 25 years, \u201cUzbekistan\u201d and \u201cPresident Karimov\u201d "
        "were synonymous.\nWhen Karimov died, there were three people who seemingly emerged with a chance to succeed the "
        "longtime leader: Mirziyoev, Finance Minister Rustam Azimov, and Inoyatov, though the SNB chief was seen more as a "
        "kingmaker than a king.\nMirziyoev moved quickly, first bringing back Abdulla Aripov and appointing him deputy "
        "prime minister.",
        {
            "Rustam Inoyatov": "rustam-inoyatov",
            "Inoyatov": "rustam-inoyatov",
            "Shavkat Mirziyoev": "shavkat-mirziyoyev",
            "Mirziyoev": "shavkat-mirziyoyev",
            "Islam Karimov": "islam-karimov",
            "Karimov": "islam-karimov",
            "Rustam Azimov": "rustam-azimov",
            "Abdulla Aripov": "abdulla-aripov",
        },
        ["Uzbekistan", "Uzbek"],
    ),
    P(
        "asianews-2017-uzbekistan#1",
        "2017-01-20",
        "Tashkent (AsiaNews/Agencies) \u2013 Uzbekistan\u2019s new president, Shavkat Mirzyaev, who was elected on 14 "
        "December 14 last year with 88.61 per cent of the vote, has started to name his cabinet, bringing back many of "
        "his former colleagues.\nAfter the death of his predecessor, Islam Karimov, the new head of state seems "
        "determined to reshuffle the cabinet whilst avoiding political and administrative disruptions.\nMirziyaev\u2019s "
        "first new high-level appointment is Abdulla Aripov as prime minister. The latter was deputy prime minister for "
        "ten years before he fell out of Karimov\u2019s good graces in 2012 and was sacked over allegations of corruption.\n"
        "The outgoing deputy prime minister, Rustam Azimov \u2013 who enjoyed close personal relations with the late Islam "
        "Karimov, and was well known inside and outside Uzbekistan \u2013 did not get the post of prime minister as some "
        "expected.\nAzimov, who also lost his job as minister of finance, was given the post of deputy prime minister for "
        "macroeconomic development and foreign investments.",
        {
            "Shavkat Mirzyaev": "shavkat-mirziyoyev",
            "Mirziyaev": "shavkat-mirziyoyev",
            "Islam Karimov": "islam-karimov",
            "Karimov": "islam-karimov",
            "Abdulla Aripov": "abdulla-aripov",
            "Rustam Azimov": "rustam-azimov",
            "Azimov": "rustam-azimov",
        },
        ["Tashkent", "Uzbekistan"],
    ),
    P(
        "blogspot-2009-zhvania#1",
        "2009-11-10",
        "Zurab Zhvania (December 9, 1963 \u2013 February 3, 2005) was a prominent Georgian politician, having served as "
        "Prime Minister of Georgia and Speaker of the Parliament of Georgia as well as Minister without Portfolio. "
        "Zhvania assumed premiership on 18 February 2004 and remained on the position until his death on 3 February "
        "2005.\nIn September 1991 his party joined the opposition to the government of the first post-Soviet President "
        "of Georgia, Zviad Gamsakhurdia. Gamsakhurdia's violent overthrow in January 1992 resulted in Eduard "
        "Shevardnadze, the former Soviet foreign minister, coming to power a few months later.\nIn response, Zhvania and "
        "other opposition figures called for mass protests against Shevardnadze. Two weeks of massive popular protests "
        "followed, forcing Shevardnadze's resignation on November 23. He was replaced on an interim basis by Zhvania's "
        "successor as parliamentary speaker, Nino Burjanadze. Zhvania himself became a minister in the transitional "
        "government prior to fresh presidential elections held on January 4, 2004, which were won by Saakashvili.",
        {
            "Zurab Zhvania": "zurab-zhvania",
            "Zhvania": "zurab-zhvania",
            "Zviad Gamsakhurdia": "zviad-gamsakhurdia",
            "Gamsakhurdia": "zviad-gamsakhurdia",
            "Eduard Shevardnadze": "eduard-shevardnadze",
            "Shevardnadze": "eduard-shevardnadze",
            "Nino Burjanadze": "nino-burjanadze",
            "Saakashvili": "mikheil-saakashvili",
        },
        ["Georgian", "Georgia", "Soviet"],
    ),
    P(
        "kavkazuzel-2003-georgia#1",
        "2003-12-24",
        "Georgia has embarked on the post-Shevardnadze era. But it is a fact that it had to happen and in the last few "
        'years Georgia was living in expectation that the Babu ("Grandfather") would soon quit.\nLet me start in a '
        "roundabout way, to highlight the key reasons that determined the large scale of the last few days' turmoil which "
        "led to the resignation of Shevardnadze who had ruled Georgia over 31 years (with a break in 1985-92).\n"
        "Paradoxically enough, after the 1993 upheaval (a defeat in Abkhazia, an upsurge of civil war in West Georgia and "
        "so on), Shevardnadze's rule in Georgia grew noticeably stronger. Realization of all future goods was tied to the "
        "name of Eduard Shevardnadze, his personal relations and influence on world politics.\nIn 1995, Georgia's new "
        "Constitution was adopted and a parliamentary election was conducted. Abolished after Gamsakhurdia's overthrow, "
        "the post of President of the republic was restored, too.\nPresident Shevardnadze was building the new Georgia "
        "using his old experience.",
        {
            "Shevardnadze": "eduard-shevardnadze",
            "Eduard Shevardnadze": "eduard-shevardnadze",
            "Gamsakhurdia": "zviad-gamsakhurdia",
        },
        ["Georgia"],
    ),
    P(
        "armenianweekly-2018-pashinyan#1",
        "2018-06-13",
        "YEREVAN (A.W.)\u2014The U.S., Russian, and French Co-Chairs of the Organization for Security and Cooperation in "
        "Europe (OSCE) Minsk Group had their first meeting with Armenia\u2019s new Prime Minister Nikol Pashinyan on "
        "Wednesday. OSCE Chairperson-in-Office Ambassador Andrzej Kasprzyk and recently appointed Foreign Minister Zohrab "
        "Mnatsakanyan were also present at the talks.\nThe statement went on to say that the participants stressed the "
        "importance of implementing confidence-building agreements that were agreed upon by Azerbaijani President Ilham "
        "Aliyev and former Armenian President Serge Sarkisian during meetings held in 2016 and 2017.\nThe mediators also "
        "met with Armenia\u2019s Foreign Minister Mnatsakanyan a day earlier.\nPrime Minister Pashinyan has repeatedly "
        "called for Artsakh\u2019s direct involvement in the peace talks. Though he has expressed his readiness to meet "
        "with President Aliyev, he has said that he is not ready to negotiate on behalf of the Artsakh\u2019s people.\n"
        "Last month, the Minsk Group Co-Chairs met with Azerbaijan\u2019s Foreign Minister Elmar Mammadyarov in Paris. In "
        "a statement, they said Mammadyarov expressed Azerbaijan\u2019s readiness to resume active negotiations.",
        {
            "Nikol Pashinyan": "nikol-pashinyan",
            "Pashinyan": "nikol-pashinyan",
            "Andrzej Kasprzyk": "andrzej-kasprzyk",
            "Zohrab Mnatsakanyan": "zohrab-mnatsakanyan",
            "Mnatsakanyan": "zohrab-mnatsakanyan",
            "Ilham Aliyev": "ilham-aliyev",
            "Aliyev": "ilham-aliyev",
            "Serge Sarkisian": "serzh-sargsyan",
            "Elmar Mammadyarov": "elmar-mammadyarov",
            "Mammadyarov": "elmar-mammadyarov",
        },
        ["U.S.", "Russian", "French", "Armenia", "Azerbaijani", "Armenian", "Azerbaijan", "Paris", "Minsk"],
        extra=[("YEREVAN", "K", "ARM", "capital", False, None)],
    ),
    P(
        "newsam-2020-sarkissian#1",
        "2020-10-07",
        "Armen Sarkissian: Armenia will support any initiative that will lead to a ceasefire\nArmenia will support any "
        "initiative that will lead to a ceasefire, including the arrival of MPs from the Minsk Group co-chairing "
        "countries to the capital of the unrecognized Nagorno-Karabakh Republic, Armenian President Armen Sarkissian "
        "told TASS reporter.\n\u201cWe welcome any idea that will lead to a ceasefire. But the initiative should come from "
        "the co-chairs,\u201d Sarkissian noted.\nHe also noted that the co-chair countries have a serious influence on the "
        "negotiation process, adding that Russia is the first in this list.",
        {"Armen Sarkissian": "armen-sarkissian", "Sarkissian": "armen-sarkissian"},
        ["Armenia", "Armenian", "Russia", "Minsk"],
    ),
    P(
        "rferl-1997-tajik#1",
        "1997-06-27",
        "Moscow, 27 June 1997 (RFE/RL) - Tajik President Emmomali Rakhmonov and Islamic opposition leader Said Abdullo "
        "Nuri today signed a peace agreement aimed at bringing to a formal end four years of bloody civil war in "
        "Tajikistan.\nRussian President Boris Yeltsin, who looked on as the signing took place at a Moscow ceremony, said "
        'afterwards that Russia "will be watching to make sure" that the agreements are not violated.\nNuri called for '
        "holding free democratic elections in the republic.\nAli Akbar Turajondzoda told RFE/RL in an exclusive interview "
        "that UTO leaders met international and Russian mediators three times during the last 24 hours.\nTurajondzoda "
        "said the last such meeting took place this morning and was attended by top representatives of the Tajik "
        "government and opposition and by diplomats from the UN, Russia and Iran.\nUN special Envoy to Tajikistan Gerd "
        "Dietrich Merrem, Russian Foreign Minister Yevgeny Primakov and Iran's Foreign Minister Ali Akbar Velayati also "
        "signed the protocol.",
        {
            "Emmomali Rakhmonov": "emomali-rahmon",
            "Said Abdullo Nuri": "sayid-abdulloh-nuri",
            "Nuri": "sayid-abdulloh-nuri",
            "Boris Yeltsin": "boris-yeltsin",
            "Ali Akbar Turajondzoda": "akbar-turajonzoda",
            "Turajondzoda": "akbar-turajonzoda",
            "Gerd Dietrich Merrem": "gerd-merrem",
            "Yevgeny Primakov": "yevgeny-primakov",
            "Ali Akbar Velayati": "ali-akbar-velayati",
        },
        ["Moscow", "Tajik", "Tajikistan", "Russian", "Russia", "Iran"],
    ),
    P(
        "moscowtimes-1997-tajik#1",
        "1997-06-30",
        "Tajik President Imomali Rakhmonov and Islamic opposition leader Sayid Abdullo Nuri shook hands in the Kremlin on "
        "Friday after signing an agreement to end four years of bitter civil war in the former Soviet republic.\n"
        "President Boris Yeltsin looked on, his first public appearance since attending the summit of the Group of Seven "
        'industrial nations in Denver last weekend.\n"This day should go down as a remarkable page in the history of '
        'Tajikistan," Yeltsin said.\nRussia deploys about 20,000 troops in Tajikistan who carry out peacekeeping duties '
        'and who guard the country\'s borders with Afghanistan and China.\n"The path to peace was not easy," Rakhmonov '
        "said at the signing ceremony.\nNuri said the republic's troubles were far from over.",
        {
            "Imomali Rakhmonov": "emomali-rahmon",
            "Rakhmonov": "emomali-rahmon",
            "Sayid Abdullo Nuri": "sayid-abdulloh-nuri",
            "Nuri": "sayid-abdulloh-nuri",
            "Boris Yeltsin": "boris-yeltsin",
            "Yeltsin": "boris-yeltsin",
        },
        ["Tajik", "Kremlin", "Soviet", "Tajikistan", "Russia", "Afghanistan", "China"],
    ),
    P(
        "iwpr-1999-maskhadov#1",
        "1999-10-15",
        "The second Chechen war has assuaged, if only temporarily, some contradictions between the Chechen President "
        "Aslan Maskhadov and Shamil Basaev, the most notorious Chechen warlord of recent times.\nAfter the first Chechen "
        "war ended in August 1996, the divide between Chechen President Aslan Maskhadov and Shamil Basaev, the most "
        "powerful of the Chechen military leaders, widened to unbridgeable levels. The failure of Maskhadov's efforts to "
        "rein in Basaev and the lack of return on his attempts to coexist with Moscow alienated him from the major "
        "Chechen forces.\nBut Basaev had little enthusiasm for command structures. He disagreed with the strategies of "
        "Chechen resistance leader Djovkhar Dudaev and his lieutenant Maskhadov. Basaev instead urged the Chechens to "
        "take the war into Russia.\nAfter the end of the first Chechen war that the friendship between Maskhadov and "
        "Basaev started to break down. In the end, however, Maskhadov won by a clear majority, 60 per cent to 26 per "
        "cent.",
        {
            "Aslan Maskhadov": "aslan-maskhadov",
            "Maskhadov": "aslan-maskhadov",
            "Shamil Basaev": "shamil-basayev",
            "Basaev": "shamil-basayev",
            "Djovkhar Dudaev": "dzhokhar-dudayev",
        },
        ["Moscow", "Russia"],
    ),
    P(
        "telegraph-2005-maskhadov#1",
        "2005-03-09",
        "Aslan Maskhadov, the former president of the Chechen Republic whose death aged 53 was announced by the Russians "
        "yesterday, was the military leader of the rebel republic of Chechnya who masterminded the defeat of Russian "
        "forces in one of the bloodiest conflicts of modern times.\nFollowing a ceasefire in August 1996, Maskhadov "
        "became the republic's first democratic President in January 1997. In 1944 Stalin ordered the deportation of the "
        "entire Chechen race to central Asia.\nThe Republic of Chechnya declared its independence from Moscow in "
        "November 1991, shortly before the Soviet Union collapsed; under their leader General Dudayev, the Chechen rebels "
        'subsequently refused all attempts by Moscow to persuade them to accept "autonomous" republic status within the '
        "new post-Soviet Russian Federation.\nWhen the Russians arrived, it was Maskhadov, a former Soviet artillery "
        "commander, who had the task of organising Chechen resistance.",
        {
            "Aslan Maskhadov": "aslan-maskhadov",
            "Maskhadov": "aslan-maskhadov",
            "Stalin": "joseph-stalin",
            "Dudayev": "dzhokhar-dudayev",
        },
        ["Russians", "Russian", "Moscow", "Soviet Union", "Soviet", "Russian Federation"],
    ),
    P(
        "nlr-1999-derluguian#1",
        "1999-10-01",
        "On 7 August 1999, caravans of well-armed and bearded men crossed from Chechnya into the mountains of Daghestan. "
        "They were led by the two most famous field commanders of the recent Chechen war of independence\u2014Shamil "
        "Basayev and Khattab. Basayev had gained world-wide notoriety in June 1995, when his detachment briefly seized "
        "the town of Budionnovsk in southern Russia, and forced Moscow to halt its immensely destructive offensive in "
        "Chechnya.\nMeanwhile, the puppet government of Chechnya, consisting of the pre-1991 Chechen nomenklatura \u00e9lite "
        "and a few former revolutionaries who had since quarrelled with the separatist Chechen President General Djohar "
        "Dudayev, tried, with Russian help, to create its own military units. This triumphantly videotaped slaughter "
        "instantaneously advertised the name of Khattab, a mysterious Arab from either Jordan or Saudi Arabia who had "
        "allegedly acquired his military skills while fighting on the mojaheddin side in Afghanistan.",
        {
            "Shamil Basayev": "shamil-basayev",
            "Basayev": "shamil-basayev",
            "Khattab": "ibn-al-khattab",
            "Djohar Dudayev": "dzhokhar-dudayev",
        },
        ["Russia", "Moscow", "Russian", "Jordan", "Saudi Arabia", "Afghanistan"],
    ),
    P(
        "statesman-2020-sharif#1",
        "2020-10-20",
        "Tensions between Nawaz Sharif and the military exploded into the open when the former named General Qamar Bajwa "
        "and the ISI chief Lt. Gen Faiz Hameed during PDM\u2019s first major rally at Gujranwala on October 16, blaming "
        "them for ousting his government, pressuring judges to take up fake cases against opposition leaders, and making "
        "Imran Khan the prime minister through a rigged election; an unprecedented direct assault on the deep state, "
        "something unimaginable in Pakistan.",
        {
            "Nawaz Sharif": "nawaz-sharif",
            "Qamar Bajwa": "qamar-javed-bajwa",
            "Faiz Hameed": "faiz-hameed",
            "Imran Khan": "imran-khan",
        },
        ["Pakistan"],
    ),
    P(
        "digitalfc-2017-pakistan#1",
        "2017-08-05",
        "Nawaz Sharif, Pakistan\u2019s 67-year-old ousted Prime Minister, who began his third term at the helm \u2013 he was "
        "earlier PM from 1990-1993 and 1997-1999, and then again from 2013 \u2013 has had a troubled relationship with the "
        "army, which has its roots in his overthrow by former dictator Pervez Musharraf. But did not always have a poor "
        "equation with the country\u2019s generals, given his proximity to the late dictator Gen Zia-ul Haq.\nThe new "
        "Pakistan Prime Minister, Shahid Khaqan Abbasi\u2019s relations with the military has not been as fractious as the "
        "one that Nawaz Sharif had. Like Nawaz Sharif, he had also been close to General Zia-ul Haq \u2013 Abbasi\u2019s "
        "father had been a minister in Haq\u2019s government.\nUnlike elder brother Nawaz, Shahbaz Sharif is a less "
        "pretentious politician. It is said that the military would have preferred him as prime minister rather than "
        "Nawaz Sharif.",
        {
            "Nawaz Sharif": "nawaz-sharif",
            "Nawaz": "nawaz-sharif",
            "Pervez Musharraf": "pervez-musharraf",
            "Zia-ul Haq": "muhammad-zia-ul-haq",
            "Haq": "muhammad-zia-ul-haq",
            "Shahid Khaqan Abbasi": "shahid-khaqan-abbasi",
            "Abbasi": "shahid-khaqan-abbasi",
            "Shahbaz Sharif": "shehbaz-sharif",
        },
        ["Pakistan"],
    ),
    P(
        "news24-2022-sharif#1",
        "2022-11-11",
        "New Delhi: Shehbaz Sharif, the prime minister of Pakistan, met with Nawaz Sharif, a former leader of that "
        "nation, in London to talk about the choice of the next army chief.\nThe meeting of the Sharif brothers was "
        "verified on a Pakistani TV channel on Thursday night by the defence minister, Asif Khawaja, who is travelling "
        "with the prime minister.\nGeneral Qamar Javed Bajwa, the current commander of the army, will step down on "
        "November 29.\nKhawaja charged opposition figure and former prime minister Imran Khan with attempting to sway "
        "and stir up controversy surrounding the military chief's selection.\nThe government and the army have refuted "
        "Khan's allegations that the Prime Minister Sharif, the Interior Minister Rana Sanaullah, and the military "
        "official Major General Faisal Naseer plotted to kill him.\nBajwa was chosen to lead the army by Nawaz Sharif's "
        "administration in 2016, and his initial retirement date was set for 2019. But that year, Khan, then the prime "
        "minister, gave him a three-year extension.",
        {
            "Shehbaz Sharif": "shehbaz-sharif",
            "Nawaz Sharif": "nawaz-sharif",
            "Asif Khawaja": "khawaja-asif",
            "Khawaja": "khawaja-asif",
            "Qamar Javed Bajwa": "qamar-javed-bajwa",
            "Bajwa": "qamar-javed-bajwa",
            "Imran Khan": "imran-khan",
            "Khan": "imran-khan",
            "Sharif": "shehbaz-sharif",
            "Rana Sanaullah": "rana-sanaullah",
            "?Faisal Naseer": "faisal-naseer",
        },
        ["Pakistan", "Pakistani", "London"],
        optional_at=["Sharif brothers"],
        extra=[("New Delhi", "K", "IND", "capital", False, None)],
    ),
    P(
        "thenation-2022-shehbaz#1",
        "2022-04-21",
        "ISLAMABAD: Pakistan Chief of the Army Staff General Qamar Javed Bajwa called on Prime Minister Shehbaz Sharif "
        "here at his office today.\nThis was the first meeting between the two personalities as Gen Bajwa did not attend "
        "the oath ceremony of the prime minister Shahbaz Sharif on 11th April.\nShehbaz Sharif took oath as the prime "
        "minister of Pakistan on Monday, hours after the National Assembly elected him the 23rd premier.\nSenate Chairman "
        "Sadiq Sanjarani administered the oath to the newly-elected prime minister as President Arif Alvi complained of "
        "\u201cdiscomfort\u201d.\nEarlier in the day, Shehbaz secured 174 votes in the NA as opposed to PTI\u2019s candidate "
        "Shah Mahmood Qureshi, who received no votes after his party decided to boycott the polling process.\nThe poll "
        "took place two days after the lower house of Parliament voted in favour of removing Imran Khan from office.",
        {
            "Qamar Javed Bajwa": "qamar-javed-bajwa",
            "Bajwa": "qamar-javed-bajwa",
            "Shehbaz Sharif": "shehbaz-sharif",
            "Shahbaz Sharif": "shehbaz-sharif",
            "Shehbaz": "shehbaz-sharif",
            "Sadiq Sanjarani": "sadiq-sanjarani",
            "Arif Alvi": "arif-alvi",
            "Shah Mahmood Qureshi": "shah-mehmood-qureshi",
            "Imran Khan": "imran-khan",
        },
        ["Pakistan"],
        extra=[("ISLAMABAD", "K", "PAK", "capital", False, None)],
    ),
    P(
        "urdupoint-2021-karzai#1",
        "2021-08-22",
        "Former Afghan President Hamid Karzai and the chairman of the High Council for National Reconciliation, Abdullah "
        "Abdullah, held talks with the representatives of the political office of the Taliban on the formation of the "
        "future government.\nEarlier in the day, Karzai and Abdullah had already met with the acting Taliban governor of "
        "Kabul to discuss the safety of residents of the capital.\nOn August 15, the Taliban entered Kabul. President "
        "Ashraf Ghani resigned and fled the country to prevent what he described as bloodshed.\nThe chief of the "
        "political office of the Taliban, Abdul Ghani Baradar, will likely make a decision concerning the structure of "
        "the future Afghan government over the next two weeks.",
        {
            "Hamid Karzai": "hamid-karzai",
            "Karzai": "hamid-karzai",
            "Abdullah Abdullah": "abdullah-abdullah",
            "Abdullah": "abdullah-abdullah",
            "Ashraf Ghani": "ashraf-ghani",
            "Abdul Ghani Baradar": "abdul-ghani-baradar",
        },
        ["Afghan", "Kabul"],
    ),
    P(
        "rt-2020-khalilzad#1",
        "2020-05-20",
        "US Special Representative for Afghanistan Zalmay Khalilzad met with Afghan President Ashraf Ghani and his former "
        "rival Abdullah Abdullah on Wednesday to discuss progress towards a peace deal with the insurgent Taliban.\nThe "
        "meeting was the first between the three men since Ghani and Abdullah ended a months-long political impasse in "
        "which both claimed to be Afghanistan\u2019s rightful leader. Abdullah was appointed head of a reconciliation "
        "council designated to hold talks with the Taliban.\nGhani said that during his meeting with Khalilzad, shortly "
        "before the three men met, they had discussed a ceasefire with the Taliban.",
        {
            "Zalmay Khalilzad": "zalmay-khalilzad",
            "Khalilzad": "zalmay-khalilzad",
            "Ashraf Ghani": "ashraf-ghani",
            "Ghani": "ashraf-ghani",
            "Abdullah Abdullah": "abdullah-abdullah",
            "Abdullah": "abdullah-abdullah",
        },
        ["US", "Afghanistan", "Afghan"],
    ),
    P(
        "jambo-2021-taliban#1",
        "2021-08-19",
        "Senior Taliban members have met with former President Hamid Karzai and senior official Abdullah Abdullah as they "
        "seek to form a government in Afghanistan.\nUS President Joe Biden told ABC News that he believed it would have "
        "been impossible to leave Afghanistan \u201cwithout chaos ensuing\u201d.\nIn the United Arab Emirates, ousted "
        "president Ashraf Ghani who fled as the insurgents closed in on the capital said he supported negotiations.\nBut "
        "US Deputy Secretary of State Wendy Sherman said Ghani was \u201cno longer a figure\u201d on the country\u2019s complex "
        "political stage.\nAs the Taliban moves to put a government in place, leader Haibatullah Akhundzada has ordered "
        "the release of \u201cpolitical detainees\u201d.\nTaliban negotiator Anas Haqqani met with Karzai.",
        {
            "Hamid Karzai": "hamid-karzai",
            "Karzai": "hamid-karzai",
            "Abdullah Abdullah": "abdullah-abdullah",
            "Joe Biden": "joe-biden",
            "Ashraf Ghani": "ashraf-ghani",
            "Ghani": "ashraf-ghani",
            "Wendy Sherman": "wendy-sherman",
            "Haibatullah Akhundzada": "hibatullah-akhundzada",
            "Anas Haqqani": "anas-haqqani",
        },
        ["Afghanistan", "US", "United Arab Emirates"],
    ),
    P(
        "rferl-2015-kerry#1",
        "2015-06-25",
        "Iranian Supreme Leader Ayatollah Ali Khamenei rejected a long-term freeze on Iran's nuclear research and "
        "insisted that Iran will only sign a deal if international sanctions are lifted first.\nU.S. Secretary of State "
        "John Kerry has dismissed hard-line comments this week by Iran's supreme leader, but warned that talks with Iran "
        'may yield no agreement if Tehran refuses to resolve outstanding issues.\n"It may be that the Iranians will not '
        'fill out the full measure of what was agreed on in Lausanne, in which case there will not be an agreement," he '
        "said at a news conference in Washington.\nStill, Kerry sought to portray as typical posturing the red lines "
        "Ayatollah Ali Khamenei drew in a speech this week.\nKerry said the speech, along with highlights on Khamenei's "
        'official Twitter feed, were for "domestic political consumption."',
        {"Ali Khamenei": "ali-khamenei", "Khamenei": "ali-khamenei", "John Kerry": "john-kerry", "Kerry": "john-kerry"},
        ["Iranian", "Iran", "U.S.", "Tehran", "Iranians", "Washington"],
    ),
    P(
        "iranprimer-2013-geneva#1",
        "2013-10-17",
        "After talks on October 15 and 16, Iran and the world\u2019s six powers reported that the nuclear talks were "
        "\u201csubstantive and forward looking.\u201d Iranian Foreign Minister Mohammad Javad Zarif told reporters, \u201cWe "
        "hope that this is a beginning of a new phase in our relations.\u201d But the closed-door meetings in Geneva were "
        "the first since the June election of President Hassan Rouhani, who had pledged to resolve the nuclear dispute "
        "during his campaign. The talks included the top nuclear negotiators from the United States, Britain, China, "
        "France, Germany and Russia.\n\u201cThe differences between the two sides are still numerous; but we are on a path "
        "that would have them resolved,\u201d echoed Iran\u2019s deputy foreign minister for international and legal "
        "affairs, Abbas Araqchi.\nE.U. High Representative Catherine Ashton and Iranian Foreign Minister Mohammad Javad "
        "Zarif",
        {
            "Mohammad Javad Zarif": "mohammad-javad-zarif",
            "Hassan Rouhani": "hassan-rouhani",
            "Abbas Araqchi": "abbas-araghchi",
            "Catherine Ashton": "catherine-ashton",
        },
        ["Iran", "Iranian", "United States", "Britain", "China", "France", "Germany", "Russia"],
    ),
    P(
        "ecbn-2024-shoigu#1",
        "2024-05-13",
        "Russian President Putin has signed a presidential decree appointing former Defense Minister Sergei Shoigu as the "
        "Secretary of the Security Council of the Russian Federation.\nPutin also signed a presidential decree on the "
        "same day, dismissing Nikolai Patrushchev from his position as Secretary of the Security Council.\nHe nominated "
        "Sergei Lavrov to remain as the Minister of Foreign Affairs, Sergei Nareshkin to remain as the Director of the "
        "External Intelligence Agency, Alexander Kurenkov to remain as the Minister of Emergency Situations, Vladimir "
        "Kolokolitsev to remain as the Minister of Internal Affairs, Alexander Bortnikov to remain as the Director of the "
        "Federal Security Agency, and Viktor Zolotov to remain as the Commander in Chief of the National Guard. In "
        "addition, Valery Grassimov remains in the position of Chief of the General Staff of the Armed Forces.\nAndrei "
        "Belousov was born in Moscow in 1959 and has served as Minister of Economic Development of the Russian "
        "Federation, Assistant to the President for Economic Affairs, and First Deputy Prime Minister.\nRussian "
        "Presidential Press Secretary Peskov stated that Shoigu will be responsible for managing the relevant affairs.",
        {
            "Putin": "vladimir-putin",
            "Sergei Shoigu": "sergei-shoigu",
            "Shoigu": "sergei-shoigu",
            "Nikolai Patrushchev": "nikolai-patrushev",
            "Sergei Lavrov": "sergei-lavrov",
            "Sergei Nareshkin": "sergei-naryshkin",
            "Alexander Kurenkov": "alexander-kurenkov",
            "Vladimir Kolokolitsev": "vladimir-kolokoltsev",
            "Alexander Bortnikov": "alexander-bortnikov",
            "Viktor Zolotov": "viktor-zolotov",
            "Valery Grassimov": "valery-gerasimov",
            "Andrei Belousov": "andrei-belousov",
            "?Peskov": "dmitry-peskov",
        },
        ["Russian", "Russian Federation", "Moscow"],
    ),
    P(
        "rua-2024-belousov#1",
        "2024-05-13",
        "The Federation Council has received candidates proposed by Vladimir Putin for the positions of heads of a number "
        "of federal ministries and departments. Andrei Removich Belousov, first deputy prime minister of the previous "
        "government, is proposed for the post of Minister of Defense.\nfor the post of Minister of Internal Affairs "
        "\u2013 Vladimir Aleksandrovich Kolokoltsev;\nfor the post of Minister of Foreign Affairs \u2013 Sergey Viktorovich "
        "Lavrov;\nfor the position of Director of the Foreign Intelligence Service \u2013 Sergey Evgenievich Naryshkin;\n"
        "for the position of Director of the Federal Security Service \u2013 Alexander Vasilievich Bortnikov;\nfor the "
        "position of Director of the Federal Service of National Guard Troops \u2013 Viktor Vasilievich Zolotov;\nHow "
        "reminds TASS, 65-year-old Belousov at various times held the positions of Assistant to the Head of State for "
        "Economic Affairs, Minister of Economic Development of the Russian Federation.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Andrei Removich Belousov": "andrei-belousov",
            "Belousov": "andrei-belousov",
            "Vladimir Aleksandrovich Kolokoltsev": "vladimir-kolokoltsev",
            "Sergey Viktorovich Lavrov": "sergei-lavrov",
            "Sergey Evgenievich Naryshkin": "sergei-naryshkin",
            "Alexander Vasilievich Bortnikov": "alexander-bortnikov",
            "Viktor Vasilievich Zolotov": "viktor-zolotov",
        },
        ["Russian Federation"],
    ),
    P(
        "seprah-2005-kyrgyz#1",
        "2005-03-27",
        "Who are the major leaders in the Kyrgyzstan revolution/revolt/coup?\nAskar Akayev has been the president of "
        "Kyrgyzstan since 1991. He has since fled the country and is residing in Moscow.\nKurmanbek Bakiev: He was the "
        "governor of the northern Chu region which is also the former president's homeland. In 2001, he was forced to "
        "tender his resignation as Kyrgyz Prime Minister after some deadly protests in the south. Now, at 56, he is the "
        "interim president.\nRoza Otunbayeva: This 54 year old former ambassador has her following with the "
        "intellectuals. She was just recently made the interim foreign minister.\nAzimbek Beknazarov is the new interim "
        "general prosecutor. When he was a former MP, he implied that President Akayev be impeached over a land issue.\n"
        "Felix Kulov was rescued from jail by protestors on their way to ousting the president. He has since been put in "
        "charge of security, which involves clamping down on the looting that has engulfed Bishkek.",
        {
            "Askar Akayev": "askar-akayev",
            "Akayev": "askar-akayev",
            "Kurmanbek Bakiev": "kurmanbek-bakiyev",
            "Roza Otunbayeva": "roza-otunbayeva",
            "Azimbek Beknazarov": "azimbek-beknazarov",
            "Felix Kulov": "feliks-kulov",
        },
        ["Kyrgyzstan", "Moscow", "Kyrgyz", "Bishkek"],
    ),
    P(
        "rferl-2020-jeenbekov#1",
        "2020-10-16",
        "Sooronbai Jeenbekov officially resigned as Kyrgyzstan's president on October 15.\nKyrgyzstan's October 4 "
        "parliamentary elections were the beginning of the end for Jeenbekov.\nJeenbekov's brother, Asylbek, was a "
        "candidate in the Birimdik party that received the greatest number of votes.\nIn any case, Jeenbekov's remark "
        "was curious -- coming from a figure whose own victory in the 2017 presidential election was seen by many as the "
        "result of support from then-President Almazbek Atambaev.\nIn polls conducted in the months leading up to the "
        "2017 election, Jeenbekov had fared poorly, while the polls regularly showed his chief opponent -- Omurbek "
        "Babanov -- 20 percent or more ahead.",
        {
            "Sooronbai Jeenbekov": "sooronbay-jeenbekov",
            "Jeenbekov": "sooronbay-jeenbekov",
            "?Asylbek": "asylbek-jeenbekov",
            "Almazbek Atambaev": "almazbek-atambayev",
            "Omurbek Babanov": "omurbek-babanov",
        },
        ["Kyrgyzstan"],
    ),
    P(
        "newsy-2020-kyrgyz#1",
        "2020-10-16",
        "BISHKEK, \u2013 Back off Sooronbay Jeenbekov is not the first time the president has resigned his post "
        "Kyrgyzstan.\nJeenbekov resigned on Thursday (15/10/2020) after 10 days of unrest over disputed parliamentary "
        "election results.\nOn March 24, 2005, thousands of people protesting the election results and corruption "
        "invaded government headquarters, forcing President Akayev, who has been in power for 15 years, to flee.\nFour "
        "months later one of the leaders of the rebellion, Kurmanbek Bakiyev, was elected president with 90 percent of "
        "the vote.\nIn 2010 Akayev\u2019s successor, Bakiyev, fled to Belarus after street protests raged bloodily to "
        "overthrow his government and left nearly 100 people dead.",
        {
            "Sooronbay Jeenbekov": "sooronbay-jeenbekov",
            "Jeenbekov": "sooronbay-jeenbekov",
            "Akayev": "askar-akayev",
            "Kurmanbek Bakiyev": "kurmanbek-bakiyev",
            "Bakiyev": "kurmanbek-bakiyev",
        },
        ["Kyrgyzstan", "Belarus"],
        extra=[("BISHKEK", "K", "KGZ", "capital", False, None)],
    ),
    P(
        "timesca-2018-serdar#1",
        "2018-03-31",
        "ASHGABAT (TCA) \u2014 Turkmenistan\u2019s authoritarian president has appointed his son to a senior post in the "
        "Central Asian state\u2019s Foreign Ministry.\nPresident Gurbanguly Berdymukhammedov\u2019s appointment of his only "
        "son, Serdar, as deputy foreign minister was announced in a one-sentence statement.\nSerdar Berdymukhammedov, 36, "
        "has headed the parliament\u2019s Legal Affairs Committee since March 2017.\nGurbanguly Berdymukhammedov, 60, has "
        "ruled the gas-rich former Soviet republic since his autocratic predecessor, Saparmurat Niyazov, died in December "
        "2006.\nIn March, he was part of a Turkmen delegation to neighboring Kazakhstan, where he was photographed meeting "
        "with President Nursultan Nazarbayev.\nNazarbayev\u2019s office said the two men discussed Kazakh-Turkmen ties "
        "ahead of a summit of Central Asian leaders in Kazakhstan\u2019s capital, Astana, on March 15.\nPresident "
        "Berdymukhammedov, who did not attend the Astana summit, also has three daughters.",
        {
            "Gurbanguly Berdymukhammedov": "gurbanguly-berdimuhamedow",
            "Serdar": "serdar-berdimuhamedow",
            "Serdar Berdymukhammedov": "serdar-berdimuhamedow",
            "Berdymukhammedov": "gurbanguly-berdimuhamedow",
            "Saparmurat Niyazov": "saparmurat-niyazov",
            "Nursultan Nazarbayev": "nursultan-nazarbayev",
            "Nazarbayev": "nursultan-nazarbayev",
        },
        ["Turkmenistan", "Soviet", "Turkmen", "Kazakhstan", "Kazakh", "Astana"],
        extra=[("ASHGABAT", "K", "TKM", "capital", False, None)],
    ),
    P(
        "centralasianews-2021-serdar#1",
        "2021-04-12",
        "President of Turkmenistan Gurbanguly Berdimuhamedov held an expanded government meeting on April 9. He "
        "appointed Deputy Prime Minister Serdar Berdimuhamedov as co-chairman of the Turkmen-Russian intergovernmental "
        "commission and the Turkmen-Japanese committee on economic cooperation.\nPreviously, these positions were held "
        "by Deputy Prime Minister, Minister of Foreign Affairs Rashid Meredov.\nAccording to the leader of the country, "
        "the appointment of Serdar Berdimuhamedov will expand the partnership of Turkmenistan with the Russian "
        "Federation and Japan.\nThe official is now 39 years old. He is the son of the current President Gurbanguly "
        "Berdimuhamedov.",
        {
            "Gurbanguly Berdimuhamedov": "gurbanguly-berdimuhamedow",
            "Serdar Berdimuhamedov": "serdar-berdimuhamedow",
            "Rashid Meredov": "rashid-meredov",
        },
        ["Turkmenistan", "Turkmen", "Russian", "Russian Federation", "Japan"],
        extra=[("Japanese", "D", "JPN", "demonym", False, None)],
    ),
    P(
        "worldbulletin-2007-turkmen#1",
        "2007-02-14",
        "Recep T.Erdo\u011fan met with Gurbanguly Berdymukhammedov in Ashgabat only a few hours after the latter became "
        "gas-rich Turkmenistan's new president.\nErdo\u011fan and Berdymukhammedov exchanged views on bilateral relations "
        "and eventually agreed to keep in close contact to improve bilateral cooperation between Turkey and "
        "Turkmenistan.\nWhile in the Turkmen capital, Erdo\u011fan also held talks with Georgian President Mikheil "
        "Saakashvili, Kazakh President Nursultan Nazarbayev and Iranian Vice-President Parviz Davudi.\nEarlier in the "
        "day, Berdymukhammedov was sworn in at a session of the People's Council. Since becoming interim president after "
        "Niyazov's Dec. 21 death, Berdymukhammedov has changed little.",
        {
            "Erdo\u011fan": "recep-tayyip-erdogan",
            "Gurbanguly Berdymukhammedov": "gurbanguly-berdimuhamedow",
            "Berdymukhammedov": "gurbanguly-berdimuhamedow",
            "Mikheil Saakashvili": "mikheil-saakashvili",
            "Nursultan Nazarbayev": "nursultan-nazarbayev",
            "Parviz Davudi": "parviz-davudi",
            "Niyazov": "saparmurat-niyazov",
        },
        ["Ashgabat", "Turkmenistan", "Turkey", "Turkmen", "Georgian", "Kazakh", "Iranian"],
        optional_at=["Erdo\u011fan met"],
    ),
    P(
        "rferl-2012-border#1",
        "2012-11-05",
        "The heads of the two commissions tasked with delimiting the border between Chechnya and Ingushetia, Chechen "
        "parliament speaker Dukvakha Abdurakhmanov and Republic of Ingushetia Prime Minister Musa Chiliyev met in Magas "
        "last week for preliminary talks.\nRepublic of Ingushetia President Yunus-Bek Yevkurov says the border has "
        "already been defined by the legislation on municipalities passed by both republics.\nYevkurov\u2019s Chechen "
        "counterpart Ramzan Kadyrov for his part has accused Ingushetia of encroaching on Chechen territory.\nChechen "
        "Republic head Kadyrov insists those districts are historically part of Chechnya, as does Abdurakhmanov.",
        {
            "Dukvakha Abdurakhmanov": "dukvakha-abdurakhmanov",
            "Abdurakhmanov": "dukvakha-abdurakhmanov",
            "Musa Chiliyev": "musa-chiliyev",
            "Yunus-Bek Yevkurov": "yunus-bek-yevkurov",
            "Yevkurov": "yunus-bek-yevkurov",
            "Ramzan Kadyrov": "ramzan-kadyrov",
            "Kadyrov": "ramzan-kadyrov",
        },
    ),
    P(
        "fairobserver-2018-border#1",
        "2018-10-08",
        "On September 26, Chechnya\u2019s president, Ramzan Kadyrov, and his Ingush counterpart, Yunus-bek Yevkurov, "
        "signed a bill establishing a border between the Republic of Ingushetia and the Chechen Republic. The measure was "
        "sanctioned by authorities in Moscow, witnessed by Vladimir Putin\u2019s presidential envoy to the North Caucasian "
        "federal district, Alexander Matovnikov.\nThis agreement sought to resolve the simmering border dispute between "
        "the two republics by way of an exchange of territory. After the agreement received approval on October 4, "
        "unprecedented demonstrations broke out in the Ingush capital of Magas.\nBoth Kadyrov and Yevkurov say the "
        "\u201chistoric\u201d agreement will smooth relations between their two peoples.",
        {
            "Ramzan Kadyrov": "ramzan-kadyrov",
            "Kadyrov": "ramzan-kadyrov",
            "Yunus-bek Yevkurov": "yunus-bek-yevkurov",
            "Yevkurov": "yunus-bek-yevkurov",
            "Vladimir Putin": "vladimir-putin",
            "Alexander Matovnikov": "alexander-matovnikov",
        },
        ["Moscow"],
    ),
    P(
        "rferl-2003-aliev#1",
        "2003-08-04",
        "Ilham Aliev, the son of ailing Azerbaijani President Heidar Aliev, was today confirmed as the country's new prime "
        "minister in a move designed to ensure he succeeds his father as the country's leader.\nPrague, 4 August 2003 "
        "(RFE/RL) -- Azerbaijan's ruling elite today confirmed the appointment of 41-year-old Ilham Aliyev as the "
        "country's prime minister.\nHeidar Aliyev has been in a Turkish hospital since 8 July.\nHis current state of "
        "health is unknown. But Ilham Aliev, following today's confirmation by parliament, downplayed his father's "
        'illness. "As for the president\'s health, it is good. I believe he will return to Azerbaijan soon," Ilham '
        "Aliyev said.\nHeidar Aliyev became KGB chief and Communist Party boss of the Caspian republic under Soviet rule "
        "in the 1960s. In 1993, he became president of independent Azerbaijan after only a short interval out of power.",
        {
            "Ilham Aliev": "ilham-aliyev",
            "Heidar Aliev": "heydar-aliyev",
            "Ilham Aliyev": "ilham-aliyev",
            "Heidar Aliyev": "heydar-aliyev",
        },
        ["Azerbaijani", "Azerbaijan", "Turkish", "Soviet", "Prague"],
    ),
    P(
        "tehrantimes-2003-aliyev#1",
        "2003-08-05",
        "With President Aliyev reported to be gravely ill in a Turkish hospital, the new prime minister, under the "
        "country's constitution, would take over as caretaker president if his father is deemed too unwell to carry on "
        'in office.\nBut Rashad Rzaquliyev, a political analyst, said: "This shows that no one expects Heidar Aliyev to '
        "run in the elections... It is part of a plan to make it easier to transfer power to Ilham, the regime's chosen "
        'successor."\nThey were acting on a formal request from 80-year-old President Aliyev, sent from his hospital bed '
        "in Turkey's capital, Ankara. The previous premier, Artur Rasizade, tendered his resignation three hours later.\n"
        "For Azerbaijan, an impoverished nation of eight million people which borders Iran, Russia and Turkey, Ilham "
        "Aliyev's appointment appeared to mean the preservation of the status quo. \"The most worthy heir to the policies "
        'of Heidar Aliyev is Ilham Aliyev," said Ali Ahmedov, a deputy with the Yeni Azerbaijan ruling party.',
        {
            "Aliyev": "heydar-aliyev",
            "Heidar Aliyev": "heydar-aliyev",
            "Ilham": "ilham-aliyev",
            "Ilham Aliyev": "ilham-aliyev",
            "Artur Rasizade": "artur-rasizade",
            "?Ali Ahmedov": "ali-ahmadov",
        },
        ["Turkish", "Turkey", "Ankara", "Azerbaijan", "Iran", "Russia"],
    ),
    P(
        "expressandstar-2022-makei#1",
        "2022-11-26",
        "Belarus\u2019s foreign minister Vladimir Makei, a long-time associate of authoritarian President Alexander "
        "Lukashenko, has died at the age of 64.\nAuthorities did not name the cause of death, and Mr Makei was not known "
        "to suffer any chronic illness.\nBefore becoming foreign minister in 2012, he served as Mr Lukashenko\u2019s chief "
        "of staff and earlier worked as presidential adviser.\nMr Lukashenko offered his condolences to Mr Makei\u2019s "
        "family, according to the presidential office.\nIn September, Mr Makei defended Belarus\u2019s position to the "
        "United Nations Security Council.\nRussian Foreign Ministry spokeswoman Maria Zakharova said that ministry "
        "officials were shocked by the news of Mr Makei\u2019s death.",
        {
            "Vladimir Makei": "vladimir-makei",
            "Makei": "vladimir-makei",
            "Alexander Lukashenko": "alexander-lukashenko",
            "Lukashenko": "alexander-lukashenko",
            "?Maria Zakharova": "maria-zakharova",
        },
        ["Belarus", "Russian"],
    ),
    P(
        "yahoo-2022-makei#1",
        "2022-11-26",
        "Makei was 64 years old. He had been foreign minister in the government of Belarusian dictator Alexander "
        "Lukashenko since Aug. 20, 2012.\nRead also: Belarus\u2019 Lukashenko has made decision to invade Ukraine under "
        "certain conditions, expert says\nCommenting on Makei\u2019s death on Twitter, former Belarusian diplomat and "
        "minister of culture Pavel Latushka said Makei could have been a prospective challenger to Lukashenko.\n\u201cAs "
        "ambassador in Paris and Madrid in 2018, I was confidentially asked the question: \u2018Can Vladimir Makei become "
        "real competitor to Lukashenko in (the) elections? My answer was: \u2018Yes,he can,\u2019\u201d Latushka tweeted.",
        {
            "Makei": "vladimir-makei",
            "Vladimir Makei": "vladimir-makei",
            "Alexander Lukashenko": "alexander-lukashenko",
            "Lukashenko": "alexander-lukashenko",
            "Pavel Latushka": "pavel-latushka",
            "Latushka": "pavel-latushka",
        },
        ["Belarusian", "Belarus", "Ukraine", "Paris", "Madrid"],
    ),
    P(
        "meduza-2024-patrushev#1",
        "2024-05-12",
        "Vladimir Putin has relieved Nikolai Patrushev of his post as Secretary of the Security Council of the Russian "
        "Federation, replacing him with Sergey Shoigu, who has been serving as Russia\u2019s defense minister. Patrushev "
        "will \u201ctransfer to another role.\u201d\nShoigu has headed Russia\u2019s Defense Ministry since November 6, "
        "2012.\nPutin has proposed appointing Andrey Belousov as the new defense minister.\nNikolai Patrushev served as "
        "Secretary of the Security Council beginning in May 2008. Prior to that, he directed the FSB beginning in 1999.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
            "Nikolai Patrushev": "nikolai-patrushev",
            "Patrushev": "nikolai-patrushev",
            "Sergey Shoigu": "sergei-shoigu",
            "Shoigu": "sergei-shoigu",
            "Andrey Belousov": "andrei-belousov",
        },
        ["Russian Federation", "Russia"],
    ),
]

# Held out: added after every mechanism of issue 15 was built and measured, never used
# to choose data or rules (see leaders.md).
HELD_OUT = [
    P(
        "heldout-tass-2022-lavrov#1",
        "2022-07-05",
        "He will hold talks with Mongolian Foreign Minister Batmunkhin Battsetseg, meet with President Ukhnaagiin Khurelsukh and Chairman of the State Great Khural Gombozhavin Zandanshatar\nULAANBAATAR, July 5. /TASS/. Russian Foreign Minister Sergey Lavrov on Tuesday arrived in the Mongolian capital, Ulaanbaatar, for a working visit, TASS reported.\nLavrov\u2019s agenda includes talks with his Mongolian counterpart, Battsetseg Batmunkh, as well as with President of Mongolia Ukhnaagiin Khurelsukh and the chairman of State Great Khural, Gombojavyn Zandanshatar.\nThe two countries\u2019 top diplomats will have a detailed discussion of key issues on the bilateral agenda, and the progress Russia and Mongolia have made in the implementation of agreements.",
        {
            "Batmunkhin Battsetseg": "batmunkh-battsetseg",
            "Battsetseg Batmunkh": "batmunkh-battsetseg",
            "Ukhnaagiin Khurelsukh": "ukhnaagiin-khurelsukh",
            "Gombozhavin Zandanshatar": "gombojavyn-zandanshatar",
            "Gombojavyn Zandanshatar": "gombojavyn-zandanshatar",
            "Sergey Lavrov": "sergei-lavrov",
            "Lavrov": "sergei-lavrov",
        },
        ["Mongolian", "Russian", "Mongolia", "Russia"],
        extra=[
            ("ULAANBAATAR", "K", "MNG", "capital", False, None),
            ("Ulaanbaatar", "K", "MNG", "capital", False, None),
        ],
    ),
    P(
        "heldout-montsame-2019-putin#1",
        "2019-09-03",
        "Ulaanbaatar /MONTSAME/. President of the Russian Federation Vladimir Putin arrived in Ulaanbaatar on the night of September 2. He is visiting Mongolia at the invitation of President of Mongolia Kh.Battulga. At the Chinggis Khaan airport, he was welcomed by Minister of Foreign Affairs of Mongolia D.Tsogtbaatar from the Mongolian side and Ambassador of the Russian Federation to Mongolia I.K.Azizov from the Russian side.\nDuring his official visit to Mongolia, Russian President Vladimir Putin is accompanied by Russian Foreign Minister Sergei Lavrov, Deputy Prime Minister Alexey Gordeyev, Energy Minister Alexander Novak, Defense Deputy Mnister Alexander Fomin, Deputy Chief of Staff of the Presidential Administration and Presidential Spokesman Dmitry Peskov, Minister of Economic Development Maxim Oreshkin, Head of Republic of Buryatia Alexey Tsydenov, Ambassador of Russia to Mongolia Iskander Azizov.\nMongolian President Kh.Battulga and Russian President Vladimir Putin are set to hold official talks.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Kh.Battulga": "khaltmaagiin-battulga",
            "D.Tsogtbaatar": "damdin-tsogtbaatar",
            "I.K.Azizov": "iskander-azizov",
            "Sergei Lavrov": "sergei-lavrov",
            "Alexey Gordeyev": "alexey-gordeyev",
            "Alexander Novak": "alexander-novak",
            "Alexander Fomin": "alexander-fomin",
            "?Dmitry Peskov": "dmitry-peskov",
            "Maxim Oreshkin": "maxim-oreshkin",
            "Alexey Tsydenov": "alexey-tsydenov",
            "Iskander Azizov": "iskander-azizov",
            "?Chinggis Khaan": "genghis-khan",
        },
        ["Russian Federation", "Mongolia", "Mongolian", "Russian", "Russia"],
        extra=[("Ulaanbaatar", "K", "MNG", "capital", False, None)],
    ),
    P(
        "heldout-montsame-2021-oyunerdene#1",
        "2021-01-28",
        "Ulaanbaatar /MONTSAME/. Oyun-Erdene Luvsannamsrai, appointed by the Parliament with majority vote on January 27th, 2021, paid a courtesy call on the President soon after he received the office. President Battulga said: \u201cCongratulations on your appointment as the Prime Minister of Mongolia, with approval from the State Great Khural. You will be known as the 32nd Prime Minister of Mongolia starting today. Upon your appointment as the Chief of the Cabinet Secretariat, your predecessor U.Khurelsukh and I had thoroughly discussed cooperation without prejudice and political polarization.\u201d",
        {
            "Oyun-Erdene Luvsannamsrai": "luvsannamsrain-oyun-erdene",
            "Battulga": "khaltmaagiin-battulga",
            "U.Khurelsukh": "ukhnaagiin-khurelsukh",
        },
        ["Mongolia"],
        extra=[("Ulaanbaatar", "K", "MNG", "capital", False, None)],
    ),
    P(
        "heldout-timesca-2017-emomali#1",
        "2017-01-13",
        "DUSHANBE (TCA) \u2014 Tajikistan President Emomali Rakhmon on January 12 appointed his 29-year-old son Rustam Emomali as mayor of the country\u2019s capital, Dushanbe.\nRakhmon\u2019s press service said that Rustam Emomali replaced Mahmadsaid Ubaidulloev, who was Dushanbe\u2019s mayor for 19 years.\nUbaidulloev, 64, remains the chairman of the Tajik parliament\u2019s upper house, the Majlisi Milli, formally No. 2 state position in Tajikistan after the president.\nRustam Emomali is the eldest son of President Rakhmon. He graduated from the Tajik National University and attended a course at the Diplomatic Academy of the Russian Foreign Ministry.\nHis new appointment comes weeks after Rakhmon\u2019s third daughter, Ruhshona Rakhmonova, became head of the Foreign Ministry\u2019s International Relations Department.\nIn January 2016, Rakhmon made another daughter, Ozoda Rakhmon, his chief of staff. She had been a deputy foreign minister.\nRakhmon, who has nine children, has ruled Tajikistan since 1992.",
        {
            "Emomali Rakhmon": "emomali-rahmon",
            "Rakhmon": "emomali-rahmon",
            "Rustam Emomali": "rustam-emomali",
            "Mahmadsaid Ubaidulloev": "mahmadsaid-ubaidulloyev",
            "Ubaidulloev": "mahmadsaid-ubaidulloyev",
            "?Ruhshona Rakhmonova": "ruhshona-rahmonova",
            "Ozoda Rakhmon": "ozoda-rahmon",
        },
        ["Tajikistan", "Dushanbe", "Tajik", "Russian"],
        extra=[("DUSHANBE", "K", "TJK", "capital", False, None)],
    ),
    P(
        "heldout-diplomat-2025-emomali#1",
        "2025-05-30",
        "On May 28, Russian President Vladimir Putin met with the mayor of Dushanbe, Rustam Emomali, who also happens to be the chair of Tajikistan\u2019s National Assembly (Majlisi Milli), the upper chamber of the country\u2019s parliament. He\u2019s also the son of Tajik President Emomali Rahmon and considered by most analysts to be on a clear trajectory to succeed his father.\nAs RFE/RL\u2019s Tajik Service, Radio Ozodi, noted, this was Emomali\u2019s first personal meeting with Putin.\nThe Kremlin\u2019s readout of the meeting mentioned no agenda, noting only that Russian Federation Council Speaker Valentina Matviyenko also attended.\nThe Tajik side, via the Majlisi Milli\u2019s press center, had a more to say. According to Asia Plus, the assembly\u2019s press center said discussions between Emomali and Putin focused on \u201cstrengthening strategic partnership.\u201d",
        {
            "Vladimir Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
            "Rustam Emomali": "rustam-emomali",
            "Emomali Rahmon": "emomali-rahmon",
            "Emomali": "rustam-emomali",
            "Valentina Matviyenko": "valentina-matviyenko",
        },
        ["Russian", "Dushanbe", "Tajikistan", "Tajik", "Kremlin", "Russian Federation"],
    ),
    P(
        "heldout-thenews-2020-emomali#1",
        "2020-04-18",
        "ALMATY, Kazakhstan: The son of Tajikistan's long-serving President Emomali Rakhmon was elected to the constitutionally important senate chair position on Friday, possibly indicating hereditary succession plans in the tightly-controlled Central Asian state.\nRustam Emomali received the unanimous backing of his fellow senators in the 33-member upper house, meaning he is now positioned to lead the country if his father is unable to.\nRustam Emomali will be able to hold the role in combination with his current job as mayor of the capital Dushanbe.\nThe senate chairman post was previously occupied by Mahmadsaid Ubaidulloev since 2000. Emomali had also replaced Ubaidulloev as Dushanbe mayor, after he held it since 1996. Ubaidulloev was often described as an important power-broker and is believed to have strong ties to Tajikistan\u00b4s key backer Russia.",
        {
            "Emomali Rakhmon": "emomali-rahmon",
            "Rustam Emomali": "rustam-emomali",
            "Emomali": "rustam-emomali",
            "Mahmadsaid Ubaidulloev": "mahmadsaid-ubaidulloyev",
            "Ubaidulloev": "mahmadsaid-ubaidulloyev",
        },
        ["Kazakhstan", "Tajikistan", "Dushanbe", "Russia"],
    ),
    P(
        "heldout-interpress-2024-gharibashvili#1",
        "2024-01-29",
        "The Prime Minister of Georgia, Irakli Gharibashvili, is resigning. Prime Minister Gharibashvili announced the above at the briefing held in the governmental administration.\nFor information, Irakli Gharibashvili took the position of Prime Minister of Georgia for the first time in 2013. He replaced Georgian Dream founder Bidzina Ivanishvili then, however, he resigned on December 30, 2015, and was replaced by Giorgi Kvirikashvili.\nBefore taking the post of the head of the government of Georgia for the second time, Irakli Gharibashvili headed the country's defense department. He took the position of the Prime Minister for the second time on February 22, 2021, when he replaced Giorgi Gakharia on this post.\nAccording to the reports, Irakli Kobakhidze, the chairman of the ruling party, will replace Irakli Gharibashvili as the Prime Minister of Georgia.",
        {
            "Irakli Gharibashvili": "irakli-garibashvili",
            "Gharibashvili": "irakli-garibashvili",
            "Bidzina Ivanishvili": "bidzina-ivanishvili",
            "Giorgi Kvirikashvili": "giorgi-kvirikashvili",
            "Giorgi Gakharia": "giorgi-gakharia",
            "Irakli Kobakhidze": "irakli-kobakhidze",
        },
        ["Georgia", "Georgian"],
    ),
    P(
        "heldout-fergana-2026-tashiev#1",
        "2026-02-11",
        "Kyrgyz President Sadyr Japarov signed a decree on February 10 removing the Border Service from the structure of the State Committee for National Security (GKNB) and transforming it into an independent body, the State Border Service.\nAbydikarim Alimbaev, director of the Border Service and first deputy chairman of the GKNB, was relieved of those posts and appointed chairman of the new State Border Service.\nBy a separate decree, Japarov ordered the creation of a State Guard Service under the president of Kyrgyzstan, based on the GKNB\u2019s Ninth Service.\nThe restructuring comes amid the resignation of GKNB chief Kamchybek Tashiev, announced on February 10. Japarov said the decision was aimed at strengthening national unity and preventing a split in society. He clarified that he was not referring to Tashiev but to several public figures, presidential spokesman Askat Alagozov quoted Japarov as saying.\nAccording to media reports, Tashiev is currently in Germany undergoing medical treatment and learned of his dismissal after the decree was published.",
        {
            "Sadyr Japarov": "sadyr-japarov",
            "Japarov": "sadyr-japarov",
            "Abydikarim Alimbaev": "abdikarim-alimbaev",
            "Kamchybek Tashiev": "kamchybek-tashiev",
            "Tashiev": "kamchybek-tashiev",
            "?Askat Alagozov": "askat-alagozov",
        },
        ["Kyrgyz", "Kyrgyzstan", "Germany"],
    ),
    P(
        "heldout-24kg-2025-tashiev#1",
        "2025-01-17",
        "The Chairman of the State Committee for National Security of Kyrgyzstan (SCNS) Kamchybek Tashiev explained at a meeting with deputy ministers of education and science why large losses were allowed in the border conflict with Tajikistan in the spring of 2021.\nKamchybek Tashiev noted: when Sadyr Japarov\u2019s team came to power, corruption had affected 70-80 percent of government agencies, which led to a significant weakening of all areas, including national security. This problem became most acute in the spring of 2021 during the Kyrgyzstan-Tajikistan border conflict in Batken.\n\u00abThanks to a decrease in corruption, effective governance, targeted reforms and the renewal of the Armed Forces, the Kyrgyz Republic now has modern weapons, new armored vehicles produced in Russia and the UAE, as well as advanced Bayraktar and Aksungur UAVs,\u00bb he commented.",
        {"Kamchybek Tashiev": "kamchybek-tashiev", "Sadyr Japarov": "sadyr-japarov"},
        ["Kyrgyzstan", "Tajikistan", "Russia"],
        extra=[
            ("Kyrgyz Republic", "C", "KGZ", "name", False, None),
            ("UAE", "C", "ARE", "name", False, None),
            ("Bayraktar", "W", "bayraktar-tb2", None, False, None),
            ("Aksungur", "W", "aksungur", None, False, None),
        ],
    ),
    P(
        "heldout-asiaplus-2024-emomali#1",
        "2024-02-05",
        "President Emomali Rahmon\u2019s son, Rustam Emomali, who is Chairman of the Majlisi Namoyandagon also Mayor of Dushanbe, has increasingly become Tajikistan\u2019s face on the international arena.\nAn official press release asserts, that a US$2 million grant is provided by China to Tajikistan as a result of a visit paid by Rustam Emomali to Beijing in August last year.\nRustam Emomali has traveled to Azerbaijan and Kazakhstan, where he has held meetings with the presidents. In Kyrgyzstan, Russia, Turkmenistan, and Uzbekistan, Rustam Emomali has met with heads or deputy heads of government.\nEurasianet says that on January 8-9, he was in Iran, where he held talks with President Ebrahim Raisi and came away brandishing US$120 million of cooperation agreements and contracts.\nIn 2017, President Rahmon appointed Rustam Emomali mayor of Dushanbe.",
        {
            "Emomali Rahmon": "emomali-rahmon",
            "Rustam Emomali": "rustam-emomali",
            "Ebrahim Raisi": "ebrahim-raisi",
            "Rahmon": "emomali-rahmon",
        },
        [
            "Dushanbe",
            "Tajikistan",
            "China",
            "Azerbaijan",
            "Kazakhstan",
            "Kyrgyzstan",
            "Russia",
            "Turkmenistan",
            "Uzbekistan",
            "Iran",
        ],
        extra=[("Beijing", "K", "CHN", "capital", False, None), ("US", "C", "USA", "name", True, None)],
    ),
]
PASSAGES += HELD_OUT


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def occurrences(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(surface)] if i + len(surface) < len(text) else " "
        if not is_word(before) and not is_word(after):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def annotate(p: dict) -> dict:
    text = p["text"]
    wanted = []  # (surface, kind, id, form, optional, occ)
    for surface, ident in p["leaders"].items():
        opt = surface.startswith("?")
        wanted.append((surface.lstrip("?"), "leader", ident, None, opt, None))
    for surface in p["countries"]:
        cid, form = COUNTRY[surface]
        wanted.append((surface, "country", cid, form, surface in OPTIONAL_COUNTRIES, None))
    kinds = {"L": "leader", "C": "country", "D": "country", "K": "country", "W": "weapon"}
    for surface, k, ident, form, opt, occ in p["extra"]:
        wanted.append((surface, kinds[k], ident, form, opt, occ))

    def at(contexts, start):
        return any(text.startswith(c, start) for c in contexts)

    for c in list(p["skip"]) + list(p["opt"]):
        if c not in text:
            raise SystemExit(f"{p['doc']}: context `{c}` is not in the text")
    taken: list[tuple[int, int]] = []
    mentions = []
    for surface, kind, ident, form, opt, occ in sorted(wanted, key=lambda w: -len(w[0])):
        found = occurrences(text, surface)
        if not found:
            raise SystemExit(f"{p['doc']}: `{surface}` is not in the text")
        for n, start in enumerate(found):
            end = start + len(surface)
            if occ is not None and n not in occ:
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            if at(p["skip"], start):
                continue
            taken.append((start, end))
            m = {"start": start, "end": end, "kind": kind, "id": ident}
            if form:
                m["form"] = form
            if opt or at(p["opt"], start):
                m["optional"] = True
            mentions.append(m)
    mentions.sort(key=lambda m: m["start"])
    for m in mentions:
        assert text[m["start"] : m["end"]], m
    return {"doc": p["doc"], "date": p["date"], "text": text, "mentions": mentions}


def main() -> int:
    docs = [annotate(p) for p in PASSAGES]
    seen = set()
    for d in docs:
        assert d["doc"] not in seen, d["doc"]
        seen.add(d["doc"])
    out = HERE / "leaders.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    leaders = sum(1 for d in docs for m in d["mentions"] if m["kind"] == "leader" and not m.get("optional"))
    people = len({m["id"] for d in docs for m in d["mentions"] if m["kind"] == "leader"})
    print(f"{out.name}: {len(docs)} passages, {leaders} leader mentions (not optional) of {people} people")
    return 0


if __name__ == "__main__":
    sys.exit(main())
