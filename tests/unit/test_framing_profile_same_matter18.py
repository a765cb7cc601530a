"""The story-wide attribution profile (``framing.story.attribution_profile``) sets one
outlet's loaded verb for a speaker against another outlet's plain verbs only where the two
attribute one matter, and never for an earlier statement (session 18; dev d27, read wrong:
'insisted' for the minister's charity remark against 'said' for his pledge on
traffickers, two statements). The matter is the loaded cue's complement (the sentence when
the cue trails its quote) sharing a content word with the plain statement beyond the
speaker's name and title and the words that date the occasion; reported speech's shifted
tense is read back ("stood" / "stand"). Near misses both ways. Invented text: a fictional
flood at the Keldmoor reservoir."""

from __future__ import annotations

import pytest

from storylens.findings.attribution import background_cue
from storylens.models import Article, Sentence
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

RULE = "framing.story.attribution_profile"
LEDE = ("Floodwater from the Keldmoor reservoir swept through the village of Arnsby on Sunday "
        "night, forcing about 900 people from their homes. The reservoir's spillway was "
        "opened after three days of heavy rain.\n\n")
BOARD = "Water board chief Mirelle Danvik"


def _profiles(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Arnsby Echo", text=LEDE + a),
            Article(id="a2", source="t", outlet="Keld Gazette", text=LEDE + b)]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and f.detail.get("rule") == RULE]


PLAIN = f"{BOARD} said the spillway gates would stay open until Thursday."
HOUSING = f"{BOARD} said the board would pay for temporary housing in Tolbridge."
CASES = [
    # (id, Arnsby Echo's text, Keld Gazette's text, a profile finding expected)
    ("one matter: the spillway", PLAIN, f"{BOARD} insisted the spillway had worked as designed.",
     True),
    ("near miss: another matter of the same speaker (two statements)", HOUSING,
     f"{BOARD} insisted that illegal fishing nets had blocked the outflow channel.", False),
    ("near miss: only the occasion in common",
     HOUSING.replace("said the", "said on Monday evening that the"),
     f"{BOARD} insisted on Monday evening that illegal fishing nets had blocked the outflow "
     "channel.", False),
    ("near miss: no word in common (a tense-shifted verb of another matter)",
     f"\"We stand by our inspectors,\" {BOARD} said.",
     f"{BOARD} insisted that the board had known nothing of the cracks.", False),
    ("a cue after its quote: the quote is the matter",
     PLAIN, f"\"The spillway is sound,\" {BOARD} insisted.", True),
    ("near miss: a cue after a quote on another matter",
     HOUSING, f"\"Illegal nets blocked the outflow,\" {BOARD} insisted.", False),
    # an earlier statement is the outlet's account of the past, not its verb for the
    # story's statement
    ("near miss: 'When ... claimed last year'", PLAIN,
     f"When {BOARD} claimed last year that the spillway was safe, engineers disagreed.", False),
    ("near miss: 'had claimed'", PLAIN,
     f"{BOARD} had claimed that the spillway would never be needed.", False),
    ("near miss: 'claimed in 2019'", PLAIN,
     f"{BOARD} claimed in 2019 that the spillway would never be needed.", False),
    ("near miss: the plain verb is the earlier statement ('said last year')",
     f"Last year, {BOARD} said the spillway would never be needed.",
     f"{BOARD} insisted the spillway had worked as designed.", False),
    ("a year inside the complement dates what is told, not the telling", PLAIN,
     f"{BOARD} insisted that the spillway, rebuilt in 2019, had worked as designed.", True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_profile_needs_one_matter(case):
    _id, a, b, want = case
    got = _profiles(a, b)
    assert bool(got) is want, got
    if want:
        assert "Mirelle Danvik" in got[0] and "Keld Gazette writes" in got[0], got


BACKGROUND = [
    # (sentence, the cue, the article's year, an earlier statement)
    ("When Tomas Orrin claimed last month that the bridge was safe, engineers disagreed.",
     "claimed", "2026", True),
    ("Orrin had long insisted the bridge was safe.", "insisted", "2026", True),
    ("Orrin, who two years ago said the bridge was safe, declined to comment.", "said", "2026",
     True),
    ("Last year, Orrin claimed the bridge was safe.", "claimed", "2026", True),
    ("After Orrin insisted the bridge was safe, the crossing reopened.", "insisted", "2026", True),
    ("Orrin claimed in 2024 that the bridge was safe.", "claimed", "2026", True),
    ("Orrin claimed in 2026 that the bridge was safe.", "claimed", "2026", False),
    ("Orrin has insisted that the bridge is safe.", "insisted", "2026", False),
    ("Orrin insisted the bridge was safe after engineers inspected it.", "insisted", "2026",
     False),
    ("Orrin said the council had warned drivers two years ago.", "said", "2026", False),
    ("Last year's floods were worse, Orrin claimed.", "claimed", "2026", False),
    ("\"The bridge is safe,\" Orrin insisted on Tuesday.", "insisted", "2026", False),
]


@pytest.mark.parametrize("case", BACKGROUND, ids=[c[0] for c in BACKGROUND])
def test_background_cue(case):
    text, cue, year, want = case
    s = Sentence("a1:0", "a1", 0, 0, len(text), text)
    a = text.index(cue)
    assert background_cue(text, s, a, a + len(cue), year) is want


def test_backshifted_verbs_read_as_their_base():
    """Reported speech shifts the quote's tense back: "stood" / "stand", "knew" / "know"
    are one word to the matter test; a regular past is the stemmer's already."""
    from storylens.findings.attribution import _bases
    from storylens.normalize import content_stems

    said = _bases(content_stems("We stand by our inspectors and we know where the leak is."))
    told = _bases(content_stems("the board stood by its staff and knew of the leak"))
    assert {"stand", "know"} <= said & told
    assert not _bases(content_stems("the board stood firm")) & _bases(
        content_stems("we will hold the line"))
