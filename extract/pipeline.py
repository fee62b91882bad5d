"""The extraction pipeline: text + publication date -> events with evidence.

sentences -> clauses that report an occurrence (trigger, not hedged) ->
arguments per clause (date, place, actors, deaths) -> merge repeats of one
occurrence (headline, lead, body) -> events. Every step works on offsets into
the untouched text, so `text[evidence_start:evidence_end]` is the evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from typing import Generic, TypeVar

from dateline.extract.actors import actors
from dateline.extract.candidate import BORROWED, VIOLENT_TYPES, Candidate, apply_date
from dateline.extract.classify import AGREED, PROTESTERS, SEARCH_OPERATION, choose_trigger, refine
from dateline.extract.dates import tag_dates
from dateline.extract.dating import (
    date_event,
    date_summaries,
    event_dates,
    is_possessive,
    is_reporting,
)
from dateline.extract.merging import (
    FRONTED_DAY,
    add_victims,
    intercepted,
    met_by_force,
    merge,
    revise_tolls,
    same_raid,
    take_finer_place,
    victims_of,
)
from dateline.extract.numbers import fatalities, word_number
from dateline.extract.places import (
    Mention,
    best_place,
    context_country,
    demonym_country,
    mentions,
    region_named,
)
from dateline.extract.records import DateExpr, Event
from dateline.extract.scan import Gated, WordStart, fold, folded, trie
from dateline.extract.segment import Span, clause_cuts, dateline_end, sentences, unwrap
from dateline.extract.triggers import INTERVENTION, Trigger, find_triggers

T = TypeVar("T")
EXTRACTOR_VERSION = "1.16.0"


# The patterns below are lowercase and run over fold(text) (see scan.py);
# HEADLINE_TENSE is case-sensitive and runs over the text itself.
# Plural or serial wording that makes one event a summary of several.
AGGREGATE = Gated(folded(
    # ("the latest in a series of deadly attacks": one attack, set among others)
    r"\b(?<!latest in a )(?<!latest in the )(?:series of|wave of|spate of|string of|a number of|multiple|several|two|three|four|five|separate)\s+"
    r"(?:\w+\s+)?(?:raids|operations|attacks|strikes|clashes|bombings|incidents|assaults)\b"
    # "between Bannu and Lakki Marwat", but not the two sides of "a clash between A and B"
    r"|\bbetween\b(?<!clash between)(?<!clashes between)(?<!confrontation between)(?<!fighting between)"
    r"(?<!battle between)(?<!gunfight between)(?<!encounter between)(?<!firefight between)(?<!gun battle between)"
    r"(?<!skirmish between)(?<!shootout between)(?<!fire between)(?<!fight between)(?<!skirmishes between).{0,40}\band\b"
    r"|\b(?:raids|attacks|strikes|airstrikes|clashes|fighting|bombardments?) (?:across|throughout)\b"
    r"|\band (?:\w+ )?(?:other|several|many) (?:cities|towns|villages|areas|districts|provinces|parts)\b"
    r"|\b(?:across|throughout)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:strip|region|country|province|state|territory|territories|"
    r"enclave|north|south|east|west|cities|towns|villages)\b|\bnationwide\b",
), ("raids", "operations", "attacks", "strikes", "clashes", "bombings", "incidents", "assaults", "between",  # one per branch
    "across", "throughout", "cities", "towns", "villages", "areas", "districts", "provinces", "parts", "nationwide"))
PAST_EVENT = WordStart(folded(trie([
    "killed", "attacked", "stormed", "struck", "bombed", "shelled", "seized", "captured", "arrested", "detained", "abducted",
    "kidnapped", "clashed", "fought", "exploded", "detonated", "fired", "raided", "launched", "signed", "agreed", "brokered",
    "collapsed", "ended", "issued", "offered", "offering", "proposed", "protested", "marched", "rallied", "rioted",
    "torched", "looted", "burned", "died", "shot", "ambushed", "overran", "recaptured", "retook", "retaken", "regained",
    "withdrew", "held", "began", "took place", "erupted", "broke out", "hit", "targeted", "set fire", "broke into",
    "dropped", "blew", "gathered", "opened fire", "taken control", "taken full control", "took over", "taken over",
    "freed", "rescued", "hijacked"]) + r"\b"))
ANAPHORA = folded(r"\b(?:the|these|those|such|all\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)|both)\s+"
                  r"(?!ensuing|subsequent|resulting)(?:[a-z]+\s+)?$")  # "the ensuing fighting": what followed
PERFECT_EVENT = Gated(folded(r"\b(?:has|have)\s+(?:\w+\s+){0,2}(?:been\s+)?(?:killed|attacked|targeted|abducted|kidnapped|displaced|arrested|"
                             r"fought|clashed|fired|launched|carried out|staged|fighting|battling|waging|clashing|witnessed|seen|"
                             r"suffered|experienced|endured|faced|raging|going on|intensified|stepped up|claimed|"
                             r"the (?:scene|site|theatre|theater|epicentre|epicenter|target|hotbed) of)\b"
                             # "has since shifted its offensive", "Ankara has since kept bases": what followed, told as background
                             r"|\b(?:has|have)\s+since\s+[a-z]+ed\b"), ("has", "have"))
# Deaths no one inflicted: drownings, accidents, disease. Not political violence.
NO_PERPETRATOR = Gated(folded(
    r"\b(?:drown(?:ed|ing)|washed ashore|shipwreck|capsiz(?:ed|ing)|boat sank|"
    r"(?:road|traffic|car|bus|plane|mining|industrial) (?:accident|crash)|collision between|collided|"
    r"(?:vehicle|bus|truck|car|matatu|minibus|lorry|tanker)\b[^.;]{0,40}\boverturned|lost (?:its|their) brakes|plunged into|"
    r"(?:building|house|bridge|wall|mine|roof|canopy|stand|stage) collapsed|(?:canopy|roof|bridge|building|stand) collapse|collapsed? (?:building|mine)|landslides?|floods?|flooded|flooding|(?:heavy|torrential) rains?|rainstorms?|cyclones?|earthquakes?|heatwave|"
    r"heat stroke|cholera|malaria|epidemic|outbreak|stampede|funerals?|burials?|buried|laid to rest)\b"),
    ("drown", "ashore", "shipwreck", "capsiz", "boat sank", "accident", "crash", "collision", "collided", "overturned",
     "brakes", "plunged into", "collapse", "landslide", "flood", "heavy rain", "torrential rain", "rainstorm", "cyclone",
     "earthquake", "heatwave", "heat stroke", "cholera", "malaria", "epidemic", "outbreak", "stampede", "funeral",
     "burial", "buried", "laid to rest"))
# "Data compiled by Daily Trust show that at least 412 people were killed this year": a statistic.
STATISTIC = Gated(folded(r"\b(?:data|statistics|tally|annual report|the number of|the toll (?:since|this year)|so far this year|"
                         r"\d+(?:st|nd|rd|th) (?:[a-z]+ ){0,2}(?:killed|murdered)|"
                         r"compiled by|according to (?:\w+ ){0,3}(?:figures|records))\b"),
                  ("data", "statistics", "tally", "annual report", "the number of", "the toll ", "so far this year",
                   "killed", "murdered", "compiled by", "according to"))
RUNNING_TOLL = folded(r"\b(?:since|so far|to date|this year|in total|altogether|over the (?:past|last)|in the past|for (?:years|decades|months|weeks)|"
                      r"conflict|war|violence|insurgency|crisis|unrest)\b(?!-)")  # not "the war-torn country's north"
OCCURRENCE = folded(r"\b(?:in|during|after)\s+an?\s+(?:[\w-]+\s+)?(?:attack|ambush|raid|clash|explosion|blast|strike|"
                    r"airstrike|shelling|assault|encounter|firefight|gunfight|bombing)\b"
                    r"|\b(?:in|during)\s+(?:fierce\s+|heavy\s+|fresh\s+)?(?:clashes|fighting|gunfights|firefights)\s+(?:with|between|against)\b")
PLACE_ANAPHORA = Gated(folded(r"\b(?:in|on|near|at|outside|inside|around|over|into)\s+the\s+(?:town|city|village|area|district|camp|region|locality)\b(?!\s+of\b)"),
                       ("town", "city", "village", "area", "district", "camp", "region", "locality"))
SUBJECT_BACK = folded(r"\W*(?:the|these) (?:attackers|gunmen|assailants|militants|insurgents|bandits|raiders|"
                      r"fighters|rebels|bombers?)\b[^.;]{0,40}\b(?:also|then|later)\b"
                      r"|\W*(?:the|this|that) (?:agreement|deal|truce|ceasefire|accord),")
OBJECT_BACK = folded(r"\s+(?:\w+\s+){0,2}(?:of\s+)?the (?:attackers|gunmen|assailants|bombers?|raiders)\b")
PAST_VERBS = {"retook", "overran", "overrun", "fought", "took", "struck", "hit", "shot", "blew", "fell", "began", "broke",
              "set", "went", "seized", "gunned", "were", "was", "had", "have"}
# "killed in the rescue operation", "died when...": the dead of an occurrence the clause names itself.
OWN_SETTING = folded(r"\s+(?:in|during|when|as|while|after|at)\b(?!\s+(?:the\s+|a\s+)?(?:scene|spot|site|hospital)\b)")
# The bare death words: "Six rebels were killed" says whose dead, not what happened.
DEATH_VERBS = ("killed", "died", "were slain", "was slain", "lost their lives")
DEATH_ONLY = (*DEATH_VERBS, "bodies", "dead", "found dead", "killing")  # triggers that name only a death
# "One attacker was killed, it said": the attackers of the occurrence just told; their dead add to its toll.
ATTACKERS_DEAD = folded(r"\W*(?:one|two|three|four|five|\d+|all|both|several)\s+(?:of the\s+)?(?:other\s+)?(?:attackers?|"
                        r"assailants?|gunm[ae]n|raiders?|bombers?)\s+(?:was|were|had been|have been)\s+(?:also\s+)?"
                        r"(?:killed|shot dead|neutrali[sz]ed)\b")
# "staged a sit-in to protest a quadcopter strike that killed three children": the dead are what is protested.
PROTESTED_DEATHS = folded(r"\b(?:to protest|protesting|in protest (?:at|over|against)|to denounce|denouncing|to condemn|condemning|"
                          r"demanding justice for|against|over)\b[^.;]{0,80}\b(?:killed|killing|deaths?|murders?)\b"
                          r"|\bwho\s+(?:died|were killed|lost their lives)\b")
# "condemned what he called a \"cowardly\" attack", "claimed responsibility for the bombing": an occurrence named again.
CONDEMNED = folded(r"\b(?:condemn\w*|denounc\w*|deplor\w*|claimed responsibility for|mourn\w*)\s+(?:what\s+\w+\s+called\s+)?"
                   r"(?:(?!that\b)[\w\"“”'’-]+\s+){0,4}$")  # not "denounced that ELN guerrillas kidnapped...": the news
# "pictures of soldiers killed in Gaza", "families of those killed": the dead named, no occurrence told.
OF_THE_DEAD = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:those|people|soldiers|victims|civilians|hostages|relatives|men|"
                         r"women|children|protesters|journalists)\s+$")
# "appalled by Thursday's attack": a day's possessive names an occurrence already told.
DAYS_OCCURRENCE = re.compile(r"\b(?:[A-Z][a-z]+day|[Yy]esterday|[Tt]oday|[Ll]ast\s+week)[’']s\s+(?:[A-Z]?[a-z]+\s+){0,2}$")
# "...were injured in the gunfight": the occurrence already told, named again.
THE_OCCURRENCE = Gated(folded(r"\b(?:in|during) the (?:ensuing |same )?(?:gunfight|encounter|attack|assault|raid|ambush|clash|clashes|"
                              r"firefight|operation|blast|explosion|bombing|strike|fighting)\b"), ("in the ", "during the "))
HABITUAL = Gated(folded(r"\b(?:often|usually|routinely|regularly|frequently|typically|increasingly|has become|have become|tend to|tends to|"
                        r"continues|persists|on the rise|on the increase|(?:has|have) (?:risen|increased|surged|soared|spiked)(?! to (?:at least |more than |over )?\d)|"
                        # "Shabaab insurgents are responsible for the killing of thousands", "Most attacks ... are attributed
                        # to", "has been marked by several massacres", "It is common for ... to be detained": what a conflict is like
                        r"(?:is|are) (?:widely |largely |mostly )?(?:responsible for|attributed to|blamed for|common)|has been marked by|"
                        r"is a known|(?:has|have) seen a (?:surge|rise|spike|wave)|there (?:have|has) been (?:several|many|numerous|a number of|"
                        r"repeated|frequent) (?:cases|incidents|instances)|"
                        # "a Sulu-based armed group notorious for bombings and kidnappings": what a group is like
                        r"(?:notorious|known|infamous) for|"
                        # "faces regular attacks blamed on", "have been carrying out near-daily attacks", "states struggling
                        # with criminal gangs", "Incidents ... have occurred in the past": how often, not once
                        r"(?:near-daily|almost daily|daily|nightly|weekly|regular|frequent|repeated|recurring|recurrent|routine|"
                        r"sporadic|persistent|constant|incessant|continual|periodic)\s+(?:[a-z-]+\s+)?(?:attacks|raids|clashes|"
                        r"shelling|strikes|airstrikes|bombings|kidnappings|abductions|incursions|skirmishes|fighting|violence|"
                        r"firefights|gunfights|exchanges of fire|battles|rioting|unrest)|"
                        r"struggling with|(?:has|have) occurred in the past|"
                        # "has for years been plagued by gangs", "for decades fought the government", "a spate of attacks in
                        # recent months", "attacks ... have been rising", "the deadliest in recent attacks"
                        r"for (?:years|decades)|in recent (?:months|years|weeks)|recent attacks|"
                        r"(?:has|have) been (?:rising|increasing|growing|escalating|mounting)|"
                        # "Since then, attacks in Tillaberi have continued at a high rate"
                        r"(?:has|have) continued)\b"),
                 ("often", "usually", "routinely", "regularly", "frequently", "typically", "increas", "become", "tend",
                  "continues", "persists", "rise", "surged", "soared", "spiked", "responsible", "attributed", "blamed",
                  "common", "marked by", "a known", "seen a", "there have been", "there has been", "notorious",
                  "known for", "infamous", "daily", "nightly", "weekly", "regular", "frequent", "repeated", "recur",
                  "routine", "sporadic", "persistent", "constant", "incessant", "continual", "periodic", "struggling with",
                  "in the past", "for years", "for decades", "in recent", "recent attacks", "been rising", "been increasing",
                  "been growing", "been escalating", "been mounting", "continued"))
PERFECT = folded(r"\b(?:has|have)\s+(?:\w+\s+)?$")
HEADLINE_TENSE = re.compile(r"\b(?:kill|kills|attack|attacks|strike|strikes|seize|seizes|clash|clashes|offer|propose)\b")


_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_LINE_ENDS = (".", "!", "?", "”", '"', ":")
_SENTENCE_END = re.compile(r"[.!?]\s")


def _is_headline(text: str, sent: Span) -> bool:
    """A title-case line without a full stop restates the body: not evidence."""
    if text.endswith(_LINE_ENDS, sent.start, sent.end):
        # (most lines: tested in place, not copied; a sentence span never ends in a space, see `sentences`)
        return text.endswith(".", sent.start, sent.end) and _title_case_line(text, sent)
    line = text[sent.start:sent.end]
    if line.endswith(_CREDIT_ENDS):
        line = LINE_CREDIT.sub("", line).rstrip()  # "... said. — AFP": the story's last line, signed
    if line.rstrip().endswith(_LINE_ENDS):
        return False
    words = _WORD.findall(line)
    return len(words) < 20 and (_alone_on_its_line(text, sent) or sum(w[0].isupper() for w in words) >= 0.7 * len(words))


def _alone_on_its_line(text: str, sent: Span) -> bool:
    line_start = text.rfind("\n", 0, sent.start) + 1  # (after "LIVE:" or a dateline the line is still alone)
    line_end = text.find("\n", sent.end)  # ("• Two brothers killed in Narsingdi     |": a link list's spaces and bar)
    return (line_end < 0 or not text[sent.end:line_end].strip(" \t|")) and not _SENTENCE_END.search(text[line_start:sent.start])


def _title_case_line(text: str, sent: Span) -> bool:
    """"Myanmar Security Forces Open Fire On Anti-Coup Protesters Leaving At Least Three Dead.": a
    headline that ends in a full stop, alone on its line, nearly every word capitalised."""
    gap = text.find(" ", sent.start, sent.end)
    if gap < 0 or not text[gap + 1:gap + 2].isupper():
        return False  # (most lines: the second word in lowercase)
    words = _WORD.findall(text, sent.start, sent.end)
    return 6 <= len(words) < 20 and sum(w[0].isupper() for w in words) >= 0.85 * len(words) and _alone_on_its_line(text, sent)


QUOTE_MARKS = ('"', "“", "‘", "«", "„")


def _is_quote(text: str, sent: Span) -> bool:
    """A line that opens a direct quote ("We pulled seven bodies out...") is a
    witness or official speaking about what the report already told; so are
    the lines of a quote still open ("Anybody that tried to run was shot. They
    killed the muezzin...")."""
    if text.startswith(QUOTE_MARKS, sent.start):
        return True
    line = text.rfind("\n", 0, sent.start) + 1
    if not text.startswith(QUOTE_MARKS, line):
        return False
    before = text[line:sent.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("«") > before.count("»")


# Photo captions restate the story's events beside a credit line: never evidence of their own.
PHOTO_CREDIT = re.compile(r"REUTERS/|AP Photo|Getty Images|EPA-EFE|/ ?AFP\b|\bPhoto(?:graph)?(?: [Cc]redit)?\s?: |\bPicture: |Image caption|"
                          r"Purchase Licensing Rights|\(Photo by |\bPhoto taken on ")
# "(Xinhua/Gale Julius)", "(Antara Photo/Aditya Pradana Putra)", "(AFP photo)": a credit in brackets.
_OPENS_STORY = re.compile(r"\s*[:—–-]")
PAREN_CREDIT = re.compile(r"\([A-Z][\w .-]{1,30}(?:/[A-Z][^()\n/]{1,40}| [Pp]hoto)\)")
LINE_CREDIT = re.compile(r"[—–]\s*(?:AFP|Reuters|AP|EPA|Xinhua|Anadolu|Getty Images|File)(?:\s*/\s*File)?[ \t]*$"
                         r"|\((?:Photo|Source|Credit)s?: [^()\n]{1,80}\)[ \t]*$", re.MULTILINE)  # "... Oct. 4, 2023. (Source: Governor X)"
# "... #Chhattisgarh — ANI (@ANI) November 26, 2018": a post embedded in the page, quoted, not the report.
EMBEDDED_POST = re.compile(r"[—–-]\s*[^\n()]{1,60}\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}[ \t]*$|pic\.twitter\.com/\w+",
                           re.MULTILINE)
_CREDIT_ENDS = ("AFP", "Reuters", "AP", "EPA", "Xinhua", "Anadolu", "Images", "File")
# An agency's LINE_CREDIT ends its line with one of _CREDIT_ENDS: this pattern, which opens with their
# capitals, finds such a line far faster than LINE_CREDIT, which `re` tries at every position.
_CREDIT_AT_LINE_END = re.compile(r"(?:" + "|".join(_CREDIT_ENDS) + r")[ \t]*$", re.MULTILINE)
_CREDIT_WORDS = ("REUTERS/", "AP Photo", "Getty", "EPA-EFE", "/AFP", "/ AFP", "Photo", "Picture:", "Image caption", "Licensing")
_SPORTS_WORDS = ("league", "match", "goal", "goals", "penalty", "striker", "midfielder", "derby", "tournament",
                 "championship", "coach", "scored", "equalised", "equalized", "stadium", "fixture", "half-time", "kick-off")
SPORTS = WordStart(folded(trie(_SPORTS_WORDS) + r"\b"))
CROWD_TROUBLE = folded(r"\b(?:police|fans|supporters|hooligans|killed|died|dead|injured|wounded|arrested|stabbed|shot|riot\w*)\b")


def _is_match_report(low: str) -> bool:
    """Four sports words or more: a match report."""
    # Each word's count bounds its matches (they never overlap), so fewer than four in all settle it
    # far cheaper than the pattern, which `re` tries at every common letter the words begin with.
    return sum(map(low.count, _SPORTS_WORDS)) >= 4 and sum(1 for _ in zip(range(4), SPORTS.finditer(low))) == 4


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
    text = unwrap(text)  # same length: offsets found in it index the text as given
    exprs = event_dates(text, tag_dates(text, published), published)
    # Triggers and place names are found once over the whole text, then sliced.
    all_triggers = _ByStart(find_triggers(text, 0, len(text)))
    found_places = mentions(text, 0, len(text))
    home = context_country(found_places) or demonym_country(text)
    places, dates = _ByStart(found_places), _ByStart(exprs)
    candidates: list[Candidate] = []
    spans = sentences(text)
    captions = _caption_paragraphs(text, spans)
    links = _related_links(text)
    if "•" in text:
        links += [m.span() for m in TICKER.finditer(text)]
    headings = _date_headings(text, spans, dates)
    for index, sent in enumerate(spans):
        sent_triggers = all_triggers.within(sent.start, sent.end)
        if not sent_triggers or sent.paragraph in captions or _is_headline(text, sent) \
                or text.endswith("?", sent.start, sent.end) or (links and _in_links(links, sent.start)):  # "Who was killed?": a question asks, it does not report
            continue
        if candidates and _is_quote(text, sent):
            _quote_dates_the_last(text, sent, dates.within(sent.start, sent.end), candidates[-1])
            continue
        # The lines before and after date (and place) only the story's first occurrence (see `date_event`):
        # looked at only until one is told.
        preceding: list[DateExpr] = []
        following: list[DateExpr] = []
        ahead_places: list[Mention] = []
        if not candidates:
            nxt = [s for s in spans[index + 1:index + 3] if s.paragraph <= sent.paragraph + 1]
            # Dates of the next lines, those that are not reporting dates of their own line.
            following = [e for s in nxt if not _BACKSTORY.match(text, s.start)
                         for e in dates.within(s.start, s.end) if not is_reporting(text, e, s.start)]
            before = spans[index - 1] if index and spans[index - 1].paragraph >= sent.paragraph - 1 \
                and spans[index - 1].paragraph not in captions else None
            preceding = [e for e in dates.within(before.start, before.end) if not is_reporting(text, e, before.start)
                         and e.precision in ("day", "range")] if before else []
            ahead_places = [m for s in nxt[:1] for m in places.within(s.start, s.end)]
        heading = next((h for h in reversed(headings) if h.start < sent.start), None) if headings else None
        around = (preceding, following, heading)
        clauses = _clauses(text, sent, sent_triggers)
        in_sentence = dates.within(sent.start, sent.end)
        for start, end, trigs in clauses:
            # A date in a sibling clause belongs to that clause's occurrence.
            own = [e for e in in_sentence if not any(s <= e.start < t for s, t, _ in clauses if (s, t) != (start, end))] \
                if len(clauses) > 1 else in_sentence
            cand = _candidate(text, published, own, home, sent, index, (start, end), trigs, candidates,
                              around, places, ahead_places)
            raid = bool(cand and candidates and same_raid(text, candidates[-1], cand))
            if cand and candidates and (intercepted(candidates[-1], cand) or met_by_force(text, candidates[-1], cand)):
                # One occurrence told in two clauses; the second says what it came to.
                add_victims(text, candidates[-1], cand)  # sentences and place; its dead are set just below
                told = candidates[-1].event
                told.type, told.subtype = cand.event.type, cand.event.subtype
                told.fatalities, told.fatalities_text = cand.event.fatalities, cand.event.fatalities_text
            elif cand and candidates and (raid or (target := victims_of(text, cand, candidates)) is not None):
                add_victims(text, candidates[-1] if raid else target, cand, raid)
            elif cand and (cand.refers_back != "only" or all(c.event.aggregate for c in candidates)):
                # A reference back with no single occurrence before it to refer to ("The clashes
                # erupted on Wednesday" after a lede that gave a toll since then) is the occurrence itself.
                candidates.append(cand)
            elif cand and candidates:
                told = candidates[-1]
                if cand.event.type == told.event.type:
                    # "According to the army, the clashes lasted 12 hours": a line about the occurrence
                    # just told keeps its story going, so the next line's dead can still be added to it.
                    told.last_said = max(cand.paragraphs)
                if {cand.event.type, told.event.type} <= VIOLENT_TYPES and told.event.location == told.event.country \
                        and min(cand.paragraphs) - max(told.paragraphs) <= 1:
                    # "The attack took place on the outskirts of Khar": where the occurrence just told happened.
                    take_finer_place(told.event, cand.event)
    if candidates and _is_match_report(fold(text)):
        # A match report: "Madrid's attack", "struck the post". Only fans, police and casualties are news here.
        candidates = [c for c in candidates if CROWD_TROUBLE.search(fold(text), c.event.evidence_start, c.event.evidence_end)]
    _crowd_turned_violent(text, spans, candidates)
    _followed_by_intervention(text, spans, candidates)
    _dated_by_a_later_line(text, spans, dates, candidates)
    revise_tolls(text, spans, candidates)
    date_summaries(candidates)
    candidates = [part for cand in candidates for gapped in _gapped_parts(text, cand, places, home)
                  for part in _listed_parts(text, gapped, places, home)]
    merged = merge(text, candidates)
    _day_of_the_story(text, spans, dates, published, merged)
    _place_at_the_dateline(text, spans, found_places, home, merged)
    _places_from_the_story(merged)
    _main_place_of_the_story(found_places, home, merged)
    for cand in merged:
        event = cand.event
        if event.subtype in FORCE_MET and event.fatalities is None and event.fatalities_text is None:
            event.fatalities = 0  # force was used, so a toll is due: none told is 0, as for other violence
        if event.fatalities == 0 and (event.date_precision in ("year", "month") or event.aggregate and event.date_precision in ("range", "unknown")):
            # "the Taliban, who seized control of Kabul in 2021": background named by its year says
            # nothing of its dead, which is not the same as saying none died (19 of 22 gold records).
            event.fatalities = None
        if published and event.date_start and event.date_start > published:
            # "violence ahead of next Sunday's election", "a ceasefire that takes effect on Monday": a report
            # tells what happened by the day it was written, so a day still to come dates the telling.
            apply_date(event, published, published, "day", None, "published")
    kept = [c for c in merged if not _history(c.event, published)] or merged  # an anniversary piece tells only its history
    for cand in kept:  # (looked up only now: a clause's actors are read for no other purpose)
        cand.event.actors, cand.event.actors_normalized = actors(text, *cand.clause)
    return [c.event for c in kept]


def _history(event: Event, published: date | None) -> bool:
    """'The ELN took up arms in 1964', 'the group began as an insurgency in the 1960s': background
    dated only by a year two or more years before the report, told beside newer news. Gold never
    counts it (at most as optional): over 48 gold sets dropping it cost no recall and gained precision."""
    return bool(published and event.date_start and event.date_precision == "year"
                and event.date_start.year <= published.year - 2)


# "Officials initially said two fighters had been killed", "Initial reports said four people had been
# killed": an earlier count of an occurrence told, not one of its own.
INITIAL_COUNT = folded(r"\binitial(?:ly)?\s+(?:\w+\s+){0,3}?(?:said|says|reported|put|gave|told|announced|counted|stated)\b"
                       r"|\binitial (?:reports?|tolls?|figures?|counts?)\b")


# A clause told beside the event: ", as police pressed...", ", while troops...".
_ASIDE = re.compile(r",\s+(?:as|while|even as)\s+(?:the\s+)?[a-z]+(?:\s+and\s+[a-z]+)?(?:\s+[a-z]+)?\s+(?:pressed|pushed|continued|fought|battled|kept|were|was|remained|launched|stepped up)\b")


# "This followed a march by residents on June 18", "Earlier, ...": a line that tells what came before.
_BACKSTORY = re.compile(r"\W*(?:(?:This|It|That)\s+(?:followed|comes|came)\b|(?:Earlier|Previously|Before that|Last (?:week|month|year))\b)")


# What may stand beside the day in a heading line: "Date:", a time, a time zone.
_HEADING_REST = re.compile(r"(?:Date|Updated|Posted)?[\s,.:–—-]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?"
                           r"[\s,.:–—-]*(?:\(\d{1,2}(?:st|nd|rd|th)?\))?[\s,.:–—-]*")  # "Thursday (11th)"


def _date_headings(text: str, spans: list[Span], dates: _ByStart[DateExpr]) -> list[DateExpr]:
    """Lines that are only a day ("Monday, October 19", "2026-09-16 19:05"): the section or
    live-page entry under them happened that day, when its lines name no day of their own."""
    out = []
    for i, sent in enumerate(spans):
        alone = (i == 0 or spans[i - 1].paragraph != sent.paragraph) and (
            i + 1 == len(spans) or spans[i + 1].paragraph != sent.paragraph)
        if not alone or sent.end - sent.start > 40:
            continue
        days = [e for e in dates.within(sent.start, sent.end) if e.precision == "day"]
        if len(days) == 1 and _HEADING_REST.fullmatch(text[sent.start:days[0].start] + " " + text[days[0].end:sent.end]):
            out.append(days[0])
    return out


# "in northern Benin", "towns along Syria's Mediterranean coast": somewhere in the country, not at the dateline.
AREA_NAMED = folded(r"\b(?:coast|coastline|border|borders|countryside|region|regions|province|provinces|state|states|areas|towns|"
                    r"villages|districts|nationwide|across)\b")
PART_OF_COUNTRY = re.compile(r"\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)(?:ern|-?(?:east|west)(?:ern)?)?\s+[A-Z]")


FORCE_MET = ("Protest with intervention", "Excessive force against protesters")


def _dateline_lede(text: str, spans: list[Span]) -> tuple[int, Span] | None:
    """Where the wire dateline begins and the sentence it opens: on one of the first lines, as
    headlines, bylines and captions often come before it in copy taken from the web."""
    for sent in spans[:6]:
        if sent.paragraph > 2:
            break
        begin = text.rfind("\n", 0, sent.start) + 1
        end = text.find("\n", begin)
        if sent.start > begin and dateline_end(text, begin, len(text) if end < 0 else end, opening=True) == sent.start:
            return begin, sent
    return None


def _place_at_the_dateline(text: str, spans: list[Span], found: list[Mention], home: str | None,
                           candidates: list[Candidate]) -> None:
    """"TBILISI, Georgia (AP) — Police used water cannons to disperse protesters":
    a lede that names no place (or only the country) happened in the dateline's city."""
    opening = _dateline_lede(text, spans)
    if opening is None:
        return
    begin, lede = opening
    city = best_place([replace(m, locative=True) for m in found if begin <= m.start < lede.start and m.place.rank < 3], home)
    if city is None:
        return
    for cand in candidates:
        event = cand.event
        if min(cand.paragraphs) == lede.paragraph and event.location in (None, event.country) \
                and event.country in (None, city.country) \
                and not event.aggregate and not PART_OF_COUNTRY.search(text, event.evidence_start, event.evidence_end) \
                and not AREA_NAMED.search(fold(text), event.evidence_start, event.evidence_end):
            event.location, event.admin1, event.country = city.name, city.admin1, city.country
            event.latitude, event.longitude = city.latitude, city.longitude


def _places_from_the_story(candidates: list[Candidate]) -> None:
    """"Demonstrators set fire to part of the parliament building": a line that
    names no place happened where the occurrence told just before it did (same
    or previous paragraph). Done after merging, so the borrowed place never
    decides which lines tell one occurrence."""
    told: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: min(c.sentences)):
        event = cand.event
        if event.location is None:
            source = next((c.event for c in reversed(told) if c.event.location
                           and max(c.paragraphs) >= min(cand.paragraphs) - 1), None)
            if source is not None and event.country in (None, source.country):
                event.location, event.admin1, event.country = source.location, source.admin1, source.country
                event.latitude, event.longitude = source.latitude, source.longitude
        told.append(cand)


def _main_place_of_the_story(found: list[Mention], home: str | None, candidates: list[Candidate]) -> None:
    """A line that names no place, far from any that does, happened where the story mostly is:
    the town it names most often after "in", "near"... (in the article's country; the first
    named of equals). Over 28 gold sets this placed 1.5 points more events right and none worse."""
    if all(c.event.location and c.event.location != c.event.country for c in candidates):
        return
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in found:
        if m.place.rank < 2 and not m.relative and m.locative and m.place.country in (home, None):
            counts[m.place.name] = counts.get(m.place.name, 0) + 1
            first.setdefault(m.place.name, m)
    if not counts:
        return
    name = max(counts, key=lambda n: (counts[n], -first[n].start))
    place = best_place([first[name]], home)
    if place is None:
        return
    for cand in candidates:
        event = cand.event
        if event.location in (None, event.country) and event.country in (None, home) and not event.aggregate:
            event.location, event.admin1, event.latitude, event.longitude = place.name, place.admin1, place.latitude, place.longitude
            event.country = event.country or place.country or home


# ", seven in Tulkarem", "and 18 in Um Sunt": a count and a place with the verb left out, the
# same act told again somewhere else (a gapped list). The place must follow at once.
_GAPPED = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:(?:more|other|others)\s+)?"
                     r"(?:[a-z]+\s+){0,2}?(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?(?=[A-Z])")


