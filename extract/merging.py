"""One event per occurrence.

News repeats: the headline, the lede and the body tell one occurrence several
times, and later lines add to it ("were also killed", "the attackers also set
fire to..."). These fold into one event, keeping the most specific evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import fields
from operator import attrgetter

from dateline.extract.candidate import (
    BORROWED,
    MERGEABLE_TYPES,
    VIOLENT_TYPES,
    Candidate,
    apply_date,
)
from dateline.extract.numbers import ORDINAL, ORDINALS, REVISED_TOLL, word_number
from dateline.extract.places import lookup
from dateline.extract.records import Event
from dateline.extract.scan import Gated, fold, folded
from dateline.extract.segment import Span

# The one an ordinal counts: "a seventh victim", "a second protester", "the third man".
_COUNTED_ONE = r"(?:victim|person|body|casualty|protester|demonstrator|soldier|civilian|man|woman|child|boy|girl)"
# "were also killed", "two more died in hospital", "another three were killed": more dead of the same occurrence.
ALSO_KILLED = folded(r"\b(?:also\s+(?:been\s+)?|more\s+(?!than\b)(?:[a-z]+\s+)?(?:(?:were|was|have|had|later)\s+)*)"
                     r"(?:killed|died|slain|shot dead)\b"
                     # "A seventh victim, a 17-year-old boy, died in hospital": one more than told.
                     rf"|\b(?:a|the)\s+{ORDINAL}\s+{_COUNTED_ONE}\b[^.;]{{0,40}}?"
                     r"\b(?:died|killed|succumbed|was found)\b"
                     # "one of them later said a third had died of his wounds"
                     rf"|\b(?:a|the)\s+{ORDINAL}\s+(?:had\s+|has\s+)?(?:died|succumbed)\b")


def adds_victims(text: str, cand: Candidate, prev: Candidate) -> bool:
    """'The driver and several soldiers were also killed.': more dead of the
    occurrence just told, not a new one."""
    e = cand.event
    if cand.explicit_date or prev.event.aggregate or min(cand.paragraphs) - max(*prev.paragraphs, prev.last_said) > 1 \
            or not (e.location in (None, prev.event.location) or _region_and_unplaced_town(prev.event, e)):
        return False  # (a summary's toll already counts the dead of its parts; the place is tested last, it costs most)
    if cand.refers_back == "deaths" and not prev.event.fatalities:
        # "...recaptured the locality of Biakato Mine. Six rebels were killed": the toll it did not give.
        return prev.event.type in VIOLENT_TYPES and e.type in VIOLENT_TYPES
    if _breakdown(text, cand, prev):
        # "At least seven people were killed ... A Jubaland official said five of his soldiers had died,
        # while residents said two traders were killed": the toll told again, side by side.
        return prev.event.type in VIOLENT_TYPES and e.type in VIOLENT_TYPES
    if cand.refers_back not in ("", "deaths"):  # "The army said it had repelled the assault and neutralised dozens"
        return e.type == prev.event.type or (prev.event.type in VIOLENT_TYPES and e.type in MERGEABLE_TYPES)
    # "Five people died at the scene and two more died in hospital": the second names no victims
    # of its own kind, so its type is only the default one; "more" says whose dead they are.
    return (e.type == prev.event.type or {e.type, prev.event.type} <= VIOLENT_TYPES) and _also_killed(text, cand)


ORDINAL_VICTIM = folded(rf"\b(?:a|the)\s+({ORDINAL})\s+{_COUNTED_ONE}\b")


ORDINAL_HINTS = (*ORDINALS, "1st", "2nd", "3rd", "th ")  # a cheap test before the pattern


def victims_of(text: str, cand: Candidate, candidates: list[Candidate]) -> Candidate | None:
    """The occurrence told before whose dead `cand` adds to (`adds_victims`), if any."""
    if cand.explicit_date:
        return None  # a day of its own: an occurrence of its own (no need to look for the toll it adds to)
    target = toll_target(text, cand, candidates)
    return target if adds_victims(text, cand, target) else None


def toll_target(text: str, cand: Candidate, candidates: list[Candidate]) -> Candidate:
    """The occurrence whose toll a line adds to: the one just told, or for "a seventh
    victim" the latest one that counted six (a detail line may sit in between)."""
    low = fold(text)
    span = low[cand.event.evidence_start:cand.event.evidence_end]
    ordinal = ORDINAL_VICTIM.search(span) if any(map(span.__contains__, ORDINAL_HINTS)) else None
    if ordinal:
        word = ordinal.group(1)
        before = (ORDINALS.get(word) or int(word[:-2])) - 1  # "seventh", "7th"
        counted = [c for c in candidates if c.event.fatalities == before and max(c.paragraphs) >= min(cand.paragraphs) - 1]
        if counted:
            return counted[-1]
    return candidates[-1]


