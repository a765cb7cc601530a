"""``shared_source`` on invented articles (fictional agency "CPA" and outlets)."""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.source import credits_of, find_shared_source
from storylens.models import Alignment, Article, Document, Provenance, Removed

WIRE = [
    "PORT VELLA, Nov. 18 (CPA) — A span of the Draven Viaduct fell into the river.",
    "Rescue teams worked through the night with cranes.",
    "The ministry said it would analyse steel samples.",
    "Traffic was diverted over the Kessel Bridge.",
]


def make_doc(art: str, outlet: str, sentences: list[str], credits: tuple[str, ...] = (),
             removed: tuple[Removed, ...] = ()) -> Document:
    return support.make_doc(art, outlet, sentences, credits=credits, removed=removed)


def run(copy_sentences, kinds, overlap, credits=(), source="a1", removed=()):
    wire = make_doc("a1", "CPA Wire", WIRE)
    copy = make_doc("a2", "Daily Example", copy_sentences, credits, removed)
    als = [Alignment(k, (f"a1:s{i}", f"a2:s{i}"), 0.8) for i, k in enumerate(kinds) if k]
    prov = Provenance({"a1": {"a2": overlap}, "a2": {"a1": overlap}}, source, {}, "test")
    return find_shared_source(FindingContext.build([wire, copy], als, prov))


COPY = [
    "PORT VELLA, Nov. 18 (CPA) — A span of the Draven Viaduct fell into the river.",
    "Rescue teams worked through the night with cranes and dogs.",
    "The ministry said it would analyze steel samples.",
    "Schools in the north will stay closed.",
]

PARA = [
    "Part of the Draven Viaduct collapsed into the water below.",
    "Crews with heavy lifting gear searched all night.",
    "Officials will test samples of the steel, the ministry said.",
    "Schools in the north will stay closed.",
]


@pytest.mark.parametrize(
    ("sentences", "kinds", "overlap", "credits", "expect"),
    [
        pytest.param(COPY, ["verbatim", "edited", "verbatim", None], 0.75, (), "both credit CPA",
                     id="dateline-credit"),
        pytest.param(COPY[1:] + ["Continental Press Agency contributed to this report."],
                     [None, "edited", "verbatim", None], 0.5, (),
                     "both credit", id="contributed-line"),
        pytest.param(COPY, ["verbatim", "edited", "verbatim", None], 0.75, ("Reuters",),
                     "Daily Example also credits Reuters", id="article-credits-field"),
        # near misses
        pytest.param(PARA, ["paraphrase", "paraphrase", "paraphrase", None], 0.75, (), None,
                     id="only-paraphrases"),
        pytest.param(COPY, ["verbatim", None, None, None], 0.25, (), None, id="small-overlap"),
    ],
)
def test_shared_source(sentences, kinds, overlap, credits, expect):
    found = run(sentences, kinds, overlap, credits)
    if expect is None:
        assert found == [], [f.summary for f in found]
        return
    assert len(found) == 1
    f = found[0]
    assert f.type == "shared_source"
    assert expect in f.summary
    assert f.detail["source"] == "a1" and f.detail["copy"] == "a2"
    assert 0 < f.detail["copied_share"] <= 1
    assert f.sentences and all(s.split(":")[0] in ("a1", "a2") for s in f.sentences)


def test_share_is_reported_as_percentage():
    (f,) = run(COPY, ["verbatim", "edited", "verbatim", None], 0.75)
    assert f.detail["copied_share"] == 0.75
    assert "75% of its sentences" in f.summary


def test_without_named_source_each_pair_once():
    found = run(COPY, ["verbatim", "edited", "verbatim", None], 0.75, source=None)
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "removed", "expected"),
    [
        ("LONDON (Reuters) - The vote was close.", (), ["Reuters"]),
        ("PORT VELLA, Nov. 18 (CPA) — A span fell.", (), ["CPA"]),
        ("A span fell.\n\nContinental Press Agency contributed to this report.", (),
         ["Continental Press Agency"]),
        ("A span fell.\n\n— National Courier with CPA", (), ["CPA"]),
        ("A span fell.", (Removed("By Mira Okon, Continental Press Agency", "byline", 0),),
         ["Continental Press Agency"]),
        ("A span fell.", (Removed("By Hana Lucek, City Desk", "byline", 0),), []),
        ("The minister (left) - pictured - spoke.", (), []),
        # the agency the source spoke to is the report's origin
        ("Commander Ilse Varga disclosed this while speaking with the News Agency of Vellaria "
         "(NAV) in Port Elm.", (), ["NAV"]),
        ("Varga told the Kordian Press Agency (KPA) on Monday that the span fell.", (), ["KPA"]),
        # near misses: a newspaper or a person is not an agency credit
        ("Varga told the Harbour Post (HP) that the span fell.", (), []),
        ("Varga was speaking with Commander Tomas Brill (retired) at the quay.", (), []),
    ],
)
def test_credits_of(text, removed, expected):
    art = Article("a1", "t", "O", text, removed=removed)
    assert credits_of(art) == expected


def test_demo_corpus_end_to_end(shared_sources_on):
    """The demo's three wire rewrites are found; the independently reported site is not."""
    from storylens import compare
    from storylens.demo import demo_paths

    found = [f for f in compare(demo_paths()).findings if f.type == "shared_source"]
    assert {f.detail["copy"] for f in found} == {"a2", "a3", "a5"}
    assert all(f.detail["source"] == "a1" for f in found)
    assert any("both credit" in f.summary for f in found)


@pytest.mark.parametrize("removed, text, labels", [
    # credited only on a picture line: the table says so (the demo's vella-herald)
    ((Removed("Rescue workers at the span. Photo: CPA/Lenart Voss", "photo-credit", 3),),
     "A span fell in Port Vella.", ["CPA (photo)"]),
    # near miss: the dateline credits it too, so it is the text's credit
    ((Removed("Rescue workers at the span. Photo: CPA/Lenart Voss", "photo-credit", 3),),
     "PORT VELLA (CPA) - A span fell.", ["CPA"]),
    # near miss: a byline credit is no picture line
    ((Removed("By Mira Okon, CPA", "byline", 0),), "A span fell in Port Vella.", ["CPA"]),
])
def test_credit_labels_mark_a_picture_only_credit(removed, text, labels):
    from storylens.findings.source import credit_labels

    article = Article("a2", "test", "vella-herald", text, credits=("CPA",), removed=removed)
    assert credit_labels(article) == labels
