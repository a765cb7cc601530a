"""The plain side of an aligned (per-sentence) descriptor contrast labels the loaded
word's person, as the story-wide rule's does (framing26b): "President Ivo Lund said the
Osk leader Marek Dunn signed" has "leader", not Lund's "President", for "Dictator Marek
Dunn"; and a name that closes a sentence's opening phrase ("At a dinner in Port Ila, the
president said") is renamed by no term after its comma. Invented articles about a
fictional ferry deal between Osk and Vella; near misses keep the plain word that does
label the person."""

from __future__ import annotations

import pytest

from storylens.analysis.descriptors import term_uses
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "Osk agreed on Monday to lend Vella two navy ferries for the crossings to Tarn."
LEDE_B = "Vella will borrow two navy ferries from Osk for the Tarn crossings, officials said on Monday."


def _compare(loaded: str, plain: str, story: bool):
    arts = [Article(id="a1", source="t", outlet="Osk Daily", text=f"{LEDE_A} {loaded}"),
            Article(id="a2", source="t", outlet="Vella Times", text=f"{LEDE_B} {plain}")]
    return compare_articles(arts, Options(framing=True, story_framing=story))


def _plain_words(loaded: str, plain: str, story: bool = False) -> set[str]:
    """The words on the plain side of every 'leader' framing finding."""
    out: set[str] = set()
    for f in _compare(loaded, plain, story).findings:
        if f.type == "framing" and f.detail.get("class") == "leader":
            out.update(w.lower() for w in f.detail["a"]["words"])
    return out


CASES = [
    # (id, loaded sentence(s), plain sentence(s), must be on the plain side, must not)
    (
        "another person's title in the aligned sentence",
        "Dictator Marek Dunn signed the ferry deal with Vella in Tarn on Monday.",
        "President Ivo Lund said Marek Dunn signed the ferry deal with Vella in Tarn on Monday.",
        None, "president",
    ),
    (
        "near miss: the right plain word in the same sentence is still found",
        "Dictator Marek Dunn signed the ferry deal with Vella in Tarn on Monday.",
        "President Ivo Lund said the Osk leader Marek Dunn signed the ferry deal with Vella in "
        "Tarn on Monday.",
        "leader", "president",
    ),
    (
        "a bare 'the president' of an article that titles another person so",
        "Dictator Marek Dunn arrived in Port Ila on Sunday. At a dinner in Port Ila, the "
        "dictator said the ferry deal would hold.",
        "President Ivo Lund arrived in Port Ila on Sunday. At a dinner in Port Ila, the "
        "president said the ferry deal would hold.",
        None, "president",
    ),
    (
        "near miss: a bare 'the president' of an article that gives the person that title",
        "Dictator Marek Dunn arrived in Port Ila on Sunday. At a dinner in Port Ila, the "
        "dictator said the ferry deal would hold.",
        "Osk's president, Marek Dunn, arrived in Port Ila on Sunday. At a dinner in Port Ila, "
        "the president said the ferry deal would hold.",
        "president", None,
    ),
    (
        "near miss: no one titled in either article: the aligned words stand",
        "At a dinner in Port Ila, the dictator said the ferry deal would hold.",
        "At a dinner in Port Ila, the president said the ferry deal would hold.",
        "president", None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_plain_word_labels_the_loaded_words_person(case):
    _, loaded, plain, want, not_want = case
    for story in (False, True):
        words = _plain_words(loaded, plain, story)
        if want is not None:
            assert want in words, (story, words)
        if not_want is not None:
            assert not_want not in words, (story, words)


ANCHORS = [
    # (text, term, the anchor's first letters or None)
    ("At a dinner in Port Ila, the president said the ferry deal would hold.", "president", None),
    ("In Tarn, the leader praised the deal.", "leader", None),
    # near misses: an apposition after a subject or an object, not an opening phrase
    ("Marek Dunn, the president of Osk, praised the deal.", "president", "mar"),
    ("Vella signed with Marek Dunn, the president of Osk, on Monday.", "president", "mar"),
    ("On Monday Lund met Marek Dunn, the president of Osk, in Tarn.", "president", "mar"),
]


@pytest.mark.parametrize("text,term,want", ANCHORS, ids=[a[0][:40] for a in ANCHORS])
def test_opening_phrase_name_is_no_apposition(text, term, want):
    comp = compare_articles([
        Article(id="a1", source="t", outlet="X", text=f"{LEDE_A} {text}"),
        Article(id="a2", source="t", outlet="Y", text=LEDE_B)], Options(framing=True))
    got = [u.anchor for u in term_uses(comp.documents[0]) if u.term == term]
    assert got, term
    assert (got[0][:3] if got[0] else None) == want, got
