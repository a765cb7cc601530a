"""quote_changed near misses of session 17, on invented text.

1. One name spelled two ways inside an otherwise identical quote is no change of what was
   said (the name finder reports the spelling): "Mr Dovrelidze" / "Mr Dovrelidse".
   Another name is: two letters apart, too short to tell, or another opening.
2. A one-word swap is a change of meaning only when the static word table (extra
   ``embed-static``) puts its two words far apart; without the table, or with the words
   close in it, it cannot be told from an editor's synonym and is not shown.
"""

from __future__ import annotations

import importlib.util

import pytest
import support

from storylens.findings import find_all
from storylens.findings.quote_diff import compare_quotes
from storylens.options import Options

QUOTES_ON = Options(quote_changes=True)


NAME_SPELLINGS = [
    (  # one letter replaced in a long surname: one man
        "Mr Dovrelidze is a convicted fraudster, not a dissident, and he will stay in prison,",
        "Mr Dovrelidse is a convicted fraudster, not a dissident, and he will stay in prison,",
        None,
    ),
    (  # a letter dropped, in a possessive
        "Mr Tarkhanova's lawyers have seen every page of the file,",
        "Mr Tarkhanva's lawyers have seen every page of the file,",
        None,
    ),
    (  # one romanisation for another (analysis.names.romanised: -ian / -yan)
        "We will meet Minister Abramian in Velda before the vote,",
        "We will meet Minister Abramyan in Velda before the vote,",
        None,
    ),
    (  # a place spelled two ways, one letter apart
        "Our convoy will reach Kostrava by Friday with the medicine,",
        "Our convoy will reach Kostrova by Friday with the medicine,",
        None,
    ),
    (  # near miss: five letters is too short to tell a spelling from another person
        "Ms Varin is a convicted fraudster and she will stay in prison,",
        "Ms Varić is a convicted fraudster and she will stay in prison,",
        "place",
    ),
    (  # near miss: a plural's "s" is no spelling: the party, not its candidate (review17b)
        "We will never let the Democrats take this seat from us in November,",
        "We will never let the Democrat take this seat from us in November,",
        "place",
    ),
    (  # near miss: a demonym's plural is the people, not one of them
        "We will hand the Veldanians every document we hold on the strike,",
        "We will hand the Veldanian every document we hold on the strike,",
        "place",
    ),
    (  # near miss: two letters put in make another place (Austria / Australia)
        "Our convoy will reach Castrel by Friday with the medicine,",
        "Our convoy will reach Castrella by Friday with the medicine,",
        "place",
    ),
    (  # near miss: another opening letter is another name (Gambia / Zambia)
        "Our convoy will reach Tarnovia by Friday with the medicine,",
        "Our convoy will reach Sarnovia by Friday with the medicine,",
        "place",
    ),
    (  # near miss: a name for a common word is a change
        "We will hand the file to Judge Velkova before the hearing,",
        "We will hand the file to the judge before the hearing,",
        "place",
    ),
]


