"""Session 27 (framing27b, dev d156): a quote led into by a loaded verb is no plain side.

News style gives the outlet's gist of a statement before the words themselves: "Mayor
Ingrid Holm insisted the town had acted quickly. '...,' she said." That outlet's verb for
the quote is 'insisted', so its trailing "she said" is not the plain side set against
another outlet's 'insisted' for the same words (``framing._loaded_lead_in``; d156: the
Sentinel's "Per Lunde insisted the response had been swift" before "'...,' he said" was
counted as 'said' against the Herald's 'insisted').

Near misses: an outlet with only "'...,' she said" stays a plain side; a lead-in verb that
is not the quote's: another paragraph, another speaker's quote, a further point ("she
added"), a sentence before with words of its own, a lead-in verb of another class than
the loaded side's ('denied' before the quote, 'insisted' elsewhere). Invented text (a fictional flood in
Dalvik)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Floodwater swept through the lower town of Dalvik on Sunday night after the river "
        "Orsa burst its banks, forcing 300 people from their homes, the regional "
        "emergency office said on Monday.\n\n")
QUOTE = ('"Every pump we own has been running since midnight, and the barriers on the '
         'river road held,"')
# the wire: the quote with a plain verb; the Voice: the mayor's office's 'insisted' for it
WIRE = f"{QUOTE} Mayor Ingrid Holm said."
VOICE = ('Mayor Ingrid Holm insisted that "every pump we own has been running since '
         'midnight" and that the barriers on the river road held.')
OUTLETS = ("Dalvik Wire", "Norland Voice", "Orsund Post")

TABLE = [
    # (id, the Post's text, the Post named as a plain side of the Voice's 'insisted')
    ("the Post leads into the quote with 'insisted': no plain side",
     f"Mayor Ingrid Holm insisted the town had acted quickly. {QUOTE} she said.",
     False),
    ("near miss: the Post gives only 'she said': a plain side",
     f"{QUOTE} she said.",
     True),
    ("near miss: the Post's plain quote names the mayor: a plain side",
     f"{QUOTE} Mayor Ingrid Holm said.",
     True),
    ("near miss: the 'insisted' is another paragraph's",
     f"Mayor Ingrid Holm insisted the town had acted quickly.\n\n{QUOTE} she said.",
     True),
    ("near miss: the 'insisted' is another speaker's, the quote the mayor's",
     f"Engineer Pavel Stoltz insisted the town had acted quickly. {QUOTE} Mayor Ingrid "
     "Holm said.",
     True),
    ("near miss: the quote is told as a further point ('she added')",
     f"Mayor Ingrid Holm insisted the town had acted quickly. {QUOTE} she added.",
     True),
    ("near miss: a lead-in of another class ('denied') still tells the quote plainly "
     "against 'insisted'",
     f"Mayor Ingrid Holm denied the town had been slow. {QUOTE} she said.",
     True),
    ("near miss: the sentence before gives words of its own",
     'Mayor Ingrid Holm insisted: "We were ready." ' f"{QUOTE} she said.",
     True),
]


def _verb_findings(post: str) -> list[str]:
    return [f.summary for f in support.framings_among(LEDE, (WIRE, VOICE, post), OUTLETS)
            if f.detail.get("kind") == "attribution_verb" and "insisted" in f.summary]


@pytest.mark.parametrize("name,post,plain", TABLE, ids=[t[0] for t in TABLE])
def test_loaded_lead_in_is_no_plain_side(name, post, plain):
    got = _verb_findings(post)
    assert got, (name, "the Voice's 'insisted' against the wire's 'said' is still found")
    assert all("Dalvik Wire" in s for s in got), (name, got)
    assert any("Orsund Post" in s.partition(" where ")[2] for s in got) is plain, (name, got)
