"""The coverage summary's "how others say it" with ``--story-framing`` off (session 11).

The summary sets an outlet's loaded word beside another outlet's wording from the framing
findings, and also from the story-wide contrasts it makes even when they are not reported.
With the flag off those count only between two articles the default's own evidence calls
one story (``coverage.pair_one_story``: a close aligned group, three salient names, a quote
both carry, or the whole text), not merely one shared name (``pair_tied``, what the opt-in finder asks). In the
held-out 84-article run three of four such rows were wrong, set across two stories.

Invented: a ferry strike in Vella (its "mob"), and the union leader's charity match in Osk,
where "protesters" broke a stadium office's windows. Near miss: the strike told by two
outlets in their own words. With the flag on, no finding sets the two stories against each
other either (session 15: the story warning names one of them off-story).
"""

from __future__ import annotations

import pytest

from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE_A = ("Ferry crews in Vella struck on Monday over unpaid wages, and union leader Dara Quill "
          "led a march to the Tarn harbour office.")
MOB = ("A mob smashed the glass doors of the harbour office and set fire to the ticket booth "
       "before police arrived.")
STRIKE = [
    LEDE_A, MOB,
    "The strike stopped every crossing between Vella and the islands for the second time this month.",
    "Commuters queued for hours for the few buses the council laid on along the coast road.",
    "Ship owners said the crews had been paid in full and accused the union of breaking the deal.",
]
MATCH = [
    "Dara Quill, the Vella ferry union's leader, spent Saturday at a charity football match in "
    "Osk that raised money for a children's hospital.",
    "Quill scored twice for the union side, which lost to a team of nurses by five goals to four.",
    "Police said protesters angry at parking charges broke windows at the stadium office before "
    "the match and burned down its ticket booth.",
    "The hospital said the money would buy two new incubators.",
    "Organisers hope to make the match a yearly fixture, with a brass band and food stalls next time.",
    "Tickets sold out within a week, and the club's chairman thanked the volunteers who ran the "
    "car parks.",
]
# near miss: the same strike, the other outlet's own words
LEDE_B = ("Dara Quill, the Vella ferry union's leader, led striking crews to the Tarn harbour "
          "office on Monday over wages they say were never paid.")
PROTESTERS = ("Police said on Monday evening that protesters broke windows at the harbour "
              "office in Tarn and burned down its ticket booth.")


def _others(a: list[str], b: list[str], flag: bool) -> list[str]:
    """The other outlets' words the summary sets beside the first outlet's "mob"."""
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text="\n\n".join(a)),
            Article(id="a2", source="t", outlet="Vella Times", text="\n\n".join(b))]
    cov = coverage_summary(compare_articles(arts, Options(framing=True, story_framing=flag)))
    row = next(o for o in cov["outlets"] if o["article"] == "a1")
    return [x["word"] for w in row["loaded_top"] if w["word"] == "mob" for x in w["others"]]
# one statement both stories quote (a quote tie, session 11 tidy: pair_one_story counts
# it as _tied does), in two sentences too unlike to align; near miss: a chance phrase of
# two content stems ("It was a long day.") ties nothing
_FRAME_A = ("Standing on the quay as the police vans pulled away, Quill promised the crews that "
            "the union would hold out through the winter if it had to: \"{}\"")
_FRAME_B = ("Between the halves, signing shirts for a queue of children by the touchline, he "
            "told a radio reporter that nothing had changed at home: \"{}\"")
_VOW = "Not one boat sails until the wages are paid."
_CHANCE = "It was a long day."


@pytest.mark.parametrize("a, b, flag, others", [
    pytest.param(STRIKE + [_FRAME_A.format(_VOW)], MATCH + [_FRAME_B.format(_VOW)], False,
                 ["protesters"], id="one-statement-quoted-in-both"),
    pytest.param(STRIKE + [_FRAME_A.format(_CHANCE)], MATCH + [_FRAME_B.format(_CHANCE)], False,
                 [], id="near-miss-a-chance-phrase"),
    pytest.param(STRIKE, MATCH, False, [], id="two-stories-one-name-flag-off"),
    # with the flag on too since session 15: the story warning names the match article
    # off-story, and no framing finding sets it against the strike (framing._without_off_story)
    pytest.param(STRIKE, MATCH, True, [], id="flag-on-no-finding-across-two-stories"),
    pytest.param([LEDE_A, MOB], [LEDE_B, PROTESTERS], False, ["protesters"],
                 id="near-miss-one-story-flag-off"),
])
def test_story_wide_wording_rows_need_one_story_with_the_flag_off(a, b, flag, others):
    assert _others(a, b, flag) == others
