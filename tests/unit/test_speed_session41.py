"""Session 41 pure-speed memos: each keeps the answers it gave before (invented text)."""

from __future__ import annotations

import pytest

from storylens.findings import facts


@pytest.mark.parametrize(("text", "want"), [
    ("Police put the crowd at 45,000; organisers said 150,000.", {"polic", "organiser"}),
    ("Some 2,000 people, according to organisers, marched to the Varn square.", {"organiser"}),
    ("The Tessel union says 300 drivers walked out.", {"union"}),
    # near misses: a list aside credits no one; no verb of saying, no source
    ("About 600 people, mostly students, marched to the square.", set()),
    ("The Tessel bridge reopened on Monday after 40 days.", set()),
])
def test_sources_memo_same_answer(text, want):
    """``facts._sources`` is kept per text (``_sources_of``): asked again it answers the same,
    from the memo, and each caller gets its own set (``facts._source`` pops from it)."""
    first = facts._sources(text)
    assert first == want
    first.clear()  # a caller's change never reaches the memo
    hits = facts._sources_of.cache_info().hits
    again = facts._sources(text)
    assert facts._sources_of.cache_info().hits == hits + 1
    assert again == want
    assert again is not facts._sources(text)
