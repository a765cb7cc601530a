"""Session 37 (framing37), from held-out t245 of session 36. Invented text: a fictional
Orvik grain-store fire.

1. ``attribution._uses_by_speaker``: a quote whose speaker the quote analysis read as the
   reported clause, in legal wording ("The defendant's lawyer, Ana Roe, said her client
   denied all the charges": speaker 'her client denied all the charges') leaves its cue to
   the narrated reading (as review26's clause speakers do) instead of dropping it as a
   legal source. Near misses: legal wording as the real speaker ("Prosecutors allege"), a
   description before the cue ("the charges say"), no name before the cue.
2. ``attribution._post_holder``: "Vell's lawyer claimed" is the one person the story names
   as the lawyer of someone it does not name there ("The defendant's lawyer, Ana Roe,";
   "Lawyer Ana Roe") where the same outlet names her too. Near misses: two lawyers named
   (the defendant's and the victims'); the post held for another named owner ("Mara Selt's
   lawyer, Ana Roe"); an outlet that never names her."""

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


def _uses(texts: list[str], article: str = "a1") -> dict[str, list[tuple[str, str]]]:
    """Speaker key -> (class, cue) of ``article``'s attributions."""
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=FIRE + t)
            for i, t in enumerate(texts)]
    comp = compare_articles(arts, STORY)
    by, _ = _uses_by_speaker(FindingContext.build(comp.documents, comp.alignments, comp.provenance))
    return {k: [(u[2], u[1][2]) for u in per[article]] for k, per in by.items() if article in per}


OTHER = "Lawyer Ana Roe said her client would plead not guilty."

LEGAL_CASES = [
    # (id, outlet 1's sentence, speaker key, its uses in outlet 1)
    ("a lawyer named in apposition, her clause in legal wording",
     "The defendant's lawyer, Ana Roe, said her client denied all the charges.",
     "roe", [("neutral", "said")]),
    ("the same with 'told'",
     "The defendant's lawyer, Ana Roe, told reporters her client denied all the charges.",
     "roe", [("neutral", "told")]),
    ("near miss: no name before the cue",
     "The defendant's lawyer said her client denied all the charges.", "roe", None),
]


@pytest.mark.parametrize("text, key, want", [c[1:] for c in LEGAL_CASES],
                         ids=[c[0] for c in LEGAL_CASES])
def test_a_legal_clause_read_as_speaker_leaves_the_cue_to_the_named_subject(text, key, want):
    assert _uses([text, OTHER]).get(key) == want


@pytest.mark.parametrize("text", [
    pytest.param("Prosecutors allege that Vell set the fire to claim the insurance.", id="allege"),
    pytest.param("The charges say Vell bought petrol in Orvik on the night of the fire.",
                 id="charges-say"),
])
def test_near_miss_legal_wording_stays_silent(text):
    got = _uses([text, OTHER])
    assert not any(u for k, us in got.items() for u in us if k != "roe"), got


CLAIMED = ("Vell's lawyer claimed he was innocent. \"He has farmed this valley for twenty "
           "years,\" Ana Roe said.")


def _claimed_key(texts: list[str]) -> list[str]:
    """The keys under which outlet 1's 'claimed' is read."""
    return sorted(k for k, us in _uses(texts).items() if ("doubt", "claimed") in us)


def test_a_possessed_post_is_the_one_lawyer_the_story_names():
    wire = "The defendant's lawyer, Ana Roe, said her client denied all the charges."
    assert _claimed_key([CLAIMED, wire]) == ["roe"]


def test_the_same_with_a_title():
    assert _claimed_key([CLAIMED, OTHER]) == ["roe"]


@pytest.mark.parametrize("texts", [
    pytest.param([CLAIMED, "The defendant's lawyer, Ana Roe, said her client was innocent. "
                  "The victims' lawyer, Lena Dorsk, said the families wanted answers."],
                 id="two-lawyers"),
    pytest.param([CLAIMED, "Mara Selt's lawyer, Ana Roe, said her client had lost her "
                  "harvest in the fire."], id="another-named-owner"),
    pytest.param([CLAIMED, "Mara Selt's lawyer Ana Roe said her client had lost her "
                  "harvest in the fire."], id="another-named-owner-no-comma"),
    pytest.param(["Vell's lawyer claimed he was innocent.", OTHER], id="not-named-there"),
])
def test_near_miss_no_one_holder(texts):
    assert "roe" not in _claimed_key(texts)


# 3. ``attribution._lead_in_quote``: the loaded gist leads into a quote that runs on over
# two sentences to its cue ('... claimed he was innocent. "He has farmed ... He denies
# everything," Ana Roe said.'): that cue is the quote's attribution, so the gist's verb is
# the outlet's verb for the statement the other outlet tells with 'said'. Near misses: the
# quote in a new paragraph; the quote told as a further point ('she added').
QUOTE = "\"He has farmed this valley for twenty years. He denies everything,\""
WIRE = ("The defendant's lawyer, Ana Roe, said her client denied all the charges. "
        f"{QUOTE} she said.")


def _profile_lines(loaded: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Orvik Post", text=FIRE + loaded),
            Article(id="a2", source="t", outlet="Valley Wire", text=FIRE + WIRE)]
    return [f.summary for f in compare_articles(arts, STORY).findings
            if f.type == "framing" and "'claimed'" in f.summary]


def test_a_gist_before_a_two_sentence_quote_is_the_outlets_verb_for_it():
    got = _profile_lines(f"Vell's lawyer claimed he was innocent. {QUOTE} Ana Roe said.")
    assert len(got) == 1 and "Ana Roe" in got[0], got


@pytest.mark.parametrize("loaded", [
    pytest.param(f"Vell's lawyer claimed he was innocent.\n\n{QUOTE} Ana Roe said.",
                 id="new-paragraph"),
    pytest.param("Vell's lawyer claimed he was innocent. \"He will also sue the council for "
                 "the lost harvest. He has kept every receipt,\" Ana Roe added.",
                 id="further-point"),
])
def test_near_miss_no_lead_in(loaded):
    assert _profile_lines(loaded) == []
