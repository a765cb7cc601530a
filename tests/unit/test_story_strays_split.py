"""Session 26: a set that falls into two groups with no tie between them is two stories
(``findings.coverage.story_parts``, ``provenance.story_warning``'s ``groups``).

``off_story`` judges each article alone and keeps it for a tie to ANY other article, so two
unrelated same-story pairs run as one warned nothing (real SemEval dev, session 26's read:
two outlets on one film star's niece beside two on another star's film look). Now the tie
graph's connected parts are read: every part of two articles or more, and more than one
part, is warned, each part's articles listed. Near misses, not warned as a split: a wire
piece whose three copies tie only to it (a star), a second follow-up tied only to the first,
which ties to the grounding's pieces (a chain), and one pair beside a piece the existing rule
names (named as before, once).

Invented: a ferry aground off the fictional island of Keldan (two outlets), a film prize at
the fictional Lumera festival (two outlets), cracks in the fictional Harnik dam (a wire piece
and three outlets that each copy a different part of it), all on one day.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

FERRY_A = ("Ferry runs aground off Keldan, all 212 aboard rescued", [
    "The ferry Marisol Star ran aground on a reef off the island of Keldan on Sunday evening, "
    "and all 212 passengers were taken off by lifeboats.",
    "Captain Ilka Brandvold radioed for help at 6.40 pm after the hull was holed below the "
    "waterline, the Velsar coast guard said.",
    '"Every passenger was brought ashore before nightfall," coast guard spokesman Teo Marrin said.',
    "Four people were treated for mild hypothermia at the Keldan clinic.",
    "The Marisol Star, operated by Nordhav Lines, was on its daily crossing from Port Amsel.",
])
FERRY_B = ("Lifeboats bring Marisol Star passengers to safety", [
    "Lifeboats took 212 people off the Nordhav Lines ferry Marisol Star after it struck rocks "
    "near Keldan on Sunday.",
    '"Every passenger was brought ashore before nightfall," said Teo Marrin of the Velsar coast guard.',
    "Passengers described water pouring into the car deck within minutes.",
    "The company said its captain, Ilka Brandvold, had followed every procedure.",
    "An inquiry into the grounding will open next week.",
])
FILM_A = ("Nadia Oreske wins best actress at Lumera", [
    "Nadia Oreske won the best actress prize at the Lumera film festival on Sunday for her role "
    "in The Salt Orchard, directed by Pavel Dusk.",
    '"This prize belongs to the women of my village," Oreske told the audience.',
    "The film, shot over 38 days on the Tarnow coast, follows three sisters who run an orchard.",
    "Dusk's previous film was shown out of competition in 2023.",
    "The jury was chaired by the composer Irma Vehl.",
])
FILM_B = ("The Salt Orchard star takes Lumera prize", [
    "The Salt Orchard's lead, Nadia Oreske, took the festival's best actress award in Lumera on "
    "Sunday night.",
    'Accepting the prize, she said: "This prize belongs to the women of my village."',
    "Director Pavel Dusk cast her after seeing her in a student play.",
    "The jury, led by Irma Vehl, praised her restraint.",
    "The film opens in cinemas next month.",
])
DAY = ["2026-05-10"] * 4


def test_two_unrelated_pairs_are_warned_as_a_split():
    comp, ctx = support.compare_stories(FERRY_A, FERRY_B, FILM_A, FILM_B, published=DAY)
    assert C.off_story(ctx) == set()  # each article is tied to its own partner
    assert sorted(sorted(p) for p in C.story_parts(ctx)) == [["a1", "a2"], ["a3", "a4"]]
    warning = comp.provenance.warning
    assert "fall into 2 groups" in warning and "may be 2 stories run as one" in warning
    # each group's articles listed together, so that the reader sees the split
    first, _, second = warning.partition("] and [")
    assert "a1 (" in first and "a2 (" in first and "a3 (" not in first
    assert "a3 (" in second and "a4 (" in second and "a1 (" not in second


def test_the_order_of_the_articles_does_not_hide_the_split():
    comp, ctx = support.compare_stories(FERRY_A, FILM_A, FERRY_B, FILM_B, published=DAY)
    assert sorted(sorted(p) for p in C.story_parts(ctx)) == [["a1", "a3"], ["a2", "a4"]]
    assert "may be 2 stories run as one" in comp.provenance.warning


# A wire piece, and three outlets that each copy a different part of it: tied through the
# wire, not to each other.
WIRE = ("Cracks found in Harnik dam, reservoir to be lowered", [
    "Engineers have found cracks in the Harnik dam on the Vessa river, the regional water "
    "authority said on Sunday.",
    "Inspector Lida Farrow of Brenholt Engineering said the cracks ran for 14 metres along the "
    "dam's eastern spillway wall.",
    "Brenholt's divers first saw seepage below the spillway during a routine survey in April.",
    "Sela Dunmore, mayor of the downstream town of Obran, said 3,400 residents had been told to "
    "prepare to leave.",
    "Obran's school gymnasium has been set up as a shelter with 600 beds.",
    "The dam was built in 1962 by Kastor Works, and minister Ivo Renk has ordered a review of 27 "
    "dams of the same design.",
    "Renk said the review would be finished by the end of the year.",
])
SPOKE_X = ("Divers spotted seepage months ago", [
    "Inspector Lida Farrow of Brenholt Engineering said the cracks ran for 14 metres along the "
    "dam's eastern spillway wall.",
    "Brenholt's divers first saw seepage below the spillway during a routine survey in April.",
    "The engineering firm has inspected the structure every spring since 2011.",
])
SPOKE_Y = ("Obran prepares shelter as residents pack", [
    "Sela Dunmore, mayor of the downstream town of Obran, said 3,400 residents had been told to "
    "prepare to leave.",
    "Obran's school gymnasium has been set up as a shelter with 600 beds.",
    "Shopkeepers on the main street were moving stock to upper floors.",
])
SPOKE_Z = ("Minister orders review of 27 dams", [
    "The dam was built in 1962 by Kastor Works, and minister Ivo Renk has ordered a review of 27 "
    "dams of the same design.",
    "Renk said the review would be finished by the end of the year.",
    "Opposition deputies asked why the last review, in 2015, had found nothing.",
])


def test_a_wire_piece_copied_in_parts_by_three_outlets_is_one_story():
    comp, ctx = support.compare_stories(WIRE, SPOKE_X, SPOKE_Y, SPOKE_Z, published=DAY)
    spokes = ["a2", "a3", "a4"]
    # the spokes tie to none of each other: only through the wire piece
    for i, a in enumerate(spokes):
        for b in spokes[i + 1:]:
            assert not C.pair_one_story(ctx, a, b)
    assert C.story_parts(ctx) == ()
    assert "stories run as one" not in (comp.provenance.warning or "")


# The grounding's follow-up, told by two outlets: the second tied only to the first, the
# first to the pieces on the grounding (a chain).
FOLLOW_A = ("Ferry operator suspends Keldan crossings", [
    "Nordhav Lines suspended all crossings to Keldan on Monday, a day after its ferry Marisol Star "
    "ran aground on a reef off the island with 212 passengers aboard.",
    "The company said two replacement vessels would be chartered from a Port Amsel operator.",
    "Islanders said they had been left without a link to the mainland.",
])
FOLLOW_B = ("Keldan islanders cut off after Nordhav suspends service", [
    "Nordhav Lines said on Monday that two replacement vessels would be chartered from a Port "
    "Amsel operator.",
    "Shops on the island were running short of fresh food, residents said.",
    "The island council asked the government for an emergency helicopter service.",
])


def test_a_follow_up_tied_only_to_the_ledes_piece_is_one_story():
    comp, ctx = support.compare_stories(FERRY_A, FERRY_B, FOLLOW_A, FOLLOW_B, published=DAY)
    # the second follow-up ties to the first only, not to either piece on the grounding
    assert C.pair_one_story(ctx, "a3", "a4")
    assert not C.pair_one_story(ctx, "a1", "a4") and not C.pair_one_story(ctx, "a2", "a4")
    assert C.story_parts(ctx) == ()
    assert "stories run as one" not in (comp.provenance.warning or "")


def test_one_pair_and_a_piece_the_rule_names_is_named_once():
    comp, ctx = support.compare_stories(FERRY_A, FERRY_B, FILM_A, published=DAY[:3])
    assert C.story_parts(ctx) == ()
    warning = comp.provenance.warning
    assert "a3 (" in warning and "stories run as one" not in warning
    assert warning.count("may not be about the same story") + warning.count("may be about another") == 1


# review26s: one warehouse fire told by two outlets copying the wire and by two others in
# their own words ("several hundred families", "her crews"): the pairs share one town and
# the fire chief's surname, no figure, no quote, so the pair ties read two groups; read as
# two tellings (their pooled words, a shared name) they are one story.
FIRE_WIRE = ("Warehouse fire in Dresk forces evacuation of 300 homes", [
    "A fire broke out at a paint warehouse in the industrial district of Dresk early on "
    "Tuesday, forcing the evacuation of 300 homes.",
    "Fire chief Orla Menzer said 37 firefighters were needed to bring the blaze under control "
    "by mid-morning.",
    "No one was hurt, but two firefighters were treated for smoke inhalation.",
    "The warehouse, owned by Calvo Coatings, stored about 12 tonnes of solvents.",
    "Residents were allowed home by 4 pm after air quality tests.",
])
FIRE_COPY = ("Dresk warehouse blaze: 300 homes evacuated",
             [*FIRE_WIRE[1][:4], "Police said the cause was not yet known."])
FIRE_OWN_C = ("Smoke over Dresk as paint store burns", [
    "Thick black smoke hung over Dresk on Tuesday morning after a paint store went up in flames "
    "in the town's factory quarter.",
    "Neighbours in the surrounding streets were told to leave their houses, and several hundred "
    "families spent the morning in a sports hall.",
    "Menzer told reporters her crews had the flames out before lunch.",
    "Local shop owners said the smell of burning chemicals lingered all day.",
    "The town council will hold an emergency meeting on Thursday.",
])
FIRE_OWN_D = ("Families return home after Dresk blaze", [
    "Families who fled a chemical blaze in Dresk's factory quarter were back in their houses by "
    "Tuesday afternoon.",
    "Menzer said her crews had worked through the morning to stop the fire spreading to a "
    "neighbouring depot.",
    "Several hundred people had waited in a sports hall while the smoke cleared.",
    "The town council will hold an emergency meeting on Thursday.",
    "Parents said schools had kept children indoors.",
])
# near miss: a bridge reopening at the ferry's island town, told twice (one place shared)
BRIDGE_A = ("Keldan bridge reopens after repairs", [
    "The Keldan bridge reopened to traffic on Sunday after eight months of repairs costing 14 "
    "million crowns.",
    "Mayor Rune Esk cut a ribbon at the north end of the bridge.",
    "The bridge carries about 9,000 vehicles a day.",
])
BRIDGE_B = ("Traffic returns to Keldan bridge",
            [*BRIDGE_A[1][:2], "Drivers said the detour had added an hour to their journeys."])

# the council's follow-up two days on, told by two outlets: tied to the fire by the town, the
# warehouse's owner and the fire's words, by no figure or quote
COUNCIL_A = ("Dresk council orders inspection of chemical stores after fire", [
    "Dresk's town council on Thursday ordered inspections of every chemical store in the factory "
    "quarter, two days after a paint warehouse fire forced hundreds from their homes.",
    "Council leader Piet Amsel said the inspections would start next week.",
    "Residents' groups said they had warned about the stores for years.",
])
COUNCIL_B = ("Inspections ordered after Dresk warehouse fire", [
    "Council leader Piet Amsel said on Thursday that inspections of every chemical store in "
    "Dresk's factory quarter would start next week.",
    "Residents' groups said they had warned about the stores for years.",
    "The warehouse owner, Calvo Coatings, has not commented.",
])
LATER2 = ["2026-05-10", "2026-05-10", "2026-05-12", "2026-05-12"]

TOLD_TWICE = {
    "wire copies and own words, one fire": ((FIRE_WIRE, FIRE_COPY, FIRE_OWN_C, FIRE_OWN_D), DAY, False),
    "own words first": ((FIRE_OWN_C, FIRE_WIRE, FIRE_OWN_D, FIRE_COPY), DAY, False),
    "the fire and the council's follow-up": ((FIRE_OWN_C, FIRE_OWN_D, COUNCIL_A, COUNCIL_B), LATER2, False),
    # near misses: still two stories
    "a ferry grounding and a film prize": ((FERRY_A, FERRY_B, FILM_A, FILM_B), DAY, True),
    "a ferry grounding and a bridge at its town": ((FERRY_A, FERRY_B, BRIDGE_A, BRIDGE_B), DAY, True),
}


@pytest.mark.parametrize("name", list(TOLD_TWICE))
def test_one_story_told_twice_in_other_words_is_no_split(name):
    stories, dates, split = TOLD_TWICE[name]
    comp, ctx = support.compare_stories(*stories, published=dates)
    assert bool(C.story_parts(ctx)) is split
    assert ("stories run as one" in (comp.provenance.warning or "")) is split