def _gapped_parts(text: str, cand: Candidate, places: _ByStart[Mention], home: str | None) -> list[Candidate]:
    """'two people were taken into custody in Qalqilya, seven in Tulkarem, and seven others in Jenin':
    one occurrence per place, as the guidelines count them. The first keeps the verb's own count and
    place; each gapped item gets its count and its place, and the words that tell it as evidence."""
    event = cand.event
    start, end = event.evidence_start, event.evidence_end
    if event.aggregate:
        return [cand]
    found = places.within(start, end)
    if len(found) < 2:  # a place before the list and one in it
        return [cand]
    items = []
    for m in _GAPPED.finditer(text, start, end):
        place = next((p for p in found if p.start == m.end()), None)
        named_before = [p for p in found if p.end <= m.start()]
        if place is None or not named_before or place.place.rank > 3 or \
                any(p.place.name == place.place.name for p in named_before):
            continue
        items.append((m, place))
    if not items:
        return [cand]
    counts_dead = bool(event.fatalities)  # "29 were killed in A and 18 in B"; "abducted seven at A, six at B" counts no dead
    parts = []
    for m, place in items:
        noun = _PLACE_NOUN_AFTER.match(text, place.end)
        part = replace(event, evidence_start=m.start("n"), evidence_end=noun.end() if noun else place.end,
                       location=place.place.name, admin1=place.place.admin1, country=place.place.country or home,
                       latitude=place.place.latitude, longitude=place.place.longitude)
        if counts_dead:
            part.fatalities, part.fatalities_text = word_number(m.group("n")), m.group("n")
        parts.append(Candidate(part, set(cand.paragraphs), set(cand.sentences), cand.explicit_date, cand.specificity,
                               cand.clause))
    event.evidence_end = items[0][0].start()
    if counts_dead:
        own = fatalities(text, start, event.evidence_end)
        event.fatalities, event.fatalities_text = own.count or 0, own.text
    return [cand, *parts]


