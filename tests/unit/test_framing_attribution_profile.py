"""A speaker's verbs outlet by outlet (``framing.story.attribution_profile``, session 14):
one outlet writes "claimed" / "insisted" / "admitted" / "conceded" for a speaker whom
another outlet of the same story attributes only with "said" / "told", where no statement
of theirs links the two (blind-written dev keys mark these: "Justice Minister Ivana Korsak
said the bureau acted on a court warrant" / "Justice Minister Ivana Korsak claimed the
government had no prior knowledge"). Near misses from each guard: a result, not a statement
("conceded defeat"); a negated cue; an apology the plain outlet tells too; a noun ("Brant's claim that"); legal wording; two
people with one surname; a plain outlet that writes a loaded verb itself; two articles that
share no sentence; a central figure with many statements. Invented text (a fictional Vella
ferry strike)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

RULE = "framing.story.attribution_profile"
# The same two opening sentences in both outlets: an aligned group, names in common (the
# articles tell one story by the default's own evidence).
LEDE = ("Ferry crews of the Vella Line walked out in Port Tarn on Monday over three months of "
        "unpaid wages, halting every crossing to the Osk islands. The strike is the first on "
        "the Vella Line since 2019.\n\n")


def _rules(a: str, b: str, lede_b: str = LEDE) -> dict[str, list[str]]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=lede_b + b)]
    comp = compare_articles(arts, Options())
    out: dict[str, list[str]] = {}
    for f in comp.findings:
        if f.type == "framing":
            out.setdefault(str(f.detail.get("rule")), []).append(f.summary)
    return out


PLAIN = ("Transport Minister Ivo Brant said the government would meet union leaders on "
         "Thursday.\n\nDock workers in Tarn blocked the harbour gates with trucks for most of "
         "the afternoon.")
WAGES = ("Transport Minister Ivo Brant said the ministry would pay the crews their wages "
         "by March.\n\nDock workers in Tarn blocked the harbour gates with trucks for most "
         "of the afternoon.")
CASES = [
    # (id, Harbour Post's text, Osk Herald's text, a profile finding expected)
    ("another statement on the same matter told with 'claimed'", PLAIN,
     "Transport Minister Ivo Brant claimed the union was stalling the talks.", True),
    # session 18 (dev d27, read wrong): the same speaker on another matter is two
    # statements, not the outlets' verbs for one
    ("near miss: 'claimed' on another matter than the plain outlet's 'said'", PLAIN,
     "Transport Minister Ivo Brant claimed the strike had been planned by opposition "
     "politicians for months.", False),
    ("another statement on the same matter told with 'admitted'", WAGES,
     "Transport Minister Ivo Brant admitted that the ministry had known about the unpaid "
     "wages since January.", True),
    ("near miss: 'admitted' on another matter (it may be a plain admission)", PLAIN,
     "Transport Minister Ivo Brant admitted that the ministry had known about the unpaid "
     "wages since January.", False),
    ("near miss: 'admitted' linked by the occasion only, not the matter",
     "\"Ferries will sail again on Friday,\" Transport Minister Ivo Brant told a news "
     "conference.",
     "At a packed news conference, Transport Minister Ivo Brant admitted that the ministry "
     "could have acted sooner.", False),
    ("near miss: a result, not a statement ('conceded defeat')", PLAIN,
     "Transport Minister Ivo Brant conceded defeat on the wage bill late on Sunday.", False),
    ("near miss: a negated cue", PLAIN,
     "Transport Minister Ivo Brant did not concede.\n\nPickets stayed at the terminal "
     "overnight.", False),
    ("near miss: a noun, not the outlet's verb", PLAIN,
     "Union members mocked Transport Minister Ivo Brant's claim that the strike had been "
     "planned by opposition politicians.", False),
    ("near miss: legal wording", PLAIN.replace("Transport Minister Ivo Brant", "Prosecutors"),
     "Prosecutors claimed the line's owners had hidden the wage accounts from the crews.",
     False),
    ("one given name spelled two ways (one letter)",
     "Port director Annika Brant said the government would meet union leaders on "
     "Thursday.\n\nDock workers in Tarn blocked the harbour gates with trucks for most of "
     "the afternoon.",
     "Port director Anika Brant claimed the union was stalling the talks.", "Brant"),
    ("near miss: two given names two letters apart (two people)",
     "Port director Idris Brant said the government would meet union leaders on Thursday.",
     "Union spokesman Idrissa Brant insisted the crews would stay out until every wage was "
     "paid.", False),
    ("near miss: two people with one surname",
     "Transport Minister Ivo Brant said the government would meet union leaders on Thursday.",
     "Union spokesman Pavel Brant insisted the crews would stay out until every wage was "
     "paid.", False),
    ("near miss: the plain outlet tells his apology ('admitted' tells what happened)",
     WAGES.replace("said the ministry", "said he was sorry and that the ministry"),
     "Transport Minister Ivo Brant admitted that the ministry had known about the unpaid "
     "wages since January.", False),
    ("near miss: the plain outlet writes a loaded verb for him too",
     PLAIN + "\n\nBrant insisted the talks would not reopen the wage deal.",
     "Transport Minister Ivo Brant claimed the strike had been planned by opposition "
     "politicians for months.", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_attribution_profile(case):
    _id, a, b, want = case
    got = _rules(a, b).get(RULE, [])
    assert bool(got) is bool(want), got
    if want:
        name = want if isinstance(want, str) else "Ivo Brant"
        assert name in got[0] and "no one statement links them" in got[0], got


def test_profile_needs_a_shared_sentence():
    """Two articles that share no aligned sentence (the same minister on another matter,
    names in common) are set against each other by no profile."""
    other = ("Ferry crews of the Vella Line returned to work in Port Tarn on Friday after a new "
             "timetable was agreed for the Osk islands.\n\n")
    got = _rules(PLAIN, "Transport Minister Ivo Brant claimed the new timetable would cut "
                 "fares on every crossing.", lede_b=other).get(RULE, [])
    assert not got, got


def test_profile_leaves_a_central_figure_alone():
    """A speaker attributed in more than four sentences of an article is no minor speaker
    of one occasion: one loaded verb among many says little."""
    many = "\n\n".join(
        f"Transport Minister Ivo Brant said the {w} would be reviewed." for w in
        ("timetable", "fleet", "budget", "pension fund", "harbour fee"))
    got = _rules(many, "Transport Minister Ivo Brant claimed the strike had been planned by "
                 "opposition politicians for months.").get(RULE, [])
    assert not got, got


def test_one_statement_stays_with_the_statement_rule():
    """Where one statement links the two outlets, the statement rule reports it and the
    profile adds nothing."""
    got = _rules("Speaking at the Tarn depot on Friday after a long meeting with the port "
                 "board, Transport Minister Ivo Brant said the union had hidden the ferry "
                 "accounts.",
                 "In a letter posted late on Sunday night, Transport Minister Ivo Brant "
                 "claimed that the ferry accounts were kept from members by the union.")
    assert got.get("framing.story.attribution") and not got.get(RULE), got
