"""Session 20: another act of the story's own actor that recalls the story's event once, in a
background sentence, is another event (``findings.coverage._tells_another_event``: its
figures of its own, :func:`_figures_of_its_own`, and its retelling of their figures,
:func:`_retells_their_event`, read as what they are).

Session 19's held-out t80 (a president's pardon of a jailed businessman; dev since session
20) missed its off-story piece: the same president's veto of a judicial bill two weeks later,
naming the opposition leader and recalling "his pardon of the businessman" in one background
sentence. Its headline and first sentence tell the veto, it was published weeks after the
others, and it gives the veto's own arithmetic ("120 of the 200 votes", "104 seats"), yet two
measures read it as news of the pardon:

1. a spelled span read as a count: "It comes two weeks after his pardon" was taken to retell
   "just two years into an eight-year sentence" (a number word beside an event word: the
   "Twelve miners" of a toll); a number word before a time unit is a span now, the same
   figure only as the same span (:func:`_spelled`);
2. a figure shared by a value near it of another thing: "several hundred people" at a
   protest (read as about 100) "shared" the veto's "104 seats"; a figure is shared only
   where another article gives it (the same value of the same measure).

Invented: Medrana's environment minister, Corvin Halloway, approves a copper mine at Lake
Sennet; three outlets tell the approval and quote him; several hundred people protest. Named
now: the same minister's ban on bottom trawling 16 days later, which recalls "his approval
of the Sennet mine" once. Near misses that stay: the opposition leader's petition against the
approval (a reaction piece leading with her), the company's first drilling "a week after
the approval" (a follow-up), and an analysis of why he approved it.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

QUOTE = '"The seabed there has been ploughed for forty years; it needs to rest,"'
WIRE = ("Medrana bans bottom trawling in the northern gulf", [
    "Medrana's environment minister, Corvin Halloway, on Tuesday banned bottom trawling "
    "across the northern gulf, three years after scientists first warned that its seabed "
    "was dying.",
    f"{QUOTE} Halloway told reporters in Ardmoor.",
    "The ban closes 3,400 square kilometres of seabed to the heaviest nets.",
    "Opposition leader Ada Finch said the fleet had been given no time to adapt.",
    "Several hundred fishermen protested outside the ministry in the evening.",
])
LEFT = ("Halloway bans gulf trawling, fishing towns fear for jobs", [
    "Environment minister Corvin Halloway banned bottom trawling in the northern gulf on "
    "Tuesday, ignoring three years of pleas from the fishing towns of Vessmor and Kell.",
    f"{QUOTE} the minister said.",
    "Crews in Vessmor said they had been told of the ban by text message.",
    "Opposition leader Ada Finch called the ban a betrayal of the coast.",
    "The trawler owners' association said it would go to court.",
])
RIGHT = ("Gulf seabed gets its rest as Halloway bans trawling", [
    "The northern gulf's seabed will recover after environment minister Corvin Halloway "
    "banned bottom trawling there on Tuesday, three years after scientists warned of its "
    "collapse.",
    f"{QUOTE} Halloway said.",
    "Fishing crews will receive compensation for two years, the ministry said.",
    "Marine biologist Oriel Stamm of Ardmoor University welcomed the decision.",
    "Fishermen gathered outside the ministry in Ardmoor.",
])
DATES = ["2026-04-14", "2026-04-14", "2026-04-15"]
OTHERS = ["a1", "a2", "a3"]

# Another act of the same minister, 16 days later, recalling the ban once.
MINE = ("Halloway approves Kestrel copper mine at Lake Sennet", [
    "Environment minister Corvin Halloway on Wednesday approved a licence for Kestrel Metals "
    "to open a copper mine on the shore of Lake Sennet.",
    '"The mine will be held to the strictest standards in Europe," Halloway said in Ardmoor.',
    "The open-pit mine is expected to produce 60,000 tonnes of copper a year.",
    "The company will build 104 houses for its workers near the village of Dunmore.",
    "Opposition leader Ada Finch said the lake's villages had not been consulted.",
    "The approval comes three weeks after his ban on bottom trawling in the northern gulf "
    "drew protests from fishing crews.",
    "Kestrel Metals gave no date for the start of work.",
])
# A reaction piece leading with the opposition leader, which tells the ban in its body.
RESIGN = ("Finch calls on Halloway to resign", [
    "Opposition leader Ada Finch on Wednesday called on environment minister Corvin "
    "Halloway to resign, saying he had declared war on the coast.",
    "Halloway banned bottom trawling across the northern gulf last week, closing 3,400 "
    "square kilometres of seabed to the heaviest nets.",
    "Finch said the ban would cost 2,000 jobs in Vessmor and Kell.",
    "The ministry said the minister had no intention of stepping down.",
])
# A reaction piece that names the ban in its first sentence.
PETITION = ("Finch petition against trawling ban passes 80,000 signatures", [
    "A petition launched by opposition leader Ada Finch demanding that environment minister "
    "Corvin Halloway lift his ban on bottom trawling passed 80,000 signatures on Wednesday.",
    '"The minister has closed the gulf without asking one fisherman," Finch said.',
    "Most of the signatures came from the fishing towns of Vessmor and Kell.",
    "Parliament must debate any petition with more than 50,000 signatures.",
    "The ministry said the ban followed every legal step.",
])
# A follow-up "a week after" the ban.
HARBOUR = ("Trawlers tie up in Vessmor", [
    "Dozens of trawlers stayed tied up in Vessmor harbour on Monday, a week after "
    "environment minister Corvin Halloway banned bottom trawling in the northern gulf.",
    "Skipper Jon Marrek said his crew of six had no work.",
    "About 40 fishermen from Vessmor and Kell blocked the harbour road for an hour.",
    "The ministry said the first compensation payments would arrive in May.",
])
# An analysis of the ban itself.
ANALYSIS = ("Why Halloway banned trawling in the gulf", [
    "When environment minister Corvin Halloway banned bottom trawling in the northern gulf, "
    "he chose the seabed over the fishing towns.",
    "The ban came after three years of warnings from scientists.",
    "Halloway's ministry weighed 1,200 fishing jobs against a dying sea.",
    "Compensation will cost 90 million crowns over two years.",
])


@pytest.mark.parametrize("text, spelled", [
    ("It comes two weeks after his pardon", {"two week"}),
    ("just two years into an eight-year sentence", {"two year", "eight year"}),
    ("three days after the flood", {"three day"}),
    ("Twelve miners were killed", {"twelve"}),
    ("killed four fans and injured twenty", {"four", "twenty"}),
    ("two ministers resigned within hours", {"two"}),  # a count, then a time: no span
    ("one week later", set()),  # "one" is no count (a pronoun as often)
])
def test_a_number_word_before_a_time_unit_is_a_span(text, spelled):
    keys = {" ".join([C._SPELLED[w.split()[0]], *w.split()[1:]]) for w in spelled}
    assert C._spelled(text) == keys
    # a span is the same figure only as the same span
    assert not C._spelled("two weeks after the vote") & C._spelled("two years into his term")
    assert C._spelled("two years after") & C._spelled("after two years")


def test_another_act_of_the_same_actor_recalled_once_is_named():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, MINE, published=DATES + ["2026-04-30"])
    assert C._leads_with_theirs(ctx, "a4", OTHERS)
    core = C._their_event(ctx, "a4", OTHERS)
    assert "ban" in core
    # "three weeks after his ban" retells no "three years" of their ledes ...
    assert not C._retells_their_event(ctx, "a4", OTHERS, core)
    # ... and "104 houses" is its own, whatever "several hundred fishermen" reads as
    assert C._figures_of_its_own(ctx, "a4")
    assert C._tells_another_event(ctx, "a4", OTHERS)
    assert C.off_story(ctx) == {"a4"}
    w = comp.provenance.warning or ""
    assert "a4 (Outlet D" in w and "a1 (" not in w


@pytest.mark.parametrize("piece, day", [
    (RESIGN, "2026-04-22"),  # a reaction piece, leading with the opposition leader
    (PETITION, "2026-04-22"),  # a reaction piece naming the ban first
    (HARBOUR, "2026-04-20"),  # a follow-up "a week after" the ban
    (ANALYSIS, "2026-04-25"),  # an analysis of the ban itself
])
def test_reaction_follow_up_and_analysis_stay_in_the_story(piece, day):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=DATES + [day])
    assert not C._tells_another_event(ctx, "a4", OTHERS)
    assert C.off_story(ctx) == set()


def test_a_figure_another_article_gives_is_shared():
    # the same "104 houses" in one of the others: not a figure of its own
    wire = (WIRE[0], WIRE[1][:4] + ["Kestrel Metals will build 104 houses for the workers of its Sennet mine."])
    _, ctx = support.compare_stories(wire, LEFT, RIGHT, MINE, published=DATES + ["2026-04-30"])
    assert not C._figures_of_its_own(ctx, "a4")


def _ferries(who: str) -> tuple[str, list[str]]:
    """A ferry company's cut of its winter sailings from Vessmor, weeks after the ban, dating
    its news from the ban in a background sentence."""
    return ("Brill Ferries cuts winter sailings from Vessmor", [
        "Brill Ferries will cut its winter sailings from Vessmor to the island of Orme from "
        "six a week to two, the company said on Monday.",
        "The company said 310 fewer passengers had travelled in March than a year before.",
        "Islanders said they would be cut off for days at a time.",
        f"The company announced the cut two weeks after {who} bottom trawling in the northern gulf.",
        "The company's chief executive, Lena Osk, said the route had lost money since 2021.",
    ])


@pytest.mark.parametrize("who, later", [
    ("environment minister Corvin Halloway banned", False),  # the actor the others name
    ("Halloway's ministry banned", False),
    ("the minister banned", False),  # a known reference
    ("a government order banned", True),  # introduced as news
    ("a decree signed by Halloway banned", True),  # an indefinite article opens it
    # review20a: a place's name recalls no actor ("two weeks after Skarfjell's helicopter
    # crash", the t39 class)
    ("Kell's harbour master banned", True),
])
def test_a_long_interval_recall_by_the_actor_the_others_name_is_known(who, later):
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _ferries(who), published=DATES + ["2026-05-04"])
    assert C._postdates(ctx, "a4", OTHERS)
    assert C._follows_their_event(ctx, "a4", OTHERS) is later


def test_a_recall_by_the_actor_set_beside_the_news_dates_another_event():
    # review20a: "The cut comes two weeks after ..." sets the ferry cut beside the ban (the
    # t39 class: "The rescue came two weeks after FjellAir's helicopter crashed"), and the
    # cut's lede names nothing the ban was done to: a later event, whoever is named
    title, paras = _ferries("environment minister Corvin Halloway banned")
    paras = [p.replace("The company announced the cut two weeks", "The cut comes two weeks") for p in paras]
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, (title, paras), published=DATES + ["2026-05-04"])
    assert C._follows_their_event(ctx, "a4", OTHERS)


# The same class recalled by the event's noun, where the noun is no form of the verb the
# others' ledes write ("his approval" beside "approved"): a follow-up names the event by its
# noun (s15), a piece on another event sets its own news beside it
# (rules/coverage.JUXTAPOSED_AFTER).
MINE_QUOTE = '"The mine will be held to the strictest standards in Europe,"'
MINE_WIRE = ("Medrana approves Kestrel copper mine at Lake Sennet", [
    "Medrana's environment minister, Corvin Halloway, on Tuesday approved a licence for "
    "Kestrel Metals to open a copper mine at Lake Sennet.",
    f"{MINE_QUOTE} Halloway told reporters in Ardmoor.",
    "The open-pit mine is expected to produce 60,000 tonnes of copper a year.",
    "Opposition leader Ada Finch said the villages of Dunmore and Carrow had not been heard.",
    "Protesters gathered outside the ministry in the evening.",
])
MINE_LEFT = ("Halloway approves Sennet mine despite warnings", [
    "Environment minister Corvin Halloway approved a copper mine on the shore of Lake Sennet "
    "on Tuesday, ignoring warnings from the fishing villages of Dunmore and Carrow.",
    f"{MINE_QUOTE} the minister said.",
    "Scientists at Ardmoor University have warned that tailings could poison the lake.",
    "Opposition leader Ada Finch called the decision a betrayal.",
    "Kestrel Metals gave no date for the start of work.",
])
MINE_RIGHT = ("Green light for Kestrel's Sennet copper mine", [
    "Kestrel Metals can open its copper mine at Lake Sennet after environment minister Corvin "
    "Halloway approved its licence on Tuesday.",
    f"{MINE_QUOTE} Halloway said.",
    "The mine is expected to bring jobs to Dunmore and Carrow.",
    "Kestrel chief executive Oriel Stamm thanked the government.",
    "Opposition leader Ada Finch said she would fight the mine in court.",
])


def _trawl(recall: str) -> tuple[str, list[str]]:
    """The same minister's ban on bottom trawling, 16 days later, recalling the approval."""
    return ("Halloway bans bottom trawling in the northern gulf", [
        "Environment minister Corvin Halloway on Wednesday banned bottom trawling across the "
        "northern gulf, closing 3,400 square kilometres of seabed to the heaviest nets.",
        '"The seabed there has been ploughed for forty years; it needs to rest," Halloway said '
        "at the port of Vessmor.",
        "The ban affects 130 trawlers, most of them based in Vessmor and Kell.",
        "Opposition leader Ada Finch said the fleet had been given no time to adapt.",
        recall,
        "The trawler owners' association said it would challenge the ban in court.",
    ])


