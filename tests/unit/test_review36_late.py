"""review36b (session 36): a reviewer's rows on two late merges, rules frozen.

3d315c90 (framing36b): a dash breaks a doer's clause (framing._CLAUSE_BREAK); a charged
cue's complement before 'and said' is cut when its matter appears only in that outlet's
earlier sentences (attribution._own_matter); a label under 'posing as'/'claiming to be' is
not stated as fact (rules/loaded_terms IMPOSTOR_FRAMES).
5cf14e64 (quotes36b): a gap of at most MAX_EDITS words without a negation or number
between covered pieces counts as covered (shared_quote.found_in); a dropped relative or
'as we ...' tail is a separate clause (quote_diff._tail_opener).

Passing rows pin what each rule gets right; strict xfail rows are the defects found, each
checked against the tree before the merge (it behaved as the row expects there). Invented
text only: the fixtures of test_framing_session36b, test_framing_descriptors_verbs,
test_real36 and test_quotes_session36 (fictional people, places, outlets).
"""

from __future__ import annotations

import pytest
import support
from test_framing_descriptors_verbs import _charged
from test_framing_session36b import COORD, LEDE, OUTLETS, PLAIN, SCAM_LEDE, SCAM_TAIL, TAIL, UNION
from test_real36 import DUNMORE_SPLIT, _shared_quote_lines

# --- 1. a dash breaks a doer's clause (framing._doer_stems, police advance) ----------------

MOVED_IN = "Riot police then moved in on the quay, using tear gas and batons."
_USING = " the crowd on the quay, using tear gas and batons."

DASH_APPOSITIVE = ("framing._CLAUSE_BREAK: a pair of dashes around an appositive ('Dock workers "
                   "– some armed with iron bars – charged into') leaves the verb no doer, so "
                   "_one_doer reads the workers' charge and the police's advance as one act; "
                   "before the merge the doer was read through the dashes. The cut should skip "
                   "a closed dash pair (an interruption), as a clause break is only the last "
                   "unpaired one")
DASH_COMPOUND = ("framing._CLAUSE_BREAK: an unspaced en dash joins a compound ('the Tarn–Vella "
                 "force'), it breaks no clause; cut there the doer is 'Vella force' and shares "
                 "no word with 'Riot police', so a true 'charged into' line is lost (kept "
                 "before the merge). Only a spaced en/em dash should break")
COMMA_APPOSITIVE = ("pre-existing, same cause as DASH_APPOSITIVE: a comma pair around an "
                    "appositive ('Dock workers, some armed with iron bars, charged into') "
                    "leaves the verb no doer")

DOER_ROWS = [
    # (the second outlet's sentence, 'charged into' told against 'moved in')
    pytest.param("Riot police charged into" + _USING, True, id="same-doer"),
    pytest.param("Dock workers charged into" + _USING, False, id="other-doer"),
    pytest.param("Riot police \u2013 hundreds of them \u2013 charged into" + _USING, True,
                 id="dash-pair-same-doer"),
    pytest.param("Dock workers \u2013 some armed with iron bars \u2013 charged into" + _USING,
                 False, id="dash-pair-other-doer"),
    pytest.param("Dock workers \u2014 some armed with iron bars \u2014 charged into" + _USING,
                 False, id="em-dash-pair-other-doer"),
    pytest.param("Dock workers, some armed with iron bars, charged into" + _USING, False,
                 id="comma-pair-other-doer"),
    pytest.param("Riot police from the Tarn\u2013Vella force charged into" + _USING, True,
                 id="en-dash-compound-in-doer"),
    pytest.param("Riot police from the Tarn-Vella force charged into" + _USING, True,
                 id="hyphen-compound-in-doer"),
]


@pytest.mark.parametrize(("other", "told"), DOER_ROWS)
def test_a_dash_and_the_doer_of_a_police_advance(other, told):
    assert ("charged into" in _charged(MOVED_IN, other)) is told


# --- 2. a charged reply on a matter only its outlet raises (attribution._own_matter) ------

