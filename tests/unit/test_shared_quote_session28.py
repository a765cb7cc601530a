"""Shared quotes told as what they are (session 28: invented dev d162, d163, d169, d170, read
wrong by reader28):

- a fragment whose verb the outlet fitted to its own sentence ('accused the board of
  "needing nine days …"' / "… the board needed nine days …") is a cut of the quote with a
  word apart, the other outlet giving more of it, not a rewording (shared_quote._fitted);
- two quotes of people each article introduces unnamed and describes apart ("one woman",
  "a young man") are one statement only in the same words: like words changed are two
  accounts (shared_quote._described_apart);
- a clause and its "and" that one quote has before the shared words, where the other opens
  on them as a sentence, is a further claim dropped (shared_quote._claim_before);
- a word dropped inside a further shared quote's run is told beside its change at an edge
  (findings.source._tail_difference).

Near misses keep their old reading. Invented articles (fictional Brennvik, its council and
harbour, outlets the Brennvik Post and the Lowland Courier)."""

from __future__ import annotations

import pytest
import support

from storylens.findings.shared_quote import _described_apart, _fitted

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Brennvik's harbour was closed on Friday after the storm wrecked the north quay."
LEAD_B = "The north quay of Brennvik harbour was wrecked by Friday's storm and the port shut."
OUTLETS = ("Brennvik Post", "Lowland Courier")


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b, OUTLETS,
                                    "Brennvik storm", "shared_quote")


_one_line_shows = support.one_line_shows


MORE = "Brennvik Post gives more of it"

