"""Context paraphrases (align step 5b, ``Options.context_paraphrases``): a lexical near miss
aligns when the sentences next to it in both articles are aligned to each other.
Invented text (fictional town, mill, people and outlets), with near-miss negatives."""

from __future__ import annotations

from dataclasses import replace

from test_align import doc

from storylens.align import CONTEXT_MIN_SCORE, align
from storylens.options import Options

ON = Options(context_paraphrases=True)
OFF = Options()  # off by default (Options.context_paraphrases)

LEDE = "Fire crews from Port Elm battled a blaze at the Marlowe paper mill for six hours on Sunday."
OWNER = "The mill's owner, Dara Quinlan, said production would resume within a month."
# one claim reworded: three shared content words, no shared name, under every other tier
SMOKE_A = ("Smoke from the burning warehouse drifted over the harbour, and residents were told "
           "to keep their windows shut.")
SMOKE_B = "Officials urged people living near the harbour to close their windows as thick smoke spread."
FILLER = ["Gulls circled the quay while the tide went out.",
          "A choir rehearsed in the chapel on Fenwick Lane.",
          "The ferry timetable for the winter season was printed on Friday."]


def pairs(docs, options: Options = ON) -> dict[tuple[str, ...], str]:
    als, _ = align(docs, options)
    return {a.sentences: a.kind for a in als}


def test_a_rewrite_between_two_copies_aligns() -> None:
    docs = [doc(1, LEDE, SMOKE_A, OWNER), doc(2, LEDE, SMOKE_B, OWNER)]
    got = pairs(docs)
    assert got == {("a1:s0", "a2:s0"): "verbatim", ("a1:s1", "a2:s1"): "paraphrase",
                   ("a1:s2", "a2:s2"): "verbatim"}
    sim = next(a.similarity for a in align(docs, ON)[0] if a.sentences == ("a1:s1", "a2:s1"))
    assert CONTEXT_MIN_SCORE <= sim < 0.3  # a near miss: no other tier links it
    # the flag off (the default): the rewrite is unaligned
    assert ("a1:s1", "a2:s1") not in pairs(docs, OFF)
    assert align(docs, OFF)[1] == ["a1:s1", "a2:s1"]


def test_one_aligned_neighbour_is_enough_two_sentences_away() -> None:
    # the copy is two sentences before the rewrite in both articles
    docs = [doc(1, LEDE, FILLER[0], SMOKE_A), doc(2, LEDE, FILLER[1], SMOKE_B)]
    assert pairs(docs)[("a1:s2", "a2:s2")] == "paraphrase"


def test_no_aligned_neighbour_no_link() -> None:
    # near miss: the same two sentences, but far from the aligned pair in one article
    docs = [doc(1, LEDE, SMOKE_A, *FILLER), doc(2, LEDE, *FILLER[:2], "Gulls flew.", SMOKE_B)]
    assert ("a1:s1", "a2:s4") not in pairs(docs)
    # and with no aligned pair at all
    assert pairs([doc(1, FILLER[0], SMOKE_A), doc(2, FILLER[2], SMOKE_B)]) == {}


def test_a_denial_next_to_a_copy_is_no_link() -> None:
    # near miss: the shared words of the rewrite, but one article denies the claim
    denial = "Officials denied that smoke from the harbour fire reached any windows."
    docs = [doc(1, LEDE, SMOKE_A, OWNER), doc(2, LEDE, denial, OWNER)]
    assert ("a1:s1", "a2:s1") not in pairs(docs)


def test_a_shared_topic_word_is_no_link() -> None:
    # near miss: next to the copy, but sharing one word ("harbour"): under the candidate floor
    other = "The harbour master counted forty fishing boats in port that evening."
    docs = [doc(1, LEDE, SMOKE_A, OWNER), doc(2, LEDE, other, OWNER)]
    assert ("a1:s1", "a2:s1") not in pairs(docs)


