"""Near misses of session 31's coverage change (review31c): a figure of the event itself
read as a thing's size, and a person's words read as carried by a body the person only
acts on. Invented stories with fictional outlets, for three and four outlets.

1. _size_told reads a size or distance as colour of a thing the outlet names. An event's
   distance (the thing words a clause: "said the earthquake struck about 30 km south of"),
   an extent the event makes ("a 20-kilometre exclusion zone", "the oil slick, 12 km
   long,", "a 30-kilometre traffic jam") and an amount of stuff ("a shipment of cocaine
   weighing about 500 kilograms", "a 500-kilogram haul of cocaine") are facts of the story:
   an outlet that tells the event without them leaves them out.
2. _speaks_for reads a body's statement as the person's only where a naming sentence ties
   the person to the body (a role near the name): a critic who "accused the Ostmark
   Fisheries Agency" is no voice of the agency.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, verbatim_context

from storylens.findings.coverage import find_omissions
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
SHARED = "The regional governor said an inquiry into the building's owners would report within a month."
TAIL = ["Rescue teams worked through the night in freezing rain.",
        "The interior ministry said it would send more help on Tuesday.",
        "Schools in the district will stay closed until Friday."]


def _omitted(lede: str, given: str, third: str, fig: str, n: int) -> bool:
    """Whether Coast Courier (``third`` in place of the others' ``given``) is said to
    leave out ``fig``."""
    givers = [[lede, given, TAIL[0], TAIL[1]], [lede, given, TAIL[1], TAIL[2]], [lede, given, TAIL[2], TAIL[0]]]
    texts = [givers[0], givers[1], [lede, third, TAIL[0], TAIL[2]], givers[2]][:n]
    ctx = verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS[:n], ON)
    return any(f.detail["outlet"] == "Coast Courier" and f.detail["fact"]["text"] == fig
               for f in find_omissions(ctx))


# (id, lede, the givers' sentence, Coast Courier's, the figure, whether it is left out)
SIZES = [
    ("an event's distance after a verb of saying", "A strong earthquake shook the Drenvik valley on Monday.",
     "The seismology institute said the earthquake struck about 30 km south of Drenvik.",
     "The seismology institute said the earthquake struck at dawn.", "30 km", True),
    ("an arrest's distance", "Police in Drenvik caught a man wanted for a bank robbery on Monday.",
     "Police said the suspect was arrested 3 km from the border.",
     "Police said the suspect was arrested at a petrol station.", "3 km", True),
    ("the event itself, an adjective before it", "Heavy rain loosened hillsides around Drenvik on Monday.",
     "Witnesses said a deadly landslide about 3 km from the village buried four houses.",
     "Witnesses said a deadly landslide buried four houses.", "3 km", True),
    ("an exclusion zone", "The Mount Kessa volcano erupted on Monday, sending ash over the Drenvik valley.",
     "Authorities set up a 20-kilometre exclusion zone around the crater.",
     "Authorities set up an exclusion zone around the crater.", "20-kilometre", True),
    ("a traffic jam", "Lorry drivers blocked the Velan motorway on Monday.",
     "The protest caused a 30-kilometre traffic jam on the motorway.",
     "The protest caused a traffic jam on the motorway.", "30-kilometre", True),
    ("an oil slick in apposition", "A tanker ran aground off the Velan coast on Monday, spilling crude oil.",
     "Satellite images showed the oil slick, 12 km long, drifting toward the beaches.",
     "Satellite images showed the oil slick drifting toward the beaches.", "12 km", True),
    ("a crater in apposition", "A gas explosion tore through a street in Drenvik on Monday.",
     "The blast left a crater, 8 metres deep, in the middle of the street.",
     "The blast left a crater in the middle of the street.", "8 metres", True),
    ("a haul of cocaine", "Customs officers in Port Velan made a record drug seizure on Monday.",
     "Officers seized a 500-kilogram haul of cocaine from a banana boat.",
     "Officers seized a haul of cocaine from a banana boat.", "500-kilogram", True),
    ("cocaine weighing", "Customs officers in Port Velan made a record drug seizure on Monday.",
     "Officers seized a shipment of cocaine weighing about 500 kilograms from a banana boat.",
     "Officers seized a shipment of cocaine from a banana boat.", "500 kilograms", True),
    ("a burnt area", "A wildfire swept through the hills above Drenvik on Monday.",
     "The fire burnt an area measuring 400 hectares, the fire service said.",
     "The fire burnt a wide area, the fire service said.", "400 hectares", True),
    # near misses the other way: a thing's size, colour
    ("a hall's distance", "A fire forced residents of the Drenvik flats out on Monday.",
     "Most spent the night in a municipal sports hall about 1.5 km away.",
     "Most spent the night in a municipal sports hall.", "1.5 km", False),
    ("a bomb's mass", "An air strike hit a market in Drenvik on Monday.",
     "Witnesses said a 250-kilogram bomb struck the market at noon.",
     "Witnesses said a bomb struck the market at noon.", "250-kilogram", False),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", SIZES, ids=[c[0] for c in SIZES])
def test_a_figure_of_the_event_is_no_size_of_a_thing(case, n):
    _, lede, given, third, fig, left_out = case
    assert _omitted(lede, given, third, fig, n) is left_out


SALMON = "Thousands of farmed salmon escaped into the Varne river after a storm tore open a pen on Sunday."
WORDS = '"Genetic tests will show whether these salmon escaped from the Varne farms," Renn said.'
BODY_SAID = "The Ostmark Fisheries Agency said genetic tests would show whether the salmon came from the Varne farms."
SALMON_TAIL = ["Anglers said wild stocks in the river were already at a record low.",
               "The farm's owners said the pen had been inspected in the spring.",
               "The river will stay closed to anglers until further notice."]
# (id, the others' sentence naming him, whether Coast Courier, which gives BODY_SAID, is
# said to leave out Halvard Renn)
ROLES = [
    ("a critic of the body", "Halvard Renn, who leads the Varne Anglers Union, accused the Ostmark "
     "Fisheries Agency of ignoring warnings.", True),
    ("the body's director", "Halvard Renn, director of the Ostmark Fisheries Agency, said samples "
     "would be sent abroad.", False),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", ROLES, ids=[c[0] for c in ROLES])
def test_a_body_the_person_acts_on_does_not_speak_for_him(case, n):
    _, role, left_out = case
    givers = [[SALMON, role, WORDS, SALMON_TAIL[i]] for i in range(3)]
    texts = [givers[0], givers[1], [SALMON, BODY_SAID, SALMON_TAIL[0], SALMON_TAIL[2]], givers[2]][:n]
    ctx = verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS[:n], ON)
    got = any(f.detail["outlet"] == "Coast Courier" and f.detail["fact"]["text"] == "Halvard Renn"
              for f in find_omissions(ctx))
    assert got is left_out
