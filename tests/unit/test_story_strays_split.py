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
