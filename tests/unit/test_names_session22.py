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
