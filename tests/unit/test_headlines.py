"""One title per story: the plainest, most shared headline, said as one outlet's.

s7 reader: a six-outlet story had three titles (none in the terminal, the first article's
in the HTML report, the store label on the web), and a three-outlet one was titled by
its loudest headline ("... SLAPS ... YANKS ... (VIDEO)"). Stored labels repeated words
("kanye west kanye west ...") or were generic ("net", "quick hit"). Invented headlines.
"""

from __future__ import annotations

import pytest

from storylens.corpus.rows import StoryDraft, draft_story
from storylens.headlines import Headline, choose, drop_repeats, loudness, story_title, whose


@pytest.mark.parametrize(
    ("title", "score"),
    [
        ("Mayor Quill apologises after shoving a reporter", 0),
        ("Mayor Quill repeatedly SHOVES reporter after he GRABS her arm (VIDEO)", 4),  # 2 shouts + tag
        ("WATCH: Mayor Quill shoves reporter at Velmora rally", 2),  # a selling label
        ("Mayor Quill shoves reporter!", 1),
        ("MAYOR QUILL SHOVES REPORTER", 1),  # all in capitals: one mark, not four
        # near misses: acronyms and a colon that names a place or a speaker are not loud
        ("NATO and NASA staff join the Velmora FIFA talks", 0),
        ("Velmora: Mayor Quill shoves reporter", 0),
        ("Watchdog says Velmora video was edited", 0),
        ("Quill on the (disputed) video of the rally", 0),
    ],
)
def test_loudness(title, score) -> None:
    assert loudness(title) == score


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("kanye west kanye west collaborate adidas", "kanye west collaborate adidas"),
        ("Port Elm Port Elm ferry strike", "Port Elm ferry strike"),
        # near misses: one doubled word is often a name; a repeat apart is not a stutter
        ("Bora Bora resort reopens", "Bora Bora resort reopens"),
        ("Velmora beats Kesh, Kesh appeals", "Velmora beats Kesh, Kesh appeals"),
        ("ferry strike: ferry crews walk out", "ferry strike: ferry crews walk out"),
    ],
)
def test_drop_repeats(label, expected) -> None:
    assert drop_repeats(label) == expected


SIX = [
    Headline("Disgruntled Mayor Quill pulls herself free from reporter's grasp", "a1", "Harbour Post"),
    Headline("Mayor Quill apologises after shoving reporter at rally", "a2", "Valley Star"),
    Headline("Mayor Quill repeatedly SHOVES reporter after he GRABS her arm (VIDEO)", "a3", "Ridge Courier"),
    Headline("Quill says sorry for shove", "a4", "Coastline Wire"),
    Headline("WATCH: Mayor Quill Shoves Reporter at New Year Rally", "a5", "Evening Gazette"),
    Headline("Mayor Quill condemns abuse hours after shoving reporter at rally", "a6", "Northfield Daily"),
]


def test_choose_passes_over_loud_headlines_for_the_most_shared_plain_one() -> None:
    got = choose(SIX)
    assert got is not None and got.article == "a2"
    assert whose(got) == "Valley Star’s headline"
    # the loud one is taken only when every headline is loud
    assert choose([SIX[2], SIX[4]]).article == "a5"  # label (2) is quieter than 2 shouts + tag (4)


def test_choose_ties_go_to_the_likely_source_then_to_order() -> None:
    pair = [Headline("Ferry crews strike in Port Elm", "a1", "Harbour Post"),
            Headline("Port Elm ferry crews walk out", "a2", "Valley Star")]
    assert choose(pair).article == "a1"
    assert choose(pair, prefer="a2").article == "a2"
    assert choose([Headline("", "a1"), Headline("  ", "a2")]) is None


def test_story_title_strips_the_site_suffix_and_says_whose() -> None:
    arts = [("a1", "Harbour Post", "Ferry crews strike in Port Elm | Harbour Post", "https://harbourpost.example/a"),
            ("a2", "Valley Star", None, None)]
    assert story_title(arts) == ("Ferry crews strike in Port Elm", "Harbour Post’s headline")
    assert story_title([("a1", "Harbour Post", None, None)]) is None


T = "2024-11-09T22:00:00Z"


@pytest.mark.parametrize(
    ("members", "label"),
    [
        # the most central title is loud: a plainer one of the story labels it
        ([(3, "Otters CRUSH Pilots in STUNNING rout (VIDEO)", T, "a.html", None, 0.95),
          (5, "Otters beat Pilots 4-1", T, "b.html", None, 0.90)], "Otters beat Pilots 4-1"),
        # generic ("net", "quick hit"): a more specific title of the story labels it
        ([(3, "net", T, "a.jsonl", None, 0.95),
          (5, "brooklyn net beat hornet overtime", T, "b.jsonl", None, 0.60)], "brooklyn net beat hornet overtime"),
        # repeated words said once
        ([(3, "kanye west kanye west collaborate adidas", T, "a.jsonl", None, 0.9),
          (5, "adidas", T, "b.jsonl", None, 0.8)], "kanye west collaborate adidas"),
        # near misses: all generic, or all loud alike, the most central stays
        ([(3, "quick hit", T, "a.jsonl", None, 0.95), (5, "daily jolt", T, "b.jsonl", None, 0.6)], "quick hit"),
        ([(3, "Otters beat Pilots 4-1", T, "a.html", None, 0.95),
          (5, "Tollan scores twice as Otters beat Pilots", T, "b.html", None, 0.6)], "Otters beat Pilots 4-1"),
    ],
)
def test_stored_label_prefers_plain_specific_headlines(members, label) -> None:
    got = draft_story(members)
    assert isinstance(got, StoryDraft) and got.label == label
    assert draft_story(reversed(members)).label == label


def test_a_stored_story_is_titled_by_its_label_and_says_whose() -> None:
    """The stories list, 'storylens story' and the web story page name a stored story
    alike: by its label, when one compared article's headline is the label."""
    arts = [("a1", "Harbour Post", "Ferry crews strike in Port Elm", None),
            ("a2", "Valley Star", "Port Elm port Elm ferry crews walk out", None)]
    assert story_title(arts) == ("Ferry crews strike in Port Elm", "Harbour Post’s headline")
    assert story_title(arts, label="Port Elm ferry crews walk out") == (
        "Port Elm ferry crews walk out", "Valley Star’s headline")
    # near miss: a label that is no compared article's headline (the article was cut by
    # --max-articles) leaves the choice to the headlines compared
    assert story_title(arts, label="Kesh harvest") == ("Ferry crews strike in Port Elm", "Harbour Post’s headline")
