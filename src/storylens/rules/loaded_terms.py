"""Loaded-term equivalence sets: words different outlets use for the same referent.

Each set lists terms for one kind of referent with a *charge*: 0 = the neutral,
descriptive choice style guides recommend; 1 = common but coloured; 2 = loaded (implies a
judgement about legitimacy, violence or guilt). ``findings.framing`` reports two aligned
sentences that use terms of one set whose charges differ and at least one is loaded (2).

Sources:

* ``regime``  — BBC Editorial Guidelines (style guide, *regime*): "regime" implies an
  illegitimate government; prefer "government" / "administration" / "authorities".
* ``militant`` — AP Stylebook, *terrorism* / *militant*: prefer specific neutral terms
  ("fighters", "militants", "gunmen") over "terrorists" unless attributed; Reuters
  Handbook of Journalism, *terrorism*: "we do not use the word terrorist without
  attribution". BBC guidelines on "language when reporting terrorism".
* ``unrest``  — AP Stylebook guidance on *riot* (2020): "riot" for violent disorder only;
  "protest", "demonstration", "unrest" are the descriptive choices.
* ``immigrant`` — AP Stylebook (2013): "illegal immigrant" dropped; "illegal alien" is
  pejorative; prefer "undocumented" / "migrant".
* ``abortion`` — AP Stylebook, *abortion*: use "anti-abortion" and "abortion-rights",
  not "pro-life" / "pro-choice".
* ``killing`` — "massacre" / "slaughter" assert intent and scale; "killing(s)" / "deaths"
  are descriptive (Wikipedia *Words to watch*, "Contentious labels").
* ``crowd``   — "mob" / "thugs" are contentious labels for a crowd or protesters
  (Words to watch, "Contentious labels").
* ``stance`` / ``remarks`` — "warmongering", "diatribe", "rant", "tirade" judge a
  statement rather than report it (Words to watch, "Contentious labels" and
  "Expressions of doubt"); "martyr" is the glorifying mirror of "terrorist".
* ``territory`` — "occupied" vs "disputed" (BBC *Israel and the Palestinians* style
  guide, key terms).
* ``leader``  — "dictator" / "strongman" / "tyrant" label a head of state others call
  "president" or "leader" (Words to watch, "Contentious labels").
* ``entry``   — "stormed" / "overran" assert force; "entered", "reached", "marched to"
  describe (Words to watch, "Contentious labels"; AP on *riot*, same reasoning).
* ``pull`` / ``hold`` — the same physical act told with an emotive verb or noun:
  "yanked", "jerking … around" assert violence where "pulled", "tugged" describe; "the
  clutches of" casts the holder as a predator where "grip" describes (Words to watch,
  "Loaded language"; issue 12, item 3). ``pull`` is matched in every inflection
  (:data:`LEMMA_SETS`); a particle that makes it another act ("pulled his hand free")
  is not the act (:data:`OTHER_ACT_PARTICLES`).
* ``armed group`` organisation nouns ("group", "movement") and ``crowd``'s "supporter" —
  plain names for what an entity or a crowd *is*; the first only where they label a
  named entity (:data:`ANCHOR_ONLY`). "militiaman" is coloured like "militant" (AP:
  specific neutral terms). The crowd (civilian) and armed-group sets also tell who did
  an act: the same act's doers named from one set in one outlet and from the other in
  another is a descriptor contrast (``findings.framing``).
* :data:`INTENSIFIERS` — adverbs of manner that judge force, cruelty or conduct.
* session 14b (read on the missed keyed framing items of the 50 invented dev stories):
  ``burning`` ("torched" / "set fire to"), ``spending cut`` ("gutted" / "cut"), ``police
  advance`` ("charged into" / "moved in"), ``business owner`` ("oligarch" /
  "businessman"), "boss" in ``leader``, "raided" / "searched" in ``entry``, the doers'
  own nouns ("hijacker", "kidnapper") in ``armed group``; each entry's comment gives its
  source class (Words to watch, "Contentious labels" / "Loaded language"; AP). Verbs of
  ``burning``, ``spending cut`` and ``entry`` are one act only with a shared word in their
  objects (:data:`OBJECT_SETS`); "boss" and "oligarch" only on one named person
  (:data:`NAMED_ONLY_TERMS`).
* session 39 (read on the keyed framing misses of session 38's spent held-out set, now dev):
  ``impact`` ("ploughed into", "rammed", "clubbed" / "struck", "collided with"),
  ``spending`` ("lavished", "squandered" / "spent"), ``fire`` ("inferno" / "fire",
  "blaze"), and a sports crowd's nouns in ``crowd`` ("hooligans" / "fans",
  "spectators"); the verbs are one act only with a shared object word (OBJECT_SETS), and
  every new word keeps its own stem for the aligner (UNLINKED_TERMS).

Lexicon and licence: these tables are the project's own list (MIT, like the code), written
from the style guides named above. The public lexicons considered were the NPOV bias
lexicon of Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013, "Linguistic Models for
Analyzing and Detecting Biased Language") — distributed from the authors' site without a
stated licence — and the MPQA subjectivity clues (Wilson, Wiebe & Hoffmann 2005) —
distributed under the GNU GPL; neither is on PyPI, nothing may be downloaded at run time,
and GPL data cannot ship in an MIT package, so neither is included. :data:`MODIFIERS` takes
its *classes* from those works (Recasens et al.'s "epistemological" vs "framing" bias; MPQA's
"strongsubj" clues) but every entry is chosen and documented here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TermSet:
    name: str
    terms: dict[str, int]  # term (lower case, singular) -> charge 0/1/2
    note: str


TERM_SETS: tuple[TermSet, ...] = (
    TermSet(
        "government",
        {
            "government": 0,
            "administration": 0,
            "authorities": 0,
            "regime": 2,
            "junta": 2,
            "dictatorship": 2,
        },
        "BBC style guide: 'regime' implies illegitimacy",
    ),
    TermSet(
        "armed group",
        {
            "fighter": 0,
            "gunman": 0,
            # organisation nouns: the plain name of what an armed group *is*; compared
            # only when they label a named entity (ANCHOR_ONLY)
            "group": 0,
            "organisation": 0,
            "organization": 0,
            "movement": 0,
            "militant": 1,
            "militiaman": 1,
            "rebel": 1,
            "insurgent": 1,
            "separatist": 1,
            "terrorist": 2,
            "extremist": 2,
            "jihadist": 2,
            "freedom fighter": 2,
            "martyr": 2,
            # session 14b: the doers named by the act (dev d29: "identified the hijacker
            # as Emil Voskan" / "The terrorist, Emil Voskan"): the specific neutral term AP
            # asks for in place of "terrorist"
            "hijacker": 0,
            "kidnapper": 0,
            "abductor": 0,
        },
        "AP/Reuters: 'terrorist' only with attribution",
    ),
    TermSet(
        "unrest",
        {
            "protest": 0,
            "demonstration": 0,
            "rally": 0,
            "unrest": 1,
            "clash": 1,
            "disturbance": 1,
            "riot": 2,
            # session 19: the act's own noun, "five nights of rioting" (AP on *riot*, the
            # same judgement; invented dev t67: "five nights of unrest" / "of protests" /
            # "of rioting" for the same nights was not read, "rioting" being no form of
            # "riot" here)
            "rioting": 2,
            "uprising": 2,
            "insurrection": 2,
        },
        "AP on 'riot': violent disorder only",
    ),
    TermSet(
        "crowd",
        {
            "protester": 0,
            "demonstrator": 0,
            "crowd": 0,
            "activist": 0,
            "supporter": 0,
            # session 39 (dev t262, t13, t218, d93: "several spectators came over a
            # barrier" / "a few thugs", "banned 143 Dinamo Kresk supporters" / "Hooligans
            # who rained burning flares", "several hundred fans" / "A mob of ticketless
            # fans"): a sports crowd's plain nouns, and its contentious label ("hooligan"
            # judges the crowd as lawless, as "thug" and "mob" do: Words to watch,
            # "Contentious labels")
            "fan": 0,
            "spectator": 0,
            "hooligan": 2,
            "mob": 2,
            "thug": 2,
            "rioter": 2,
            "looter": 2,
            "insurrectionist": 2,
        },
        "Words to watch: contentious labels",
    ),
    TermSet(
        "immigrant",
        {
            "migrant": 0,
            "undocumented immigrant": 0,
            "asylum seeker": 0,
            "illegal immigrant": 2,
            "illegal alien": 2,
            "illegals": 2,
            "illegal migrant": 2,
            "undocumented migrant": 0,
            "immigrant": 0,
        },
        "AP 2013: drop 'illegal immigrant'",
    ),
    TermSet(
        "abortion",
        {"anti-abortion": 0, "abortion-rights": 0, "pro-life": 2, "pro-choice": 2},
        "AP: 'anti-abortion', 'abortion-rights'",
    ),
    TermSet(
        "killing",
        {"killing": 0, "death": 0, "massacre": 2, "slaughter": 2, "bloodbath": 2},
        "Words to watch: 'massacre' asserts intent",
    ),
    TermSet(
        "stance",
        {"firm": 0, "tough": 0, "hawkish": 1, "hardline": 1, "warmongering": 2, "belligerent": 2},
        "Words to watch: value-laden labels; 'warmongering' judges intent",
    ),
    TermSet(
        "remarks",
        {
            "remark": 0,
            "comment": 0,
            "statement": 0,
            "speech": 0,
            "diatribe": 2,
            "rant": 2,
            "tirade": 2,
        },
        "Words to watch: 'rant'/'tirade' dismiss what was said",
    ),
    TermSet(
        "leader",
        {
            "leader": 0,
            "president": 0,
            "ruler": 1,
            "strongman": 2,
            "dictator": 2,
            "despot": 2,
            "tyrant": 2,
            # session 14b (dev d13, t03: "union leader Kari Holm" / "Union boss Kari
            # Holm"): "boss" casts an elected leader of a union or party as one who rules
            # it (Words to watch, "Contentious labels"; AP Stylebook, *boss*: "a
            # colloquial term"); compared only on a named person (NAMED_ONLY_TERMS: "her
            # boss said" is an employer)
            "boss": 2,
        },
        "Words to watch: contentious labels for a head of state ('dictator', 'strongman')",
    ),
    TermSet(
        "entry",
        {
            "entered": 0,
            "reached": 0,
            "gathered at": 0,
            "marched to": 0,
            # session 14b (dev d19: "raided the headquarters" / "searched the offices" /
            # "armed officers stormed the headquarters"): the police's own word for a
            # search with a warrant; "stormed" asserts force beyond it
            "raided": 0,
            "searched": 0,
            "broke into": 1,
            "stormed": 2,
            "overran": 2,
        },
        "Words to watch: 'stormed' asserts force; 'entered'/'reached' describe",
    ),
    TermSet(
        "pull",
        {
            "pull": 0,
            "tug": 0,
            "drag": 1,
            "yank": 2,
            "jerk": 2,
        },
        "Words to watch: loaded verbs dramatise an act; 'yanked'/'jerked around' assert "
        "violence where 'pulled' describes",
    ),
    TermSet(
        "hold",
        {"grip": 0, "grasp": 0, "clutches": 2},
        "Words to watch: 'in the clutches of' casts the holder as a predator; 'grip' "
        "describes",
    ),
    TermSet(
        "territory",
        {"disputed": 1, "occupied": 2},
        "BBC key terms: 'occupied' vs 'disputed'",
    ),
    # session 14 (blind-written dev d02, t02, d23: "Prosecutors said he pocketed 3.1
    # million krona" / "Prosecutors had alleged that he took 3.1 million krona"): a sum
    # taken, told as kept for oneself. Compared only with a sum right after the verb
    # (AMOUNT_SETS: "took part", "received a call" are no money).
    # session 14b (dev d09: "young men set fire to cars" / "Rioters torched 14 cars"): one
    # act, a verb that dramatises it (Words to watch, "Loaded language": "torched" adds
    # relish and intent where "set fire to" and "burned" report the act). Matched as
    # written (VERB_SETS): "torch" the noun ("the Olympic torch") is no act.
    TermSet(
        "burning",
        {"burned": 0, "burnt": 0, "set fire": 0, "set alight": 0, "torched": 2,
         "torching": 2},
        "Words to watch: 'torched' dramatises what 'set fire to' reports",
    ),
    # session 14b (dev d01, d11, d28: "cuts to the ministry's budget" / "the gutting of
    # the inspection service"): a spending cut told as destruction (Words to watch,
    # "Loaded language"; Recasens et al. 2013's framing-bias class: a word that presupposes
    # a judgement of the act). "slashed" is coloured (degree), "gutted" loaded (judges the
    # result: nothing left). "gutted" of a building by fire is literal (LITERAL_CONTEXT).
    TermSet(
        "spending cut",
        {"cut": 0, "cuts": 0, "cutting": 0, "reduced": 0, "reducing": 0, "slashed": 1,
         "slashing": 1, "gutted": 2, "gutting": 2},
        "Words to watch: 'gutting' judges a cut as destruction; 'cut', 'reduced' report it",
    ),
    # session 17 (dev d03: "would phase out the rent caps introduced in 1998" / "would tear
    # up the rent caps that have protected tenants"): a rule or agreement ended, told as an
    # act of violence on it (Words to watch, "Loaded language": an idiom that adds force
    # and contempt to the act; Recasens et al. 2013's framing-bias class). Only with an
    # instrument noun after the verb (INSTRUMENT_NOUNS: "ripped up the tram tracks",
    # "tore up the pitch" are physical) and, as an OBJECT_SET, one shared object word.
    # "scrap" is left out: headline English for any ending, neutral and coloured alike.
    TermSet(
        "repeal",
        {"repeal": 0, "repeals": 0, "repealed": 0, "repealing": 0,
         "abolish": 0, "abolishes": 0, "abolished": 0, "abolishing": 0,
         "phase out": 0, "phases out": 0, "phased out": 0, "phasing out": 0,
         "tear up": 2, "tears up": 2, "tore up": 2, "torn up": 2, "tearing up": 2,
         "rip up": 2, "rips up": 2, "ripped up": 2, "ripping up": 2},
        "Words to watch: 'tear up' tells an ending as violence; 'repeal', 'phase out' report it",
    ),
    # session 14b (dev d03: "Riot police then moved in" / "Riot police charged into the
    # crowd"): the same police advance told as an assault (Words to watch, "Loaded
    # language"; AP on *riot*: describe what was done).
    TermSet(
        "police advance",
        {"moved in": 0, "advanced on": 0, "charged into": 2},
        "Words to watch: 'charged into' asserts an assault where 'moved in' describes",
    ),
    # session 14b (dev t01: "controlled by businessman Ruslan Tevlin" / "the empire of
    # oligarch Ruslan Tevlin"): a label that ties a business owner's wealth to political
    # power (Words to watch, "Contentious labels"); "tycoon" and "magnate" are coloured
    # (size), "oligarch" loaded. Compared on a named person only (NAMED_ONLY_TERMS).
    TermSet(
        "business owner",
        {"businessman": 0, "businesswoman": 0, "entrepreneur": 0,
         "tycoon": 1, "magnate": 1, "oligarch": 2},
        "Words to watch: 'oligarch' ties an owner's wealth to political power",
    ),
    # session 39 (dev t94, t267, t270: "struck one of the legs" / "ploughed into one of its
    # legs", "it struck a delivery van" / "it ploughed into a delivery van", "was struck
    # with a rifle butt" / "was clubbed with a rifle butt"): one physical impact told with
    # a verb that dramatises its force (Words to watch, "Loaded language"; Recasens et al.
    # 2013's framing-bias class: a word that adds a judgement of violence to the act).
    # Matched as written (VERB_SETS) and one act only with a shared object word
    # (OBJECT_SETS: "struck a deal" is no collision). Left out: "slammed into", "smashed
    # into", "rammed" (wire copy's own words for a crash, coloured at most) and "gunned
    # down" (wire English for a fatal shooting).
    TermSet(
        "impact",
        {"struck": 0, "hit": 0, "crashed into": 0, "collided with": 0,
         "ploughed into": 2, "plowed into": 2, "ploughs into": 2, "plows into": 2,
         # "rammed" asserts intent where "collided with" reports the impact (dev t94
         # "A foreign-registered freighter rammed a gas platform" / "collided with an
         # offshore gas platform"); "rammed ... through" a law is another act
         # (rules/loaded_terms.other_impact)
         "rammed": 2,
         "clubbed": 2, "bludgeoned": 2},
        "Words to watch: 'ploughed into', 'clubbed' dramatise the force 'struck', 'hit' "
        "report",
    ),
    # session 39 (dev t267: "640,000 escudos were spent on events and travel" / "were
    # lavished on events and travel"): a sum spent, told as extravagance or waste (Words
    # to watch, "Loaded language": the verb judges the spending the plain verb reports).
    # One act only with a shared object word (OBJECT_SETS: "spent three years" and
    # "lavished praise on the staff" are no one spending).
    TermSet(
        "spending",
        {"spent": 0, "lavished": 2, "squandered": 2, "splurged": 2},
        "Words to watch: 'lavished', 'squandered' judge a spending 'spent' reports",
    ),
    # session 39 (dev t269, a dormitory fire story: "e-scooter battery fire sweeps through
    # Drossen apartment block" / "Second victim dies after e-scooter inferno", "Nine killed
    # in fire at migrant workers' dormitory" / "Dormitory inferno exposes ..."): a fire told
    # as a hell (Words to watch, "Loaded language": a word that dramatises where "fire",
    # "blaze" report). The compounds in which "fire" is gunfire, criticism or a service
    # are no fire (NOT_TERMS).
    TermSet(
        "fire",
        {"fire": 0, "blaze": 0, "wildfire": 0, "inferno": 2},
        "Words to watch: 'inferno' dramatises a fire 'fire', 'blaze' report",
    ),
    # session 41 (read on the keyed framing misses of session 40's spent held-out set, now
    # dev, and the dev stories that carry the same contrast: t284 "after discovering an
    # error in how household energy prices were weighted" / "because of a blunder at
    # Statistics Kestria" / "a technical glitch in its new price-weighting software"; d277
    # "A translation error has been found" / "contains a blunder"; d295 "blaming a
    # computer error" / "the latest blunder by the city's administration"; d124, t99 "Tech
    # glitch" / "Exchange meltdown"): one mistake told as incompetence or disaster
    # ("blunder", "bungle", "fiasco", "meltdown": Words to watch, "Loaded language": a word
    # that judges what "error" and "mistake" report) or made small ("glitch": a word of
    # minimising, Recasens et al. 2013's framing-bias class, a word that presupposes a
    # judgement of the thing). "accident" and "failure" are left out: they name the event
    # or its result, often beside the error that caused it ("the accident was caused by a
    # blunder"), and "margin of error" is no mistake (NOT_TERMS).
    TermSet(
        "mishap",
        {"error": 0, "mistake": 0, "glitch": 2, "blunder": 2, "bungle": 2, "fiasco": 2,
         "meltdown": 2},
        "Words to watch: 'blunder', 'fiasco' judge and 'glitch' minimises what 'error', "
        "'mistake' report",
    ),
    # session 41 (the keyed framing misses of dev t286 "forced through its deeply unpopular
    # pension cuts", and ~30 keyed items across dev of one shape: d230 "passed a law" /
    # "rammed its Digital Security Act through", d146 "approved the measure" / "rammed
    # through a car ban", d269 "voted ... to ban fur farming" / "pushed through a ban on
    # fur farming", t87 "passed a law" / "forced through a law"): a vote that adopted a
    # law, told as an act of force or haste on the chamber (Words to watch, "Loaded
    # language": the verb judges how the law was passed where "passed", "approved",
    # "adopted", "voted" report it). Matched as written, the particle next to the verb
    # (VERB_SETS), and one act only with a shared object word (OBJECT_SETS: "pushed through
    # the crowd" and "passed the bus" share none with a law's words).
    TermSet(
        "passage",
        {"passed": 0, "approved": 0, "adopted": 0, "voted": 0,
         "rammed through": 2, "rams through": 2, "ramming through": 2,
         "forced through": 2, "forces through": 2, "forcing through": 2,
         "pushed through": 2, "pushes through": 2, "pushing through": 2,
         "rushed through": 2, "rushes through": 2, "rushing through": 2,
         "railroaded": 2, "railroaded through": 2, "bulldozed through": 2},
        "Words to watch: 'rammed through', 'forced through' judge how a law passed; "
        "'passed', 'approved' report it",
    ),
    TermSet(
        "money taken",
        {"took": 0, "taking": 0, "received": 0, "receiving": 0, "accepted": 0,
         "accepting": 0, "pocketed": 2, "pocketing": 2},
        "Words to watch: 'pocketed' asserts the money was kept dishonestly; "
        "'received', 'accepted', 'took' report the sum",
    ),
)


# Intensity classes: what a term asserts about the act or the referent. Two terms of one
# set are a framing contrast only when their classes differ: within one class they differ
# in degree, not in what they claim ("stormed" and "broke into" both tell a forced entry;
# "hawkish" labels a policy stance, "warmongering" judges intent: two classes). A term
# not listed here is in the class of its charge (0, 1 and 2 are three classes), so every
# set without an entry below compares as the charges alone did.
# * entry: "entered", "reached", "gathered at", "marched to" tell an arrival; "broke into",
#   "stormed", "overran" a forced entry (Words to watch: the contentious word is the one
#   that asserts force, so two words that both assert it are no contrast). Read on the
#   report's Baghdad embassy story: "stormed" against "broke into" was shown as loaded
#   wording by default, and wrong (both say the crowd forced its way in).
# * pull: "pull", "tug" tell the act; "drag", "yank", "jerk" assert force (the same reasoning
#   as entry: "dragged" against "yanked" is two forceful verbs for one act).
INTENSITY_CLASSES: dict[str, dict[str, str]] = {
    "entry": {
        "entered": "arrival", "reached": "arrival", "gathered at": "arrival",
        "marched to": "arrival",
        # a police search with a warrant (session 14b): neither an arrival nor forced
        "raided": "search", "searched": "search",
        "broke into": "forced entry", "stormed": "forced entry", "overran": "forced entry",
    },
    "pull": {"pull": "act", "tug": "act", "drag": "force", "yank": "force", "jerk": "force"},
}


def intensity_class(set_name: str, term: str, charge: int) -> str:
    """The intensity class of ``term`` (a base term of ``set_name``), see
    :data:`INTENSITY_CLASSES`."""
    return INTENSITY_CLASSES.get(set_name, {}).get(term, str(charge))


# Compounds in which a term names equipment or a role, not the referent.
NOT_TERMS: frozenset[str] = frozenset(
    {
        "riot police",
        "riot gear",
        "riot squad",
        "riot shields",
        "riot officers",
        "protest leaders",
        "death toll",
        "death penalty",
        "death row",
        "government forces",
        "regime change",
        "rally point",
        # session 39: "fire" as gunfire, criticism or the service that fights it, no fire
        # ("fire" set)
        "opened fire", "open fire", "opens fire", "returned fire", "under fire",
        "cease fire", "fire brigade", "fire brigades", "fire service", "fire services",
        "fire crew", "fire crews", "fire station", "fire chief", "fire officers",
        "fire officer", "fire department", "fire engine", "fire engines", "fire alarm",
        "fire alarms", "fire exit", "fire exits", "fire safety", "fire door", "fire doors",
        "fire inspectors", "fire inspector", "fire investigators", "fire marshal",
        # session 41: a statistic's "margin of error" is no mistake ("mishap" set)
        "of error",
    }
)


# Sets whose terms are verbs in the past tense: matched as written, no plural.
VERB_SETS = frozenset({"entry", "money taken", "burning", "spending cut", "police advance",
                       "repeal", "impact", "spending", "passage"})

# Verb sets whose act is told by its object ("stormed the headquarters" / "raided the
# headquarters"): two uses are one act only when the words right after them
# (OBJECT_WORDS) share a content word. "a patrol had entered Kestrany territory" and
# "troops stormed a post" are two acts of two sides (dev t06, read wrong, session 14b).
OBJECT_SETS = frozenset({"entry", "burning", "spending cut", "repeal", "impact", "spending",
                         "passage"})
# Five words lost the hand report's three right "stormed the US Embassy in Baghdad" /
# "reached the US diplomatic mission in Baghdad's" findings (the shared word sixth or
# later: "US" is no content word); ten keeps them and still parts the dev t06 pair.
OBJECT_WORDS = 10
# Verb sets whose act is told by its doer, having no object to share: two uses are one
# act only when the words before them in their clauses share a content word, or one of
# them names no doer or is passive (review14c, session 14: "Velk charged into the lead" /
# "Riot police moved in", "The Rovers charged into the record books" / "Police moved in"
# are two acts of two doers). Not the OBJECT_SETS: their doers are named in the framing's
# own words ("young men set fire" / "Rioters torched"; "the budget was cut" / "the
# government gutted"; "angry protesters who reached the US diplomatic mission" /
# "militiamen and their supporters stormed the U.S. Embassy", framing_guard's right pair).
DOER_SETS = frozenset({"police advance"})

# Plain words of a set too common to stand for one act when sentences are linked
# (findings.linking): "searched the rubble" and "reached the village", "cut power" and
# "reduced fares", "the house burned" are many acts; each keeps its own stem there, as
# before these sets had them (session 14b).
UNLINKED_TERMS = frozenset(
    {"raided", "searched", "cut", "cuts", "cutting", "reduced", "reducing", "burned", "burnt",
     # session 39: "struck a deal", "hit the headlines", "spent a night" are many acts;
     # and the session's other new words keep their own stems, so that sentences link
     # as before them ("fans" is no "protesters", "fire" no "blaze" for the aligner)
     "struck", "hit", "spent", "crashed into", "collided with", "ploughed into",
     "plowed into", "ploughs into", "plows into", "rammed", "clubbed", "bludgeoned",
     "lavished", "squandered", "splurged", "fan", "spectator", "hooligan", "fire", "blaze",
     "wildfire", "inferno",
     # session 41: the mishap set's words keep their own stems ("an error" no "a glitch"
     # for the aligner), so sentences link as before it
     "error", "mistake", "glitch", "blunder", "bungle", "fiasco", "meltdown",
     # and the passage set's ("passed", "approved" are in every kind of sentence)
     *(t for ts in TERM_SETS if ts.name == "passage" for t in ts.terms)})

# Loaded terms compared only where both outlets put them on one named entity (the
# TermUse anchor: "Union boss Kari Holm" / "union leader Kari Holm"): alone, "the boss"
# or "an owner" can be anyone's (session 14b).
NAMED_ONLY_TERMS: frozenset[str] = frozenset({"boss", "oligarch", "tycoon", "magnate"})

# "boss" frames an elected head (of a union, a party) as one who rules it; a company's
# head is its boss by plain usage ("Vella Ferries boss Edvin Saar" / "Vella Ferries
# president Edvin Saar" is no framing: session 14 review). The kind of the organisation
# the title heads, read from the word right before it: a business's sector noun as the
# name analysis reads it (rules/titles.ORG_HEADS: "Ferries", "Motors") or a company word
# (BUSINESS_WORDS: "Acme Inc", "the company's", "the airline's").
BUSINESS_WORDS = frozenset(
    "inc ltd llc plc corp corporation company co firm airline airlines airways bank".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:['’]s?)?\s+$")


def heads_business(text: str, a: int) -> bool:
    """Whether the title word at ``a`` (a "boss") heads a business by the word right
    before it (:data:`BUSINESS_WORDS`, ``rules/titles.ORG_HEADS``)."""
    from .titles import ORG_HEADS

    m = _WORD_BEFORE.search(text, max(0, a - 40), a)
    return bool(m) and (m.group(1).lower() in BUSINESS_WORDS or m.group(1).lower() in ORG_HEADS)


# Sentence words that make a term of a set literal ("the fire gutted the warehouse", "a
# blaze that gutted three shops"): the set's loaded sense is then no judgement.
LITERAL_CONTEXT: dict[str, frozenset[str]] = {
    # the agents that gut a building: fire, and (review14c) the other forces of physical
    # destruction, weather, water, war and quake ("the storm gutted the terminal")
    "spending cut": frozenset(
        "fire fires blaze blazes flames flame burned burnt explosion explosions blast "
        "blasts storm storms hurricane cyclone typhoon tornado flood floods flooding "
        "floodwater floodwaters earthquake quake shelling bombing bombs missile missiles "
        "rocket rockets".split()),
}


def literal_use(set_name: str, lowered_words) -> bool:
    """Whether a sentence's words (lower case) make a term of ``set_name`` literal
    (:data:`LITERAL_CONTEXT`)."""
    context = LITERAL_CONTEXT.get(set_name)
    return context is not None and any(w in context for w in lowered_words)


# The burning set's act is a fire (review, session 14): "Critics torched the plan" and "the
# budget burned through the reserve" are no fire, and set against each other (one shared
# object word) they read as a dramatised arson. A use of the set counts only when its fire
# is physical: a term that says so itself ("set fire", "set alight"), a word of fire in the
# sentence (FIRE_CONTEXT), or a concrete thing fire destroys right beside the verb, its
# object after it or its passive subject before it (BURNABLE_THINGS, BURNING_WINDOW words:
# "Rioters torched 14 cars", "Two cars were torched"). "burned through" is consumption
# ("burned through its reserves") unless the sentence tells a fire.
LITERAL_FIRE_TERMS = frozenset({"set fire", "set alight"})
FIRE_CONTEXT = frozenset(
    "fire fires blaze blazes flames flame ablaze arson arsonist arsonists firebomb "
    "firebombs firebombed smoke firefighters firefighter molotov petrol gasoline".split())
# the kinds of concrete things news reports burned: buildings and their parts, vehicles,
# goods and crops (singular forms; a plural in -s or -es is read as its singular)
BURNABLE_THINGS = frozenset(
    "car vehicle bus truck lorry van tram train carriage wagon motorbike motorcycle scooter "
    "bicycle bike boat ship ferry tractor tyre tire building house home flat apartment "
    "shop store office station church mosque synagogue temple chapel school hall barn "
    "warehouse factory depot hut cabin tent shelter kiosk booth stall bin dumpster "
    "restaurant bar cafe hotel bank headquarters embassy consulate library museum "
    "property premises dwelling roof door gate fence flag effigy crop field forest wood "
    "hectare acre village town farm farmhouse garage shed market mall cinema theatre "
    "clinic hospital police courthouse tower bridge".split())
BURNING_WINDOW = 5


def _thing(word: str) -> bool:
    w = word.lower()
    return w in BURNABLE_THINGS or (w.endswith("s") and w[:-1] in BURNABLE_THINGS) or (
        w.endswith("es") and w[:-2] in BURNABLE_THINGS)


def figurative_burning(base: str, words, a: int, b: int, lowered_words=None) -> bool:
    """Whether a use of the ``burning`` set (its base term ``base``, at ``a``-``b`` among
    ``words``, its sentence's word matches in order; ``lowered_words`` those words
    lowered, when the caller has them) tells no physical fire: see
    :data:`LITERAL_FIRE_TERMS`."""
    if lowered_words is None:
        lowered_words = [w.group().lower() for w in words]
    if base in LITERAL_FIRE_TERMS or any(w in FIRE_CONTEXT for w in lowered_words):
        return False
    before = [w.group() for w in words if w.end() <= a]
    after = [w.group() for w in words if w.start() >= b]
    if after[:1] and after[0].lower() == "through":
        return True  # "burned through its reserves": consumption
    return not any(_thing(w) for w in (*before[-BURNING_WINDOW:], *after[:BURNING_WINDOW]))


# The things a ``repeal`` verb ends (session 17): instruments made by law or agreement,
# from the AP Stylebook's entries on legislation and treaties and the objects of "repeal"
# in plain news English; a term of the set counts only with one of these among the
# INSTRUMENT_WINDOW words after it ("tear up the rent caps", "tore up the 2024 ceasefire";
# not "ripped up the tram tracks", "tore up the pitch").
INSTRUMENT_NOUNS: frozenset[str] = frozenset(
    "law laws act bill rule rules regulation regulations cap caps control controls limit "
    "limits ban bans tax taxes levy duty tariff tariffs subsidy subsidies scheme schemes "
    "policy policies programme program treaty treaties deal deals agreement agreements "
    "accord accords pact pacts ceasefire truce contract contracts licence licences license "
    "licenses permit permits requirement requirements protection protections rights "
    "ordinance statute decree charter mandate quota quotas code".split())
INSTRUMENT_WINDOW = 8
# Paper a rule or agreement is printed on (review17e): "tore up copies of the rent control
# law in the chamber", "ripped up a printout of the treaty" tear the paper, a protest, and
# end no instrument; the noun is the verb's object, the instrument only what it prints.
PRINTED_COPY_NOUNS: frozenset[str] = frozenset(
    "copy copies page pages printout printouts sheet sheets leaflet leaflets poster posters "
    "placard placards photo photos photograph photographs picture pictures".split())


# How far after "rammed" a "through" makes it a law forced through, not an impact
# ("rammed its Digital Security Act through the National Assembly").
THROUGH_WINDOW = 8


def other_impact(set_name: str, base: str, lowered_words: list[str], after: int) -> bool:
    """Whether a use of the ``impact`` set is another act: "rammed ... through" passes a
    law by force (:data:`THROUGH_WINDOW` words), no collision."""
    return (set_name == "impact" and base == "rammed"
            and "through" in lowered_words[after:after + THROUGH_WINDOW])


# The words that make a plain "passed", "approved", "adopted" a chamber's vote on a law
# (session 41, "passage" set): a body that votes, or the vote itself. Without one the
# verb tells another act ("the exemption had been approved by a deputy minister", dev
# t198, against "the deal was pushed through": two acts; "a week passed"). "voted" is
# a vote by itself.
VOTE_WORDS: frozenset[str] = frozenset(
    "parliament parliaments assembly council chamber congress senate diet legislature "
    "lawmakers legislators deputies mps councillors councilors senators vote votes "
    "majority reading bill motion referendum".split())
SELF_VOTING_TERMS: frozenset[str] = frozenset({"voted"})


# What one moves through bodily: a loaded ``passage`` term right before one of these (an
# article or possessive between) is a movement, no law passed ("protesters pushed through
# the crowd", "the van rammed through the gate", "medics rushed through the streets").
# The things of plain news English that a crowd, a vehicle or a rescuer passes through.
PASSED_THROUGH_THINGS: frozenset[str] = frozenset(
    "crowd crowds door doors doorway gate gates barrier barriers cordon cordons line lines "
    "police street streets road roads window windows fence fences wall walls traffic "
    "checkpoint checkpoints hall halls corridor corridors tunnel tunnels water waves snow "
    "mud smoke flames fire rubble debris forest woods undergrowth field fields town city "
    "village night".split())
_THING_OPENERS = frozenset("the a an its his her their our my this that".split())


def no_vote(set_name: str, base: str, charge: int, lowered_words, after: int | None = None
            ) -> bool:
    """Whether a term of the ``passage`` set tells no vote on a law: a plain term whose
    sentence (``lowered_words``, lower case) names no voting body and no vote
    (:data:`VOTE_WORDS`), or a loaded one ("rammed through") whose words from index
    ``after`` on name a thing moved through (:data:`PASSED_THROUGH_THINGS`). A loaded
    term needs no vote word: it says what was passed."""
    if set_name != "passage":
        return False
    if charge == 0:
        return base not in SELF_VOTING_TERMS and not any(w in VOTE_WORDS for w in lowered_words)
    if after is None:
        return False
    nxt = lowered_words[after:after + 2]
    if nxt and nxt[0] in _THING_OPENERS:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in PASSED_THROUGH_THINGS


def no_instrument(set_name: str, lowered_words: list[str], after: int) -> bool:
    """Whether a use of the ``repeal`` set, its words ``lowered_words`` (lower case) from
    index ``after`` on being the ones after the term, ends no instrument
    (:data:`INSTRUMENT_NOUNS`): then it tells a physical act or none of the set's. A
    printed copy named before the instrument (:data:`PRINTED_COPY_NOUNS`: "tore up copies
    of the law") is the paper torn, no instrument ended."""
    if set_name != "repeal":
        return False
    for w in lowered_words[after:after + INSTRUMENT_WINDOW]:
        if w in PRINTED_COPY_NOUNS:
            return True
        if w in INSTRUMENT_NOUNS:
            return False
    return True


# Sets whose terms count only before a sum of money (descriptors.sum_after: a currency
# sign, or a number with a scale or currency word: "took 3.1 million krona", "accepting
# $40,000"); they link no sentences as one act (findings.linking: "received" and "took"
# are in every kind of sentence).
AMOUNT_SETS = frozenset({"money taken"})
# Sets whose terms are verb lemmas: matched in every inflection ("yank", "yanks",
# "yanked", "yanking") and as the noun of the same spelling ("a yank").
LEMMA_SETS = frozenset({"pull"})

# Words for one act with no difference of charge between them: for linking sentences
# only (``findings.linking``), like the words of one TermSet. "slapped" / "smacked" the
# same hand (SemEval dev: two outlets' sentences on one slap shared no other stem).
# Each group: (name, lemmas); every inflection of each lemma counts.
SAME_ACT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("slap", ("slap", "smack")),
)

