"""Posts and titles that made false persons (review22n, session 22), on invented text
(fictional people and places), each with near misses both ways:

- a title-case headline ("Union Leader Backs Strike") capitalises every word: a word after
  a post that the article writes in lower case elsewhere (in any inflection: "Quits" /
  "quit") is the headline's verb or noun, not a person's name; so are the words after a
  name's last word that the article writes in another name ("Mayor Anna Brell Resigns",
  "Brell" alone in the body);
- a title and a name before a word of a thing named after the person ("Mayor Anna Brell
  Award", "Leader Street"): the run is that thing, not a person;
- a weak title word before a title word is one post ("Orvik Chief Constable Lina Varga"),
  and "Master" after its field is a post ("Harbour Master Jan Olsen").
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import extract_entities


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _people(*sentences: str) -> dict[str, str | None]:
    doc = support.make_doc("a1", "Orm Daily", sentences)
    return {e.text: e.title for e in extract_entities(doc) if e.kind == "person"}


# A title-case headline: no person made of the headline's verb and noun; a real person
# after the post keeps the name, cut before the verb. Near misses: the person's name after
# a post in a headline, with and without the verb written in the body; a sentence-case
# line; a post in the body before a person.
@pytest.mark.parametrize(("sentences", "bad", "name"), [
    (("Union Leader Backs Strike", "The union voted to strike on Monday."), "Backs Strike", None),
    (("Fire Chief Warns Drivers", "The fire service told drivers to stay away."),
     "Warns Drivers", None),
    (("Police Officer Shot Dead", "The police said an officer was shot dead in Orm."),
     "Shot Dead", None),
    (("Union Leader Tomas Keller Quits", "The union said Keller would quit."),
     "Tomas Keller Quits", "Tomas Keller"),
    (("Mayor Anna Brell Said To Quit", "Brell will quit in May."), "Anna Brell Said To", "Anna Brell"),
    # the verb never written in the body, the surname written alone: the name ends there
    (("Mayor Anna Brell Resigns", "Brell will leave office."), "Anna Brell Resigns", "Anna Brell"),
    (("Union Leader Tomas Keller Quits", "Keller left on Monday."), "Tomas Keller Quits",
     "Tomas Keller"),
    # near misses: nothing in the body to tell the verb from the name (left as it was)
    (("Union Leader Tomas Keller Quits", "The vote was on Monday."), None, "Tomas Keller Quits"),
    (("Union leader Tomas Keller quits", "The union said Keller would quit."), None, "Tomas Keller"),
    (("Fire Chief Anna Brell said the blaze was out.", "The fire spread."), None, "Anna Brell"),
])
def test_a_headlines_verb_after_a_post_is_no_name(sentences, bad, name):
    got = _people(*sentences)
    if bad is not None:
        assert bad not in got, got
    if name is not None:
        assert name in got, got


# A thing named after a titled person: no person. Near misses: a verb of saying or "who"
# after the name (the person, whose surname is such a word); a surname that is a building's
# word too ("Hall"), left out of the list.
@pytest.mark.parametrize(("sentence", "bad", "name"), [
    ("He won the Mayor Anna Brell Award on Monday.", "Anna Brell Award", None),
    ("Mayor Anna Brell Award goes to Tarn", "Anna Brell Award", None),
    ("The march went down Leader Street.", "Street", None),
    ("The march went down Mayor Street.", "Street", None),
    ("Traffic was stopped on King Arvid Bridge for an hour.", "Arvid Bridge", None),
    ("She won the Union Leader Eran Voss Prize in 2024.", "Eran Voss Prize", None),
    # near misses
    ("Mayor Anna Street said she would quit.", None, "Anna Street"),
    ("Mayor Anna Street, who won the vote, left early.", None, "Anna Street"),
    ("Senator Hall said the bill would pass.", None, "Hall"),
    ("Mayor Anna Brell handed out the award on Monday.", None, "Anna Brell"),
])
def test_a_thing_named_after_a_titled_person_is_no_person(sentence, bad, name):
    got = _people(sentence)
    if bad is not None:
        assert bad not in got, got
    if name is not None:
        assert name in got, got


# One post of two words after its field, the person after it. Near misses: a surname alone
# after the post (too little to tell), a body named after the post, the post alone.
@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Orvik Chief Constable Lina Varga said the road was shut.", "Lina Varga",
     "Orvik Chief Constable"),
    ("Chief Constable Lina Varga said the road was shut.", "Lina Varga", "Chief Constable"),
    ("Orm Chief Executive Lina Varga said the deal was done.", "Lina Varga", "Orm Chief Executive"),
    ("Harbour Master Jan Olsen said the port was shut.", "Jan Olsen", "Harbour Master"),
    ("He called Harbour Master Jan Olsen on Monday.", "Jan Olsen", "Harbour Master"),
    # near misses
    ("Harbour Master Olsen said the port was shut.", None, None),
    ("The Harbour Master Office said the port was shut.", None, None),
    ("The Chief Constable said the road was shut.", None, None),
])
def test_a_post_of_two_words_heads_the_name(sentence, name, title):
    got = _people(sentence)
    assert "Orvik Chief" not in got and "Orm Chief" not in got, got
    if name is None:
        assert not any(len(t.split()) >= 2 and t.split()[0] in ("Jan", "Lina") for t in got), got
        assert "Office" not in got, got
    else:
        assert got.get(name) == title, got
