"""Who gives a fact an omission names, and who tells it otherwise (session 28, from the
held-out read of session 27: t152, t156, t160 and t127). Invented stories with fictional
outlets; each fix with its near misses:

1. a surname written only before a family noun ("the Marsk family") names the family,
   not the person other outlets name in full: it keeps him from being "left out" but is
   no outlet that gives him;
2. a title word or people noun the analysis reads as part of a name ("Businessman Teodor
   Halvørsen") does not make another name of it;
3. a count of how often ("eleven times") gives no count of people of that value;
4. a reading on a rating scale ("level 0") is the outlet's own reading of the scale's
   figure ("level 1"): neither a figure it leaves out nor one only its outlet gives; and a
   scale's number gives no figure of another kind ("Reactor 1").
"""

from __future__ import annotations

import pytest
from support import verbatim_context

from storylens.findings.coverage import (
    _Index,
    _untitled_key,
    carried_facts,
    find_additions,
    find_omissions,
)
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
# every article closes on this sentence, aligned verbatim: the outlets share the story
SHARED = "The national media regulator said it would review the sale within a month."


def _ctx(texts: list[list[str]]):
    return verbatim_context([[*t, SHARED] for t in texts], OUTLETS, ON)


def _omitted(ctx, text: str) -> list[tuple[str, list[str]]]:
    return [(f.detail["outlet"], sorted(f.detail["carried_by"])) for f in find_omissions(ctx)
            if f.detail["fact"]["text"] == text]


# --- 1. a family's name ---------------------------------------------------------------

SALE = "The Veltra Gazette, the oldest paper on the island, was sold to a shipping group on Monday."
PRICE = "The buyer will pay the owners in cash over two years, the filing showed."
FULL_A = ["Oskar Marsk, who chairs the family trust, said the sale would secure the paper's future.",
          "Oskar Marsk told staff the family had weighed two other offers before the sale."]
FULL_B = ["The trust's chairman, Oskar Marsk, said the buyer had promised to keep the newsroom.",
          "Two rival bids were turned down, Oskar Marsk told a meeting of the staff."]
PRINT = "Printing will stay on the island for now, the buyer said."
NOBODY = "Staff at the paper were told of the sale at a meeting on Monday morning."


def _family_story(third: str) -> list[list[str]]:
    return [[SALE, *FULL_A, PRICE],
            [SALE, *FULL_B, "Printing will move to the mainland next year, the buyer said."],
            [SALE, third, PRINT], [SALE, NOBODY, PRICE]]


# (id, Coast Courier's sentence, the outlets that give Oskar Marsk to Isle Daily's omission)
FAMILY = [
    ("the family's name gives no one of it",
     "The paper had been owned by the Marsk family since 1950, the filing showed.",
     ["Harbour Post", "Vella Times"]),
    ("nor a family's dynasty",
     "The Marsk dynasty had run the paper since 1950, the filing showed.",
     ["Harbour Post", "Vella Times"]),
    # near miss: the surname alone as a speaker is the person
    ("the surname as a speaker gives him",
     "Marsk said the paper had been in his family since 1950, the filing showed.",
     ["Coast Courier", "Harbour Post", "Vella Times"]),
]


@pytest.mark.parametrize("case", FAMILY, ids=[c[0] for c in FAMILY])
def test_a_family_name_does_not_give_the_person(case):
    _, third, givers = case
    assert _omitted(_ctx(_family_story(third)), "Oskar Marsk") == [("Isle Daily", givers)]


# --- 2. a title read into a name ------------------------------------------------------

# (id, key, the key without the words that lead it)
UNTITLED = [
    ("a people noun the analysis glued to a name", "businesman einar brondal", "einar brondal"),
    ("a title word", "judge anna berg", "anna berg"),
    ("two words always stay", "president smith", "president smith"),
    ("a given name is no title", "mark carter", "mark carter"),
    ("a given name of three words", "anna maria berg", "anna maria berg"),
]


@pytest.mark.parametrize("case", UNTITLED, ids=[c[0] for c in UNTITLED])
def test_untitled_key(case):
    _, key, want = case
    assert _untitled_key(key) == want


