"""Secondary links (align step 7, ``Options.secondary_links``): a sentence linked to a
further sentence of another article outside its group, by the same rules as the groups.
Invented text (fictional town, people and outlets), with near-miss negatives."""

from __future__ import annotations

from dataclasses import replace

from test_align import doc

from storylens.align import align, align_links
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

ON = Options(secondary_links=True)

LEDE = "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two of its pillars."
# a lede that sums up two later sentences of the other article
LEDE_A = [LEDE, "Traffic was diverted through the old town.", "Ferries will run every hour until repairs are done."]
LEDE_B = ["Mayor Ilse Varga closed the Harbourview Bridge to all traffic on Monday.",
          "Commuters queued for hours at the ferry terminal.",
          "Engineers had found cracks in two of the bridge pillars on Sunday, Varga told the council of Harbourview."]
# two parallel sentences, each copied: the cross pairs are edited-similar too
PARALLEL_A = ["If you are honest with the Vellmark voters, I am going to win the election by a lot.",
              "If you are not honest with the Vellmark voters, I am just going to win the election by a little."]
PARALLEL_B = ["If you are honest with Vellmark voters, I am going to win the election by a lot.",
              "If you are not honest with Vellmark voters, I am just going to win the election by a little."]


def test_lede_links_to_the_second_sentence_it_sums_up() -> None:
    docs = [doc(1, *LEDE_A), doc(2, *LEDE_B)]
    groups, unique, links = align_links(docs, ON)
    # both are rewrites, not copy-edits (neither keeps most of the lede's words in order:
    # align.EDITED_MIN_KEPT), so the group is the paraphrase of the lede's main clause
    assert [(g.sentences, g.kind) for g in groups] == [(("a1:s0", "a2:s0"), "paraphrase")]
    assert [(ln.a, ln.b, ln.kind) for ln in links] == [("a1:s0", "a2:s2", "paraphrase")]
    assert 0.5 <= links[0].similarity <= 1.0
    # the groups and the unaligned sentences are those of align() (a link changes no group)
    assert (groups, unique) == tuple(align(docs, ON))
    assert "a2:s2" in unique


def test_links_are_off_by_default() -> None:
    docs = [doc(1, *LEDE_A), doc(2, *LEDE_B)]
    assert align_links(docs)[2] == []
    assert align_links(docs, Options())[2] == []


def test_a_repeated_caption_links_verbatim() -> None:
    s = "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two pillars."
    docs = [doc(1, s, "Traffic was diverted through the old town of Port Elm.", s),
            doc(2, "Ferries will run every hour from Port Elm.", s)]
    groups, _, links = align_links(docs, ON)
    assert [(g.sentences, g.kind) for g in groups] == [(("a1:s0", "a2:s1"), "verbatim")]
    assert [(ln.a, ln.b, ln.kind) for ln in links] == [("a1:s2", "a2:s1", "verbatim")]


def test_crossed_pairs_of_parallel_sentences_are_not_links() -> None:
    # each cross pair passes the edited rule on its own ...
    g, _ = align([doc(1, PARALLEL_A[0]), doc(2, PARALLEL_B[1])], ON)
    assert [x.kind for x in g] == ["edited"]
    # ... but both sentences already have their own counterpart in the other article
    groups, _, links = align_links([doc(1, *PARALLEL_A), doc(2, *PARALLEL_B)], ON)
    assert {g.sentences for g in groups} == {("a1:s0", "a2:s0"), ("a1:s1", "a2:s1")}
    assert links == []


def test_shared_names_alone_are_no_link() -> None:
    # near miss: the names of the lede and a day, but a different claim
    b = [*LEDE_B, "Varga told reporters at Harbourview on Monday that she would stand for mayor again."]
    _, _, links = align_links([doc(1, *LEDE_A), doc(2, *b)], ON)
    assert [(ln.a, ln.b) for ln in links] == [("a1:s0", "a2:s2")]  # the lede's link only


def test_links_leave_provenance_and_findings_unchanged() -> None:
    arts = [Article(id=f"a{i}", source=f"test-{i}", outlet=o, text=" ".join(ss))
            for i, (o, ss) in enumerate([("Coast Herald", LEDE_A), ("Northgate Ledger", LEDE_B)], 1)]
    off = compare_articles(arts, Options())
    on = compare_articles(arts, replace(Options(), secondary_links=True))
    assert off.links == () and len(on.links) == 1
    assert on.alignments == off.alignments and on.unique == off.unique
    assert on.provenance == off.provenance and on.findings == off.findings
