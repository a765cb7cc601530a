"""shared_source counts copied narration only; two outlets quoting one statement get a
``shared_quote`` finding (which outlet gives more of it), not a copying claim.

Invented articles (fictional Vellaria). The near-miss negatives mirror the false
shared_source findings seen on real coverage (issue 11): outlets quoting one press
release or post were called copies "neither credits an agency".
"""

from __future__ import annotations

import pytest

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

STATEMENT = [
    '"The Draven Viaduct will stay closed until every cable has been tested by '
    'independent engineers," the ministry said in a statement on Tuesday.',
    '"We will not reopen a bridge that we cannot vouch for, whatever the cost to '
    'the harbour trade," the statement said.',
    '"Ferries will run every half hour from Port Vella to the north shore until the '
    'tests are complete," it added.',
]
EXTRA = (
    '"Families who have lost their homes will receive emergency housing within the '
    'week," the statement said.'
)


pytestmark = pytest.mark.usefixtures("shared_quotes_on", "shared_sources_on")


def _findings(a: str, b: str, types=("shared_source", "shared_quote")):
    raws = [
        RawArticle(source=f"s{i}", text=t, outlet=o, title="Viaduct", record_id=f"r{i}")
        for i, (t, o) in enumerate([(a, "Harbour Post"), (b, "Vella Times")])
    ]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options())
    return [f for f in comp.findings if f.type in types]


def test_same_press_release_is_a_shared_quote_not_a_copy():
    a = "\n\n".join(
        [
            "Vellaria's transport ministry kept the collapsed viaduct shut on Tuesday, "
            "angering harbour traders who rely on the crossing.",
            *STATEMENT,
            EXTRA,
            "Traders in the old port said business had halved since the collapse.",
        ]
    )
    b = "\n\n".join(
        [
            "Officials refused again to give a date for reopening the Draven Viaduct, "
            "a week after one of its spans fell into the river.",
            *STATEMENT,
            "Opposition deputies have called for the transport minister to resign.",
        ]
    )
    found = _findings(a, b)
    assert [f.type for f in found] == ["shared_quote"], [f.summary for f in found]
    f = found[0]
    assert f.detail["shared_quotes"] >= 3
    assert len(f.sentences) >= 6
    assert f.detail["rule"] == "shared_quote.same_words"
    assert "not evidence of copying" in f.summary
    assert f.spans


def test_wire_copy_with_quotes_is_still_shared_source():
    narration = [
        "A span of the Draven Viaduct fell into the river on Monday night, cutting the "
        "only road link between Port Vella and the north shore.",
        "Rescue teams worked through the night with cranes and divers and found no "
        "vehicles in the water by Tuesday morning.",
        "The ministry said it would send steel samples from the broken span to a "
        "laboratory abroad for testing.",
    ]
    a = "\n\n".join([*narration, STATEMENT[0]])
    b = "\n\n".join([*narration, STATEMENT[0], "Schools on the north shore will stay shut."])
    found = _findings(a, b)
    assert [f.type for f in found] == ["shared_source"], [f.summary for f in found]
    assert found[0].detail["rule"] == "shared_source.narration_copy"


def test_one_shared_quoted_sentence_is_a_shared_quote():
    # the gold guide: identical quoted words are a shared quote, however few sentences
    a = "\n\n".join(
        [
            "Traders in the old port said business had halved since the collapse.",
            STATEMENT[1],
            "The harbour master asked ships to wait offshore.",
        ]
    )
    b = "\n\n".join(
        [
            "Opposition deputies have called for the transport minister to resign.",
            STATEMENT[1],
            "A vigil for the two missing workers is planned for Friday.",
        ]
    )
    found = _findings(a, b)
    assert [f.type for f in found] == ["shared_quote"]
    assert found[0].detail["quotes"][0]["fuller"] == "same"


FULL = (
    '"The fleet will see a new coastal patrol cutter built in Port Vella before the '
    'storm season," Admiral Oren Task said on Monday.'
)


def _story(*lines: str) -> str:
    return "\n\n".join(lines)


def test_partial_quote_found_anywhere_and_the_fuller_outlet_named():
    # a few of the words, quoted inside the outlet's own sentence; the sentences do not align
    a = _story(
        "The navy of Vellaria has been short of ships since the harbour fire of last year.",
        FULL,
        "Shipyard workers welcomed the order after months without new contracts.",
    )
    b = _story(
        "Critics in the opposition call the naval budget a waste of scarce money.",
        "Task promised a \u201cnew coastal patrol cutter\u201d within months, though he gave "
        "no price for it.",
        "The finance ministry declined to comment.",
    )
    found = _findings(a, b)
    assert [f.type for f in found] == ["shared_quote"], [f.summary for f in found]
    q = found[0].detail["quotes"][0]
    assert q["fuller"] == found[0].detail["articles"][0]
    assert "Harbour Post gives more of it" in found[0].summary
    # both sentences, though the aligner pairs neither
    assert {s.partition(":")[0] for s in found[0].sentences} == {"a1", "a2"}
    assert found[0].spans


