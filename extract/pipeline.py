"""The extraction pipeline: text + publication date -> events with evidence.

sentences -> clauses that report an occurrence (trigger, not hedged) ->
arguments per clause (date, place, actors, deaths) -> merge repeats of one
occurrence (headline, lead, body) -> events. Every step works on offsets into
the untouched text, so `text[evidence_start:evidence_end]` is the evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Generic, TypeVar

from dateline.extract.actors import actors
from dateline.extract.dates import tag_dates
from dateline.extract.numbers import fatalities, word_number
from dateline.extract.places import Mention, best_place, context_country, lookup, mentions, region_named
from dateline.extract.records import DateExpr, Event
from dateline.extract.scan import fold, folded, trie
from dateline.extract.segment import Span, clause_cuts, sentences
from dateline.extract.triggers import (
    HEDGE, INTERVENTION, LETHAL, MAY, STATE_FORCE, TALKS_EVENT, VICTIMS, Trigger, find_triggers,
)

T = TypeVar("T")

EXTRACTOR_VERSION = "1.4.0"

# Date rules of a clause that states no date of its own.
BORROWED = {"inherited", "published", "reporting date", "article date", "sum of details"}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
PRECISION = {"day": "day", "range": "range", "week": "range", "month": "month", "year": "year"}
# The patterns below are lowercase and run over fold(text) (see scan.py);
# HEADLINE_TENSE is case-sensitive and runs over the text itself.
# Plural or serial wording that makes one event a summary of several.
AGGREGATE = folded(
    r"\b(?:series of|wave of|spate of|string of|a number of|multiple|several|two|three|four|five|separate)\s+"
    r"(?:\w+\s+)?(?:raids|operations|attacks|strikes|clashes|bombings|incidents|assaults)\b|\bbetween\b.{0,40}\band\b"
    r"|\b(?:raids|attacks|strikes|airstrikes|clashes|fighting|bombardments?) (?:across|throughout)\b"
    r"|\band (?:\w+ )?(?:other|several|many) (?:cities|towns|villages|areas|districts|provinces|parts)\b"
    r"|\b(?:across|throughout) the country\b|\bnationwide\b",
)
PAST_EVENT = folded(
    r"\b(?:killed|attacked|stormed|struck|bombed|shelled|seized|captured|arrested|detained|abducted|kidnapped|"
    r"clashed|fought|exploded|detonated|fired|raided|launched|signed|agreed|brokered|collapsed|ended|issued|"
    r"offered|offering|proposed|protested|marched|rallied|rioted|torched|looted|burned|died|shot|ambushed|overran|"
    r"recaptured|retook|withdrew|held|began|took place|erupted|broke out|hit|targeted|set fire|broke into|"
    r"dropped|blew|exploded|raided|burned|stormed|marched|gathered|opened fire|taken (?:full )?control|took over|"
    r"taken over|freed|rescued|hijacked)\b")
ANAPHORA = folded(r"\b(?:the|these|those|such)\s+(?:[a-z]+\s+)?$")
PERFECT_EVENT = folded(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?(?:killed|attacked|targeted|abducted|kidnapped|displaced|arrested|"
                       r"fought|clashed|fired|launched|carried out|staged|fighting|battling|waging|clashing)\b")
RUNNING_TOLL = folded(r"\b(?:since|so far|to date|this year|in total|altogether|over the (?:past|last)|in the past|"
                      r"conflict|war|violence|insurgency|crisis|unrest)\b")
OCCURRENCE = folded(r"\b(?:in|during|after)\s+an?\s+(?:[\w-]+\s+)?(?:attack|ambush|raid|clash|explosion|blast|strike|"
                    r"airstrike|shelling|assault|encounter|firefight|gunfight|bombing)\b")
PLACE_ANAPHORA = folded(r"\b(?:in|on|near|at|outside|inside|around)\s+the\s+(?:town|city|village|area|district|camp|region|locality)\b(?!\s+of\b)")
ALSO_KILLED = folded(r"\balso\s+(?:been\s+)?(?:killed|died|slain|shot dead)\b")
SUBJECT_BACK = folded(r"\W*(?:the|these) (?:attackers|gunmen|assailants|militants|insurgents|bandits|raiders|"
                      r"fighters|rebels|bombers?)\b[^.;]{0,40}\b(?:also|then|later)\b"
                      r"|\W*(?:the|this|that) (?:agreement|deal|truce|ceasefire|accord),")
OBJECT_BACK = folded(r"\s+(?:\w+\s+){0,2}(?:of\s+)?the (?:attackers|gunmen|assailants|bombers?|raiders)\b")
HABITUAL = folded(r"\b(?:often|usually|routinely|regularly|frequently|typically|has become|have become|tend to|tends to)\b")
TWO_SIDED = folded(r"\b(?:clash|fighting|fought|firefight|gun ?battle|gunfight|exchange|battle|skirmish)")
DAY_SHIFT = folded(r"\b(?:the day before|a day earlier|the previous day|the next day|a day later|the following day|"
                   r"(?:came|comes|followed|follows) (?:just )?(?:(?:a|one|two|three|four|five|six) days?|hours) after)\b")
CAME_AFTER = folded(r"\b(?:came|comes|followed|follows)\s+(?:just\s+)?(?:\w+\s+)?(?:hours?|days?|weeks?)\s+after\s+"
                    r"(?:[\w’'-]+\s+){0,5}$")
DAY_BEFORE = ("the day before", "a day earlier", "the previous day")
VAGUE_TIME = folded(r"\b(?:recent|recently|in the past|over the years|for years|for decades)\b")
PERFECT = folded(r"\b(?:has|have)\s+(?:\w+\s+)?$")
HEADLINE_TENSE = re.compile(r"\b(?:kill|kills|attack|attacks|strike|strikes|seize|seizes|clash|clashes|offer|propose)\b")


@dataclass
class _Candidate:
    event: Event
    paragraphs: set[int]
    sentences: set[int]
    explicit_date: bool
    specificity: int
    # How it tells more of an occurrence already told: "toll" ("repelled the assault and neutralised
    # dozens": its dead are more dead), "mention" ("killed three of the attackers": the same told again).
    refers_back: str = ""


SAID_BEFORE = folded(r"\b(?:said|says|announced|told \w+|reported|stated|added|statement|confirmed)\s+(?:on\s+|late\s+|early\s+)?$")
SAID_AFTER = folded(r",?\s*(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:said|announced|reported|told|stated|confirmed)\b")
SINCE_BEFORE = folded(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$")


def _is_reporting(text: str, expr: DateExpr, clause_start: int) -> bool:
    """'the military said Monday', 'On Sept. 13, the ISPR announced that ...'."""
    low = fold(text)
    if SAID_BEFORE.search(low[max(clause_start, expr.start - 28):expr.start]):
        return True
    if expr.start - clause_start > 12:  # only a fronted date: "On Sept. 13, the ISPR announced that"
        return False
    return bool(SAID_AFTER.match(low[expr.end:expr.end + 60]))


def _possessive(text: str, expr: DateExpr) -> bool:
    return expr.text.endswith(("'s", "’s")) or text[expr.end:expr.end + 2] in ("'s", "’s")


def _is_headline(text: str, sent: Span) -> bool:
    """A title-case line without a full stop restates the body: not evidence."""
    line = text[sent.start:sent.end]
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if line.rstrip().endswith((".", "!", "?", "”", '"', ":")):
        return False
    lone = text.rfind("\n", 0, sent.start) + 1 == sent.start and text.find("\n", sent.end) in (sent.end, -1)
    return len(words) < 20 and (lone or sum(w[0].isupper() for w in words) >= 0.7 * len(words))


def _event_dates(text: str, exprs: list[DateExpr]) -> list[DateExpr]:
    """Expressions that can date an event: calendar dates, not "since 2012" spans."""
    low = fold(text)
    return [e for e in exprs if e.type == "DATE" and e.date_start is not None
            and not SINCE_BEFORE.search(low[max(0, e.start - 12):e.start])]


BACKGROUND = folded(
    r"\b(?:following|after|since|amid|despite|in response to|in retaliation for|on the heels of|in the wake of)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,5}$")
SUPPORT = folded(r"\b(?:backed by|supported by|with the help of|with support from)\s+(?:[\w.’'-]+\s+){0,2}$")


def _choose_trigger(text: str, clause: tuple[int, int], triggers: list[Trigger], deadly: bool) -> Trigger | None:
    """The most specific trigger that states an occurrence: not hedged ("vowed to
    attack"), not background ("following the raids"), talks only when held;
    deaths make a violent trigger win over an arrest in the same clause."""
    low = fold(text)

    def came_after(t: Trigger) -> bool:  # "The attack came hours after a clash...": the clash is the news
        window = low[max(clause[0], t.start - 60):t.start]
        return "after" in window and bool(CAME_AFTER.search(window))

    ordered = sorted(triggers, key=lambda t: (t.rank + (4 if deadly and t.type == "Strategic developments" else 0)
                                              - (20 if came_after(t) else 0), t.start))
    for trig in ordered:
        begin = max(clause[0], trig.start - 90)
        window = low[begin:trig.start]
        if came_after(trig):
            return trig
        if HEDGE.search(window) or MAY.search(text, begin, trig.start) or (len(triggers) > 1 and BACKGROUND.search(window)):
            continue
        if len(triggers) > 1 and SUPPORT.search(window) and not re.match(r"\w+ed\b|took|fell|struck|fought|hit", trig.text):
            continue  # "backed by U.S. airstrikes": the support, not the occurrence
        if trig.subtype == "Other" and not TALKS_EVENT.search(low, clause[0], clause[1]):
            continue
        return trig
    return None


ATTRIBUTION = folded(r",\s+(?:[^,]{0,80}?\b(?:said|says|told \w+|reported|added|confirmed|claimed)\b|according to\b)[^,]*$")
TALKS = folded(r"\b(?:talks|negotiations|dialogue|mediation|meeting)\b")
AGREED = folded(r"\b(?:signed|reached|culminat\w*|resulted in|led to|agreed|brokered|announced|struck|took effect|came into (?:force|effect))\b")
SPORTS = folded(r"\b" + trie(["league", "match", "goal", "goals", "penalty", "striker", "midfielder", "derby",
                                "tournament", "championship", "coach", "scored", "equalised", "equalized", "stadium",
                                "fixture", "half-time", "kick-off"]) + r"\b")
CROWD_TROUBLE = folded(r"\b(?:police|fans|supporters|hooligans|killed|died|dead|injured|wounded|arrested|stabbed|shot|riot\w*)\b")
PASSIVE = folded(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$")
PROTESTERS = folded(r"\b(?:protesters|protestors|demonstrators|rioters|mobs?|crowds?|fans|hooligans|supporters)\b")
ARMED_GROUP = folded(r"\b(?:militants?|insurgents?|rebels?|fighters?|gunmen|terrorists?|jihadists?|bandits?|gangs?|militia\w*)\b")
CROWD = folded(r"\b(?:protest|demonstrat|riot|mob|crowd|youths?|supporters|activists|students|police)")
# Armed men named without being the ones who attacked.
ARMED_VICTIMS = folded(
    r"\b(?:militants?|insurgents?|rebels?|fighters?|terrorists?|soldiers?|troops?)\b(?!\s+(?:killed|attacked|stormed|shot|opened))")


def _state_force_hit(body: str, at: int) -> bool:
    """Police or soldiers on the receiving end: named after the act ("shot dead
    two police officers") or before it in the passive ("soldiers were shot")."""
    before = body[:at]
    return bool(STATE_FORCE.search(body, at) or (STATE_FORCE.search(before) and PASSIVE.search(before)))


def _refine(text: str, clause: tuple[int, int], trig: Trigger, deaths_text: str | None) -> tuple[str, str]:
    etype, subtype = trig.type, trig.subtype
    body = fold(text)[clause[0]:clause[1]]
    said = ATTRIBUTION.search(body)
    if said and said.start() > trig.end - clause[0]:
        body = body[:said.start()]  # ", the state police command said": the source, not a side
    if etype == "Protests":
        if LETHAL.search(body) and STATE_FORCE.search(body):
            return etype, "Excessive force against protesters"
        if INTERVENTION.search(body):
            return etype, "Protest with intervention"
    if subtype == "Agreement" and TALKS.search(body) and not AGREED.search(body):
        return etype, "Other"  # "talks on a ceasefire resumed": talks, no agreement yet
    if (etype, subtype) == ("Violence against civilians", "Attack") and _state_force_hit(body, trig.start - clause[0]):
        return "Battles", "Armed clash"  # "gunmen shot dead two police officers"
    if etype == "Riots" and not CROWD.search(body):
        return "Strategic developments", "Looting/property destruction"  # attackers torching vehicles
    if subtype == "Looting/property destruction" and PROTESTERS.search(body):
        return "Riots", "Violent demonstration"  # "protesters set fire to a police station and looted shops"
    if (etype, subtype) == ("Battles", "Armed clash") and PROTESTERS.search(body) and not ARMED_GROUP.search(body):
        return "Riots", "Violent demonstration"  # "protesters clashed with police", "protesters stormed a prison"
    if (etype, subtype) == ("Battles", "Armed clash") and not TWO_SIDED.search(trig.text.lower()):
        # Civilians killed by attackers with no armed side hit back: an attack,
        # not a clash. Police and soldiers as victims keep it a clash.
        # Armed men named after the act are its victims; before it, its authors ("Rebels ... killed 38 people").
        if VICTIMS.search(body) and not STATE_FORCE.search(body) and not ARMED_VICTIMS.search(body, max(0, trig.end - clause[0])):
            return "Violence against civilians", "Attack"
    return etype, subtype


class _ByStart(Generic[T]):
    """Items sorted by `.start`, sliced by offsets in O(log n)."""

    def __init__(self, items: list[T]) -> None:
        self.items = items
        self.starts = [i.start for i in items]  # type: ignore[attr-defined]

    def within(self, start: int, end: int) -> list[T]:
        """The items that start inside [start, end)."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def _clauses(text: str, sent: Span, triggers: list[Trigger]) -> list[tuple[int, int, list[Trigger]]]:
    """Clauses that each carry a trigger; pieces without one stay with their neighbour."""
    groups: list[tuple[int, int, list[Trigger]]] = []
    for start, end in clause_cuts(text, sent):
        trigs = [t for t in triggers if start <= t.start < end]
        if groups and (not trigs or not groups[-1][2]):
            s, _, previous = groups[-1]
            groups[-1] = (s, end, previous + trigs)
        else:
            groups.append((start, end, trigs))
    return [g for g in groups if g[2]]


def extract_events(text: str, published: date | None) -> list[Event]:
    """The events `text` reports, dates resolved against `published`."""
    if not text.strip():
        return []
    exprs = _event_dates(text, tag_dates(text, published))
    # Triggers and place names are found once over the whole text, then sliced.
    all_triggers = _ByStart(find_triggers(text, 0, len(text)))
    found_places = mentions(text, 0, len(text))
    home = context_country(found_places)
    places, dates = _ByStart(found_places), _ByStart(exprs)
    candidates: list[_Candidate] = []
    spans = sentences(text)
    for index, sent in enumerate(spans):
        sent_triggers = all_triggers.within(sent.start, sent.end)
        if not sent_triggers or _is_headline(text, sent):
            continue
        nxt = [s for s in spans[index + 1:index + 3] if s.paragraph <= sent.paragraph + 1]
        # Dates of the next lines, those that are not reporting dates of their own line.
        following = [e for s in nxt for e in dates.within(s.start, s.end) if not _is_reporting(text, e, s.start)]
        ahead_places = [m for s in nxt[:1] for m in places.within(s.start, s.end)]
        clauses = _clauses(text, sent, sent_triggers)
        in_sentence = dates.within(sent.start, sent.end)
        for start, end, trigs in clauses:
            # A date in a sibling clause belongs to that clause's occurrence.
            own = [e for e in in_sentence if not any(s <= e.start < t for s, t, _ in clauses if (s, t) != (start, end))]
            cand = _candidate(text, published, own, home, sent, index, (start, end), trigs, candidates, following,
                              places, ahead_places)
            if cand and candidates and _adds_victims(text, cand, candidates[-1]):
                _add_victims(text, candidates[-1], cand)
            elif cand:
                candidates.append(cand)
    if sum(1 for _ in zip(range(4), SPORTS.finditer(fold(text)))) == 4:
        # A match report: "Madrid's attack", "struck the post". Only fans, police and casualties are news here.
        candidates = [c for c in candidates if CROWD_TROUBLE.search(fold(text), c.event.evidence_start, c.event.evidence_end)]
    _followed_by_intervention(text, spans, candidates)
    _date_summaries(candidates)
    return [c.event for c in _merge(candidates)]


def _date_summaries(candidates: list[_Candidate]) -> None:
    """"Forces killed 20 insurgents in raids, the military said Monday" ...
    "eight were killed Sunday in A, and 12 others in a separate raid in B": a
    lede whose toll is the sum of the dated occurrences told after it is their
    summary, and takes their dates."""
    for i, cand in enumerate(candidates):
        lede = cand.event
        if cand.explicit_date or not lede.fatalities:
            continue
        parts = [c for c in candidates[i + 1:] if c.event.type == lede.type and c.event.fatalities]
        for start in range(len(parts)):
            total = 0
            for end in range(start, len(parts)):
                total += parts[end].event.fatalities or 0
                if total >= lede.fatalities:
                    break
            run = parts[start:end + 1]
            if total == lede.fatalities and len(run) > 1 and all(c.event.date_start for c in run):
                first = min(c.event.date_start for c in run)  # type: ignore[type-var]
                last = max(c.event.date_end or c.event.date_start for c in run)  # type: ignore[type-var]
                _apply(lede, first, last, "day" if first == last else "range", None, "sum of details")
                lede.aggregate = True
                break


def _adds_victims(text: str, cand: _Candidate, prev: _Candidate) -> bool:
    """'The driver and several soldiers were also killed.': more dead of the
    occurrence just told, not a new one."""
    e = cand.event
    if cand.explicit_date or e.location not in (None, prev.event.location) or min(cand.paragraphs) - max(prev.paragraphs) > 1:
        return False
    if cand.refers_back:  # "The army said it had repelled the assault and neutralised dozens of attackers"
        return e.type == prev.event.type or (prev.event.type in VIOLENT_TYPES and e.type in MERGEABLE_TYPES)
    return e.type == prev.event.type and _also_killed(text, cand)


def _also_killed(text: str, cand: _Candidate) -> bool:
    return bool(ALSO_KILLED.search(fold(text), cand.event.evidence_start, cand.event.evidence_end))


def _add_victims(text: str, prev: _Candidate, cand: _Candidate) -> None:
    """Fold `cand` into `prev`; its dead add to the toll only when they are
    said to be more ("were also killed"), not the same told again."""
    if cand.event.fatalities and prev.event.fatalities is not None and (cand.refers_back == "toll" or _also_killed(text, cand)):
        prev.event.fatalities += cand.event.fatalities
    prev.sentences |= cand.sentences
    prev.paragraphs |= cand.paragraphs


def _followed_by_intervention(text: str, spans: list[Span], candidates: list[_Candidate]) -> None:
    """"Hundreds protested on Friday. Police fired tear gas to disperse them.":
    the next line of the paragraph tells how the protest was met."""
    low = fold(text)
    told = {i for c in candidates for i in c.sentences}
    for cand in candidates:
        nxt = max(cand.sentences) + 1
        if (cand.event.type, cand.event.subtype) != ("Protests", "Peaceful protest") or nxt >= len(spans) or nxt in told:
            continue
        if spans[nxt].paragraph == spans[nxt - 1].paragraph and INTERVENTION.search(low, spans[nxt].start, spans[nxt].end):
            cand.event.subtype = "Protest with intervention"


def _candidate(
    text: str, published: date | None, exprs: list[DateExpr], home: str | None, sent: Span, index: int,
    clause: tuple[int, int], trigs: list[Trigger], previous: list[_Candidate], following: list[DateExpr],
    places: _ByStart[Mention], ahead_places: list[Mention],
) -> _Candidate | None:
    deaths = fatalities(text, *clause)
    trig = _choose_trigger(text, clause, trigs, bool(deaths.count))
    if trig is None:
        return None
    etype, subtype = _refine(text, clause, trig, deaths.text)
    in_clause = [e for e in exprs if clause[0] <= e.start < clause[1]]
    in_sentence = exprs  # the sentence's own dates
    event_dates = [e for e in in_clause if not _is_reporting(text, e, clause[0])] or \
                  [e for e in in_sentence if not _is_reporting(text, e, sent.start)]
    # "Tuesday's blasts were followed on Wednesday by...": the possessive names an earlier event.
    event_dates = [e for e in event_dates if not _possessive(text, e)] or event_dates
    found = places.within(*clause) or places.within(sent.start, sent.end)
    place = best_place(found, home)
    low = fold(text)
    body = low[clause[0]:clause[1]]
    has_number = deaths.count is not None or deaths.text is not None
    generic = trig.rank >= 6 or trig.subtype == "Other"
    day_dates = [e for e in event_dates if e.precision in ("day", "range", "week", "month")]
    before_trigger = low[max(clause[0], trig.start - 40):trig.start]
    if not has_number and (not day_dates or generic) and ANAPHORA.search(before_trigger):
        return None  # "blamed the group for the attacks": a reference back, not a new occurrence
    exact = [e for e in day_dates if e.precision != "month"]
    specific_place = place is not None and place.rank < 4
    if not exact and (HABITUAL.search(body) or (PERFECT_EVENT.search(body) and (
            RUNNING_TOLL.search(body) or not (specific_place or OCCURRENCE.search(body))))):
        # "More than 200 people have been killed", "the conflict has killed
        # thousands": a running toll or a habit. "Gunmen have abducted 25
        # students in Kebbi State" is the news itself.
        return None
    past = any(not PERFECT.search(body[:m.start()]) for m in PAST_EVENT.finditer(body))
    if generic and not (event_dates or has_number or specific_place) and not past:
        return None
    if not (event_dates or has_number or place or past or HEADLINE_TENSE.search(text, *clause)):
        return None

    event = Event(type=etype, subtype=subtype, evidence_start=clause[0], evidence_end=clause[1])
    explicit = _date_event(event, text, trig, event_dates, in_sentence, sent, previous, published, following)
    if event.date_rule == "next sentence" and (place is None or place.rank >= 3):
        # The line that says when often says where too: "The attack on Mandimba village ... took place on ..."
        nearer = best_place(ahead_places, home)
        if nearer and nearer.rank < (place.rank if place else 5):
            place, found = nearer, found + ahead_places
    if etype in VIOLENT_TYPES:
        event.fatalities = deaths.count if deaths.count is not None else (None if deaths.text else 0)
        event.fatalities_text = deaths.text
    elif deaths.count and etype == "Protests":  # protesters killed: the deaths belong to the protest
        event.fatalities, event.fatalities_text = deaths.count, deaths.text
    specific = sorted((m for m in found if m.place.rank < 3), key=lambda m: m.start)
    listed = any(re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[a.end:b.start])
                 for a, b in zip(specific, specific[1:]))  # "in Bannu and Lakki Marwat"
    event.aggregate = bool(AGGREGATE.search(body)) or listed or (
        event.date_precision == "range" and (event.fatalities or 0) > 0 and "between" in body)
    if place:
        event.location = place.name
        event.latitude, event.longitude = place.latitude, place.longitude
        event.admin1 = place.admin1 or region_named(found, place.country or home)
        event.country = place.country or home
    else:
        event.country = home
        named = next((c.event for c in reversed(previous) if c.event.location), None)
        if named and PLACE_ANAPHORA.search(body) and max(c for c in previous[-1].paragraphs) >= sent.paragraph - 1:
            # "shells fell on a market in the town": the town the story just named.
            event.location, event.admin1, event.country = named.location, named.admin1, named.country
            event.latitude, event.longitude = named.latitude, named.longitude
    event.actors, event.actors_normalized = actors(text, *clause)
    specificity = (2 if explicit and event.date_precision == "day" else 1 if explicit else 0) \
        + (2 if place and place.rank < 3 else 1 if place else 0) + (1 if event.fatalities else 0)
    event.confidence = round(min(0.95, 0.35 + 0.1 * specificity + (0.1 if trig.rank < 6 else 0)), 2)
    # "repelled the assault", "The attackers also set fire to...", "killed three of the attackers"
    refers_back = "" if day_dates else "toll" if ANAPHORA.search(before_trigger) else \
        "mention" if SUBJECT_BACK.match(body) or OBJECT_BACK.match(body, trig.end - clause[0]) else ""
    return _Candidate(event, {sent.paragraph}, {index}, explicit, specificity, refers_back)


def _date_event(event: Event, text: str, trig: Trigger, event_dates: list[DateExpr], in_sentence: list[DateExpr],
                sent: Span, previous: list[_Candidate], published: date | None, following: list[DateExpr]) -> bool:
    """Fill the event's date; True when the clause/sentence states it."""
    low = fold(text)
    if VAGUE_TIME.search(low, event.evidence_start, event.evidence_end) and not event_dates:
        _apply(event, None, None, "unknown", None, "vague")
        return False
    shift = DAY_SHIFT.search(low, event.evidence_start, event.evidence_end)
    dated = [c for c in previous if c.event.date_start and c.event.date_precision == "day"]
    coarse = all(e.precision in ("year", "month") for e in event_dates)  # "a ceasefire declared in 2023"
    if shift and dated and (not event_dates or shift.group().endswith("after") and coarse):
        # "The day before, an IED hit a convoy": one day from the occurrence just told.
        # "The attack came a day after bandits killed eight": the killing was the day before.
        phrase = shift.group()
        if phrase.endswith("hours after"):  # "came hours after": the same day as the event just told
            days = 0
        elif phrase.endswith("after"):  # "came two days after": so many days before the event just told
            days = -(word_number(phrase.split()[-3]) or 1)
        else:
            days = -1 if phrase in DAY_BEFORE else 1
        anchor = dated[-1]
        if phrase.endswith("after"):  # "The attacks came...": the last violent occurrence, not an arrest since
            anchor = next((c for c in reversed(dated) if c.event.type in VIOLENT_TYPES), anchor)
        day = anchor.event.date_start + timedelta(days=days)  # type: ignore[operator]
        _apply(event, day, day, "day", text[shift.start():shift.end()], "relative to previous event")
        return True
    if event_dates:
        expr = min(event_dates, key=lambda e: abs(e.start - trig.start))
        _apply(event, expr.date_start, expr.date_end, PRECISION.get(expr.precision, "day"), expr.text, expr.rule)
        return True
    ahead = [e for e in following if e.precision in ("day", "range", "week")]
    if ahead and not previous:
        # A lede dated only by "officials said Monday": the next lines say when.
        expr = ahead[0]
        _apply(event, expr.date_start, expr.date_end, PRECISION.get(expr.precision, "day"), expr.text, "next sentence")
        return False
    recent = [c for c in previous if max(c.paragraphs) >= sent.paragraph - 1 and c.event.date_start
              and c.event.date_precision in ("day", "range") and c.event.date_rule != "published"]
    if recent:
        src = recent[-1].event
        _apply(event, src.date_start, src.date_end, src.date_precision, src.date_text, "inherited")
        return False
    reporting = [e for e in in_sentence if e.precision == "day"]
    if reporting:
        expr = reporting[0]
        _apply(event, expr.date_start, expr.date_end, "day", expr.text, "reporting date")
        return False
    lede = next((c.event for c in previous if c.event.date_rule not in BORROWED and c.event.date_start
                 and c.event.date_precision in ("day", "range")), None)
    if lede:
        # Later undated lines of a story mostly tell the day its lede dates.
        _apply(event, lede.date_start, lede.date_end, lede.date_precision, lede.date_text, "article date")
        return False
    if published:
        _apply(event, published, published, "day", None, "published")
    return False


def _apply(event: Event, start: date | None, end: date | None, precision: str, text: str | None, rule: str) -> None:
    event.date_start, event.date_end = start, end or start
    event.date_precision = precision if start else "unknown"
    event.date_text, event.date_rule = text, rule


MERGEABLE_TYPES = VIOLENT_TYPES | {"Strategic developments"}


def _elaborates(first: _Candidate, second: _Candidate) -> bool:
    """The very next line restating the toll of the same violent occurrence in
    other words ("a drone strike killed 12" ... "We collected the bodies of 12
    people"). Lines that add a different act (burning homes, taking a base)
    stay events of their own, as the annotation guidelines count them."""
    a, b = first.event, second.event
    if a.type not in VIOLENT_TYPES or b.type not in MERGEABLE_TYPES or b.subtype in ("Arrests", "Agreement", "Other"):
        return False
    if min(second.sentences) - max(first.sentences) != 1 or min(second.paragraphs) - max(first.paragraphs) > 1:
        return False
    same_day = a.date_start == b.date_start or b.date_rule in BORROWED
    same_toll = bool(b.fatalities) and b.fatalities == a.fatalities
    return same_day and same_toll and b.location in (None, a.location)


def _region_and_unplaced_town(region: Event, town: Event) -> bool:
    """'Negros Occidental province' and 'Barangay Trinidad' (not in the
    gazetteer, so of unknown province): the town may well lie inside it."""
    if not region.location or town.admin1:
        return False
    area = lookup(region.location, region.country)
    return area is not None and area.rank == 3

def _compatible(first: _Candidate, second: _Candidate) -> bool:
    """Two candidates that report one occurrence: the same count of dead, or a
    nearby restatement without its own date or place."""
    a, b = first.event, second.event
    if (a.type, a.subtype) != (b.type, b.subtype):
        return _elaborates(first, second)
    if a.fatalities and b.fatalities:
        return a.fatalities == b.fatalities
    if (a.fatalities or a.fatalities_text) and (b.fatalities or b.fatalities_text):
        return False  # two different statements of deaths: two occurrences
    if a.date_rule not in BORROWED and b.date_rule not in BORROWED:
        return False
    near = any(abs(x - y) <= 2 for x in first.sentences for y in second.sentences) and \
        any(abs(x - y) <= 1 for x in first.paragraphs for y in second.paragraphs)
    return near and (not a.location or not b.location or a.location == b.location
                     or a.location == a.country or b.location == b.country
                     or a.location == b.admin1 or b.location == a.admin1  # a province and a town in it
                     or _region_and_unplaced_town(a, b) or _region_and_unplaced_town(b, a))


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """One event per occurrence: repeats in headline, lead and body fold into
    the most specific. Repeated until stable, as a merge can make new twins."""
    while True:
        merged = _merge_pass(candidates)
        if len(merged) == len(candidates):
            return merged
        candidates = merged


def _merge_pass(candidates: list[_Candidate]) -> list[_Candidate]:
    kept: list[_Candidate] = []
    for cand in candidates:
        twin = next((k for k in kept if _compatible(k, cand)), None)
        if twin is None:
            kept.append(cand)
            continue
        better, other = (cand, twin) if cand.specificity > twin.specificity else (twin, cand)
        merged = replace(better.event)
        if not merged.fatalities and other.event.fatalities:
            merged.fatalities, merged.fatalities_text = other.event.fatalities, other.event.fatalities_text
        if merged.date_rule in BORROWED and other.explicit_date:
            _apply(merged, other.event.date_start, other.event.date_end, other.event.date_precision,
                   other.event.date_text, other.event.date_rule)
        if not merged.location and other.event.location or (
                other.event.location and other.event.admin1 == merged.location != other.event.location) or (
                other.event.location and _region_and_unplaced_town(merged, other.event)):
            # a place the other names, or a town inside the province this one names
            merged.location, merged.admin1 = other.event.location, other.event.admin1
            merged.latitude, merged.longitude = other.event.latitude, other.event.longitude
        merged.aggregate = merged.aggregate or other.event.aggregate
        merged.confidence = min(0.95, max(better.event.confidence, other.event.confidence) + 0.05)
        kept[kept.index(twin)] = _Candidate(merged, better.paragraphs | other.paragraphs,
                                            better.sentences | other.sentences,
                                            better.explicit_date or other.explicit_date,
                                            max(better.specificity, other.specificity))
    return kept
