"""Session 19 (issue 12 item 2, the same speaker's attribution across the story):

* a lead-in (``attribution._lead_in_quote``): "Vell insisted the pumps had worked. '...,'
  she said." sets the outlet's verb on the statement whose words follow in the same
  paragraph, so another outlet's "'...,' Vell said" of those words is the same statement
  even where the lead-in's gist shares no word with it (blind-written dev t63, d72, d75);
* one article that spells a surname two ways with two given names names two people
  ("Eirik Hauge" / "Erik Haugen", dev t63): each is their own speaker
  (``attribution._split_people``), so the one-person guard no longer blocks both;
* a group a person owns ("Vell's allies") is not that person where the person speaks
  (``attribution._possessed``).

Near misses: the lead-in's quote in the next paragraph; the next sentence's quote is
another speaker's; the loaded sentence leads into a quote the other outlet never carries
(dev d27: two statements by one speaker); two spellings with one given name stay one
person. Invented text (a fictional water outbreak in Dalvik)."""

from __future__ import annotations

import pytest
import support

# framing is off by default since session 23: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("More than 200 people in the town of Dalvik fell ill with stomach cramps after "
        "drinking tap water at the weekend, the regional health office said on Monday. "
        "Forty of them were treated in hospital in Orsund.\n\n")
QUOTE = ('"Every household in Dalvik will have bottled water by tonight, and the pumping '
         'station is being flushed,"')


def _attribution(*texts: str) -> list[str]:
    outlets = ("Dalvik Courier", "Norland Voice", "Orsund Post")
    return [f.summary for f in support.framings_among(LEDE, texts, outlets)
            if f.detail.get("kind") in ("attribution_profile", "attribution_verb")]


LEAD_IN = [
    # (id, Courier, Voice, a finding expected)
    ("the gist's verb is the verb of the quote that follows it",
     f"{QUOTE} Mayor Ingrid Holm said.",
     f"Mayor Ingrid Holm insisted the town had done nothing wrong. {QUOTE} she said.",
     True),
    ("near miss: the quote follows in another paragraph",
     f"{QUOTE} Mayor Ingrid Holm said.",
     f"Mayor Ingrid Holm insisted the town had done nothing wrong.\n\n{QUOTE} she said.",
     False),
    ("near miss: the next sentence's quote is another speaker's",
     f"{QUOTE} Mayor Ingrid Holm said.",
     f"Mayor Ingrid Holm insisted the town had done nothing wrong. {QUOTE} "
     "water engineer Pavel Stoltz said.",
     False),
    ("near miss: the lead-in's quote is one the other outlet never carries (two statements)",
     "Mayor Ingrid Holm said the council would pay for the hospital stays.",
     'Mayor Ingrid Holm insisted the town had done nothing wrong. "Our staff followed '
     'every rule in the book," she said.',
     False),
]


def test_lead_in_quote_table():
    for name, courier, voice, expected in LEAD_IN:
        got = [s for s in _attribution(courier, voice) if "insisted" in s]
        assert bool(got) is expected, (name, got)
        if expected:
            assert "Holm" in got[0], (name, got)


TWO_SPELLINGS = [
    # (id, Courier, Voice, a finding expected for the chief executive)
    ("one article names two people of two spellings: the chief executive's verbs compared",
     'Chief executive Anders Brekke said: "We are cooperating fully with the inspectors." '
     "Health Minister Arne Brekken said the agency would test every well.",
     "Chief executive Anders Brekke insisted the company had followed every rule. "
     '"We are cooperating fully with the inspectors," he said.',
     True),
    ("near miss: one given name, two spellings of the surname: one person, verbs compared",
     'Chief executive Anders Brekke said: "We are cooperating fully with the inspectors."',
     "Chief executive Anders Brekken insisted the company had followed every rule. "
     '"We are cooperating fully with the inspectors," he said.',
     True),
]


def test_two_spellings_two_people_table():
    for name, courier, voice, expected in TWO_SPELLINGS:
        got = [s for s in _attribution(courier, voice) if "insisted" in s]
        assert bool(got) is expected, (name, got)


def test_a_persons_group_is_not_the_person():
    # the Post's only words for Holm are her allies': not Holm's, so not set beside the
    # Voice's "claimed" as the Post's verb for her (before, "Holm's allies" was keyed Holm)
    courier = f"{QUOTE} Mayor Ingrid Holm said."
    voice = ("Mayor Ingrid Holm claimed that every household would have bottled water by "
             "tonight.")
    post = ("Holm's allies point out that every household will have bottled water by "
            "tonight.")
    got = [s for s in _attribution(courier, voice, post) if "claimed" in s]
    assert got and "point out" not in got[0] and "Orsund" not in got[0], got


