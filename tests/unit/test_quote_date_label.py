"""quote_changed says a dropped or changed weekday or month in a quote as a date, not a
place (same kind and grade; session 13 tidy), on invented text (fictional Vellaria)."""

from __future__ import annotations

import pytest
import support

PRE = (
    "The Vellarian works ministry met engineers from six towns in Port Vella on Tuesday. "
    "Talks lasted four hours and ended without a joint statement.\n\n"
)
POST = "\n\nThe engineers are due to meet again next month in the capital."


def _changes(a: str, b: str):
    return support.quote_changes_between(a, b, PRE, POST, ('Harbour Post', 'Vella Times'), 'Works')


@pytest.mark.parametrize("a,b,label,words", [
    # a month dropped from a pledge: a date, graded as a place is (meaning)
    ('"We will reopen the old bridge in March," Orvan Tesk said.',
     '"We will reopen the old bridge," Orvan Tesk said.', "a date dropped", "'in March'"),
    # a weekday swapped for another
    ('"The ferry sails again on Tuesday, not before," Orvan Tesk said.',
     '"The ferry sails again on Friday, not before," Orvan Tesk said.', "a date changed",
     "'Tuesday,' / 'Friday,'"),
    # a month that is a name too, after a time preposition: a date
    ('"The quay will be rebuilt by May," Orvan Tesk said.',
     '"The quay will be rebuilt," Orvan Tesk said.', "a date dropped", "'by May'"),
    # near misses: a place, and a person whose surname is a month, stay names or places
    ('"We will reopen the old bridge in Marsk," Orvan Tesk said.',
     '"We will reopen the old bridge," Orvan Tesk said.', "a name or place dropped",
     "'in Marsk'"),
    ('"We will reopen the old bridge with Ilda May," Orvan Tesk said.',
     '"We will reopen the old bridge," Orvan Tesk said.', "a name or place dropped",
     "'with Ilda May'"),
])
def test_a_dropped_date_is_said_as_a_date(a, b, label, words):
    (f,) = _changes(a, b)
    assert f.detail["change"] == "place"  # same kind and grade as a place
    assert f.detail["meaningful"] is True
    assert f.detail["explanation"].startswith(f"meaning: {label} ({words})"), f.detail
    assert f.summary.endswith(f"({label}).")
