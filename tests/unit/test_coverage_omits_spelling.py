"""An omitted name is labelled as most of the outlets that give it write it (s7 findings
item 1: the demo's coverage row said the Meridian Ledger "leaves out Pavel Dragunoff"
where three outlets write "Dragunov" and only the Free Voice "Dragunoff", because the
Free Voice's mention was the one the fact model kept). Invented five-outlet story; the
near misses keep the fact's own spelling: it is the majority, a tie, or the others
write the surname alone (no vote for a full name)."""

from __future__ import annotations

import pytest
from support import verbatim_context

from storylens.findings.coverage import outlet_profiles

OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily", "Bay Monitor"]
LEAD = "The Draven ferry ran aground off Kessel Point on Tuesday with passengers aboard."
RESCUE = "Coastguard crews from Tessel towed the ferry back to port by midnight."
OWN = ["Divers will inspect the hull on Wednesday, officials said.",
       "The operator cancelled all crossings for the rest of the week.",
       "Tourists stranded on the island were offered rooms at the Orvik inn.",
       "The Draven was built in 1998 and refitted two years ago.",
       "Insurers sent an assessor to the island on Wednesday morning."]
# Isle Daily's titled mention is the only one the fact model keeps (the others name her
# once, without a title before the name): its spelling is the fact's
TITLED = "Port director Mirela Kostowa said the rock was charted and the crew should have seen it."
# Bay Monitor tells that part of the story without her
OWNER = "The owner said the rock was charted and defended the crew's choice of route."
NONE = "Divers were sent to check the hull of the ferry after it struck the rock."


def _appos(name: str) -> str:
    return f"{name}, who speaks for the port, said the rock had been charted for decades and blamed the crew."


def _told(name: str) -> str:
    return f"The rock was charted, {name} told reporters, blaming the crew for straying."


def _omits(first: str, second: str, third: str) -> list[str]:
    texts = [[LEAD, RESCUE, first, OWN[0]], [LEAD, RESCUE, second, OWN[1]],
             [LEAD, RESCUE, third, OWN[2]], [LEAD, RESCUE, TITLED, OWN[3]],
             [LEAD, RESCUE, OWNER, OWN[4]]]
    ctx = verbatim_context(texts, OUTLETS)
    return [t["label"] for t in outlet_profiles(ctx)["a5"]["omits_top"]]


def test_the_spelling_most_carriers_write_names_the_omitted_person():
    # three outlets write "Kostova", the one whose mention is the fact "Kostowa"
    first = _appos("Mirela Kostova")
    labels = _omits(first, _told("Mirela Kostova"), first.replace("the crew", "the ferry's crew"))
    assert labels == ["Mirela Kostova (director)"]


# (id, the other three articles' sentences): Bay Monitor still leaves her out, and the
# label keeps Isle Daily's "Mirela Kostowa"
NEAR_MISSES = [
    ("the fact's own spelling is the majority",
     (_appos("Mirela Kostova"), _told("Mirela Kostowa"),
      _appos("Mirela Kostowa").replace("the crew", "the ferry's crew"))),
    ("one outlet each way is a tie: the fact's own stays",
     (_appos("Mirela Kostova"), NONE, _told("Mirela Kostowa"))),
    ("the surname alone is no vote for a full name ('Kostova told reporters')",
     ("The rock was charted and the crew strayed, Kostova said on Wednesday.",
      _told("Kostova"), OWN[4])),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_keep_the_facts_own_spelling(case):
    _, others = case
    assert _omits(*others) == ["Mirela Kostowa (director)"]


def test_another_person_in_a_carrier_does_not_vote():
    # Coast Courier names another man (not her cluster): two "Kostova" still outvote one
    first = _appos("Mirela Kostova")
    labels = _omits(first, _told("Mirela Kostova"),
                    first.replace("the crew", "the ferry's crew").replace("Mirela Kostova", "Ivo Brandt"))
    assert labels == ["Mirela Kostova (director)"]
