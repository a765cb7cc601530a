"""Fixes from the blind-written dev stories (benchmarks/invented/dev, session 12), each with
near misses. All text invented here (fictional places, firms and people), not the stories'."""

from __future__ import annotations

import pytest
from support import compare_paragraphs, make_doc, story_warned

from storylens.options import Options

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

# fact conflicts are on by default again since session 14 (off in session 13): the fact
# cases ask for them by name
FACTS = Options(fact_conflicts=True)


def _conflicts(comp):
    return [f for f in comp.findings if f.type == "fact_conflict"]


# --- a fact conflict needs an outlet on each side that does not give the other value -------

_NOW = "Harlow Mills said on Tuesday it would shut its Brenn paper mill, cutting {n} jobs."
_THEN = "Harlow Mills closed its Ostby pulp plant in 2020 with the loss of {n} jobs."
_FILL = [
    "The company blamed the cost of wood and energy for the decision.",
    "Union leaders said they would meet managers on Thursday.",
    "The Brenn mill opened in 1961 and is the town's largest employer.",
]


def test_every_outlet_gives_both_figures_no_conflict():
    """Each article gives 1,200 (the mill now) and 450 (another plant, 2020): two facts."""
    arts = [[_NOW.format(n="1,200"), *_FILL, _THEN.format(n="450")],
            [_FILL[0], _NOW.format(n="1,200").replace("said on Tuesday", "announced on Tuesday"),
             _THEN.format(n="450").replace("closed", "shut"), _FILL[2]],
            ["Brenn will lose its paper mill, Harlow Mills said, with 1,200 jobs to go.", _FILL[1],
             "In 2020 the firm closed its Ostby pulp plant, with the loss of 450 jobs."]]
    assert _conflicts(compare_paragraphs(*arts, options=FACTS)) == []


def test_one_outlet_alone_on_a_figure_still_conflicts():
    """Near miss: the third outlet gives 1,500 for the mill and not 1,200: a conflict."""
    arts = [[_NOW.format(n="1,200"), *_FILL],
            [_FILL[0], _NOW.format(n="1,200").replace("said on Tuesday", "announced on Tuesday"), _FILL[2]],
            [_NOW.format(n="1,500"), _FILL[1]]]
    found = _conflicts(compare_paragraphs(*arts, options=FACTS))
    assert len(found) == 1 and "1,500" in found[0].summary


# --- a reporting verb in a relative clause is not the statement's attribution -----------

def _framing(comp):
    return [f for f in comp.findings if f.type == "framing"]


_WIRE = ["A court in Tarnby on Friday jailed former port director Ilse Maren for six years for fraud.",
         "Maren, 49, was found guilty of taking payments from two shipping firms.",
         'Speaking as guards led her away, she said: "I have never stolen from this port."']


def test_relative_clause_verb_is_no_framing():
    """'who denies the charges' describes her position; 'told reporters' attributes the quote."""
    other = [_WIRE[0], _WIRE[1],
             'Maren, who denies all the charges, told reporters as guards led her away: '
             '"I have never stolen from this port."']
    assert _framing(compare_paragraphs(_WIRE, other)) == []


def test_main_verb_after_relative_clause_still_frames():
    """Near miss: the relative clause closed, the main verb is a loaded one: a finding
    (lost in 5ae707f1, back since s18-framing: an adjunct, a colon and a quote after a doubt
    verb are its statement; tests/unit/test_framing_gerund_cues18.py)."""
    other = [_WIRE[0], _WIRE[1],
             'Maren, who was led away by guards, claimed as she left: "I have never stolen from this port."']
    found = _framing(compare_paragraphs(_WIRE, other))
    assert len(found) == 1 and "claimed" in found[0].summary


# --- "No. 2" names a furnace: no figure for the coverage findings -------------------------

@pytest.mark.parametrize("sentence, figure, fact", [
    ('"They sold us out," said Pia Lund, 52, who has run the No. 3 machine since she left school.',
     "3", False),
    ("Crews fought the fire at the No. 4 warehouse for six hours.", "4", False),
    ("Shift workers at gate #12 were sent home early.", "12", False),
    # near misses: a count beside the label, and "No" as a determiner
    ('"They sold us out," said Pia Lund, who leads 140 workers on the No. 3 machine.', "140", True),
    ("Crews fought the fire at the warehouse for hours and 12 people were hurt.", "12", True),
])
def test_numbered_name_is_no_fact(sentence, figure, fact):
    from storylens.findings.coverage import facts_of

    doc = make_doc("a1", "Outlet A", ["Harlow Mills said on Tuesday it would shut its Brenn paper mill.",
                                      sentence])
    assert (figure in {f.text for f in facts_of(doc)}) is fact


