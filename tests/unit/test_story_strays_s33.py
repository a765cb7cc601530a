"""Session 33: the same company's other act, and a follow-up that counts what the act was done to.

Session 32's held-out t204 (now dev): three reports of a gas explosion at a bakery and a piece
18 days later on the same gas company raising its tariffs, the same mayor quoted. The piece
leads with the story's actor (the company), writes none of the blast's words in its headline or
first sentence, dates its news to a day of its own and gives figures of its own, and was kept,
dated and undated, because one line read as retelling the blast with its toll
(``coverage._retells_their_event``): "Families have had three price rises in two years" beside
two ledes whose "death toll rose to three", "rise" being one of the words two of their ledes
share. The figure counts rises: an event word that is only what a figure counts counts events of
that kind, no toll of theirs.

review32w's open row: a follow-up of a recall ("engineers had repaired 30,000 Calder dishwashers,
about a third of the machines affected"), which "comes two weeks after the company announced a
recall of 92,000 machines", was named as another event dated from the recall
(``coverage._introduced_after``). Its first sentence counts what the recall was done to, in words
of another act: that act's progress (``coverage._counts_their_object``), which a strike, a new
plant or a tariff rise of the same company does not count.

Invented: a gas blast at a laundry in Orlovac, and a kettle recall by Halvard Appliances. Near
misses that stay: a follow-up of the blast weeks later, a fourth outlet's own report of it that
shares no sentence with the others, the recall's strike and plant pieces (named), and a count
that meets theirs in one word only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Gas blast at Orlovac laundry kills two, injures nine", [
    "ORLOVAC (Meridian Press) - A gas explosion tore through a laundry in the centre of Orlovac "
    "early on Monday, killing two people and injuring nine, the fire service said.",
    "The blast at the Bela laundry on Cedar Street happened at about 6:15 a.m., as workers were "
    "lighting the boilers. It blew out the shop front and brought down part of the flats above it.",
    "The two dead were laundry workers, aged 41 and 52, police said.",
    '"Gas appears to have built up overnight around a boiler valve, and it ignited when the first '
    'boiler was lit," fire commander Ivo Brant told reporters at the scene.',
    "Eighteen residents of the building were moved to a school gym for the night.",
    "Orlogas, the company that supplies gas to the town, said it had cut off supply to the street.",
])
CENTRE = ("Death toll from Orlovac laundry blast rises to three", [
    "ORLOVAC - The death toll from Monday's gas explosion at a laundry in Orlovac rose to three in "
    "the evening, after a man who lived above the shop died in hospital.",
    "The blast at the Bela laundry on Cedar Street happened at about 6:15 a.m. and brought down "
    "part of the flats above it.",
    '"Gas appears to have built up overnight around a boiler valve, and it ignited when the first '
    'boiler was lit," fire commander Ivo Brant said.',
    "Mayor Petra Lind visited the site and declared Tuesday a day of mourning.",
    "The town's gas supplier, Orlogas, said it had sent its own engineers to the site.",
])
LEFT = ("Laundry workers killed as Orlogas cut its safety inspectors", [
    "ORLOVAC - Two laundry workers who died in Monday's explosion in Orlovac were killed at the "
    "start of a shift that had grown longer as the business struggled with rising energy prices.",
    "A neighbour who lived above the laundry later died of his injuries, bringing the death toll "
    "to three.",
    "The gas network in Orlovac has been run since 2017 by Orlogas, which was privatised that year.",
    "According to the energy workers' union, the number of Orlogas safety inspectors has fallen "
    "from 90 to 35.",
    '"Leaks are found when someone smells them, not because anyone went looking," union official '
    "Rada Vukas said.",
    "Mayor Petra Lind said the town would pay for the residents' hotel rooms.",
])
# the off-story piece: the same company's tariff rise 18 days later, the same mayor quoted, its
# only count of three a count of price rises
TARIFF = ("Orlogas to raise household gas prices by 11 percent", [
    "ORLOVAC - Orlogas, the company that supplies gas to Orlovac and nine nearby towns, will raise "
    "household prices by 11 percent from 1 September after the energy regulator approved its "
    "request on Thursday.",
    "The increase will add about 5 euros a month to an average bill, the regulator said.",
    "Orlogas had asked for 16 percent, citing the cost of replacing old pipes in the town centre.",
    '"Households have had three price rises in two years. Pay has not kept up," said Mila Horvat '
    "of the consumers' union.",
    "Mayor Petra Lind said the town would widen its heating allowance for pensioners, which covers "
    "about 6,000 households.",
    "Orlogas was privatised in 2017 and has about 150,000 customers.",
])
# near misses: a follow-up of the blast weeks later, which retells its toll ...
INQUIRY = ("Corroded valve caused Orlovac laundry blast, inquiry finds", [
    "ORLOVAC - A corroded valve on a pipe owned by Orlogas caused the gas explosion that killed "
    "three people at the Bela laundry on Cedar Street, investigators said on Thursday.",
    "The three people killed were two laundry workers and a neighbour who lived above the shop.",
    '"The valve had not been checked since 2015," fire commander Ivo Brant said.',
    "Orlogas said it would check 4,000 valves of the same type across the town by the end of the "
    "year.",
    "Mayor Petra Lind said the town would press charges against the company.",
])
# ... and a fourth outlet's own report of it, sharing no sentence with the others
OWN_WORDS = ("Three dead after blast wrecks Orlovac laundry", [
    "A boiler-room explosion wrecked a laundry in central Orlovac before dawn on Monday, and three "
    "people have now died.",
    "Two of them were working the early shift; the third lived upstairs.",
    "Firefighters said leaking gas was the likely cause of the blast.",
    "Orlogas has shut off gas to Cedar Street while engineers check the pipes.",
])

DATES = ["2026-04-13", "2026-04-13", "2026-04-14"]


@pytest.mark.parametrize("published", [DATES + ["2026-05-01"], None])
@pytest.mark.parametrize("piece, warned, later", [
    (TARIFF, True, True),
    # near misses: a follow-up of the same blast weeks later, a fourth outlet's own report
    (INQUIRY, False, True),
    (OWN_WORDS, False, False),
])
def test_a_tariff_rise_beside_the_same_companys_blast(piece, warned, later, published):
    if published is not None and not later:
        published = DATES + ["2026-04-14"]
    comp, ctx = support.compare_stories(WIRE, CENTRE, LEFT, piece, published=published)
    assert ("a4" in C.off_story(ctx)) is warned
    # the three reports of the one blast are never warned
    assert not C.off_story(ctx) & {"a1", "a2", "a3"}


@pytest.mark.parametrize("line, retells", [
    # a count of price rises is no toll, though "rise" is a word of their ledes
    ('"Households have had three price rises in two years," said Mila Horvat.', False),
    # near misses: their toll retold beside their event's words
    ("The explosion killed three people.", True),
    ("Three people died after the blast.", True),
])
def test_an_event_word_that_is_what_a_figure_counts(line, retells):
    tariff = (TARIFF[0], [*TARIFF[1][:3], line, *TARIFF[1][4:]])
    comp, ctx = support.compare_stories(WIRE, CENTRE, LEFT, tariff, published=DATES + ["2026-05-01"])
    others = ["a1", "a2", "a3"]
    core = C._their_event(ctx, "a4", others)
    assert C._retells_their_event(ctx, "a4", others, core) is retells


KETTLE_WIRE = ("Halvard recalls 41,000 kettles over scald risk", [
    "DRAVA, Ostmark (Northline) - Halvard Appliances is recalling 41,000 Ostra kettles in Ostmark "
    "because a faulty switch can fail to turn the kettle off, the company said on Tuesday.",
    "The recall covers Ostra 2 and Ostra 3 models sold since 2023.",
    "The switches were made by Pellin Parts, a supplier in Varne.",
    "The Product Safety Board said it had received 27 reports of scalds.",
    '"Stop using the kettle and we will replace it free of charge," chief executive Mara Voss said.',
])
KETTLE_LEFT = ("Halvard kettles scalded users for a year before recall", [
    "DRAVA - Halvard Appliances ignored complaints about kettles that would not switch off, "
    "consumer groups said on Tuesday, as the company announced a recall of 41,000 machines.",
    "The Product Safety Board counted 27 scalds, three of them serious.",
    '"Stop using the kettle and we will replace it free of charge," Voss said.',
    "The company earned record profits last year.",
])
KETTLE_RIGHT = ("Halvard acts fast with voluntary kettle recall", [
    "DRAVA - Halvard Appliances on Tuesday launched a voluntary recall of kettles fitted with "
    "switches from an outside supplier, a move analysts praised.",
    "The recall covers 41,000 Ostra kettles in Ostmark. The switches were made by Pellin Parts.",
    "Halvard employs 3,000 people, most of them at its Drava works.",
])
# the follow-up of the recall that introduces it with "a": it counts the recalled kettles
KETTLE_FOLLOW = ("Halvard says 15,000 kettles replaced", [
    "DRAVA - Halvard Appliances said on Thursday that it had replaced 15,000 Ostra kettles, more "
    "than a third of the machines affected.",
    "The company said it had added two shifts at its Drava works to finish by August.",
    '"Owners have been patient with us," chief executive Mara Voss said.',
    "The progress report comes two weeks after the company announced a recall of 41,000 kettles "
    "over faulty switches.",
])
# near misses, named: another act of the same company dated from the recall, counting something
# else, or meeting what the recall counts in one word only
KETTLE_STRIKE = ("Halvard workers strike at Drava works over pay", [
    "DRAVA - About 1,200 workers at Halvard Appliances' Drava works stopped work on Thursday in a "
    "24-hour strike over pay, halting production of the Ostra range.",
    "The union wants a rise of 9 percent; Halvard has offered 5 percent.",
    '"Profits are up and our pay is not," union steward Lev Arkin said.',
    "The strike comes two weeks after the company announced a kettle recall, but the union said "
    "the two were unrelated.",
])
KETTLE_PLANT = ("Halvard to build new works in Varne", [
    "VARNE - Halvard Appliances will build a 45 million plant in Varne to make 9,000 kettles a "
    "day, the company said on Thursday, creating 350 jobs.",
    "Building work starts in the spring.",
    "The plan comes two weeks after the company announced a recall of 41,000 kettles over faulty "
    "switches.",
])
KETTLE_DATES = ["2026-02-10", "2026-02-10", "2026-02-11"]


@pytest.mark.parametrize("published", [KETTLE_DATES + ["2026-02-26"], None])
@pytest.mark.parametrize("piece, warned", [
    (KETTLE_FOLLOW, False),
    (KETTLE_STRIKE, True),
    (KETTLE_PLANT, True),
])
def test_a_follow_up_that_counts_what_the_recall_was_done_to(piece, warned, published):
    comp, ctx = support.compare_stories(KETTLE_WIRE, KETTLE_LEFT, KETTLE_RIGHT, piece, published=published)
    assert ("a4" in C.off_story(ctx)) is warned
    assert not C.off_story(ctx) & {"a1", "a2", "a3"}


@pytest.mark.parametrize("first, counts", [
    ("Halvard Appliances said on Thursday that it had replaced 15,000 Ostra kettles.", True),
    ("Technicians have fixed 8,000 Ostra kettles so far, the company said on Thursday.", True),
    # near misses: the same thing counted in their event's words (another of its kind), a count
    # of something else, one word in common
    ("Halvard Appliances is recalling 15,000 Ostra kettles in Varne, the company said on Thursday.", False),
    ("About 1,200 workers at Halvard Appliances stopped work on Thursday.", False),
    ("Halvard Appliances will make 9,000 kettles a day at a new plant, it said on Thursday.", False),
])
def test_counts_their_object(first, counts):
    piece = ("Halvard update", [first, "The company gave no other details."])
    comp, ctx = support.compare_stories(KETTLE_WIRE, KETTLE_LEFT, KETTLE_RIGHT, piece)
    others = ["a1", "a2", "a3"]
    core = C._their_event(ctx, "a4", others)
    assert C._counts_their_object(ctx, "a4", others, core) is counts


# the undated dev misses (benchmarks/invented_stories.py --no-dates) that generalise


@pytest.mark.parametrize("lede, word, noun", [
    # a noun of the verb: its stem, or a noun ending after the verb's stem
    ("Two ferries collided off Marn on Monday, and the collision left nine people hurt.", "collision", True),
    ("A fuel tanker exploded at the Brisk depot on Monday; the explosion shook the town.", "explosion", True),
    # a noun ending after a root the verb changes (review33w: "destruction" beside "destroyed")
    ("A fire destroyed the depot at Marn on Monday; the destruction took an hour.", "destruction", True),
    ("Velda Group acquired the Marn brewery on Monday, its first acquisition abroad.", "acquisition", True),
    # near misses: five letters in common, no noun of the verb ("details" beside "detained",
    # "public" beside "published", "carriers" beside "carried")
    ("Police detained an aide on Monday whose newsletter published details of the tax plan.", "detail", False),
    ("The audit office published its report on Monday: the posts had no public competition.", "public", False),
    ("Soldiers carried the wounded on Monday to two armoured carriers near the square.", "carrier", False),
])
def test_a_noun_of_their_event(lede, word, noun):
    from storylens.normalize import stem

    one = ("Report from Marn", [lede, "The ministry gave no other figures."])
    two = ("Marn news", [lede, "Officials said more would follow."])
    three = ("Marn today", ["Residents of Marn gathered in the main square on Monday evening."])
    piece = ("Marn budget", ["The Marn council set its budget on Friday."])
    comp, ctx = support.compare_stories(one, two, three, piece)
    assert (stem(word) in C._their_event_nouns(ctx, ["a1", "a2", "a3"])) is noun


@pytest.mark.parametrize("text, figure, interval", [
    ("The proposal comes two weeks after the city suspended its bike-share scheme.", "two weeks", True),
    ("The fine came 10 days after the inspectors' visit.", "10 days", True),
    # near misses: a duration of the event itself, a count before the interval
    ("The scheme will be paused for two weeks while every bike is inspected.", "two weeks", False),
    ("Twelve miners were killed three weeks after the pit reopened.", "Twelve", False),
])
def test_the_interval_a_piece_dates_its_news_by(text, figure, interval):
    assert C._in_interval(text, text.index(figure) + len(figure)) is interval
