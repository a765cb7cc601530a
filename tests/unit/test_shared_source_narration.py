"""shared_source: evidence of copying comes only from unquoted narration (issue 11, item 4);
shared quotes are a fact about any two outlets, whatever provenance names as the source
(item 2).

Invented articles (fictional Vellaria and outlets). The near misses mirror the false
shared_source findings seen on real coverage: two outlets quoting one press release or
post at length were reported as copies "neither credits an agency".
"""

from __future__ import annotations

import pytest

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

pytestmark = pytest.mark.usefixtures("shared_quotes_on", "shared_sources_on")

RELEASE = [
    '"The Draven Viaduct will stay closed until every cable has been tested by '
    'independent engineers," the ministry said.',
    '"We will not reopen a bridge that we cannot vouch for, whatever the cost to the '
    'harbour trade," the ministry said.',
    '"Ferries will run every half hour from Port Vella to the north shore until the '
    'tests are complete," it said.',
    '"Families who have lost their homes will receive emergency housing within the '
    'week," the ministry said.',
]
# the same statement, each paragraph with one long stock attribution in both outlets
RELEASE_LONG = [q.rsplit('," ', 1)[0] + '," the transport ministry said in a written '
                'statement on Tuesday.' for q in RELEASE]
NARRATION = [
    "A span of the Draven Viaduct fell into the river on Monday night, cutting the only "
    "road link between Port Vella and the north shore.",
    "Rescue teams worked through the night with cranes and divers and found no vehicles "
    "in the water by Tuesday morning.",
    "The ministry said it would send steel samples from the broken span to a laboratory "
    "abroad for testing.",
    "Engineers had warned in a report last spring that two of the cables were badly "
    "corroded near the anchor blocks.",
]
OWN_A = [
    "Vellaria's transport ministry kept the collapsed viaduct shut on Tuesday, angering "
    "harbour traders who rely on the crossing.",
    "Traders in the old port said business had halved since the collapse.",
]
OWN_B = [
    "Officials refused again to give a date for reopening the Draven Viaduct, a week "
    "after one of its spans fell into the river.",
    "Opposition deputies have called for the transport minister to resign.",
]


def _types(*texts: str, outlets=("Harbour Post", "Vella Times", "North Shore Daily")):
    raws = [
        RawArticle(source=f"s{i}", text=t, outlet=outlets[i], title="Viaduct",
                   record_id=f"r{i}")
        for i, t in enumerate(texts)
    ]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options())
    return comp, [f for f in comp.findings if f.type in ("shared_source", "shared_quote")]


def _join(*parts) -> str:
    return "\n\n".join(p for part in parts for p in (part if isinstance(part, list) else [part]))


TABLE = [
    pytest.param(  # a press release quoted at length by both: a shared quote
        _join(OWN_A[0], RELEASE, OWN_A[1]), _join(OWN_B[0], RELEASE, OWN_B[1]),
        ["shared_quote"], id="press-release"),
    pytest.param(  # the same, each paragraph with one stock attribution of 10 words
        _join(OWN_A[0], RELEASE_LONG, OWN_A[1]), _join(OWN_B[0], RELEASE_LONG, OWN_B[1]),
        ["shared_quote"], id="press-release-long-attribution"),
    pytest.param(  # one outlet quotes more of the statement than the other
        _join(OWN_A[0], RELEASE, OWN_A[1]), _join(OWN_B[0], RELEASE[:2], OWN_B[1]),
        ["shared_quote"], id="press-release-part"),
    pytest.param(  # copied narration, with the statement quoted too: a copy
        _join(NARRATION, RELEASE[0]), _join(NARRATION, RELEASE[0], OWN_B[1]),
        ["shared_source"], id="wire-copy-with-quote"),
    pytest.param(  # copied narration, no quotes
        _join(OWN_A[0], NARRATION), _join(NARRATION, OWN_B[1]),
        ["shared_source"], id="wire-copy"),
    pytest.param(  # near miss: independent narration, nothing quoted in common
        _join(OWN_A), _join(OWN_B), [], id="independent"),
]


@pytest.mark.parametrize("a,b,expect", TABLE)
def test_copying_is_judged_on_narration_only(a, b, expect):
    _, found = _types(a, b)
    assert [f.type for f in found] == expect, [f.summary for f in found]
    for f in found:
        if f.type == "shared_quote":
            assert "not evidence of copying" in f.summary
            assert f.detail["rule"] == "shared_quote.same_words"


