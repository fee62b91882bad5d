"""Event triggers: the words that say something happened, and its ACLED type.

Each trigger pattern maps to (type, sub-type, rank); a lower rank is more
specific and wins when a clause holds several ("a suicide bomber attacked a
checkpoint" is a suicide bombing, not a clash). Context refines the choice
afterwards (victims who are civilians make an attack violence against
civilians; police firing on protesters makes excessive force).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from dateline.extract.scan import fold, folded, prefixes, trie

BATTLE = ("Battles", "Armed clash")
EXPL = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRAT = "Strategic developments"

_TRIGGERS: list[tuple[str, tuple[str, str], int]] = [
    (r"suicide[- ](?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|blast|(?:car|truck|vehicle|motorcycle|motorbike|van)[- ]bomb(?:ing|er)?|vest)s?", (EXPL, "Suicide bomb"), 1),
    (r"chemical (?:weapons?|attack)|chlorine gas|sarin|nerve agent", (EXPL, "Chemical weapon"), 1),
    (r"(?:air|drone|aerial)[- ]?(?:strikes?|raids?|attacks?|bombardments?|bombings?|interdictions?)|airstrikes?|warplanes?|fighter jets?|(?:helicopter|drone) gunships?|bombed from the air|kamikaze drones?|quadcopter (?:strikes?|attacks?)|(?:explosive|explosive-laden|armed|suicide|attack) drones?|(?:drones?|uavs?) (?:[\w’'()-]+ ){0,8}?(?:struck|hit|attacked|targeted|dropped|bombed|fired)|(?:bombs?|explosives?|grenades?) from (?:a )?drones?|dropped (?:[\w-]+ ){0,2}?(?:bombs|explosives|munitions) (?:on|over)\b|(?:jets?|warplanes?|aircraft|planes?|helicopters?|antonovs?) (?:had |also |have |on the \w+ |on \w+ )?(?:struck|bombed|hit|targeted|pounded|dropped (?:\w+ )?(?:bombs|barrel bombs|explosives))|air (?:force|component|wing) (?:[\w’'-]+ ){0,12}?(?:struck|bombed|pounded|attacked|hit|targeted)|strikes (?:hit|on|targeted|struck)|(?<!general )(?<!hunger )strikes (?=(?:\w+ ){0,3}(?:killed|kills|kill|wounded|left)\b)|(?<!general )(?<!hunger )(?<!labour )(?<!labor )(?<!missile )(?<!rocket )(?<!artillery )strike (?:(?:late |early )?on \w+day )?(?:on (?:a|an|the)\b|hit|killed|kills|targeted|struck|that killed|which killed)|(?:guided|glide|aerial|barrel) bombs?|(?:israeli|russian|ukrainian|u\.s\.|american|turkish|saudi|saudi-led|coalition|iranian|sudanese|pakistani|indian|syrian|nigerian|burmese|myanmar|military|junta|regime|army|enemy) (?:air ?)?strikes?", (EXPL, "Air/drone strike"), 2),
    (r"(?<!gas )shell(?:ing|ed|s)|artillery|mortars?(?: (?:fire|rounds?|shells?|attacks?))?|rockets?(?: (?:fire|attacks?|strikes?|barrages?))?|missiles?|barrages?|bombardments?|bombard(?:s|ed|ing)?|pounded|grad|howitzers?", (EXPL, "Shelling/artillery/missile attack"), 3),
    (r"roadside bombs?|car bombs?|truck bombs?|(?:motorcycle|bicycle)[- ]bombs?|(?:remote-controlled|magnetic|sticky) bombs?|ieds?|i\.e\.d(?=\.)|improvised explosive devices?|explosive devices?|land ?mines?|bomb blasts?|bomb(?:ing)? attacks?|blasts?|explosions?|bomb(?:s|ing|ings)?(?=(?: (?:in|at|near|outside|inside|on) (?:the |a )?[\w’'-]+(?: [\w’'-]+)?)?,? (?:exploded|went off|ripped|tore|killed|hit|struck|targeted|wounded|injured))|bombings?(?= (?:at|in|near|outside|inside) )|(?:(?<=\bin a )|(?<=\bby a ))bombing\b|(?:bomb|explosive)s? (?:exploded|went off|detonated)|detonated|blew up(?! (?:[\w’'-]+ ){0,2}(?:houses|homes|buildings|dwellings))|blown up|exploded(?! into)|went off", (EXPL, "Remote explosive/landmine/IED"), 3),
    (r"grenades?", (EXPL, "Grenade"), 3),
    # "air defences destroyed 35 drones": the attack was stopped, which is what happened.
    (r"air[- ]defen[cs]es? (?:systems? |units? )?(?:had |have |also )?(?:destroyed|shot down|intercepted|downed|neutrali[sz]ed)|"
     r"(?:destroyed|shot down|intercepted|downed) (?:\w+ ){0,3}?(?:drones?|missiles|rockets|uavs)", (STRAT, "Disrupted weapons use"), 2),
    (r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken hostage|took (?:[\w’'-]+ ){1,3}?hostages?|taken (?:away )?from (?:his|her) (?:[\w’'-]+ ){0,2}?(?:homes?|houses?|beds?)|held hostage|seized (?:\w+ )?hostages|"
     r"(?:seized|grabbed|took away) (?:[\w’'-]+ ){0,2}?(?:fishermen|farmers|villagers|civilians|women|children|girls|boys|passengers|students|workers|traders|herders|travellers|travelers)\b", (VAC, "Abduction/forced disappearance"), 4),
    (r"rap(?:ed|e|es)|sexual(?:ly)? (?:violence|assault(?:ed)?)", (VAC, "Sexual violence"), 4),
    (r"bodies of|bodies were found|found dead|(?:revenge|extrajudicial|targeted|sectarian|summary|mass) killings|massacre(?:d|s)?|executed|beheaded|shot dead|shot (?:[\w’'-]+ ){0,4}?to death|murder(?:ed|s)?|gunned down|hacked to death|stabbed to death|burned alive|beat to death|beat (?:[\w’'-]+ ){1,5}?to death|shot (?:and (?:wounded|injured) )?(?:(?:at least|about|some) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|dozens of) (?:[\w’'-]+ ){0,2}?(?:civilians|villagers|residents|farmers|passengers|worshippers|students|people|women|children|motorists|traders|herders|fishermen|shepherds|pilgrims|commuters|workers)\b|(?:opened fire|fired) (?:on|upon|at) (?:civilians|worshippers|villagers|passengers|crowds?|people|residents|mourners|motorists|aid seekers|farmers|workers|shoppers|commuters|pilgrims|students|(?:a|the) (?:crowd|market|mosque|church|bus|school|wedding|funeral))", (VAC, "Attack"), 5),
    (r"(?:seized|captured|overran|overrun|took(?! place)) (?:control of )?(?:the )?(?:[\w’'-]+,? ){0,2}?(?:an? )?(?:towns?|city|cities|villages?|bases?|district|area|territory|capital|province|region|valley|garrison|outposts?|checkposts?|hilltop|stronghold|control)\b|seized control|(?:took|taken|had taken|seized|assumed) (?:full )?control|(?:are|were|is|was) (?:now )?in (?:full |complete |total )?control of|took over|fell to|overran|(?:had |have |was |were )overrun", ("Battles", "Non-state actor overtakes territory"), 5),
    (r"recaptur(?:ed|e|ing)|retook|retaken|retaking|regain(?:ed)? (?:full |total |complete )?control|liberated|reclaimed", ("Battles", "Government regains territory"), 5),
    # "M23 fighters entered Sange without firing a shot": ground changing hands without a fight.
    (r"(?:entered|walked into|moved into|rolled into|marched into)(?=[^.;]{0,120}\bwithout (?:a fight|firing|resistance|any resistance|a shot|meeting|a battle|fighting))"
     r"|(?:entered|walked into|moved into|rolled into|marched into) (?:the )?(?:[\w’'-]+ ){0,2}?(?:town|city|village)s? (?:of )?(?:[\w’'-]+ ){0,2}?unopposed"
     # "The army withdrew from Rumangabo, their main camp", "fighters had pulled out of the town"
     r"|(?<!police )(?<!officers )(?<!policemen )(?:withdrew|withdrawn|pulled out|retreated|pulled back) (?:from|of) (?:the )?(?:[\w’'-]+ ){0,2}?(?:town|city|village|base|camp|"
     r"positions|outposts?|stronghold|garrison)s?\b|(?:withdrew|pulled out) (?:from|of) [\w’'-]+, (?:their|its|the) (?:[\w’'-]+ )?(?:camp|base|stronghold)",
     ("Strategic developments", "Non-violent transfer of territory"), 5),
    (r"(?:fired|opened fire) (?:(?!(?:mortars?|shells?|rockets?|missiles?|grenades?|artillery)\b)[\w’'-]+ ){0,3}?(?:at|on|upon) (?:[\w’'-]+ ){0,3}?(?:positions|posts|outposts|troops|soldiers|forces|patrols?|convoys?|checkpoints?|vehicles?|cars?|buses|trucks?|bases?|camps?|stations?|farmhouses?|buildings?|houses?|homes?|planes?|aircraft|boats?)|"
     r"shot at (?:an? |the )?(?:[\w’'-]+ ){0,2}?(?:positions|posts?|outposts?|troops|soldiers|forces|patrols?|convoys?|checkpoints?|stations?)\b|"
     # "the 50th Infantry Battalion also encountered a group of NPA rebels"
     r"encountered (?:an? (?:group|band|unit|team) of )?(?:[\w’'()-]+ ){0,3}?(?:rebels|militants|insurgents|gunmen|terrorists|bandits|fighters|guerrillas)\b|"
     r"clash(?:es|ed|ing)?|confrontations?|fighting|fought|firefights?|gun ?battles?|gunfights?|encounters?|shoot-?outs?|exchanges? of fire|exchanged fire|battles?|battled|skirmish(?:es)?|routed|ambush(?:ed|es|ing)?|offensives?|assaults?|raids?|raided|raiding|stormed|storming|engagements?|operations?|counter-?attacks?|insurgents? attacked|militants? attacked|gunmen attacked|attacked|attacking|attacks?|shootings?|killed|killing|kill|died|(?:were|was) slain|lost their lives|neutrali[sz]ed", BATTLE, 6),
    # A crowd's own justice: "residents lynched two suspected thieves", "a mob beat a man to death".
    (r"lynch(?:ed|ing|ings)?|mob (?:justice|violence|attacks?)|(?:mobs?|crowds?|villagers|residents|locals) (?:(?!said |says |say |told |were |was |been |being )[\w’'-]+ ){0,7}?(?:beat|beaten|hacked|stoned|set upon|attacked|killed|burned|burnt)|beaten to death by (?:a |an )?(?:\w+ )?(?:mob|crowd)", ("Riots", "Mob violence"), 4),
    (r"(?<!anti-)riot(?:s|ers|ing|ed)?(?! (?:police|policemen|gear|squad|control|shields?|units?|officers|troops|forces))|mob(?:s)?|rampag(?:e|ed|ing)|torched|set (?:fire|ablaze)|set on fire|(?:hurled|hurling|threw|throwing|lobbed|lobbing|pelted \w+ with|pelting \w+ with) (?:\w+ )?(?:stones|rocks|bricks|bottles|petrol bombs|molotov cocktails|firebombs|fireworks|projectiles)|stone-?throwing|vandali[sz]ed|"
     # "objects were thrown at officers", "built barricades", "forced their way into the airport" (burning tyres on
     # a blocked road are a protest's, three gold sets agree)
     r"(?:stones|rocks|objects|bottles|projectiles|bricks) (?:were |was )?(?:thrown|hurled) at|"
     r"(?:built|erected|put up) barricades|(?:forced (?:their|its) way|burst) into (?:the )?(?:[\w’'-]+ ){0,3}?(?:buildings?|offices?|compound|premises|parliament|stations?|headquarters|palace|airport)|"
     r"(?:turned|degenerated into|descended into) (?:violence|violent|chaos)", ("Riots", "Violent demonstration"), 6),
    (r"(?:gathered|assembled|converged) (?:[\w’'-]+,? ){0,15}?(?:to (?:demand|protest|denounce|condemn|call for|press for|decry)|in protest|"
     r"at the (?:call|invitation) of)|(?:gathered|assembled) peacefully|(?:answered|heeded|responded to) the call|"
     r"blocked (?:access to )?(?:a |the |several |main )?(?:(?:[\w’'-]+ )?(?:roads?|highways?|intersections?|junctions?|streets?|bridges?)"
     r"|(?:route|avenue|avenida|highway|carretera|calle) [\w’'-]+(?: [\w’'-]+){0,2}?)"
     r"(?= (?:[\w’'-]+,? ){0,8}?(?:to (?:demand|protest|denounce)|in protest|against|demanding|for (?:several |about |most of |\w+ )?(?:hours|the day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
     r"|with (?:stones|rocks|burning tyres|tyres|tires|logs|tree trunks)))|"
     # "parked their rigs across the highway", "blocking streets in Montero", "police cleared a blockade"
     r"parked (?:their |dozens of |hundreds of |\w+ )?(?:trucks|rigs|lorries|buses|vehicles|tractors|minibuses) across|"
     r"blocking (?:the )?(?:main )?(?:streets|roads|highways?|bridges?)|"
     r"(?:clear|cleared|clearing|lift|lifted|break up|broke up|dismantle|dismantled) (?:a|the) (?:[\w’'-]+ )?(?:blockades?|barricades?|roadblocks?|sit-ins?)|"
     r"blocked for (?:several |about |\w+ )?hours|dharnas?|chanting|"
     r"(?:dispers(?:e|ed|ing)|break up|broke up|breaking up) (?:a |the )?(?:[\w’'-]+ ){0,3}?(?:crowds?|protesters|demonstrators|gatherings?|marchers|rally|protest)|"
     # "fired tear gas at students", "used tear gas and water cannon against thousands of opposition supporters"
     r"(?:fired|used|lobbed) (?:tear ?gas|water cannons?|rubber bullets)(?: (?:canisters|shells))?(?: and (?:tear ?gas|water cannons?|rubber bullets))? "
     r"(?:at|on|into|against) (?:a |the )?(?:[\w’'-]+ ){0,3}?(?:crowds?|protesters|demonstrators|marchers|students|supporters|youths|activists|mourners)|"
     r"(?:baton|lathi)[- ]?charg(?:ed|es|ing|e)\b|tear ?gas shelling|"  # "Police baton-charged PTI workers in Karachi"
     r"protest(?:s|ers|ors|ed|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|(?<!funeral )processions?|human chains?|hartals?|"
     r"(?:enforced|observed) (?:a |the )?(?:\w+ )?(?:strike|shutdown|bandh)|marched|march(?:es)?(?= (?:through|to|in|on|by|from|against))|sit-ins?|(?:began|started|launched|staged|went on) (?:an? )?(?:[\w-]+ )?hunger strike|took to the streets|(?:stood|standing|stand) in silence|silent (?:march|marches|protest|protests)|vigils?|walkouts?|strikers", ("Protests", "Peaceful protest"), 7),
    (r"ceasefire|cease-fire|truce|peace (?:deal|agreement|accord|pact)|(?:signed|reached|struck|adopted) (?:an? |the )?(?:\w+ )?(?:deal|agreement|accord|pact|resolution|memorandum|declaration)|prisoner (?:swap|exchange)|brokered|exchanges? of (?:prisoners|pows|captives|detainees|bodies)|"
     r"(?:swapped|exchanged|returned) (?:\w+ ){0,4}?(?:prisoners of war|pows|captives)|"
     r"agreed (?:on|to) (?:a |an |the )?(?:[\w’'-]+ ){0,4}?(?:ceasefire|truce|deal|border|exchange|release|withdrawal|framework|terms|roadmap)",
     (STRAT, "Agreement"), 8),
    (r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|(?:taken|placed|remanded) (?:into |in )?(?:police )?custody|apprehended|rounded up|nabbed|"
     r"picked up (?:from|by (?:the )?(?:police|security|army|troops|soldiers|agents|officers))", (STRAT, "Arrests"), 5),
    (r"blew up (?:[\w’'-]+ ){0,2}(?:houses|homes|buildings|dwellings)|loot(?:ed|ing|ers)|broke into (?:\w+ )?(?:warehouses?|shops?|stores?|homes?|offices?)|plunder(?:ed)?|(?:burn(?:ed|t|ing)(?: down)?|destroy(?:ed|ing)|demolish(?:ed|ing)|raz(?:ed|ing)|torch(?:ed|ing)) (?:\w+ ){0,4}(?:homes|houses|(?<=down the )house|shops|villages|property|buildings|vehicles|cars|trucks|markets?|tractors?|sheds?|warehouses?|granar(?:y|ies)|barns?|crops|equipment|machinery)", (STRAT, "Looting/property destruction"), 5),
    (r"defused|seized (?:\w+ )?(?:weapons|arms|explosives|ammunition)|intercepted|shot down", (STRAT, "Disrupted weapons use"), 8),
    (r"talks|negotiations|dialogue|peace process|mediation", (STRAT, "Other"), 9),
    # "12 guerrillas surrendered to the army", "six Maoists surrendered before the police": fighters leaving the fight
    (r"surrendered (?:(?:with|along with) (?:their|his) (?:\w+ )?(?:weapons|arms|firearms|rifles) )?(?:to|before)",
     (STRAT, "Change to group/activity"), 8),
]


def _alternation(indices: Iterable[int]) -> str:
    """The triggers at `indices`, in that order, each as a group named after its index."""
    return "|".join(f"(?P<t{i}>\\b(?:{_TRIGGERS[i][0]})\\b)" for i in indices)


# Matched against fold(text): the patterns above are all lowercase.
TRIGGER_RE = folded(_alternation(range(len(_TRIGGERS))))
_BY_GROUP = {f"t{i}": (label, rank) for i, (_, label, rank) in enumerate(_TRIGGERS)}


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    subtype: str
    rank: int


# The first (up to eight) characters of every way each trigger can begin: eight, not four, tell
# "forced their" from "forces", so about half as many words are tried ("forc" began both).
_PREFIXES = [prefixes(pattern, limit=8) for pattern, _, _ in _TRIGGERS]
_STEMS = frozenset().union(*_PREFIXES)
if "" in _STEMS:
    raise ValueError("a trigger pattern can begin with anything")
# Word starts where a trigger can begin (a stem is at most eight characters long). The stem is
# looked at, not consumed: "is i", "u.s." run into the next word, whose start must still be tried
# ("the missile is intercepted").
_STARTS = folded(r"[^a-z](?=(" + trie(sorted(_STEMS)) + "))")


def _word_starts(low: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, stem) of every word in low[start:end] that a trigger can begin."""
    # The first word, seen after a space (one pattern, not a second one compiled for it).
    if (start == 0 or not "a" <= low[start - 1] <= "z") and (first := _STARTS.match(" " + low[start:end])):
        yield start, first.group(1)
    for m in _STARTS.finditer(low, start, end):
        yield m.start(1), m.group(1)