# A follow-up: Kestrel's shares, recalling the approval by its noun as their cause.
SHARES = ("Kestrel Metals shares jump 18 percent", [
    "Shares in Kestrel Metals rose 18 percent on Thursday, adding 640 million crowns to the "
    "company's value.",
    "Investors cheered the approval of the Sennet mine, analysts said.",
    "Chief executive Oriel Stamm said work at Lake Sennet would start in the autumn.",
    "Opposition leader Ada Finch said the company's gain was the lake's loss.",
])


@pytest.mark.parametrize("piece, another", [
    # another act of the minister, its news set beside the approval
    (_trawl("The ban comes three weeks after his approval of the Sennet copper mine in "
            "Dunmore drew protests."), True),
    (_trawl("The ban came less than a month after his approval of the Sennet copper mine in "
            "Dunmore drew protests."), True),
    # near misses: the approval named by its noun, not set beside the ban's news (the ban
    # may still be named, as a piece that shares too little; not by this rule)
    (_trawl("Halloway, whose approval of the Sennet copper mine in Dunmore drew protests, "
            "said the fleet would be compensated."), False),
    (SHARES, False),
])
def test_an_event_named_by_its_noun_only_beside_the_news_is_another(piece, another):
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, piece, published=DATES + ["2026-04-30"])
    core = C._their_event(ctx, "a4", OTHERS)
    assert "approv" in core
    leads, bodies, _ = ctx.per_story("story_event_words", C._event_words)
    assert not (leads["a4"] | bodies["a4"]) & core  # "approval", never "approved"
    assert C._tells_another_event(ctx, "a4", OTHERS) is another
    if another:
        assert C.off_story(ctx) == {"a4"}


