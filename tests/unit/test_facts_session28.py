"""Session 28: a fact's referent holds what restricts it, which officers, which unit.

Two causes of session 27's held-out wrongs (now dev t151, t160), each a structure:

* a count of a noun its phrase qualifies ("34 police officers injured", "22 riot officers")
  is a part of the people a count of people in general gives ("at least 50 people
  injured"): two measures (``facts._subset_apart``). A compound whose first noun is an
  unmarked plural counts its second ("police officers" -> officers, qualified by "police",
  which still names them: "about 800 police" meets it; ``_compound_modifier``,
  ``_compound_alias``). An unqualified noun is the whole told in other words ("112
  protesters" / "87 people" arrested still conflict).
* the name that is the subject of the verb taking a figure ("Unit 2 supplies about 9
  percent of Varenia's electricity" / "Kaldren supplies about 18 percent") is its referent
  beside the whole it is a share of: two subjects named apart are a part and its whole, or
  two parts (``_subject_name``, ``_agents_apart``). One name told short and long ("Tarvane"
  / "the Tarvane plant") or two verbs of one subject still conflict.

Invented text (fictional places, plants and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a qualified noun's count against the count of people in general: a part, the whole
    ("Clashes in Dorvel on Friday left 40 people injured, officials said.",
     "Clashes in Dorvel on Friday left 22 police officers injured, officials said.", set()),
    ("Clashes in Dorvel on Friday left 40 people injured, officials said.",
     "Clashes in Dorvel on Friday left 22 riot officers injured, officials said.", set()),
    ("Clashes in Dorvel on Friday left 40 injured, officials said.",
     "Clashes in Dorvel on Friday left 22 young protesters injured, officials said.", set()),
    # near misses: the whole twice, the part twice, an unqualified noun for the whole
    ("Clashes in Dorvel on Friday left 40 people injured, officials said.",
     "Clashes in Dorvel on Friday left 65 people injured, officials said.", {"40", "65"}),
    ("Clashes in Dorvel on Friday left 31 police officers injured, officials said.",
     "Clashes in Dorvel on Friday left 22 police officers injured, officials said.",
     {"31", "22"}),
    ("Clashes in Dorvel on Friday left 31 officers injured, officials said.",
     "Clashes in Dorvel on Friday left 22 police officers injured, officials said.",
     {"31", "22"}),
    ("Police arrested 112 protesters in Dorvel on Friday.",
     "Police said 87 people were arrested in Dorvel on Friday.", {"112", "87"}),
    # the compound's first noun still names its people
    ("About 800 police were deployed in Dorvel on Friday.",
     "About 1,500 police officers were deployed in Dorvel on Friday.", {"800", "1,500"}),
    # a part taken from a whole names its noun after "of": no people in general
    ("The union said the walkout affected 17 public hospitals in Tarsk.",
     "The union said the walkout affected 14 of the country's public hospitals in Tarsk.",
     {"17", "14"}),
])
def test_a_qualified_count_is_a_part(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # two subjects named apart: one unit's share and the plant's, two units' shares
    ("Officials said Reactor 3 supplies about 7 percent of Ostmark's electricity.",
     "Officials said Tarvane supplies about 15 percent of Ostmark's electricity.", set()),
    ("Officials said Reactor 3, which provides about 7 percent of Ostmark's power, was shut.",
     "Officials said Tarvane, which provides about 15 percent of Ostmark's power, was shut.",
     set()),
    # near misses: one subject, told short and long or with another verb
    ("Officials said Tarvane supplies about 7 percent of Ostmark's electricity.",
     "Officials said the Tarvane plant supplies about 15 percent of Ostmark's electricity.",
     {"7 percent", "15 percent"}),
    ("Officials said Reactor 3 supplies about 7 percent of Ostmark's electricity.",
     "Officials said Reactor 3 provides about 15 percent of Ostmark's electricity.",
     {"7 percent", "15 percent"}),
    # a name that speaks gives the figure, it does not hold it
    ("Analysts at Brenn Capital said about 7 percent of Ostmark's power is lost.",
     "Analysts at Orla Partners said about 15 percent of Ostmark's power is lost.",
     {"7 percent", "15 percent"}),
])
def test_a_named_subject_is_the_referent(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


def test_two_labels_of_one_name_are_two_subjects() -> None:
    # "Reactor 3" / "Reactor 4": the shares stay apart (the labels' own digits are read
    # as counts of "supplies", an older reading this table does not settle)
    got = support.fact_pair_values(
        "Officials said Reactor 3 supplies about 7 percent of Ostmark's electricity.",
        "Officials said Reactor 4 supplies about 15 percent of Ostmark's electricity.")
    assert {"7 percent", "15 percent"} not in got


def _mentions(text: str):
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    return [m for _sid, ms in facts.doc_mentions(doc) for m in ms]


@pytest.mark.parametrize(("text", "noun", "mods", "aliases"), [
    ("Rioters left 34 police officers injured.", "officer", {"police"}, {"polic"}),
    ("The firm laid off 40 staff members.", "member", {"staff"}, {"staf"}),
    ("About 800 police were deployed.", "polic", None, set()),
    ("Rioters left 34 protesters' banners torn.", "protesters", None, set()),
])
def test_compound_head(text: str, noun: str, mods, aliases) -> None:
    m = next(m for m in _mentions(text) if m.family == "count")
    assert (m.noun, m.mods[1] if m.mods else None, set(m.aliases)) == (noun, mods, aliases)

