"""Stories of a tiny store (two or three articles): an article joins another only when the
words they share are a real part of both (ClusterOptions.attach_min_whole). Invented text:
a ferry pier closure in Velmora told by two outlets, a flood in Branwick that shares only
common words with it ("three", "council")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.corpus.cluster import ClusterOptions, StoryRecord, cluster_stories

PIER = StoryRecord(
    "pier-1",
    "The Velmora harbour authority closed the north pier to ferries on Tuesday after an inspection"
    " found cracks in two of its concrete supports. The council said ferries would use the south pier"
    " for at least three weeks while engineers assess the damage. Commuters were told to expect delays"
    ' of up to 40 minutes. "Safety comes first," harbour master Ines Ruvo said.',
    title="Velmora harbour pier closed to ferries after inspection",
    published="2026-11-03",
)
PIER_OWN_WORDS = StoryRecord(
    "pier-2",
    "Inspectors found cracked concrete supports under Velmora's north pier, and the harbour authority"
    " shut it to ferries on Tuesday. Boats will dock at the south pier for three weeks or more, the"
    " council said, and commuters face waits of up to 40 minutes.",
    title="Velmora north pier shut to ferries",
    published="2026-11-03",
)
FLOOD = StoryRecord(
    "flood",
    "Rain flooded three streets in the old quarter of Branwick overnight, and the fire service pumped"
    " water out of a dozen basements. The council opened a sports hall for families who had to leave"
    ' their homes. Forecasters expect more rain on Thursday. "We have never seen the river this high,"'
    " resident Tomas Erl said.",
    title="Floods in Branwick old quarter",
    published="2026-11-03",
)


def _stories(records, options=None):
    out = cluster_stories(records, options or ClusterOptions())
    return {a.id: a.story for a in out}


def test_an_unrelated_article_sharing_common_words_stays_apart_in_a_tiny_store():
    s = _stories([PIER, FLOOD, PIER_OWN_WORDS])
    assert s["pier-1"] == s["pier-2"]
    assert s["flood"] not in (s["pier-1"], s["pier-2"])


def test_without_the_floor_the_tiny_store_merged_them():
    # the case the floor is for: min_df 2 of 3 articles leaves the flood holding only the
    # two common words it shares, whose plain cosine is high
    s = _stories([PIER, FLOOD, PIER_OWN_WORDS], replace(ClusterOptions(), attach_min_whole=0.0))
    assert len(set(s.values())) == 1


@pytest.mark.parametrize("pair", [(PIER, PIER_OWN_WORDS), (PIER_OWN_WORDS, PIER)])
def test_two_outlets_own_words_on_one_event_stay_one_story(pair):
    # near miss: two reports of one event in different words, alone in a store
    s = _stories(list(pair))
    assert s["pier-1"] == s["pier-2"]


def test_two_unrelated_articles_alone_are_two_stories():
    s = _stories([PIER, FLOOD])
    assert s["pier-1"] != s["flood"]