def same_raid(text: str, prev: Candidate, cand: Candidate) -> bool:
    """'Gunmen abducted 31 people and killed three others in an attack on X': one
    raid's abductions and killings are one abduction event, told in one sentence
    or in the lines that follow it without a day of their own ("Two men who
    tried to resist were shot dead")."""
    a, b = prev.event, cand.event
    if a.subtype != "Abduction/forced disappearance":
        return False  # (the rare case first: this is tried for every clause)
    close = bool(prev.sentences & cand.sentences) or (
        not cand.explicit_date and min(cand.sentences) - max(prev.sentences) <= 2
        and min(cand.paragraphs) - max(prev.paragraphs) <= 1)
    return (close and b.type in VIOLENT_TYPES and bool(b.fatalities) and not a.fatalities
            and not (cand.explicit_date and prev.explicit_date and a.date_start != b.date_start) and _places_agree(a, b)
            and not _OPERATION.search(fold(text), b.evidence_start, b.evidence_end))


# "At least 27 militants were killed in the rescue operation": the dead of an operation of its own.
_OPERATION = folded(r"\b(?:rescue|security|military|counter-?terrorism|clearance|police|army)\s+operations?\b")


def intercepted(prev: Candidate, cand: Candidate) -> bool:
    """'Russia launched 42 drones ..., and air defences destroyed 35 of them': the
    attack and its interception, told in one sentence, are one disrupted weapons use."""
    return (cand.event.subtype == "Disrupted weapons use" and bool(prev.sentences & cand.sentences)
            and prev.event.type == "Explosions/Remote violence" and not prev.event.fatalities)


# "Police fired tear gas...", "The protest was dispersed...": a line that opens with the force or the protest.
_FORCE_OPENING = folded(r"\W*(?:the\s+)?(?:riot\s+)?(?:police|policemen|security forces|troops|soldiers|gendarmes|officers|"
                        r"anti-riot|army)\b|\W*the\s+(?:protest|demonstration|rally|march|sit-in|"
                        r"gathering)\b")


def met_by_force(text: str, prev: Candidate, cand: Candidate) -> bool:
    """'Women blocked the highway ..., and police fired tear gas to disperse them':
    the protest and how it was met, told in one sentence or the next, are one protest."""
    if not prev.event.type == cand.event.type == "Protests":
        return False  # (the rare case first: this is tried for every clause)
    together = bool(prev.sentences & cand.sentences) or (  # or the next line: "Police fired tear gas to disperse them"
        min(cand.sentences) - max(prev.sentences) == 1 and cand.event.date_rule == "inherited"
        and bool(_FORCE_OPENING.match(fold(text), cand.event.evidence_start)))
    return (together and prev.event.subtype == "Peaceful protest" and cand.event.subtype != "Peaceful protest")


# "Two more people were killed in strikes on Hodeidah": more dead, but of an occurrence of their own.
OWN_OCCURRENCE = folded(r"\b(?:killed|died)\s+in\s+(?:an?\s+|separate\s+|other\s+)?(?:[a-z]+\s+)?(?:strikes|airstrikes|attacks|raids|"
                        r"clashes|bombings|explosions|a\s+(?:strike|raid|attack|clash|bombing|explosion|blast))\b")


DEATH_WORD = folded(r"\b(?:killed|died|slain|dead)\b")


def _also_killed(text: str, cand: Candidate) -> bool:
    low, (start, end) = fold(text), (cand.event.evidence_start, cand.event.evidence_end)
    found = ALSO_KILLED.search(low, start, end)
    if not found or OWN_OCCURRENCE.search(low, start, end):
        return False
    if low.startswith("also", found.start()):
        return True
    # "Five died at the scene and two more died in hospital": more than the five of its own line.
    return DEATH_WORD.search(low, start, found.start()) is None


