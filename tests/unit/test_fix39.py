"""Two default-path wrongs of session 39's first read of d271-d280 (fix39), by their
general causes:

1. framing.story.modifier: a plain side whose only word is inside quotation marks is the
   speaker's wording, not the outlet's (dev d273: the wire's own "collectors reported
   suspicious bottles" set against "a bottle" inside the estate director's quote).
2. addition: an exact figure another outlet's bound rounds ("more than 40,000
   signatures" beside "a petition signed by 42,318 people") is that count told exactly,
   not a fact only one outlet gives (dev d276). The bound's clause names what it rounds,
   however far back its subject stands, and "signed by N people" counts the act that
   "N signatures" names.

All text is invented (fictional gallery, town and outlets; the Halcyon Star story of
tests/support.py). Near misses: the plain word written outside the quote still fires; a
figure the bound does not round, or a bound of another counted thing, stays an addition.
"""

from __future__ import annotations

import re

import pytest
import support

from storylens.findings.coverage import _act_counted, _clause_stems
from storylens.models import Sentence
from storylens.options import Options

LEDE = ("Police in Varrow arrested two dealers on Tuesday over forged landscapes sold under "
        "the name of the painter Ilse Marrin, the Lindqvist Gallery said.")
QUOTED = ('"Every buyer deserves to know that a print is the real thing," said Mira '
          "Oster, director of the Lindqvist Gallery.")
# the charged outlet's own clause after the same quote: the buyers' paintings, its words
CHARGED = QUOTED[:-1] + ", which alerted police in March after buyers reported suspicious prints."
OWN = ("The Lindqvist Gallery, whose director Mira Oster alerted police in March after buyers "
       "reported prints, welcomed the arrests.")

# (id, the two plain outlets' sentence, whether 'suspicious paintings' is a finding)
MODIFIERS = [
    ("the plain noun only inside the director's quote", QUOTED, False),
    ("near miss: the plain noun in the outlet's own words", OWN, True),
    ("near miss: the quote and the plain noun outside it", f"{QUOTED} {OWN}", True),
]


@pytest.mark.parametrize("case", MODIFIERS, ids=[c[0] for c in MODIFIERS])
def test_a_quoted_noun_is_no_plain_side_of_a_loaded_modifier(case):
    _, plain, fires = case
    found = support.loaded_modifiers(
        LEDE, [f"\n\n{CHARGED}", f"\n\n{plain}", f"\n\n{plain}"],
        ["Varrow Wire", "Marsh Courier", "Ostby Ledger"], "suspicious prints",
        Options(framing=True, story_framing=True))
    assert bool(found) is fires, found


ON = Options(fact_coverage=True, additions=True)
OTHERS = ("A petition calling for the crew to be freed and sent home to Orsk before winter "
          "gathered more than 30,000 signatures.")
SPEAKER = ('"We warned the coastguard for weeks that this would end badly," said Ivo Rask of the '
           "Dockers' Alliance, which organised a ")


def _added(own: str) -> set[str]:
    """The figures Kestow Voice (``own``) is said to give alone beside three outlets
    telling :data:`OTHERS`."""
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, OTHERS, *support.halcyon_colour(t)]
             for t in ("Orsk", "Tamberly", "Ulvane")]
    texts.append([support.HALCYON_LEDE, support.HALCYON_TOW, own, *support.halcyon_colour("Kestow")])
    _, add = support.coverage_facts(texts, support.HALCYON_OUTLETS, ON)
    return {f for o, f in add if o == "Kestow Voice"}


# (id, Kestow Voice's line, the figure, whether it is an addition). These outlets already
# carry the rounded count (the first row held before fix39 too): the table guards that
# the near misses, figures the bound does not round, stay additions; d276's own shape is
# read by the helper tables below and the dev run
FIGURES = [
    ("the bound's count told exactly", SPEAKER + "petition signed by 31,406 people.", "31,406", False),
    ("near miss: a figure far above the bound", SPEAKER + "petition signed by 51,406 people.", "51,406", True),
    ("near miss: a figure below the bound", SPEAKER + "petition signed by 28,406 people.", "28,406", True),
]


@pytest.mark.parametrize("case", FIGURES, ids=[c[0] for c in FIGURES])
def test_an_exact_figure_a_bound_rounds_is_no_addition(case):
    _, own, figure, added = case
    got = _added(own)
    assert any(figure in f for f in got) is added, got


def _sentence(text: str) -> Sentence:
    return Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text)


BOUND = "Crew families had opposed the seizure, and a petition calling for the sailors to be freed gathered more than 30,000 signatures."
# (id, the exact figure's sentence, the bound's sentence, whether the act counts the bound's noun)
ACTS = [
    ("signed by N people / N signatures",
     "The league organised a petition signed by 31,406 people.", BOUND, True),
    ("arrested N people / N arrests",
     "Police arrested 47 people overnight.", "Officers made more than 40 arrests.", True),
    ("injured N people / N injuries",
     "The blast injured 47 people.", "Doctors treated more than 40 injuries.", True),
    ("near miss: read by N people / N signatures",
     "The league posted a letter read by 31,406 people.", BOUND, False),
    ("near miss: joined by N people / N signatures",
     "The league organised a march joined by 31,406 people.", BOUND, False),
    ("near miss: a short verb stem (set N / N settlers)",
     "The league set 31,406 places aside.", "It housed more than 30,000 settlers.", False),
]


@pytest.mark.parametrize("case", ACTS, ids=[c[0] for c in ACTS])
def test_an_act_counts_the_people_its_noun_counts(case):
    _, exact, bound, alike = case
    s, t = _sentence(exact), _sentence(bound)
    figure = re.search(r"\d[\d,]*", exact)
    other = re.search(r"\d[\d,]*", bound)
    assert _act_counted(s, figure.start(), t, other.end(), None) is alike


def test_a_bound_clause_names_its_subject_past_the_reach():
    s = _sentence(BOUND)
    got = _clause_stems(s, BOUND.index("30,000"))
    assert "petition" in got  # the clause's subject, 70 characters back
    assert not {"famili", "seizur"} & got  # the clause before the comma: another subject
