"""The words a shared quote's line sets against each other are each quote's counterpart of
the change (session 30: held-out t174 and t106 of session 29, read wrong by testread29 and
reader29 as a line that showed the wrong stretch of the other outlet's quote):

- a quote woven into its outlet's sentence ('said the judiciary must be "reformed from top
  to bottom"') against a quote that runs on past where the first opens ("This video shows
  why the judiciary must be cleaned out from top to bottom"): the longer quote's words are
  cut to the counterpart, past the words the outlet's own sentence has as it has them, else
  at its clause bound nearest the shared words, else (a stretch longer than a modifier) at
  its weighty word nearest them, marked cut (shared_quote._counterparts);
- a fragment of the speaker beside the shorter quote that is the longer quote's words with
  one put for another ('endangered "the lives of our deckhands"' / "… endangers the lives
  of our crews") is that word changed, not each outlet adding words
  (shared_quote._aligned_swap).

Near misses keep their old reading: a real one-word swap is still told, and a quote that
opens a sentence of the speaker's is not cut. Invented articles (fictional Brennick, its
port authority and ferry line, outlets the Brennick Courier and the Salt Coast Mail)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The Brennick ferry line halted all sailings on Friday after a hull crack was found."
LEAD_B = "Every Brennick ferry stayed in port on Friday when inspectors found a cracked hull."
OUTLETS = ("Brennick Courier", "Salt Coast Mail")


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b, OUTLETS,
                                    "Brennick ferry", "shared_quote")


_one_line_shows = support.one_line_shows

LONG_B = ('"This inspection shows why the whole ferry fleet must be scrapped from stem to stern within the year," '
          "port director Hana Lusk said.")

# (id, a, b, words the line must show, words it must not show)
WOVEN = [
    ("the outlet's own words anchor the counterpart",
     "Port director Hana Lusk told reporters that the whole ferry fleet must be "
     '"refitted from stem to stern within the year".',
     LONG_B,
     ("Brennick Courier has 'refitted' where Salt Coast Mail has 'scrapped'",),
     ("This inspection shows", "'must be scrapped'")),
    ("no anchor: cut at the longer quote's clause bound",
     'Port director Hana Lusk said on Friday that "careful crews kept every passenger safe".',
     '"The line did not fail tonight because brave crews kept every passenger safe," port '
     "director Hana Lusk said.",
     ("Brennick Courier has 'careful' where Salt Coast Mail has 'brave'",),
     ("did not fail tonight",)),
    ("no anchor, no clause bound: the weighty word nearest, the rest marked cut",
     'Port director Hana Lusk said on Friday the line was "refitted from stem to stern within the year".',
     LONG_B,
     ("Brennick Courier has 'refitted' where Salt Coast Mail has '…scrapped'",),
     ("This inspection shows",)),
    ("near miss: a few words more than the woven quote's stand whole",
     'Port director Hana Lusk said the repairs "should have begun within the first week" and '
     "ordered a review.",
     '"The repairs should have begun within the first two weeks," port director Hana Lusk '
     "said.",
     ("Brennick Courier has 'week' where Salt Coast Mail has 'two weeks'",), ("two…",)),
    ("near miss: a one-word swap in two woven quotes is told as before",
     'Port director Hana Lusk said the whole ferry fleet must be "refitted from stem to stern '
     'within the year".',
     'Port director Hana Lusk told the council the fleet must be "scrapped from stem to stern '
     'within the year".',
     ("Brennick Courier has 'refitted' where Salt Coast Mail has 'scrapped'",), ("'…",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", WOVEN, ids=[c[0] for c in WOVEN])
def test_a_woven_quote_is_set_against_its_counterpart(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)


SWAPPED_BESIDE = [
    ("a fragment beside the cut quote with one word put for another",
     '"These repairs were ordered weeks ago," ferry chief Tomas Arne said, adding that the '
     'delay endangered "the lives of our deckhands".',
     '"These repairs were ordered weeks ago, and this delay endangers the lives of our '
     'crews," ferry chief Tomas Arne said.',
     ("nearly the same words", "Brennick Courier has 'lives of our deckhands' where Salt Coast "
      "Mail has 'lives of our crews'"),
     ("each gives words the other lacks", "adds")),
    ("near miss: the fragment is other words, each adds",
     '"These repairs were ordered weeks ago," ferry chief Tomas Arne said, adding that he '
     'would "answer every question before the council".',
     '"These repairs were ordered weeks ago, and this delay endangers the lives of our '
     'crews," ferry chief Tomas Arne said.',
     ("each gives words the other lacks", "Brennick Courier adds 'answer every question "
      "before the council'"), ("where",)),
    ("near miss: the fragment is the longer quote's words unchanged",
     '"These repairs were ordered weeks ago," ferry chief Tomas Arne said, adding that the '
     'delay endangered "the lives of our crews".',
     '"These repairs were ordered weeks ago, and this delay endangers the lives of our '
     'crews," ferry chief Tomas Arne said.',
     ("quote the same words",), ("where", "each gives")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", SWAPPED_BESIDE,
                         ids=[c[0] for c in SWAPPED_BESIDE])
def test_a_fragment_beside_a_cut_quote_with_a_word_swapped_is_told(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)
