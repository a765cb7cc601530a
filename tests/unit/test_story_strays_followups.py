"""Session 15: two places where the story warning's rule for another event of the story's
own actor (``findings.coverage._tells_another_event``, session 14) was fitted to its dev
pieces, made general.

1. A weekday inside a name dates nothing (``_weekday_in_name``): "Good Friday", "Super
   Tuesday", "the Sunday Herald". A follow-up whose lede credits a Sunday paper was read as
   told on a Sunday, a day of its own beside the others' Saturday, and named.
2. A follow-up that recalls the event by its noun alone ("after the collision"), with no
   day of the event and no toll, was named when it gave a day and a figure of its own (a
   share price fall on Monday). A piece on another event that recalls the story says what
   happened ("days after one of its ferries collided with a cargo ship"); news of the
   event names it as known. And a headline or first sentence that names the event by its
   noun tells it ("suspended sailings after the collision"). Where the others' ledes
   tell people killed, the toll's aftermath ("the funerals of the victims", "families of
   the dead") is such a noun.

Invented: the Lind Star, a ferry of Ostra Ferries, collides with a cargo ship off Kessa on
Saturday; three outlets lead with the company and quote the coast guard chief. Near miss
kept named: the company's fine over ticket prices on Tuesday, which recalls the collision
with its verb, also when a Sunday paper is credited.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Ostra Ferries ship collides with cargo vessel off Kessa, nine dead", [
    "A passenger ferry run by Ostra Ferries collided with a cargo ship in fog off the port of "
    "Kessa on Saturday, killing nine people and injuring 40, the coast guard said.",
    '"Visibility was under fifty metres and both ships were moving too fast," coast guard '
    "chief Ruta Malvang told reporters in Kessa.",
    "The Lind Star was carrying 310 passengers from the island of Orme.",
    "Ostra Ferries said it was working with investigators.",
    "Divers searched the wreck of the cargo ship's bow section through the night.",
])
LEFT = ("Nine killed as Ostra Ferries ship collides in fog", [
    "Nine people were killed and 40 injured when an Ostra Ferries ship collided with a cargo "
    "vessel off Kessa on Saturday, after crews had complained for months about broken radar.",
    'Coast guard chief Ruta Malvang said: "Visibility was under fifty metres and both ships '
    'were moving too fast."',
    "Sailors' union steward Ivo Hallert said the radar had been reported faulty in May.",
    "Ostra Ferries did not answer questions about the radar.",
    "The company runs eleven routes along the coast.",
])
RIGHT = ("Rescuers pull survivors from the sea off Kessa", [
    "Rescue boats pulled survivors from the sea off Kessa on Saturday after a ferry of Ostra "
    "Ferries collided with a cargo ship, killing nine people.",
    '"Visibility was under fifty metres and both ships were moving too fast," said Ruta '
    "Malvang, who heads the coast guard.",
    "Fishing boats from Kessa joined the search within minutes.",
    "The transport minister promised an inquiry.",
    "Hospitals in Kessa called in extra staff.",
])

# Another event of the same company: a fine over ticket prices on Tuesday, with figures of
# its own, recalling the collision with its verb. Named before and after.
FINE = ("Regulator fines Ostra Ferries over island ticket prices", [
    "The competition authority fined Ostra Ferries 6 million crowns on Tuesday for charging "
    "island residents more than the law allows on the Orme route.",
    "Inspectors found fares up to 35 percent above the capped price, the authority said.",
    "Ostra Ferries said it would appeal and had already cut the fares.",
    "The fine comes days after one of its ferries collided with a cargo ship off Kessa.",
    "Orme has about 4,000 residents.",
])
# The same fine first reported by a Sunday paper: still told on Tuesday, still named.
FINE_CREDITED = (FINE[0], [
    FINE[1][0].replace(" island residents more than the law allows", " island residents too much"),
    "The fine was first reported by the Sunday Herald.",
] + FINE[1][1:])
# A follow-up: the company's share price on Monday, recalling the event by its noun alone.
SHARES = ("Ostra Ferries shares slide 22 percent", [
    "Shares in Ostra Ferries fell 22 percent on Monday, wiping 450 million crowns off the "
    "company's value.",
    "Analysts said insurers might not cover all the claims.",
    "Investors fear the cost of the Lind Star's collision off Kessa and a long inquiry.",
    "The company's bonds also fell.",
    "Trading was halted twice during the morning.",
])
# A follow-up whose first sentence names the event by its noun, and whose body tells it.
HALT = ("Ostra Ferries suspends night sailings", [
    "Ostra Ferries suspended all night sailings on Monday after the collision off Kessa, "
    "cancelling 120 trips a week.",
    "The Lind Star collided with the cargo ship in thick fog, the company said.",
    "Passengers will be offered day crossings or refunds.",
    "The sailors' union welcomed the decision.",
    "The suspension will last at least a month.",
])
# A follow-up whose lede credits a Sunday paper: no day of its own.
CHIEF = ("Ostra Ferries chief quits with 2.4 million crown payout", [
    "The chief executive of Ostra Ferries has resigned and will be paid 2.4 million crowns, the "
    "Sunday Herald reported.",
    "Board members had asked him to go, the newspaper said.",
    "The Lind Star collided with the cargo ship in thick fog.",
    "His deputy will run the company until a successor is found.",
    "The company's shares rose on the news.",
])


# Follow-ups that write none of the event's verbs or nouns but its toll's aftermath,
# beside ledes that tell people killed: the funerals of the victims, with a fund of the
# company's own, and an inquiry's first hearing attended by families of the dead. Near
# miss: the company's order of two ships, with no word of the dead, is another event.
FUNERALS = ("Kessa mourns ferry dead as Ostra Ferries sets up fund", [
    "Hundreds of mourners gathered in Kessa on Tuesday for the funerals of the victims, and "
    "Ostra Ferries put 3.5 million crowns into a fund for their families.",
    "The Lind Star's captain did not attend.",
    "Flags flew at half mast across the island of Orme.",
    "The coast guard said the wreck would be raised next month.",
    "The company said it would pay for the funerals.",
])
INQUIRY = ("Ostra Ferries captain questioned as inquiry opens", [
    "Investigators questioned the captain of the Lind Star for six hours on Monday as a "
    "government inquiry, budgeted at 1.8 million crowns, opened in Kessa.",
    "The cargo ship's crew will be questioned on Tuesday.",
    "Ostra Ferries said the radar had been inspected in March.",
    "The inquiry is due to report within a year.",
    "Families of the dead attended the first hearing.",
])
ORDER = ("Ostra Ferries orders two ships from Velm yard", [
    "Ostra Ferries ordered two new passenger ships worth 900 million crowns from the Velm "
    "shipyard on Monday.",
    "The ships will carry 600 passengers each and enter service on the Orme route in 2029.",
    "The yard said the order would secure 1,100 jobs.",
    "Ostra Ferries runs eleven routes along the coast.",
    "Its fleet is among the oldest in the region.",
])

# A follow-up that names the event by neither verb nor noun ("the accident") but dates it
# from its own day: Tuesday, "three days after the accident", is the others' Saturday.
# Near miss: the ship order on the others' weekday, with no interval, is another event.
LICENCE = ("Authority suspends Ostra Ferries' Orme licence", [
    "The maritime authority suspended the licence of Ostra Ferries on the Orme route on "
    "Tuesday, three days after the accident, and fined the company 2.2 million crowns.",
    "The company may keep sailing its other ten routes.",
    "The Lind Star's captain will not sail again until the review in Kessa is over.",
    "Ostra Ferries said it would meet every demand of the authority.",
    "Islanders will be carried by a rival company, Velm Lines.",
    "The review is due to end in June.",
])
ORDER_SATURDAY = (ORDER[0], [ORDER[1][0].replace("on Monday", "on Saturday")] + ORDER[1][1:])


OTHERS = ["a1", "a2", "a3"]


@pytest.mark.parametrize("fourth, another", [
    (FINE, True),  # another event that recalls the collision with its verb
    (FINE_CREDITED, True),  # near miss: crediting a Sunday paper, still told on Tuesday
    (SHARES, False),  # a follow-up: "the collision" alone, a day and a figure of its own
    (HALT, False),  # a follow-up that tells "the collision" in its first sentence
    (CHIEF, False),  # a follow-up whose only day is the Sunday Herald's
    (FUNERALS, False),  # a follow-up on the victims' funerals, none of the event's verbs
    (INQUIRY, False),  # a follow-up: "families of the dead" at the inquiry
    (ORDER, True),  # near miss: another event of the company, no word of the dead
    (LICENCE, False),  # a follow-up dated "three days after the accident" (their Saturday)
    (ORDER_SATURDAY, True),  # near miss: their weekday alone, no interval, ties nothing
])
def test_another_event_or_a_follow_up_of_the_storys_actor(fourth, another):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, fourth)
    assert C._leads_with_theirs(ctx, "a4", OTHERS)  # Ostra Ferries
    assert C._figures_of_its_own(ctx, "a4")
    assert C._tells_another_event(ctx, "a4", OTHERS) is another
    assert ("a4" in C.off_story(ctx)) is another
    w = comp.provenance.warning or ""
    assert ("a4 (Outlet D" in w) is another and "a1 (" not in w


def test_the_followups_day_and_event_words():
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, SHARES)
    leads, _, _ = ctx.per_story("story_event_words", C._event_words)
    core = C._their_event(ctx, "a4", OTHERS)
    assert "collid" in core and "collision" not in C._their_event_nouns(ctx, OTHERS)  # "collided"
    assert C._event_noun_stems(leads["a4"] | C._event_words(ctx)[1]["a4"], core) == {"collision"}
    assert C._told_another_day(ctx, "a4", OTHERS)  # Monday, beside their Saturday
    assert not (leads["a4"] & core)
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, CHIEF)
    assert C._days(ctx)[0]["a4"] == frozenset()  # the Sunday Herald names no day
    assert not C._told_another_day(ctx, "a4", OTHERS)
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, FINE_CREDITED)
    assert C._days(ctx)[0]["a4"] == {("weekday", 1)}  # Tuesday, not the paper's Sunday


# A weekday and the words beside it: part of a name or a day.
@pytest.mark.parametrize("text, in_name", [
    ("Pilgrims walked to Kessa on Good Friday as every year.", True),
    ("Good Friday processions in Orme were called off.", True),
    ("The Sunday Herald first reported the fine.", True),
    ("The fine, first reported by the Sunday Herald, was paid.", True),
    ("Voters in nine provinces cast ballots on Super Tuesday.", True),
    # near misses: a day lead before it, or a name of its own before it
    ("It took a year, but on Tuesday Ivo Hallert was cleared.", False),
    ("On Tuesday Ruta Malvang met the families.", False),
    ("Police detained Hallert Monday. Hallert denies any wrongdoing.", False),
    ("Last Friday the harbour board met.", False),
    ("The Sunday before the vote was quiet.", False),
    ("The minister said Tuesday that the inquiry would start.", False),
    ("Police said Tuesday Captain Hallert would keep his licence.", False),
    ("Saturday's collision killed nine.", False),
    ("Following Monday's vote the harbour board resigned.", False),
    ("He spoke on Kessa Radio Sunday Review, a weekly show.", True),
])
def test_a_weekday_inside_a_name_is_no_day(text, in_name):
    m = next(m for m in C._DAY.finditer(text) if m.group("weekday"))
    assert C._weekday_in_name(text, m.start(), m.end(), C._standalone_capitals(text)) is in_name


@pytest.mark.parametrize("title, in_name", [
    ("Rescuers Search Sea After Deadly Saturday Collision", False),  # a capital says nothing
    ("Saturday Collision Leaves Nine Dead Off Kessa", False),
    ("The Sunday Herald Says Ferry Radar Was Faulty", True),  # the article before the name
])
def test_in_a_title_case_headline_only_an_article_opens_a_name(title, in_name):
    m = next(m for m in C._DAY.finditer(title) if m.group("weekday"))
    assert C._title_case(title)
    assert C._weekday_in_name(title, m.start(), m.end(), frozenset(), titled=True) is in_name


class _Counting:
    """A stand-in for a compiled pattern that counts the characters it is given."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else endpos
        self.read += end - pos
        return self.pattern.search(text, pos, end)


@pytest.mark.parametrize("repeats", [200, 800])
def test_a_weekday_reads_only_the_word_before_it(monkeypatch, repeats):
    # review15c: the word before each weekday was searched for from the sentence's start,
    # so a long lede sentence naming many weekdays (a ferry timetable told in one run) was
    # read once per weekday: quadratic. The characters read grow with the weekdays alone.
    text = " ".join(["the Kessa ferry sails on Monday and leaves Vell Harbour on Tuesday"] * repeats)
    counting = _Counting(C._WORD_BEFORE)
    monkeypatch.setattr(C, "_WORD_BEFORE", counting)
    alone = C._standalone_capitals(text)
    names = [C._weekday_in_name(text, m.start(), m.end(), alone)
             for m in C._DAY.finditer(text) if m.group("weekday")]
    assert len(names) == 2 * repeats
    assert not any(names)  # "on Monday", "on Tuesday": days
    assert counting.read <= 20 * len(names)
