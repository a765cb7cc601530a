"""One span of time put for another after "a"/"an": a measure changed, not wording
(session 27, from invented dev keyed misses read as wording: 'once in a generation' /
'once in a century', 'the biggest rise in a generation' / '… in a decade' (t75, t141); the text here is
new invented text, fictional people and places).

A record or a frequency is told against a span ("the worst flood in a generation", "once
in a century"): another span is another claim, with no number written
(rules.quote_changes.SPAN_NOUNS). Near misses: short spans that make turns of phrase ("wait
a minute" / "wait a second"), "a lifetime" (a set phrase for rare), a span noun put for a
word that is no span, and a span after "the".
"""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes

CASES = [
    # (id, one wording, the other, the change kind, whether it is marked a unit swap)
    ("once in a generation / century",
     "Floods of this size reach the Harnby valley perhaps once in a generation.",
     "Floods of this size reach the Harnby valley perhaps once in a century.", "number", True),
    ("highest fares in a generation / decade",
     "These are the highest ferry fares on the Tervo line in a generation,",
     "These are the highest ferry fares on the Tervo line in a decade,", "number", True),
    ("the worst storm seen in a year / a century",
     "It was the worst storm the Kessvik harbour has seen in a century,",
     "It was the worst storm the Kessvik harbour has seen in a year,", "number", True),
    ("control: 'within a year' / 'within a decade' (a bound, as before)",
     "The Harnby mill will close within a year, the board said,",
     "The Harnby mill will close within a decade, the board said,", "number", True),
    ("near miss: 'wait a minute' / 'wait a second'",
     "Hold on, wait a minute, the Tervo council has not voted yet,",
     "Hold on, wait a second, the Tervo council has not voted yet,", "swap", False),
    ("near miss: 'a lifetime' is a set phrase",
     "This is the chance of a lifetime for the Harnby club,",
     "This is the chance of a generation for the Harnby club,", "swap", False),
    ("near miss: a span noun for a word that is no span",
     "These are the highest ferry fares on the Tervo line in a generation,",
     "These are the highest ferry fares on the Tervo line in a while,", "swap", False),
    ("near miss: after 'the'",
     "Our hopes rest on the next generation of Harnby fishermen,",
     "Our hopes rest on the next decade of Harnby fishermen,", "swap", False),
]


@pytest.mark.parametrize("case_id,a,b,kind,unit", CASES, ids=[c[0] for c in CASES])
def test_span_swap(case_id, a, b, kind, unit):
    got = compare_quotes(a, b)
    assert got is not None
    assert got["change"] == kind, got
    assert any(o.get("unit") for o in got["ops"]) == unit, got


def test_span_swap_before_more_is_a_unit():
    """The swap where one excerpt goes on past it ("… once in a generation. It is …" /
    "… once in a century,"): still said as a unit of measure changed."""
    got = compare_quotes(
        "Storms of this force strike the Kessvik coast once in a generation. It is a miracle the pier stood,",
        "Storms of this force strike the Kessvik coast once in a century,")
    assert got is not None and got["change"] == "number", got
    assert any(o.get("unit") for o in got["ops"]), got