# (id, two keys, whether they fit as one person's name)
FITS = [
    ("glued noun, same name", "businesman teodor halvorsen", "teodor halvorsen", True),
    ("glued noun, the other way", "teodor halvorsen", "businesman teodor halvorsen", True),
    ("glued noun, another given name", "businesman marit halvorsen", "teodor halvorsen", False),
    ("glued noun, another surname", "businesman teodor halvorsen", "teodor halversen", False),
    ("no title: two given names of one surname", "marit halvorsen", "teodor halvorsen", False),
]


@pytest.mark.parametrize("case", FITS, ids=[c[0] for c in FITS])
def test_fits_reads_names_without_their_titles(case):
    _, a, b, want = case
    assert _Index([])._fits(a, b) is want


# --- 3. a count of how often ----------------------------------------------------------

ARREST = "Police in Mabiri arrested 17 suspects after mercury from illegal mines poisoned a village."
FOREIGN = "Of the 17 suspects held by police, 11 are foreign nationals, the police said."
CLINIC = "Health officials said 40 villagers were treated for poisoning at the clinic."


def _eleven_given(second: str) -> tuple[bool, bool]:
    """Whether Vella Times, whose article has ``second``, gives and carries Harbour Post's 11."""
    ctx = _ctx([[ARREST, FOREIGN, CLINIC], [ARREST, second, CLINIC], [ARREST, CLINIC], [ARREST, CLINIC]])
    fact = next(c.fact for c in carried_facts(ctx)[0] if c.fact.article == "a1" and c.fact.text == "11")
    index = ctx.__dict__["_coverage_memo"]["index"]
    return index.gives("a2", fact), index.gives_value("a2", fact)


# (id, Vella Times' sentence, (gives the 11, carries its value))
OFTEN = [
    ("how often in words", "A campaign group said it had written to the ministry eleven times since 2024.",
     (False, False)),
    ("how often in digits", "A campaign group said it had written to the ministry 11 times since 2024.",
     (False, False)),
    ("a multiplier", "Mercury levels in the river were eleven times the legal limit, officials said.",
     (False, False)),
    # near misses: a count of people of that value gives it
    ("a count of people", "Police said 11 of those held were foreign nationals working the pits.",
     (True, True)),
    ("a count of people in words", "Police said eleven of those held were foreign nationals.",
     (True, True)),
]


@pytest.mark.parametrize("case", OFTEN, ids=[c[0] for c in OFTEN])
def test_a_count_of_how_often_gives_no_count_of_people(case):
    _, second, want = case
    assert _eleven_given(second) == want


# --- 4. a reading on a scale ----------------------------------------------------------

LEAK = "A chemical leak at the Orvik fertiliser plant forced the evacuation of 300 homes on Tuesday."
RATED = ["The Orvik safety board rated the leak at level 2 on the national incident scale.",
         "Inspectors of the safety board put the leak at level 2 on the national scale, the board said.",
         "The leak was provisionally rated at level 2 by the safety board, its chair said."]
TAILS = ["Residents were allowed home on Wednesday evening, the council said.",
         "Schools near the plant stayed shut for a second day on Wednesday.",
         "Farmers near the plant were told to keep their cattle indoors."]
OWNER = "The plant's owner said it regretted the leak."


def _scale_story(fourth: str):
    return _ctx([*([LEAK, r, t] for r, t in zip(RATED, TAILS, strict=True)), [LEAK, fourth, OWNER]])


def test_another_reading_on_the_scale_is_neither_left_out_nor_added():
    ctx = _scale_story("Its rating of the event was level 0, meaning no significance for safety.")
    assert _omitted(ctx, "2") == []
    assert not [f for f in find_additions(ctx) if f.detail["fact"]["text"] == "0"]


def test_near_miss_no_reading_leaves_the_figure_out():
    ctx = _scale_story("The safety board said the leak had been contained and posed no danger.")
    assert _omitted(ctx, "2") == [("Isle Daily", ["Coast Courier", "Harbour Post", "Vella Times"])]


# (id, Vella Times' sentence, whether it gives Harbour Post's "Reactor 2")
REACTOR = "Reactor 2 continued to operate normally throughout the leak, the operator said."
SCALES = [
    ("a scale's reading is no reactor's number",
     "The safety board rated the leak at level 2 on the national scale.", False),
    ("nor an alert level", "Officials raised the alert to level 2 across the province on Tuesday.", False),
    # near miss: the reactor's number itself
    ("the same reactor", "The operator said Reactor 2 kept running during the leak.", True),
]


