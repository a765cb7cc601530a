"""Review of s18-framing's new rules (session 18, framing18b): near variants that broke
them in the wrong direction, each with the right reading beside it. All text invented
(fictional storms, places and people).

* A sensational verb before a preposition of motion or contact tells a blow, not a
  statement ("Storm Hella slammed into the coast, the governor said"), and one after a
  natural event's name is that event's ("Storm Hella tore into the coast"): a named storm
  is an entity, so ``speaker_before`` had let both stand against the other outlet's
  "said". "Governor Renn slammed the board" / "tore into the board" stay sensational.
* A sensational phrase is the attribution only where it stands for the other outlet's
  neutral cue: not before its own sentence's neutral cue ("Riot police blasted the crowd
  with water cannon, a police spokesman said"), and only against a neutral cue of the
  same subject ("Board officials slammed the door on reporters" / "..., witnesses said").
* A role stated of a person is the outlet's own statement only outside reported speech
  and without a hedge of its own: "Police say Brant, the Harrow Street gang boss, ...",
  "..., according to prosecutors, ...", "..., prosecutors said", "Brant, the reputed gang
  boss" state no role as fact against another outlet's "alleged gang leader"."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Floodwater from the Keldmoor reservoir swept through the village of Arnsby on Sunday "
        "night, forcing about 900 people from their homes. The reservoir's spillway was "
        "opened after three days of heavy rain.\n\n")


def _sensational(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Arnsby Echo", text=LEDE + a),
            Article(id="a2", source="t", outlet="Keld Gazette", text=LEDE + b)]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and "sensational" in str(f.detail.get("rule"))]


SENSATIONAL = [
    # (id, Arnsby Echo, Keld Gazette, a sensational finding expected)
    ("near miss: 'slammed into' the coast (a blow)",
     "Storm Hella struck the coast on Sunday, the governor said.",
     "Storm Hella slammed into the coast on Sunday, the governor said.", False),
    ("near miss: 'slammed into' inside a quote's sentence",
     "\"We have never seen anything like it,\" Governor Ivo Renn said after Storm Hella hit "
     "the coast.",
     "\"We have never seen anything like it,\" Governor Ivo Renn said after Storm Hella "
     "slammed into the coast.", False),
    ("near miss: a named storm 'tore into' the coast",
     "Storm Hella struck the coast on Sunday, the governor said.",
     "Storm Hella tore into the coast on Sunday, the governor said.", False),
    ("near miss: a named storm 'savaged' the harbour",
     "Storm Hella damaged the harbour on Sunday, the governor said.",
     "Storm Hella savaged the harbour on Sunday, the governor said.", False),
    # the phrase's sentence has its own neutral cue after it: the phrase is the content
    ("near miss: 'blasted the crowd with water cannon, a police spokesman said'",
     "Riot police sprayed the crowd with water cannon, a police spokesman said.",
     "Riot police blasted the crowd with water cannon, a police spokesman said.", False),
    # the neutral cue's speaker is another than the phrase's subject: another statement
    ("near miss: officials 'slammed the door' against 'witnesses said'",
     "Board officials shut the door on reporters, witnesses said.",
     "Board officials slammed the door on reporters.", False),
    ("near miss: riot police 'blasted' against 'a police spokesman said'",
     "Riot police sprayed the crowd with water cannon, a police spokesman said.",
     "Riot police blasted the crowd with water cannon.", False),
    ("the governor 'blasted' the board (speech)",
     "Governor Ivo Renn said the board had ignored the warnings.",
     "Governor Ivo Renn blasted the board for ignoring the warnings.", True),
    ("the governor 'tore into' the board (speech)",
     "Governor Ivo Renn said the board had ignored the warnings.",
     "Governor Ivo Renn tore into the board for ignoring the warnings.", True),
]


@pytest.mark.parametrize("case", SENSATIONAL, ids=[c[0] for c in SENSATIONAL])
def test_sensational_needs_a_speech_act(case):
    _id, a, b, want = case
    got = _sensational(a, b)
    assert bool(got) is want, got


PRISON = ("Five inmates escaped from Karst Hill prison near Dunmore on Sunday through a tunnel "
          "dug beneath the laundry, the justice ministry said.")
PRISON_B = ("Five prisoners broke out of Karst Hill jail outside Dunmore overnight on Sunday, "
            "crawling through a tunnel from the laundry.")
HEDGED = (f"{PRISON} Among them is Ivo Brant, 51, the alleged leader of the Harrow Street "
          "gang, who was serving 20 years for extortion.")


def _modifiers(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Dunmore Ledger", text=a),
            Article(id="a2", source="t", outlet="Karst Courier", text=b)]
    return [f.summary for f in compare_articles(arts, Options(framing=True, story_framing=True)).findings
            if f.type == "framing" and f.detail["rule"] == "framing.story.modifier"]


ROLES = [
    ("the outlet states the role itself",
     f"{PRISON_B} Ivo Brant escaped with them. Brant, the Harrow Street gang boss, was last "
     "seen near the river.", True),
    ("near miss: the role inside what the police say",
     f"{PRISON_B} Ivo Brant escaped with them. Police say Brant, the Harrow Street gang boss, "
     "was last seen near the river.", False),
    ("near miss: 'according to prosecutors'",
     f"{PRISON_B} Ivo Brant escaped with them. Brant, the Harrow Street gang boss, according "
     "to prosecutors, was last seen near the river.", False),
    ("near miss: a trailing 'prosecutors said'",
     f"{PRISON_B} Ivo Brant escaped with them. Brant, the Harrow Street gang boss, ran the "
     "gang for a decade, prosecutors said.", False),
    ("near miss: the outlet's own hedge 'reputed'",
     f"{PRISON_B} Ivo Brant, the reputed Harrow Street gang boss, escaped with them.", False),
]


@pytest.mark.parametrize("case", ROLES, ids=[c[0] for c in ROLES])
def test_stated_role_is_the_outlets_own(case):
    _id, b, want = case
    got = [s for s in _modifiers(HEDGED, b) if "as fact" in s]
    assert bool(got) is want, got


ADJUNCTS = [
    # (text after which the cue "claimed" ends, a statement reported)
    ('claimed as he left: "We have never seen anything like it."', True),
    ('claimed at a rally on 3 May: "We have never seen anything like it."', True),
    ('claimed in 2019: "The dam will hold."', True),
    # near misses: a count is the verb's object ("the flood claimed at least 30 lives")
    ('claimed at least 30 lives: "We have never seen anything like it," the governor said.',
     False),
    ('claimed as many as thirty lives: "We have never seen anything like it."', False),
    ('claimed in all 14 lives in Arnsby: "It was hell," a survivor said.', False),
]


@pytest.mark.parametrize("case", ADJUNCTS, ids=[c[0][:40] for c in ADJUNCTS])
def test_adjunct_before_a_quote_holds_no_count(case):
    from storylens.findings.attribution import reports_statement

    text, want = case
    assert reports_statement(text, len("claimed")) is want


def test_flood_claiming_lives_is_no_attribution():
    """'The flood claimed at least 30 lives: "...," the governor said' against the other
    outlet's 'the governor said': 'claimed' is the flood's, no verb of the statement."""
    arts = [Article(id="a1", source="t", outlet="Arnsby Echo", text=LEDE
                    + "Governor Ivo Renn said: \"We have never seen anything like it.\""),
            Article(id="a2", source="t", outlet="Keld Gazette", text=LEDE
                    + "The flood claimed at least 30 lives in Arnsby: \"We have never seen "
                    "anything like it,\" Governor Ivo Renn said.")]
    got = [f.summary for f in compare_articles(arts, Options()).findings
           if f.type == "framing" and "'claimed'" in f.summary]
    assert got == []
