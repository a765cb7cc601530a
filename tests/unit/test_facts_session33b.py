"""Session 33b: an amount of money measures what its head names.

- A bare amount of money is the measure its head noun or verb names: a profit, the
  dividends paid, the damages claimed or awarded, a fine, a budget.
  Two amounts under two such heads are two measures ("a net profit of 640 million solares" /
  "paid out 210 million solares in dividends", read as one "number of solares" on invented
  dev d217; rules/numbers.MONEY_MEASURES, ``facts._money_head``). The same measure told two
  ways ("a fine of 2 million" / "fined 3 million", two profits), or named on one side only
  ("90 million in damages" / "pay 120 million"), still conflicts.

Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

# Both articles open on one named event (the story tie); the second sentence of each
# carries the figure, unaligned.
LEAD_A = "A dam on the Orvel river burst near the town of Brisca on Monday, flooding 300 homes."
LEAD_B = "The Orvel dam collapse near Brisca on Monday flooded some 300 homes."


def _tied(a: str, b: str) -> list[set[str]]:
    """The values of each conflict between two story-tied articles whose figures stand in
    unaligned sentences."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.options import Options

    docs = [support.make_doc("a1", "Pellor Wire", [LEAD_A, a], published="2026-11-18"),
            support.make_doc("a2", "Brisca Courier", [LEAD_B, b], published="2026-11-18")]
    found = find_fact_conflicts(FindingContext.build(docs, [], options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


@pytest.mark.parametrize(("a", "b", "want"), [
    # a currency the tables do not know (read as a count of "dravens")
    ("Hydrelva reported a net profit of 480 million dravens last year.",
     "Hydrelva paid out 150 million dravens in dividends last year.", False),
    # two heads, two measures (d217's shape)
    ("The utility, Hydrelva, reported a net profit of 480 million dravens last year.",
     "Hydrelva paid out 150 million dravens in dividends last year, its annual report says.",
     False),
    ("Hydrelva has been ordered to pay 90 million dravens in damages to the farmers.",
     "Hydrelva posted a profit of 35 million dravens in the same year.", False),
    # near misses: one measure told two ways still conflicts
    ("A court ordered Hydrelva to pay the farmers 90 million dravens in damages.",
     "A court ordered Hydrelva to pay the farmers 120 million dravens.", True),
    ("The regulator fined Hydrelva 3 million dravens for the dam's upkeep.",
     "Hydrelva was handed a fine of 2 million dravens over the dam's upkeep.", True),
    ("Hydrelva reported a net profit of 480 million dravens last year.",
     "Last year Hydrelva made a profit of 420 million dravens.", True),
])
def test_money_heads(a: str, b: str, want: bool) -> None:
    assert bool(_tied(a, b)) is want


@pytest.mark.parametrize(("text", "want"), [
    ("The utility reported a net profit of 480 million dravens last year.", "profit"),
    ("Hydrelva paid out 150 million dravens in dividends last year, even as it cut its "
     "upkeep budget by 12 per cent.", "dividend"),
    ("The farmers are demanding 2 billion dravens in compensation.", "damages"),
    ("The farmers seek 2 billion dravens in damages.", "damages"),
    # no money noun in the amount's own phrase: the later clause's budget is another's
    ("A court ordered Hydrelva to pay 120 million dravens, and the province later cut "
     "its flood budget.", None),
])
def test_an_amounts_own_money_noun_names_its_measure(text: str, want: str | None) -> None:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Pellor Wire", [text], published="2026-11-18")
    ms = [m for _, ms in facts.doc_mentions(doc) for m in ms if "dravens" in m.q.text
          or m.noun == "draven" or "million" in m.q.text or "billion" in m.q.text]
    assert ms, text
    assert ms[0].money_head == want
