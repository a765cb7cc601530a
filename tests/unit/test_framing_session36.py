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


# 2. A double surname's first part is no given name ("Olmedo Ríos said" beside "Beatriz
# Olmedo Ríos"), so one person is not split in two (attribution._inner_surnames); and a
# 'said' / 'claimed' pair shown for one speaker does not hide the same pair of verbs for
# another speaker's statement (framing.merge: invented dev t137, the election chief's
# letter 'claimed' was dropped behind the spokeswoman's).

@pytest.mark.parametrize("texts, inner", [
    (["Beatriz Olmedo Ríos", "Olmedo Ríos"], {"olmedo"}),
    (["Judge Ana Maria Lund-Varga"], {"maria"}),
    (["Chief executive Ana Maria Lund of Tessa Bank"], {"maria"}),
    # near misses: two-word names give no inner word
    (["Ricardo Olmedo", "Olmedo Ríos"], set()),
    (["Mayor Ilse Varn"], set()),
])
def test_inner_surnames(texts, inner):
    from storylens.findings.attribution import _inner_surnames

    assert _inner_surnames(texts) == inner


SPLIT_LEDE = ("Elena Castell Brun, head of the national audit office, resigned on Monday after "
              "a row with the government over the office's report on hospital spending.\n\n")
CHIEF_PLAIN = ('In a letter to parliament, Castell Brun said that "the pressure on this office '
               'in recent months has reached an unacceptable level".')
# (its own wording and a sentence before it: no alignment group holds it, so only the
# story-wide rule reads its 'claimed')
CHIEF_LOADED = ("Castell Brun, appointed in 2021, said in a letter to parliament that she was "
                "leaving to protect the office. She also claimed that \"the pressure on this "
                "office in recent weeks has reached an unacceptable level,\" without saying "
                "who was responsible.")
SPOKES_PLAIN = ('"The government has never interfered in the work of the audit office," '
                "government spokesman Tomas Reyne said.")
SPOKES_LOADED = ('Government spokesman Tomas Reyne claimed that "the government has never '
                 'interfered in the work of the audit office".')


def _claimed_speakers(texts) -> set[str]:
    """The speakers (Castell Brun: the pressure line; Reyne: the interference line) whose
    'claimed' sentence a framing line cites as its charged side, among invented articles (``SPLIT_LEDE`` + each text)."""
    from storylens.models import Article
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=SPLIT_LEDE + t)
            for i, (t, o) in enumerate(zip(texts, OUTLETS, strict=True))]
    comp = compare_articles(arts, Options())
    who: set[str] = set()
    for f in comp.findings:
        if f.type != "framing" or f.detail.get("kind") not in (
                "attribution_verb", "attribution_profile") or "'claimed'" not in f.summary:
            continue
        for sid in f.detail["b"]["sentences"]:
            said = comp.sentence(sid).text
            who |= {n for n, words in (("Castell Brun", "pressure"), ("Reyne", "interfered"))
                    if words in said}
    return who


@pytest.mark.parametrize("name, herald, courier, expected", [
    ("two speakers, 'claimed' for each in another outlet: both lines",
     CHIEF_LOADED + "\n\n" + SPOKES_PLAIN, CHIEF_PLAIN + "\n\n" + SPOKES_LOADED,
     {"Castell Brun", "Reyne"}),
    # near miss: one speaker's 'claimed' in one outlet only, the other said plainly
    ("one speaker's 'claimed' only", CHIEF_LOADED + "\n\n" + SPOKES_PLAIN,
     CHIEF_PLAIN + "\n\n" + SPOKES_PLAIN, {"Castell Brun"}),
])
def test_same_verbs_for_two_speakers_are_two_lines(name, herald, courier, expected):
    wire = CHIEF_PLAIN + "\n\n" + SPOKES_PLAIN
    assert _claimed_speakers((wire, courier, herald)) == expected


# 3. A people noun opening a sentence is no given name ("Businessman Einar Brand": no
# second Brand called "Businessman"; attribution._given_name), and a name right after a
# plain noun phrase is the subject of that noun's contact relative clause ("a degree Kovac
# claimed to have earned"), whose cue tells no statement of the sentence's
# (attribution._relative_of_noun).

