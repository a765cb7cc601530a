"""Session 18 (held-out t55, session 17): a doubt modifier on a person's role ("alleged
gang leader Ivo Brant", "Brant, 51, the alleged leader of the gang") hedges that role. Its
plain side is another outlet stating such a role of the same person, read over all that
outlet's mentions of him ("Brant, the Harrow Street gang boss serving 20 years"), told as
"B states '...' as fact where A writes 'alleged ...'"; a bare mention of the name states no
role, and a role phrase in apposition to a name is about that name's bearer, never about
another story's "leaders". All text invented here (fictional places and people)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Five inmates escaped from Karst Hill prison near Dunmore on Sunday through a tunnel "
        "dug beneath the laundry, the justice ministry said.")
LEDE_B = ("Five prisoners broke out of Karst Hill jail outside Dunmore overnight on Sunday, "
          "crawling through a tunnel from the laundry.")


def _modifier_findings(*texts: str) -> list:
    outlets = ["Dunmore Ledger", "Karst Courier", "Northern Wire"]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=outlets[i], text=t)
            for i, t in enumerate(texts)]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f for f in comp.findings
            if f.type == "framing" and f.detail["rule"] == "framing.story.modifier"]


A_PRE = f"{LEDE} Three fugitives, including alleged gang leader Ivo Brant, remain at large."
A_APPOSED = (f"{LEDE} Among them is Ivo Brant, 51, the alleged leader of the Harrow Street "
             "gang, who was serving 20 years for extortion.")


B_STATED = (f"{LEDE_B} Ivo Brant escaped with them. Police in Dunmore set up roadblocks. "
            "Brant, the Harrow Street gang boss serving 20 years for extortion, was last seen "
            "near the river.")
B_BEFORE = f"{LEDE_B} Gang boss Ivo Brant escaped with them. Roadblocks went up."


@pytest.mark.parametrize("a, b", [(A_PRE, B_STATED), (A_APPOSED, B_STATED), (A_APPOSED, B_BEFORE)],
                         ids=["role before the name", "appositive", "stated before the name"])
def test_stated_role_against_hedged_role(a, b):
    found = _modifier_findings(a, b)
    assert len(found) == 1
    f = found[0]
    assert f.summary.startswith("Karst Courier states '")
    assert "as fact where Dunmore Ledger writes 'alleged" in f.summary
    assert "alleged" in f.summary


@pytest.mark.parametrize("b", [
    # near misses: a bare name states no role
    f"{LEDE_B} Ivo Brant escaped with them. Police say Brant was last seen near the river.",
    # a role of another kind
    f"{LEDE_B} Ivo Brant, a father of three from Dunmore, escaped with them.",
    # the other outlet hedges the role too
    f"{LEDE_B} Ivo Brant, the suspected Harrow Street gang boss, escaped with them.",
    # the role stated of someone else
    f"{LEDE_B} Ivo Brant escaped with them. Tomas Weil, the Harrow Street gang boss, was "
    "moved to another prison on Monday.",
    # a role of another kind that shares the hedged role's words
    f"{LEDE_B} Ivo Brant, the Harrow Street gang boss's brother, escaped with them.",
    f"{LEDE_B} Ivo Brant, the brother of the Harrow Street gang's leader, escaped with them.",
    # the role stated only in someone's quote
    f'{LEDE_B} "Ivo Brant, the Harrow Street gang boss, walked out of here," a guard said.',
], ids=["bare name", "another role", "hedged too", "another person", "boss's brother",
        "brother of the leader", "in a quote"])
def test_no_stated_role_no_finding(b):
    assert _modifier_findings(A_PRE, b) == []
    assert _modifier_findings(A_APPOSED, b) == []


def test_appositive_role_is_not_set_against_other_leaders():
    """t55's second wrong: 'the alleged leader' of a named man against an article that
    names no one but 'leaders of the Harrow Street and Canal gangs'."""
    c = ("Guards at Karst Hill prison near Dunmore staged a strike on Thursday over staffing. "
         "The prison houses many senior gang figures, including leaders of the Harrow Street "
         "and Canal gangs, the guards' union said on Thursday.")
    found = _modifier_findings(A_APPOSED, c)
    assert found == []


# --- a named modifier's plain side is read over all the other outlet's mentions ----------

MAYOR = "A court in Dunmore on Monday jailed former mayor Ivo Brant for six years for taking bribes."


@pytest.mark.parametrize("b, found", [
    (f"{MAYOR} Brant was led away in handcuffs.", True),
    # near misses: the other outlet judges him too, elsewhere in its article
    (f"{MAYOR} The embattled Ivo Brant was led away in handcuffs.", False),
    (f"{MAYOR} Ivo Brant, the port oligarch, was led away in handcuffs.", False),
], ids=["plain everywhere", "another judging modifier", "a loaded term on him"])
def test_named_modifier_against_every_mention(b, found):
    a = ("The disgraced former mayor Ivo Brant was jailed for six years on Monday by a court "
         "in Dunmore for taking bribes. He was led away in handcuffs.")
    got = [f for f in _modifier_findings(a, b) if "disgraced" in f.summary]
    assert bool(got) is found