# Particles that make a verb of a LEMMA_SETS set another act: "pulled his hand free",
# "pulled away", "pulled out of the deal", "yanked back" are escaping or withdrawing, not
# pulling someone (read on SemEval: "pulling his hand free", the pope's act, was set
# against the woman "jerking" him).
OTHER_ACT_PARTICLES: frozenset[str] = frozenset(
    "free away out off back apart loose clear".split()
)

# Sets whose terms are nouns that are also verbs of another sense: a term there followed
# by an object ("a mother clutches a photograph", "fear grips the town") is the verb, not
# "the clutches of" / "its grip on" the set compares (descriptors.verb_reading).
NOUN_SETS = frozenset({"hold"})

# Terms compared only where they label a named entity (``TermUse.anchor``: "Kataib Osk
# is a mostly Shia group", "the Osk movement"): alone, "the group" or "a movement" can
# be anything. Against them a coloured label (charge 1, "Kataib Osk militants") is a
# contrast: one outlet names what the entity is, the other how it fights.
ANCHOR_ONLY: frozenset[str] = frozenset({"group", "organisation", "organization", "movement"})


def _plural(term: str) -> tuple[str, ...]:
    head, _, last = term.rpartition(" ")
    pre = head + " " if head else ""
    if last.endswith(("s", "sh", "ch", "x")):
        forms = (last, last + "es")
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = (last, last[:-1] + "ies")
    elif last.endswith("man"):
        forms = (last, last[:-3] + "men")
    else:
        forms = (last, last + "s")
    return tuple(pre + f for f in forms)


