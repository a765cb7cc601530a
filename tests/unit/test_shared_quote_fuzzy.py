"""Shared quotes said with small edits: one outlet's quote starts mid-statement or cuts it
with an ellipsis, splits it into other sentences, or has a word the other leaves out
(issue 11). Invented articles (fictional Port Vella); each positive has a near miss that
must stay unmatched: a dropped negation, a shared stock clause, a swapped word."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The mayor of Port Vella spoke to reporters on Thursday after the council meeting ended in uproar."
LEAD_B = "Port Vella's mayor addressed the row over the council meeting for the first time on Thursday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b, ('Harbour Post', 'Vella Times'), 'Mayor',
                                    "shared_quote")


CASES = [
    # (id, a, b, shared)
    ("mid-quote start, ellipsis, a phrase inserted at the run's edge",
     "“I regret the harsh words I used yesterday … even a mayor loses his temper”, "
     "Mayor Ilse Varnok said.",
     '"It happens to all of us. I regret the harsh words I used at the meeting yesterday," '
     "Varnok told the radio station.",
     True),  # the shared seven words are most of both sentences
    ("mid-quote start, ellipsis, one word inserted",
     "“I regret the harsh words I used yesterday … even a mayor loses his temper”, "
     "Mayor Ilse Varnok said.",
     '"It happens to all of us. I regret the harsh words I really used yesterday," '
     "Varnok told the radio station.",
     True),
    ("one statement split into other sentences",
     '"The harbour will reopen to cargo ships on Monday morning. Ferries will run every '
     'hour from dawn until midnight," Varnok said.',
     '"Ferries will run every hour from dawn until midnight. Fares will stay the same for '
     'at least a year," Varnok said.',
     True),
    ("a quote broken by 'she said', curly against straight marks",
     "“Ferries will run every hour from dawn,” Varnok said, “until the engineers have "
     "finished testing every cable.”",
     '"Ferries will run every hour from dawn until the engineers have finished testing '
     'every cable," Varnok said.',
     True),
    ("near miss: a negation inserted",
     "“I regret the harsh words I used yesterday … even a mayor loses his temper”, "
     "Mayor Ilse Varnok said.",
     '"It happens to all of us. I do not regret the harsh words I used yesterday," '
     "Varnok told the radio station.",
     False),
    ("near miss: a shared stock clause, two statements",
     '"We will do everything we can to help the families who lost their boats in the '
     'storm," Varnok said.',
     '"We will do everything we can to keep the ferry terminal open through the winter '
     'months," Varnok said.',
     False),
    ("near miss: a word swapped, not inserted",
     "“I regret the harsh words I used yesterday … even a mayor loses his temper”, "
     "Mayor Ilse Varnok said.",
     '"It happens to all of us. I regret the unkind words I used yesterday," '
     "Varnok told the radio station.",
     False),
]


@pytest.mark.parametrize("case_id,a,b,shared", CASES, ids=[c[0] for c in CASES])
def test_shared_quote_with_small_edits(case_id, a, b, shared):
    found = _shared(a, b)
    assert bool(found) is shared, [f.summary for f in found]


# The whole-quote rule lets a run leave out a fifth of the shorter quote: a negation in
# that missing edge, or right beside the run in the longer quote, changes what was said.
WHOLE = [
    ("one quote a cut of the other",
     '"We accept the ruling of the Vella harbour court," Varnok said.',
     '"We accept the ruling of the Vella harbour court and will pay the fine," Varnok said.',
     True),
    ("near miss: 'do not' in the longer quote's edge",
     '"We accept the ruling of the Vella harbour court," Varnok said.',
     '"We do not accept the ruling of the Vella harbour court and will appeal," Varnok said.',
     False),
    ("near miss: 'never' in the shorter quote's missing edge",
     '"We never accepted the ruling of the Vella harbour court," Varnok said.',
     '"Now we accepted the ruling of the Vella harbour court and will pay the fine," '
     "Varnok said.",
     False),
]


@pytest.mark.parametrize("case_id,a,b,shared", WHOLE, ids=[c[0] for c in WHOLE])
def test_whole_quote_edge_negation(case_id, a, b, shared):
    found = _shared(a, b)
    assert bool(found) is shared, [f.summary for f in found]


def test_a_word_apart_is_not_the_same_words():
    found = _shared(
        "“I regret the harsh words I used yesterday … even a mayor loses his temper”, "
        "Mayor Ilse Varnok said.",
        '"It happens to all of us. I regret the harsh words I really used yesterday," '
        "Varnok told the radio station.")
    assert len(found) == 1
    assert "quote nearly the same words" in found[0].summary
    # the word shown (session 13): "a word apart" alone hid which
    assert "(a word apart: 'really')" in found[0].summary, found[0].summary


def test_word_for_word_is_the_same_words():
    # near miss: no word inserted or dropped
    found = _shared(
        '"Ferries will run every hour from dawn until midnight," Varnok said.',
        '"Ferries will run every hour from dawn until midnight," Varnok told reporters.')
    assert len(found) == 1
    assert " quote the same words" in found[0].summary, found[0].summary
    assert "apart" not in found[0].summary
