"""An article on another event of the same thread is named off the story even though it
shares names with it (``findings.coverage._stray``, session 13). The blind-written dev
stories' off-story pieces (another mayor charged over a land sale beside a minister's
bribery verdict, the police force's recruitment plan beside a police shooting, another
city's ransomware attack beside a data breach, a council vote on more officers for the
district of a shooting) each share a person, a party or a place with the story, so three
shared names or the common words kept them in it. What they lack: a quote any outlet of
the story gives, and an actor (a person or an organisation) that both lead with.

Invented: a court in Velhaven sentences the former harbour minister Oskar Ternveld of the
Progress Party; three outlets tell it in their own words and all quote him. The stray:
the mayor of Port Ilsen, also of the Progress Party, charged over a land sale, with
Ternveld's trial in a background paragraph. Near misses:

- a fourth outlet on the verdict that quotes nobody the others quote but leads with
  Ternveld stays in the story (partisan coverage shares few sentences and quotes);
- with three articles (two on the verdict) there is no baseline: the stray rule is silent;
- dated within ``stories``' window of the others, content alone does not decide;
- a headline naming the country the others' headlines name makes it an actor.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Velhaven court jails former harbour minister Ternveld for six years", [
    "A court in Velhaven on Tuesday sentenced former harbour minister Oskar Ternveld to six "
    "years in prison for taking 3.4 million crowns in bribes from a dredging firm.",
    "Judge Mira Caldwen also barred Ternveld, 63, of the Progress Party, from public office.",
    '"I will appeal, and the higher court will see the truth," Ternveld told reporters '
    "outside the court.",
    "Prosecutors had asked for nine years in prison.",
    "The dredging firm, Ostmark Marine, won a harbour contract worth 210 million crowns in 2019.",
])
LEFT = ("Six years for Ternveld: the harbour minister who sold a contract", [
    "It took four years, but on Tuesday Oskar Ternveld was finally told what many in "
    "Velhaven had long suspected.",
    "The former harbour minister pocketed money from Ostmark Marine while its bid was judged.",
    'Ternveld said: "I will appeal, and the higher court will see the truth."',
    "Anti-graft campaigners outside the courthouse cheered when the sentence was read out.",
    "The Progress Party, which still leads the polls, said it respected the ruling.",
])
RIGHT = ("Ternveld vows appeal after 'political' verdict", [
    "Oskar Ternveld, the veteran Progress Party politician, vowed on Wednesday to fight a "
    "six-year sentence that his supporters call a political verdict.",
    '"I will appeal, and the higher court will see the truth," he told a crowd of supporters.',
    "His lawyers said the Velhaven judges had ignored the defence's evidence.",
    "Party colleagues described the trial as a campaign by the government's allies.",
    "The former minister has denied taking any money from Ostmark Marine.",
])
STRAY = ("Port Ilsen mayor charged over harbour land sale", [
    "Prosecutors on Monday charged the mayor of Port Ilsen, Anton Brevik, with abuse of office "
    "over the sale of municipal land on the harbour front to a developer.",
    "Brevik, 55, who has led the coastal town since 2018, approved the sale of four hectares "
    "for 12 million crowns, a third of their value, prosecutors said.",
    "The developer, Saltmere Homes, denied any wrongdoing and said it paid a fair price.",
    "The charges come two weeks before a Velhaven court is due to rule in the bribery trial "
    "of the former harbour minister Oskar Ternveld, also of the Progress Party.",
    "Ternveld, who owns a house in Port Ilsen, denies taking money from Ostmark Marine.",
    "The Progress Party said Brevik would stay in office while the case is heard.",
])
# Near miss: the verdict told by a fourth outlet that quotes the judge, not Ternveld, and
# shares no sentence, but leads with him.
CENTRE = ("Ternveld sentence ends long harbour bribery case", [
    "Oskar Ternveld, a former harbour minister, will spend six years in prison after the "
    "Velhaven court found him guilty of bribery on Tuesday.",
    '"The defendant treated his ministry as a shop," Judge Mira Caldwen said in her ruling.',
    "The case began in 2022 after an audit of harbour contracts.",
    "Ostmark Marine has not commented on the verdict.",
    "The Progress Party did not say whether Ternveld would keep his party card.",
])


def test_stray_on_another_event_of_the_thread_is_named():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, STRAY)
    assert C._tied(ctx, "a4") is not None  # its names or words alone would keep it
    assert C.story_strays(ctx) == {"a4"}
    w = comp.provenance.warning
    assert w and "may be about another event: a4 (Outlet D" in w
    assert "a1 (" not in w and "a2 (" not in w and "a3 (" not in w


def test_near_miss_same_event_without_a_shared_quote_stays():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, CENTRE)
    assert not any(C._quote_tie(ctx, "a4", b) for b in ("a1", "a2", "a3"))
    assert C.story_strays(ctx) == set()
    assert comp.provenance.warning is None


# A column on the verdict that paraphrases no report and quotes nobody: tied to the
# others by its headline's name alone.
COLUMN = ("What the Ternveld case says about our harbours", [
    "For years the harbour ministry handed out contracts with little oversight.",
    "Auditors warned in 2022 that dredging bids were judged behind closed doors.",
    "This week's sentence will not by itself change how the ministry works.",
    "Parliament should publish every bid above a million crowns.",
    "Only then will voters trust the next minister with the ports.",
])


def test_near_miss_an_article_tied_to_nothing_leaves_no_baseline():
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, COLUMN, STRAY)
    assert not any(frozenset(("a4", b)) in C._close_pairs(ctx) or C._quote_tie(ctx, "a4", b)
                   for b in ("a1", "a2", "a3", "a5"))
    assert C.story_strays(ctx) == set()


def test_near_miss_three_articles_are_no_baseline():
    _, ctx = support.compare_stories(WIRE, LEFT, STRAY)
    assert len(ctx.docs) < C.MIN_STRAY_ARTICLES
    assert C.story_strays(ctx) == set()


@pytest.mark.parametrize("dates, off, stray", [
    # weeks before: off the story already (common words tie only within the window)
    (["2026-03-10", "2026-03-10", "2026-03-11", "2026-02-16"], True, False),
    (["2026-03-10", "2026-03-10", "2026-03-11", "2026-03-09"], False, False),  # near miss: same days
    ([None, None, None, "2026-03-10"], True, True),  # the others undated: content decides
])
def test_dated_within_the_window_is_never_a_stray(dates, off, stray):
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, STRAY, published=dates)
    assert ("a4" in C.off_story(ctx)) is off
    assert (C.story_strays(ctx) == {"a4"}) is stray


def test_near_miss_a_country_both_headlines_name_is_an_actor():
    wire = ("Norway court jails former harbour minister Ternveld",
            [WIRE[1][0].replace("Velhaven", "Velhaven, Norway,")] + WIRE[1][1:])
    stray = ("Norway: Port Ilsen mayor charged over harbour land sale",
             [STRAY[1][0].replace("Port Ilsen,", "Port Ilsen in Norway,")] + STRAY[1][1:])
    _, ctx = support.compare_stories(wire, LEFT, RIGHT, stray)
    assert C.story_strays(ctx) == set()
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, stray)  # only the stray's headline names it
    assert C.story_strays(ctx) == {"a4"}


def test_the_warning_says_what_a_stray_shares():
    comp, _ = support.compare_stories(WIRE, LEFT, RIGHT, STRAY)
    w = comp.provenance.warning
    assert "little else" not in w  # its names and figures are shared
    assert "no quote and fewer than 3 sentences" in w


# Near miss (review13): the same event told by its places and toll, its headline and lede
# naming no person or organisation at all. It shares no quote and no sentence, but
# naming no actor says nothing of another event: before the fix it was warned "may be
# about another event" though the figures and towns kept it in the story.
QUAKE_WIRE = ("Earthquake kills 41 in Dravna valley", [
    "A magnitude 6.2 earthquake struck the Dravna valley early on Sunday, killing at least 41 "
    "people and injuring more than 300.",
    "The Dravna Civil Protection Agency said 1,200 homes had collapsed in the towns of Kelm "
    "and Ostrava Nova.",
    '"We are still pulling people from the rubble, and the toll will rise," agency chief '
    "Tomas Reval told reporters.",
    "Rescue teams from three neighbouring regions arrived by helicopter.",
    "The quake was felt 200 kilometres away in the capital.",
])
QUAKE_LEFT = ("Dravna quake: at least 41 dead as rescuers dig through rubble", [
    "At least 41 people died when a magnitude 6.2 earthquake hit the Dravna valley on Sunday.",
    "Tomas Reval, head of the Dravna Civil Protection Agency, said: \"We are still pulling "
    'people from the rubble, and the toll will rise."',
    "More than 300 people were injured, and 1,200 homes collapsed.",
    "Schools across the region will stay closed this week.",
    "Aftershocks continued through the afternoon.",
])
QUAKE_RIGHT = ("Rescuers race to reach trapped survivors after Dravna quake", [
    "Rescuers worked through the night in the Dravna valley after a magnitude 6.2 earthquake "
    "killed at least 41 people.",
    '"We are still pulling people from the rubble, and the toll will rise," said Tomas Reval '
    "of the Dravna Civil Protection Agency.",
    "The towns of Kelm and Ostrava Nova were worst hit, with 1,200 homes destroyed.",
    "Field hospitals were set up in school gyms.",
    "The government declared three days of mourning.",
])
QUAKE_OWN = ("A night of terror in the Dravna valley", [
    "In Kelm, the church bell tower fell into the square just after 4 a.m. on Sunday.",
    "By evening the count of the dead in the valley had reached 41, with more than 300 hurt.",
    "Families slept in cars and on football pitches, afraid to go back indoors.",
    "Bakers in Ostrava Nova handed out bread to anyone who asked.",
    "Many of the stone houses in the old quarter were built before building codes existed.",
    "Volunteers from Kelm's football club carried water to the camps.",
])


def test_near_miss_a_lede_that_names_no_actor_is_no_stray():
    comp, ctx = support.compare_stories(QUAKE_WIRE, QUAKE_LEFT, QUAKE_RIGHT, QUAKE_OWN)
    assert not C._lead_actors(ctx)["a4"]  # places and a toll only
    assert not any(C._quote_tie(ctx, "a4", b) for b in ("a1", "a2", "a3"))
    assert C.story_ties(ctx)["a4"] is not None  # its figures and towns keep it
    assert C.story_strays(ctx) == set()
    assert comp.provenance.warning is None


# Near miss (review13): a feature on the quake that opens on one survivor. Its headline
# and lede name a person no other article names, it shares no quote and no sentence, but
# its lede tells what happened in the words the others' ledes share ("the earthquake
# struck", "homes collapsed"): it stays in the story.
QUAKE_KOVEL = ("The four seconds that took Marta Kovel's home", [
    "Marta Kovel, 67, was asleep in Kelm when the earthquake struck just after 4 a.m. on Sunday, "
    "and the wall of her bedroom collapsed onto the empty half of the bed.",
    "Her husband was working a night shift at the bakery in Ostrava Nova.",
    "She lay under the rubble for six hours before her neighbours dug her out by hand.",
    "Now she sleeps in a tent on the football pitch with her two grandchildren.",
    "By nightfall the valley counted 41 dead and 300 hurt.",
    "The house her grandfather built in 1931 is a heap of stone.",
])
# The contrast: a piece on another event of the valley that opens on one person too (a
# farmer's prize at a fair, weeks before), its lede meeting the others' in no event word.
QUAKE_FAIR = ("Marta Kovel's cheese takes the Dravna fair prize", [
    "Marta Kovel, 58, a goat farmer from Kelm, won first prize for her smoked cheese at the "
    "Dravna valley fair on Saturday, the organisers announced.",
    "Her farm keeps 40 goats on the slopes above Ostrava Nova.",
    "The judges praised the cheese's long ripening in a stone cellar.",
    "She plans to sell it at markets in the capital this summer.",
    "The fair drew 12,000 visitors over three days.",
])


@pytest.mark.parametrize("feature, stray", [(QUAKE_KOVEL, False), (QUAKE_FAIR, True)])
def test_a_lede_on_one_person_that_tells_their_event_is_no_stray(feature, stray):
    comp, ctx = support.compare_stories(QUAKE_WIRE, QUAKE_LEFT, QUAKE_RIGHT, feature)
    assert C._lead_actors(ctx)["a4"]  # it leads with a person of its own
    assert not any(C._quote_tie(ctx, "a4", b) for b in ("a1", "a2", "a3"))
    assert (C.story_strays(ctx) == {"a4"}) is stray
    assert C._tells_their_event(ctx, "a4", ["a1", "a2", "a3"]) is not stray
    assert (comp.provenance.warning is None) is not stray


# Another event of the story's own actor (session 13, story2): three reports of an
# explosion at the Olvek pit of Tarsk Mining, all leading with the company. The piece on
# Tarsk's annual results leads with the company too, so its actor alone keeps it; what
# happened differs: it writes none of the event words the others' ledes share ("killed",
# "trapped"). Near misses: the funerals held two days later (a follow-up of the same
# event: "killed" in its lede) and a survivor's story without the company stay; an
# earlier strike at the same pit, another event of the same actor, is named.
MINE_WIRE = ("Explosion at Tarsk Mining's Olvek pit kills 12", [
    "A gas explosion at the Olvek coal pit run by Tarsk Mining killed 12 miners and left 20 "
    "trapped underground early on Wednesday, the regional rescue service said.",
    '"We have reached one group of men and are pumping air to the others," rescue chief '
    "Dana Verholt told reporters at the pit head.",
    "The blast happened 500 metres below the surface during a shift change.",
    "Tarsk Mining said it had halted work at its other two pits in the region.",
    "Relatives gathered at the gates through the morning.",
])
MINE_LEFT = ("Twelve killed at Olvek as Tarsk Mining faces questions on safety", [
    "Twelve miners were killed and 20 trapped when gas exploded at Tarsk Mining's Olvek pit "
    "on Wednesday, a disaster the union says it warned the company about for months.",
    'Rescue chief Dana Verholt said: "We have reached one group of men and are pumping air '
    'to the others."',
    "Union steward Pavel Oresk said gas alarms had sounded three times last week.",
    "Tarsk Mining did not answer questions about its safety budget.",
    "The pit employs 1,400 people.",
])
MINE_RIGHT = ("Rescuers race to free trapped Olvek miners", [
    "Rescue teams worked through Wednesday to free 20 miners trapped at the Olvek pit of "
    "Tarsk Mining after an explosion killed 12 of their colleagues.",
    '"We have reached one group of men and are pumping air to the others," said Dana '
    "Verholt, who leads the regional rescue service.",
    "Tarsk Mining's chief executive flew to Olvek from the capital.",
    "The government promised an inquiry into the cause of the blast.",
    "Ambulances waited in a line along the pit road.",
])
MINE_RESULTS = ("Tarsk Mining posts record profit and raises dividend", [
    "Tarsk Mining reported a record annual profit of 640 million crowns on Thursday and "
    "raised its dividend by a third, helped by high coal prices.",
    "Revenue grew to 3.1 billion crowns, the company said.",
    "Tarsk Mining plans to invest 200 million crowns in its Olvek and Brena pits next year.",
    "Its shares have doubled since January.",
    "Analysts expect coal demand to stay strong through the winter.",
])
MINE_FUNERALS = ("Funerals held for Olvek miners as Tarsk Mining pledges support", [
    "Hundreds of mourners filled the streets of Olvek on Friday for the funerals of the 12 "
    "miners killed in Wednesday's explosion at the Tarsk Mining pit.",
    "Tarsk Mining said it would pay for the funerals and support the families.",
    "Black flags hung from the windows of the miners' estate.",
    "A priest read the names of the dead outside the town church.",
    "The last of the trapped men were brought to the surface on Thursday night.",
])
MINE_STRIKE = ("Tarsk Mining's Olvek miners walk out over pay", [
    "Miners at Tarsk Mining's Olvek pit walked out on Monday after talks on a new pay deal "
    "collapsed, the union said.",
    "The union wants a 9 percent rise for 1,400 workers, and Tarsk Mining has offered 3 percent.",
    "Coal deliveries to the Brena power station were halted.",
    "The company said it regretted the strike and remained open to talks.",
    "The last strike at the pit, in 2019, lasted six weeks.",
])

# Near miss: a follow-up with a title-case headline that writes what happened only at the
# start of a sentence ("Killed in ..."): capitalised words count as written.
MINE_APOLOGY = ("Tarsk Mining Chief Apologises To Olvek Families", [
    "The chief executive of Tarsk Mining apologised on Thursday to the families of the Olvek "
    "miners and promised a full account of what went wrong at the pit.",
    "He spoke for four minutes at the company's offices and took no questions.",
    "Killed in the blast were men from three villages around the pit.",
    "The company has set up a fund for the families.",
    "Inspectors from the mining authority arrived at the pit on Thursday afternoon.",
])


@pytest.mark.parametrize("fourth, another", [
    (MINE_RESULTS, True),  # the same company's results: none of the others' event words
    (MINE_STRIKE, True),  # an earlier event of the same actor: another event
    (MINE_FUNERALS, False),  # near miss: a follow-up of the same event ("killed")
    (MINE_APOLOGY, False),  # near miss: "Killed in the blast were ..."
])
def test_another_event_of_the_storys_own_actor(fourth, another):
    comp, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, fourth)
    names = C._story_names(ctx)
    assert C._lead_actors(ctx)["a4"] & (names["a1"] | names["a2"] | names["a3"])  # Tarsk Mining
    assert C._tells_another_event(ctx, "a4", ["a1", "a2", "a3"]) is another
    assert ("a4" in C.off_story(ctx)) is another
    w = comp.provenance.warning or ""
    assert ("a4 (Outlet D" in w) is another and "a1 (" not in w


def test_the_warning_says_a_stray_of_the_same_actor_tells_another_event():
    comp, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_STRIKE)
    assert C.story_event_strays(ctx) == {"a4"}  # its names keep it; its event does not
    w = comp.provenance.warning
    assert "none of the words the others' headlines and ledes tell what happened with" in w
    assert "name none of the people" not in w  # it leads with Tarsk Mining
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, STRAY)
    assert C.story_strays(ctx) == {"a4"} and C.story_event_strays(ctx) == set()


def test_near_miss_one_shared_event_word_is_too_little():
    # the others' ledes share only "killed": too little to know the event by
    # (MIN_EVENT_WORDS); the results piece stays
    def found(story):  # the shared quote without its "reached"
        return story[0], [p.replace("have reached", "have found") for p in story[1]]

    wire = found((MINE_WIRE[0], [MINE_WIRE[1][0].replace(" and left 20 trapped underground", "")]
                  + MINE_WIRE[1][1:]))
    right = found(("Rescuers search Olvek pit after blast", [
        "Rescue teams searched the Olvek pit of Tarsk Mining on Wednesday after an explosion "
        "killed 12 miners."] + MINE_RIGHT[1][1:]))
    _, ctx = support.compare_stories(wire, found(MINE_LEFT), right, MINE_STRIKE)
    assert C._their_event(ctx, "a4", ["a1", "a2", "a3"]) == {"kill"}
    assert not C._tells_another_event(ctx, "a4", ["a1", "a2", "a3"])
    assert C.story_strays(ctx) == set()


# Session 14: a piece on another event of the story's own actor may recall the story's
# event in its body ("the explosion that killed 12"), so the rule above (none of the
# event words anywhere) keeps it. What it tells first is its own, on a day of its own:
# its headline and first sentence hold none of the others' event words, its lede names a
# day (Monday) that none of the others' ledes name (they share Wednesday), and its text
# never names theirs (_told_another_day). Near misses: follow-ups a day later name the
# event's day somewhere, or tell the event in their first sentence; a piece that names no
# day, or only a date where the others name a weekday, says nothing of when.
MINE_FINE = ("Regulator fines Tarsk Mining over coal dust at Brena pit", [
    "The mining authority fined Tarsk Mining 4 million crowns on Monday for letting coal "
    "dust build up in the tunnels of its Brena pit.",
    "Inspectors found dust at twice the permitted level in three tunnels, the authority said.",
    "Tarsk Mining said it would appeal and that it had cleaned the tunnels since the visit.",
    "The fine is separate from the inquiry into the explosion that killed miners at Olvek.",
    "Brena employs about 900 people.",
])
MINE_SUSPENDS = ("Tarsk Mining suspends Olvek pit manager", [
    "Tarsk Mining suspended the manager of its Olvek pit on Thursday pending an inquiry.",
    "The company gave no name and said the suspension was not an admission of fault.",
    "Twelve miners were killed in the explosion at the pit on Wednesday.",
    "Union officials welcomed the decision but said it came too late.",
    "The pit remains closed.",
])
MINE_NAMES = ("Tarsk Mining names Olvek dead", [
    "Tarsk Mining on Thursday named the 12 miners killed in the gas explosion at its Olvek pit.",
    "The youngest was 19, the oldest 58.",
    "The company said it would pay for the funerals.",
    "Flags flew at half mast at its offices in the capital.",
    "Relatives were told in person before the names were released.",
])
MINE_RECORD = ("Tarsk Mining's safety record under scrutiny", [
    "Tarsk Mining has been warned about gas at its pits for years, union officials say.",
    "Inspection reports since 2019 list 14 gas alarms at Olvek alone.",
    "The company says it spends 40 million crowns a year on safety, more than any other coal firm.",
    "The explosion that killed 12 miners was the worst at one of its pits in a decade.",
    "The union wants a national audit of every pit.",
])
# Near miss: the company's pledge to the families the next day, with a figure of its own
# and no word of Wednesday, retells the explosion with its toll (_retells_their_event).
MINE_PLEDGE = ("Tarsk Mining pledges 5 million crowns to Olvek families", [
    "Tarsk Mining pledged 5 million crowns on Thursday to the families of the Olvek miners.",
    "Each family will receive a monthly payment for ten years, the company said.",
    "The 12 miners were killed when gas exploded deep underground.",
    "Union leaders said the money could not replace an independent inquiry.",
    "The pit remains closed.",
])
MINE_FINE_DATED = (MINE_FINE[0], [MINE_FINE[1][0].replace("on Monday", "on 16 February")]
                   + MINE_FINE[1][1:])


@pytest.mark.parametrize("fourth, another", [
    (MINE_FINE, True),  # its body recalls the explosion; its headline, lede and day are its own
    (MINE_SUSPENDS, False),  # near miss: a follow-up a day later that names the event's day
    (MINE_NAMES, False),  # near miss: a follow-up whose first sentence tells the event
    (MINE_RECORD, False),  # near miss: a piece that names no day
    (MINE_FINE_DATED, False),  # near miss: a date beside the others' weekday: no telling when
    (MINE_PLEDGE, False),  # near miss: a follow-up with a figure of its own retells the toll
])
def test_another_event_of_the_storys_actor_on_a_day_of_its_own(fourth, another):
    comp, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, fourth)
    others = ["a1", "a2", "a3"]
    assert C._leads_with_theirs(ctx, "a4", others)  # Tarsk Mining
    leads, bodies, _ = ctx.per_story("story_event_words", C._event_words)
    assert bodies["a4"] & C._their_event(ctx, "a4", others) or fourth is MINE_NAMES
    assert C._tells_another_event(ctx, "a4", others) is another
    assert ("a4" in C.off_story(ctx)) is another
    w = comp.provenance.warning or ""
    assert ("a4 (Outlet D" in w) is another and "a1 (" not in w


def test_the_others_days_are_those_two_ledes_share():
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_FINE)
    leads, anywhere = C._days(ctx)
    assert leads["a1"] == leads["a2"] == {("weekday", 2)}  # Wednesday
    assert leads["a4"] == {("weekday", 0)} and ("weekday", 2) not in anywhere["a4"]
    assert C._told_another_day(ctx, "a4", ["a1", "a2", "a3"])
    assert not C._told_another_day(ctx, "a1", ["a2", "a3", "a4"])  # one of its own kind


# The same fine, with a background line that two reports of the explosion also carry: one
# line three articles recall is one close group, not two (_close_groups).
HALTED = "Tarsk Mining said it had halted work at its other two pits in the region."


def test_one_background_line_three_articles_share_is_one_group():
    right = (MINE_RIGHT[0], MINE_RIGHT[1][:3] + [HALTED] + MINE_RIGHT[1][3:])
    fine = (MINE_FINE[0], MINE_FINE[1][:3] + [HALTED] + MINE_FINE[1][3:])
    comp, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, right, fine)
    close = C._close_pairs(ctx)
    assert frozenset(("a4", "a1")) in close and frozenset(("a4", "a3")) in close
    assert C._close_groups(ctx)["a4"] == 1
    assert "a4" in C.off_story(ctx)


def test_near_miss_a_follow_up_on_a_day_of_its_own_brings_no_figure_of_its_own():
    # the chief executive's apology the next day (Thursday) names neither Wednesday nor, in
    # its first sentence, an event word; what it lacks is a figure of its own
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_APOLOGY)
    assert C._told_another_day(ctx, "a4", ["a1", "a2", "a3"])
    assert not C._figures_of_its_own(ctx, "a4")
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_FINE)
    assert C._figures_of_its_own(ctx, "a4")  # 4 million crowns, which no other gives


@pytest.mark.parametrize("dates, another", [
    # the fine published three weeks before the reports of the explosion
    (["2026-03-11", "2026-03-11", "2026-03-12", "2026-02-16"], True),
    (["2026-03-11", "2026-03-11", "2026-03-12", "2026-03-13"], False),  # near miss: within the window
    (["2026-03-11", None, None, "2026-02-16"], None),  # near miss: one other dated is no baseline
])
def test_a_publication_date_apart_from_every_other_is_another_day(dates, another):
    # the fine with its day written as a date, which no weekday of the others' ledes can be
    # compared with: its publication date decides
    fine = MINE_FINE_DATED
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, fine, published=dates)
    others = ["a1", "a2", "a3"]
    if another is None:
        assert not C._told_another_day(ctx, "a4", others)
        return
    assert C._told_another_day(ctx, "a4", others) is another
    if another:
        assert C._tells_another_event(ctx, "a4", others)


def test_a_follow_up_that_retells_the_toll_is_no_other_event():
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_PLEDGE)
    others = ["a1", "a2", "a3"]
    core = C._their_event(ctx, "a4", others)
    # everything else says another event: its own day, its own figure, no event word first
    assert C._told_another_day(ctx, "a4", others) and C._figures_of_its_own(ctx, "a4")
    assert C._retells_their_event(ctx, "a4", others, core)  # "The 12 miners were killed"
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_FINE)
    assert not C._retells_their_event(ctx, "a4", others, C._their_event(ctx, "a4", others))


# Near miss for the rule above (none of the event words anywhere): a follow-up that recalls
# the event by its noun only ("after the explosion"), where the others' ledes write
# "explosion" and the comparison "exploded" (_their_event_nouns). Named before session 14.
MINE_HALTS = ("Tarsk Mining halts work at all its pits", [
    "Tarsk Mining halted work at all its pits for safety checks after the explosion at Olvek.",
    "Inspectors will test the gas alarms in every tunnel, the company said.",
    "Miners at the Brena pit were sent home on full pay.",
    "The union said the checks were overdue.",
    "The company did not say when work would resume.",
])


def test_near_miss_a_follow_up_that_names_the_event_by_its_noun():
    _, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_HALTS)
    others = ["a1", "a2", "a3"]
    assert "explosion" in C._their_event_nouns(ctx, others)
    assert not C._tells_another_event(ctx, "a4", others)
    assert "a4" not in C.off_story(ctx)


# Follow-ups the next day that recall the event by its interval from their own day, not by
# its weekday ("the explosion a day earlier", "yesterday's explosion"), with a figure of
# their own and a toll the others do not give (or give in other words): named another
# event by the day rule until the interval was read (_day_intervals): a day from Thursday
# is Wednesday, the others' day. Near miss: the fine on Monday whose appeal is heard "the
# following day" (Tuesday) still tells a day of its own.
MINE_TOLL = ("Olvek death toll rises to 14 as Tarsk Mining shares slide", [
    "Rescuers recovered two more bodies from Tarsk Mining's Olvek pit on Thursday, raising "
    "the death toll to 14, as the company's shares fell 18 percent in the capital.",
    "The two men had been missing since the explosion a day earlier, the regional rescue "
    "service said.",
    "All the other miners who had been underground were brought to the surface overnight.",
    "Tarsk Mining said it would cooperate fully with the government inquiry.",
    "The pit remains closed.",
])
MINE_SET_ASIDE = ("Tarsk Mining suspends Olvek pit manager and sets aside 30 million crowns", [
    "Tarsk Mining suspended the manager of its Olvek pit on Thursday and set aside 30 million "
    "crowns for the families.",
    "The company gave no name and said the suspension was not an admission of fault.",
    "Twelve miners were killed in yesterday's explosion at the pit.",
    "Union officials welcomed the decision but said it came too late.",
    "The pit remains closed.",
])
MINE_FINE_APPEAL = (MINE_FINE[0], MINE_FINE[1][:2] + [
    "Tarsk Mining said it would appeal the following day and that it had cleaned the tunnels."]
    + MINE_FINE[1][3:])


@pytest.mark.parametrize("fourth, another", [
    (MINE_TOLL, False),  # "the explosion a day earlier", on Thursday: Wednesday
    (MINE_SET_ASIDE, False),  # "yesterday's explosion", on Thursday: Wednesday
    (MINE_FINE_APPEAL, True),  # near miss: "the following day" from Monday is no Wednesday
])
def test_a_follow_up_that_recalls_the_event_a_day_earlier_names_its_day(fourth, another):
    comp, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, fourth)
    others = ["a1", "a2", "a3"]
    assert C._leads_with_theirs(ctx, "a4", others) and C._figures_of_its_own(ctx, "a4")
    assert ("a4" in C.off_story(ctx)) is another
    assert C._told_another_day(ctx, "a4", others) is another
    assert C._day_intervals(ctx, "a4") == {1}
    assert ("a4 (Outlet D" in (comp.provenance.warning or "")) is another


# The pit manager's suspension the next day with 30 million crowns set aside, which names
# no day of the explosion, retells it with its toll spelled as a word ("Twelve miners were
# killed"): the fact reader counts no capitalised number word at a sentence's start, so
# the toll was not read and the follow-up was named another event (_retells_their_event
# reads spelled numbers, in the others' ledes and in its sentences). Near miss: the Brena
# fine's "three tunnels" is a number word beside none of the event's words.
MINE_SPELLED = (MINE_SET_ASIDE[0], [MINE_SET_ASIDE[1][0], MINE_SET_ASIDE[1][1],
                                    "Twelve miners were killed in the explosion at the pit."]
                + MINE_SET_ASIDE[1][3:])


@pytest.mark.parametrize("fourth, retells", [(MINE_SPELLED, True), (MINE_FINE, False)])
def test_a_toll_spelled_as_a_word_is_their_figure(fourth, retells):
    comp, ctx = support.compare_stories(MINE_WIRE, MINE_LEFT, MINE_RIGHT, fourth)
    others = ["a1", "a2", "a3"]
    assert ("a4" in C.off_story(ctx)) is not retells
    assert C._told_another_day(ctx, "a4", others) and C._figures_of_its_own(ctx, "a4")
    assert C._retells_their_event(ctx, "a4", others, C._their_event(ctx, "a4", others)) is retells


# A follow-up on Monday that recalls the crush "at the weekend" names the others' day
# (Saturday): _days reads "the weekend" as Saturday and Sunday in the text it searches for
# theirs. The chairman's resignation, with a figure of its own (28,000 tickets refunded)
# and no event word in its first sentence, was named another event. Near miss: the Brena
# fine on Monday whose pit "will reopen at the weekend" beside an explosion on Wednesday
# still tells a day of its own.
CRUSH_WIRE = ("Crush at Kestrel FC stadium kills four fans", [
    "Four fans were killed and 60 injured in a crush at an exit of Kestrel FC's Varn Park "
    "stadium on Saturday after the club's derby against Orsa City, police said.",
    '"The gate was opened too late and people at the back kept pushing," fire chief Lina '
    "Moravec told reporters.",
    "The stadium holds 31,000 people.",
    "Kestrel FC said it was working with police.",
])
CRUSH_LEFT = ("Four dead in Varn Park crush as fans blame Kestrel FC", [
    "Four supporters died and 60 were injured when fans were crushed at a narrow exit of Varn "
    "Park after Kestrel FC's derby on Saturday.",
    'Fire chief Lina Moravec said: "The gate was opened too late and people at the back kept '
    'pushing."',
    "Supporters' groups had warned the club about the exit for two seasons.",
    "Kestrel FC did not answer questions.",
])
CRUSH_RIGHT = ("Police investigate deadly crush at Varn Park", [
    "Police opened an investigation into a crush that killed four fans and injured 60 at "
    "Kestrel FC's Varn Park on Saturday.",
    '"The gate was opened too late and people at the back kept pushing," said Lina Moravec, '
    "the city fire chief.",
    "Ambulances took the injured to two hospitals in the city.",
    "The league postponed Kestrel FC's next home match.",
])
CRUSH_RESIGNS = ("Kestrel FC chairman resigns and refunds derby tickets", [
    "Kestrel FC chairman Tomas Berend resigned on Monday and the club said it would refund "
    "all 28,000 tickets for the derby.",
    "Berend had led the club for eleven years.",
    "His deputy will run the club until a vote in the summer.",
    "The league said the stadium would stay closed for a month.",
    "Fans died in the crush at the weekend.",
])
MINE_FINE_WEEKEND = (MINE_FINE[0], MINE_FINE[1] + ["The pit will reopen at the weekend."])


@pytest.mark.parametrize("story, another", [
    ((CRUSH_WIRE, CRUSH_LEFT, CRUSH_RIGHT, CRUSH_RESIGNS), False),
    ((MINE_WIRE, MINE_LEFT, MINE_RIGHT, MINE_FINE_WEEKEND), True),  # near miss
])
def test_the_weekend_names_saturday_and_sunday(story, another):
    comp, ctx = support.compare_stories(*story)
    others = ["a1", "a2", "a3"]
    assert C._leads_with_theirs(ctx, "a4", others) and C._figures_of_its_own(ctx, "a4")
    assert ("a4" in C.off_story(ctx)) is another
    assert C._told_another_day(ctx, "a4", others) is another