def verb_forms(lemma: str) -> tuple[str, ...]:
    """A regular verb's forms; a one-syllable verb ending in one vowel and a consonant
    doubles it ("tug" -> "tugged", "tugging")."""
    vowels = "aeiou"
    if (len(lemma) <= 4 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels
            and lemma[-3] not in vowels):
        stem = lemma + lemma[-1]
        return (lemma, lemma + "s", stem + "ed", stem + "ing")
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def _forms(set_name: str, term: str) -> tuple[str, ...]:
    if set_name in VERB_SETS:
        return (term,)
    if set_name in LEMMA_SETS:
        return verb_forms(term)  # "yanks" is also the plural noun
    return _plural(term)


TERM_FORMS: dict[str, tuple[str, str, int]] = {
    form: (ts.name, term, charge)
    for ts in TERM_SETS
    for term, charge in ts.terms.items()
    for form in _forms(ts.name, term)
}
"""surface form (lower case) -> (set name, base term, charge)."""

# A civilian noun premodified by one of these says whose side the civilians are on
# ("militia supporters"): the framing line prints the two words together, never the bare
# "supporters", so a reader sees how close the wording is to "militiamen" (a dev story,
# SemEval: "Iran-backed militia supporters stormed" against "militiamen stormed", which
# the gold marks a descriptor contrast: supporters of a militia vs its members). The armed
# set's own forms count too (:func:`armed_premodifier`).
ARMED_PREMODIFIERS = frozenset({"militia", "militias", "armed", "paramilitary"})


