"""framing33 (session 33): a story-wide or aligned attribution line cites, on each side,
the reported lead-in of a quote given to the speaker's surname alone: the body sentence
right before the quote, a reported statement of the same speaker named in full there,
with a cue verb of the quote's own class and no direct quote of its own
(findings.attribution._named_lead_in, read by with_speaker_context). News style names a
speaker in full once and gives the quote after it to the surname: an editor cites the
lead-in for "said" (dev d73, d86, t99: the keyed plain sentence was the lead-in).

Near misses keep the line as it was: a sentence before the quote of another speaker, one
that only names the person (no statement of theirs), a lead-in with a tone verb of its
own ("warned"), a lead-in holding a direct quote of its own, a quote given to the full
name. And the line itself still stands where it should: "claimed" against "said" for the
same quote; "regime" against "government"; standard legal wording ("prosecutors allege")
is no doubt marker.

Invented text: a grain silo in Ostrava Nord (not the real city: the fictional province of
Velmark); Agriculture Minister Teodor Brask; the Velmark Courier and the Nordhavn Gazette.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE_A = "A grain silo collapsed in the Velmark port of Saltbridge on Monday, injuring four workers."
LEDE_B = "Four workers were hurt on Monday when a grain silo gave way at the Saltbridge docks."
QUOTE = ('"The silo was inspected in March and passed every test," Brask told reporters at '
         'the port.')
INSISTED = ("Agriculture Minister Teodor Brask insisted the silo \"was inspected in March and "
            "passed every test\".")

LEAD_IN = "Agriculture Minister Teodor Brask said the ministry would pay the workers' medical bills."
OTHER_SPEAKER = "Harbour master Ilse Varga said the ministry would pay the workers' medical bills."
NAMES_ONLY = "Dock workers called for Agriculture Minister Teodor Brask to visit the injured."
TONE_VERB = "Agriculture Minister Teodor Brask warned that more silos could be unsafe."
OWN_QUOTE = ('Agriculture Minister Teodor Brask said: "We will pay the workers\' medical '
             'bills."')


def _framing(b_body: str, a_body: str = INSISTED, options: Options | None = None):
    arts = [Article(id="v1", source="t", outlet="Velmark Courier", text=f"{LEDE_A} {a_body}"),
            Article(id="v2", source="t", outlet="Nordhavn Gazette", text=f"{LEDE_B} {b_body}")]
    comp = compare_articles(arts, options or Options(framing=True, story_framing=True))
    return comp, [f for f in comp.findings if f.type == "framing"]


def _cites(before: str) -> tuple[bool, bool]:
    """(whether the 'insisted' line stands, whether it cites ``before``'s sentence)."""
    comp, found = _framing(f"{before} {QUOTE}")
    lines = [f for f in found if "'insisted'" in f.summary]
    cited = {comp.sentence(sid).text for f in lines for sid in f.sentences}
    return bool(lines), any(before.strip() == t.strip() for t in cited)


@pytest.mark.parametrize(("before", "cited"), [
    pytest.param(LEAD_IN, True, id="lead-in-cited"),
    pytest.param(OTHER_SPEAKER, False, id="near-miss-another-speaker"),
    pytest.param(NAMES_ONLY, False, id="near-miss-names-the-person-only"),
    pytest.param(TONE_VERB, False, id="near-miss-tone-verb-lead-in"),
    pytest.param(OWN_QUOTE, False, id="near-miss-lead-in-with-its-own-quote"),
])
def test_the_plain_side_cites_the_quotes_lead_in(before, cited):
    stands, got = _cites(before)
    assert stands
    assert got == cited


def test_a_quote_given_to_the_full_name_adds_nothing():
    full = QUOTE.replace("Brask told", "Agriculture Minister Teodor Brask told")
    comp, found = _framing(f"{LEAD_IN} {full}")
    lines = [f for f in found if "'insisted'" in f.summary]
    assert lines
    cited = {comp.sentence(sid).text for f in lines for sid in f.sentences}
    assert LEAD_IN not in cited


def test_claimed_against_said_for_the_same_quote_still_stands():
    claimed = INSISTED.replace("insisted", "claimed")
    _comp, found = _framing(QUOTE, a_body=claimed)
    assert any("'claimed'" in f.summary for f in found)


def test_regime_against_government_still_stands():
    a = ("The Velmark regime on Monday ordered every grain silo in Saltbridge closed for "
         "inspection after the collapse.")
    b = ("The Velmark government on Monday ordered every grain silo in Saltbridge closed for "
         "inspection after the collapse.")
    _comp, found = _framing(b, a_body=a)
    assert any("'regime'" in f.summary.lower() or "regime" in f.summary for f in found)


def test_prosecutors_allege_is_no_doubt_marker():
    a = ("Prosecutors allege the silo operator skipped two inspections of the Saltbridge "
         "silo last year.")
    b = ("Prosecutors said the silo operator skipped two inspections of the Saltbridge "
         "silo last year.")
    _comp, found = _framing(b, a_body=a)
    assert not any("allege" in f.summary for f in found)
