"""One speaker's statement across the story (issue 12, item 2), session 16: a doubt cue that
trails its quote with an adjunct of time ('"...," Orvall insisted on Monday.'), a subject
set off from its verb by a descriptive aside ("Sauk, whose council approved the permit,
fumed that ..."), and the statement's own sentences cited beside a quote a pronoun
attributes (who spoke, the whole quote). Invented text: a grain-silo fire in Dunmarrow,
Ostreval; near misses for each (a prepositional verb after the quote, two subjects with no
aside, a statement whose sentence names its speaker)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Ostreval Wire", "Dunmarrow Beacon", "Valley Courier")
LEDE_A = ("DUNMARROW - A fire destroyed the grain silo at the Dunmarrow cooperative on Sunday night, "
          "killing two night-shift workers and forcing 400 residents from their homes.")
LEDE_B = ("DUNMARROW - Two night-shift workers died when fire tore through the Dunmarrow cooperative's "
          "grain silo on Sunday night, and 400 residents were moved from their homes.")


def _framing(*bodies: str) -> list:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=body)
            for i, body in enumerate(bodies)]
    return [f for f in compare_articles(arts, Options()).findings if f.type == "framing"]


def _words(f) -> tuple[str, str]:
    return (f.detail["a"]["word"] or "").lower(), (f.detail["b"]["word"] or "").lower()


FOUND = [
    # (id, text a, text b, (plain word, charged word))
    (
        "doubt cue trailing its quote, with a day after it",
        f"{LEDE_A}\n\nAgriculture Minister Kesta Orvall visited the town hall, where residents queued for "
        "vouchers. \"Every family will be back home by Friday. The cooperative will pay for every "
        "repair to every house,\" she said.",
        f"{LEDE_B}\n\nVolunteers handed out blankets in the school gym overnight. \"Every family will be "
        "back home by Friday,\" Agriculture Minister Kesta Orvall insisted on Monday.",
        ("said", "insisted"),
    ),
    (
        "sensational cue after an aside of its subject",
        f"{LEDE_A}\n\n\"The inspection regime failed this town, and the ministry knew it,\" Mayor Perrin "
        "Sauk told a crowd outside the cooperative's gates.",
        f"{LEDE_B}\n\nMayor Perrin Sauk, whose council had approved the silo's permit in 2024, fumed "
        "that \"the inspection regime failed this town\".",
        ("told", "fumed"),
    ),
    (
        "vanity verb past an adjunct of place before its clause",
        f"{LEDE_A}\n\n\"The cooperative has nothing to hide, and the inspectors will see that,\" "
        "chairman Oskar Veltin told reporters at the gates.",
        f"{LEDE_B}\n\nChairman Oskar Veltin gloated outside the burnt silo that \"the cooperative "
        "has nothing to hide\".",
        ("told", "gloated"),
    ),
]


@pytest.mark.parametrize("case", FOUND, ids=[c[0] for c in FOUND])
def test_statement_contrast_found(case):
    _, a, b, words = case
    found = _framing(a, b)
    assert any(_words(f) == words for f in found), [(_words(f), f.detail["rule"]) for f in found]


NEAR_MISS = [
    # (id, text a, text b, charged word that must not be compared)
    (
        "a prepositional verb after the quote: 'insisted on a recount' is no statement",
        f"{LEDE_A}\n\n\"The vote on the silo levy was close,\" cooperative chair Ilka Varrow said.",
        f"{LEDE_B}\n\n\"The vote on the silo levy was close,\" cooperative chair Ilka Varrow "
        "insisted on a recount.",
        "insisted",
    ),
    (
        "two subjects with no aside between: the verb is the engineers', not the mayor's",
        f"{LEDE_A}\n\n\"The inspection regime failed this town,\" Mayor Perrin Sauk said.",
        f"{LEDE_B}\n\nMayor Perrin Sauk met the engineers who had inspected the silo for the "
        "cooperative in March and fumed that \"the inspection regime failed this town\".",
        "fumed",
    ),
]


@pytest.mark.parametrize("case", NEAR_MISS, ids=[c[0] for c in NEAR_MISS])
def test_statement_near_miss(case):
    _, a, b, word = case
    # the story-wide rules (the aligned rule reads an aligned pair's verbs as written)
    found = [f for f in _framing(a, b) if _words(f)[1] == word and f.detail.get("scope") == "story"]
    assert found == [], [(f.summary, f.detail["rule"]) for f in found]


def test_pronoun_quote_cites_the_sentence_that_names_the_speaker():
    a = (f"{LEDE_A}\n\nAgriculture Minister Kesta Orvall defended the inspectors on Monday.\n\n"
         "\"The silo passed every check we require, and it passed them in May,\" she told reporters.")
    b = (f"{LEDE_B}\n\nAgriculture Minister Kesta Orvall claimed that \"the silo passed every check "
         "we require\".")
    found = [f for f in _framing(a, b) if _words(f) == ("told", "claimed")]
    assert found, [(_words(f), f.detail["rule"]) for f in _framing(a, b)]
    f = found[0]
    # the plain side: the quote's sentence and, before it, the one naming the speaker
    cited = [sid for sid in f.sentences if sid.startswith("a1:")]
    assert len(cited) == 2 and cited == sorted(cited, key=lambda s: int(s.partition(":s")[2]))
    # the sides themselves are unchanged: one word each
    assert f.detail["a"]["words"] == ["told"] and f.detail["b"]["words"] == ["claimed"]


def test_named_speaker_quote_cites_no_more():
    a = (f"{LEDE_A}\n\nFire chief Anton Bessel praised the crews.\n\n"
         "\"The silo passed every check we require, and it passed them in May,\" Orvall told reporters.")
    b = (f"{LEDE_B}\n\nAgriculture Minister Kesta Orvall claimed that \"the silo passed every check "
         "we require\".")
    found = [f for f in _framing(a, b) if _words(f) == ("told", "claimed")]
    assert found, [(_words(f), f.detail["rule"]) for f in _framing(a, b)]
    assert [sid for sid in found[0].sentences if sid.startswith("a1:")] == found[0].detail["a"]["sentences"]


@pytest.mark.parametrize(("text", "hot"), [
    ('Veltin gloated outside the burnt silo that "the cooperative has nothing to hide".', True),
    ("Veltin boasted to reporters that the silo would reopen.", True),
    ('Veltin bragged: "We rebuilt it in a month."', True),
    # a noun object, with a prepositional phrase after it: "had"
    ("The old silo boasted 300 tonnes of storage in its hold that winter.", False),
    # an adjunct longer than STATEMENT_ADJUNCT_WORDS or closed by a comma: no clause follows it
    ("The cooperative boasted in a long post on its own page late on Sunday night that it was safe.",
     False),
    ("The cooperative boasted in 2019, that year of record harvests, a new silo.", False),
    # an article after a word of the adjunct opens a noun object; its "that" a relative
    # clause (review16e): "had"
    ("The depot boasted at its centre a drying hall that Veltin designed.", False),
    ("The town boasted in those years a mill that employed 300 people.", False),
    # an article right after a preposition stays in the adjunct
    ("Veltin boasted at a rally in the capital that the silo would reopen.", True),
])
def test_vanity_verb_reports_a_statement_past_a_short_adjunct(text, hot):
    import re

    from storylens.rules.attribution import SENSATIONAL_PATTERN

    assert bool(re.search(SENSATIONAL_PATTERN, text, re.IGNORECASE)) is hot


LONG_TOLD = (f"{LEDE_A}\n\n\"They knowingly broke the code and put every worker in that silo at risk,\" "
             "Agriculture Minister Kesta Orvall told a packed news conference in the provincial capital "
             "on Tuesday afternoon, flanked by two deputy ministers and the regional fire commissioner.")


def test_vanity_verb_before_a_noun_object_is_no_statement_aligned():
    """The aligned rule reads the same pattern: 'boasted at its centre a drying hall that'
    is "had", no sensational attribution of the officials' statement (review16e)."""
    a = f"{LEDE_A}\n\nThe cooperative had at its centre a drying hall that Veltin designed, officials said."
    b = (f"{LEDE_B}\n\nThe cooperative boasted at its centre a drying hall that Veltin designed, "
         "officials said.")
    assert [f for f in _framing(a, b) if _words(f)[1] == "boasted"] == []


