"""Paragraphs, sentences and clauses with exact offsets into the text.

News text breaks sentences at periods that are not abbreviations ("Oct. 9",
"Gen.", "U.S.", "No. 3"), and paragraphs at line breaks. Clauses are cut
only where a sentence reports several occurrences ("..., and 12 others were
killed in ..."); the pipeline decides which cuts to use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr",
    "gov", "sen", "rep", "pres", "prof", "rev", "st", "mt", "ft", "no", "nos", "vs", "etc", "inc",
    "ltd", "co", "corp", "jr", "sr", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est",
}
# `[.!?][.!?]*`, not `[.!?]+`: a pattern that opens with a plain character set
# lets `re` skip to the punctuation instead of trying every position.
_SENT_END_REST = r"[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9]|$)"
# "...at a hospital.The violence comes...": scraped copy that lost the space after a full stop.
_GLUED = r"|(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2,})"
_SENT_END = re.compile(r"[.!?](?:" + _SENT_END_REST + _GLUED + ")")
# The same for a text with no "!" or "?" (most): opening with a period, it lets `re`
# find each at once instead of testing every character against the set.
_PERIOD_END = re.compile(r"\.(?:" + _SENT_END_REST + _GLUED + ")")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not match:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1:
        # An initial follows a name or another initial ("George W. Bush", "J. K."); "a post
        # on X." or "Plan B." after a lowercase word end the sentence.
        before = text[max(0, match.start() - 20):match.start()].rstrip().rsplit(None, 1)
        return not before or not before[-1][:1].islower()
    return "." in word and len(word) <= 6  # U.S., U.N., a.m.


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# "KYIV, Ukraine, March 14, 2025 (AP) — ", "GOMA, Congo, Jan 28 (Reuters) - ", "QUETTA: ",
# "Imphal, Nov 11 (PTI) ", "Kyiv, 12 Nov (IANS): ", "Beirut, Lebanon — ", "Mogadishu (AFP) - ", "(CNN) — "
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z][a-zéû]{2,8}\.?)(?:,?\s*\d{4})?"
# "(AP)", "(Sputnik)", "(ANI/Xinhua)", "(Kurdistan 24)", "(Al-Masdar Online)", "(Lefaso.net)", "[AlterPresse]"
_AGENCY = r"(?:\([A-Za-z][\w.&'’-]{0,20}(?:[\s/][\w.&'’-]{1,20}){0,2}\)|\[[A-Z][\w.]{1,20}\])"
_DASH = r"(?:—|–|-{1,3}|\s?:)\s+"
# "Manila [Philippines]", "Port-au-Prince", "N'Djamena", "São Paulo", "P-au-P"
_TITLE_WORD = r"[A-Z][a-zà-ÿ]*(?:['’][A-Z]?[a-zà-ÿ]+)?(?:-[A-Za-z][a-zà-ÿ]*)*"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:[\s/]{_TITLE_WORD})?(?:\s\[[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\])?"
# What may follow a title-case place in a dateline: a country or a state's abbreviation ("Cortazar, Gto."),
# a weekday, a date.
_PLACE_TAIL = (rf"(?:,\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}|[A-Z][a-z]{{1,4}}\.))?(?:,\s*[A-Z][a-z]+day)?"
               rf"(?:,\s*{_DATELINE_DATE})?")
DATELINE = re.compile(
    rf"[A-Z][A-Z.'’ /-]{{2,40}}(?:,\s*[A-Z][\w.'’ -]{{1,30}}){{0,2}}(?:,?\s*{_DATELINE_DATE})?,?\s*(?:{_AGENCY}\s*)?{_DASH}"
    # Title-case place: it needs a country, a date or an agency to be a dateline ("Beirut, Lebanon — ")
    rf"|{_TITLE_PLACE}(?:(?=,){_PLACE_TAIL}\s*(?:{_AGENCY}\s*)?|\s*{_AGENCY}\s*){_DASH}(?=[A-Z0-9\"“‘'])"
    rf"|{_AGENCY}\s*{_DASH}"
    # The day first: "January 27, 2026 (JUBA) – ", "March 18 (Reuters) - "
    rf"|{_DATELINE_DATE}\s*\([A-Z][\w .'’-]{{1,30}}\)\s*{_DASH}(?=[A-Z0-9\"“‘'])"
    # Live-page entries: "14:32 GMT - ", "9.05am: ", "2:15 p.m. ET — "
    rf"|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{{2,4}}\s*)?{_DASH}(?=[A-Z0-9\"“‘'])"
    # Indian agency style, no dash: "Imphal, Nov 11 (PTI) Ten suspected militants..."
    rf"|{_TITLE_PLACE},\s*{_DATELINE_DATE}\s*\([A-Z]{{2,6}}\)\s+(?=[A-Z0-9])"
    # Older Reuters copy, no dash: "CAIRO Oct 22 At least 20 Houthi militia fighters..."
    rf"|[A-Z][A-Z.'’/-]{{2,20}}(?: [A-Z][A-Z.'’/-]{{1,20}}){{0,2}},?\s+{_DATELINE_DATE}\s+(?=[A-Z0-9\"“])"
)


# A bare title-case place and a spaced dash ("Addis Abeba – Federal forces..."): a dateline
# only where a story opens, as further down the same shape is prose ("Hamas – the group...").
_BARE_DATELINE = re.compile(rf"{_TITLE_PLACE}\s+(?:—|–|--?)\s+(?=[A-Z0-9\"“‘'])")


_SOURCE_FIRST = re.compile(r"\([A-Z][^()\n]{1,40}\)\s+(?=[A-Z]{3,}|[A-Z][a-z]+,)")
# "Islamabad: Militants Monday killed three people...": a place and a colon open a lede in South Asian
# copy; a headline has the same shape ("Sudan: Army, RSF agree to ceasefire"), so only a long first
# line that ends as a sentence is read this way.
_COLON_DATELINE = re.compile(rf"{_TITLE_PLACE}\s?:\s+(?=[A-Z0-9])")


def dateline_end(text: str, line_start: int, line_end: int, opening: bool = False) -> int:
    """Where a paragraph's wire dateline ends (its start if it has none): the
    dateline is not part of the first sentence's evidence or dates. `opening`:
    the paragraph is one of the first two, where a story's dateline stands."""
    if opening and text.startswith("(", line_start) and (source := _SOURCE_FIRST.match(text, line_start, line_end)):
        line_start = source.end()  # "(MENAFN- Nam News Network) MANILA, Dec 18 (NNN-PNA) – ": the feed, then the dateline
    match = DATELINE.match(text, line_start, line_end) or (
        _BARE_DATELINE.match(text, line_start, line_end) if opening else None) or (
        _COLON_DATELINE.match(text, line_start, line_end) if opening and line_end - line_start > 100
        and text[line_end - 1] in ".”\"" else None)
    return match.end() if match else line_start


