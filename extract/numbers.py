"""Fatalities from a clause: digits and words, "at least", sums across groups.

Killed is kept apart from wounded: a count belongs to the verb it sits next
to ("killed 14 militants and three soldiers" = 17; "three were wounded" = 0
killed). Vague counts ("dozens") give no number but keep their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateline.extract.scan import fold, folded, prefixes, trie

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# "A seventh victim": ordinals that count one more than a toll already told.
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
ORDINAL = r"(?:" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))"
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALE = {"hundred": 100, "thousand": 1000}
VAGUE = ("dozens", "scores", "several", "many", "hundreds", "thousands", "numerous", "some", "a number", "multiple", "countless")

_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            r"|seventeen|eighteen|nineteen|a dozen|a hundred|dozen)(?:\s+(?:hundred|thousand))?")
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORDNUM})"
# "15-20 people", "between 15 and 20", "four or five": a range counts its lower end.
_RANGE = rf"(?:between\s+{NUM}\s+and\s+{NUM}|\d+\s*[-–]\s*\d+(?![\w-])|{NUM}\s+(?:to|or)\s+{NUM}(?![\w-]))"
QUAL = (r"(?:(?:all|at least|more than|over|nearly|almost|about|around|some|up to|as many as|roughly|approximately|an estimated|"
        r"a total of|another|a further|at least another|no (?:fewer|less) than|not (?:fewer|less) than)\s+)?")
_VAGUE = r"(?:dozens|scores|several|many|hundreds|thousands|numerous|a number|multiple|countless|a few)"
# "24 and said three persons died" is 3; "five suspected communist New People's Army (NPA) rebels".
_NOUN = r"(?:(?!(?:and|said|says|told|while)\b)(?:[\w’'-]+|\([^()\n]{1,40}\))\s+){0,7}?"
_KILL = (r"(?:killed|dead|died|slain|martyred|murdered|assassinated|gunned down|lost (?:their|his|her) li(?:ves|fe)|killing|deaths?|bodies|fatalities|massacred|"
         r"executed|shot dead|perished|beheaded|decapitated|hacked to death|burned alive|stabbed to death|lynched|beaten to death|"
         r"neutrali[sz](?:ed|ing)|fatally (?:shot|wounded|injured|stabbed)|succumbed to (?:his |her |their )?(?:gunshot )?(?:injuries|wounds))")
_HURT = r"(?:wounded|injured|hurt|injuring|wounding|injuries|abducted|kidnapped|arrested|detained|missing|displaced|rescued|freed)"

# The patterns run over fold(text): they are lowercase, except _DATE_BEFORE,
# which needs capitals to know a month.
# "14 militants and three soldiers were killed", "17 more insurgents killed", "left 14 militants dead"
# What may follow the victims' noun: "members of the New People's Army (NPA)", "officers
# from Cortazar", "people, among them a 14-year-old adolescent,".
_APPOSITIVE = (r",\s+(?:among them|including|[\w-]+ of (?:them|whom)|allegedly|reportedly|believed|said to be|suspected|"
               r"known (?:locally )?as|called)"
               r"\s+[^,;]{1,90},\s+")
_POSTMOD = (r"(?:(?:of|from)\s+(?:the\s+)?(?:(?!(?:and|said|says|told|while|were|was)\b)[\w’'-]+\s+){0,6}?"
            rf"(?:\([^()\n]{{1,40}}\)(?:{_APPOSITIVE}|\s+))?"  # "members of the banned CPI (Maoist), including a woman,"
            rf"|[\w’'-]*{_APPOSITIVE}"
            r"|[\w’'-]*;\s+[^.;:]{1,90}?,\s+)?"  # "two police officers; CPL Alfred Okech and Constable Moses Kigongo, were shot dead"
            # "Six members of the NPA including a high-ranking official were killed"
            r"(?:(?:including|among them)\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:[\w’'-]+\s+){1,8}?(?=(?:were|was|had|have)\s))?")
_BEFORE_VERB = folded(
    rf"(?P<qty>{QUAL}(?:{_RANGE}|{NUM}|{_VAGUE})\s+(?:more\s+|other\s+|others\b\s*)?{_NOUN}{_POSTMOD}"
    rf"(?:(?:and|,)\s+{QUAL}(?:{NUM}|an?)\s+(?:more\s+)?{_NOUN}{_POSTMOD}|and\s+(?!(?:shot|killed|were|was|had|have|then|later|also|left)\b)[a-z][\w’'-]*\s+"
    rf"(?:(?!(?:shot|killed|were|was|had|have|then|later|also|left)\b)[a-z][\w’'-]*\s+)?)*?)"
    rf"(?:(?:were|was|have been|had been|are|is|being|been|reportedly|also|all)\s+)*(?:(?:shot|confirmed|found)\s+)?{_KILL}\b",
)
# "An armed clash claimed two lives": a count of the dead with no death word.
_CLAIMED = r"claim(?:ed|ing)\b(?=\s+(?!the\b)(?:at least\s+|more than\s+|over\s+)?[\w,-]+\s+lives\b)"
# "killed 14 militants and three soldiers", "the deaths of at least 31", "death toll rose to 12"
# Words that end a list of victims: "killed 12 civilians last Friday, three witnesses and a health worker said".
_GAP_STOP = r"(?:and|last|on|in|at|near|yesterday|overnight|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
_AFTER_VERB = folded(
    rf"\b(?:killed|killings? of|killing|kill|kills|deaths? of|death toll (?:\w+ ){{0,3}}?(?:to|of|at)|"
    rf"death toll [^.;]{{0,180}}?\b(?:rose|risen|climbed|increased|jumped|reached)(?: to)?|claimed the lives of|{_CLAIMED}|left|leaving|massacred|executed|lynched|shot dead|lives of|bodies of|beheaded|beheading|hacked to death|neutrali[sz]ed|neutrali[sz]ing|gunned down)[”\"’]?\s+[“\"‘]?"
    rf"(?P<qty>both\b(?=\s*(?:[,.;]|$|of (?:them|the)\b|(?:men|women|brothers|officers|soldiers|men)\b))|{QUAL}(?:{_RANGE}|{NUM}|{_VAGUE})\b(?:(?:\s+(?!{_GAP_STOP})[\w’'-]+){{0,3}}?\s*(?:,\s*|\s+and\s+){QUAL}{NUM}\b(?!\s+of\s+(?:them|whom)\b)|(?:\s+(?!{_GAP_STOP})[\w’'-]+){{0,3}}?\s+and\s+an?\b(?=\s+(?!\d)[a-z]))*)",
)
# Who may be one victim: "a 25-year-old man was killed", "killed a Maoist", "an opposition activist died".
_ONE_NOUN = (r"(?:man|woman|boy|girl|child|soldier|officer|policeman|policewoman|civilian|person|"
             r"journalist|student|farmer|teacher|principal|headteacher|priest|imam|pastor|chief|commander|leader|mayor|"
             r"councillor|lawmaker|judge|guard|driver|resident|villager|shepherd|herder|trader|vendor|youth|teenager|member|"
             r"headmaster|official|suspect|informant|thief|robber|kidnapper|bandit|militant|fighter|rebel|terrorist|insurgent|ranger|"
             r"gunman|attacker|assailant|infiltrator|worker|businessman|activist|doctor|nurse|president|chairman|chairperson|"
             r"head|secretary|coordinator|director|manager|owner|cleric|preacher|politician|candidate|lawyer|elder|minister|governor|"
             r"senator|general|colonel|emir|bishop|jawan|trooper|constable|commando|protester|demonstrator|maoist|naxal|naxalite|"
             r"cadre|jihadist|extremist|separatist|guerrilla|gangster|[\w-]*year-old)")
# "a 25-year-old man was killed": one person, though no number is written.
# Every branch but the last opens with `\b`, written once: `re` then leaves a
# position inside a word after one test, not one per branch.
_ONE = folded(
    rf"\b(?:(?:a|an|one)\s+(?:[\w’'-]+\s+){{0,3}}?{_ONE_NOUN}\s+"
    r"(?:(?:(?:was|has been|had been)\s+)?(?:killed|shot dead|died|slain|lynched|beaten to death|martyred)|(?:has|had)\s+died)\b"
    # "A village volunteer was killed", "a protester has been shot dead", "a man was shot to death":
    # "was", "has been" say one.
    r"|(?:a|an|one)\s+(?:[\w’'-]+\s+){0,4}?[\w-]+\s+(?:was|has been|had been)\s+(?:(?:later|also|then|reportedly|allegedly)\s+)?"
    r"(?:martyred|killed|shot dead|shot and killed|shot to death|gunned down|slain|lynched|murdered|assassinated|"
    r"beaten to death|hacked to death|stabbed to death)\b"
    r"|(?:(?:beat|hacked|stoned) to death|(?:beat|hacked|stoned|shot)(?=[^.;]{0,60}\bto death)|killed|killing|shot dead|gunned down|murdered|beheaded|"
    r"stabbed to death|lynched)\s+(?:a|an|one|the)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_ONE_NOUN}\b(?![’'-])"
    r"|(?:killed|killing|shot dead|gunned down|lynched)\s+(?:him|her|himself)\b"  # "returned fire, killing him"
    r"|(?:beat|beating|hacked|stabbed|stoned)\s+(?:him|her)\s+to death\b"  # "attacked a man and beat him to death"
    r"|(?:was|had been)\s+shot\s+and\s+(?:later\s+)?(?:died|succumbed|killed)\b"  # "PC Opio, on guard duty, was shot and succumbed"
    r"|(?:a|an|one)\s+(?:[\w’'-]+\s+){0,4}?(?:was|has been|had been)\s+(?:also\s+)?fatally (?:shot|wounded|stabbed)\b"
    rf"|(?:a|the)\s+{ORDINAL}\s+(?:victim|person|casualty)\b[^.;]{{0,40}}?\b(?:died|was killed|succumbed)\b"
    # Verbs that kill one person at a time: "shot dead a notable of the tribe", "shot dead Khaled al-Zoubi, a former"
    r"|(?:shot dead|gunned down|assassinated|murdered|beheaded|stabbed to death|hacked to death)\s+"
    r"(?:a|an|one)\s+(?!(?:group|number|crowd|family|couple|dozen|handful|total|series|few)\b)"
    r"(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*[a-rt-z]\b(?![’'-])"
    r")|,\s+who\s+was\s+(?:shot dead|killed|murdered|gunned down|assassinated|stabbed to death|beaten to death)\b")
# "killing a woman and her two children" (3), "killing its operator and another man" (2).
_PERSON = (r"(?:man|woman|boy|girl|child|baby|son|daughter|brother|sister|wife|husband|mother|father|operator|driver|"
           r"guard|bodyguard|commander|leader|soldier|officer|policeman|policewoman|civilian|resident|farmer|teacher|"
           r"student|worker|journalist|member|fighter|militant|relative|neighbou?r|passenger|shepherd|imam|priest|pastor|"
           r"chief|official|aide|nephew|niece|cousin|grandson|granddaughter|person|colleague|companion|deputy|friend|"
           r"muezzin|cleric|herder|herdsman|trader|nurse|doctor|activist|councillor|headman|vigilante|infant)")
_PERSONS = (r"(?:children|sons|daughters|brothers|sisters|guards|bodyguards|relatives|men|women|people|civilians|soldiers|"
            r"officers|policemen|members|fighters|militants|aides|companions|grandchildren|passengers|students|workers|"
            r"colleagues|friends|associates)")
def _item(number: str) -> str:
    """One victim or group of victims in a list; `number` is the count pattern."""
    return (rf"(?:(?:him|her)(?=\s*,|\s+and\b)"  # "killing him, his wife and three of his children"
            rf"|(?:a|an|one|another|its|his|her|their|the)\s+(?:[\w’'-]+\s+){{0,2}}?{_PERSON}"
            rf"|(?:(?:his|her|their|its)\s+)?{number}\s+(?:of\s+(?:his|her|their|its)\s+)?(?:[\w’'-]+\s+){{0,2}}?{_PERSONS})\b")


_VICTIM_LIST = folded(rf"(?:killed|killing|shot dead|gunned down|murdered)\s+{_item(NUM)}"
                      rf"(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+){_item(NUM)})+")
_ITEMS = folded(_item(f"(?P<n>{NUM})"))
_ALSO = folded(r"\balso\b|\bmore\s+(?!than\b)")  # "also left one dead", "two more died": added to the toll
_AMONG = folded(r",\s+(?:among them\s|including\s|[\w-]+\s+of\s+(?:them|whom)\b)[^,;]{1,90},|\s(?:including|among them)\s[^,;]*$")
_COUNT = folded(rf"{QUAL}(?P<n>{NUM}|{_VAGUE}|(?:(?<=and )|(?<=, ))an?)\b")
_RANGE_MARKS = ("between", "-", "–", "to", "or")  # every match of _RANGE_LOW holds one of them
_RANGE_LOW = folded(rf"between\s+({NUM})\s+and\s+{NUM}(?![\w-])|(\d+)\s*[-–]\s*\d+(?![\w-])|({NUM})\s+(?:to|or)\s+{NUM}(?![\w-])")
_HURT_AFTER = folded(rf"\s*(?:(?!and\b)[\w’'-]+\s+){{0,3}}?(?:were|was)?\s*{_HURT}")
# A month's name just before a count. The name opens the pattern and the `\b`
# before it is tested behind it, so `re` jumps from capital to capital ("Sept" is
# "Sep" + [a-z]*).
_DATE_BEFORE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<!\w...)[a-z]*\.?\s*$")
# Over the text itself: "shot dead Khaled al-Zoubi, a former commander": one named man.
_NAMED_ONE = re.compile(r"\b(?:shot dead|gunned down|assassinated|murdered|killed)\s+(?:[a-z]+\s+){0,2}"
                        r"[A-Z][a-z]+(?:\s+(?:al-|el-|bin\s+)?[A-Z][\w’'-]+){0,3},"
                        # "social leader Arnulfo Cuellar was shot dead"
                        # "Kaiser Bhat, 21, died in hospital"
                        r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2},\s+\d{1,2},\s+(?:died|succumbed|was\s+(?:shot dead|killed|murdered))\b"
                        r"|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s+(?:was|had been|has been)\s+(?:shot dead|killed|murdered|"
                        r"gunned down|assassinated|hacked to death|stabbed to death|lynched|beaten to death)\b")
# "a motorbike taxi driver and his passenger were killed", "a man and a woman died": two people, though no number is written.
# "A soldier and six ...", "one policeman and ...": a person named before a counted group, both the subject.
_ONE_AND = folded(rf"(?:^\W*|[,;:—–]\s*|\b(?:that|when|as|while|after|said|says|say)\s+)(?P<one>(?:a|an|one)\s+(?:[\w’'-]+\s+){{0,2}}?"
                  rf"{_PERSON})\s+and\s+$")
_TWO = folded(r"\b(?:a|an|one)\s+(?:(?!(?:was|were|is|has|had)\s)[\w’'-]+\s+){0,3}?[a-z][\w’'-]*\s+and\s+(?:his|her|their|a|an|one)\s+"
              r"(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*\s+(?:were\s+(?:killed|shot dead|gunned down|beaten to death)|(?:have\s+|had\s+)?died)\b")
_HIMSELF = folded(rf"\bkilling (?:him|her)self and\s+{QUAL}(?P<n>{NUM})\b")
# _DEATH and the start finders below run over " " + clause and consume the
# character before a word instead of testing it with `\b` or a lookbehind: a
# pattern that opens with a character set lets `re` skip every position whose
# character is not in it (most of them) without trying a match.
_DEATH_WORD = rf"(?:{_KILL}|kill|left\b|leaving\b|toll\b|beheading\b|{_CLAIMED})"
_DEATH = folded(rf"\W{_DEATH_WORD}")
# Where a death word may begin: after a character that is not a letter, the
# first letters of one. One scan finds them all, the few it finds are tried
# with _DEATH, and the patterns that open with a death word are tried only there.
_DEATH_START = folded(rf"[^a-z](?={trie(prefixes(_DEATH_WORD))})")
_KILL_WORD = folded(rf"{_KILL}\b")
_HURT_WORD = folded(rf"\b{_HURT}\b")
_VICTIM_NOUN = folded(r"\s+(?:people|persons|civilians|villagers|children|women|men|residents|soldiers|students|farmers|"
                      r"passengers|workers|migrants|families)\b")
# "the death toll had risen to 16", "raised the toll to 11 dead", "bringing the death toll to five":
# a later count of an occurrence already told, which replaces the first one.
REVISED_TOLL = folded(
    rf"\b(?:(?:death\s+)?toll\s+(?:[a-z]+\s+){{0,3}}?(?:rose|risen|climbed|increased|jumped|reached|grew|mounted)\s+(?:to\s+)?"
    rf"|(?:raised|raising|bringing|brought|pushing|pushed|taking|took)\s+the\s+(?:death\s+)?toll\s+(?:[a-z]+\s+){{0,2}}?to\s+"
    # "it revised its toll to 11": a count corrected, whenever the correction came
    rf"|(?P<revised>(?:revised|updated|corrected)\s+(?:its|the|their|his|her)\s+(?:death\s+)?toll\s+(?:[a-z]+\s+){{0,2}}?to\s+))"
    rf"(?:at least\s+|more than\s+|over\s+)?(?P<n>{NUM})\b")
_MONTH_IN = folded(r"\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d")
_JOINED = folded(r"\s*,?\s+and\s+")
_DEAD_AFTER = folded(r"(?:\s+[\w’'-]+){0,7}?\s+(?:dead|killed|died|lifeless)\b")
_YEAR_BEFORE = folded(r"\b(?:in|of|since|during|summer|winter|spring|autumn|fall|year)\s+$")
_OF_THE_DEAD = folded(r"\b(?:of|for|to|with) the (?:dead|bodies)$")
_VAGUE_WORD = folded(_VAGUE)
_WORD_SPLIT = re.compile(r"[\s-]+")


@lru_cache(maxsize=1024)  # a small pure lookup: the same number words come back again and again
def word_number(text: str) -> int | None:
    """'17', '1,200', 'eight', 'twenty-one', 'a dozen', 'two hundred' -> int."""
    text = text.lower().replace(",", "").strip()
    if text.isdigit():
        return int(text)
    if "dozen" in text:
        return 12
    total, current = 0, 0
    for word in _WORD_SPLIT.split(text):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALE:
            current = max(current, 1) * _SCALE[word]
            if word == "thousand":
                total, current = total + current, 0
        else:
            return None
    return total + current


@dataclass(frozen=True, slots=True)
class Fatalities:
    count: int | None  # None: not stated, or stated vaguely (see text)
    text: str | None
    mentioned: bool  # deaths are mentioned at all


# A count written as one number and nothing else: "74", "seven".
_PLAIN_NUMBERS = frozenset(set(_UNITS) - {"zero", "no", "a", "an"} | set(_TENS))


def _sum(qty: str) -> tuple[int | None, bool]:
    if qty.isdecimal() or qty in _PLAIN_NUMBERS:  # nearly half the counts: nothing to split or skip
        return word_number(qty), False
    if qty.startswith("both"):  # "killing both": the two just named
        return 2, False
    # "fourteen displaced people": a hurt word used as an adjective splits nothing.
    hurt = [h for h in _HURT_WORD.finditer(qty) if not _VICTIM_NOUN.match(qty, h.end())]
    if hurt:  # "three were wounded and two killed": only what follows the last hurt word
        qty = qty[hurt[-1].end():]
    if any(mark in qty for mark in _RANGE_MARKS):  # most counts are no range: skip the substitution
        qty = _RANGE_LOW.sub(lambda m: m.group(1) or m.group(2) or m.group(3), qty)
    qty = _AMONG.sub(" ", qty)  # "seven people, including two children,": the two are among the seven
    total, vague = 0, False
    for m in _COUNT.finditer(qty):
        token = m.group("n").lower()
        if _VAGUE_WORD.fullmatch(token):
            vague = True
            continue
        # Skip ages and times: "a 25-year-old", "14 hours"
        tail = qty[m.end():m.end() + 12].lower()
        if tail.startswith(("-year", " year", " hour", " day", " km", " kilomet", " mile", "%", " percent")):
            continue
        value = word_number(token)
        if value is not None:
            total += value
    return (None if vague and not total else total), vague


_QTY_START = frozenset(
    {*(set(_UNITS) - {"a", "an", "no"}), *_TENS, "dozen", "dozens", "scores", "several", "many", "hundreds", "thousands", "numerous", "multiple",
     "countless", "few", "at", "more", "over", "nearly", "almost", "about", "around", "some", "up", "as", "roughly",
     "approximately", "another", "further", "total", "estimated", "between", "all"})
# Where a pattern can begin (the character before it, see _DEATH): a digit,
# or a whole word from its start set.
_QTY_AT = folded(rf"[^a-z](?:(?={trie(_QTY_START)}(?![a-z]))|(?<![\w-])(?=\d))")  # not "N-70", "AK-47"
_LIST_AT = folded(r"[^a-z](?=(?:killed|killing|shot dead|gunned down|murdered)\s+(?:a|an|one|another|its|his|her|their|the|him)[\s,])")


def _matches(pattern: re.Pattern[str], clause: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """Matches of `pattern` tried only at `starts` (ascending clause offsets),
    where a start finder says one can begin: the big patterns are costly to
    try at every position of a clause, and a failed try costs most, as it runs
    on to the clause's end."""
    found, last = [], 0
    for at in starts:
        if at < last:
            continue
        m = pattern.match(clause, at)
        if m:
            found.append(m)
            last = m.end()
    return found


