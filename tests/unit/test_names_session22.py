"""Name variants in session 22, on invented text (fictional brands, people and outlets),
each with near misses both ways:

- a form an article writes only as a quoted word (the name alone between quotation marks:
  'a misspelt logo reading "Veltra Gold"'), beside the other form in its own running
  text, is a spelling the article reports, not its spelling of the name: no variant, even
  when the two forms are a typing slip apart. Near misses: the slip written plainly (the
  outlet misspells the name once: still a variant); the quoted form with no other form in
  that article (its spelling of the name, quoted: still a variant); an outlet that quotes
  the odd form and another that writes it plainly (still a variant).
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings.names import find_name_variants

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _spellings(*articles: list[str]) -> list[dict[str, list[str]]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [f.detail["spellings"] for f in find_name_variants(ctx)]


PLAIN = ["Fake bottles of Corvane Gold turned up in shops in three provinces."]
FIRST = "The fake bottles, labelled as Corvane Gold, held mostly tap water, the inspectorate said."


@pytest.mark.parametrize(("a", "c", "found"), [
    # the misspelt logo the article reports, in quotation marks of any style: no variant
    ([FIRST, 'They can be told by a misspelt logo reading "Corvane Glod" and a missing seal.'],
     None, False),
    ([FIRST, "They can be told by a misspelt logo, “Corvane Glod”, and a missing seal."],
     None, False),
    ([FIRST, "They can be told by a misspelt logo, ‘Corvane Glod’, and a missing seal."],
     None, False),
    ([FIRST, 'The logo on the fakes reads "Corvane Glod."'], None, False),
    # two outlets report the logo, one does not: no variant
    ([FIRST, 'They can be told by a misspelt logo reading "Corvane Glod" and a missing seal.'],
     [FIRST, 'The fakes carry a misspelt logo, "Corvane Glod", the inspectorate said.'], False),
    # near miss: the slip written plainly beside the name: the outlet misspells it once
    ([FIRST, "They can be told by a misspelt Corvane Glod logo and a missing seal."], None, True),
    # near miss: the quoted form is the article's only form: its spelling, quoted
    (['Fake bottles of "Corvane Glod" held mostly tap water, the inspectorate said.'], None,
     True),
    # near miss: a third outlet writes the odd form plainly as its own spelling
    ([FIRST, 'They can be told by a misspelt logo reading "Corvane Glod" and a missing seal.'],
     ["Fake bottles of Corvane Glod held mostly tap water, the inspectorate said."], True),
    # near miss: the quotation marks hold more than the name (a speaker's words)
    ([FIRST, '"Corvane Glod is what the label says," the inspector said.'], None, True),
])
def test_a_quoted_spelling_beside_the_name_is_reported_not_written(a, c, found):
    got = _spellings(a, PLAIN) if c is None else _spellings(a, PLAIN, c)
    assert bool(got) is found, got


# --- a post inside a capitalised run: "Fire Chief Anna Brell", "Union Organiser Tomas Keller" --
# A post word that is no title alone (a weak title, "Chief", "Leader", "Officer"; a staff
# post, "Organiser", "Treasurer") after its field ("Fire", "Union", "Rail Union") and
# before a person's name of two or three words is the name's title, as "Dalmo Mayor" is:
# the person is "Anna Brell", not an organisation "Union Organiser Tomas Keller".

@pytest.mark.parametrize(("sentence", "name"), [
    ("Fire Chief Anna Brell said the blaze was out.", "Anna Brell"),
    ("He met Fire Chief Anna Brell on Monday.", "Anna Brell"),
    ("Union Organiser Tomas Keller said the strike would go on.", "Tomas Keller"),
    ("Rail Union Organiser Tomas Keller said the strike would go on.", "Tomas Keller"),
    ("Union Treasurer Tomas Keller said the fund was empty.", "Tomas Keller"),
    ("Party Leader Eran Vossberg said the vote was lost.", "Eran Vossberg"),
    ("Police Chief Anna Brell said the road was shut.", "Anna Brell"),
    # near misses: a body named after the post, the post with no name after it, the post
    # opening the run (a title already), one word after it
    ("The Fire Chief Association said the blaze was out.", "Fire Chief Association"),
    ("The Vell Officer Training School said the course was full.", "Vell Officer Training School"),
    ("Chief Anna Brell said the blaze was out.", "Anna Brell"),
    ("Union Organiser Keller said the strike would go on.", "Union Organiser Keller"),
])
def test_a_post_inside_a_run_is_the_names_title(sentence, name):
    got = [t for t, _, _ in support.entity_triples(sentence)]
    assert name in got, got


# --- review22n: breaks of the two rules above, on invented text -------------------------
# A speaker's sentence that its attribution splits, opening on the name, is no quoted word:
# the outlet spells what the speaker said, so its slip there is its own (still a variant).
# Near misses: the same comma-inside quote with no reopened quote (a listed logo), and a
# later apostrophe ("the inspector's") that is no reopened quote.

@pytest.mark.parametrize(("a", "found"), [
    ([FIRST, '"Corvane Glod," the inspector said, "is what the fakes say."'], True),
    ([FIRST, "\u201cCorvane Glod,\u201d the inspector said, \u201cis what the fakes say.\u201d"],
     True),
    ([FIRST, 'They can be told by a misspelt logo, "Corvane Glod," and a missing seal.'],
     False),
    ([FIRST, 'A misspelt logo, "Corvane Glod," was in the inspector\'s report.'], False),
])
def test_a_split_speakers_quote_is_no_quoted_word(a, found):
    got = _spellings(a, PLAIN)
    assert bool(got) is found, got


# A post before words the article writes in lower case is no person's title: a thing named
# after the person ("the Fire Chief Anna Brell Award", the article writing "the award").
# A post whose field opened the sentence and was dropped as a common word (the article
# writes "the union") still heads the name. Near misses: a name whose words are never
# written in lower case; the post with no field before it at a sentence start (a surname
# alone after it, too little to tell).

@pytest.mark.parametrize(("sentences", "bad", "name"), [
    (("The Fire Chief Anna Brell Award went to Tarn.", "The award is given each year."),
     "Anna Brell Award", None),
    (("He won the Union Leader Eran Voss Prize.", "The prize is given each year."),
     "Eran Voss Prize", None),
    (("Union Organiser Tomas Keller said so.", "The union backs the strike."),
     "Organiser Tomas Keller", "Tomas Keller"),
    (("Rail Treasurer Tomas Keller said so.", "The rail fund is empty."),
     "Treasurer Tomas Keller", "Tomas Keller"),
    # near misses
    (("The Fire Chief Anna Brell said the blaze was out.", "The fire chief left."),
     None, "Anna Brell"),
    (("Union Organiser Keller said so.", "The union backs the strike."), "Keller", None),
])
def test_a_post_before_common_words_is_no_title(sentences, bad, name):
    got = [t for t, _, _ in support.entity_triples(*sentences)]
    if bad is not None:
        assert bad not in got, got
    if name is not None:
        assert name in got, got
