#!/usr/bin/env python3
"""The weapons evaluation set, annotated by hand: writes `weapons.jsonl` next to it.

    python bench/eval/weapons_gold.py          # check every annotation and write weapons.jsonl

Each passage is a short excerpt of real public writing on the arms of Central Asia, the
South Caucasus and their suppliers (sources in `weapons.md`, by `doc`). Its mentions are
listed in text order as `surface|code`; this script finds each surface after the previous
one, checks that it stands on word boundaries (`text[start:end] == surface` by
construction), and computes the `str` offsets. Codes, after the GUIDELINES of the shared
dev set:

    c:ISO   country by name        d:ISO  demonym        k:ISO  capital or seat
    l:slug  leader                 w:id   weapon (family from caci-core/data/weapons.tsv,
                                          or the id itself, unless written `w:id/family`)

A leading `?` marks the mention optional (neither rewarded nor penalised).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "caci-core" / "data" / "weapons.tsv"

PASSAGES: list[dict] = [
    {
        "doc": "w01-anews-2021-09-24",
        "date": "2021-09-24",
        "text": "\"Before the Second Karabakh war, drones were never used anywhere on such a scale and with such efficiency. We started purchasing UAVs a long time ago, more than ten years ago,” Azerbaijani President Ilham Aliyev said in an exclusive interview with the National Defense magazine.\n\n\"These were Israeli-made weapons of destruction. We mastered and used them during short-term hostilities in April 2016. This came as a surprise to the Armenian side.\n\n\"In April 2016, we used Harop loitering munition. Subsequently, we started to acquire other Israeli-made drones as well: Sky Striker (this is no more secret to anyone, so there is no point in hiding it) and Orbiter - as you said, both reconnaissance and combat drones,” the president said, adding that at that time the Turkish military-industrial complex hadn’t yet started production of drones. \"But as soon as that happened, we became the first foreign buyers of the Bayraktar TB2 UAVs, which proved to be very effective both in terms of reconnaissance and in terms of delivering precision strikes.”\n\n\"As for Bayraktar TB2, in the hostilities of the 44-day war they were constantly in the air. Of course, sometimes the weather conditions created obstacles, but since the weather was mostly clear, these drones were used almost daily, maybe with some small interruptions,” the head of state said.\n\nHe noted that strategic targets, large military objects were hit using Harop, while armored vehicles and other targets were mainly hit by Bayraktar TB2",
        "mentions": [
            "Azerbaijani|d:AZE", "Ilham Aliyev|l:ilham-aliyev", "Israeli|d:ISR", "Armenian|d:ARM",
            "Harop|w:harop", "Israeli|d:ISR", "Sky Striker|w:skystriker", "Orbiter|w:orbiter", "Turkish|d:TUR",
            "Bayraktar TB2|w:bayraktar-tb2", "Bayraktar TB2|w:bayraktar-tb2", "Harop|w:harop",
            "Bayraktar TB2|w:bayraktar-tb2",
        ],
    },
    {
        "doc": "w02-rferl-2020-12-10",
        "date": "2020-12-10",
        "text": "Erdogan (left) joined his Azerbaijani counterpart, Ilham Aliyev, to review the parade.\nRanks of soldiers filed past the two leaders.\nA Turkish-made Cobra armored vehicle rolls by, equipped with a PK machine gun and a Belarusian-made Shershen anti-tank missile. The parade showcased much of the military hardware oil-rich Azerbaijan has purchased on the global arms market in recent years.\nMedals jangling, Azerbaijani soldiers march in formation. Thousands of people, military and civilian, were killed on both sides of the conflict.\nThis is a Russian-produced Osa-MB surface-to-air missile system. Over many years, Russia has sold weapons and equipment to both Azerbaijan and Armenia.\nA Hermes-900 medium-altitude long-endurance (MALE) drone",
        "mentions": [
            "Erdogan|l:recep-tayyip-erdogan", "Azerbaijani|d:AZE", "Ilham Aliyev|l:ilham-aliyev", "Turkish|d:TUR",
            "Cobra|w:otokar-cobra", "PK|?w:pk", "Belarusian|d:BLR", "Shershen|w:shershen", "Azerbaijan|c:AZE",
            "Azerbaijani|d:AZE", "Russian|d:RUS", "Osa-MB|w:osa-mb/osa", "Russia|c:RUS", "Azerbaijan|c:AZE",
            "Armenia|c:ARM", "Hermes-900|w:hermes-900",
        ],
    },
    {
        "doc": "w03-mirrorspectator-2013-06-20",
        "date": "2013-06-20",
        "text": "MOSCOW (RIA Novosti) — Russia delivered up to $1 billion worth of military equipment to Azerbaijan including tanks, artillery systems and infantry fighting vehicles.\n\nThe military hardware being supplied to Baku is worth between $700 million and $1 billion and includes 94 T-90S tanks, about 100 BMP-3 infantry fighting vehicles, 18 Msta-S howitzers, 18 Smerch rocket launchers, 18 Vena “floating mortars” and six TOS-1A Solntsepek multiple launch rocket systems.\n\nA spokesman for Rosoboronexport, the state-controlled arms trader, declined to comment on the report.\n\nLarge-scale Russian military support for Azerbaijan is likely to provoke unease in neighboring Armenia, which traditionally has enjoyed a close relationship with Moscow.",
        "mentions": [
            "MOSCOW|k:RUS", "Russia|c:RUS", "Azerbaijan|c:AZE", "Baku|k:AZE", "T-90S|w:t-90s", "BMP-3|w:bmp-3",
            "Msta-S|w:2s19", "Smerch|w:bm-30", "Vena|w:2s31", "TOS-1A Solntsepek|w:tos-1a", "Russian|d:RUS",
            "Azerbaijan|c:AZE", "Armenia|c:ARM", "Moscow|k:RUS",
        ],
    },
    {
        "doc": "w04-trend-2017-07-13",
        "date": "2017-07-13",
        "text": "Baku, Azerbaijan, July 13\n\nTrend:\n\nThe contract for the delivery of Russian tanks, BM-30 Smerch heavy multiple rocket launchers and Msta-S self-propelled howitzers to Azerbaijan is nearly complete, Azerbaijani Defense Minister Zakir Hasanov said in an interview with RIA Novosti.\n\nAzerbaijani Defense Ministry said on July 10 that another batch of ammunition, weapons and modern military equipment, purchased from Russia, was delivered to Azerbaijan. The previous batch was sent in June.",
        "mentions": [
            "Baku|k:AZE", "Azerbaijan|c:AZE", "Russian|d:RUS", "BM-30 Smerch|w:bm-30", "Msta-S|w:2s19",
            "Azerbaijan|c:AZE", "Azerbaijani|d:AZE", "Zakir Hasanov|l:zakir-hasanov", "Azerbaijani|d:AZE",
            "Russia|c:RUS", "Azerbaijan|c:AZE",
        ],
    },
    {
        "doc": "w05-keyaero-2017",
        "date": "2017-09-01",
        "text": "Kazakhstan signs for more Su-30SMs\n\nKazakhstan has agreed to buy an additional batch of 12 Su-30SM multirole fighters from Russia, according to Igor Kozhin, an aide of Russian President Vladimir Putin, responsible for supervising Russia’s foreign militarytechnical cooperation. He said that the new contract was inked at the Army 2017 exhibition in late August and deliveries will take three years. Currently, Kazakhstan flies six Su-30SMs; four were delivered in 2015 and two more in 2016.",
        "mentions": [
            "Kazakhstan|c:KAZ", "Su-30SMs|w:su-30sm", "Kazakhstan|c:KAZ", "Su-30SM|w:su-30sm", "Russia|c:RUS",
            "Igor Kozhin|?l:vladimir-kozhin", "Russian|d:RUS", "Vladimir Putin|l:vladimir-putin", "Russia|c:RUS",
            "Kazakhstan|c:KAZ", "Su-30SMs|w:su-30sm",
        ],
    },
    {
        "doc": "w06-forecastintl-2017-07-19",
        "date": "2017-07-19",
        "text": "Kazakhstan Receiving More Russian Aircraft\n\nKazakhstan is planning further acquisitions of Russian aircraft.\n\nAt MAKS 2017, MiG Corporation CEO Ilya Tarasenko revealed that Russia and Kazakhstan had signed an agreement regarding the establishment of MiG-35 production and service centers in Kazakhstan. The two sides have reached an initial deal on the MiG-35 production, though timeframes for implementation have not been determined yet.\n\nKazakhstan, as an operator of the MiG-29, has previously been cited as a potential customer for the MiG-35, which is the latest derivative of the MiG-29. It is unknown how many MiG-35s Kazakhstan is interested in; Tarasenko did not state whether any discussions had been held on Kazakh procurement. Astana would likely purchase at least a dozen.\n\nShugayev added that Su-30SM deliveries to Belarus would occur in 2018 and finish in 2020, in apparent contradiction of Belarusian Defense Minister Andrei Ravkov, who stated earlier this week that the first deliveries had been delayed to 2019 over unspecified technical changes. Shugayev also noted that the Su-30K sale to Angola was proceeding according to signed agreements, without adding any further specifics.\n\nBeyond fixed-wing aircraft, Kazakhstan is due to receive four more Mi-35M helicopters. The first four arrived in December 2016.",
        "mentions": [
            "Kazakhstan|c:KAZ", "Russian|d:RUS", "Kazakhstan|c:KAZ", "Russian|d:RUS", "Russia|c:RUS",
            "Kazakhstan|c:KAZ", "MiG-35|w:mig-35", "Kazakhstan|c:KAZ", "MiG-35|w:mig-35", "Kazakhstan|c:KAZ",
            "MiG-29|w:mig-29", "MiG-35|w:mig-35", "MiG-29|w:mig-29", "MiG-35s|w:mig-35", "Kazakhstan|c:KAZ",
            "Kazakh|d:KAZ", "Astana|k:KAZ", "Shugayev|l:dmitry-shugaev", "Su-30SM|w:su-30sm", "Belarus|c:BLR",
            "Belarusian|d:BLR", "Andrei Ravkov|l:andrei-ravkov", "Shugayev|l:dmitry-shugaev", "Su-30K|w:su-30k/su-30",
            "Angola|c:AGO", "Kazakhstan|c:KAZ", "Mi-35M|w:mi-35m",
        ],
    },
    {
        "doc": "w07-weapons4trade-2017-01-28",
        "date": "2017-01-28",
        "text": "Kazakhstan Receives Four Mi-35Ms from Russia\n\nThe Kazakh Ministry of Defense confirmed on January 26, 2017, that it received a shipment of Mi-35Ms from Russia and put them into service. The press release noted that the four helicopters have been deployed to southern Kazakhstan.\n\nKazakhstan placed the order for four Mi-35Ms in 2015, though the value of the contract is unclear. At Russia's Army-2016 military exhibition, Kazakh Deputy Defense Minister Okas Saparov told Sputnik that Astana would reach another contract with Moscow regarding the supply of four additional Mi-35Ms.\n\nRussian Helicopters, which is part of Rostec, announced on January 11, 2017, that the two sides had agreed to a deal for four Mi-35Ms, at unspecified price.",
        "mentions": [
            "Kazakhstan|c:KAZ", "Mi-35Ms|w:mi-35m", "Russia|c:RUS", "Kazakh|d:KAZ", "Mi-35Ms|w:mi-35m",
            "Russia|c:RUS", "Kazakhstan|c:KAZ", "Kazakhstan|c:KAZ", "Mi-35Ms|w:mi-35m", "Russia|c:RUS",
            "Kazakh|d:KAZ", "Okas Saparov|l:okas-saparov", "Astana|k:KAZ", "Moscow|k:RUS", "Mi-35Ms|w:mi-35m",
            "Russian|d:RUS", "Mi-35Ms|w:mi-35m",
        ],
    },
    {
        "doc": "w08-airrecognition-2017-12",
        "date": "2017-12-01",
        "text": "Uzbekistan purchases 12 Mi-35 attack helicopters\n\nThe Defense Ministry of Uzbekistan and Rosoboronexport arms trader signed a contract for the supply of 12 Mi-35 attack helicopters, a diplomatic source told TASS. The Uzbek Air and Air Defence Forces already flies around 25 Mi-35 attack helicopters.\n\nThe contract for the delivery of 12 attack helicopters has been signed and the supplies of combat craft will begin in 2018. Long negotiations on terms and conditions were completed during a recent visit to Uzbekistan by Russian Deputy Prime Minister Dmitry Rogozin,\" the source said.\n\nCombat-transport Mi-35M destroy armor and provide fire support to ground forces, transport troops, evacuate the wounded, transport cargoes and engage in other missions.",
        "mentions": [
            "Uzbekistan|c:UZB", "Mi-35|w:mi-35", "Uzbekistan|c:UZB", "Mi-35|w:mi-35", "Uzbek|d:UZB",
            "Mi-35|w:mi-35", "Uzbekistan|c:UZB", "Russian|d:RUS", "Dmitry Rogozin|l:dmitry-rogozin",
            "Mi-35M|w:mi-35m",
        ],
    },
    {
        "doc": "w09-forecastintl-2018-03-29",
        "date": "2018-03-29",
        "text": "Uzbek Order for Mi-35s Confirmed\n\nA Russian official has confirmed an Uzbek order for Mi-35s.\n\nSpeaking to reporters at the ArmHiTec exhibition, the deputy head of Russia’s Federal Service for Military-Technical Cooperation, Vladimir Drozhzhov, stated, “We’ve got a delivery contract for Mi-35 helicopters signed in accordance with the agreements. The work is successful, and military-technical cooperation with Uzbekistan is actively developing.”\n\nUzbekistan is also interested in other Russian systems, such as the Su-30SM, which neighbor Kazakhstan has procured. Additionally, Uzbekistan is likely to contract with Russia for the overhaul of some of the hardware currently in service with its Air Force, such as its MiG-29s and Su-25s.",
        "mentions": [
            "Uzbek|d:UZB", "Mi-35s|w:mi-35", "Russian|d:RUS", "Uzbek|d:UZB", "Mi-35s|w:mi-35", "Russia|c:RUS",
            "Vladimir Drozhzhov|l:vladimir-drozhzhov", "Mi-35|w:mi-35", "Uzbekistan|c:UZB", "Uzbekistan|c:UZB",
            "Russian|d:RUS", "Su-30SM|w:su-30sm", "Kazakhstan|c:KAZ", "Uzbekistan|c:UZB", "Russia|c:RUS",
            "MiG-29s|w:mig-29", "Su-25s|w:su-25",
        ],
    },
    {
        "doc": "w10-theasialive-2025-04-13",
        "date": "2025-04-13",
        "text": "In a move that could recalibrate military power dynamics across Central Asia, China has reportedly approved the sale of advanced fighter jets to Uzbekistan. Though the exact models remain unconfirmed, regional defense sources suggest the options include the JF-17 Block III, the J-10C, and potentially the stealth-capable J-35—a lineup that speaks volumes about Beijing’s growing defense outreach and Tashkent’s shifting allegiances.\n\nUzbekistan’s air force, once among the most formidable in Central Asia, has struggled with aging assets and limited modernization. Its backbone—Soviet-era aircraft like the Su-27 and MiG-29—has long been due for retirement. These jets, introduced in the 1980s, were formidable in their time: the Su-27, for instance, could reach Mach 2.35 and was built for air superiority missions; the MiG-29, lighter and more nimble, was designed for close-range dogfights.\n\nEfforts to replace these aircraft have faced hurdles. Proposals to acquire Russia’s Su-30SM or France’s Rafale faltered amid cost concerns and geopolitical complications.",
        "mentions": [
            "China|c:CHN", "Uzbekistan|c:UZB", "JF-17 Block III|w:jf-17-block-iii", "J-10C|w:j-10c", "J-35|w:j-35",
            "Beijing|k:CHN", "Tashkent|k:UZB", "Uzbekistan|c:UZB", "Soviet|?c:SUN", "Su-27|w:su-27",
            "MiG-29|w:mig-29", "Su-27|w:su-27", "MiG-29|w:mig-29", "Russia|c:RUS", "Su-30SM|w:su-30sm",
            "France|c:FRA", "Rafale|w:rafale",
        ],
    },
    {
        "doc": "w11-asbmedia-2025",
        "date": "2025-03-01",
        "text": "Uzbekistan's military acquisitions have grabbed headlines recently, with the country announcing a slew of Chinese-made weapons. Their new arsenal includes the JF-17 Thunder Block 3 fighter jets, FM-90 and KS-1C air defense systems, and Wing Loong drones. These cutting-edge imports mark a significant shift in regional military partnerships and security dynamics.\nJF-17 ThunderBlock 3 fighter jets are multirole aircraft currently on Uzbekistan's wishlist. Co-developed by China and Pakistan, these jets are cost-effective, boasting all-weather combat capabilities, and serve as a viable alternative to pricier Western options like France’s Rafale.\nThe FM-90 and KS-1C air defense systems are its new protective layers. The FM-90 offers short-range coverage, while the KS-1C can intercept targets at 5–50 km ranges and altitudes up to 25 km—a game-changer for Uzbekistan's air defense. The KS-1C system is particularly noteworthy due to its ability to hit targets at varying distances and altitudes.\nUzbekistan's armory also includes Wing Loong drones, which have become increasingly popular for surveillance and strike operations in the region.",
        "mentions": [
            "Uzbekistan|c:UZB", "Chinese|d:CHN", "JF-17 Thunder Block 3|w:jf-17-block-iii", "FM-90|w:fm-90",
            "KS-1C|w:ks-1c", "Wing Loong|w:wing-loong", "JF-17 ThunderBlock 3|w:jf-17-block-iii", "Uzbekistan|c:UZB",
            "China|c:CHN", "Pakistan|c:PAK", "France|c:FRA", "Rafale|w:rafale", "FM-90|w:fm-90", "KS-1C|w:ks-1c",
            "FM-90|w:fm-90", "KS-1C|w:ks-1c", "Uzbekistan|c:UZB", "KS-1C|w:ks-1c", "Uzbekistan|c:UZB",
            "Wing Loong|w:wing-loong",
        ],
    },
    {
        "doc": "w12-afm-2015-02-02",
        "date": "2015-02-02",
        "text": "PLA's HQ-9 surface-to-air missile mobile launcher (image source: wikipedia.org.)\n\nAccording to a report on January 25 by Kanwa Defense Review, China aims to sell HQ-9 SAM missiles to its neighboring countries in Central Asia such as Uzbekistan and Turkmenistan in exchange to a favor of lowering oil price China has to pay for natural gas.\n\nNatural gas is very abundant in Turkmenistan and Uzbekistan. Because China has very high demand for natural gas, the country plans to sell weapons to these countries to settle better gas transactions. If these neighbor countries purchased like for instance, FD-2000 missiles, they would have to procure supporting items such as Chinese radars, fighter aircraft and early warning airplanes to complete the whole air defense system.\n\nKanwa Defense Review also stated that Uzbekistan has already procured Loong-1A UAV from China. China is also aiming to sell multi-role fighters to Azerbaijan and Turkmenistan.",
        "mentions": [
            "HQ-9|w:hq-9", "China|c:CHN", "HQ-9|w:hq-9", "Uzbekistan|c:UZB", "Turkmenistan|c:TKM", "China|c:CHN",
            "Turkmenistan|c:TKM", "Uzbekistan|c:UZB", "China|c:CHN", "FD-2000|w:fd-2000", "Chinese|d:CHN",
            "Uzbekistan|c:UZB", "Loong-1A|w:wing-loong-1a/wing-loong", "China|c:CHN", "China|c:CHN",
            "Azerbaijan|c:AZE", "Turkmenistan|c:TKM",
        ],
    },
    {
        "doc": "w13-dsa-2025-02",
        "date": "2025-02-25",
        "text": "(DEFENCE SECURITY ASIA) – On February 21, there was an unexpected sight during Uzbekistan President Shavkat Mirziyoyev visit to the Center for Innovative Technologies —Chinese-made air defense systems prominently displayed alongside the nation’s own domestically developed defense products, raising intrigue about their origin and significance.\nAmong the newly observed systems are the FM-90 short-range air defense system and the KS-1C medium-range air defense system, both sourced from China.\nWith this acquisition, Uzbekistan appears to be following in the footsteps of its neighbor, Turkmenistan, which has also integrated a layered air defense system, including the FD-2000, FM-90, and KS-1C.",
        "mentions": [
            "Uzbekistan|c:UZB", "Shavkat Mirziyoyev|l:shavkat-mirziyoyev", "Chinese|d:CHN", "FM-90|w:fm-90",
            "KS-1C|w:ks-1c", "China|c:CHN", "Uzbekistan|c:UZB", "Turkmenistan|c:TKM", "FD-2000|w:fd-2000",
            "FM-90|w:fm-90", "KS-1C|w:ks-1c",
        ],
    },
    {
        "doc": "w14-turkmenistanru-2011-10-28",
        "date": "2011-10-28",
        "text": "On October 27, the day of celebration of the 20th anniversary of Turkmenistan’s independence, a military parade was held on the main square of Ashgabat, which has become a kind of demonstration of the fighting strength of the country. President of Turkmenistan Gurbanguly Berdimuhamedov and members of the government watched the parade from the central tribune.\n\nAs part of the parade, modern military equipment passed in front of the tribune. There were demonstrated special military cars BARS Land Rower, the anti-missile system Caracal and the military complex Malyutka, APC-80, APC-80A and APC-80M, armored cars MANTRA and PMV-SURVIVOR II carrying the drones Toyota HILUX and SKYLARK adopted by the border troops.\n\nIn front of the main tribune also proceeded armored military equipment, including T-90 and T-72 tanks, infantry fighting vehicles (IFVs) of various modifications, self-propelled artillery units, including howitzer 2C-1 Gvozdika and 2C-3 Acacia, anti-missile systems Sturm-C, anti-aircraft system Shilka, CUB and Strela-10, batteries of artillery guns, including MT-12, Rapira, D-20 and D-30, M-46, MSTA-B, Hyacinth-B. They were followed by the columns of mechanized rocket launchers - modern multiple launch rocket systems Grad BM-1, Hurricane, Twister, Kolchuga systems adopted by air defense troops, anti-aircraft missile complexes Osa, C-125, Pechora -2M, C-200V. Helicopters Eurocopter, AS-365, Mi-24P, Mi-17V-5 and MI-8MT",
        "mentions": [
            "Turkmenistan|c:TKM", "Ashgabat|k:TKM", "Turkmenistan|c:TKM",
            "Gurbanguly Berdimuhamedov|l:gurbanguly-berdimuhamedow", "BARS Land Rower|?w:land-rover",
            "Caracal|?w:caracal", "Malyutka|w:malyutka", "APC-80|w:btr-80", "APC-80A|w:btr-80a",
            "APC-80M|w:btr-80m/btr-80", "MANTRA|?w:mantra", "PMV-SURVIVOR II|w:survivor-ii",
            "Toyota HILUX|?w:toyota-hilux", "SKYLARK|w:skylark", "T-90|w:t-90", "T-72|w:t-72",
            "2C-1 Gvozdika|w:2s1", "2C-3 Acacia|w:2s3", "Sturm-C|w:shturm-s/shturm", "Shilka|w:zsu-23-4",
            "CUB|w:kub", "Strela-10|w:strela-10", "MT-12|w:mt-12", "Rapira|w:mt-12", "D-20|w:d-20", "D-30|w:d-30",
            "M-46|w:m-46", "MSTA-B|w:2a65", "Hyacinth-B|w:2a36", "Grad BM-1|?w:bm-21", "Hurricane|w:bm-27",
            "Twister|w:bm-30", "Kolchuga|?w:kolchuga", "Osa|w:osa", "C-125|w:s-125", "Pechora -2M|?w:s-125-pechora-2m",
            "C-200V|w:s-200v/s-200", "Eurocopter|?w:eurocopter", "AS-365|w:as-365", "Mi-24P|w:mi-24p",
            "Mi-17V-5|w:mi-17v-5", "MI-8MT|w:mi-8mt/mi-8",
        ],
    },
    {
        "doc": "w15-turkmenistanru-2010-10",
        "date": "2010-10-27",
        "text": "A military parade in honor of Independence Day of Turkmenistan was held near the Monument of Independence in the south of Ashgabat. It was attended by the President of Turkmenistan, Commander in Chief of the Armed Forces, Army General Gurbanguly Berdimuhamedov.\n\nColumns of military cars of special purpose \"Land Rower\", armored personnel carriers, artillery batteries \"Rapier\", D-20 and D-30, columns of mechanized rocket launchers - modern systems of salvo fire \"Grad\", \"Hurricane\", \"Whirlwind\", missile launch \"Chain Armor\" adopted by the air defense units, missiles \"Wasp\", \"Pechora\", \"C-200\" also passed along Archabil Avenue.\n\nCombat helicopters MI-24 and MI-8, as well as a squadron of Su-25 aircrafts flew over the stands. The music performance by the combined military orchestra of the Armed Forces of Turkmenistan wrapped up the parade in honor of the 19th anniversary of independence of Turkmenistan.",
        "mentions": [
            "Turkmenistan|c:TKM", "Ashgabat|k:TKM", "Turkmenistan|c:TKM",
            "Gurbanguly Berdimuhamedov|l:gurbanguly-berdimuhamedow", "Land Rower|?w:land-rover", "Rapier|w:mt-12",
            "D-20|w:d-20", "D-30|w:d-30", "Grad|w:bm-21", "Hurricane|w:bm-27", "Whirlwind|w:bm-30",
            "Chain Armor|?w:kolchuga", "Wasp|w:osa", "Pechora|w:s-125-pechora-2m/s-125", "C-200|w:s-200",
            "MI-24|w:mi-24", "MI-8|w:mi-8", "Su-25|w:su-25", "Turkmenistan|c:TKM", "Turkmenistan|c:TKM",
        ],
    },
    {
        "doc": "w16-nkobserver-2019",
        "date": "2019-06-01",
        "text": "Armenia to receive four Su-30 multi-purpose fighters by February 2020\n\nAccording to a press statement, Armenia will be receiving its batch of Su-30CM multi-purpose aircraft from Russia between December and February of 2020 according to the country’s Defence minister Davit Tonoyan. Initially four Su-30 aircraft have been anticipated with a possibility o fan additional 12, no further details were provided on this latter.\n\nBesides Russia, the Tonoyan mentioned that Armenia will be receiving arms or military equipment from four other countries in what is a modernisation of its armed forces.\n\nThe Su-30 deal came as a major breakthrough for the country’s ageing fleet of Su-25’s, purchased second-hand from Slovakia in 2004 in an $8 million deal.",
        "mentions": [
            "Armenia|c:ARM", "Su-30|w:su-30", "Armenia|c:ARM", "Su-30CM|w:su-30sm", "Russia|c:RUS",
            "Davit Tonoyan|l:davit-tonoyan", "Su-30|w:su-30", "Russia|c:RUS", "Tonoyan|l:davit-tonoyan",
            "Armenia|c:ARM", "Su-30|w:su-30", "Su-25|w:su-25", "Slovakia|c:SVK",
        ],
    },
    {
        "doc": "w17-panarmenian-2019-04",
        "date": "2019-04-25",
        "text": "Armenia expects first Russian Su-30 fighters in late 2019 or early 2020\n\nPanARMENIAN.Net - Defense Minister Davit Tonoyan has revealed that the Russian Su-30SM fighter jets will arrive in Armenia in late 2019 or early 2020.\n\nTonoyan said the deadline is well reflected in contractual obligations of the two sides.\n\nAs reported earlier, multirole fighter jets Su-30SM of the new generation will also be delivered to the 3624th Russian airbase at the Erebuni aerodrome in Armenia to replace MiG-29 aircraft, a source in the Russian Defense Ministry said on April 23.",
        "mentions": [
            "Armenia|c:ARM", "Russian|d:RUS", "Su-30|w:su-30", "Davit Tonoyan|l:davit-tonoyan", "Russian|d:RUS",
            "Su-30SM|w:su-30sm", "Armenia|c:ARM", "Tonoyan|l:davit-tonoyan", "Su-30SM|w:su-30sm", "Russian|d:RUS",
            "Armenia|c:ARM", "MiG-29|w:mig-29", "Russian|d:RUS",
        ],
    },
    {
        "doc": "w18-urdupoint-2020-08-31",
        "date": "2020-08-31",
        "text": "Armenia will move ahead with the purchase of Russia's Su-30SM fighter aircraft as planned, Defense Ministry spokeswoman Shushan Stepanyan told Sputnik on Monday\n\nIn 2019, Defense Minister Davit Tonoyan said that Armenia would like to purchase 12 Su-30SM aircraft from Russia. The first batch of four planes was delivered in December.\n\nOn Sunday, Tonoyan said that Yerevan continues to negotiate the next shipment of fighters, with everything depending on how soon the aircraft will be ready.\n\n\"There are no changes in the number [of Su-30SM fighters],\" Stepanyan said.\n\nThe first four Su-30SMs entered combat duty in Armenia on July 15.",
        "mentions": [
            "Armenia|c:ARM", "Russia|c:RUS", "Su-30SM|w:su-30sm", "Shushan Stepanyan|?l:shushan-stepanyan",
            "Davit Tonoyan|l:davit-tonoyan", "Armenia|c:ARM", "Su-30SM|w:su-30sm", "Russia|c:RUS",
            "Tonoyan|l:davit-tonoyan", "Yerevan|k:ARM", "Su-30SM|w:su-30sm", "Stepanyan|?l:shushan-stepanyan",
            "Su-30SMs|w:su-30sm", "Armenia|c:ARM",
        ],
    },
    {
        "doc": "w19-defensemirror-armenia-gripen",
        "date": "2018-10-09",
        "text": "Armenia is negotiating the purchase of Su-30 fighter jets from Russia, the country’s acting Defense Minister, David Tonoyan said Monday.\nTonoyan also said that no decision has been made to buy Swedish multipurpose Saab JAS-39 Gripen fighters for the Armenian Air Force, despite reports in the media. However, he did note that Yerevan has received an offer “from another [foreign] partner”, UAwire reported Tuesday.\nShortly before the change in government in Armenia, the country’s Defense Ministry postponed the possibility of buying Russian multipurpose Su-30SM fighters until 2024.",
        "mentions": [
            "Armenia|c:ARM", "Su-30|w:su-30", "Russia|c:RUS", "David Tonoyan|l:davit-tonoyan",
            "Tonoyan|l:davit-tonoyan", "Swedish|d:SWE", "Saab JAS-39 Gripen|w:gripen", "Armenian|d:ARM",
            "Yerevan|k:ARM", "Armenia|c:ARM", "Russian|d:RUS", "Su-30SM|w:su-30sm",
        ],
    },
    {
        "doc": "w20-uawire-iskander-barak",
        "date": "2021-04-01",
        "text": "Armenia launched at least one Iskander ballistic missile on Azerbaijani capital during the last armed clash in Nagorno-Karabakh, reported the publication Middle East Eye with a reference to a high-ranking official. The newspaper’s source said that the missile was fired in November last year, after a month and a half of heavy fighting. The source claims that the initiative to launch a missile at Baku came from Moscow.\n\"An Iskander ballistic missile was launched by Yerevan directly into the capital days before the ceasefire. It was concerning for Azerbaijani officials. But a missile defence system operated by the Azerbaijani military, an Israeli-made Barak-8, shot it down,\" the newspaper quoted an anonymous source as saying. The source also suggested that the possible use of Iskander by the Armenian army could have had a decisive impact on Baku's ceasefire decision.\nAccording to the report, the missile was destroyed by the Israeli missile defense system Barak-8 which is in the arsenal of the Azerbaijani army.\nIn July 2017, Baku announced that Azerbaijan has excellent weapons to counter Iskander missiles, and these weapons were not purchased in Russia.",
        "mentions": [
            "Armenia|c:ARM", "Iskander|w:iskander", "Azerbaijani|d:AZE", "Baku|k:AZE", "Moscow|k:RUS",
            "Iskander|w:iskander", "Yerevan|k:ARM", "Azerbaijani|d:AZE", "Azerbaijani|d:AZE", "Israeli|d:ISR",
            "Barak-8|w:barak-8", "Iskander|w:iskander", "Armenian|d:ARM", "Baku|k:AZE", "Israeli|d:ISR",
            "Barak-8|w:barak-8", "Azerbaijani|d:AZE", "Baku|k:AZE", "Azerbaijan|c:AZE", "Iskander|w:iskander",
            "Russia|c:RUS",
        ],
    },
    {
        "doc": "w21-pledgetimes-iskander-e",
        "date": "2021-02-25",
        "text": "The Iskander operational-tactical missile systems (OTRK) were not used during the military conflict in Nagorno-Karabakh, the Russian Defense Ministry said. Thus, the department responded to the statement of the Prime Minister of Armenia Nikol Pashinyan about the inoperability of “Iskander”, reports TASS…\n\nThe spokesman for the Ministry of Defense also stressed that the Iskander “was successfully used many times” in combat conditions in Syria against international terrorist groups. “This gives us full grounds to assert that the Iskander-E missile system produced in Russia is the best in its class in the world. This is recognized by everyone, ”concluded Konashenkov.\n\nIn December 2020, the American magazine The National Interest wrote that the Iskander-M OTRK could become obsolete. The publication suggested that the complex can still find foreign buyers, among the candidates are Syria, Iran and the UAE.",
        "mentions": [
            "Iskander|w:iskander", "Russian|d:RUS", "Armenia|c:ARM", "Nikol Pashinyan|l:nikol-pashinyan",
            "Iskander|?w:iskander", "Iskander|w:iskander", "Syria|c:SYR", "Iskander-E|w:iskander-e", "Russia|c:RUS",
            "Konashenkov|?l:igor-konashenkov", "American|d:USA", "Iskander-M|w:iskander-m", "Syria|c:SYR",
            "Iran|c:IRN", "UAE|c:ARE",
        ],
    },
    {
        "doc": "w22-civilnet-2021-02-18",
        "date": "2021-02-18",
        "text": "Armenia used the most advanced missile in its arsenal to strike at the Azerbaijani forces in Shushi at the end of the 44-day war, according to ex-president Serzh Sargsyan.\n\nAt the same time, Sargsyan criticized Scud missile strikes that hit residential areas of Ganja and other towns, suggesting that they only made Azerbaijani strikes against Stepanakert more indiscriminate. Scuds are older surface-to-surface missiles that are notoriously inaccurate.\n\nIn 2015, Armenia became the first country to acquire the Iskander surface-to-surface missile system from Russia. The missile is intended to accurately strike targets at hundreds of kilometres away.\n\nVideo of Armenian forces launching the Iskander missiles first surfaced on November 9, just hours before the cease-fire agreement was announced. In a press conference after the war, retired Gen. Movses Hakobyan confirmed that Iskander missiles were used, but he refused to mention their target.",
        "mentions": [
            "Armenia|c:ARM", "Azerbaijani|d:AZE", "Serzh Sargsyan|l:serzh-sargsyan", "Sargsyan|l:serzh-sargsyan",
            "Scud|w:scud", "Azerbaijani|d:AZE", "Scuds|w:scud", "Armenia|c:ARM", "Iskander|w:iskander",
            "Russia|c:RUS", "Armenian|d:ARM", "Iskander|w:iskander", "Movses Hakobyan|l:movses-hakobyan",
            "Iskander|w:iskander",
        ],
    },
    {
        "doc": "w23-timpul-2020-10",
        "date": "2020-10-20",
        "text": "Azerbaijan Armed Forces are continuing to destroy military vehicles of the Armenian forces\n\nToday's confirmed losses on the side of Armenia/Artsakh:\n\n10x T-72\n\n4x BMP\n\n3x MT-LB\n\n1x 9P149\n\n1x ZSU-23\n\n9x BM-21 MRL\n\n4x D-1 howitzer\n\n6x D-20 howitzer\n\n7x D-30 howitzer\n\n22x 9M111/3/5 and 9M133 ATGM\n\n1x 9P135 launcher\n\n35x truck\n\n9x jeep",
        "mentions": [
            "Azerbaijan|c:AZE", "Armenian|d:ARM", "Armenia|c:ARM", "T-72|w:t-72", "BMP|?w:bmp", "MT-LB|w:mt-lb",
            "9P149|w:9p149/shturm", "ZSU-23|w:zsu-23-4", "BM-21|w:bm-21", "D-1|w:d-1", "D-20|w:d-20", "D-30|w:d-30",
            "9M111/3/5|?w:fagot", "9M133|w:9m133/kornet", "9P135|w:9p135",
        ],
    },
    {
        "doc": "w24-insightturkey-2021",
        "date": "2021-06-01",
        "text": "Turkish Bayraktar TB2 UAVs, which Turkey had used effectively in operations in Syria and Libya, caused heavy losses in the conflict, especially to air defense systems and mechanized troops. MAM-L-type laser-guided bombs produced by Roketsan, which these UAVs carried, also played a leading role in the Nagorno-Karabakh War. Turkey strengthened its ties with Baku by providing strong support to its ally and strategic partner, especially in the military and political spheres.",
        "mentions": [
            "Turkish|d:TUR", "Bayraktar TB2|w:bayraktar-tb2", "Turkey|c:TUR", "Syria|c:SYR", "Libya|c:LBY",
            "MAM-L|w:mam-l", "Turkey|c:TUR", "Baku|k:AZE",
        ],
    },
    {
        "doc": "w25-massispost-2019-02",
        "date": "2019-02-01",
        "text": "JERUSALEM — Israel’s Defense Ministry has lifted its ban on exports to Azerbaijan of “kamikaze” drones that are manufactured by an Israeli company accused of hitting Armenian positions in Nagorno-Karabakh with one of them in 2017.\n\nThe Israeli firm had sent a team to Azerbaijan to demonstrate its Orbiter 1K drone outfitted with a 1-2 kilogram explosive payload.\n\nIn January 2017, as part of a deal with Aeronautics, Azerbaijan’s Azad Systems began manufacturing the Orbiter 1K suicide drone under licence as the locally named “Zarba,” according to Flightglobal.com.\n\nThe Times of Israel newspaper reported that the Defense Ministry returned the export license on Monday, leading the company to inform the Tel Aviv Stock Exchange that the ban on Orbiter 1K sales to its “central customer ‘A’” has been lifted.",
        "mentions": [
            "JERUSALEM|?k:ISR", "Israel|c:ISR", "Azerbaijan|c:AZE", "Israeli|d:ISR", "Armenian|d:ARM",
            "Israeli|d:ISR", "Azerbaijan|c:AZE", "Orbiter 1K|w:orbiter-1k", "Azerbaijan|c:AZE",
            "Orbiter 1K|w:orbiter-1k", "Zarba|w:zarba/orbiter", "Israel|c:ISR", "Tel Aviv|k:ISR",
            "Orbiter 1K|w:orbiter-1k",
        ],
    },
    {
        "doc": "w26-axar-2022-10",
        "date": "2022-10-19",
        "text": "Armenia is looking to expand its defence cooperation with India despite ongoing hostilities with its neighbour Azerbaijan, including the potential purchase of drones, loitering weapons, and mid-range surface-to-air missile (SAM) systems like the Akash.\nAxar.az reports citing foreign media that the objective of the bilateral discussion between Defence Minister Rajnath Singh and his Armenian counterpart Suren Papikyan, which took place on Tuesday outside of DefExpo 2022 in Gandhinagar, was deeper defence collaboration.\nJust a few weeks ago, the two nations signed a government-to-government agreement for the sale of 80-mm mortars, Konkurs anti-tank missiles, Pinaka multi-barrel rocket launchers, and a wide range of ammunition.\nHowever, according to sources, Armenia has been considering the acquisition of local Akash air defence systems.\nThe sale of Pinaka rockets was the first foreign order for the domestic system, and if the Akash missile system is contracted, it will be the first as well.",
        "mentions": [
            "Armenia|c:ARM", "India|c:IND", "Azerbaijan|c:AZE", "Akash|w:akash", "Rajnath Singh|l:rajnath-singh",
            "Armenian|d:ARM", "Suren Papikyan|l:suren-papikyan", "Konkurs|w:konkurs", "Pinaka|w:pinaka",
            "Armenia|c:ARM", "Akash|w:akash", "Pinaka|w:pinaka", "Akash|w:akash",
        ],
    },
    {
        "doc": "w27-newsx-2024",
        "date": "2024-09-26",
        "text": "On Thursday, Pakistan’s military announced it has finalized a contract for the sale of JF-17 Block III fighter jets to Azerbaijan. This aircraft, co-produced by the Pakistan Aeronautical Complex in collaboration with China, underscores Pakistan’s evolving defense partnerships, particularly as its ties with the United States have become strained in recent years.\nThe relationship between Pakistan and Azerbaijan has been strengthening significantly. In July, Azerbaijani President Ilham Aliyev visited Pakistan, where both nations pledged to deepen cooperation across various sectors, including defense. Following this visit, Pakistan deployed an air force contingent to Baku for a defense exhibition, showcasing the JF-17 aircraft.\nThe JF-17 Block III represents the latest iteration of this fighter jet, designed for versatile combat operations, thereby providing Azerbaijan with advanced air power options.\nAs Pakistan strengthens military ties with Azerbaijan, Armenia has increasingly turned to India for defense assistance. In 2020, Armenia entered into a $2 billion defense partnership with India, leading to substantial acquisitions of Indian weaponry, including the Akash-1S air defense system.",
        "mentions": [
            "Pakistan|c:PAK", "JF-17 Block III|w:jf-17-block-iii", "Azerbaijan|c:AZE", "Pakistan|c:PAK",
            "China|c:CHN", "Pakistan|c:PAK", "United States|c:USA", "Pakistan|c:PAK", "Azerbaijan|c:AZE",
            "Azerbaijani|d:AZE", "Ilham Aliyev|l:ilham-aliyev", "Pakistan|c:PAK", "Pakistan|c:PAK", "Baku|k:AZE",
            "JF-17|w:jf-17", "JF-17 Block III|w:jf-17-block-iii", "Azerbaijan|c:AZE", "Pakistan|c:PAK",
            "Azerbaijan|c:AZE", "Armenia|c:ARM", "India|c:IND", "Armenia|c:ARM", "India|c:IND", "Indian|d:IND",
            "Akash-1S|w:akash-1s/akash",
        ],
    },
    {
        "doc": "w28-southasiajournal-2025",
        "date": "2025-01-15",
        "text": "New Delhi: Pakistan has notched a third major success in exporting the JF-17, with Azerbaijan becoming the latest country to add the fighter jet to its fleet.\nPakistan’s success with the JF-17—developed jointly with China and co-produced by the two countries— also comes even as India is trying to export the Light Combat Aircraft (LCA) Tejas manufactured by Hindustan Aeronautics Limited (HAL), but no talks have borne fruit as yet.\nThe acquisition of the JF-17s was announced by Azerbaijan’s ambassador to Iran, Ali Alizada, in a post on X Wednesday. Alizada has also served as envoy to Pakistan.\nOn that day, Azerbaijani President Ilham Aliyev inspected a JF-17C (Block III) aircraft at capital Baku’s Heydar Aliyev International Airport, where it was showcased as part of a defence exhibition. Aliyev was accompanied by Defence Minister Zakir Hasanov and senior Pakistani military officials.\nPakistan and Azerbaijan inked the $1.6-billion deal in February. Under the agreement, Azerbaijan will receive eight JF-17C Block-III aircraft from Pakistan besides ammunition.",
        "mentions": [
            "New Delhi|k:IND", "Pakistan|c:PAK", "JF-17|w:jf-17", "Azerbaijan|c:AZE", "Pakistan|c:PAK",
            "JF-17|w:jf-17", "China|c:CHN", "India|c:IND", "Tejas|w:tejas", "JF-17s|w:jf-17", "Azerbaijan|c:AZE",
            "Iran|c:IRN", "Ali Alizada|l:ali-alizada", "Alizada|l:ali-alizada", "Pakistan|c:PAK",
            "Azerbaijani|d:AZE", "Ilham Aliyev|l:ilham-aliyev", "JF-17C|w:jf-17-block-iii", "Baku|k:AZE",
            "Heydar Aliyev|l:heydar-aliyev", "Aliyev|l:ilham-aliyev", "Zakir Hasanov|l:zakir-hasanov",
            "Pakistani|d:PAK", "Pakistan|c:PAK", "Azerbaijan|c:AZE", "Azerbaijan|c:AZE",
            "JF-17C Block-III|w:jf-17-block-iii", "Pakistan|c:PAK",
        ],
    },
    {
        "doc": "w29-aztv-2023-12-04",
        "date": "2023-12-04",
        "text": "France continues to arm Armenia\n\nTwenty-four Bastion armored personnel carriers produced by the French Arquus group have been sent to Armenia.\n\nAnother 26 vehicles of the same type, which are currently in the production stage, are expected to be delivered later.\n\nArmenia recently signed an order for three GM2 200 radars from Thales and negotiations are underway for the supply of MISTRAL 3 anti-aircraft missile systems.\n\nOn October 23, 2023, French Defense Minister Sebastien Lecornu said that France is helping Armenia improve its air defense capabilities through the sale of three GM 200 radars and an agreement on future supplies of Mistral anti-aircraft missiles.",
        "mentions": [
            "France|c:FRA", "Armenia|c:ARM", "Bastion|w:arquus-bastion", "French|d:FRA", "Armenia|c:ARM",
            "Armenia|c:ARM", "GM2 200|?w:gm200", "MISTRAL 3|w:mistral-3", "French|d:FRA",
            "Sebastien Lecornu|l:sebastien-lecornu", "France|c:FRA", "Armenia|c:ARM", "GM 200|?w:gm200",
            "Mistral|w:mistral",
        ],
    },
    {
        "doc": "w30-armenianreport-2024-06",
        "date": "2024-06-18",
        "text": "Armenia and France have signed an agreement for the delivery of French CAESAR howitzers to Armenia. The announcement was made by Sebastien Lecornu, the French Minister for the Armed Forces.\nThe CAESAR (Camion Équipé d'un Système d'Artillerie, or \"Truck equipped with an artillery system\") is a 155mm self-propelled howitzer. It is mounted on a six-wheeled armored Renault Sherpa chassis and is capable of firing NATO-standard shells with remarkable accuracy.\nDeveloped by French defense contractor GIAT Industries (now Nexter Systems), the CAESAR howitzer has been exported to several countries. The units made for the French Army use a 6x6 Renault Sherpa 5 chassis, while other countries have chosen systems integrated on different chassis, such as the 6x6 Unimog or 8x8 Tatra 817.",
        "mentions": [
            "Armenia|c:ARM", "France|c:FRA", "French|d:FRA", "CAESAR|w:caesar", "Armenia|c:ARM",
            "Sebastien Lecornu|l:sebastien-lecornu", "French|d:FRA", "CAESAR|w:caesar",
            "Renault Sherpa|?w:renault-sherpa", "French|d:FRA", "CAESAR|w:caesar", "French|d:FRA",
            "Renault Sherpa 5|?w:renault-sherpa", "Unimog|?w:unimog", "Tatra 817|?w:tatra-817",
        ],
    },
    {
        "doc": "w31-messenger-2018-10-02",
        "date": "2018-10-02",
        "text": "Georgia has received radar stations and the short-range anti-aircraft missile systems from French, Georgian Defence Minister Levan Izoria stated on Monday at a special ceremony dedicated to the Georgian military aviation day.\nIzoria and Bakhtadze mentioned the purchase of Javelins from the United States this year, which was also for strengthening of Georgia’s self-defense capabilities.\nJavelin uses automatic infrared guidance that allows the user to seek cover immediately after launch, as opposed to wired guided systems, where the user has to actively guide the weapon throughout the engagement.\nThe Javelin's high-explosive anti-tank warhead is capable of defeating modern tanks by attacking them from above and is also useful against fortifications in a direct attack flight.",
        "mentions": [
            "Georgia|c:GEO", "French|d:FRA", "Georgian|d:GEO", "Levan Izoria|l:levan-izoria", "Georgian|d:GEO",
            "Izoria|l:levan-izoria", "Bakhtadze|l:mamuka-bakhtadze", "Javelins|w:javelin", "United States|c:USA",
            "Georgia|c:GEO", "Javelin|w:javelin", "Javelin|w:javelin",
        ],
    },
    {
        "doc": "w32-c4defence-2020-12",
        "date": "2020-12-23",
        "text": "In addition to the Javelin anti-tank missile system in the inventory of the Georgian Armed Forces, the Secretary of Defence said they plan to purchase new Javelins from the United States in 2021.\n\nWhile the speech in Parliament, stated that artillery units would be equipped with modern fire control systems; next year, NATO-standard weapons systems such as M-4 rifles and modern machine guns will be operationally used.\n\nOn November 17, 2017, the U.S. State Department expected the sale of FGM-148 Javelin anti-tank missile systems to Georgia. The agreement included the delivery of 410 Javelin missiles, 72 launchers, spare parts and 70 simulators to the Georgian Armed Forces.",
        "mentions": [
            "Javelin|w:javelin", "Georgian|d:GEO", "Javelins|w:javelin", "United States|c:USA", "M-4|?w:m4",
            "U.S.|c:USA", "FGM-148 Javelin|w:javelin", "Georgia|c:GEO", "Javelin|w:javelin", "Georgian|d:GEO",
        ],
    },
    {
        "doc": "w33-caucasuswatch-2023-12",
        "date": "2023-12-18",
        "text": "On December 17, Georgian Defense Minister Juansher Burchuladze said that the Georgian Defense Ministry will ensure full protection of the Tbilisi sky with air defense elements in two years.\nNegotiations on the purchase of portable anti-aircraft missile systems of Stinger type have been started both at the expense of the Georgian budget and with the support of partners.\nNotably, the Georgian army received the first batch of Polish Warmate kamikaze drones and FlyEye reconnaissance UAVs. These drones were produced at the joint Polish-Georgian enterprise Delta-VB, built on the territory of Georgia.",
        "mentions": [
            "Georgian|d:GEO", "Juansher Burchuladze|l:juansher-burchuladze", "Georgian|d:GEO", "Tbilisi|k:GEO",
            "Stinger|w:stinger", "Georgian|d:GEO", "Georgian|d:GEO", "Polish|d:POL", "Warmate|w:warmate",
            "FlyEye|w:flyeye", "Polish|d:POL", "Georgian|d:GEO", "Georgia|c:GEO",
        ],
    },
    {
        "doc": "w34-ifpnews-2022-05-17",
        "date": "2022-05-17",
        "text": "Iran opens drone manufacturing factory in Tajikistan\n\nAbabil-2 drones\n\nIran has launched a drone manufacturing factory in Tajikistan. The factory was inaugurated in the Tajik capital Dushanbe by Chairman of Iran’s Joint Chiefs of Staff General Mohamamd Bagheri and Tajikistan’s Defense Minister General Shir Ali Mirza.\n\nIt’s supposed to manufacture Ababil-2 drones with help from experts of the defense industries of the Iranian Defense Ministry.\n\nAbabil-2 drone is a low-flying UAV and is capable of conducting reconnaissance operations. Its range is 200 kilometers and it can fly at a maximum speed of 220 kilometers per hour.",
        "mentions": [
            "Iran|c:IRN", "Tajikistan|c:TJK", "Ababil-2|w:ababil-2/ababil", "Iran|c:IRN", "Tajikistan|c:TJK",
            "Tajik|d:TJK", "Dushanbe|k:TJK", "Iran|c:IRN", "Mohamamd Bagheri|l:mohammad-bagheri",
            "Tajikistan|c:TJK", "Shir Ali Mirza|l:sherali-mirzo", "Ababil-2|w:ababil-2/ababil", "Iranian|d:IRN",
            "Ababil-2|w:ababil-2/ababil",
        ],
    },
    {
        "doc": "w35-kayhan-2022-05-17",
        "date": "2022-05-17",
        "text": "TEHRAN -- Iran on Tuesday opened a factory in Tajikistan’s capital Dushanbe for manufacturing its Ababil-II drones in the Central Asian country.\nThe plant was inaugurated in a ceremony attended by chief of staff of the Islamic Republic’s armed forces Major General Muhammad Baqeri and Tajik defense minister Colonel General Sherali Mirzo.",
        "mentions": [
            "TEHRAN|k:IRN", "Iran|c:IRN", "Tajikistan|c:TJK", "Dushanbe|k:TJK", "Ababil-II|w:ababil-2/ababil",
            "Islamic Republic|?c:IRN", "Muhammad Baqeri|l:mohammad-bagheri", "Tajik|d:TJK",
            "Sherali Mirzo|l:sherali-mirzo",
        ],
    },
    {
        "doc": "w36-ngowatch-2023-02",
        "date": "2023-01-20",
        "text": "Kyrgyzstan has bought a new batch of Turkish military unmanned aerial systems, a government representative revealed.\n\nThe systems are the Turkish Aerospace Industries’ Aksungur and Anka, presidential press service head Daiyrbek Orunbekov wrote on his Facebook account.\n\nOrunbekov added that the systems are already in the country.\n\nThe platforms are in addition to two other Turkish drones — Baykar’s Bayraktar TB2 and Akinci — the country acquired earlier.\n\n“After the clashes in Batken [with Tajikistan], special attention is being paid to strengthening the armed forces and security,” Orunbekov wrote.\n\n“Modern military equipment such as Bayraktar, Aksungur, Akinci, Anka, unprecedented air defense systems, were purchased and arrived in Kyrgyzstan.”\n\nThe Central Asian country has been operating the Bayraktar TB2 since December 2021.",
        "mentions": [
            "Kyrgyzstan|c:KGZ", "Turkish|d:TUR", "Turkish|d:TUR", "Aksungur|w:aksungur", "Anka|w:anka",
            "Daiyrbek Orunbekov|?l:daiyrbek-orunbekov", "Orunbekov|?l:daiyrbek-orunbekov", "Turkish|d:TUR",
            "Bayraktar TB2|w:bayraktar-tb2", "Akinci|w:bayraktar-akinci", "Tajikistan|c:TJK",
            "Orunbekov|?l:daiyrbek-orunbekov", "Bayraktar|w:bayraktar-tb2", "Aksungur|w:aksungur",
            "Akinci|w:bayraktar-akinci", "Anka|w:anka", "Kyrgyzstan|c:KGZ", "Bayraktar TB2|w:bayraktar-tb2",
        ],
    },
    {
        "doc": "w37-asiaplus-2021-12-20",
        "date": "2021-12-20",
        "text": "Two days earlier (on October 21), Kamchybek Tashiyev, the chairman of Kyrgyzstan's State Committee for National Security, announced that Bishkek was procuring Bayraktar TB2 drones from Turkey and Orlan-10s from the Russian Federation.\nKyrgyzstan’s order for drones comes less than a year after the country engaged in brief border clashes with Tajikistan back in April. During those three days of clashes, Kyrgyzstan suffered 36 deaths.\nThe Bayraktar is capable of remotely controlled or autonomous flight operations. It is manufactured by the Turkish company Baykar Defense, primarily for the Turkish Armed Forces. The aircraft is monitored and controlled by an aircrew in the Ground Control Station. While the Turkish Armed Forces describes Bayraktar TB2 as \"Tactical UAV Class\", international standards classify it as a medium-altitude long-endurance unmanned aerial vehicle (UAV).",
        "mentions": [
            "Kamchybek Tashiyev|l:kamchybek-tashiev", "Kyrgyzstan|c:KGZ", "Bishkek|k:KGZ",
            "Bayraktar TB2|w:bayraktar-tb2", "Turkey|c:TUR", "Orlan-10s|w:orlan-10", "Russian Federation|c:RUS",
            "Kyrgyzstan|c:KGZ", "Tajikistan|c:TJK", "Kyrgyzstan|c:KGZ", "Bayraktar|w:bayraktar-tb2",
            "Turkish|d:TUR", "Turkish|d:TUR", "Turkish|d:TUR", "Bayraktar TB2|w:bayraktar-tb2",
        ],
    },
    {
        "doc": "w38-defensemirror-2022-04-29",
        "date": "2022-04-29",
        "text": "Tajikistan is reportedly buying Bayraktar TB2 unmanned combat aerial vehicles (UCAV) amid its border disputes with neighboring Kyrgyzstan, which also has some of these UCAVs on order.\n\nLast week, Turkey's Defense Minister Hulusi Akar and his Tajik counterpart Col. Gen. Sherali Mirzo signed a framework agreement on military cooperation between the two countries.\n\nUpgraded T-72B3M Tanks, Sniper Rifles to Arrive in Russian Base in Tajikistan...\n\nKyrgyzstan Orders Byratkar Drones from Turkey, Orlan-10E UAVs from Russia",
        "mentions": [
            "Tajikistan|c:TJK", "Bayraktar TB2|w:bayraktar-tb2", "Kyrgyzstan|c:KGZ", "Turkey|c:TUR",
            "Hulusi Akar|l:hulusi-akar", "Tajik|d:TJK", "Sherali Mirzo|l:sherali-mirzo", "T-72B3M|w:t-72b3m",
            "Russian|d:RUS", "Tajikistan|c:TJK", "Kyrgyzstan|c:KGZ", "Byratkar|?w:bayraktar-tb2", "Turkey|c:TUR",
            "Orlan-10E|w:orlan-10e/orlan-10", "Russia|c:RUS",
        ],
    },
    {
        "doc": "w39-eurasiareview-2018-08-26",
        "date": "2018-08-26",
        "text": "India's Pinaka multiple rocket launcher.\n\nArmenia Confirms Interest In Buying Indian Weapons\n\nIndian media reported earlier that Armenia has expressed interest in obtaining the Pinaka rocket system developed by India’s Armament Research and Development Establishment (ARDE), which is a laboratory under the Defence Research and Development Organisation (DRDO).\n\nKM Rajan, the director of the Indian laboratory, said on Friday: “Armenia has shown an interest in the Pinaka rocket system and so we carried out extensive firing trials for their delegation last month at Pokhran in Rajasthan. The results were excellent.”",
        "mentions": [
            "India|c:IND", "Pinaka|w:pinaka", "Armenia|c:ARM", "Indian|d:IND", "Indian|d:IND", "Armenia|c:ARM",
            "Pinaka|w:pinaka", "India|c:IND", "Indian|d:IND", "Armenia|c:ARM", "Pinaka|w:pinaka",
        ],
    },
    {
        "doc": "w40-miragec14-2014-02",
        "date": "2014-02-01",
        "text": "Russia is delivering S-300 advanced air defense systems to Kazakhstan.\nRussia is trying to increase Russia's influence over former Soviet Union countries with a series of political, trade and security initiatives that aim to tighten cooperation among the states.\nFive divisions of S-300 will be delivered from the surplus of the Russian Defence Ministry. A division is usually made up of 12 rocket systems.\nRussia said last year it was sending four S-300 divisions to Belarus.\nRussia signed a contract with Syria in 2011 to send four S-300 units to the war-torn country.",
        "mentions": [
            "Russia|c:RUS", "S-300|w:s-300", "Kazakhstan|c:KAZ", "Russia|c:RUS", "Russia|c:RUS",
            "Soviet Union|?c:SUN", "S-300|w:s-300", "Russian|d:RUS", "Russia|c:RUS", "S-300|w:s-300",
            "Belarus|c:BLR", "Russia|c:RUS", "Syria|c:SYR", "S-300|w:s-300",
        ],
    },
    {
        "doc": "w41-rferl-anka-2023-10",
        "date": "2023-10-16",
        "text": "Turkey's Anka Military Drones To Be Assembled In Kazakhstan\n\nAn Anka drone in Ankara in 2021\n\nAn official of the Turkish Aerospace Industries company, Erol Oguz, said on October 15 that the company's Anka drones will be assembled in Kazakhstan soon, adding that further investments in the project are under discussion. TUSAS has produced Anka drones for Turkey's Defense Ministry since 2013. The move makes Kazakhstan the first production base of the Anka outside Turkey.",
        "mentions": [
            "Turkey|c:TUR", "Anka|w:anka", "Kazakhstan|c:KAZ", "Anka|w:anka", "Ankara|k:TUR", "Turkish|d:TUR",
            "Anka|w:anka", "Kazakhstan|c:KAZ", "Anka|w:anka", "Turkey|c:TUR", "Kazakhstan|c:KAZ", "Anka|w:anka",
            "Turkey|c:TUR",
        ],
    },
    {
        "doc": "w42-uzdaily-2013-08-21",
        "date": "2013-08-21",
        "text": "Uzbekistan to modernize Mi-8 and Mi-24 helicopters\nTashkent, Uzbekistan (UzDaily.com) -- Uzbekistan plans to modernize its fleet of Russian helicopters Mi-8 and Mi-24 to use latest night-vision glasses, ITAR-TASS reported.\n\nThe modernization can be carried out at 16 helicopters of Mi-8 and 16 helicopters of Mi-24. It is planned that to adapt cabin of the helicopters for use of the third generation of night-vision system.\n\nRussia and Uzbekistan are cooperating in technical maintenance and repair of Russian-made helicopter via the Uzbek-Russian joint venture UzRosAvia in line with the agreement with Vertolety Rossii, signed in 2009.",
        "mentions": [
            "Uzbekistan|c:UZB", "Mi-8|w:mi-8", "Mi-24|w:mi-24", "Tashkent|k:UZB", "Uzbekistan|c:UZB",
            "Uzbekistan|c:UZB", "Russian|d:RUS", "Mi-8|w:mi-8", "Mi-24|w:mi-24", "Mi-8|w:mi-8", "Mi-24|w:mi-24",
            "Russia|c:RUS", "Uzbekistan|c:UZB", "Russian|d:RUS", "Uzbek|d:UZB", "Russian|d:RUS", "Rossii|?c:RUS",
        ],
    },
    {
        "doc": "w43-karakalpak-2010-05-01",
        "date": "2010-05-01",
        "text": "Commercial Helicopters in Uzbekistan\n\nMIL-8MTV Helicopters - Nukus Airport\n\nThe main commercial helicopter in Uzbekistan is the MIL Mi-8(Ми-8).\n\nUsed in Uzbekistan  from 1967 by the Soviet National Airline Aeroflot being transferred as with most other Aeroflot assets (in country) to Uzbekistan Airways in 1992.\n\nUzbekistan Airways MIL Mi-8 Helicopter\n\nThe first prototype of the Mi-8 the V-8 was designed in 1960 based on the Mil Mi-4. After a few changes it was introduced into service in 1967 as the Mi-8.\n\nToday the Chirchik Aviation Repair Plant located near Tashkent handles repairs and upgrades of the Mi-8 and Mi-24 helicopters, parts manufacture, and repairs of other special purpose equipment.",
        "mentions": [
            "Uzbekistan|c:UZB", "MIL-8MTV|w:mi-8mtv", "Uzbekistan|c:UZB", "MIL Mi-8|w:mi-8", "Ми-8|w:mi-8",
            "Uzbekistan|c:UZB", "Soviet|?c:SUN", "Uzbekistan|c:UZB", "Uzbekistan|c:UZB", "MIL Mi-8|w:mi-8",
            "Mi-8|w:mi-8", "V-8|w:v-8/mi-8", "Mil Mi-4|w:mi-4", "Mi-8|w:mi-8", "Tashkent|k:UZB", "Mi-8|w:mi-8",
            "Mi-24|w:mi-24",
        ],
    },
    {
        "doc": "w44-flightglobal-2008-08",
        "date": "2008-08-19",
        "text": "Four confirmed aircraft losses during a five-day air war with Georgia suggest that Russia underestimated its former ally's air defence capabilities, and the case for modernisation of the Russian air force fleet has been strengthened, say analysts.\n\nThe air war raged between 8 and 12 August after Georgia's attempts to regain control of separatist region South Ossetia drew a heavy response from Russia, which sent troops both to South Ossetia and to a second breakaway region, Abkhazia. Russian president Dmitry Medvedev declared an end to operations on 12 August.\n\nThe Russian defence ministry has acknowledged the loss of four aircraft. These comprise one Tupolev Tu-22M Backfire bomber (flying a reconnaissance mission, according to the ministry) and three Sukhoi Su-25 Frogfoot strike aircraft. Georgia has claimed that \"18 or 19\" Russian aircraft were downed.\n\nTasked with disabling Georgia's defence infrastructure, the Russian air force deployed Su-25 attack aircraft and Mil Mi-24 assault helicopters to provide close-air support for advancing troops. Mi-8s were deployed to transport troops and supplies and in medical evacuation. Interdiction and deep strikes were carried out by Sukhoi Su-24 frontal bombers. Airlift was provided by Ilyushin Il-76s, which delivered paratroopers, ammunition and supplies to Russian bases at Valikavkaz and Mozdok. Tu-22MR spy aircraft, as well as Tu-22 bombers, were also deployed.\n\nHowever, the performance of the Russian air force was \"far from ideal,\" according to Konstantin Makienko, deputy head at Moscow's Centre for Analysis of Strategies and Technologies (CAST). He cites reliance on \"old hardware\" as a limiting factor. \"Its main workhorses of this war have been Su-25, Su-24M, Il-76, Mi-24 and Mi-8 aircraft developed and built back in Soviet times,\" he says.",
        "mentions": [
            "Georgia|c:GEO", "Russia|c:RUS", "Russian|d:RUS", "Georgia|c:GEO", "Russia|c:RUS", "Russian|d:RUS",
            "Dmitry Medvedev|l:dmitry-medvedev", "Russian|d:RUS", "Tupolev Tu-22M Backfire|w:tu-22m",
            "Sukhoi Su-25 Frogfoot|w:su-25", "Georgia|c:GEO", "Russian|d:RUS", "Georgia|c:GEO", "Russian|d:RUS",
            "Su-25|w:su-25", "Mil Mi-24|w:mi-24", "Mi-8s|w:mi-8", "Sukhoi Su-24|w:su-24", "Ilyushin Il-76s|w:il-76",
            "Russian|d:RUS", "Tu-22MR|w:tu-22mr/tu-22m", "Tu-22|w:tu-22", "Russian|d:RUS", "Moscow|k:RUS",
            "Su-25|w:su-25", "Su-24M|w:su-24m", "Il-76|w:il-76", "Mi-24|w:mi-24", "Mi-8|w:mi-8", "Soviet|?c:SUN",
        ],
    },
    {
        "doc": "w45-historyback-2008",
        "date": "2022-08-08",
        "text": "Russian aircraft began to attack Georgian targets as early as the morning of August 8. Su-24 and Su-25 attack aircraft and Su-27 and Mig-29 fighters were used in the operations. According to some sources, Russian aircraft immediately dominated the air.\nOther, more authoritative sources, however, report that the Russian air force suffered serious losses from the start, losing three Su-25s in the first hours of the clashes and being forced to suspend operations for several hours. Then a Su-24 and a Tu-22M heavy bomber were shot down.\nAs reported by the Russian Center for Analysis of Strategies and Technologies (CAST), Russian aircraft reappeared over the city on August 10. The Georgians had at least one squadron of anti-aircraft artillery equipped with Buk-M1 systems and at least two squadrons with Osa-AKs and some modernized Osa-AKMs. Thus the Georgian forces had strong anti-aircraft cover from the start.",
        "mentions": [
            "Russian|d:RUS", "Georgian|d:GEO", "Su-24|w:su-24", "Su-25|w:su-25", "Su-27|w:su-27", "Mig-29|w:mig-29",
            "Russian|d:RUS", "Russian|d:RUS", "Su-25s|w:su-25", "Su-24|w:su-24", "Tu-22M|w:tu-22m", "Russian|d:RUS",
            "Russian|d:RUS", "Georgians|d:GEO", "Buk-M1|w:buk-m1", "Osa-AKs|w:osa-ak/osa", "Osa-AKMs|w:osa-akm",
            "Georgian|d:GEO",
        ],
    },
    {
        "doc": "w46-eadaily-2017-10-23",
        "date": "2017-10-23",
        "text": "“Our response to Iskander”: Baku wants to buy Belarusian Polonezes\n\nAzerbaijani experts and mass media are actively discussing the rumors that Baku is planning to buy Polonez multiple launch rocket systems from Belarus.\n\nThis possibility was one of the key topics during the last visit of Azerbaijani Defense Minister Zakir Hasanov to Minsk. But it is not known if the sides have reached any agreement. During his meeting with Hasanov, Belarusian President Alexander Lukashenko said that he was not going to apologize to anybody for his close military-technical cooperation with Baku.\n\nBut there is no such news on SIPRI’s website. The source just says that over the last 15 years, the total amount of Azerbaijan’s military purchases from Belarus has reached $170 million. Since 2002, the Azerbaijanis have bought 153 T-72 tanks (out of 271 exported tanks), 120 D-30 122-mm artillery systems, 12 2S7 Pion 203-mm self-propelled guns, 60 BTR-70s wheeled armored personnel carriers and 11 Su-25 attack planes.\n\nSuch manipulations are easy to understand. Azerbaijan is trying to find an appropriate answer to Armenia, who has bought Iskander missile systems from Russia.",
        "mentions": [
            "Iskander|w:iskander", "Baku|k:AZE", "Belarusian|d:BLR", "Polonezes|w:polonez", "Azerbaijani|d:AZE",
            "Baku|k:AZE", "Polonez|w:polonez", "Belarus|c:BLR", "Azerbaijani|d:AZE", "Zakir Hasanov|l:zakir-hasanov",
            "Minsk|k:BLR", "Hasanov|l:zakir-hasanov", "Belarusian|d:BLR", "Alexander Lukashenko|l:alexander-lukashenko",
            "Baku|k:AZE", "Azerbaijan|c:AZE", "Belarus|c:BLR", "Azerbaijanis|d:AZE", "T-72|w:t-72", "D-30|w:d-30",
            "2S7 Pion|w:2s7", "BTR-70s|w:btr-70", "Su-25|w:su-25", "Azerbaijan|c:AZE", "Armenia|c:ARM",
            "Iskander|w:iskander", "Russia|c:RUS",
        ],
    },
    {
        "doc": "w47-panarmenian-2018-09-28",
        "date": "2018-09-28",
        "text": "Azerbaijan receives new batch of Polonez systems from Belarus\n\nA new batch of Polonez multiple launch rocket systems has been delivered to Azerbaijan from Belarus, Azerbaijan's Ministry of Defense revealed on Thursday, September 27.\n\n\"Under an intergovernmental agreement between Azerbaijan and Belarus, another batch of Polonez 301-mm operational-tactical missile systems has been delivered to Azerbaijan,\" the Ministry said.\n\nAt the opening of a military unit of missile forces back in June, Azerbaijan demonstrated Polonaise Belarusian multiple launch rocket systems and Israeli-made LORA Short-Range Ballistic Missiles.\n\nPhotos from the event show Azerbaijani President Ilham Aliyev, accompanied by Defense Minister, Colonel-General Zakir Hasanov, passing by a number of Polonaise complexes.\n\nExperts believe that the purchase can be regarded as a response to the acquisition of Iskander systems by Armenia.\n\nArmenia first received Iskander short-range ballistic missile systems in 2016 which were for the first time showcased at a parade marking the 25th anniversary of the country's independence.",
        "mentions": [
            "Azerbaijan|c:AZE", "Polonez|w:polonez", "Belarus|c:BLR", "Polonez|w:polonez", "Azerbaijan|c:AZE",
            "Belarus|c:BLR", "Azerbaijan|c:AZE", "Azerbaijan|c:AZE", "Belarus|c:BLR", "Polonez|w:polonez",
            "Azerbaijan|c:AZE", "Azerbaijan|c:AZE", "Polonaise|w:polonez", "Belarusian|d:BLR", "Israeli|d:ISR",
            "LORA|w:lora", "Azerbaijani|d:AZE", "Ilham Aliyev|l:ilham-aliyev", "Zakir Hasanov|l:zakir-hasanov",
            "Polonaise|w:polonez", "Iskander|w:iskander", "Armenia|c:ARM", "Armenia|c:ARM", "Iskander|w:iskander",
        ],
    },
]


def families() -> dict[str, str]:
    """Weapon id -> family, from the project's data file."""
    out = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "id\t")):
            continue
        cols = line.split("\t")
        out[cols[0]] = cols[2]
    return out