def test_shared_quoted_words_link_one_statement_in_long_sentences():
    """Two long sentences around the speaker's same quoted words share too small a part of
    their words to score a link; the quoted words in both still make them one statement."""
    b = (f"{LEDE_B}\n\nOrvall alleged, without offering evidence, that the cooperative had \"knowingly "
         "broken the code\" when it stored fresh grain beside the old gas dryers in the north shed, a "
         "practice farmers in the valley describe as decades old.")
    # one statement (not the speaker profile, which needs none)
    found = [f for f in _framing(LONG_TOLD, b) if f.detail["rule"] == "framing.story.attribution"]
    assert found and _words(found[0]) == ("told", "alleged, without offering evidence"), [
        (_words(f), f.detail["rule"]) for f in _framing(LONG_TOLD, b)]


def test_words_quoted_on_one_side_only_link_nothing():
    b = (f"{LEDE_B}\n\nOrvall alleged, without offering evidence, that the cooperative had knowingly "
         "broken the code when it stored fresh grain beside the old gas dryers in the north shed, a "
         "practice farmers in the valley describe as decades old.")
    # no one statement (the speaker profile may still set the verbs side by side)
    assert [f for f in _framing(LONG_TOLD, b) if f.detail["rule"] == "framing.story.attribution"] == []