def test_relative_clause_verb_alone_still_frames():
    """Near miss: no main reporting verb after the clause: the relative clause's 'claim'
    hedges a label, a contrast with 'say' (tests/unit/test_framing_attribution_guards.py)."""
    a = [_WIRE[0], "The strikers, who say they are unpaid deckhands, blocked the gate of the port office."]
    b = [_WIRE[0], "The strikers, who claim to be unpaid deckhands, blocked the gate of the port office."]
    assert any("claim" in f.summary for f in _framing(compare_paragraphs(a, b)))


# --- places shared by a town's stories count as one name for the story warning -----------

_FIRE_A = ["Fire at Kessby harbour warehouse injures four workers",
     "KESSBY - A fire tore through a grain warehouse on Kessby harbour on Monday night, injuring four workers and sending smoke over Lake Wenn and Market Square, the fire service said.",
     "About 60 firefighters fought the blaze for six hours before bringing it under control early on Tuesday.",
     "Fire chief Oda Brenner said the cause was not yet known but that a faulty dryer was being examined.",
     "\"We were lucky the wind turned towards the lake,\" Brenner said.",
     "The warehouse, owned by the Norrland grain cooperative, held about 3,000 tonnes of barley.",
     "Smoke drifted over Market Square, and residents were told to keep their windows shut until Tuesday afternoon.",
     "Mayor Henrik Sol visited the injured workers in hospital on Tuesday morning.",
     "Sol said the harbour would reopen to shipping on Wednesday."]
_FIRE_B = ["Kessby grain store fire: four hurt as blaze burns for six hours",
     "Four workers were injured when fire swept through a grain store at Kessby harbour late on Monday, sending black smoke across Lake Wenn.",
     "Around 60 firefighters battled the flames through the night.",
     "Fire chief Oda Brenner told reporters a faulty grain dryer was one possible cause.",
     "The building belongs to the Norrland grain cooperative and was storing roughly 3,000 tonnes of barley.",
     "People around Market Square were asked to keep windows closed.",
     "Mayor Henrik Sol said the town would review safety at the harbour."]
_FIRE_C = ["Harbour blaze in Kessby leaves four in hospital",
     "Four men are in hospital after a grain warehouse burned on Kessby's waterfront, the town's fire service said.",
     "Fire chief Oda Brenner said investigators would look at a grain dryer.",
     "\"We were lucky the wind turned towards the lake,\" she said.",
     "The cooperative that owns the store, Norrland, said it would pay the workers' medical bills."]
_MARKET = ["Kessby summer market returns to Market Square",
       "KESSBY - The summer market returned to Market Square on Saturday after two years away, with more than 80 stalls selling fish, cheese and crafts.",
       "Stallholders said trade was brisk as visitors arrived by boat from across Lake Wenn.",
       "Mayor Henrik Sol opened the market and bought the first smoked trout of the season.",
       "\"People have missed this, you can feel it,\" Sol said.",
       "The town council closed the square to cars from early morning until six in the evening.",
       "A brass band from Kessby school played in front of the old town hall.",
       "Sol said the council hoped to add an autumn market next year if traders wanted one.",
       "Among the newcomers were a cider maker from the valley and two young potters selling bowls and mugs.",
       "Parking on the nearby streets was free for the day, and extra buses ran from the railway station.",
       "A baker from the north shore sold out of cardamom buns before ten o'clock, she said, laughing.",
       "Musicians from three villages took turns on a small wooden stage decorated with birch leaves and ribbons.",
       "Next Saturday's market will have a children's corner with pony rides and a puppet theatre."]


def test_town_lake_and_square_make_no_story():
    """A market in the same town, on the same square and lake, with the same mayor: four
    salient names in common, three of them places; the warning names the market piece."""
    comp = compare_paragraphs(_FIRE_A, _FIRE_B, _FIRE_C, _MARKET)
    assert story_warned(comp) and comp.provenance.warning.endswith("a4 (Outlet D, 0 shared)")


