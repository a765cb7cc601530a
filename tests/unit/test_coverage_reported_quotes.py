"""A quote an outlet tells in reported speech is no quote it leaves out (issue 12: omission
precision). Read on the invented dev story d40 (session 15): "Prime Minister Signe Rud
called the blockade reckless" and "Bekke ... said farmers would not leave until the cut
was withdrawn" were each "left out" of the quotes they retell. Told here with new
fictional text beside its near misses: the speaker on another point, and the quote's
words without the speaker.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _reported
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]

SIT_IN = "Hundreds of nurses occupied the lobby of the Vennick health ministry on Monday over unpaid overtime."
POLICE = "Police blocked the ministry's side entrances but made no attempt to clear the lobby."
QUOTE = ("\u201cWe will sleep on this floor until the minister pays every hour he owes us,\u201d "
         "union leader Marta Oskarsen told the crowd.")


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Patients at the {town} clinic waited longer than usual for routine appointments.",
        f"Nurses from {town} arrived by coach with sleeping bags and flasks of tea.",
        f"Shops near the {town} ministry annex sent coffee to the protesters.",
        f"A hospital manager in {town} said emergency wards were fully staffed.",
        f"Students from the {town} nursing college joined the sit-in in the afternoon.",
    ]


def _sit_in(own: str) -> list[list[str]]:
    """Three outlets quote Oskarsen high up; Pell Voice tells the sit-in with ``own``."""
    return [[SIT_IN, POLICE, QUOTE, *_colour(t)] for t in TOWNS[:3]] + [[SIT_IN, POLICE, own, *_colour(TOWNS[3])[:4]]]


def _omitted(own: str) -> bool:
    om, _ = support.coverage_facts(_sit_in(own), OUTLETS, ON)
    return any(o == "Pell Voice" and "sleep on this floor" in fact for o, fact in om)


def test_the_quote_in_reported_speech_is_not_left_out():
    # her words retold in a sentence of its own ("floor", "minister"), too far from hers to align
    assert not _omitted("Oskarsen promised the nurses would stay on the ministry floor for as long as it took.")


@pytest.mark.parametrize("own", [
    # the speaker on another point: her quote is left out
    "Union leader Marta Oskarsen said the nurses had voted by a large margin to escalate the dispute.",
    # the quote's words, but nobody's: a sentence of the outlet's own, not her words
    "Some nurses said they would sleep in the lobby until the ministry paid the overtime it owed them.",
])
def test_near_miss_the_quote_is_left_out(own):
    assert _omitted(own)


@pytest.mark.parametrize(("text", "reported"), [
    ("Oskarsen called the minister's offer an insult and vowed to sleep on the floor.", True),
    ("Oskarsen thanked the police for keeping the entrances clear.", False),  # one shared word: none
    ("Marta Oskarsen, who has led the union since 2019, was cheered.", False),  # her name only
])
def test_reported(text, reported):
    ctx = support.verbatim_context([[SIT_IN, POLICE, QUOTE, *_colour("Harlow")],
                                    [SIT_IN, text, *_colour("Pell")]], OUTLETS[:2], ON)
    from storylens.findings.coverage import facts_of

    fact = next(f for f in facts_of(ctx.documents["a1"]) if f.kind == "quote")
    assert _reported(ctx, fact, "a2") is reported


MINISTRY = ("\u201cAnyone who blocks the entrance to a hospital will be arrested,\u201d "
            "the Interior Ministry said in a statement.")


def _omits_ministry(own: str) -> bool:
    texts = [[SIT_IN, POLICE, MINISTRY, *_colour(t)] for t in TOWNS[:3]] + [
        [SIT_IN, POLICE, own, *_colour(TOWNS[3])[:4]]]
    om, _ = support.coverage_facts(texts, OUTLETS, ON)
    return any(o == "Pell Voice" and "Anyone who blocks" in fact for o, fact in om)


def test_near_miss_another_body_of_the_same_kind_does_not_report_the_quote():
    # a speaker that is no person is named by its whole name: "the Health Ministry" shares
    # "Ministry" and two of the quote's words ("arrested", "hospital"), but it is not the
    # Interior Ministry telling its warning
    assert _omits_ministry("The Health Ministry said a nurse was arrested outside the hospital in Pell.")
    assert not _omits_ministry("The Interior Ministry warned that protesters blocking a hospital would be arrested.")
