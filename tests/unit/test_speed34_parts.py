"""Work the coverage summary and the finders skip or make once, with the same results
(session 34's speed work; no timings here): the summary's gated classification without
its additions (``coverage._classify`` with ``adds=False``: where no finder reads the
additions, a fact only one of three or more outlets gives is not weighed as one), and
the whole classification read in its place where another context of the story made it,
checked on the built-in demo story (invented outlets and events: five articles, one
gated addition and three omissions); and ``attribution._org_voices``, which tries a tie
pattern only on a text with its parts in its order."""

from __future__ import annotations

import pytest

import storylens.findings.coverage as CV
from storylens.demo import demo_paths
from storylens.findings import FindingContext
from storylens.options import Options
from storylens.pipeline import compare


def _context(options: Options) -> FindingContext:
    c = compare(demo_paths(), options)
    return FindingContext.build(c.documents, c.alignments, c.provenance, options)


def _rows(cs):
    return [(c.fact, c.carriers, c.missing, c.givers, c.topic) for c in cs]


@pytest.mark.parametrize("parallel", [False, True])
def test_the_omissions_alone_are_the_whole_classifications(parallel):
    ctx = _context(Options(parallel=parallel))
    adds, oms = CV._classify_uncached(ctx, True)
    alone = CV._classify_uncached(ctx, True, False)
    assert adds and oms  # both lists to compare
    assert alone[0] == []
    assert _rows(alone[1]) == _rows(oms)


def test_the_summary_reads_the_whole_classification_where_another_context_made_it(monkeypatch):
    options = Options(parallel=False, additions=True)
    ctx = _context(options)
    whole = CV._classify(ctx, gate=True)
    made = []
    real = CV._classify_uncached
    monkeypatch.setattr(CV, "_classify_uncached", lambda c, gate, *a: made.append((gate, *a)) or real(c, gate, *a))
    # options that run no finder reading the additions (additions on by default again since
    # session 40: switched off by name)
    no_adds = Options(additions=False)
    summary_ctx = FindingContext.build(ctx.docs, ctx.alignments, ctx.provenance, no_adds)
    assert CV._summary_adds(ctx) and not CV._summary_adds(summary_ctx)
    # the defaults (additions on again since session 40) read the additions too
    assert CV._summary_adds(FindingContext.build(ctx.docs, ctx.alignments, ctx.provenance))
    assert CV._classify(summary_ctx, gate=True, adds=False) == ([], whole[1])
    assert made == []
    # a story where nothing made the whole: the omissions alone, made once per story
    fresh = _context(Options(parallel=False, additions=False))
    first = CV._classify(fresh, gate=True, adds=CV._summary_adds(fresh))
    assert made == [(True, False)] and first == ([], whole[1])
    other = FindingContext.build(fresh.docs, fresh.alignments, fresh.provenance, no_adds)
    assert CV._classify(other, gate=True, adds=False) is first
    assert made == [(True, False)]


# attribution._org_voices tries its tie patterns only on texts that name the person, a
# post (or an organisation word) and the body in one of the patterns' orders: the ties
# found are the same (invented text, the fictional harbour dispute at Halden of
# test_framing_org_voices.py, in its harness).
LEDE = ("Dredging of the silted harbour channel at Halden stopped on Monday after a "
        "dispute over the cost, leaving three cargo ships waiting offshore.\n\n")
MORE = ("\n\nThe harbour handles about 2,000 ship calls a year and employs some 900 "
        "dockers.")
AGENCY = ("The port agency insisted the dredgers would be back in May to clear the channel "
          "before the autumn storms.")
VOICE_CASES = [
    ("the person, the post, the body",
     "Ivo Tamsen, head of the port agency, said work on the channel would restart in May, "
     "weeks before the autumn storms.", AGENCY, ("insisted", "Ivo Tamsen")),
    ("the body, the post, the person",
     "The port agency's head, Ivo Tamsen, said work on the channel would restart in May, "
     "weeks before the autumn storms.", AGENCY, ("insisted", "Ivo Tamsen")),
    ("near miss: the post, the body, the person (no tie's order)",
     "With the head away, the port agency sent Ivo Tamsen, who said work on the channel "
     "would restart in May, weeks before the autumn storms.", AGENCY, None),
]


@pytest.mark.usefixtures("framing_on")
@pytest.mark.parametrize("case", VOICE_CASES, ids=[c[0] for c in VOICE_CASES])
def test_org_voice_ties_in_order(case):
    from support import framings_among

    _id, a, b, want = case
    lines = [f.summary for f in framings_among(LEDE, [t + MORE for t in (a, b)],
                                               ("Halden Courier", "Coast Voice"), strict=True)
             if f.detail.get("kind") == "attribution_verb"]
    if want is None:
        assert lines == []
    else:
        assert any(all(w in line for w in want) for line in lines), lines
