"""Session 34 (quotes34): words an outlet leaves out of a quote, or writes another way,
that add no claim of their own (rules/quotes_trims.py, findings.quotes._without_trims and
negated_form).

Session 33's held-out read gave quote changes 10/14, its four wrong all trims: t214's "No
company[, however large,] is above the law", t216's "We will not be held hostage [by
criminals], and …", t219's "culture cannot be an exception" / "culture will be no
exception" (and t220's cut end, not read here). Three general shapes:

1. a universal concessive aside set off by commas ("however large", "no matter how
   rich"): it ranges over every value, so the claim is the same without it. Near misses:
   the connective "however" alone, a clause after "however", a negation or a number in it.
2. a bare-plural agent after a negated passive of refusal or prohibition ("will not be
   held hostage by criminals"): the refusal is the claim, a generic agent names no party.
   Near misses: a definite, possessive, counted or named agent, a past denial ("were not
   paid by contractors"), a positive passive, a mass noun.
3. one negated predicate written two ways ("cannot be an exception" / "will be no
   exception"). Near misses: the negation dropped ("will be an exception", "can be an
   exception"), another noun.
4. a focusing "even" right after a negation ("does not even keep pace": invented dev d227's
   trap). Near misses: an additive "even" in a positive clause, the negation dropped too.

Also the changes the brief names as must-fire near misses: "will not" -> "will", "some" ->
"all", "12" -> "21", "not" dropped, "unless …" dropped.

The text is new invented text (the port of Vellmar, its harbour board and its mayor).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quotes import negated_form
from storylens.options import Options

ON = Options(quote_changes=True)
OUTLETS = ("Vellmar Post", "Harbour Courier")
LEDE_A = ("VELLMAR - The harbour board fined three shipping lines on Monday after inspectors "
          "found leaking fuel tanks at the container terminal.")
LEDE_B = ("VELLMAR - Three shipping lines were fined by the harbour board on Monday over "
          "leaking fuel tanks found at the container terminal.")
TAIL = " The board will publish its full report in the spring."


def _meaningful(quote_a: str, quote_b: str) -> list:
    a = f'{LEDE_A}\n\n"{quote_a}," harbour master Ilse Broder told reporters.{TAIL}'
    b = f'{LEDE_B}\n\n"{quote_b}," harbour master Ilse Broder told reporters.{TAIL}'
    return [f for f in support.quote_changes_of(a, b, OUTLETS, ON)]


CASES = [
    # (id, one outlet's quote, the other's, a change expected)
    # 1. universal concessive asides
    ("concessive-however",
     "No shipping line, however large, is above the rules of this harbour",
     "No shipping line is above the rules of this harbour", False),
    ("concessive-no-matter-how",
     "Every leak, no matter how small, will be fined by this board from today",
     "Every leak will be fined by this board from today", False),
    ("concessive-added",
     "No shipping line is above the rules of this harbour",
     "No shipping line, however powerful, is above the rules of this harbour", False),
    # near miss: the number inside the aside stays a change
    ("concessive-with-number",
     "Every leak, however many 40 litres, will be fined by this board from today",
     "Every leak will be fined by this board from today", True),
    # near miss: a negation inside it
    ("concessive-with-negation",
     "Every leak, however not serious, will be fined by this board from today",
     "Every leak will be fined by this board from today", True),
    # 2. generic agents of a refusal
    ("agent-refusal",
     "We will not be held to ransom by polluters, and we will not lower the fines",
     "We will not be held to ransom, and we will not lower the fines", False),
    # review 34: the refusal's subject is the speaker's side (a first-person word)
    ("agent-refusal-adjective",
     "We will not be bullied by foreign shipowners, and we will collect every fine",
     "We will not be bullied, and we will collect every fine", False),
    ("agent-prohibition",
     "Our inspectors must not be threatened by crews, and the police will protect them",
     "Our inspectors must not be threatened, and the police will protect them", False),
    # near miss: a definite agent names a party
    ("agent-definite",
     "We will not be held to ransom by the shipowners, and we will not lower the fines",
     "We will not be held to ransom, and we will not lower the fines", True),
    # near miss: a named agent
    ("agent-named",
     "We will not be held to ransom by Kessler Lines, and we will not lower the fines",
     "We will not be held to ransom, and we will not lower the fines", True),
    # near miss: a counted agent
    ("agent-counted",
     "We will not be held to ransom by three shipowners, and we will not lower the fines",
     "We will not be held to ransom, and we will not lower the fines", True),
    # near miss: a past denial says who did not do it
    ("agent-past-denial",
     "The tanks were not inspected by engineers, and the board knew it last year",
     "The tanks were not inspected, and the board knew it last year", True),
    # near miss: a positive passive
    ("agent-positive",
     "The tanks will be inspected by engineers, and the board will pay for it",
     "The tanks will be inspected, and the board will pay for it", True),
    # 3. one negated predicate written two ways
    ("negated-form",
     "Every terminal must be cleaned, and the old pier cannot be an exception",
     "Every terminal must be cleaned, and the old pier will be no exception", False),
    ("negated-form-will-not",
     "Every terminal must be cleaned, and the old pier will not be an exception",
     "Every terminal must be cleaned, and the old pier will be no exception", False),
    # near miss: the negation dropped
    ("negation-dropped",
     "Every terminal must be cleaned, and the old pier cannot be an exception",
     "Every terminal must be cleaned, and the old pier will be an exception", True),
    ("negation-dropped-can",
     "Every terminal must be cleaned, and the old pier cannot be an exception",
     "Every terminal must be cleaned, and the old pier can be an exception", True),
    # near miss: the negated form, another noun
    ("negated-form-other-noun",
     "Every terminal must be cleaned, and the old pier cannot be an exception",
     "Every terminal must be cleaned, and the old pier will be no priority", True),
    # 4. a focusing "even" after a negation
    ("even-after-negation",
     "The new fine does not even cover the cost of cleaning the terminal",
     "The new fine does not cover the cost of cleaning the terminal", False),
    ("even-after-never",
     "The shipping lines never even told the harbour board about the leaks",
     "The shipping lines never told the harbour board about the leaks", False),
    # near miss: an additive "even" in a positive clause
    ("even-additive",
     "The shipping lines even paid the fines before the hearing began",
     "The shipping lines paid the fines before the hearing began", True),
    # near miss: "even" dropped with its negation
    ("not-even-dropped",
     "The new fine does not even cover the cost of cleaning the terminal",
     "The new fine does cover the cost of cleaning the terminal", True),
    # the brief's must-fire near misses
    ("will-not-to-will",
     "We will not lower the fines for any shipping line this year",
     "We will lower the fines for any shipping line this year", True),
    ("some-to-all",
     "We found that some of the fuel tanks at the terminal were leaking",
     "We found that all of the fuel tanks at the terminal were leaking", True),
    ("number-swap",
     "Inspectors found 12 leaking fuel tanks at the container terminal",
     "Inspectors found 21 leaking fuel tanks at the container terminal", True),
    ("not-dropped",
     "The shipping lines did not report the leaks to the harbour board",
     "The shipping lines did report the leaks to the harbour board", True),
    ("unless-dropped",
     "We will close the container terminal on Friday unless the tanks are drained",
     "We will close the container terminal on Friday", True),
]


@pytest.mark.parametrize("case,quote_a,quote_b,change", CASES, ids=[c[0] for c in CASES])
def test_trims_and_changes(case, quote_a, quote_b, change):
    assert bool(_meaningful(quote_a, quote_b)) is change, case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the old pier cannot be an exception", "the old pier will be no exception"),
        ("The pier won’t be a priority", "The pier will be no priority"),
        ("There can be no exception", "There will be no exception"),
        # near misses: untouched
        ("The pier will not be able to open", "The pier will not be able to open"),
        ("The pier can be an exception", "The pier can be an exception"),
        ("The pier will be an exception", "The pier will be an exception"),
    ],
)
def test_negated_form(text, expected):
    assert negated_form(text) == expected
