"""A "he"/"she" speaker where the article names two people of one surname (session 23).

Held out t110 gave a prosecutor's words ("Prosecutor Anne-Laure Brisset has opened an
investigation. "…," she said") to the fire commander Colonel Laurent Brisset: the name
tagger read only the colonel as a person (the prosecutor's hyphenated given name left her
kind ``other``), so he was the one person in the pronoun's window. A name of kind
``other`` that shares a tagged person's surname under another given name is a second
person of that family (``quotes.pronouns.namesakes``): a rival, and a subject a pronoun
may carry on. Invented text, fictional people.
"""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.analysis.quotes.pronouns import namesakes
from storylens.models import Article
from storylens.segment import segment

_CHIEF = "The spire held, fire chief Colonel Mathis Vauquelin told reporters on Sunday.\n\n"


def _speaker(text: str) -> str | None:
    doc = analyse(segment(Article(id="a1", source="t", outlet="Test", text=text)))
    return next(q.speaker for q in doc.analysis.quotes if q.text.startswith("Nothing points"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the namesake opens the sentence before the quote: hers (was the colonel's)
        (_CHIEF + 'Police sealed the square.\n\nProsecutor Anne-Sophie Vauquelin has opened an '
         'inquiry. "Nothing points to a crime," she said.', "Anne-Sophie Vauquelin"),
        (_CHIEF + 'Police sealed the square.\n\nProsecutor Jean-Marc Vauquelin has opened an '
         'inquiry. "Nothing points to a crime," he said.', "Jean-Marc Vauquelin"),
        # the namesake named, but not as the subject before the quote: two candidates, none
        (_CHIEF + 'An inquiry was opened by Prosecutor Anne-Sophie Vauquelin.\n\nThe square was '
         'sealed, the fire chief said. "Nothing points to a crime," he said.', "he"),
        # near miss: one Vauquelin only, as before
        (_CHIEF + 'Police sealed the square.\n\nAn inquiry was opened. "Nothing points to a '
         'crime," he said.', "Mathis Vauquelin"),
        # near miss: the other name of kind other shares no surname: as before
        (_CHIEF + 'Police sealed the square near Rue Odile Marchetti.\n\n"Nothing points to a '
         'crime," he said.', "Mathis Vauquelin"),
        # the namesake named with a post in lower case: a person all the same
        (_CHIEF + 'Police sealed the square.\n\nThe lawyer Jean-Marc Vauquelin was there. '
         '"Nothing points to a crime," he said.', "Jean-Marc Vauquelin"),
        # review23q: a street, a school, a gallery named after one of the family is no
        # person (each was the speaker, the colonel's words taken from him)
        (_CHIEF + 'Police sealed the square.\n\nThe Galerie Vauquelin was shut. "Nothing '
         'points to a crime," he said.', "Mathis Vauquelin"),
        (_CHIEF + 'Police sealed the square.\n\nLycee Vauquelin was shut. "Nothing points to '
         'a crime," he said.', "Mathis Vauquelin"),
        (_CHIEF + 'Police sealed the square.\n\nAvenue Odile Vauquelin was shut. "Nothing '
         'points to a crime," he said.', "Mathis Vauquelin"),
        (_CHIEF + 'Police sealed Rue Mathilde Vauquelin.\n\n"Nothing points to a crime," he '
         'said.', "Mathis Vauquelin"),
    ],
)
def test_pronoun_with_two_of_a_surname(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_namesakes_reads_only_another_given_name_of_a_persons_surname() -> None:
    text = (_CHIEF + "Prosecutor Anne-Sophie Vauquelin opened an inquiry. Rue Odile Marchetti "
            "was closed. Vauquelin Quay was shut. Rue Mathilde Vauquelin was closed.")
    doc = analyse(segment(Article(id="a1", source="t", outlet="Test", text=text)))
    assert [e.text for e in namesakes(doc.analysis.entities, text)] == ["Anne-Sophie Vauquelin"]
    assert namesakes(doc.analysis.entities) == []  # no text, no title read: none
