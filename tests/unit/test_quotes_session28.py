"""Session 28 (quotes28): edge trims that restate what the story already fixes, and a
further claim that the story's source goes on with (session 27's held-out wrongs, t155 and
t159, now dev; the text here is new invented text, fictional people, places and outlets).

1. A trailing complement left off a quote that names the story's own setting or event, as
   the shorter outlet's lede (headline and first sentences) and the longer outlet's
   article name it outside quote marks (quote_diff._setting_restated): "the end of fair
   trials [in Korvala]" in a story about Korvala, "no sign that anyone else was involved
   [in his death]" beside a lede that says he died. Near misses that stay a change: a place
   the shorter outlet's lede does not name, a name the ledes give only in part ("North
   Vellaria" beside "Vellaria"), an event noun the ledes do not tell ("disappearance"), a
   number, a superlative's domain, a preposition of exception, a locative cut from a
   denial ("did not fire tear gas [inside the arena]") and any trim with no setting given.
2. A further claim at a quote's end (quote_diff._claim_tail) that the story's source (the
   provenance's ``source``) carries, where two outlets close earlier: the outlets cut the
   quote they took from it, not a claim added; since session 29 where a non-source outlet
   goes on too (quotes._without_claims).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes, lede_setting
from storylens.models import Provenance


def _setting(lede: str, article: str = "") -> tuple[frozenset[str], frozenset[str]]:
    """What compare_quotes is given of one article: its lede's and its whole text's words."""
    return lede_setting(lede), lede_setting(lede + " " + article)


KORVALA = "BRESKA - Korvala's parliament passed a media law on Monday, as Korvala's press protested."
ORVIK = "NESSA - A fisherman has died after his trawler sank off Orvik, the coastguard said."
VELLARIA = "Vellaria's council votes to close its last mine."
ARENA = "Crush at Tamsen arena: police deny firing tear gas inside the arena."
TAVESSI = "Floods reach Tavessi as river bursts its banks near Lorn."

TRIMS = [
    # (id, longer wording, shorter wording, the longer's lede, the shorter's lede, the kind
    #  compare_quotes reads, None for a shorter excerpt)
    ("the story's own place", "This is the end of fair trials in Korvala,",
     "the end of fair trials,", KORVALA, KORVALA, None),
    ("the story's own event, by its verb", "There is no sign that anyone else was involved in his death.",
     "There is no sign that anyone else was involved,", ORVIK, ORVIK, None),
    ("the event noun with 'its'", "We do not yet know who is responsible for its sinking.",
     "We do not yet know who is responsible,",
     "A trawler sank off Orvik on Tuesday.", "The Orvik trawler sinking: crew of six rescued.", None),
    ("a place put in (the other way round)", "the end of fair trials,",
     "This is the end of fair trials in Korvala,", KORVALA, KORVALA, None),
    # near misses
    ("near miss: the shorter outlet's lede names another place",
     "This is the end of fair trials in Korvala,", "the end of fair trials,",
     KORVALA, "Parliament in Breska passes a media law.", "place"),
    ("near miss: the ledes give the name in part",
     "We will keep the mine open in North Vellaria,", "We will keep the mine open,",
     VELLARIA, VELLARIA, "place"),
    ("near miss: an event the ledes do not tell",
     "There is no sign that anyone else was involved in his disappearance.",
     "There is no sign that anyone else was involved,", ORVIK, ORVIK, "qualifier"),
    ("near miss: a locative cut from a denial",
     "Our officers did not fire tear gas inside the arena,", "Our officers did not fire tear gas,",
     ARENA, ARENA, "qualifier"),
    ("near miss: a number in the complement",
     "No one else was involved in the 2019 sinking,", "No one else was involved,",
     "The 2019 sinking of a trawler off Orvik is back in court.",
     "The 2019 sinking of a trawler off Orvik is back in court.", "number"),
    ("near miss: a superlative's domain",
     "This is the largest seizure of cocaine in Korvala,", "This is the largest seizure of cocaine,",
     KORVALA, KORVALA, "place"),
    ("near miss: a preposition of exception",
     "We have reached every village except Tavessi,", "We have reached every village,",
     TAVESSI, TAVESSI, "place"),
    ("near miss: more of the quote after the place",
     "This is the end of fair trials in Korvala, and we will fight it",
     "the end of fair trials,", KORVALA, KORVALA, "place"),
]


@pytest.mark.parametrize(("longer", "shorter", "lede_l", "lede_s", "kind"),
                         [t[1:] for t in TRIMS], ids=[t[0] for t in TRIMS])
def test_a_trim_that_restates_the_setting(longer, shorter, lede_l, lede_s, kind):
    c = compare_quotes(longer, shorter, a_setting=_setting(lede_l), b_setting=_setting(lede_s))
    assert (c["change"] if c and c["ops"] else None) == kind
    # either way round
    c = compare_quotes(shorter, longer, a_setting=_setting(lede_s), b_setting=_setting(lede_l))
    assert (c["change"] if c and c["ops"] else None) == kind


@pytest.mark.parametrize(("longer", "shorter"), [
    ("This is the end of fair trials in Korvala,", "the end of fair trials,"),
    ("There is no sign that anyone else was involved in his death.",
     "There is no sign that anyone else was involved,"),
])
def test_without_a_setting_the_trim_stays_a_change(longer, shorter):
    # no lede given (the shared-quote finder's call, a caller with no articles): as before
    assert support.quote_change_kind(longer, shorter) in ("place", "qualifier")


def test_the_setting_is_read_outside_quote_marks():
    # a lede that quotes the words itself does not fix them as the outlet's setting
    quoted = 'Opposition: "This is the end of fair trials in Korvala" as media law passes.'
    assert "korvala" not in lede_setting(quoted)
    assert "korvala" in lede_setting(KORVALA)


LEAD = "BRESKA - Korvala's parliament passed a media law on Monday. "


def _finder(texts: tuple[str, ...], source: str | None) -> list:
    from storylens.findings import find_all
    from storylens.options import Options

    prov = Provenance(overlap={}, source=source, scores={}, explanation="")
    return [f for f in find_all(support.quote_docs(*texts), [], prov, Options(quote_changes=True))
            if f.type == "quote_changed"]


def test_a_place_trim_is_no_finding_where_both_ledes_name_it():
    full = LEAD + '"This is the end of fair trials in Korvala," said Tomas Ulvik.'
    cut = LEAD + 'Tomas Ulvik said the law meant "the end of fair trials," and walked out.'
    assert _finder((full, cut), None) == []
    # near miss: a lede about another place, the trim stays a place dropped
    other = ("BRESKA - Parliament passed a media law on Monday. "
             'Tomas Ulvik said the law meant "the end of fair trials," and walked out.')
    found = _finder((full, other), None)
    assert len(found) == 1 and "a name or place dropped" in found[0].summary


CLOSED = LEAD + '"We will not sign the Breska accord," Mayor Edda Lind said.'
ADDED = LEAD + '"We will not sign the Breska accord, and we will not meet its authors," Mayor Edda Lind said.'


def test_a_further_claim_the_source_goes_on_with_is_a_cut():
    # the source (a1) goes on, two outlets that close earlier cut it: no change; since
    # session 29 no outlet's further claim is a change, whichever the source
    for source in ("a1", None, "a2"):
        assert _finder((ADDED, CLOSED, CLOSED), source) == []