def test_a_sentence_with_a_counterpart_is_not_linked_again() -> None:
    # b's rewrite sits between the copies, but a's neighbour already copies it: one per article
    docs = [doc(1, LEDE, SMOKE_B, OWNER), doc(2, LEDE, SMOKE_B, SMOKE_A, OWNER)]
    got = pairs(docs)
    assert got[("a1:s1", "a2:s1")] == "verbatim"
    assert not any("a2:s2" in k for k in got)


THIRD_A = "Schools in the old town stayed closed on Monday because of the fumes and ash."
THIRD_B = "Old town classes were called off on Monday as ash and fumes hung over the streets."


def test_a_context_link_does_not_prop_up_the_next() -> None:
    # the schools pair links next to the copy ...
    assert pairs([doc(1, LEDE, THIRD_A), doc(2, LEDE, THIRD_B)])[("a1:s1", "a2:s1")] == "paraphrase"
    assert pairs([doc(1, LEDE, THIRD_A), doc(2, LEDE, THIRD_B)], OFF) == {("a1:s0", "a2:s0"): "verbatim"}
    # ... but three sentences after it, its only aligned neighbour would be the smoke pair,
    # itself a context link (support is read from the groups before step 5b)
    docs = [doc(1, LEDE, SMOKE_A, FILLER[0], THIRD_A), doc(2, LEDE, SMOKE_B, FILLER[1], THIRD_B)]
    got = pairs(docs)
    assert got[("a1:s1", "a2:s1")] == "paraphrase"
    assert ("a1:s3", "a2:s3") not in got


def test_headings_do_not_link_by_context() -> None:
    # near miss: a headline-cased line (a heading, align.is_clause) next to the copy
    docs = [doc(1, LEDE, "Harbour Smoke Keeps Windows Shut.", OWNER), doc(2, LEDE, SMOKE_B, OWNER)]
    assert ("a1:s1", "a2:s1") not in pairs(docs)



def test_off_by_default_and_with_every_paraphrase() -> None:
    docs = [doc(1, LEDE, SMOKE_A, OWNER), doc(2, LEDE, SMOKE_B, OWNER)]
    assert Options().context_paraphrases is False
    assert ("a1:s1", "a2:s1") not in pairs(docs, Options(paraphrases=True))
    assert ("a1:s1", "a2:s1") in pairs(docs, replace(ON, paraphrases=True))


def test_names_and_a_day_alone_are_no_link(monkeypatch) -> None:
    # near miss: next to the copy, two sentences sharing only names and a day (no plain word)
    meet_a = "Dara Quinlan met Ilse Varga at the Port Elm town hall on Sunday."
    meet_b = "Dara Quinlan and Ilse Varga later toured Port Elm by boat on Sunday."
    docs = [doc(1, LEDE, meet_a, OWNER), doc(2, LEDE, meet_b, OWNER)]
    assert ("a1:s1", "a2:s1") not in pairs(docs)
    import storylens.align as align_mod

    monkeypatch.setattr(align_mod, "CONTEXT_MIN_PLAIN", 0)  # the floor is what stops it
    assert ("a1:s1", "a2:s1") in pairs(docs)


def test_a_context_link_never_joins_a_group_of_a_story() -> None:
    # three outlets: a3 copies a1's smoke sentence, so a1:s1 is in a group already; a2's
    # rewrite would join it and be claimed to say what a3 says too: left out
    docs = [doc(1, LEDE, SMOKE_A, OWNER), doc(2, LEDE, SMOKE_B, OWNER), doc(3, LEDE, SMOKE_A, OWNER)]
    got = pairs(docs)
    assert got[("a1:s1", "a3:s1")] == "verbatim"
    assert not any("a2:s1" in k for k in got)
    # two outlets of the three, with the rewrite: linked
    assert pairs(docs[:2])[("a1:s1", "a2:s1")] == "paraphrase"
