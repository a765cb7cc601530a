"""A speaker given by a post alone (session 22, ``attribution._title_holder``): "The
governor claimed ..." was keyed as nobody, so its verb was never set against the same
person's named statement in another outlet ("Governor Ilse Marn said ..."; invented dev:
"The governor claimed in a statement" / "His father, Governor Anton Kremski, said in a
written statement"). The post is read as the one person the story's articles give it.
Near misses: two people given the post, a former holder only, a modifier the holder's post
lacks ("the deputy governor"), another ministry's minister, the person on another matter,
and another body's post ("the party's leader"). The aligned check (``framing.
_speakers_agree``) keeps the same near misses apart. Invented text (a fictional hospital
closure in Varnholm)."""

from __future__ import annotations

import pytest
from support import framings_among

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("The regional council of Varnholm voted on Tuesday to close two rural hospitals, "
        "a plan that drew protests in four towns.\n\n")
MORE = "\n\nThe two hospitals treat about 30,000 patients a year."
SAID = ('Governor Ilse Marn said in a written statement: "Closing the two hospitals will '
        'save the region 40 million kroner, and every krona will go to ambulances."')
CLAIMED = ("The governor claimed in a statement that closing the hospitals would save money "
           "for ambulances.")
CL = "the closures would save the region 40 million kroner over five years."


def _lines(*texts: str) -> list[str]:
    outlets = ("Varnholm Post", "North Wire", "Lake Herald")
    return [f.summary for f in framings_among(LEDE, [t + MORE for t in texts], outlets[:len(texts)],
                                              strict=True)
            if f.detail.get("kind") == "attribution_verb"]


CASES = [
    # (id, Varnholm Post's text, North Wire's text, words a line must hold, or None)
    ("the post's one holder, titled", CLAIMED, SAID, ("claimed", "Ilse Marn")),
    ("the post's one holder, in apposition", CLAIMED,
     SAID.replace("Governor Ilse Marn said", "Ilse Marn, the regional governor, said"),
     ("claimed", "Ilse Marn")),
    ("a minister with the post's modifier",
     CLAIMED.replace("The governor", "The finance minister"),
     SAID.replace("Governor Ilse Marn", "Finance Minister Oskar Brede"),
     ("claimed", "Oskar Brede")),
    # near misses
    ("near miss: two people given the post",
     CLAIMED + " Teo Brask, governor of the neighbouring Osterdal region, backed her.", SAID,
     None),
    ("near miss: a former holder only", CLAIMED,
     SAID.replace("Governor Ilse Marn", "Former governor Teo Brask"), None),
    ("near miss: a modifier the holder's post lacks",
     CLAIMED.replace("The governor", "The deputy governor"), SAID, None),
    ("near miss: another ministry's minister",
     CLAIMED.replace("The governor", "The finance minister"),
     SAID.replace("Governor Ilse Marn", "Health Minister Oskar Brede"), None),
    ("near miss: the holder on another matter",
     "The governor claimed in a statement that the protests had been organised by the "
     "opposition.", SAID, None),
    ("near miss: another body's post",
     CLAIMED.replace("The governor", "The party's leader"),
     SAID.replace("Governor Ilse Marn", "Ilse Marn, leader of the Centre Party,"), None),
    # the aligned check: one sentence in both outlets
    ("aligned near miss: a former holder", f"The governor claimed {CL}",
     f"The former governor Teo Brask said {CL}", None),
    ("aligned near miss: the deputy", f"The deputy governor claimed {CL}",
     f"Governor Ilse Marn said {CL}", None),
    ("aligned near miss: another ministry", f"The finance minister claimed {CL}",
     f"Health Minister Oskar Brede said {CL}", None),
    ("aligned: the holder", f"The governor claimed {CL}", f"Governor Ilse Marn said {CL}",
     ("claimed",)),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_title_holder(case):
    _id, a, b, want = case
    lines = _lines(a, b)
    if want is None:
        assert lines == []
    else:
        assert any(all(w in line for w in want) for line in lines), lines


# A name's post ("Kremski's lawyer claimed"): the one person some article writes beside
# that very post ("Kremski's lawyer, Petr Salko," / "Petr Salko, Kremski's lawyer,"),
# ``attribution._possessed_holder``; before, the statement was keyed on Kremski's group.
SALKO = ("Kremski's lawyer, Petr Salko, said in a statement that his client was devastated "
         "by the crash and would cooperate fully with the inquiry.")
LAWYER = 'Kremski\'s lawyer claimed his client "is devastated" and would help the inquiry.'

POSSESSED = [
    ("the lawyer the story names", LAWYER, SALKO, ("claimed", "Petr Salko")),
    ("the name before the post", LAWYER,
     SALKO.replace("Kremski's lawyer, Petr Salko,", "Petr Salko, Kremski's lawyer,"),
     ("claimed", "Petr Salko")),
    ("near miss: two lawyers of Kremski's named",
     LAWYER + " Kremski's lawyer, Ana Vell, was not in court.", SALKO, None),
    ("near miss: another man's lawyer", LAWYER, SALKO.replace("Kremski's", "Brask's"), None),
    ("near miss: a group, 'lawyers'", LAWYER.replace("lawyer claimed", "lawyers claimed"),
     SALKO, None),
    ("near miss: the lawyer on another matter",
     "Kremski's lawyer claimed the police had leaked his client's medical records.", SALKO,
     None),
]


@pytest.mark.parametrize("case", POSSESSED, ids=[c[0] for c in POSSESSED])
def test_possessed_holder(case):
    _id, a, b, want = case
    lines = _lines(a, b)
    if want is None:
        assert lines == []
    else:
        assert any(all(w in line for w in want) for line in lines), lines


# An unnamed spokesperson of a body ("A bank spokesman said") speaks the body's words: keyed
# as the body ("the bank claimed"; ``attribution.spokes_body``), in the aligned check too.
# Near misses: a rival's or a former spokesman, a director (whose words may be their own),
# and the spokesman on another matter.
LOAN = "had offered the council a cheaper loan twice before the vote"
BANK = f"The bank claimed it {LOAN} and that councillors knew it."
SPOKES = [
    ("a bank spokesman", f"A bank spokesman said the lender {LOAN}.", BANK, ("claimed",)),
    ("a spokeswoman for the bank", f"A spokeswoman for the bank said the lender {LOAN}.",
     BANK, ("claimed",)),
    ("near miss: a rival bank's spokesman",
     f"A spokesman for a rival bank said the lender {LOAN}.", BANK, None),
    ("near miss: a former spokesman", f"A former bank spokesman said the lender {LOAN}.",
     BANK, None),
    ("near miss: a director", f"A bank director said the lender {LOAN}.", BANK, None),
    ("near miss: another matter",
     "A bank spokesman said the branch in Osterby would stay open.", BANK, None),
]


@pytest.mark.parametrize("case", SPOKES, ids=[c[0] for c in SPOKES])
def test_spokes_body(case):
    _id, a, b, want = case
    lines = _lines(a, b)
    if want is None:
        assert lines == []
    else:
        assert any(all(w in line for w in want) for line in lines), lines