def armed_premodifier(word: str) -> bool:
    """Whether ``word`` before a civilian noun ties it to an armed group."""
    w = word.lower()
    if w in ARMED_PREMODIFIERS:
        return True
    hit = TERM_FORMS.get(w)
    return hit is not None and hit[0] == "armed group" and hit[1] not in ANCHOR_ONLY


# Loaded modifiers: an adjective or hedge that colours a noun other outlets name plainly.
# class -> why: "doubt" casts doubt on what follows (Words to watch, "Expressions of
# doubt"; Recasens et al. 2013, epistemological bias: factive/assertive hedges);
# "evaluative" passes judgement (Words to watch, "Puffery" and "Contentious labels";
# MPQA's strongly subjective adjectives). Kept to words whose plain-news use is rare:
# each entry's note says what it implies. Not listed: "failed" — plain news reports an
# outcome with it ("after a failed bid last year", "failed to touch down"); read on SemEval
# output it was listed as loaded in two factual sentences, so its plain use is not rare.
MODIFIERS: dict[str, tuple[str, str]] = {
    "so-called": ("doubt", "distances the writer from the name that follows"),
    "alleged": ("doubt", "doubt when used outside a legal context"),
    "purported": ("doubt", "doubt: 'claimed but unproven'"),
    "supposed": ("doubt", "doubt: 'believed but unlikely'"),
    "self-proclaimed": ("doubt", "denies the title it names"),
    "self-styled": ("doubt", "denies the title it names"),
    "suspicious": ("evaluative", "insinuates foul play"),
    "mysterious": ("evaluative", "insinuates a hidden cause"),
    "flailing": ("evaluative", "judges an effort as failing"),
    "botched": ("evaluative", "judges an act as bungled"),
    "disastrous": ("evaluative", "judges outcome"),
    "notorious": ("evaluative", "judges reputation"),
    "infamous": ("evaluative", "judges reputation"),
    "disgraced": ("evaluative", "judges reputation"),
    "embattled": ("evaluative", "frames a person as under siege"),
    "beleaguered": ("evaluative", "frames a person as under siege"),
    "controversial": ("evaluative", "asserts a dispute others may not report"),
    "radical": ("evaluative", "political label"),
    "far-left": ("evaluative", "political label"),
    "far-right": ("evaluative", "political label"),
    "extremist": ("evaluative", "political label"),
    "hardline": ("evaluative", "political label"),
    # the lean labels an outlet puts on a source, a court or a candidate that other outlets
    # name plainly ("the left-leaning website Open Ledger" / "the investigative website Open
    # Ledger"; blind-written dev t20, t14, d14; session 14): Words to watch, "Contentious
    # labels"; AP Stylebook, *leftist, ultra-leftist* and *radical*: describe the positions
    # rather than attach the label. Not "liberal", "conservative", "nationalist": wire copy
    # names party families with them ("the conservative Homeland Party").
    "left-wing": ("evaluative", "political label"),
    "right-wing": ("evaluative", "political label"),
    "left-leaning": ("evaluative", "political label"),
    "right-leaning": ("evaluative", "political label"),
    "leftist": ("evaluative", "political label"),
    "rightist": ("evaluative", "political label"),
    "hard-left": ("evaluative", "political label"),
    "hard-right": ("evaluative", "political label"),
    "ultra-nationalist": ("evaluative", "political label"),
    "ultranationalist": ("evaluative", "political label"),
    "brutal": ("evaluative", "judges violence"),
    "vicious": ("evaluative", "judges violence"),
    "barbaric": ("evaluative", "judges violence"),
    "heroic": ("evaluative", "glorifies"),
    "courageous": ("evaluative", "glorifies"),
    "draconian": ("evaluative", "judges a rule as excessive"),
    "sham": ("evaluative", "denies legitimacy"),
    "bogus": ("evaluative", "denies truth"),
    "baseless": ("evaluative", "denies truth (a reporter's verdict unless attributed)"),
    "unhinged": ("evaluative", "judges sanity"),
    "reckless": ("evaluative", "judges conduct"),
    "outrageous": ("evaluative", "judges conduct"),
    "shameful": ("evaluative", "judges conduct"),
    "hapless": ("evaluative", "mocks"),
    "divisive": ("evaluative", "judges effect"),
    # session 14b (dev d04, d18, t11, d13: "the government's punishing carbon levy" / "a
    # levy on carbon-intensive industry"; "three crumbling blocks" / "three apartment
    # blocks"; "a miserly 2.5 percent"): Recasens et al. 2013's framing bias (a
    # subjective intensifier that passes judgement), MPQA strong-subjective adjectives
    "punishing": ("evaluative", "judges a measure as harsh"),
    "crumbling": ("evaluative", "judges a building or system as neglected"),
    "miserly": ("evaluative", "judges an offer as mean"),
}

