"""Session 12, credits and credit lines (fixes12a), each table with near misses (invented
people, outlets and posts).

* an acronym before "via" credits an agency only where an agency's acronym stands: at
  the line's start, after a mark or after a lower-case word ("Photo: AP via Reuters",
  "footage from KNA via Twitter"), or before a picture desk; never after a capitalised
  name before a social network ("Ana Cruz MP via Twitter" credited "MP");
* a "Credit:" line that reads as a credit ("Credit: Vella TV via Storyful") is removed
  as ``photo-credit`` and its credit kept (the line had stayed in the text);
* a tweet's signature dated in the embedding page's language ("1 января 2026 г.",
  "1. Januar 2026", "1 de enero de 2026", "2026年1月1日") is an embed signature.
"""

from __future__ import annotations

import pytest

from storylens.clean import clean_text

LEAD = "A ferry sank off Port Vell on Tuesday, the coastguard said, and all 40 passengers were rescued."


@pytest.mark.parametrize(("text", "want"), [
    # a person's post-nominal before "via" is no agency
    (f"{LEAD}\n\n\u201cWe saw the boat go under,\u201d said Ana Cruz MP via Twitter.", ()),
    (f"{LEAD}\n\nThe rescue was praised by Tomas Reyes MEP via Facebook.", ()),
    # near misses: an acronym where an agency stands keeps its credit
    (f"{LEAD}\n\nThe footage, released from KNA via Twitter, shows the ferry tilting.", ("KNA",)),
    (f"{LEAD}\n\nSmoke over Port Velling KNA via Getty", ("KNA",)),
    (f"{LEAD}\n\nSmoke over the docks. Photo: AP via Reuters", ("AP",)),
    (f"{LEAD}\n\nKNA via Getty Images", ("KNA",)),
    (f"{LEAD}\n\nCredit: Vella TV via Storyful", ("Vella TV",)),
])
def test_an_acronym_after_a_name_before_via_credits_nothing(text, want):
    assert clean_text(text).credits == want


@pytest.mark.parametrize(("line", "credit"), [
    ("Credit: Vella TV via Storyful", "Vella TV"),
    ("Credit: Jane Doe/KNA", "KNA"),
    ("Video credit: Jane Doe/Nordpix", None),
    ("Credit: Reuters", "Reuters"),
    ("CREDIT: Orm Harbour Cam via Nordpix", None),
])
def test_a_credit_line_is_removed_with_its_reason(line, credit):
    res = clean_text(f"{LEAD}\n\n{line}\n\nInvestigators will board the wreck on Friday.")
    assert [(r.text, r.reason) for r in res.removed] == [(line, "photo-credit")]
    assert line not in res.text
    if credit is not None:
        assert credit in res.credits


@pytest.mark.parametrize("line", [
    # near misses: a heading or a sentence after the label stays
    "Credit: Vella Banks Tighten Lending",
    "Credit: the council approved new loans for the ferry operator.",
    "Credit unions in Orm lent 4% more in 2025, the bank said.",
    "Credit: Ana Cruz",  # a name alone could be a heading's subject; no credit shape
])
def test_a_credit_label_before_no_credit_stays(line):
    res = clean_text(f"{LEAD}\n\n{line}\n\nInvestigators will board the wreck on Friday.")
    assert line in res.text, res.removed


POST = "The harbour of Orm stays shut until the storm passes. Ferries are cancelled!"


@pytest.mark.parametrize("signature", [
    "\u2014 Ana Lund (@alund) 1 \u044f\u043d\u0432\u0430\u0440\u044f 2026 \u0433.",
    "\u2014 Ana Lund (@alund) 1. Januar 2026",
    "\u2014 Ana Lund (@alund) 1 de enero de 2026",
    "\u2014 Ana Lund (@alund) 3 janvier 2026",
    "\u2014 Ana Lund (@alund) 2026\u5e741\u67083\u65e5",
    "\u2014 Ana Lund (@alund) March 3, 2026",  # the English forms as before
])
def test_a_signature_dated_in_another_language_is_an_embed(signature):
    res = clean_text(f"The mayor spoke on Monday about the storm and the harbour.\n\n{POST}\n\n"
                     f"{signature}\n\nCrews worked through the night at the quay.")
    assert [(r.text, r.reason) for r in res.removed] == [(signature, "embed")]
    assert ("embed", POST) in [(b.kind, res.text[b.start:b.end]) for b in res.blocks]


@pytest.mark.parametrize("line", [
    # near misses: a handle and a date in prose, or words after the date, stay
    "Ana Lund (@alund) posted on 1 \u044f\u043d\u0432\u0430\u0440\u044f 2026 that the harbour was shut.",
    "\u2014 Ana Lund (@alund) 1 de enero de 2026 and again on Friday, the harbour was shut.",
    "The mayor \u2014 Ana Lund (@alund) \u2014 wrote on 3 janvier 2026 that crews were ready.",
])
def test_a_handle_and_a_foreign_date_in_prose_stay(line):
    res = clean_text(f"The mayor spoke on Monday about the storm and the harbour.\n\n{line}\n\n"
                     "Crews worked through the night at the quay.")
    assert line in res.text, res.removed
