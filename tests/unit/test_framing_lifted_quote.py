"""A partial quote lifted from another outlet's full quote links two statements of one
speaker (rules/attribution ``LIFTED_QUOTE_MIN_WORDS``, session 15): "Varro admitted the
port had "no other choice"" in one outlet, "'... because we have no other choice,' Varro
told reporters" in the other, is one statement told with a loaded verb and a plain one,
though the two sentences share too few words to link otherwise. Near misses: one quoted
word; a phrase of function words only; a two-word phrase in the other outlet's narration,
not in a quote, or a run of two content words retold there (three content words retold
are the speaker's words); the phrase in another speaker's quote. Invented
text (a fictional Tarn harbour closure)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

RULE = "framing.story.attribution"
# the same contrast found in aligned sentences (a near miss must give neither)
ALIGNED = "framing.aligned.attribution_verb"
# The same opening sentences in both outlets: an aligned group, one story.
LEDE = ("Storm surges closed the container terminal at Port Tarn on Monday, stranding 40 "
        "ships in the outer roads of the Osk estuary. The closure is the first since the "
        "harbour wall was rebuilt in 2019.\n\n")


def _summaries(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=LEDE + b)]
    comp = compare_articles(arts, Options())
    return [f.summary for f in comp.findings
            if f.type == "framing" and f.detail.get("rule") in (RULE, ALIGNED)]


FULL = ("\"We shut the gates at dawn because we had no other choice,\" harbour master Selma "
        "Varro told reporters.")
CASES = [
    # (id, Harbour Post's text, Osk Herald's text, a statement-linked finding expected)
    ("a partial quote lifted from the full one", FULL,
     "Harbour master Selma Varro admitted that the port had \"no other choice\".", True),
    ("the quote's next sentence, which continues it",
     "\"We are doing everything we can,\" harbour master Selma Varro told reporters. "
     "\"The pumps are running and we have reached one crew.\"",
     "Harbour master Selma Varro conceded that rescuers had reached only \"one crew\".",
     True),
    ("near miss: one quoted word",
     "\"The old schedule was unworkable in a storm like this,\" harbour master Selma Varro "
     "told reporters.",
     "Harbour master Selma Varro claimed the pilots' plan was \"unworkable\".", False),
    ("near miss: a phrase of function words only",
     "\"All of us will be back at work on Friday,\" harbour master Selma Varro told "
     "reporters.",
     "Harbour master Selma Varro claimed the dockers had turned on \"all of us\".", False),
    # (the three words are the story's own, in three sentences: not rare enough to link
    # as shared words, STORY_LINK_MIN_WORDS)
    ("the phrase retold word for word as reported speech (three content words)",
     "Harbour master Selma Varro told reporters on the quay that the gates were shut at "
     "dawn because the port had no safe mooring berths after three surge warnings.\n\n"
     "Pilots said the mooring berths at the outer wall were not safe in a surge. The last "
     "safe mooring berths went to two tankers on Sunday.",
     "On Tuesday evening, with the storm still rising, harbour master Selma Varro claimed "
     "the estuary had \"no safe mooring berths\" for the ships still at sea.", True),
    ("near miss: a run of two content words retold",
     "Harbour master Selma Varro told reporters on the quay that the gates were shut at "
     "dawn because the port had no safe berths after three surge warnings.",
     "On Tuesday evening, with the storm still rising, harbour master Selma Varro claimed "
     "the estuary had \"no safe berths\" for the ships still at sea.", False),
    ("near miss: two words in the other outlet's narration, not in a quote",
     "Harbour master Selma Varro told reporters on the quay that the gates were shut at "
     "dawn because the port had no choice after three surge warnings.",
     "Harbour master Selma Varro claimed she had \"no choice\".", False),
    ("near miss: the phrase in another speaker's quote",
     "\"The port had no other choice,\" union leader Petra Holm said.\n\nHarbour master "
     "Selma Varro told reporters the gates would reopen on Friday.",
     "Harbour master Selma Varro claimed the port had \"no other choice\".", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_lifted_quote(case):
    _id, a, b, want = case
    got = _summaries(a, b)
    if want:
        assert any("Varro" in s for s in got), got
    else:
        assert not got, got
