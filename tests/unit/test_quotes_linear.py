"""Quote extraction and credit lines do work linear in the input on hostile text.

No timings: the work is counted (Python lines executed inside ``storylens.analysis.quotes``)
at two sizes, and the larger input must cost about twice the smaller one. A quadratic
step (a scan of every quote mark per token, a list of every token start per cue) makes
the ratio about four. Regex steps are not lines, so the credit patterns are checked by
the size of text they are given instead.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from storylens.analysis import quotes as quotes_pkg
from storylens.analysis.quotes import extract_quotes
from storylens.analysis.quotes.speakers import _name_seqs
from storylens.findings import source
from storylens.models import Article
from storylens.segment import segment

PKG = str(Path(quotes_pkg.__file__).parent)


def _work(text: str) -> int:
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def trace(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PKG) else None

    sys.settrace(trace)
    try:
        extract_quotes(doc)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    "unit",
    [
        '"word" ',  # one sentence of thousands of short quotes
        '"w w," said X Y ',  # thousands of attributed quotes in one sentence
        'a" b ',  # glued straight marks: parity of the marks after each one
        "He said the plan works, she said. ",  # many reported clauses, pronoun speakers
        "'tis the word' ",  # single marks
        "the board closed it, citing a crack, ",  # participle cues in one long sentence
        "Crews of the port and mills said it works and said ",  # subject phrases, "and said"
        'it is "fine," the board said, and ',  # phrase quotes, trailing attributions
        "it rose, said Ann Orr, a clerk who ",  # appositives after a trailing "said X"
        "Vell said after the vote in Oria, ",  # place phrases before a "that"/pronoun
    ],
)
def test_quote_work_is_linear(unit):
    small, large = _work(unit * 400), _work(unit * 800)
    assert small > 0
    assert large / small < 2.4, (unit, small, large)


def test_adding_that_speaker_lookup_is_linear():
    # ", adding that …" takes the sentence's first quoted speaker: found by bisection, not
    # by a scan of every earlier quote per sentence (which made this ratio about 6)
    unit = '"Yes," Lund said, adding that it works. '
    small, large = _work(unit * 300), _work(unit * 1200)
    assert small > 0
    assert large / small < 4.8, (small, large)


def test_name_sequences_match_the_plain_pattern():
    # the run-anchored pattern finds exactly what the plain one finds (which retried every
    # capital inside an "A-A-A-…" run), on random text and random windows
    plain = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")
    pieces = ["A", "B", "Ab", "a", "x", "-", "'", "’", " ", "\n", ".", "é", "É", "_", "1", "Mr. "]
    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(30)))
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        expected = [m.group() for m in plain.finditer(text, a, b)]
        assert list(_name_seqs(text, a, b)) == expected, (text, a, b)


def test_name_sequences_in_prose():
    text = "Then Jean-Marc Ayrault met O'Brien Holt and x-Ray Smith at the Velling Harbour."
    assert list(_name_seqs(text, 0, len(text))) == [
        "Then Jean-Marc Ayrault",
        "O'Brien Holt",
        "Ray Smith",
        "Velling Harbour",
    ]


def test_partial_quote_host_still_found_after_caps():
    # the bounded look-back for the clause holding a partial quote keeps the speaker
    text = (
        "Minister Rina Vell said on Monday that the bridge would reopen "
        '"within weeks, not months" after repairs.'
    )
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    direct = [q for q in extract_quotes(doc) if q.direct]
    assert [q.speaker for q in direct] == ["Minister Rina Vell"]


def test_credit_patterns_read_bounded_windows(monkeypatch):
    seen: list[int] = []
    real = source.CONTRIBUTOR

    class Spy:
        def search(self, s):
            seen.append(len(s))
            return real.search(s)

    monkeypatch.setattr(source, "CONTRIBUTOR", Spy())
    text = "Word." * 20000 + " Continental Press Agency contributed to this report."
    art = Article(id="a1", source="t", outlet="Test", text=text)
    assert "Continental Press Agency" in source.credits_of(art)
    assert seen and max(seen) <= source.CREDIT_WINDOW


def test_credit_patterns_have_bounded_repeats():
    # every repeat before a fixed anchor is bounded ({m,n}), so no pattern can try the
    # whole text from each start position
    for pat in (*source.CREDIT_PATTERNS, source.CONTRIBUTOR):
        body = pat.pattern
        for i, ch in enumerate(body):
            if ch in "*+" and body[i - 1] != "\\":
                # an unbounded repeat is only allowed over whitespace
                assert body[max(0, i - 2) : i] == "\\s", (pat.pattern, i)
