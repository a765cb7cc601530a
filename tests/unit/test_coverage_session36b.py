"""One person under two spellings is one name left out. The carriers of invented dev
d90 wrote its deputy minister "Piotr Zelinski" and "Petr Zelinski"; the outlet naming him
nowhere got two omission lines, one per spelling (names36's read, session 36). The
name_variant finder's cluster ties the spellings, so the omission finder keeps one line.
Invented text (the fictional Orlava cabinet); the near miss keeps two lines for two
people each left out."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

ON = Options(fact_coverage=True)

# each outlet in its own words (copies of one text are one voice, and leave nothing out)
LEDES = ("Orlava's transport minister Hanno Brevik resigned on Friday, a day after an audit "
         "found he had hired his brother's firm to repair the Tarsen bridge for 4.2 million crowns.",
         "Hanno Brevik quit as Orlava's transport minister on Friday after auditors said his "
         "brother's company won the 4.2 million crown Tarsen bridge repairs without a tender.",
         "The minister in charge of Orlava's roads, Hanno Brevik, stepped down on Friday over "
         "a bridge contract worth 4.2 million crowns that went to a firm run by his brother.",
         "Transport minister Hanno Brevik has resigned over the award of the Tarsen bridge "
         "repairs, worth 4.2 million crowns, to his brother's firm, his office said on Friday.")
DEPUTY = ("Deputy transport minister {} will take over the ministry, the prime minister's "
          "office said. Dravetsky has run its bridge programme since 2021.",
          "Deputy transport minister {} is to run the ministry until an election in the "
          "spring. Dravetsky is expected to keep the rail budget on schedule.",
          "Deputy minister {} becomes acting head of the transport ministry. Dravetsky once "
          "worked as a road engineer in Tarsen.")
# the Courier tells the procurement-law part of the story, without the auditor's name
COURIER = ("Parliament will debate the procurement law and the auditor general's powers in "
           "the autumn.")
TAILS = ("Auditors found that the firm had billed for 310 days of work on the span, which "
         "reopened in March. \"I regret the harm this has done,\" Brevik said in a statement. "
         "Prime Minister Sanna Ilves accepted the resignation.",
         "According to the report, 310 days of labour were invoiced although crews were seen "
         "on site far less often. Sanna Ilves, the prime minister, thanked him for his "
         "service. \"I regret the harm this has done,\" he wrote.",
         "Inspectors counted 310 billed days of repairs, a figure local residents dispute. "
         "Brevik apologised: \"I regret the harm this has done.\" Opposition leaders demanded "
         "that Ilves explain why she had defended him for a week.",
         "The audit lists 310 days of charged work, and says no other company was asked to "
         "bid. \"I regret the harm this has done,\" the outgoing minister told reporters. "
         "Ilves is expected to name a permanent successor next month.")
OUTLETS = ("Orlava Wire", "Tarsen Daily", "Northern Gazette", "Vell Courier")


AUDITOR = ("Auditor general Marta Oskel said the contract broke procurement law.",
           "The contract broke procurement law, according to auditor general Marta Oskel.",
           "Auditor general Marta Oskel told parliament the award was unlawful.")


def _omitted(names: tuple[str, str, str], second: bool = False) -> list[str]:
    """Omission lines of the Vell Courier (no deputy named) where three outlets name the
    deputy by ``names`` and, with ``second``, the auditor (left out too)."""
    texts = []
    for i, n in enumerate(names):
        extra = [AUDITOR[i]] if second else []
        texts.append("\n\n".join([LEDES[i], *extra, DEPUTY[i].format(n), TAILS[i]]))
    texts.append("\n\n".join([LEDES[3], COURIER, TAILS[3]]))
    arts = [Article(id=f"a{i}", source="t", outlet=o, text=t)
            for i, (o, t) in enumerate(zip(OUTLETS, texts, strict=True), 1)]
    return [f.summary for f in compare_articles(arts, ON).findings
            if f.type == "omission" and f.summary.startswith("Vell Courier leaves out")]


ROWS = [
    # (the carriers' spellings of the deputy, lines naming a Dravetsky expected)
    pytest.param(("Piotr Dravetsky", "Piotr Dravetsky", "Petr Dravetsky"), 1, id="two-spellings"),
    # near miss: one spelling throughout, one line as before
    pytest.param(("Piotr Dravetsky", "Piotr Dravetsky", "Piotr Dravetsky"), 1, id="one-spelling"),
]


@pytest.mark.parametrize(("names", "lines"), ROWS)
def test_one_person_two_spellings_is_one_omission(names, lines):
    got = [s for s in _omitted(names) if "Dravetsk" in s]
    assert len(got) == lines, got


def test_two_people_left_out_stay_two_lines():
    """Near miss: another person (not a spelling of the deputy) left out keeps its line."""
    got = _omitted(("Piotr Dravetsky", "Piotr Dravetsky", "Petr Dravetsky"), second=True)
    assert any("Dravetsk" in s for s in got), got
    assert any("Marta Oskel" in s for s in got), got
    assert sum("Dravetsk" in s for s in got) == 1, got
