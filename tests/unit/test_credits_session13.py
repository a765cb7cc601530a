"""Session 13, credit lines (fixes13), each table with near misses (invented people and
outlets).

* "Credit: The Orrin Gazette" (a publication's name, no "via", no agency) alone on a line is
  a picture credit, removed as ``photo-credit``; a picture credited to an outlet is not the
  article's credit (it says where the picture came from, not the text);
* "Credit: Ilse Marek via Reuters" (a photographer's picture carried by a wire) is removed
  and the wire recorded as the article's credit, as "Credit: Ilse Marek/Reuters" is; the
  person never is.
"""

from __future__ import annotations

import pytest

from storylens.clean import clean_text

LEAD = "Floodwater closed the Tarrow bridge on Monday, the county said, and 300 homes were evacuated."
TAIL = "Engineers will inspect the bridge piers once the river falls."


def _clean(line: str):
    return clean_text(f"{LEAD}\n\n{line}\n\n{TAIL}")


@pytest.mark.parametrize(("line", "credits"), [
    ("Credit: The Orrin Gazette", ()),
    ("Credit: Orrin Gazette.", ()),
    ("Photo credit: The Tarrow Courier", ()),
    ("Credit: Ilse Marek/Orrin Gazette", ()),
    ("Credit: Ilse Marek via Reuters", ("Reuters",)),
    ("Photo: Ilse Marek via Reuters", ("Reuters",)),
    ("Credit: Ilse Marek via AFP", ("AFP",)),
    ("Credit: Ilse Marek via KNA", ("KNA",)),
    # already so before: the agency before "via" is the credit, not the distributor
    ("Credit: Tarrow TV via Storyful", ("Tarrow TV",)),
])
def test_a_credit_line_to_an_outlet_or_through_a_wire_is_removed(line, credits):
    res = _clean(line)
    assert [(r.text, r.reason) for r in res.removed] == [(line, "photo-credit")]
    assert line not in res.text
    assert res.credits == credits
    # the person is never a credit
    assert "Ilse Marek" not in res.credits


@pytest.mark.parametrize("line", [
    # near misses: a heading, a name alone, a sentence after the label, a bank
    "Credit: Tarrow Farmers Face Higher Rates",
    "Credit: Ilse Marek",
    "Credit: The Orrin Gazette reported that the bridge had been closed twice before.",
    "Credit: the county borrowed 2 million for repairs.",
    "Credit Tarrow, the county's lender, said loans would be deferred.",
    # near miss: "via" in a sentence that goes on is no credit line
    "Credit: Ilse Marek via Reuters and the county said the photo was taken on Monday.",
])
def test_a_credit_label_before_no_credit_stays(line):
    res = _clean(line)
    assert line in res.text, res.removed
    assert res.credits == ()