_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "stranded between Chala and Atico": a stretch of road; "Rallies in regional cities, including Kutaisi, Batumi
# and Zugdidi, have been smaller": examples of a habit, not towns each told.
_NOT_A_LIST = re.compile(r"\b(?:between|including|such as|like|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
LISTED_TYPES = {"Protests", "Riots"}  # (violence told over a list of towns is more often one occurrence: written F1 -0.007)


def _listed_parts(text: str, cand: Candidate, places: _ByStart[Mention], home: str | None) -> list[Candidate]:
    """'The protests were held in Karachi, Lahore, Rawalpindi, Peshawar and Faisalabad': one
    occurrence per town, as the guidelines count them ("a sentence that reports several is several
    events"), each told by the whole clause."""
    event = cand.event
    if event.type not in LISTED_TYPES:
        return [cand]
    found = [m for m in places.within(event.evidence_start, event.evidence_end) if m.place.rank < 3 and not m.relative]
    if len(found) < 2:
        return [cand]
    chain: list[Mention] = []
    joined = False  # by "and" ("in Bannu and Lakki Marwat"): two names and a comma are a town and its area
    for m in found:
        sep = _LIST_SEP.fullmatch(text, chain[-1].end, m.start) if chain else None
        if chain and not sep:
            if joined or len(chain) >= 3:
                break
            chain, joined = [], False
        if not chain or m.place.name not in {c.place.name for c in chain}:
            chain.append(m)
            joined = joined or bool(sep and "and" in sep.group())
    if not (joined or len(chain) >= 3) or _NOT_A_LIST.search(text, max(event.evidence_start, chain[0].start - 30), chain[0].start):
        return [cand]
    parts = []
    for m in chain:
        part = replace(event, location=m.place.name, admin1=m.place.admin1, country=m.place.country or event.country or home,
                       latitude=m.place.latitude, longitude=m.place.longitude, aggregate=False)
        parts.append(replace(cand, event=part, paragraphs=set(cand.paragraphs), sentences=set(cand.sentences),
                             listed_in=cand.clause))
    return parts


_PLACE_NOUN_AFTER = re.compile(r"\s+(?:village|town|city|district|province|region|camp|area|neighbou?rhood)\b")


_AND = re.compile(r"\s*,?\s*and\s*(?:the\s+)?")


def _listed(text: str, found: list[Mention]) -> bool:
    """Towns named as a list: "in Bannu and Lakki Marwat" (not "in Latih, Patikul municipality")."""
    if len(found) < 2:
        return False
    specific = sorted((m for m in found if m.place.rank < 3), key=lambda m: m.start)
    return any(_AND.fullmatch(text, a.end, b.start) for a, b in zip(specific, specific[1:]))


# "READ ALSO: Gunmen kill three in Yobe": a web page's link to another story; a bare cue links the line after it.
RELATED_LINK = re.compile(r"^[ \t]*(?:read also|also read|read more|related(?: articles?| stories| news| posts?| content)?|"
                          r"see also|more on this(?: story)?|you may also like|recommended(?: stories)?|"
                          r"key (?:updates|points|developments|takeaways|events)[^\n:|]{0,30})"  # a summary box of the page
                          r"(?:[ \t]*[:|»\-–—][ \t]*|[ \t]*\n[ \t]*)[^\n]*", re.IGNORECASE | re.MULTILINE)


# "Turkey marks 100th anniversary ... • Urgent: Two French killed in Tunis • Roundup: ...": a line of other
# stories' headlines run together, as a page's news ticker prints them.
TICKER = re.compile(r"^[^\n•]*(?:\s•\s[^\n•]+){2,}$", re.MULTILINE)


def _related_links(text: str) -> list[tuple[int, int]]:
    """The spans `RELATED_LINK.finditer` gives, tried only at each line's start, where its `^` can
    match: a search would try the pattern at every position of the text."""
    links = []
    at = 0
    while True:
        m = RELATED_LINK.match(text, at)
        if m:
            links.append(m.span())
        at = text.find("\n", m.end() if m else at) + 1  # the next line's start (a match ends its last line)
        if not at:
            break
    if "Read" in text or "READ" in text:
        links += [m.span() for m in _INLINE_LINK.finditer(text)]
    return links


# "... four Maoists were killed in this incident. Also Read – J&K Encounter Update: Three terrorists killed":
# a link scraped into the paragraph it stood beside, running to the end of the line.
_INLINE_LINK = re.compile(r"(?<=[.!?”\"] )(?:Also Read|ALSO READ|Read Also|READ ALSO|Read More|READ MORE)[ \t]*[:|»\-–—][^\n]*")


def _in_links(links: list[tuple[int, int]], at: int) -> bool:
    return any(s <= at < e for s, e in links)


def _quote_dates_the_last(text: str, sent: Span, exprs: list[DateExpr], told: Candidate) -> None:
    """'“Militants attacked the checkpost late Wednesday night ...,” the police official said': a
    witness retells the occurrence just told, and the day it names is that occurrence's day when
    the report gave it none of its own (only "officials said on Thursday")."""
    event = told.event
    days = [e for e in exprs if e.precision == "day" and e.date_start and not is_reporting(text, e, sent.start)]
    if event.date_rule in BORROWED and len(days) == 1 and sent.paragraph - max(told.paragraphs) <= 3 \
            and event.type in VIOLENT_TYPES and (event.date_start is None or days[0].date_start <= event.date_start):
        day = days[0]
        apply_date(event, day.date_start, day.date_end, "day", day.text, "quoted")
        told.explicit_date = True


# "The PUNCH learnt that the incident happened in the early hours of Tuesday": the day of an occurrence told.
OCCURRED_ON = folded(r"\bthe\s+(?:incident|attack|assault|raid|ambush|killings?|shooting|bombing|blast|explosion|clash(?:es)?|"
                     r"abduction|kidnapping|massacre)\s+(?:\w+\s+){0,2}?(?:happened|occurred|took place|was carried out|unfolded)\b")


# "Tuesday’s riot, near Southport mosque, marred a night of remembrance": an occurrence named by its day.
DAYS_NAMED = folded(r"(?:day|yesterday)[’']s\s+(?:[\w-]+\s+){0,2}?(?P<what>attacks?|assault|raid|ambush|bombings?|blasts?|"
                    r"explosions?|shootings?|clash(?:es)?|riots?|rioting|unrest|protests?|demonstrations?|march|rally|"
                    r"violence|killings?|massacre|fighting|air ?strikes?|drone strikes?)\b")
_CROWD_WORDS = ("riot", "unrest", "protest", "demonstration", "march", "rally")


def _dated_by_a_later_line(text: str, spans: list[Span], dates: _ByStart[DateExpr], candidates: list[Candidate]) -> None:
    """'Bandits killed no fewer than 10 residents' ... 'the incident happened in the early hours of
    Tuesday', or 'Tuesday’s riot ... marred a night of remembrance': a later line that says when the
    occurrence happened dates the one of its kind told last before it, when the report gave it only
    the day it was written."""
    low = fold(text)
    occurred = "the " in low and any(w in low for w in ("happened", "occurred", "took place", "carried out", "unfolded"))
    named_days = "day’s " in low or "day's " in low
    if not occurred and not named_days:
        return
    for index, sent in enumerate(spans):
        if occurred and OCCURRED_ON.search(low, sent.start, sent.end):
            days = [e for e in dates.within(sent.start, sent.end)
                    if e.precision == "day" and e.date_start and not is_reporting(text, e, sent.start)]
            kinds, reach = VIOLENT_TYPES, 3
        elif named_days and (named := DAYS_NAMED.search(low, sent.start, sent.end)):
            days = [e for e in dates.within(sent.start, named.start("what"))
                    if e.precision == "day" and e.date_start and is_possessive(text, e)]
            # (named by its day, it is the one told however far back)
            kinds = {"Protests", "Riots"} if named["what"].startswith(_CROWD_WORDS) else VIOLENT_TYPES
            reach = len(spans)
        else:
            continue
        told = [c for c in candidates if max(c.sentences) < index and sent.paragraph - max(c.paragraphs) <= reach
                and c.event.type in kinds]
        if len(days) != 1 or not told:
            continue
        event, day = told[-1].event, days[0]
        if event.date_rule in BORROWED and (event.date_start is None or day.date_start <= event.date_start):
            apply_date(event, day.date_start, day.date_end, "day", day.text, "later line")
            told[-1].explicit_date = True


_STORY_WEEK = timedelta(days=7)  # a day further back is background ("the bodies ... found on July 25"), not the news


def _day_of_the_story(text: str, spans: list[Span], dates: _ByStart[DateExpr], published: date | None,
                      candidates: list[Candidate]) -> None:
    """'A 20-year-old man was shot dead in an ambush by bandits' ... 'the victim was clearing bushes
    ... on Thursday': when a report's first lines name one day only, besides the days things were
    said, the occurrences it dates by nothing else (so far: the day it was written) happened then."""
    undated = [c for c in candidates if c.event.date_rule == "published"]
    if not undated or published is None:
        return
    last = min(min(c.paragraphs) for c in undated) + 4
    days = {e.date_start for s in spans if s.paragraph <= last for e in dates.within(s.start, s.end)
            if e.precision == "day" and e.date_start and published - _STORY_WEEK <= e.date_start <= published
            and e.rule != "overnight_adj" and not is_reporting(text, e, s.start)}  # (an "overnight attack" is its own)
    if len(days) != 1:
        return
    day = days.pop()
    for cand in undated:
        if min(cand.paragraphs) <= last:
            apply_date(cand.event, day, day, "day", None, "day of the story")


# "A demonstrator holds a sign reading ... during a protest against plans of ...", "Police officer shoots tear gas
# to university students during 30 September riot": what a photo shows, told in the present.
PRESENT_CAPTION = re.compile(
    r"(?:[A-Z][\w.’'-]*,?\s+){0,6}?(?:[a-z][\w’'-]*\s+){0,3}?(?:" + trie([
        "shoots", "fires", "throws", "hurls", "holds", "displays", "shouts", "chants", "walks", "stands", "takes part",
        "reacts", "carries", "waves", "sits", "attends", "mourns", "prays", "inspects", "gestures", "runs", "flees",
        "confronts", "detains", "helps", "rests", "watches", "sings", "dances", "burns",
        "hold", "display", "shout", "chant", "walk", "stand", "take part", "react", "carry", "wave", "sit", "attend",
        "mourn", "pray", "inspect", "gesture", "flee", "confront", "help", "watch", "sing", "dance"]) +
    r")\b(?![^\n]*\b(?:said|says|told)\b)[^\n]*\bduring\b")


# "The protesters also pelted police members with stones", "after residents started looting shops", "They built
# barricades and burnt tires": the crowd's own violence, told in the lines after its protest.
CROWD_TURNED_VIOLENT = Gated(folded(
    r"\b(?:protesters|protestors|demonstrators|residents|crowds?|youths|they|mob|rioters)\s+(?:also\s+|had\s+|"
    r"started\s+|began\s+)?(?:pelted|pelting|threw|throwing|hurled|hurling|lobbed|torched|set fire|set alight|burnt|burned|"
    r"looted|looting|vandali[sz]ed|ransacked|stormed|attacked|stoned|smashed|built barricades)\b"),
    ("pelt", "thr", "hurl", "lobbed", "torched", "set ", "burn", "loot", "vandal", "ransack", "storm", "attack", "stoned",
     "smash", "barricade"))


def _crowd_turned_violent(text: str, spans: list[Span], candidates: list[Candidate]) -> None:
    """A protest whose crowd, in the line told right after it, threw stones, burned or looted was a
    violent demonstration (ACLED's riot), whatever the police did ("Demonstrators later set fire to
    the parliament": what the crowd went on to do, an occurrence of its own)."""
    low = fold(text)
    for cand in candidates:
        event = cand.event
        if event.type != "Protests" or event.subtype == "Excessive force against protesters":
            continue  # (lethal force against a crowd is an occurrence of its own, whatever the crowd did next)
        last = max(cand.sentences)
        for sent in spans[last + 1:last + 3]:
            if sent.paragraph - max(cand.paragraphs) > 1 or FRONTED_DAY.match(text, sent.start):
                break
            if CROWD_TURNED_VIOLENT.search(low, sent.start, sent.end):
                event.type, event.subtype = "Riots", "Violent demonstration"
                event.fatalities = event.fatalities or 0
                break


def _caption_paragraphs(text: str, spans: list[Span]) -> set[int]:
    """Paragraphs that carry a photo credit ("... November 12, 2025. REUTERS/Hatem Khaled",
    "Police stand guard ... in Dhaka. — AFP"; the last line's agency credit signs the story)."""
    if not spans:
        return set()
    # `in` is far cheaper than the patterns, which try every position
    credits = [m.start() for m in PHOTO_CREDIT.finditer(text)] if any(map(text.__contains__, _CREDIT_WORDS)) else []
    if "(Source" in text or "(Photo" in text or "(Credit" in text or (
            ("— " in text or "– " in text) and _CREDIT_AT_LINE_END.search(text)):
        credits += [m.start() for m in LINE_CREDIT.finditer(text) if text[m.end():].strip()]
    if "(" in text and ("/" in text or " photo)" in text):
        # "Manila [Philippines], November 4 (ANI/Xinhua): Two soldiers...": an agency in a dateline opens the story
        credits += [m.start() for m in PAREN_CREDIT.finditer(text) if not _OPENS_STORY.match(text, m.end())]
    if "(@" in text or "pic.twitter.com" in text:
        credits += [m.start() for m in EMBEDDED_POST.finditer(text)]
    starts = [s.start for s in spans]
    captions = {spans[max(0, bisect_left(starts, at + 1) - 1)].paragraph for at in credits}
    if " during " in text:  # a photo's caption without its credit, in the present tense
        lone = Counter(s.paragraph for s in spans)
        captions |= {s.paragraph for s in spans if lone[s.paragraph] == 1 and PRESENT_CAPTION.match(text, s.start, s.end)}
    if captions:  # the same caption printed again without its credit (under the photo, then in the gallery)
        lines = {s.paragraph: _line_of(text, s.start) for s in spans}
        signed = [lines[p] for p in captions if p in lines]
        captions |= {p for p, line in lines.items() if len(line) > 40 and any(c != line and c.startswith(line) for c in signed)}
    return captions


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)].strip()


