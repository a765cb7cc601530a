"""The story warning and the towns one event reached (session 23 reader: a bushfire told
by two outlets, one on a farmer's death, one on a town's evacuation, shared the premier
and several towns but no figure, and was warned: every place below a country counted as
one name, the session-12 rule for a local beat). Several towns both articles name, within
``stories``' window, are the event's reach: they count as two names, so that a shared
person makes the third (findings/coverage._event_reach). Invented text (the Kallara
Valley, Tessel, Brockley, Dunmore, Wurran; Premier Nadia Fell)."""

from __future__ import annotations

import pytest
from support import compare_stories, story_warned

from storylens.findings import coverage as C

# one bushfire: a farmer's death
DEATH = ("Farmer dies as bushfire races through Kallara Valley", [
    "A cattle farmer was killed on Tuesday when a fast-moving bushfire tore through the Kallara Valley, the state's emergency service said.",
    "Owen Marsh had stayed behind to defend his farm near Tessel and was found by crews after the front passed.",
    "Flames jumped a highway near Brockley in the afternoon and destroyed at least a dozen houses, and spot fires were reported outside Dunmore.",
    "Premier Nadia Fell called his death a tragedy and said the state faced its worst season in a decade.",
    "Marsh's neighbours in Tessel said he had farmed the same land for forty years.",
    "Investigators believe lightning started the blaze in remote forest last week.",
    "Hot northerly winds and temperatures above forty degrees are forecast again for the weekend.",
    "The opposition leader said the government had cut hazard-reduction burning budgets.",
    "Three firefighters were treated in hospital for burns and exhaustion.",
    "Farm groups estimated that thousands of sheep and cattle had been lost across the district.",
    "Fell is expected to visit Dunmore and Brockley on Thursday."])
# the same bushfire: a town's evacuation, in other words and with no figure in common
EVACUATION = ("Families shelter at Dunmore showground as smoke blots out the sun", [
    "Families from across the Kallara Valley crowded into the showground at Dunmore overnight, wrapped in wet towels, as the glow on the hills crept closer.",
    "Shops in Tessel and Brockley were shut and power lines were down along the main road.",
    "Premier Nadia Fell said help was on its way and that navy ships could carry people out by sea.",
    "A mother from Brockley said her children had never seen the sky turn black at noon.",
    "Petrol stations ran dry by mid-morning and queues stretched around the block.",
    "The local pub opened its kitchen to feed anyone who turned up, free of charge.",
    "Teenagers filmed the red horizon on their phones and posted the clips online.",
    "A retired nurse set up a first-aid table under a tarpaulin.",
    "Dogs, cats and even a pet cockatoo waited with their owners by the fences.",
    "Fell paid tribute to the volunteers who had stayed in Tessel to the end."])
# near miss: another event in the same valley, the same week: the valley and the premier
HOSPITAL = ("Premier pledges new hospital wing for Kallara Valley", [
    "Premier Nadia Fell promised a new maternity wing for the hospital that serves the Kallara Valley on Monday.",
    "Mothers in the valley now drive two hours to give birth, health workers say.",
    "The wing would open in three years if the budget passes in June.",
    "Midwives welcomed the plan but said staff shortages would remain.",
    "Fell said the government would also fund scholarships for rural nurses.",
    "The opposition called the pledge an election stunt.",
    "Building is due to start next spring on land next to the existing car park.",
    "A community group that campaigned for the wing for a decade held a small celebration."])
# near miss: another event of the valley naming two of the same towns and the premier
ROADS = ("Premier opens Kallara Valley bypass", [
    "Premier Nadia Fell opened a new bypass around Tessel on Monday, ending years of lorries rumbling through the main street.",
    "The road links Tessel with Brockley and cuts twenty minutes from the drive.",
    "Shopkeepers in Tessel said the quiet would bring more visitors to the cafes.",
    "Farmers near Brockley said the new route split some of their paddocks.",
    "Fell said a second stage towards the coast would be built once funding was found.",
    "Cyclists asked for a separate lane, which engineers said was too costly.",
    "A brass band played as the ribbon was cut at the Kallara Valley lookout.",
    "Traffic was light on the first afternoon.",
    "Engineers poured more concrete than planned after the wet spring softened the ground.",
    "Council staff will plant gum saplings along the verges in autumn.",
    "Residents voted on a name for the new roundabout at a meeting in the school gym."])
# near miss: the same three towns and the premier, two months later: the region's next news
FESTIVAL = ("Kallara Valley food trail draws crowds back after the fires", [
    "Visitors returned to the Kallara Valley on Saturday for a food trail through Tessel, Brockley and Dunmore, two months after the fires.",
    "Premier Nadia Fell tasted cheese and cider at a stall in Brockley and urged city people to holiday in the region.",
    "Growers in Tessel said bookings were still below last year's.",
    "A bakery in Dunmore sold out of pies before lunch.",
    "Fell said the government would pay for a tourism campaign this winter.",
    "Musicians played on a trailer outside the Tessel pub.",
    "Buses ran every hour between the towns.",
    "Organisers said they hoped to make the trail a yearly event."])