def test_a_stock_attribution_is_no_copied_narration_for_provenance_either():
    # provenance names a likely source only on copied narration; the press release's
    # paragraphs with one long attribution are none (it had named one: "shares 4 copied
    # sentences of narration")
    comp, _ = _types(_join(OWN_A[0], RELEASE_LONG, OWN_A[1]),
                     _join(OWN_B[0], RELEASE_LONG, OWN_B[1]))
    assert comp.provenance.source is None, comp.provenance.explanation
    # near miss: the same paragraphs with real narration around each quote still count
    told = [q.rsplit('," ', 1)[0] + '," the ministry said, after engineers found cracks '
            'in three more cables of the northern span.' for q in RELEASE]
    comp, found = _types(_join(OWN_A[0], told), _join(OWN_B[0], told))
    # enough copied narration to name a source (past the floor), but two articles tie and
    # nothing outside the text (a credit, a publication time) says which is the original
    assert "fewer than" not in comp.provenance.explanation
    assert "a tie" in comp.provenance.explanation, comp.provenance.explanation
    assert [f.type for f in found] == ["shared_source"], [f.summary for f in found]


WIRE = [
    "PORT VELLA (CPA) \u2014 A span of the Draven Viaduct fell into the river on Monday "
    "night, cutting the only road link between Port Vella and the north shore.",
    *NARRATION[1:],
    "Schools on the north shore will stay shut until the ferries run on time, the "
    "education office said on Tuesday.",
    "The viaduct was opened in 1974 and carried about 30,000 vehicles a day before the "
    "collapse.",
]


def test_shared_quote_of_two_outlets_is_found_whatever_the_source():
    # The wire report (the source provenance names) quotes nothing; one outlet copies it
    # and quotes the ministry's statement, the other writes its own story and quotes the
    # same statement. The two quoting outlets share the quote: provenance's choice of
    # source must not hide it (it was looked for against the source only).
    wire = _join(WIRE)
    copy = _join(WIRE[:4], RELEASE[:2], OWN_A)
    own = _join(OWN_B[0], RELEASE[:2], WIRE[4:], OWN_B[1])  # two wire lines: no copy
    comp, found = _types(wire, copy, own,
                         outlets=("CPA Wire", "Harbour Post", "Vella Times"))
    ids = [d.id for d in comp.documents]
    assert comp.provenance.source == ids[0]  # else this story does not test the fix
    kinds = {(f.type, tuple(sorted(f.detail.get("articles") or (f.detail["source"],
                                                               f.detail["copy"]))))
             for f in found}
    assert ("shared_source", (ids[0], ids[1])) in kinds
    assert ("shared_quote", (ids[1], ids[2])) in kinds
    assert all(t != "shared_quote" or ids[0] not in arts for t, arts in kinds)


def test_three_outlets_quoting_one_statement_link_each_quote_once():
    # every pair quotes the same words: two findings link all three outlets' quotes; the
    # third pair adds nothing (fifty outlets: 49 findings, not 1,225)
    a = _join(OWN_A[0], RELEASE[:2])
    b = _join(OWN_B[0], RELEASE[:2])
    c = _join("Ferry operators in the north said they had not been told of any new "
              "timetable.", RELEASE[:2])
    _, found = _types(a, b, c)
    quotes = [f for f in found if f.type == "shared_quote"]
    assert len(quotes) == 2, [f.summary for f in found]
    linked = {x for f in quotes for x in f.detail["articles"]}
    assert len(linked) == 3


def test_a_wire_crediting_only_itself_reads_as_the_copy_not_crediting_it():
    """A wire whose only credit is its own byline: the line says the copy does not credit
    the wire (it read "only X credits X"); a near miss keeps "only X credits Y"."""
    wire = _join("VELLA CITY (Harbour Wire) — " + NARRATION[0], NARRATION[1:])
    copy = _join(NARRATION, OWN_B[1])
    _, found = _types(wire, copy, outlets=("Harbour Wire", "Vella Times"))
    src = [f for f in found if f.type == "shared_source"]
    assert src, [f.summary for f in found]
    s = src[0].summary
    assert "Harbour Wire credits Harbour Wire" not in s, s
    assert "Vella Times does not credit Harbour Wire" in s, s