UNION_OTHER_WORDS = ("According to the Quenby Dockers' Union, the company reduced the number of "
                     "night guards from 30 to eight last spring.\n\n")
BLAZE = "The blaze started shortly before midnight in the forklift bay.\n\n"
OWN_WORDS = ("Brannock Logistics insisted the blaze was an accident and said early signs "
             "pointed to a faulty charger in the forklift bay.\n\n")

OTHER_WORDS = ("attribution._own_matter compares word stems: the union's staff cut told by the "
               "Wire too, as 'reduced the number of night guards', leaves 'cut' in the Courier "
               "alone, so the matter reads as the Courier's own and the 'insisted' contrast is "
               "lost, though the merge's own near miss (the matter told by another, same "
               "words) keeps it. One shared content word of the clause with the outlet's "
               "earlier text is too thin a test of 'a matter only it raises'")
OWN_WORD_EARLIER = ("attribution._own_matter: the Courier's own word 'blaze' for the fire every "
                    "outlet tells ('A fire destroyed ...'), used once in an earlier sentence, "
                    "makes 'insisted the blaze was an accident' a reply on the Courier's own "
                    "matter; the docstring says the outlet's own word for a matter the others "
                    "tell too stays one statement (kept before the merge)")

COORD_ROWS = [
    # (the Wire's body, the Courier's body, the 'insisted' line expected)
    pytest.param(PLAIN, UNION + COORD, False, id="merge-row-own-matter"),
    pytest.param(UNION + PLAIN, UNION + COORD, True, id="matter-told-by-another-same-words"),
    pytest.param(PLAIN, OWN_WORDS, True, id="own-word-no-earlier-use"),
    pytest.param(UNION_OTHER_WORDS + PLAIN, UNION + COORD, True,
                 id="matter-told-by-another-other-words"),
    pytest.param(PLAIN, BLAZE + OWN_WORDS, True, id="own-word-used-earlier",
                 marks=pytest.mark.xfail(strict=True, reason=OWN_WORD_EARLIER)),
]


@pytest.mark.parametrize(("wire", "courier", "fires"), COORD_ROWS)
def test_a_charged_reply_and_whose_matter_it_is(wire, courier, fires):
    found = support.framings_among(LEDE, (wire + TAIL, PLAIN + TAIL, courier + TAIL), OUTLETS,
                                   strict=True)
    assert any("Salt Courier writes 'insisted'" in f.summary for f in found) is fires


# --- 3. a label under a verb of false identity (framing._IMPOSTOR_LABEL) -----------------

ACCUSED = ("Police said Kerrin Vale, accused of being the gang's ringleader, was arrested at a "
           "flat in Darrowby.\n\n")
CLAIMING = ("The victims received calls from men claiming to be tax inspectors who told them to "
            "transfer their savings to a safe account.\n\n")

PAST_ITS_ROLE = ("framing._IMPOSTOR_LABEL reads up to three words after 'posing as' with no "
                 "end at the assumed role: in 'Detectives posing as buyers arrested the "
                 "ringleader' the role is 'buyers', and 'the ringleader', the arrest's object, "
                 "is stated as fact all the same (told before the merge). The frame should "
                 "cover only its own noun phrase (stop at a verb or a determiner after the "
                 "role's noun), as a comma already does")

LABEL_ROWS = [
    # (the Voice's hedge, the Post's sentence, the label word, a 'states as fact' line expected)
    pytest.param(CLAIMING, "The victims received calls from men posing as tax inspectors.\n\n",
                 "inspectors", False, id="posing-as-the-label"),
    pytest.param(CLAIMING, "The victims received calls from fraudsters impersonating their "
                 "bank, and tax inspectors later warned them.\n\n", "inspectors", True,
                 id="impersonating-another-role"),
    pytest.param(ACCUSED, "Detectives arrested the ringleader, Kerrin Vale, at a flat in "
                 "Darrowby.\n\n", "ringleader", True, id="stated"),
    pytest.param(ACCUSED, "Detectives, posing as pensioners, trapped the ringleader, Kerrin "
                 "Vale, at a flat in Darrowby.\n\n", "ringleader", True,
                 id="frame-closed-by-comma"),
    pytest.param(ACCUSED, "Detectives posing as buyers arrested the ringleader, Kerrin Vale, at "
                 "a flat in Darrowby.\n\n", "ringleader", True, id="frame-past-its-role"),
]


