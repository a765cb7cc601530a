"""A culpability cue ("revealed") whose subject is evidence, not a speaker (a scan, blood
tests, a coroner's report), on invented text (fictional places, people and outlets).

real35 (session 35) read a real science story whose outlet showed "2 culpability" in the
default coverage table's attribution column: both cues were "The scan revealed …" and
"Blood tests revealed that …". Words to watch reads "reveal" as culpability for a speaker
who discloses something; a test result or a document that "revealed" a finding frames no
one, and the same evidence subject against another outlet's "stated" gives a framing line
("writes 'revealed' where … writes 'stated' for the same statement") that an editor would
read as wrong. The rows failed on main b3d043e1 and pass since evidence35 (session 35):
evidence or document subjects are no speaker a culpability cue can frame
(rules/attribution ``EVIDENCE_SUBJECT_HEADS``, read by
findings.attribution.speaker_cue_class). The near misses (a named person, an
organisation, an outlet, a company named for data) keep their culpability reading.
"""

from __future__ import annotations

import pytest

from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE_A = ("A fisherman from Olvest died in a fire at the Harnby boatyard on Sunday night, "
          "police said.")
LEDE_B = ("Police said a fisherman from Olvest was killed when fire swept the Harnby boatyard "
          "on Sunday night.")
TAIL_A = "The boatyard had no sprinklers, the fire service said."
TAIL_B = "The fire service said the boatyard had no sprinklers."
CLAIM = "he had died of smoke inhalation before the roof of the shed fell in."


def _comp(a: str, b: str):
    arts = [Article(id="a1", source="t", outlet="Harnby Herald", text=f"{LEDE_A}\n\n{a}\n\n{TAIL_A}"),
            Article(id="a2", source="t", outlet="Olvest Daily", text=f"{LEDE_B}\n\n{b}\n\n{TAIL_B}")]
    return compare_articles(arts, Options())


def _attribution_lines(a: str, b: str) -> list[str]:
    return [f.summary for f in _comp(a, b).findings
            if f.type == "framing" and "revealed" in f.summary]


def _culpability(a: str, b: str) -> dict[str, int]:
    cov = coverage_summary(_comp(a, b))
    return {o["outlet"]: o["attribution"]["culpability"] for o in cov["outlets"]}


FRAMING_ROWS = [
    # (Harnby Herald's sentence, Olvest Daily's sentence, framing line expected)
    pytest.param(f"The coroner's report revealed that {CLAIM}",
                 f"The coroner's report stated that {CLAIM}", False, id="coroner-report"),
    pytest.param(f"A post-mortem revealed that {CLAIM}",
                 f"A post-mortem said that {CLAIM}", False, id="post-mortem-said"),
    # near misses: a named speaker's "revealed" against "said"/"stated" stays a culpability
    # contrast (tests/unit/test_framing_revealed.py), and evidence against a verb with no
    # counterpart class ("found", "confirmed") gives nothing today
    pytest.param(f"Coroner Ilse Varga revealed that {CLAIM}",
                 f"Coroner Ilse Varga said that {CLAIM}", True, id="coroner-person"),
    pytest.param(f"A post-mortem revealed that {CLAIM}",
                 f"A post-mortem found that {CLAIM}", False, id="post-mortem-found"),
    # evidence35: an evidence head after a preposition's phrase gives none; an outlet and an
    # organisation that disclose something are speakers and keep the contrast
    pytest.param(f"A report by the harbour inspectors revealed that {CLAIM}",
                 f"A report by the harbour inspectors said that {CLAIM}", False, id="report-by"),
    pytest.param(f"The Harnby Herald revealed that {CLAIM}",
                 f"The Harnby Herald said that {CLAIM}", True, id="outlet"),
    pytest.param(f"The harbour company revealed that {CLAIM}",
                 f"The harbour company said that {CLAIM}", True, id="company"),
]


@pytest.mark.parametrize(("a", "b", "expected"), FRAMING_ROWS)
def test_revealed_by_evidence_is_no_framing(a, b, expected):
    assert bool(_attribution_lines(a, b)) is expected


TALLY_ROWS = [
    # (Harnby Herald's sentences, its culpability count expected in the coverage table)
    pytest.param("The scan revealed severe swelling in his lungs. Blood tests revealed that "
                 "he had breathed in dust from the feathers.", 0, id="scan-and-tests"),
    pytest.param("CCTV footage revealed that the gate of the boatyard had been left open.", 0, id="footage"),
    # near misses: an organisation and a person that disclose something are speakers
    pytest.param("The harbour company revealed that it would close the boatyard.", 1,
                 id="company"),
    pytest.param("Yard manager Tomas Reyk revealed that the sprinklers had been switched off.", 1,
                 id="person"),
    # evidence35: more evidence heads, one after a preposition's phrase, and speakers whose
    # words look like evidence (an outlet, a company named for its data, a person's report)
    pytest.param("A report by the harbour inspectors revealed that the alarm had failed.", 0,
                 id="report-by"),
    pytest.param("The inquiry’s findings revealed that the alarm had failed.", 0,
                 id="findings-possessive"),
    pytest.param("The Harnby Herald revealed that the alarm had failed.", 1, id="outlet"),
    pytest.param("Olvest Data revealed that the alarm had failed.", 1, id="company-data"),
    pytest.param("The report’s author, Mira Kesk, revealed that the alarm had failed.", 1,
                 id="report-author"),
]


@pytest.mark.parametrize(("a", "expected"), TALLY_ROWS)
def test_coverage_culpability_counts_speakers_only(a, expected):
    b = "The boatyard will stay closed until the inquiry ends."
    assert _culpability(a, b)["Harnby Herald"] == expected