# the same fire again: its toll, the same towns, the farmer by name
TOLL = ("Fire toll rises to four as crews fight on", [
    "The number of people killed in the fires has risen to four after two bodies were found in a burnt-out car near Brockley.",
    "Police named the first victim as Owen Marsh, whose farm outside Tessel was destroyed.",
    "A fourth victim, an elderly woman, died in hospital in Dunmore from her burns.",
    "Police said identifying the two people in the car could take days.",
    "Coroners have asked relatives of anyone missing to come forward.",
    "Marsh's family said in a statement that he loved the land and would not leave it.",
    "Crews from interstate arrived overnight to relieve exhausted volunteers.",
    "More than two hundred houses have been lost since the start of the month.",
    "Brockley's primary school will stay closed until further notice."])
# near miss: a local beat: one town of the fire, its lake and main street, the premier
MARKET = ("Dunmore market returns to Main Street", [
    "The Saturday market came back to Main Street in Dunmore this week after a winter break, with more than forty stalls.",
    "Stallholders sold honey, wool and cut flowers, and a choir sang by Lake Orra.",
    "Premier Nadia Fell, on a weekend visit, bought a jar of honey and chatted with growers.",
    "Dunmore's traders said the market doubled their takings on the day.",
    "Parking on the side streets was free, and a shuttle bus ran from the station.",
    "Children queued for face painting outside the old post office.",
    "Fell said small markets kept country towns alive.",
    "The next market will have a dog show on the lawn beside the lake."])

_DAY = "2026-01-07T09:00:00+00:00"
_NEXT_DAY = "2026-01-08T09:00:00+00:00"
_LATER = "2026-03-14T09:00:00+00:00"


@pytest.mark.parametrize("other, published, warned", [
    (EVACUATION, _NEXT_DAY, False),  # the same fire: three towns and the premier
    (EVACUATION, None, False),  # undated: stories' window cannot part them
    (HOSPITAL, _NEXT_DAY, True),  # another event: the valley and the premier only
    (ROADS, _NEXT_DAY, True),  # another event: two of the towns, the valley, the premier
    (FESTIVAL, _LATER, True),  # the same towns and premier, two months on
    (MARKET, _NEXT_DAY, True),  # a local beat: one town, its lake and street, the premier
])
def test_towns_one_event_reached(other, published, warned):
    comp, _ = compare_stories(DEATH, other, published=[_DAY if published else None, published])
    assert story_warned(comp) is warned


def test_three_articles_on_the_fire_are_one_story():
    comp, _ = compare_stories(DEATH, EVACUATION, TOLL, published=[_DAY, _NEXT_DAY, _NEXT_DAY])
    assert not story_warned(comp)


def test_three_articles_with_the_market_name_the_market():
    comp, _ = compare_stories(DEATH, TOLL, MARKET, published=[_DAY, _NEXT_DAY, _NEXT_DAY])
    assert story_warned(comp) and comp.provenance.warning.endswith("a3 (Outlet C, 0 shared)")
    comp, _ = compare_stories(DEATH, EVACUATION, TOLL, MARKET, published=[_DAY] + [_NEXT_DAY] * 3)
    assert story_warned(comp) and comp.provenance.warning.endswith("a4 (Outlet D, 0 shared)")


def test_the_reach_is_what_keeps_the_fire(monkeypatch):
    """Without the reach the towns count as one name (session 12), and the fire warns."""
    monkeypatch.setattr(C, "_event_reach", lambda *a: False)
    assert story_warned(compare_stories(DEATH, EVACUATION, published=[_DAY, _NEXT_DAY])[0])
    assert story_warned(compare_stories(DEATH, EVACUATION, TOLL, published=[_DAY, _NEXT_DAY, _NEXT_DAY])[0])


def test_settlements_leave_out_a_town_s_parts():
    _, ctx = compare_stories(DEATH, EVACUATION)
    clusters = C.name_clusters(ctx)[0]
    towns = {clusters[i][0][1].text for i in C._settlements(ctx)}
    assert {"Tessel", "Brockley", "Dunmore"} <= towns
    assert "Kallara Valley" not in towns


# an odd angle on the fire: its insurance claims, with three background lines of the death
# piece; before the reach, the evacuation piece (the main event) was the one named
INSURANCE = ("Insurers brace for claims as valley fire rages", [
    "Insurers said on Wednesday they expected a wave of claims from the Kallara Valley once roads reopen.",
    "Investigators believe lightning started the blaze in remote forest last week.",
    "Hot northerly winds and temperatures above forty degrees are forecast again for the weekend.",
    "The opposition leader said the government had cut hazard-reduction burning budgets.",
    "Brokers said premiums in fire-prone districts had doubled in five years.",
    "A council in the north of the state said it would ask for a national disaster fund.",
    "Some farmers said they could no longer afford cover at all."])


def test_an_odd_angle_does_not_leave_the_main_event_named():
    comp, _ = compare_stories(DEATH, EVACUATION, INSURANCE, published=[_DAY, _NEXT_DAY, _NEXT_DAY])
    assert not story_warned(comp)