def _breakdown(text: str, cand: Candidate, prev: Candidate) -> bool:
    """A line of bare deaths fewer than the toll just told: part of that toll
    ("Three men died at the scene, while two others died hours later")."""
    dead, toll = cand.event.fatalities or 0, prev.event.fatalities or 0
    if not 0 < dead < toll:
        return False  # (most lines: the counts are tested before the line is read)
    return cand.refers_back == "deaths" or (not cand.explicit_date and bool(BARE_DEATHS.match(fold(text), cand.event.evidence_start)))


# "Three men died at the scene", "two others died hours later": deaths told with nothing else.
BARE_DEATHS = folded(r"\W*(?:[\w-]+\s+){1,4}(?:died|were killed|was killed|had died|have died)\s+(?:at the scene|on the spot|"
                     r"instantly|later|hours later|days later|in hospital|at (?:the|a) (?:[\w-]+\s+)?hospital)\b")


def add_victims(text: str, prev: Candidate, cand: Candidate, raid: bool = False) -> None:
    """Fold `cand` into `prev`; its dead add to the toll only when they are
    said to be more ("were also killed") or are the killings of the same raid
    (`same_raid`), not the same told again."""
    breakdown = _breakdown(text, cand, prev) and not _also_killed(text, cand)
    if cand.event.fatalities and prev.event.fatalities is not None and not breakdown and (
            raid or cand.refers_back in ("toll", "deaths") or _also_killed(text, cand)):
        prev.event.fatalities += cand.event.fatalities
    if prev.event.date_rule in BORROWED and cand.explicit_date:  # the day the added line states
        e = cand.event
        apply_date(prev.event, e.date_start, e.date_end, e.date_precision, e.date_text, e.date_rule)
        prev.explicit_date = True
    take_finer_place(prev.event, cand.event)
    prev.sentences |= cand.sentences
    prev.paragraphs |= cand.paragraphs


def _elaborates(first: Candidate, second: Candidate) -> bool:
    """The very next line restating the toll of the same violent occurrence in
    other words ("a drone strike killed 12" ... "We collected the bodies of 12
    people"). Lines that add a different act (burning homes, taking a base)
    stay events of their own, as the annotation guidelines count them."""
    a, b = first.event, second.event
    same_toll = bool(b.fatalities) and b.fatalities == a.fatalities  # rare: tested first, as merging tries every pair
    if not same_toll or a.type not in VIOLENT_TYPES or b.type not in MERGEABLE_TYPES or b.subtype in ("Arrests", "Agreement", "Other"):
        return False
    if min(second.sentences) - max(first.sentences) != 1 or min(second.paragraphs) - max(first.paragraphs) > 1:
        return False
    same_day = a.date_start == b.date_start or b.date_rule in BORROWED
    return same_day and b.location in (None, a.location)


# "The attacker, who was wearing an army uniform, detonated...": the bomber or bomb just told.
_THE_BLAST = folded(r"\W*the\s+(?:attacker|bomber|assailant|blast|explosion|device|bomb|explosives?)\b")


def _same_blast(text: str, first: Candidate, second: Candidate) -> bool:
    """'A suicide bomber blew himself up among recruits, killing 13.' then 'The attacker ... detonated
    an explosive vest': the next line, with no day of its own, tells the same blast."""
    a, b = first.event, second.event
    return (a.type == b.type == "Explosions/Remote violence" and b.date_rule == "inherited"
            and min(second.sentences) - max(first.sentences) == 1 and bool(_THE_BLAST.match(fold(text), b.evidence_start)))


def _detail_clause(first: Candidate, second: Candidate) -> bool:
    """'...flew explosive-laden drones over the police station, while fighters
    fired mortars from the hills': one attack told in two clauses of a sentence,
    the second with no dead, day or place of its own."""
    a, b = first.event, second.event
    return (not b.fatalities and not second.explicit_date and a.type in VIOLENT_TYPES and b.type in VIOLENT_TYPES
            and b.location in (None, a.location) and not first.sentences.isdisjoint(second.sentences))


def take_finer_place(target: Event, source: Event) -> None:
    """Give `target` the place `source` names when it says more: a place where
    `target` has none, or a town inside the province `target` names ("...in
    Diyala province" then "near the village of Hawi al-Adhaim")."""
    if source.location and (not target.location or source.admin1 == target.location != source.location
                            or (target.location == target.country != source.location
                                and source.country in (None, target.country))
                            or _region_and_unplaced_town(target, source)):
        target.location, target.latitude, target.longitude = source.location, source.latitude, source.longitude
        target.admin1 = source.admin1 or target.admin1