BESIDE = [
    # (id, the Post's sentence about Holm, the Post named in the finding)
    ("an outlet on the matter no sentence links is named beside the linked one",
     "Holm said the station's pumps were checked every spring and were in good order.",
     True),
    ("near miss: the outlet's statement is on another matter",
     "Holm said the council would pay the hospital bills of every family.", False),
    ("near miss: the outlet tells the matter with a doubt verb of its own",
     "Holm maintained that the station's pumps were checked every spring.", False),
]


def test_statement_finding_names_the_profile_outlets_table():
    # the statement rule links the Courier's sentence to the Voice's; the Post's own
    # words on the matter share too few to link, and the profile's test names it too
    # (dev t64: the wire's "said the boats were fishing legally under a 1988 treaty"
    # beside the Record's "says", against "claimed its boats were covered by the 1988 treaty")
    courier = ('"The pumping station was inspected in March and it passed every single '
               'test we have," Mayor Ingrid Holm told reporters at the town hall.')
    voice = ('Mayor Ingrid Holm, who chairs the regional water board, claimed that the '
             'station had "passed every single test we have" since it reopened after '
             'repairs to its roof and fences last year.')

    for name, post, expected in BESIDE:
        got = [s for s in _attribution(courier, voice, post) if "claimed" in s]
        assert got, (name, got)
        assert ("Orsund Post" in got[0]) is expected, (name, got)


VOWEL_SPELLINGS = [
    # (id, Courier, Voice, a finding expected)
    ("one vowel for another in a given name across two outlets: one person",
     "Party leader Eran Stoltz said the results were politically motivated.",
     "Party leader Eren Stoltz claimed the results had been manipulated.", True),
    ("near miss: a consonant for another is another name",
     "Party leader Mark Stoltz said the results were politically motivated.",
     "Party leader Mary Stoltz claimed the results had been manipulated.", False),
    ("near miss: one article writes both spellings: two people",
     "Party leader Eran Stoltz said the results were politically motivated. His sister "
     "Eren Stoltz runs the party's youth wing.",
     "Party leader Eren Stoltz claimed the results had been manipulated.", False),
]


def test_vowel_spelling_across_outlets_table():
    for name, courier, voice, expected in VOWEL_SPELLINGS:
        got = [s for s in _attribution(courier, voice) if "claimed" in s]
        assert bool(got) is expected, (name, got)


def _framing(*texts: str) -> list[str]:
    outlets = ("Dalvik Courier", "Norland Voice", "Orsund Post")
    return [f.summary for f in support.framings_among(LEDE, texts, outlets)]


REST = [
    # (id, the Post's sentence, a second line expected, its word)
    ("a verb that tells the statement as true, beside the aligned 'said' line",
     "Holm confirmed that engineers had inspected the pumping station in March and found "
     "no faults.", True),
    ("near miss: one more outlet's 'said' is the aligned line again",
     "Holm said that engineers had inspected the pumping station in March and found no "
     "faults.", False),
]


def test_story_line_beside_an_aligned_one_table():
    # the Courier's and the Voice's sentences align ("said" / "claimed", the aligned
    # line); the Post's does not, and its "confirmed" is a contrast of its own with the
    # Voice's "claimed" (framing._rest_of; invented dev t66)
    courier = ("Mayor Ingrid Holm said the pumping station had been inspected in March and "
               "had passed every test.")
    voice = ("Mayor Ingrid Holm claimed the pumping station had been inspected in March and "
             "had passed every test.")
    for name, post, expected in REST:
        got = _framing(courier, voice, post)
        assert any("claimed" in s and "Dalvik Courier" in s for s in got), (name, got)
        rest = [s for s in got if "claimed" in s and "Orsund Post writes 'confirmed'" in s]
        assert bool(rest) is expected, (name, got)


QUANTIFIERS = [
    # (id, Courier, Voice, a profile line expected)
    ("one matter: the complement and the plain statement share a content word",
     "Mayor Ingrid Holm said the pumping station would be flushed by Friday.",
     "Mayor Ingrid Holm claimed that the pumping station had been flushed twice.", True),
    ("near miss: two matters that share only a quantifier",
     "Mayor Ingrid Holm said the council would pay the hospital bills of every family.",
     "Mayor Ingrid Holm claimed that every household would have bottled water by Friday.",
     False),
]


def test_a_quantifier_is_no_matter_table():
    # the profile's one-matter test (attribution._one_matter) leaves out the words that
    # count or stress, as it leaves out the occasion's (rules/attribution.OCCASION_WORDS)
    for name, courier, voice, expected in QUANTIFIERS:
        got = [s for s in _attribution(courier, voice) if "claimed" in s]
        assert bool(got) is expected, (name, got)
