"""review34f's probes of framing34's reported clause (``attribution.cue_complement``).
Invented text: a fictional collapse of a grain silo at the river port of Tamsworth.

Two guards the change missed, each a verb contrast set between two statements of one
speaker: the occasion between commas before "that" ("admitted, at a news conference on
Wednesday, that ..." / "told a news conference on Wednesday that ...": t216's shape with
commas; rules/attribution COMPLEMENT_OPENING_PATTERN), and a loaded clause that quotes the
speaker in single marks before a coordinated "and said" (t212's shape, British style;
COMPLEMENT_SINGLE_QUOTE_PATTERN). Near misses: the same statement with the occasion between
commas, and the single-quoted clause that is itself the shared statement, still fire; a
possessive's or a contraction's mark is no quote."""

from __future__ import annotations

import pytest
import support

# framing is off by default since session 27: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Fennick Courier", "Osterby Mail")

SILO = ("The grain silo at the river port of Tamsworth collapsed on Tuesday, spilling wheat "
        "across the dock road and injuring two workers, the port board said on Wednesday.\n\n")
VESKE = "Port director Hallam Veske"

ROWS = [
    # (id, Courier (plain verb), Mail (loaded verb), a finding expected for the loaded verb)
    ("an occasion between commas, two statements",
     f"{VESKE} told a news conference on Wednesday that the dock road would reopen on Friday.",
     f"{VESKE} admitted, at a news conference on Wednesday, that the silo's walls had not been "
     "inspected for three years.", False),
    ("a single-quoted loaded clause before a coordinated 'and said': two statements",
     f"{VESKE} said compensation would be paid to the injured workers.",
     f"{VESKE} admitted the walls had 'not been inspected properly' and said compensation would "
     "be paid to the injured workers.", False),
    ("near miss: the same statement, its occasion between commas",
     f"{VESKE} said the silo's walls had not been inspected for three years.",
     f"{VESKE} admitted, at a news conference on Wednesday, that the silo's walls had not been "
     "inspected for three years.", True),
    ("near miss: the single-quoted loaded clause is the shared statement",
     f"{VESKE} said the walls had not been inspected properly.",
     f"{VESKE} admitted the walls had 'not been inspected properly' and said compensation would "
     "be paid to the injured workers.", True),
]


@pytest.mark.parametrize("name,courier,mail,expected", ROWS, ids=[r[0] for r in ROWS])
def test_a_verb_contrast_needs_the_same_statement(name, courier, mail, expected):
    got = [f.summary for f in support.framings_between(SILO, courier, mail, OUTLETS)
           if f.detail.get("kind") in ("attribution_profile", "attribution_verb")
           and "'admitted'" in f.summary]
    assert bool(got) is expected, got


QUOTED = [
    # (id, the loaded clause before the coordinated cue, whether it quotes in single marks)
    ("a single-quoted phrase", "the walls had 'not been inspected properly' and ", True),
    ("an apostrophe inside the quote", "the crew 'didn't check the seals' and ", True),
    ("near miss: a possessive plural", "the workers' foreman ignored the warnings and ", False),
    ("near miss: a possessive singular", "the silo's walls were fine and ", False),
    ("near miss: an elided decade", "in the '80s the walls were fine and ", False),
]


@pytest.mark.parametrize("name,clause,expected", QUOTED, ids=[r[0] for r in QUOTED])
def test_single_quote_pattern(name, clause, expected):
    import re

    from storylens.rules.attribution import COMPLEMENT_SINGLE_QUOTE_PATTERN

    assert bool(re.search(COMPLEMENT_SINGLE_QUOTE_PATTERN, clause)) is expected