@pytest.mark.parametrize("case", SCALES, ids=[c[0] for c in SCALES])
def test_a_reading_on_a_scale_gives_no_other_figure(case):
    _, second, want = case
    ctx = _ctx([[LEAK, REACTOR, CLINIC], [LEAK, second, CLINIC], [LEAK, CLINIC], [LEAK, CLINIC]])
    facts = [c.fact for c in carried_facts(ctx)[0] if c.fact.article == "a1" and c.fact.text == "2"]
    index = ctx.__dict__["_coverage_memo"]["index"]
    assert facts, "the reactor's number is a fact of Harbour Post"
    assert index.gives("a2", facts[0]) is want


# --- 5. a given name transliterated two ways -----------------------------------------

# (id, two full name keys, whether one letter apart in the given name only)
APART = [
    ("a letter added", "adjoa mensur", "adjowa mensur", True),
    ("a letter changed", "oskar marsk", "oscar marsk", True),
    # near misses
    ("another first letter", "anna berg", "hanna berg", False),
    ("the surname differs", "ivan petrov", "ivan petrova", False),
    ("a short given name", "jon lind", "joan lind", False),
    ("two letters apart", "marta lind", "marit lind", False),
    ("the same key", "marta lind", "marta lind", False),
    # review28c: a given name one letter apart only in a gendered ending is another person
    ("a feminine ending added", "daniel vostrik", "daniela vostrik", False),
    ("a masculine ending for a feminine one", "mario castel", "maria castel", False),
    # near misses: a letter inside the name, or another final letter, is a spelling
    ("a letter inside", "adjoa mensur", "adjowa mensur", True),
    ("a final letter of a transliteration", "sergey volkan", "sergei volkan", True),
]


@pytest.mark.parametrize("case", APART, ids=[c[0] for c in APART])
def test_one_letter_apart(case):
    from storylens.findings.coverage import _one_letter_apart

    _, a, b, want = case
    assert _one_letter_apart(a, b) is want


MINISTER_A = ["Culture Minister Adjoa Mensur said the bronzes would go on show in Tamsere next spring.",
              "Adjoa Mensur thanked the museum's trustees for the return of the bronzes."]
MINISTER_B = ["The bronzes will go on show next spring, Culture Minister Adjoa Mensur told reporters.",
              "Adjoa Mensur called the handover a day of healing for her people."]
RETURN = "The Kessel Museum handed back 32 bronzes to Tamsere at a ceremony on Friday."
QUIET = "Museum staff packed the bronzes into crates overnight before the ceremony."


def _minister_story(third: str) -> list[list[str]]:
    return [[RETURN, *MINISTER_A, PRICE], [RETURN, *MINISTER_B, PRINT],
            [RETURN, QUIET, PRICE], [RETURN, third, PRINT]]


def test_a_given_name_spelled_otherwise_is_not_left_out():
    # Isle Daily names the minister "Adjowa Mensur": it does not leave her out, nor does
    # it give her name; Coast Courier, which never names her, does leave her out
    third = "Tamsere's culture minister, Adjowa Mensur, wiped away tears as the crates were opened."
    assert [o for o, _ in _omitted(_ctx(_minister_story(third)), "Adjoa Mensur")] == ["Coast Courier"]
    # near miss: another given name of the surname is another person
    third = "Tamsere's deputy envoy, Greta Mensur, wiped away tears as the crates were opened."
    assert sorted(o for o, _ in _omitted(_ctx(_minister_story(third)), "Adjoa Mensur")) == [
        "Coast Courier", "Isle Daily"]

    # near miss: where an article names both, they are two people (a minister "Adjoa
    # Mensur" and her brother "Adjowa Mensur"), and Isle Daily names only the other
    story = _minister_story(third.replace("deputy envoy, Greta", "brother, Adjowa"))
    story[2] = [RETURN, "Adjoa Mensur's brother, Adjowa Mensur, flew in for the ceremony.",
                "Adjowa Mensur said the family had waited decades.", PRICE]
    assert "Isle Daily" in [o for o, _ in _omitted(_ctx(story), "Adjoa Mensur")]

