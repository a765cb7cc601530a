"""shared_quote needs a statement: three words as a reader counts them (a hyphenated
compound is one word) and a clause, not a name or title in quote marks.

The false cases are from fresh PolNeAR coverage (s8 reader report, item 3): a forum's
name ('a "Commander-in-Chief Forum"') was linked to a candidate's "unfit to be
commander-in-chief" because norm_key splits the compound into three keys. Invented
articles (fictional Vellaria); each false case sits beside near misses that must stay
shared quotes.
"""

from __future__ import annotations

import pytest

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

pytestmark = pytest.mark.usefixtures("shared_quotes_on")


def _shared(a: str, b: str) -> list[str]:
    raws = [
        RawArticle(source=f"s{i}", text=t, outlet=o, title="Harbour", record_id=f"r{i}")
        for i, (t, o) in enumerate([(a, "Harbour Post"), (b, "Vella Times")])
    ]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options())
    return [f.summary for f in comp.findings if f.type == "shared_quote"]


def _story(*lines: str) -> str:
    return "\n\n".join(lines)


A_OPEN = "The two candidates for governor of Vellaria met veterans in Port Vella on Thursday."
B_OPEN = "The race for governor of Vellaria tightened after a week of harbour strikes."

CASES = [
    # (id, a's sentence, b's sentence, shared?)
    (
        "hyphenated title vs a speaker's compound",
        "Both spoke at a \u201cCommander-in-Chief\u201d forum sponsored by the Vella "
        "Times and the veterans' league.",
        "\u201cShe is temperamentally unfit to be commander-in-chief,\u201d Oren Dral said "
        "of his rival on Friday.",
        False,
    ),
    (
        "an event's title-cased name vs a speaker who names it",
        "Dral will speak at the \u201cFuture of Harbour Trade\u201d summit in Port Vella "
        "next week, his office said.",
        "\u201cI will not go to the Future of Harbour Trade summit while the docks are "
        "shut,\u201d Mara Leid said.",
        False,
    ),
    (
        "near miss: three plain words, one of them hyphenated, kept",
        "Dral promised a \u201cfull-scale inquiry into the strikes\u201d if he is elected.",
        "\u201cI will order a full-scale inquiry into the strikes on my first day,\u201d "
        "Oren Dral said.",
        True,
    ),
    (
        "near miss: a clause with a place name in it, kept",
        "Leid accused the port board of having \u201cbetrayed the people of Port Vella\u201d "
        "by selling the cranes.",
        "\u201cThe board has betrayed the people of Port Vella and sold our cranes,\u201d "
        "Mara Leid said on Wednesday.",
        True,
    ),
    (
        "near miss: a capital only at the quote's start, kept",
        "Dral wrote that \u201cHarbour wages have fallen for ten years\u201d in a post on "
        "Sunday.",
        "\u201cHarbour wages have fallen for ten years while the board grew rich,\u201d "
        "Oren Dral wrote on Sunday.",
        True,
    ),
    (
        "near miss: a statement in capitals (shouting, not a title), kept",
        "Dral answered the board in a post on Sunday: \u201cTHE DOCKS WILL REOPEN BEFORE "
        "WINTER\u201d.",
        "\u201cTHE DOCKS WILL REOPEN BEFORE WINTER, AND THE BOARD KNOWS IT,\u201d Oren "
        "Dral wrote on Sunday.",
        True,
    ),
]


@pytest.mark.parametrize("a_line,b_line,shared", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reader_words_and_titles(a_line: str, b_line: str, shared: bool) -> None:
    found = _shared(_story(A_OPEN, a_line), _story(B_OPEN, b_line))
    assert bool(found) == shared, found
