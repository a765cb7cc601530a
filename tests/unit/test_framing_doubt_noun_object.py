"""Two aligned framing wrongs of session 17's new dev, each from a general cause. Invented
text; the near misses keep the findings the rules exist for.

- A doubt verb with a noun object reports no statement ("a fire that has claimed three
  lives", "claimed the title"): no attribution contrast against another outlet's "told"
  (dev d51), as the story-wide rule already reads it (attribution.reports_statement).
- A sentence whose "alleged" a legal word exempts ("arrested") still hedges: it is no
  plain side against another outlet's "alleged" (dev d58, both outlets wrote "The alleged
  ringleader")."""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.findings.common import FindingContext
from storylens.findings.framing import find_framing
from storylens.models import Alignment, Article, Document
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times"]


def _rules(*sentences: str) -> list[str]:
    docs: list[Document] = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=t)))
        for i, t in enumerate(sentences)
    ]
    group = Alignment("paraphrase", tuple(f"a{i + 1}:s0" for i in range(len(docs))), 0.6)
    return [str(f.detail.get("rule", ""))
            for f in find_framing(FindingContext.build(docs, [group]))]


def _attribution(*sentences: str) -> list[str]:
    return [r for r in _rules(*sentences) if "attribution" in r]


def _hedges(*sentences: str) -> list[str]:
    return [r for r in _rules(*sentences) if r == "framing.aligned.doubt_hedge"]


TOLD = ("Crew members told the Times that the Orlen ferry line had sailed for forty years "
        "without a single fire aboard before the blaze at Tarvik quay.")


@pytest.mark.parametrize("other", [
    # a toll: the subject is an event, the object the lives it took
    "Questions grew on Monday over the Orlen ferry line's crew cuts after a fire at Tarvik "
    "quay that has now claimed three lives aboard the ferry.",
    # a prize, a payment: a noun object, no statement
    "The Orlen ferry line, which claimed the coastal safety award for forty years without "
    "a single fire aboard, lost a ferry in the blaze at Tarvik quay.",
    "Crew members of the Orlen ferry line, which sailed for forty years without a fire "
    "aboard, claimed compensation after the blaze at Tarvik quay.",
    # review17e: a weekday before a noun object is still a noun object
    "Crew members of the Orlen ferry line, which sailed for forty years without a fire "
    "aboard, claimed on Monday compensation for the blaze at Tarvik quay.",
])
def test_a_doubt_verb_with_a_noun_object_is_no_attribution(other: str) -> None:
    assert _attribution(TOLD, other) == []


@pytest.mark.parametrize("other", [
    # near misses: the same verb reporting a clause, a bare clause, or trailing a quote
    "Crew members claimed that the Orlen ferry line had sailed for forty years without a "
    "single fire aboard before the blaze at Tarvik quay.",
    "Crew members claimed the Orlen ferry line had sailed for forty years without a single "
    "fire aboard before the blaze at Tarvik quay.",
    # a quote opening in the clause: a statement, whatever its verb (dev d06's 'insisted the
    # government "owes the families the truth"')
    'Crew members insisted the Orlen ferry line "sails safely for forty years without a '
    'single fire aboard", before the blaze at Tarvik quay.',
    # review17e: a weekday before the clause, no "that" (failed before: the aligned rule
    # took the story-wide reading, which wanted "that" after the day)
    "Crew members claimed on Monday the Orlen ferry line had sailed for forty years "
    "without a single fire aboard before the blaze at Tarvik quay.",
])
def test_a_reporting_claim_still_contrasts(other: str) -> None:
    assert _attribution(TOLD, other) != []


HEDGED = ("The alleged ringleader, Osric Tamm, 51, is a former clerk at the Harbour Licensing "
          "Office who was dismissed in 2022, Harbourmaster Ilse Corwen said.")


def test_an_exempted_hedge_counts_for_neither_side() -> None:
    # both outlets write "alleged"; in one, "arrested" makes it the word a charge needs
    other = "The alleged ringleader, Osric Tamm, was arrested at the Harbour Licensing Office."
    assert _hedges(HEDGED, other) == []
    assert _hedges(other, HEDGED) == []


def test_a_legal_hedge_is_no_plain_side() -> None:
    # "suspected" hedges as a charge's word (dev d48's "a suspected price-fixing cartel")
    other = ("Police arrested the suspected ringleader, Osric Tamm, 51, a former clerk at the "
             "Harbour Licensing Office who was dismissed in 2022.")
    assert _hedges(HEDGED, other) == []


def test_a_hedge_against_a_plain_statement_still_counts() -> None:
    # near misses: the other outlet writes no hedge at all, with or without a legal word
    plain = ("The ringleader, Osric Tamm, 51, is a former clerk at the Harbour Licensing "
             "Office who was dismissed in 2022.")
    assert _hedges(HEDGED, plain) == ["framing.aligned.doubt_hedge"]
    arrested = ("The ringleader, Osric Tamm, 51, a former clerk at the Harbour Licensing "
                "Office who was dismissed in 2022, was arrested on Sunday.")
    assert _hedges(HEDGED, arrested) == ["framing.aligned.doubt_hedge"]