def _followed_by_intervention(text: str, spans: list[Span], candidates: list[Candidate]) -> None:
    """"Hundreds protested on Friday. Police fired tear gas to disperse them.":
    the next line of the paragraph tells how the protest was met. "Several
    protesters were detained" there is that intervention, not arrests of their own."""
    low = fold(text)
    by_sentence = {i: c for c in candidates for i in c.sentences}
    for cand in list(candidates):
        nxt = max(cand.sentences) + 1
        if cand.event.type != "Protests" or nxt >= len(spans) or spans[nxt].paragraph != spans[nxt - 1].paragraph:
            continue
        peaceful = cand.event.subtype == "Peaceful protest"
        told = by_sentence.get(nxt)
        if told is None:
            if peaceful and INTERVENTION.search(low, spans[nxt].start, spans[nxt].end):
                cand.event.subtype = "Protest with intervention"
        elif told in candidates and _meets_the_protest(told, cand) and PROTESTERS.search(low, spans[nxt].start, spans[nxt].end):
            cand.event.subtype = "Protest with intervention" if peaceful else cand.event.subtype
            candidates.remove(told)
        elif told in candidates and _disperses_the_protest(low, told, cand, spans[nxt], nxt):
            # "Police fired tear gas and live bullets to disperse them, and one young man was shot dead."
            if told.event.fatalities:
                cand.event.subtype, cand.event.fatalities = "Excessive force against protesters", told.event.fatalities
            elif peaceful:
                cand.event.subtype = "Protest with intervention"
            cand.event.evidence_start, cand.event.evidence_end = told.event.evidence_start, told.event.evidence_end
            candidates.remove(told)