@pytest.mark.parametrize("a,b,kind", NAME_SPELLINGS)
def test_a_name_spelled_two_ways_is_no_change(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


def test_a_spelling_inside_the_quote_is_no_finding():
    docs = support.quote_docs(
        '"Mr Dovrelidze is a convicted fraudster, not a dissident, and no one will be freed '
        'because of a hunger strike," Justice Minister Ilka Sarvan told reporters.',
        '"Mr Dovrelidse is a convicted fraudster, not a dissident, and no one will be freed '
        'because of a hunger strike," Justice Minister Ilka Sarvan said.',
    )
    assert [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"] == []


NEAR_MISSES = [
    (  # a title dropped before a name both keep: one person
        "We will ask President Arlo Venn to sign the order this week,",
        "We will ask Arlo Venn to sign the order this week,",
        None,
    ),
    (  # an honorific dropped
        "We will ask Mr Venn to sign the order before the summer,",
        "We will ask Venn to sign the order before the summer,",
        None,
    ),
    (  # near miss: a title with no name after it is a change of who
        "We will ask the President to sign the order before the summer,",
        "We will ask the board to sign the order before the summer,",
        "place",
    ),
    (  # near miss: a second person dropped with her title
        "We will ask Venn and Governor Lund to sign the order before the summer,",
        "We will ask Venn to sign the order before the summer,",
        "place",
    ),
    (  # an acronym and the name it stands for
        "The ORA must act before the harvest is lost to the floods,",
        "The Orvan River Authority must act before the harvest is lost to the floods,",
        None,
    ),
    (  # near miss: an acronym of another body
        "The VRA must act before the harvest is lost to the floods,",
        "The Orvan River Authority must act before the harvest is lost to the floods,",
        "place",
    ),
    (  # the same names listed in another order
        "We will hold talks with Kessaria and Dravonia next week in Lusmark,",
        "We will hold talks with Dravonia and Kessaria next week in Lusmark,",
        None,
    ),
    (  # near miss: who did what to whom reversed
        "Kessaria attacked Dravonia without warning last night near the river,",
        "Dravonia attacked Kessaria without warning last night near the river,",
        "place",
    ),
    (  # near miss: another name in the list
        "We will hold talks with Kessaria and Dravonia next week in Lusmark,",
        "We will hold talks with Dravonia and Orvania next week in Lusmark,",
        "place",
    ),
    (  # one name in two house styles (issue 11: St / Saint is no variant)
        "St Anne hospital will stay open until the new wing is finished,",
        "Saint Anne hospital will stay open until the new wing is finished,",
        None,
    ),
    (  # near miss: another saint
        "St Anne hospital will stay open until the new wing is finished,",
        "St Agnes hospital will stay open until the new wing is finished,",
        "place",
    ),
    (  # "no one" is "nobody", not a count of one
        "Nobody in this ministry knew anything about the payments,",
        "No one in this ministry knew anything about the payments,",
        None,
    ),
    (  # near miss: the negation itself dropped
        "No one in this ministry knew anything about the payments,",
        "Everyone in this ministry knew something about the payments,",
        "negation",
    ),
    (  # one figure written two ways: a fraction of a scale and its digits
        "Half a million people have lost power across the Orvan valley,",
        "500,000 people have lost power across the Orvan valley,",
        None,
    ),
    (  # near miss: another figure
        "Half a million people have lost power across the Orvan valley,",
        "400,000 people have lost power across the Orvan valley,",
        "number",
    ),
    (  # an ordinal in words and in figures
        "This is the second time the Kelda dam has failed in ten years,",
        "This is the 2nd time the Kelda dam has failed in ten years,",
        None,
    ),
    (  # near miss: another ordinal
        "This is the second time the Kelda dam has failed in ten years,",
        "This is the 3rd time the Kelda dam has failed in ten years,",
        "number",
    ),
    (  # "not one" denies, it does not count (the verb's agreement aside: wording)
        "None of the children were hurt when the bus left the road at Pellin,",
        "Not one of the children was hurt when the bus left the road at Pellin,",
        "word",
    ),
    (  # near miss: the denial dropped
        "None of the children were hurt when the bus left the road at Pellin,",
        "One of the children was hurt when the bus left the road at Pellin,",
        "negation",
    ),
    (  # an amplifier of a feeling: the same apology, louder
        "We are deeply sorry for what happened to the passengers,",
        "We are sorry for what happened to the passengers,",
        "emphasis",
    ),
    (  # a word said twice: emphasis
        "This is a huge, huge problem for the farmers of the Orvan valley,",
        "This is a huge problem for the farmers of the Orvan valley,",
        "emphasis",
    ),
    (  # an emphasizer of conviction
        "We will obviously cooperate with the inquiry into the sinking at Pellin,",
        "We will cooperate with the inquiry into the sinking at Pellin,",
        "emphasis",
    ),
    (  # near miss: a hedge dropped is a change of how firmly it was claimed
        "We will probably cooperate with the inquiry into the sinking at Pellin,",
        "We will cooperate with the inquiry into the sinking at Pellin,",
        "qualifier",
    ),
    (  # near miss: another adjective beside the kept one is no repetition
        "This is a huge, costly problem for the farmers of the Orvan valley,",
        "This is a huge problem for the farmers of the Orvan valley,",
        "qualifier",
    ),
    (  # near miss: a name moved across a clause is no list reordered (review17b): the
        # votes changed sides
        "Ostrava and Velda voted for the treaty while Pernik voted against it,",
        "Ostrava voted for the treaty while Pernik and Velda voted against it,",
        "place",
    ),
    (  # a list of three put in another order: the same names (review17b)
        "Ostrava, Velda and Pernik voted for the treaty on Monday night,",
        "Pernik, Ostrava and Velda voted for the treaty on Monday night,",
        None,
    ),
    (  # near miss: a list of three with one name changed
        "Ostrava, Velda and Pernik voted for the treaty on Monday night,",
        "Pernik, Ostrava and Tarnov voted for the treaty on Monday night,",
        "place",
    ),
    (  # near miss: a list paired with a list of figures: the order says who lost what
        # (review17b)
        "Kessaria and Dravonia lost 40 and 12 soldiers in the fighting last week,",
        "Dravonia and Kessaria lost 40 and 12 soldiers in the fighting last week,",
        "place",
    ),
    (  # near miss: "respectively" pairs the list with another
        "Kessaria and Dravonia will send doctors and engineers respectively to Lusmark,",
        "Dravonia and Kessaria will send doctors and engineers respectively to Lusmark,",
        "place",
    ),
    (  # near miss: the same in a list whose first member is no name
        "The mayor and Varga backed the plan, and Holt opposed it from the start,",
        "The mayor backed the plan, and Holt and Varga opposed it from the start,",
        "place",
    ),
    (  # near miss: a downtoner narrows the claim
        "We are partly responsible for what happened to the passengers,",
        "We are responsible for what happened to the passengers,",
        "qualifier",
    ),
]


@pytest.mark.parametrize("a,b,kind", NEAR_MISSES)
def test_one_referent_named_two_ways(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


SWAP = (
    '"We have closed every clinic until the inspectors have visited each ward," Health '
    "Minister Oda Vantrell told reporters.",
    '"We have shut every clinic until the inspectors have visited each ward," Health '
    "Minister Oda Vantrell said.",
)


def _swap_findings(monkeypatch, cosine, cut=None):
    monkeypatch.setattr("storylens.embed.word_cosine", lambda a, b: cosine)
    options = QUOTES_ON if cut is None else Options(quote_changes=True,
                                                    min_finding_confidence=cut)
    return [f for f in find_all(support.quote_docs(*SWAP), [], None, options)
            if f.type == "quote_changed"]


def test_a_swap_with_no_word_table_is_not_shown(monkeypatch):
    assert _swap_findings(monkeypatch, None) == []
    # kept as wording, seen only under a lowered cut
    (f,) = _swap_findings(monkeypatch, None, cut=0.0)
    assert f.detail["change"] == "swap" and f.detail["meaningful"] is False
    assert f.detail["rule"] == "quote_changed.wording"
    assert f.detail["swap_similarity"] is None
    assert "cannot be told from a synonym" in f.detail["explanation"]


def test_a_swap_of_close_words_is_not_shown(monkeypatch):
    assert _swap_findings(monkeypatch, 0.57) == []  # "shut" / "closed" sit close


def test_a_swap_of_words_far_apart_is_shown(monkeypatch):
    (f,) = _swap_findings(monkeypatch, 0.03)
    assert f.detail["meaningful"] is True and f.detail["rule"] == "quote_changed.meaning"
    assert "another meaning" in f.detail["explanation"]


def test_the_swap_reads_the_content_words(monkeypatch):
    seen = []
    monkeypatch.setattr("storylens.embed.word_cosine",
                        lambda a, b: seen.append((a, b)) or 0.5)
    docs = support.quote_docs(
        '"We will comply with the ruling of the court before the summer," Deputy Attorney '
        "General Mara Oskell said.",
        '"We will study the ruling of the court before the summer," Deputy Attorney General '
        "Mara Oskell said.",
    )
    find_all(docs, [], None, QUOTES_ON)
    assert ("comply", "study") in seen


@pytest.mark.skipif(importlib.util.find_spec("wordllama") is None
                    or importlib.util.find_spec("tokenizers") is None,
                    reason="the embed-static extra (wordllama's word table) is not installed")
@pytest.mark.parametrize("a,b,apart", [
    ("begin", "start", False),  # synonyms
    ("purchase", "buy", False),
    ("teachers", "nurses", True),  # another group of people
    ("raised", "lowered", True),  # an antonym far apart
    ("hospital", "school", True),
])
def test_the_word_table_tells_synonyms_from_other_words(a, b, apart):
    from storylens.embed import word_cosine
    from storylens.findings.quotes import swap_changes_meaning

    assert swap_changes_meaning(word_cosine(a, b)) is apart


@pytest.mark.parametrize("digit", ["\u19da", "\u2460", "\u00b2"])
def test_an_odd_digit_before_an_ordinal_ending_does_not_raise(digit):
    # hostile input: a character str.isdigit calls a digit but float cannot read
    # ("\u19da", New Tai Lue digit one) before "nd" (review17b: ValueError)
    a = f"It is the {digit} nd time the dam at Velda has failed this year,"
    b = "It is the second time the dam at Velda has failed this year,"
    assert compare_quotes(a, b) is not None


def test_a_word_the_table_cannot_read_is_no_cosine(monkeypatch):
    # a word with no token in the table is a zero row: its cosine is unknown, not 0.0
    # ("far apart", a change of meaning shown; review17b)
    import numpy as np

    from storylens import embed

    class Table:
        def encode(self, texts):
            return np.array([[0.6, 0.8] if t == "closed" else [0.0, 0.0] for t in texts])

    monkeypatch.setattr(embed, "load_model", lambda name="static": Table())
    embed.word_cosine.cache_clear()
    try:
        assert embed.word_cosine("closed", "\u2e3b") is None
        assert embed.word_cosine("closed", "closed") == pytest.approx(1.0)
    finally:
        embed.word_cosine.cache_clear()
