"""Session 26's framing changes (framing26). Invented text: a fictional Velmora tax arrest and
a Marisol Gardens ride accident.

Attribution (``attribution._uses_by_speaker``): a quote whose speaker the quote analysis read
as a clause ("Rostov's lawyer, Ilse Varga, said his client denied any wrongdoing": speaker
'his client denied any wrongdoing') leaves its cue to the narrated reading, whose subject is
the person named before the cue; a cue with no named subject still gives no use.

Merge (``framing._widened``): an aligned "claimed" / "said" line names also the outlets whose
plain verb the story-wide line links to the same statement by its own words (the wire's
"said" for the same two-sentence quote, set apart from the aligned group by its sentence's
other words); a plain verb for another statement beside it is not added, nor a verb of its
own contrast ("explained", told by the story-wide line)."""

from __future__ import annotations

import pytest

from storylens.findings import FindingContext
from storylens.findings.attribution import _uses_by_speaker
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
ARREST = "Singer Tomas Rostov was arrested in Velmora on Monday on suspicion of evading income tax.\n\n"
CLAIMED = "His lawyer, Ilse Varga, claimed that he had done nothing wrong."


def _compare(lede: str, texts: list[str]):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=lede + t)
            for i, t in enumerate(texts)]
    return compare_articles(arts, STORY)


def _uses(text: str, other: str = CLAIMED) -> dict[str, list[tuple[str, str]]]:
    """Speaker key -> (class, cue) of outlet 1's attributions, outlet 2 writing ``other``."""
    comp = _compare(ARREST, [text, other])
    by, _ = _uses_by_speaker(FindingContext.build(comp.documents, comp.alignments, comp.provenance))
    return {k: [(u[2], u[1][2]) for u in per["a1"]] for k, per in by.items() if "a1" in per}


USE_CASES = [
    # (id, outlet 1's sentence, speaker key, its uses in outlet 1)
    ("a possessor's lawyer named in apposition speaks",
     "Rostov's lawyer, Ilse Varga, said his client denied any wrongdoing.",
     "varga", [("neutral", "said")]),
    ("the same with 'told'",
     "Rostov's lawyer, Ilse Varga, told reporters his client denied any wrongdoing.",
     "varga", [("neutral", "told")]),
    ("near miss: no name in the apposition, no speaker",
     "Rostov's lawyer, a former judge, said his client denied any wrongdoing.",
     "varga", None),
    ("near miss: the name after a preposition is not the subject",
     "Speaking after a meeting with Ilse Varga, a court clerk said the client denied any "
     "wrongdoing.", "varga", None),
]


@pytest.mark.parametrize("text, key, want", [c[1:] for c in USE_CASES],
                         ids=[c[0] for c in USE_CASES])
def test_an_unkeyed_quote_speaker_leaves_the_cue_to_the_narrated_subject(text, key, want):
    assert _uses(text).get(key) == want


# review26fr: outlet 2 names the inspector as a speaker, so his name is a person's in
# outlet 1 too; a name inside the subject's modifier, or the reported clause's subject,
# was given the cue (all None before this review's fix but the apposed or opening names)
INSPECTOR = "Tax inspector Kai Brund claimed that Rostov had hidden his income for years."
SUBJECT_CASES = [
    # (id, outlet 1's sentence, speaker key, its uses in outlet 1)
    ("a description before the cue is the speaker, not the reported clause's subject",
     "Rostov hid nothing, the firm said.", "rostov", None),
    ("a description after the cue is the speaker, not the reported clause's subject",
     "Kai Brund hid nothing, said the firm.", "brund", None),
    ("a name in a relative clause of the subject",
     "The firm, which Kai Brund founded, said its founder denied any wrongdoing.", "brund", None),
    ("a name in a relative clause of a description speaker",
     "The firm, which Kai Brund founded in 2009, said on Monday that its founder denied any "
     "wrongdoing.", "brund", None),
    ("a name after a preposition and a post",
     "The manager of inspector Kai Brund, Ilse Varga, said his client denied any wrongdoing.",
     "brund", None),
    ("a preposition's object opening the sentence",
     "Unlike tax inspector Kai Brund, the auditor said Rostov had hidden nothing.", "brund", None),
    ("a relative clause of a description speaker, 'who'",
     "The lawyer, who has known Kai Brund for years, said the inspector had hidden nothing.",
     "brund", None),
    ("the name opening the sentence before an aside speaks",
     "Kai Brund, the inspector, said his office had found hidden income.",
     "brund", [("neutral", "said")]),
    ("an unkeyed speaker phrase holding the name right before the cue",
     "A defiant Kai Brund told the court that Rostov had hidden his income.",
     "brund", [("neutral", "told")]),
    ("a post before the opening name",
     "Tax inspector Kai Brund, the head of the office, said his office had found hidden income.",
     "brund", [("neutral", "said")]),
]


