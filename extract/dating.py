"""The date of an event: its own clause first, then what the story around it says.

Every event records how its date was found (`date_rule`), so an analyst can
see why: its own words, the next line, the day before the event just told, the
sum of dated details, the paragraph it continues, the lede, the publication.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.extract.candidate import (
    BORROWED,
    PRECISION,
    VIOLENT_TYPES,
    Candidate,
    apply_date,
)
from dateline.extract.dates import month_end
from dateline.extract.numbers import word_number
from dateline.extract.records import DateExpr, Event
from dateline.extract.scan import Gated, fold, folded
from dateline.extract.segment import Span
from dateline.extract.triggers import Trigger

SAID_BEFORE = folded(r"\b(?:said|says|announced|told(?:\s+[\w’'-]+){1,3}|reported|stated|added|statement|confirmed)\s+"
                     r"(?:on\s+|late\s+|early\s+)?$")
SAID_AFTER = folded(r",?\s*(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:said|announced|reported|told|stated|confirmed)\b")
UNTIL = folded(r"\b(?:until|till|by|before|through|next)\s+(?:early\s+|late\s+|mid-?)?$")
# "Earlier, on Saturday night, police raided...": a step back in the story; the lines after it go on with the main day.
FLASHBACK = re.compile(r"(?:Earlier|Previously|Before that|The (?:day|night) before|A day earlier|On the eve),?\s")
ORDINAL_OF = folded(r"\d(?:st|nd|rd|th)\s+of\s+$")
AFTER_CLAUSE = folded(r"\b(?:after|following)\b")
UNTIL_END = folded(r"\b(?:until|till)\s+(?:(?:dawn|daybreak|morning|midnight|noon|nightfall|the early hours)\s+(?:on|of)\s+)?$")
SINCE_BEFORE = folded(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$")
DAY_SHIFT = folded(r"\b(?:the day before|a day earlier|the previous day|the next day|a day later|the following day|"
                   r"(?:two|three|four|five|six|\d) days (?:later|earlier)|(?:24|48|72|twenty-four|forty-eight) hours (?:later|earlier)|"
                   r"(?:a|one|two|three) weeks? (?:later|earlier)|(?:a|one|two|three) weeks? after the|"
                   r"(?:that|the) same (?:day|morning|afternoon|evening|night)|later that (?:day|morning|afternoon|evening|night)|"
                   r"(?:came|comes|followed|follows) (?:just )?(?:(?:a|one|two|three|four|five|six) days?|hours) after"
                   r"|(?:took place|happened|occurred) (?:a|one|two|three|four|five|six) days? after)\b")
# A clause cut off its sentence by the step back it opens with ("..., two days after he was kidnapped", see
# `segment`): so many days before the occurrence the sentence told first. (At a sentence's start, "A day
# after the attack, police arrested..." steps forward: DAY_SHIFT's "a day later" sense, not this.)
STEP_BACK_OPENING = folded(r"(?:a|one|two|three|four|five|six|\d{1,2}) days? after\b")
# Every DAY_SHIFT phrase holds one of these words: a clause without any is not searched.
DAY_SHIFT_WORDS = ("before", "earlier", "previous", "next", "later", "following", "after", "same")
DAY_BEFORE = ("the day before", "a day earlier", "the previous day")
# "later that month", "the same year": the month or year of the occurrence just told.
SAME_PERIOD = folded(r"\b(?:later|earlier) that (?:month|year)\b|\b(?:that|the) same (?:month|year)\b"
                     r"|\b(?P<next>the following|the next) (?:month|year)\b|\ba (?P<later>month|year) later\b"
                     r"|\b(?P<before>the previous|the preceding) (?:month|year)\b")
THE_VIOLENCE = folded(r"\s+the\s+(?:\w+\s+)?(?:gunfight|attack|attacks|clash|clashes|fighting|raid|ambush|bombing|blast|"
                       r"explosion|strike|strikes|shelling|massacre|killings?|abduction)\b")
VAGUE_TIME = Gated(folded(r"\b(?:recent|recently|in the past|over the years|for years|for decades)\b"),
                   ("recent", "past", "years", "decades"))


def is_reporting(text: str, expr: DateExpr, clause_start: int) -> bool:
    """'the military said Monday', 'On Sept. 13, the ISPR announced that ...'."""
    low = fold(text)
    if SAID_BEFORE.search(low[max(clause_start, expr.start - 28):expr.start]):
        return True
    if expr.start - clause_start > 12 or expr.precision not in ("day", "range"):
        # Only a fronted day: "On Sept. 13, the ISPR announced that". "Last week, officials said
        # they had killed..." dates what they said they did.
        return False
    return bool(SAID_AFTER.match(low[expr.end:expr.end + 60]))


def is_possessive(text: str, expr: DateExpr) -> bool:
    return expr.text.endswith(("'s", "’s")) or text[expr.end:expr.end + 2] in ("'s", "’s")


PLANNED_FOR = folded(r"\b(?:planned|scheduled|slated|set|called|due)\s+(?:for|on)\s+(?:the\s+)?$")


def _until_before(low: str, end: int) -> bool:
    """Does an UNTIL phrase end at `end`? Looked for in the 40 characters before it, not the whole
    text before (a search `re` tries at every position): the phrase holds at most 12 characters
    besides spaces ("through early"), so one begun further back would leave no more in them."""
    start = max(0, end - 40)
    if sum(map(len, low[start:end].split())) <= 12:
        start = 0  # only spaces and the phrase's own words there: it may have begun further back
    return bool(UNTIL.search(low, start, end))


def event_dates(text: str, exprs: list[DateExpr], published: date | None) -> list[DateExpr]:
    """Expressions that can date an event: calendar dates, not "since 2012" spans.
    "since Thursday" is the span from that day to publication."""
    low = fold(text)
    out = []
    for e in exprs:
        if e.type != "DATE" or e.date_start is None:
            continue
        if published and e.date_start > published and (e.precision in ("year", "month") or _until_before(low, e.start)
                                                         or PLANNED_FOR.search(low, max(0, e.start - 24), e.start)):
            # A time still to come dates no event ("talks frozen until 2028", "protests planned for July 31");
            # a later day is otherwise trusted over the metadata.
            continue
        if e.precision == "month" and ORDINAL_OF.search(low, max(0, e.start - 12), e.start):
            continue  # "on the 2nd of this month": the day says it, the month only places it
        if e.precision == "day" and "til" in low[max(0, e.start - 40):e.start] \
                and UNTIL_END.search(low, max(0, e.start - 40), e.start):
            continue  # "the fighting, which lasted until dawn on Tuesday": when it ended, not when it happened
        if SINCE_BEFORE.search(low[max(0, e.start - 12):e.start]) and not low.startswith((", when ", " when "), e.end):
            # ("since 2014, when the Houthis seized Sanaa" dates the seizure to 2014.)
            if e.precision != "day" or published is None or e.date_start >= published:
                continue
            e = replace(e, precision="range", date_end=published, value_end=published.isoformat(), rule="since")
        out.append(e)
    return out


_PROTEST_WORD = folded(r"\b(?:protests?|demonstrations?|rally|rallies|march|marches|sit-ins?)\b")


def date_event(event: Event, text: str, trig: Trigger, event_dates: list[DateExpr], in_sentence: list[DateExpr],
                sent: Span, previous: list[Candidate], published: date | None,
                around: tuple[list[DateExpr], list[DateExpr], DateExpr | None]) -> bool:
    """Fill the event's date; True when the clause/sentence states it. `around` holds the
    event dates of the line before (when no event came before it) and of the next lines,
    and the last heading line that names only a day."""
    preceding, following, heading = around
    event_dates = [e for e in event_dates if e.rule != "overnight_adj"] or event_dates
    low = fold(text)
    span = low[event.evidence_start:event.evidence_end]
    if not event_dates and VAGUE_TIME.search(low, event.evidence_start, event.evidence_end):
        apply_date(event, None, None, "unknown", None, "vague")
        return False
    # "a ceasefire declared in 2023"; "Thursday's blast comes a day after a bomb exploded": that day names the other
    coarse = all(e.precision in ("year", "month") or is_possessive(text, e) for e in event_dates)
    # A step from the occurrence just told needs one told, and no day of the clause's own
    # (no dates at all count as coarse): only then is the phrase looked for.
    stepped = coarse and any(map(span.__contains__, DAY_SHIFT_WORDS))
    dated = [c for c in previous if c.event.date_start and c.event.date_precision == "day"] if stepped else []
    shift = ((STEP_BACK_OPENING.match(low, event.evidence_start) if event.evidence_start > sent.start else None)
             or DAY_SHIFT.search(low, event.evidence_start, event.evidence_end)) if dated else None
    if shift and (("week" in shift.group() and shift.start() - event.evidence_start > 3)  # only "A week later, ..."
                  or ("same" in shift.group() and in_sentence)):  # "said on Wednesday ... the same morning": that day
        shift = None
    if shift and (not event_dates or shift.group().endswith("after")):
        # "The day before, an IED hit a convoy": one day from the occurrence just told.
        # "The attack came a day after bandits killed eight": the killing was the day before.
        phrase = shift.group()
        if phrase.endswith("hours after") or "same" in phrase or phrase.startswith("later that"):
            days = 0  # "came hours after", "the same afternoon", "later that day": the day of the event just told
        elif "week" in phrase:  # "a week later", "two weeks earlier", "A week after the killings"
            days = 7 * (word_number(phrase.split()[0]) or 1) * (-1 if phrase.endswith("earlier") else 1)
        elif phrase.endswith("after"):  # "came two days after": so many days before the event just told
            days = -(word_number(phrase.split()[-3]) or 1)
        elif phrase.endswith(("days later", "days earlier")):  # "two days later", "three days earlier"
            days = (word_number(phrase.split()[0]) or 1) * (1 if phrase.endswith("later") else -1)
        elif phrase.endswith(("hours later", "hours earlier")):  # "Some 48 hours later"
            days = (word_number(phrase.split()[0]) or 24) // 24 * (1 if phrase.endswith("later") else -1)
        else:
            days = -1 if phrase in DAY_BEFORE else 1
        anchor = dated[-1]
        named = THE_VIOLENCE.match(low, shift.end())  # "The day before the gunfight": the gunfight, not an arrest since
        protest = phrase.endswith("after") and _PROTEST_WORD.search(low, event.evidence_start, shift.start())
        if protest:  # "The protest came a day after gunmen shot dead...": counted from the protest
            anchor = next((c for c in reversed(dated) if c.event.type == "Protests"), anchor)
        elif phrase.endswith(("after", "after the")) or named:  # "The attacks came...": the last violent occurrence
            anchor = next((c for c in reversed(dated) if c.event.type in VIOLENT_TYPES), anchor)
        assert anchor.event.date_start is not None  # `dated` holds dated candidates only
        day = anchor.event.date_start + timedelta(days=days)
        apply_date(event, day, day, "day", text[shift.start():shift.end()], "relative to previous event")
        return True
    period = SAME_PERIOD.search(span) if not event_dates and any(
        map(span.__contains__, ("that", "same", "following", "next", "previous", "preceding", "later"))) else None
    anchor_date = next((c.event.date_start for c in reversed(previous) if c.event.date_start
                        and c.event.date_precision in ("day", "range", "month")), None) if period else None
    if period and anchor_date:
        # "the following month", "a year later": one period on; "the previous year": one back.
        step = 1 if period.group("next") or period.group("later") else -1 if period.group("before") else 0
        if "year" in period.group():
            year = anchor_date.year + step
            start, end, precision = date(year, 1, 1), date(year, 12, 31), "year"
        else:
            months = anchor_date.year * 12 + anchor_date.month - 1 + step
            start, precision = date(months // 12, months % 12 + 1, 1), "month"
            end = month_end(start.year, start.month)
        said = text[event.evidence_start + period.start():event.evidence_start + period.end()]
        apply_date(event, start, end, precision, said, "relative to previous event")
        return True
    # "agreed to a truce after clashes last week killed nine": the date after "after" is the clashes'.
    own = [e for e in event_dates if not (e.start > trig.end and ("after" in low[trig.end:e.start] or "following"
                                                                  in low[trig.end:e.start])
                                          and AFTER_CLAUSE.search(low, trig.end, e.start))]
    if event_dates and not own and event.subtype == "Agreement":
        reporting_day = [e for e in in_sentence if e.precision == "day" and e not in event_dates]
        event_dates = reporting_day or event_dates
    if event_dates:
        # The nearest date, a year only when nothing finer is told ("In June, ... the deadliest this year").
        expr = min(own or event_dates, key=lambda e: (e.precision == "year", abs(e.start - trig.start)))
        apply_date(event, expr.date_start, expr.date_end, PRECISION.get(expr.precision, "day"), expr.text, expr.rule)
        return True
    if len(preceding) == 1 and not previous:
        # "The first shots were fired on Sunday, October 18, on the road to Jableh." then "Gunmen
        # ... opened fire on a patrol": the scene the story opened with, told as it happened.
        expr = preceding[0]  # only when it names one day: with two, which one is unsaid
        apply_date(event, expr.date_start, expr.date_end, PRECISION.get(expr.precision, "day"), expr.text, "previous sentence")
        return False
    ahead = [e for e in following if e.precision in ("day", "range", "week")]
    if ahead and not previous:
        # A lede dated only by "officials said Monday": the next lines say when.
        expr = ahead[0]
        apply_date(event, expr.date_start, expr.date_end, PRECISION.get(expr.precision, "day"), expr.text, "next sentence")
        return False
    # The last occurrence dated to a day in this paragraph or the one before (looked for from the end: only it counts).
    recent = next((c for c in reversed(previous) if max(c.paragraphs) >= sent.paragraph - 1 and c.event.date_start
                   and c.event.date_precision in ("day", "range") and c.event.date_rule not in ("published", "overnight_adj")
                   and not FLASHBACK.match(text, c.event.evidence_start)
                   and not (c.event.date_rule == "relative to previous event" and STEP_BACK_OPENING.match(low, c.event.evidence_start))
                   and (heading is None or c.event.evidence_start > heading.start)), None)
    if heading and not recent:
        # Under "Monday, October 19" or a live page's "2026-09-16 13:25": that day.
        apply_date(event, heading.date_start, heading.date_end, "day", heading.text, "heading")
        return False
    reporting = [e for e in in_sentence if e.precision == "day"]
    if reporting and event.subtype == "Agreement":
        recent = None  # "elders announced on Wednesday a truce": the announcement is the agreement
    if recent and reporting and (recent.event.type != event.type
                                 or reporting[0].date_start < recent.event.date_start):  # type: ignore[operator]
        # "The SDF said on Saturday it had detained 27": a different occurrence from the one just
        # told, dated by its own report; and nothing happens after it is reported.
        recent = None
    if recent:
        src = recent.event
        apply_date(event, src.date_start, src.date_end, src.date_precision, src.date_text, "inherited")
        return False
    if reporting:
        expr = reporting[0]
        apply_date(event, expr.date_start, expr.date_end, "day", expr.text, "reporting date")
        return False
    lede = next((c.event for c in previous if c.event.date_rule not in BORROWED and c.event.date_start
                 and c.event.date_precision in ("day", "range")), None)
    if lede:
        # Later undated lines of a story mostly tell the day its lede dates.
        apply_date(event, lede.date_start, lede.date_end, lede.date_precision, lede.date_text, "article date")
        return False
    if published:
        apply_date(event, published, published, "day", None, "published")
    return False


def date_summaries(candidates: list[Candidate]) -> None:
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
                apply_date(lede, first, last, "day" if first == last else "range", None, "sum of details")
                lede.aggregate = True
                break
