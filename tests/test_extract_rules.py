"""Extraction rules found by reading unseen wire copy (Reuters, AP, PTI, Nigerian
and Gaza reporting): each test states one general behaviour."""

from datetime import date
from pathlib import Path

import pytest

from dateline.extract import extract_events
from dateline.extract.numbers import fatalities
from dateline.extract.segment import dateline_end
from dateline.loader import iter_articles

PUB = date(2025, 11, 18)  # a Tuesday


def events(text: str, published: date = PUB):
    return extract_events(text, published)


def only(text: str, published: date = PUB):
    found = events(text, published)
    assert len(found) == 1, [(e.subtype, text[e.evidence_start:e.evidence_end]) for e in found]
    return found[0]


def test_present_perfect_lede_is_the_news_not_a_running_toll():
    text = ("Gunmen have abducted 25 students from a school in Danko-Wasagu Local Government Area of Kebbi State.\n\n"
            "The attackers stormed the school at about 4 a.m. on Monday, police said.")
    first = events(text)[0]
    assert first.subtype == "Abduction/forced disappearance"
    assert first.date_start == date(2025, 11, 17)  # the next line says when
    assert (first.location, first.admin1) == ("Danko-Wasagu", "Kebbi")


def test_running_tolls_in_the_perfect_are_still_not_events():
    assert events("The conflict has killed tens of thousands of people since 2023.") == []
    assert events("More than 200 people have been killed, the UN said.") == []


def test_a_named_city_before_region_is_the_region_so_a_town_wins():
    e = only("In the eastern Kharkiv region, a guided bomb struck a village near Balakliia on Tuesday, "
             "wounding four people, the governor said.")
    assert e.location == "Balakliia"
    assert e.subtype == "Air/drone strike"  # guided and glide bombs are dropped from aircraft


def test_peoples_adjective_before_city_is_not_a_place():
    e = only("Russian missiles hit the western Ukrainian city of Ternopil early on Wednesday, killing at least 25 people.",
             date(2025, 11, 19))
    assert (e.location, e.fatalities) == ("Ternopil", 25)


def test_attribution_does_not_make_the_source_a_side():
    e = only("A day earlier, suspected militants torched at least six houses at Zairawn village, police said.")
    assert e.type == "Strategic developments" and e.subtype == "Looting/property destruction"


def test_state_forces_as_attackers_keep_violence_against_civilians():
    assert only("Israeli troops opened fire on crowds near an aid site in Rafah on Saturday.").type == \
        "Violence against civilians"
    assert only("Gunmen shot dead two police officers in Peshawar on Sunday.").type == "Battles"


def test_one_named_victim_counts_as_one_death():
    assert fatalities("the attackers also shot dead the vice principal, Hassan Makuku", 0, 62).count == 1
    assert fatalities("troops killed the rebels", 0, 24).count is None


def test_the_town_refers_to_the_town_just_named():
    text = ("M23 rebels seized the town of Nyabiondo in North Kivu province on Thursday.\n\n"
            "At least 11 civilians were killed when mortar shells fell on a market in the town, a local leader said.")
    second = events(text, date(2025, 3, 8))[1]
    assert (second.location, second.fatalities) == ("Nyabiondo", 11)


def test_intervention_told_in_the_next_line_of_a_protest():
    e = only("Hundreds of people protested in Kinshasa on Friday. Police fired tear gas to disperse them.",
             date(2025, 3, 8))
    assert e.subtype == "Protest with intervention"


def test_demanding_an_arrest_is_not_an_arrest():
    e = only("In Imphal, members of a students' body staged a sit-in on Sunday demanding the arrest of the killers.")
    assert e.type == "Protests"


def test_talks_about_a_ceasefire_are_talks_not_an_agreement():
    assert only("Talks on a ceasefire resumed in Doha on Sunday, two officials said.").subtype == "Other"
    assert only("The two sides signed a ceasefire agreement in Doha on Sunday.").subtype == "Agreement"


def test_came_a_day_after_dates_the_earlier_event():
    text = ("Gunmen killed five villagers in Zuru on Monday.\n\n"
            "The attack came a day after bandits killed eight farmers in Maru, residents said.")
    assert [e.date_start for e in events(text)] == [date(2025, 11, 17), date(2025, 11, 16)]


def test_undated_later_paragraphs_take_the_ledes_day_not_publication():
    text = ("Israeli strikes across the Gaza Strip killed at least 32 Palestinians on Saturday.\n\n"
            "Witnesses described chaos at the scene.\n\n"
            "An airstrike on a house in Gaza City killed seven members of one family, a spokesman said.")
    found = events(text, date(2025, 7, 20))
    assert found[0].aggregate  # strikes across a territory sum several
    assert (found[-1].date_start, found[-1].date_rule) == (date(2025, 7, 19), "article date")


def test_a_reference_back_to_the_attack_is_not_a_new_event():
    text = ("Russian drones hit apartment blocks in Ternopil on Wednesday, killing 25 people.\n\n"
            "The president, who was in Turkey on Wednesday, called the attack on Ternopil a brazen strike.")
    assert len(events(text, date(2025, 11, 19))) == 1


def test_countrys_capital_is_its_capital_city():
    e = only("A suicide bomber killed at least nine police recruits at an academy in Somalia's capital on Sunday.",
             date(2025, 2, 3))
    assert (e.location, e.country) == ("Mogadishu", "Somalia")


def test_a_named_country_outweighs_a_name_shared_with_a_foreign_city():
    e = events("BOGOTA, Aug 21 (Reuters) - Thirteen police officers were killed when a helicopter was shot down in "
               "Colombia's Antioquia province on Thursday, authorities said.", date(2025, 8, 22))[0]
    assert (e.location, e.country) == ("Antioquia", "Colombia")
    assert "Thirteen police" not in e.actors  # a count, not a nationality


def test_over_the_weekend_is_the_weekend_just_past():
    e = only("Paramilitaries killed hundreds of civilians in El Fasher over the weekend, activists said on Tuesday.",
             date(2025, 10, 28))
    assert (e.date_start, e.date_end, e.date_precision) == (date(2025, 10, 25), date(2025, 10, 26), "range")


def test_more_dead_of_the_same_attack_add_to_it():
    text = ("At least 27 militants were killed in the rescue operation near Sibi on Tuesday, an official said. "
            "Four soldiers were also killed.")
    assert [e.fatalities for e in events(text, date(2025, 3, 12))] == [31]


def test_a_route_is_not_where_it_happened():
    e = only("Militants blew up the track and attacked a train carrying 450 people from Quetta to Peshawar, "
             "on Tuesday near the town of Sibi.", date(2025, 3, 12))
    assert e.location == "Sibi"


def test_came_two_days_after_counts_the_days():
    text = ("Israeli warplanes struck Sanaa airport on Tuesday, killing three people.\n\n"
            "The strikes came two days after a Houthi missile landed near Ben Gurion Airport outside Tel Aviv.")
    assert [e.date_start for e in events(text, date(2025, 5, 7))] == [date(2025, 5, 6), date(2025, 5, 4)]


def test_a_list_of_sources_is_not_a_list_of_victims():
    e = only("A drone strike on a market in Ethiopia's Amhara region killed at least 12 civilians last Friday, "
             "three witnesses and a health worker said.", date(2025, 9, 30))
    assert e.fatalities == 12


def test_a_perfect_of_ongoing_fighting_since_a_date_is_background():
    assert events("The government has been fighting Fano militiamen in Amhara since August 2023.") == []
    assert events("The Houthis have fired missiles and drones at Israel since the start of the war.") == []


def test_beheadings_are_deaths():
    assert fatalities("insurgents beheaded at least five villagers", 0, 43).count == 5


def test_the_line_that_says_when_can_say_where():
    text = ("Insurgents beheaded at least five villagers in an attack in Mozambique's Cabo Delgado province, "
            "a monitoring group said on Monday.\n\n"
            "The attack on Mandimba village in Macomia district took place on the night of 12 to 13 June.")
    e = events(text, date(2025, 6, 16))[0]
    assert (e.location, e.date_start, e.date_end) == ("Mandimba", date(2025, 6, 12), date(2025, 6, 13))


def test_protesters_clashing_with_police_is_a_riot():
    e = only("At least 39 people were killed on Thursday as protesters clashed with police in Dhaka and other cities.",
             date(2024, 7, 20))
    assert (e.type, e.fatalities, e.aggregate) == ("Riots", 39, True)


def test_restating_the_toll_in_the_next_line_is_the_same_event():
    text = ("A drone strike on a market in Amhara killed at least 12 civilians last Friday, witnesses said.\n\n"
            "\"We collected the bodies of 12 people,\" one witness said.")
    assert len(events(text, date(2025, 9, 30))) == 1


def test_jets_also_hit_is_an_air_strike():
    e = only("On Monday, Israeli jets also hit the port of Hodeidah, killing four people.", date(2025, 5, 7))
    assert e.subtype == "Air/drone strike" and e.fatalities == 4


def test_neutralised_is_military_speak_for_killed():
    assert fatalities('The army said it had "neutralised" about 20 assailants', 0, 55).count == 20


def test_a_line_referring_back_to_the_assault_adds_to_it():
    text = ("Jihadists attacked a military camp in Boulkessi in central Mali on Sunday, killing more than 30 soldiers.\n\n"
            "The army said it had repelled the assault and \"neutralised\" dozens of attackers.")
    assert len(events(text, date(2025, 6, 3))) == 1


def test_arabic_article_prefix_names_a_place():
    e = only("In the village of al-Mukhtariya alone, at least 30 men were shot dead on Friday, residents said.",
             date(2025, 3, 10))
    assert e.location == "al-Mukhtariya"


def test_protesters_looting_is_a_riot_and_nationwide_arrests_are_a_summary():
    riot = only("In Nairobi, protesters set fire to part of a police station and looted shops on Wednesday.",
                date(2025, 6, 26))
    assert (riot.type, riot.subtype) == ("Riots", "Violent demonstration")
    assert only("Police arrested 485 people across the country on Wednesday.", date(2025, 6, 26)).aggregate


def test_second_level_subdivisions_and_a_village_inside_them():
    text = ("Five suspected communist rebels were killed in a clash with government troops in Negros Occidental "
            "province on Saturday morning, the military said.\n\n"
            "Soldiers encountered about 20 rebels in Barangay Trinidad, Guihulngan City, at around 6:30 a.m., "
            "leading to a firefight.")
    found = events(text, date(2024, 11, 4))
    assert len(found) == 1 and found[0].location == "Trinidad" and found[0].fatalities == 5


def test_things_that_exploded_are_explosions_but_tensions_exploding_into_fighting_are_not():
    e = only("Hundreds of pagers exploded across Lebanon on Tuesday afternoon, killing at least 12 people.",
             date(2024, 9, 18))
    assert e.type == "Explosions/Remote violence" and e.fatalities == 12
    assert only("Tensions exploded into open fighting in Khartoum on Saturday.", date(2023, 4, 16)).type == "Battles"


def test_a_possessive_weekday_names_the_earlier_event_not_this_one():
    e = only("Tuesday's blasts were followed on Wednesday by a second wave of explosions, which killed 20 people "
             "in Beirut.", date(2024, 9, 18))
    assert e.date_start == date(2024, 9, 18)


def test_a_match_report_is_not_a_battle_but_its_crowd_trouble_is_news():
    text = ("Real Madrid's attack fired blanks again as the league leaders were held 1-1 in the derby on Saturday. "
            "Mbappe struck the post before a penalty gave Atletico the lead in the match, and Diaz equalised.\n\n"
            "Fans clashed with police outside the stadium before the match.")
    found = events(text, date(2025, 3, 2))
    assert [(e.type, e.subtype) for e in found] == [("Riots", "Violent demonstration")]


def test_armed_men_before_the_act_are_its_authors():
    e = only("Rebels from the Allied Democratic Forces killed at least 38 people in an attack on a church in Komanda "
             "early on Sunday.", date(2025, 7, 28))
    assert e.type == "Violence against civilians"


def test_another_spelling_of_a_foreign_city_is_a_local_town():
    text = ("Rebels killed 38 people in Komanda in eastern Congo's Ituri province on Sunday.\n\n"
            "The rebels also killed 10 people in the Mambasa area on Thursday night, the Congolese army said.")
    second = events(text, date(2025, 7, 28))[1]
    assert (second.location, second.country) == ("Mambasa", "Democratic Republic of the Congo")


def test_weekday_ranges():
    e = only("Security forces killed 12 militants in Khyber Pakhtunkhwa's Bajaur district on Friday and Saturday, "
             "the military said on Sunday.", date(2025, 11, 3))
    assert (e.date_start, e.date_end, e.date_precision) == (date(2025, 10, 31), date(2025, 11, 1), "range")
    assert e.location == "Bajaur"  # "in Khyber Pakhtunkhwa's Bajaur": a two-word possessor still introduces it


def test_came_hours_after_a_clash_is_the_clash_on_the_same_day():
    text = ("Gunmen killed four people in an attack on a village in Plateau state on the night of Saturday to Sunday, "
            "police said.\n\nThe attack came hours after a clash between herders and farmers in the nearby Bokkos "
            "area left two dead.")
    first, second = events(text, date(2025, 11, 3))
    assert (first.fatalities, second.fatalities, second.type) == (4, 2, "Battles")
    assert second.date_start == first.date_start


@pytest.mark.parametrize("line, dateline", [
    ("KYIV, Ukraine (AP) — Russian drones hit Kyiv.", "KYIV, Ukraine (AP) — "),
    ("Kyiv, 12 Nov (IANS): Russian drones hit Kyiv.", "Kyiv, 12 Nov (IANS): "),
    ("Beirut, Lebanon — Israeli strikes hit.", "Beirut, Lebanon — "),
    ("(CNN) — Israeli strikes hit Beirut.", "(CNN) — "),
    ("Mogadishu (AFP) - A bomb exploded.", "Mogadishu (AFP) - "),
    ("Khartoum, 3 May 2025 (Xinhua) -- Fighting raged.", "Khartoum, 3 May 2025 (Xinhua) -- "),
    ("KABUL/ISLAMABAD, Oct 15 (Reuters) - Clashes broke out.", "KABUL/ISLAMABAD, Oct 15 (Reuters) - "),
    ("Imphal, Nov 11 (PTI) Ten suspected militants were killed.", "Imphal, Nov 11 (PTI) "),
    ("Gunmen — not soldiers — attacked the town.", ""),
    ("Bannu, Lakki Marwat — the two districts saw raids.", ""),
    ("Police said: the attack was bad.", ""),
    ("14:32 GMT - Russian drones struck Kyiv.", "14:32 GMT - "),  # live-page timestamps
    ("2:15 p.m. ET — The army said.", "2:15 p.m. ET — "),
    ("10.5 million people - not all - fled.", ""),
    ("ERBIL (Kurdistan 24) – The SDF accused Damascus.", "ERBIL (Kurdistan 24) – "),
    ("CARACAS,  (Reuters) – Security forces used teargas.", "CARACAS,  (Reuters) – "),
    ("Port-au-Prince (AFP) - At least 22 people were killed.", "Port-au-Prince (AFP) - "),
    ("N'Djamena (AFP) – Fourteen soldiers were killed.", "N'Djamena (AFP) – "),
    ("Marib (Al-Masdar Online) – Three soldiers were killed.", "Marib (Al-Masdar Online) – "),
    ("January 27, 2026 (JUBA) – Commanders met.", "January 27, 2026 (JUBA) – "),
    ("March 18 (Reuters) - Sudan's army said.", "March 18 (Reuters) - "),
    ("Cortazar, Gto. — Seven people were killed.", "Cortazar, Gto. — "),
    ("Goma, 12 février (ACTUALITE.CD) – Nine civilians were killed.", "Goma, 12 février (ACTUALITE.CD) – "),
    ("Bangui, Central African Republic, Tuesday, June 16, 2026 (CNC) – Rebels attacked.",
     "Bangui, Central African Republic, Tuesday, June 16, 2026 (CNC) – "),
    ("Sudan: Army, RSF agree to seven-day ceasefire", ""),  # a headline's topic, not a dateline
])
def test_wire_datelines_are_not_evidence(line, dateline):
    assert line[:dateline_end(line, 0, len(line))] == dateline


def test_the_attackers_also_and_killing_the_attackers_tell_the_same_attack():
    text = ("Gunmen killed 21 people on Monday after stopping buses on a highway in Musakhel district.\n\n"
            "The attackers also set fire to at least 10 vehicles before fleeing into the mountains.\n\n"
            "Police said security forces killed three of the attackers and captured one.")
    found = events(text, date(2024, 8, 27))
    assert len(found) == 1 and found[0].fatalities == 21


def test_the_ensuing_gunfight_adds_its_dead_to_the_raid():
    e = only("In a separate attack on Monday night, militants stormed a police post in Kalat district, and the "
             "ensuing gunfight killed six militants and four policemen, the government said.", date(2024, 8, 27))
    assert e.fatalities == 10


def test_place_names_match_without_their_accents_and_keep_the_storys_spelling():
    e = only("Three Iraqi soldiers were killed on Sunday night when militants ambushed an army patrol in Iraq's "
             "eastern province of Diyala, a security source said.", date(2025, 4, 21))
    assert (e.location, e.country) == ("Diyala", "Iraq")


def test_a_reference_back_can_still_say_where():
    text = ("Three Iraqi soldiers were killed on Sunday night when militants ambushed an army patrol in Iraq's "
            "eastern province of Diyala, a security source said.\n\n"
            "The militants attacked the patrol near the village of Hawi al-Adhaim, the source said.")
    found = events(text, date(2025, 4, 21))
    assert len(found) == 1 and found[0].location == "Hawi al-Adhaim"


def test_gunning_down_armed_men_is_a_fight_and_counts_them():
    e = only("Security forces on Wednesday gunned down 27 Maoists in a fierce encounter in Chhattisgarh's "
             "Narayanpur district, officials said.", date(2025, 5, 22))
    assert (e.type, e.fatalities, e.location) == ("Battles", 27, "Narayanpur")


def test_rejecting_a_truce_proposal_is_not_an_agreement():
    e = only("Sudan's government on Sunday rejected a US proposal for a three-month humanitarian truce.",
             date(2025, 8, 10))
    assert e.subtype == "Other"


def test_mediators_are_not_where_an_agreement_happened_and_ended_fighting_is_not_a_clash():
    e = only("Israel and Hezbollah agreed on Wednesday to a ceasefire brokered by the United States and France, "
             "ending more than a year of fighting in southern Lebanon.")
    assert (e.type, e.subtype) == ("Strategic developments", "Agreement")
    assert e.location == "Lebanon"


