"""One statement, one attribution line, whatever auxiliary the loaded cue carries (real28).

On a real set a story-wide line "X writes 'has claimed' where Y writes 'said' for Trump"
came beside the aligned "X writes 'claimed' where Y writes 'said' for the same statement",
both on the same two sentences: ``framing.merge`` compares the story line's charged word
by its first token ("has"), so the aligned line's "claimed" in the same sentence is not
seen and the contrast is shown twice. Invented articles about a fictional bridge closure
in Ostrel; near misses: the bare verb (one line today), two statements of two speakers
(one line each), and a story-only contrast with no aligned pair (its one line stays).

The "has claimed" and "had claimed" rows fail on main fbd813ce (written to be made to
pass by the framing owner; not a fix)."""

from __future__ import annotations

from collections import Counter

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
LEDE_A = "Flooding closed the Varn Bridge in Ostrel on Monday."
LEDE_B = "The Varn Bridge in Ostrel stayed shut on Monday after the flooding."
CLAIM = "the bridge will reopen within a week after engineers inspect its pillars."
STEN = "the flood barriers at Kell were never finished."


def _attribution_lines(a: str, b: str) -> list[tuple[str, tuple[str, ...]]]:
    arts = [Article(id="a1", source="t", outlet="Ostrel Courier", text=a),
            Article(id="a2", source="t", outlet="Kell Times", text=b)]
    comp = compare_articles(arts, STORY)
    return [(f.detail.get("rule", ""), tuple(sorted(f.sentences))) for f in comp.findings
            if f.type == "framing" and f.detail.get("kind") in ("attribution_verb", "attribution_profile")]


CASES = [
    # (id, loaded article, plain article, attribution lines expected)
    ("bare verb: one line", f"{LEDE_A} Mayor Tilda Brenn claimed {CLAIM} Crews worked all night.",
     f"{LEDE_B} Mayor Tilda Brenn said {CLAIM} Traffic was sent through Kell.", 1),
    ("'has claimed': the same contrast once", f"{LEDE_A} Mayor Tilda Brenn has claimed {CLAIM} "
     "Crews worked all night.", f"{LEDE_B} Mayor Tilda Brenn said {CLAIM} Traffic was sent "
     "through Kell.", 1),
    ("'had claimed': the same contrast once", f"{LEDE_A} Mayor Tilda Brenn had claimed {CLAIM} "
     "Crews worked all night.", f"{LEDE_B} Mayor Tilda Brenn said {CLAIM} Traffic was sent "
     "through Kell.", 1),
    ("two speakers, two statements: one line each", f"{LEDE_A} Mayor Tilda Brenn claimed {CLAIM} "
     f"Crews worked all night. Councillor Pavo Sten claimed {STEN}", f"{LEDE_B} Mayor Tilda "
     f"Brenn said {CLAIM} Traffic was sent through Kell. Councillor Pavo Sten said {STEN}", 2),
    ("no aligned pair: the story-wide line is the only one and stays", f"{LEDE_A} Mayor Tilda "
     f"Brenn has claimed {CLAIM} Crews worked all night.", f"{LEDE_B} Engineers must first check "
     "every pillar, and the crossing could be open again by next Monday, Mayor Tilda Brenn said. "
     "Traffic was sent through Kell.", 1),
]


@pytest.mark.parametrize("loaded,plain,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_attribution_line_per_statement(loaded: str, plain: str, expected: int) -> None:
    lines = _attribution_lines(loaded, plain)
    assert len(lines) == expected, lines
    twice = [pair for pair, n in Counter(s for _r, s in lines).items() if n > 1]
    assert not twice, lines
