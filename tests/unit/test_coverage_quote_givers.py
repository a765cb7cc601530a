"""An omission's line says a quote is one "which N other outlets give": only outlets that
quote the words give it. An outlet that tells the statement in reported speech ("said it
would examine whether the pumps had been serviced") carries it, so it is not told it leaves
it out, but it does not give the quote (hand-read invented dev d124, session 24: "leaves
out the quote 'whether the exchange tested the update…', which 3 other outlets give",
where one of the three only paraphrased). Invented text (the fictional Harrow Fen in
Ostmark); the near misses: the quoting outlets still count, an outlet writing the words as
a direct quote counts however it is attributed, and an outlet giving the statement in its
own words or in reported speech is not told it leaves it out."""

from __future__ import annotations

import re

import pytest
import support

from storylens.findings.coverage import find_omissions
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Brenn Gazette", "Calder Post", "Dunmoor Times", "Eskel Herald", "Fallow Courier"]
TOWNS = ["Brenn", "Calder", "Dunmoor", "Eskel", "Fallow"]

LEDE = ("Floodwater broke through the Harrow Fen embankment on Sunday night, forcing "
        "1,200 residents from their homes in the Ostmark lowlands.")
CAUSE = "Engineers said two of the three pumping stations on the fen had failed as the river rose."
QUOTE = ('The drainage board\'s chair, Ilka Sorrow, said the board would examine '
         '"whether the pumping stations were serviced properly before the winter storms".')
QUOTE_2 = ('Its chair, Ilka Sorrow, told reporters the inquiry would ask "whether the pumping '
           'stations were serviced properly before the winter storms".')
REPORTED = ("The drainage board said it would examine whether the pumping stations had been "
            "properly serviced before the winter storms.")
OWN_WORDS = "The drainage board has opened an inquiry and will look at how the pumps were kept."


def _colour(town: str) -> list[str]:
    return [
        f"Volunteers from {town} filled sandbags in the church hall until dawn.",
        f"A farmer near {town} said he had lost most of his sheep to the water.",
        f"Schools in {town} opened their gyms to families who had nowhere to sleep.",
        f"A bakery in {town} handed out bread to the rescue crews.",
    ]


def _lines(middles: list[str | None]) -> dict[str, str]:
    """Each outlet's omission line of the chair's quote, where outlet i writes
    ``middles[i]`` (``None``: nothing of the inquiry) between the cause and its colour."""
    texts = [[LEDE, CAUSE, *([m] if m else []), *_colour(t)]
             for m, t in zip(middles, TOWNS, strict=True)]
    ctx = support.verbatim_context(texts, OUTLETS, ON)
    return {f.detail["outlet"]: f.summary for f in find_omissions(ctx)
            if f.detail["fact"]["kind"] == "quote"}


def _count(line: str) -> int:
    m = re.search(r"which (\d+) other outlets give", line)
    return int(m.group(1)) if m else 1


@pytest.mark.parametrize("middles, omitters, givers", [
    # three quote the words, one tells them in reported speech: three give the quote, and
    # the paraphrasing outlet is not told it leaves it out
    ([QUOTE, QUOTE, QUOTE_2, REPORTED, None], {"Fallow Courier"}, 3),
    ([QUOTE, QUOTE_2, REPORTED, QUOTE, None], {"Fallow Courier"}, 3),
    # near misses: four quote the words, four give it
    ([QUOTE, QUOTE, QUOTE_2, QUOTE, None], {"Fallow Courier"}, 4),
])
def test_only_outlets_quoting_the_words_give_the_quote(middles, omitters, givers):
    lines = _lines(middles)
    assert set(lines) == omitters
    assert {_count(x) for x in lines.values()} == {givers}


def test_own_words_are_no_giver():
    # an outlet telling it in its own words gives nothing: not counted among the givers
    # (whether it is told it leaves the quote out is not this count's business)
    lines = _lines([QUOTE, QUOTE, QUOTE_2, OWN_WORDS, None])
    assert _count(lines["Fallow Courier"]) == 3


def test_reported_speech_alone_is_no_giver():
    # two quote the words, two paraphrase: two voices of four others is under two thirds,
    # so no outlet is said to leave out a quote "which 4 other outlets give"
    lines = _lines([QUOTE, QUOTE_2, REPORTED, REPORTED, None])
    assert all(_count(x) <= 2 for x in lines.values())
    assert "Dunmoor Times" not in lines and "Eskel Herald" not in lines


def test_cheap_quote_givers_agree_with_each_article():
    """The index's every-article answer (``_Index.cheap_carriers``) agrees with asking each
    article (``repeats``, ``gives``): reported speech repeats the words but gives none."""
    from storylens.findings import coverage as C

    story = [("q1", OUTLETS[0], [LEDE, CAUSE, QUOTE]), ("q2", OUTLETS[1], [LEDE, QUOTE_2]),
             ("q3", OUTLETS[2], [LEDE, REPORTED]), ("q4", OUTLETS[3], [LEDE, OWN_WORDS])]
    docs = [support.make_doc(a, o, s) for a, o, s in story]
    idx = C._Index(docs)
    ids = [d.id for d in docs]
    quotes = [f for d in docs for f in C.facts_of(d) if f.kind == "quote"]
    assert quotes
    for f in quotes:
        _, rep, gives = idx.cheap_carriers(f)
        assert rep == {a for a in ids if idx.repeats(a, f)}
        assert gives == {a for a in ids if idx.gives(a, f)} == {"q1", "q2"}
