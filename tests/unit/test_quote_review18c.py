"""Review of session 18's quote_changed rules (review18c): the near variants of each new
"no change" rule that are real changes, on invented text.

1. "few" / "a few" and "little" / "a little" are opposite in force (Quirk et al. §5.23):
   an "a" added before one is a qualifier, not an article.
2. In a denial, a booster or a maximizer is graded: "has not helped very much", "will not
   pay the whole bill", "The entire crew did not survive"; and a free relative is no
   longer the maximal thing: "do not know what happened" / "… everything that happened".
3. An "-ly" adverb whose place says what it bears on (focusing and approximating
   subjuncts: "nearly", "partly") moved past a word is another statement.
4. "that" / "which" after the object of a verb of saying or asking may open what was said
   or asked: "told the council that pumps failed" / "… which pumps failed".
5. A contrasting clause left off the front is a change only when it is a denial before a
   claim ("We are not done yet, but …"), not a claim conceded before a denial ("It was a
   long night, but nobody … was hurt"): tests/unit/test_quote_near_misses18.py, EDGES.
Each with the session-18 reading it must keep.
"""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes
from storylens.rules.contractions import expand, fold, is_function_contraction
from storylens.rules.quote_changes import MEANINGFUL


def _meaning(a: str, b: str) -> bool:
    c = compare_quotes(a, b)
    return bool(c and c["ops"]) and c["change"] in MEANINGFUL and c["change"] != "swap"


CASES = [
    # 1. negative quantifiers
    ("We found that few of the residents of Orvell have returned to their homes,",
     "We found that a few of the residents of Orvell have returned to their homes,", True),
    ("There is little hope of finding the crew of the Orvell ferry alive tonight,",
     "There is a little hope of finding the crew of the Orvell ferry alive tonight,", True),
    ("We found that a few of the residents of Orvell have returned to their homes,",
     "We found that a small number of the residents of Orvell have returned to their homes,",
     False),  # kept: one vague amount in other words
    # 2. graded in a denial
    ("The new levy has not helped very much, and the farmers of the Orm valley are angry,",
     "The new levy has not helped, and the farmers of the Orm valley are angry,", True),
    ("We will not pay the whole bill for the repairs to the Velna bridge,",
     "We will not pay the bill for the repairs to the Velna bridge,", True),
    ("The entire crew did not survive the sinking of the Orvell ferry,",
     "The crew did not survive the sinking of the Orvell ferry,", True),
    ("We still do not know what happened on the night the Tarvik depot burned,",
     "We still do not know everything that happened on the night the Tarvik depot burned,",
     True),
    ("We are very much aware of the risks to the farmers of the Orm valley,",
     "We are aware of the risks to the farmers of the Orm valley,", False),  # kept
    ("They are holding the whole country hostage over the Tarvik depot,",
     "They are holding the country hostage over the Tarvik depot,", False),  # kept
    ("That is what matters to the families of the Orvell ferry crew tonight,",
     "That is all that matters to the families of the Orvell ferry crew tonight,", False),
    # 3. placed adverbs
    ("We nearly lost everything in the fire at the Tarvik depot last night,",
     "We lost nearly everything in the fire at the Tarvik depot last night,", True),
    ("The council partly blamed the contractor for the collapse of the Velna bridge,",
     "The council blamed partly the contractor for the collapse of the Velna bridge,", True),
    ("We will fully cooperate with the inquiry into the Velna bridge collapse,",
     "We will cooperate fully with the inquiry into the Velna bridge collapse,", False),
    # 4. relative pronouns after the object of a verb of saying or asking
    ("We told the council that pumps in the Orm valley had failed twice this year,",
     "We told the council which pumps in the Orm valley had failed twice this year,", True),
    ("Residents asked the mayor which roads in the Orm valley would reopen first,",
     "Residents asked the mayor that roads in the Orm valley would reopen first,", True),
    ("The pumps that failed in the Orm valley were installed by the same firm,",
     "The pumps which failed in the Orm valley were installed by the same firm,", False),
]


@pytest.mark.parametrize("a,b,meaning", CASES)
def test_near_variants_of_session_18_rules(a, b, meaning):
    assert _meaning(a, b) is meaning
    assert _meaning(b, a) is meaning


FOLDS = [  # one table (rules.contractions) read both ways
    ("we will not", "we won't"),
    ("they are", "they're"),
    ("cannot", "can't"),
    ("let us", "let's"),
    ("when is", "when's"),
    ("lund is", "lund is"),  # a name is no host
]


@pytest.mark.parametrize("full,folded", FOLDS)
def test_contractions_fold_with_the_table_expand_reads(full, folded):
    assert fold(full) == folded


@pytest.mark.parametrize("key", ["we'll", "won't", "don't", "they're", "it's", "can't"])
def test_a_folded_contraction_expands_back(key):
    assert fold(" ".join(expand(key))) == key
    assert is_function_contraction(key)


def test_a_possessive_is_no_function_contraction():
    assert not is_function_contraction("lund's")
    assert expand("lund's") == ("lund's",)


def test_definite_heads_are_read_before_the_quote_only():
    from storylens.findings.quote_diff import definite_heads

    text = ("Smog closed schools in the capital on Monday. "
            '"Half the city is choking," Mayor Ilse Varn said. The valley stayed clear.')
    cut = text.index('"Half')
    assert "capit" in {h[:5] for h in definite_heads(text, cut)}
    assert not any(h.startswith("valley") for h in definite_heads(text, cut))
    assert any(h.startswith("valley") for h in definite_heads(text))


@pytest.mark.parametrize("a,b,meaning", [
    ("The levy will raise $1,000m for the farmers of the Orm valley next year,",
     "The levy will raise $1 billion for the farmers of the Orm valley next year,", False),
    ("The levy will raise $1,500m for the farmers of the Orm valley next year,",
     "The levy will raise $1 billion for the farmers of the Orm valley next year,", True),
    ("The levy will raise $5m for the farmers of the Orm valley next year,",
     "The levy will raise $5 million for the farmers of the Orm valley next year,", False),
])
def test_a_short_scale_on_grouped_digits_is_one_figure(a, b, meaning):
    assert _meaning(a, b) is meaning


@pytest.mark.parametrize("a,b,meaning", [
    ("Unemployment in the Orm valley rose by 4% over the last year, the worst since 1990,",
     "Unemployment in the Orm valley rose by 4 percentage points over the last year, the "
     "worst since 1990,", True),
    ("Unemployment in the Orm valley rose by 4% over the last year, the worst since 1990,",
     "Unemployment in the Orm valley rose by 4 per cent over the last year, the worst since "
     "1990,", False),
])
def test_percent_against_percentage_points_is_another_measure(a, b, meaning):
    assert _meaning(a, b) is meaning
