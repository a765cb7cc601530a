"""Who *gives* a named actor (the evidence that an omission's carriers chose it): a bare
word stands for a person another outlet names in full only where it is written as a
name. Held-out wrongs of session 17 (t52, t54) read "which 2 other outlets give" of a
campaign group and a supporters' trust that only one outlet named: the second "giver"
wrote the group's last word as its dateline's country, or the trust's last word as a
capitalised sentence opening ("Supporters at the training ground ..."). Invented text
(the fictional Ostrel valley in Vardmark); the near misses keep the real givers: a
surname with a verb of saying, one in mid-sentence, the full name, and carrying (not
leaving out) by any occurrence of the word."""

from __future__ import annotations

from dataclasses import replace

import pytest
import support

from storylens.analysis.names import link_key
from storylens.findings import coverage as C
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = ("Floodwater from a burst tailings dam swept through the Ostrel valley on Sunday, "
        "cutting drinking water to 9,000 homes.")
SECOND = "The Halvek Mining company said the dam wall failed after five days of heavy rain."
THIRD = "Rescue crews reached the upper villages by boat on Monday, regional officials said."
OWN = [LEDE, SECOND, THIRD,
       "Campaigners at Clean Water Vardmark say far more sludge escaped than the company admits.",
       "Clean Water Vardmark said the dam wall had been cracked for months before it failed.",
       "The inspectorate did not respond to questions."]
CLOSING = "Schools in the valley will stay closed until Wednesday."


def _omitted(b_extra: list[str]) -> set[str]:
    """The outlets said to leave out the campaign group, where the second outlet (B)
    writes ``b_extra`` and the last two never name the group."""
    texts = [OWN, b_extra + [LEDE, SECOND, THIRD, CLOSING],
             [LEDE, SECOND, THIRD, "Mayor Ilse Korval said tanker trucks would bring water.", CLOSING],
             [LEDE, SECOND, THIRD, CLOSING]]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", text="\n\n".join(t))
            for i, t in enumerate(texts)]
    comp = compare_articles(arts, replace(Options(), fact_coverage=True))
    return {f.detail["outlet"] for f in comp.findings
            if f.type == "omission" and f.detail["fact"]["text"] == "Clean Water Vardmark"}


@pytest.mark.parametrize("b_extra, omitters", [
    # the country of the dateline, or a place, is no campaign group's name
    (["OSTREL, Vardmark (Norpress) - Rain had fallen for five days."], set()),
    (["Rain had fallen across Vardmark for five days before the dam gave way."], set()),
    # near miss: the group named in full gives it; the two without it leave it out
    (["Clean Water Vardmark, a campaign group, said it had warned the inspectorate."],
     {"Outlet C", "Outlet D"}),
])
def test_a_place_does_not_give_a_name_ending_in_it(b_extra, omitters):
    assert _omitted(b_extra) == omitters


GIVER = [
    # capitalised only as a sentence's first word: no name
    ("Walkers on the ridge path were stranded overnight.", "person", "Ridge Walkers", False),
    ("Supporters gathered at the gate on Friday evening.", "person", "Harbour Supporters", False),
    ("Walkers on the ridge path were stranded overnight.", "org", "Ridge Walkers", False),
    ("Farmers are angry about the sludge on their fields.", "person", "Valley Farmers", False),
    # a verb of either number after it ("had", "did"): a plural is still no name (session
    # 18's review)
    ("Supporters had gathered at the gate on Friday evening.", "person", "Harbour Supporters",
     False),
    ("Walkers had been stranded on the ridge path overnight.", "org", "Ridge Walkers", False),
    ("Farmers did not leave their fields all night.", "person", "Valley Farmers", False),
    ("Walkers, stranded overnight on the ridge, were rescued by boat.", "org", "Ridge Walkers",
     False),
    ("Supporters, angry at the club, gathered at the gate.", "person", "Harbour Supporters",
     False),
    # near misses: a verb of saying after it, or written mid-sentence, it is a name
    ("Tollen said the company had been warned for years.", "person", "Mara Tollen", True),
    ("Tollen told reporters the wall had been cracked.", "person", "Mara Tollen", True),
    ("The warning was signed by Tollen, a retired engineer.", "person", "Mara Tollen", True),
    ("Tollen, a retired engineer, warned of more rain.", "person", "Mara Tollen", True),
    ("Tollen has warned the company for years.", "person", "Mara Tollen", True),
    ("Tollen had warned the company for years.", "person", "Mara Tollen", True),
    ("Tollen did not answer calls on Monday.", "person", "Mara Tollen", True),
    # a group's name gives the group, not a person ("from Tollen" reads as a place there)
    ("The protest was led by Walkers, a hiking club.", "org", "Ridge Walkers", True),
    ("The warning came from Tollen, a hill village.", "person", "Mara Tollen", False),
]


@pytest.mark.parametrize("line, kind, name, gives", GIVER, ids=[f"{g[1]}-{g[0][:30]}" for g in GIVER])
def test_a_bare_word_gives_a_name_only_written_as_one(line, kind, name, gives):
    own = support.make_doc("a1", "Outlet A", [LEDE, f"{name} said the dam had been neglected."])
    other = support.make_doc("a2", "Outlet B", [LEDE, line])
    idx = C._Index([own, other])
    sid = own.sentences[1].id
    fact = C.Fact("a1", sid, kind, name, 0, len(name), link_key(name), 2.0)
    assert idx.repeats("a2", fact) is gives
    assert ("a2" in idx.cheap_carriers(fact)[2]) is gives  # the index agrees
    # either way the word is there: the outlet does not leave the name out
    assert idx.carries("a2", fact, set())


def test_name_capitals_reads_position_and_the_name_around_a_word():
    doc = support.make_doc("a1", "Outlet A", [
        "Farmers at the market said prices had doubled.",
        "Orlov said the pumps would be fixed by Friday.",
        "Ships waited off Port Emmen for a day."])
    named, own = C._name_capitals(doc, C._analysis(doc).entities)
    assert "Farmers" not in named and {"Orlov", "Friday", "Port", "Emmen"} <= named
    # a word inside a place's name is no person's surname there
    assert "Emmen" not in own and "Orlov" in own
