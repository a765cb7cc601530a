"""A pronoun speaker and the gender marks of people who share a surname, or whom the
text marks only by a "He"/"She" carrying a sentence's subject on; names the tagger did
not read as persons (a speaker, a sentence's subject) as rivals; a quote that continues a
pronoun's quote takes its resolution (session 13).

Invented harbour-town text. Each row: the article, then the speaker every quote ends
with after ``analyse``; a bare pronoun where nobody can be told apart (a wrong speaker
costs more than a missing one). Near misses sit beside each case.
"""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.analysis.quotes.pronouns import gender_cues
from storylens.models import Article
from storylens.segment import segment


def _speakers(text: str) -> list[str | None]:
    doc = analyse(segment(Article(id="a1", source="t", outlet="Test", text=text)))
    return [q.speaker for q in doc.analysis.quotes if q.direct]


# two people share a surname: the spokesman's "m" is his, not the minister's, whatever
# title stands before her name
SHARED = (
    "Sergeant Milan Oster had been flown to the coast with burns.\n\n"
    '"These crews did their duty," Harbour Minister Vesna Kordal said on Monday. '
    '"We will answer in our own time," she said.\n\n'
    "Opposition spokesman Tomas Kordal demanded a hearing."
)

JUDGE = (
    "The former harbour master, Ivo Brandt, was sent to prison on Thursday.\n\n"
    'Judge Vera Tamm said there was "no doubt that the ledger was forged". She ordered '
    "the sale of the boat yard.\n\n"
    "Brandt showed no remorse. As guards led him away, he claimed the ruling had been "
    'written "in the harbour office".'
)

CASES = [
    (SHARED, ["Harbour Minister Vesna Kordal", "Harbour Minister Vesna Kordal"]),
    # near miss: the man with her surname speaks, and "he" is his
    ("Opposition spokesman Tomas Kordal demanded a hearing on Monday. "
     '"The families are owed the truth," he said.\n\n'
     "Harbour Minister Vesna Kordal said the quay would reopen.",
     ["Opposition spokesman Tomas Kordal"]),
    # near miss: a "he" after the minister's quote, once her own words mark her ("said
    # she"): not her, and the sergeant named before her is not taken over her either
    ("Sergeant Milan Oster had been flown to the coast with burns.\n\n"
     "Harbour Minister Vesna Kordal said she would visit the crews. "
     '"We will answer in our own time," he said.\n\n'
     "Opposition spokesman Tomas Kordal demanded a hearing.",
     ["he"]),
    # a judge the next sentence calls "She": the "he" after the defendant's name is not
    # hers, and the phrase quoted inside his claim is his too
    (JUDGE, ["Judge Vera Tamm", "Brandt"]),
    # near miss: a judge nothing marks, and the defendant named only in the sentence
    # before: two people who could be meant, the "he" stays bare
    (JUDGE.replace(" She ordered", " The court ordered"), ["Judge Vera Tamm", "he"]),
]


ALL_CASES = [
    # the only person the tagger read is the object of a sentence another name opens
    # (its subject): the "he" is not hers, and the quote that continues it neither
    ("Harbour Master Ivo Brandt toured the flooded quay on Monday with Mayor Ana Lund.\n\n"
     '"The repairs are ahead of plan," he said. "We open the ferry berth in May, whatever '
     'the weather does."',
     ["he", "he"]),
    # near miss: she opens that sentence herself; the quote that continues hers is hers
    ("Mayor Ana Lund toured the flooded quay on Monday.\n\n"
     '"The repairs are ahead of plan," she said. "We open the ferry berth in May, whatever '
     'the weather does."',
     ["Ana Lund", "Ana Lund"]),
    # near miss: she is the subject, the man the object (his post in lower case, so that
    # the tagger still reads no person in him: "Harbour Master Ivo Brandt" is one since
    # review22n, a rival no mark tells from her, and the "she" stays bare)
    ('Mayor Ana Lund met harbour pilot Ivo Brandt at the quay. "The repairs are ahead of '
     'plan," she said.',
     ["Ana Lund"]),
    ('Mayor Ana Lund met Harbour Master Ivo Brandt at the quay. "The repairs are ahead of '
     'plan," she said.',
     ["she"]),
    # a speaker the tagger missed ("Kordal" opening the text) is a rival of the one it read
    ("Kordal said praise from Harbour Minister Ana Lund would not change his plans for the "
     'quay. He said Lund had "been a friend to the port for years".',
     ["Kordal", "He", "He"]),
    # near miss: nobody else named, the pronoun is the speaker's
    ("Kordal said praise from the harbour minister would not change his plans for the "
     'quay. He said the minister had "been a friend to the port for years".',
     ["Kordal", "Kordal", "Kordal"]),
]


