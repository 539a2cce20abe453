#!/usr/bin/env python3
# ruff: noqa: E501 (the passages are long string literals)
"""Write `leaders2.jsonl`: a second, unseen leaders set, from the passages and hand annotations below.

    python bench/eval/make_leaders2.py           # writes bench/eval/leaders2.jsonl, checks it

The passages are short excerpts of real public writing (sources in `leaders2.md` under the
same doc id), chosen for what the first set left open: romanized names in several spellings,
surnames alone after a full mention, namesakes at a date (father and son), titles with
`former`, ministers and envoys, and dates from 1997 to 2025. The annotation format and the
helpers are those of `make_leaders.py` (annotations by surface, offsets computed and
checked); this file only adds the country surfaces its passages use.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_leaders  # the shared helpers live next to this file
from make_leaders import P, annotate

HERE = Path(__file__).resolve().parent

# Country surfaces the passages below use that the first set did not.
make_leaders.COUNTRY.update(
    {
        "Vatican": ("VAT", "name"),
        "Türkiye": ("TUR", "name"),
        "Hungarian": ("HUN", "demonym"),
        "Israel": ("ISR", "name"),
        "Norway": ("NOR", "name"),
        "Great Britain": ("GBR", "name"),
        "United States of America": ("USA", "name"),
        "America": ("USA", "name"),
        "White House": ("USA", "capital"),
        "Akorda": ("KAZ", "capital"),
        "ASTANA": ("KAZ", "capital"),
        "NUR-SULTAN": ("KAZ", "capital"),
        "MOSCOW": ("RUS", "capital"),
        "TASHKENT": ("UZB", "capital"),
        "YEREVAN": ("ARM", "capital"),
        "ASHGABAT": ("TKM", "capital"),
        "Azerbaijani": ("AZE", "demonym"),
        "Turkmens": ("TKM", "demonym"),
        "Republic of Turkey": ("TUR", "name"),
        "Republic of Azerbaijan": ("AZE", "name"),
    }
)

PASSAGES = [
    P(
        "jamestown-2007-turkmen#1",
        "2007-02-14",
        "Gurbanguly Berdimukhamedov was inaugurated as Turkmenistan\u2019s new president at the Ruhiyev palace in Ashgabat on February 14. Reporters noted that 2,487 members of the Halk Maslahaty (People\u2019s Council) and foreign guests, including heads of states and governments from 30 countries, attended the ceremony. The Russian delegation was led by Prime Minister Mikhail Fradkov, accompanied by Gazprom head Alexei Miller, while Turkey was represented by Prime Minister Recep Tayyip Erdogan (Turkmenistan.ru, February 14). Presidents Nursultan Nazarbayev (Kazakhstan), Viktor Yushchenko (Ukraine), Emomali Rakhmonov (Tajikistan), Mikheil Saakashvili (Georgia), Hamid Karzai (Afghanistan), and Mahmoud Ahmadinejad (Iran) also were present. Other guests included parliamentary leaders Tegran Torosyan (Armenia), Vladimir Konoplev (Belarus), and Erkin Halilov (Uzbekistan), along with representatives from nearly a dozen more countries and the Vatican.\n"
        "U.S. Assistant Secretary of State Richard Boucher represented Washington, as he had at the December 24 funeral of the late president Saparmurat Niyazov. The Turkmen leadership doubtless noticed this diplomatic snub, as the U.S. State Department has 24 assistant secretaries of state, one of whom is still \u201cacting,\u201d and six under secretaries.\n"
        "The presidential election took place on Sunday, February 11. According to the head of the Turkmen Central Election Commission, Myrat Garryyev, Berdymuhammedov received 89.23% percent of the votes cast, followed by Amanyaz Atajykov (3.23%), Ishanguly Nuriyev (2.38%), Muhammetnazar Gurbanov (2.37%), Orazmyrat Garajayev (1.55%), and Ashyrniyaz Pomanov (1.31%).",
        {
            "Gurbanguly Berdimukhamedov": "gurbanguly-berdimuhamedow",
            "Berdymuhammedov": "gurbanguly-berdimuhamedow",
            "Mikhail Fradkov": "mikhail-fradkov",
            "?Alexei Miller": "alexei-miller",
            "Recep Tayyip Erdogan": "recep-tayyip-erdogan",
            "Nursultan Nazarbayev": "nursultan-nazarbayev",
            "Viktor Yushchenko": "viktor-yushchenko",
            "Emomali Rakhmonov": "emomali-rahmon",
            "Mikheil Saakashvili": "mikheil-saakashvili",
            "Hamid Karzai": "hamid-karzai",
            "Mahmoud Ahmadinejad": "mahmoud-ahmadinejad",
            "Tegran Torosyan": "tigran-torosyan",
            "Vladimir Konoplev": "vladimir-konoplev",
            "Erkin Halilov": "erkin-khalilov",
            "Richard Boucher": "richard-boucher",
            "Saparmurat Niyazov": "saparmurat-niyazov",
            "?Myrat Garryyev": "myrat-garryyev",
            "?Amanyaz Atajykov": "amanyaz-atajykov",
            "?Ishanguly Nuriyev": "ishanguly-nuriyev",
            "?Muhammetnazar Gurbanov": "muhammetnazar-gurbanov",
            "?Orazmyrat Garajayev": "orazmyrat-garajayev",
            "?Ashyrniyaz Pomanov": "ashyrniyaz-pomanov",
        },
        [
            "Turkmenistan",
            "Ashgabat",
            "Russian",
            "Turkey",
            "Kazakhstan",
            "Ukraine",
            "Tajikistan",
            "Georgia",
            "Afghanistan",
            "Iran",
            "Armenia",
            "Belarus",
            "Uzbekistan",
            "Vatican",
            "U.S.",
            "Washington",
            "Turkmen",
        ],
        optional_at=["Turkmenistan.ru"],
    ),
    P(
        "intellinews-2007-turkmen#1",
        "2007-01-11",
        "The death of the president of Turkmenistan, Saparmurat Niyazov, just before Christmas has started a power struggle for control of this gas-rich Central Asian republic, which so far hasn't disrupted important gas supplies to Russia and Ukraine.\n"
        'Better known as Turkmenbashi, or Father of the Turkmens, Niyazov was elected president for life and ruled the thinly populated republic with an iron fist. He long ago crushed what little opposition there was in Turkmenistan, making the chance of a "coloured revolution" in the arid republic that borders the Aral Sea highly unlikely.\n'
        "Parliamentary speaker Ovezgeldy Ataev should have stepped into Turkmenbashi's shoes as acting president, according to the constitution, but was quickly sidelined by the country's political elite.\n"
        "Ignoring the constitution, the Security Council appointed the deputy prime minister and health minister, Gurbanguly Berdymuhammedov, as acting president. Berdymuhammedov is one of the few ministers in the upper echelons of Turkmen government who has survived repeated purges and is also believed to be Niyazov's illegitimate son. Berdymuhammedov was given the honour of organizing Niyazov's funeral.\n"
        "Ataev was arrested two hours after the announcement of Berdymuhammedov's appointment and is accused of corruption, despite him being entitled to parliamentary immunity from prosecution.",
        {
            "Saparmurat Niyazov": "saparmurat-niyazov",
            "Niyazov": "saparmurat-niyazov",
            "Turkmenbashi": "saparmurat-niyazov",
            "Ovezgeldy Ataev": "ovezgeldi-atayev",
            "Ataev": "ovezgeldi-atayev",
            "Gurbanguly Berdymuhammedov": "gurbanguly-berdimuhamedow",
            "Berdymuhammedov": "gurbanguly-berdimuhamedow",
        },
        ["Turkmenistan", "Russia", "Ukraine", "Turkmen"],
        extra=[("Turkmens", "D", "TKM", "demonym", True, None)],
    ),
    P(
        "latimes-2006-niyazov#1",
        "2006-12-22",
        "MOSCOW \u2014 President Saparmurat Niyazov, an eccentric leader who ruled Turkmenistan with an iron hand, died unexpectedly Thursday, triggering a scramble for power in the gas-rich Central Asian state.\n"
        'Niyazov, who used the name Turkmenbashi, or "Father of all the Turkmens," was 66. State television said he died of a heart attack.\n'
        "In an apparent sign of an immediate power struggle, the country's Security Council announced the opening of a criminal investigation against the speaker of parliament, Overzgeldy Atayev, who under the constitution was in line to become acting president.\n"
        "Instead, the council named Deputy Prime Minister Kurbanguli Berdymukhamedov, 49, to the post. Under the constitution, a presidential election must be held within two months, and the acting president cannot be a candidate.",
        {
            "Saparmurat Niyazov": "saparmurat-niyazov",
            "Niyazov": "saparmurat-niyazov",
            "Turkmenbashi": "saparmurat-niyazov",
            "Overzgeldy Atayev": "ovezgeldi-atayev",
            "Kurbanguli Berdymukhamedov": "gurbanguly-berdimuhamedow",
        },
        ["MOSCOW", "Turkmenistan"],
        extra=[("Turkmens", "D", "TKM", "demonym", True, None)],
    ),
    P(
        "moscowtimes-2007-turkmen#1",
        "2007-02-09",
        "When Turkmen voters go to the polls Sunday, they are expected to install acting President Gurbanguly Berdymukhammedov as the successor to the late leader Saparmurat Niyazov.\n"
        "Turkmen political watchers say that if Berdymukhammedov is elected, he will keep the gas-rich country on the course set by his authoritarian predecessor, who paid lip service to neutrality while effectively anchoring his country to Russia through gas exports.\n"
        '"This will be a smooth transition," said Turkmen historian Skhokhrat Kadyrov, adding that the death of Niyazov last December had been anticipated for some time.\n'
        '"It was long known who would take over," Kadyrov said by telephone from Oslo.\n'
        "Berdymukhammedov was Niyazov's deputy and became interim president after the dictator's death Dec. 21 in apparent violation of the constitution, which stipulates that the speaker of the parliament should step in until elections are held.",
        {
            "Gurbanguly Berdymukhammedov": "gurbanguly-berdimuhamedow",
            "Berdymukhammedov": "gurbanguly-berdimuhamedow",
            "Saparmurat Niyazov": "saparmurat-niyazov",
            "Niyazov": "saparmurat-niyazov",
        },
        ["Turkmen", "Russia"],
        extra=[("Oslo", "K", "NOR", "capital", False, None)],
    ),
    P(
        "rferl-1997-nuri#1",
        "1997-09-12",
        "Dushanbe, 12 September 1997 (RFE/RL) -- Tajik President Emomali Rakhmonov welcomed the leader of the United Tajik Opposition back to the country's capital today, saying that in today's Tajikistan \"there's no such word as opposition.\"\n"
        "Rakhmonov's words came after a private one-and-a-half hour meeting with Said Abdullo Nuri in Dushanbe. Nuri returned to Tajikistan yesterday after five years in exile during which he directed an often bloody battle against Rakhmonov's government.\n"
        "Rakhmonov said he appreciated the work done by the United Nations (U.N.), the Organisation for Security and Cooperation in Europe (OSCE) and the guarantor countries of the Tajik process. The Tajik president said he hoped they would continue to work in Tajikistan but said their numbers could now be reduced.\n"
        "Nuri said peaceful times are beginning for Tajikistan, but he stressed that the U.N. and OSCE will be needed until at least after Tajikistan conducts parliamentary elections in 1998. Neither man mentioned the thousands of Russian troops currently stationed in Tajikistan.\n"
        "Tonight, Nuri will meet with UN special envoy to Tajikistan, Gerd Merrem. Rakhmonov will meet members of the National Reconciliation Commission, whose task it will be to prepare for the elections to parliament. Their first official meeting is set for September 15.",
        {
            "Emomali Rakhmonov": "emomali-rahmon",
            "Rakhmonov": "emomali-rahmon",
            "Said Abdullo Nuri": "sayid-abdulloh-nuri",
            "Nuri": "sayid-abdulloh-nuri",
            "Gerd Merrem": "gerd-merrem",
        },
        ["Dushanbe", "Tajik", "Tajikistan", "Russian"],
    ),
    P(
        "rferl-2020-rahmon#1",
        "2020-10-13",
        'One of those Central Asian leaders some refer to as a "strongman" who "rules with an iron fist," Tajik President Emomali Rahmon just won his fifth term in office in the tightly controlled presidential election on October 11.\n'
        "If he serves to the end of his new seven-year term he will have been in power for nearly 35 years, in a reign that began shortly after the disintegration of the Soviet Union.\n"
        "But Rahmon certainly was not always so stable and in control sitting in the president's office -- during the first decade of his rule he was anything but a strongman.\n"
        "The Tajik Leadership Shuffle\n"
        "Emomali Rakhmonov (he shortened his name to Rahmon in 2007) was named chairman of the country's Supreme Soviet -- and head of government -- on November 19, 1992.\n"
        "At the time, it was not a position that seemed to offer much long-term job security.\n"
        "Since August 21, 1991, when the Soviet Union collapsed and Tajikistan suddenly and unexpectedly gained independence, Tajikistan had seen four changes in its leadership before Rakhmonov was pushed into that role.\n"
        "Qahhor Makhamov became acting president on August 21, but he had sided with the mutineers who tried to overthrow Soviet leader Mikhail Gorbachev and protesters chased him from power after 10 days.\n"
        "Qadriddin Aslonov took over as leader, but in the position of chairman of the Supreme Soviet.\n"
        "Public protests continued. Aslonov was only in power long enough to ban the Communist Party and sign a decree making September 9 Independence Day as he was chased from power by forces loyal to Rahmon Nabiev after a mere three weeks.",
        {
            "Emomali Rahmon": "emomali-rahmon",
            "Rahmon": "emomali-rahmon",
            "Emomali Rakhmonov": "emomali-rahmon",
            "Rakhmonov": "emomali-rahmon",
            "Qahhor Makhamov": "kahhor-makhkamov",
            "Mikhail Gorbachev": "mikhail-gorbachev",
            "Qadriddin Aslonov": "kadriddin-aslonov",
            "Aslonov": "kadriddin-aslonov",
            "Rahmon Nabiev": "rahmon-nabiyev",
        },
        ["Tajik", "Soviet Union", "Soviet", "Tajikistan"],
        optional_at=["Rahmon in 2007"],
    ),
    P(
        "countryaah-1998-tajikistan#1",
        "1998-12-31",
        "Tajikistan. In February, President Imomali Rachmonov appointed five members of the opposition to ministers, and in March, the united opposition was appointed UTO\u2019s second leader Chadzji Akhbar Turadzjonzoda as first deputy prime minister. It was in line with the 1997 peace treaty, which had ended five years of civil war. But despite the agreement, there were repeated fighting between government forces and armed groups during the year that refused to obey the UTO leadership. Many sacrifices were required.\n"
        "According to Countryaah, the capital of Tajikistan is Dushanbe. Three UN observers and two of their co-workers were killed in July in a raid in Tajikistan. As a result, the UNMOT observer force temporarily removed all \u201cunnecessary\u201d foreign personnel from the country.\n"
        "A prominent opposition leader, Ottachon Latifi, was assassinated in September in the capital, Dusjanbe. President Rachmonov decided that the investigation of the crime should be led by a joint government and opposition commission. In November, a military uprising broke out in northwestern Tajikistan. In a week of fierce fighting between rebels and the army, over a hundred government soldiers were killed and several hundred people wounded. The rebels were led by an ethnic Uzbek, and President Rachmonov accused Uzbekistan of participating in the coup attempt. Prisoners from the rebel forces are said to have received military training in Uzbekistan. Uzbek President Islam Karimov dismissed all charges.",
        {
            "Imomali Rachmonov": "emomali-rahmon",
            "Rachmonov": "emomali-rahmon",
            "Chadzji Akhbar Turadzjonzoda": "akbar-turajonzoda",
            "?Ottachon Latifi": "otakhon-latifi",
            "Islam Karimov": "islam-karimov",
        },
        ["Tajikistan", "Dushanbe", "Uzbekistan", "Uzbek"],
        extra=[("Dusjanbe", "K", "TJK", "capital", False, None)],
        optional_at=["Uzbek, and"],
    ),
    P(
        "kazinform-2018-mirziyoyev#1",
        "2018-03-15",
        "ASTANA. KAZINFORM - President Nursultan Nazarbayev of Kazakhstan held a bilateral meeting with his Uzbek counterpart Shavkat Mirziyoyev in Astana.\n"
        "The bilateral meeting in the Akorda presidential residence was held ahead of the working (consultative) meeting with the heads of the Central Asian states.\n"
        "At the onset of the meeting, Nursultan Nazarbayev praised the outcomes of the first year of President Mirziyoyev's presidency.\n"
        '"Over the year, you have done tremendous work: you have established relations with neighbors, solved the problems of mutual trade," the Kazakh leader noted.\n'
        "President Nazarbayev reminded that it was Shavkat Mirziyoyev who came up with the idea to hold the working meeting of the heads of the Central Asian states.\n"
        'He continued by stressing the meeting was organized for purely economic reasons. "We want to solve the economic problems in trade, communications, and transport," he said.\n'
        'In turn, Shavkat Mirziyoyev welcomed \u2018unbelievable increase\' in bilateral trade between Uzbekistan and Kazakhstan. He said, "This year it may reach up to $3 billion. But initially we hoped it would reach the mark of $5 billion."\n'
        "He also thanked the Kazakh side for supporting Uzbekistan's initiative to hold the consultative meeting and organizing it in a short span of time.\n"
        "Nursultan Nazarbayev, in turn, added that the March 15 meeting \u2018is only the beginning' and that there proposals to convene CA meetings on Afghanistan and the problem of the Aral Sea.",
        {
            "Nursultan Nazarbayev": "nursultan-nazarbayev",
            "Nazarbayev": "nursultan-nazarbayev",
            "Shavkat Mirziyoyev": "shavkat-mirziyoyev",
            "Mirziyoyev": "shavkat-mirziyoyev",
        },
        ["ASTANA", "Kazakhstan", "Uzbek", "Astana", "Akorda", "Kazakh", "Uzbekistan", "Afghanistan"],
    ),
    P(
        "kazinform-2019-tokayev#1",
        "2019-12-30",
        "NUR-SULTAN. KAZINFORM \u2013 President of Kazakhstan Kassym-Jomart Tokayev and his Uzbek counterpart Shavkat Mirziyoyev held telephone talks, Kazinform has learnt from the Akorda\u2019s press service.\n"
        "During the talks the heads of state commended high dynamics of bilateral ties and discussed further strengthening of cooperation.\n"
        "The talks further focused on the implementation of the agreements reached following the results of President Tokayev\u2019s state visit to Uzbekistan on April 14-15.\n"
        "The sides also touched upon successful holding of the Year of Kazakhstan in Uzbekistan which stepped up cooperation in the sphere of culture, arts, science, and education.\n"
        "The President of Kazakhstan extended his congratulations to Shavkat Mirziyoyev on the occasion of the upcoming New Year and wished him further success in the state activities and to the fraternal people of Uzbekistan \u2013 wellbeing and prosperity.",
        {
            "Kassym-Jomart Tokayev": "kassym-jomart-tokayev",
            "Tokayev": "kassym-jomart-tokayev",
            "Shavkat Mirziyoyev": "shavkat-mirziyoyev",
        },
        ["NUR-SULTAN", "Kazakhstan", "Uzbek", "Akorda", "Uzbekistan"],
    ),
    P(
        "rferl-2023-ots#1",
        "2023-11-03",
        'ASTANA -- Kazakh President Qasym-Zhomart Toqaev hosted the 10th summit of the Organization of Turkic States in Astana on November 3, hailing the strengthened unity of the "brotherly nations" as he welcomed the leaders of Azerbaijan, Kyrgyzstan, Turkey, and Uzbekistan.\n'
        "The Kazakh presidential press service said Toqaev discussed cooperation and integration of the group's members with Presidents Ilham Aliyev of Azerbaijan, Sadyr Japarov of Kyrgyzstan, Recep Tayyip Erdogan of Turkey, and Shavkat Mirziyoev of Uzbekistan.\n"
        "Hungarian Prime Minister Viktor Orban and the former president of Turkmenistan, Gurbanguly Berdymukhammedov, also attended the summit, which ended with the signing of several documents, including a joint declaration on cooperation between the group's members and a road map on implementation of the transportation communication for 2023-27.\n"
        "Greeting his counterparts, Toqaev congratulated Erdogan on the centennial anniversary of the establishment of the Republic of Turkey marked on October 29.\n"
        "Toqaev also congratulated Aliyev for what he called \"strengthening Azerbaijan's statehood...in accordance with the UN Charter and the UN Security Council's resolution,\" an apparent reference to Baku taking full control of the disputed Nagorno-Karabakh region in September.\n"
        '"We have followed the will of our ancestors and strengthened the unity of the brotherly nations. Our goal now is to preserve our unity based on mutual trust and brotherhood and passed it over to the generations to come.... The widening of the cooperation between the Turkic nations is now our common goal," Toqaev said.\n'
        "Toqaev held separate talks with Erdogan and Berdymukhammedov on November 3. A day earlier, he and Orban discussed bilateral ties.\n"
        "The Organization of Turkic States, formerly known as the Turkic Council, was established in October 2009 with Azerbaijan, Kazakhstan, Kyrgyzstan, and Turkey as founding members. Uzbekistan joined in September 2019.",
        {
            "Qasym-Zhomart Toqaev": "kassym-jomart-tokayev",
            "Toqaev": "kassym-jomart-tokayev",
            "Ilham Aliyev": "ilham-aliyev",
            "Aliyev": "ilham-aliyev",
            "Sadyr Japarov": "sadyr-japarov",
            "Recep Tayyip Erdogan": "recep-tayyip-erdogan",
            "Erdogan": "recep-tayyip-erdogan",
            "Shavkat Mirziyoev": "shavkat-mirziyoyev",
            "Viktor Orban": "viktor-orban",
            "Orban": "viktor-orban",
            "Gurbanguly Berdymukhammedov": "gurbanguly-berdimuhamedow",
            "Berdymukhammedov": "gurbanguly-berdimuhamedow",
        },
        [
            "ASTANA",
            "Kazakh",
            "Astana",
            "Azerbaijan",
            "Kyrgyzstan",
            "Turkey",
            "Uzbekistan",
            "Hungarian",
            "Turkmenistan",
            "Republic of Turkey",
            "Baku",
            "Kazakhstan",
        ],
    ),
    P(
        "ap-2021-zhaparov#1",
        "2021-02-24",
        "MOSCOW \u2014 Russian President Vladimir Putin on Wednesday hosted the newly elected president of Kyrgyzstan, voicing hope for political stability in the Central Asian nation that recently saw a violent change of government for the third time in 15 years.\n"
        "Sadyr Zhaparov won 79% in Kyrgyzstan\u2019s Jan. 10 presidential vote, a victory that came just over three months after he was freed from jail by crowds of protesters.\n"
        "Speaking at the start of their Kremlin talks, Putin voiced hope that the constitutional changes spearheaded by Zhaparov will help \u201cnormalize the domestic political situation.\u201d\n"
        "The Russian leader also promised that Russia would help Kyrgyzstan counter the coronavirus outbreak. Kyrgyz authorities have approved the Russian-designed Sputnik V vaccine and the country\u2019s immunization effort is to start shortly.\n"
        "Kyrgyzstan, a member of Russia-dominated economic and security alliances, hosts a Russian air base and depends on Moscow\u2019s economic support. It formerly was the site of a U.S. air base that served as a key transport hub for the war in Afghanistan.\n"
        "Zhaparov, 52, assured Putin that membership in the Russia-led alliances remains the \u201cpolitical and economic priority\u201d for his country.\n"
        "Zhaparov was serving an 11 1/2-year sentence on charges of abducting a regional governor amid a dispute over a gold mine when he was freed by demonstrators who contested the results of October\u2019s parliamentary election.\n"
        "Immediately after his release, Zhaparov mobilized stone-hurling supporters to evict President Sooronbai Jeenbekov from office. He then mounted a quick election campaign, far outspending his rivals.\n"
        "The unrest marked the third time in 15 years that a leader of the nation of 6.5 million on the border with China was forced out by a popular uprising.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
            "Sadyr Zhaparov": "sadyr-japarov",
            "Zhaparov": "sadyr-japarov",
            "Sooronbai Jeenbekov": "sooronbay-jeenbekov",
        },
        ["MOSCOW", "Russian", "Kyrgyzstan", "Kremlin", "Russia", "Kyrgyz", "Moscow", "U.S.", "Afghanistan", "China"],
    ),
    P(
        "asianews-2021-zhaparov#1",
        "2021-01-12",
        'Elected with almost 80% of the votes, he is considered an unjustly accused political prisoner. On his release from prison, he became prime minister and then acted as president. Some call him "the Kyrgyz Trump". A referendum has decreed that Kyrgyzstan becomes a presidential republic. Parliamentary elections also in Kazakhstan, with an obvious victory for the Nur Otan party, the former president - but perennial leader - Nursultan Nazarbaev.\n'
        "Moscow (AsiaNews) - Sadyr \u017daparov, 52, won the January 10 presidential elections. For the electoral committee, he got almost 80% of the votes. In second place was Adakhan Madumarov with almost 7%, and Babyrzhan Tolbaev with 2.3%.\n"
        "Voter turnout was set at just under 40%, the lowest in the entire post-Soviet period. However, as no quorum is set for the presidential elections, the election was declared valid, despite protests from opponents who denounce fraud. Russian President Vladimir Putin has already congratulated \u017daparov.\n"
        "The newly elected president is the sixth since the country\u2019s independence (1991).",
        {
            "?Trump": "donald-trump",
            "Nursultan Nazarbaev": "nursultan-nazarbayev",
            "Sadyr \u017daparov": "sadyr-japarov",
            "\u017daparov": "sadyr-japarov",
            "?Adakhan Madumarov": "adakhan-madumarov",
            "?Babyrzhan Tolbaev": "babyrzhan-tolbaev",
            "Vladimir Putin": "vladimir-putin",
        },
        ["Kyrgyz", "Kyrgyzstan", "Kazakhstan", "Moscow", "Soviet", "Russian"],
    ),
    P(
        "niac-2025-pezeshkian#1",
        "2025-04-28",
        "Masoud Pezeshkian, President of Iran, arrived in Baku on an official visit where he was formally welcomed by Azerbaijani President Ilham Aliyev at the Zagulba Palace. Following the welcoming ceremony, bilateral talks between the two presidents and their accompanying delegations began immediately.\n"
        "Iranian state television broadcast parts of Pezeshkian\u2019s remarks during the meeting, where he referred to Iran as a \u201cfriend of Azerbaijan\u201d and conveyed the greetings of Supreme Leader Ali Khamenei to President Aliyev. This visit marks the first trip by an Iranian president to Azerbaijan in nearly six years. Pezeshkian\u2019s agenda includes meetings with senior Azerbaijani officials, the signing of cooperation agreements, participation in a bilateral business forum, meetings with Iranian expatriates, and discussions with Iranian traders and border governors.\n"
        "Before departing Tehran, Pezeshkian emphasized the depth of Iran-Azerbaijan ties, stating, \u201cOur relationship with Azerbaijan is rooted in historical, cultural, and social connections that must be further strengthened.\u201d Relations between Iran and Azerbaijan have been fragile in recent years, particularly due to Azerbaijan\u2019s close ties with Israel \u2014 a key source of tension between the two neighbors.\n"
        "According to Mehdi Sanaei, the Iranian president\u2019s political advisor, the visit to Baku was scheduled as a \u201ccompressed one-day trip\u201d because Pezeshkian remains closely involved in overseeing the aftermath of the Shahid Rajaee Port explosion. Sanaei described the trip as \u201ca new beginning\u201d in bilateral relations, a sentiment echoed by Iran\u2019s state news agency IRNA, which called the visit part of the ongoing process to restore ties.\n"
        "Meanwhile, Foreign Ministry spokesperson Esmail Baghaei stated that preparations for this visit had been underway for a long time, despite recent tensions.",
        {
            "Masoud Pezeshkian": "masoud-pezeshkian",
            "Pezeshkian": "masoud-pezeshkian",
            "Ilham Aliyev": "ilham-aliyev",
            "Aliyev": "ilham-aliyev",
            "Ali Khamenei": "ali-khamenei",
            "?Mehdi Sanaei": "mehdi-sanaei",
            "?Sanaei": "mehdi-sanaei",
            "?Esmail Baghaei": "esmaeil-baghaei",
        },
        ["Iran", "Baku", "Azerbaijani", "Iranian", "Azerbaijan", "Tehran", "Israel"],
        optional_at=["Iranian expatriates"],
    ),
    P(
        "mehrnews-2025-pezeshkian#1",
        "2025-04-28",
        "Speaking at his weekly presser on Monday morning, Foreign Ministry Spokesperson Esmaeil Baghaei spoke about President Pezeshkian's visit to Baku.\n"
        'The President\'s visit to the Republic of Azerbaijan is very important, and preparations for this visit have taken months, Baghaei told reporters, adding, "This visit could open a new chapter between the two countries."\n'
        '"Our relationship with Azerbaijan is very important," Baghaei said.\n'
        '"Stability and security in the South Caucasus are important to us," Baghaeui said.\n'
        "This trip is important for Iran both on a bilateral level, the Iranian diplomat said, adding that Iran and Azerbaijan enjoy historical, cultural, and religious ties.\n"
        "President Masoud Pezeshkian arrives in Baku on Monday to hold talks and meetings with Azeri officials.\n"
        "The official welcoming ceremony of the President of the Republic of Azerbaijan for Pezheshkian will take place in the Zagulba Palace.\n"
        "Iran's Foreign Minister Abbas Araghchi accompanies Pezeshkian on this official visit.\n"
        '"The purpose of my trip was an official invitation from a neighboring country, and I am also interested in this trip," Pezeshkian said before his departure.',
        {
            "?Esmaeil Baghaei": "esmaeil-baghaei",
            "?Baghaei": "esmaeil-baghaei",
            "?Baghaeui": "esmaeil-baghaei",
            "Masoud Pezeshkian": "masoud-pezeshkian",
            "Pezeshkian": "masoud-pezeshkian",
            "Pezheshkian": "masoud-pezeshkian",
            "Abbas Araghchi": "abbas-araghchi",
        },
        ["Baku", "Republic of Azerbaijan", "Azerbaijan", "Iran", "Iranian", "Azeri"],
    ),
    P(
        "aliyev-heritage-2001-shevardnadze#1",
        "2001-09-29",
        'The statement of the Azerbaijan President Heydar Aliyev at ceremony of signing the agreement between Azerbaijan and Georgia on transportation of natural gas to be extracted from the deposit "Shahdeniz" via Baku-Tbilisi-Erzurum route. September 29, 2001\n'
        "Dear President Mister Edward Shevardnadze!\n"
        "Dear guests!\n"
        "Ladies and gentlemen!\n"
        "We have signed the documents to sum up the official visit of the President of Georgia His Excellency Mr. Edward Shevardnadze to Azerbaijan. Today we have held a fruitful meeting. The meeting was conducted confidentially between the Presidents of Georgia and Azerbaijan. Meetings and negotiations have been conducted between delegations of Georgia and Azerbaijan. And all of them have passed in a spirit of friendship, mutual understanding and in an atmosphere of a brotherhood. These documents are of great value.\n"
        'The document on the Southern-Caucasian gas pipeline, i.e. on transportation of the Azerbaijan gas extracted from deposit "Shahdeniz" to Turkey through Georgia on the Baku-Tbilisi-Erzurum gas pipeline, is an important component of oil strategy, the oil doctrine carried out by Azerbaijan together with Georgia and Turkey since 1994. Naturally, the basis of this oil strategy of Azerbaijan was "the Contract of the Century", signed in September, 1994 between the Azerbaijan Oil Company and the largest oil companies of the United States of America, Great Britain, France, Norway, Russia and other countries.',
        {"Heydar Aliyev": "heydar-aliyev", "Edward Shevardnadze": "eduard-shevardnadze"},
        [
            "Azerbaijan",
            "Georgia",
            "Baku",
            "Tbilisi",
            "Turkey",
            "United States of America",
            "Great Britain",
            "France",
            "Norway",
            "Russia",
        ],
    ),
    P(
        "rferl-1998-kocharian#1",
        "1998-02-04",
        "Yerevan, 4 February 1998 (RFE/RL) -- Robert Kocharian, Armenia's prime minister, today assumed the post of acting president after Parliament overwhelmingly voted to accept yesterday's resignation of President Levon Ter-Petrosyan. Ter Petrosyan resigned after bowing to demands by his opponents, led by Kocharian.\n"
        "Kocharian assumed presidential powers after Parliament Chairman Babken Ararktsian stepped down as president after briefly holding office. Ararktsian assumed the office, as required by the Constitution, but resigned because his party, the Armenian Pan-National Movement (HHSh), lost its majority as dozens of its deputies defected to a rival faction which supports Kocharian.\n"
        "The Constitution provides for early presidential elections within 40 days after the president's resignation.\n"
        "Kocharian, backed up by key ministers, has been at odds with Ter-Petrosyan over the Nagorno-Karabakh dispute. Ter-Petrosyan was criticized by opponents for what they saw as his conciliatory stand, and making too many concessions to Azerbaijan.\n"
        "Kocharian was president of the self-proclaimed Nagorno-Karabakh republic from 1992-to-1996 and led the disputed enclave's ethnic Armenian forces to decisive victories against Azerbaijan.\n"
        "Kocharian was appointed Armenia's prime minister by Ter-Petrosyan in March, 1997.\n"
        "The 53-year-old Ter-Petrosyan announced he was stepping down yesterday in a nationwide television broadcast. Ter-Petrosyan said his resignation represents a defeat for the parties of peace but that peace will eventually prevail.\n"
        "The U.S. State Department, meanwhile, is calling for strict adherence to constitutional and democratic norms in Armenia. A spokeswoman said the U.S. hopes the political crisis will not halt the OSCE's peace talks on Nagorno-Karabakh.",
        {
            "Robert Kocharian": "robert-kocharyan",
            "Kocharian": "robert-kocharyan",
            "Levon Ter-Petrosyan": "levon-ter-petrosyan",
            "Ter-Petrosyan": "levon-ter-petrosyan",
            "Ter Petrosyan": "levon-ter-petrosyan",
            "Babken Ararktsian": "babken-ararktsyan",
            "Ararktsian": "babken-ararktsyan",
        },
        ["Yerevan", "Armenia", "Armenian", "Azerbaijan", "U.S."],
        optional_at=["Armenian forces"],
    ),
    P(
        "ap-1998-ter-petrosian#1",
        "1998-02-03",
        "YEREVAN, Armenia (AP) \u2014 Armenia\u2019s president resigned Tuesday, saying he could no longer govern his divided country and had decided to quit before he was overthrown.\n"
        "Levon Ter-Petrosian\u2019s resignation followed the mass defections of members of his party in parliament. New presidential elections are expected in 40 days.\n"
        "Politics in Armenia has been dominated by disputes over the ethnic enclave of Nagorno-Karabakh, but Ter-Petrosian said that was \u201conly a pretex\u201d for political infighting in the former Soviet republic.\n"
        "Ter-Petrosian, a dissident during Soviet times, was elected president in 1991 in Armenia\u2019s first presidential election. He was re-elected by a narrow majority to a second term in September 1996, which sparked opposition demonstrations in the capital, Yerevan.\n"
        "Ter-Petrosian\u2019s coalition in parliament lost 42 of 96 deputies on Monday in a mutiny to the opposition. Foreign Minister Alexander Arzumanian has also resigned.\n"
        "The opposition coalition is led by Defense Minister Vazgen Sarkisian, who supports immediate independence for Nagorno-Karabakh, a mostly Armenian enclave of Azerbaijan. Ter-Petrosian has supported a gradual approach to resolving the dispute. Arzumanian shared this viewpoint.\n"
        "Nagorno-Karabakh declared independence in 1988. After several years of fighting, the Karabakh rebels drove Azerbaijani armed forces out of the mountainous enclave and seized a large swath of land in Azerbaijan proper.",
        {
            "Levon Ter-Petrosian": "levon-ter-petrosyan",
            "Ter-Petrosian": "levon-ter-petrosyan",
            "Alexander Arzumanian": "alexander-arzoumanian",
            "Arzumanian": "alexander-arzoumanian",
            "Vazgen Sarkisian": "vazgen-sargsyan",
        },
        ["YEREVAN", "Armenia", "Soviet", "Yerevan", "Azerbaijan", "Azerbaijani"],
        extra=[("Armenian", "D", "ARM", "demonym", True, None)],
    ),
    P(
        "jamestown-1998-armenia#1",
        "1998-02-04",
        "President Levon Ter-Petrosian announced on national television last night that he is resigning his office. According to the constitution, the Chairman of Parliament \u2014 currently Babken Ararktsian \u2014 is next in line to fill the vacant post of president. The Prime Minister \u2014 currently Robert Kocharian \u2014 shall step in if the parliament chairman is unable to do so. The constitution requires that a presidential election be held within forty days of an incumbent\u2019s resignation.\n"
        'Ter-Petrosian told the country that "the known bodies of power [i.e. the Defense Ministry and the Interior and Security Ministry] have demanded my resignation;" and that he "complied in order to avoid further destabilization of the situation." Ter-Petrosian warned that the country may be entering a dangerous period, but "the alternative [a decision by him to stay on] would have been more dangerous to the state." The president\u2019s resignation is the outcome \u2014 though not yet necessarily the climax \u2014 of his differences with large segments of the government and body politic over how to resolve the Karabakh conflict. Ter-Petrosian advocated acceptance of the OSCE\u2019s compromise proposals, which his rivals rejected.\n'
        "As anticipated in the Monitor (most recently in the February 3 issue), a political bandwagon effect has developed in favor of the president\u2019s opponents. Prime Minister Robert Kocharian, Defense Minister Vazgen Sarkisian and Interior and Security Minister Serge Sarkisian openly defied the president and were able to trigger a stampede in both government and parliament away from both Ter-Petrosian and the leader of the ruling Armenian Pan-National Movement, Vano Siradeghian. Yesterday saw the resignations of several more ministers and other officials, including the National Bank chairman. Eight out of eleven provincial governors also left the APNM yesterday.",
        {
            "Levon Ter-Petrosian": "levon-ter-petrosyan",
            "Ter-Petrosian": "levon-ter-petrosyan",
            "Babken Ararktsian": "babken-ararktsyan",
            "Robert Kocharian": "robert-kocharyan",
            "Vazgen Sarkisian": "vazgen-sargsyan",
            "Serge Sarkisian": "serzh-sargsyan",
            "Vano Siradeghian": "vano-siradeghyan",
        },
        ["Armenian"],
    ),
    P(
        "timesca-2016-mirziyaev#1",
        "2016-09-08",
        "TASHKENT (TCA) \u2014 Uzbek news agencies report that Uzbekistan's parliament has appointed Prime Minister Shavkat Mirziyaev as the country\u2019s interim president after the death of longtime President Islam Karimov.\n"
        "Both houses of the Uzbek parliament made the decision at a joint session on September 8.\n"
        "According to Uzbekistan\u2019s Constitution, the head of the upper house of parliament, the Senate, would assume presidential authority for a period of three months if the president dies or is unable to perform duties. But the Senate Chairman, Nigmatulla Yuldashev, had refused to accept interim presidency.\n"
        "The presidential election would be held during the nearest three months.\n"
        "Shavkat Mirziyaev, 59, graduated from the Tashkent Institute of Irrigation and Mechanization of Agriculture. He served as head of administration of the Mirzo-Ulugbek district of Tashkent.\n"
        "Mirziyaev has been Uzbekistan\u2019s prime minister since 2003, making him the longest serving prime minister in Uzbekistan's 25-year history as an independent country. Prior to that post, he was the governor of the Samarkand Province (2001-2003) and the Jizzakh Province (1996-2001).\n"
        "Islam Karimov, who had ruled Uzbekistan with an iron fist since 1989, died from a stroke at the age of 78. He was buried in his home city of Samarkand on September 3, a day after the Uzbek government officially announced his death.",
        {
            "Shavkat Mirziyaev": "shavkat-mirziyoyev",
            "Mirziyaev": "shavkat-mirziyoyev",
            "Islam Karimov": "islam-karimov",
            "Nigmatulla Yuldashev": "nigmatilla-yuldashev",
        },
        ["TASHKENT", "Uzbek", "Uzbekistan", "Tashkent"],
    ),
    P(
        "upi-2016-mirziyoev#1",
        "2016-09-08",
        "TASHKENT , Uzbekistan, Sept. 8 (UPI) \u2014 Shavkat Mirziyoev, Uzbekistan\u2019s prime minister, was named acting president Thursday after the death of longtime President Islam Karimov.\n"
        "The announcement was made by the country\u2019s parliament, the Supreme Assembly. It noted the appointment contravened Uzbekistan\u2019s constitution by not appointing Senate Speaker Nigmatullah Yuldashev, first in line for succession.\n"
        "\u201cIn the course of the meeting [of parliamentary members]\u2026Mr. Yuldashev himself suggested that it would be expedient to temporarily appoint Prime Minister S. Mirziyoev as acting president given his many years of experience,\u201d the statement from the parliament said.\n"
        "A presidential election is to be scheduled within three months. Analysts have said security forces chief Rustam Inoyatov and Finance Minister Rustam Azimov could challenge Mirziyoev in an election, the Wall Street Journal reported.\n"
        "Mirziyoev, 58, became prime minister in 2003, and succeeds Karimov, a hardline and authoritarian leader who presided over the Central Asian country for 26 years before his death, at 78, on September 2. Mirziyoev presided over plans for Karimov\u2019s funeral, and met Russian President Vladimir Putin last week when Putin visited Samarkand, Karimov\u2019s hometown and place of burial, to offer condolences.",
        {
            "Shavkat Mirziyoev": "shavkat-mirziyoyev",
            "S. Mirziyoev": "shavkat-mirziyoyev",
            "Mirziyoev": "shavkat-mirziyoyev",
            "Islam Karimov": "islam-karimov",
            "Karimov": "islam-karimov",
            "Nigmatullah Yuldashev": "nigmatilla-yuldashev",
            "Yuldashev": "nigmatilla-yuldashev",
            "Rustam Inoyatov": "rustam-inoyatov",
            "Rustam Azimov": "rustam-azimov",
            "Vladimir Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
        },
        ["TASHKENT", "Uzbekistan", "Russian"],
    ),
    P(
        "osw-2016-karimov#1",
        "2016-09-09",
        "On 2 September (although unofficial reports cited 29 August as the date), the President of Uzbekistan, Islam Karimov died in Tashkent. Formally, the President\u2019s duties are currently being carried out by the leader of the Senate, Nigmatilla Yuldashew (although he has not been sworn in as head of state), and elections to the post of president are to be held over the next three months. Due to the undemocratic nature of the system in Uzbekistan, the successor to Karimov will be decided by an informal fight for the leadership, and not the result of the election. Currently, the most likely successor seems to be the ruling Prime Minister, Shavgat Mirziyayev, who among other indications headed the funeral committee, received the foreign delegations who attended Karimov\u2019s funeral on 3 September, as well as the President of Russia, Vladimir Putin, during his surprise visit to Samarkand on 6 September.",
        {
            "Islam Karimov": "islam-karimov",
            "Karimov": "islam-karimov",
            "Nigmatilla Yuldashew": "nigmatilla-yuldashev",
            "Shavgat Mirziyayev": "shavkat-mirziyoyev",
            "Vladimir Putin": "vladimir-putin",
        },
        ["Uzbekistan", "Tashkent", "Russia"],
    ),
    P(
        "csmonitor-2010-otunbayeva#1",
        "2010-04-08",
        "Kyrgyzstan President Kurmanbek Bakiyev appeared to confirm Thursday he had lost control of the country's armed forces as former ally Roza Otunbayeva took charge of a provisional Kyrgyz government.\n"
        "Post-Soviet Kyrgyzstan, home to America's key Manas airbase, is in turmoil and possibly on the brink of civil war after a group of political insiders, riding a popular rebellion, seized power in the capital Bishkek. Kyrgyz President Kurmanbek Bakiyev, who came to power following a similar revolt five years ago, has reportedly fled to his home town of Osh, in the country's south, where he is said to be mobilizing his supporters.\n"
        "What comes next is uncertain. Roza Otunbayeva, a one-time ally of Bakiyev and former foreign minister, has declared a provisional government. But there are regional dimensions to the crisis that could influence how events unfold; Bakiyev, a southerner, was ousted by protests largely in the north of the country. There are also questions about what political accommodations can be made among the elite and what economic concessions, if any, can be made to mollify the furious Kyrgyz public.\n"
        'Bakiyev, for his part, has remained defiant. "I did not and will not lay down my duties," Russia\'s Ria-Novosti news agency quoted Bakiyev as saying in a statement.',
        {
            "Kurmanbek Bakiyev": "kurmanbek-bakiyev",
            "Bakiyev": "kurmanbek-bakiyev",
            "Roza Otunbayeva": "roza-otunbayeva",
        },
        ["Kyrgyzstan", "Kyrgyz", "Soviet", "America", "Bishkek", "Russia"],
    ),
    P(
        "newsdawn-2010-kyrgyzstan#1",
        "2010-04-10",
        "After the announcement 8 April of the formation of an interim government led by former Foreign Minister Roza Otunbayeva, President Kurmanbek Bakiyev reemerged with a number of statements from his apparent refuge in southern Kyrgyzstan, speaking of a 'coup' and an 'armed takeover,' and hinting at 'foreign' assistance but refusing to name the suspected instigator. Otunbayeva also gave an interview to Russian radio in which she spoke of 'significant support' from Russia and said 'balanced' decisions would be taken about foreign military bases.\n"
        "Result of Protests and Violence\n"
        "Kyrgyzstan's Prime Minister Daniyar Usenov and his cabinet resigned on 7 April amid widespread protests and violence, according to an opposition leader cited on the same day by privately-owned Russian Interfax news agency. The opposition was quick to form an interim government, even as firearms were being handed out to large groups, opposition leader Omurbek Tekebayev said. The new 14-member government is led by former foreign minister Roza Otunbayeva.\n"
        "On 8 April state-owned Kyrgyz Television 1, now under the control of the opposition movement, broadcast an announcement from Roza Otunbayeva, former foreign minister and 'chairperson of the interim government.' Otunbayeva read out a decree that included the following developments:\n"
        "1. The interim government is 'temporarily' claiming the powers of the Kyrgyz president and government.\n"
        "2. The Kyrgyz Constitution remains otherwise in force.\n"
        "3. Parliament has been dissolved.\n"
        "4. The Central Electoral Commission has been suspended.\n"
        "Key Figures in Interim Government\n"
        "Otunbayeva went on to list a minicabinet of four key figures in the interim government, saying 'I have four key deputies.' They are the first deputy head of the interim government, Almaz Atambayev. He is in charge of all economic issues. Temir Sariyev is in charge of finances and loans.",
        {
            "Roza Otunbayeva": "roza-otunbayeva",
            "Otunbayeva": "roza-otunbayeva",
            "Kurmanbek Bakiyev": "kurmanbek-bakiyev",
            "Daniyar Usenov": "daniyar-usenov",
            "Omurbek Tekebayev": "omurbek-tekebayev",
            "Almaz Atambayev": "almazbek-atambayev",
            "Temir Sariyev": "temir-sariyev",
        },
        ["Kyrgyzstan", "Russian", "Russia", "Kyrgyz"],
    ),
    P(
        "voa-2005-akayev#1",
        "2005-03-26",
        "Russian President Vladimir Putin has reportedly offered his help to the new Kyrgyz leadership. Meanwhile, reports in Moscow say that ousted Kyrgyz President Askar Akayev has taken refuge in Russia.\n"
        "Kyrgyzstan's interim leader, Kurmanbek Bakiyev, says he spoke to the Russian leader on the phone, and was offered help.\n"
        "Mr. Bakiyev says the Russian president expressed interest in what was happening in Kyrgyzstan, and asked if any help from Russia was needed to stabilize the situation. Mr. Bakiyev said he was grateful to the Russian leader for showing concern and extending the hand of friendship to Kyrgyzstan's new leadership.\n"
        "Speaking in Yerevan, Armenia, on Friday, Vladimir Putin said the opposition leaders in Kyrgyzstan who have formed an interim government were known well in Russia, as they have worked in Kyrgyzstan's government in the past, and have contributed to developing relations between Moscow and Bishkek. He said Russia was ready to do everything to further develop the relations between the two nations.\n"
        "Mr. Putin also said that the change of power in the central Asian nation was a result of weak leadership and multiple social and economic problems.",
        {
            "Vladimir Putin": "vladimir-putin",
            "Putin": "vladimir-putin",
            "Askar Akayev": "askar-akayev",
            "Kurmanbek Bakiyev": "kurmanbek-bakiyev",
            "Bakiyev": "kurmanbek-bakiyev",
        },
        ["Russian", "Kyrgyz", "Moscow", "Russia", "Kyrgyzstan", "Yerevan", "Armenia", "Bishkek"],
    ),
    P(
        "chinadaily-2005-akayev#1",
        "2005-03-25",
        "Kyrgyz President Askar Akayev, whose 15-year-rule is being questioned amid weeklong protests over a parliamentary election, has long been considered the most liberal leader in post-Soviet Central Asia.\n"
        "Compared with the authoritarian Soviet apparatchiks that assumed power in other republics in Central Asia, the 60-year-old Akaeyv was considered a gentle intellectual with his higher education degree in physics and knowledge of classical music and painting.\n"
        "He made his way into the Kyrgyz Communist party's central committee in 1986 as the head of the scientific department, before he was elected three years later president of the republic's academy of sciences.\n"
        "In October 1990 the soft-spoken, ever-smiling Akayev became the leader of this small mountainous impoverished nation when the national parliament elected him president.\n"
        "Akayev promised to encourage foreign investment in the landlocked nation of five million -- where livestock outnumber people two to one -- that is sandwiched between Kazakhstan, China, Uzbekistan and Tajikistan.\n"
        "He was the first leader in the former Soviet Union to leave the ruble zone and launch a national currency, and in 1998 became the first to allow private land ownership.\n"
        "But Kyrgyzstan, where 55 percent of the labor force is in agriculture, remained an impoverished state, more some 50 percent of people living below the poverty line. Many of these live in the nation's southwest that is now engulfed in protests.\n"
        "Although he quickly agreed to host an American military base, which Washington used for attacks on the hardline Taliban regime in nearby Afghanistan following the September 11 attacks, Akayev conserved friendly relations with Russia.\n"
        "Unlike in other Central Asian states, Russian was reinstated as an official language in December 2001.",
        {"Askar Akayev": "askar-akayev", "Akayev": "askar-akayev", "Akaeyv": "askar-akayev"},
        [
            "Kyrgyz",
            "Soviet",
            "Soviet Union",
            "Kazakhstan",
            "China",
            "Uzbekistan",
            "Tajikistan",
            "Kyrgyzstan",
            "American",
            "Washington",
            "Afghanistan",
            "Russia",
        ],
        extra=[("Russian", "D", "RUS", "demonym", True, None)],
    ),
    P(
        "pia-2025-washington#1",
        "2025-08-08",
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan, in the presence of Donald Trump, signed an agreement to end hostilities. The ceremony took place on Friday, August 8, at the White House, where a summit of leaders was being held.\n"
        "\u201cThis is a long time \u2014 they fought for 35 years, and now they are friends. And they will be friends for a long time,\u201d Trump noted, adding that it was \u201ca great honor to welcome everyone to the White House for this historic peace summit between Armenia and Azerbaijan.\u201d \u201cArmenia and Azerbaijan pledge to permanently end all hostilities, establish trade, tourism, and diplomatic relations, and respect each other\u2019s sovereignty and territorial integrity,\u201d the head of the White House stressed.\n"
        "He also added that he was lifting restrictions on military cooperation with Azerbaijan. The document joined a growing list of initiatives that, according to Trump himself, should earn him the Nobel Peace Prize.\n"
        "Aliyev Does Not Rule Out Joint Appeal to the Nobel Committee\n"
        "\u201cMany leaders tried to end the war, but without success \u2014 until \u2018TRUMP\u2019 appeared,\u201d he wrote on the social network Truth Social.\n"
        "Aliyev did not rule out a joint appeal. \u201cIt is possible that we will agree with Prime Minister Pashinyan to send a joint appeal to the Nobel Committee to award President Trump the Nobel Peace Prize,\u201d he stressed.\n"
        "Pashinyan supported him: \u201cI believe that President Trump deserves the Nobel Peace Prize, and we will defend and promote this position.\u201d\n"
        "The signing of the agreement was accompanied by calls to develop the so-called \u201cTrump Route for International Peace and Prosperity\u201d (TRIPP) in the South Caucasus.\n"
        "The new trade route is expected to pass through the territory of Armenia, with its sovereignty and territorial integrity preserved. The new corridor will connect Azerbaijan with its exclave, Nakhchivan, and extend to the border with Turkey.",
        {
            "Ilham Aliyev": "ilham-aliyev",
            "Aliyev": "ilham-aliyev",
            "Nikol Pashinyan": "nikol-pashinyan",
            "Pashinyan": "nikol-pashinyan",
            "Donald Trump": "donald-trump",
            "Trump": "donald-trump",
            "TRUMP": "donald-trump",
        },
        ["Azerbaijani", "Armenian", "White House", "Armenia", "Azerbaijan", "Turkey"],
        optional_at=["Trump Route"],
    ),
    P(
        "nation-2019-lavrov#1",
        "2019-02-01",
        "MOSCOW - Russian Foreign Minister Sergei Lavrov will visit Kyrgyzstan, Tajikistan and Turkmenistan from Feb. 3-6, Foreign Ministry spokesperson Maria Zakharova said Thursday. On Sunday and Monday of next week, Lavrov will meet Kyrgyz President Sooronbai Jeenbekov and Foreign Minister Chyngyz Aidarbekov to discuss bilateral cooperation and prepare for Russian President Vladimir Putin\u2019s visit to Kyrgyzstan this year, Zakharova told a news briefing. Lavrov is scheduled to leave for Tajikistan later on Monday. In Tajikistan, he will have talks with President Emomali Rahmon and Foreign Minister Sirojiddin Muhriddin to prepare for a bilateral summit and high-level meetings in 2019.\n"
        "The two foreign ministers will also discuss the regional security situation and sign a program of cooperation between their departments. On Tuesday, Lavrov will start a two-day visit to Turkmenistan, where he and Turkmen President Kurbanguly Berdymukhamedov and Foreign Minister Rashid Meredov will discuss international and regional issues concerning the interests of the Caspian countries.",
        {
            "Sergei Lavrov": "sergei-lavrov",
            "Lavrov": "sergei-lavrov",
            "?Maria Zakharova": "maria-zakharova",
            "?Zakharova": "maria-zakharova",
            "Sooronbai Jeenbekov": "sooronbay-jeenbekov",
            "Chyngyz Aidarbekov": "chingiz-aidarbekov",
            "Vladimir Putin": "vladimir-putin",
            "Emomali Rahmon": "emomali-rahmon",
            "Sirojiddin Muhriddin": "sirojiddin-muhriddin",
            "Kurbanguly Berdymukhamedov": "gurbanguly-berdimuhamedow",
            "Rashid Meredov": "rashid-meredov",
        },
        ["MOSCOW", "Russian", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Kyrgyz", "Turkmen"],
    ),
    P(
        "asiaplus-2023-samarkand#1",
        "2023-04-17",
        "The sixth meeting of foreign ministers in the Central Asia + Russia format took place in the Uzbek city of Samarkand on April14.\n"
        "The meeting was chaired by Acting Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov, and attended by Russian Foreign Minister Sergei Lavrov, Tajik Foreign Minister Sirojiddin Muhriddin, Kazakh Foreign Minister Murat Nurtleu, Kyrgyz Foreign Minister Jeenbek Kulubayev and Turkmen First Deputy Foreign Minister Vepa Hajiyev.\n"
        "Media reports say the parties discussed promising areas of six\u2013party cooperation reflecting the agreements reached during the first Russia-Central Asia summit held in October 2022.\n"
        "According to News Central Asia (nCA), the meeting participants discussed cooperation between Russia and Central Asian countries in the political and diplomatic, trade and economic, energy, transport, humanitarian and migration spheres, as well as in the field of health and sanitary and epidemiological welfare of the population.",
        {
            "Bakhtiyor Saidov": "bakhtiyor-saidov",
            "Sergei Lavrov": "sergei-lavrov",
            "Sirojiddin Muhriddin": "sirojiddin-muhriddin",
            "Murat Nurtleu": "murat-nurtleu",
            "Jeenbek Kulubayev": "jeenbek-kulubaev",
            "Vepa Hajiyev": "vepa-hajiyev",
        },
        ["Russia", "Uzbek", "Uzbekistan", "Russian", "Tajik", "Kazakh", "Kyrgyz", "Turkmen"],
    ),
    P(
        "nca-2025-kallas#1",
        "2025-03-26",
        "The EU High Representative for Foreign Affairs and Security Policy/Vice-President of the European Commission, Kaja Kallas will start the regional tour of Central Asia on 27 March 2025.\n"
        "The first stop is Turkmenistan where she will chair the 20th EU-Central Asia Ministerial meeting in Ashgabat. High level delegations from Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Kazakhstan will attend the event.\n"
        "The ministerial will discuss a wide-ranging agenda including the preparations for the first EU-Central Asia Summit to be held early next month in Samarkand, and the issues related to the security, transport and digital connectivity, critical raw materials, energy and water, trade, people-to-people contacts, education and research.\n"
        "Ahead of the meeting, the HR/VP will meet bilaterally with the Foreign Ministers of Turkmenistan \u2013 Ra\u015fit Meredow -and Tajikistan \u2013 Sirojiddin Muhriddin \u2013 , as well as with the President of Turkmenistan, Serdar Berdimuhamedov.\n"
        "After the ministerial meeting, Kaja Kallas will travel to Tashkent in Uzbekistan where she will meet with Foreign Minister Bakhtiyor Saidov and President Shavkat Mirziyoyev. She will then travel onwards to Almaty, Kazakhstan where she will meet, on Friday 28 March, the Foreign Minister of Kazakhstan, Murat Nurtleu. She will also meet bilaterally with the President of Kazakhstan, Kassym-Jomart Tokayev.",
        {
            "Kaja Kallas": "kaja-kallas",
            "Ra\u015fit Meredow": "rashid-meredov",
            "Sirojiddin Muhriddin": "sirojiddin-muhriddin",
            "Serdar Berdimuhamedov": "serdar-berdimuhamedow",
            "Bakhtiyor Saidov": "bakhtiyor-saidov",
            "Shavkat Mirziyoyev": "shavkat-mirziyoyev",
            "Murat Nurtleu": "murat-nurtleu",
            "Kassym-Jomart Tokayev": "kassym-jomart-tokayev",
        },
        ["Turkmenistan", "Ashgabat", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Tashkent"],
    ),
    P(
        "interfax-2023-blinken#1",
        "2023-02-28",
        "ASTANA. Feb 28 (Interfax) - United States Secretary of State Antony Blinken has said he expects his upcoming meeting with the foreign policy chiefs of the Central Asian nations to strengthen regional ties.\n"
        "\"We're grateful to you, we're grateful to your team for bringing together Central Asian partners here in Astana today. I look forward to working with our fellow foreign ministers to really engage in even - and ever-more practical work in bringing the region together, creating greater connections, connectivity, and focusing on practical things that we can do to strengthen that work. And I think it will be to the benefit of people living throughout Central Asia, but also to the United States,\" the Kazakh presidential press service quoted Blinken as saying while meeting with President Kassym-Jomart Tokayev on Tuesday.\n"
        "\"We're committed to that engagement at the highest levels, and I'm just so pleased to be here to advance even further the cooperation that we have,\" Blinken said.\n"
        "In concluding the conversation, Tokayev asked Blinken to convey his best wishes to U.S. President Joe Biden.\n"
        "Blinken arrived in Astana for an official visit in the early hours of Tuesday. Apart from negotiations with Tokayev and Kazakh Foreign Minister Mukhtar Tileuberdi, Blinken is also to attend a C5+1 ministerial meeting with the foreign ministers of the Central Asian states (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan).",
        {
            "Antony Blinken": "antony-blinken",
            "Blinken": "antony-blinken",
            "Kassym-Jomart Tokayev": "kassym-jomart-tokayev",
            "Tokayev": "kassym-jomart-tokayev",
            "Joe Biden": "joe-biden",
            "Mukhtar Tileuberdi": "mukhtar-tileuberdi",
        },
        [
            "ASTANA",
            "United States",
            "Astana",
            "Kazakh",
            "U.S.",
            "Kazakhstan",
            "Kyrgyzstan",
            "Tajikistan",
            "Turkmenistan",
            "Uzbekistan",
        ],
    ),
    P(
        "anews-2024-fidan#1",
        "2024-09-12",
        "Turkish Foreign Minister Hakan Fidan emphasized the importance of strengthening and institutionalizing strategic cooperation between T\u00fcrkiye and Uzbekistan during a meeting with his Uzbek counterpart Bakhtiyor Saidov in Tashkent on Thursday.\n"
        'Fidan highlighted the significance of bolstering ties, not only for both countries but also for the wider Turkic world. "There is a great will from our leaders to institutionalize the cooperation and take it further," Fidan said, calling for enhanced collaboration to address modern challenges.\n'
        'The talks followed the third meeting of the T\u00fcrkiye-Uzbekistan High-Level Strategic Cooperation Council, held in Ankara in June, which Fidan described as a "historic turning point." He said the meeting resulted in important decisions aimed at advancing bilateral relations.\n'
        "Fidan is on an official visit to Uzbekistan alongside Interior Minister Ali Yerlikaya and Ibrahim Kalin, head of T\u00fcrkiye's National Intelligence Organization (MIT). The delegation is expected to discuss security issues and explore further opportunities for bilateral and multilateral cooperation.",
        {
            "Hakan Fidan": "hakan-fidan",
            "Fidan": "hakan-fidan",
            "Bakhtiyor Saidov": "bakhtiyor-saidov",
            "Ali Yerlikaya": "ali-yerlikaya",
            "Ibrahim Kalin": "ibrahim-kalin",
        },
        ["Turkish", "Türkiye", "Uzbekistan", "Uzbek", "Tashkent", "Ankara"],
    ),
    P(
        "ap-2022-serdar#1",
        "2022-03-19",
        "Son succeeds father as Turkmenistan\u2019s new president\n"
        "Serdar Berdymukhamedov, 40-year old son of Turkmenistan President Gurbanguly Berdimuhamedov, attends a meeting in Ashgabat, Turkmenistan, in Aug. 21, 2021. People of Turkmenistan cast ballots Saturday March 12, 2022, in a vote intended to lay the foundation for a political dynasty in the gas-rich Central Asian nation. President Gurbanguly Berdymukhamedov, 64, announced the vote last month, setting stage for his 40-year old son Serdar to take over. (AP Photo/Alexander Vershinin)\n"
        "ASHGABAT, Turkmenistan (AP) \u2014 The son of Turkmenistan\u2019s former president was inaugurated Saturday as the new leader of the authoritarian Central Asian country.\n"
        "Serdar Berdymukhamedov, 40, took the oath of office a week after an election in which the central elections commission said he won 73% of the vote. He had faced eight other nominal contenders, all of whom praised his father, Gurbanguly Berdymukhamedov, who became president in 2006 and established a pervasive cult of personality.\n"
        "The elder Berdymukhamedov announced his resignation last month and Serdar, who had been named to increasingly prominent government posts, most recently the Cabinet\u2019s deputy chairman, was seen as his certain successor.",
        {
            "Serdar Berdymukhamedov": "serdar-berdimuhamedow",
            "Serdar": "serdar-berdimuhamedow",
            "Gurbanguly Berdimuhamedov": "gurbanguly-berdimuhamedow",
            "Gurbanguly Berdymukhamedov": "gurbanguly-berdimuhamedow",
            "Berdymukhamedov": "gurbanguly-berdimuhamedow",
        },
        ["Turkmenistan", "Ashgabat", "ASHGABAT"],
    ),
    P(
        "rian-2009-medvedev#1",
        "2009-08-08",
        'MOSCOW, August 8 (RIA Novosti) - Russian President Dmitry Medvedev said on Saturday that his French counterpart Nicolas Sarkozy played a "big role in solving the Georgian-South Ossetian crisis," the Kremlin press service said in a statement.\n'
        'As Russia marked the anniversary of the start of hostilities between Georgia and Russia in the former Georgian republic of South Ossetia on August 8, Medvedev said in a message to the French leader that the August 12 ceasefire agreement, brokered by Sarkozy, remains the only "code of conduct" in force in the Caucasus region.\n'
        "\"France's participation as EU president in our efforts to stop [Georgian President Mikheil] Saakashvili's uncontrolled aggression was effective and achieved results,\" the statement said.\n"
        "Some 162 civilians and 67 Russian service personnel, including peacekeepers, were killed when Georgia attacked the former Georgian republic of South Ossetia last August. Russia reacted swiftly expelling Georgian troops from South Ossetia and forcing them deep into Georgia amid accusations on both sides of human right abuses.\n"
        "Medvedev also praised the role of the EU's 200-strong mission, which has been deployed along the Georgia border since last October, to observe the implementation of the ceasefire agreement.",
        {
            "Dmitry Medvedev": "dmitry-medvedev",
            "Medvedev": "dmitry-medvedev",
            "Nicolas Sarkozy": "nicolas-sarkozy",
            "Sarkozy": "nicolas-sarkozy",
            "Saakashvili": "mikheil-saakashvili",
            "?Mikheil": "mikheil-saakashvili",
        },
        ["MOSCOW", "Russian", "French", "Georgian", "Kremlin", "Russia", "Georgia", "France"],
    ),
    P(
        "rusnet-2003-aliyev#1",
        "2003-10-28",
        "President of Azerbaijan, born 1961.\n"
        'Ilham Aliyev took over as president from his father, Heydar, following elections in October 2003. Heydar Aliyev had been a candidate for re-election but deteriorating health led him to pull out of the race just a couple of weeks before the vote in favour of his son whom he described as his "political successor". Mr Aliyev, former prime minister of Azerbaijan, had polled 79.5% of the vote - giving him an outright win in one round.\n'
        "Heydar Aliyev had been grooming Ilham for the top job for some time. He was already vice chairman of the state oil company, his father's deputy as leader of the ruling New Azerbaijan Party, Azerbaijan's representative to the Council of Europe and president of the Olympic Committee. In the summer before the elections and to the dismay of the opposition, parliament approved the president's request that Ilham be appointed prime minister.\n"
        "Still, what everyone in Azerbaijan remembers about the younger Aliyev is his reputed fondness for high living and the roulette table. Back in 1998 Aliyev senior abruptly ordered all casinos in Azerbaijan to be closed, as reports circulated that Ilham Aliyev was massively in debt to a shady Turkish gambling magnate.\n"
        "Ilham Aliyev went on to win the presidency by a landslide. Western observers were highly critical of the campaign which they said had been marred by voter intimidation, violence and media bias.",
        {
            "Ilham Aliyev": "ilham-aliyev",
            "Heydar Aliyev": "heydar-aliyev",
            "Heydar": "heydar-aliyev",
            "Ilham": "ilham-aliyev",
        },
        ["Azerbaijan", "Turkish"],
        extra=[
            ("Aliyev", "L", "ilham-aliyev", None, False, [2, 4]),
            ("Aliyev", "L", "heydar-aliyev", None, False, [5]),
        ],
    ),
]


def main() -> int:
    docs = [annotate(p) for p in PASSAGES]
    for p, d in zip(PASSAGES, docs):
        surfaces = {s.lstrip("?") for s in p["leaders"]} | set(p["countries"]) | {e[0] for e in p["extra"]}
        for m in d["mentions"]:
            assert d["text"][m["start"] : m["end"]] in surfaces, (d["doc"], m)
    assert len({d["doc"] for d in docs}) == len(docs), "doc ids must be unique"
    out = HERE / "leaders2.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    leaders = sum(1 for d in docs for m in d["mentions"] if m["kind"] == "leader" and not m.get("optional"))
    people = len({m["id"] for d in docs for m in d["mentions"] if m["kind"] == "leader"})
    print(f"{out.name}: {len(docs)} passages, {leaders} leader mentions (not optional) of {people} people")
    return 0


if __name__ == "__main__":
    sys.exit(main())