@lru_cache(maxsize=None)
def _pattern_at(stem: str) -> re.Pattern[str]:
    """TRIGGER_RE cut down to the triggers that can begin where `stem` was found.

    `_STARTS` finds the longest stem at a word, so the prefix a trigger begins
    with there is `stem` or a shorter stem that begins it; the triggers left
    out cannot match, and those kept stay in order, so the match (and its
    group) is the one TRIGGER_RE gives, after trying two or three triggers
    instead of all of them.
    """
    return _triggers_at(tuple(i for i, prefixes in enumerate(_PREFIXES) if any(map(stem.startswith, prefixes))))


@lru_cache(maxsize=None)
def _triggers_at(indices: tuple[int, ...]) -> re.Pattern[str]:
    """The triggers at `indices`, compiled once: hundreds of stems share a few dozen sets."""
    return folded(_alternation(indices))


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Triggers in text[start:end], tried only at words that can start one."""
    found = []
    last = start
    low = fold(text)
    for at, stem in _word_starts(low, start, end):
        if at < last:
            continue
        m = _pattern_at(stem).match(low, at, end)
        if m:
            (etype, subtype), rank = _BY_GROUP[m.lastgroup or ""]
            found.append(Trigger(m.start(), m.end(), text[m.start():m.end()], etype, subtype, rank))
            last = m.end()
    return found


# Words that make a clause about something that did not (yet) happen, or
# happens habitually: threats, plans, hypotheticals, generalities.
# Matched against fold(text); "may" the verb is told from May the month by
# MAY, on the original text.
HEDGE = folded(
    r"\b(?:will|would|could|might|must|should|shall|threaten(?:ed|s)? to|vow(?:ed|s)? to|pledged to|plans? to|"
    r"planned to|planning to|plotting to|intends? to|aims? to|seeks? to|wants? to|ready to|prepared to|expected to|(?:is|are) set to|scheduled to|if|unless|often|usually|frequently|"
    r"routinely|regularly|typically|ha(?:ve|s) long|(?:no|not)(?! (?:less|fewer|more) than\b| only\b)|never|denie[sd]|deny|refut(?:ed|es|ing)|(?:dismiss|reject)(?:ed|s|ing)? (?:the )?(?:reports?|claims?|allegations?|rumou?rs?) (?:that|of)|avoid|prevent(?:ing)?|fear(?:s|ed)? of|"
    r"risk of|warn(?:ed|s|ing)? of|call(?:ed|s|ing)? (?:on|for)|(?<!so-)(?:call(?:ed|s)?|announc(?:e|ed|es)) (?:for )?(?:a|an)(?: [\w-]+){0,3}?(?= $)|warn(?:ed|s|ing)? that|call(?:ed|s)? (?:a|an) (?:[\w-]+ )?(?:strike|bandh|shutdown|hartal)|urg(?:e|ed|ing)|demand(?:ed|s|ing)?|accus(?:ed|es|ing) \w+ of|continue to|continues to|(?:notorious|known|infamous) for|"
    # "voiced particular concern at the devastating impact of drone strikes": a worry, not a strike
    r"concern (?:at|about|over) [“\"]?(?:the )?(?:[\w’'-]+ ){0,3}?(?:impact|effect|use|threat|rise|spread|escalation) of)\b",
)
MAY = re.compile(r"\bmay\b")
# Verbs of talks that actually happened (talks are an event only with one).
TALKS_EVENT = folded(
    r"\b(?:held|hold|began|begun|started|opened|resumed|collapsed|ended|broke down|stalled|failed|concluded|met|meeting|"
    r"took place|offer(?:ed|ing|s)?|propos(?:ed|e|es|ing)|agreed|walked out|suspended|called off)\b")
VICTIMS = folded(
    r"\b(?:civilians?|villagers?|residents?|worshippers?|passengers?|farmers?|students?|children|women|pilgrims?|"
    r"shoppers?|commuters?|journalists?|aid workers?|teachers?|family|families|people|bystanders?|herders?|miners?|"
    r"woman|girls?|boys?|child|baby|shepherds?|fishermen|traders?|labou?rers|motorists|travell?ers|headmaster|"
    r"displaced|patients?|doctors?|nurses?|medics?|health workers?|refugees?|migrants?|mourners?|recruits?|"
    r"men|nuns?|priests?|catechists?|pastors?|imams?|clerics?|workers?|engineers?|guards?|rangers?|"
    r"informers?|vendors?|tourists?|hostages?|contractors?|elders?|persons?|man|drivers?|"
    r"mayors?|councill?ors?|chiefs?(?! of)|politicians?|candidates?|lawmakers?|parish(?:ioners)?|congregation|"
    r"officials?(?!\s+(?:\w+\s+)?(?:said|say|says|told|confirmed|reported|added|stated|announced))|"
    r"administrators?|judges?|sons?|daughters?|relatives|parishioners|critics?|"
    # "opened fire on a Spirit Airlines plane": whom guns fired at a plane meet
    r"(?:civilian |passenger |commercial )?(?:planes?|airliners?)|"
    r"(?:attacked|raided|stormed) (?:the |a )?(?:\w+ )?(?:villages?|homes?|houses?|hamlets?|neighbou?rhoods?|communit(?:y|ies)|"
    r"churche?s?|mosques?|markets?|schools?|hospitals?|camps? for (?:the )?displaced)|"
    r"attacks? on (?:the |a )?(?:\w+ )?(?:villages?|communit(?:y|ies)|churche?s?|mosques?|markets?|schools?|hospitals?)|"
    # "He was shot in the capital while campaigning": what the victim was doing says who he was
    r"while (?:campaigning|praying|worshipping|shopping|sleeping|farming|fishing|travelling|traveling|walking|working))\b")
STATE_FORCE = folded(r"\b" + trie(["police", "policemen", "policeman", "gendarme", "gendarmes", "gendarmerie", "security forces",
                                    "troops", "soldier", "soldiers", "army", "military", "officers", "riot police", "authorities",
                                    "guardsmen", *(f"{kind} guard{s}" for kind in ("border", "coast", "national", "republican",
                                                                                   "presidential") for s in ("", "s"))]) + r"\b")
INTERVENTION = folded(r"\b(?:tear ?gas|water cannons?|batons?|dispers(?:ed|e)(?!\s+(?:peacefully|quietly|calmly|voluntarily|on their own|without|after))|rubber bullets|(?:baton|lathi)[- ]?charg(?:ed|es|ing|e)|arrested|detained|beat|pepper spray|stun grenades|sound grenades|push(?:ed|ing)? (?:[\w’'-]+ ){0,2}?back|cordon|"
                      # "Police also intervened", "put down weekly protests", "stopped the protesters at the checkpoint"
                      r"intervened|put down|suppress(?:ed|ing)|(?:stopped|blocked|prevented) (?:the )?(?:[\w’'-]+ )?(?:protesters|protestors|marchers|demonstrators|march|rally))\b")
# "police fired tear gas and live rounds at protesters": the force is the event.
FIRED_ON_CROWD = folded(r"\b(?:police|security forces|troops|soldiers|army|officers)\b[^.;]{0,60}\b(?:fired|opened fire|shot)\b"
                        r"[^.;]{0,50}\b(?:at|on|into)\s+(?:(?:the\s+)?(?:protesters|protestors|demonstrators|crowds?|marchers)"
                        # "opened fire directly at hundreds of anti-government protesters", "fired on a demonstration"
                        r"|(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:protesters|protestors|demonstrators|demonstrations?|protests?|"
                        r"rall(?:y|ies)))\b")
LETHAL = folded(r"\b(?:opened fire|shot|live (?:ammunition|rounds|fire)|killed|killing)\b")
