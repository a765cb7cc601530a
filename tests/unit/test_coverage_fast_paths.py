"""The coverage index's fast paths give what the plain definitions give (invented text).

Speed work on ``findings/coverage.py`` must not change a result: the share-word
patterns are skipped on a text without their cue words, the posting counts are made in
C, an article's day is read once, and each group's articles are read once per group.
Each test checks the fast path against the plain definition, with near misses.
"""

from __future__ import annotations

import pytest

from storylens.findings import coverage as C
from storylens.findings.common import FindingContext
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.rules import coverage as RC

PHRASES = [
    "Fares on the Tarn ferry rose by half after the strike.",
    "About half of the crew of the Vella Star stayed ashore.",
    "The second half of the week was calm in Port Vella.",  # a period, not a share
    "The walkout lasted an hour and a half.",  # a fraction of a unit
    "A third of the quay was flooded; two-thirds of the stalls closed.",
    "One quarter of the fleet and three quarters of the nets were lost.",
    "A fifth of the harbour fees went unpaid.",
    "One in four Vella voters backed the levy; 1-in-3 did not.",
    "one in ten ferries, one in five buses and one in 2 trams ran late.",
    "The third ferry, the fifth quarter-final and a half-hour delay.",  # near misses
    "Nobody in Tarn had heard of the plan.",
]


@pytest.mark.parametrize("text", PHRASES)
def test_every_share_word_match_holds_a_cue(text):
    low = text.lower()
    for pat, _value, cues in RC.FRACTION_WORDS:
        for m in pat.finditer(low):
            assert any(c in m.group() for c in cues), (pat.pattern, m.group())
        gated = any(c in low for c in cues) and bool(pat.search(low))
        assert gated == bool(pat.search(low))


def test_share_words_found_as_before():
    index = C._Index([])
    assert index.fractions == {}
    # a story whose outlets write shares in words: the index reads them as percentages
    ctx = _ctx(["Fares on the Tarn ferry rose by half after the strike, the operator said.",
                "One in four Vella voters backed the harbour levy, the council said."],
               ["Fares on the Tarn ferry rose 50% after the strike, the operator said.",
                "A quarter of Vella voters backed the harbour levy, the council said."])
    index = C._Index(list(ctx.docs))
    # each as the window of percentages it takes in (session 30: _fraction_window)
    tol = C.FRACTION_TOLERANCE
    assert index.fractions["a1"] == [(25.0 - tol, 25.0 + tol), (50.0 - tol, 50.0 + tol)]
    assert index.fractions["a2"] == [(25.0 - tol, 25.0 + tol)]


def _ctx(*bodies, published=(None, None, None)) -> FindingContext:
    outlets = ["Harbour Post", "Vella Times", "Tarn Courier"]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=outlets[i], text="\n\n".join(b),
                    published=published[i]) for i, b in enumerate(bodies)]
    comp = compare_articles(arts, Options())
    return FindingContext.build(comp.documents, comp.alignments, comp.provenance)


def _plain_published_before(ctx, a, givers):
    from storylens.dates import parse_published

    def day(x):
        p = ctx.documents[x].article.published
        utc = parse_published(p).utc if p else None
        return utc[:10] if utc else None

    mine = day(a)
    days = [d for d in (day(g) for g in givers if g != a) if d]
    return bool(mine and days) and mine < min(days)


BODY = ["Ferry crews in Vella walked out on Monday over unpaid wages, the union said.",
        "Crossings to Tarn were halted for the whole day while talks went on."]


@pytest.mark.parametrize("published", [
    ("2025-01-01", "2025-01-02", None),  # a1 came a day before a2
    ("2025-01-02", "2025-01-02", "2025-01-03"),  # same day: not before
    (None, "2025-01-02", "2025-01-03"),  # no date: nothing says it came first
    ("Wed, 01 Jan 2025 23:30:00 -0200", "2025-01-02", None),  # the UTC day counts
    ("around new year", "2025-01-02", None),  # unreadable: no day
])
def test_published_before_as_plain_definition(published):
    ctx = _ctx(BODY, BODY, BODY, published=published)
    for a in ("a1", "a2", "a3"):
        for givers in (("a1",), ("a2",), ("a2", "a3"), ("a1", "a2", "a3"), ()):
            assert C._published_before(ctx, a, givers) == _plain_published_before(ctx, a, givers)


def test_voices_copies_are_one_voice_per_group():
    other = ["Tarn council met on Tuesday to discuss a new bus depot near the old mill.",
             "Councillors said the depot would open in the spring if funds allowed."]
    ctx = _ctx(BODY, BODY, other)
    voices = C._voices(ctx)
    # two copies of one text are one voice (the first article's); the other its own
    assert voices == {"a1": "a1", "a2": "a1", "a3": "a3"}


def test_copies_of_one_sentence_share_the_paraphrase_memo():
    """The paraphrase test depends on the fact sentence's words alone: asked for two
    articles' copies of one sentence it is computed once, with the answer asking for
    each copy on its own gives."""
    wire = "Crews pulled fourteen people from the Issel river after the Draven span fell."
    ctx = _ctx([wire, "The ministry opened an inquiry."],
               [wire, "Rescuers worked through the night."],
               ["Fourteen people were pulled from the Issel river when the Draven span fell.",
                "Shops on the quay stayed shut."])
    index = C._Index(list(ctx.docs))
    s1, s2 = ctx.docs[0].sentences[0], ctx.docs[1].sentences[0]
    assert s1.text == s2.text and s1.id != s2.id
    stems = index.stems_of[s1.id]
    fresh = C._Index(list(ctx.docs))._paraphrased("a3", s2.id, index.stems_of[s2.id], False)
    assert index._paraphrased("a3", s1.id, stems, False) == fresh
    assert index._paraphrased("a3", s2.id, index.stems_of[s2.id], False) == fresh
    assert len(index._memo) == 1
