"""A number the story uses as a label is no figure an outlet leaves out or adds (session 34b,
from the omission read wrong on invented dev d223: "leaves out the figure '7'" of a tram on
"line 7"). Invented stories with fictional outlets, each with its near misses:

1. a plain-digit number after a noun that names it in some article's clause ("Replacement
   buses run on line 12.", coverage._label_number) names that noun's thing wherever the
   story writes the same noun and number ("a bus on line 12 overturned", "the line 12
   bus", coverage._story_labels): never a figure left out nor one only an outlet gives;
   a count of that number ("12 passengers"), or the same number after another noun, still is.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, verbatim_context

from storylens.findings import coverage as cov
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier"]
SHARED = "The regional governor said an inquiry would report within a month."


def _three(texts: list[list[str]]):
    return verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS, ON)


def _left_out(ctx, outlet: str, figure: str) -> bool:
    return any(f.summary.startswith(f"{outlet} leaves out") and figure in f.summary.split(", which")[0]
               for f in cov.find_omissions(ctx))


CRASH = ("ORSK - A bus on line 12 overturned on the Tarn bridge in Orsk on Monday morning, "
         "injuring 9 passengers, police said.")
CRASH_B = ("ORSK - The line 12 bus overturned on the Tarn bridge in Orsk on Monday morning, "
           "injuring 9 passengers, police said.")
BUS_TAIL = ["The driver told police the brakes had failed on the slope.",
            "The city transport company said it would check its whole fleet."]
RUNNING = "Replacement minibuses are running on line 12."
NONE = ("ORSK - Nine passengers were hurt when a city bus skidded and tipped over on a bridge "
        "in central Orsk early on Monday.")

LEAD = ("ORSK - A city bus overturned on the Tarn bridge in Orsk on Monday morning, injuring "
        "9 passengers, police said.")

# (id, Harbour Post's second line, the figure, whether that fact is read as a story label)
FACTS = [
    ("the line's number, a verb after it", "A bus on line 12 skidded on ice as it turned onto the bridge.",
     "12", True),
    ("the line's number before the noun it names", "The line 12 bus skidded on ice on the bridge.", "12", True),
    ("near miss: the same number as a count", "Some 12 cars were stuck behind the bus for an hour.", "12", False),
    ("near miss: the number after another noun", "On the bridge 12 cars were stuck behind the bus.", "12", False),
]


@pytest.mark.parametrize("case", FACTS, ids=[c[0] for c in FACTS])
def test_a_number_the_story_uses_as_a_label(case):
    _, line, figure, label = case
    ctx = _three([[LEAD, line, *BUS_TAIL, RUNNING], [LEAD, *BUS_TAIL], [LEAD, *BUS_TAIL]])
    labels = cov._story_labels(ctx)
    second = next(s for s in ctx.docs[0].sentences if s.text == line)
    facts = [f for f in cov.facts_of(ctx.docs[0]) if f.text == figure and f.sentence == second.id]
    assert facts and all(cov._a_story_label(ctx, f, labels) is label for f in facts)


def test_a_count_left_out_is_still_told():
    """The story's labels take no count away: "9 passengers" beside the line's label is
    left out by an outlet that gives no figure of the injured."""
    line = "A bus on line 12 skidded on ice as it turned onto the bridge."
    third = LEAD.replace("9 passengers", "several passengers")
    ctx = _three([[LEAD, line, *BUS_TAIL, RUNNING], [LEAD, line, *BUS_TAIL], [third, *BUS_TAIL]])
    assert _left_out(ctx, "Coast Courier", "'9'")
    assert not _left_out(ctx, "Coast Courier", "'12'")


# (id, the story's lines, the (noun, number) pairs read as labels)
STORY_LABELS = [
    ("a label after a preposition, the clause end after it", [RUNNING], {("line", "12.0")}),
    ("near miss: a verb after it, no label read", [CRASH], set()),
    ("near miss: a count after its bound", ["Buses carried at least 12 passengers on line 9."],
     {("line", "9.0")}),
]


@pytest.mark.parametrize("case", STORY_LABELS, ids=[c[0] for c in STORY_LABELS])
def test_story_labels(case):
    _, lines, want = case
    ctx = _three([[*lines, *BUS_TAIL], [*lines, *BUS_TAIL], [NONE, *BUS_TAIL]])
    assert {(n, k) for n, k in cov._story_labels(ctx)} >= want
    assert not {p for p in cov._story_labels(ctx) if p[0] in ("least", "injuring")}