# Kindred modifiers: words that pass the same judgement on a noun as a loaded modifier of
# MODIFIERS, loaded or plain ("bogus notes" / "forged notes", "counterfeit notes": each
# says the notes are not genuine). An outlet that qualifies the same noun with a word of
# the modifier's group takes the same stance, so it is no plain side of a contrast
# (held-out t109, session 22: the Gazette's 'bogus notes' was set against the Free Press's
# 'notes', which it writes 'forged notes'). Each group is one judgement; a modifier of
# several groups has all their words (read by :func:`kindred_modifiers`). Near-synonyms
# that drop the judgement are mostly not kin ("harsh" is no "heroic"); but a word that a
# thing stands out ("unusual", "irregular", "unexplained") on the very noun an outlet calls
# "suspicious" or "mysterious" tells the same observation: readers read that pair as a
# near-synonym with no slant, twice (dev d35, sessions 15 and 23: 'unusual betting
# patterns' / 'suspicious betting patterns' of one monitor's flag; held-out t172, session
# 29, 'unusual results' / 'suspicious test results' of one laboratory's finding), so the
# group below, kept to words of an anomaly (not "dubious", "shady": those judge).
KINDRED_MODIFIER_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    # not genuine: a forgery or a fake
    "bogus fake faked forged counterfeit phoney phony fraudulent spurious fabricated "
    "fictitious false",
    # not a real one: a show of what it claims to be
    "sham fake staged rigged fraudulent bogus",
    # without ground: a claim or charge denied
    "baseless unfounded groundless unsubstantiated false bogus",
    # the name is the bearer's own, not the writer's
    "so-called self-styled self-proclaimed self-declared",
    # judges violence as cruel
    "brutal vicious barbaric savage ferocious",
    # judges reputation
    "notorious infamous",
    # a person under siege
    "embattled beleaguered",
    # glorifies
    "heroic courageous brave valiant",
    # political extremes, each side its own group
    "far-left hard-left ultra-left",
    "far-right hard-right ultra-right ultranationalist ultra-nationalist",
    "left-wing left-leaning leftist",
    "right-wing right-leaning rightist",
    # judges a rule as excessive
    "draconian harsh punitive",
    # judges a building as neglected
    "crumbling dilapidated decaying derelict",
    # a thing that stands out, its cause untold (see above: d35, t172)
    "suspicious mysterious unusual irregular abnormal anomalous unexplained",
))


def kindred_modifiers(modifier: str) -> frozenset[str]:
    """The words of every :data:`KINDRED_MODIFIER_GROUPS` group ``modifier`` is in, the
    modifier left out (none when it is in no group)."""
    m = modifier.lower()
    out: set[str] = set()
    for g in KINDRED_MODIFIER_GROUPS:
        if m in g:
            out |= g
    out.discard(m)
    return frozenset(out)


# Lean labels compared only where they qualify a named entity (ModifierUse.anchor: "the
# left-wing newspaper Folkebladet", "left-wing candidate Lucia Benavidez"): a label put on
# a source or a person is the outlet's choice; on a common noun it describes a camp ("its
# first right-wing government in more than a decade", a right-leaning outlet's own
# description of the coalition to come: dev t04, read wrong, session 14).
NAMED_ONLY_MODIFIERS: frozenset[str] = frozenset({
    "left-wing", "right-wing", "left-leaning", "right-leaning", "leftist", "rightist",
    "hard-left", "hard-right", "ultra-nationalist", "ultranationalist",
})