DISPERSE = folded(r"\b(?:dispers(?:e|ed|ing)|break up|broke up)\s+(?:them|the\s+(?:crowd|protest|march|rally|demonstration|protesters|marchers))\b")


def _disperses_the_protest(low: str, told: Candidate, protest: Candidate, line: Span, index: int) -> bool:
    """An undated violent line right after a protest, of force used to disperse
    it: how the protest was met, with its dead. The line says more, so it is the evidence."""
    e = told.event
    return (e.type in VIOLENT_TYPES and not told.explicit_date and told.sentences == {index}
            and e.location in (None, protest.event.location) and bool(DISPERSE.search(low, line.start, line.end)))


def _meets_the_protest(told: Candidate, protest: Candidate) -> bool:
    """An undated line of arrests, or of force with no place of its own, right after a protest."""
    e = told.event
    how = e.subtype == "Arrests" or (e.subtype == "Protest with intervention" and e.location is None)
    return how and not told.explicit_date and e.location in (None, protest.event.location)


def _names_one_told(text: str, before_trigger: str, trigger_start: int) -> bool:
    """'appalled by Thursday's attack', 'condemned what he called a "cowardly" attack': the words
    before the trigger (`before_trigger`, folded, up to 40 characters) name an occurrence already told.
    (Tried only for a clause with no count of dead, where it decides.)"""
    if ("’s" in before_trigger or "'s" in before_trigger) and \
            DAYS_OCCURRENCE.search(text, trigger_start - len(before_trigger), trigger_start):
        return True
    return any(map(before_trigger.__contains__, ("condemn", "denounc", "deplor", "claimed", "mourn"))) \
        and bool(CONDEMNED.search(before_trigger))


