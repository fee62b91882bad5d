"""Event extraction: typing, counts, places, clause splitting, repeats, properties."""

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from dateline.extract import extract_events
from dateline.extract.numbers import fatalities, word_number

PUB = date(2025, 11, 10)


def one(text: str, published: date = PUB):
    events = extract_events(text, published)
    assert len(events) == 1, [(e.subtype, text[e.evidence_start:e.evidence_end]) for e in events]
    return events[0]


@pytest.mark.parametrize("text, count", [
    ("killed 14 militants and three soldiers", 17),
    ("Three people were wounded and two killed", 2),
    ("a 25-year-old man was killed", 1),
    ("The blast killed at least 1,200 people and wounded 300", 1200),
    ("twenty-one people died", 21),
    ("left 14 militants dead", 14),
    ("17 more insurgents killed", 17),
    ("killing two officers and a street vendor", 3),
])
def test_fatalities(text, count):
    assert fatalities(text, 0, len(text)).count == count


def test_vague_deaths_keep_text_and_no_number():
    f = fatalities("The fighting killed dozens of people", 0, 36)
    assert f.count is None and "dozens" in f.text


@pytest.mark.parametrize("words, value", [("eight", 8), ("twenty-one", 21), ("a dozen", 12), ("1,200", 1200),
                                          ("two hundred", 200)])
def test_word_numbers(words, value):
    assert word_number(words) == value


def test_wire_story_event_fields():
    text = ("KABUL, Afghanistan (AP) — A suicide bomber killed seven worshippers at a mosque in Kunduz on Friday, "
            "police said Saturday.")
    e = one(text, date(2025, 3, 8))
    assert (e.type, e.subtype, e.fatalities, e.location, e.country) == (
        "Explosions/Remote violence", "Suicide bomb", 7, "Kunduz", "Afghanistan")
    assert e.date_start == date(2025, 3, 7) and e.date_precision == "day"
    assert text[e.evidence_start:e.evidence_end].startswith("A suicide bomber")  # dateline left out


def test_two_occurrences_in_one_sentence_are_two_events():
    text = ("Eight militants were killed Sunday in North Waziristan, and 12 others were killed in a separate "
            "raid in the Dara Adam Khel district.")
    events = extract_events(text, PUB)
    assert [(e.location, e.fatalities) for e in events] == [("North Waziristan", 8), ("Dara Adam Khel", 12)]
    assert all(e.date_start == date(2025, 11, 9) for e in events)


def test_reporting_date_is_not_the_event_date():
    text = "On Nov. 8, the army announced that troops had killed 45 rebels between Nov. 3 and 5 in Beni."
    e = one(text)
    assert (e.date_start, e.date_end, e.aggregate) == (date(2025, 11, 3), date(2025, 11, 5), True)


def test_undated_follow_up_inherits_the_date():
    text = ("Troops clashed with rebels near Goma on Oct. 2. The fighting left nine soldiers dead, "
            "officials said.")
    events = extract_events(text, PUB)
    assert {e.date_start for e in events} == {date(2025, 10, 2)}


def test_opinion_threats_and_habits_are_not_events():
    text = ("The militants vowed to attack more police stations. Gangs often raid villages in the region. "
            "Analysts say more violence could follow. More than 200 people have been killed since 2023.")
    assert extract_events(text, PUB) == []


def test_protest_subtypes_and_arrests():
    police = one("Police fired tear gas and live rounds at protesters in Nairobi on Tuesday, killing five.")
    assert police.subtype == "Excessive force against protesters" and police.fatalities == 5
    dispersed = one("Students protested in Dhaka on Monday and police fired tear gas to disperse them.")
    assert dispersed.subtype == "Protest with intervention"
    arrests = one("Police arrested 40 people in Lagos on Saturday.")
    assert (arrests.type, arrests.subtype, arrests.fatalities) == ("Strategic developments", "Arrests", None)


def test_agreement_and_talks():
    assert one("Qatar brokered a ceasefire on Oct. 19, which remains in place.").subtype == "Agreement"
    talks = one("Talks between the two sides collapsed in Istanbul on Thursday.")
    assert (talks.subtype, talks.location) == ("Other", "Istanbul")


def test_headline_repeat_folds_into_the_body_event():
    text = ("Gunmen kill 12 in Zamfara\n\nGunmen killed 12 villagers in Zamfara state on Sunday, residents said. "
            "The attackers arrived on motorcycles.")
    events = extract_events(text, PUB)
    assert len(events) == 1 and events[0].fatalities == 12


def test_actors_normalised():
    e = one("Pakistani security forces killed 20 Pakistani Taliban insurgents in Bannu on Sunday.")
    assert e.actors_normalized == ["Pakistani security forces", "Tehreek-e-Taliban Pakistan"]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600), st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))))
def test_extractor_never_raises_and_offsets_index_the_text(text, published):
    for e in extract_events(text, published):
        assert 0 <= e.evidence_start < e.evidence_end <= len(text)
        if e.date_start:
            assert e.date_start <= e.date_end


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Gunmen killed five people in Kano on Sunday.", "Police arrested 12 protesters.", "\n\n", "ISLAMABAD (AP) — ",
    "Troops clashed with militants overnight.", "A drone strike hit Kabul on Oct. 9.", "They will attack.",
    "between Sept 10 and 13", "dozens were killed", "[bold]x[/]", "\x1b[31m", "Sunday Times", "Oct."]), max_size=15),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
def test_news_like_soup_keeps_invariants(parts, published):
    text = " ".join(parts)
    for e in extract_events(text, published):
        assert text[e.evidence_start:e.evidence_end].strip()
        if e.date_start:
            assert e.date_start <= e.date_end and abs((e.date_start - published).days) < 366 * 200
        assert e.fatalities is None or e.fatalities >= 0


def test_local_press_dateline_and_unknown_towns():
    text = ("Srinagar, March 12: Two terrorists were killed in an encounter with security forces in Kupwara "
            "district on Monday, police said. Separately, police arrested three people in Baramulla for "
            "allegedly harbouring militants.")
    clash, arrests = extract_events(text, date(2024, 3, 12))
    assert (clash.date_start, clash.location, clash.fatalities) == (date(2024, 3, 11), "Kupwara", 2)
    assert (arrests.subtype, arrests.location) == ("Arrests", "Baramulla")


def test_running_tolls_since_a_date_and_bodies_found():
    text = ("Authorities found the bodies of nine men near Culiacán on Saturday. More than 600 people have been "
            "killed in Sinaloa since the infighting began in September.")
    (found,) = extract_events(text, date(2025, 1, 20))
    assert (found.fatalities, found.location, found.date_start) == (9, "Culiacán", date(2025, 1, 18))


def test_the_day_before_counts_from_the_previous_event_and_riots_with_bricks():
    text = ("Gunmen killed 20 civilians in Goubre on Saturday, officials said. The day before, an improvised "
            "explosive device hit a military convoy near Djibo, killing four soldiers.")
    attack, ied = extract_events(text, date(2024, 5, 27))
    assert attack.date_start == date(2024, 5, 25) and ied.date_start == date(2024, 5, 24)
    assert ied.subtype == "Remote explosive/landmine/IED" and ied.fatalities == 4
    riot = one("Opposition supporters threw bricks at police in Dhaka on Wednesday.", date(2025, 8, 14))
    assert (riot.type, riot.subtype) == ("Riots", "Violent demonstration")


def test_arrests_carry_no_fatalities():
    e = one("Police detained 50 activists in Dhaka on Wednesday after clashes left one person dead.",
            date(2025, 8, 14))
    assert e.subtype == "Arrests" and e.fatalities is None