def sentences(text: str) -> list[Span]:
    """Sentences (trimmed), each tagged with the index of its paragraph (line)."""
    spans: list[Span] = []
    ends = _SENT_END if "!" in text or "?" in text else _PERIOD_END
    for paragraph, line in enumerate(_LINE.finditer(text)):
        start = dateline_end(text, line.start(), line.end(), opening=paragraph <= 2)
        for end_match in ends.finditer(text, line.start(), line.end()):
            dot = end_match.start()
            # A line's last period always ends a sentence: only the others can be abbreviations.
            if end_match.end() < line.end() and text[dot] == "." and _is_abbreviation(text, dot):
                continue
            s, e = _trim(text, start, end_match.end())
            if e > s:
                spans.append(Span(s, e, paragraph))
            start = end_match.end()
        s, e = _trim(text, start, line.end())
        if e > s:
            spans.append(Span(s, e, paragraph))
    return spans


# Where one sentence may switch to a second occurrence: at a comma or semicolon,
# ("in restive Papua province, where over a dozen workers were massacred last year": a place's own past.)
# (not "abducted a village head, and about 50 others, including women": the same act's other victims)
_AND_BREAK = r",\s+(?:and|while|whereas|but)\s+(?!(?:(?:about|some|at least|more than|nearly|over|around|almost)\s+)?(?:\d+|[a-z]+)\s+others\b(?!\s+(?:were|was|have|had|are|died)\b))|,\s+where\s+(?=[^,.;]{0,80}\b(?:last|ago|earlier|in\s+(?:19|20)\d\d)\b)"
_AFTER_BREAK = r",\s+(?:after|as)\s+(?=[a-z]+\s+[a-z]+\s+(?:was|were)\b)"
_PUNCTUATION_BREAK = re.compile(rf"{_AND_BREAK}|;\s+|,\s+before\s+|{_AFTER_BREAK}")
# or at a bare "before" (its branch opens with a space, not a comma, so it never
# competes with the others for the same start: putting it last changes no match).
CLAUSE_BREAK = re.compile(_PUNCTUATION_BREAK.pattern + r"|\s+before\s+(?=[A-Z])")
# "the attackers killed five civilians while in Bulongo, two people were killed": a second place's own toll.
# "..., two days after he was kidnapped": an earlier occurrence, told from the one before it (the phrase
# opens the clause: `dating` counts the days back).
# Rare: tried only in a sentence that holds " while in ", "day after " or "days after ".
_ALL_BREAKS = re.compile(CLAUSE_BREAK.pattern + r"|\s+while\s+(?=in\s+[A-Z])"
                         # (not "a day after they pounded it with rockets": the same sides' doings, told as background)
                         r"|,\s+(?=(?:a|one|two|three|four|five|six|\d{1,2})\s+days?\s+after\s+(?!(?:they|it|we)\s))")
