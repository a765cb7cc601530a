"""A partial quote lifted from another outlet's full quote links two statements of one
speaker (rules/attribution ``LIFTED_QUOTE_MIN_WORDS``, session 15): "Varro admitted the
port had "no other choice"" in one outlet, "'... because we have no other choice,' Varro
told reporters" in the other, is one statement told with a loaded verb and a plain one,
though the two sentences share too few words to link otherwise. Near misses: one quoted
word; a phrase of function words only; a two-word phrase in the other outlet's narration,
not in a quote, or a run of two content words retold there (three content words retold
are the speaker's words); the phrase in another speaker's quote. Invented
text (a fictional Tarn harbour closure)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

RULE = "framing.story.attribution"
# the same contrast found in aligned sentences (a near miss must give neither)
ALIGNED = "framing.aligned.attribution_verb"
# The same opening sentences in both outlets: an aligned group, one story.
LEDE = ("Storm surges closed the container terminal at Port Tarn on Monday, stranding 40 "
        "ships in the outer roads of the Osk estuary. The closure is the first since the "
        "harbour wall was rebuilt in 2019.\n\n")


def _summaries(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=LEDE + b)]
    comp = compare_articles(arts, Options())
    return [f.summary for f in comp.findings
            if f.type == "framing" and f.detail.get("rule") in (RULE, ALIGNED)]


FULL = ("\"We shut the gates at dawn because we had no other choice,\" harbour master Selma "
        "Varro told reporters.")
CASES = [
    # (id, Harbour Post's text, Osk Herald's text, a statement-linked finding expected)
    ("a partial quote lifted from the full one", FULL,
     "Harbour master Selma Varro admitted that the port had \"no other choice\".", True),
    ("the quote's next sentence, which continues it",
     "\"We are doing everything we can,\" harbour master Selma Varro told reporters. "
     "\"The pumps are running and we have reached one crew.\"",
     "Harbour master Selma Varro conceded that rescuers had reached only \"one crew\".",
     True),
    ("near miss: one quoted word",
     "\"The old schedule was unworkable in a storm like this,\" harbour master Selma Varro "
     "told reporters.",
     "Harbour master Selma Varro claimed the pilots' plan was \"unworkable\".", False),
    ("near miss: a phrase of function words only",
     "\"All of us will be back at work on Friday,\" harbour master Selma Varro told "
     "reporters.",
     "Harbour master Selma Varro claimed the dockers had turned on \"all of us\".", False),
    # (the three words are the story's own, in three sentences: not rare enough to link
    # as shared words, STORY_LINK_MIN_WORDS)
    ("the phrase retold word for word as reported speech (three content words)",
     "Harbour master Selma Varro told reporters on the quay that the gates were shut at "
     "dawn because the port had no safe mooring berths after three surge warnings.\n\n"
     "Pilots said the mooring berths at the outer wall were not safe in a surge. The last "
     "safe mooring berths went to two tankers on Sunday.",
     "On Tuesday evening, with the storm still rising, harbour master Selma Varro claimed "
     "the estuary had \"no safe mooring berths\" for the ships still at sea.", True),
    ("near miss: a run of two content words retold",
     "Harbour master Selma Varro told reporters on the quay that the gates were shut at "
     "dawn because the port had no safe berths after three surge warnings.",
     "On Tuesday evening, with the storm still rising, harbour master Selma Varro claimed "
     "the estuary had \"no safe berths\" for the ships still at sea.", False),
    ("near miss: two words in the other outlet's narration, not in a quote",
     "Harbour master Selma Varro told reporters on the quay that the gates were shut at "
     "dawn because the port had no choice after three surge warnings.",
     "Harbour master Selma Varro claimed she had \"no choice\".", False),
    ("near miss: the phrase in another speaker's quote",
     "\"The port had no other choice,\" union leader Petra Holm said.\n\nHarbour master "
     "Selma Varro told reporters the gates would reopen on Friday.",
     "Harbour master Selma Varro claimed the port had \"no other choice\".", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_lifted_quote(case):
    _id, a, b, want = case
    got = _summaries(a, b)
    if want:
        assert any("Varro" in s for s in got), got
    else:
        assert not got, got


# review15e: a phrase that opens the speaker's words on another matter is no lift; the
# words that go on after it in the full quote must tell the lifting outlet's matter
OPENING_CASES = [
    ("near miss: the phrase opens a quote on another matter",
     "\"I have no doubt the new sea wall will hold through the winter,\" harbour master "
     "Selma Varro told reporters.",
     "Harbour master Selma Varro admitted she had \"no doubt\" the dockers would accept the "
     "pay offer.", False),
    ("the phrase goes on in the quote with the lifting outlet's matter",
     "\"I have no doubt the dockers will take the offer in the end,\" harbour master Selma "
     "Varro told reporters.",
     "Harbour master Selma Varro admitted she had \"no doubt\" the dockers would accept the "
     "pay offer.", True),
]


@pytest.mark.parametrize("case", OPENING_CASES, ids=[c[0] for c in OPENING_CASES])
def test_a_lifted_phrase_that_opens_another_matter(case):
    test_lifted_quote(case)


# review15e: the story's own term, quoted by one outlet and written in three or more
# sentences of an article, is no speaker's wording: two statements on the matter that both
# name it are not one (the rarity the shared-word link asks, align.ANCHOR_MAX_SENTENCES)
BILL_A = ("The tonnage levy bill would charge every ship that docks at Port Tarn. Shipowners "
          "have fought the tonnage levy bill since spring. Dockers marched against the tonnage "
          "levy bill on Sunday.\n\n")
BILL_B = ("The tonnage levy bill would charge every ship that docks at Port Tarn. Critics of "
          "the tonnage levy bill say it will drive trade to Osk.\n\n")
TERM_CASES = [
    ("near miss: a quoted term of the story retold in another statement",
     BILL_A + "Harbour master Selma Varro said the tonnage levy bill would pass the council "
     "easily next week.",
     BILL_B + "Harbour master Selma Varro claimed the \"tonnage levy bill\" was already dead "
     "after the storm.", False),
    ("a quoted run said once is still the speaker's words retold",
     BILL_A + "Harbour master Selma Varro said the port had kept its storm plan to the letter "
     "and would reopen on Friday.",
     BILL_B + "Harbour master Selma Varro insisted the port had \"kept its storm plan to the "
     "letter\" throughout the surge.", True),
]


@pytest.mark.parametrize("case", TERM_CASES, ids=[c[0] for c in TERM_CASES])
def test_a_quoted_term_of_the_story_is_no_lift(case):
    _id, a, b, want = case
    got = _summaries(a, b)
    statement = [s for s in got if "no one statement links them" not in s]
    if want:
        assert statement, got
    else:
        assert not statement, got


# review15e: another speaker's quote in the sentence of the speaker's statement is no source
# of a partial quote of the speaker's
OTHER_SPEAKER_CASES = [
    ("near miss: the phrase in another speaker's quote of the statement's sentence",
     "Harbour master Selma Varro told reporters the gates would reopen on Friday, but union "
     "leader Petra Holm said: \"The crews had no other choice.\"",
     "Harbour master Selma Varro admitted the port had \"no other choice\".", False),
    ("the speaker's own quote beside another speaker's",
     "Union leader Petra Holm said the crews would strike, but harbour master Selma Varro "
     "said: \"The port had no other choice.\"",
     "Harbour master Selma Varro admitted the port had \"no other choice\".", True),
]


@pytest.mark.parametrize("case", OTHER_SPEAKER_CASES, ids=[c[0] for c in OTHER_SPEAKER_CASES])
def test_another_speakers_quote_is_no_source(case):
    _id, a, b, want = case
    statement = [s for s in _summaries(a, b) if "no one statement links them" not in s]
    assert bool(statement) == want, statement
