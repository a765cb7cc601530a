"""fix36f (session 36, late): the framing rows of review36b and heldout36, rule by rule.

Each table pins one general reading with near misses: a doer read past a pair of commas or
dashes around an aside, and not cut at an unspaced en dash (framing._doer_stems); a label
in the role of a verb of false identity only within that role's noun phrase
(framing._impostor_label); a source opening that is no subject
(opportunism._opening_stems). Invented text only.
"""

from __future__ import annotations

import pytest

from storylens.findings.framing import _doer_stems, _impostor_label
from storylens.findings.opportunism import _opening_stems
from storylens.models import Sentence
from storylens.normalize import stem

# --- a doer before a verb (the verb is the last word of each row) -------------------------

DOER_ROWS = [
    # (the words before 'charged', a word of the doer expected, one not expected)
    pytest.param("Dock workers \u2013 some armed with iron bars \u2013 ", "workers", "bars",
                 id="spaced-en-dash-pair"),
    pytest.param("Dock workers\u2014some armed with iron bars\u2014", "workers", "bars",
                 id="unspaced-em-dash-pair"),
    pytest.param("Dock workers - some armed with iron bars - ", "workers", "bars",
                 id="spaced-hyphen-pair"),
    pytest.param("Dock workers, some armed with iron bars, ", "workers", "bars", id="comma-pair"),
    pytest.param("Guards from the Tarn\u2013Vella yard ", "guards", None, id="en-dash-compound"),
    # near misses: the clause's own doer after its last break is kept
    pytest.param("Under a warrant, officers ", "officers", "warrant", id="one-comma-doer-after"),
    pytest.param("At dawn \u2013 before the vote \u2013 riot police ", "police", "vote",
                 id="dash-pair-doer-after"),
]


@pytest.mark.parametrize(("before", "has", "lacks"), DOER_ROWS)
def test_the_doer_of_a_verb_past_an_aside(before, has, lacks):
    text = before + "charged into the crowd."
    got = _doer_stems(text, 0, len(before))
    assert stem(has) in got, got
    if lacks:
        assert stem(lacks) not in got, got


@pytest.mark.parametrize("before", [
    pytest.param("The crowd fell back, ", id="one-comma-no-pair"),
    pytest.param("The crowd fell back; then, ", id="semicolon-then-comma"),
    pytest.param("The crowd fell back \u2013 ", id="one-dash"),
])
def test_no_doer_after_a_lone_break(before):
    assert _doer_stems(before + "charged into the crowd.", 0, len(before)) == frozenset()


# --- a label in the role of a verb of false identity ---------------------------------------

IMPOSTOR_ROWS = [
    # (the words before the label, the label under the frame)
    pytest.param("callers posing as tax ", True, id="role-modifier"),
    pytest.param("a woman posing as a retired ", True, id="determiner-then-participle"),
    pytest.param("men claiming to be officers of the ", True, id="of-complement"),
    pytest.param("men pretending to be ", True, id="role-itself"),
    pytest.param("Detectives posing as buyers arrested the ", False, id="past-verb-after-role"),
    pytest.param("Detectives posing as buyers then the ", False, id="determiner-after-role"),
    pytest.param("Detectives, posing as pensioners, trapped the ", False, id="closed-by-comma"),
    pytest.param("Detectives arrested the ", False, id="no-frame"),
]


@pytest.mark.parametrize(("before", "under"), IMPOSTOR_ROWS)
def test_a_label_within_the_assumed_role(before, under):
    text = before + "ringleader at a flat."
    assert _impostor_label(text, 0, len(before)) is under


# --- a source opening is no subject (opportunism) ------------------------------------------

def _sentence(text: str) -> Sentence:
    return Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text)


@pytest.mark.parametrize(("text", "actor"), [
    pytest.param("According to the association, the league's rules allow bare walls.", False,
                 id="according-to"),
    pytest.param("The association renewed its call for padded walls.", True, id="subject"),
    pytest.param("According to its chair, the association renewed its call.", True,
                 id="subject-after-source"),
])
def test_a_source_opening_names_no_actor(text, actor):
    assert (stem("association") in _opening_stems(_sentence(text))) is actor
