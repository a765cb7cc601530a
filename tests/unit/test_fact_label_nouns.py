"""A fact_conflict's measure label is a noun the figure measures, else "the figure"
(session 13 tidy), on invented text (fictional Varrow dam)."""

from __future__ import annotations

import pytest

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

FLOOD = ("Floodwater from the burst Varrow dam reached the town of Kelst on Sunday, forcing "
         "hundreds of families from their homes.\n\n")


def _fact_summaries(a: str, b: str) -> list[str]:
    raws = [RawArticle(source=f"s{i}", text=FLOOD + t, outlet=o, title="Flood", record_id=f"r{i}")
            for i, (t, o) in enumerate([(a, "Harbour Post"), (b, "Vella Times")])]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options(min_finding_confidence=0.0, fact_conflicts=True))
    return [f.summary for f in comp.findings if f.type == "fact_conflict"]


@pytest.mark.parametrize("a,b,want", [
    # a multiplicative adverb ("once", "twice") or a verb after a subject pronoun ("we
    # see", "which comes") names nothing measured: the finder's generic wording
    ('"The dam was never built for a flood like this, which we see once in a hundred '
     'years," Water Minister Ilda Rast said.',
     '"The dam was never built for a flood like this, which we see once in a thousand '
     'years," Water Minister Ilda Rast said.',
     "Harbour Post gives the figure as a hundred years; Vella Times as a thousand years."),
    ('"The dam was never built for a flood like this, which comes twice in a hundred '
     'years," Water Minister Ilda Rast said.',
     '"The dam was never built for a flood like this, which comes twice in a thousand '
     'years," Water Minister Ilda Rast said.',
     "Harbour Post gives the figure as a hundred years; Vella Times as a thousand years."),
    # near misses: a noun the figure measures keeps its label
    ("The rescue teams pulled 40 residents from flooded homes in Kelst overnight, Ilda "
     "Rast said.",
     "The rescue teams pulled 14 residents from flooded homes in Kelst overnight, Ilda "
     "Rast said.",
     # (the counted noun, not the thing's head word "homes" the residents were pulled
     # from: session 15, facts15b)
     "Harbour Post gives the number of residents as 40; Vella Times as 14."),
    ("The old spillway gates of the dam had been closed for 40 years before the flood, "
     "Ilda Rast said.",
     "The old spillway gates of the dam had been closed for 14 years before the flood, "
     "Ilda Rast said.",
     "Harbour Post gives the closure as 40 years; Vella Times as 14 years."),
])
def test_a_measure_label_is_a_noun_phrase(a, b, want):
    assert _fact_summaries(a, b) == [want]
