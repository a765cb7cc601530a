"""Who *gives* an organisation by its first word (its brand): only an outlet writing that
word as the organisation, not as the head of another name. Held-out t146 (session 26)
read "leaves out Southern Front, which 2 other outlets give" where the second "giver"
only named the "Southern Guides' Union". Invented text (the fictional Kessel hills of
Vardmark); the near misses keep the real givers: the full name, the brand alone in mid
sentence or as its own name, the brand with organisation words or the fact's own words,
and carrying (not leaving out) by any occurrence of the word."""

from __future__ import annotations

from dataclasses import replace

import pytest
import support

from storylens.analysis.names import link_key
from storylens.findings import coverage as C
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = ("Gunmen fired on a bus carrying hikers in the Varn hills on Saturday, killing five "
        "people and wounding nine.")

GIVER = [
    # the head of another name, or a sentence's first word in no name: not the group
    ("Tour guides from the Kessel Guides' Union said escorts had been cut in January.",
     "Kessel Front", False),
    ("Kessel villages are still waiting for the promised water pipeline.", "Kessel Front", False),
    ("The Kessel Farmers' Cooperative cancelled its market on Sunday.", "Kessel Front", False),
    # a place so named, its kind in lower case after it (review27c): not the group
    ("Security sources said the gunmen fled into the Kessel hills after the attack.", "Kessel Front", False),
    ("Police set up roadblocks across the Kessel region on Sunday.", "Kessel Front", False),
    # near misses: the full name, the brand in mid sentence, or with organisation words or
    # the fact's own words, gives it
    ("Security sources said the attack bore the hallmarks of the Kessel Front.", "Kessel Front", True),
    ("Officials said a statement signed by Kessel had been posted online.", "Kessel Front", True),
    ("The port operator, PetroVex, said the berths would reopen.", "Petrovex Logistics", True),
    ("Shares in Halvek Mining fell 4 percent on Monday.", "Halvek Mining Group", True),
    ("A spokesman for the Halvek Group declined to comment.", "Halvek Mining Group", True),
    # near misses of the place rows: a noun of no place after the brand, or a place noun
    # that is the organisation's own word
    ("Security sources blamed Kessel fighters for the attack.", "Kessel Front", True),
    ("Flooding closed the Orvan river crossing, the authority said.", "Orvan River Authority", True),
]


@pytest.mark.parametrize("line, name, gives", GIVER, ids=[g[0][:32] for g in GIVER])
def test_a_brand_gives_an_organisation_only_written_as_it(line, name, gives):
    own = support.make_doc("a1", "Outlet A", [LEDE, f"The {name} said it had planned the attack."])
    other = support.make_doc("a2", "Outlet B", [LEDE, line])
    idx = C._Index([own, other])
    sid = own.sentences[1].id
    fact = C.Fact("a1", sid, "org", name, 4, 4 + len(name), link_key(name), 2.0)
    assert idx.repeats("a2", fact) is gives
    assert ("a2" in idx.cheap_carriers(fact)[2]) is gives  # the index agrees
    # either way the word is there: the outlet does not leave the name out
    assert idx.carries("a2", fact, set())


# four outlets' own words for one attack (copies of one text would be one voice)
OWN = ["Gunmen fired on a bus carrying hikers in the Varn hills on Saturday, killing five people.",
       "Security sources said the attack bore the hallmarks of the Kessel Front.",
       "Interior Minister Ravel Ostrander said the attackers fled east in a white pickup.",
       "About 14,000 tourists visit the Varn hills each summer, the tourism board says.",
       "The Kessel Front has waged a low-level insurgency in the hills since 2021."]
B_OWN = ["Five hikers died when armed men ambushed their bus in the Varn hills on Saturday.",
         "Ravel Ostrander, the interior minister, vowed that the killers would be caught.",
         "Security sources said the gunmen had watched the road for weeks before the attack.",
         "The hills draw about 14,000 tourists every summer."]
C_OWN = ["The attack on a tourist bus in the Varn hills on Saturday killed five people, officials said.",
         "No group has claimed responsibility.",
         "Ravel Ostrander, interior minister, said security forces had sealed the roads out of the hills.",
         "Some 14,000 visitors come to the Varn hills each summer."]
D_OWN = ["Five people were killed in an attack on a bus full of hikers in the Varn hills on Saturday.",
         "Security forces under Interior Minister Ravel Ostrander set up checkpoints across the region.",
         "Tourism, which brings 14,000 summer visitors to the hills, is expected to suffer."]


def _omitted(b_extra: list[str]) -> set[str]:
    """The outlets said to leave out the Kessel Front, where the second outlet (B)
    writes ``b_extra`` and the last two never name the group."""
    texts = [OWN, B_OWN[:1] + b_extra + B_OWN[1:], C_OWN, D_OWN]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", text="\n\n".join(t))
            for i, t in enumerate(texts)]
    comp = compare_articles(arts, replace(Options(), fact_coverage=True))
    return {f.detail["outlet"] for f in comp.findings
            if f.type == "omission" and f.detail["fact"]["text"] == "Kessel Front"}


def test_another_name_headed_by_the_brand_is_no_second_giver():
    union = ["Tour guides from the Kessel Guides' Union said escorts had been cut in January."]
    assert _omitted(union) == set()


def test_a_place_named_by_the_brand_is_no_second_giver():
    assert _omitted(["Security sources said the gunmen fled into the Kessel hills after the attack."]) == set()


def test_near_miss_the_full_name_is_a_second_giver():
    full = ["Security sources blamed the Kessel Front, which has waged an insurgency since 2021."]
    assert _omitted(full) == {"Outlet C", "Outlet D"}