# A clause's confidence by its specificity (0-5) and whether its trigger names a specific act (rank < 6),
# rounded once here rather than per clause (`round` costs ~0.4 us a call).
_CONFIDENCE = [[round(min(0.95, 0.35 + 0.1 * specificity + bonus), 2) for bonus in (0, 0.1)] for specificity in range(6)]


def _candidate(
    text: str, published: date | None, exprs: list[DateExpr], home: str | None, sent: Span, index: int,
    clause: tuple[int, int], trigs: list[Trigger], previous: list[Candidate],
    around: tuple[list[DateExpr], list[DateExpr], DateExpr | None], places: _ByStart[Mention], ahead_places: list[Mention],
) -> Candidate | None:
    deaths = fatalities(text, *clause)
    trig = choose_trigger(text, clause, trigs, bool(deaths.count or deaths.text))
    if trig is None:
        return None
    in_clause = [e for e in exprs if clause[0] <= e.start < clause[1]]
    in_sentence = exprs  # the sentence's own dates
    event_dates = [e for e in in_clause if not is_reporting(text, e, clause[0])] or \
                  [e for e in in_sentence if not is_reporting(text, e, sent.start)]
    # "Tuesday's blasts were followed on Wednesday by...": the possessive names an earlier event.
    event_dates = [e for e in event_dates if not is_possessive(text, e)] or event_dates
    found = places.within(*clause) or places.within(sent.start, sent.end)
    aside = _ASIDE.search(text, trig.end, clause[1])
    if aside:  # "..., as police pressed an offensive against gangs in the capital": what else went on, elsewhere
        found = [m for m in found if m.start < aside.start()] or found
    place = best_place(found, home)
    low = fold(text)
    body = low[clause[0]:clause[1]]
    has_number = deaths.count is not None or deaths.text is not None
    generic = trig.rank >= 6 or trig.subtype == "Other"
    day_dates = [e for e in event_dates if e.precision in ("day", "range", "week", "month")]
    before_trigger = low[max(clause[0], trig.start - 40):trig.start]
    # "blamed the group for the attacks", "The militants attacked the patrol near X": a reference
    # back, never a new occurrence; it may still tell where the one just told happened.
    # "The army retook Mota", "the GPAA signed a resolution": a verb's subject, not "the
    # (Lala) attack" naming an occurrence again.
    verb = trig.text.split()[0].lower()
    nominal = not verb.endswith("ed") and verb not in PAST_VERBS
    # "Those arrested will be arraigned": the people of an occurrence told, named again.
    definite = nominal and bool(ANAPHORA.search(before_trigger))  # "the exchange of fire began on Sunday night"
    anaphoric = (not day_dates or generic) and definite
    reference_only = before_trigger.endswith(("those ", "the ones ")) or (
        not has_number and (anaphoric or _names_one_told(text, before_trigger, trig.start))) or (
        "initial" in before_trigger and bool(INITIAL_COUNT.search(before_trigger)))
    if not has_number and trig.text.startswith("killed") and OF_THE_DEAD.search(before_trigger):
        return None
    exact = [e for e in day_dates if e.precision != "month"]
    specific_place = place is not None and place.rank < 4
    # ("has seen a surge in settler rioting since October 7, 2023": a habit since a day is still a habit)
    if (not exact or all(e.rule == "since" for e in exact)) and HABITUAL.search(body) or not exact and (
            PERFECT_EVENT.search(body) and (RUNNING_TOLL.search(body) or not (specific_place or OCCURRENCE.search(body)))):
        # "More than 200 people have been killed", "the conflict has killed
        # thousands": a running toll or a habit. "Gunmen have abducted 25
        # students in Kebbi State" is the news itself.
        return None
    if not deaths.count and trig.text.startswith("operation") and SEARCH_OPERATION.search(before_trigger):
        return None
    if not [e for e in exact if e.rule != "since"] and STATISTIC.search(body):
        return None  # a count over months or years, not one occurrence
    if has_number and "according to" in body and event_dates and all(e.precision == "year" for e in event_dates):
        return None  # "According to Ain o Salish Kendra, 97 people were killed in political violence this year"
    if not (event_dates or has_number) and (not place or (generic and not specific_place)):
        # A past-tense verb is looked for only here, where no date, count or place settles it.
        past = any(not PERFECT.search(body[:m.start()]) for m in PAST_EVENT.finditer(body))
        if generic and not specific_place and not past:
            return None
        if not (place or past or HEADLINE_TENSE.search(text, *clause)):
            return None
    # The type is refined (the clause read again) only for a clause the checks above kept: one in nine is not.
    etype, subtype = refine(text, clause, trig, deaths.text)
    if subtype == "Agreement" and not exact and not AGREED.search(body):
        return None  # "started working on a peace agreement", "That peace deal ended the conflict": named, not made
    if (trig.text.startswith(DEATH_ONLY) or subtype == "Looting/property destruction") and NO_PERPETRATOR.search(body):
        return None  # "the bodies of 17 migrants washed ashore", "killed in a road accident", "rains destroyed 200 homes"

    event = Event(type=etype, subtype=subtype, evidence_start=clause[0], evidence_end=clause[1])
    explicit = date_event(event, text, trig, event_dates, in_sentence, sent, previous, published, around)
    if event.date_rule == "next sentence" and (place is None or place.rank >= 2):
        # The line that says when often says where too: "The attack on Mandimba village ... took place on ..."
        nearer = best_place(ahead_places, home)
        if nearer and nearer.rank < (place.rank if place else 5):
            place, found = nearer, found + ahead_places
    if etype in VIOLENT_TYPES:
        event.fatalities = deaths.count if deaths.count is not None else (None if deaths.text else 0)
        event.fatalities_text = deaths.text
    elif deaths.count and etype == "Protests" and not PROTESTED_DEATHS.search(low, clause[0], clause[1]):
        # Protesters killed: the deaths belong to the protest (not "to protest a strike that killed three").
        event.fatalities, event.fatalities_text = deaths.count, deaths.text
    event.aggregate = bool(AGGREGATE.search(body)) or event.date_rule == "since" or (
        event.date_precision == "range" and (event.fatalities or 0) > 0 and "between" in body) or _listed(text, found)
    if place:
        event.location = place.name
        event.latitude, event.longitude = place.latitude, place.longitude
        # A town the gazetteer lacks takes its country from the province named with it.
        region = region_named(found, place.country or home) or (None if place.country else region_named(found, None))
        event.admin1 = place.admin1 or (region.admin1 if region else None)
        event.country = place.country or (region.country if region else None) or home
    else:
        event.country = home
        named = next((c.event for c in reversed(previous) if c.event.location), None)
        if named and PLACE_ANAPHORA.search(body) and max(c for c in previous[-1].paragraphs) >= sent.paragraph - 1:
            # "shells fell on a market in the town": the town the story just named.
            event.location, event.admin1, event.country = named.location, named.admin1, named.country
            event.latitude, event.longitude = named.latitude, named.longitude
    specificity = (2 if explicit and event.date_precision == "day" else 1 if explicit else 0) \
        + (2 if place and place.rank < 3 else 1 if place else 0) + (1 if event.fatalities else 0)
    event.confidence = _CONFIDENCE[specificity][trig.rank < 6]
    # "repelled the assault", "The attackers also set fire to...", "killed three of the attackers"
    refers_back = "only" if reference_only else "" if day_dates else "toll" if ANAPHORA.search(before_trigger) or (
        generic and THE_OCCURRENCE.search(body)) or ATTACKERS_DEAD.match(body) else \
        "mention" if SUBJECT_BACK.match(body) or OBJECT_BACK.match(body, trig.end - clause[0]) else \
        "deaths" if (trig.text in DEATH_VERBS and deaths.count and not specific_place
                     and not OWN_SETTING.match(low, trig.end)) else ""
    return Candidate(event, {sent.paragraph}, {index}, explicit, specificity, clause, refers_back,
                     generic=generic, definite=definite)
