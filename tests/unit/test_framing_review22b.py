"""Review of session 22's organisation voices (``attribution._org_voices``) and the aligned
speaker check (``framing._speakers_agree``, ``framing._cue_speaker``): a person tied to a
body only as a past holder, a rival, or through another noun is not its voice, and a
speaker written "His lawyer Levan Oridze" is that person, not an unread speaker that agrees
with anyone. Each probe gave a wrong line before (framing22b). Invented text (a fictional
harbour dispute at Halden)."""

from __future__ import annotations

import pytest
from support import framings_among

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Dredging of the silted harbour channel at Halden stopped on Monday after a "
        "dispute over the cost, leaving three cargo ships waiting offshore.\n\n")
MORE = ("\n\nThe harbour handles about 2,000 ship calls a year and employs some 900 "
        "dockers.")
MAY = "the dredgers would be back in May to clear the channel before the autumn storms."
OFFER = ("had offered the harbour board a revised contract twice before the work "
         "stopped.")
PAID = "the payments to Brennmark Dredging had been approved by the harbour board."


def _lines(*texts: str) -> list[str]:
    outlets = ("Halden Courier", "Coast Voice", "Bay Herald")
    return [f.summary for f in framings_among(LEDE, [t + MORE for t in texts], outlets[:len(texts)],
                                              strict=True)
            if f.detail.get("kind") == "attribution_verb"]


CASES = [
    # (id, Halden Courier's text, Coast Voice's text, words a line must hold, or None)
    ("another agency's head", f"Ivo Tamsen, head of the environment agency, said {MAY}",
     f"The port agency insisted {MAY}", None),
    ("a director of a rival company", f"Sanna Holt, director of a rival company, said the "
     f"company {OFFER}", f"The company claimed it {OFFER}", None),
    ("the chair of a committee investigating the body",
     f"Sanna Holt, chair of the committee investigating Brennmark Dredging, said the "
     f"company {OFFER}", f"Brennmark Dredging claimed it {OFFER}", None),
    ("the head of a campaign against the body",
     f"Ola Varde, head of the campaign against the agency, said {MAY}",
     f"The agency insisted {MAY}", None),
    ("a former head", f"Ivo Tamsen, a former head of the port agency, said {MAY}",
     f"The port agency insisted {MAY}", None),
    ("a lawyer's 'claimed' against his client's 'said'",
     f"His lawyer Levan Oridze claimed {PAID}",
     f"Mayor Piet Kremski said {PAID} Kremski's lawyer, Levan Oridze, did not comment.",
     None),
    # still found: "his lawyer" is the one Kremski's lawyer named in the other outlet (a
    # possessive determiner is no modifier of the post), the body's own head, and its
    # director beside another body's head
    ("'his lawyer' against the named lawyer",
     f'"The harbour board approved every payment," said his lawyer. He added that {PAID}',
     f'"The harbour board approved every payment," Kremski\'s lawyer, Levan Oridze, '
     f"insisted. He added that {PAID}", ("insisted",)),
    ("the body's head", f"Ivo Tamsen, head of the port agency, said {MAY}",
     f"The port agency insisted {MAY}", ("insisted",)),
    ("two bodies, each with its voice",
     "Ivo Tamsen, head of the port agency, said the harbour board had approved the "
     "payments. Sanna Holt, director of Brennmark Dredging, said the harbour board had "
     "approved the payments in March.",
     "Brennmark Dredging claimed the harbour board had approved the payments in March. "
     "The port agency said the board had approved the payments.", ("claimed", "Sanna Holt")),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_voice_review(case):
    _id, a, b, want = case
    lines = _lines(a, b)
    if want is None:
        assert lines == []
    else:
        assert any(all(w in line for w in want) for line in lines), lines