def _region_and_unplaced_town(region: Event, town: Event) -> bool:
    """'Negros Occidental province' and 'Barangay Trinidad' (not in the
    gazetteer, so of unknown province): the town may well lie inside it."""
    if not region.location or town.admin1:
        return False
    area = lookup(region.location, region.country)
    return area is not None and area.rank == 3


def _listed_apart(first: Candidate, second: Candidate) -> bool:
    """Two towns one clause lists ("protested in Karachi, Lahore and Peshawar"): told apart on purpose."""
    return first.listed_in is not None and first.listed_in == second.listed_in


def _compatible(text: str, first: Candidate, second: Candidate) -> bool:
    """Two candidates that report one occurrence: the same count of dead, or a
    nearby restatement without its own date or place."""
    a, b = first.event, second.event
    if _listed_apart(first, second):
        return False
    if _same_words(text, a, b):
        return True  # a web page's line printed twice (a caption under a photo and in its gallery)
    if a.type != b.type or a.subtype != b.subtype:
        return _elaborates(first, second) or _detail_clause(first, second) or (
            a.type == b.type and _same_blast(text, first, second))
    if _printed_again(text, a, b):
        return True
    if a.type in VIOLENT_TYPES and a.location and a.location == b.location and a.location not in (a.country, a.admin1) \
            and a.date_start == b.date_start and a.date_precision == b.date_precision == "day" \
            and not first.sentences & second.sentences:  # (one sentence's two tolls were split on purpose)
        # One kind of occurrence in one town on one day, however its sources count it ("17 killed" and
        # "seven soldiers were killed in the attack, according to an officer"): the gold sets tell two
        # apart in 1.3% of their events.
        return True
    if a.fatalities and b.fatalities:
        # The same toll told twice, unless place or day say two occurrences ("a drone killed two in
        # Abbasiyeh ... Hours later, a strike in Houla killed two brothers").
        return a.fatalities == b.fatalities and _places_agree(a, b) and not (
            first.explicit_date and second.explicit_date and a.date_start != b.date_start)
    if (a.fatalities or a.fatalities_text) and (b.fatalities or b.fatalities_text):
        return False  # two different statements of deaths: two occurrences
    if a.date_rule not in BORROWED and b.date_rule not in BORROWED:
        # "Rebels killed two peacekeepers on Monday" ... "the peacekeepers slain Monday were a Gabonese and
        # a Moroccan": the same day and place, only one of them counting, within a few paragraphs
        if not (a.date_start == b.date_start and a.date_precision == "day" and a.location is not None):
            return False
        # A crowd in one town on one day is one protest (or riot), however far apart the page tells it: a photo's
        # caption "French convoy halted by protesters in Kaya, 19 Nov 2021" and the body's report of that day.
        return (a.type in CROWD_TYPES and a.location == b.location) or (
            _places_agree(a, b) and bool(a.fatalities or b.fatalities)
            and any(abs(x - y) <= 3 for x in first.paragraphs for y in second.paragraphs))
    near = any(abs(x - y) <= 2 for x in first.sentences for y in second.sentences) and \
        any(abs(x - y) <= 1 for x in first.paragraphs for y in second.paragraphs)
    # "And in southern Urozgan province, ...": a roundup's next item, though close and within the country told
    return near and (_places_agree(a, b) or _goes_on(text, first, second)) and not text.startswith(_AND_IN, b.evidence_start)


_AND_IN = ("And in ", "But in ", "And near ", "And outside ")


