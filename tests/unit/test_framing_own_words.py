"""Story-wide framing lines say only what each outlet wrote (reader report, session 6):
every outlet is printed with its own word, outlets are grouped by the word they used, an
outlet that names the doers both ways is named beside the contrast, and an attribution
across unaligned sentences shows the words that make the two sentences one statement.
Invented story: the storming of the Osk consulate in Tarn."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
TAIL = "stormed the Osk consulate in Tarn on Tuesday after airstrikes on the border camps."


def _framing(bodies: dict[str, str]) -> list:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=t)
            for i, (o, t) in enumerate(bodies.items())]
    comp = compare_articles(arts, STORY)
    return [f for f in comp.findings if f.type == "framing"]


def _actor(found):
    hits = [f for f in found if f.detail.get("kind") == "actor_role"]
    assert len(hits) == 1, [f.summary for f in found]
    return hits[0]


def test_each_outlet_is_printed_with_its_own_word():
    found = _framing({
        "Harbour Post": f"Dozens of Osk-backed militiamen {TAIL}",
        "Vella Times": f"Hundreds of pro-Osk demonstrators {TAIL}",
        "Coast Courier": f"Hundreds of angry protesters {TAIL}",
        "Osk Herald": f"Crowds of protesters {TAIL}",
    })
    f = _actor(found)
    assert f.summary == (
        "Harbour Post writes 'militiamen' where Vella Times writes 'demonstrators', "
        "Coast Courier and Osk Herald write 'protesters' for those who stormed.")
    assert f.detail["a"]["words"] == ["demonstrators", "protesters", "protesters"]
    assert f.detail["b"]["words"] == ["militiamen"]


def test_every_outlet_with_the_armed_word_is_on_the_charged_side():
    found = _framing({
        "Harbour Post": f"Dozens of Osk-backed militiamen {TAIL}",
        "Bay Wire": f"Scores of militiamen {TAIL}",
        "Coast Courier": f"Hundreds of angry protesters {TAIL}",
    })
    f = _actor(found)
    assert f.summary.startswith("Harbour Post and Bay Wire write 'militiamen' where Coast Courier")
    assert {s.partition(":")[0] for s in f.detail["b"]["sentences"]} == {"a1", "a2"}


def test_an_outlet_naming_both_is_named_not_contrasted():
    found = _framing({
        "Harbour Post": f"Dozens of Osk-backed militiamen {TAIL}",
        "Coast Courier": f"Hundreds of angry protesters {TAIL}",
        "Bay Wire": f"Dozens of militiamen and their supporters {TAIL}",
    })
    f = _actor(found)
    assert f.summary.endswith(
        "for those who stormed (Bay Wire: 'militiamen and their supporters').")
    assert not any(s.startswith("a3:") for s in f.sentences)


def test_militia_supporters_are_printed_whole():
    found = _framing({
        "Harbour Post": f"Dozens of Osk-backed militiamen {TAIL}",
        "Tarn Ledger": f"Osk-backed militia supporters {TAIL}",
    })
    f = _actor(found)
    assert f.detail["a"]["words"] == ["militia supporters"]
    assert "Tarn Ledger writes 'militia supporters'" in f.summary


def test_near_miss_a_civilian_word_alone_is_no_contrast():
    found = _framing({
        "Vella Times": f"Hundreds of pro-Osk demonstrators {TAIL}",
        "Coast Courier": f"Hundreds of angry protesters {TAIL}",
    })
    assert not [f for f in found if f.detail.get("kind") == "actor_role"]


def test_one_loaded_term_names_every_outlet_that_writes_it():
    lede = "Officials in Tarn said the crowd reached the consulate gate before noon on Tuesday."
    found = _framing({
        "Osk Herald": f"{lede} A huge rally of angry residents reached the Osk consulate in Tarn "
                      "on Tuesday, chanting against the airstrikes.",
        "Harbour Post": "Hundreds of residents stormed the Osk consulate in Tarn on Tuesday, "
                        "chanting against the airstrikes.",
        "Bay Wire": "Angry residents stormed the Osk consulate in Tarn on Tuesday, chanting "
                    "slogans against the airstrikes.",
    })
    hits = [f for f in found if (f.detail["b"]["word"] or "").lower() == "stormed"]
    assert len(hits) == 1, [f.summary for f in found]
    assert hits[0].summary.startswith("Harbour Post and Bay Wire write 'stormed' where Osk Herald")


def test_attribution_across_sentences_shows_what_links_them():
    found = _framing({
        "Harbour Post": "Ivo Brant, the Tarn mayor, said the consulate guards had panicked.",
        "Osk Herald": "In a radio interview on Wednesday, Brant claimed that the consulate guards "
                      "panicked when the gate gave way.",
    })
    hits = [f for f in found if f.detail.get("rule") == "framing.story.attribution"]
    assert hits, [f.summary for f in found]
    f = hits[0]
    assert "in sentences that share" in f.summary
    assert f.detail["link_words"] and all(
        w.lower() in f.summary.lower() for w in f.detail["link_words"])


def test_near_miss_same_speaker_on_another_statement_is_not_set_side_by_side():
    found = _framing({
        "Harbour Post": "Tarn mayor Ivo Brant said the ferry timetable would return to normal "
                        "next week.",
        "Osk Herald": "In a radio interview on Wednesday, Brant claimed that the guards panicked "
                      "when the gate gave way.",
    })
    assert not [f for f in found if f.detail.get("rule") == "framing.story.attribution"]


def _modifier(bodies):
    return [f for f in _framing(bodies) if f.detail.get("rule") == "framing.story.modifier"]


ALLEGED = ("The navy said it struck three depots near Tarn in response to alleged raids "
           "targeting its patrol boats.")


def test_a_plain_noun_is_the_counterpart_of_a_doubted_noun():
    bodies = {
        "Osk Herald": ALLEGED,
        "Harbour Post": "The navy struck three depots near Tarn after a raid on its patrol boats "
                        "killed a sailor.",
    }
    found = _modifier(bodies)
    if not found:
        # since session 17 the aligned rule tells it first: "alleged raids" is a hedge, no
        # "allege" cue with a noun object (framing._cues)
        hedges = [f for f in _framing(bodies)
                  if f.detail.get("rule") == "framing.aligned.doubt_hedge"]
        assert hedges and hedges[0].detail["b"]["word"] == "alleged"
        return
    assert found[0].detail["a"]["words"] == ["raid"]


def test_near_miss_a_verb_of_the_same_stem_is_not_the_counterpart():
    # "navy boats raided three depots": another act by another side, not the plain name
    # of the "alleged raids" on the patrol boats
    found = _modifier({
        "Osk Herald": ALLEGED,
        "Harbour Post": "Navy patrol boats raided three depots near Tarn on Sunday, officials said.",
    })
    assert not found, [f.summary for f in found]
