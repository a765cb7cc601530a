"""Anchored paraphrases in any order (align.ANCHOR_ANY_ORDER): a rewrite that shares three
words rare in both articles, outside each sentence's trailing attribution, links even when
the two outlets tell the story in a different order; a pair that shares a number and a
noun, or only the source's words, does not. Invented text."""

from __future__ import annotations

from storylens.align import _without_attribution, align
from storylens.models import Article, Document
from storylens.options import Options
from storylens.segment import segment


def doc(i: int, *sentences: str) -> Document:
    art = Article(id=f"a{i}", source=f"t{i}", outlet=f"Outlet {i}", text=" ".join(sentences))
    return segment(art)


def pairs(docs: list[Document]) -> set[frozenset[str]]:
    return {frozenset(a.sentences) for a in align(docs, Options())[0]}


# the wire's order, copied by the second outlet but for the rewrite it moved to the top
WIRE = [
    "The ferry Santa Vela ran aground off Tarsk Point early on Saturday, the coastguard said.",
    "All 212 passengers were taken ashore by lifeboats within three hours.",
    "The harbour master said the channel would stay closed until the hull was refloated.",
    "Salvage crews from Varnes were expected to arrive on Sunday.",
    "The captain had radioed for help after the engine room began taking on water near the lighthouse.",
    "Tarsk Point has seen two other groundings since 2019.",
]
REWRITE = ("Seas were pouring into the engine room as the vessel drifted past the lighthouse, and her skipper, "
           "a veteran of thirty winters on the route, radioed for help while passengers gathered on deck in the dark.")
SECOND = [REWRITE, *WIRE[:4], WIRE[5]]


def test_an_anchored_rewrite_out_of_article_order_aligns() -> None:
    a, b = doc(1, *WIRE), doc(2, *SECOND)
    got = pairs([a, b])
    # the copies keep their order; the rewrite crosses them and still links: "engine",
    # "room", "lighthouse", "radioed", "help" are each used once in each article (its
    # content score, ~0.36, is under the out-of-order floor of 0.50)
    assert {frozenset({"a1:s0", "a2:s1"}), frozenset({"a1:s1", "a2:s2"})} <= got
    assert frozenset({"a1:s4", "a2:s0"}) in got


# Near miss (out of order against the copies): two claims whose rare shared words are mostly
# the source's ("the county's public health department said"): outside the attributions they
# share "hospital" alone, and the link would rest on the order, which they do not keep.
NEAR_MISSES = [
    ("Hospitals across the county cancelled planned operations on Saturday to treat the injured, "
     "the county's public health department said.",
     "A passenger aged 71 died in hospital overnight, the county's public health department said on Sunday."),
]


def test_near_misses_out_of_order_do_not_link() -> None:
    for first, second in NEAR_MISSES:
        a = doc(1, *WIRE[:4], first, WIRE[5])
        b = doc(2, second, *WIRE[:4], WIRE[5])
        got = pairs([a, b])
        assert frozenset({"a1:s0", "a2:s1"}) in got  # the copies still align
        assert frozenset({"a1:s4", "a2:s0"}) not in got, (first, second)


def test_the_trailing_attribution_is_cut_before_counting_anchors() -> None:
    cases = [
        ("Clinics cancelled appointments, the county's health department said.", "Clinics cancelled appointments"),
        ("Turnout reached 61 percent, according to the election board.", "Turnout reached 61 percent"),
        ('"We will rebuild, and we will stay," the mayor told reporters.', '"We will rebuild, and we will stay'),
        # not an attribution: a relative clause, a list, a tone verb that may be the claim
        ("The port reopened, which pleased traders.", "The port reopened, which pleased traders."),
        ("Boats, nets and sheds were lost.", "Boats, nets and sheds were lost."),
        ("Fares will rise, the mayor warned.", "Fares will rise, the mayor warned."),
        # a long tail is a clause of its own, not a source
        ("The ferry sank, and rescuers said they had searched the bay through the night and into the morning.",
         "The ferry sank, and rescuers said they had searched the bay through the night and into the morning."),
    ]
    for text, bare in cases:
        assert _without_attribution(text) == bare, text
