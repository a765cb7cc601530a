"""A further claim added at the end of a closed quote (session 21; session 20's held-out
t83 and t90 told "X gives more of it" of "… before any inquiry," / "…, because they were
attacked first", and "… in ministers' offices," / "…, and we will not let our viewers be
lied to").

1. quote_diff reads a clause of its own after a comma at the end of the longer excerpt,
   opened by a coordinator or a subordinator of reason, purpose or result
   (rules.quote_changes.CLAIM_OPENERS) and holding a subject pronoun or finite auxiliary,
   against a shorter excerpt closed on its own punctuation inside its quote marks, as a
   qualifier marked ``claim``. Near misses that stay more of the quote: an attribution
   tail ("she said"), a vocative ("my friends"), a trailing "too", a general extender
   ("and so on"), a second sentence, a phrase with no clause, a shorter excerpt woven into
   the outlet's sentence or cut with an ellipsis.
2. quote_changed showed it where two outlets or more closed the sentence there and fewer
   carried the clause (sessions 21 to 28); since session 29 it never does: a longer
   version quoted in full is not told from a clause added (t159, t170 held out wrong;
   tests/unit/test_quotes_session29.py).
3. shared_quote says what the longer adds ("nearly the same words …, but X adds '…'"),
   not "gives more of it".
Invented text: fictional Orvell, Pell, the Kessel accord and their people.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes


def _claim(a: str, b: str) -> str | None:
    """The further claim compare_quotes reads between two wordings (either way round)."""
    c = compare_quotes(a, b)
    ops = [op for op in (c or {}).get("ops", []) if op.get("claim")]
    return (ops[0]["a"] or ops[0]["b"]) if ops else None


CLAIMS = [
    ("The harbour wall will be rebuilt by the Orvell council,",
     "The harbour wall will be rebuilt by the Orvell council, because the storm broke it twice.",
     "because the storm broke it twice"),
    ("We will not sign the Kessel accord,",
     "We will not sign the Kessel accord, and we will not meet its authors.",
     "and we will not meet its authors"),
    ("Our nurses stayed at their posts all night,",
     "Our nurses stayed at their posts all night, so that no patient was ever left alone.",
     "so that no patient was ever left alone"),
    ("The Pell ferry is safe to sail again.",
     "The Pell ferry is safe to sail again, and it will carry passengers from Monday.",
     "and it will carry passengers from Monday"),
    # near misses: no further claim
    ("We will reopen the Pell bridge,", "We will reopen the Pell bridge, she said.", None),
    ("We will reopen the Pell bridge,", "We will reopen the Pell bridge, and she said so.", None),
    ("We will reopen the Pell bridge,", "We will reopen the Pell bridge, my friends.", None),
    ("We will reopen the Pell bridge,", "We will reopen the Pell bridge too.", None),
    ("We will repair the roads, the schools,",
     "We will repair the roads, the schools, and so on.", None),
    ("We will reopen the Pell bridge.",
     "We will reopen the Pell bridge. The ferries will run again by May.", None),
    ("The count in Orvell was fair,", "The count in Orvell was fair, but the queues long.", None),
    ("will reopen the Pell bridge", "will reopen the Pell bridge, and we will pay for it", None),
    ("We will reopen the Pell bridge …",
     "We will reopen the Pell bridge, and we will pay for it.", None),
    ("We will reopen the Pell bridge,", "We will reopen the Pell bridge, and we", None),
    ("The Pell bridge was closed,", "The Pell bridge was closed, because of the high winds.", None),
]


@pytest.mark.parametrize(("a", "b", "claim"), CLAIMS)
def test_a_further_claim_at_the_end(a, b, claim):
    assert _claim(a, b) == claim
    assert _claim(b, a) == claim


def test_a_claim_the_shorter_outlet_tells_outside_its_quote():
    a = "We will not sign the Kessel accord,"
    b = "We will not sign the Kessel accord, and we will not meet its authors."
    c = compare_quotes(a, b, "Mayor Edda Lind said, adding that she would not meet its authors.",
                       "", "Mayor Edda Lind said, adding that she would not meet its authors.", "")
    assert not any(op.get("claim") for op in (c or {}).get("ops", []))


LEAD = "The mayor of Orvell, Edda Lind, spoke on Tuesday about the Kessel accord. "
CLOSED = LEAD + '"We will not sign the Kessel accord," Lind said.'
ADDED = LEAD + '"We will not sign the Kessel accord, and we will not meet its authors," Lind said.'


def _changes(*texts: str) -> list:
    from storylens.findings import find_all
    from storylens.options import Options

    return [f for f in find_all(support.quote_docs(*texts), [], None, Options(quote_changes=True))
            if f.type == "quote_changed"]


@pytest.mark.parametrize("texts", [(CLOSED, ADDED), (ADDED, CLOSED), (ADDED, ADDED, CLOSED),
                                   (CLOSED, ADDED, CLOSED), (ADDED, CLOSED, CLOSED)])
def test_a_cut_is_not_told_from_an_addition(texts):
    # one outlet each side, the clause in most, or (since session 29) one outlet going on
    # where two close: a cut at a clause boundary, no change
    assert _changes(*texts) == []


def _shared(a: str, b: str) -> list:
    return support.findings_between(a, b, ("Orvell Post", "Pell Times"), "Kessel accord",
                                    "shared_quote")


@pytest.mark.usefixtures("shared_quotes_on")
def test_shared_quote_says_the_added_claim():
    found = _shared(CLOSED, ADDED)
    assert len(found) == 1
    assert "nearly the same words" in found[0].summary
    assert "Pell Times adds 'and we will not meet its authors'" in found[0].summary
    assert "gives more of it" not in found[0].summary


@pytest.mark.usefixtures("shared_quotes_on")
def test_shared_quote_a_second_sentence_is_more_of_it():
    b = LEAD + '"We will not sign the Kessel accord. Its authors never asked Orvell," Lind said.'
    found = _shared(CLOSED, b)
    assert len(found) == 1
    assert "gives more of it" in found[0].summary


CONJUNCTS = [
    # one conjunct spliced out with ", and" and the next clause's subject: wording
    ("The mayor is safe and in good spirits, and she will return to Orvell tonight,",
     "The mayor is safe and will return to Orvell tonight,", "phrase"),
    ("Our crews are tired and very cold, and they will rest at Pell,",
     "Our crews are tired and will rest at Pell,", "phrase"),
    # near misses: a negation or a number in the conjunct, another coordinator, no
    # coordinator before the cut (a qualifier or a negation as before)
    ("The mayor is safe and not yet well, and she will return to Orvell tonight,",
     "The mayor is safe and will return to Orvell tonight,", "negation"),
    ("The mayor is safe and in good spirits, but she will return to Orvell tonight,",
     "The mayor is safe and will return to Orvell tonight,", "qualifier"),
    ("The mayor is safe in good spirits, and she will return to Orvell tonight,",
     "The mayor is safe and will return to Orvell tonight,", "qualifier"),
]


@pytest.mark.parametrize(("a", "b", "kind"), CONJUNCTS)
def test_a_conjunct_spliced_out(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


SUPERLATIVES = [
    # "all of" before a definite graded by a superlative: every one of the top ones, a
    # wider claim (invented dev d79, missed since session 20)
    ("The most valuable maps were moved to Pell in the first hour,",
     "All of the most valuable maps were moved to Pell in the first hour,", "qualifier"),
    ("Our crews saved the best boats in the Orvell yard,",
     "Our crews saved all the best boats in the Orvell yard,", "qualifier"),
    # near misses: a definite with no superlative, "most of" (a quantifier), an "-est"
    # word that is no superlative: the maximizer restates the definite (session 20)
    ("The old maps were moved to Pell in the first hour,",
     "All of the old maps were moved to Pell in the first hour,", None),
    ("Our crews saved the honest boatmen of the Orvell yard,",
     "Our crews saved all the honest boatmen of the Orvell yard,", None),
    ("The harbour board answered the protest leaders at Pell,",
     "The harbour board answered all the protest leaders at Pell,", None),
]


@pytest.mark.parametrize(("a", "b", "kind"), SUPERLATIVES)
def test_a_maximizer_before_a_superlative(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


# review21a: an outlet counts as closing the sentence without the clause only where its
# quote closes on its own punctuation and it does not tell the clause right after, as a
# quotation of its own or in its own words (quotes.told_after); a fragment woven into the
# outlet's sentence says nothing of where the speaker's sentence ends.
NEXT = LEAD + '"We will not sign the Kessel accord," Lind said. "And we will not meet its authors."'
TOLD = (LEAD + '"We will not sign the Kessel accord," Lind said. She added that Orvell would not '
        "meet its authors.")
WOVEN = LEAD + 'Lind said Orvell would "not sign the Kessel accord" this year.'
OTHER = LEAD + '"We will not sign the Kessel accord," Lind said. The council sits again in May.'


@pytest.mark.parametrize("texts", [(NEXT, ADDED, NEXT), (TOLD, ADDED, TOLD), (CLOSED, ADDED, WOVEN),
                                   (CLOSED, ADDED, NEXT)])
def test_an_outlet_that_goes_on_after_its_quote_does_not_corroborate(texts):
    assert _changes(*texts) == []


ENDS = LEAD + 'Lind said Orvell would "not sign the Kessel accord".'


@pytest.mark.parametrize("texts", [(OTHER, ADDED, CLOSED), (CLOSED, ADDED, ENDS)])
def test_two_that_close_are_no_change_either(texts):
    # the sentence after the quote says something else; a fragment that ends the outlet's
    # sentence closes there (invented dev t90's right-hand "… in ministers' offices".):
    # read as "a further claim added" in sessions 21 to 28, more of the quote since 29
    assert _changes(*texts) == []


@pytest.mark.usefixtures("shared_quotes_on")
@pytest.mark.parametrize("shorter", [NEXT, TOLD])
def test_shared_quote_no_addition_the_other_tells_after(shorter):
    found = _shared(shorter, ADDED)
    assert len(found) == 1
    assert "adds" not in found[0].summary


def test_a_conjunct_with_a_place_stays_a_place():
    # review21a: a conjunct read as a place dropped is said as one; a plain one is wording
    a = "The plant will close and move to Orvell, and it will reopen next year,"
    assert support.quote_change_kind(a, "The plant will close and will reopen next year,") == "place"
    a = "The plant will close and stand empty, and it will reopen next year,"
    assert support.quote_change_kind(a, "The plant will close and will reopen next year,") == "phrase"
