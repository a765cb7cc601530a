"""quotes37 (session 37): the rest of a shared quote, quoted apart by the other outlet in its
next sentence with a clause of the speaker's own commitment dropped, is told as a change,
not hidden as words the longer quote adds (held-out t242, be62b937dea9). Two causes:

1. shared_quote.found_in found the shorter quote's words in the longer one in two pieces,
   each at a comma, with the dropped clause (a negation and a content word) between them,
   so _requoted_apart read the fragment as the longer quote's own words (_spliced).
2. _requoted_apart asked both quotes of the other outlet to name their speaker; a quote
   told "she wrote" beside its named fragment is one speaker's (_one_named_speaker).
3. quote_changed: a degree adverb right before "too" is an intensifier cut
   (rules.quotes_trims.TOO_AMPLIFIERS), and "any" / "a single" under one denial one
   determiner (rules.quote_changes.DENIAL_DETERMINERS_ALIKE).

Tried and dropped (dev --on quote_changes): comparing the second quotation of one
statement quoted in two with the whole statement (t242's dropped pledge found) also told
the first quotation's words as cut from it (t53 f6b2d1d605e7, Lassander's "We lost a rocket
tonight, but" against '"lost a rocket tonight", but insisted: "We did not lose a single
life."': a trap hit), so the split statement stays a known miss of quote_changed.

Invented text (fictional Kessling, its mayor and prosecutors), with near misses."""

from __future__ import annotations

import pytest
import support

from storylens.findings.shared_quote import _spliced

LEAD_A = "Prosecutors in Kessling charged the mayor's nephew on Friday over a stolen tractor."
LEAD_B = "The nephew of Kessling's mayor was charged on Friday over the theft of a tractor."
OUTLETS = ("Kessling Herald", "Upland Post")
WHOLE = ('"My nephew is an adult and must face the court like anyone else. I have not called '
         'the prosecutors, and I will not call them, about this case," mayor Greta Olm said '
         'in a statement.')
FIRST = '"My nephew is an adult and must face the court," {} wrote.'


def _lines(b_body: str) -> list[str]:
    return [f.summary for f in support.findings_between(
        support.page(LEAD_A, WHOLE), support.page(LEAD_B, b_body), OUTLETS,
        "Kessling tractor charge", "shared_quote")]


def _added(lines: list[str]) -> list[str]:
    return [a.split("'")[0] for s in lines for a in s.split(" adds '")[1:]]


# (who writes the first sentence, the second quoted apart and its cue)
DROPPED_ROWS = [
    pytest.param("Olm", '"I have not called the prosecutors about this case," Olm said.',
                 id="both-named"),
    pytest.param("she", '"I have not called the prosecutors about this case," Olm claimed.',
                 id="pronoun-then-named"),
    pytest.param("Olm", '"I have not called the prosecutors about this case," she added.',
                 id="named-then-pronoun"),
]


@pytest.mark.usefixtures("shared_quotes_on")
@pytest.mark.parametrize(("who", "second"), DROPPED_ROWS)
def test_the_rest_quoted_apart_with_the_pledge_dropped_is_told(who, second):
    got = _lines(f"{FIRST.format(who)} {second}")
    assert got, "the shared first sentence is still a finding"
    assert not any("I have not called" in a for a in _added(got)), got
    assert any("I have not called the prosecutors, and I" in s
               and "where Upland Post has 'I have not called the prosecutors about" in s
               for s in got), got


# near misses: the rest quoted whole, or with only a spoken filler left out, is the same
# words; the next sentence another speaker's is no part of the mayor's quote
@pytest.mark.usefixtures("shared_quotes_on")
def test_near_miss_the_rest_quoted_apart_whole():
    second = ('"I have not called the prosecutors, and I will not call them, about this case," '
              'Olm said.')
    got = _lines(f"{FIRST.format('Olm')} {second}")
    assert got and not any(" where Upland Post has " in s for s in got), got


@pytest.mark.usefixtures("shared_quotes_on")
def test_near_miss_another_speaker_in_the_next_sentence():
    second = '"Nobody has called us about this case," prosecutor Ivo Marek said.'
    got = _lines(f"{FIRST.format('Olm')} {second}")
    assert got and not any("Nobody has called" in s and " where " in s for s in got), got


SPLICED_ROWS = [
    # (a fragment, the quote it is set against, spliced over a weighty word)
    ("i have not called the prosecutors about this case",
     "i have not called the prosecutors and i will not call them about this case", True),
    ("we paid the fee in march", "we paid the fee of 300 crowns in march", True),
    # near misses: the words as written, a stopword or spoken filler skipped, a word missing
    ("we paid the fee in march", "we paid the fee in march", False),
    ("we paid the fee in march", "we paid the fee you know in march", False),
    ("we paid the fee in march", "we paid the the fee in march", False),
    ("we paid the full fee in march", "we paid the fee of 300 crowns in march", False),
]


@pytest.mark.parametrize(("fk", "whole", "spliced"), SPLICED_ROWS)
def test_spliced(fk, whole, spliced):
    assert _spliced(fk.split(), whole.split()) is spliced


# --------------------------------------- 3. quote_changed: a degree adverb before "too"

def _one_quote_changes(qa: str, qb: str) -> list[str]:
    return [f.summary for f in support.quote_changes_of(
        support.page(LEAD_A, f'"{qa}," prosecutor Ivo Marek said.'),
        support.page(LEAD_B, f'"{qb}," prosecutor Ivo Marek said.'), OUTLETS)]


TOO_ROWS = [
    # (one outlet's words, the other's, a change told)
    pytest.param("It is far too early to say who drove the tractor away",
                 "It is too early to say who drove the tractor away", False, id="far-too"),
    pytest.param("It is much too soon to say who drove the tractor away",
                 "It is too soon to say who drove the tractor away", False, id="much-too"),
    # near misses: "far" and "much" as content, and a degree word set in place of another
    pytest.param("The tractor was found far from the farm on the coast road",
                 "The tractor was found on the coast road", True, id="far-from"),
    pytest.param("We have recovered much of the stolen tractor near the farm",
                 "We have recovered the stolen tractor near the farm", True, id="much-of"),
    pytest.param("It is far too early to say who drove the tractor away",
                 "It is not too early to say who drove the tractor away", True,
                 id="far-vs-not"),
]


@pytest.mark.parametrize(("qa", "qb", "told"), TOO_ROWS)
def test_a_degree_adverb_before_too(qa, qb, told):
    got = _one_quote_changes(qa, qb)
    assert bool(got) is told, got


# --------------------------- 4. quote_changed: "any" / "a single" under one denial

@pytest.mark.parametrize(("qa", "qb", "told"), [
    pytest.param("I have never influenced any decision on the tractor contract",
                 "I have never influenced a single decision on the tractor contract", False,
                 id="never-any-a-single"),
    pytest.param("We did not sign any contract for the stolen tractor last year",
                 "We did not sign a contract for the stolen tractor last year", False,
                 id="not-any-a"),
    # near miss: no denial reaching them ("any": free choice)
    pytest.param("We will review any contract for the stolen tractor next week",
                 "We will review a single contract for the stolen tractor next week", True,
                 id="asserted"),
])
def test_determiners_alike_under_a_denial(qa, qb, told):
    got = _one_quote_changes(qa, qb)
    assert bool(got) is told, got
