"""'so-called' before a coined or technical compound names a kind; it doubts nothing.

Dev d164 and d168 (reader28): the wire's "the so-called ghost employees" and "so-called
jackpotting malware" were read as a doubt hedge against another outlet's plain wording,
while the wire reported the term flatly: it introduces the auditors' or the police's term.
The aligned doubt hedge and the story-wide modifier line now skip "so-called" before a lower-case compound of two words,
the first singular, none a stopword or a loaded term (rules/loaded_terms.TERM_OF_ART_WORDS).
Invented articles about a fictional payroll audit in Dunmore; near misses keep the hedge:
one word ("so-called reforms"), a capitalised name ("the so-called Harbour Tribunal"), a
plural first word ("so-called advisers drew")."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "Auditors in Dunmore published their payroll report on Tuesday."
LEDE_B = "The Dunmore payroll report was published by auditors on Tuesday."
TAIL_A = "The council will meet on Friday."
TAIL_B = "Councillors meet again on Friday."

CASES = [
    # (id, hedged sentence, plain sentence, doubt-hedge lines)
    ("coined compound, the term written plainly",
     "The audit office said the town paid 2.3 million crowns to the so-called shadow clerks "
     "between 2019 and 2024.",
     "The audit office said the town paid 2.3 million crowns to the shadow clerks "
     "between 2019 and 2024.", 0),
    ("technical compound, the jargon dropped",
     "The terminals in 14 villages were infected with so-called skimming firmware that copied "
     "every card, the audit office said.",
     "The terminals in 14 villages were infected with firmware that copied every card, "
     "the audit office said.", 0),
    ("near miss: one word",
     "The audit office said the so-called reforms had cost the town 2.3 million crowns "
     "since 2019.",
     "The audit office said the reforms had cost the town 2.3 million crowns since 2019.", 1),
    ("near miss: a capitalised name",
     "The audit office said the so-called Harbour Tribunal had cost the town 2.3 million "
     "crowns since 2019.",
     "The audit office said the Harbour Tribunal had cost the town 2.3 million crowns "
     "since 2019.", 1),
    ("near miss: a plural before a verb",
     "The audit office said so-called advisers drew 2.3 million crowns from the town "
     "since 2019.",
     "The audit office said advisers drew 2.3 million crowns from the town since 2019.", 1),
]


@pytest.mark.parametrize("hedged,plain,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_so_called_term_of_art(hedged: str, plain: str, expected: int) -> None:
    arts = [Article(id="a1", source="t", outlet="Dunmore Post", text=f"{LEDE_A} {hedged} {TAIL_A}"),
            Article(id="a2", source="t", outlet="Vell Herald", text=f"{LEDE_B} {plain} {TAIL_B}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True, descriptors=True))
    # the aligned doubt hedge or the story-wide modifier line, whichever shows it
    lines = [f for f in comp.findings if f.type == "framing" and "so-called" in f.summary]
    assert len(lines) == expected, [f.summary for f in lines]