def test_shared_quote_words_found_across_different_quote_marks_and_attribution():
    a = _story(
        "Fishermen blocked the harbour mouth for a third day.",
        "\u201cWe will not leave the water until the quota is restored for every family,"
        "\u201d said Mara Leid, who leads the fishermen's union.",
    )
    b = _story(
        "The quota dispute has closed Port Vella's fish market.",
        "Union leader Leid said: 'We will not leave the water until the quota is restored "
        "for every family.'",
    )
    found = _findings(a, b)
    assert [f.type for f in found] == ["shared_quote"], [f.summary for f in found]
    assert found[0].detail["quotes"][0]["fuller"] == "same"


def test_same_words_unquoted_in_the_other_outlet_are_no_shared_quote():
    # near miss: the other outlet says the words in its own voice, not as a quote
    a = _story(
        "The navy of Vellaria has been short of ships since the harbour fire of last year.",
        FULL,
    )
    b = _story(
        "The fleet will see a new coastal patrol cutter built in Port Vella before the "
        "storm season, according to budget papers seen by this newspaper.",
        "The finance ministry declined to comment.",
    )
    assert [f for f in _findings(a, b) if f.type == "shared_quote"] == []


def test_a_short_slogan_with_no_speaker_is_no_shared_quote():
    # near miss: a chant every outlet quotes ("Death to America" on real coverage)
    a = _story(
        "Crowds marched past the embassy of Kordia on Friday, chanting "
        "\u201cDown with Kordia\u201d as police watched.",
        "The embassy was closed for the day.",
    )
    b = _story(
        "Thousands gathered in the capital, some burning flags and shouting "
        "\u201cDown with Kordia!\u201d",
        "Shops near the square stayed shut.",
    )
    assert [f for f in _findings(a, b) if f.type == "shared_quote"] == []


def test_two_speakers_with_the_same_short_phrase_are_no_shared_quote():
    # near miss: two named people, a stock phrase of a few words each
    a = _story(
        "Mayor Ilse Brandt opened the new bridge on Saturday.",
        '"A great day for the city," Brandt said.',
    )
    b = _story(
        "The harbour reopened to ferries on Saturday.",
        '"A great day for the city," said harbour master Pell Ostrow.',
    )
    assert [f for f in _findings(a, b) if f.type == "shared_quote"] == []


def test_a_gloss_added_inside_the_quote_is_not_more_of_the_quote():
    # near miss: the longer quote's extra words are an editor's bracketed gloss
    base = ("This council will be run not from the palace but by the friends of the "
            "capital")
    a = _story("The opposition leader spoke in Port Vella.", f'"{base}," Dral said.')
    b = _story(
        "Dral addressed supporters after the vote.",
        f'"{base} (without naming the Vellarian Unity Party)," Dral said.',
    )
    assert [f for f in _findings(a, b) if f.type == "shared_quote"] == []


def test_two_quotes_sharing_only_a_clause_are_no_shared_quote():
    # near miss: the same opening clause, then different statements
    a = _story(
        "The minister spoke after the cabinet met.",
        '"We have decided to act now and we will close the northern mines before '
        'winter," Vell said.',
    )
    b = _story(
        "The minister spoke to reporters in the capital.",
        '"We have decided to act now, because the farmers of the valley cannot wait '
        'another season for water," Vell said.',
    )
    assert [f for f in _findings(a, b) if f.type == "shared_quote"] == []


def test_two_statements_of_one_speaker_sharing_an_opening_are_no_shared_quote():
    # near miss (session 16): the mayor on two occasions, each statement opening with the
    # same clause and going on to say something else; and a stock thanks said by two people
    a = _story(
        "The ferry Kalla Star ran aground off Tessel Point on Sunday with 40 passengers aboard.",
        'At the harbour on Sunday, Mayor Lene Ostrup said: "Every passenger is safe and '
        'every passenger will be looked after."',
        'Coastguard commander Piet Wahl said: "I want to thank the volunteers who came out '
        'in the night."',
    )
    b = _story(
        "Forty passengers were taken off the Kalla Star after it struck rocks near Tessel Point.",
        'Speaking to the council on Monday, Ostrup said: "Every passenger is safe, and the '
        'company will pay for the damage."',
        'Ostrup said: "I want to thank the volunteers who came out to help."',
    )
    assert _findings(a, b) == []