# Intensifying adverbs: an act told with one ("pulled him violently", "brutally beaten")
# where another outlet tells it plainly ("pulled him", "beaten"). Class "intensifier";
# the amplifiers of manner of Quirk et al. (1985, *A Comprehensive Grammar of the English
# Language*, 8.104), kept to those that judge force, cruelty or conduct (Words to watch,
# "Editorializing": adverbs that insert the writer's opinion). Read on SemEval (not the
# test split): "grabbed onto his hand and pulled him violently towards her" was set as the
# plain wording against another outlet's "yanking". Not listed: "aggressively",
# "forcefully", "sharply" ("sharply criticised", "prices fell sharply" are plain news),
# "furiously" (most often "with great energy" in news: "crews worked furiously through
# the night"; a review false finding), "angrily" (session 9: an emotion reported as seen,
# as wire copy writes "angry protesters", not a judgement of force or conduct; its one
# dev-population finding, a crowd that "angrily stormed" an embassy which other outlets
# call "angry protesters", was read wrong in every hand report since session 6).
INTENSIFIERS: dict[str, str] = {
    "violently": "asserts violence the plain verb does not",
    "brutally": "judges violence as cruel",
    "savagely": "judges violence as cruel",
    "viciously": "judges violence as cruel",
    "ferociously": "judges violence as cruel",
    "ruthlessly": "judges conduct as without pity",
    "mercilessly": "judges conduct as without pity",
    "callously": "judges conduct as without pity",
    "brazenly": "judges conduct as shameless",
    "shamelessly": "judges conduct as shameless",
}

# Intensifiers that also describe motion with no one harmed ("the building shook
# violently", "buildings were shaking violently": how an earthquake is reported): they
# judge an act only when it is done to someone, with an object between the verb and the
# adverb ("pulled him violently"), or when the verb is a loaded-term set's ("violently
# yanked"). Review: "shaking violently" against another outlet's "shaking" was a finding.
NEEDS_OBJECT: frozenset[str] = frozenset({"violently"})

# Words that make a doubt modifier standard legal or procedural wording: "the indictment
# alleges", "police said the alleged gunman" (AP Stylebook, *allege*: required for charges
# not yet proved). Issue 12 found such wording flagged as casting doubt.
LEGAL_CONTEXT: frozenset[str] = frozenset(
    "accused arrest arrested arraigned attorney attorneys charge charged charges complaint "
    "convicted court custody defendant indicted indictment investigators judge jury lawsuit "
    "plaintiff plaintiffs police prosecution prosecutor prosecutors sued suit suspect "
    "suspected trial verdict".split()
)

# Words that make a loaded term the name of a criminal charge ("charged with inciting
# riots", "indicted on terrorism counts"): a legal category, not the outlet's label.
CHARGE_CONTEXT: frozenset[str] = frozenset(
    "accused arrested booked charge charged charges convicted indicted indictment "
    "inciting prosecuted sentenced".split()
)

# A counterpart noun right after one of these, with none of NOUN_COMPLEMENTS after it ("The
# attack was believed to be retaliation ..."), names a referent its article introduced
# before: the last earlier sentence with that noun, not the words around it, says which
# act it is (findings/framing._antecedent). Hand sample, s6 story-12: chipleypaper.com's
# "The attack" (the embassy storming, "orchestrating an attack on the U.S. Embassy" four
# sentences up) was set as the plain side of another outlet's "alleged attacks targeting
# American forces" because its sentence shares "American", "Iraq" and "strikes".
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset("the this that these those".split())
# Words that open a noun's own complement ("attack on the base", "attack that killed",
# "attack targeting" is caught by its -ing, "attack Sunday"): the phrase then says which
# act it is, and the sentence's words are evidence as before.
NOUN_COMPLEMENTS: frozenset[str] = frozenset(
    "about after against amid at before by during from in inside into near of on outside "
    "over since that through to toward towards which who whose with within".split()
)

# Nouns that name a part or a side of whatever follows their "of" ("the sharp end of a
# wider culture", "the heart of the dispute", "the tip of the iceberg", "the edge of the
# square"): the noun's referent is that thing's part, so an outlet's "a shameful end" (the
# match stopped) and another's "the sharp end of a wider culture" (an idiom about the
# abuse) are two things, not one thing worded two ways, unless the modified side's
# sentence names that thing too (findings/framing._part_of_another). Session 29, dev
# d172: 'shameful end' was set against the Diario's idiom 'sharp end'.
PART_NOUNS: frozenset[str] = frozenset(
    "back bottom brink centre center core edge end face front heart middle root side "
    "tip top verge".split()
)

# Words that open a verb's object or clause right after a word ("questions the figures",
# "sanctions his aides", "questions whether"): the word before them is read as a verb,
# whatever its suffix (analysis/descriptors._verb_reading). A noun is rarely followed by one
# of these directly ("the deployment the navy began" is the exception, and only loses a
# contrast). s7 findings item 3: "-tion", "-sion" and plural "-s" words read as nouns by
# their suffix alone ("the embattled Oren Falk questions the union's figures").
OBJECT_OPENERS: frozenset[str] = frozenset(
    "a an the his her their its my our your this these those him them us me whether".split()
)

# Words that cannot be the noun a modifier qualifies (articles, pronouns, light words).
STOP_HEADS: frozenset[str] = frozenset(
    "a an the his her its their our your my this that these those and or of to in on by "
    "for with as at from be is are was were been very more most so such new "
    # prepositions end the qualified phrase like "of": in "supposed antipathy toward Ana
    # Lund" the modifier qualifies the antipathy, not the name after the preposition
    # (PolNeAR test, session 10: read as a loaded word for Clinton)
    "toward towards against about over into onto upon among amid between within without "
    "across through via per than like "
    # marginal prepositions (Quirk et al. 1985, 9.5: "worth" and "unlike" take a noun
    # phrase as a preposition does): in "bogus notes worth 480 million kurats" the modifier
    # qualifies the notes; "worth" is no second head (held-out t109, session 22: the line
    # quoted 'bogus notes worth')
    "worth unlike "
    # time premodifiers are no qualified noun: "disgraced former councillor" qualifies the
    # councillor (PolNeAR test, session 10: "former" matched "a former close aide", another
    # person)
    "former ex onetime one-time erstwhile then late longtime long-time".split()
)

# --- the coverage summary's loaded-word list (findings/summary.py) --------------------------

# Hedges: the doubt modifiers journalists are told to use for what is not proved ("alleged
# sexual abuse", "the alleged girlfriend": AP Stylebook, *allege*). Written alone they
# attribute, they do not load; the summary counts and lists one only beside another
# outlet's wording of the same thing (one outlet hedges what another states as fact, or
# the reverse). s7 reader report item 6: "alleged" counted as loaded in "alleged sexual
# abuse" (pagesix.com) and "alleged girlfriend" (ibtimes), with no contrast. Not here:
# "so-called", "self-styled" (they deny the name they qualify: a judgement).
HEDGE_MODIFIERS: frozenset[str] = frozenset({"alleged", "purported"})

# Words that put the clause after them in question: a doubt modifier's plain side must
# state the thing, and a word it governs does not ("an anonymous blog post questioned
# whether the exchange held enough reserves" states no holding, any more than "the post
# alleged that Korvex held too little"; held-out t81, read wrong: the wire's 'held' inside
# 'questioned whether' was set as the plain side of the Sentinel's 'alleged that Korvex
# held'). "whether" opens an open question after any verb ("asked whether", "unclear
# whether"); the verbs question, doubt, dispute, deny and query put their own complement
# in question. Read over the plain sentence before the head word, up to a semicolon.
UNASSERTING_WORDS: frozenset[str] = frozenset(
    "whether questioned questions questioning doubted doubts doubting disputed disputes "
    "disputing denied denies denying queried queries querying".split()
)
# A word of UNASSERTING_WORDS governs its own clause only (review21b): after a comma, these
# words open another clause, whose statement the word does not put in question ("the chief
# executive denied any wrongdoing, but auditors confirmed that the exchange held too little");
# and a relative clause the word sits in ("Analysts, who had long questioned its growth,
# said ... the exchange held too little") ends at its closing comma
# (UNASSERTING_RELATIVES opens it after a comma).
UNASSERTING_SCOPE_ENDS: frozenset[str] = frozenset(
    "but and yet while though although whereas".split()
)
UNASSERTING_RELATIVES: frozenset[str] = frozenset({"who", "which"})

# Terms with a plain literal sense: a crowd that broke a gate did storm the building, an
# army that holds a city occupies it. The summary counts one only beside a plainer
# wording of the same sentence in another outlet (an aligned framing contrast), not
# beside a story-wide one (another outlet's "reached" elsewhere in its text may be the
# softening, not the plain side). s7 reader report item 6: "stormed" charged to three
# outlets against tasnimnews.com's "reached"; "occupied" in "when ISIS occupied nearly a
# third of Iraq", with no contrast.
LITERAL_TERMS: frozenset[str] = frozenset({"stormed", "overran", "occupied"})

# --- sense checks: uses of a listed word that are not the loaded sense (s8 reader report item 1) ---
# Read on PolNeAR valid (2016 US election news) and SemEval dev pairs: about half of the
# loaded words the coverage column counted were plain uses of a listed word.

# Words after a modifier that make it another word: "supposed to" + verb is obligation or
# expectation ("the van was supposed to be escorted", "where is that $115 supposed to come
# from?"), never doubt about a noun (the reader's count: "supposed to" 6 of 6 wrong on
# PolNeAR valid and SemEval dev; the doubt use qualifies a noun: "his supposed 'lies'").
MODIFIER_NOT_BEFORE: dict[str, frozenset[str]] = {"supposed": frozenset({"to"})}