# The breaks of a sentence with no semicolon and no "before" (most).
_COMMA_BREAK = re.compile(rf"{_AND_BREAK}|{_AFTER_BREAK}")


def clause_cuts(text: str, span: Span) -> list[tuple[int, int]]:
    """Candidate clauses of a sentence: the pieces between clause breaks."""
    pieces = []
    start = span.start
    # A break needs its word or mark in the sentence: without "before" or ";", only
    # the breaks that open with a comma can match, and `re` finds a comma at once.
    if text.find(" while in ", span.start, span.end) >= 0 or text.find("day after ", span.start, span.end) >= 0 \
            or text.find("days after ", span.start, span.end) >= 0:
        breaks = _ALL_BREAKS
    elif text.find("before", span.start, span.end) >= 0:
        breaks = CLAUSE_BREAK
    else:
        breaks = _PUNCTUATION_BREAK if text.find(";", span.start, span.end) >= 0 else _COMMA_BREAK
    for match in breaks.finditer(text, span.start, span.end):
        pieces.append(_trim(text, start, match.start()))
        start = match.end()
    pieces.append(_trim(text, start, span.end))
    return [p for p in pieces if p[1] > p[0]]


# A hard-wrapped line: 30 characters or more, not ending a sentence, another line right below.
_WRAPPED = re.compile(r"^([^\n]{30,}[^\s.!?:;\"'”’)»|])\n(?=[^\S\n]*\S)", re.MULTILINE)
_LOWER_LINE = re.compile(r"\n[a-z]")  # opens with its literal: cheap to count in any text


def unwrap(text: str) -> str:
    """Wire copy hard-wrapped at ~70 characters ("At least 20 Houthi militia\\nfighters were
    killed"), with its soft line breaks as spaces: the same length, so every offset into the
    result indexes `text` too. Lines are paragraphs everywhere else, so a wrapped sentence
    would be read as two. A text counts as wrapped when at least three of its lines run on
    into a line that opens in lowercase, which a list of headlines or links never does."""
    if len(_LOWER_LINE.findall(text)) < 3:
        return text
    wraps = list(_WRAPPED.finditer(text))
    run_on = sum(1 for m in wraps if len(m.group(1)) <= 90 and text[m.end():m.end() + 1].islower())
    if run_on < 3:
        return text
    chars = list(text)
    for m in wraps:
        chars[m.end(1)] = " "
    return "".join(chars)
