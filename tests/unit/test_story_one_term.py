"""A link resting on one shared word needs other articles to back it (graph.OneTermEvidence).

Short, untitled, lower-case texts like a headline feed's; invented events.
"""

from __future__ import annotations

from dataclasses import replace

from storylens.corpus.cluster import ClusterOptions, StoryRecord, cluster_stories
from storylens.corpus.graph import OneTermEvidence
from storylens.corpus.rows import StoryMember, draft_story, opening_words

# Two unrelated events, each told twice; "commercial" is the one word across them.
BRIBERY = ["varo shipping chief charged commercial bribery kesh", "kesh court hears varo bribery charge shipping chief"]
ORBIT = ["tarsk agency picks commercial crew capsule orbit", "tarsk agency crew capsule orbit test delayed"]
# Two headlines of one event sharing two names (and little else).
VOTE = ["dellan wins lorn mayor vote", "lorn recount confirms dellan"]


def _records(texts: list[str], prefix: str) -> list[StoryRecord]:
    return [StoryRecord(f"{prefix}{i}", t) for i, t in enumerate(texts)]


def _stories(recs: list[StoryRecord], **kw) -> dict[str, str]:
    return {a.id: a.story for a in cluster_stories(recs, replace(ClusterOptions(), **kw))}


def test_two_events_sharing_one_generic_word_stay_apart():
    # Each bribery headline and each orbit headline share "commercial" with the other
    # event only: without backing, a lone headline joins the other event on that word.
    recs = _records(BRIBERY[:1], "b") + _records(ORBIT[:1], "o") + _records(VOTE, "v")
    assert _stories(recs, one_term_backing="off")["b0"] == _stories(recs, one_term_backing="off")["o0"]
    story = _stories(recs)
    assert story["b0"] != story["o0"]


def test_same_event_headlines_sharing_two_names_join():
    recs = _records(VOTE, "v") + _records(BRIBERY[:1], "b") + _records(ORBIT[:1], "o")
    story = _stories(recs)
    assert story["v0"] == story["v1"]
    assert story["b0"] != story["v0"] and story["o0"] != story["v0"]


def test_one_word_backed_by_a_third_article_joins():
    vecs = [{"lumia": 1.0, "launch": 1.0}, {"lumia": 1.0, "review": 1.0}, {"lumia": 1.0, "launch": 1.0, "review": 1.0},
            {"commercial": 1.0, "bribery": 1.0}, {"commercial": 1.0, "crew": 1.0}]
    ev = OneTermEvidence(vecs)
    assert ev.backs(0, 1)  # article 2 holds "lumia" with a word of each
    assert not ev.backs(3, 4)  # nothing else holds "commercial"


def test_two_pairs_repeating_a_word_are_two_parts():
    # "special" in two tight pairs of different events: each pair agrees, the two do not
    vecs = [{"special": 1.0, "navy": 1.0, "sea": 1.0}, {"special": 1.0, "navy": 1.0, "report": 1.0},
            {"special": 1.0, "sunday": 1.0, "consumer": 1.0}, {"special": 1.0, "sunday": 1.0}]
    ev = OneTermEvidence(vecs)
    assert not ev.backs(0, 2) and not ev.backs(1, 3)


def test_untitled_story_is_labelled_by_its_opening_words():
    text = "Kesh ferry crews strike over night shifts as the harbour master cancels all Lorn crossings for the week"
    assert opening_words(text) == "Kesh ferry crews strike over night shifts as the harbour master cancels…"
    assert opening_words("  \n ") is None
    d = draft_story([StoryMember(2, None, None, "feed.jsonl", opening_words(text)), StoryMember(1, None, None, "feed.jsonl")])
    assert d.label.startswith("Kesh ferry crews strike")
    titled = draft_story([StoryMember(1, None, None, "a.txt", "opening"), StoryMember(2, "Ferry strike", None, "b.txt")])
    assert titled.label == "Ferry strike"  # a title wins over any opening words
    assert draft_story([StoryMember(1, None, None, "dir/a.txt")]).label == "(untitled: a.txt)"
