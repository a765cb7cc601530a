"""real32 (session 32): rows for the lead from a read of real text (no fix here).

1. Framing's story-wide attribution line, "B writes 'taking a dig' where A writes 'said'
   for <speaker>", still stands on the real semeval2022-en dev pair that real30 read
   (two Indian outlets on a former chief minister's rally remark; --all-findings, framing
   being off by default since session 30), after framing30b. The plain outlet A itself
   names the same remark with a charged noun: a "barb" in a body sentence with no speech
   verb (and a "jibe" in its headline). framing30b's
   ``attribution.told_elsewhere`` reads only the speaker's sentences with an attribution
   cue of theirs ("took a swipe at ..., saying <same words>"), so a charged noun for the
   statement ("barb", "jibe") in a sentence with no speech verb leaves A plain.

   Wanted: an outlet that names the speaker's same statement with a charged noun
   elsewhere ("firing the '...' barb", "his jibe at ...") is no plain side for it.
   Near misses that pass on main: a plain noun for the statement ("in the remark") keeps
   the line; a charged noun for another statement of the speaker's ("fired a barb at the
   board's plan for night ferries") keeps it too.

Invented text: a harbour fund in Karrow; former mayor Idris Vantell; the Karrow Ledger
and the Selm Courier. The xfail rows were flipped by framing32b (session 32:
findings.attribution._charged_noun_elsewhere, rules/attribution SENSATIONAL_NOUNS).
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE_A = ("Ferry crews in Karrow stopped work on Tuesday over a harbour fund they say is "
          "spent in Selm.")
LEDE_B = ("Crossings from Karrow to Selm halted on Tuesday as ferry crews walked out over the "
          "harbour fund.")
DIG = ("Former mayor Idris Vantell on Tuesday greeted the port board by taking a dig at it, "
       "saying the harbour fund was run from Selm and not from the Karrow town hall.")
SAID = ("The harbour fund is run from Selm and not from the Karrow town hall, former mayor "
        "Idris Vantell said on Tuesday at a rally in the port. ")

BARB_SAME = "Vantell, however, named no one while firing the 'Selm town hall' barb."
JIBE_SAME = ("Vantell's jibe that the harbour fund was run from Selm drew cheers from the "
             "crowd at the port.")
PLAIN_SAME = "Vantell, however, named no one in the remark about the Selm town hall."
BARB_OTHER = "Vantell also fired a barb at the board's plan for night ferries, which has no crews."


def _lines(b_other: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Karrow Ledger", text=f"{LEDE_A} {DIG}"),
            Article(id="a2", source="t", outlet="Selm Courier",
                    text=f"{LEDE_B} {SAID}{b_other}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.summary for f in comp.findings
            if f.type == "framing" and "Selm Courier writes 'said'" in f.summary]


@pytest.mark.parametrize(("name", "other", "wanted"), [
    pytest.param("charged noun 'barb' for the same statement", BARB_SAME, False,
                 id="barb-same"),
    pytest.param("charged noun 'jibe' for the same statement", JIBE_SAME, False,
                 id="jibe-same"),
    pytest.param("near miss: a plain noun for the same statement", PLAIN_SAME, True,
                 id="plain-noun-same"),
    pytest.param("near miss: a charged noun for another statement", BARB_OTHER, True,
                 id="barb-other"),
])
def test_plain_side_reads_a_charged_noun_for_the_statement(name, other, wanted):
    lines = _lines(other)
    assert bool(lines) == wanted, (name, lines)
