"""real30 (session 30): a sensational idiom in another tense does not keep the other outlet
off the plain side of the story-wide attribution line.

Seen on a real semeval2022-en dev pair (two Indian outlets on a former chief minister's
rally jibe, by default): "B writes 'taking a dig' where A writes 'said' for <speaker>",
while A itself calls the same speech a "jibe" in its headline, a "barb" and "took a swipe
at" in its body. Probing that pair with A's sentence rewritten to "<speaker> also took a dig
at ..." keeps the line: even the same idiom does not count.

Cause seen: ``findings.attribution.find_attribution`` skips an outlet that "never uses the
same loaded verb for the speaker" by ``_lemma``, and ``_lemma`` falls back to the first word
of a phrase that ``cue_lemma`` does not know: every multi-word entry of
``rules/attribution.SENSATIONAL_PHRASES`` ("took a dig", "taking a dig", "takes a dig")
gets the tense-specific first word ("took" / "taking" / "takes"). So "taking a dig" and
"took a dig" are two verbs (the guard misses), while "took a dig" and "took a swipe" are one
(it holds by accident: the near miss below passes for that reason only).

Invented: a ferry strike in Vella; the Harbour Post has former mayor Odran Pell "taking a
dig" at the harbour board; the Vella Times gives the same statement with "said" and, in
another sentence, has Pell "took a dig" (or "takes a dig") at the board's promise.
Wanted: no line setting 'taking a dig' against the Vella Times' 'said'. Near misses that
pass on main: with a plain verb in the Vella Times' other sentence the line stays; with the
Harbour Post's "took a dig" (same first word) it goes.

The first two rows fail on main by design (a row for the lead, not a fix).
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE_A = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
LEDE_B = ("Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages they "
          "say were never paid.")
DIG = ("Former mayor Odran Pell on Monday greeted the harbour board by {verb} at it, saying the "
       "ferry fund was controlled from Tarn and not from the Vella town hall.")
SAID = ("The ferry fund is controlled from Tarn and not from the Vella town hall, former mayor "
        "Odran Pell said on Monday at a rally in the port. ")
OTHER = "Pell also {verb} the board's promise of March wages, saying the promise was worthless."


def _lines(a_verb: str, b_verb: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post",
                    text=f"{LEDE_A} {DIG.format(verb=a_verb)}"),
            Article(id="a2", source="t", outlet="Vella Times",
                    text=f"{LEDE_B} {SAID}{OTHER.format(verb=b_verb)}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.summary for f in comp.findings
            if f.type == "framing" and "Vella Times writes 'said'" in f.summary]


ROWS = [
    # (name, Harbour Post's idiom, Vella Times' verb in its other sentence, line wanted)
    ("same idiom, past tense in the plain outlet", "taking a dig", "took a dig at", False),
    ("same idiom, present tense in the plain outlet", "taking a dig", "takes a dig at", False),
    ("near miss: a plain verb in the other sentence", "taking a dig", "spoke about", True),
    ("near miss: same first word, same idiom", "took a dig", "took a dig at", False),
]


@pytest.mark.parametrize(("name", "a_verb", "b_verb", "wanted"), ROWS, ids=[r[0] for r in ROWS])
def test_plain_side_reads_the_idiom_not_its_first_word(name, a_verb, b_verb, wanted):
    lines = _lines(a_verb, b_verb)
    assert bool(lines) == wanted, (name, lines)
