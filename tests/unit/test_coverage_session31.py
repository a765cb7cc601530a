"""A detail told loosely or left out as colour is neither added nor left out (session 31,
from the held-out read of session 30: t181-t190). Invented stories with fictional
outlets; each fix with its near misses, for three and four outlets:

1. a bound only one outlet gives ("More than 150 families ...") that its own article pins
   to the exact figure the others give ("164 families" / "all 164 households"): the
   outlet gives their figure in two forms, and adds nothing (_bound_of_own_figure);
2. the size of a thing an outlet names itself: a distance of a place ("a community centre
   about 2 km away" / "slept in a community centre"), a hyphenated size ("a 900-kilogram
   steel beam"), a verb of measure ("each of which weighs about 900 kilograms"), a size in
   apposition ("the Varholt Tower, 60 metres high,"): the outlet tells the thing and
   leaves out only how big or how far it is (_size_told). An outlet that never names the
   thing, and a length that is no size of a thing named, still leave the figure out; a
   substantive count is still left out, by two, three and four outlets;
3. a person whose body an outlet lets say what the person said, the person's role in one
   sentence of the others and the words in the next ("Halvard Renn, director of the
   Ostmark Fisheries Agency, said ..." / '"Genetic tests will show whether ...," Renn
   said' beside "The Ostmark Fisheries Agency said genetic tests would show whether ..."):
   the outlet leaves out the name, not the statement (_speaks_for). Another statement of
   the body still leaves the person out.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, added_by, omitted_by, own_words_context, verbatim_context

from storylens.findings.coverage import find_omissions
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
# every article closes on this sentence, aligned verbatim: the outlets share the story
SHARED = "The regional governor said an inquiry into the building's owners would report within a month."


def _ctx(texts: list[list[str]]):
    """As many outlets as texts, each closing on SHARED (support.own_words_context)."""
    return own_words_context(texts, OUTLETS, ON, SHARED)


def _courier_third(lede: str, given: list[str], courier: list[str], tail: list[str], n: int,
                   closing: int = 2) -> list[list[str]]:
    """``n`` outlets' lines on ``lede``: the others give ``given`` and close on ``closing``
    lines of ``tail`` in turn; Coast Courier, the third, has ``courier`` past the lede."""
    givers = [[lede, *given, *(tail[(i + k) % 3] for k in range(closing))] for i in range(3)]
    return [givers[0], givers[1], [lede, *courier], givers[2]][:n]


# --- 1. a bound its own article pins to the others' figure ------------------------------

LEDE = "Cracks opened in the pillars of the Larkfield Towers block in Dunmore on Friday night."
OTHERS = "Residents of all 164 households were moved out within two hours, the fire service said."
BOUND = "More than 150 families from Larkfield Towers spent the night on camp beds in a school gym."
TAIL = ["Engineers said the block would stay empty for at least a month.",
        "The owners said they would pay for hotel rooms from Monday.",
        "Tenants said they had reported the cracks to the owners in the spring."]


def _towers(own: str | None, others: str = OTHERS, n: int = 4) -> list[list[str]]:
    """Coast Courier gives BOUND and ``own`` further down; the others give ``others``.
    ``n`` outlets (Coast Courier among them)."""
    return _courier_third(LEDE, [others], [BOUND, TAIL[0], *([own] if own else []), TAIL[2]],
                          TAIL, n)


OWN = "The city said 164 families had registered for emergency housing by Saturday."

# (id, Coast Courier's own sentence, the others' sentence, whether only Coast Courier is
# said to give the '150')
BOUNDS = [
    ("its own exact figure, which the others give", OWN, OTHERS, False),
    # near misses: the bound is the outlet's own
    ("its own figure of another thing",
     "The city said 164 flats had been sealed off by Saturday.", OTHERS, True),
    ("no figure of its own", None, OTHERS, True),
    ("its own figure, which no other outlet gives",
     OWN, "Residents were moved out within two hours, the fire service said.", True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", BOUNDS, ids=[c[0] for c in BOUNDS])
def test_a_bound_pinned_to_the_others_figure_is_no_addition(case, n):
    _, own, others, added = case
    assert ("Coast Courier" in added_by(_ctx(_towers(own, others, n)), "150")) is added


# --- 2. the distance of a place an outlet names ---------------------------------------

HALL = "Most spent the night in a community centre about 2 km away, where volunteers served soup."
FIRE = "A fire forced 300 residents of the Dunmore flats out of their homes on Sunday."
FIRE_TAIL = ["Firefighters brought the blaze under control after four hours.",
             "The cause of the fire is not yet known, police said.",
             "The council said the residents could return by Wednesday."]


def _fire(third: str, hall: str = HALL, n: int = 4) -> list[list[str]]:
    """The others give ``hall`` in their second sentence; Coast Courier has ``third``."""
    return _courier_third(FIRE, [hall], [third, FIRE_TAIL[0], FIRE_TAIL[2]], FIRE_TAIL, n)


# (id, Coast Courier's sentence, the givers' sentence, whether Coast Courier is said to
# leave out the '2 km')
DISTANCES = [
    ("it names the place", "Most evacuees slept in a community centre run by volunteers.", HALL, False),
    ("it names the place by its two last words",
     "Families were given camp beds at a community centre overnight.",
     "Most spent the night in a local community centre some 2 km from the flats.", False),
    # near misses: a distance of a place it never names, a length that is no distance, a
    # distance from the event's own place named by one common noun
    ("where the event happened, by one common noun",
     "Burning debris fell into the river, police said.",
     "Burning debris fell into the river about 2 km east of the flats, police said.", True),
    ("it never names the place", "Most spent the night on camp beds, where volunteers served soup.", HALL, True),
    ("another place of the same last word",
     "Most spent the night in a medical centre, where volunteers served soup.", HALL, True),
    ("a length, no distance",
     "Smoke from the fire stretched in a long plume over the river.",
     "Smoke from the fire stretched in a plume about 2 km long over the river.", True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", DISTANCES, ids=[c[0] for c in DISTANCES])
def test_a_distance_of_a_place_named_is_not_left_out(case, n):
    _, third, hall, left_out = case
    assert ("Coast Courier" in omitted_by(_ctx(_fire(third, hall, n)), "2 km")) is left_out


# --- two outlets: a lede figure the other outlet's lede tells without it ---------------

TWO_TAIL = ["Firefighters brought the blaze under control after four hours.",
            "The council said the residents could return by Wednesday."]


def _two(giver: str, other: str) -> list[str]:
    """The outlets Harbour Post and Vella Times whom ``other`` (Vella Times' lede, aligned
    with ``giver`` as an edit) leaves a figure out of, as the findings say."""
    ctx = verbatim_context([[giver, *OWN_LINES[0], *TWO_TAIL, SHARED], [other, *OWN_LINES[1], *TWO_TAIL, SHARED]],
                           OUTLETS[:2], ON, edited=((giver, other),))
    return sorted(f.summary for f in find_omissions(ctx))


# (id, Harbour Post's lede, Vella Times' lede, the figure, whether Vella Times is said
# to leave it out)
TWO = [
    ("a distance of the place it names",
     "A fire forced the residents of the Dunmore flats into a community centre about 2 km away on Sunday.",
     "A fire forced the residents of the Dunmore flats into a community centre on Sunday.", "2 km", False),
    # near misses: a substantive figure of the lede, a distance of a place it never names
    ("the count of the evacuated",
     "A fire forced 300 residents of the Dunmore flats out of their homes on Sunday.",
     "A fire forced residents of the Dunmore flats out of their homes on Sunday.", "300", True),
    ("a distance of a place it does not name",
     "A fire forced the residents of the Dunmore flats into a community centre about 2 km away on Sunday.",
     "A fire forced the residents of the Dunmore flats out of their homes on Sunday.", "2 km", True),
]


@pytest.mark.parametrize("case", TWO, ids=[c[0] for c in TWO])
def test_two_outlets_a_distance_of_a_place_named_is_not_left_out(case):
    _, giver, other, figure, left_out = case
    found = _two(giver, other)
    assert any(s.startswith("Vella Times leaves out") and f"'{figure}'" in s for s in found) is left_out


# --- a substantive figure or actor is still left out, by three and four outlets --------

@pytest.mark.parametrize("n", [3, 4])
def test_near_miss_the_count_of_the_evacuated_is_still_left_out(n):
    """The others' lede count of the people moved out, which Coast Courier tells without
    a figure: an omission, whatever the distance rule reads."""
    count = "A fire forced 300 residents of the Dunmore flats out of their homes on Sunday."
    texts = [[count, HALL, FIRE_TAIL[0]], [count, HALL, FIRE_TAIL[1]],
             ["A fire forced residents of the Dunmore flats out of their homes on Sunday.", HALL, FIRE_TAIL[2]],
             [count, HALL, FIRE_TAIL[2]]][:n]
    assert omitted_by(_ctx(texts), "300") == ["Coast Courier"]


# --- the size of a thing an outlet names (a hyphenated size, a verb of measure, a name) --

CRANE = "A crane collapsed onto a school in Ostby on Monday, injuring six workers."
CRANE_TAIL = ["Pupils had been moved to another building before the works began.",
              "The builder said it would cooperate with the labour inspectorate.",
              "The school will stay closed until Friday, the council said."]


def _crane(third: str, given: str, n: int = 4) -> list[list[str]]:
    """The others give ``given``; Coast Courier has ``third``."""
    return _courier_third(CRANE, [given], [third, CRANE_TAIL[0], CRANE_TAIL[2]], CRANE_TAIL, n)


BEAM = "The crane dropped a 900-kilogram steel beam onto the roof of the gym."
BEAMS = "The steel beams, each of which weighs about 900 kilograms, fell onto the roof of the gym."
TOWER = "The crane's jib struck the Varholt Tower, 60 metres high, before it fell."
YARD = "The crane had been hired from the Ostby Mills storage yard, 3 km south of the school."

# (id, the figure, the givers' sentence, Coast Courier's, whether it is said to leave the
# figure out)
SIZES = [
    ("a hyphenated size of a thing it names", "900-kilogram", BEAM,
     "The crane dropped a steel beam onto the roof of the gym.", False),
    ("a verb of measure of a thing it names", "900 kilograms", BEAMS,
     "Two steel beams fell onto the roof of the gym.", False),
    ("a distance of a place it names by its name", "3 km", YARD,
     "The crane had been hired from Ostby Mills last month.", False),
    ("a size in apposition of a thing it names", "60 metres", TOWER,
     "The crane's jib struck the Varholt Tower before it fell.", False),
    # near misses: the thing never named
    ("a hyphenated size of a thing it never names", "900-kilogram", BEAM,
     "The crane dropped its load onto the roof of the gym.", True),
    ("a verb of measure of a thing it never names", "900 kilograms", BEAMS,
     "Its load fell onto the roof of the gym.", True),
    ("a distance of a place it never names", "3 km", YARD,
     "The crane had been hired from a local firm last month.", True),
    ("a size in apposition of a thing it never names", "60 metres", TOWER,
     "The crane's jib struck a neighbouring building before it fell.", True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", SIZES, ids=[c[0] for c in SIZES])
def test_the_size_of_a_thing_named_is_not_left_out(case, n):
    _, figure, given, third, left_out = case
    assert ("Coast Courier" in omitted_by(_ctx(_crane(third, given, n)), figure)) is left_out


# --- a person whose role and statement an outlet carries unnamed ----------------------

SALMON = "Thousands of farmed salmon escaped into the Varne river after a storm tore open a pen on Sunday."
ROLE = "Halvard Renn, director of the Ostmark Fisheries Agency, said samples would be sent abroad."
WORDS = '"Genetic tests will show whether these salmon escaped from the Varne farms," Renn said.'
SALMON_TAIL = ["Anglers said wild stocks in the river were already at a record low.",
               "The farm's owners said the pen had been inspected in the spring.",
               "The river will stay closed to anglers until further notice."]


def _salmon(third: str, n: int = 4, role: str = ROLE) -> list[list[str]]:
    """The others give ``role`` and WORDS; Coast Courier has ``third`` in their place."""
    return _courier_third(SALMON, [role, WORDS], [third, SALMON_TAIL[0], SALMON_TAIL[2]],
                          SALMON_TAIL, n, closing=1)


BODY_SAID = "The Ostmark Fisheries Agency said genetic tests would show whether the salmon came from the Varne farms."
# (id, Coast Courier's sentence, the others' sentence naming him, whether Coast Courier is
# said to leave out Halvard Renn)
SPOKEN = [
    ("his body's statement, his role and words in two sentences", BODY_SAID, ROLE, False),
    # near miss: another statement of his body
    ("another statement of his body",
     "The Ostmark Fisheries Agency said the pens along the coast would be inspected again.", ROLE, True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", SPOKEN, ids=[c[0] for c in SPOKEN])
def test_a_person_whose_role_and_statement_an_outlet_carries_is_not_left_out(case, n):
    _, third, role, left_out = case
    assert ("Coast Courier" in omitted_by(_ctx(_salmon(third, n, role)), "Halvard Renn")) is left_out