# "Another drone hit...", "In a separate attack...": a line that tells a new occurrence, not more of the last one.
_ANOTHER = Gated(folded(r"\b(?:another(?!\s+(?:[a-z]+\s+)?(?:said|says|told|added|source|official|resident|witness|villager|"
                        r"spokesman|spokesperson)\b|\s+(?:died|was|were|had|succumbed|suffered|sustained)\b)"
                        # "another died of his wounds", "one of the other victims", "died of his injuries later": more of
                        # the same occurrence's victims; "in other attacks", "Hours later, a strike...": another occurrence
                        # "A resident also told AFP that ten had been killed": a source telling it again, not more
                        r"|separate|separately|seperate|seperately|second|elsewhere|meanwhile|also(?!\s+(?:told|reported the)\b)|too|in other|other (?:[a-z]+\s+)?(?:attacks?|incidents?|violence|"
                        r"strikes?|raids?|clashes|places|areas|parts|towns|cities|villages|districts|provinces)|earlier|"
                        r"(?:hours|days|minutes|moments|weeks|months|shortly|soon|a day|a week|an hour)\s+later|later\s*,|"
                        r"spread|spreading|ensuing|subsequent)\b"),
                 ("other", "separate", "seperate", "second", "elsewhere", "meanwhile", "also", "too", "earlier", "later", "spread",
                  "ensuing", "subsequent"))  # one in every branch ("other" in "another")


# "In Sumy Oblast, Russian troops shelled...": a roundup's next item, framed by its own place.
_FRONTED_PLACE = re.compile(r"\W*(?:(?:And|But)\s+(?:in|near)|In|Near|Outside|Across)\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west)|northern|southern|eastern|"
                            r"western|(?:north|south)-?(?:eastern|western))\s+)?[A-Z]")


def _goes_on(text: str, first: Candidate, second: Candidate) -> bool:
    """'Twelve soldiers were killed when jihadists attacked a position on Lake Chad late Sunday.'
    then 'The attackers ... stormed the post at Kaiga Kindjiria': the very next line, with no day
    and no dead of its own, tells the same attack where it names a place more closely."""
    a, b = first.event, second.event
    return (a.type in VIOLENT_TYPES and b.date_rule == "inherited" and not b.fatalities and not b.fatalities_text
            and min(second.sentences) - max(first.sentences) == 1
            and not _ANOTHER.search(fold(text), b.evidence_start, b.evidence_end)
            and not _FRONTED_PLACE.match(text, b.evidence_start))


CROWD_TYPES = {"Protests", "Riots"}
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
# "On Monday, the army said air strikes had killed dozens": a day put first opens an item of its own.
FRONTED_DAY = re.compile(r"\W*(?:(?:On|Early|Late|By|Last|Since)\s+)?(?:[A-Z][a-z]+day|Yesterday|Overnight|Earlier|Later|The\s+(?:next|following)\s+(?:day|night|morning)|The\s+(?:day|night|morning)\s+after)\b")


# "3:10pm" on a line of its own: a live page's next entry, an item of its own.
_TIME_HEADING = re.compile(r"\n[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,4})?[ \t]*\n", re.IGNORECASE)


def _same_words(text: str, a: Event, b: Event) -> bool:
    # (equal lengths first: merging tries every pair, and slicing both costs more)
    return a.evidence_end - a.evidence_start == b.evidence_end - b.evidence_start \
        and text[a.evidence_start:a.evidence_end] == text[b.evidence_start:b.evidence_end]


def _printed_again(text: str, a: Event, b: Event) -> bool:
    """The same line printed twice with a difference: as a standfirst without its full stop,
    then under a dateline the segmenter did not know ("TBILISI (UrduPoint News / Sputnik -
    02nd March, 2021) At least seven people were detained..."). Asked only of two lines of one
    kind, as slicing both costs ten times the exact test above (merging tries every pair)."""
    if abs((a.evidence_end - a.evidence_start) - (b.evidence_end - b.evidence_start)) > 80:
        return False
    short, long = sorted((text[a.evidence_start:a.evidence_end].rstrip(".!?\"”’ "),
                          text[b.evidence_start:b.evidence_end].rstrip(".!?\"”’ ")), key=len)
    return short == long or (len(short) >= 60 and long.endswith(short))


