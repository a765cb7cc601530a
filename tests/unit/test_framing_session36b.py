"""framing36b (session 36): two default framing lines read wrong on invented dev, each
cause reproduced on invented text (fictional people, places and outlets).

1. A charged cue coordinated with a plain one ("X insisted A and said B") where A answers a
   matter only that outlet raised (the union's claim of a staff cut, told just before, in
   no other outlet): the statement the others share is B, told with 'said' as they tell it
   (dev d242, reader36; attribution._own_matter). Near misses: the charged cue on the shared
   statement itself, A with no antecedent in the outlet (dev d167's keyed shape), A in the
   outlet's own words, and the matter told by another outlet too: the contrast stays.
2. A label under a verb of false identity ("posing as", "pretending to be", "impersonating")
   is not stated as fact, so "claiming to be" is no hedge against it (dev d244, reader36;
   rules/loaded_terms IMPOSTOR_FRAMES). Near misses: the label stated outright stays a
   plain side.

(real36's epithet-dash row, a dash breaking a doer's clause, lives in test_real36.)
"""

from __future__ import annotations

import pytest
import support

OUTLETS = ("Quenby Wire", "Harbour Gazette", "Salt Courier")
LEDE = ("A fire destroyed a grain warehouse at the port of Quenby on Tuesday night, forcing the "
        "evacuation of two nearby streets. No one was hurt, the harbour fire brigade said.\n\n")
PLAIN = ("Brannock Logistics said the cause was still under investigation but that early signs "
         "pointed to a faulty charger in the forklift bay.\n\n")
UNION = ("According to the Quenby Dockers' Union, the company cut its night security staff from "
         "30 to eight last spring.\n\n")
COORD = ("Brannock Logistics insisted the cut had no bearing on safety and said early signs "
         "pointed to a faulty charger in the forklift bay.\n\n")
TAIL = "Firefighters stayed at the scene until Wednesday morning.\n"

COORD_ROWS = [
    # (the Wire's body, the Courier's body, a line setting 'insisted' against 'said' expected)
    pytest.param(PLAIN, UNION + COORD, False, id="reply-on-own-matter"),
    # near misses: the contrast stays
    pytest.param(PLAIN, "Brannock Logistics insisted that early signs pointed to a faulty "
                 "charger in the forklift bay.\n\n", True, id="same-statement"),
    pytest.param(PLAIN, COORD, True, id="no-antecedent"),
    pytest.param(PLAIN, "Brannock Logistics insisted the blaze was an accident and said early "
                 "signs pointed to a faulty charger in the forklift bay.\n\n", True,
                 id="own-words"),
    pytest.param(UNION + PLAIN, UNION + COORD, True, id="matter-told-by-another"),
]


@pytest.mark.parametrize(("wire", "courier", "fires"), COORD_ROWS)
def test_a_charged_reply_on_a_matter_only_one_outlet_raises_is_no_contrast(wire, courier,
                                                                           fires):
    found = support.framings_among(LEDE, (wire + TAIL, PLAIN + TAIL, courier + TAIL), OUTLETS,
                                   strict=True)
    assert any("Salt Courier writes 'insisted'" in f.summary for f in found) is fires


SCAM_LEDE = ("Police in Darrowby arrested three men on Friday over a telephone scam that cost 40 "
             "pensioners their savings.\n\n")
HEDGED = ("The victims received calls from men claiming to be tax inspectors who told them to "
          "transfer their savings to a safe account.\n\n")
SCAM_TAIL = "The three men will appear in court on Monday.\n"


def _calls(who: str) -> str:
    return (f"The victims received calls from {who} who told them to transfer their savings "
            "to a safe account.\n\n")


LABEL_ROWS = [
    # (the Post's words for the callers, a label line expected)
    pytest.param(_calls("men posing as tax inspectors"), False, id="posing-as"),
    pytest.param(_calls("men pretending to be tax inspectors"), False, id="pretending-to-be"),
    pytest.param(_calls("men impersonating tax inspectors"), False, id="impersonating"),
    pytest.param(_calls("callers who passed themselves off as tax inspectors"), False,
                 id="passed-off-as"),
    # near misses: the label stated outright
    pytest.param(_calls("tax inspectors"), True, id="stated"),
    pytest.param("Tax inspectors called the victims and told them to transfer their savings to "
                 "a safe account.\n\n", True, id="stated-subject"),
]


@pytest.mark.parametrize(("post", "fires"), LABEL_ROWS)
def test_a_label_under_a_verb_of_false_identity_is_not_stated_as_fact(post, fires):
    found = support.framings_among(SCAM_LEDE, (HEDGED + SCAM_TAIL, post + SCAM_TAIL),
                                   ("Darrowby Voice", "Fenmoor Post"), strict=True)
    assert any("states 'inspectors' as fact" in f.summary for f in found) is fires