COMPANY_CLAIMED = (f"{LEDE_B}\n\nOrlen Silo Works, the private firm that runs the depot, claimed its "
                   "staff had checked the gas dryers every night.")


def _company_said(before: str) -> str:
    return (f"{LEDE_A}\n\n{before} In a statement, the company said its staff had checked the gas "
            "dryers every night and that it was cooperating with the fire inspectors.")


@pytest.mark.parametrize(("before", "found"), [
    # the only organisation named right before "the company": the company
    ("The silo was run by Orlen Silo Works, which operates nine depots in Ostreval.", True),
    # two organisations named there: which one "the company" means is not known
    ("The silo was run by Orlen Silo Works under a contract with Vask Holdings.", False),
])
def test_the_company_is_the_organisation_named_right_before(before, found):
    got = [f for f in _framing(_company_said(before), COMPANY_CLAIMED)
           if f.detail["rule"] == "framing.story.attribution"]
    assert bool(got) is found, [(_words(f), f.detail["rule"]) for f in _framing(_company_said(before), COMPANY_CLAIMED)]
    if found:
        assert _words(got[0]) == ("said", "claimed")


def test_the_ministry_is_no_company_named_before():
    a = (f"{LEDE_A}\n\nThe silo was run by Orlen Silo Works, which operates nine depots in Ostreval. "
         "In a statement, the ministry said the staff had checked the gas dryers every night and "
         "that it was cooperating with the fire inspectors.")
    got = [f for f in _framing(a, COMPANY_CLAIMED) if f.detail["rule"] == "framing.story.attribution"]
    assert got == [], [f.summary for f in got]


def test_the_company_is_no_organisation_its_own_quote_names():
    """An organisation named inside the quote "the company" speaks is what it talks about,
    not who it is (review16e): the depot's owner blaming the dryer maker is not the maker
    claiming the opposite."""
    a = (f"{LEDE_A}\n\nThe fire started in the north shed, where the old gas dryers stood. \"Vask "
         "Holdings supplied those faulty gas dryers to the depot last spring and never serviced "
         "them,\" the company said in a statement.")
    b = (f"{LEDE_B}\n\nFirefighters worked through the night. Vask Holdings, a dryer maker from "
         "Pelisca, claimed the gas dryers it supplied to the depot last spring had been serviced "
         "every month.")
    got = [f for f in _framing(a, b) if f.detail["rule"] == "framing.story.attribution"]
    assert got == [], [f.summary for f in got]


@pytest.mark.parametrize(("tail", "hot"), [
    ("on Saturday.", True),
    ("on Monday night, as crews searched the ruins.", True),
    ("on state television.", True),
    # a day or medium word that opens a noun object: what the speaker insisted on
    # (review16e)
    ("on state funding.", False),
    ("on Sunday trading.", False),
    ("on national unity.", False),
])
def test_trailing_cue_adjunct_ends_in_a_day_or_medium(tail, hot):
    from storylens.findings.attribution import reports_statement

    text = f'"The clinic in Dunmarrow must stay open," cooperative chair Ilka Varrow insisted {tail}'
    end = text.index(" insisted") + len(" insisted")
    assert reports_statement(text, end, after_quote=True) is hot


def test_a_person_the_quote_names_is_not_whom_he_means():
    """'"Fire chief Anton Bessel and his crews saved this town ...," he told reporters.':
    the mayor named before speaks about the chief; the chief is not "he" (review16e), so
    the mayor's praise is no statement of the chief's to set against his own claim."""
    a = (f"{LEDE_A}\n\nMayor Perrin Sauk visited the shelter at the school on Monday.\n\n\"Fire "
         "chief Anton Bessel and his crews saved this town from a far worse night,\" he told "
         "reporters.")
    b = f"{LEDE_B}\n\nFire chief Anton Bessel claimed his crews had saved the town from a far worse night."
    got = [f for f in _framing(a, b) if f.detail["rule"].startswith("framing.story.attribution")]
    assert got == [], [f.summary for f in got]
