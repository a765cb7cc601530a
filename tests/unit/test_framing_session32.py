"""Session 32's framing changes (framing32), from testread31's four wrong held-out lines
(t192 twice, t196, t197). Invented text: a fictional ferry grounding off Drevna, a burst
dam at Ostmark, and a recorded council meeting in Kalvo.

1. Who speaks is the name finder's person (``attribution._split_people``,
   ``_people_apart``, ``_use_person``, over ``names.name_clusters``): one article names
   "Harbour Minister Teodor Varga" and the line's chief executive "Teodora Vargas", whose
   given names and surnames are each one letter apart (``quotes.same_speaker`` reads
   "varga" / "vargas" as one surname, ``_one_spelling`` "Teodor" / "Teodora" as one given
   name); the name finder keeps them apart, so each is a speaker of their own: the
   minister's 'insisted' is set against the others' 'said' for the minister, never named
   as the chief executive's, and her 'insisted' on a line of her own meets no verb of his
   (held-out t192, read wrong twice). Near miss: one person spelled one letter apart by two
   outlets under one post stays one speaker (the statement rule still finds 'claimed').
2. Not changed, measured (a known miss, xfail below): the brief's rule that a loaded verb on
   a line only one outlet carries is no contrast where that outlet gives the others' one
   statement, the quote its line leads into, with a plain "she said" (held-out t196
   "admitted on Thursday that the works had been delayed. '...,' she said.", read wrong;
   t192's Baluardo line). Dropping ``_shown_plainly`` from ``attribution._profile_pairs``'s
   ``apart`` did it, and lost 21 keyed dev items of the same shape that the writers read as
   one statement (the gist before the quote: dev d14, d123, d128, t10, t101, t160 ...; dev
   --on all framing found 506 -> 486), for 2 wrongs less: kept as it was. No word of the
   gist tells "insisted the reform was about fairness" (keyed) from "admitted the works had
   been delayed" (read wrong) as a summary of the quote that follows.
3. A passive opportunism phrase's counterpart names the actor or the thing seized on
   (``opportunism._passive_head``, ``_clause_cut``): "was suspended after a short clip ...
   was seized on by right-wing influencers and turned into a national scandal" is not set
   against the other outlet's telling of the lecture itself, which shares only chance words
   (held-out t197, read wrong). Near misses: the other outlet tells the same clip (found:
   dev d09's keyed shape) or the same actor (found)."""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

# the tables test framing on, whatever the default (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)

# 1. two people whose names are one letter apart

FERRY = ("The ferry Aurel ran aground off the island of Drevna on Tuesday night with 240 "
         "passengers on board, the coastguard said.\n\n")
CEO = ('"Every passenger will be offered a full refund and a free crossing," said Lindholt '
       "Lines chief executive Teodora Vargas.")
MINISTER_SAID = ("Harbour Minister Teodor Varga said he had ordered an inquiry. "
                 '"At no time were the passengers in any danger on the ship," he said.')
MINISTER_INSISTED = ("Harbour Minister Teodor Varga, who sold the state's stake in the line "
                     'last year, insisted: "At no time were the passengers in any danger."')
CEO_INSISTED = ("Lindholt Lines chief executive Teodora Vargas insisted that the crew had "
                'followed every safety rule. "Every passenger will be offered a full refund," '
                "she said.")
OUTLETS = ("Drevna Wire", "Kessel Voice", "Ostmark Herald")


def test_one_letter_apart_people_are_two_speakers() -> None:
    found = support.framings_among(FERRY, (CEO + "\n\n" + MINISTER_SAID,
                                           CEO + "\n\n" + MINISTER_INSISTED), OUTLETS, STORY)
    lines = [f.summary for f in found if "'insisted" in f.summary]
    assert lines, [f.summary for f in found]
    assert all("Teodor Varga" in x and "Vargas" not in x for x in lines), lines


def test_one_persons_loaded_line_meets_no_verb_of_the_other() -> None:
    # the chief executive's 'insisted' on a line of her own is hers, never the minister's
    found = support.framings_among(FERRY, (CEO + "\n\n" + MINISTER_SAID,
                                           CEO_INSISTED + "\n\n" + MINISTER_SAID), OUTLETS, STORY)
    lines = [f.summary for f in found if "'insisted'" in f.summary]
    assert all("Teodora Vargas" in x and "Teodor Varga " not in x for x in lines), lines


def test_one_person_spelled_apart_is_still_one_speaker() -> None:
    # near miss: one chief executive, "Teodora Vargas" / "Teodora Varga" under one post
    found = support.profile_lines(
        FERRY, (CEO, 'Lindholt Lines chief executive Teodora Varga claimed that "every passenger '
                "will be offered a full refund and a free crossing\"."), OUTLETS, "claimed",
        STORY)
    assert found, found


# 2. a loaded line only one outlet carries, beside the shared quote told plainly

DAM = ("The Ostmark dam burst on Sunday, flooding the lower town and forcing 900 people from "
       "their homes, the regional government said.\n\n")
QUOTE = '"The dam stood for eighty years, but it could not stand this storm,"'
PLAIN = f"{QUOTE} said Ostmark mayor Lena Hollis."
ADMITTED = ("Mayor Lena Hollis admitted on Monday that the repairs had been postponed. "
            f"{QUOTE} she said.")
SIREN = "\n\nHollis said the town's sirens would be tested every month from now on."
ADMITTED_MATTER = ("Mayor Lena Hollis admitted that the dam could not stand the storm. "
                   f"{QUOTE} she said.")