@pytest.mark.parametrize("text, key, want", [c[1:] for c in SUBJECT_CASES],
                         ids=[c[0] for c in SUBJECT_CASES])
def test_the_narrated_speaker_of_an_unkeyed_cue_heads_the_subject(text, key, want):
    assert _uses(text, INSPECTOR).get(key) == want


RIDE = ("A carriage came loose on the Vortex ride at Marisol Gardens near Port Alvo on Sunday, "
        "injuring six riders.\n\n")
CENTRE = 'Park manager Orsola Benedetti said: "The comfort of our guests is our first concern."'
LEFT = ('Park manager Orsola Benedetti claimed that "the comfort of our guests is our first '
        'concern" and that the ride had passed its spring check.')
QUOTE = ('"The comfort of our guests is our first concern. The ride passed its spring check '
         'without any faults," ')
WIDE_CASES = [
    # (id, outlet 1's text, the aligned line's summary)
    ("the wire's 'said' for the same quote is named",
     QUOTE + "park manager Orsola Benedetti said in a statement.",
     "Outlet 3 writes 'claimed' where Outlet 2 and Outlet 1 write 'said' for the same statement."),
    ("near miss: 'said' for another statement beside a kindred one",
     "Park manager Orsola Benedetti confirmed that the ride had been closed. \"We have no "
     "evidence that anyone tampered with the carriage,\" she said.",
     "Outlet 3 writes 'claimed' where Outlet 2 writes 'said' for the same statement."),
    ("near miss: 'said' for another matter",
     "Park manager Orsola Benedetti said the park would stay closed until Friday while "
     "engineers examined the carriage.",
     "Outlet 3 writes 'claimed' where Outlet 2 writes 'said' for the same statement."),
    ("near miss: 'said' sharing the loaded line's occasion words, not its statement",
     "Park manager Orsola Benedetti said the spring check of the ride would now be repeated "
     "for every carriage before it reopens.",
     "Outlet 3 writes 'claimed' where Outlet 2 writes 'said' for the same statement."),
    ("near miss: another speaker says the same words",
     QUOTE + "safety inspector Dario Lentini said in a statement.",
     "Outlet 3 writes 'claimed' where Outlet 2 writes 'said' for the same statement."),
    ("near miss: a verb of its own contrast stays its own line",
     QUOTE + "park manager Orsola Benedetti explained in a statement.",
     "Outlet 3 writes 'claimed' where Outlet 2 writes 'said' for the same statement."),
]


WIDE_CASES += [
    # review26fr: a fragment of the loaded quote lifted into the same speaker's other
    # matter is no widening; the line's quote lifted whole into the added one is
    ("near miss: the same speaker's other matter lifting a phrase of the quote",
     'Park manager Orsola Benedetti said the new carriage would be "our first concern" when '
     "the ride reopens in May.",
     "Outlet 3 writes 'claimed' where Outlet 2 writes 'said' for the same statement."),
    ("near miss: a slogan of the quote's words, mocked by another speaker",
     '"The comfort of our guests is our first concern," union leader Dario Lentini said, '
     "mocking the park. Park manager Orsola Benedetti said the ride would reopen in May.",
     "Outlet 3 writes 'claimed' where Outlet 2 writes 'said' for the same statement."),
    ("the line's quote whole in a one-sentence quote of the wire (aligned outright)",
     '"The comfort of our guests is our first concern," park manager Orsola Benedetti said '
     "after the ride was closed.",
     "Outlet 3 writes 'claimed' where Outlet 1 and Outlet 2 write 'said' for the same "
     "statement."),
]


@pytest.mark.parametrize("text, want", [c[1:] for c in WIDE_CASES], ids=[c[0] for c in WIDE_CASES])
def test_the_aligned_line_names_the_plain_outlets_of_the_same_statement(text, want):
    comp = _compare(RIDE, [text, CENTRE, LEFT])
    lines = [f.summary for f in comp.findings
             if f.detail.get("rule") == "framing.aligned.attribution_verb"]
    assert lines == [want]