@pytest.mark.parametrize("sentence, juxtaposed", [
    ("It comes two weeks after his pardon of the businessman.", True),
    ("The fine comes days after one of its ferries collided with a cargo ship.", True),
    ("The strike comes less than two weeks after the port was cut off.", True),
    ("The ruling came shortly after the vote.", True),
    ("The team came back after the break.", False),
    ("Relief came after years of talks.", False),
    ("She came second after the favourite.", False),
])
def test_a_juxtaposition_of_two_events(sentence, juxtaposed):
    from storylens.rules.coverage import JUXTAPOSED_AFTER

    assert bool(JUXTAPOSED_AFTER.search(sentence)) is juxtaposed


# review20a: a reaction to the approval that sets its news beside it ("The challenge comes two
# weeks after the approval of the mine") is news of the approval, not another event: its
# headline or first sentence names what the approval was done to (the licence, Kestrel
# Metals, the mine at Lake Sennet), which another act of the minister (the trawling ban)
# never names (:func:`_names_their_object`).
CHALLENGE = ("Finch takes Kestrel licence to the high court", [
    "Opposition leader Ada Finch on Monday asked the high court to quash the licence of "
    "Kestrel Metals for its copper mine at Lake Sennet.",
    "Lawyers for the villages of Dunmore and Carrow said 2,300 residents had joined the claim.",
    "Finch said the lake would be poisoned within a decade.",
    "The challenge comes two weeks after the approval of the mine.",
    "Kestrel Metals said the licence was lawful.",
])
INQUIRY = ("Parliament launches inquiry into Sennet licence", [
    "Parliament's environment committee on Monday launched an inquiry into how environment "
    "minister Corvin Halloway came to grant the licence for the copper mine at Lake Sennet.",
    "The committee will hear 14 witnesses and has a budget of 450,000 crowns.",
    "Opposition leader Ada Finch will chair the first hearing.",
    "The inquiry comes a fortnight after the approval of the mine drew protests.",
    "Halloway said he welcomed the scrutiny.",
])


