"""A packaged gazetteer: the most specific place a clause names.

Cities (with coordinates), countries and first-level subdivisions come from
the shipped gazetteer (`gazetteer.py`), districts and conflict regions from a
curated table (`data/places.tsv`), merged once, lazily, into one dict of
lowercase names; lookups are dict hits on the capitalised word runs of a clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import chain
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from dateline.extract.gazetteer import CURATED, KIND_RANK, Place, World, load, name_keys, sort_key
from dateline.extract.scan import WordStart, fold, folded, trie

# Names of real places that are mostly something else in news English.
NOT_PLACES = {
    "police", "of", "mercy", "man", "most", "bar", "best", "split", "nice", "reading", "mobile", "bath", "sale", "our",
    "hope", "independence", "victoria", "temple", "orange", "union", "march", "may", "as", "de", "la", "san",
    "president", "prime", "minister", "army", "media", "centre", "center", "university", "university of",
    "justice", "liberty", "progress", "unity", "republic", "victory", "freedom", "paradise", "eagle", "marina",
    "colon", "esperanza", "concordia", "providence", "van", "bo", "nice", "said", "gaza strip", "taliban",
    "hamas", "islamic state", "kurdistan workers", "salt", "young", "bend", "lincoln", "washington",
    "wednesday", "sunday", "monday", "tuesday", "thursday", "friday", "saturday", "mosul dam", "aden", "mission",
    "military", "naval",
}
# Parts of the world: never where one event happened, and "America" in "Latin America" is no country.
WORLD_REGIONS = {
    "africa", "asia", "europe", "latin america", "south america", "north america", "central america", "middle east",
    "west africa", "east africa", "north africa", "southern africa", "sub-saharan africa", "southeast asia",
    "south asia", "central asia", "sahel", "horn of africa",
}
NOT_PLACES |= WORLD_REGIONS
# Compass words that name first-level regions somewhere ("West" and "North" are regions of Cameroon):
# in "West Gojjam Zone" or "North Shewa" they only say which part.
NOT_PLACES |= {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "north east",
               "north west", "south east", "south west", "north-west", "south-west", "north-east", "south-east",
               "coast", "littoral", "upper", "lower"}
# Words that make the name after them a village: "Barangay Trinidad", "Kampung Baru", "Desa Sukamaju".
VILLAGE_TITLES = ("Barangay ", "Brgy. ", "Kampung ", "Desa ", "Kelurahan ", "Sitio ", "Purok ")
# Patterns that open with a capital rather than \b let `re` skip ahead to the
# next capital letter; the look-behind after it does the \b's work. A name never
# spans a line break: "REUTERS/Hatem Khaled\n\nIn Khan Younis" holds two runs.
CANDIDATE = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:[\w’'.-]*[a-z][\w’'-]*|[A-Z’'-]+\b)(?:[^\S\n]+(?:(?:al|el|ad|as|ash|ar|de|del|la|le|of|and|ez|az|da|do|dos|das|di|du|des)[- ])?[A-Z][\w’'-]+){0,3}"
)
# Over fold(text).
# "... Secondary School, Maga, in Kebbi State": the town an institution is in, set off by commas.
# It is searched in the 24 characters before each name found, trying every position: the word lists
# are tries, `\b` is tested once per position, and the words are possessive (whitespace or a quote must
# follow each, and no shorter word ends before one), so a position that fails is given up sooner.
LOCATIVE = folded(r"\b(?:" + trie("school college academy university hospital market mosque church barracks prison camp".split())
                  + r",\s+|" + trie("largest biggest second-largest third-largest main northern southern eastern western central port".split())
                  + r" city\s+|" + trie(("in", "near", "at", "outside", "into", "inside")) + r"\s+the\s+(?:[a-z]++\s+)?"
                  + trie("capital city town village port province region state district".split()) + r",\s+"
                  r"|at\s+an?\s+(?:[a-z]++\s+)?|" + trie(
                      "in near at outside around across into through downtown of on inside between and hit struck targeted "
                      "captured seized retook recaptured overran entered reached shelled bombarded pounded bombed attacked "
                      "raided stormed".split())
                  + r"\s+(?:the\s+)?(?:(?:[a-z][\w-]*+\s+)?[a-z][\w-]*+[’']s\s+)?(?:[a-z]++\s+)?)$")
# "in the Dara Adam Khel district": a capitalised name before an admin word is a place.
_ADMIN_WORDS = (
    "district", "province", "region", "county", "village", "town", "city", "governorate", "state", "oblast", "department",
    "municipality", "Local Government Area", "local government area", "LGA", "territory", "camp", "area", "port",
    "township", "base", "mountains", "hills", "community", "sector", "upazila", "union", "woreda", "kebele", "zone",
    "tehsil", "cercle", "commune", "prefecture", "suburb", "sub-county", "subdistrict", "sub-district", "basin", "site", "forest",
    "market", "neighbourhood", "neighborhood", "regency", "Oblast", "Region", "Province", "District", "County",
    "Governorate", "Township", "Woreda", "Zone", "Regency")
# A name's words are possessive (`++`): whitespace must follow each, and no shorter word would end before whitespace,
# so giving back letters can never help; without it `re` retried every shorter word at each capital.
# The words as a trie: no word is another plus "s", so which of two words starting alike matches is never in doubt.
ADMIN_WORD = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w’'-]++(?:[^\S\n]+(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]++){0,3})\s+"
    r"(?:(?:displacement|refugee|military|army|fuel|oil|river)\s+)?(" + trie(_ADMIN_WORDS) + r"|State(?!s))s?\b")
# "the town of Beit Lahiya", "the entrance to Horqueta": scanned on its own so "Gaza town of ..." still
# yields both. Found from the literal " of "/" to " (which `re` finds fast), then the word before is checked.
_PLACE_OF_NAME = (r"\s+((?:[A-Z][\w’'-]+[^\S\n]+(?:(?:da|de|do|dos|das|del|la|le|al|el)\s+)?){0,3}"
                  r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]+)")
_OF_NAME = re.compile(r" of" + _PLACE_OF_NAME)
_TO_NAME = re.compile(r" to" + _PLACE_OF_NAME)
_PLACE_OF_NOUNS = frozenset(
    "town towns village villages city port camp district region province township hamlet base municipality commune "
    "settlement neighbourhood neighborhood outskirts community area areas hills forest forests island islands edge "
    "sector quarter mountains slopes suburb suburbs".split())


def _places_of(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    # " to" opens a place only after "entrance", so text without "entrance to" is not scanned for " to" + a name
    # (one substring test against a scan and a look back at every " to" before a capital).
    cues = ((_OF_NAME, _PLACE_OF_NOUNS), (_TO_NAME, ("entrance",))) if "entrance to" in text else ((_OF_NAME, _PLACE_OF_NOUNS),)
    for pattern, nouns in cues:
        for m in pattern.finditer(text, start, end):
            word = text[text.rfind(" ", max(0, m.start() - 16), m.start()) + 1:m.start()]
            if word in nouns:
                yield m
    for m in _APPOSED.finditer(text, start, end):
        name = _NAME_BEFORE.search(text, max(start, m.start() - 60), m.start())
        if name:
            yield name


_SERVICES = ("VOA ", "BBC ", "RFA ", "RFI ", "DW ", "Radio ", "RFE/RL ")
# "stormed Gidan Bakuso, a remote town in the Gada area": the name the apposition calls a town.
_APPOSED = re.compile(r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:town|village|community|settlement|hamlet|suburb|neighbou?rhood|"
                      r"farming community|locality)\b")
_NAME_BEFORE = re.compile(r"(?<![\w’'-])((?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,3})$")


# "Kirkuk's Hawija district": the possessor holds the place named next.
_POSSESSOR = re.compile(r"[’']s\s+(?:(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]*[^\S\n]+){1,3}(?:district|province|region|"
                        r"area|camp|neighbou?rhood|village|town|county|governorate|state|municipality|upazila|sector|"
                        r"community|zone)\b")
# "the Sahar district of Saada": the place after "of" holds the one named before.
_CONTAINER = re.compile(r"[A-Z][\w’'-]*\s+(?:district|area|neighbou?rhood|suburb|camp|county|mountains|hills|sector|quarter)\s+of\s+(?:the\s+)?$")
_WHERE = re.compile(r",\s+where\b")  # "Sulaymaniyah, where a drone struck": a place
_POSSESSED = re.compile(r"[’']s\s+((?:(?:al|el)-)?[A-Z][a-z][\w’'-]*(?:[^\S\n]+[A-Z][a-z][\w’'-]*)?)(?=\s+[a-z]|[,.;])")
_NOT_POSSESSED = {"Governor", "Chief", "President", "Minister", "Commissioner", "Police", "Deputy", "Senator", "Mayor",
                  "Director", "Inspector", "Secretary", "Commander", "General", "Special", "Joint", "State", "Federal",
                  "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Old", "New", "Muslim",
                  "Christian", "Hindu", "Sunni", "Shia", "Shiite", "Kurdish", "Arab", "Health", "Education", "Interior"}
_HELD_BY = ("-held", "-controlled", "-occupied", "-run", "-backed", "-led", "-dominated", "-majority", "-populated",
            "-affected", "-hit", "-prone", "-infested", "-ravaged", "-torn", "-stricken", "-wracked",
            "-speaking", "-inhabited")
_PARTICLE = re.compile(r"(?<![\w-])(?:al|el|ad|an|ar|as|ash|at|az)-$")
_RUN_WORD = re.compile(r"[^\s’']+(?:[’']s(?=\s))?|[’'](?!s\s)[^\s]*")
_ONE_WORD = re.compile(r"[^\s’']+")
_POSSESSIVE = re.compile(r"[’']s\s")
_SPEAKS = re.compile(r",?\s+(?:told|said|says|added|confirmed|stated)\b")


def _words_at_word_start(*words: str) -> str:
    """`\\b(?:word|...)` for words of letters, written so that `re` jumps to their first letters instead of
    trying every position: each word is followed by a look-behind saying no word character precedes it.
    It pays when few letters open the words (a third off `_CAPITAL`; slower for UNKNOWN_PLACE's twelve)."""
    return "(?:" + "|".join(f"{word}(?<!\\w{'.' * len(word)})" for word in words) + ")"


# "in the capital", "in Somalia's capital", "in the Somali capital" (not "the capital, Kabul": the name follows).
_CAPITAL = re.compile(_words_at_word_start("in", "of", "on", "near", "hit", "struck")
                      + r"\s+((?:the(?:\s(?P<people>[A-Z][a-z]+))?|(?P<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)[’']s)\s+capital)\b"
                      r"(?!,?\s+[A-Z])")
_AFTER_CAPITAL = re.compile(r",?\s*")  # what `_CAPITAL`'s closing look-ahead reads, but for one more character


def _capitals(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """`_CAPITAL.finditer(text, start, end)`, searched only just before each "capital".

    A match ends in "capital" and holds at most three whitespace-separated pieces before it (the
    cue word, "the" or a name of up to two words with its "’s"), so no match starts before the third
    piece back. Searching only from there to what the look-ahead reads after "capital" spares `re`
    trying the cue words' letters across the whole text; each window holds one "capital", so the
    leftmost match in it is the one `finditer` would give next.
    """
    pos = start
    at = text.find("capital", pos, end)
    while at >= 0:
        stop = min(end, _AFTER_CAPITAL.match(text, at + 7).end() + 1)
        m = _CAPITAL.search(text, max(pos, _pieces_back(text, at, 3)), stop)
        if m:
            yield m
            pos = m.end()
        at = text.find("capital", max(pos, at + 7), end)


def _pieces_back(text: str, i: int, pieces: int) -> int:
    """Where the `pieces`-th whitespace-separated piece before `i` starts."""
    for _ in range(pieces):
        while i and text[i - 1].isspace():
            i -= 1
        while i and not text[i - 1].isspace():
            i -= 1
    return i


_GROUP_AFTER = re.compile(r"\s+(?:militias?|fighters|forces|rebels|insurgents|gunmen|troops|group)\b")
# "Somali forces", "the Lebanese city": a people's name used as an adjective is no place.
ADJECTIVE_USE = re.compile(
    r"\s+(?:city|town|village|forces|troops|army|military|police|government|officials|authorities|side|border|"
    r"capital|region|province|state|people|soldiers|militants|media|navy|air|security|president|minister)\b")
# "in Boulkessi in central Mali": an unknown capitalised name introduced like a place.
# The look-ahead holds the cue words' first letters: most word starts fail it before the alternation is tried.
UNKNOWN_PLACE = re.compile(
    r"\b(?=[IiNnOoacrebsp])(?:[Ii]n|[Nn]ear|[Oo]utside|around|control of|retook|recaptured|overran|attacked|raided|stormed|entered|between|"
    r"shelled|bombed|bombard(?:ed)?|pounded|(?:attacks?|raids?|assault) (?:by (?:[\w-]+ ){1,3})?on)\s+((?:(?:al|el|ad|an|ar|as|ash|at|az)-)?(?:[A-Z][a-z][\w’'-]*[^\S\n]+(?:(?:de|da|do|dos|das|del|di|du|des|la|le)[^\S\n]+)?"
    r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?){0,2}[A-Z][a-z][\w’'-]*)"
    r"(?=\s+(?:in|near)\s+(?:\w+\s+){0,2}[A-Z]|\s+in\s+the\s+(?:north|south|east|west|[a-z]+ern)\b|,\s+(?:in|near)\s|\s+(?:for|on|after|before|during|when|where|as|between|under|and)\s"
    r"|\s+(?:began|started|lasted|left|killed|came|happened|occurred|took place)\b|[,.;]"
    # "Clashes broke out in Moebye last Thursday", "in Moebye early on Sunday": the day told right after the place
    r"|\s+(?:last|early|late|overnight|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)")
# "fired upon farmers at Yaingangpokpi in Imphal East district": a name placed inside a named area.
_AT_PLACE = WordStart(re.compile(r"at\s+((?:[A-Z][a-z][\w’'-]*[^\S\n]+){0,2}[A-Z][a-z][\w’'-]*)(?=,?\s+(?:in|near)\s+(?:(?:the|a)\s+[a-z]+\s+of\s+|\w+\s+)?[A-Z]"
                                 # "at Uli, Ihiala LGA", "at Kalokengel, near the border"
                                 r"|,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:LGA|Local Government|[Dd]istrict|[Cc]ounty|[Mm]unicipality|upazila|tehsil)\b"
                                 r"|,?\s+near\s+the\s+(?:border|frontier|coast|river|lake))"))
# "Sirifila-Boundy, a village in the Niono circle", "Turbat, a city in Balochistan": the name a place word explains.
# Found from the explaining words back: a pattern opening with a capital would be tried at every capital.
_EXPLAINER = re.compile(r",\s+an?\s+(?:[a-z]+\s+)?(?:village|town|city|hamlet|community|locality|settlement|neighbou?rhood|"
                        r"district)\s+(?:in|near|of|on|about|some|just)\b")
_EXPLAINED = re.compile(r"([A-Z][a-z][\w’'-]*(?:[ -][A-Z][a-z][\w’'-]*){0,2})$")
# "on Mount Mghila", "the slopes of Jebel Marra": a mountain is a place.
# Searched with no test before it: `re` skips to the capitals that open these words faster than five
# substring tests read the text (~10 us against ~12.5 us per article that names no mountain).
_MOUNT_WORDS = ("Mount ", "Mt. ", "Jebel ", "Jabal ", "Djebel ")
_MOUNT = WordStart(re.compile(r"((?:" + "|".join(re.escape(w) for w in _MOUNT_WORDS) + r")\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"))


_PLACE_NOUNS = {"municipality", "city", "town", "village", "camp", "commune", "area", "neighbourhood", "neighborhood",
                "quarter", "market"}  # "in Kasese Municipality": the known name with its kind


# "in Porga (Matéri commune)": a village named with the unit it belongs to.
_UNIT_IN_BRACKETS = re.compile(r"\((?:[A-Z][\w’'-]+\s+){1,3}(?:commune|district|municipality|county|department|province|"
                               r"region|LGA|township|regency|sub-county|division|tehsil|upazila|woreda|cercle)\)")
# "near village Pidiya": Indian English names the village after the word.
_VILLAGE_NAMED = re.compile(r"village\s+([A-Z][a-z][\w’'-]*(?:[^\S\n]+[A-Z][a-z][\w’'-]*)?)")
_VILLAGE_CUES = frozenset(("in", "at", "of", "near", "from"))


def _villages_named(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for m in _VILLAGE_NAMED.finditer(text, start, end):
        if text[m.start() - 1:m.start()] == " " and \
                text[text.rfind(" ", max(0, m.start() - 7), m.start() - 1) + 1:m.start() - 1] in _VILLAGE_CUES:
            yield m


def _explained(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Names a following phrase explains: ", a village in ...", " (Matéri commune)"."""
    for explainer in (_EXPLAINER, _UNIT_IN_BRACKETS) if " (" in text else (_EXPLAINER,):
        for m in explainer.finditer(text, start, end):
            before = m.start() - 1 if explainer is _UNIT_IN_BRACKETS and text[m.start() - 1:m.start()] == " " else m.start()
            name = _EXPLAINED.search(text, max(start, before - 60), before)
            if name:
                yield name
# "on the Elwak–Lafey road": a road is placed at the first town it joins.
_ROAD_WORDS = ("road", "highway", "axis", "route")
_ROAD_FROM = re.compile(r"([A-Z][a-z][\w’'-]*)\s*[–—-]\s*[A-Z][a-z][\w’'-]*\s+(?:" + "|".join(_ROAD_WORDS) + r")\b")
_NOT_ROAD_ENDS = ("Pan", "Trans", "Inter")  # "the Pan-American highway" joins no town called Pan


def _may_name_road(text: str, start: int, end: int) -> bool:
    """Whether `_ROAD_FROM` can match in text[start:end]: some road word has a dash within the two
    whitespace-separated pieces before it (a match ends "Elwak–Lafey road", "Elwak – Lafey road":
    only whitespace, the second town and the dash's own whitespace come between). Most texts that
    say "road" name none between two towns, and the pattern, opening with a capital, is tried at
    every capital (~20 us per article)."""
    for word in _ROAD_WORDS:
        at = text.find(word, start, end)
        while at >= 0:
            before = text[_pieces_back(text, at, 2):at]
            if "-" in before or "–" in before or "—" in before:
                return True
            at = text.find(word, at + 1, end)
    return False
# Over fold(text): "a clash between La Familia Michoacana and Los Tlacos": between two sides, not two places.
_SIDES_BEFORE = folded(r"\b(?:clash(?:es)?|confrontations?|fighting|battles?|war|feud|rivalry|talks|gunfights?|firefights?|"
                       r"skirmish(?:es)?|hostilities)\s+$")
# Over fold(text): "laborers from the eastern Punjab province": the people's origin, not where it happened.
_ORIGIN = folded(r"\b(?:laborers|labourers|workers|migrants|people|men|women|pilgrims|traders|passengers|natives|tourists|"
                 r"students|travellers|travelers|truckers|drivers)\s+(?:(?:originally|all|mostly)\s+)?from\s+(?:the\s+)?(?:[a-z]+\s+)?$")
# "on the Al-Kassara front": a front line is named after the place it runs through
# (but "dissidents of the Carlos Patiño front" names a unit).
_FRONT = WordStart(re.compile(r"(?:on|along|at|near)\s+the\s+((?:(?:al|el|Al|El)-)?[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})\s+front\b"))
# "residents of Pétion-Ville lynched...": the people of a place name it, whatever follows.
_RESIDENTS = ("residents", "villagers", "inhabitants", "townspeople")  # + " of": also a cheap test on fold(text)
_PEOPLE_OF = WordStart(re.compile("(?:" + "|".join(_RESIDENTS + tuple(w.capitalize() for w in _RESIDENTS)) + r") of\s+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})"))
# Over fold(text): "20 km north of", "west of": the place after it is a landmark.
# (not "in the south of Harib district": inside it)
RELATIVE = folded(r"(?<!the )\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
                  r"south-west)\s+of\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:city|town|village|capital|provincial capital)\s+of\s+)?$|\b(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?from\s+(?:the\s+)?$")
# "Turkey's campaign", "Sudan's army": a country's possessive naming one of its actors.
_ACTOR_POSSESSIVE = re.compile(
    r"[’']s\s+(?:(?:own|main|elite|national|regular|armed|federal|military|interim|new)\s+)?(?:campaign|army|military|forces|"
    r"government|president|prime|foreign|defence|defense|interior|ministry|troops|police|navy|air force|officials|"
    r"leader|leaders|authorities|junta|regime|intelligence|security forces|counter-terrorism|envoy|delegation)\b")
# "the Government Secondary School, Maga, in Kebbi State": an unknown town set off after an institution.
APPOSITIVE_PLACE = re.compile(r",\s+([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)?)(?=,\s+(?:in|near)\s)")
INSTITUTIONS = ("School", "College", "Academy", "University", "Hospital", "Market", "Mosque", "Church", "Barracks",
                "Prison", "Camp")
# "a truce brokered by the United States and France", "talks mediated by Qatar, Egypt and the US":
# countries named as the agents of an act are not where it happened.
AGENT_COUNTRY = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:\s*,\s*|\s*,?\s+and\s+)(?:the\s+)?){0,4}$")
NOT_UNKNOWN_PLACES = {
    "parliament", "congress", "senate", "court", "english", "arabic", "french", "spanish", "islam", "power",
    "office", "government", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "god", "christ", "mass", "custody", "court", "prison", "jail", "hospital", "response",
    "retaliation", "addition", "particular", "total", "general", "public", "private", "recent", "contrast",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}


# Last words of names of bodies that carry a place name ("Syrian Observatory").
INSTITUTION_WORDS = {"University", "College", "School", "Hospital", "Academy", "Stadium", "Mosque", "Church", "Cathedral",
                     "Temple", "Prison", "Jail"}
ORGANISATION_WORDS = {
    "Network", "Council", "Association", "Union", "Party", "Front", "Movement", "Committee", "Forces", "Army",
    "Ministry", "Institute", "Foundation", "Society", "Federation", "Organisation", "Organization", "Agency",
    "Commission", "League", "Times", "Post", "Tribune", "News", "Herald", "Observatory", "Watch", "Alliance",
    "Coalition", "Brigade", "Brigades", "Corps", "Police", "Service", "Services", "Group", "Company", "Bank", "Cartel", "Command",
    "Parliament", "Assembly", "Congress", "Senate", "Palace", "Building",
}

@lru_cache(maxsize=1)
def world() -> World:
    """The shipped gazetteer with the curated table merged in and non-places left out."""
    shipped = load()
    table = shipped.table
    data = resources.files("dateline.extract").joinpath("data/places.tsv").read_text(encoding="utf-8")
    touched = set()
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, admin1, country, lat, lon = line.split("\t")
        place = Place(name, kind, admin1 or None, country or None, float(lat), float(lon), CURATED)
        for key in name_keys(name):
            table.setdefault(key, []).append(place)
            touched.add(key)
    for key in touched:
        table[key].sort(key=sort_key)
    for key in NOT_PLACES:
        table.pop(key, None)
    return shipped


def gazetteer() -> tuple[dict[str, list[Place]], dict[str, str]]:
    """name (lowercase) -> places, best reading first; and country code -> country name."""
    shipped = world()
    return shipped.table, shipped.by_code


def _adjectives(country: str) -> set[str]:
    """A people's adjectives guessed from its country's name (Somalia -> Somali, Lebanon -> Lebanese,
    Syria -> Syrian, Pakistan -> Pakistani, Philippines -> Philippine): some guesses are no word at all."""
    low = country.lower()
    stem = low[:-1] if low.endswith(("a", "e", "o")) else low
    return {low + "i", low + "ese", low + "n", low + "ian", stem, stem + "i", stem + "ian", stem + "ese", stem + "an",
            stem + "ish", low.removesuffix("on") + "ese", low.removesuffix("istan"), low.removesuffix("s")}


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Adjectives of peoples, guessed from country names and the irregular ones."""
    out = set().union(*map(_adjectives, world().country_names.values()))
    return frozenset((out | IRREGULAR_DEMONYMS) - {c.lower() for c in world().country_names.values()})


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """The country each people's adjective names, where the guesses of `_adjectives` give it for
    one country only ("Somali" -> Somalia, "Senegalese" -> Senegal), and for the common irregular ones."""
    found: dict[str, set[str]] = {}
    for name in world().country_names.values():
        for adjective in _adjectives(name):
            found.setdefault(adjective, set()).add(name)
    names = {c.lower() for c in world().country_names.values()}
    out = {adjective: next(iter(countries)) for adjective, countries in found.items()
           if len(countries) == 1 and adjective not in names}
    known = set(world().country_names.values())
    out.update((adjective, country) for adjective, country in _IRREGULAR_COUNTRY.items() if country in known)
    return out


_IRREGULAR_COUNTRY = {
    "british": "United Kingdom", "french": "France", "german": "Germany", "dutch": "Netherlands", "turkish": "Turkey",
    "thai": "Thailand", "filipino": "Philippines", "saudi": "Saudi Arabia", "burmese": "Myanmar", "ivorian": "Côte d'Ivoire",
    "nigerian": "Nigeria", "american": "United States", "burkinabe": "Burkina Faso",
    "peruvian": "Peru", "ecuadorian": "Ecuador", "chilean": "Chile", "argentine": "Argentina", "greek": "Greece",
    "spanish": "Spain", "polish": "Poland", "togolese": "Togo", "nigerien": "Niger", "malagasy": "Madagascar",
    "mozambican": "Mozambique", "zimbabwean": "Zimbabwe", "tajik": "Tajikistan", "uzbek": "Uzbekistan",
}


# Peoples' adjectives no suffix rule guesses from the country's name ("a Turkish military base"): those
# of `_IRREGULAR_COUNTRY` and these.
IRREGULAR_DEMONYMS = frozenset(_IRREGULAR_COUNTRY) | frozenset(
    "english welsh scottish irish swiss danish swedish finnish norwegian "
    "portuguese cypriot kurdish filipina emirati congolese "
    "salvadoran argentinian japanese vietnamese "
    "laotian malaysian zambian malawian kyrgyz kazakh turkmen belarusian moldovan "
    "djiboutian sahrawi arab baloch pashtun tigrayan "
    # peoples named for their own sake, not after a country
    "banyamulenge fulani hausa tuareg rohingya kuki meitei hema lendu masalit zaghawa dinka nuer murle pokot bawm "
    "yazidi druze alawite hazara "
    # faiths and landscapes told as adjectives: "a mostly Shiite neighbourhood", "remote Andean regions"
    "shiite shia sunni christian muslim catholic hindu buddhist jewish andean".split())


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    place: Place
    locative: bool
    written: str = ""  # the name as written; lowercased, the gazetteer key it was found under
    relative: bool = False  # "west of Khan Younis": a landmark to measure from, not where it happened
    fronted: bool = False  # "In Kirkuk, gunmen kidnapped two shepherds in Wadi al-Shay": the frame, not the spot

    @property
    def key(self) -> str:
        return self.written.lower()


def mentions(text: str, start: int, end: int) -> list[Mention]:
    """Places named in text[start:end], longest names first within each word run."""
    shipped = world()
    table = shipped.table
    known = table.names()
    peoples = demonyms()
    folded_text = fold(text)
    found: list[Mention] = []
    small_towns = shipped.minor
    minor: list[tuple[int, int, str]] = []  # small towns' names, kept only after a locative cue and in the article's country

    def cued(s: int, e: int) -> bool:
        """Whether the name at text[s:e] is introduced as a place ("in", "near"...) or followed by ", where".
        The cue must be on the same line: a headline ending "in Amhara" does not make the dateline a place."""
        line = folded_text.rfind("\n", max(0, s - 24), s) + 1 or max(0, s - 24)
        return bool(LOCATIVE.search(folded_text[line:s]) or _WHERE.match(text, e))

    def lookup_span(s: int, e: int, single: bool) -> bool:
        name = text[s:e].rstrip(".,’'").removesuffix("’s").removesuffix("'s")
        low = name.lower()
        places = table.get(low) if low in known else None
        if not places:
            if low in small_towns and not name.isupper():
                minor.append((s, s + len(name), name))
            return False
        if name.isupper() and places[0].kind != "country" and s > 0 and text[s - 1] != "\n":
            return False  # "BLA", "ISWAP": a group's initials, not the town that shares the letters (datelines start a line)
        if text.endswith(_SERVICES, max(0, s - 8), s):
            return True  # "told VOA Somali", "BBC Hausa": a broadcaster's service, not the place; consumed, not kept
        if single and low in peoples and ADJECTIVE_USE.match(text, s + len(name)):
            return False  # "Somali forces": a people's adjective, not the place
        if single and places[0].kind != "country" and _GROUP_AFTER.match(text, s + len(name)):
            return False  # "Fano militias", "Jubaland forces": a group named after a place, not where it happened
        if places[0].kind == "country" and (
                _ACTOR_POSSESSIVE.match(text, s + len(name)) if text.startswith(("’s", "'s"), s + len(name))
                else text.find("by", max(0, s - 80), s) >= 0 and AGENT_COUNTRY.search(text, max(0, s - 80), s)):
            return True  # the mediator, or "Turkey's campaign": an actor, not the place; consumed, not kept
        found.append(Mention(s, s + len(name), places[0], cued(s, s + len(name)), name))
        return True

    for run in CANDIDATE.finditer(text, start, end):
        group, begin = run.group(), run.start()
        # Most runs are one word of letters only: isalpha() says so without a call to `re`.
        single = group.isalpha() or _ONE_WORD.fullmatch(group) is not None
        # A run never ends in "." or "," and a single word holds no "’s": it is looked up as it stands.
        if single and (low := group.lower()) not in known and low not in small_towns:
            continue  # "The", "Police": most runs are one word that names no place, whatever precedes it
        if run.end() - begin < 3 and not group.isupper():
            continue  # "He", "In": no place name is this short
        if "Operation" in group or text.endswith("Operation ", 0, begin):
            continue  # "Operation Hadin Kai" is no place in Japan
        if folded_text.endswith(("of ", "of the "), 0, begin) and folded_text.endswith(_MEMBERS_OF, 0, begin):
            continue  # "members of Los Lobos": a gang, not the town of Lobos
        if single:
            lookup_span(begin, run.end(), True)
            continue
        if group.lower() in WORLD_REGIONS:
            continue
        if group.startswith(VILLAGE_TITLES):
            # "Barangay Buenavista": a village, not the namesake town the gazetteer knows elsewhere.
            line = folded_text.rfind("\n", max(0, begin - 24), begin) + 1 or max(0, begin - 24)
            bare = group.split(None, 1)[1]  # named without the title, as annotators and gazetteers write it
            found.append(Mention(run.end() - len(bare), run.end(), Place(bare, "village", None, None),
                                 bool(LOCATIVE.search(folded_text[line:begin])), bare))
            continue
        if group.rsplit(None, 1)[-1] in ORGANISATION_WORDS:
            continue  # "the Sudan Doctors Network", "Kenya Defence Forces": a body, not a place
        if group.startswith(STREET_TITLES) or _ROUTE_AFTER.match(text, run.end()):
            continue  # "Avenida Abancay", "the Panamericana Sur highway": a street or road, not the town it is named after
        # "Myanmar's Sagaing region": the possessor and the place are two names.
        words = [w.span() for w in _RUN_WORD.finditer(text, begin, run.end())]  # no look-behind: as over `group`
        possessive = "’" in group or "'" in group
        # "Cheikh Anta Diop University": an institution's name places it only by the name right before the
        # word that makes it one ("Kabul University", "Students of Jagannath University").
        last = len(words) - 1 if group.rsplit(None, 1)[-1] in INSTITUTION_WORDS else len(words)
        i = 0
        while i < last:
            for j in (range(len(words), i, -1) if last == len(words) else (last,)):
                s, e = words[i][0], words[j - 1][1]
                if j - i > 1 and possessive and _POSSESSIVE.search(text, s, e):
                    continue  # never a name across a possessive
                if j - i == 1 and 0 < i == len(words) - 1 and _SPEAKS.match(text, run.end()):
                    continue  # "spokesperson Abdifatah Aden Hassan told reporters": a man's surname, not the town
                if lookup_span(s, e, j - i == 1):
                    i = j - 1
                    break
            i += 1
    admin = [(m.start(1), m.group(1), m.group(2).lower()) for m in ADMIN_WORD.finditer(text, start, end)]
    admin += [(m.start(1), m.group(1), "town") for m in _places_of(text, start, end)]
    for begin, name, kind in admin:
        cut = max(name.rfind("’s "), name.rfind("'s "))
        offset = begin + (cut + 3 if cut >= 0 else 0)
        name = name[cut + 3:] if cut >= 0 else name
        particle = _PARTICLE.search(text, max(0, offset - 4), offset)
        if particle:  # "the al-Kasara area"
            offset, name = particle.start(), text[particle.start():offset] + name
        if name.endswith(("’s", "'s")):
            continue  # "an area of Ukraine's second-largest city": the possessor, not the place
        first, _, rest = name.partition(" ")
        if not rest and (first in _TITLE_WORDS or first.endswith("ed")):
            continue  # "'Captured base'", a subheading: a verb, not the name of a base
        if first in SENTENCE_OPENERS or first.endswith(_HELD_BY):  # "In Sulu province", "the Maoist-affected Bijapur
            if not rest:                                            # district": the name starts after the word
                continue
            offset, name = offset + len(first) + 1, rest
        if name.lower() in known:
            if kind in AREA_WORDS:
                _as_area(found, offset, offset + len(name), kind)
            continue
        if "Islamic" in name or text.endswith("Islamic State ", 0, offset):
            continue  # "Islamic State West Africa Province": a group's name
        if name.split()[0] in ("The", "A", "An", "This", "That"):
            continue
        head, _, last = name.rpartition(" ")
        if head and last.lower() in peoples:  # "the Ain al-Hilweh Palestinian refugee camp": the people is no part of the name
            name = head
        if name.lower() in NOT_PLACES or name.lower() in peoples or name.isupper() or name.endswith(_HELD_BY) \
                or name.rsplit(None, 1)[-1].lower() in NOT_PLACES:  # "the Third Military Region": a command
            continue  # "the Ukrainian city of", "a CRPF camp", "SDF-held areas": not names of places
        # "the Gada Local Government area": a Nigerian district, not a spot within a town
        kind = "district" if kind in AREA_WORDS or name.endswith(("Local Government", "LGA")) else kind
        found.append(Mention(offset, offset + len(name), Place(name, kind if kind in KIND_RANK else "town", None, None), True))
    appositive = (m for m in APPOSITIVE_PLACE.finditer(text, start, end) if text.endswith(INSTITUTIONS, 0, m.start()))
    for m in chain(UNKNOWN_PLACE.finditer(text, start, end), appositive,
                   _PEOPLE_OF.finditer(text, start, end) if any(w + " of" in folded_text for w in _RESIDENTS) else (),
                   _AT_PLACE.finditer(text, start, end),
                   _ROAD_FROM.finditer(text, start, end) if _may_name_road(text, start, end) else (),
                   _FRONT.finditer(text, start, end) if " front" in text else (), _explained(text, start, end),
                   _villages_named(text, start, end),
                   _MOUNT.finditer(text, start, end)):
        name = m.group(1)
        low = name.lower()
        if m.group().startswith("between") and _SIDES_BEFORE.search(folded_text, max(0, m.start() - 20), m.start()):
            continue
        if m.re is _ROAD_FROM and name in _NOT_ROAD_ENDS:
            continue
        if low in known or low in NOT_PLACES or low.split()[0] in NOT_UNKNOWN_PLACES or low.removesuffix("s") in peoples:
            continue
        if text.startswith(", a", m.end(1)) and _NOT_A_PLACE_AFTER.match(text, m.end(1)) \
                and not _SOURCE_AFTER.match(text, m.end(1)):
            continue  # "attacked Giorgi Beridze, a campaigner": a person
        # "residents of Linda Vista": a known name inside an unknown longer one is part of it ("Linda").
        inside = [f for f in found if m.start(1) <= f.start and f.end < m.end(1) and not f.place.rank >= 4]
        last = name.rsplit(None, 1)[-1]
        if last in INSTITUTIONS or last in ORGANISATION_WORDS or last in ("School", "Secondary", "Primary", "Stadium"):
            continue  # "attacked Lhubiriha Secondary School": a building, not a place name
        if inside and last.lower() not in AREA_WORDS and last.lower() not in _PLACE_NOUNS and "’s" not in name \
                and "'s" not in name:
            found = [f for f in found if f not in inside]
        if not any(f.start <= m.start(1) < f.end for f in found):
            # A fronted "In Puntland, ..." frames the paragraph: a place named inside the clause is finer.
            kind = "district" if m.re is UNKNOWN_PLACE and m.group()[0].isupper() else "town"
            begin = m.start(1)
            if name.startswith(VILLAGE_TITLES):  # "Barangay Trinidad": the village's name is "Trinidad"
                begin, name = m.end(1) - len(name.split(None, 1)[1]), name.split(None, 1)[1]
            found.append(Mention(begin, m.end(1), Place(name, kind, None, None), True))
    for f in list(found):
        # "north Kashmir's Sopore arrested": an unknown name a region possesses is a town in it.
        held = _POSSESSED.match(text, f.end) if f.place.rank in (2, 3) else None
        if held and held.group(1).lower() not in known and held.group(1).split()[0] not in _NOT_POSSESSED \
                and held.group(1).split()[-1] not in ORGANISATION_WORDS:
            found.append(Mention(held.start(1), held.end(1), Place(held.group(1), "town", None, f.place.country), True))
    for m in _capitals(text, start, end):
        owner = table.get((m.group("owner") or "").lower(), [None])[0]
        country = owner.country if owner and owner.kind == "country" else \
            demonym_countries().get((m.group("people") or "").lower())
        # Starts after the preposition, so "north of the capital" reads as a landmark.
        found.append(Mention(m.start(1), m.end(1), Place("the capital", "capital", None, country), True))
    if minor:
        _add_minor_towns(text, found, minor, shipped, peoples, cued)
    # A name inside a longer one ("Isa" in "Ras Isa") is not a second place.
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Mention] = []
    for f in found:
        if kept and f.end <= kept[-1].end and f.start >= kept[-1].start and (f.start, f.end) != (kept[-1].start, kept[-1].end):
            continue
        after_of = folded_text.endswith(("of ", "from ", "the "), max(0, f.start - 5), f.start)
        if folded_text.find("from", max(0, f.start - 30), f.start) >= 0 and _ORIGIN.search(folded_text, max(0, f.start - 60), f.start):
            f = replace(f, relative=True)  # "six laborers from the eastern Punjab province": where they came from
        if (after_of and (RELATIVE.search(folded_text, max(0, f.start - 40), f.start)
                          or _CONTAINER.search(text, max(0, f.start - 40), f.start))) or (
                f.place.rank < 4 and _POSSESSOR.match(text, f.end)):
            # "west of Khan Younis", "Kirkuk's Hawija district": a landmark or a container.
            f = replace(f, relative=True)
        if folded_text.endswith(("hospital in ", "hospital in the city of "), 0, f.start) and \
                _TREATED_AT.search(folded_text, max(0, f.start - 90), f.start):
            continue  # "died of his wounds at a hospital in Ramadi": where he was taken, not where it happened
        # Few names follow an opener: test them all at once first (at 0 the generator reads the text's end).
        opener = next((w for w in _FRONTING if text.startswith(w, f.start - len(w))), "") \
            if f.start == 0 or text.endswith(_FRONTING, 0, f.start) else ""
        at = f.start - len(opener)
        if opener and not _WHERE.match(text, f.end) and (
                at == 0 or text[at - 1] == "\n" or text[max(0, at - 2):at] in (". ", "— ", "- ", ": ")):
            f = replace(f, fronted=True)
        kept.append(f)
    return kept


def _add_minor_towns(text: str, found: list[Mention], minor: list[tuple[int, int, str]], shipped: World,
                     peoples: frozenset[str], cued: Callable[[int, int], bool]) -> None:
    """Small towns named after "in", "near"... ("a riot in Wabag"), read only in the
    country the article is about: "Reserve", "Street" and "Homeland" are towns somewhere."""
    home = context_country(found)
    if not home:
        return
    for start, end, name in minor:
        low = name.lower()
        if low in NOT_PLACES or low.split()[0] in NOT_UNKNOWN_PLACES or low in peoples:
            continue
        town = shipped.minor_town(low, home)
        if town is None or not cued(start, end) or _BUILDING_AFTER.match(text, end) \
                or _SPEAKER_IN.search(text, max(0, start - 20), start):
            continue
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in minor):
            continue  # part of a longer name
        same = next((i for i, m in enumerate(found) if m.start < end and start < m.end), None)
        if same is None:
            found.append(Mention(start, end, town, True, name))
        elif (found[same].start, found[same].end) == (start, end) and not found[same].place.latitude:
            # A construction found the name ("killed six in Wabag on Sunday"): now it has a map point.
            found[same] = replace(found[same], place=replace(town, name=found[same].place.name, kind=found[same].place.kind))


# "the army spokesman in Bentiu says": where the speaker sits, not where it happened.
_SPEAKER_IN = re.compile(r"(?:spokes(?:man|woman|person)|correspondent|reporter)\s+in\s+$")
# "executed in Sepidar prison": a building's name, not the small town that shares it.
_BUILDING_AFTER = re.compile(r"\s+(?:prison|jail|school|college|university|hospital|stadium|airport|hotel|mosque|church|camp|barracks)\b")


# ", a campaigner", ", an opposition lawmaker": what the name before it is, when it is no kind of place.
_NOT_A_PLACE_AFTER = re.compile(
    r",\s+an?\s+(?!(?:[\w-]+\s+){0,3}?(?:village|town|city|hamlet|settlement|locality|community|area|district|region|"
    r"province|neighbou?rhood|suburb|island|hill|hilltop|base|camp|market|port|post|outpost|checkpoint|valley|mountain|"
    r"county|commune|municipality|township|quarter|sector|zone|border|farming|mining|fishing|coastal|remote|rural|"
    r"centre|center|hub|stronghold|garrison|enclave|crossing|junction)\b)[a-z]")
# "near Ngouboua, a local official told AFP": the source, not what the place is.
_SOURCE_AFTER = re.compile(r",\s+an?\s+(?:[\w’'-]+\s+){0,4}?(?:said|says|told|added|reported|confirmed)\b")
_MEMBERS_OF = ("members of ", "member of ", "members of the ", "member of the ", "fighters of ", "fighters of the ")
# "the Resident District Commissioner": a title, not a district named Resident.
_TITLE_WORDS = {"Resident", "Deputy", "Assistant", "Additional", "Senior", "Chief", "Acting"}


_TREATED_AT = folded(r"\b(?:died|succumbed|taken|rushed|evacuated|treated|admitted|airlifted|flown|receiving treatment|"
                    r"recovering)\b[^.;]{0,60}\bhospital in (?:the city of )?$")


# "In Kirkuk, ...", "Near Nablus, ...": a place that opens the sentence frames it.
_FRONTING = ("In ", "Near ", "Outside ")
STREET_TITLES = ("Avenida ", "Avenue ", "Av. ", "Calle ", "Rue ", "Jalan ", "Boulevard ", "Rua ", "Via ", "Carrera ")
_ROUTE_AFTER = re.compile(r"\s+(?:highway|road|avenue|street|boulevard|expressway|motorway|bridge)\b")


SENTENCE_OPENERS = {"In", "On", "At", "Of", "For", "From", "By", "With", "Across", "Near", "Several", "Many", "Some", "All",
                    "Both", "Other", "These", "Those", "Two", "Three", "Elsewhere", "Meanwhile"}
DISTRICT_WORDS = {"district", "county", "local government area", "lga", "territory", "township", "upazila", "woreda", "regency",
                  "zone", "tehsil", "cercle", "prefecture", "sub-county", "subdistrict", "sub-district"}
AREA_WORDS = DISTRICT_WORDS | {"region", "province", "state", "governorate", "oblast", "department"}


def _as_area(found: list[Mention], start: int, end: int, word: str) -> None:
    """'the Kharkiv region', 'Kano State': the city's name stands for the area
    around it, which is less specific than a town named in the same clause."""
    for i, m in enumerate(found):
        if m.start == start and m.end == end and m.place.rank < 2:
            kind = "district" if word in DISTRICT_WORDS else "region"
            found[i] = Mention(m.start, m.end, Place(m.place.name, kind, None, m.place.country), m.locative, m.written)


def region_named(found: list[Mention], country: str | None) -> Place | None:
    """The first-level region named among `found` in `country` (any country when
    None), reading each name in that country ("Antioquia governor": Colombia's
    province, not Antakya)."""
    for m in found:
        # Read in any country, a name counts only by its first reading ("Gaza" is the city, not Mozambique's province).
        regions = _first_level_readings(m.key) if country else None
        if regions is None:  # as found
            regions = (m.place,) if m.place.admin1 and m.place.rank == 3 else ()
        for place in regions:
            if country is None or place.country in (country, None):
                return place
    return None


@lru_cache(maxsize=4096)
def _first_level_readings(key: str) -> tuple[Place, ...] | None:
    """The first-level regions among a name's readings, best first; None for a name the gazetteer lacks.
    Kept per name: `best_place` and the pipeline ask for every clause, about the same few names."""
    places = world().table.get(key)
    return None if places is None else tuple(p for p in places if p.admin1 and p.rank == 3)


def best_place(found: list[Mention], context_country: str | None) -> Place | None:
    """The most specific place, preferring ones introduced by 'in', 'near'...

    Single-word cities with no locative cue are too often people, parties or
    words ("Police said"), so they count only when the article's country backs them.
    """
    if not found:  # a quarter of the clauses name no place
        return None
    table, _ = gazetteer()
    usable = []
    # A province named in the clause says which country its towns are in better than the article does.
    region = region_named(found, context_country) or region_named(found, None)
    home = region.country if region and region.country else context_country
    for m in found:
        place = m.place
        if place.kind == "capital":
            city = capital_of(place.country or context_country)
            if city is None:
                continue
            place = city
        # A city's name standing for its area ("the Sahar district"), as `_as_area` marks it.
        as_area = place.kind in ("region", "district") and place.population == 0 and place.admin1 is None
        if home and place.country != home:  # the name's other readings are looked up only for a place abroad
            # A titled village ("Barangay Buenavista") is not its namesake town elsewhere.
            titled = place.kind == "village" and place.latitude is None
            candidates = [place] if titled else table.get(m.key or place.name.lower(), [place])
            if place.kind in ("region", "district") and place.population == 0:
                candidates = [p for p in candidates if p.kind != "city"] or [place]
            local = [p for p in candidates if p.country == home]
            if local:
                place = local[0]
            elif m.written and (place.kind == "city" or as_area) and (m.key != place.name.lower() or (
                    place.population < 200_000 and region is not None)):
                # Another spelling of a foreign city ("Mambasa" for Mombasa in a Congo story), or a
                # small foreign town's namesake in a clause that names a province of this country
                # ("Maga, in Kebbi State"): a town of this country that the gazetteer lacks.
                place = Place(m.written, place.kind if as_area else "town", None, home)
        if place.rank < 3 and not m.locative:  # "Kabul refused", "Moscow said": a government, not a place
            continue
        if place.kind == "country" and not m.locative and home and place.country != home:
            continue  # "as the United States prepares a troop drawdown": an actor abroad, not where it happened
        if m.written and place.name != m.written and place.rank < 4 and not m.written.isupper():
            place = replace(place, name=m.written)  # "Diyala", "Mazar-i-Sharif" as the story spells them
        usable.append((m.relative, place.rank, m.fronted, not m.locative, m.start, place))
    if not usable:
        return None
    return min(usable, key=lambda t: t[:5])[5]  # the first of the best, as a stable sort would put it


@lru_cache(maxsize=256)
def capital_of(country: str | None) -> Place | None:
    """The capital of a country, for "in the capital"."""
    if not country:
        return None
    table, by_code = gazetteer()
    code = next((c for c, name in by_code.items() if name == country), None)
    capital = world().capitals.get(code or "")
    if not capital:
        return None
    places = [p for p in table.get(capital.lower(), []) if p.country == country]
    return places[0] if places else Place(capital, "city", None, country)


def context_country(found: list[Mention]) -> str | None:
    """The country an article is mostly about: the most named, counting a
    region or city as a mention of its country."""
    counts: dict[str, int] = {}
    for m in found:
        if m.place.country:
            # A country named outright says more than a town whose name may
            # be shared with places elsewhere ("Antioquia" is also Antakya).
            # A province is named less loosely than a town: fewer places abroad share its name.
            weight = 3 if m.place.kind == "country" else 2 if m.place.rank == 3 else 1
            counts[m.place.country] = counts.get(m.place.country, 0) + weight
    return max(counts, key=counts.get) if counts else None  # type: ignore[arg-type]


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def demonym_country(text: str) -> str | None:
    """The country a report names only by its people's adjective ("Kenyan police fired tear gas at protesters
    in the capital"): the one named most often so, for an article that names no place of any country."""
    adjectives = demonym_countries()
    named = Counter(adjectives[w] for m in _CAPITALISED.finditer(text) if (w := m.group().lower()) in adjectives)
    return named.most_common(1)[0][0] if named else None


@lru_cache(maxsize=1)
def _sorted_names() -> tuple[list[str], list[str]]:
    table, _ = gazetteer()
    keys = sorted(table)
    return keys, [table[k][0].name for k in keys]


def complete(prefix: str) -> str | None:
    """The best-known place name starting with `prefix` (for typing completion)."""
    from bisect import bisect_left

    keys, names = _sorted_names()
    low = prefix.lower()
    i = bisect_left(keys, low)
    if low and i < len(keys) and keys[i].startswith(low):
        return names[i]
    return None


def lookup(name: str, country: str | None = None) -> Place | None:
    """A place by exact name, preferring one in `country`."""
    table, _ = gazetteer()
    places = table.get(name.strip().lower(), [])
    local = [p for p in places if country and p.country == country]
    found = local or places
    return found[0] if found else None
