"""The plain side of a story-wide descriptor contrast labels the loaded word's actor
(real26 D3): "the president said" of one outlet is its own "President Ivo Lund", or the
speaker of a quote that names the loaded word's actor, never another outlet's word for
"Dictator Marek Dunn". Invented articles about a fictional ferry deal between Osk and
Vella; near misses keep the plain word that does label the actor ("the Osk leader" in the
same sentence, a bare "the president" of an article that gives Dunn that title)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
LEDE_A = "Osk agreed on Monday to lend Vella two navy ferries for the crossings to Tarn."
LEDE_B = "Vella will borrow two navy ferries from Osk for the Tarn crossings, officials said on Monday."
LOADED = f"{LEDE_A} Dictator Marek Dunn signed the ferry deal with Vella in Tarn on Monday."


def _plain_words(*bodies: str) -> set[str]:
    """The words on the plain side of every story-wide 'leader' descriptor finding."""
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=body)
            for i, (o, body) in enumerate(zip(("Osk Daily", "Vella Times", "Tarn Post"), bodies,
                                              strict=False))]
    comp = compare_articles(arts, STORY)
    out: set[str] = set()
    for f in comp.findings:
        if f.type == "framing" and f.detail.get("rule") == "framing.story.descriptor" \
                and f.detail.get("class") == "leader":
            out.update(w.lower() for w in f.detail["a"]["words"])
    return out


CASES = [
    # (id, plain article, a word that must be on the plain side, a word that must not)
    (
        "the article titles another person 'President': its bare 'the president' is him",
        f"{LEDE_B} President Ivo Lund met Marek Dunn at a dinner in Port Ila. The president later "
        "praised the ferry deal to reporters at the harbour.",
        None, "president",
    ),
    (
        "the speaker of a quote that names the loaded word's actor is someone else",
        f"{LEDE_B} \u201cMarek Dunn kept his word,\u201d the president told reporters at a dinner "
        "in Port Ila, praising the ferry deal.",
        None, "president",
    ),
    (
        "the speaker, reported speech naming the actor",
        f"{LEDE_B} The president told a dinner in Port Ila that Marek Dunn had kept his word on "
        "the ferry deal.",
        None, "president",
    ),
    (
        "one sentence names both: 'the president' is the article's President Lund",
        f"{LEDE_B} President Ivo Lund flew to Port Ila on Sunday. At a dinner there Lund noted "
        "Dunn had signed the ferry deal, and the president said he expected Marek Dunn to keep it.",
        None, "president",
    ),
    (
        "near miss: the plain word beside the actor's name in the same sentence",
        f"{LEDE_B} At a dinner in Port Ila, President Ivo Lund praised the Osk leader Marek Dunn "
        "for the ferry deal.",
        "leader", "president",
    ),
    (
        "near miss: a bare 'the president' of an article that gives Dunn that title",
        f"{LEDE_B} Osk's president, Marek Dunn, arrived in Port Ila on Sunday. At a dinner there "
        "the president praised the ferry deal.",
        "president", None,
    ),
    (
        "near miss: the actor speaks of himself in no third person",
        f"{LEDE_B} Osk's president, Marek Dunn, arrived in Port Ila on Sunday. \u201cVella will "
        "have its ferries,\u201d the president told a dinner there, praising the ferry deal.",
        "president", None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_plain_word_labels_the_loaded_words_actor(case):
    _, plain, want, not_want = case
    words = _plain_words(LOADED, plain)
    if want is not None:
        assert want in words, words
    if not_want is not None:
        assert not_want not in words, words


def test_term_holders_reads_titles_and_anchored_terms():
    from storylens.analysis.descriptors import term_holders

    comp = compare_articles([
        Article(id="a1", source="t", outlet="X", text=(
            f"{LEDE_A} President Ivo Lund met Osk's leader, Marek Dunn, in Tarn. "
            "Dictator Marek Dunn left on Tuesday. The president stayed.")),
        Article(id="a2", source="t", outlet="Y", text=LEDE_B)], STORY)
    got = term_holders(comp.documents[0])
    assert [k.split()[-1][:3] for k in got["president"]] == ["lun"]
    assert {k.split()[-1][:3] for k in got["leader"]} == {"dun"}
    assert "stayed" not in got