def _told_again(text: str, first: Candidate, second: Candidate) -> bool:
    """'He claimed that two militants were killed during the attack', 'It said the group's fighters
    had killed six soldiers': a later line with no day and no place of its own tells the violence
    already told again, as a source counts it; a story's sources disagree, its occurrence is one."""
    if _listed_apart(first, second):
        return False
    a, b = first.event, second.event
    same_toll = bool(b.fatalities) and b.fatalities == a.fatalities  # "eight bodies were found in Inkadogotane"
    violence = (a.type in VIOLENT_TYPES and b.type in VIOLENT_TYPES and not a.aggregate and not b.aggregate
                and (a.type == b.type or first.generic or second.generic or same_toll)
                and (bool(a.fatalities or a.fatalities_text) or (second.definite and a.subtype not in TERRITORY))
                and (b.subtype == a.subtype or b.subtype not in TERRITORY))  # "it had taken control of the base": an act of its own
    # "Police fired tear gas at demonstrators in Nairobi on Tuesday" ... "police on motorcycles clashed with youths":
    # a crowd's day told line by line is one protest (or riot) for each place and day.
    crowd = a.type in CROWD_TYPES and b.type in CROWD_TYPES
    if not ((violence or crowd) and min(second.sentences) > max(first.sentences)):
        return False
    if b.date_rule not in BORROWED:
        # "killed in a gun attack in Kalat, police said on Monday" then "the exchange of fire began on Sunday
        # night": the occurrence named with "the" gives the day the first told only by its report. Named with
        # "the", it is the one told, wherever it says it was and whether or not the first gave a toll.
        same = second.definite and (a.date_rule in BORROWED or a.date_start == b.date_start)
    else:
        # (a place where the first told none, or only a country, is where it happened: "near Tibu, when a blast hit";
        # but "One strike hit a market in Saada, killing eight" after "strikes killed 12" is a part, told on its own)
        same = b.location in (None, a.location, a.country) or (
            b.fatalities in (None, 0, a.fatalities) and (a.location in (None, a.country) or violence and _places_agree(a, b)))
    # A line that opens a new occurrence (under a time heading, "another", a place or day put first) is asked
    # last, as it reads the text: day and place already part nine in ten of the pairs that get this far.
    return same and not _TIME_HEADING.search(text, a.evidence_end, b.evidence_start) \
        and not _ANOTHER.search(fold(text), _sentence_start(text, b.evidence_start), b.evidence_end) \
        and not _FRONTED_PLACE.match(text, b.evidence_start) and not FRONTED_DAY.match(text, b.evidence_start)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding a clause begins ("Hours later, early Sunday, gunmen ambushed")."""
    return max(text.rfind("\n", 0, at), text.rfind(". ", 0, at) + 1, 0)


def _places_agree(a: Event, b: Event) -> bool:
    """No place, the same place, a country, or a province and a town in it."""
    return (not a.location or not b.location or a.location == b.location
            or a.location == a.country or b.location == b.country
            or a.location == b.admin1 or b.location == a.admin1
            or _region_and_unplaced_town(a, b) or _region_and_unplaced_town(b, a))


def merge(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """One event per occurrence: repeats in headline, lead and body fold into
    the most specific. Repeated until stable, as a merge can make new twins."""
    apart: set[int] = set()
    while True:
        merged = _merge_pass(text, candidates, apart)
        if len(merged) == len(candidates):
            return merged
        # A candidate a pass kept as it came was tested against each one kept before it and matched none;
        # those kept as they came too are the same objects in the next pass (a merge builds a new
        # candidate), so the next pass need not test those pairs again (a third of all tests).
        apart = {id(c) for c in candidates} & {id(c) for c in merged}
        candidates = merged


def _merge_pass(text: str, candidates: list[Candidate], apart: set[int]) -> list[Candidate]:
    """One pass of `merge`; no two of the candidates whose ids are in `apart` are compatible."""
    kept: list[Candidate] = []
    for cand in candidates:
        known = id(cand) in apart
        at = next((i for i, k in enumerate(kept) if not (known and id(k) in apart) and _compatible(text, k, cand)), None)
        if at is None:  # told again: of the violence told last before it, never of an earlier one
            at = _last_told_before(kept, cand)
            if at is not None and not _told_again(text, kept[at], cand):
                at = None
        if at is None:
            kept.append(cand)
            continue
        twin = kept[at]
        better, other = (cand, twin) if cand.specificity > twin.specificity else (twin, cand)
        merged = _copy(better.event)
        if not merged.fatalities and other.event.fatalities or (
                (other.event.fatalities or 0) > (merged.fatalities or 0) and _same_blast(text, twin, cand)):
            # (the blast told again carries the toll revised since: "The toll later rose to 15")
            merged.fatalities, merged.fatalities_text = other.event.fatalities, other.event.fatalities_text
        if merged.date_rule in BORROWED and other.explicit_date:
            apply_date(merged, other.event.date_start, other.event.date_end, other.event.date_precision,
                       other.event.date_text, other.event.date_rule)
        if _places_agree(twin.event, cand.event):
            take_finer_place(merged, other.event)
        else:  # `_goes_on`: the later line names the place more closely (in the gold sets, more often right than not)
            merged.location, merged.latitude, merged.longitude = cand.event.location, cand.event.latitude, cand.event.longitude
            merged.admin1 = cand.event.admin1 or merged.admin1
        merged.aggregate = merged.aggregate or other.event.aggregate
        merged.confidence = round(min(0.95, max(better.event.confidence, other.event.confidence) + 0.05), 2)  # no 0.8500000000000001 in exports
        kept[at] = Candidate(merged, better.paragraphs | other.paragraphs, better.sentences | other.sentences,
                             better.explicit_date or other.explicit_date, max(better.specificity, other.specificity),
                             better.clause, generic=better.generic and other.generic, definite=twin.definite, listed_in=twin.listed_in)
    return kept


def _last_told_before(kept: list[Candidate], cand: Candidate) -> int | None:
    """Where in `kept` the candidate of `cand`'s family (crowds or violence) told last before
    its first line is (the first of equals); None for a kind of its own, never told again
    (`_told_again` asks for violence or a crowd: a fifth of the candidates are neither)."""
    if cand.event.type == "Protests":
        family = CROWD_TYPES
    elif cand.event.type in VIOLENT_TYPES:
        family = VIOLENT_TYPES
    else:
        return None
    first_line = min(cand.sentences)
    last, last_line = None, -1
    for i, k in enumerate(kept):
        if k.event.type in family:
            line = max(k.sentences)
            if last_line < line < first_line:
                last, last_line = i, line
    return last


_EVENT_FIELDS = attrgetter(*(f.name for f in fields(Event)))


def _copy(event: Event) -> Event:
    """A shallow copy of `event`: `dataclasses.replace` costs seven times as much."""
    return Event(*_EVENT_FIELDS(event))


# "Two days later, one of the wounded died in hospital, raising the toll to nine": a death of the same occurrence.
SUCCUMBED = folded(r"\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:wounds|injuries)\b"
                   r"|\bone of the (?:wounded|injured)\b|\bdied (?:in|at) (?:the\s+)?(?:[\w’'-]+\s+){0,6}?hospital\b")
# "the toll since October rose to 43,000": a running toll, not a later count of one occurrence.
_RUNNING = folded(r"\b(?:since|so far|this year|this month|war|conflict|insurgency|overall|cumulative)\b")


def _revised_tolls(low: str) -> list[re.Match[str]]:
    """REVISED_TOLL's matches, tried only around each "toll" (the pattern costs more at every position)."""
    found: list[re.Match[str]] = []
    at = low.find("toll")
    while at >= 0:
        m = REVISED_TOLL.search(low, max(0, at - 40), at + 60)
        if m and (not found or m.start() >= found[-1].end()):
            found.append(m)
        at = low.find("toll", at + 4)
    return found