@pytest.mark.parametrize(("voice", "post", "label", "fires"), LABEL_ROWS)
def test_a_label_near_a_verb_of_false_identity(voice, post, label, fires):
    found = support.framings_among(SCAM_LEDE, (voice + SCAM_TAIL, post + SCAM_TAIL),
                                   ("Darrowby Voice", "Fenmoor Post"), strict=True)
    assert any(f"states '{label}' as fact" in f.summary for f in found) is fires


# --- 4. a short gap between covered pieces (shared_quote.found_in) ------------------------

# (fixed by fix36q: the fill takes only stopwords and rules.quotes_trims.SPOKEN_FILLER_WORDS)
TWO_CONTENT_WORDS = ("shared_quote.found_in fills any gap of <= MAX_EDITS words without a "
                     "negation or number: 'killed deliberately', an accusation the other outlet "
                     "never quotes, is covered as if a filler and the quote is told as plain "
                     "'shared' - while one word ('allegedly') is still told as 'a word apart'. "
                     "Before the merge the edge was told as added. The fill should take only "
                     "words that carry nothing (STOPWORDS / a filler list), as _weighty reads "
                     "them, not every word that is no negation or number")

GAP_ROWS = [
    # (words inside the Courier's quote, a difference told on the quote's line)
    pytest.param("I mean, ", False, id="filler"),
    pytest.param("allegedly, ", True, id="one-content-word"),
    pytest.param("killed deliberately, ", True, id="two-content-words"),
    pytest.param("only partly, ", True, id="only-partly"),
]


@pytest.mark.parametrize(("gap", "told"), GAP_ROWS)
def test_a_gap_inside_a_shared_quote(gap, told):
    lines = _shared_quote_lines(gap, " " + DUNMORE_SPLIT)
    assert lines, "the shared quote itself is found"
    assert any("nearly the same" in s or "quoted in part" in s for s in lines) is told, lines


# --- 5. a dropped tail clause with a number (quote_diff._tail_opener) ---------------------

SEA_WALL = "We will rebuild the sea wall at the fish market stronger than it was before the storm"

# (fixed by fix36q: quote_diff._tail_clause ends an 'as'/'like' clause at its comma)
PARENTHETICAL = ("quote_diff._tail_opener reads ', as we promised, by 2030' as one background "
                 "'as we ...' clause, but 'as we promised' / 'as you know' is a comment clause "
                 "closed by its comma and 'by 2030' after it is the claim's own deadline (the "
                 "merge's near miss ', by 2030' is a number change); told before the merge. "
                 "The opener's clause should end at the next comma")

TAIL_ROWS = [
    # (the Courier's quote, the Times's, a number change expected)
    pytest.param(SEA_WALL + ", as we did in 1998", SEA_WALL, False, id="as-we-did-dropped"),
    pytest.param(SEA_WALL + ", as we did in 1998", SEA_WALL + ", as we did in 1989", True,
                 id="as-we-did-both-other-year"),
    pytest.param(SEA_WALL + ", by 2030", SEA_WALL, True, id="deadline-dropped"),
    pytest.param(SEA_WALL + ", as we promised, by 2030", SEA_WALL, True,
                 id="comment-clause-then-deadline"),
    pytest.param(SEA_WALL + ", as you know, by 2030", SEA_WALL, True,
                 id="as-you-know-then-deadline"),
    pytest.param(SEA_WALL + ", as I said, within 2 years", SEA_WALL, True,
                 id="as-i-said-then-span"),
]


@pytest.mark.parametrize(("a", "b", "number"), TAIL_ROWS)
def test_a_dropped_tail_and_a_number(a, b, number):
    from test_quotes_session36 import _changes

    found = _changes(a, b)
    assert any(f.detail["change"] == "number" for f in found) is number, [f.summary for f in found]
