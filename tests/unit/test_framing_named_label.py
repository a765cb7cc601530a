"""A loaded descriptor put on a name in one outlet ("the Osk regime") where another
outlet's aligned sentence names the same thing bare ("Osk"): ``framing.aligned.named_label``,
with story framing (on by default since session 13; off with ``--no-story-framing``). Invented text: a fictional Vella-Osk border row.
Near misses: the other outlet uses a word of the set itself ("the Osk government"), the
name is another one's part ("Osk Herald"), a possessive ("Osk's"), the label inside quote
marks, and the flag off."""

from __future__ import annotations

import pytest
from support import framings_between

from storylens.options import Options

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = "Vella closed its border crossings with Osk on Tuesday after two guards were shot.\n\n"

CASES = [
    # (id, Harbour Post's sentence, Osk Herald's sentence, a finding expected)
    ("regime put on a name the other outlet writes bare",
     "Vella recalled its ambassador from Osk for consultations on Wednesday.",
     "Vella recalled its ambassador from the Osk regime for consultations on Wednesday.", True),
    ("near miss: the other outlet writes a word of the set",
     "Vella recalled its ambassador from the Osk government for consultations on Wednesday.",
     "Vella recalled its ambassador from the Osk regime for consultations on Wednesday.", False),
    ("near miss: the name is part of another name",
     "Vella recalled its ambassador after a report in the Osk Herald on Wednesday.",
     "Vella recalled its ambassador from the Osk regime after a report on Wednesday.", False),
    ("near miss: the label inside quote marks",
     "Vella recalled its ambassador from Osk for consultations on Wednesday.",
     'Vella recalled its ambassador from what it called "the Osk regime" on Wednesday.', False),
    # review (session 13): "regime" after a treaty's or a law's name is a body of rules
    ("near miss: a regime of rules after a treaty's name",
     "Vella said the shooting broke the Tarn Accord on border patrols on Wednesday.",
     "Vella said the shooting broke the Tarn Accord regime on border patrols on Wednesday.",
     False),
    ("near miss: a regime of rules after a law's name",
     "Vella said the closure was lawful under the Frontier Security Act on Wednesday.",
     "Vella said the closure was lawful under the Frontier Security Act regime on Wednesday.",
     False),
]


def _named(a: str, b: str, options: Options) -> list[str]:
    return [f.summary for f in framings_between(LEDE, a, b, options=options)
            if f.detail.get("rule") == "framing.aligned.named_label"]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_named_label(case):
    _id, a, b, want = case
    got = _named(a, b, Options(framing=True, story_framing=True))
    assert bool(got) is want, got


def test_named_label_on_by_default_and_off_without_story_framing():
    assert _named(CASES[0][1], CASES[0][2], Options())
    assert not _named(CASES[0][1], CASES[0][2], Options(framing=True, story_framing=False))


def test_named_label_summary():
    got = _named(CASES[0][1], CASES[0][2], Options(framing=True, story_framing=True))
    assert got == ["Osk Herald writes 'Osk regime' where Harbour Post writes 'Osk'."], got
