"""Session 36's framing recall (framing36): a speech verb in a participial adjunct.

"Mayor Ilse Varn, a Green, was quick to seize on the vote, claiming it was 'a theft'": the
'claiming' is the sentence subject's verb for the statement, however long the predicate
before it. The cue finder reads finite verbs only, and the narrated reading
(attribution._narrated_uses) gave a cue to a person at most NEAR_WORDS words before it, so
such a line had no speaker and its 'claiming' was never set against another outlet's 'said'
for the same words (invented dev d218: the mayor's 'claiming it was "an attack on every
person ..."' against the wire's '"This is an attack on every person ...," she said').

Near misses, no speaker read: the name not the sentence's subject ("Officers arrested ...
Varn, claiming"), a relative or subordinate clause between ("... the officers who came,
claiming"), a second person named between, a noun object after the participle, no comma.

All text invented here: a fictional council vote in the town of Brelsford; Mayor Ilse Varn;
the Brelsford Wire, the Tarnby Courier and the Coastline Herald.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.attribution import _participle_of
from storylens.models import Sentence

OUTLETS = ("Brelsford Wire", "Tarnby Courier", "Coastline Herald")

LEDE = ("Brelsford council voted on Tuesday to sell the old harbour depot to a private "
        "developer for 4 million crowns, ending a two-year dispute over the site.\n\n")
PLAIN = ("Mayor Ilse Varn of the Green Party opposed the sale.\n\n"
         '"This sale is a theft from every family in Brelsford, not only from the harbour '
         'workers," Varn said.')
ADJUNCT = ("Mayor Ilse Varn, a Green, was quick to seize on the vote, claiming it was "
           '"a theft from every family in Brelsford".')


class _Person:
    """The few fields of an entity that _participle_of reads."""

    def __init__(self, text: str, sentence: str, key: str = "varn"):
        self.start = sentence.index(text)
        self.end = self.start + len(text)
        self.key = key


@pytest.mark.parametrize("sentence, name, cue, expected", [
    (ADJUNCT, "Ilse Varn", "claiming", True),
    ("Ilse Varn ordered an inquiry but brushed off questions about the sale, insisting "
     "there had been no wrongdoing.", "Ilse Varn", "insisting", True),
    ("Councillor Ilse Varn voted against the sale on Tuesday, saying the depot should "
     "stay public.", "Ilse Varn", "saying", True),
    # near misses: the name is not the subject that opens the sentence
    ("Officers questioned the developer and Ilse Varn about the sale, claiming the "
     "papers were forged.", "Ilse Varn", "claiming", False),
    ("After a long meeting with Ilse Varn, the developer signed the contract, claiming "
     "the price was fair.", "Ilse Varn", "claiming", False),
    # ... a relative or subordinate clause between: its subject may own the adjunct
    ("Ilse Varn met the harbour workers who had lost their jobs, claiming the sale was "
     "unfair.", "Ilse Varn", "claiming", False),
    ("Ilse Varn left the chamber when the developer stood up, insisting the vote was "
     "void.", "Ilse Varn", "insisting", False),
    # ... no comma before the participle: no adjunct
    ("Ilse Varn spent the evening claiming the vote was void.", "Ilse Varn", "claiming",
     False),
])
def test_participle_of_the_sentence_subject(sentence, name, cue, expected):
    s = Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(sentence),
                 text=sentence, block="paragraph")
    a = sentence.index(cue)
    assert _participle_of(sentence, s, _Person(name, sentence), a, a + len(cue),
                          [_Person(name, sentence)]) is expected


def test_participle_with_another_person_between():
    """Near miss: a second person named between the subject and the participle."""
    text = ("Ilse Varn praised the vote after Piet Oduya spoke for the developer, claiming "
            "the depot was worthless.")
    s = Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text,
                 block="paragraph")
    a = text.index("claiming")
    other = _Person("Piet Oduya", text, key="oduya")
    assert not _participle_of(text, s, _Person("Ilse Varn", text), a, a + len("claiming"),
                              [_Person("Ilse Varn", text), other])


UNQUOTED = ("Mayor Ilse Varn, a Green, was quick to seize on the vote, claiming it was a "
            "theft from every family in Brelsford.")

CASES = [
    # (id, the Herald's text, a line for 'claiming' expected)
    ("the Herald's participial 'claiming' for the words the others give with 'said'",
     ADJUNCT, True),
    ("the same, its words without quote marks (no quote for the quote finder to carry)",
     UNQUOTED, True),
    # near misses
    ("the participle's subject is the officers, not Varn",
     "Officers questioned the developer and Mayor Ilse Varn about the sale, claiming it "
     "was a theft from every family in Brelsford.", False),
    ("a subordinate clause between: the workers may be the ones claiming",
     "Mayor Ilse Varn, a Green, listened as the harbour workers, who had lost their jobs "
     "at the depot, marched past, claiming it was a theft from every family in "
     "Brelsford.", False),
    ("a noun object after the participle: no statement",
     "Mayor Ilse Varn, a Green, walked out of the chamber, claiming a small victory on "
     "the harbour workers' pensions.", False),
]


@pytest.mark.parametrize("name,herald,expected", CASES, ids=[c[0] for c in CASES])
def test_participial_claim_against_said(name, herald, expected):
    courier = PLAIN.replace("Ilse Varn of", "Ilse Varn, 51, of")
    got = support.profile_lines(LEDE, (PLAIN, courier, herald), OUTLETS, "claiming")
    assert bool(got) is expected, got
