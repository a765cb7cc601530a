"""Late fixes of session 37 (fix37x) to off-by-default fact_conflict and omission wrongs,
each cause told in invented text (fictional Orskian carriers, lynx and herders, the
Halcyon Star of tests/support.py) beside its near misses:

1. two amounts of money for different things: one says what it was spent on, the other's
   words name none of it (held-out t259: compensation for livestock killed / spending on
   fences) -- facts._purpose, facts._purposes_apart;
3. an outlet giving its own count of the same people in another word ("travellers" /
   "passengers") leaves nothing out (dev d251) -- rules/numbers.FACT_HEADS;
2. a party told by its initials or its adjective is not left out (held-out t257);
4. a side told without its spokesman's name (dev d258).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts


@pytest.fixture
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


COMPENSATION = ("Herders receive payments from the state for reindeer killed by lynx, which cost "
                "the treasury 41 million crowns last year.")


@pytest.mark.usefixtures("_rules_only")
@pytest.mark.parametrize(("a", "b", "conflict"), [
    # what each sum was for: payments for reindeer killed / spending on fences
    pytest.param(COMPENSATION, "Just 6 million crowns was spent on fencing grants last year.", False,
                 id="compensation-vs-fencing"),
    pytest.param("The state spent 41 million crowns on lynx compensation last year.",
                 "The state spent only 6 million crowns on fencing grants last year.", False,
                 id="spent-on-two-things"),
    # one thing on both sides: still a conflict
    pytest.param("The fencing grants cost the treasury 41 million crowns last year.",
                 "Just 6 million crowns was spent on fencing grants last year.", True,
                 id="same-purpose-cost-vs-spent"),
    pytest.param("The state spent 41 million crowns on fencing grants last year.",
                 "The state spent only 6 million crowns on fencing grants last year.", True,
                 id="same-purpose-both-spent"),
    pytest.param("Lynx compensation cost the treasury 41 million crowns last year.",
                 "Some 6 million crowns was spent on lynx compensation last year.", True,
                 id="compensation-both"),
    # no purpose on either side: untouched
    pytest.param("The new ferry cost 41 million crowns.", "The new ferry cost 6 million crowns.", True,
                 id="plain-cost"),
])
def test_amounts_for_two_purposes(a, b, conflict):
    got = support.fact_pair_findings(a, b)
    assert bool(got) is conflict, [f.summary for f in got]


STRANDED = ("The ship's owner, a budget freight line, went bust, leaving about 38,000 travellers "
            "stranded in ports abroad.")


@pytest.mark.parametrize(("own", "left_out"), [
    pytest.param(None, True, id="no-figure"),
    # its own count of the same people, in another word: a conflict, nothing left out
    pytest.param("The owner's sudden collapse left some 45,000 passengers stuck abroad.", False,
                 id="passengers-for-travellers"),
    pytest.param("The owner's sudden collapse left some 45,000 travellers stuck abroad.", False,
                 id="travellers-both"),
    # a count of another thing: the travellers are left out
    pytest.param("The owner's sudden collapse left some 45,000 containers stuck abroad.", True,
                 id="containers"),
    pytest.param("The owner's sudden collapse left some 4,500 sailors unpaid.", True, id="sailors"),
])
def test_own_count_in_another_word(own, left_out):
    assert ("38,000" in support.halcyon_story(STRANDED, own)[0]) is left_out


def test_travellers_and_passengers_still_conflict():
    got = support.fact_pair_findings(
        "The collapse left about 38,000 travellers stranded abroad.",
        "The collapse left some 45,000 passengers stranded abroad.")
    assert [sorted(str(v["text"]) for v in f.detail["values"]) for f in got] == [["38,000", "45,000"]]
