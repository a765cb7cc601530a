"""An organisation and its voice (session 22, ``attribution._org_voices``): one outlet gives
a statement to the organisation ("The port agency insisted ..."), another gives the same
words to the person an article of the story names as its voice ("Ivo Tamsen, head of the
agency, said ..."). Before, the two were two speakers and the loaded verb was set against
nobody (invented dev d71: "Crestbank insisted" / "Crestbank's regional director, Jonas
Kell, said"; t98: "Mar Vivo ... claimed" / "spokeswoman Teresa Lobo said"). Near misses:
a person with no post that speaks for the body, a post at another organisation, and the
voice on another matter. Where an aligned line already sets the loaded verb against
another outlet's "said" for the body, the voice's outlets are still named in a line of their
own (``framing._rest_of``; dev t98). Invented text (a fictional harbour dispute at Halden)."""

from __future__ import annotations

import pytest
from support import framings_among

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Dredging of the silted harbour channel at Halden stopped on Monday after a "
        "dispute over the cost, leaving three cargo ships waiting offshore.\n\n")
MORE = ("\n\nThe harbour handles about 2,000 ship calls a year and employs some 900 "
        "dockers.")


def _lines(*texts: str) -> list[str]:
    outlets = ("Halden Courier", "Coast Voice", "Bay Herald")
    return [f.summary for f in framings_among(LEDE, [t + MORE for t in texts], outlets[:len(texts)],
                                              strict=True)
            if f.detail.get("kind") == "attribution_verb"]


CASES = [
    # (id, Halden Courier's text, Coast Voice's text, words the line must hold, or None)
    ("the agency's head in one outlet, the agency in the other",
     "Ivo Tamsen, head of the port agency, said work on the channel would restart in May, "
     "weeks before the autumn storms.",
     "The port agency insisted the dredgers would be back in May to clear the channel "
     "before the autumn storms.", ("insisted", "Ivo Tamsen")),
    ("a company's director named before the name, the company in the other",
     "Brennmark Dredging's regional director, Sanna Holt, said the company had offered the "
     "harbour board a revised contract twice before the work stopped.",
     "Brennmark Dredging claimed it had offered the harbour board a revised contract twice "
     "before the work stopped.", ("claimed", "Sanna Holt")),
    ("a member 'of' a group an organisation word names, the group in the other",
     '"Every week of delay costs the fishing fleet its catch," said Ola Varde of the '
     "fishermen's association Kystlag.",
     'Kystlag claimed that every week of delay "costs the fishing fleet its catch".',
     ("claimed", "Ola Varde")),
    ("near miss: a person with no post that speaks for the body",
     "Ivo Tamsen, a retired pilot, said the dredgers would return in May and clear the "
     "channel before the autumn storms.",
     "The port agency insisted the dredgers would return in May and clear the channel "
     "before the autumn storms.", None),
    ("near miss: the post is at another organisation",
     "Sanna Holt, director of the rival Osterby Dredging, said the company had offered the "
     "harbour board a revised contract twice before the work stopped.",
     "Brennmark Dredging claimed it had offered the harbour board a revised contract twice "
     "before the work stopped.", None),
    ("near miss: the voice on another matter",
     "Ivo Tamsen, head of the port agency, said the three waiting ships would be allowed "
     "in at high tide on Thursday.",
     "The port agency insisted the dredgers would return in May and clear the channel "
     "before the autumn storms.", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_org_voice(case):
    _id, a, b, want = case
    lines = _lines(a, b)
    if want is None:
        assert lines == []
    else:
        assert any(all(w in line for w in want) for line in lines), lines


def test_voice_outlets_named_beside_an_aligned_line():
    """The Herald's 'said' for the association aligns with the Voice's 'claimed' (one line);
    the Courier gives the same words to the association's Ola Varde: a line of its own."""
    courier = ('"Every week of delay costs the fishing fleet its catch," said Ola Varde of the '
               "fishermen's association Kystlag.")
    voice = 'Kystlag claimed that every week of delay "costs the fishing fleet its catch".'
    herald = "Kystlag said that every week of delay costs the fishing fleet its catch."
    lines = _lines(courier, voice, herald)
    assert any("Bay Herald" in line and "claimed" in line for line in lines), lines
    assert any("Halden Courier" in line and "Ola Varde" in line for line in lines), lines
