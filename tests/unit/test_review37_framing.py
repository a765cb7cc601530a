"""review37f: framing37's ``attribution._post_holder`` (session 37) reads "Vell's lawyer
claimed" as the one person the story names as "the X's lawyer" / "her lawyer" / "Lawyer Ana
Roe". The named owner of the post is one person, so a post the story ties to a group ("the
victims' lawyer, Ana Roe", "their lawyer, Ana Roe") or to a body ("the council's lawyer, Ana
Roe") is someone else's lawyer: keying the loaded 'claimed' of Vell's lawyer on her is a
wrong speaker (and a wrong verb profile for her). Fixed: a name tied to the post only by such
an owner (a plural, "their", an organisation word of rules/words ORG_WORDS) is no holder
alone, though still a second candidate where another lawyer is named. Left as xfail: a
singular other party ("the watchman's lawyer, Ana Roe"), which only knowing whom "the
watchman" means could tell. Invented text (a fictional Orvik grain-store fire)."""

from __future__ import annotations

import pytest

from storylens.findings import FindingContext
from storylens.findings.attribution import _uses_by_speaker
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
FIRE = ("Farmer Tomas Vell was charged in Orvik on Tuesday with setting fire to the town's "
        "grain store.\n\n")
# outlet 1 names Ana Roe, but as another party's lawyer, beside the unnamed "Vell's lawyer"
CLAIMED = ("Vell's lawyer claimed he was innocent. Ana Roe, who speaks for the families of "
           "the two injured night guards, said they wanted answers.")


def _claimed_keys(other: str) -> list[str]:
    """The speaker keys under which outlet 1's 'claimed' is read."""
    arts = [Article(id="a1", source="t", outlet="Orvik Post", text=FIRE + CLAIMED),
            Article(id="a2", source="t", outlet="Valley Wire", text=FIRE + other)]
    comp = compare_articles(arts, STORY)
    by, _ = _uses_by_speaker(FindingContext.build(comp.documents, comp.alignments, comp.provenance))
    return sorted(k for k, per in by.items()
                  if any(u[1][2] == "claimed" for u in per.get("a1", ())))


@pytest.mark.parametrize("other", [
    pytest.param("The defendant's lawyer, Ana Roe, said her client denied all the charges.",
                 id="control-defendants-lawyer"),
    pytest.param("Lawyer Ana Roe said her client would plead not guilty.", id="control-title"),
])
def test_control_the_one_lawyer_named_is_the_holder(other):
    assert _claimed_keys(other) == ["roe"]


@pytest.mark.parametrize("other", [
    pytest.param("The guards' lawyer, Ana Roe, said the families wanted answers.",
                 id="a-groups-lawyer"),
    pytest.param("Ana Roe, the guards' lawyer, said the families wanted answers.",
                 id="a-groups-lawyer-after-the-name"),
    pytest.param("The council's lawyer, Ana Roe, said the town would seek damages.",
                 id="a-bodys-lawyer"),
    pytest.param("The guards were badly burned. Their lawyer, Ana Roe, said the families "
                 "wanted answers.", id="their-lawyer"),
    pytest.param("The guards were badly burned. Their lawyer Ana Roe said the families "
                 "wanted answers.", id="their-lawyer-no-comma"),
])
def test_near_miss_another_partys_lawyer_is_not_the_holder(other):
    assert "roe" not in _claimed_keys(other)


@pytest.mark.xfail(strict=True, reason="'the victim's' is one person too: only whom it means "
                   "(not Vell) tells the post apart; _post_holder takes any singular owner")
def test_near_miss_a_single_other_partys_lawyer():
    assert "roe" not in _claimed_keys(
        "The watchman's lawyer, Ana Roe, said her client wanted answers.")


# A quoted phrase lifted whole into the other outlet's longer quote (``_lifted_quote``, its
# clause test; and framing37's opening-quote path, rules/attribution
# LIFTED_OPENING_MIN_WORDS) is read as one statement however that quote goes on, so a longer
# quote that denies its opening ('"The dam is holding", people keep telling me, but that is
# not true') links to the short one as one statement told with 'insisted' / 'said'.
# Pre-existing (the merge's first parent gives the same finding: the clause ends at the comma),
# not framing37's. Left as xfail: a negation after the phrase is most often a further point
# ("... but the spillway has not been checked"), which must still link.
LEDE = ("Floodwater reached the crest of the Varnholm dam on Sunday night and 2,000 people "
        "downstream were told to leave their homes in the Liss valley.\n\n")


def _insisted(plain: str, loaded: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Liss Courier", text=LEDE + plain),
            Article(id="a2", source="t", outlet="Varn Tribune", text=LEDE + loaded)]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and "'insisted'" in f.summary]


@pytest.mark.xfail(strict=True, reason="the opening-quote link reads no word after the "
                   "opening: a longer quote denying its own opening still links")
def test_near_miss_a_longer_quote_that_denies_its_opening():
    plain = ("Dam keeper Oskar Brenn said on Monday that 40 workers were checking the wall. "
             "\"The dam is holding, people keep telling me, but that is simply not true,\" "
             "he said.")
    loaded = ("\"The dam is holding,\" dam keeper Oskar Brenn insisted on Monday, as lorries "
              "brought sandbags to the lower bank.")
    assert _insisted(plain, loaded) == []
