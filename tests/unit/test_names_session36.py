"""Session 36 (names36): a surname spelled a fold or one letter apart, the given name the
same, that the role phrases beside it set apart without excluding each other ("local
businessman ..." / "owner of the casino"), is one person when two outlets write the two
spellings in one aligned sentence pair (``names._told_alike``).

Invented dev d175 ("Silvio Brancato" / "Silvio Brancatto") and d196 ("Bogdan Irimescu" /
"Bogdan Irimesku") were missed: the roles' veto kept them apart though the outlets tell the
same sentence of each. Invented names, places and outlets; near misses (no aligned
sentence, two offices, two given names, a one-word name) stay silent.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants
from storylens.models import Alignment


def variants(a: list[str], b: list[str], aligned: tuple[int, int] | None, *more: list[str]):
    """The outlets' findings, sentence ``aligned[0]`` of A aligned to ``aligned[1]`` of B
    (``more``: further outlets, C on, aligned to nothing)."""
    docs = [support.make_doc("a1", "Outlet A", a), support.make_doc("a2", "Outlet B", b)]
    docs += [support.make_doc(f"a{i + 3}", f"Outlet {'CDE'[i]}", m) for i, m in enumerate(more)]
    als = [] if aligned is None else [Alignment("paraphrase", (f"a1:s{aligned[0]}", f"a2:s{aligned[1]}"), 0.7)]
    return find_name_variants(FindingContext.build(docs, als))


OWNER = ["Local businessman Tavio Marcaldi owns the Rocca Verde hotel in Pellaro.",
         "Marcaldi's firms gave 40,000 crowns to the mayor's campaign, the weekly said."]
OWNER_B = ["Tavio Marcalddi, owner of the Rocca Verde hotel, denied wrongdoing.",
           "Firms tied to Marcalddi gave the mayor's campaign 40,000 crowns, a weekly said."]
EXEC = ["Construction executive Gorun Vaslescu was named in the indictment.",
        '"I learned only last week that Mr Vaslescu is my wife\'s cousin," the judge said.']
# a third outlet that gives the typo's spelling no role: the fuzzy link is made through it,
# as in d196, where only the roles of A and B then part the two forms
EXEC_C = ["Gorun Vaslescu was charged with bribery on Monday."]
EXEC_B = ["Businessman Gorun Vaslesku, a co-defendant, declined to comment.",
          '"I learned only last month that Mr Vaslesku is my cousin," the judge said.']


@pytest.mark.parametrize(("a", "b", "aligned", "more", "rule"), [
    # a doubled letter's fold, a surname alone in the aligned pair (d175's shape)
    (OWNER, OWNER_B, (1, 1), (), "name.fold"),
    # one letter typed otherwise, "Mr" + surname in the aligned pair (d196's shape)
    (EXEC, EXEC_B, (1, 1), (EXEC_C,), "name.typo"),
])
def test_one_aligned_sentence_makes_two_descriptions_one_person(a, b, aligned, more, rule):
    (f,) = variants(a, b, aligned, *more)
    assert f.detail["rule"] == rule, f.detail


@pytest.mark.parametrize(("a", "b", "aligned", "more"), [
    # the same texts, no sentence aligned: the roles' veto stands
    (OWNER, OWNER_B, None, ()),
    (EXEC, EXEC_B, None, (EXEC_C,)),
    # aligned, but the aligned pair writes the same spelling (no mention of B's form there)
    (OWNER, ["Tavio Marcalddi, owner of the Rocca Verde hotel, denied wrongdoing.",
             "Firms tied to the hotel gave the mayor's campaign 40,000 crowns, a weekly said."], (1, 1), ()),
    # two offices: a minister and a police spokesman of one given name (two people)
    (["Industry Minister Lars Ekdal said the plant would reopen.",
      "Ekdal said the inquiry would report in May."],
     ["Police spokesman Lars Ekdall said two men were held.",
      "Ekdall said the inquiry would report in May."], (1, 1), ()),
    # two given names a letter apart, aligned: the typo rule reads a whole name, and a
    # given name that differs is no surname's spelling
    (["Hospital director Maria Lundqvist said the ward would reopen.",
      "Lundqvist said the inquiry would report in May."],
     ["Marie Lundqvist, a nurse on the ward, said staff were exhausted.",
      "Marie Lundqvist said the inquiry would report in May."], (1, 1), ()),
])
def test_told_alike_near_misses_stay_apart(a, b, aligned, more):
    found = variants(a, b, aligned, *more)
    assert not found, [f.summary for f in found]


# --- a four-letter given name in one aligned slot, one post beside both -----------------
# Invented dev d90 missed "Piotr Zelinski" / "Petr Zelinski": the aligned-slot link reads
# given names of five letters or more, and "Petr" has four. Where both outlets also give
# the person one post beside the name, four letters are enough (names._aligned_pairs).

def test_petr_and_piotr_under_one_post_in_one_slot():
    (f,) = variants(["Deputy housing minister Piotr Zalewin will take over the ministry."],
                    ["Deputy minister Petr Zalewin will take over the housing portfolio."], (0, 0))
    assert f.detail["rule"] == "name.aligned", f.detail


@pytest.mark.parametrize(("a", "b", "aligned"), [
    # no post beside the name in one outlet: four letters stay too short
    (["Deputy housing minister Piotr Zalewin will take over the ministry."],
     ["Piotr's cousin Petr Zalewin will take over the ministry."], (0, 0)),
    # the post, but the sentences do not align
    (["Deputy housing minister Piotr Zalewin will take over the ministry."],
     ["Deputy minister Petr Zalewin will take over the housing portfolio."], None),
    # a former holder beside the current one: two people
    (["Former deputy minister Piotr Zalewin will take over the ministry."],
     ["Deputy minister Petr Zalewin will take over the housing portfolio."], (0, 0)),
    # three letters: "Ivan" / "Ivo" are two names, post or no post
    (["Deputy housing minister Ivan Zalewin will take over the ministry."],
     ["Deputy minister Ivo Zalewin will take over the housing portfolio."], (0, 0)),
    # another first letter: another name ("Mark" / "Dirk")
    (["Deputy housing minister Mark Zalewin will take over the ministry."],
     ["Deputy minister Dirk Zalewin will take over the housing portfolio."], (0, 0)),
])
def test_short_given_name_near_misses_stay_apart(a, b, aligned):
    found = variants(a, b, aligned)
    assert not found, [f.summary for f in found]
