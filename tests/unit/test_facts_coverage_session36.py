"""Near misses for session 36's late fixes (fix36x) of the held-out read's rows 4 and 5
(tests/unit/test_heldout36_rows.py): a count of "others" is the others beside someone
(facts._addend), and a person's post written unnamed with her statement tells her side
(coverage._role_speaks). Invented text (fictional Port Velna, Drenvik and their people)."""

from __future__ import annotations

import pytest
import support
from support import OWN_LINES, verbatim_context

from storylens.findings import facts
from storylens.findings.coverage import find_omissions
from storylens.options import Options


@pytest.fixture
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


RAID = "Tomas Ferrel, 31, was {} when customs officers raided a warehouse in Port Velna."


@pytest.mark.usefixtures("_rules_only")
@pytest.mark.parametrize(("a", "b", "want"), [
    # the others beside him: no total of the arrested
    pytest.param("among nine people detained", "detained with eight others", [],
                 id="nine-vs-eight-others"),
    # two counts of others beside him still differ
    pytest.param("arrested with eight others", "arrested with six others", [{"eight", "six"}],
                 id="others-vs-others"),
    # "others" and "other men": two groups, never met
    pytest.param("arrested with eight other men", "arrested with six others", [],
                 id="other-men-vs-others"),

])
def test_count_of_others(a, b, want):
    got = [{str(v["text"]).lower() for v in f.detail["values"]}
           for f in support.fact_pair_findings(RAID.format(a), RAID.format(b))]
    assert got == want


OM = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
SHARED = "The regional governor said an inquiry into the fires would report within a month."
LEDE = "Police in Drenvik arrested a volunteer firefighter on suspicion of starting three forest fires."
NAMING = "Lawyer Ilse Varga said her client denied the charges and had served the brigade for ten years."
TAIL = ["Crews fought the blazes for two days in strong winds.",
        "The fire service said it was shocked by the arrest.",
        "Hikers were told to avoid the Drenvik ridge until Friday."]


def _leaves_out_varga(third: str) -> bool:
    givers = [[LEDE, NAMING, TAIL[i]] for i in range(3)]
    texts = [givers[0], givers[1], [LEDE, third, TAIL[0], TAIL[2]], givers[2]]
    ctx = verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS, OM)
    return any(f.detail["outlet"] == "Coast Courier" and f.detail["fact"]["text"] == "Ilse Varga"
               for f in find_omissions(ctx))


@pytest.mark.parametrize(("third", "left_out"), [
    # her post (in the plural) and her statement, her name dropped: told
    pytest.param("The suspect, through his lawyers, denies the charges.", False, id="lawyers-plural"),
    # her post and one word of her sentence, nothing she said: left out
    pytest.param("The suspect's lawyer was hired by the brigade.", True, id="post-one-word"),
    pytest.param("The suspect, through his lawyer, asked the brigade for bail on Monday.", True,
                 id="post-another-statement"),
    # another lawyer, named: the post is his, Varga left out
    pytest.param("Defence lawyer Piet Dorn said the firefighter denied the charges.", True,
                 id="another-named-lawyer"),
])
def test_post_with_her_statement(third, left_out):
    assert _leaves_out_varga(third) is left_out
