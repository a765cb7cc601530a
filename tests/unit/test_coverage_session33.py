"""What an outlet tells another way is no omission, nor an addition (session 33, from the
dev omissions and additions read wrong: d164, d202, d200, d206, d208, t201; d132, d169, t125). Invented stories with fictional outlets;
each fix with its near misses, for two and three givers (three and four outlets):

1. a name spelled apart that the name clusters did not tie (_spelled_apart): the surname
   alone, accents off, in a line aligned with a giver's line naming the person ("Volac, who
   has run the city" / "Volač, who has run the city"), or a full name transliterated
   ("Youssef Ben Haddou" / "Yusuf Benhaddou"); another given name, a gendered form, or the
   surname in a line of its own still leaves the person out;
2. a temperature rounded in bare degrees ("nearly 35 degrees, a temperature unheard of"
   for "34.8 degrees Celsius", _bare_degrees); degrees of a slope still leave it out;
3. a partitive count of one thing ("214 of the chain's stores" / "all 312 Dorva stores",
   _partitive_of): a conflict; another noun still leaves it out;
4. all of a part's whole ("in all 14 samples" / "in 11 of 14 samples", _all_of_whole): a
   conflict; the samples with no count still leave it out;
5. a vessel's name after its prefix ("the MS Arden Crest", _vessel_name): an identifier;
6. a unit no table knows written after both figures ("0.9 per mille" / "1.9 per mille",
   _unit_words): one reading told two ways; another measure still leaves it out;
7. a later value of a running count ("The death toll ... rose to 11 on Friday" beside "Nine
   miners were killed", _running_count): no addition; a flat count of another thing, or a
   rise far from the story's counts, still is one.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, verbatim_context

from storylens.findings import coverage as cov
from storylens.findings.coverage import find_omissions
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
# every article closes on this sentence, aligned verbatim: the outlets share the story
SHARED = "The regional governor said an inquiry would report within a month."


def _context(given: list[str], third: list[str], n: int, edited=()):
    """``n - 1`` outlets give ``given`` and Coast Courier, the third, gives ``third``."""
    texts = [given] * (n - 1)
    texts = texts[:2] + [third] + texts[2:]
    return verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)],
                            OUTLETS[:n], ON, edited=edited)


def _left_out(ctx, what: str) -> bool:
    return any(f.summary.startswith("Coast Courier leaves out") and what in f.summary.split(", which")[0]
               for f in find_omissions(ctx))


# --- 1. a name spelled apart ------------------------------------------------------------

LEDE = "Auditors in Kestrel found that the city paid 41 workers who never came to work."
PROS = "Prosecutors opened an investigation into the payroll office on Wednesday."
RAN = "Volač, who has run the city since 2018, said he had not known of the payments."
MAYOR = [LEDE, "Mayor Darek Volač denied any wrongdoing in a statement on Tuesday.", RAN, PROS]
COUSIN = "The parks chief, Ivo Volač, a cousin of the mayor, was asked to explain the hires."

# (id, Coast Courier's lines, a line of it aligned with RAN or None, whether it leaves him out)
SPELLINGS = [
    ("the surname without its accent, aligned",
     [LEDE, RAN.replace("Volač", "Volac"), COUSIN, PROS], RAN.replace("Volač", "Volac"), False),
    ("near miss: the cousin named in the aligned line",
     [LEDE, RAN.replace("Volač", "Ivo Volač"), COUSIN, PROS], RAN.replace("Volač", "Ivo Volač"), True),
    ("near miss: the surname in a line of its own",
     [LEDE, "Volac later toured the new tram depot with reporters.", COUSIN, PROS], None, True),
    ("near miss: only the cousin named",
     [LEDE, "The mayor, who has run the city since 2018, said he had not known of the payments.",
      COUSIN, PROS], None, True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", SPELLINGS, ids=[c[0] for c in SPELLINGS])
def test_a_name_spelled_apart_is_not_left_out(case, n):
    _, third, aligned, left_out = case
    ctx = _context(MAYOR, third, n, edited=[(RAN, aligned)] if aligned else ())
    assert _left_out(ctx, "Darek Volač") is left_out


CUSTOMS = "Customs officers at Port Marvel seized 900,000 fake tablets from a container on Monday."
DIRECTOR = "Customs director Yusuf Benhaddou said the pills would have killed people."

# (id, the name Coast Courier gives its customs director, whether it names the givers' director)
TRANSLITERATED = [
    ("given name and surname spelled apart", "Youssef Ben Haddou", True),
    ("near miss: another given name", "Yasin Ben Haddou", False),
    ("near miss: another surname", "Youssef Ben Hadid", False),
    ("near miss: a gendered form", "Yusufa Benhaddou", False),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", TRANSLITERATED, ids=[c[0] for c in TRANSLITERATED])
def test_a_transliterated_name_names_the_person(case, n):
    _, name, same = case
    given = [CUSTOMS, DIRECTOR, PROS]
    third = [CUSTOMS, f"{name}, the customs director, warned that the pills would have killed people.", PROS]
    ctx = _context(given, third, n)
    cov.carried_facts(ctx)
    f = next(x for x in cov.facts_of(ctx.docs[0]) if x.kind == "person")
    givers = tuple(d.id for i, d in enumerate(ctx.docs) if i != 2)
    assert cov._spelled_apart(ctx, f, ctx.docs[2].id, givers) is same


@pytest.mark.parametrize("x, y, same", [
    ("yusuf", "yusef", True), ("mohamed", "muhamad", True), ("bogdan", "boian", False),
    ("mario", "maria", False), ("ivan", "ivana", False), ("ana", "ina", False), ("j", "jan", False),
])
def test_given_names_spelled_one_way_or_two(x, y, same):
    assert cov._same_given(x, y) is same


# --- 2-4, 6. a figure told another way ----------------------------------------------------

TAIL = ["Engineers closed the pass road until further notice.", "Buses carried residents down to the valley."]
HEAT = ("A stretch of the pass road into Kestrel buckled on Monday as temperatures reached 34.8 "
        "degrees Celsius, the highest ever recorded in the town.")
SALADS = "Dorva Markets recalled nine lines of bagged salad on Thursday after a listeria outbreak."
STORES = "The salads were sold in all 312 Dorva stores across the country."
LAB = "Laboratory tests found the chemical in 11 of 14 samples taken from hives near fields sprayed with Varex."
BEES = "Dead bees were found in hundreds of hives in the Orlen valley last week."
FERRY = "The captain of a ferry was arrested in Velmark on Saturday after failing a breath test."
BREATH = "The captain registered a blood alcohol level of 0.9 per mille, police said."

# (id, the givers' lines, Coast Courier's lines, the figure, whether it is left out)
FIGURES = [
    ("a temperature rounded in bare degrees", [HEAT, *TAIL],
     ["Thermometers in Kestrel hit nearly 35 degrees, a temperature unheard of at that altitude, "
      "and the road gave way.", *TAIL], "34.8", False),
    ("near miss: degrees of a slope", [HEAT, *TAIL],
     ["The pass road into Kestrel buckled on Monday.", "The slope above it climbs at nearly 35 degrees.",
      *TAIL], "34.8", True),
    ("a partitive count of the same stores", [SALADS, STORES, *TAIL],
     [SALADS, "The salads were stocked in 214 of the chain's stores.", *TAIL], "312", False),
    ("near miss: a partitive count of another thing", [SALADS, STORES, *TAIL],
     [SALADS, "The salads were packed in 214 of the chain's warehouses.", *TAIL], "312", True),
    ("near miss: the stores with no count", [SALADS, STORES, *TAIL],
     [SALADS, "The salads were stocked in the chain's stores.", *TAIL], "312", True),
    ("all of the part's whole", [LAB, BEES, *TAIL],
     ["Government scientists detected fluxamine, the active ingredient of Dorvel's Varex spray, "
      "in all 14 samples sent for testing.", BEES, *TAIL], "11", False),
    ("near miss: the samples with no count", [LAB, BEES, *TAIL],
     ["Government scientists detected fluxamine, the active ingredient of Dorvel's Varex spray, "
      "in samples sent for testing.", BEES, *TAIL], "11", True),
    ("one unit no table knows", [FERRY, BREATH, *TAIL],
     [FERRY, "The captain blew 1.9 per mille when police tested him at the quay.", *TAIL], "0.9", False),
    ("near miss: another measure", [FERRY, BREATH, *TAIL],
     [FERRY, "The captain had worked 19 years for the company, police said.", *TAIL], "0.9", True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", FIGURES, ids=[c[0] for c in FIGURES])
def test_a_figure_told_another_way_is_not_left_out(case, n):
    _, given, third, figure, left_out = case
    assert _left_out(_context(given, third, n), figure) is left_out


@pytest.mark.parametrize("whole, unit", [
    ("in 11 of 14 samples", None), ("312 of them", None), ("0.9 per mille", ("per", "mille")),
    ("14 crew members", None), ("12 and 14", None),
])
def test_unit_words_after_a_figure(whole, unit):
    ctx = _context([f"Inspectors counted {whole} on Monday in Velmark.", *TAIL], [*TAIL], 3)
    cov.carried_facts(ctx)
    index = ctx.__dict__["_coverage_memo"]["index"]
    s = ctx.sentences["a1:s0"]
    m = next(m for ms in index.mentions_of.values() for m in ms if m.q.sentence == s.id)
    assert cov._unit_words(s, m) == unit


# --- 5. a vessel's name ---------------------------------------------------------------------

@pytest.mark.parametrize("line, vessel", [
    ("The MS Arden Crest was carrying 210 passengers on the crossing from Tolm.", True),
    ("The MV. Arden Crest was carrying 210 passengers on the crossing from Tolm.", True),
    ("Arden Crest, the ferry's owner, said 210 passengers were on the crossing from Tolm.", False),
])
def test_a_vessel_name_is_no_actor(line, vessel):
    ctx = _context([FERRY, line, *TAIL], [FERRY, *TAIL], 3)
    # the name as the fact model may read it: a person's (invented dev t201's "Solby Star")
    f = cov.Fact(article="a1", sentence="a1:s1", kind="person", text="Arden Crest", start=0, end=0,
                 key="arden crest", salience=1.0, rank=1, family="")
    assert cov._vessel_name(ctx, f, (ctx.docs[1].id,)) is vessel


# --- 7. a running count's later value is no addition ---------------------------------------

MINE = "Nine miners were killed when guards opened fire at the Ulmar copper mine on Thursday."
MINE_TAIL = ["The union called a strike across the region.", "The company said it regretted the loss of life."]

# (id, Coast Courier's lines, the figure, whether it is told as Coast Courier's alone)
RUNNING = [
    ("a toll reached by a rise", ["The death toll from Thursday's shooting at the Ulmar copper mine rose to 11 "
                                  "on Friday.", *MINE_TAIL], "'11'", False),
    ("the running toll's breakdown", ["The death toll from Thursday's shooting at the Ulmar copper mine rose to "
                                      "11 on Friday, 4 of them guards.", *MINE_TAIL], "'4'", False),
    ("near miss: a flat count of another thing",
     [MINE, "Police arrested 14 strikers outside the Ulmar copper mine on Friday.", *MINE_TAIL], "'14'", True),
    ("near miss: a rise far from any count of the story",
     [MINE, "Membership of the Ulmar copper mine union has risen to 14,000 since January.", *MINE_TAIL],
     "'14,000'", True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", RUNNING, ids=[c[0] for c in RUNNING])
def test_a_later_value_of_a_running_count_is_no_addition(case, n):
    _, third, figure, added = case
    ctx = _context([MINE, *MINE_TAIL], third, n)
    assert any(f.summary.startswith("Only Coast Courier gives") and figure in f.summary
               for f in cov.find_additions(ctx)) is added