# Modifiers that also introduce a name or a term of art (AP's "the so-called Trans-Pacific
# Partnership", "so-called carried interest, a tax loophole ..."): there they tell the
# reader what a thing is called, not that the name is false. Read as introducing when the
# phrase is a name (its first word capitalised, or in quote marks: 'the so-called
# "Ibiza-gate" graft scandal') or is glossed right after (:data:`GLOSS_OPENERS`); then the
# summary counts it only beside another outlet's wording of the same thing (one outlet
# distances itself from a name others write plainly), like a hedge. Reader's count on
# PolNeAR valid + SemEval dev: "so-called" 6 of 7 introductory, 1 debatable ("the so-called
# school choice movement", no gloss: still counted). The cost: a distancing "so-called
# Islamic State" is counted only where another outlet writes the name without it.
INTRODUCING_MODIFIERS: frozenset[str] = frozenset({"so-called"})
# In the aligned doubt hedge (findings.framing's one-outlet "so-called" line), such a
# modifier before a lower-case compound of this many words, the first singular (no "-s"),
# none a stopword or a word of the loaded-term tables, names a kind or a coined term
# ("the so-called ghost employees", "so-called jackpotting malware": reader28 read both
# wrong on dev d164 and d168, where the wire and its copy introduce the audit's and the
# police's term and another outlet writes it plainly or drops the jargon); it is no doubt.
# It stays a hedge before one word or a plural ("so-called reforms", "so-called experts
# say"), a capitalised name ("the so-called People's Court"), a quoted phrase or a loaded
# word ("so-called terrorist cells"). The cost: a distancing "so-called peace deal" is
# missed there (a miss, never a wrong line).
TERM_OF_ART_WORDS = 2
# Words right before a counterpart's noun that introduce it as a name too ("... a trade
# deal known as the Trans-Pacific Partnership"): that outlet, like the one writing "the
# so-called Trans-Pacific Partnership", tells the reader what the thing is called, so an
# introducing "so-called" makes no story-wide contrast with it (84-article PolNeAR valid
# run: 'so-called Trans-Pacific Partnership' against wash-post's 'known as the Trans -
# Pacific Partnership', wrong). A "so-called" that doubts a name ("the so-called Islamic
# State") is still compared with an outlet that writes the name plainly.
INTRODUCED_BEFORE: tuple[str, ...] = ("known as", "also known as", "referred to as", "dubbed",
                                      "so-called", "what is called", "what are called")
# Content words (besides the qualified noun) two unaligned sentences must share for a
# modifier on a common noun ("controversial law", "divisive legacy") to be compared across
# them: a common noun recurs across loosely related articles, and two shared words are
# what two sentences of different events share by chance. In the 84-article PolNeAR valid
# run every such contrast linked by two words was another referent ("its controversial law
# requiring ..." / "bankruptcy laws": 'people', 'use'; "a controversial comment" by one
# speaker / "Trump's comments": 'Clinton', 'later'); the SemEval dev ones read right share
# three or more ("suspicious death" / "death": 'Epstein', 'jail', 'Maxwell'). The same
# floor as a story-wide attribution's (rules/attribution.STORY_LINK_MIN_WORDS).
MODIFIER_LINK_MIN_WORDS = 3

# Words that open a gloss after a comma ("so-called carried interest, a tax loophole",
# ", which benefits ...", ", such as that generated by ...", ", known as ..."); an opening
# bracket after the phrase is one too.
GLOSS_OPENERS: tuple[str, ...] = ("a", "an", "which", "such as", "known as", "also known as",
                                  "meaning", "in which", "under which")
# Two more forms of the introducing use (s8 held-out report items 3 and 4; both read on
# PolNeAR test, the forms general in wire copy):
# - an appositive that renames the noun phrase before it, closed by a comma, bracket or
#   dash, of two words or more: "the VIX volatility index, the so-called fear index, shot
#   up" (a nickname). One word stays a judgement ("Vell, the so-called expert, said"), and so
#   does a subject after an opening clause ("Last week, the so-called reform package passed":
#   no closing comma);
# - a lower-case plural compound of two words followed by its examples ("so-called
#   pass-through entities like partnerships and limited liability companies": a term of
#   art). One word stays a judgement ("so-called experts like Dr. Vell").
APPOSITIVE_OPENERS: tuple[str, ...] = ("the", "a", "an")
EXAMPLE_OPENERS: tuple[str, ...] = ("like", "such as")

# Standard compounds: a loaded word as the first part of a fixed name for a kind of thing
# ("the Sept. 11 terrorist attacks", "the terrorist group ISIS", "suspicious activity" in
# a police notice), the wording every outlet uses. Counted only beside another outlet's
# different wording of the same thing (an aligned or story-wide framing contrast: "terrorist
# attack" where another writes "militant attack"). Reader's count on PolNeAR valid:
# "terrorist" 9 of 15 counted uses plain news ("Islamic State-inspired terrorist attacks",
# "known terrorist groups"), "suspicious activity" 1 of 1.
FIXED_COMPOUNDS: dict[str, frozenset[str]] = {
    "terrorist": frozenset(
        "attack attacks bombing bombings plot plots threat threats cell cells group groups "
        "organization organizations organisation organisations network networks".split()),
    "suspicious": frozenset(
        "activity activities package packages device devices substance substances "
        "transaction transactions item items".split()),
}

# Words right after a verb of a LEMMA_SETS set that make it motion with no one acted on:
# "trains that clanked and jerked along wooden tracks", "the car jerked forward" (PolNeAR
# valid, nyt: "jerked" counted as loaded). Only right after the verb: "dragged him along
# the street" has an object first and stays the act.
MOTION_AFTER: frozenset[str] = frozenset("along forward forwards ahead onward onwards".split())

# --- reported framing (s8 held-out report item 5) ---------------------------------------
# A loaded word in a sentence that reports another party's framing is that party's word,
# not the outlet's: "In RT's coverage, ... the Syrian government battles terrorists" (nyt,
# describing RT; the summary charged "terrorists" to nyt), "According to Tarn Radio, the
# mob broke the gate" (a name or a pronoun after "according to": "according to police" or
# "according to televised footage" is the outlet's sourcing, and its words stay its own),
# "In Vell's view, the regime ...", "what officials described as a riot", "describing the
# strike as a riot". Words there are left out like quoted words (analysis/descriptors.reported_spans).
# The outlet's own view is no report ("In our view", "in my view"), and neither is a
# summary of many views ("by most accounts", "in many eyes"). Not "accounts" (also money
# held: "in the union's accounts").
# Nouns of a possessive frame: "in/by X's <noun>" (ending its phrase), "in the <noun> of X".
FRAME_NOUNS: tuple[str, ...] = (
    "coverage", "view", "views", "account", "telling", "retelling", "version",
    "words", "narrative", "portrayal", "depiction", "reporting", "eyes", "framing",
    "estimation", "reckoning",
)
# Verbs that put a label as someone's framing: "X portrays Y as", "Y is depicted as",
# "what officials described as". Not "cast" or "paint" ("cast his vote as the crowd ..."),
# nor "call" (also naming: "a group called ...").
FRAME_VERBS: tuple[str, ...] = (
    "portray", "depict", "brand", "label", "characterize", "characterise", "describe",
)
# Possessive pronouns of a frame: another party's ("in his view") ...
FRAME_PRONOUNS: frozenset[str] = frozenset({"his", "her", "their", "its"})
# ... and the outlet's own, or many views summed up: never a report of another's framing.
OWN_POSSESSIVES: frozenset[str] = frozenset({"our", "my", "most", "all", "many"})


