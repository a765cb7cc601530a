"""Fixes from the blind-written dev stories (benchmarks/invented/dev, session 12), each with
near misses. All text invented here (fictional places, firms and people), not the stories'."""

from __future__ import annotations

import pytest
from support import compare_paragraphs, make_doc


def _conflicts(comp):
    return [f for f in comp.findings if f.type == "fact_conflict"]


# --- a fact conflict needs an outlet on each side that does not give the other value -------

_NOW = "Harlow Mills said on Tuesday it would shut its Brenn paper mill, cutting {n} jobs."
_THEN = "Harlow Mills closed its Ostby pulp plant in 2020 with the loss of {n} jobs."
_FILL = [
    "The company blamed the cost of wood and energy for the decision.",
    "Union leaders said they would meet managers on Thursday.",
    "The Brenn mill opened in 1961 and is the town's largest employer.",
]


def test_every_outlet_gives_both_figures_no_conflict():
    """Each article gives 1,200 (the mill now) and 450 (another plant, 2020): two facts."""
    arts = [[_NOW.format(n="1,200"), *_FILL, _THEN.format(n="450")],
            [_FILL[0], _NOW.format(n="1,200").replace("said on Tuesday", "announced on Tuesday"),
             _THEN.format(n="450").replace("closed", "shut"), _FILL[2]],
            ["Brenn will lose its paper mill, Harlow Mills said, with 1,200 jobs to go.", _FILL[1],
             "In 2020 the firm closed its Ostby pulp plant, with the loss of 450 jobs."]]
    assert _conflicts(compare_paragraphs(*arts)) == []


def test_one_outlet_alone_on_a_figure_still_conflicts():
    """Near miss: the third outlet gives 1,500 for the mill and not 1,200: a conflict."""
    arts = [[_NOW.format(n="1,200"), *_FILL],
            [_FILL[0], _NOW.format(n="1,200").replace("said on Tuesday", "announced on Tuesday"), _FILL[2]],
            [_NOW.format(n="1,500"), _FILL[1]]]
    found = _conflicts(compare_paragraphs(*arts))
    assert len(found) == 1 and "1,500" in found[0].summary


# --- a reporting verb in a relative clause is not the statement's attribution -----------

def _framing(comp):
    return [f for f in comp.findings if f.type == "framing"]


_WIRE = ["A court in Tarnby on Friday jailed former port director Ilse Maren for six years for fraud.",
         "Maren, 49, was found guilty of taking payments from two shipping firms.",
         'Speaking as guards led her away, she said: "I have never stolen from this port."']


def test_relative_clause_verb_is_no_framing():
    """'who denies the charges' describes her position; 'told reporters' attributes the quote."""
    other = [_WIRE[0], _WIRE[1],
             'Maren, who denies all the charges, told reporters as guards led her away: '
             '"I have never stolen from this port."']
    assert _framing(compare_paragraphs(_WIRE, other)) == []


def test_main_verb_after_relative_clause_still_frames():
    """Near miss: the relative clause closed, the main verb is a loaded one: a finding."""
    other = [_WIRE[0], _WIRE[1],
             'Maren, who was led away by guards, claimed as she left: "I have never stolen from this port."']
    found = _framing(compare_paragraphs(_WIRE, other))
    assert len(found) == 1 and "claimed" in found[0].summary


# --- "No. 2" names a furnace: no figure for the coverage findings -------------------------

@pytest.mark.parametrize("sentence, figure, fact", [
    ('"They sold us out," said Pia Lund, 52, who has run the No. 3 machine since she left school.',
     "3", False),
    ("Crews fought the fire at the No. 4 warehouse for six hours.", "4", False),
    ("Shift workers at gate #12 were sent home early.", "12", False),
    # near misses: a count beside the label, and "No" as a determiner
    ('"They sold us out," said Pia Lund, who leads 140 workers on the No. 3 machine.', "140", True),
    ("Crews fought the fire at the warehouse for hours and 12 people were hurt.", "12", True),
])
def test_numbered_name_is_no_fact(sentence, figure, fact):
    from storylens.findings.coverage import facts_of

    doc = make_doc("a1", "Outlet A", ["Harlow Mills said on Tuesday it would shut its Brenn paper mill.",
                                      sentence])
    assert (figure in {f.text for f in facts_of(doc)}) is fact


def test_relative_clause_verb_alone_still_frames():
    """Near miss: no main reporting verb after the clause: the relative clause's 'claim'
    hedges a label, a contrast with 'say' (tests/unit/test_framing_attribution_guards.py)."""
    a = [_WIRE[0], "The strikers, who say they are unpaid deckhands, blocked the gate of the port office."]
    b = [_WIRE[0], "The strikers, who claim to be unpaid deckhands, blocked the gate of the port office."]
    assert any("claim" in f.summary for f in _framing(compare_paragraphs(a, b)))
