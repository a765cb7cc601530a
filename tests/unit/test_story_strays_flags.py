"""s24-warn24b: the story warning does not change with ``--paraphrases``
(``findings.coverage._close_tier``, read by ``_close_groups`` and ``_shares_their_lede``).

By default ``align`` joins a rewrite to a group of copies only when it is close to every copy
(complete linkage, ``align._joins_copies``); with every paraphrase on, one edge to one copy
joins it. A piece published weeks before the others (invented dev d124: an exchange's listing
fees three weeks before its trading halt) then read as sharing two close groups: with its
loose paraphrases it shared the floor's three sentences, so the warning weighed it as an early
piece (``story_early_weighed``: at most one close group) and found two. It was named by
default and not with ``--on all``. A warning must not depend on which finders are shown: it weighs
the close groups of the default tier (aligned again with every paraphrase on), so the piece
is named either way.

Invented: a signalling fault halts the Corvane metro for six hours; four outlets tell it.
The early piece: the same operator naming suppliers for new ticket gates 25 days before, its
"Engineering company Ferrowind Controls was the largest of them" close to both copies of the
wire's supplier line, its commissioner "would look at the contracts carefully" close to one
outlet's edited copy of her line only. Near misses, the same in both modes: an article of the
halt dated weeks early by mistake, its lede told as theirs; the supplier piece dated with the
others (content alone never makes a stray).
"""

from __future__ import annotations

import pytest

from storylens.findings import coverage as C
from storylens.findings.common import FindingContext
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

WIRE = ("Corvane metro halted for six hours by signalling fault", [
    "A fault in a new signalling computer halted every train on the Corvane metro for six hours on Monday, "
    "stranding thousands of commuters in tunnels and stations.",
    "The signalling computer is supplied by Ferrowind Controls, an engineering company based in the city.",
    "Trains stopped at 7:52 a.m. and service resumed at 1:55 p.m., the operator said.",
    'Transport commissioner Ilse Marrow said her office would examine "whether the operator tested the new '
    'software properly before switching it on".',
    'Operator chief Tobias Renquist apologised to passengers. "This was our failure, and we own it," he said.',
    "It was the network's first full shutdown since 2019, when a flood closed it for two days.",
])
SECOND = ("Signal fault shuts Corvane metro", [
    "Every train on the Corvane metro stopped for six hours on Monday after a fault in a new signalling "
    "computer, leaving commuters stranded in tunnels.",
    "The signalling computer is supplied by Ferrowind Controls, an engineering company based in the city.",
    "Trains stopped at 7:52 a.m. and service resumed at 1:55 p.m.",
    '"This was our failure, and we own it," operator chief Tobias Renquist said.',
    "Ferrowind shares, listed on the city's smaller exchange, fell 9 percent on Monday afternoon.",
])
THIRD = ("Metro chaos raises questions over operator's testing", [
    "A signalling fault that halted the Corvane metro for six hours on Monday has raised questions over how "
    "the operator tests its systems.",
    'The transport commissioner, Ilse Marrow, said her office would look at "whether the operator tested the '
    'new software properly before switching it on".',
    "Operator chief Tobias Renquist said there was no sign of sabotage.",
    "Shares in metro operator Corvane Transit Group, which is itself listed, fell 2.8 percent after the shutdown.",
    "The network's previous full shutdown was in 2019, when a flood closed it for two days.",
])
FOURTH = ("Commuters stranded as metro grinds to a halt", [
    "Thousands of commuters were stranded on Monday when a signalling fault halted the Corvane metro for six hours.",
    'Operator chief Tobias Renquist said: "This was our failure, and we own it."',
    "Trains began running again at 1:55 p.m.",
    "Opposition transport spokesman Dace Ulver called the shutdown a disgrace.",
])
GATES = ("Corvane Transit Group picks suppliers for new ticket gates", [
    "Corvane Transit Group on Thursday named three suppliers for the new ticket gates it will install at "
    "40 stations next year.",
    "Engineering company Ferrowind Controls was the largest of them.",
    "The transport commissioner, Ilse Marrow, said her office would look at the contracts carefully.",
    "Shares in Corvane Transit Group rose 1.9 percent after the announcement.",
    "The gates will accept bank cards as well as travel passes from March.",
])
HALT = ("Corvane metro stops for six hours", [
    "A fault in a new signalling computer halted every train on the Corvane metro for six hours on Monday, "
    "stranding thousands of commuters.",
    "Engineering company Ferrowind Controls supplied the computer.",
    "The transport commissioner, Ilse Marrow, said her office would look at the operator's testing.",
    "Shares in Corvane Transit Group fell 2.8 percent after the shutdown.",
])
DATES = ["2026-09-14", "2026-09-14", "2026-09-15", "2026-09-15"]
EARLY = "2026-08-20"
MODES = [Options(), Options(paraphrases=True)]


def _compare(piece, date: str, options: Options):
    stories = [WIRE, SECOND, THIRD, FOURTH, piece]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCDE'[i]}", title=title,
                    published=[*DATES, date][i], text="\n\n".join(paras))
            for i, (title, paras) in enumerate(stories)]
    comp = compare_articles(arts, options)
    return comp, FindingContext.build(comp.documents, comp.alignments, comp.provenance, options)


def _named(comp) -> bool:
    return "a5 (" in (comp.provenance.warning or "")


@pytest.mark.parametrize("options", MODES, ids=["default", "paraphrases"])
def test_an_early_piece_is_named_with_and_without_every_paraphrase(options):
    comp, ctx = _compare(GATES, EARLY, options)
    assert C.off_story(ctx) == {"a5"} and C.story_early_strays(ctx) == {"a5"}
    assert _named(comp)
    # its rewrite of the supplier line, close to both copies, is its one close group
    assert C._close_groups(ctx).get("a5", 0) == 1
    assert comp.provenance.warning.endswith("a5 (Outlet E, 3 shared)" if options.paraphrases
                                            else "a5 (Outlet E, 1 shared)")


def test_the_close_groups_are_the_default_tiers_with_every_paraphrase_on():
    # with every paraphrase on, its commissioner line joins the wire's and the third
    # outlet's copies of hers, close to the third's only, in a close group; by default it
    # joins no group, and the warning reads that
    comp, ctx = _compare(GATES, EARLY, Options(paraphrases=True))
    joined = [al for al in ctx.alignments if "a5:s2" in al.sentences]
    assert joined and joined[0].copies and not C._loose(joined[0])
    assert not any("a5:s2" in al.sentences for al in C._close_tier(ctx))
    _, plain = _compare(GATES, EARLY, Options())
    assert C._close_tier(plain) == plain.alignments
    assert C._close_tier(ctx) == plain.alignments


@pytest.mark.parametrize("options", MODES, ids=["default", "paraphrases"])
def test_an_article_of_the_halt_dated_early_stays_either_way(options):
    comp, ctx = _compare(HALT, EARLY, options)
    assert "a5" not in C.off_story(ctx)
    assert not _named(comp)


@pytest.mark.parametrize("options", MODES, ids=["default", "paraphrases"])
def test_the_supplier_piece_dated_with_the_others_is_no_stray_either_way(options):
    comp, ctx = _compare(GATES, "2026-09-15", options)
    assert "a5" not in C.story_strays(ctx)