def _kill_end(clause: str, deaths: list[int]) -> int:
    """Where the clause's last _KILL word ends (0: there is none), among the death words at `deaths`."""
    for at in reversed(deaths):
        if m := _KILL_WORD.match(clause, at):
            return m.end()
    return 0


def fatalities(text: str, start: int, end: int) -> Fatalities:
    """Deaths stated in text[start:end]."""
    clause = fold(text)[start:end]
    spaced = " " + clause  # see _DEATH
    # In " " + clause, a start's consumed character is at the clause offset of the word after it.
    starts = [m.start() for m in _DEATH_START.finditer(spaced)]
    deaths = [at for at in starts if _DEATH.match(spaced, at)]
    if not deaths:
        return Fatalities(None, None, False)
    best: tuple[int, str] | None = None
    also: list[int] = []
    told: list[tuple[int, int, int]] = []  # (start, end, count) of each "N ... were killed"
    vague_text = None
    original = text[start:end]
    # "N ... were killed" ends in a death word (always after a space: what comes
    # before it ends `\s+`), so no count begins after the last one. _QTY_AT sees
    # the clause only up to there, which ends a word.
    kill_end = _kill_end(clause, deaths)
    before_verb = _matches(_BEFORE_VERB, clause, (m.start() for m in _QTY_AT.finditer(spaced, 0, kill_end + 1)))
    # Every verb of _AFTER_VERB is a death word but for "(claimed the) lives of".
    after_verb = list(_AFTER_VERB.finditer(clause)) if "lives of" in clause else _matches(_AFTER_VERB, clause, deaths)
    for pattern, found in ((_BEFORE_VERB, before_verb), (_AFTER_VERB, after_verb)):
        for m in found:
            qty = m.group("qty")
            if _DATE_BEFORE.search(original, 0, m.start("qty")) or _MONTH_IN.search(qty):
                continue  # "on Feb. 17 that killed", "7 April 2026 - forces killed": a date, not a count
            if pattern is _AFTER_VERB and m.group().startswith(("left", "leaving")) \
                    and not _DEAD_AFTER.match(clause, m.end("qty")):
                continue  # "leaving more than 20,000 households without power"
            head = qty.split(None, 1)[0] if qty.strip() else ""
            if head.isdigit() and 1900 <= int(head) <= 2100 and _YEAR_BEFORE.search(clause, max(0, m.start("qty") - 12),
                                                                                 m.start("qty")):
                continue  # "in the summer of 2023 killed around 30": a year
            if _OF_THE_DEAD.search(clause, max(0, m.end() - 24), m.end()):
                continue  # "400 people marched carrying photographs of the dead": the dead are named, not counted
            hurt_after = _HURT_AFTER.match(clause, m.end("qty")) if pattern is _AFTER_VERB else None
            if hurt_after and not _VICTIM_NOUN.match(clause, hurt_after.end()) and not m.group().startswith("bodies"):
                continue  # "killed three, wounded five", but not "killed 50 displaced people" ("the bodies of eight missing soldiers")
            count, vague = _sum(qty)
            lead = _ONE_AND.search(clause, max(0, m.start() - 60), m.start()) if count and pattern is _BEFORE_VERB else None
            begin = lead.start("one") if lead else m.start()
            if lead:  # "A soldier and six suspected rebels were killed": one more than the number says
                count += 1
            if count is None:
                if vague:
                    vague_text = vague_text or original[m.start():m.end()].strip()
                continue
            if count and _ALSO.search(clause, max(0, begin - 6), m.end()):
                also.append(count)  # "a gunfight that also left one member of the security forces dead"
            elif count and (best is None or count > best[0]):
                best = (count, original[begin:m.end()].strip())
            if count and pattern is _BEFORE_VERB:
                told.append((begin, m.end(), count))
    # "Two soldiers were martyred and six militants killed", "A constable was martyred and two terrorists were
    # killed": two groups' dead, each with its own verb, joined by "and".
    one = _ONE.search(clause) if told and " and " in clause else None  # costly: only when it can join a count
    if one:
        told.append((one.start(), one.end(), 1))
    told.sort()
    for (_, first_end, first), (second_start, second_end, second) in zip(told, told[1:]):
        if _JOINED.fullmatch(clause, first_end, second_start) and (best is None or first + second > best[0]):
            best = (first + second, original[told[0][0]:second_end].strip())
    # Its verbs are death words: _LIST_AT needs trying only at their starts.
    for m in _matches(_VICTIM_LIST, clause, (at for at in starts if _LIST_AT.match(spaced, at))):
        listed = sum(word_number(i.group("n")) or 0 if i.group("n") else 1 for i in _ITEMS.finditer(clause, m.start(), m.end()))
        if best is None or listed > best[0]:
            best = (listed, original[m.start():m.end()].strip())
    if also and not (best and "toll" in best[1].lower()):  # "the toll has risen to 21, after four more bodies...": counted in
        best = (best[0] if best else 0) + sum(also), best[1] if best else original.strip()
    himself = _HIMSELF.search(clause) if "self and" in clause else None  # rare words: a quick test first
    if himself:  # "killing himself and two members": three dead
        total = (word_number(himself.group("n")) or 0) + 1
        if best is None or best[0] < total:
            best = (total, original[himself.start():himself.end()])
    two = _TWO.search(clause) if best is None else None
    if two:
        best = (2, original[two.start():two.end()])
    if best is None:
        one = _ONE.search(clause) or _NAMED_ONE.search(original)
        if one:
            best = (1, original[one.start():one.end()])
    if best:
        return Fatalities(best[0], best[1], True)
    if vague_text:
        return Fatalities(None, vague_text, True)
    return Fatalities(None, None, kill_end > 0)