@pytest.mark.parametrize("clause, count", [
    ("Between 15 and 20 people were killed", 15),
    ("Some 15-20 villagers were killed", 15),
    ("the gunmen killed four or five people", 4),
    ("twenty-one people died", 21),  # a hyphenated number is no range
    ("killed 14 militants and three soldiers", 17),
    ("a 15-year-old was killed", 1),
])
def test_a_range_of_deaths_counts_its_lower_end(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_a_town_set_off_after_an_institution_is_where_it_happened():
    e = only("Gunmen on Sunday abducted 25 schoolgirls from the Government Secondary School, Kuriga, "
             "in Chikun Local Government Area of Kaduna State.")
    assert (e.location, e.admin1, e.country) == ("Kuriga", "Kaduna", "Nigeria")


def test_a_province_named_with_an_unknown_town_gives_its_country():
    # The article's country (Sudan, named twice) is not this clause's: Kebbi is a Nigerian state.
    text = ("Sudan's army said on Monday it had repelled an attack in Sudan's North Kordofan.\n\n"
            "Separately, bandits on Sunday abducted 12 farmers in Danko-Wasagu Local Government Area of Kebbi State.")
    e = [x for x in events(text) if x.subtype == "Abduction/forced disappearance"][0]
    assert (e.location, e.admin1, e.country) == ("Danko-Wasagu", "Kebbi", "Nigeria")


def test_photo_captions_are_not_evidence_and_a_strike_that_kills_is_an_airstrike():
    text = ("CAIRO, Nov 12 (Reuters) - Israeli airstrikes killed at least 25 Palestinians across the Gaza Strip "
            "on Wednesday, health officials said.\n\n"
            "Smoke rises after an Israeli strike in Khan Younis, November 12, 2025. REUTERS/Hatem Khaled\n\n"
            "In Khan Younis, a strike on a house killed nine people, medics said.\n\n"
            "Mourners gather at a funeral in Deir al-Balah on Tuesday. (AP Photo/Abdel Kareem Hana)")
    found = events(text, date(2025, 11, 12))
    assert [(e.subtype, e.location, e.fatalities) for e in found] == [
        ("Air/drone strike", "Gaza", 25), ("Air/drone strike", "Khan Younis", 9)]
    assert found[0].aggregate  # "across the Gaza Strip": a summary of several strikes
    assert all(e.type != "Explosions/Remote violence"
               for e in events("Dockworkers began a general strike on the port of Mombasa on Monday."))


@pytest.mark.parametrize("sentence, place", [
    # A landmark to measure from is not where it happened.
    ("An Israeli drone strike hit a tent in al-Mawasi, west of Khan Younis, on Tuesday, killing three.", "al-Mawasi"),
    # "the X area", with an Arabic article; the city it is measured from is a landmark.
    ("Forces repelled a Houthi assault in the al-Kasara area, north-west of Marib city, late Saturday.", "al-Kasara"),
    # The possessor holds the district named next.
    ("Iraqi forces arrested 12 suspects in Kirkuk's Hawija district on Tuesday.", "Hawija"),
    ("Iraqi F-16 jets bombed an IS hideout in the Hamrin mountains of Salahuddin province on Tuesday.", "Hamrin"),
    # A country's possessive naming its actor is not a place.
    ("Turkey's campaign has also reached Sulaymaniyah, where a drone struck a car on Monday, killing two.", "Sulaymaniyah"),
    # The story's spelling, not the gazetteer's.
    ("A suicide bomber blew himself up at a mosque in Mazar-i-Sharif on Thursday, killing 12.", "Mazar-i-Sharif"),
    # Unknown towns taken or fought over.
    ("Government forces regained control of Jableh on Friday morning, the ministry said.", "Jableh"),
    ("Russian warplanes struck the outskirts of Jisr al-Shughour in Idlib province on Friday, killing three.",
     "Jisr al-Shughour"),
    ("Islamic State militants ambushed a patrol near al-Sukhnah in Homs province late Tuesday, killing five.",
     "al-Sukhnah"),
    # Sub-places a story names with local words, and a region's possession.
    ("Seven people were killed when gunmen burst into a party in the community of Cañada de Caracheo, in the "
     "municipality of Cortazar, on Saturday night.", "Cañada de Caracheo"),
    ("Three soldiers were killed in combat in the rural area of El Plateado, in the municipality of Argelia, "
     "on Monday.", "El Plateado"),
    ("In Narsingdi's Raipura upazila, a mob beat a man to death on Saturday night.", "Raipura"),
    ("Police in north Kashmir's Sopore arrested three militant associates on Thursday.", "Sopore"),
    ("One person was shot dead yesterday as protesters fought police in the city's Kondele area.", "Kondele"),
    # "SDF-held areas" is no name.
    ("On Thursday, mortar shells fired from SDF-held areas landed in the town of al-Mayadin, killing two civilians.",
     "al-Mayadin"),
    # A people's adjective before a place word is no place ("a Turkish military base").
    ("In January 2019, protesters stormed a Turkish military base near Sheladze, setting fire to vehicles.", "Sheladze"),
    # "north of the capital" measures from the capital: the district is where.
    ("On Saturday, intelligence forces arrested four suspected ISKP members in Qarabagh district, north of the capital.",
     "Qarabagh"),
    # The people of a place name it, at the start of a line too.
    ("Residents of Karimama said that three men were kidnapped on Sunday by armed men who took them towards the "
     "Niger border.", "Karimama"),
    # A front line is named after the place it runs through.
    ("Three soldiers were killed overnight in an attack on army positions on the Al-Kassara front, northwest of "
     "Marib governorate.", "Al-Kassara"),
    # The place attacked.
    ("On 9 November, the same group attacked Baixo Pinda, about 15 km to the south, killing three people.",
     "Baixo Pinda"),
    ("The attack on Toribío began shortly after 9 p.m. on Sunday, killing two police officers.", "Toribío"),
    # A name a place word explains, a town in an LGA, a mountain, a market, "the towns of".
    ("At least fourteen civilians were killed on Thursday in an attack on the weekly fair of Sirifila-Boundy, a village "
     "in the Niono circle.", "Sirifila-Boundy"),
    ("On Saturday, hoodlums set ablaze a commercial bus at Ekwulobia, Aguata LGA, after ordering the passengers out.",
     "Ekwulobia"),
    ("Another suspected member of the cell was killed on Monday in a shootout with security forces on Mount Mghila.",
     "Mount Mghila"),
    ("On Sunday, a bomb went off near the entrance of Tha Kamcham market in Nong Chik district, wounding two rangers.",
     "Tha Kamcham"),
    ("Soldiers who pursued the raiders engaged them in a fire exchange on Sunday at Kalokengel, near the border, killing "
     "two.", "Kalokengel"),
    # Roads and streets are named after towns they are not in.
    ("A protester was killed when police cleared a blockade on the Panamericana Sur highway near the southern town "
     "of Chala late on Tuesday.", "Chala"),
    ("In Lima, miners clashed with police on Tuesday as they tried to tear down barriers on Avenida Abancay.", "Lima"),
    # A possessor is no place; the city in apposition is.
    ("Russian drones struck a residential area of Ukraine's second-largest city Kharkiv overnight, killing two.",
     "Kharkiv"),
    # A building's name is no place.
    ("In Kathmandu, protesters pelted police with stones near the Federal Parliament building on Monday.", "Kathmandu"),
])
def test_the_place_where_it_happened(sentence, place):
    assert only(sentence).location == place


def test_a_foreign_city_that_shares_a_local_district_name_is_the_district():
    text = ("SANAA, Yemen — US strikes on Yemen killed 12 people on Sunday, the Houthis said.\n\n"
            "One strike hit a market in the Sahar district of Saada, killing at least eight, the Houthis said.")
    e = [x for x in events(text) if x.fatalities == 8][0]
    assert (e.location, e.country) == ("Sahar", "Yemen")  # not Sohar, Oman


@pytest.mark.parametrize("clause, count", [
    ("killing a woman and her two children, according to medics", 3),
    ("killing its operator and another man", 2),
    ("they had killed a senior commander and two of his guards in a raid", 3),
    ("killing three militants in a gunfight that also left one member of the security forces dead", 4),
    ("a roadside bomb struck a vehicle carrying two army officers, killing both", 2),
    ("killing all 12 passengers", 12),
    ("killed a man and wounded his wife", 1),
    ("eight fighters from both sides were killed", 8),
])
def test_victims_listed_one_by_one_are_counted(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_the_same_toll_in_another_place_is_another_occurrence():
    text = ("At dawn on Sunday, a drone strike hit a bulldozer in Abbasiyeh, killing two men. "
            "Hours later, a strike on a car in the village of Houla killed two brothers, the ministry said.")
    assert [e.location for e in events(text, date(2025, 11, 3))] == ["Abbasiyeh", "Houla"]


def test_since_a_weekday_is_a_summary_span_and_the_reference_after_it_the_occurrence():
    text = ("Fighting has killed at least 19 people in Deir ez-Zor province since Wednesday, a war monitor said on "
            "Saturday.\n\nThe clashes erupted on Wednesday, when tribal fighters attacked SDF positions in the town "
            "of Dhiban. The fighting there killed 11 people.")
    lede, clash = events(text, date(2024, 8, 10))
    assert (lede.date_start, lede.date_end, lede.aggregate, lede.fatalities) == (
        date(2024, 8, 7), date(2024, 8, 10), True, 19)
    assert (clash.date_start, clash.location, clash.fatalities) == (date(2024, 8, 7), "Dhiban", 11)


def test_weapons_recovered_are_seized_not_fired():
    e = only("Police in Sopore arrested three militant associates on Thursday and recovered two pistols "
             "and three hand grenades from their possession.")
    assert e.subtype == "Arrests"
    e = only("The army said on Saturday it had seized a cache of rockets and launchers in the south.")
    assert e.subtype == "Disrupted weapons use"


def test_killing_alone_reports_the_occurrence():
    e = only("Earlier this month, the Army foiled an infiltration bid in Kupwara's Machil sector, killing two infiltrators.")
    assert (e.type, e.location, e.fatalities) == ("Battles", "Machil", 2)


def test_police_firing_on_protesters_is_excessive_force():
    e = only("Police fired tear gas and live rounds at protesters in Nairobi on Tuesday, killing at least five people.")
    assert (e.type, e.subtype, e.fatalities) == ("Protests", "Excessive force against protesters", 5)


def test_a_count_after_said_is_not_summed_with_one_before_it():
    clause = "He put the number of abducted persons at 24 and said three persons lost their lives in the attack."
    assert fatalities(clause, 0, len(clause)).count == 3


def test_a_community_is_a_place():
    e = only("Bandits killed three people in an attack on Gidan Goga community in the Maradun Local Government "
             "Area of Zamfara State on Sunday.")
    assert (e.location, e.admin1, e.country) == ("Gidan Goga", "Zamfara", "Nigeria")


def test_abductions_and_killings_told_in_one_sentence_are_one_raid():
    e = only("Gunmen have abducted at least 31 persons, mostly women and children, and killed three others in an "
             "attack on Gidan Goga community in Zamfara State on Sunday.", date(2025, 2, 10))
    assert (e.subtype, e.fatalities, e.location, e.date_start) == (
        "Abduction/forced disappearance", 3, "Gidan Goga", date(2025, 2, 9))


def test_a_headline_ending_in_a_place_does_not_make_the_dateline_city_the_place():
    text = ("Fighting kills 12 in Amhara\n\nAddis Abeba – Residents of Bichena town told reporters that heavy "
            "fighting over the weekend left at least 12 people dead.")
    assert [e.location for e in events(text, date(2024, 11, 4))] == ["Bichena"]


@pytest.mark.parametrize("clause, count", [
    ("Two suspected members of the New People's Army (NPA) were killed in an encounter.", 2),
    ("Hours later, two municipal police officers from Cortazar were shot dead.", 2),
    ("Seven people, among them a 14-year-old adolescent, were killed.", 7),
    ("Seven people, including two children, were killed.", 7),  # the two are among the seven
    ("In 2022, killed 40 people.", 40),
])
def test_a_count_reaches_past_what_qualifies_its_victims(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_a_line_about_the_fight_just_told_keeps_it_open_for_more_dead():
    text = ("Three soldiers were killed in combat with dissidents in the rural area of El Plateado, the army said.\n\n"
            "According to the Army's Third Division, the clashes began at dawn on Sunday and lasted until Monday.\n\n"
            "The army said that at least four members of the armed group died in the fighting.")
    e = only(text)
    assert (e.subtype, e.fatalities) == ("Armed clash", 7)


@pytest.mark.parametrize("text, deaths, place", [
    ("In Narsingdi's Raipura upazila, a mob beat a 35-year-old man to death on suspicion of theft on Saturday night.",
     1, "Raipura"),
    ("On March 26, residents of Pétion-Ville lynched two suspected gang members who tried to enter the area.",
     2, "Pétion-Ville"),
])
def test_a_crowds_own_justice_is_mob_violence(text, deaths, place):
    e = only(text)
    assert (e.type, e.subtype, e.fatalities, e.location) == ("Riots", "Mob violence", deaths, place)


@pytest.mark.parametrize("text, kind", [
    ("Strikes that day killed 53 people, according to the Houthis.", ("Explosions/Remote violence", "Air/drone strike")),
    ("On Friday, a bombing at the Seh Dokan mosque in Mazar-i-Sharif killed 33 worshippers.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("On Sunday night, a group of masked settlers attacked the village of Sinjil, torching a car.",
     ("Violence against civilians", "Attack")),
])
def test_what_the_weapon_or_the_target_says_about_the_type(text, kind):
    e = only(text)
    assert (e.type, e.subtype) == kind


def test_a_general_strike_that_left_a_city_quiet_is_no_air_strike():
    assert all(e.subtype != "Air/drone strike" for e in events("Workers held general strikes that left Dhaka quiet on Monday."))


def test_a_raid_that_ends_in_arrests_is_arrests():
    e = only("At dawn on Wednesday, troops raided the Balata refugee camp, searching homes and arresting nine people.")
    assert (e.type, e.subtype, e.fatalities) == ("Strategic developments", "Arrests", None)


@pytest.mark.parametrize("text, kind, place", [
    ("Russian forces bombarded Kherson on Monday, killing two civilians.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "Kherson"),
    ("A mass shooting at a bar in Salamanca killed 12 people on Sunday.", ("Violence against civilians", "Attack"),
     "Salamanca"),
    ("Gunmen ambushing a convoy near Kidal on Tuesday killed four soldiers.", ("Battles", "Armed clash"), "Kidal"),
])
def test_more_verb_forms_tell_what_happened_and_where(text, kind, place):
    e = only(text)
    assert ((e.type, e.subtype), e.location) == (kind, place)


def test_a_bare_title_case_dateline_opens_a_story_but_not_a_later_paragraph():
    text = "Fighting in Amhara\n\nAddis Abeba – Federal forces clashed with Fano militia near Mota on Saturday.\n\n" \
           "One.\n\nTwo.\n\nHamas – the group that runs Gaza – said talks would resume."
    assert dateline_end(text, 20, 90, opening=True) == text.index("Federal")
    later = text.index("Hamas")
    assert dateline_end(text, later, len(text)) == later
    assert only(text).evidence_start == text.index("Federal")


@pytest.mark.parametrize("text", [
    "Gunmen killed six people at a car wash in Culiacan on Monday, authorities said, the latest bloodshed in a feud.",
    "In Sulu province, unidentified gunmen shot dead a village chief in Indanan town on Wednesday, police said, "
    "adding that the motive was being investigated.",
])
def test_police_or_authorities_as_the_source_are_not_a_side_even_mid_sentence(text):
    e = only(text)
    assert (e.type, e.subtype) == ("Violence against civilians", "Attack")


def test_a_long_qualified_victim_noun_still_counts():
    e = only("Five suspected communist New People's Army (NPA) rebels were killed in a clash with troops in "
             "Negros Occidental on Saturday.")
    assert e.fatalities == 5


def test_a_peoples_adjective_from_a_plural_country_name_is_no_place():
    e = only("Five rebels were killed in a clash with troops in the central Philippine province of Negros Occidental "
             "on Saturday.")
    assert e.location == "Negros Occidental"


def test_a_quoted_line_restates_the_story_and_is_no_event_of_its_own():
    text = ("A fighter jet dropped two bombs on Nyaung Pin Thar village on Sunday, killing 11 people.\n\n"
            "\u201cWe pulled seven bodies out of a destroyed house,\u201d a rescuer said.\n\n"
            "\"Several soldiers died and some drivers are missing.\"")
    e = only(text)
    assert (e.subtype, e.fatalities) == ("Air/drone strike", 11)


@pytest.mark.parametrize("text, place", [
    ("In the capital, Kinshasa, police fired tear gas on Monday to disperse hundreds of protesters.", "Kinshasa"),
    ("On Sunday, hundreds of residents marched through downtown Culiacan to demand peace.", "Culiacan"),
    ("In Ituri's Djugu territory, CODECO militiamen attacked Lala village on Sunday, killing nine civilians.", "Lala"),
])
def test_where_an_appositive_capital_downtown_or_a_village_in_a_territory_is(text, place):
    assert only(text).location == place


def test_a_month_with_last_year_is_in_last_year():
    e = only("A coalition of armed groups launched a major offensive in northern Shan state in October last year, "
             "seizing several towns.", date(2024, 11, 18))
    assert (e.date_start, e.date_precision) == (date(2023, 10, 1), "month")


def test_an_attack_and_its_interception_in_one_sentence_are_one_disrupted_weapons_use():
    e = only("Russia launched 42 drones and six missiles at Ukraine overnight, and air defences had destroyed "
             "35 drones and three missiles, the air force said.")
    assert (e.type, e.subtype, e.fatalities) == ("Strategic developments", "Disrupted weapons use", None)


@pytest.mark.parametrize("text, kind", [
    ("On Saturday, Russia and Ukraine each returned 115 prisoners of war in an exchange mediated by the UAE.",
     ("Strategic developments", "Agreement")),
    ("On Sunday, suspected militants fired upon farmers working in paddy fields, injuring two of them.",
     ("Violence against civilians", "Attack")),
    ("In 2017, a suicide truck bombing at a busy Mogadishu intersection killed more than 500 people.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("The rebels said their fighters had overrun an army base near the town of Ann on Friday.",
     ("Battles", "Non-state actor overtakes territory")),
    ("Hundreds of residents staged a dawn march on Sunday to denounce the recent air strikes.",
     ("Protests", "Peaceful protest")),
])
def test_more_ways_to_say_what_happened(text, kind):
    assert (only(text).type, only(text).subtype) == kind


def test_what_is_expected_or_habitual_is_no_event():
    assert events("The African Union Mission in Somalia is expected to support the army in a new offensive.") == []
    assert events("The military has increasingly relied on air and artillery strikes as it struggles.") == []


def test_killings_that_follow_an_abduction_without_a_day_of_their_own_are_the_raids():
    text = ("Armed bandits abducted 43 people in a late-night raid on Kadawa village on Saturday, residents said.\n\n"
            "The attackers arrived on motorcycles. Two men who tried to resist were shot dead.")
    e = only(text)
    assert (e.subtype, e.fatalities) == ("Abduction/forced disappearance", 2)


def test_a_protest_and_the_force_that_met_it_in_one_sentence_are_one_protest():
    e = only("On Saturday, women protesters blocked the highway at Sekmai, and police fired tear gas shells to "
             "disperse them, leaving six protesters injured.")
    assert e.subtype == "Protest with intervention"


def test_one_victim_named_by_any_noun_before_was_killed():
    assert fatalities(*(lambda t: (t, 0, len(t)))("A village volunteer was killed and three others were injured.")).count == 1


def test_the_next_line_that_says_when_can_say_more_precisely_where():
    text = ("A village volunteer was killed in an exchange of fire in Manipur's Bishnupur district, police said.\n\n"
            "The gunfight broke out on Monday evening near Phubala village, an officer said.")
    assert only(text).location == "Phubala"


def test_a_named_area_of_a_city_is_more_precise_than_the_city():
    e = only("In Mombasa, one man was shot dead on Monday as rioters fought police in the city's Majengo area.")
    assert e.location == "Majengo"
    e = only("Police fired on protesters in Nairobi on Monday, killing two.")
    assert e.location == "Nairobi"


def test_lines_inside_an_open_quote_are_a_witness_speaking():
    text = ("Gunmen killed three people in an attack on Gidan Goga village on Sunday.\n\n"
            "\"They came from the forest. Anybody that tried to run was shot. They killed the muezzin and two "
            "young men who tried to escape,\" a resident said.")
    e = only(text)
    assert e.fatalities == 3


def test_more_dead_of_the_same_attack_join_its_toll():
    text = ("Seven people were killed when gunmen burst into a party in Cortazar on Saturday night.\n\n"
            "Paramedics took the wounded to hospital. Five people died at the scene and two more died in hospital.")
    e = only(text)
    assert e.fatalities == 7


def test_more_dead_in_strikes_elsewhere_are_another_event():
    text = ("Strikes on the Bani Matar district west of Sanaa killed four people, the spokesman said in a post on X. "
            "Two more people were killed in strikes on the al-Hawak district of Hodeidah, he said.")
    assert sorted(e.fatalities for e in events(text)) == [2, 4]


def test_fighting_for_years_is_background():
    assert events("The cartels have been fighting for years for control of fuel theft in the region.") == []


def test_a_single_capital_after_a_lowercase_word_ends_the_sentence():
    from dateline.extract.segment import sentences
    text = "He said in a post on X. Two were killed. George W. Bush spoke."
    assert [text[s.start:s.end] for s in sentences(text)] == ["He said in a post on X.", "Two were killed.",
                                                              "George W. Bush spoke."]


def test_more_dead_told_in_the_next_line_join_the_toll():
    e = only("A bomb killed five people at a market in Maiduguri on Monday. Two more died in hospital.")
    assert e.fatalities == 7


@pytest.mark.parametrize("clause, count", [
    ("At least 14 inmates and a prison guard were killed in fighting between rival gangs", 15),
    ("Two soldiers and a member of the West Papua National Liberation Army (TPNPB) were killed in a firefight", 3),
    ("Five people, two of them civilians, were killed in clashes", 5),
    ("A man inside opened fire on security officers, who returned fire, killing him", 1),
])
def test_victims_listed_with_a_or_an_appositive_or_a_pronoun(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_deaths_in_clashes_are_a_battle_though_civilians_are_among_them():
    e = only("Five people, two of them civilians, were killed in clashes between rival armed groups in Tripoli on Saturday.")
    assert (e.type, e.fatalities) == ("Battles", 5)


@pytest.mark.parametrize("text", [
    "On Friday night, suspected rebels shot dead two drivers in Sugapa, accusing them of being military informants.",
    "At least 22 civilians were killed on Thursday in an attack by suspected jihadists on a village in the Tillaberi "
    "region, the army announced on Friday.",
])
def test_civilians_killed_stay_an_attack_when_soldiers_are_only_mentioned(text):
    assert only(text).subtype == "Attack"


def test_a_district_named_with_an_arabic_particle_is_the_place():
    e = only("Five people were killed in clashes late Saturday in Tripoli's Souq al-Juma district, the ministry said.")
    assert e.location == "Souq al-Juma"


def test_parts_of_the_world_and_commands_are_no_places():
    e = only("On Sept. 28, 2021, at least 119 inmates were killed at a prison in Guayaquil in one of the worst "
             "prison massacres in Latin America.")
    assert (e.location, e.country) == ("Guayaquil", "Ecuador")
    e = only("The spokesperson of the Plateau State Police Command said five suspects were arrested on Sunday.")
    assert e.location is None


@pytest.mark.parametrize("text", [
    "The Red Crescent said its volunteers had recovered the bodies of 17 migrants washed ashore near Zuwara on Monday.",
    "Twelve people died when their bus plunged into a ravine in a road accident on Monday.",
    "Security forces cordoned off the area and launched a search operation on Sunday.",
    "Plateau and Benue have for years witnessed deadly clashes between farmers and herders.",
])
def test_deaths_no_one_inflicted_searches_and_long_histories_are_no_events(text):
    assert events(text) == []


def test_a_search_operation_that_kills_is_an_event():
    assert only("Troops launched a search operation in Kulgam on Sunday, killing two militants.").fatalities == 2


def test_later_that_month_is_the_month_of_the_occurrence_just_told():
    text = ("The crisis escalated in March 2025, when the White Army overran an army garrison in Nasir. "
            "Vice President Riek Machar was placed under house arrest in Juba later that month.")
    arrest = events(text, date(2026, 8, 10))[-1]
    assert (arrest.subtype, arrest.date_start, arrest.date_end) == ("Arrests", date(2025, 3, 1), date(2025, 3, 31))


def test_a_resolution_signed_by_named_sides_is_an_agreement():
    e = only("On Wednesday, community leaders from Jonglei and the GPAA signed a resolution in Bor pledging to "
             "return abducted women and children.")
    assert (e.subtype, e.location) == ("Agreement", "Bor")


def test_victims_of_an_earlier_abduction_are_no_new_abduction():
    e = only("Troops last week killed two bandits and rescued seven kidnapped farmers during an encounter near Naka.")
    assert (e.type, e.fatalities) == ("Battles", 2)
    assert only("Gunmen kidnapped farmers near Naka on Monday.").subtype == "Abduction/forced disappearance"


def test_a_mob_named_before_the_place_and_day_is_mob_violence():
    e = only("Police said a mob in Mangu on Sunday attacked a commercial bus and killed two travellers.")
    assert e.subtype == "Mob violence"


def test_a_line_naming_no_place_happened_where_the_story_just_was():
    text = ("Police fired tear gas at thousands of protesters in Nairobi on Tuesday.\n\n"
            "Demonstrators later set fire to part of the parliament building, witnesses said.\n\n"
            "Unrelated, officials said.\n\nLater, looters broke into shops.")
    found = events(text)
    # The second from the line just before; the third, two paragraphs on, from the story's main place.
    assert [e.location for e in found] == ["Nairobi", "Nairobi", "Nairobi"]
    assert [e.date_rule for e in found][1:] == ["inherited", "article date"]


def test_an_attacker_killed_adds_to_the_toll_of_the_attack_just_told():
    text = ("Islamic State gunmen attacked a checkpoint near Kirkuk on Monday, killing three soldiers, "
            "the army said. One attacker was killed, it said.")
    assert only(text).fatalities == 4


@pytest.mark.parametrize("text", [
    "Some held pictures of soldiers killed in Gaza.",
    "A suicide bomber killed 12 worshippers at a mosque in Mazar-i-Sharif on Thursday. "
    "The UN mission said it was appalled by Thursday's attack and called for an investigation.",
])
def test_the_dead_or_a_days_occurrence_named_again_are_no_new_event(text):
    assert [e.subtype for e in events(text)] == (["Suicide bomb"] if "bomber" in text else [])


def test_a_titled_village_is_not_its_namesake_town_elsewhere():
    e = only("Soldiers clashed with about 15 rebels in Barangay Buenavista, Himamaylan City, on Sunday, the army said.")
    assert (e.location, e.latitude) == ("Buenavista", None)  # the village, not the namesake town elsewhere


def test_compass_words_are_no_regions_of_another_country():
    e = only("Residents in West Gojjam Zone said a drone strike on Thursday hit a minibus near the town of Merawi, "
             "killing seven passengers, in Ethiopia's Amhara region.")
    assert (e.location, e.country) == ("Merawi", "Ethiopia")


def test_the_army_retaking_a_town_days_later_is_a_new_event():
    text = ("Fano militias took control of Mota town on 28 October after government forces withdrew, residents said. "
            "The army retook Mota two days later, a resident said.")
    taken, retaken = events(text, date(2024, 11, 6))
    assert (retaken.subtype, retaken.date_start) == ("Government regains territory", date(2024, 10, 30))


def test_the_toll_a_territory_line_did_not_give_comes_in_the_next_line():
    text = ("Troops recaptured on Monday the locality of Biakato Mine, which had been occupied by the ADF since "
            "January. Six rebels were killed and 17 hostages freed, according to the army.")
    e = only(text)
    assert (e.subtype, e.fatalities) == ("Government regains territory", 6)


def test_dead_of_a_named_operation_are_not_added_to_the_line_before():
    text = ("Militants attacked a train near Sibi on Tuesday and took passengers hostage. "
            "At least 27 militants were killed in the rescue operation, an official said.")
    assert [e.fatalities for e in events(text)] == [0, 27]


@pytest.mark.parametrize("text", [
    "Four people were killed and six injured in a collision between a minibus and a truck on Monday.",
    "Two soldiers were killed and five injured when their vehicle overturned on Monday.",
])
def test_road_deaths_are_no_events(text):
    assert events(text) == []


def test_a_fronted_unknown_place_frames_the_finer_one():
    e = only("In Al-Suwaidaa, gunmen killed three farmers on Monday, the monitor said.")
    assert e.location == "Al-Suwaidaa"


@pytest.mark.parametrize("text, place", [
    ("In Kharkiv Oblast, a Russian drone struck a car in the settlement of Zolochiv on Monday, killing a man.", "Zolochiv"),
    ("In Sulu province, unidentified gunmen shot dead a village chief in Indanan town on Wednesday night.", "Indanan"),
    ("In Kirkuk, ISIS remnants kidnapped two shepherds in Hawija on Monday.", "Hawija"),
    ("In Karachi, hundreds of BLA supporters' relatives held a sit-in on Monday.", "Karachi"),
    ("In Quezon City in Metro Manila, hundreds of farmers marched to the ministry on Saturday.", "Quezon City"),
])
def test_a_fronted_place_frames_the_finer_one_named_in_the_clause(text, place):
    assert only(text).location == place


def test_a_country_named_as_a_mediator_is_no_place_even_as_united_states():
    e = only("The truce, brokered by the United States and France on Wednesday, took effect in Beirut.")
    assert e.location == "Beirut"


@pytest.mark.parametrize("text, subtype", [
    ("The group recaptured Adan Yabaal and several other towns in Middle Shabelle in April 2025.",
     "Non-state actor overtakes territory"),
    ("In Puntland, the Puntland Defence Forces this week captured the Dhasaan valley, killing 12 militants.",
     "Government regains territory"),
    ("In March 2025 the White Army, an armed youth militia, overran an army garrison in Nasir.",
     "Non-state actor overtakes territory"),
    ("In Raqqa, SDF members opened fire to disperse a demonstration on Monday, injuring two protesters.",
     "Excessive force against protesters"),
    ("Hundreds of farmers rallied in front of the governorate building in Kirkuk on Monday and dispersed peacefully.",
     "Peaceful protest"),
])
def test_who_acts_decides_the_subtype(text, subtype):
    assert only(text).subtype == subtype


def test_an_air_force_that_struck_is_an_air_strike_and_a_villager_killed_is_one_dead():
    e = only("The Air Component of Operation Hadin Kai said on Wednesday that it had struck ISWAP hideouts on islands "
             "of the Lake Chad on Monday, neutralising more than 40 terrorists.")
    assert (e.subtype, e.fatalities, e.country) == ("Air/drone strike", 40, None)
    assert only("In Sukma, suspected Maoists killed a 42-year-old villager on Monday.").fatalities == 1


def test_protesters_detained_in_the_next_line_are_the_protests_intervention():
    text = ("In Kinshasa, hundreds of opposition supporters protested outside parliament on Monday. "
            "Several protesters were detained, witnesses said.")
    e = only(text)
    assert e.subtype == "Protest with intervention"


@pytest.mark.parametrize("text, subtype", [
    ("Thousands of people gathered in Hostages Square in Tel Aviv on Wednesday night to demand a deal.", "Peaceful protest"),
    ("Several hundred Israelis blocked a road near the Knesset in Jerusalem on Thursday to protest the agreement.",
     "Peaceful protest"),
    ("Azerbaijani forces fired small arms at Armenian positions near Sotk on Sunday, the ministry said.", "Armed clash"),
    ("On April 19, the two countries agreed on the first stretch of the border to be delimited.", "Agreement"),
])
def test_protests_clashes_and_agreements_told_without_their_usual_nouns(text, subtype):
    assert only(text, date(2025, 5, 13)).subtype == subtype


def test_a_blocked_road_without_a_protest_is_no_event():
    assert events("A landslide blocked the highway near Kenscoff on Monday.") == []


@pytest.mark.parametrize("text, subtype", [
    ("Students of Dhaka University formed a human chain in front of the Raju Memorial Sculpture yesterday.",
     "Peaceful protest"),
    ("In Chattogram, hartal supporters brought out a procession in the city's Bahaddarhat area yesterday.",
     "Peaceful protest"),
    ("On Monday, two members of the PREPAK were picked up from Wangjing in Thoubal district.", "Arrests"),
    ("Three KYKL cadres were nabbed from Sagolband in Imphal West on Monday.", "Arrests"),
])
def test_south_asian_press_words_for_protests_and_arrests(text, subtype):
    assert only(text).subtype == subtype


@pytest.mark.parametrize("clause, count", [
    ("At least six people, including four Frontier Corps personnel, were martyred and nine others injured", 6),
    ("a suicide bomber blew himself up at the market, killing himself and two members of a vigilance committee", 3),
    ("unidentified gunmen on a motorcycle shot dead a school headmaster in front of his house", 1),
    ("In Funtua, a mob early Sunday lynched a suspected bandit informant", 1),
])
def test_more_ways_to_count_the_dead(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


@pytest.mark.parametrize("text", [
    "Meanwhile, three women died in a stampede during the distribution of food items in Katsina on Friday.",
    "The bodies of the two men were carried in a funeral procession in Tammun this afternoon.",
    "Data compiled by Daily Trust show that at least 412 people were killed by bandits in Katsina this year.",
    "Opposition groups have called a mass rally for Saturday to mark two years since the protests began.",
])
def test_stampedes_funerals_statistics_and_calls_to_rally_are_no_events(text):
    assert events(text) == []


@pytest.mark.parametrize("text, subtype", [
    ("Police used water cannons and pepper spray to disperse protesters in Tbilisi on Monday and detained dozens.",
     "Protest with intervention"),
    ("Last week, police arrested more than 200 people during smaller demonstrations in the capital.", "Arrests"),
    ("Two young men were killed at dawn today when an Israeli drone bombed a group of citizens in Tammun.",
     "Air/drone strike"),
    ("Members of the so-called Central General Staff kidnapped a councillor from Argelia on Monday.",
     "Abduction/forced disappearance"),
])
def test_the_act_a_clause_reports(text, subtype):
    assert only(text).subtype == subtype


def test_a_day_still_to_come_dates_no_event():
    e = only("Police detained 400 activists in Tbilisi in a crackdown that froze EU talks until 2028.",
             date(2026, 11, 27))
    assert e.subtype == "Arrests" and e.date_start == date(2026, 11, 27)


def test_a_seventh_victim_adds_to_the_toll_of_six():
    text = ("Gunmen killed six people at a car wash in Culiacán on Monday, police said.\n\n"
            "The attackers arrived in two pickup trucks and opened fire on workers and customers, witnesses said. "
            "A seventh victim, a 17-year-old boy, died in hospital.")
    assert [e.fatalities for e in events(text)] == [7]


def test_killers_named_after_by_leave_the_dead_civilians():
    e = only("A woman was killed this morning by a sniper of the Houthi terrorist militia while she was fetching water "
             "in Taiz, a local source said.")
    assert e.subtype == "Attack"


def test_48_hours_later_is_two_days_after():
    text = ("Boko Haram fighters killed three villagers in Tourou on Friday, 17 April.\n\n"
            "Some 48 hours later, the insurgents struck again, killing two herders near Mokolo.")
    first, second = events(text, date(2026, 4, 20))
    assert second.date_start == date(2026, 4, 19)


def test_woredas_and_zones_are_districts():
    e = only("Fighters abducted 12 people in Gida Kiremu woreda on Monday, residents said.")
    assert (e.location, e.latitude) == ("Gida Kiremu", None)


@pytest.mark.parametrize("text", [
    "In another incident, three people died yesterday when a cargo truck lost its brakes on the CA-5 highway.",
    "In Dhanbad, two people died when a dilapidated two-storey building collapsed following heavy rain on Sunday.",
    "According to the Indepaz institute, he is the 152nd social leader killed in Colombia so far this year.",
    "Tawila now hosts more than 650,000 people who fled fighting in El Fasher and the nearby Zamzam camp.",
    "Despite the negotiations under way in Doha, fighting continues on several fronts.",
    "Aid agencies have warned that renewed fighting in Gedo could disrupt food deliveries.",
    "Opposition leaders announce a fresh round of protests on Thursday.",
    "The CPI (Maoist) has called a 24-hour bandh in the Kolhan region in protest against the killings.",
])
def test_accidents_statistics_flight_and_announcements_are_no_events(text):
    assert events(text, date(2026, 9, 21)) == []


def test_those_arrested_are_the_arrests_already_told():
    text = "Police say at least 160 people have been arrested since morning. Those arrested will be arraigned tomorrow."
    assert len(events(text)) == 1


@pytest.mark.parametrize("clause, count", [
    ("On Sunday, hitmen shot dead the president of the Community Action Board", 1),
    ("Four Maoists, including a self-styled zonal commander carrying a reward of Rs 10 lakh, were killed", 4),
])
def test_titles_and_long_appositives(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_residents_who_report_deaths_are_no_mob():
    e = only("In Beled Hawo on Monday, residents said two traders were killed by stray bullets during clashes.")
    assert e.subtype != "Mob violence"


@pytest.mark.parametrize("clause, count", [
    ("Last December, about twenty soldiers and VDP were killed when a supply convoy was ambushed", 20),
    ("gunmen offloaded passengers from buses on the N-70 highway in Musakhel district and shot dead nine of them", 9),
])
def test_a_group_named_beside_a_count_and_road_numbers(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


@pytest.mark.parametrize("text, subtype", [
    ("12:40pm — A protester has been shot dead by police in Kangemi, witnesses say.",
     "Excessive force against protesters"),
    ("Witnesses said Israeli troops opened fire on crowds gathering before dawn near an aid site in Rafah.", "Attack"),
    ("In Kitengela, a group of youths have looted shops and set a bus on fire.", "Violent demonstration"),
    ("Overnight, Israeli troops blew up several houses on the eastern edge of Kfar Kila.",
     "Looting/property destruction"),
])
def test_who_is_hit_and_what_is_blown_up(text, subtype):
    assert only(text).subtype == subtype


@pytest.mark.parametrize("text, place", [
    ("On Sunday, an Israeli drone struck a car on the road between Bint Jbeil and Ainata, killing two.", "Bint Jbeil"),
    ("On Tuesday, the KIA said it had captured a junta outpost at Sinkan, in Shwegu Township.", "Sinkan"),
    ("Yesterday afternoon, settlers attacked shepherds in Khirbet Al-Maleh in the northern Jordan Valley.",
     "Khirbet Al-Maleh"),
    ("Troops on Friday repelled an attack by bandits on Magama in Jibia LGA, killing 11.", "Magama"),
    ("JNIM fighters intercepted a convoy of fuel tankers on Sunday near Kassela and set fire to the trucks.", "Kassela"),
    ("Gunmen abducted four farmers from the hills of Jadimura in Hnila union yesterday.", "Jadimura"),
    ("A bomb struck a police vehicle on the Elwak–Lafey road in Mandera County on Monday.", "Elwak"),
    ("A tribal dispute turned into an armed clash in the Al-Abbara subdistrict on Monday, killing two.", "Al-Abbara"),
])
def test_villages_the_gazetteer_lacks_named_by_common_constructions(text, place):
    assert only(text).location == place


def test_a_month_abbreviation_after_between_is_no_place():
    e = only("Clashes between Jan. 16 and 18 killed 80 people in Tibu, officials said.")
    assert e.location != "Jan"


@pytest.mark.parametrize("clause, count", [
    ("In the western countryside of Daraa, unknown gunmen shot dead Khaled al-Zoubi, a former opposition commander", 1),
    ("At least fourteen displaced people, including five children, were killed in the night", 14),
    ("unidentified gunmen shot dead a notable of Al-Okaidat tribe in front of his house", 1),
    ("the killing of Rohingya leader Mohib Ullah, who was shot dead at his office", 1),
    ("gunmen shot dead the villagers in Kano", None),
    ("gunmen shot dead a group of farmers", None),
    ("A protester has been shot dead by police in Kangemi, on the western edge of Nairobi", 1),
])
def test_one_person_shot_dead_named_or_described(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_a_heading_question_is_no_death():
    assert events("Who was killed?") == []


def test_a_fronted_week_dates_what_officials_said_they_did():
    e = only("Last week, Taliban intelligence officials said they had killed six Islamic State fighters in Balkh.",
             date(2026, 3, 13))
    assert e.date_start == date(2026, 3, 2)


def test_the_day_before_the_gunfight_counts_from_the_gunfight():
    text = ("Two men were killed in a gunfight between armed groups at Kutupalong camp last night.\n\n"
            "During a drive early today, police arrested three suspects in the camp.\n\n"
            "The day before the gunfight, a volunteer was hacked to death at Jamtoli camp, police said.")
    killed = [e for e in events(text, date(2026, 2, 24)) if "hacked" in text[e.evidence_start:e.evidence_end]]
    assert killed[0].date_start == date(2026, 2, 22)


def test_told_a_newspaper_on_thursday_is_a_reporting_date():
    text = ("Gunmen abducted 23 bus passengers near Ambo on Tuesday, June 2.\n\n"
            "The next day, soldiers shot dead nine civilians in Gundo Meskel, two residents told Addis Standard on Thursday.")
    shot = events(text, date(2026, 6, 5))[-1]
    assert shot.date_start == date(2026, 6, 3)


@pytest.mark.parametrize("clause, count", [
    ('Two days later, soldiers pursuing the assailants killed "about fifteen" of them', 15),
    ("On Saturday, a motorbike taxi driver and his passenger were killed on the road to Banikoara", 2),
])
def test_quoted_counts_and_two_people_named_by_their_roles(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


@pytest.mark.parametrize("text", [
    "Separately, eight people died on Saturday when a truck carrying displaced families overturned near Memba.",
    "The bodies of the three soldiers were taken to the military hospital, and their funerals are set for Friday.",
    "According to the rights organisation Ain o Salish Kendra, 97 people were killed in political violence in 2025.",
])
def test_more_deaths_that_report_no_occurrence(text):
    assert events(text, date(2026, 8, 20)) == []


def test_suicide_vests_found_are_no_bombing():
    e = only("Police arrested four men in Kabul on Tuesday and said explosives and suicide vests were found in their house.")
    assert e.subtype == "Arrests"


@pytest.mark.parametrize("later", [
    "By Monday evening, the death toll had risen to 16, the provincial governor said.",
    "The toll later rose to 16 after seven bodies were found in the bush.",
    "By Sunday night, the prosecutor's office raised the toll to 16 dead.",
])
def test_a_revised_toll_replaces_the_first_count(later):
    text = ("Gunmen killed at least nine civilians in an attack on the village of Kipese on Sunday, officials said.\n\n"
            + later)
    found = events(text, date(2026, 2, 3))
    assert [(e.fatalities, e.location) for e in found] == [(16, "Kipese")]


def test_a_running_toll_is_no_revision():
    text = ("Three soldiers were killed in an attack on an army post near Fada on Tuesday, the army said.\n\n"
            "The death toll in the conflict since 2015 has risen to 20,000, according to monitors.")
    assert [e.fatalities for e in events(text, date(2026, 2, 3))] == [3]


def test_a_confrontation_between_two_sides_is_one_clash_not_a_summary_between_places():
    e = only("A confrontation between gunmen of La Familia Michoacana and Los Tlacos before dawn on Sunday in the "
             "community of El Naranjo left at least seven people dead.", date(2026, 1, 19))
    assert (e.type, e.location, e.fatalities, e.aggregate) == ("Battles", "El Naranjo", 7, False)


def test_planning_to_attack_is_not_an_attack_and_todays_rallies_are_their_setting():
    e = only("Police in Butwal say they arrested 17 people overnight who were allegedly planning to attack government "
             "offices in the city during today's rallies.", date(2026, 9, 8))
    assert (e.subtype, e.location) == ("Arrests", "Butwal")


def test_an_explosive_drone_is_a_drone_strike():
    e = only("Overnight, an explosive drone operated by a government task force struck a house in Cité Soleil, "
             "killing a gang leader.", date(2026, 2, 9))
    assert e.subtype == "Air/drone strike"


def test_two_clauses_of_one_attack_are_one_event():
    found = events("On Sunday, dissidents flew at least five explosive-laden drones over the police station in Toribío, "
                   "while fighters fired homemade mortars from the surrounding hills.", date(2026, 10, 19))
    assert [(e.subtype, e.location) for e in found] == [("Air/drone strike", "Toribío")]


def test_a_protest_dispersed_with_deaths_in_the_next_line_is_excessive_force():
    text = ("Yesterday, hundreds of residents marched through the centre of Uvira to denounce the abandonment of the "
            "town by the army. Police fired tear gas and live bullets to disperse them, and one young man was shot dead, "
            "according to a doctor.")
    found = events(text, date(2026, 2, 19))
    assert [(e.subtype, e.fatalities, e.location) for e in found] == [("Excessive force against protesters", 1, "Uvira")]
    assert text[found[0].evidence_start:].startswith("Police fired")


def test_a_human_chain_demanding_compensation_for_shelling_is_a_protest():
    e = only("Yesterday, hundreds of people formed a human chain in front of the Bandarban Press Club demanding "
             "compensation for those affected by cross-border shelling.", date(2026, 8, 13))
    assert e.subtype == "Peaceful protest"


def test_a_diplomatic_protest_and_weeks_of_fighting_are_no_events():
    assert events("The foreign ministry summoned the Myanmar envoy on Wednesday to lodge a strong protest.\n\n"
                  "Heavy fighting has been raging in Rakhine's Kyaukphyu and Ramree townships for weeks.",
                  date(2026, 8, 13)) == []


@pytest.mark.parametrize("sentence, place", [
    ("Near Nablus, dozens of Israeli settlers attacked Palestinians harvesting olives on the outskirts of the "
     "village of Aqraba on Tuesday.", "Aqraba"),
    ("In Rangamati, three members of the UPDF were killed in a gunfight in the remote Sajek union of "
     "Baghaichhari upazila on Sunday, police said.", "Sajek"),
])
def test_a_fronted_place_frames_a_finer_one(sentence, place):
    assert only(sentence, date(2026, 8, 13)).location == place


@pytest.mark.parametrize("sentence, subtype, place", [
    ("On Wednesday, AFC/M23 fighters entered Sange, a trading centre some 20km further south, without firing a shot.",
     "Non-violent transfer of territory", "Sange"),
    ("RSF fighters entered Bara on the 9th after army units withdrew from the town without a fight, residents said.",
     "Non-violent transfer of territory", "Bara"),
    # A protest by people displaced by fighting is a protest, not the fighting.
    ("In El Obeid, dozens of women from families displaced by the fighting protested on Sunday outside the state "
     "government headquarters.", "Peaceful protest", "El Obeid"),
    ("In N'Djamena, police fired tear gas on Saturday to break up a march by several hundred supporters of the "
     "opposition.", "Protest with intervention", "N'Djamena"),
    ("In Bujumbura, a 24-year-old university student was taken from his family's home on March 30 by men wearing "
     "the uniforms of the intelligence service.", "Abduction/forced disappearance", "Bujumbura"),
])
def test_more_ways_of_telling_an_occurrence(sentence, subtype, place):
    e = only(sentence, date(2026, 4, 2))
    assert (e.subtype, e.location) == (subtype, place)


def test_the_protest_came_a_day_after_dates_the_killing_from_the_protest():
    text = ("On Sunday, hundreds of residents took to the streets of Taiz to protest against water shortages.\n\n"
            "The protest came a day after unidentified gunmen riding a motorcycle shot dead a local official.")
    killing = [e for e in events(text, date(2025, 7, 15)) if e.type == "Violence against civilians"][0]
    assert killing.date_start == date(2025, 7, 12)


def test_the_dead_a_protest_is_about_are_not_its_dead():
    e = only("Hundreds of tribesmen staged a sit-in on Wednesday in Mir Ali to protest a quadcopter strike that killed "
             "three children.", date(2026, 9, 10))
    assert (e.type, e.fatalities) == ("Protests", None)


def test_people_gathered_peacefully_by_portraits_of_those_killed_are_a_protest():
    e = only("Thousands of people have gathered peacefully at Maitighar Mandala in Kathmandu, holding portraits of "
             "those killed.", date(2026, 9, 8))
    assert e.subtype == "Peaceful protest"


def test_a_people_in_the_plural_is_no_place():
    assert all(e.location != "Israelis" for e in events(
        "Israel says its operations on Monday were aimed at stopping attacks on Israelis.", date(2026, 2, 11)))


def test_the_day_fighting_lasted_until_is_not_a_new_occurrence():
    text = ("Meanwhile, fierce clashes erupted overnight between government forces and the Houthis on the al-Kadaha "
            "front, a military source said. Four government soldiers and at least six Houthi fighters were killed in "
            "the fighting, which lasted until dawn on Tuesday, the source said.")
    found = events(text, date(2025, 7, 15))
    assert [(e.fatalities, e.date_start) for e in found] == [(10, date(2025, 7, 14))]


def test_a_drone_launched_by_a_group_that_struck_is_a_drone_strike():
    e = only("Three civilians were killed on Monday when a drone launched by the Houthi group struck a crowded market "
             "in Taiz.", date(2025, 7, 15))
    assert e.subtype == "Air/drone strike"


def test_the_next_line_places_an_attack_told_only_by_country():
    text = ("A suicide bomber rammed an explosives-laden car into a military convoy in northwest Pakistan on Thursday, "
            "killing six soldiers, officials said.\n\n"
            "The attack took place on the outskirts of Khar, the main town of Bajaur district, police said.")
    assert [e.location for e in events(text, date(2026, 9, 12))] == ["Khar"]


@pytest.mark.parametrize("sentence, place", [
    ("On Saturday, residents of Linda Vista reported that three drones loaded with explosives had been dropped on "
     "their homes.", "Linda Vista"),
    ("In Kirkuk, ISIS remnants kidnapped two shepherds in Wadi al-Shay, south of the city, on Saturday.", "Wadi al-Shay"),
])
def test_a_known_name_inside_an_unknown_longer_one_is_part_of_it(sentence, place):
    assert only(sentence, date(2026, 6, 8)).location == place


@pytest.mark.parametrize("sentence, day", [
    ("Yemen has been mired in a civil war since 2014, when the Houthis seized the capital Sanaa.", date(2014, 1, 1)),
    ("Kurram has been on edge since November 2024, when an attack on a passenger convoy near Mandori killed 40 people.",
     date(2024, 11, 1)),
])
def test_since_a_time_when_dates_what_happened_then(sentence, day):
    assert only(sentence, date(2025, 7, 15)).date_start == day


def test_an_announced_truce_is_dated_by_its_announcement():
    text = ("Clan militias fought over farmland in Qoryooley district on Monday, killing nine people.\n\n"
            "Elders in Qoryooley district announced on Wednesday that the two clans had agreed to a truce.")
    truce = [e for e in events(text, date(2025, 7, 25)) if e.subtype == "Agreement"][0]
    assert truce.date_start == date(2025, 7, 23)


def test_the_following_month_is_one_month_on_from_the_occurrence_just_told():
    found = events("In April last year, a group attacked two tourist hunting camps inside the reserve, killing a game "
                   "ranger, and the following month the army said it had retaken control of the area.", date(2026, 5, 29))
    assert [(e.date_start, e.fatalities) for e in found] == [(date(2025, 4, 1), 1), (date(2025, 5, 1), None)]
    assert found[1].subtype == "Government regains territory"


def test_friday_prayers_are_no_date_and_an_announced_truce_after_last_weeks_clashes_is_dated_by_the_announcement():
    e = only("In March, at least 44 worshippers were killed in an attack on a mosque in Fambita during Friday prayers.",
             date(2025, 9, 6))
    assert e.date_start == date(2025, 3, 1)
    truce = only("Elders in Qoryooley district announced on Wednesday that two rival clan militias had agreed to a truce "
                 "after clashes over farmland last week killed nine people.", date(2025, 7, 24))
    assert (truce.subtype, truce.date_start) == ("Agreement", date(2025, 7, 23))


@pytest.mark.parametrize("sentence, subtype, place", [
    ("A government plane dropped bombs on the market in Ulang town on Saturday morning, killing 12 people.",
     "Air/drone strike", "Ulang"),
    ("Gunmen killed six laborers from the eastern Punjab province at a construction site near Turbat on Sunday.",
     "Attack", "Turbat"),
    ("Two terrorists were killed in an encounter with security forces in the Bhata Dhurian forest on Sunday.",
     "Armed clash", "Bhata Dhurian"),
    ("Jihadists killed dozens of soldiers in an assault on the besieged northern town of Djibo on Sunday, "
     "Burkinabe security sources said.", "Armed clash", "Djibo"),
])
def test_planes_that_drop_bombs_origins_forests_and_peoples(sentence, subtype, place):
    e = only(sentence, date(2026, 3, 2))
    assert (e.subtype, e.location) == (subtype, place)


def test_a_wounded_man_dying_days_later_raises_the_toll_and_is_no_new_event():
    text = ("Gunmen killed eight people at a billiard hall in Esmeraldas on Saturday night, police said.\n\n"
            "Two days later, one of the wounded died at the provincial hospital, raising the toll to nine.")
    assert [e.fatalities for e in events(text, date(2026, 4, 7))] == [9]


def test_sound_grenades_fired_to_disperse_a_crowd_are_an_intervention_and_air_interdictions_are_air_strikes():
    e = only("Police fired teargas shells and sound grenades on Monday to disperse garment workers who blocked the "
             "highway at Bhogra.", date(2025, 5, 20))
    assert e.subtype == "Protest with intervention"
    e = only("The Nigerian Air Force conducted air interdictions on Thursday on a bandit enclave in the Rugu forest.",
             date(2026, 9, 20))
    assert e.subtype == "Air/drone strike"


def test_victims_set_off_by_allegedly_are_counted():
    clause = "In the ensuing exchange of fire, three terrorists, allegedly affiliated with the Gandapur group, were killed"
    assert fatalities(clause, 0, len(clause)).count == 3


def test_an_occurrence_told_only_after_after_is_the_news():
    e = only("Security around the court was reinforced for the hearing after a car bomb exploded late on Thursday outside "
             "the Esmeraldas provincial court, damaging three vehicles.", date(2026, 4, 7))
    assert (e.subtype, e.date_start) == ("Remote explosive/landmine/IED", date(2026, 4, 2))


def test_people_gathered_at_the_call_of_a_movement_are_a_protest():
    e = only("On Sunday, a few hundred people gathered at the Place de la République in Bangui at the call of a civil "
             "society platform.", date(2026, 6, 16))
    assert (e.subtype, e.location) == ("Peaceful protest", "Bangui")


def test_a_lede_that_names_no_place_happened_at_the_dateline():
    text = ("TBILISI, Georgia (AP) — Police used water cannons and pepper spray late Wednesday to disperse several "
            "thousand protesters outside parliament.")
    assert only(text, date(2026, 11, 26)).location == "Tbilisi"


def test_a_lede_in_a_part_of_the_country_is_not_at_the_dateline():
    text = ("COTONOU, Benin (AFP) - Suspected jihadists killed 11 soldiers in an attack late Friday on an army post in "
            "northern Benin, military sources said.")
    assert only(text, date(2026, 4, 13)).location != "Cotonou"


def test_who_died_at_the_scene_and_who_died_later_are_the_toll_told():
    text = ("Five people were killed on Sunday night when armed men opened fire on workers outside a packing plant on the "
            "outskirts of Uruapan, officials reported.\n\n"
            "The gunmen arrived at the plant and shot at them. Three men died at the scene, while two others died hours "
            "later at the Regional Hospital of Uruapan.")
    assert [e.fatalities for e in events(text, date(2026, 9, 15))] == [5]


def test_a_group_named_after_a_town_is_no_place_and_a_long_parenthesis_keeps_the_count():
    e = only("At least nine people were killed in fighting on Monday between Tigray forces and Fano militias around Mai "
             "Tsebri town, residents said.", date(2025, 6, 19))
    assert e.location != "Fano"
    clause = "Two fighters of the Popular Mobilization Forces (PMF, or Hashd al-Shaabi) were killed late Sunday"
    assert fatalities(clause, 0, len(clause)).count == 2


def test_deaths_fewer_than_the_toll_just_told_are_its_breakdown():
    text = ("At least seven people were killed on Monday when Jubaland forces clashed with federal troops in Beled Hawo, "
            "residents said.\n\n"
            "The fighting erupted near the police station. A Jubaland military official said five of his soldiers had "
            "died, while residents said two traders were killed by stray bullets.")
    assert [e.fatalities for e in events(text, date(2026, 4, 21))] == [7]


@pytest.mark.parametrize("line", [
    "Cabo Delgado, a province rich in natural gas, has been the scene of an armed insurgency since 2017.",
    "The RSF has since shifted its offensive to Kordofan.",
    "Security forces have intensified operations in both the valley and hill districts in recent weeks.",
])
def test_background_told_in_the_perfect_is_no_event(line):
    assert events(line, date(2026, 6, 17)) == []


@pytest.mark.parametrize("sentence, subtype", [
    ("In Sukma, suspected Maoists killed a 42-year-old villager on Sunday, branding him a police informer.", "Attack"),
    ("The Syrian Observatory says at least 745 civilians were killed in Latakia between Thursday and Saturday in "
     "executions carried out by fighters affiliated with the security forces.", "Attack"),
    ("In September 2022, they killed an Italian nun in an attack on the Catholic mission at Chipene.", "Attack"),
    ("Taliban intelligence officials said on Monday they had killed a senior IS-K commander and two of his guards in "
     "a raid in Achin district.", "Armed clash"),
    ("On Sunday, dozens of heavily armed men on motorbikes stormed the army post at Monsey, killing 11 soldiers.",
     "Armed clash"),
])
def test_who_was_killed_decides_attack_or_clash(sentence, subtype):
    assert only(sentence, date(2026, 3, 2)).subtype == subtype


@pytest.mark.parametrize("clause, count", [
    ("A further 273 members of the security forces and pro-Assad fighters were killed in the fighting", 273),
    ("In February 2025, the militia killed more than 50 displaced people at the Plaine Savo site", 50),
    ("SOHR documented the death of three local gunmen and two members of the Ministry of Defence forces", 5),
    ("a suicide bombing inside the ministry of refugees in Kabul killed the minister, Khalil Rahman Haqqani", 1),
    ("Gunmen killed three, wounded five and abducted 12 in the village", 3),
    ("a missile strike damaged energy infrastructure in Kherson, leaving more than 20,000 households without power", None),
    ("killing three IS-K militants in a gunfight that also left one member of the security forces dead", 4),
    ("Clashes between Fatah and Islamist militants in the summer of 2023 killed around 30 people", 30),
    ("Three members of the banned CPI (Maoist), including a woman, were killed in an exchange of fire", 3),
    ("social leader Arnulfo Cuellar was shot dead by two men on a motorcycle outside his home", 1),
    # Two groups' dead, each with its own verb, joined by "and".
    ("Two soldiers were martyred and six militants killed when a group of terrorists attacked the post", 8),
    ("A police constable was martyred and two terrorists were killed in the exchange of fire", 3),
    ("Three soldiers were killed and five others wounded overnight", 3),
    # "N of them" after a comma says who some of the dead were, it does not add to them.
    ("detonated an explosives vest, killing four people, three of them police officers, and wounding nine", 4),
])
def test_more_ways_to_count_the_dead(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_a_protest_met_with_force_and_no_deaths_counts_zero_dead_and_a_peaceful_one_none():
    e = only("In N'Djamena, police fired tear gas on Saturday to break up a march by opposition supporters.",
             date(2026, 4, 2))
    assert (e.subtype, e.fatalities) == ("Protest with intervention", 0)
    e = only("On Sunday, hundreds of residents marched peacefully through Taiz to demand water.", date(2025, 7, 15))
    assert (e.subtype, e.fatalities) == ("Peaceful protest", None)


def test_romance_particles_inside_an_unknown_place_name():
    e = only("A Military Police operation in Cidade de Deus, in the West Zone of Rio, left seven people dead on Tuesday.",
             date(2026, 3, 12))
    assert e.location == "Cidade de Deus"


@pytest.mark.parametrize("sentence", [
    "On Wednesday, residents of Sangatpura and adjoining villages staged a dharna outside the police post.",
    "In Rosario, members of social organisations blocked access to the Rosario-Victoria bridge for three hours on Tuesday.",
    "This Sunday, some 300 inhabitants of the Sierra region blocked for several hours the Pan-American highway.",
])
def test_dharnas_and_blockades_that_last_hours_are_protests(sentence):
    e = only(sentence, date(2025, 4, 18))
    assert e.type == "Protests" and e.location != "Pan"


def test_a_death_toll_that_has_risen_is_the_new_count_not_plus_the_bodies_found():
    clause = ("THE death toll in the Saturday night attack by suspected armed herdsmen on Tse-Ayaga community in Guma "
              "Local Government Area of Benue State has risen to 21, after four more bodies were recovered")
    assert fatalities(clause, 0, len(clause)).count == 21


def test_a_silent_crowd_remembering_those_who_died_in_a_collapse_is_a_protest_without_their_dead():
    e = only("Tens of thousands of people are standing in silence in front of Novi Sad railway station, one minute for "
             "each of the 16 people who died when its concrete canopy collapsed.", date(2026, 11, 1))
    assert (e.type, e.fatalities, e.location) == ("Protests", None, "Novi Sad")


@pytest.mark.parametrize("clause, count", [
    ("7 April 2026 - Iranian security forces killed at least six protesters and arrested 214 people", 6),
    ("about 400 people marched through the centre of Anori carrying photographs of the dead", None),
])
def test_dates_and_the_dead_named_are_no_counts(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_a_peoples_majority_is_no_place():
    e = only("Security forces killed at least six protesters last month as demonstrations spread across Khuzestan "
             "province's Arab-majority towns.", date(2026, 4, 7))
    assert e.location != "Arab-majority"


@pytest.mark.parametrize("text, day", [
    ("Gunmen attacked Ndiffa on Saturday, killing nine. A week earlier, a patrol of the UN mission was ambushed near "
     "Ouadda, killing one soldier.", date(2026, 1, 3)),
    ("On the 2nd of this month, Ramiro Bastidas, who chaired the council, was shot dead.", date(2026, 1, 2)),
])
def test_a_week_earlier_and_the_nth_of_this_month(text, day):
    assert events(text, date(2026, 1, 12))[-1].date_start == day


def test_lines_after_a_flashback_go_on_with_the_main_day():
    text = ("LAHORE: Thousands of PTI workers protested on Mall Road on Sunday.\n\n"
            "Earlier, on Saturday night, police raided the residences of several PTI leaders and detained 30 workers.\n\n"
            "Elsewhere in Punjab, some 400 workers rallied outside the Faisalabad Press Club.")
    found = events(text, date(2026, 2, 9))
    assert found[-1].date_start == date(2026, 2, 8)


@pytest.mark.parametrize("sentence, subtype", [
    ("Iranian security forces killed at least six protesters in Khuzestan province on Sunday.",
     "Excessive force against protesters"),
    ("Police shot dead two protesters in Nairobi on Tuesday.", "Excessive force against protesters"),
    ("Protesters clashed with police in Nairobi on Tuesday.", "Violent demonstration"),
])
def test_state_forces_killing_protesters_is_excessive_force(sentence, subtype):
    assert only(sentence, date(2026, 4, 7)).subtype == subtype


def test_a_town_seized_and_named_with_its_description_is_territory_and_defused_bombs_are_weapons_found():
    e = only("Last month, al-Shabab fighters seized Adan Yabaal, a town in the Middle Shabelle region.", date(2025, 6, 10))
    assert e.subtype == "Non-state actor overtakes territory"
    e = only("On Monday, police found two improvised explosive devices, which were safely detonated by the bomb squad, "
             "at Ihiala.", date(2026, 5, 5))
    assert e.subtype == "Disrupted weapons use"
    assert all(e.subtype != "Non-state actor overtakes territory" for e in events(
        "Sources confirmed that a clash took place in the Paryan area on Sunday.", date(2026, 5, 26)))


def test_a_people_ending_a_camps_name_is_no_part_of_it():
    e = only("A local Fatah official was shot dead late Tuesday in the Ain al-Hilweh Palestinian refugee camp.",
             date(2026, 4, 22))
    assert e.location == "Ain al-Hilweh"


@pytest.mark.parametrize("sentence, subtype, dead", [
    ("Two days ago, a remote-controlled bomb targeted a police van in the Shakardara area, injuring three policemen.",
     "Remote explosive/landmine/IED", 0),
    ("Later Wednesday, a crowd in the nearby community of Lascahobas stoned and burned two men accused of being gang "
     "lookouts.", "Mob violence", 0),
    ("Members of the Imbonerakure beat to death a member of the opposition CNL in Rugombo commune on Thursday night.",
     "Attack", 1),
])
def test_bombs_that_target_crowds_that_stone_and_beatings_to_death(sentence, subtype, dead):
    e = only(sentence, date(2025, 10, 10))
    assert (e.subtype, e.fatalities) == (subtype, dead)


def test_a_dharna_alleging_fake_encounters_is_the_protest_not_the_encounters():
    e = only("On Sunday, members of civil liberties organisations staged a dharna at Indira Park in Hyderabad, alleging "
             "that the encounters were fake.", date(2025, 12, 15))
    assert e.subtype == "Peaceful protest"


@pytest.mark.parametrize("sentence, subtype", [
    ("Truckers first parked their rigs across the highway to Trinidad two days ago.", "Peaceful protest"),
    ("Yesterday neighbourhood councils joined in, blocking streets in Montero and Warnes.", "Peaceful protest"),
    ("Police fired tear gas to clear a blockade of minibuses and trucks on Wednesday.", "Protest with intervention"),
    ("On Wednesday, angry residents of Marigat blocked the Marigat-Loruk road with stones and burning tyres.",
     "Peaceful protest"),
])
def test_blockades_are_protests(sentence, subtype):
    found = events(sentence, date(2026, 2, 12))  # (streets blocked in two towns: two protests)
    assert found and {e.subtype for e in found} == {subtype}


def test_a_condemned_attack_is_named_again_but_a_denounced_kidnapping_is_news():
    text = ("Islamic State militants attacked an army checkpoint east of Samarra late on Sunday, killing four soldiers.\n\n"
            "Prime Minister Mohammed Shia al-Sudani condemned what he called a \"cowardly\" attack and ordered commanders "
            "to hunt down the perpetrators.")
    assert len(events(text, date(2025, 2, 18))) == 1
    e = only("In Arauca, the army denounced that ELN guerrillas kidnapped two soldiers in Tame last Friday.",
             date(2025, 8, 25))
    assert e.subtype == "Abduction/forced disappearance"


def test_a_named_neighbourhood_is_the_most_specific_place():
    e = only("Gunmen opened fire on a group of men outside a mosque in the Natinga neighbourhood late Saturday, killing "
             "four, police in Bawku said.", date(2025, 7, 14))
    assert e.location == "Natinga"


@pytest.mark.parametrize("sentence, place", [
    ("In June 2023, ADF rebels attacked Lhubiriha Secondary School in Mpondwe, killing 42 people.", "Mpondwe"),
    ("Police in Kasese Municipality on Saturday fired teargas at traders who were protesting against new taxes.",
     "Kasese"),
])
def test_schools_and_a_known_towns_kind_are_no_new_place_names(sentence, place):
    assert only(sentence, date(2025, 4, 7)).location == place


def test_a_defused_bomb_beside_an_encounter_site_and_a_combing_operation_is_weapons_found():
    e = only("On Monday, a bomb disposal squad defused a pressure IED that had been planted on a forest track about two "
             "kilometres from the encounter site, officials said, adding that the combing operation was continuing.",
             date(2026, 6, 2))
    assert e.subtype == "Disrupted weapons use"


def test_people_who_answered_the_call_of_a_movement_protest():
    e = only("In Ouahigouya, hundreds of people answered the call of civil society organisations on Wednesday to gather "
             "at the Naaba Kango square.", date(2026, 11, 20))
    assert (e.subtype, e.location) == ("Peaceful protest", "Ouahigouya")


def test_suspects_placed_in_custody_were_arrested():
    e = only("The ministry said on Tuesday that three suspects had been handed over and placed in custody in Misrata.",
             date(2025, 11, 26))
    assert e.subtype == "Arrests"


@pytest.mark.parametrize("sentence, place", [
    ("Fighting between the army and the Twirwaneho, a Banyamulenge militia, killed 17 people around Minembwe on Sunday.",
     "Minembwe"),
    ("On Tuesday, protesters in Mombasa marched waving placards reading \"Our port is not for sale\" as police fired "
     "tear gas.", "Mombasa"),
])
def test_peoples_and_pronouns_are_no_places(sentence, place):
    assert only(sentence, date(2026, 3, 4)).location == place


def test_a_small_town_after_in_is_read_in_the_articles_country_only():
    # Wabag (3,958 people) is too small for the main table; Papua New Guinea's stories name it.
    png = only("PORT MORESBY, Papua New Guinea (AP) — Tribal fighters killed six people in Wabag on Sunday, "
               "police in Papua New Guinea said.")
    assert (png.location, png.country, png.fatalities) == ("Wabag", "Papua New Guinea", 6)
    assert png.latitude == pytest.approx(-5.49, abs=0.01)
    # Bara is a small town in Nigeria and in India: the story's country decides.
    nigeria = only("Gunmen killed four farmers in Bara, in Nigeria's Bauchi State, on Monday, police said.")
    assert (nigeria.location, nigeria.country) == ("Bara", "Nigeria")
    # A small town's name with no "in", "near"... before it is not read: "Street", "Reserve", "Homeland" are towns somewhere.
    burkina = only("Jihadists killed 12 members of the Volunteers for the Defence of the Homeland in Burkina Faso on Monday.")
    assert burkina.location == "Burkina Faso"


def test_a_small_towns_name_for_a_building_or_a_speakers_seat_is_no_place():
    prison = only("Three prisoners were executed in Sepidar prison in Ahvaz, Iran, on Monday, rights groups said.")
    assert prison.location == "Ahvaz"
    seat = events("Gunmen killed seven people at a cattle camp in Mayom county, South Sudan, on Monday.\n\n"
                  "The army spokesman in Bentiu said the attackers had fled.")
    assert [e.location for e in seat] == ["Mayom"]


def test_homes_destroyed_by_floods_are_no_event():
    assert events("Meanwhile, heavy rains have flooded parts of Ngala, destroying more than 200 homes, officials said on Monday.") == []
    assert events("Torrential rains destroyed 40 houses in the village on Sunday.") == []
    assert only("Militants burned 40 houses in the village of Ngala on Sunday, residents said.").subtype == "Looting/property destruction"


def test_the_next_line_with_no_day_or_dead_of_its_own_tells_the_same_attack_more_closely():
    text = ("Ten soldiers were killed when jihadists attacked an army position on the shores of Lake Chad late Sunday, "
            "the army said.\n\n"
            "The attackers, who arrived in canoes, stormed the post at Kaiga Kindjiria in Lac province shortly before midnight, "
            "a spokesman said.")
    attack = only(text)
    assert (attack.fatalities, attack.location, attack.date_start) == (10, "Kaiga Kindjiria", date(2025, 11, 16))
    # With a day of its own, the next line is another occurrence.
    two = events(text.replace("shortly before midnight", "on Monday"))
    assert len(two) == 2


@pytest.mark.parametrize("clause, count", [
    ("Fighters raided the village late on Saturday, beheading four farmers and setting fire to dozens of homes.", 4),
    ("a female suicide bomber blew herself up at the market, killing herself and three civilians and wounding 11 others", 4),
    ("A 19-year-old man has died after being shot during a protest in Cabimas, his family said.", 1),
    ("Officials said the unrest has died down.", None),
])
def test_more_ways_a_clause_counts_its_dead(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_the_first_event_takes_the_day_of_the_line_that_set_the_scene():
    text = ("JABLEH, Syria — The first shots were fired just after sunset on Sunday, November 16, on the road "
            "that links the city to the villages above it.\n\n"
            "Gunmen hiding in an olive grove opened fire on a security patrol, killing three of its members, "
            "the ministry said.")
    ambush = only(text)
    assert (ambush.date_start, ambush.date_rule, ambush.fatalities) == (date(2025, 11, 16), "previous sentence", 3)


def test_a_line_that_names_only_a_day_dates_the_section_under_it():
    text = ("JABLEH, Syria — Gunmen ambushed a security patrol near the village of Daliyah on Sunday, November 9, "
            "killing three of its members.\n\n"
            "Monday, November 10\n\n"
            "Seven men were shot dead near the village mosque that morning, residents said.\n\n"
            "Tuesday, November 11\n\n"
            "Residents returned to find 12 houses looted and burned.")
    ambush, shooting, looting = events(text)
    assert ambush.date_start == date(2025, 11, 9)
    assert (shooting.date_start, shooting.date_rule) == (date(2025, 11, 10), "heading")
    assert looting.date_start == date(2025, 11, 11)


@pytest.mark.parametrize("sentence, subtype", [
    ("Hundreds of residents blocked the Inter-American Highway at kilometre 148 for most of Monday, demanding the arrest "
     "of the gunmen.", "Peaceful protest"),
    ("On Monday, around 300 farmers blocked Route PY05 at the entrance to Horqueta for five hours, demanding land.",
     "Peaceful protest"),
    ("On Monday, police fired tear gas to disperse a crowd that tried to reach the governor's office.",
     "Protest with intervention"),
    ("On Monday, several hundred residents gathered in front of the town hall chanting slogans against the militias.",
     "Peaceful protest"),
    ("On Monday, hooded men burned a tractor and a storage shed at a ranch near Horqueta.", "Looting/property destruction"),
    ("Late Monday, gunmen fired on a police vehicle near the airstrip, wounding two officers, police said.", "Armed clash"),
    ("On Monday, the military announced it had regained full control of the town.", "Government regains territory"),
    ("On Monday, gunmen seized five fishermen near the island of Ngouboua, an official said.",
     "Abduction/forced disappearance"),
    ("On Monday, militants fired several mortar shells at the base camp near the airport.",
     "Shelling/artillery/missile attack"),
])
def test_more_words_for_what_happened(sentence, subtype):
    assert only(sentence).subtype == subtype


def test_a_protest_and_the_force_that_met_it_in_the_next_line_are_one_protest():
    text = ("On Monday, hundreds of residents demonstrated in the streets of the capital to denounce the gangs. "
            "Police fired tear gas to disperse the demonstrators when they approached the presidential palace.")
    assert only(text).subtype == "Protest with intervention"


def test_a_toll_revised_on_a_later_day_is_the_same_occurrence():
    text = ("Gunmen killed seven villagers in Ain al-Sharqiya on Monday, residents said. "
            "On Tuesday, the ministry revised its toll to 11 after four more bodies were found.")
    killing = only(text)
    assert (killing.fatalities, killing.date_start) == (11, date(2025, 11, 17))


@pytest.mark.parametrize("sentence, place", [
    ("On Monday, gunmen shot dead a village chief and his son in Porga (Materi commune), Benin.", "Porga"),
    ("On Monday, an exchange of fire took place between security forces and Maoists in the forest near village Pidiya, Bijapur.",
     "Pidiya"),
    ("On Monday, police arrested 14 suspected members of Los Lobos in Duran, Ecuador.", "Duran"),
    ("On Monday, Israeli troops blew up three houses on the edge of Kfar Kila, Lebanon.", "Kfar Kila"),
    ("On Monday, farmers blocked the road at the entrance to Horqueta for five hours, demanding land titles.", "Horqueta"),
    ("On Monday, gunmen killed four miners at a gold panning site in Yahukimo regency, in Highland Papua.", "Yahukimo"),
    ("On Monday, gang members killed 12 people in an attack on a farming community in Haiti's Artibonite region, "
     "as police and foreign troops pressed an offensive against gangs in the capital.", "Artibonite"),
])
def test_more_ways_a_place_is_named(sentence, place):
    assert only(sentence).location == place


def test_an_overnight_attack_is_the_night_before_unless_a_day_is_told():
    overnight = only("Gunmen killed four police officers in an overnight attack on a patrol, state media reported Tuesday.")
    assert (overnight.date_start, overnight.date_rule) == (date(2025, 11, 17), "overnight_adj")
    raids = only("Security forces launched two overnight raids on November 13 and 14, killing 31 militants.")
    assert raids.date_start == date(2025, 11, 13)


def test_a_finer_date_beats_the_year_it_sits_in():
    e = only("In June, five police officers were killed when their vehicle hit an IED near Elwak, "
             "one of the deadliest attacks in the county this year.")
    assert (e.date_start, e.date_precision) == (date(2025, 6, 1), "month")


@pytest.mark.parametrize("clause, count", [
    ("was the target of a Houthi offensive in 2021 that killed thousands of fighters", None),
    ('Last week, two fuel porters, known locally as "sukhtbar", were shot dead by border guards near the town.', 2),
])
def test_years_are_no_tolls_and_a_name_aside_keeps_the_count(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


@pytest.mark.parametrize("sentence, subtype", [
    ("Three people were shot dead in an alleged gunfight between two factions of the UPDF in Panchhari on Monday.",
     "Armed clash"),
    ("One man died and four others were injured when residents and nomads fought with sticks and stones over "
     "grazing land in Sayad district on Monday.", "Mob violence"),
    ("The air force said its jets on the 17th struck an ISWAP logistics hub near Lake Chad, killing dozens of fighters.",
     "Air/drone strike"),
    ("RSF fighters repeatedly attacked the village of Dobo Madrasa from 15 to 17 November, killing at least nine "
     "civilians and looting livestock.", "Attack"),
    ("The army said it had repelled an attack on the town of Um Sumeima on Monday, killing dozens of the attackers and "
     "destroying 11 combat vehicles.", "Armed clash"),
])
def test_what_happened_when_several_words_compete(sentence, subtype):
    assert only(sentence).subtype == subtype


def test_a_military_region_is_a_command_not_a_place():
    e = only("The army's 3rd Military Region said on Monday its air defences had shot down a Houthi drone over Marib.")
    assert e.location == "Marib"


def test_an_initial_count_and_a_death_in_hospital_belong_to_the_blast_told():
    text = ("A roadside bomb struck a vehicle carrying militia members near Rutba late Thursday, killing three fighters, "
            "officials said. Officials initially said two fighters had been killed; one of them later said a third had "
            "died of his wounds at a hospital in Ramadi.")
    blast = only(text)
    assert blast.fatalities == 3 and blast.location != "Ramadi"


def test_a_roundups_next_item_framed_by_its_own_place_is_its_own_occurrence():
    text = ("Russian troops shelled the town of Huliaipole on Monday, killing a 57-year-old woman. "
            "In Sumy Oblast, Russian troops shelled the border community of Velyka Pysarivka, injuring two people.")
    assert [e.location for e in events(text)] == ["Huliaipole", "Velyka Pysarivka"]


@pytest.mark.parametrize("sentence, count", [
    ("On Monday, a mob attacked a 27-year-old man suspected of stealing a motorcycle and beat him to death.", 1),
    ("On Monday, gunmen attacked a police post; the constable on guard duty was shot and succumbed to injuries "
     "on the way to hospital.", 1),
])
def test_one_dead_told_without_a_number(sentence, count):
    assert only(sentence).fatalities == count


def test_riot_police_and_tear_gas_fired_at_a_crowd_are_an_intervention_not_a_riot():
    e = only("On Monday, riot police fired tear gas at a crowd outside the party offices in Novi Sad, Serbia.")
    assert (e.type, e.subtype) == ("Protests", "Protest with intervention")


def test_a_person_explained_after_attacked_is_no_place():
    e = only("Late Monday, three masked men attacked Giorgi Beridze, a campaigner for the opposition, outside his home "
             "in Saburtalo, Tbilisi.")
    assert e.location == "Saburtalo"


def test_the_bomber_told_again_is_the_same_blast_with_its_revised_toll():
    text = ("MOGADISHU, Somalia (AP) — A suicide bomber blew himself up among recruits outside a military base on "
            "Monday, killing at least 13 soldiers, officials said.\n\n"
            "The attacker, who was wearing an army uniform, detonated an explosives vest at the gate of the camp, "
            "police said. The toll later rose to 15, he said.")
    blast = only(text)
    assert (blast.subtype, blast.fatalities) == ("Suicide bomb", 15)


def test_murdered_counts():
    clause = "Five young men were murdered last night in the Sinai neighbourhood."
    assert fatalities(clause, 0, len(clause)).count == 5


def test_the_night_before_does_not_carry_over_to_the_next_lines():
    text = ("BUNIA, Congo — The toll from an overnight attack on a displacement site has risen to 23, officials said.\n\n"
            "Police in Bunia fired tear gas to disperse hundreds of protesters who demanded better protection.")
    attack, protest = events(text)
    assert attack.date_start == date(2025, 11, 17)
    assert protest.date_start == PUB


def test_a_line_far_from_any_place_happened_where_the_story_mostly_is():
    text = ("KHARTOUM (Reuters) - Drones struck a market in El Fasher on Monday, killing 12 people, "
            "medics in El Fasher said.\n\n"
            "The city has been besieged for more than a year.\n\n"
            "Aid agencies said food prices had tripled.\n\n"
            "Separately, the army said its troops had repelled an attack on Tuesday, killing dozens of fighters.")
    strike, repelled = events(text)
    assert strike.location == "El Fasher"
    assert repelled.location == "El Fasher"  # no place of its own, three paragraphs on


def test_a_heading_may_repeat_the_day_of_the_month_in_brackets():
    text = ("SALVADOR — It began with gunfire on a Thursday, police said.\n\n"
            "Thursday (13th)\n\n"
            "Three men were found dead in an alley at dawn.\n\n"
            "Friday (14th)\n\n"
            "Police killed five suspects in a confrontation in Valeria.")
    found, killed = events(text)
    assert found.date_start == date(2025, 11, 13)
    assert (killed.date_start, killed.date_rule) == (date(2025, 11, 14), "heading")


def test_gunmen_named_as_the_killers_are_no_armed_targets():
    e = only("A moto-taxi driver was shot dead by unidentified gunmen near the market in Bria on Monday.")
    assert (e.type, e.subtype) == ("Violence against civilians", "Attack")
    assert only("Gunmen shot dead two soldiers near the market in Bria on Monday.").subtype == "Armed clash"


def test_an_offensive_against_an_armed_group_is_a_clash_whoever_died():
    e = only("The crisis began in January, when an ELN offensive against the dissidents left more than 60 people dead "
             "in Tibu, Colombia.")
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_no_less_than_is_a_count_not_a_denial():
    e = only("No less than seven policemen were killed in an attack by bandits on a village in Zamfara State on Monday.")
    assert (e.fatalities, e.date_start) == (7, date(2025, 11, 17))
    assert only("Not fewer than 12 people were killed when gunmen stormed a market in Kaduna on Sunday.").fatalities == 12
    assert events("Police said they would not allow protesters to march on Sunday.") == []  # "not" still hedges


def test_villagers_killed_in_the_passive_are_victims_not_a_mob():
    e = only("Police said twelve villagers were also killed when bandits stormed Gidan Dawa on Sunday.")
    assert e.type != "Riots"
    assert only("Villagers beat a suspected thief to death in Kano on Sunday.").subtype == "Mob violence"


def test_attackers_in_police_uniforms_are_not_police():
    e = only("At least 24 people were killed on Sunday when gunmen, disguised in police uniforms, stormed a village in Kaduna.")
    assert e.type == "Violence against civilians"
    e = only("At least 24 people were killed on Sunday when gunmen disguised as soldiers stormed a village in Kaduna.")
    assert e.type == "Violence against civilians"


def test_a_pages_link_to_another_story_is_not_an_event_of_this_one():
    body = "Gunmen killed five farmers in Gwer West on Monday, police said.\n\n"
    for link in ("READ ALSO: Bandits kill three passengers in Yobe\n\nThe attackers fled.",
                 "READ ALSO:\nBandits kill three passengers in Yobe\nThe attackers fled.",
                 "Also read | Suspected herders kill 10 in fresh attack in Yobe\n\nThe attackers fled."):
        assert [e.location for e in events(body + link)] == ["Gwer West"], link
    assert len(events(body + "Related violence killed 12 in Yobe on Monday.")) == 2  # a sentence, no link
    # a page's summary box retells the body in headlines
    box = "Key updates on Nov. 17: * Zelensky meets soldiers fighting near Kupiansk * Russian troops attack Avdiivka\n\n"
    assert [e.location for e in events(box + body)] == ["Gwer West"]


def test_a_person_named_before_a_counted_group_is_one_more_dead():
    assert fatalities(*_whole("A soldier and six suspected rebels were killed in a clash before dawn.")).count == 7
    assert fatalities(*_whole("Police said a policeman and three attackers were killed in the clash.")).count == 4
    assert fatalities(*_whole("He met a soldier and six rebels were killed later.")).count == 6  # not the subject


def _whole(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)


def test_photo_captions_signed_by_an_agency_and_lines_printed_twice_are_not_news():
    caption = ("Police stand guard in front of opposition activists during a rally in Dhaka on November 15. — AFP\n")
    lede = "Police fired tear gas at thousands of opposition supporters in Dhaka on Saturday, killing one.\n"
    found = events(caption + caption + "\n" + lede)
    assert [e.evidence_start for e in found] == [len(caption) * 2 + 1]
    line = "Gunmen killed five farmers in Gwer West on Monday, police said.\n"
    assert len(events(line + line)) == 1
    # the last line's agency credit signs the story, it does not make the line a caption
    assert len(events("Gunmen killed five farmers in Gwer West on Monday, police said. — AFP")) == 1


def test_a_later_line_with_no_day_or_place_of_its_own_tells_the_same_violence_again():
    text = ("At least six people were killed when militants attacked Afgoye town on Sunday night.\n\n"
            "Residents said about 100 militants took up positions before the assault.\n\n"
            "The governor said two militants were killed during the attack.\n\n"
            "But sources in the town confirmed that two soldiers, three militants and a civilian were killed.")
    e = only(text)
    assert (e.location, e.fatalities, e.date_start) == ("Afgoye", 6, date(2025, 11, 16))
    # a line that says it is another occurrence, or frames its own place, stays one of its own
    assert len(events(text + "\n\nIn another attack, gunmen killed two traders.")) == 2
    assert len(events(text + "\n\nIn Baidoa, gunmen killed two traders.")) == 2


def test_the_victims_told_one_by_one_are_the_occurrence_already_told():
    lede = "A car bomb exploded near a police checkpoint in Kismayo on Friday, killing four people, officials said.\n\n"
    for detail in ("Two of the victims died at the scene and another died of his wounds at a hospital, a doctor said.",
                   "One officer died at the scene and one of the other victims was rushed to hospital."):
        e = only(lede + detail)
        assert (e.fatalities, e.location) == (4, "Kismayo"), detail
    # "in other attacks" still opens an occurrence of its own
    assert len(events(lede + "In other attacks, gunmen killed two soldiers, the army said.")) == 2


def test_a_name_the_apposition_calls_a_town_is_the_place():
    e = only("Gunmen stormed Gidan Bakuso, a remote town in the Gada Local Government area in Sokoto State "
             "early Saturday, killing a resident.")
    assert (e.location, e.admin1) == ("Gidan Bakuso", "Sokoto")


def test_a_source_named_another_does_not_make_another_occurrence():
    text = ("At least four soldiers were killed Tuesday in an attack blamed on jihadists in northern Burkina Faso.\n"
            "Another source said the army counter-attacked, repelling the assailants and killing some of them.")
    assert only(text).fatalities == 4


def test_the_place_a_later_line_names_for_a_placeless_lede_is_where_it_happened():
    text = ("Five soldiers were killed and 10 others wounded in a bomb attack blamed on ELN guerrillas, the army said Tuesday.\n"
            "The general said the soldiers were on patrol near Tibu, in the Norte de Santander department, "
            "when a blast hit their convoy.")
    e = only(text)
    assert (e.location, e.fatalities) == ("Tibu", 5)


def test_a_post_embedded_in_the_page_is_not_the_report():
    lede = "At least eight suspected Maoists were killed on Monday in an encounter with security forces in Sukma district.\n\n"
    post = ("2 jawans have died in action and 7-8 naxals have been neutralised in an encounter in Saklar village in Sukma "
            "district. #Chhattisgarh — ANI (@ANI) November 17, 2025")
    assert [e.evidence_start for e in events(lede + post)] == [0]


def test_a_broadcasters_language_service_is_not_a_place():
    text = ("Somali officials say al-Shabab militants shot dead nine civilians in a suburb of Mogadishu Monday.\n"
            "The regional governor told VOA Somali that six women and three men were killed by the militants.")
    e = only(text)
    assert (e.location, e.country, e.fatalities) == ("Mogadishu", "Somalia", 9)


def test_due_to_as_a_cause_does_not_put_the_day_ahead():
    e = only("Thirteen people were killed and 21 injured due to a deliberate shelling by the RSF on El Fasher "
             "this Friday morning, the network said.", date(2025, 6, 28))
    assert e.date_start == date(2025, 6, 27)


def test_bodies_of_missing_soldiers_are_dead_not_missing():
    assert fatalities(*_whole("The bodies of eight missing soldiers have been found after an attack on July 9.")).count == 8


def test_a_fight_between_two_sides_and_a_town_with_its_municipality_are_no_aggregate():
    e = only("Six were killed in an encounter between government forces and members of the New People's Army "
             "in Oriental Mindoro on Thursday, an officer said.")
    assert not e.aggregate
    e = only("Troops clashed with rebels at around 6 pm on Wednesday in Barangay Latih, Patikul municipality, killing three.")
    assert not e.aggregate
    assert only("Gunmen killed eight people in Bannu and Lakki Marwat on Sunday.").aggregate


def test_the_same_toll_told_again_with_a_closer_place_is_one_occurrence():
    text = ("The bodies of eight missing soldiers have been found following a presumed jihadist attack on July 9, "
            "officials said Monday.\n"
            "A local official said eight bodies were found in Inkadogotane, and added that they were executed.")
    e = only(text, date(2017, 7, 17))
    assert (e.fatalities, e.location, e.date_start) == (8, "Inkadogotane", date(2017, 7, 9))


def test_soldiers_killed_in_clashes_in_the_war_torn_north_is_news_not_a_running_toll():
    text = ("At least four Yemeni soldiers have been killed in clashes with Houthi rebels in the war-torn country's "
            "north, an army official said Sunday.")
    e = only(text, date(2023, 2, 27))
    assert (e.type, e.fatalities) == ("Battles", 4)
    assert events("The war has killed hundreds of thousands of people, the UN said Sunday.", date(2023, 2, 27)) == []


def test_a_quote_that_tells_first_is_the_news():
    text = ("“Four soldiers were killed while confronting Houthi rebels on Saturday evening in Harib district,” "
            "the military official said.")
    assert only(text, date(2023, 2, 27)).fatalities == 4
    # once the report has told it, a quote that retells it is a witness speaking, not news
    lede = "Four soldiers were killed in clashes with Houthi rebels in Harib district on Saturday, an official said.\n"
    assert len(events(lede + "“We lost four men on Saturday in Harib,” a soldier said.", date(2023, 2, 27))) == 1


def test_the_occurrence_named_again_with_the_and_a_day_dates_a_lede_told_by_its_report():
    text = ("Six people were killed in a gun attack in Kalat, police said on Tuesday.\n"
            "The attack, which killed six, began on Sunday night on the national highway in Kalat, an official said.")
    e = only(text)
    assert (e.date_start, e.fatalities) == (date(2025, 11, 16), 6)


def test_places_from_real_wire_copy():
    # an unknown name placed "in the east" is a place
    assert only("In September 2018, armed men attacked a mosque in Djabiga in the east, killing five people.").location \
        == "Djabiga"
    # a country named as an actor abroad is not where it happened
    e = only("Six Afghan police were killed Wednesday when Taliban attacked their checkpoint in Logar province, a brazen "
             "assault likely to raise questions as the United States prepares a troop drawdown.")
    assert e.country == "Afghanistan"
    # "Maoist-affected" describes a place, it names none
    e = only("Seven Maoists were killed on Sunday in an encounter in the Maoist-affected Bijapur district.")
    assert "Maoist" not in (e.location or "")


def test_the_ensuing_fighting_is_what_followed_not_the_strike_told_again():
    text = ("Afghanistan blamed Pakistan for drone strikes in Kabul on Oct. 9 and vowed retaliation. "
            "The ensuing fighting killed dozens of people, including soldiers and civilians.")
    assert len(events(text)) == 2


def test_a_crowds_day_told_line_by_line_is_one_riot():
    text = ("Athens: Violence escalated in Athens on Sunday as protesters hurled petrol bombs at police.\n"
            "In the city's main square, police on motorcycles clashed with youths, who punched and kicked officers.\n"
            "A small group of demonstrators broke into the university's main building and tore down the flag.")
    e = only(text, date(2009, 12, 6))
    assert (e.type, e.location) == ("Riots", "Athens")


def test_a_line_that_tells_what_came_before_does_not_date_the_lede():
    text = ("The protest over the lack of services saw two people arrested for public violence.\n"
            "This followed a march by residents on June 18 to hand over a memorandum of demands.")
    first = events(text, date(2019, 7, 4))[0]
    assert first.date_start != date(2019, 6, 18)


@pytest.mark.parametrize("clause, count", [
    ("bandits invaded a farming community and killed no fewer than 10 residents, including women and children", 10),
    ("two police officers; CPL Alfred Okech and Constable Moses Kigongo, were shot dead by criminals", 2),
    ("Six suspected members of the New People's Army including a high-ranking official were killed in an encounter", 6),
    ("Six members of the militia including two commanders were killed", 6),  # the two are among the six
])
def test_counts_as_real_wire_copy_writes_them(clause, count):
    assert fatalities(*_whole(clause)).count == count


def test_a_caption_printed_again_without_its_credit_dates_nothing():
    caption = "A view shows a destroyed building in the settlement of Yubileiny, in a still image released May 20, 2024."
    text = (caption + "\n\n" + caption + " | Photo Credit: VIA REUTERS\n\n"
            "Russia's defence ministry said Sunday its forces had captured a village in the Kharkiv region.")
    e = only(text, date(2024, 5, 27))
    assert e.date_start == date(2024, 5, 26)


def test_a_lull_in_fighting_is_no_fighting():
    e = only("The conflict entered a four-day ceasefire on Friday, marking the first significant lull in fighting.")
    assert e.subtype == "Agreement"


def test_a_live_pages_entries_are_items_of_their_own():
    text = ("LIVE: Opposition protests - teargas in Kawempe, dozens arrested\n"
            "3:10pm\n"
            "About 150 students gathered peacefully at Makerere University, singing and holding placards.\n"
            "10:25am\n"
            "Teargas in Kawempe. Police fired teargas at a crowd of about 300 supporters marching along Bombo Road.")
    found = events(text, date(2026, 1, 20))
    assert [e.subtype for e in found] == ["Peaceful protest", "Protest with intervention"]  # and no headline


def test_a_witness_quote_gives_its_day_to_the_occurrence_the_report_left_undated():
    text = ("PESHAWAR: Militants killed one policeman in an attack on a checkpost near Bannu, officials said on Thursday.\n"
            "The area has long been a stronghold of the Pakistani Taliban.\n"
            "The checkpost guards the main road into the town.\n"
            "“A group of militants attacked the checkpost late Wednesday night, killing one policeman,” an official said.")
    e = only(text, date(2013, 12, 5))
    assert (e.date_start, e.date_rule) == (date(2013, 12, 4), "quoted")


def test_a_day_put_first_or_a_takeover_is_an_item_of_its_own_not_a_retelling():
    text = ("Jihadists killed more than 50 soldiers in an attack on a military base in Djibo, sources said on Wednesday.\n"
            "On Monday, the army said air strikes had killed dozens of terrorists fleeing towards the border.")
    assert len(events(text, date(2025, 5, 14))) == 2
    text = ("The RSF killed hundreds of civilians after capturing the city of El Fasher, activists said on Tuesday.\n"
            "The RSF said on Sunday it had taken control of the army's headquarters in the city.")
    assert len(events(text, date(2025, 10, 28))) == 2


def test_no_event_is_dated_after_its_report():
    e = only("Running battles erupted in Dakar as protesters clashed with police ahead of next Sunday's election.",
             date(2012, 2, 19))
    assert e.date_start <= date(2012, 2, 19)


def test_an_agreement_named_but_not_made_is_no_event():
    assert events("Later, Yerevan and Baku started working on a peace agreement.") == []
    assert events("That peace deal ended a five decades-long conflict and guaranteed seats for the FARC.") == []
    assert only("The government and the rebels signed a peace agreement in Pretoria on Wednesday.").subtype == "Agreement"


def test_a_trend_is_no_occurrence():
    assert events("Kidnappings have been on the rise in Nigeria since January.") == []
    assert events("Attacks on aid workers have surged in the region this year, the UN said.") == []


def test_ground_changing_hands_without_a_fight():
    assert only("The army withdrew from Rumangabo, their main camp in the region, on Saturday.").subtype == \
        "Non-violent transfer of territory"
    assert only("The M23 rebel force entered the town of Rutshuru unopposed on Sunday.").subtype == \
        "Non-violent transfer of territory"
    assert events("The opposition withdrew from the talks on Monday.") == []
    assert all(e.subtype != "Non-violent transfer of territory"
               for e in events("Police officers withdrew from the town before the building was set alight on Monday."))


def test_a_baton_or_lathi_charge_is_force_met_by_a_protest():
    assert only("Police baton-charged PTI workers in Karachi on Friday.").subtype == "Protest with intervention"
    assert only("Police lathi-charged protesters in Patna on Monday.").subtype == "Protest with intervention"


def test_a_caption_credited_to_its_source_dates_nothing():
    text = ("The aftermath of Russian strikes against Zaporizhzhia Oblast, Nov. 18, 2025. (Source: Governor Ivan Fedorov)\n\n"
            "Russian forces carried out attacks against nine of Ukraine's oblasts over the past day, killing one person, "
            "officials reported.")
    e = only(text)
    assert e.date_start == date(2025, 11, 17)


def test_background_dated_only_by_a_year_long_past_is_no_event():
    lede = "Gunmen killed three police officers in Arauca on Monday, the army said.\n\n"
    assert len(events(lede + "Rebels seized the town of Saravena in 2021, killing five soldiers.", date(2025, 11, 18))) == 1
    # last year's is still news of the story, and an anniversary piece tells only its history
    assert len(events(lede + "Rebels seized the town of Saravena in 2024, killing five soldiers.", date(2025, 11, 18))) == 2
    assert len(events("Rebels seized the town of Saravena in 2021, killing five soldiers.", date(2025, 11, 18))) == 1


def test_a_count_and_a_place_with_the_verb_left_out_is_an_occurrence_of_its_own():
    found = events("At least 12 people were killed in Baidoa and nine in Kismayo on Sunday, officials said.")
    assert [(e.location, e.fatalities) for e in found] == [("Baidoa", 12), ("Kismayo", 9)]
    found = events("Gunmen abducted seven farmers in Gusau, six in Tsafe and one in Anka on Monday.")
    assert [(e.location, e.fatalities) for e in found] == [("Gusau", 0), ("Tsafe", 0), ("Anka", 0)]
    # the wounded of the same occurrence are no list of places
    assert len(events("At least four civilians were killed and nine others injured in Mogadishu on Thursday.")) == 1


@pytest.mark.parametrize("line, kind", [
    # unarmed people killed with no side hitting back: civilians attacked
    ("Gunmen shot and killed a judge outside his home in Kano on Monday.", "Violence against civilians"),
    ("Bandits killed two persons and stole cattle in Gusau on Monday.", "Violence against civilians"),
    ("At least 18 people were killed in Beni on Monday in an attack attributed to the ADF rebel group.",
     "Violence against civilians"),
    # "the relative calm", "the Chief of Staff": no victims named
    ("Militants attacked an army post near Marib on Monday, weeks after the relative calm.", "Battles"),
    # a crowd that throws things or forces its way in riots; burning tyres on a blocked road are a protest's
    ("Protesters in Portland pelted officers with rocks and objects were thrown at police cars on Saturday.", "Riots"),
    ("Protesters forced their way into the state television building in Belgrade on Saturday.", "Riots"),
    ("A student demonstration in Thessaloniki on Sunday degenerated into violence.", "Riots"),
    ("Residents blocked the Marigat road with burning tyres on Wednesday to protest insecurity.", "Protests"),
    # in the Russia-Ukraine war an attack on a town or a house comes from far off; ground taken is a battle
    ("Two people were killed in a Russian attack on the city of Zaporizhzhia on Wednesday.", "Explosions/Remote violence"),
    ("On Monday the Russians fired on a house in Sumy Oblast, killing a woman.", "Explosions/Remote violence"),
    ("Russian troops launched an offensive in Kharkiv region on Sunday, capturing two villages.", "Battles"),
])
def test_who_was_hit_and_what_the_crowd_did_decide_the_type(line, kind):
    assert only(line).type == kind


def test_a_bomb_or_strike_named_before_its_place_or_day_is_still_the_weapon():
    assert only("A bomb in Amiriya killed one person and wounded four more.").subtype == "Remote explosive/landmine/IED"
    assert only("The bombing in Idlib city killed at least nine people.").subtype == "Remote explosive/landmine/IED"
    assert only("A similar strike on Monday killed three fighters in their car in Sinjar.").subtype == "Air/drone strike"


def test_the_scene_of_an_occurrence_is_no_occurrence():
    assert events("Police inspect the scene of a bombing in Narathiwat city center, 14 July 2015.", date(2015, 7, 14)) == []


def test_a_later_line_saying_when_the_incident_happened_dates_it():
    text = ("Bandits riding on motorcycles invaded a farming community in Niger State and killed ten residents.\n\n"
            "The bandits also set houses and barns ablaze.\n\n"
            "The newspaper learnt that the incident happened in the early hours of Tuesday.")
    e = only(text, date(2024, 11, 6))
    assert (e.date_start, e.date_rule) == (date(2024, 11, 5), "later line")


@pytest.mark.parametrize("line", [
    "Police also intervened to break a sit-in by students in Belgrade on Monday.",
    "Authorities put down weekly protests in Algiers on Friday.",
    "Security forces stopped the protesters at the Degala checkpoint on Sunday.",
    "Security forces on Saturday pushed protesters back from the bridges in Baghdad.",
])
def test_force_used_on_a_protest_makes_it_a_protest_with_intervention(line):
    assert only(line).subtype == "Protest with intervention"


@pytest.mark.parametrize("line, subtype", [
    ("Five people were murdered by gunmen in the town of Coyuquilla Norte on Saturday.", "Attack"),
    ("Another man was shot to death on Sunday in the city of Chilpancingo.", "Attack"),
    ("Junta troops are continuing to bombard Ramree in Rakhine on Monday.", "Shelling/artillery/missile attack"),
    ("An I.E.D. wounded two people in Harouniya on Monday.", "Remote explosive/landmine/IED"),
    ("A motorway pay booth was set on fire by arsonists near Narbonne on Sunday.", "Looting/property destruction"),
    ("Ukrainian forces routed an attempted advance by Russian forces near Bilohirka on Monday.", "Armed clash"),
    ("Armed men allegedly shot a youth to death at the Kutupalong refugee camp on 28 May.", "Attack"),
    ("Inmates took 46 people hostage in three prisons across the country on Saturday.", "Abduction/forced disappearance"),
    ("Russian troops fired on residential buildings in the city of Vorozhba, Sumy Oblast, on Monday.",
     "Shelling/artillery/missile attack"),
    ("Jihadist fighters are now in full control of the town of Daret Azzeh, the monitor said on Tuesday.",
     "Non-state actor overtakes territory"),
    ("Rebels captured the villages of Kafrantin and Fadra on Tuesday.", "Non-state actor overtakes territory"),
])
def test_more_words_for_what_happened(line, subtype):
    assert only(line).subtype == subtype


@pytest.mark.parametrize("line", [
    "The violence comes ahead of the opposition's planned anti-government rally on December 10.",
    "Most of them were released from custody on Tuesday after protesting they were being held illegally.",
    "Police said the two detained witnesses were released on Friday.",
])
def test_a_rally_to_come_a_claim_and_the_detained_described_are_no_events(line):
    assert events(line, date(2022, 12, 8)) == []


def test_a_news_ticker_line_of_other_headlines_is_no_report():
    text = ("Gunmen killed four police officers in Kano on Monday, officials said.\n\n"
            "Markets rally on rate hopes • Urgent: Two tourists killed in attack in Tunis • Roundup: storm hits coast")
    assert [e.evidence_start for e in events(text)] == [0]


def test_hard_wrapped_wire_copy_is_read_as_whole_sentences():
    text = ("NAIROBI Nov 18 At least 11 soldiers\n"
            "were killed when militants attacked an army base near the town\n"
            "of Mandera on Monday, two security officials said.\n"
            "The militants also torched two vehicles parked outside the\n"
            "base and seized weapons, one of the officials added, asking\n"
            "not to be named because he was not allowed to speak publicly.\n")
    e = events(text)[0]
    assert text[e.evidence_start:e.evidence_end].startswith("At least 11 soldiers\nwere killed")  # offsets index the text as given
    assert (e.fatalities, e.date_start, e.location) == (11, date(2025, 11, 17), "Mandera")


def test_a_list_of_headlines_is_not_taken_for_wrapped_lines():
    from dateline.extract.segment import unwrap
    headlines = "Gunmen kill 12 in attack on village in Zamfara state\nPolice arrest 5 over kidnapping of students\n" * 3
    assert unwrap(headlines) == headlines
    wrapped = ("Police said the gunmen arrived on motorbikes\nand opened fire on worshippers at the mosque\n"
               "before fleeing into the forest near the\nvillage.\nNo group has claimed the attack.\n")
    assert unwrap(wrapped) == wrapped.replace("s\n", "s ").replace("e\n", "e ")


@pytest.mark.parametrize("caption", [
    "Mourners carry the bodies of three men killed during a raid in Jenin on Monday. (Xinhua/Ahmad Yousef)",
    "Protester kicks a police barricade during a riot near parliament on Monday (30/09). (Antara Photo/Ade Putra)",
    "Photo taken on Oct. 16, 2016 shows government soldiers at a battle field in Alelo.",
])
def test_a_photo_caption_credited_in_brackets_is_no_report(caption):
    text = f"Police arrested 12 people in Jenin on Monday, officials said.\n\n{caption}"
    assert [e.subtype for e in events(text)] == ["Arrests"]


@pytest.mark.parametrize("line", [
    "He also refuted reports a woman was shot dead by police during the chaos.",
    "The army dismissed reports that soldiers had killed five villagers in Kaya.",
])
def test_a_denied_report_is_no_event(line):
    assert events(line) == []


@pytest.mark.parametrize("line", [
    "On Tuesday, six Maoists were gunned down in an encounter in Narayanpur.",
    "Ten cadres, including three women, were killed along the border of Kanker district on Tuesday.",
    "Four Maoists including three women were killed in an encounter in Bijapur district on Tuesday.",
])
def test_armed_men_who_suffered_the_act_make_it_a_clash(line):
    e = only(line)
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_civilians_killed_by_gunmen_stay_an_attack():
    e = only("On Tuesday evening, nine civilians, including a village chief, were killed when gunmen on motorbikes "
             "attacked the hamlet of Tizegorou.")
    assert (e.type, e.subtype) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("dateline", ["TBILISI (UrduPoint News / Sputnik - 02nd March, 2021) ", "TBILISI (Sputnik) - ", ""])
def test_a_standfirst_printed_again_under_the_dateline_is_one_event(dateline):
    line = ("At least seven people were detained on Tuesday during a rally in front of the parliament "
            "building in Tbilisi, the Georgian Interior Ministry said")
    text = f"Georgian police detain seven\n\n{line}\n\n{dateline}{line}.\n\nThe opposition says the protest is peaceful."
    assert [e.subtype for e in events(text, date(2021, 3, 2))] == ["Arrests"]


def test_a_pursuit_operation_under_way_is_no_clash():
    text = ("Gunmen abducted four people in Patikul, Sulu on Sunday.\n\n"
            "Colonel Reyes said troops of the 35th Infantry Battalion were conducting pursuit operations on Monday.")
    assert [e.subtype for e in events(text)] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("line", [
    "Shabaab insurgents are responsible for the killing of thousands of Somali civilians.",
    "Most attacks in the north are attributed to the Ansarul Islam group, which killed hundreds of villagers.",
    "The wave of violence in Veracruz has been marked by several massacres.",
    "It is common for soldiers and police officers to be detained in areas of Colombia controlled by armed groups.",
    "There have been several cases of mob lynchings in Kaduna this year.",
    "Police said there have been several cases of mob lynchings in the town of Sokoto this year.",
])
def test_what_a_conflict_is_like_is_no_event(line):
    assert events(line) == []


def test_the_same_day_and_place_told_again_without_its_count_is_one_occurrence():
    text = ("Rebels killed two peacekeepers near Bambari on Monday, the UN mission said.\n\n"
            "The deaths brought to seven the number of troops killed since December.\n\n"
            "The mission said in a statement that the peacekeepers slain Monday near Bambari were a Gabonese "
            "and a Moroccan who died during an ambush on their convoy.")
    clashes = [e for e in events(text, date(2021, 1, 18)) if e.date_start == date(2021, 1, 18)]
    assert [(e.fatalities, e.location) for e in clashes] == [(2, "Bambari")]


@pytest.mark.parametrize("clause, count", [
    ("A 47-year-old man was later shot and killed on the same day in the district.", 1),
    ("A Buddhist grocer was gunned down in broad daylight in Yala.", 1),
    ("A man was shot to death on Sunday in the town.", 1),
    ("Security forces killed a Maoist in an encounter near Semaltodi village.", 1),
    ("An opposition activist died and several others sustained injuries.", 1),
    ("Armed men allegedly shot a Rohingya youth to death in the camp.", 1),
    ("Kaiser Bhat, 21, died in hospital after being hit by a vehicle.", 1),
    ("An armed clash between two tribal groups claimed two lives in Kurram.", 2),
    ("The shelling hit the home of Subhi al-Assi, killing him, his wife and three of his children.", 5),
    ("A knife attack occurred at the rail stop, and the suspect was shot and killed by a border police officer.", 1),
])
def test_one_victim_told_without_a_number_and_lives_claimed_are_counted(clause, count):
    assert fatalities(clause, 0, len(clause)).count == count


def test_lives_claimed_needs_a_count():
    clause = "The group claimed responsibility for the attack that took the lives of civilians."
    assert fatalities(clause, 0, len(clause)).count is None


@pytest.mark.parametrize("line", [
    "Russia this month launched an offensive in the north of the Kharkiv region.",
    "Insurgents overran the town of Palma in March 2021.",
    "Militants carried out a series of attacks on army posts across the region between Oct. 3 and Oct. 9.",
])
def test_a_campaign_told_by_its_month_or_as_a_sum_has_an_unknown_toll(line):
    found = events(line)
    assert found and all(e.fatalities is None for e in found), [(e.subtype, e.date_precision, e.fatalities) for e in found]


def test_a_single_day_clash_with_no_dead_told_still_has_none_killed():
    assert only("Troops clashed with rebels in Beni on Sunday.").fatalities == 0


@pytest.mark.parametrize("line", [
    "In May, gunmen killed six members of a parish in Dablo in Sanmatenga province.",
    "Gunmen killed a village mayor in Jazira on Sunday.",
    "One person was killed when several shots were fired near a rally in Austin on Saturday.",
    "Police in Zamfara State on Tuesday confirmed the killing of 12 villagers by bandits in Gusau.",
    "At least 13 civilians including two volunteers working with the army were killed in an attack in Arbinda on Sunday.",
])
def test_unarmed_victims_and_police_who_only_speak_make_an_attack_on_civilians(line):
    assert only(line).subtype == "Attack"


def test_the_killing_of_a_number_counts_them():
    assert only("Police in Zamfara State on Tuesday confirmed the killing of 23 persons in Tunga village.").fatalities == 23


def test_a_killing_someone_is_held_for_is_not_what_happened():
    e = only("On Wednesday, police arrested three men at the Jarinje crossing on suspicion of involvement in the "
             "killing of 14 civilians in the village of Studime in May 1999.")
    assert (e.subtype, e.date_start) == ("Arrests", date(2025, 11, 12))


def test_a_toll_risen_to_a_number_is_the_news_not_a_trend():
    e = only("The death toll from armed clashes in Tripoli has risen to 27, the health ministry said Tuesday.",
             date(2023, 8, 16))
    assert (e.subtype, e.fatalities, e.location) == ("Armed clash", 27, "Tripoli")
    assert events("Attacks on farmers have increased in Benue.") == []


def test_forces_who_shoot_dead_a_member_of_an_armed_group_fight_a_battle():
    e = only("Soldiers and police shot dead a member of an armed criminal group in the Kali Brasa area on Thursday.")
    assert e.subtype == "Armed clash"
    assert only("Gunmen shot dead a member of the local peace committee in Kurram on Sunday.").subtype == "Attack"


def test_a_source_that_also_reported_the_strike_tells_it_again():
    text = ("A military aircraft dropped three bombs on Nyaung Kone village in the Sagaing region on Monday, "
            "killing ten people.\n\nHe and other villagers cremated the dead later that evening.\n\n"
            "BBC Burmese and other local media also reported the air strikes, with some "
            "outlets saying nine people had been killed.")
    assert [(e.subtype, e.fatalities) for e in events(text)] == [("Air/drone strike", 10)]


def test_an_agency_credit_in_a_dateline_opens_the_story_and_is_no_caption():
    text = ("Manila [Philippines], November 4 (ANI/Xinhua): Two soldiers were killed and four others wounded in a "
            "clash with New People's Army rebels in the central province, the military said on Thursday. The military "
            "said the fighting broke out on Wednesday in a town in Negros Occidental province.")
    e = only(text, date(2021, 11, 4))
    assert (e.subtype, e.fatalities, e.date_start, e.location) == ("Armed clash", 2, date(2021, 11, 3), "Negros Occidental")
    assert text[e.evidence_start:].startswith("Two soldiers")


@pytest.mark.parametrize("line, subtype", [
    ("A university employee in Baquba was injured in a bombing on Sunday.", "Remote explosive/landmine/IED"),
    ("On Tuesday the 50th Infantry Battalion encountered a group of NPA rebels at Sitio Dapoog.", "Armed clash"),
    ("Taliban forces shot at an Iranian police station in Saravan on Sunday.", "Armed clash"),
    ("Soldiers burned down the house of a PDF leader in Kani on Sunday.", "Looting/property destruction"),
    ("The NPA burned two equipment of a fruit company in Bukidnon on Sunday.", "Looting/property destruction"),
])
def test_more_ways_to_tell_an_attack_a_clash_or_a_burning(line, subtype):
    assert only(line).subtype == subtype


def test_the_bombing_a_suspect_is_sought_for_is_no_new_bombing():
    line = "Late on Monday night, troops surrounded a house in Bacho district after learning that a suspect in the bombing was hiding there."
    assert all(e.subtype != "Remote explosive/landmine/IED" for e in events(line))


@pytest.mark.parametrize("line", [
    "At least three days of protests culminating on Wednesday are expected across Haiti.",
    "Earlier this week Kenyan police issued a statement warning of increased militant attacks in Mandera.",
])
def test_protests_still_expected_and_attacks_warned_of_are_no_events(line):
    assert events(line) == []


def test_more_protests_expected_after_a_day_of_protests_keeps_the_day():
    assert only("Protests erupted in Lima on Monday and more are expected this week.").subtype == "Peaceful protest"


def test_a_place_and_a_colon_open_a_long_first_line_but_not_a_headline():
    lede = ("Islamabad: Militants killed three people in attacks targeting police in Pakistan's northwest on Monday, "
            "officials said.")
    assert lede[:dateline_end(lede, 0, len(lede), opening=True)] == "Islamabad: "
    headline = "Sudan: Army, RSF agree to seven-day ceasefire following talks in Jeddah"
    assert dateline_end(headline, 0, len(headline), opening=True) == 0


def test_a_dateline_under_a_headline_still_places_the_lede():
    text = ("Police disperse opposition rally\n\n"
            "TBILISI, Georgia (AP) — Police used water cannons and tear gas on Sunday to disperse protesters "
            "outside parliament.")
    e = only(text)
    assert (e.subtype, e.location) == ("Protest with intervention", "Tbilisi")


@pytest.mark.parametrize("line, place", [
    ("A car bomb exploded near a market in a mostly Shiite neighborhood of Baghdad on Sunday, killing nine people.", "Baghdad"),
    ("Thousands of protesters from remote Andean regions marched in Lima on Thursday.", "Lima"),
])
def test_a_faith_or_landscape_adjective_before_an_area_word_is_no_place(line, place):
    assert only(line).location == place


def test_a_line_that_names_only_the_country_happened_where_the_story_is():
    text = ("Soldiers clashed with gunmen in Coatepec Harinas on Thursday, killing 13.\n\n"
            "Shops in Coatepec Harinas stayed closed on Friday.\n\n"
            "On Saturday, hundreds of people protested in Mexico against the violence.")
    protest = [e for e in events(text, date(2021, 3, 21)) if e.type == "Protests"]
    assert [e.location for e in protest] == ["Coatepec Harinas"]


@pytest.mark.parametrize("line", [
    "The police and BNP leaders and activists clashed at the Old Dhaka court area on Saturday.",
    "At the Burhan Interchange, clashes broke out between the police and PTI workers on Friday.",
])
def test_police_who_clash_with_party_activists_or_workers_face_a_riot(line):
    assert only(line).subtype == "Violent demonstration"


def test_soldiers_who_clash_with_militants_fight_a_battle_whoever_dies():
    assert only("Soldiers clashed with militants near Bannu on Sunday, killing three residents.").subtype == "Armed clash"


def test_a_remote_controlled_mine_that_struck_is_an_explosion_not_a_disposal():
    line = ("Officials said on Saturday that a remote-controlled landmine struck a vehicle between Mogadishu and "
            "Afgoye, injuring two soldiers.")
    assert only(line, date(2018, 3, 17)).subtype == "Remote explosive/landmine/IED"
    assert only("Army engineers destroyed the explosives in a controlled explosion near Afgoye on Saturday.",
                date(2018, 3, 17)).subtype == "Disrupted weapons use"


def test_weapons_seized_at_the_site_after_an_encounter_are_no_occurrence_of_their_own():
    assert events("Police also seized eight weapons from the site after the encounter south of Raipur.") == []


@pytest.mark.parametrize("line", [
    "Hundreds of soldiers and police raided the main anti-government protest camp in Colombo early on Friday.",
    "Police stormed the sit-in outside the parliament on Friday.",
])
def test_forces_that_raid_a_protest_camp_intervene_in_a_protest(line):
    assert only(line).subtype == "Protest with intervention"


@pytest.mark.parametrize("line, subtype", [
    ("Police in Seattle used stun grenades and pepper spray against protesters on Saturday.", "Protest with intervention"),
    ("Peacekeepers charged the protesters, using batons, tear gas and stun grenades in Zvecan on Monday.",
     "Protest with intervention"),
    ("Israeli soldiers threw two stun grenades at shepherds near Kfarchouba on Wednesday.", "Grenade"),
])
def test_stun_grenades_used_on_protesters_are_an_intervention(line, subtype):
    assert only(line).subtype == subtype


def test_a_feed_name_before_the_dateline_is_no_part_of_the_lede():
    line = "(MENAFN- Nam News Network) MANILA, Dec 18 (NNN-PNA) – A soldier and six rebels were killed in Batangas."
    assert line[dateline_end(line, 0, len(line), opening=True):].startswith("A soldier")


def test_what_a_group_is_notorious_for_is_no_event():
    assert events("The ASG, an armed group notorious for bombings and kidnappings in Sulu, was founded in 1991.") == []
    e = only("Troops clashed with Abu Sayyaf gunmen in Patikul on Wednesday, a group notorious for kidnappings in Sulu.")
    assert e.subtype == "Armed clash"


def test_a_full_stop_that_lost_its_space_still_ends_a_sentence():
    from dateline.extract.segment import sentences
    text = "Three others are in hospital.The violence comes ahead of a rally. The U.S.Army said so."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "Three others are in hospital.", "The violence comes ahead of a rally.", "The U.S.Army said so."]


def test_bomb_attacks_are_explosions():
    assert only("Two bomb attacks targeted security officers in Pattani province on Sunday.").subtype == \
        "Remote explosive/landmine/IED"


def test_the_latest_in_a_series_of_attacks_is_one_attack_told_again_below():
    text = ("A car bomb tore through a Baghdad market on Thursday, killing at least nine people in what appeared to be "
            "the latest in a series of deadly attacks by the Islamic State group.\n\n"
            "The car was parked near an outdoor market in a mostly Shiite neighbourhood.\n\n"
            "Seven civilians and two policemen were killed, while at least 15 other people were wounded, officials said.")
    e = only(text, date(2017, 1, 6))
    assert (e.subtype, e.fatalities, e.aggregate) == ("Remote explosive/landmine/IED", 9, False)


def test_a_subheading_verb_before_an_area_word_is_no_place():
    text = ("At least 17 people were killed in Somalia on Saturday after al-Shabaab attacked a military base.\n\n"
            "'Captured base'\n\n"
            "Several suicide car bombs attacked the base after fierce fighting, the officer said.")
    assert all(e.location != "Captured" for e in events(text, date(2024, 3, 23)))


def test_gunmen_who_opened_fire_on_a_named_airline_plane_attacked():
    e = only("On November 11, gunmen opened fire on a Spirit Airlines plane as it prepared to land, wounding a flight attendant.",
             date(2024, 11, 19))
    assert e.date_start == date(2024, 11, 11)


def test_a_group_throwing_bottles_and_fireworks_at_police_riots():
    line = ("Police said the disorder in Derry continued on Friday when 12 officers were injured by a large group "
            "throwing bottles, fireworks and petrol bombs.")
    assert only(line, date(2021, 4, 4)).subtype == "Violent demonstration"


def test_people_gathered_at_the_invitation_of_groups_to_denounce_protest():
    line = ("On Saturday about 1,000 people gathered in the capital, Ouagadougou, at the invitation of a dozen civil "
            "society organisations to denounce terrorism.")
    assert (only(line, date(2019, 10, 14)).subtype, only(line, date(2019, 10, 14)).location) == ("Peaceful protest", "Ouagadougou")


@pytest.mark.parametrize("line, subtype", [
    ("Arsonists burned more than a dozen trucks late on Wednesday in Araucania.", "Looting/property destruction"),
    ("Russia said it shot down two Ukrainian drone attacks over Crimea on Tuesday.", "Disrupted weapons use"),
])
def test_burnings_of_many_trucks_and_drone_attacks_shot_down(line, subtype):
    assert only(line, date(2023, 8, 9)).subtype == subtype


def test_warplanes_that_drop_leaflets_strike_nothing():
    assert events("Israeli warplanes over southern Gaza dropped leaflets on Friday warning residents to leave.") == []


@pytest.mark.parametrize("line, subtype", [
    ("The Russian armed forces captured the village of Maiorsk in the Donetsk region on Sunday.", "Non-state actor overtakes territory"),
    ("Russia's defence ministry said on Sunday that its forces had liberated the village of Mali Shcherbaky.",
     "Non-state actor overtakes territory"),
    ("Ukrainian troops recaptured the village of Vilne Pole in Donetsk Oblast on Sunday.", "Government regains territory"),
    ("Government forces and Russian instructors retook Bria from rebels on Sunday.", "Government regains territory"),
])
def test_an_invader_taking_ground_is_no_government_regaining_its_own(line, subtype):
    assert only(line, date(2024, 5, 27)).subtype == subtype


def test_a_victim_shot_while_campaigning_was_attacked_and_soldiers_on_patrol_fought():
    assert only("He was shot in the capital on 12 December while campaigning, and later died of his injuries.",
                date(2026, 2, 6)).subtype == "Attack"
    assert only("Gunmen shot dead two soldiers while on patrol in Bannu on Sunday.").subtype == "Armed clash"


def test_a_hunger_strike_begun_is_a_protest():
    line = ("On Sunday afternoon, Diana Hrka, the mother of a man who died in the collapse of the station, began a "
            "hunger strike in front of the Assembly in Belgrade.")
    assert only(line, date(2025, 11, 3)).subtype == "Peaceful protest"


def test_the_same_toll_told_again_under_the_province_of_the_town_is_one_occurrence():
    text = ("Russian drones killed two people in Pokrovsk on Friday, officials said.\n\n"
            "Two people died when bombs hit a residential street in the city centre, the head of the Donetsk region said.")
    assert [(e.location, e.fatalities) for e in events(text, date(2025, 8, 16))] == [("Pokrovsk", 2)]


def test_a_man_and_a_woman_who_died_are_two_dead():
    assert only("A man and a woman died when a shell hit a bus stop in Kherson on Friday.", date(2025, 8, 16)).fatalities == 2
    assert only("A policeman was wounded and a civilian died in the blast in Quetta on Friday.", date(2025, 8, 16)).fatalities == 1


@pytest.mark.parametrize("second", [
    "Seperately, Israeli warplanes bombed a house in Deir al-Balah.",  # the misspelling is common in wire copy
    "The next day, Israeli warplanes bombed a house in Deir al-Balah.",
])
def test_a_line_opened_as_another_occurrence_is_one_of_its_own(second):
    text = f"Israeli drones struck a tent camp in Khan Younis on Tuesday, killing two people.\n\n{second}"
    assert [e.location for e in events(text, date(2026, 1, 21))] == ["Khan Younis", "Deir al-Balah"]


def test_and_in_another_province_is_a_roundups_next_item():
    text = ("Taliban fighters attacked checkpoints across Afghanistan on Monday, killing at least four soldiers, officials said.\n\n"
            "And in southern Urozgan province, militants attacked a police post, wounding three officers.")
    assert [(e.location, e.fatalities) for e in events(text, date(2021, 1, 20))] == [("Afghanistan", 4), ("Urozgan", 0)]


@pytest.mark.parametrize("line", [
    "The Tillaberi region, which borders Burkina Faso and Mali, faces regular attacks blamed on jihadists.",
    "Militants stage near-daily attacks on army posts in Diffa.",
    "Zamfara is one of several states struggling with armed gangs who raid villages and kidnap residents.",
    "Incidents between both sides have occurred in the past in Deir Ezzor, where the SDF and tribal fighters clashed.",
])
def test_how_often_violence_happens_is_no_occurrence(line):
    assert events(line, date(2024, 6, 26)) == []


def test_a_related_link_scraped_into_a_paragraph_is_no_event_of_the_story():
    text = ("Police said four Maoists were killed in the encounter in Kandhamal district on Wednesday. Also Read – "
            "Encounter Update: Three militants killed, three soldiers injured in encounter in Baramulla\n\n"
            "The official said the operation went on.")
    assert [(e.location, e.fatalities) for e in events(text, date(2020, 9, 10))] == [("Kandhamal", 4)]


def test_while_in_another_place_opens_that_places_own_toll():
    text = "At Kazarahoyo, the attackers killed five civilians while in Bulongo, two people were killed, all men, he said."
    assert [(e.fatalities, text[e.evidence_start:e.evidence_end][:14]) for e in events(text, date(2021, 10, 30))] == [
        (5, "At Kazarahoyo,"), (2, "in Bulongo, tw")]


def test_the_dead_including_a_long_described_group_are_the_whole_count():
    line = ("Last week at least 13 civilians including two volunteers working for the army's anti-jihadist campaign "
            "were killed in northern Burkina Faso.")
    assert only(line, date(2022, 1, 11)).fatalities == 13


def test_a_running_toll_that_claimed_lives_since_a_year_adds_nothing():
    text = ("Last week at least 13 civilians were killed in northern Burkina Faso.\n"
            "Such attacks have claimed more than 2,000 lives and forced more than 1.5 million people to flee since 2015.")
    assert [e.fatalities for e in events(text, date(2022, 1, 11))] == [13]



def test_every_sample_events_confidence_is_a_clean_two_decimal_number():
    """A merge adds 0.05: unrounded, an export showed 0.8500000000000001."""
    found = [e for item in iter_articles([str(Path(__file__).parents[1] / "sample_articles")]) if item.article
             for e in extract_events(item.article.text, item.article.published)]
    assert len(found) > 50 and all(0 < e.confidence <= 0.95 and e.confidence == round(e.confidence, 2) for e in found)


def test_a_crowd_in_one_town_on_one_day_told_far_apart_is_one_protest():
    text = ("Thousands of people demonstrated on Friday in Kaya to oppose the passage of a French army convoy, witnesses said.\n\n"
            "The convoy left Abidjan in Ivory Coast last week and was heading for Niger.\n\n"
            "Residents accuse France of failing to stop jihadist attacks in the region.\n\n"
            "The French army said the convoy would continue its journey.\n\n"
            "A spokesman for the organisers said more marches were planned.\n\n"
            "People demonstrated in Kaya, northcentral Burkina Faso, 19 Nov 2021.")
    assert [(e.location, str(e.date_start)) for e in events(text, date(2021, 11, 20))] == [("Kaya", "2021-11-19")]


@pytest.mark.parametrize("line", [
    "Northwest Nigeria has for years been plagued by armed gangs that kidnap for ransom and raid villages.",
    "The FARC for decades fought the government, carrying out assassinations and bombings.",
    "The district has witnessed a spate of attacks in recent months.",
    "The two regions share a border and attacks between the two groups in border areas have been rising.",
    "Hezbollah and Israel have been engaged in daily firefights since the Gaza war began in October.",
    "The West Bank has seen a surge in settler rioting and violence since October 7, 2023.",
    "Since then, attacks in the Tillaberi region have continued at a high rate.",
])
def test_how_violence_has_gone_for_a_while_is_no_occurrence(line):
    assert events(line, date(2025, 1, 21)) == []


def test_a_habit_with_a_day_of_its_own_is_still_an_occurrence():
    assert only("Gunmen stormed the village of Kurmin Masara on Sunday, the latest in a spate of attacks in recent months.",
                date(2025, 1, 21)).date_start == date(2025, 1, 19)


def test_weapons_carried_are_no_explosion_but_a_truck_carrying_explosives_may_blow_up():
    assert events("Police said the suspects were armed with grenades and pistols when they were stopped in Quetta on Monday.",
                  date(2025, 1, 21)) == []
    assert only("A truck carrying explosives blew up at a checkpoint in Mogadishu on Monday, killing five.",
                date(2025, 1, 21)).subtype == "Remote explosive/landmine/IED"
    assert only("Militants armed with guns and grenades attacked a police post in Bannu on Monday, killing two officers.",
                date(2025, 1, 21)).subtype == "Armed clash"


@pytest.mark.parametrize("text, second", [
    ("Gunmen killed a man in Chilpancingo on Friday, two days after he was kidnapped by members of an armed group.",
     ("Abduction/forced disappearance", date(2024, 4, 24))),
    ("Gunmen attacked a police post in Bannu on Monday, killing two officers, a day after militants attacked a "
     "checkpoint in Lakki Marwat.", ("Armed clash", date(2024, 4, 28))),
])
def test_a_day_after_an_earlier_occurrence_is_that_occurrence_dated_back(text, second):
    found = events(text, date(2024, 5, 2))
    assert len(found) == 2 and (found[1].subtype, found[1].date_start) == second


def test_a_line_dated_back_from_the_last_is_no_anchor_for_the_lines_after_it():
    text = ("Police arrested two student activists in Colombo on Tuesday, a day after a student leader was detained "
            "at the airport.\n\nHundreds of students protested outside the police headquarters in Colombo.")
    found = events(text, date(2024, 5, 2))
    assert [(e.subtype, e.date_start) for e in found] == [
        ("Arrests", date(2024, 4, 30)), ("Arrests", date(2024, 4, 29)), ("Peaceful protest", date(2024, 4, 30))]


def test_a_bombing_that_took_place_a_day_after_a_foiled_attack_dates_the_foiled_one_back():
    text = ("A suicide bomber blew himself up at a police checkpoint in Bannu on Monday, killing three officers.\n\n"
            "The bombing took place a day after security forces foiled an attack on a checkpoint in the area.")
    assert [e.date_start for e in events(text, date(2024, 5, 2))] == [date(2024, 4, 29), date(2024, 4, 28)]


def test_gunmen_who_kill_a_named_critic_or_fire_on_a_plane_attack_civilians():
    named = only("Gunmen killed Mohammed, an outspoken critic of the government, in Ejura on Monday.", date(2024, 5, 2))
    assert (named.subtype, named.fatalities) == ("Attack", 1)
    assert only("Gunmen opened fire on a Spirit Airlines plane over Port-au-Prince on Monday.",
                date(2024, 5, 2)).subtype == "Attack"
    commander = only("The army killed Abu Musab, a senior ISWAP commander, in Borno on Monday.", date(2024, 5, 2))
    assert (commander.subtype, commander.fatalities) == ("Armed clash", 1)


@pytest.mark.parametrize("line", [
    "Security forces opened fire directly at hundreds of anti-government protesters in Baghdad on Friday, killing two.",
    "Security forces fired on a demonstration in the central city of Taiz on Monday, killing three protesters.",
    "Another protester was killed by a police armoured vehicle in Srinagar on Friday.",
])
def test_state_force_that_kills_peaceful_protesters_is_excessive_force(line):
    assert only(line, date(2024, 5, 2)).subtype == "Excessive force against protesters"


def test_police_firing_on_a_crowd_that_throws_stones_meet_a_riot():
    line = "Police opened fire on protesters who threw stones at them in Srinagar on Friday, killing one."
    assert only(line, date(2024, 5, 2)).type == "Riots"


@pytest.mark.parametrize("line, place", [
    ("A suicide car bomb killed at least eight people in the Somali capital on Saturday, police said.", "Mogadishu"),
    ("Riot police fired tear gas at demonstrators in the Senegalese capital on Sunday.", "Dakar"),
    ("Protesters marched in the Nigerian capital on Monday.", "Abuja"),
])
def test_the_capital_named_by_its_peoples_adjective_is_that_countrys_capital(line, place):
    assert only(line, date(2024, 5, 2)).location == place


def test_a_speakers_surname_that_is_also_a_town_is_no_place():
    line = ("A suicide car bomb killed at least eight people in the capital on Saturday, police spokesperson Abdifatah "
            "Aden Hassan told reporters.")
    found = only(line, date(2024, 5, 2))
    assert (found.location, found.country) == (None, None)  # Hassan is a town in India: not New Delhi
    assert only("Fighting erupted in Lower Shabelle on Monday, residents said.", date(2024, 5, 2)).location == "Lower Shabelle"


def test_the_one_day_a_reports_first_lines_name_dates_its_undated_lede():
    text = ("A 20-year-old man was shot dead in an ambush by bandits in Embossos area, Baringo County.\n\n"
            "The gunmen also wounded a police officer who was leading a team to the scene.\n\n"
            "This is the latest such incident in the area, which has displaced thousands.\n\n"
            "Police said the victim was clearing bushes for farming on Thursday when he was attacked.")
    assert events(text, date(2024, 3, 29))[0].date_start == date(2024, 3, 28)


def test_a_day_long_before_publication_is_background_not_the_storys_day():
    text = ("The bodies of five men were found on a road outside Culiacan, prosecutors said.\n\n"
            "Their hands were tied and they wore the same clothes, a witness said.\n\n"
            "Sinaloa has been shaken by fighting between two factions of the cartel.\n\n"
            "One of the men had been reported missing by his family on July 25.")
    assert [e.date_start for e in events(text, date(2024, 9, 15))] == [date(2024, 9, 15)]


def test_thursdays_blast_coming_a_day_after_another_dates_the_other_on_wednesday():
    text = ("A car bomb exploded outside a police station in Tumaco on Thursday, killing two people.\n"
            "Thursday's blast comes a day after a bomb exploded in neighboring Narino province, killing nine people.")
    assert [e.date_start for e in events(text, date(2012, 2, 3))] == [date(2012, 2, 2), date(2012, 2, 1)]


def test_fighters_who_surrender_to_the_army_change_their_activity():
    found = only("Last week, 12 guerrillas surrendered to the army in Guihulngan City.", date(2025, 9, 29))
    assert (found.type, found.subtype) == ("Strategic developments", "Change to group/activity")
    assert events("The army called on the rebels to surrender.", date(2025, 9, 29)) == []


def test_a_rally_the_violence_comes_ahead_of_is_still_to_come():
    assert events("The violence comes ahead of the party's divisional rally in the capital on Saturday.",
                  date(2022, 12, 8)) == []
    assert only("Police fired tear gas at protesters ahead of the election in Dhaka on Saturday.",
                date(2022, 12, 8)).subtype == "Protest with intervention"


def test_concern_at_the_impact_of_strikes_is_no_strike():
    line = "He voiced particular concern at “the devastating impact of drone strikes and other violence” on civilians."
    assert events(line, date(2023, 11, 18)) == []
    assert only("Drone strikes killed 12 people in Amhara on Monday.", date(2023, 11, 18)).subtype == "Air/drone strike"


def test_an_air_force_that_attacked_a_depot_struck_from_the_air():
    line = "The Israeli army said the air force had attacked a Hezbollah weapons depot in the Nabatieh area on Sunday."
    assert only(line, date(2024, 8, 18)).subtype == "Air/drone strike"


@pytest.mark.parametrize("line, place", [
    ("Clashes broke out in Moebye last Thursday when resistance groups attacked a junta base, residents said.", "Moebye"),
    ("Meanwhile, junta troops are continuing to bombard Ramree in Rakhine State.", "Ramree"),
])
def test_a_town_the_gazetteer_lacks_is_placed_by_its_day_or_the_shelling(line, place):
    assert only(line, date(2024, 2, 19)).location == place


def test_protests_planned_for_a_later_day_are_no_event_and_do_not_date_the_arrest():
    text = ("Police in Zimbabwe on Monday arrested an opposition leader and a journalist ahead of "
            "anti-government protests planned for July 31, lawyers said.")
    arrest = only(text, date(2020, 7, 21))  # a Tuesday
    assert arrest.subtype == "Arrests"
    assert arrest.date_start == date(2020, 7, 20)  # Monday, not July 31 of the year before


def test_an_occurrence_named_by_its_day_dates_the_one_told_before():
    text = ("Police officers were injured after riots in Southport, northwest England.\n"
            "The chief constable said more rioters would be arrested.\n"
            "Special powers are in place to stop and search people.\n"
            "Detectives were granted more time to question a boy held over a stabbing.\n"
            "The boy, from a nearby village, was charged with murder on Monday.\n"
            "Tuesday’s riot, near the mosque, marred a night of remembrance.")
    riot = events(text, date(2024, 7, 31))[0]
    assert riot.type == "Riots" and riot.date_start == date(2024, 7, 30)


def test_border_guards_are_a_state_force_on_either_side():
    fight = only("A Kyrgyz border guard was killed in a shootout between Kyrgyz and Tajik border guards "
                 "along the disputed border on Monday.")
    assert (fight.type, fight.fatalities) == ("Battles", 1)
    # shot dead BY border guards (or police): the force did it, the porters were civilians
    for force in ("border guards", "police"):
        shot = only(f"Two fuel porters were shot dead by {force} near the town of Saravan on Monday.")
        assert (shot.type, shot.subtype) == ("Violence against civilians", "Attack")


def test_a_places_own_past_told_after_where_keeps_its_toll_and_year():
    text = ("Three Indonesian soldiers were killed in a gun battle with separatist rebels in Papua province, "
            "where over a dozen construction workers were massacred last year, the military said Monday.")
    battle = events(text)[0]
    assert (battle.fatalities, battle.date_start) == (3, PUB)


@pytest.mark.parametrize("line, subtype", [
    ("Eight people were killed and 27 wounded after ballistic missiles launched by the Houthis struck Marib on Monday.",
     "Shelling/artillery/missile attack"),
    ("Three people were killed after a bomb exploded in a market in Maiduguri on Monday.",
     "Remote explosive/landmine/IED"),
])
def test_deaths_told_before_the_blast_that_caused_them_take_the_blasts_type(line, subtype):
    blast = only(line)
    assert (blast.type, blast.subtype) == ("Explosions/Remote violence", subtype)
    assert blast.fatalities in (8, 3)


def test_a_title_case_headline_with_a_full_stop_is_no_evidence():
    text = ("Security Forces Open Fire On Anti-Coup Protesters Leaving At Least Three Dead.\n\n"
            "Security forces opened fire on anti-coup protesters in Yangon on Monday, killing at least three people.")
    fire = only(text)
    assert text[fire.evidence_start:].startswith("Security forces opened fire")


def test_a_link_list_line_ending_in_a_bar_is_no_event():
    text = ("Police dispersed a rally in Dhaka on Monday with tear gas.\n\nNews update\n"
            "  • Two brothers killed in Narsingdi over extortion refusal     |      \n"
            "  • Interim government calls visit a success     |      \n")
    assert only(text).type == "Protests"


def test_a_strike_demonstrators_plan_is_still_to_come():
    text = ("Another protest is planned for Sunday in Tsuen Wan, while demonstrators also plan a city-wide strike "
            "and class boycotts at universities in coming weeks.")
    assert events(text) == []


def test_other_victims_listed_after_and_are_the_same_abduction():
    text = "Gunmen have abducted a village head, and about 50 others, including women and children in an attack in Bagega."
    abduction = only(text)
    assert abduction.subtype == "Abduction/forced disappearance" and abduction.location == "Bagega"
    assert (abduction.evidence_start, abduction.evidence_end) == (0, len(text))


def test_the_attack_told_again_with_its_day_and_a_toll_is_the_attack_told_first():
    # the first telling has no toll, the second names another place: still one occurrence
    text = ("Separatists on Sunday attacked the village of Obonyi in Manyu division, residents said.\n"
            "The attack, which began at dawn on Sunday, was confirmed by a local official, who said 15 villagers "
            "were killed in the Southwest region.")
    attack = only(text)
    assert (attack.fatalities, attack.date_start) == (15, date(2025, 11, 16))


def test_protests_in_a_list_of_towns_are_one_protest_per_town():
    found = events("On Monday, opposition workers protested in Karachi, Lahore, Rawalpindi and Peshawar.")
    assert [e.location for e in found] == ["Karachi", "Lahore", "Rawalpindi", "Peshawar"]
    assert {e.date_start for e in found} == {date(2025, 11, 17)} and not any(e.aggregate for e in found)


@pytest.mark.parametrize("line", [
    "Hundreds of protesting miners blocked the highway between Chala and Atico on Monday.",  # a stretch of road
    "Protesters rallied in Latih, Patikul on Monday.",  # a town and its area
])
def test_a_road_between_two_towns_or_a_town_and_its_area_is_one_protest(line):
    assert len(events(line)) == 1


def test_a_photo_caption_in_the_present_is_no_event():
    text = ("Police fired tear gas at protesting students in Jakarta on Monday.\n\n"
            "Police officer shoots tear gas to university students during 30 September riot in Gatot Subroto Street, "
            "Jakarta on Monday (30/09).")
    assert only(text, date(2019, 9, 30)).subtype == "Protest with intervention"


@pytest.mark.parametrize("line, subtype", [
    ("Police fired tear gas at students in Jakarta on Monday.", "Protest with intervention"),
    ("Police used tear gas and water cannon against thousands of opposition supporters in Dhaka on Monday.",
     "Protest with intervention"),
    ("Riot police fired tear gas at students who lobbed stones at police in Dakar on Monday.", "Violent demonstration"),
])
def test_tear_gas_fired_at_a_crowd_meets_a_protest_or_a_riot(line, subtype):
    assert only(line).subtype == subtype


def test_a_town_inside_an_institutions_name_is_no_place():
    text = "Riot police blocked the streets around Cheikh Anta Diop University in Dakar on Monday, where students protested."
    assert {e.location for e in events(text)} == {"Dakar"}
    assert only("Students protested at Kabul University on Monday.").location == "Kabul"


@pytest.mark.parametrize("line, place", [
    ("Kenyan police fired tear gas at protesters in the capital on Monday.", ("Nairobi", "Kenya")),
    ("Police fired tear gas at protesters in the capital on Monday, Kenyan media reported.", ("Nairobi", "Kenya")),
    ("Security forces in Congo Republic's capital fired tear gas to disperse hundreds of protesters on Monday.",
     ("Brazzaville", "Congo")),
])
def test_the_capital_of_a_country_named_only_by_its_people_or_an_alias(line, place):
    found = only(line)
    assert (found.location, found.country) == place


def test_a_setting_told_in_the_present_after_as_is_no_side():
    line = ("Armed attackers killed at least 14 civilians in coastal Ecuador on Monday, authorities said, "
            "as drug trafficking gangs battle for control.")
    assert (only(line).type, only(line).fatalities) == ("Violence against civilians", 14)


@pytest.mark.parametrize("line, etype", [
    ("Boko Haram fighters attacked a community in Borno on Monday.", "Violence against civilians"),
    ("Survivors of Monday's Boko Haram attack on a community in Borno recounted the horror.", "Violence against civilians"),
    ("Gunmen attacked a church in Kaduna on Monday.", "Violence against civilians"),
    ("Gunmen attacked a police post in Kaduna on Monday.", "Battles"),  # an armed side hit
])
def test_an_attack_on_a_community_church_or_market_is_on_civilians(line, etype):
    assert only(line).type == etype


def test_a_protest_whose_crowd_throws_stones_in_the_next_line_is_a_riot():
    text = ("Police fired rubber bullets and tear gas to disperse hundreds of protesters demanding better services "
            "in Bekkersdal on Monday.\n\nThe protesters also pelted police members with stones and damaged vehicles.")
    assert (only(text).type, only(text).subtype) == ("Riots", "Violent demonstration")
    lethal = ("Police fired live rounds at protesters in Nairobi on Monday, killing five.\n\n"
              "Demonstrators set fire to part of the parliament building.")
    assert events(lethal)[0].subtype == "Excessive force against protesters"  # an occurrence of its own


@pytest.mark.parametrize("line, place", [
    ("Four soldiers were killed while confronting Houthi rebels on Monday evening in the south of Harib district "
     "in Marib province, the military official said.", "Harib"),  # inside it, not a landmark
    ("The militants attacked 11 civilians in Lafole suburb, Lower Shabelle region, on Monday.", "Lafole"),
])
def test_the_south_of_a_district_and_a_named_suburb_are_places(line, place):
    assert only(line).location == place


@pytest.mark.parametrize("line, dead", [
    ("Gunmen shot five villagers in Zamfara on Monday.", 0),
    ("Gunmen shot and wounded five villagers in Zamfara on Monday.", 0),
    ("Gunmen shot dead five villagers in Zamfara on Monday.", 5),
])
def test_villagers_shot_were_attacked_whether_or_not_they_died(line, dead):
    attack = only(line)
    assert (attack.subtype, attack.fatalities) == ("Attack", dead)


def test_all_three_attacks_or_both_named_again_refer_back():
    text = ("Boko Haram attacked a base on the island of Darak on Monday, killing six soldiers.\n\n"
            "“Between yesterday and today there were three attacks,” a senior military source told Reuters. "
            "All three attacks were carried out in the Far North Region of Cameroon.")
    attack = only(text)
    assert (attack.location, attack.aggregate) == ("Darak", False)  # not a sum of its own


def test_one_kind_of_violence_in_one_town_on_one_day_is_one_occurrence_however_counted():
    text = ("At least 17 people were killed when militants attacked a military base in Bulo Burde on Monday.\n\n"
            "The army's chief spokesman praised the troops.\n\n"
            "Officials said the region had been calm for months.\n\n"
            "Seven soldiers were killed in Bulo Burde on Monday, according to an officer who asked not to be named.")
    attack = only(text)
    assert (attack.location, attack.fatalities) == ("Bulo Burde", 17)