def revise_tolls(text: str, spans: list[Span], candidates: list[Candidate]) -> None:
    """'By Monday evening the death toll had risen to 16': the latest count of
    the violent occurrence just told (up to two paragraphs back) replaces the
    first one, and a line that only gives that count is no occurrence of its own."""
    low = fold(text)
    if "toll" not in low:
        return
    starts = [s.start for s in spans]
    for m in _revised_tolls(low):
        index = bisect_right(starts, m.start()) - 1
        line = spans[index]
        if _RUNNING.search(low, line.start, line.end):
            continue
        told = [c for c in candidates if min(c.sentences) < index and line.paragraph - max(c.paragraphs) <= 2]
        if not told or told[-1].event.type not in VIOLENT_TYPES or told[-1].event.aggregate:
            continue
        target, count = told[-1], word_number(m.group("n"))
        if count is None or (target.event.fatalities or 0) >= count:
            continue
        target.event.fatalities, target.event.fatalities_text = count, None
        succumbed = bool(SUCCUMBED.search(low, line.start, line.end))
        for own in [c for c in candidates if c.sentences == {index} and (succumbed or m.group("revised") or not c.explicit_date)
                    and c.event.type in VIOLENT_TYPES]:
            candidates.remove(own)  # "The toll later rose to 16 after seven bodies were found"
            target.sentences.add(index)
            target.paragraphs.add(line.paragraph)
