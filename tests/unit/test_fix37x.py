"""Late fixes of session 37 (fix37x) to off-by-default fact_conflict and omission wrongs,
each cause told in invented text (fictional Orskian carriers, lynx and herders, the
Halcyon Star of tests/support.py) beside its near misses:

1. two amounts of money for different things: one says what it was spent on, the other's
   words name none of it (held-out t259: compensation for livestock killed / spending on
   fences) -- facts._purpose, facts._purposes_apart;
3. (not fixed: strict xfail rows) an outlet giving its own count of the same people in
   another word ("travellers" / "passengers") leaves nothing out (dev d251);
2. a party told by its initials is not left out (held-out t257) -- coverage._org_initials;
4. (not fixed: see the note at the end) a side told without its spokesman's name (dev d258).
"""

from __future__ import annotations

import pytest
import support
from support import OWN_LINES, verbatim_context

from storylens.findings import facts
from storylens.findings.coverage import _org_initials, find_omissions
from storylens.options import Options


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
                 id="passengers-for-travellers", marks=pytest.mark.xfail(strict=True, reason="cause (3), dev d251: 'travellers' is no measure head where "
                   "'passengers' is one, so the outlet's own count is not read as the same measure; "
                   "mapping travellers to passengers in rules/numbers.FACT_HEADS fixed it but made two "
                   "new vague-size fact_conflicts under --on all (dev ea6b149ad950, 19c30e2cff68), "
                   "so it was reverted")),
    pytest.param("The owner's sudden collapse left some 45,000 travellers stuck abroad.", False,
                 id="travellers-both"),
    # a count of another thing: the travellers are left out
    pytest.param("The owner's sudden collapse left some 45,000 containers stuck abroad.", True,
                 id="containers", marks=pytest.mark.xfail(strict=True, reason="cause (3), dev d251: 'travellers' is no measure head where "
                   "'passengers' is one, so the outlet's own count is not read as the same measure; "
                   "mapping travellers to passengers in rules/numbers.FACT_HEADS fixed it but made two "
                   "new vague-size fact_conflicts under --on all (dev ea6b149ad950, 19c30e2cff68), "
                   "so it was reverted")),
    pytest.param("The owner's sudden collapse left some 4,500 sailors unpaid.", True, id="sailors"),
])
def test_own_count_in_another_word(own, left_out):
    assert ("38,000" in support.halcyon_story(STRANDED, own)[0]) is left_out


@pytest.mark.xfail(strict=True, reason="cause (3), dev d251: 'travellers' is no measure head where "
                   "'passengers' is one, so the outlet's own count is not read as the same measure; "
                   "mapping travellers to passengers in rules/numbers.FACT_HEADS fixed it but made two "
                   "new vague-size fact_conflicts under --on all (dev ea6b149ad950, 19c30e2cff68), "
                   "so it was reverted")
def test_travellers_and_passengers_still_conflict():
    got = support.fact_pair_findings(
        "The collapse left about 38,000 travellers stranded abroad.",
        "The collapse left some 45,000 passengers stranded abroad.")
    assert [sorted(str(v["text"]) for v in f.detail["values"]) for f in got] == [["38,000", "45,000"]]


OM = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
SHARED = "The regional governor said an inquiry into the permits would report within a month."
LEDE = "Police in Drenvik arrested the town's deputy mayor on suspicion of taking bribes for building permits."
PARTY = ["The deputy mayor, a member of the opposition Social Liberal Union (SLU), has held the post since 2019.",
         "The Social Liberal Union said it had suspended his membership pending the inquiry."]
TAIL = ["Investigators searched the town hall for two days.",
        "The town council said it was shocked by the arrest.",
        "Builders were told their permits would be reviewed by Friday."]


def _left_out(naming: list[str], third: str, name: str) -> bool:
    givers = [[LEDE, *naming, TAIL[i]] for i in range(3)]
    texts = [givers[0], givers[1], [LEDE, third, TAIL[0], TAIL[2]], givers[2]]
    ctx = verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS, OM)
    return any(f.detail["outlet"] == "Coast Courier" and f.detail["fact"]["text"] == name
               for f in find_omissions(ctx))


@pytest.mark.parametrize(("third", "left_out"), [
    # the party by its initials: told
    pytest.param("His brother, an SLU councillor, was not detained.", False, id="initials"),
    # other initials, or the letters not written as initials: left out
    pytest.param("His brother, an SLP councillor, was not detained.", True, id="other-initials"),
    pytest.param("His brother, a Slu councillor, was not detained.", True, id="not-capitals"),
    pytest.param("His brother, a councillor, was not detained.", True, id="no-party"),
])
def test_party_by_its_initials(third, left_out):
    assert _left_out(PARTY, third, "Social Liberal Union") is left_out


@pytest.mark.parametrize(("name", "want"), [
    ("Social Liberal Union", "SLU"), ("Union of Dock Workers", "UDW"),
    ("Green Party", None),  # two letters recur by chance
    ("Rodrigo de la Vega", None),  # a particle is no joining word of a body's name
])
def test_initials(name, want):
    assert _org_initials(name) == want


# Cause (4), dev d258 (a body's side told with no name, 'His union claimed the suspension was
# an attack ...', its chair's name left out) is not fixed here: an invented reproduction of it
# did not make the chair a fact this harness leaves out, so no row is written (see the report).
