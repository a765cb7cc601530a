"""Sentence splitting: a table of tricky news cases, block handling, and offset properties."""

from __future__ import annotations

import pytest
import support
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.models import Article, Block
from storylens.segment import segment, split_sentences


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    # attribution tails stay with their quotation
    (
        '"We will finish the bridge by Friday," the ministry\'s spokeswoman said in a statement. '
        "Work resumed on Monday.",
        [
            '"We will finish the bridge by Friday," the ministry\'s spokeswoman said in a statement.',
            "Work resumed on Monday.",
        ],
    ),
    ('"Is it safe?" she asked. Nobody answered.', ['"Is it safe?" she asked.', "Nobody answered."]),
    ("\u201cIs it safe?\u201d Maria Okafor asked. Nobody answered.",
     ["\u201cIs it safe?\u201d Maria Okafor asked.", "Nobody answered."]),
    ('"Stop!" shouted the guard. He ran.', ['"Stop!" shouted the guard.', "He ran."]),
    # a closing quote after the full stop belongs to the sentence
    ('He said: "It is over." The crowd cheered.', ['He said: "It is over."', "The crowd cheered."]),
    ("She wrote: \u2018We stay.\u2019 Then she left.", ["She wrote: \u2018We stay.\u2019", "Then she left."]),
    # titles and abbreviations
    ("Gen. Ada Brook met Gov. Lee and Dr. Ilse Varga. They talked.",
     ["Gen. Ada Brook met Gov. Lee and Dr. Ilse Varga.", "They talked."]),
    ("Rep. Tom Hale and Sen. Ann Orr voted. Mr. and Mrs. Dunn did not.",
     ["Rep. Tom Hale and Sen. Ann Orr voted.", "Mr. and Mrs. Dunn did not."]),
    ("He lives on St. Agnes Road. It floods.", ["He lives on St. Agnes Road.", "It floods."]),
    ("Acme Inc. said profits rose. Brill Co. Ltd. disagreed.",
     ["Acme Inc. said profits rose.", "Brill Co. Ltd. disagreed."]),
    ("Shares of Acme Inc. The company said nothing.", ["Shares of Acme Inc.", "The company said nothing."]),
    ("Martin Luther King Jr. spoke. Crowds listened.", ["Martin Luther King Jr. spoke.", "Crowds listened."]),
    ("The motion, No. 12, failed. She said no. It was late.",
     ["The motion, No. 12, failed.", "She said no.", "It was late."]),
    # dotted initialisms
    ("The U.S. economy grew. U.N. officials met.", ["The U.S. economy grew.", "U.N. officials met."]),
    ("They flew to the U.S. The trip took a day.", ["They flew to the U.S.", "The trip took a day."]),
    ("U.S. President Tom Hale spoke.", ["U.S. President Tom Hale spoke."]),
    # initials
    ("J. R. R. Tolkien wrote it. George W. Bush read it.",
     ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]),
    # dates, money, decimals, percentages
    ("It opened on Nov. 10, 2020, in Port Elm. It closed in Sept. 2021.",
     ["It opened on Nov. 10, 2020, in Port Elm.", "It closed in Sept. 2021."]),
    ("The bridge cost $3.5 billion. Inflation was 2.4%. Fares rose 0.5 per cent.",
     ["The bridge cost $3.5 billion.", "Inflation was 2.4%.", "Fares rose 0.5 per cent."]),
    ("The meeting ended at 5 p.m. Police then left.", ["The meeting ended at 5 p.m.", "Police then left."]),
    ("It starts at 9 a.m. ET on Monday.", ["It starts at 9 a.m. ET on Monday."]),
    ("The crash happened at 4:15 p.m. Wednesday near the quay. Two were hurt.",
     ["The crash happened at 4:15 p.m. Wednesday near the quay.", "Two were hurt."]),
    ("Doors open at 8 a.m. Saturday, the council said.", ["Doors open at 8 a.m. Saturday, the council said."]),
    ("Bring tents, stoves, etc. Wednesday is the first night.", ["Bring tents, stoves, etc.", "Wednesday is the first night."]),
    # ellipses
    ("He paused... and then went on. Later... Nothing.",
     ["He paused... and then went on.", "Later...", "Nothing."]),
    ("She said \u2026 nothing at all. It rained\u2026 Then it stopped.",
     ["She said \u2026 nothing at all.", "It rained\u2026", "Then it stopped."]),
    # question and exclamation marks
    ("Why now? Because the money ran out! Everyone knew.",
     ["Why now?", "Because the money ran out!", "Everyone knew."]),
    # blank lines always end a sentence; a single newline does not
    ("Bridge reopens\n\nThe bridge reopened on Friday", ["Bridge reopens", "The bridge reopened on Friday"]),
    ("The bridge\nreopened on Friday. Cars returned.", ["The bridge\nreopened on Friday.", "Cars returned."]),
    ("One.\n \n\nTwo.", ["One.", "Two."]),
    # brackets
    ("Rep. Ann Lee (D-Calif.) voted no. It passed.", ["Rep. Ann Lee (D-Calif.) voted no.", "It passed."]),
    ("It passed (narrowly.) Then it failed.", ["It passed (narrowly.)", "Then it failed."]),
    # whitespace and edge cases
    ("   Leading and trailing spaces.   ", ["Leading and trailing spaces."]),
    ("", []),
    ("   \n\n  ", []),
    ("No terminal punctuation", ["No terminal punctuation"]),
    ("Lower case start. then lower again.", ["Lower case start. then lower again."]),
    # a stop whose space was lost in scraping ends a sentence before a capitalised word
    ("The harbour board said.The quay stays shut.", ["The harbour board said.", "The quay stays shut."]),
    ("The repairs were done.\u201cWe are ready,\u201d she said.",
     ["The repairs were done.", "\u201cWe are ready,\u201d she said."]),
    ("Ferries ran late on Monday.Police closed the quay.Crews left.",
     ["Ferries ran late on Monday.", "Police closed the quay.", "Crews left."]),
    ("It was signed by Acme Inc.The board agreed.", ["It was signed by Acme Inc.", "The board agreed."]),
    # a one-letter word after a glued stop: an article or an initial opens the sentence
    ("The ferries were released.A few crews stayed.", ["The ferries were released.", "A few crews stayed."]),
    ("The board met abroad.K Lund told reporters.", ["The board met abroad.", "K Lund told reporters."]),
    # a domain ending that is also a sentence opener ('in') opens a sentence after a glued stop
    ("A complaint was lodged at the station.In July the inquiry began.",
     ["A complaint was lodged at the station.", "In July the inquiry began."]),
    # near misses: no sentence ends at these glued stops
    ("See example.com for the timetable.", ["See example.com for the timetable."]),
    ("Write to www.DearAbby.com or call.", ["Write to www.DearAbby.com or call."]),
    ("Tickets are sold on Amazon.Com and at the quay.", ["Tickets are sold on Amazon.Com and at the quay."]),
    ("Tickets are sold on Velling.Co and at the quay.", ["Tickets are sold on Velling.Co and at the quay."]),
    ("The page velling.gov/Notices.Html moved.", ["The page velling.gov/Notices.Html moved."]),
    ("Mail ana.lund@harbour.Org today.", ["Mail ana.lund@harbour.Org today."]),
    ("Mrs.Dunn and Gov.Lee met at the quay.", ["Mrs.Dunn and Gov.Lee met at the quay."]),
    ("Mrs.A Dunn and the U.S.A team met.", ["Mrs.A Dunn and the U.S.A team met."]),
    ("The page velling.gov/notices.A B list moved.", ["The page velling.gov/notices.A B list moved."]),
    ("The U.S.Navy and the U.K.Coastguard helped.", ["The U.S.Navy and the U.K.Coastguard helped."]),
    ("Goods e.g.Timber and coal were lost.", ["Goods e.g.Timber and coal were lost."]),
    ("The level rose 1.4 metres to 3.25m.", ["The level rose 1.4 metres to 3.25m."]),
    ("J.R.R.Tolkien and George W.Bush read it.", ["J.R.R.Tolkien and George W.Bush read it."]),
    ("The file report.PDF was sent.", ["The file report.PDF was sent."]),
    ("Ships sailed from Calif.Gov officials watched.", ["Ships sailed from Calif.Gov officials watched."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_table(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_offsets_slice_exactly() -> None:
    text = '  "We will finish the bridge by Friday," she said.\n\nWork resumed. '
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip()
        assert text[s:e]


def _article(text: str, blocks: tuple[Block, ...] = ()) -> Article:
    return Article(id="a3", source="test", outlet="The Port Elm Courier", text=text, blocks=blocks)


def test_segment_ids_blocks_and_kinds() -> None:
    head = "Harbourview Bridge to reopen Friday"
    sf = "Repairs finish early. Tolls stay."
    body = "The bridge reopens on Friday. Officials said so."
    text = f"{head}\n\n{sf}\n\n{body}"
    blocks = (
        Block("headline", 0, len(head)),
        Block("standfirst", len(head) + 2, len(head) + 2 + len(sf)),
        Block("paragraph", len(head) + 4 + len(sf), len(text)),
    )
    doc = segment(_article(text, blocks))
    assert [s.id for s in doc.sentences] == ["a3:s0", "a3:s1", "a3:s2", "a3:s3", "a3:s4"]
    assert [s.block for s in doc.sentences] == ["headline", "standfirst", "standfirst", "paragraph", "paragraph"]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
        assert s.article == "a3"


def test_sentences_never_cross_block_boundaries() -> None:
    text = "Bridge to reopen Officials said the bridge reopens."
    cut = len("Bridge to reopen")
    blocks = (Block("headline", 0, cut), Block("paragraph", cut + 1, len(text)))
    doc = segment(_article(text, blocks))
    assert [s.text for s in doc.sentences] == ["Bridge to reopen", "Officials said the bridge reopens."]
    assert [s.block for s in doc.sentences] == ["headline", "paragraph"]


def test_segment_without_blocks_and_uncovered_text() -> None:
    text = "Heading line\n\nBody one. Body two."
    doc = segment(_article(text))
    assert [s.text for s in doc.sentences] == ["Heading line", "Body one.", "Body two."]
    assert all(s.block == "paragraph" for s in doc.sentences)
    # text outside every block is still segmented, as paragraph
    doc = segment(_article(text, (Block("headline", 0, 12),)))
    assert [s.block for s in doc.sentences] == ["headline", "paragraph", "paragraph"]


_PIECES = st.sampled_from(
    ["word", "Bridge", "U.S.", "Dr.", "Nov.", "3.5", "$2", "J.", "a.m.", "etc.", ".", "?", "!",
     "...", "\u2026", '"', "'", "\u201c", "\u201d", "\u2019", ",", "(", ")", "-", "\u2014",
     " ", " ", " ", "\n", "\n\n", "\t", "said", "Is", "it"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_spans_property(text: str) -> None:
    spans = split_sentences(text)
    prev = 0
    covered = set()
    for s, e in spans:
        assert prev <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip() and piece
        covered.update(range(s, e))
        prev = e
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    assert not lost


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.lists(_PIECES, max_size=40).map("".join))
def test_blank_line_always_ends_a_sentence(a: str, b: str) -> None:
    text = f"{a}\n\n{b}"
    cut = len(a)
    for s, e in split_sentences(text):
        assert not (s < cut and e > cut + 2)


def test_work_grows_linearly_with_the_text() -> None:
    """No quadratic loop in the splitter: 4x the paragraphs make at most ~4x the calls
    (a count, not a time: the house rule keeps timings out of tests; the speed itself is
    measured by benchmarks/hostile.py). The 1.3 MB text is split whole and right."""
    para = (
        '"We will finish the bridge by Friday," the spokeswoman said. Gen. Ada Brook of the '
        "U.S. Army met Dr. Ilse Varga on Nov. 10, 2020, at 5 p.m. The bridge cost $3.5 billion, "
        "up 2.4% from the plan... Officials did not comment.\n\n"
    )
    split_sentences(para * 10)  # first-call work (compiled patterns) outside the counts
    small = support.calls_made(split_sentences, para * 500)
    large = support.calls_made(split_sentences, para * 2000)
    assert large <= 4.5 * small, (small, large)  # linear: 4x; quadratic: ~16x
    assert len(split_sentences(para * 5000)) == 4 * 5000  # about 1.3 MB
