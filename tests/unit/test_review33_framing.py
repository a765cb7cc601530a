"""review33fr (session 33): framing32b's charged-noun rule
(findings.attribution._charged_noun_elsewhere) drops the plain side of a story-wide
attribution line when that outlet names the speaker's statement with a charged noun
("barb", "jibe") elsewhere. A charged noun in a sentence whose subject is another party
gives that party's view, not the outlet's own word: the plain outlet still tells the
statement plain. The rule now reads only sentences that open with the speaker's name (a
title and given name before it at most), the charged noun after it.

Invented text: a ferry pier in Lorrow; harbour trustee Wenna Caddick; the Lorrow Echo and
the Fenmouth Standard.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE_A = "Ferries to Lorrow were cancelled on Tuesday after part of the pier sank."
LEDE_B = "The Lorrow ferry pier partly sank on Tuesday, stopping all sailings."
SWIPE = ("Harbour trustee Wenna Caddick on Tuesday took a swipe at the pier contractors, "
         "saying the pilings had been cut from untreated Fenmouth pine.")
SAID = ("The pilings had been cut from untreated Fenmouth pine, harbour trustee Wenna "
        "Caddick said on Tuesday at the harbour office. ")

# the speaker's own act, charged by the outlet: the plain side goes
SAME_OPENS = "Caddick repeated her barbs about untreated Fenmouth pine pilings to the crowd."
SAME_TITLED = ("Trustee Wenna Caddick ended the tirade about untreated Fenmouth pine "
               "pilings to applause.")
# another party's view of the statement: the plain side stays
OTHERS_QUOTED = ('Pier contractors called Caddick\'s remarks about untreated Fenmouth pine '
                 'pilings "a cheap barb".')
OTHERS_DISMISS = ("The contractors dismissed Caddick's claim about untreated Fenmouth pine "
                  "pilings as a barb.")
OTHERS_REPLY = ("The contractors answered Caddick with a jibe of their own about untreated "
                "Fenmouth pine pilings.")


def _lines(b_other: str) -> list[str]:
    arts = [Article(id="l1", source="t", outlet="Lorrow Echo", text=f"{LEDE_A} {SWIPE}"),
            Article(id="l2", source="t", outlet="Fenmouth Standard",
                    text=f"{LEDE_B} {SAID}{b_other}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.summary for f in comp.findings
            if f.type == "framing" and "Fenmouth Standard writes 'said'" in f.summary]


@pytest.mark.parametrize(("other", "wanted"), [
    pytest.param("", True, id="baseline-line-stands"),
    pytest.param(SAME_OPENS, False, id="speaker-opens-charged-noun"),
    pytest.param(SAME_TITLED, False, id="titled-speaker-opens-charged-noun"),
    pytest.param(OTHERS_QUOTED, True, id="another-party-quoted-barb"),
    pytest.param(OTHERS_DISMISS, True, id="another-party-dismisses-as-barb"),
    pytest.param(OTHERS_REPLY, True, id="another-partys-own-jibe"),
])
def test_charged_noun_is_the_outlets_own_only_when_the_speaker_opens(other, wanted):
    lines = _lines(other)
    assert bool(lines) == wanted, lines
