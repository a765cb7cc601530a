"""Review of session 31's quotes31 merge (review31q): a speaker change needs more than two
outlets' given names.

quotes31 let two given names of two people before one surname ("Ana Lund" / "Ion Lund",
siblings) stay two speakers (quotes.given_names_apart), a test written for linkers where a
wrong split only misses a link. In quote_speakers a wrong split claims the words were given
to two people: a title the word lists lack ("Councillor Lundqvist"), a short form
("Kasia" / "Katarzyna"), initials ("J.P." / "Jean-Pierre"), an anglicised name
("George" / "Giorgos") or a name order ("Liang Mei" / "Mei Liang") is one person written
two ways by two outlets, and one article's "Greta Solvang" then "Councillor Solvang" is
one person too. Given names now tell two people apart only where each of the two articles
names both (quote_speakers._named_apart): each tells its reader they are two.

The text is new invented text (the port of Skervik, its ferry slip and its people).
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(quote_changes=True)
TAIL = " The ferry board will meet in May to review the slip's rules."
QUOTE = "Nobody told us the ramp was cracked. We found out from the ferry crew"


def _speaker_changes(a: str, b: str) -> list[tuple[str, str]]:
    return support.speaker_changes(a + TAIL, b + TAIL, ("Skervik Courier", "Fjordline News"), ON)


def _said(name: str) -> str:
    return f'"{QUOTE}," {name} said on Monday.'


CASES = [
    # (id, outlet a, outlet b, speaker change expected)
    # one person written two ways: a title the lists lack read as a given name ...
    ("title-councillor", _said("Greta Solvang"), _said("Councillor Solvang"), False),
    ("title-pastor", _said("Henrik Aamot"), _said("Pastor Aamot"), False),
    ("title-skipper", _said("Henrik Aamot"), _said("Skipper Aamot"), False),
    ("title-harbourmaster", _said("Greta Solvang"), _said("Harbourmaster Solvang"), False),
    # ... a short form, initials, an anglicised name, a name order
    ("short-form", _said("Katarzyna Brzeska"), _said("Kasia Brzeska"), False),
    ("pet-name", _said("Margaret Tollefsen"), _said("Peggy Tollefsen"), False),
    ("initials", _said("Jean-Pierre Vauclair"), _said("J.P. Vauclair"), False),
    ("anglicised", _said("Giorgos Marantis"), _said("George Marantis"), False),
    ("name-order", _said("Zhou Lan"), _said("Lan Zhou"), False),
    # an article names two of the surname, the other outlet's title is neither
    ("named-both-title-other",
     f"Greta Solvang and her husband Odd Solvang run the kiosk. {_said('Greta Solvang')}",
     _said("Councillor Solvang"), False),
    # one article's full name, then its title or short form before the surname
    ("full-then-title",
     _said("Greta Solvang"),
     f"Greta Solvang chairs the ferry board. {_said('Councillor Solvang')}", False),
    ("full-then-title-both",
     f"Greta Solvang chairs the ferry board. {_said('Greta Solvang')}",
     f"Greta Solvang chairs the ferry board. {_said('Councillor Solvang')}", False),
    ("full-then-short-form",
     _said("Katarzyna Brzeska"),
     f"Katarzyna Brzeska runs the kiosk. {_said('Kasia Brzeska')}", False),
    # only one outlet tells of two people: the other's name may be either (a miss)
    ("siblings-one-article",
     f"Greta Solvang and her brother Odd Solvang run the kiosk. {_said('Odd Solvang')}",
     _said("Greta Solvang"), False),
    # near misses that stay changes: each outlet names both siblings ...
    ("siblings-both-articles",
     f"Greta Solvang and her brother Odd Solvang run the kiosk. {_said('Greta Solvang')}",
     f"Greta Solvang and her brother Odd Solvang run the kiosk. {_said('Odd Solvang')}",
     True),
    # ... and two unrelated names, as before
    ("two-names", _said("Greta Solvang"), _said("Henrik Aamot"), True),
]


@pytest.mark.parametrize("a, b, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_given_names_apart_need_each_article_naming_both(a: str, b: str, expected: bool) -> None:
    got = _speaker_changes(a, b)
    assert bool(got) == expected, got
