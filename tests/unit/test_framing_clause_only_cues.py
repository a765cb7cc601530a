"""A speech verb that also names a plain act ("maintain", "add", "write") with a noun object
reports no statement: no attribution contrast against another outlet's "say" (dev d54's
"the company that supplied and maintained the draw software" against "Investigators say").
Invented text; the near misses keep the reporting reading."""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.findings.common import FindingContext
from storylens.findings.framing import find_framing
from storylens.models import Alignment, Article, Document
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times"]


def _verbs(*sentences: str) -> list[str]:
    docs: list[Document] = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=t)))
        for i, t in enumerate(sentences)
    ]
    group = Alignment("paraphrase", tuple(f"a{i + 1}:s0" for i in range(len(docs))), 0.6)
    return [f.detail.get("rule", "") for f in find_framing(FindingContext.build(docs, [group]))
            if "attribution" in str(f.detail.get("rule", ""))]


PLAIN = ("Investigators say a technician at Quarnby Signals, which supplied the ticket "
         "machines, copied the passenger records onto a private drive.")


@pytest.mark.parametrize("other", [
    # a noun object: the verb tells what the firm did, not what anyone said
    "Prosecutors allege that a technician at Quarnby Signals, the firm that supplied and "
    "maintained the ticket machines, copied the passenger records onto a private drive.",
    "A technician at Quarnby Signals, which maintained the ticket machines for the city, "
    "copied the passenger records onto a private drive, investigators say.",
    "A technician at Quarnby Signals, which wrote the ticketing software, copied the "
    "passenger records onto a private drive, investigators say.",
    # after a comma, a short subject and the verb, a noun object is still an act (review17c)
    "Investigators say a technician copied the passenger records onto a private drive, "
    "and for years Quarnby Signals maintained the ticket machines on Monday nights.",
    # a name in quote marks before the verb is no quote the verb trails; a second verb
    # joined by "and" is the cue's coordinate, not its clause (review17c)
    "A technician at the firm \"Quarnby Signals\" maintained the ticket machines for years, "
    "investigators say.",
    "A technician at the firm Quarnby Signals maintained the ticket machines and copied the "
    "passenger records onto a private drive, investigators say.",
    "Investigators say a technician copied the passenger records onto a private drive in "
    "March, Quarnby Signals maintained the ticket machines.",
])
def test_a_plain_act_is_no_attribution(other: str) -> None:
    assert _verbs(PLAIN, other) == []


@pytest.mark.parametrize("other", [
    # near misses: the same verbs report the statement (a clause, a trailing cue)
    "The investigators maintained that a technician at Quarnby Signals had copied the "
    "passenger records onto a private drive without its knowledge.",
    "A technician at Quarnby Signals copied the passenger records onto a private drive, the "
    "investigators maintained.",
    # ... and a trailing cue whose day ends the clause, as after a quote (review17c)
    "A technician at Quarnby Signals copied the passenger records onto a private drive, the "
    "investigators maintained on Tuesday.",
    "\u201cA technician at Quarnby Signals copied the passenger records onto a private drive "
    "without its knowledge,\u201d the investigators\u2019 spokeswoman, Ana Velk, maintained at "
    "the briefing.",
])
def test_a_reporting_maintain_still_contrasts(other: str) -> None:
    plain = ("A technician at Quarnby Signals copied the passenger records onto a private drive "
             "without its knowledge, the investigators said.")
    assert _verbs(plain, other) != []