@pytest.mark.parametrize(("text", "want"), ALL_CASES)
def test_all_quote_speakers(text: str, want: list[str | None]) -> None:
    doc = analyse(segment(Article(id="a1", source="t", outlet="Test", text=text)))
    assert [q.speaker for q in doc.analysis.quotes] == want


@pytest.mark.parametrize(("text", "want"), CASES)
def test_direct_quote_speakers(text: str, want: list[str | None]) -> None:
    assert _speakers(text) == want


def test_reported_he_after_a_judge_the_text_calls_she() -> None:
    doc = analyse(segment(Article(id="a1", source="t", outlet="Test", text=JUDGE)))
    claimed = [q for q in doc.analysis.quotes if "ruling" in q.text]
    assert [q.speaker for q in claimed] == ["Brandt"]


CUE_CASES = [
    # a surname two given names share carries no mark; each full name keeps its own
    (SHARED, {"tomas kordal": "m"}, ["kordal", "vesna kordal"]),
    # a "She" opening the next sentence marks the one person the sentence before named
    ('Judge Vera Tamm said there was "no doubt". She ordered the sale.',
     {"tamm": "f", "vera tamm": "f"}, []),
    # near miss: two people named in that sentence, no mark
    ("Ivo Brandt met Vera Tamm at the quay. She said the sale was off.", {}, ["tamm", "brandt"]),
    # near miss: a possessive subject is someone else ("Brandt's wife")
    ("Brandt's wife said the boat was sold. She left the town.", {}, ["brandt"]),
    # near miss: a courtesy title outweighs the next sentence's "He" (someone else)
    ("Ms. Tamm said the quay would close. He said the repairs were ahead.",
     {"tamm": "f"}, []),
    # near miss: a place in the sentence may be what the pronoun carries on: no mark
    ("Vera Tamm sailed to Orsk. She said the sale was off.", {}, ["tamm"]),
    # an age before the appositive ("Oster, 31, a father of two")
    ("Sergeant Milan Oster, 31, a father of two from Velm, was wounded.",
     {"oster": "m", "milan oster": "m"}, []),
    # near miss: the possessive run reads no given name ("The Kordal family")
    ("The Kordal family said nothing. Spokesman Tomas Kordal said he would speak.",
     {"kordal": "m", "tomas kordal": "m"}, []),
]


@pytest.mark.parametrize(("text", "want", "absent"), CUE_CASES)
def test_gender_cues(text: str, want: dict[str, str], absent: list[str]) -> None:
    cues = gender_cues(text)
    for k, g in want.items():
        assert cues.get(k) == g, (k, cues)
    for k in absent:
        assert k not in cues, (k, cues)


def test_gender_cues_read_past_a_long_data_token() -> None:
    # crash15: a pasted data blob (one 30,000-character word of capitals and letters) made
    # _AFTER and _SELF try a name at every capital of it, each try read to the word's end
    # (quadratic: ~12 s for 20,000 characters before). Names around it still read; no name
    # starts 40 or more characters into a word.
    blob = "QzR7" * 7_500
    text = (
        f"The attachment read {blob} and nothing else. Tomas Verrin, a father of two, "
        "said the ferry was late. Ilka Sarvo said she had warned the harbour office."
    )
    cues = gender_cues(text)
    assert cues["verrin"] == "m" and cues["sarvo"] == "f"
    deep = "x" * 45 + "Morrel, a mother of three, waited. Brann said he left."
    cues = gender_cues(deep)
    assert "morrel" not in cues and cues["brann"] == "m"
    near = "x" * 30 + "Morrel, a mother of three, waited."
    assert gender_cues(near)["morrel"] == "f"  # 30 characters in: read as before
