"""Session 29 (quotes29): a cut at a clause or sentence boundary is no quote changed.

Session 28's held-out t170 (now dev, a trap hit): one outlet quotes a longer version of
the mayor's sentence ('… do this properly, and we will not let the landlords write the
city's housing policy') where two others stop after 'properly,'; the words all three give
are word for word. A quote that one outlet gives in full and another cuts at a clause or
sentence boundary is more of the quote, unlike a cut that drops a qualifier or a negation
inside the words both give. The text here is new invented text (fictional Tessaly, Brenn,
the Marrow dam and their people).

1. A clause of a further claim after a comma at the end (quote_diff._claim_tail: "…, and
   …", "…, because …", "…, so …", "…, nor …") is never a quote change, however many outlets
   close the sentence before it (quotes._without_claims; sessions 21 to 28 read it "a
   further claim added at the end" where two outlets or more closed there: 4 of 7 right on
   dev). Near misses that stay changes: a contrast that takes part of the sentence back
   after a comma ("…, but we will not pay for it"), a condition ("…, if Brenn signs it
   first"), a qualifier or a negation dropped inside the words both give.
2. A contrast after a sentence end ("… their decision. But we will not rush it.") is the
   statement's next sentence, one the shorter excerpt leaves whole: no change
   (quote_diff._contrast_tail; dev t129, read wrong). After a comma or a semicolon it stays
   a contrasting clause.
3. A rejected alternative spliced out ("This is [not a strike, it is] a fight"; "not a
   strike but"): the description kept is word for word, no negation dropped
   (quote_diff._corrective_cut; dev d152's trap). Near misses: the negation alone dropped
   ("This is a strike"), "not only …" (both asserted), a negated clause coordinated with
   "and", another verb after the comma, a second negation.
4. Two unnamed speakers described as a man and a woman are two people: their remarks are
   not one quote changed (quotes._unnamed_apart; dev d163's trap). Near misses: a neutral
   description against either, two women.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes

LEAD = "The mayor of Tessaly, Ilse Varga, spoke on Monday about the Marrow dam. "


def _quote(words: str) -> str:
    return LEAD + '"' + words + '" Varga said.'


def _changes(*texts: str) -> list[str]:
    return [f.summary for f in _find(*texts)]


def _find(*texts: str) -> list:
    from storylens.findings import find_all
    from storylens.options import Options

    return [f for f in find_all(support.quote_docs(*texts), [], None, Options(quote_changes=True))
            if f.type == "quote_changed"]


SHORT = "We will not sell the Marrow dam,"
ENDS = [
    # (id, the longer wording, the change a finding names, None for no finding): two
    # outlets close after SHORT, one gives the longer
    ("a second claim after ', and'", SHORT[:-1] + ", and we will not let the banks run our water,", None),
    ("a claim with a number", SHORT[:-1] + ", and 300 workers will keep their jobs,", None),
    ("a reason after ', because'", SHORT[:-1] + ", because the people of Tessaly built it,", None),
    ("a result after ', so'", SHORT[:-1] + ", so the water rates will stay as they are,", None),
    ("a second denial after ', nor'", SHORT[:-1] + ", nor will we lease it to Brenn,", None),
    ("a time sequence after ', and then'", SHORT[:-1] + ", and then we will rebuild its locks,", None),
    # near misses: a contrast that takes part of it back, a condition
    ("near miss: a contrast after a comma", SHORT[:-1] + ", but we will lease its turbines,",
     "a contrasting clause added"),
    ("near miss: a condition", "We will sell the Marrow dam, if Brenn pays its debts first,",
     "added"),
]


@pytest.mark.parametrize(("case", "longer", "said"), ENDS, ids=[c[0] for c in ENDS])
def test_a_longer_version_is_no_change(case, longer, said):
    short = "We will sell the Marrow dam," if "condition" in case else SHORT
    found = _changes(_quote(short), _quote(longer), _quote(short))
    if said is None:
        assert found == []
    else:
        assert len(found) == 1 and said in found[0]


INSIDE = [
    # a cut inside the words both give stays a change, whatever the end (near misses)
    ("We will not sell the Marrow dam to foreign buyers, and we will not let the banks run our water,",
     "We will not sell the Marrow dam, and we will not let the banks run our water,", "qualifier"),
    ("We will not sell the Marrow dam, and we will not let the banks run our water,",
     "We will sell the Marrow dam, and we will not let the banks run our water,", "negation"),
]


@pytest.mark.parametrize(("a", "b", "kind"), INSIDE)
def test_a_cut_inside_the_shared_words_stays_a_change(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert _changes(_quote(a), _quote(b), _quote(b)) != []


def test_shared_quote_still_says_the_clause_added():
    # the further claim stays marked for shared_quote's line ("… but X adds '…'")
    c = compare_quotes(SHORT, SHORT[:-1] + ", and we will not let the banks run our water,")
    assert any(op.get("claim") for op in c["ops"])


OPENING = "The people of Tessaly have voted, and we will respect their decision"
SENTENCES = [
    # (longer, shorter, the kind compare_quotes reads; None for more of the quote)
    (OPENING + ". But leaving the compact will take two years, and we will not rush it,",
     OPENING + ".", None),
    (OPENING + ". Yet we will not rush it,", OPENING + ".", None),
    # near misses: the contrast inside the sentence, after a comma or a semicolon
    (OPENING + ", but we will not rush it,", OPENING + ".", "qualifier"),
    (OPENING + "; but we will not rush it,", OPENING + ".", "qualifier"),
]


@pytest.mark.parametrize(("longer", "shorter", "kind"), SENTENCES)
def test_a_contrast_after_a_sentence_end_is_the_next_sentence(longer, shorter, kind):
    assert support.quote_change_kind(longer, shorter) in (kind, "extent" if kind is None else kind)
    assert support.quote_change_kind(shorter, longer) in (kind, "extent" if kind is None else kind)


PRE = "The dam has stood for ninety years and it will stand for ninety more. "
CORRECTIVE = [
    # (longer, shorter, kind): a rejected alternative spliced out is trivial, no change (None)
    (PRE + "This is not a sale, it is a theft from the valley,", PRE + "This is a theft from the valley.",
     None),
    (PRE + "This is not a sale but a theft from the valley,", PRE + "This is a theft from the valley.",
     None),
    (PRE + "We are not leaving, we are staying in Tessaly,", PRE + "We are staying in Tessaly,", None),
    # near misses: the negation alone dropped, "not only", a coordinated negated clause,
    # another verb after the comma, a second negation
    (PRE + "This is not a sale, it is a theft from the valley,", PRE + "This is a sale.", "negation"),
    (PRE + "This is not only a sale, it is a theft from the valley,",
     PRE + "This is a theft from the valley.", "negation"),
    (PRE + "The plan is not fair, and it is cruel to the valley,", PRE + "The plan is cruel to the valley,",
     "negation"),
    (PRE + "We did not sell the dam, we leased it to Brenn,", PRE + "We leased it to Brenn,", "negation"),
    (PRE + "This is not a sale, it is not a theft from the valley,",
     PRE + "This is not a theft from the valley.", "negation"),
]


@pytest.mark.parametrize(("longer", "shorter", "kind"), CORRECTIVE)
def test_a_rejected_alternative_spliced_out(longer, shorter, kind):
    assert support.quote_change_kind(longer, shorter) == kind
    assert support.quote_change_kind(shorter, longer) == kind


WORKERS = "Freed workers from the Brenn quarry spoke to reporters on Monday. "
SAID = '"They took our papers on the first day and locked us in if we did not meet our quotas,"'
OTHER = '"They took our papers on the first day and locked us in every night,"'
WOMAN = WORKERS + SAID + " said one woman from the hills."
NEUTRAL = WORKERS + SAID + " one freed worker said."
MAN = WORKERS + OTHER + " said a young man from the coast."
NEUTRAL_OTHER = WORKERS + OTHER + " said one worker from the coast."
WOMAN_OTHER = WORKERS + OTHER + " said an older woman."

SPEAKERS = [
    # (texts, a finding expected)
    ((WOMAN, NEUTRAL, MAN), False),
    ((WOMAN, MAN), False),
    ((NEUTRAL, MAN), True),  # near miss: a neutral description may be either
    ((WOMAN, NEUTRAL_OTHER), True),
    ((WOMAN, WOMAN_OTHER), True),  # near miss: two women may be one
]


@pytest.mark.parametrize(("texts", "found"), SPEAKERS)
def test_unnamed_speakers_of_two_sexes_are_two_people(texts, found):
    assert bool(_find(*texts)) is found