# (id, a, b, words the line must show, words it must not show)
FITTED = [
    ("a fragment's verb fitted to the sentence",
     '"Four thousand homes were left without power, and the company needed nine days to send '
     'a single engineer," councillor Ysolde Marrin said.',
     'Councillor Ysolde Marrin accused the company of "needing nine days to send a single '
     'engineer", a charge it denies.',
     ("a word apart: 'needed', 'needing'", MORE), ("where",)),
    ("near miss: another verb at the fragment's edge",
     '"Four thousand homes were left without power, and the company needed nine days to send '
     'a single engineer," councillor Ysolde Marrin said.',
     'Councillor Ysolde Marrin accused the company of "wasting nine days to send a single '
     'engineer", a charge it denies.',
     ("where", "'wasting'"), ("a word apart", "gives more of it")),
    ("near miss: the fragment keeps the verb as said",
     '"Four thousand homes were left without power, and the company needed nine days to send '
     'a single engineer," councillor Ysolde Marrin said.',
     'Councillor Ysolde Marrin said the company "needed nine days to send a single engineer", '
     "a charge it denies.",
     ("quote the same words", MORE), ("a word apart", "where")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", FITTED, ids=[c[0] for c in FITTED])
def test_a_fragment_fitted_to_its_sentence_is_a_cut(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)


# (keys, other, run i0, i1, j0, j1, edits) -> the run carried on, and its edits
FIT_TABLE = [
    # the shorter's one word before the run, the longer's beside it: one stem
    ("needing nine days".split(), "company needed nine days".split(), (1, 3, 2, 4, 0),
     (0, 3, 1, 4, 1)),
    # after the run, the shorter's last word
    ("the pier was closing".split(), "the pier was closed to ferries".split(), (0, 3, 0, 3, 0),
     (0, 4, 0, 4, 1)),
    # near miss: two stems
    ("wasting nine days".split(), "company needed nine days".split(), (1, 3, 2, 4, 0),
     (1, 3, 2, 4, 0)),
    # near miss: both quotes go on past the word (no fragment's edge there)
    ("they needing nine days".split(), "company needed nine days".split(), (2, 4, 2, 4, 0),
     (2, 4, 2, 4, 0)),
    # near miss: the edits are spent
    ("needing nine days".split(), "company needed nine days".split(), (1, 3, 2, 4, 2),
     (1, 3, 2, 4, 2)),
    # near miss: stopwords ("was" / "were") are no verb fitted: a word changed
    ("were nine days".split(), "it was nine days".split(), (1, 3, 2, 4, 0), (1, 3, 2, 4, 0)),
]


@pytest.mark.parametrize("keys,other,run,expected", FIT_TABLE)
def test_fitted_table(keys, other, run, expected):
    i0, i1, j0, j1, edits = run
    assert _fitted(keys, other, i0, i1, j0, j1, edits) == expected


APART = [
    ("one woman", "a young man", True),
    ("one freed worker", "a young man", True),
    ("an elderly resident", "a fisherman", True),
    # near misses: a description within the other's, a named speaker, a definite one
    ("a worker", "one freed worker", False),
    ("one fisherman", "a fisherman", False),
    ("one woman", "Ysolde Marrin", False),
    ("the woman", "a young man", False),
    (None, "a young man", False),
]


@pytest.mark.parametrize("a,b,expected", APART)
def test_described_apart_table(a, b, expected):
    assert _described_apart(a, b) is expected
    assert _described_apart(b, a) is expected


def test_two_unnamed_people_with_like_words_are_two_statements():
    a = ('"They took our boots on the first night and locked us in the net shed when we '
         'refused to sail," said one woman from the valley, who asked not to be named.')
    b = ('"They took our boots on the first night and locked us in the net shed every '
         'night," said a young man who had worked on the trawlers for five months.')
    assert _shared(a, b) == []


@pytest.mark.parametrize("b,shown", [
    # near miss: the same words, whoever the two outlets say spoke them
    ('"They took our boots on the first night and locked us in the net shed when we refused '
     'to sail," said a young man who had worked on the trawlers for five months.',
     "quote the same words"),
    # near miss: a description the other's may be ("a worker" / "one freed worker")
    ('"They took our boots on the first night and locked us in the net shed every night," '
     "said one freed worker.",
     "nearly the same words"),
])
def test_like_words_of_unnamed_people_near_misses(b, shown):
    a = ('"They took our boots on the first night and locked us in the net shed when we '
         'refused to sail," said a worker, who asked not to be named.')
    found = _shared(a, b)
    assert len(found) == 1
    assert shown in found[0].summary, found[0].summary


CLAIMS = [
    ("a clause and its 'and' dropped before a sentence's start",
     '"The barriers were taken down too early and the fans had nowhere to go," harbour '
     "commissioner Ysolde Marrin told reporters.",
     '"The fans had nowhere to go," harbour commissioner Ysolde Marrin said, adding that '
     "stewards had done their best.",
     ("quote nearly the same words", "Brennvik Post adds 'The barriers were taken down too "
      "early and'"), ("gives more of it",)),
    ("near miss: the shorter woven in lower case",
     '"The barriers were taken down too early and the fans had nowhere to go," harbour '
     "commissioner Ysolde Marrin told reporters.",
     'Harbour commissioner Ysolde Marrin said "the fans had nowhere to go" once the gates shut.',
     ("quote the same words", MORE), ("adds",)),
    ("near miss: a sentence before dropped",
     '"The barriers were taken down too early. The fans had nowhere to go," harbour '
     "commissioner Ysolde Marrin told reporters.",
     '"The fans had nowhere to go," harbour commissioner Ysolde Marrin said, adding that '
     "stewards had done their best.",
     ("quote the same words", MORE), ("adds",)),
    ("near miss: a subject conjunct, no clause",
     '"The stewards at the north gate and the fans had nowhere to go," harbour commissioner '
     "Ysolde Marrin told reporters.",
     '"The fans had nowhere to go," harbour commissioner Ysolde Marrin said, adding that '
     "stewards had done their best.",
     ("quote the same words", MORE), ("adds",)),
    ("near miss: the kept clause points back by a pronoun",
     '"The harbour of Brennvik is safe, and those who damage it will pay for every stone," '
     "harbour commissioner Ysolde Marrin told reporters.",
     'Harbour commissioner Ysolde Marrin vowed the vandals would be caught. "Those who damage '
     'it will pay for every stone," she said.',
     ("quote the same words", MORE), ("adds",)),
    ("near miss: the kept clause takes up a word of the dropped one",
     '"The barriers were taken down too early and the barriers at the north gate were never '
     'replaced," harbour commissioner Ysolde Marrin told reporters.',
     '"The barriers at the north gate were never replaced," harbour commissioner Ysolde Marrin '
     "said, adding that stewards had done their best.",
     ("quote the same words", MORE), ("adds",)),
    ("near miss: the clause told in the outlet's own words",
     '"The barriers were taken down too early and the fans had nowhere to go," harbour '
     "commissioner Ysolde Marrin told reporters.",
     '"The fans had nowhere to go," harbour commissioner Ysolde Marrin said, admitting the '
     "barriers were taken down too early.",
     ("quote the same words",), ("adds", "nearly")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_a_claim_dropped_before_a_sentence_start_is_named(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)


FIRST_A = ('"Our members are rostered to the very limit of what the rules allow, week after '
           'week," said Per Aasland, chair of the pilots\' union.')
FIRST_B = ('"Our members are rostered to the very limit of what the rules allow, week after '
           'week," union chair Per Aasland said.')

TAILS = [
    ("a word dropped inside a further quote with a clause cut",
     '"At no time was the crew in serious danger, but these checks should have been done '
     'weeks ago," harbour master Kai Lund said.',
     '"At no time was the crew in danger," harbour master Kai Lund said.',
     ("1 more nearly the same (a word apart: 'serious'; ",), ()),
    ("near miss: a word dropped, nothing cut",
     '"At no time was the crew in serious danger," harbour master Kai Lund said.',
     '"At no time was the crew in danger," harbour master Kai Lund said.',
     ("1 more nearly the same (a word apart: 'serious')",), (";  ",)),
    ("near miss: a clause cut, no word dropped inside",
     '"At no time was the crew in danger, but these checks should have been done weeks ago," '
     "harbour master Kai Lund said.",
     '"At no time was the crew in danger," harbour master Kai Lund said.',
     ("1 more",), ("a word apart",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", TAILS, ids=[c[0] for c in TAILS])
def test_a_word_dropped_in_a_further_quote_is_told_beside_its_change(case_id, a, b, shown,
                                                                      absent):
    _one_line_shows(_shared(FIRST_A + " " + a, FIRST_B + " " + b), case_id, shown, absent)
