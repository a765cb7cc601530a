"""shared_source counts copied narration only; two outlets quoting one statement get a
``shared_quote`` finding (which outlet gives more of it), not a copying claim.

Invented articles (fictional Vellaria). The near-miss negatives mirror the false
shared_source findings seen on real coverage (issue 11): outlets quoting one press
release or post were called copies "neither credits an agency".
"""

from __future__ import annotations

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

STATEMENT = [
    '"The Draven Viaduct will stay closed until every cable has been tested by '
    'independent engineers," the ministry said in a statement on Tuesday.',
    '"We will not reopen a bridge that we cannot vouch for, whatever the cost to '
    'the harbour trade," the statement said.',
    '"Ferries will run every half hour from Port Vella to the north shore until the '
    'tests are complete," it added.',
]
EXTRA = (
    '"Families who have lost their homes will receive emergency housing within the '
    'week," the statement said.'
)


def _findings(a: str, b: str, types=("shared_source", "shared_quote")):
    raws = [
        RawArticle(source=f"s{i}", text=t, outlet=o, title="Viaduct", record_id=f"r{i}")
        for i, (t, o) in enumerate([(a, "Harbour Post"), (b, "Vella Times")])
    ]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options())
    return [f for f in comp.findings if f.type in types]


def test_same_press_release_is_a_shared_quote_not_a_copy():
    a = "\n\n".join(
        [
            "Vellaria's transport ministry kept the collapsed viaduct shut on Tuesday, "
            "angering harbour traders who rely on the crossing.",
            *STATEMENT,
            EXTRA,
            "Traders in the old port said business had halved since the collapse.",
        ]
    )
    b = "\n\n".join(
        [
            "Officials refused again to give a date for reopening the Draven Viaduct, "
            "a week after one of its spans fell into the river.",
            *STATEMENT,
            "Opposition deputies have called for the transport minister to resign.",
        ]
    )
    found = _findings(a, b)
    assert [f.type for f in found] == ["shared_quote"], [f.summary for f in found]
    f = found[0]
    assert f.detail["shared_sentences"] >= 2
    assert f.detail["fuller"] is not None
    assert f.detail["rule"] == "shared_quote.aligned_quotes"
    assert "not evidence of copying" in f.summary
    assert f.spans


def test_wire_copy_with_quotes_is_still_shared_source():
    narration = [
        "A span of the Draven Viaduct fell into the river on Monday night, cutting the "
        "only road link between Port Vella and the north shore.",
        "Rescue teams worked through the night with cranes and divers and found no "
        "vehicles in the water by Tuesday morning.",
        "The ministry said it would send steel samples from the broken span to a "
        "laboratory abroad for testing.",
    ]
    a = "\n\n".join([*narration, STATEMENT[0]])
    b = "\n\n".join([*narration, STATEMENT[0], "Schools on the north shore will stay shut."])
    found = _findings(a, b)
    assert [f.type for f in found] == ["shared_source"], [f.summary for f in found]
    assert found[0].detail["rule"] == "shared_source.narration_copy"


def test_one_shared_quote_sentence_is_no_finding():
    # near miss: every story shares a sentence of one statement; that is not a finding
    a = "\n\n".join(
        [
            "Traders in the old port said business had halved since the collapse.",
            STATEMENT[1],
            "The harbour master asked ships to wait offshore.",
        ]
    )
    b = "\n\n".join(
        [
            "Opposition deputies have called for the transport minister to resign.",
            STATEMENT[1],
            "A vigil for the two missing workers is planned for Friday.",
        ]
    )
    assert _findings(a, b) == []