_FIRE_D = ["Kessby warehouse fire: cooperative to check grain dryers",
           "KESSBY - The Norrland grain cooperative will check every grain dryer it runs after "
           "Monday's fire at its Kessby harbour store, chairman Per Viken said on Tuesday.",
           "Viken said the four injured workers were recovering and that Mayor Henrik Sol had "
           "promised the town's help with the clean-up.",
           "Smoke from the store hung over Lake Wenn for most of the night, fishermen said.",
           "Fire chief Oda Brenner has said a faulty dryer is one possible cause, and Viken said "
           "he would not speculate before Brenner's report.",
           "Sol has asked for a review of fire safety at the harbour."]


def test_same_story_in_own_words_with_people_is_kept():
    """Near miss: the fire told in its own words shares the town and the lake (one name
    together) and two people (the mayor, the fire chief): it stays in the story."""
    comp = compare_paragraphs(_FIRE_A, _FIRE_B, _FIRE_C, _FIRE_D)
    assert not story_warned(comp)


# --- a running figure at a stated later time is not compared with one of no stated time ---

_SLIDE = ["Landslide buries homes in Tarsk valley, 12 dead and 20 missing",
          "TARSK - A landslide buried a row of houses in the Tarsk valley on Tuesday night after days "
          "of heavy rain, officials said.",
          "Rescuers with dogs searched the mud through the night.",
          "The regional governor, Alva Reinholt, said the army had sent two helicopters."]
_LATER = ["Tarsk landslide toll climbs as rescuers dig on",
          "TARSK - The number of dead in the Tarsk valley landslide rose to 15 on Wednesday after rescuers "
          "pulled three more bodies from the mud, with 17 people still missing, officials said.",
          "Rescuers with dogs searched the mud through the night.",
          "Governor Alva Reinholt said the army had sent two helicopters and a field kitchen."]


def _missing(comp):
    return [f.summary for f in _conflicts(comp) if "missing" in f.summary]


def test_still_missing_on_a_later_day_is_an_update():
    """'17 still missing' on Wednesday is a later moment of the count the first report's
    headline gives as 20 (no time stated): an update, not a conflict."""
    assert _missing(compare_paragraphs(_SLIDE, _LATER, options=FACTS)) == []


def test_plain_figure_on_a_day_still_conflicts():
    """Near miss: '25 people were missing', stated plainly, against the headline's 20."""
    plain = [_LATER[0], "TARSK - Fifteen people died in the Tarsk valley landslide, officials said on "
             "Wednesday, and 25 people were missing.", *_LATER[2:]]
    assert len(_missing(compare_paragraphs(_SLIDE, plain, options=FACTS))) == 1


def _toll(comp):
    return [f.summary for f in _conflicts(comp) if "toll" in f.summary or "dead" in f.summary]


def test_bodies_that_moved_the_toll_are_not_the_toll():
    """'rose to 15 ... after rescuers pulled three more bodies': 'three' is what moved the
    toll, not a toll to set against the first report's 12."""
    assert _toll(compare_paragraphs(_SLIDE, _LATER, options=FACTS)) == []


def test_bodies_recovered_stated_plainly_still_compare():
    """Near miss: two outlets give the bodies recovered on one day differently, with no
    running figure's verb before them: a conflict."""
    a = [*_SLIDE, "Rescuers pulled three bodies from the mud on Wednesday, the fire service said."]
    b = [*_LATER[:1], "Rescuers pulled five bodies from the mud on Wednesday, the fire service said.",
         *_LATER[2:]]
    found = _conflicts(compare_paragraphs(a, b, options=FACTS))
    assert any("three" in f.summary and "five" in f.summary for f in found)


# --- a head before "and" is the earlier clause's when the number's own clause has one ------

@pytest.mark.parametrize("before, after, head", [
    # "37 people were arrested and nine officers were injured": nine are the injured
    ("people were arrested and", "officers were injured", "injured"),
    ("dead and", "missing", "missing"),
    ("killed and", "more evacuated", "evacuated"),
    # near misses: no head after the number, the earlier clause's is all there is; no
    # coordinator, the nearer head wins as before
    ("police arrested 37 protesters and", "students", "arrested"),
    ("the blast killed", "people and injured dozens", "dead"),
])
def test_exclusive_head_after_a_coordinator(before, after, head):
    from storylens.findings.facts import _heads

    heads = _heads(before.split(), after.split())
    assert head in heads and len(heads & {"dead", "injured", "missing", "arrested", "evacuated"}) == 1


