"""fix40 (session 40): three causes of default fact_conflict wrongs on invented dev
d286/d288, each on invented text (fictional firms, islands and outlets).

1. An appositive on a name ends no clause for its figure ("Brennick Dredging, the larger
   firm, was fined 18.2 million"): the name before the aside owns the amount, and a
   passive subject owns what it receives whatever kind the name analysis gave it
   ("Tolvane Marine was fined 12.2 million"): two firms' fines are two facts.
2. A counted subject of several that takes the figure ("Two dredging firms fined 30.4
   million") gives a total of several, never one firm's part.
3. An outlet that gives two figures of one measure (a study's 6 million for moving a herd,
   the programme's 1.9 million) tells them apart: another outlet's "nearly 2 million" is
   the second one's, not a rival of the first. An earlier figure leaves the conflict.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles


def _conflicts(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Quell Wire", text=a),
            Article(id="a2", source="t", outlet="Harbour Ledger", text=b)]
    # asked for by name: fact conflicts are off by default again since session 40
    return [f.summary for f in compare_articles(arts, Options(fact_conflicts=True)).findings
            if f.type == "fact_conflict"]


FINES_A = "\n\n".join([
    "QUELLPORT - Harbour regulators on Tuesday fined two dredging firms a combined 30.4 "
    "million marks for rigging port contracts along the Sarne estuary.",
    "Brennick Dredging, the larger firm, received the bigger penalty at 18.2 million "
    "marks. Tolvane Marine was fined 12.2 million marks.",
    "Both firms said they would study the ruling before deciding whether to appeal.",
])
FINES_B = "\n\n".join([
    "{head}",
    "QUELLPORT - Harbour regulators on Tuesday imposed penalties on two dredging firms for "
    "rigging port contracts along the Sarne estuary.",
    "{body}",
    "Both firms said they would study the ruling before deciding whether to appeal.",
])


@pytest.mark.parametrize("head, body, conflict", [
    # the larger firm's own fine, its owner named before an aside: not Tolvane's 12.2
    ("Port regulator punishes dredgers",
     "Brennick Dredging, the larger firm, was fined 18.2 million marks, with Tolvane "
     "Marine paying the rest.", False),
    # (near miss) the larger firm's fine told two ways: still a conflict
    ("Port regulator punishes dredgers",
     "Brennick Dredging, the larger firm, received the bigger penalty at 16.2 million "
     "marks.", True),
    # a total of several in a headline, never one firm's part
    ("Two dredging firms fined 30.4 million marks",
     "Brennick Dredging, the larger firm, was fined 18.2 million marks, with Tolvane "
     "Marine paying the rest.", False),
])
def test_a_fine_belongs_to_its_firm(head, body, conflict):
    lines = _conflicts(FINES_A, FINES_B.format(head=head, body=body))
    assert bool(lines) is conflict, lines


NO_PARTS = FINES_A.replace(
    "Brennick Dredging, the larger firm, received the bigger penalty at 18.2 million marks. "
    "Tolvane Marine was fined 12.2 million marks.",
    "The firms were also barred from public tenders for a year.")
PART = "Brennick Dredging was fined 23.1 million marks, with Tolvane Marine paying the rest."


@pytest.mark.parametrize("a_head, b_head, body, conflict", [
    # the total of two firms against one firm's part: two measures
    ("Two dredging firms fined 30.4 million marks", "Port regulator punishes dredgers",
     PART, False),
    # (near miss) one firm's fine in the headline: still a conflict
    ("Dredging firm fined 30.4 million marks", "Port regulator punishes dredgers",
     PART, True),
    # (near miss) two totals of several told two ways: still a conflict
    ("Two dredging firms fined 30.4 million marks",
     "Two dredging firms fined 34.0 million marks", "The firms have 30 days to pay.", True),
])
def test_a_total_of_several_is_no_part(a_head, b_head, body, conflict):
    lines = _conflicts(a_head + "\n\n" + NO_PARTS, FINES_B.format(head=b_head, body=body))
    assert bool(lines) is conflict, lines


CULL_A = "\n\n".join([
    "PORT ESKEL - The farm ministry on Monday approved a cull of 200 of the 300 wild goats "
    "on Isla Corvina to protect a rare nesting petrel.",
    "The programme will cost 1.9 million dobras over three years, including fencing.",
    "The Goat League said it would go to court and called for all the goats to be moved to "
    "the mainland. The ministry said moving the whole herd was \"neither practical nor "
    "affordable\", citing a study that estimated the cost at more than 6 million dobras.",
])
CULL_B = "\n\n".join([
    "PORT ESKEL - The farm ministry on Monday approved a cull of 200 of the 300 wild goats "
    "on Isla Corvina to protect a rare nesting petrel.",
    "The Goat League said it would go to court. The ministry, which said moving the whole "
    "herd was not affordable, has put the cost of the cull at {v} dobras.",
])
NO_PROGRAMME = CULL_A.replace("The programme will cost 1.9 million dobras over three years, "
                              "including fencing.", "Fencing will begin in June.")


@pytest.mark.parametrize("a, v, conflict", [
    # the outlet's own 1.9 million is the cull's cost: the study's 6 million is another's
    (CULL_A, "nearly 2 million", False),
    # (near miss) no second cost in the first outlet: still a conflict
    (NO_PROGRAMME, "nearly 2 million", True),
    # (near miss) a cost the first outlet's figures meet in neither: still a conflict
    (CULL_A, "4 million", True),
])
def test_an_outlet_that_tells_two_costs_apart(a, v, conflict):
    lines = _conflicts(a, CULL_B.format(v=v))
    assert bool(lines) is conflict, lines