def annotate(p: dict, fam: dict[str, str]) -> dict:
    text = p["text"]
    at = 0
    mentions = []
    for entry in p["mentions"]:
        surface, code = entry.rsplit("|", 1)
        optional = code.startswith("?")
        code = code.lstrip("?")
        tag, value = code.split(":", 1)
        while True:
            start = text.find(surface, at)
            if start < 0:
                sys.exit(f"{p['doc']}: `{surface}` not found after offset {at}")
            end = start + len(surface)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or after.isalnum()):
                break
            at = start + 1
        assert text[start:end] == surface
        m: dict = {"start": start, "end": end}
        if tag in "cdk":
            m.update(kind="country", id=value, form={"c": "name", "d": "demonym", "k": "capital"}[tag])
        elif tag == "l":
            m.update(kind="leader", id=value)
        elif tag == "w":
            wid, _, family = value.partition("/")
            m.update(kind="weapon", id=wid, family=family or fam.get(wid, wid))
        else:
            sys.exit(f"{p['doc']}: unknown code `{code}`")
        if optional:
            m["optional"] = True
        mentions.append(m)
        at = end
    return {"doc": p["doc"], "date": p["date"], "text": text, "mentions": mentions}


def main() -> None:
    fam = families()
    docs = [annotate(p, fam) for p in PASSAGES]
    out = HERE / "weapons.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    weapons = sum(1 for d in docs for m in d["mentions"] if m["kind"] == "weapon" and not m.get("optional"))
    print(f"{len(docs)} passages, {weapons} weapon mentions (not optional) -> {out}")


if __name__ == "__main__":
    main()
