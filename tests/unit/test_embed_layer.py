"""The optional embedding layer of the aligner (extra ``embed-static``), on invented text.

Every test that needs the ``wordllama`` wheel skips with a reason when it is absent; the
default suite never needs it.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace

import pytest
from test_align import doc

from storylens.align import align
from storylens.errors import MissingExtra
from storylens.options import Options

HAVE_STATIC = importlib.util.find_spec("wordllama") is not None and importlib.util.find_spec("tokenizers") is not None
needs_static = pytest.mark.skipif(not HAVE_STATIC, reason="optional: the embed-static extra (wordllama) is not installed")
EMBED = replace(Options(), use_embeddings=True, embed_model="static")

# Rewrites that share a name and a few content words but too few for the lexical score.
COUNCIL = ("The Lakeside Council voted to close three libraries to cover a budget shortfall of 2 million crowns.",
           "Facing a hole of 2 million crowns in its finances, Lakeside Council approved shutting three public "
           "reading rooms, a decision residents called short-sighted.")
COACH = ("Tamsin Roe, the coach of Brightwater, resigned on Monday after the club lost its sixth match in a row.",
         "Brightwater's manager Tamsin Roe stepped down at the start of the week following a sixth straight "
         "defeat for the struggling side.")


def kinds(a: str, b: str, options: Options) -> list[str]:
    als, _ = align([doc(1, a), doc(2, b)], options)
    return [al.kind for al in als]


def test_default_options_need_no_model() -> None:
    assert Options().use_embeddings is False
    assert kinds(*COUNCIL, replace(Options(), paraphrases=True)) == []  # the lexical score alone misses these rewrites
    assert kinds(*COACH, Options()) == []


@needs_static
@pytest.mark.parametrize("pair", [COUNCIL, COACH], ids=["council", "coach"])
def test_static_embedding_links_a_rewrite_the_lexical_score_misses(pair) -> None:
    assert kinds(*pair, EMBED) == ["paraphrase"]


@needs_static
def test_same_names_different_event_stay_apart(monkeypatch) -> None:
    # a near miss for the lexical score (same club, person, day, "sixth") about another event
    b = ("Brightwater fans queued from dawn on Monday for tickets, hoping Tamsin Roe would field the young "
         "striker in the sixth round of the regional cup competition.")
    lexical = replace(Options(), paraphrases=True, paraphrase_threshold=0.25)
    assert kinds(COACH[0], b, lexical) == []  # the word floor (align.MIN_SHARED_PLAIN)
    monkeypatch.setattr("storylens.align.MIN_SHARED_PLAIN", 0)
    # "would field" against "resigned" is also a polarity clash (align.polarity_clash): off
    # here, so that the embedding, not the guard, is what keeps the pair apart below
    monkeypatch.setattr("storylens.align.polarity_clash", lambda a, b: False)
    assert kinds(COACH[0], b, lexical) == ["paraphrase"]
    assert kinds(COACH[0], b, EMBED) == []


@needs_static
def test_static_encoder_ranks_a_rewrite_above_an_unrelated_sentence() -> None:
    from storylens.embed import load_model

    e = load_model("static").encode([COACH[0], COACH[1], "Heavy rain flooded the coastal road near Port Elm.", ""])
    assert e.shape == (4, 256)
    assert abs(float(e[0] @ e[0]) - 1.0) < 1e-5
    assert float(e[0] @ e[1]) > float(e[0] @ e[2]) + 0.2
    assert not e[3].any()  # an empty text is a zero row, not NaN


def test_missing_static_package_is_a_clear_error(monkeypatch) -> None:
    import storylens.embed as embed

    monkeypatch.setattr(embed, "STATIC_PACKAGE", "storylens_no_such_package")
    embed.load_model.cache_clear()
    try:
        with pytest.raises(MissingExtra, match="embed-static"):
            align([doc(1, *COUNCIL[:1]), doc(2, COUNCIL[1])], EMBED)
    finally:
        embed.load_model.cache_clear()


def test_unknown_model_name_is_refused() -> None:
    from storylens.embed import load_model

    with pytest.raises(ValueError, match="unknown embedding model"):
        load_model("word2vec")


def test_word_cosine_without_the_extra_imports_no_numpy() -> None:
    """The quote finder asks ``word_cosine`` of every one-word swap ("said" -> "admitted");
    without the extra the answer is None and must not cost a numpy import (~0.07 s a run)."""
    import subprocess
    import sys

    code = (
        "import sys; import storylens.embed as e; e.STATIC_PACKAGE = 'storylens_no_such_package'; "
        "print(e.word_cosine('admitted', 'said'), 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "False"]
