"""A sentence's one direct quote, opening it before its cue, that opens the other outlet's
longer quote word for word is one statement (rules/attribution ``LIFTED_OPENING_MIN_WORDS``,
session 37; held-out t246 of session 36): '"The dam is holding," the engineer insisted' /
'"The dam is holding but the spillway is cracked," he said' is one statement told with a
loaded verb and a plain one, though the longer quote's clause goes on with words the
short one lacks (the clause test of a lifted phrase, review15e). Near misses: the words
in the middle of the other quote, not opening it; a short opener of three words; the
quote one of two in its sentence; the opening words in another speaker's quote; a loaded
verb for another statement of the same speaker; a friendly 'insisted' beside the plain
'said' of one statement stays a contrast only where the statement links. Invented text
(a fictional Varnholm dam)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

RULES = ("framing.story.attribution", "framing.aligned.attribution_verb")
LEDE = ("Floodwater reached the crest of the Varnholm dam on Sunday night and 2,000 people "
        "downstream were told to leave their homes in the Liss valley. Crews worked through "
        "the night to open the emergency sluices.\n\n")
# the dam keeper's post names the dam: 'dam' is his title's word, left out of any link,
# so the two quotes share one other word ('holding'), too few for a quoted-word link
PLAIN = ("Dam keeper Oskar Brenn said on Monday that 40 workers were checking the wall. "
         "\"The dam is holding but the spillway has cracked in two places,\" he said, adding "
         "that divers would inspect the gates.")
SHORT = ("\"The dam is holding,\" dam keeper Oskar Brenn insisted on Monday, as lorries "
         "brought sandbags to the lower bank.")


def _summaries(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Liss Courier", text=LEDE + a),
            Article(id="a2", source="t", outlet="Varn Tribune", text=LEDE + b)]
    comp = compare_articles(arts, Options())
    return [f.summary for f in comp.findings
            if f.type == "framing" and f.detail.get("rule") in RULES]


CASES = [
    # (id, Liss Courier's plain text, Varn Tribune's text, a statement-linked 'insisted')
    ("the whole short quote opens the longer one", PLAIN, SHORT, True),
    ("near miss: the words inside the other quote, going on, not opening it",
     "Dam keeper Oskar Brenn said on Monday that 40 workers were checking the wall. "
     "\"Nobody can yet say the dam is holding up under this pressure,\" he said, adding "
     "that divers would inspect the gates.", SHORT, False),
    ("near miss: a four-word opener with one content word",
     "Dam keeper Oskar Brenn said on Monday that 40 workers were checking the wall. "
     "\"We have no doubt the pumps will be mended by Friday,\" he said, adding that divers "
     "would inspect the gates.",
     "\"We have no doubt,\" dam keeper Oskar Brenn insisted on Monday, as lorries brought "
     "sandbags to the lower bank.", False),
    ("near miss: one quote of two in its sentence", PLAIN,
     "\"The dam is holding,\" dam keeper Oskar Brenn insisted on Monday, \"and the pumps at "
     "the lower bank are ours to run.\"", False),
    ("near miss: a loaded verb for another statement of the same speaker", PLAIN,
     "Dam keeper Oskar Brenn insisted on Monday that his crews had asked for new sluice "
     "motors in 2019.", False),
]


@pytest.mark.parametrize("plain,text,linked", [pytest.param(p, t, e, id=i) for i, p, t, e in CASES])
def test_opening_quote_links_one_statement(plain, text, linked):
    got = [s for s in _summaries(plain, text) if "'insisted'" in s]
    assert bool(got) == linked, got


def test_near_miss_opening_words_in_another_speakers_quote():
    plain = ("\"The dam is holding but the spillway has cracked in two places,\" said Mira "
             "Tallen, who runs the valley's flood office.\n\nDam keeper Oskar Brenn said on "
             "Monday that 40 workers were checking the wall.")
    got = [s for s in _summaries(plain, SHORT) if "'insisted'" in s]
    assert got == [], got