# --- a rounder figure gives a value only if it is that value rounded ------------------------

@pytest.mark.parametrize("x, v, gives", [
    (63_000, 63_175, True),  # "an estimated 63,000"
    (1_200, 1_187, True),
    (190, 187, True),
    (200, 187, True),
    (187, 187, True),
    # near misses: within 5% and rounder, but not 187 rounded (a licence for 180 does not
    # give a manifest's 187), and a rounder figure that is not the value's rounding
    (180, 187, False),
    (2.4, 2.46, False),
])
def test_rounds(x, v, gives):
    from storylens.findings.coverage import _rounds

    assert _rounds(x, v) is gives


# --- a title before a name ("police chief Karin Lund") describes the person ---------------

@pytest.mark.parametrize("a, b, reason", [
    # the chief's two remarks share only his title and name: two claims
    ('"A small group came looking for a fight," Tarn police chief Ola Berg told reporters.',
     "Tarn police chief Ola Berg said 52 people were arrested.", "descriptor"),
    ("Chief executive Ines Moll said the plant would close in March.",
     "Chief executive Ines Moll thanked the workers for fifty years of steel.", "descriptor"),
    # near misses: the same remark under the same title, and a verb before a title
    ('"A small group came looking for a fight," Tarn police chief Ola Berg told reporters.',
     '"A group came looking for a fight," said Tarn police chief Ola Berg.', None),
    ("Tarn police arrested port official Ada Vell on Friday.",
     "Ada Vell, a port official, was arrested by Tarn police on Friday.", None),
])
def test_title_before_name_is_a_description(a, b, reason):
    from storylens.claims import different_claims

    assert different_claims(a, b) == reason


# --- "said Tarn police chief Ola Berg": the speaker is the chief, not the town -------------

def _speakers(text):
    from storylens.analysis import analyse

    doc = make_doc("a1", "Outlet A", [text])
    return [q.speaker for q in analyse(doc).analysis.quotes]


@pytest.mark.parametrize("text, speaker", [
    ('"A group came looking for a fight," said Tarn police chief Ola Berg, whose officers used tear gas.',
     "chief Ola Berg"),
    ('"We will rebuild," said Tarn fire chief Ida Lund.', "chief Ida Lund"),
    # near misses: a place and a title with no institution word between, and a place
    # followed by a word that opens no title
    ('"We will rebuild," said Tarn mayor Ida Lund.', "Tarn mayor Ida Lund"),
    ('"We will rebuild," said Tarn officials on Monday.', "Tarn officials"),
])
def test_speaker_after_an_inverted_cue(text, speaker):
    assert _speakers(text) == [speaker]


# --- a shorter excerpt both wordings hold takes no side in a changed quote ------------------

def _changed(*texts):
    from storylens.models import Article
    from storylens.options import Options
    from storylens.pipeline import compare_articles

    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", text="\n\n".join(t))
            for i, t in enumerate(texts)]
    comp = compare_articles(arts, Options(quote_changes=True))
    return [f for f in comp.findings if f.type == "quote_changed"]


_UNION = ["Dock workers in Tarn walked out on Monday over a new shift system.",
          "The port authority said talks would resume on Thursday."]
_FULL = '"We will not go back until every disputed shift is scrapped," union leader Ola Berg said.'
_CUT = '"We will not go back until every shift is scrapped," union leader Ola Berg said.'


def test_excerpt_takes_no_side():
    excerpt = '"We will not go back," union leader Ola Berg said, to cheers.'
    found = _changed([*_UNION, _FULL], [*_UNION, _CUT], [*_UNION, excerpt])
    assert len(found) == 1
    assert "Outlet C" not in found[0].summary and not any(s.startswith("a3:") for s in found[0].sentences)


def test_full_wording_in_a_third_outlet_is_listed():
    """Near miss: the third outlet gives the whole first wording: it is on that side."""
    found = _changed([*_UNION, _FULL], [*_UNION, _CUT], [*_UNION, _FULL.replace("said", "told reporters")])
    assert len(found) == 1 and "Outlet A and Outlet C" in found[0].summary
