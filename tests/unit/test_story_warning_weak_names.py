"""Countries and nationalities are no evidence of one story by themselves (s8 held-out
read, item 8: two unrelated 2016 election pieces, Assange's internet cut and campus Trump
backers, were kept "one story" by three shared names, {U.S./America, Clinton, Trump}, at a
whole-text similarity of 0.21; PolNeAR valid: EU defence plans / the IMF's forecast,
Russian hacking / Trump's East European weakness). A country is where a story happens, and
a beat's country is where all of its stories happen. Invented stories (the candidates Mara
Velko and Tomas Brandt; a ferry at the fictional Puerto Lenca):

- a country both articles name in the body, beside the beat's two candidates, no longer
  makes the three names (the false case); nor does a nationality word both ledes use;
- near misses that stay one story: a country both ledes name, and a country both headlines
  name (then every country they share counts), "Chilean" naming Chile.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C
from storylens.findings.common import FindingContext


def _compare(a: list[str], b: list[str], titles=(None, None)):
    return support.compare_paragraphs(a, b, titles=titles)


def _context(comp) -> FindingContext:
    return FindingContext.build(comp.documents, comp.alignments, comp.provenance)


def _count(comp) -> tuple[int, int, float]:
    """(names shared, those that count as evidence, whole-text similarity) of a1 and a2."""
    ctx = _context(comp)
    names = C._story_names(ctx)
    both = names.get("a1", frozenset()) & names.get("a2", frozenset())
    return len(both), C._story_name_count(ctx, "a1", "a2", both), C._whole_content(ctx, "a1")["a2"]


_warned = support.story_warned


# Two stories of one leadership race: a fundraising dinner, a college's mock ballot. Both
# name the two candidates and the country twice.
DINNER = [
    'Mara Velko raised a record sum at a fundraising dinner in Halifax on Thursday, her campaign said.',
    'Donors paid up to a thousand dollars a plate to hear Velko speak about housing and rents.',
    'Tomas Brandt, her rival for the party leadership, mocked the dinner as a night for the rich.',
    'Velko told the guests that Canada needed new homes more than new slogans.',
    "Brandt's campaign has relied on small online gifts, his aides said.",
    'Across Canada, both campaigns are spending heavily on radio advertising.',
]
MOCK_VOTE = [
    'Students at Lakeview College held a mock ballot on Tuesday that Tomas Brandt won narrowly.',
    'The college debate society ran it after a week of speeches by student volunteers.',
    'Supporters of Mara Velko said turnout was too low to mean much.',
    'Organisers said the exercise showed how closely young people in Canada follow politics.',
    'Brandt thanked the students in a short message posted online.',
    "Velko's team said she would visit the college soon, and that Canada's students deserved a hearing.",
]


def test_a_country_beside_the_beats_two_candidates_is_no_story(monkeypatch):
    comp = _compare(DINNER, MOCK_VOTE)
    shared, counted, whole = _count(comp)
    assert C.STORY_MIN_WHOLE <= whole < C.STORY_WHOLE_TIE  # in words alone neither way
    assert (shared, counted) == (3, 2)
    assert _warned(comp)
    # the country was what made the three
    monkeypatch.setattr(C, "_story_name_count", lambda ctx, a, b, both: len(both))
    assert not _warned(_compare(DINNER, MOCK_VOTE))


# Near miss of the false case: "Canadian" in both ledes (a nationality word), no country.
DINNER_LEDE = [
    'Mara Velko raised a record sum from Canadian donors at a fundraising dinner in Halifax on Thursday.',
    'Donors paid up to a thousand dollars a plate to hear Velko speak about housing and rents.',
    'Tomas Brandt, her rival for the party leadership, mocked the dinner as a night for the rich.',
    'Velko told the guests that the country needed new homes more than new slogans.',
    "Brandt's campaign has relied on small online gifts, his aides said.",
    'The hotel ballroom was decorated with paper lanterns and a jazz trio played until midnight.',
]
MOCK_LEDE = [
    'Canadian students at Lakeview College held a mock ballot on Tuesday that Tomas Brandt won narrowly.',
    'The college debate society ran it after a week of speeches by student volunteers.',
    'Supporters of Mara Velko said turnout was too low to mean much.',
    'Brandt thanked the students in a short message posted online.',
    "Velko's team said she would visit the college soon.",
    'The society plans a second ballot on transport policy in the spring term.',
]


def test_a_nationality_word_in_both_ledes_is_no_shared_name():
    comp = _compare(DINNER_LEDE, MOCK_LEDE)
    shared, counted, whole = _count(comp)
    assert whole < C.STORY_WHOLE_TIE and (shared, counted) == (3, 2)
    assert _warned(comp)


# One event abroad told by two outlets in their own words: a ferry aground in Chile.
FERRY_A = [
    'A passenger ferry ran aground near Puerto Lenca in Chile early on Sunday, and all 212 people on board were brought ashore.',
    'The coast guard said the vessel, operated by Naviera Austral, struck rocks in thick fog.',
    'Its captain radioed for help minutes after the hull was breached.',
    'Naviera Austral said the captain had followed the usual course.',
    "The transport ministry opened an inquiry into the route's safety record.",
]
FERRY_B = [
    'Fishermen from Puerto Lenca spent the night ferrying cold and frightened travellers to the harbour.',
    'Volunteers at the church handed out blankets and soup, and nurses checked the elderly, residents of the Chile port said.',
    'Many of them had crossed with Naviera Austral for years without trouble.',
    'Naviera Austral has suspended its service until an inspection is complete.',
    'Local officials praised the fishing crews and promised them a civic award.',
]


def test_a_country_both_ledes_name_keeps_one_story():
    comp = _compare(FERRY_A, FERRY_B)
    shared, counted, whole = _count(comp)
    assert C.STORY_MIN_WHOLE <= whole < C.STORY_WHOLE_TIE
    assert (shared, counted) == (3, 3)
    assert not _warned(comp)


# The second outlet names Chile only late in its body (twice): the country counts when both
# headlines name it ("Chilean" names Chile), and not otherwise.
FERRY_B_LATE = [
    'Fishermen from Puerto Lenca spent the night bringing cold and frightened travellers to the harbour.',
    'Volunteers at the church handed out blankets and soup, and nurses checked the elderly.',
    'Many of them had crossed with Naviera Austral for years without trouble.',
    'Naviera Austral has suspended its service until an inspection is complete.',
    'It is the third grounding on that coast of Chile this year.',
    'The navy of Chile promised the fishing crews a civic award.',
]


@pytest.mark.parametrize("titles, counted", [
    (("Chilean ferry runs aground", "Fishermen of Chile to the rescue"), 3),
    (("Ferry runs aground in Chile", "Fishermen of Chile to the rescue"), 3),
    (("Ferry runs aground", "Fishermen to the rescue"), 2),  # near miss: no headline names it
    (("Chilean ferry runs aground", "Fishermen to the rescue"), 2),  # near miss: one headline
])
def test_a_country_both_headlines_name_counts_wherever_the_body_has_it(titles, counted):
    assert _count(_compare(FERRY_A, FERRY_B_LATE, titles))[:2] == (3, counted)


@pytest.mark.parametrize("name, country", [
    ("U.S.", True), ("the United States", True), ("Britain", True), ("E.U.", True),
    ("Chile", True), ("Côte d’Ivoire", True),
    ("Charlotte", False), ("Puerto Lenca", False), ("Tehran", False),  # cities are specific
    ("Georgetown", False), ("United", False),
])
def test_country_names(name, country):
    assert C._country(name) is country


@pytest.mark.parametrize("name, headline, found", [
    ("Iraq", "Trump blames Iran after Iraqi militia storms US embassy", True),
    ("Iran", "Iranian envoy summoned", True),
    ("Chile", "Chilean ferry runs aground", True),
    ("Iran", "Tirana mayor resigns", False),  # another word
    ("Iran", "Iran summons Swiss envoy", False),  # the name itself: _names_in's, not a demonym
    ("Chile", "Chileans abroad vote", True),
])
def test_a_headline_names_a_place_by_its_people(name, headline, found):
    assert C._demonym_in(name, headline) is found