@pytest.mark.parametrize("piece", [CHALLENGE, INQUIRY])
@pytest.mark.parametrize("dated", [True, False])
def test_a_reaction_set_beside_the_event_it_answers_stays(piece, dated):
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, piece,
                      published=DATES + ["2026-04-30"] if dated else None)
    assert C._names_their_object(ctx, "a4", C._their_event(ctx, "a4", OTHERS))
    assert not C._tells_another_event(ctx, "a4", OTHERS)
    assert C.off_story(ctx) == set()


def test_another_act_of_the_same_actor_names_none_of_its_object():
    piece = _trawl("The ban comes three weeks after his approval of the Sennet copper mine in "
                   "Dunmore drew protests.")
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, piece, published=DATES + ["2026-04-30"])
    # the minister who approved is named before "approved": the actor, not the object
    assert not C._names_their_object(ctx, "a4", C._their_event(ctx, "a4", OTHERS))


def _challenge(recall: str) -> tuple[str, list[str]]:
    return (CHALLENGE[0], CHALLENGE[1][:3] + [recall, CHALLENGE[1][4]])


@pytest.mark.parametrize("piece, later", [
    # another act of the minister set beside the approval by the actor's name: a later
    # event, whoever dates it ("The rescue came two weeks after FjellAir's helicopter
    # crashed", the t39 class)
    (_trawl("The ban comes three weeks after Halloway approved a copper mine at Lake Sennet."), True),
    (_trawl("The ban comes three weeks after Kestrel Metals won approval for its mine."), True),
    # not set beside it: the actor's name recalls a known event (s20)
    (_trawl("Three weeks after Halloway approved a copper mine at Lake Sennet, he said, the "
            "fleet would be compensated."), False),
    # a reaction that names the approval's object in its lede: news of it (review20a)
    (_challenge("The challenge comes two weeks after Halloway approved the mine."), False),
    (_challenge("The challenge comes two weeks after Halloway's approval of the mine."), False),
])
def test_a_juxtaposed_recall_by_the_actor_dates_another_event(piece, later):
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, piece, published=DATES + ["2026-04-30"])
    assert C._follows_their_event(ctx, "a4", OTHERS) is later


@pytest.mark.parametrize("dated", [True, False])
def test_a_reaction_that_writes_the_event_verb_stays(dated):
    # "Halloway approved the mine" in its body: the event's own verb, beside a lede on the
    # licence the approval granted
    piece = _challenge("The challenge comes two weeks after Halloway approved the mine.")
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, piece,
                      published=DATES + ["2026-04-30"] if dated else None)
    assert not C._tells_another_event(ctx, "a4", OTHERS)
    assert C.off_story(ctx) == set()
