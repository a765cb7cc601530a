"""Work the finders skip or make once, with the same results (session 34's speed work;
no timings here): ``attribution._org_voices`` tries a tie pattern only on a text with its
parts in its order."""

from __future__ import annotations

import pytest

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