# --- an actor's response told as opportunism (findings/opportunism.py; issue 12, item 3) ---
# Wording that casts what an actor did after an event as exploiting it: "rushed to exploit
# the tragedy", "were quick to blame the owners", "wasted no time in gloating", "seized on
# the breach to attack ...". The project's own list (MIT, like the code): each phrase
# judges the motive or haste of a response that another outlet reports as a call, a
# statement or a demand ("called for the minister's resignation", "said the budget had been
# cut"). A haste phrase counts only before one of OPPORTUNISM_VERBS ("quick to blame", not
# "quick to respond", "rushed to help"; "scrambled to find childcare" is no judgement);
# "seized on/upon" and "pounced on/upon" judge by themselves, whatever their object.
OPPORTUNISM_HASTE: tuple[str, ...] = (
    r"(?:rushed|rushes|rushing|rush)\s+to",
    r"(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?quick\s+to",
    r"(?:wasted|wastes|wasting|waste)\s+no\s+time\s+(?:in|to)",
    r"(?:lost|loses|losing)\s+no\s+time\s+(?:in|to)",
)
OPPORTUNISM_VERBS: frozenset[str] = frozenset(
    "exploit exploiting blame blaming politicise politicising politicize politicizing "
    "capitalise capitalising capitalize capitalizing use using gloat gloating "
    "score scoring cash cashing demand demanding attack attacking".split()
)
# Not "point": "analysts were quick to point out that ..." is a plain idiom of news copy.
# Verbs that tell a plain act as often as a motive judge only with an object of
# OPPORTUNISM_OBJECTS within OPPORTUNISM_OBJECT_WORDS words after them: "quick to use the
# tragedy", "rushed to score political points", "quick to cash in on the disaster"; not
# "commuters rushed to use the new footbridge", "Vell Rovers were quick to score twice",
# "the visitors were quick to attack down the left" (review, session 13).
OPPORTUNISM_OBJECT_VERBS: frozenset[str] = frozenset(
    "use using score scoring attack attacking cash cashing".split()
)
# What an opportunist uses: a misfortune (any story's), or the "points" scored off it.
OPPORTUNISM_OBJECTS: frozenset[str] = frozenset(
    "tragedy tragedies disaster disasters crisis accident accidents crash crashes death "
    "deaths killing killings sinking collapse shooting shootings bombing bombings attack "
    "attacks explosion flood floods fire blaze outbreak breach scandal grief outrage "
    "suffering victims points".split()
)
OPPORTUNISM_OBJECT_WORDS = 5
# "pounced on/upon" is as often literal (police pounce on a gang, a striker on a loose
# ball): it judges only in the passive ("was pounced on by critics") or with a misfortune
# (OPPORTUNISM_OBJECTS) or one of these words among the next OPPORTUNISM_OBJECT_WORDS
# ("pounced on the minister's remarks"); "seized on/upon" judges by itself.
OPPORTUNISM_REMARKS: frozenset[str] = frozenset(
    "remark remarks comment comments gaffe admission admissions leak leaks claim claims "
    "statement statements report reports".split()
)
# Words that open a clause of their own inside a passive opportunism sentence: the thing
# seized on is the subject after the last of them ("... was suspended after a short clip
# from one of his lectures was seized on by influencers": the clip, not the suspended
# scholar), and the agent after "by" ends before the first ("by influencers and turned
# into a national scandal": the influencers). Subordinators and coordinators, with the
# relative words; findings/opportunism._passive_head and _clause_cut (held-out t197, session 32).
OPPORTUNISM_CLAUSE_OPENERS: frozenset[str] = frozenset(
    "after before since until when whenever while as because once although though "
    "whereas and but or nor who which whom whose where".split()
)
# A literal seizure dated right after the verb ("Customs officers seized on Tuesday a
# shipment of ...", "seized on 3 May"): no judgement. The opportunism finder skips "seized
# on" before a weekday, a month (rules/numbers) or a digit.
OPPORTUNISM_SEIZE: tuple[str, ...] = (
    r"(?:seized|seizes|seizing|seize)\s+(?:on|upon)",
    r"(?:pounced|pounces|pouncing|pounce)\s+(?:on|upon)",
)
# An actor named by what it does (an agent noun: "Opponents of the plan were quick to seize
# on ...", "Critics pounced on ...") is told plainly by a clause whose verb is that act:
# "a plan that environmental groups have opposed", "residents who criticised the works".
# Agent noun's stem (normalize.stem) -> the stems of its verb's forms ("opposed",
# "opposes", "opposing" all stem to "oppos"). Only nouns that name a party by its stance
# on a matter, the actors an opportunism phrase judges; findings/opportunism._agent_act.
OPPORTUNISM_AGENT_ACTS: dict[str, frozenset[str]] = {
    "opponent": frozenset({"oppos"}),
    "critic": frozenset({"criticis", "criticiz"}),
    "protester": frozenset({"protest"}),
    "protestor": frozenset({"protest"}),
    "supporter": frozenset({"support"}),
    "campaigner": frozenset({"campaign"}),
    "objector": frozenset({"object"}),
}

# The last words of a name that make "regime" after it a body of rules, not a government
# ("the Tarn Accord regime", "the Orsk Convention regime", "the Vell Act regime": the
# regulatory sense, no charge; findings/framing._named_label_framing, review session 13).
RULES_REGIME_HEADS: frozenset[str] = frozenset(
    "accord accords treaty treaties pact convention conventions agreement agreements "
    "protocol protocols act acts directive directives regulation regulations rules code "
    "framework law laws charter statute".split()
)

# --- group descriptors by referent (findings/group_labels.py, session 20; --descriptors) ---
# One crowd or group named by a loaded label in one outlet ("rioters", "agitators", "the
# mob") and by a plain noun of who they are in another ("garment workers", "students",
# "people"), in sentences about the same event. The loaded labels are the charge-2 terms
# of the "crowd" set above, plus these (Words to watch, "Contentious
# labels": a word that judges a group's motive or legitimacy in the outlet's own voice;
# "agitator" casts protesters as stirred up by outsiders, as "mob" casts them as lawless).
GROUP_LABELS_EXTRA: dict[str, str] = {"agitator": "crowd", "agitators": "crowd"}
# Plain nouns for a group of people by what they are, do or where they live: the neutral
# side. A class of nouns (status, occupation, residence, a gathering), not counterparts
# of any one label. Not the armed group's plain nouns ("fighters", "gunmen": the armed
# group set compares those), not officials or forces (police, soldiers, officers: a group
# the labels above never name), not victims' nouns (the injured, the dead).
GROUP_NOUNS: frozenset[str] = frozenset(
    "people crowd crowds protester protesters demonstrator demonstrators marcher marchers "
    "striker strikers picketer picketers worker workers employee employees student students "
    "resident residents villager villagers local locals inhabitant inhabitants citizen "
    "citizens tenant tenants farmer farmers fisherman fishermen miner miners doctor doctors "
    "nurse nurses teacher teachers driver drivers commuter commuters inmate inmates "
    "prisoner prisoners family families parent parents pensioner pensioners youth youths "
    "campaigner campaigners supporter supporters activist activists member members "
    "townspeople men women".split())
# The public acts of a group (stems, normalize.stem): a plain noun counts as the
# counterpart of a label only as the doer of one of these ("garment workers marched",
# "crowds protesting", "people gathered"), the acts a crowd label judges. "Residents fled",
# "families waited", "workers died" are other people in the same story: never a
# counterpart of "rioters".
GROUP_ACTS: frozenset[str] = frozenset(
    "march gather protest ralli rally demonstrat block occupi occupy barricad picket strik "
    "walk stag chant camp converg clash hurl threw throw storm torch loot smash set riot "
    "overpower".split())
# A group's public act named as an event (nouns): a sentence of the labelling outlet that
# names one without a crowd label, linked to the plain outlet's sentence, tells the plain
# group's event apart from a labelled group of a later act ("The march to the
# ministry passed off peacefully. After dark, looters smashed shop windows": two groups; review20c). The
# nouns of GROUP_ACTS' acts, not of their outcomes ("damage", "violence"). Read only where
# the label's sentence tells a later act (GROUP_LATER): an outlet that calls the event a
# protest and its people agitators is the framing itself (dev d86).
GROUP_EVENT_NOUNS: frozenset[str] = frozenset(
    "march marches protest protests rally rallies demonstration demonstrations strike "
    "strikes walkout walkouts picket pickets sit-in sit-ins vigil vigils blockade "
    "blockades".split())
# Words that put an act after the one told before it ("After dark, looters smashed ...",
# "Later, rioters ..."): a label's sentence holding one, in an outlet that names the
# group's event in another sentence (GROUP_EVENT_NOUNS), tells a later act, maybe by
# others. Not "after" alone ("detained after blocking the road" is the same act's sequel).
GROUP_LATER: frozenset[str] = frozenset({
    "later", "afterwards", "afterward", "subsequently", "overnight", "thereafter",
    "after dark", "after nightfall", "after midnight", "after sunset", "that night"})
# Parts of the day that cannot be one act's time (findings/group_labels._parts_apart):
# a plain sentence of the day ("marched on Friday afternoon") and a label's sentence of
# the night ("After dark, looters smashed ...") tell two crowds (review20c). "Evening" is
# in neither: a march of the evening may run into the night.
GROUP_DAYTIME: frozenset[str] = frozenset(
    "morning afternoon midday noon lunchtime daytime dawn".split())
GROUP_NIGHTTIME: frozenset[str] = frozenset({
    "night", "overnight", "after dark", "nightfall", "midnight", "tonight"})
# Words of when, not of what or where: two sentences linked by these alone ("on Tuesday
# evening") may tell two crowds in two places (findings/group_labels: the pair must share
# another word too). Weekdays and months, and the parts of a day.
GROUP_TIME_WORDS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december morning afternoon evening "
    "night nights day days week weekend today yesterday tonight hours hour".split())
# Acts that are a group's public act only with a particle right after ("walked out",
# "walked off the job"; "residents walked home" is no protest).
GROUP_ACT_PARTICLES: dict[str, frozenset[str]] = {"walk": frozenset({"out", "off"}),
                                                   "set": frozenset({"fire", "alight"})}
# Words right before a label or noun that take it out of the outlet's own description of
# the group: a past or other group ("former", "ex-"), a denial ("not rioters"), a doubt
# or a report of another's word ("alleged", "so-called", "branded"; "described ... as" is
# a reported framing already: analysis/descriptors.reported_spans).
GROUP_NOT_OWN: frozenset[str] = frozenset(
    "former ex not no non anti alleged suspected so-called would-be called branded labelled "
    "labeled dubbed termed".split())
# Verbs of false identity, each with the word that leads to the assumed role: a label under
# one ("callers posing as bank fraud officers", "men pretending to be inspectors", "a
# woman claiming to be a nurse") says the bearer is NOT what the label names, so the
# outlet does not state the label as fact; another outlet's "claiming to be officers" is
# then no hedge against it (findings/framing._story_labels; dev d244, read wrong by
# reader36: the wire's 'posing as' and the Post's 'pretending to be' against the Voice's
# 'claiming to be'). A label stated outright ("bank fraud officers called them") stays a
# plain side.
IMPOSTOR_FRAMES: tuple[str, ...] = (
    r"pos(?:e|es|ed|ing)\s+as",
    r"pretend(?:s|ed|ing)?\s+to\s+be",
    r"claim(?:s|ed|ing)?\s+to\s+be",
    r"purport(?:s|ed|ing)?\s+to\s+be",
    r"masquerad(?:e|es|ed|ing)\s+as",
    r"pass(?:es|ed|ing)?\s+(?:themselves|himself|herself|itself)\s+off\s+as",
    r"impersonat(?:e|es|ed|ing)",
)
