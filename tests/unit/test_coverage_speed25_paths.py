"""Pure-speed paths of session 25 give the answers of the plain computations they
replace, on new invented text (fictional people and places): the name clusters read
through an index by (article, key) (``coverage._spelled_by``), and ``facts._narrower``'s
early answer for mentions with no subject."""

from __future__ import annotations

import support

from storylens.findings import facts
from storylens.findings.coverage import _TOKENS, _spelled_by
from storylens.findings.names import name_clusters
from storylens.options import Options

OUTLETS = ["Brisk Gazette", "Orrin Ledger", "Pellham Star"]
TEXTS = [
    ["Harbour master Tove Lindqvist closed the Orrin channel on Monday after a barge ran aground.",
     "\u201cWe will not reopen until the wreck is lifted,\u201d said Tove Lindqvist.",
     "Pilot Anders Brekke said the tide had turned early."],
    ["Harbour master Tove Lindkvist closed the Orrin channel on Monday after a barge ran aground.",
     "Lindkvist said the channel would stay shut until the wreck was lifted.",
     "Tug skipper Maren Oddvik said three boats waited outside the breakwater."],
    ["The Orrin channel was closed on Monday after a barge ran aground, the port said.",
     "Anders Brekke, a pilot, said the tide had turned early.",
     "Maren Oddvik said the tugs were ready."],
]


def _plain(ctx, article, speakers, a):
    """The loop _spelled_by ran before session 25: every member of every cluster."""
    keys = {e.key for e in speakers if e.key}
    if not keys:
        return set()
    out: set[str] = set()
    for group in name_clusters(ctx)[0]:
        if any(art == article and e.key in keys for art, e in group):
            out |= {e.text for art, e in group if art == a and _TOKENS.findall(e.text)}
    return out


def test_spelled_by_reads_the_clusters_as_the_plain_loop():
    ctx = support.verbatim_context(TEXTS, OUTLETS, Options(fact_coverage=True))
    asked = 0
    for doc in ctx.docs:
        ents = list(doc.analysis.entities)
        # each entity alone, all of them together, and none
        for speakers in [[e] for e in ents] + [ents, []]:
            for other in ctx.docs:
                got = _spelled_by(ctx, doc.id, speakers, other.id)
                assert got == _plain(ctx, doc.id, speakers, other.id)
                asked += bool(got) and other.id != doc.id
    assert asked  # some speaker is spelled in another article (Lindqvist / Lindkvist)


class _Stub:
    """The two fields _narrower reads."""

    def __init__(self, subject, stems):
        self.subject, self.stems = subject, stems


def test_narrower_without_a_subject_is_false_either_way():
    wheat = _Stub(("wheat", "harvest"), frozenset({"wheat", "harvest", "fell"}))
    harvest = _Stub(("harvest",), frozenset({"harvest", "fell"}))
    none = _Stub((), frozenset({"harvest", "fell"}))
    only_of = _Stub(("of",), frozenset())
    assert facts._narrower(wheat, harvest)  # a kind of the whole: still narrower
    assert not facts._narrower(harvest, wheat)
    for x, y in [(none, harvest), (harvest, none), (none, none), (only_of, harvest),
                 (harvest, only_of)]:
        assert not facts._narrower(x, y)
