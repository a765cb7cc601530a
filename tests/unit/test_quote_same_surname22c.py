"""Session 22 (quotes22c): one surname, two people. Quotes were linked on the surname key
alone, so "Ana Ruiz" / "Carlos Ruiz" (a mother and her son) had their two remarks set
against each other as one speaker's quote changed. Now two full names whose given names
differ (not an initial of the other, a short form or spelling the names module folds, nor
accents only) are two speakers; a surname alone, or behind a title, links to the one full
name the story has with it, and to none where the story names two people of the surname.
Invented text: fictional Orvik and its people.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quotes import given_names_apart
from storylens.models import Article
from storylens.pipeline import compare_articles

Q = '"The Orvik plant will close within %s days."'


@pytest.mark.parametrize(
    "a,b,found",
    [
        # two people of one surname: a mother and her son, two siblings
        (f"Ana Ruiz said: {Q % 40}", f"Carlos Ruiz said: {Q % 60}", 0),
        (f"Mario Ruiz said: {Q % 40}", f"Maria Ruiz said: {Q % 60}", 0),
        (f"A. Ruiz said: {Q % 40}", f"Carlos Ruiz said: {Q % 60}", 0),
        (f"Mara Vell said: {Q % 40}", f"Mira Vell said: {Q % 60}", 0),
        (f"Anton Vell said: {Q % 40}", f"Antonia Vell said: {Q % 60}", 0),
        (f"Ivan Vell said: {Q % 40}", f"Ivo Vell said: {Q % 60}", 0),
        # the surname alone after the son in full: the son's, in his article
        (f"Ana Ruiz said: {Q % 40}", f"Carlos Ruiz, her son, runs the shop. Ruiz said: {Q % 60}", 0),
        # the surname alone where the story names both: whose it is is not known
        (f"Ana Ruiz and her son Carlos Ruiz spoke. Ana Ruiz said: {Q % 40}",
         f"Ruiz said: {Q % 60}", 0),
        (f"Ana Ruiz and her son Carlos Ruiz spoke. Ana Ruiz said: {Q % 40}",
         f"Minister Ruiz said: {Q % 60}", 0),
        # near misses: one person written two ways
        (f"Ana Ruiz said: {Q % 40}", f"Dr. Ana Ruiz said: {Q % 60}", 1),
        (f"Ana Ruiz said: {Q % 40}", f"A. Ruiz said: {Q % 60}", 1),
        (f"Ana Ruiz said: {Q % 40}", f"Ana María Ruiz said: {Q % 60}", 1),
        (f"Ana Ruiz said: {Q % 40}", f"Ana Ruíz said: {Q % 60}", 1),
        (f"Katrin Vell said: {Q % 40}", f"Katryn Vell said: {Q % 60}", 1),
        (f"Bill Orsk said: {Q % 40}", f"William Orsk said: {Q % 60}", 1),
        (f"Hanna Vell said: {Q % 40}", f"Hannah Vell said: {Q % 60}", 1),
        (f"Mikael Vell said: {Q % 40}", f"Michael Vell said: {Q % 60}", 1),
        (f"Eran Vell said: {Q % 40}", f"Eren Vell said: {Q % 60}", 1),
        (f"Yevhen Vell said: {Q % 40}", f"Ievgen Vell said: {Q % 60}", 1),
        (f"Mayor Ines Sola-Brant said: {Q % 40}",
         f"Mayor Ines Sola Brant said: {Q % 60}", 1),
        # the surname alone after the person in full, a carried-over or pronoun speaker
        (f"Ana Ruiz and her son Carlos Ruiz spoke. Ana Ruiz said: {Q % 40}",
         f"Minister Ana Ruiz visited Orvik. {Q % 60} she said.", 1),
        (f"Ana Ruiz said: {Q % 40}", f"Minister Ruiz said: {Q % 60}", 1),
        (f"Ruiz said: {Q % 40}", f"Ruiz said: {Q % 60}", 1),
        # the surname alone in an article that names one of the two in full: hers
        (f"Ana Ruiz and her son Carlos Ruiz spoke. Ana Ruiz said: {Q % 40}",
         f"Ana Ruiz runs the shop. Ruiz said: {Q % 60}", 1),
    ],
)
def test_one_surname_two_people(a, b, found):
    assert len(support.quote_changes_found(a, b)) == found


@pytest.mark.parametrize(
    "a,b,apart",
    [
        ("Ana Ruiz", "Carlos Ruiz", True),
        ("Mayor Ana Ruiz", "Carlos Ruiz of Orvik Bank", True),
        ("A. Ruiz", "Carlos Ruiz", True),
        ("Dr. Ana Ruiz", "Ana Ruiz", False),
        ("A. Ruiz", "Ana Ruiz", False),
        ("Ana María Ruiz", "Ana Ruiz", False),
        ("Ruiz", "Carlos Ruiz", False),
        ("Minister Ruiz", "Ana Ruiz", False),
    ],
)
def test_given_names_apart(a, b, apart):
    assert given_names_apart(a, b) is apart


@pytest.mark.usefixtures("shared_quotes_on")
def test_shared_words_of_two_family_members_are_no_shared_quote():
    words = '"We want the truth about the Orvik crossing."'
    arts = [Article(id="a1", source="t", outlet="Harbour Post",
                    text=f"Ana Ruiz said on Monday: {words} The ferry sank last week."),
            Article(id="a2", source="t", outlet="Vella Times",
                    text=f"Carlos Ruiz said on Monday: {words} The ferry sank last week.")]
    assert not [f for f in compare_articles(arts).findings if f.type == "shared_quote"]
    # near miss: one person, written with and without her title
    arts[1] = Article(id="a2", source="t", outlet="Vella Times",
                      text=f"Dr. Ana Ruiz said on Monday: {words} The ferry sank last week.")
    assert [f for f in compare_articles(arts).findings if f.type == "shared_quote"]
