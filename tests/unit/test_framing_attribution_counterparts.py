"""The other outlet's side of a story-wide attribution contrast (session 15): a verb that
tells the speaker's statement without doubting it ("stressed", "confirmed", "explained")
is as much that side as "said", and against a doubt verb so is a denial told as made
("denied"). Blind-written keys mark "Brenner claimed the case was 'isolated'" against
"'This is an isolated case ...,' Brenner stressed" (rules/attribution
PLAIN_COUNTERPART_LEMMAS, DOUBT_COUNTERPART_LEMMAS). Near misses: a denial against an
admission (two statements), a counterpart verb against "said" (neither is loaded), two
speakers, legal wording. Also a speaker written as a description of an organisation in
both outlets ("The company said" / "The company insisted", ``attribution._description_key``),
by the statement rule only; and an organisation's one-word short form ("Marrow insisted")
as the full name its article gave before ("Marrow Chemicals", ``attribution._long_form``).
Invented text (a fictional Marrowby salt-works closure)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("The Keswold Salt Company closed its works at Marrowby on Tuesday, putting 640 "
        "people out of work in the Tessin valley. The works had produced salt since 1911.\n\n")


def _framings(a: str, b: str, outlets: tuple[str, str] = ("Tessin Courier", "Valley Voice")):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=LEDE + t)
            for i, (t, o) in enumerate(zip((a, b), outlets, strict=True))]
    return [f for f in compare_articles(arts, Options()).findings if f.type == "framing"
            and f.detail.get("kind") in ("attribution_verb", "attribution_profile")]


CLAIMED = ("Economy Minister Orla Fenwick claimed the closure had nothing to do with the "
           "energy subsidy cut.")
CASES = [
    # (id, Tessin Courier's text, Valley Voice's text, the two words shown or None)
    ("'claimed' against 'stressed' for one statement",
     "\"The closure has nothing to do with the energy subsidy cut,\" Economy Minister Orla "
     "Fenwick stressed.", CLAIMED, ("stressed", "claimed")),
    ("'insisted' against 'confirmed' for one statement",
     "Economy Minister Orla Fenwick confirmed that the government would pay the redundancy "
     "bonus to all 640 workers.",
     "Economy Minister Orla Fenwick insisted that the government would pay a redundancy "
     "bonus to all 640 workers.", ("confirmed", "insisted")),
    ("'claimed' against 'denied' for one statement",
     "Economy Minister Orla Fenwick denied that the energy subsidy cut had caused the "
     "closure.", CLAIMED, ("denied", "claimed")),
    ("near miss: 'admitted' against 'denied' (a denial and an admission are two statements)",
     "Economy Minister Orla Fenwick denied that the energy subsidy cut had caused the "
     "closure.",
     "Economy Minister Orla Fenwick admitted that the energy subsidy cut had caused the "
     "closure.", None),
    ("near miss: 'stressed' against 'said' (neither verb doubts the statement)",
     "\"The closure has nothing to do with the energy subsidy cut,\" Economy Minister Orla "
     "Fenwick stressed.",
     "Economy Minister Orla Fenwick said the closure had nothing to do with the energy "
     "subsidy cut.", None),
    ("near miss: two speakers",
     "\"The closure has nothing to do with the energy subsidy cut,\" Economy Minister Orla "
     "Fenwick stressed.",
     "Union leader Tomas Greel claimed the closure had everything to do with the energy "
     "subsidy cut.", None),
    ("near miss: legal wording ('prosecutors claimed')",
     "Prosecutors stressed that the company had hidden the energy subsidy accounts from "
     "the regulator.",
     "Prosecutors claimed that the company had hidden the energy subsidy accounts from the "
     "regulator.", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_counterpart_verbs(case):
    _id, a, b, want = case
    got = _framings(a, b)
    if want is None:
        assert not got, [f.summary for f in got]
        return
    assert got, "no attribution framing"
    plain, loaded = want
    f = got[0]
    assert f.detail["a"]["word"].lower().startswith(plain), f.summary
    assert f.detail["b"]["word"].lower().startswith(loaded), f.summary
    assert "Fenwick" in f.summary, f.summary


def test_aligned_group_names_the_counterpart_beside_said():
    """Three outlets, one sentence: "said" and "stressed" on one side, "claimed" on the
    other; the counterpart joins the neutral side only beside a "said"."""
    said = ("Economy Minister Orla Fenwick said the closure had nothing to do with the energy "
            "subsidy cut, and that talks with buyers would go on.")
    stressed = ("Economy Minister Orla Fenwick stressed the closure had nothing to do with the "
                "energy subsidy cut, and that talks with buyers would go on.")
    claimed = ("Economy Minister Orla Fenwick claimed the closure had nothing to do with the "
               "energy subsidy cut, and that talks with buyers would go on.")
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=LEDE + t) for i, (t, o) in
            enumerate(zip((said, stressed, claimed),
                          ("Tessin Courier", "Salt Coast News", "Valley Voice"), strict=True))]
    got = [f for f in compare_articles(arts, Options()).findings if f.type == "framing"
           and f.detail.get("kind") == "attribution_verb"]
    assert len(got) == 1, [f.summary for f in got]
    assert "'said'" in got[0].summary and "'stressed'" in got[0].summary, got[0].summary
    assert "'claimed'" in got[0].summary, got[0].summary


DESCRIBED = [
    # (id, Tessin Courier's text, Valley Voice's text, a finding expected)
    ("an organisation written as a description in both outlets ('The company')",
     "The company said on Monday evening that it had followed every safety rule at the brine "
     "wells, a day after the valley council demanded an inquiry.",
     "The company insisted that it had followed every safety rule at the Marrowby brine wells, "
     "and accused the council of ignoring its warning letter of January about the subsidy cut.",
     True),
    ("near miss: two statements of 'the company' (no profile for a description)",
     "The company said the brine wells would be sealed by the end of the month.",
     "The company insisted the closure had been forced on it by the energy subsidy cut.", False),
]


@pytest.mark.parametrize("case", DESCRIBED, ids=[c[0] for c in DESCRIBED])
def test_description_speakers(case):
    _id, a, b, want = case
    got = _framings(a, b)
    assert bool(got) is want, [f.summary for f in got]
    if want:
        assert "for the company" in got[0].summary, got[0].summary


SHORT = [
    # (id, Tessin Courier's text, Valley Voice's text, a finding expected)
    ("an organisation's short form stands for its full name earlier in the article",
     "Marrow Chemicals said the closure would cost all 640 workers their jobs.",
     "Marrow Chemicals bought the works in 2019.\n\nMarrow insisted the closure had been "
     "forced on it by the energy subsidy cut.", "Marrow Chemicals"),
    ("near miss: a short form with no full name before it in its own article",
     "Marrow Chemicals said the closure would cost all 640 workers their jobs.",
     "Marrow insisted the closure had been forced on it by the energy subsidy cut.", None),
]


@pytest.mark.parametrize("case", SHORT, ids=[c[0] for c in SHORT])
def test_organisation_short_form(case):
    _id, a, b, want = case
    got = _framings(a, b)
    if want is None:
        assert not got, [f.summary for f in got]
    else:
        assert len(got) == 1 and f"for {want}" in got[0].summary, [f.summary for f in got]


def test_a_persons_surname_is_no_short_form():
    """"Marrow said" is the man named Marrow when the story names him, whatever
    organisation starting with his surname the article named before ("the Marrow
    administration")."""
    a = ("Governor Ivo Marrow said he would pay the redundancy bonus to all 640 workers from "
         "the valley fund.")
    b = ("The Marrow administration bought the works in 2019.\n\nGovernor Ivo Marrow spoke "
         "at the gates.\n\n\"I will pay the redundancy bonus to all 640 workers from the "
         "valley fund,\" Marrow insisted.")
    got = _framings(a, b)
    assert got and "Marrow administration" not in got[0].summary, [f.summary for f in got]