PROFILE = [
    # (id, Wire's text, Herald's text, the loaded verb, a finding expected for it)
    ("held-out t196's shape: the Herald's 'admitted' line is its own; the quote told alike",
     PLAIN, ADMITTED, "admitted", False),
    ("near miss: a statement of the Wire's the Herald does not give",
     PLAIN + SIREN, ADMITTED, "admitted", True),
    ("near miss: a real 'claimed' for the quote the Wire gives with 'said'",
     PLAIN, 'Mayor Lena Hollis claimed the dam "stood for eighty years, but it could not stand '
     'this storm".', "claimed", True),
]


KNOWN_MISS = pytest.mark.xfail(strict=True, reason=(
    "known wrong kept (session 32, measured): the gist before a quote both outlets give alike "
    "is read as the quote's verb; leaving it out lost 21 keyed dev items for 2 wrongs"))
PROFILE = [pytest.param(*r[1:], id=r[0], marks=KNOWN_MISS) if r[4] is False
           else pytest.param(*r[1:], id=r[0]) for r in PROFILE]


@pytest.mark.parametrize("wire,herald,verb,expected", PROFILE)
def test_only_line_beside_the_quote_told_alike(wire: str, herald: str, verb: str,
                                               expected: bool) -> None:
    got = support.profile_lines(DAM, (wire, herald), ("Ostmark Wire", "Kalvo Herald"), verb,
                                STORY)
    assert bool(got) is expected, got


# 3. a passive opportunism phrase: the same actor or the same thing seized on

KALVO = ("Kalvo councillor Dario Mendel was suspended by his party on Friday after a recording "
         "of a council meeting spread online.\n\n")
SEIZED = ("Mendel was suspended after a short recording from one of the council meetings was "
          "seized on by nationalist bloggers and turned into a national row.")
LECTURE = ("Mendel was heard during a council budget meeting on Tuesday turning on a young "
           "National Front councillor over his speech.")
SAME_CLIP = ("A short recording from the council meeting, shared widely online, shows Mendel "
             "shouting at a colleague.")
SAME_ACTOR = ("Nationalist bloggers shared the recording of Mendel widely, calling it a "
              "national row.")

PASSIVE = [
    # (id, Herald's text, Voice's text, the Herald sentence cited, or None)
    ("held-out t197's shape: the meeting itself, sharing 'turning' and 'National'",
     LECTURE, SEIZED, None),
    ("near miss (dev d09's shape): the same recording told plainly", SAME_CLIP, SEIZED,
     SAME_CLIP),
    ("near miss: the same actor told plainly", SAME_ACTOR, SEIZED, SAME_ACTOR),
]


@pytest.mark.parametrize("herald,voice,want", [r[1:] for r in PASSIVE], ids=[r[0] for r in PASSIVE])
def test_passive_opportunism_same_actor_or_thing(herald: str, voice: str, want) -> None:
    got = support.opportunism_cited(KALVO, (herald, voice), ("Kalvo Herald", "Mendel Voice"),
                                    STORY)
    assert got == ([want] if want else []), got


def test_loaded_term_still_told() -> None:
    # a loaded term for one referent, 'regime' against 'government', is untouched
    found = support.framings_between(
        DAM, "The government of Ostmark said the dam had been inspected last year.",
        "The regime of Ostmark said the dam had been inspected last year.",
        ("Ostmark Wire", "Kalvo Herald"), STORY)
    assert any("'regime'" in f.summary and "'government'" in f.summary for f in found), \
        [f.summary for f in found]


# 4. recall: a firm's name before its spokesman's post is no second person for "he"

PRICE = ("The drugmaker Tormund will double the price of its asthma inhaler Brisa "
         "from March, the company said on Monday.\n\n")
WIRE_HE = ("Tormund spokesman Karel Vosk said the price had been frozen since 2012. "
           '"The old price had not changed in eleven years and no longer covered the cost of '
           'making the inhaler at our plant in Selmar," he '
           "said.")
VOICE_CLAIMED = ('Company spokesman Karel Vosk claimed the price "no longer covered the cost of '
                 'making the inhaler". He did not explain how a firm with record profits could '
                 "not afford it.")
TWO_MEN = ("Health Minister Anton Brask and Tormund spokesman Karel Vosk met on Monday. "
           '"The old price had not changed in eleven years and no longer covered the cost of '
           'making the inhaler at our plant in Selmar," he '
           "said.")
TOLD = ("Anton Brask told spokesman Karel Vosk that the ministry would review the price. "
        '"The old price had not changed in eleven years and no longer covered the cost of '
           'making the inhaler at our plant in Selmar," he '
        "said.")

HERALD_PLAIN = ("Tormund said the new price would take effect on 1 March and that "
                "pharmacies had been told.")

FIRM_POST = [
    # (id, Wire's text, a 'claimed' finding expected for Vosk)
    ("dev d187's shape: 'Tormund spokesman Karel Vosk ... he said': the spokesman's quote",
     WIRE_HE, True),
    ("near miss: two people named before 'he' (the minister and the spokesman): no speaker",
     TWO_MEN, False),
    ("near miss: a verb between the two names: two people, no speaker", TOLD, False),
]


@pytest.mark.parametrize("wire,expected", [r[1:] for r in FIRM_POST], ids=[r[0] for r in FIRM_POST])
def test_firm_before_post_is_no_second_person(wire: str, expected: bool) -> None:
    # (a third outlet, so that the speaker's verbs are read, not two aligned sentences alone)
    got = [x for x in support.profile_lines(
        PRICE, (wire, VOICE_CLAIMED, HERALD_PLAIN), ("Selmar Wire", "Brisa Voice", "Tormund Herald"),
        "claimed", STORY) if "Selmar Wire" in x.partition(" for ")[0]]
    # the quote's own 'he said' linked to the Voice's 'claimed' of the same words (before,
    # "he" was left with no speaker, and only the profile's unlinked line was told)
    linked = [x for x in got if "in sentences that share" in x]
    assert bool(linked) is expected, got