@pytest.mark.parametrize("name, given", [
    ("Businessman Einar Brand", "einar"),
    ("Businesswoman Eira Brand", "eira"),
    ("Activist Jon Vell", "jon"),
    # near misses: a given name stays one
    ("Einar Brand", "einar"),
    ("Mayor Ilse Varn", "ilse"),
    ("Brand", None),
])
def test_people_noun_is_no_given_name(name, given):
    from storylens.findings.attribution import _given_name

    assert _given_name(name) == given


@pytest.mark.parametrize("text, name, relative", [
    ("The panel found that a medical degree Kovac claimed to have earned", "Kovac", True),
    ("It was the plan Vell said would fail", "Vell", True),
    # near misses: an apposition of a title, a people noun or a body; an adjunct
    ("Later the minister Anna Vell said", "Anna Vell", False),
    ("On Monday the businessman Einar Brand said", "Einar Brand", False),
    ("the union Unite said", "Unite", False),
    ("At the hearing Kovac said", "Kovac", False),
    ("In the interview Kovac said", "Kovac", False),
    ("Kovac said", "Kovac", False),
])
def test_relative_of_noun(text, name, relative):
    from storylens.findings.attribution import _relative_of_noun

    assert _relative_of_noun(text, 0, text.index(name)) is relative


REL_LEDE = ("A medical tribunal in Varna struck off the surgeon Anton Kovac on Tuesday after "
            "finding that his qualifications were forged.\n\n")
REL_PLAIN = ("The tribunal found that a medical degree Kovac said he had earned at the "
             "University of Tessel in 1999 had never been awarded.")
REL_LOADED = ("The tribunal found that a medical degree Kovac claimed to have earned at the "
              "University of Tessel had never been awarded.")


@pytest.mark.parametrize("name, herald, expected", [
    ("both cues inside a relative clause of 'degree': no statement contrast", REL_LOADED,
     False),
    # near miss: the same words as the sentence's own attribution
    ("the loaded outlet's own attribution", "Kovac claimed he had earned a medical degree at "
     "the University of Tessel in 1999.", True),
])
def test_contact_relative_with_a_name(name, herald, expected):
    plain = REL_PLAIN if not expected else "Kovac said he had earned a medical degree at the " \
        "University of Tessel in 1999."
    courier = plain.replace("Kovac said", "Kovac, 52, said")
    got = support.profile_lines(REL_LEDE, (plain, courier, herald), OUTLETS, "claimed")
    assert bool(got) is expected, got


# 4. The aligned endorsing-verb rule (held under the display cut) does not set a finding's
# "found" against "said": an audit or a search finds; that is no endorsement of a speaker
# (rules/attribution ENDORSING_NOT_COMPARED). "explained" for the same statement stays.

AUDIT_LEDE = ("The state audit office published its report on the Brelsford harbour "
              "depot sale on Tuesday.\n\n")


@pytest.mark.parametrize("name, herald, verb, expected", [
    ("'found' of an audit against 'said'",
     "The audit found that the depot had been sold for 1.2 million crowns less than its "
     "value.", "found", False),
    # near miss: an endorsing verb of a speaker for the same statement
    ("'explained' of the mayor against 'said'",
     "Mayor Ilse Varn explained that the depot had been sold for 1.2 million crowns less "
     "than its value.", "explained", True),
])
def test_found_is_no_endorsing_verb(name, herald, verb, expected):
    from dataclasses import replace

    from storylens.options import Options

    plain = ("The audit office said the depot had been sold for 1.2 million crowns less "
             "than its value." if verb == "found" else
             "Mayor Ilse Varn said the depot had been sold for 1.2 million crowns less than "
             "its value.")
    courier = plain.replace(" the depot", " the harbour depot")
    got = support.framings_among(AUDIT_LEDE, (plain, courier, herald), OUTLETS,
                                 replace(Options(), min_finding_confidence=0.0))
    lines = [f.summary for f in got if f.detail.get("rule") == "framing.aligned.endorsing_verb"
             and f"'{verb}'" in f.summary]
    assert bool(lines) is expected, lines
