"""Every framing finding cites only sentences that hold the words it prints (the reader's
``framing_cites`` check, session 6: 5 of 71 citations lacked the word on real coverage).
For each side of each finding, ``detail[side]["words"][i]`` is in the text of
``detail[side]["sentences"][i]``, it is the text of that sentence's span, and the summary
quotes it beside its outlet. Invented stories whose outlets use different words for one
thing: the storming of the Osk consulate in Tarn and a ferry strike in Vella."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

TAIL = "stormed the Osk consulate in Tarn on Tuesday after airstrikes on the border camps."

STORIES = {
    "doers named four ways": {
        "Harbour Post": f"Dozens of Osk-backed militiamen {TAIL}",
        "Vella Times": f"Hundreds of pro-Osk demonstrators {TAIL}",
        "Coast Courier": f"Hundreds of angry protesters {TAIL} Mayor Ivo Brant blamed Osk for "
                         "the attack on the consulate.",
        "Tarn Ledger": f"Osk-backed militia supporters {TAIL}",
        "Bay Wire": f"Dozens of militiamen and their supporters {TAIL} Mayor Ivo Brant held Osk "
                    "\"fully responsible\" for the attack on the consulate.",
        "Osk Herald": "Officials including mayor Ivo Brant are trying to accuse Osk of the attack "
                      "on the consulate. A huge rally of residents reached the Osk consulate in "
                      "Tarn on Tuesday after airstrikes on the border camps.",
    },
    "a pull told three ways": {
        "Harbour Post": "At the quay a passenger grabbed the captain's hand and pulled him "
                        "towards the rail on Sunday.",
        "Vella Times": "On Sunday a passenger seized the captain's hand at the quay to pull him "
                       "close to the rail.",
        "Coast Courier": "A passenger grabbed the captain's hand and yanked him towards the rail "
                         "at the quay on Sunday.",
        "Bay Wire": "A passenger at the quay grabbed the captain's hand on Sunday, jerking him "
                    "towards the rail.",
    },
    "a statement named with a loaded noun": {
        "Harbour Post": "Continuing his diatribe, union leader Dara Falk attacked the ferry board "
                        "over unpaid wages in Vella.",
        "Vella Times": "Falk's remarks on unpaid wages are set to anger the ferry board in Vella. "
                       "\"Who will pay the crews?\" asked Falk, adding that the ferry board owed "
                       "them wages.",
    },
}


def _findings(bodies: dict[str, str], options: Options) -> tuple[list, dict[str, str], dict]:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=t)
            for i, (o, t) in enumerate(bodies.items())]
    comp = compare_articles(arts, options)
    text = {s.id: s.text for d in comp.documents for s in d.sentences}
    outlet = {a.id: a.outlet for a in arts}
    body = {a.id: a.text for a in arts}
    found = [f for f in comp.findings if f.type == "framing"]
    for f in found:  # each span's own text, to check it against the printed words
        f.detail["_spans"] = {(sp.sentence, body[sp.sentence.partition(":")[0]][sp.start:sp.end])
                              for sp in f.spans}
    return found, text, outlet


@pytest.mark.parametrize("name", list(STORIES))
@pytest.mark.parametrize("options", [Options(framing=True), Options(framing=True, story_framing=True)],
                         ids=["default", "story_framing"])
def test_each_cited_sentence_holds_its_word(name, options):
    found, text, outlet = _findings(STORIES[name], options)
    if options.story_framing:
        assert found, f"{name}: the story should give a framing finding"
    for f in found:
        spans = f.detail["_spans"]
        for side in ("a", "b"):
            d = f.detail[side]
            assert len(d["words"]) == len(d["sentences"]), f.summary
            assert d["word"] == d["words"][0]
            for word, sid in zip(d["words"], d["sentences"], strict=True):
                assert word.lower() in text[sid].lower(), (f.summary, word, sid)
                assert f"'{word}'" in f.summary, (f.summary, word)
                assert outlet[sid.partition(":")[0]] in f.summary or " more " in f.summary, (
                    f.summary, sid)
                assert (sid, word) in spans, (f.summary, word, sid)


def test_the_four_ways_story_prints_no_word_an_outlet_did_not_write():
    found, _, _ = _findings(STORIES["doers named four ways"], Options(framing=True, story_framing=True))
    actor = [f for f in found if f.detail.get("kind") == "actor_role"]
    assert len(actor) == 1, [f.summary for f in found]
    assert "Vella Times writes 'demonstrators'" in actor[0].summary
    assert "Coast Courier writes 'protesters'" in actor[0].summary
    assert "Tarn Ledger writes 'militia supporters'" in actor[0].summary
    assert "(Bay Wire: 'militiamen and their supporters')" in actor[0].summary
