"""A cut of a phrase that limits the claim is told, never as a shared quote or extent
(session 34: invented dev d225-d230, read wrong by reader34 once quote changes were off by
default):

- one outlet's quote has, at an edge where the other's fragment ends, a phrase that limits
  what the shared words claim to a time or a state ("At this stage", "this year", "In its
  current form", "I believe", a fronted condition): the line names it ("X adds 'At this
  stage'"), whether or not the shorter quote is woven into its outlet's sentence
  (shared_quote.Piece.limiting);
- a quote paired with a part of itself that its article quotes again (a headline's quoted
  words) is told as the article's fuller quote when that one parts from the other's in
  words (shared_quote._in_full): "Friday" where the other has "Saturday" is no shared quote.

Near misses keep their reading: a cut of emphasis ("in living memory"), a cut of a sentence
of its own, an occasion ("this time"), a limit the shorter outlet says beside its quote in
its own words, and a headline whose article's full quote is the other's word for word.
Invented articles (fictional Brannock, its harbour master Ilse Varga and port inspector Odo
Fenn, outlets the Brannock Echo and the Tidewater Gazette)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The trawler Merrow sank in Brannock harbour on Tuesday after its pumps failed."
LEAD_B = "Brannock's harbour lost the trawler Merrow on Tuesday when its pumps stopped."
OUTLETS = ("Brannock Echo", "Tidewater Gazette")
# the first quote both give whole, so the quote under test is a further one (the tail)
VARGA_A = ('"Nobody will dive on the Merrow until the tide has turned twice," harbour master '
           'Ilse Varga said.')
VARGA_B = ('"Nobody will dive on the Merrow until the tide has turned twice," said harbour '
           'master Ilse Varga.')


def _shared(a: str, b: str) -> list:
    return support.tail_findings((LEAD_A, VARGA_A), (LEAD_B, VARGA_B), a, b, OUTLETS,
                                 "Brannock trawler")


# (id, a's further paragraph, b's, words the line must show, words it must not show)
TAIL = [
    ("a hedge and the sentence's subject cut before a woven fragment",
     '"At this stage we have no evidence that the pump failure was deliberate," port '
     'inspector Odo Fenn said.',
     'Port inspector Odo Fenn insisted there was "no evidence that the pump failure was '
     'deliberate".',
     ("Brannock Echo adds 'At this stage'", "1 more nearly the same"),
     ("1 more shared quote", "gives more of it", "we have")),
    ("a period of 'this' cut after a woven fragment",
     '"The offer on the table is the best this harbour board can afford this year," port '
     'inspector Odo Fenn said.',
     'Port inspector Odo Fenn claimed the offer was "the best this harbour board can '
     'afford", a line the crews have heard before.',
     ("Brannock Echo adds 'this year'",),
     ("1 more shared quote", "gives more of it")),
    ("a state limiter cut before a woven fragment",
     '"In its current form, the salvage plan is incompatible with the harbour charter," port '
     'inspector Odo Fenn said.',
     'Even port inspector Odo Fenn has warned that "the salvage plan is incompatible with '
     'the harbour charter".',
     ("Brannock Echo adds 'In its current form'",),
     ("1 more shared quote", "gives more of it")),
    ("a belief cut before the words given as the speaker's sentence",
     '"I believe the east wall of the dock will hold through the winter storms," port '
     'inspector Odo Fenn said.',
     '"The east wall of the dock will hold through the winter storms," port inspector Odo '
     'Fenn said.',
     ("Brannock Echo adds 'I believe'",),
     ("1 more shared quote", "gives more of it")),
    ("a present limiter cut after a woven fragment",
     '"We have found no trace of the missing engine logs so far," port inspector Odo Fenn '
     'said.',
     'Port inspector Odo Fenn said his team had "found no trace of the missing engine logs".',
     ("Brannock Echo adds 'so far'",),
     ("1 more shared quote", "gives more of it")),
    ("a condition opening the sentence cut before a woven fragment",
     '"If the swell stays low, the cranes will lift the wreck on Monday," port inspector Odo '
     'Fenn said.',
     'Port inspector Odo Fenn promised that "the cranes will lift the wreck on Monday".',
     ("Brannock Echo adds 'If the swell stays low'",),
     ("1 more shared quote", "gives more of it")),
    # near misses: a longer excerpt, or a limit the other outlet says itself
    ("near miss: a cut of emphasis after a woven fragment",
     '"This is the worst loss the Brannock fleet has suffered in living memory," port '
     'inspector Odo Fenn said.',
     'Port inspector Odo Fenn called it "the worst loss the Brannock fleet has suffered".',
     ("1 more shared quote",),
     ("adds", "nearly the same")),
    ("near miss: an occasion, 'this time', cut after a woven fragment",
     '"The crews lost the harbour vote by two seats this time," port inspector Odo Fenn said.',
     'Port inspector Odo Fenn admitted the crews "lost the harbour vote by two seats".',
     ("1 more shared quote",),
     ("adds", "nearly the same")),
    ("near miss: 'this week' as the time of what happened, cut after a woven fragment",
     '"The storm flooded the lower town and the fish market this week," port inspector Odo '
     'Fenn said.',
     'Port inspector Odo Fenn said the storm "flooded the lower town and the fish market".',
     ("1 more shared quote",),
     ("adds", "nearly the same")),
    ("near miss: 'this year' limits the clause before a conjunction, not the kept words",
     '"This is the largest fine we have imposed this year, and it reflects years of neglect '
     'at the dock," port inspector Odo Fenn said.',
     'Port inspector Odo Fenn said the fine "reflects years of neglect at the dock".',
     ("1 more shared quote",),
     ("adds", "nearly the same")),
    ("near miss: the other outlet tells the condition in its own words beside its fragment",
     '"If you believe that rumour, you have no place on this quay," port inspector Odo Fenn '
     'told a deckhand.',
     'Port inspector Odo Fenn told a deckhand he had "no place on this quay" if he believed '
     '"that rumour".',
     (),
     ("adds 'If", "nearly the same")),
    ("near miss: the limit in a sentence of its own before the shared words",
     '"At this stage the divers are resting. The pump failure was not deliberate," port '
     'inspector Odo Fenn said.',
     '"The pump failure was not deliberate," port inspector Odo Fenn said.',
     (),
     ("nearly the same", "1 more shared quote")),
    ("near miss: the other outlet says the limit beside its fragment",
     '"At this stage we have no evidence that the pump failure was deliberate," port '
     'inspector Odo Fenn said.',
     'Port inspector Odo Fenn insisted that at this stage there was "no evidence that the '
     'pump failure was deliberate".',
     ("1 more shared quote",),
     ("adds", "nearly the same")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", TAIL, ids=[c[0] for c in TAIL])
def test_a_cut_of_a_limiting_phrase_is_told(case_id, a, b, shown, absent):
    support.one_line_shows(_shared(a, b), case_id, shown, absent)


HEAD_A = '"They sailed on Sunday": Brannock counts the cost of a slow rescue'
BODY_A = ('"We called the coastguard on Friday, and they sailed on Sunday," harbour master '
          'Ilse Varga said.')
HEAD_B = "Brannock harbour master faults coastguard over trawler rescue"


def _headline(body_b: str) -> list:
    return support.findings_between(
        support.page(HEAD_A, LEAD_A, VARGA_A, BODY_A),
        support.page(HEAD_B, LEAD_B, VARGA_B, body_b), OUTLETS, "Brannock trawler",
        "shared_quote")


def test_a_headline_part_is_told_as_its_articles_fuller_quote():
    found = _headline('"We called the coastguard on Saturday, and they sailed on Sunday," '
                      'harbour master Ilse Varga told reporters.')
    support.one_line_shows(found, "headline", ("'Friday'", "'Saturday'", "1 more nearly the same"),
                           ("quoted in part", "1 more shared quote"))


def test_a_fragment_also_inside_another_statement_is_not_told_as_it():
    # "the harbour charter" in the Echo's own fuller statement of Varga's is no passage of
    # the Gazette's quote that holds it: the fragment keeps its pairing (invented dev d67)
    found = support.findings_between(
        support.page(LEAD_A, VARGA_A, 'Port inspector Odo Fenn said he would defend "the '
                     'harbour charter of Brannock". "The harbour charter of Brannock is older '
                     'than any of us and it binds every crew," he added.'),
        support.page(LEAD_B, VARGA_B, '"We will not sell the quay, but we will defend the '
                     'harbour charter of Brannock against anyone," port inspector Odo Fenn '
                     'said.'),
        OUTLETS, "Brannock trawler", "shared_quote")
    support.one_line_shows(found, "fragment", (), ("older than any", "binds every crew"))


def test_a_headline_part_whose_fuller_quote_is_the_others_stays_shared():
    found = _headline('"We called the coastguard on Friday, and they sailed on Sunday," '
                      'harbour master Ilse Varga told reporters.')
    support.one_line_shows(found, "headline near miss", ("1 more shared quote",),
                           ("nearly the same", "'Saturday'"))
