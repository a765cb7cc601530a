"""Work done once per story, and per fact rather than per fact and article (complexity
guards: calls are counted, never timed). Invented text about a fictional flood in the
Brindle Valley.

* the fact mentions of an article are made once, for the fact comparer and the coverage
  summary alike (``facts.doc_mentions``);
* with ``--story-framing`` and ``--fact-coverage`` the findings and the summary share the
  story-wide framing and the fact coverage (``FindingContext.per_story``), and a context
  on other alignments does not;
* which articles carry a fact is read from inverted indexes: the per-article anchor
  tests (quote overlaps, name matches, value look-ups) no longer grow with facts x
  articles;
* a fact question (``facts._same_facts``) is asked once per pair of sentence signatures:
  copies of one wire sentence are answered alike, a copy with another figure on its own;
* the quote-change and shared-quote finders share each article's quote tokens, and the
  shared-source finder reads each article's credits once.
"""

from __future__ import annotations

import pytest

import storylens.analysis.names as N
import storylens.findings.coverage as C
import storylens.findings.facts as F
import storylens.findings.framing as FR
from storylens.findings.common import FindingContext
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

WORDS = ("harbour", "ferry", "lantern", "orchard", "granite", "violin", "meadow", "copper",
         "thistle", "beacon", "saddle", "marble")
# each official's own words (four per article, none shared)
QUOTE_WORDS = (("pumps", "sandbags", "levees", "drains"), ("gravel", "bridges", "culverts", "tunnels"),
               ("shelters", "blankets", "kettles", "cots"), ("tractors", "barges", "ropes", "ladders"),
               ("clinics", "nurses", "bandages", "stretchers"), ("schools", "teachers", "desks", "chalk"),
               ("bakeries", "flour", "ovens", "loaves"), ("pylons", "cables", "fuses", "meters"),
               ("fences", "cattle", "barns", "hay"), ("kennels", "dogs", "leashes", "collars"),
               ("canoes", "paddles", "oars", "buoys"), ("chapels", "bells", "pews", "organs"))
SURNAMES = ("Varga", "Okonkwo", "Lindqvist", "Tamaro", "Baptiste", "Holloway", "Iverson",
            "Kaczmarek", "Moreau", "Nakamura", "Quintero", "Rasmussen")


def _story(n: int, options: Options | None = None, shared_quote: bool = False):
    """``n`` articles on one flood, each quoting its own official with its own words and
    giving its own figure; with ``shared_quote`` the first two quote the same words."""
    arts = []
    for i in range(n):
        q, who = QUOTE_WORDS[i], SURNAMES[i]
        if shared_quote and i == 1:
            q, who = QUOTE_WORDS[0], SURNAMES[0]
        text = (f"The Brindle Valley flood closed the main road on Tuesday. "
                f"Mayor Ilse {who} said: \"We need {q[0]}, {q[1]}, {q[2]} and {q[3]} "
                f"before winter.\" Some {100 + 17 * i} homes lost power, the {WORDS[i]} "
                f"committee said.")
        arts.append(Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=text))
    return compare_articles(arts, options or Options())


def _count(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_mentions_made_once_per_document(monkeypatch):
    calls = _count(monkeypatch, F, "_mentions")
    comp = _story(4)
    after_findings = len(calls)
    coverage_summary(comp)
    assert after_findings == len(comp.documents)
    assert len(calls) == len(comp.documents)  # the summary made none again


def test_story_framing_and_coverage_shared_by_findings_and_summary(monkeypatch):
    framing = _count(monkeypatch, FR, "_story_framing")
    carried = _count(monkeypatch, C, "_carried_once")
    comp = _story(4, Options(framing=True, story_framing=True, fact_coverage=True))
    assert (len(framing), len(carried)) == (1, 1)
    first = coverage_summary(comp)
    assert (len(framing), len(carried)) == (1, 1)
    # the same summary as a comparison that never ran those findings
    plain = _story(4)
    assert coverage_summary(plain) == first


def test_story_memo_needs_the_same_alignments(monkeypatch):
    comp = _story(3, Options(framing=True, story_framing=True))
    framing = _count(monkeypatch, FR, "_story_framing")
    same = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    FR.story_framing(same)
    assert framing == []
    other = FindingContext.build(comp.documents, comp.alignments[:-1], comp.provenance)
    FR.story_framing(other)
    assert len(framing) == 1  # other alignments: computed again


def _anchor_tests(monkeypatch, n: int) -> tuple[int, list]:
    comp = _story(n)
    calls = _count(monkeypatch, C, "_overlap")
    names = _count(monkeypatch, N, "same_name")
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    carried, _ = C.carried_facts(ctx)
    monkeypatch.undo()
    return len(calls) + len(names), carried


def test_anchor_tests_do_not_grow_with_facts_times_articles(monkeypatch):
    small, carried_small = _anchor_tests(monkeypatch, 6)
    large, carried_large = _anchor_tests(monkeypatch, 12)
    # every article's quote and figure are its own: carried by it alone
    for carried, n in ((carried_small, 6), (carried_large, 12)):
        quotes = [c for c in carried if c.fact.kind == "quote"]
        assert len(quotes) == n
        assert all(len(c.carriers) == 1 and len(c.missing) == n - 1 for c in quotes)
    # per article and other article this was 60 then 264 quote comparisons (quadratic)
    assert large <= 2 * small + 4


def test_shared_quote_found_through_the_index():
    comp = _story(4, shared_quote=True)
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    carried, shared = C.carried_facts(ctx)
    quote_of = {c.fact.article: c for c in carried if c.fact.kind == "quote"}
    # a1 and a2 quote the same words: neither is "only here"; a3's quote is its own
    assert "a1" not in quote_of or "a2" in quote_of["a1"].carriers
    assert quote_of["a3"].carriers == ("a3",)
    assert any(k == "quote" for k, _, _ in shared["a1"])


# --- session 8: work per class of sentences and per article, not per pair ---------------

# (an exact toll: "at least 14" / "at least 19" are two floors that can both be true, no
# conflict since s11, test_fact_two_bounds.py)
WIRE = ("The Brindle Valley flood closed the main road on Tuesday. The flood killed {toll} "
        "people when the river broke its banks near Carrow, the regional council said. "
        "Rescue crews searched the lower fields until dark.")


def _wire_story(tolls: list[int], options: Options | None = None):
    """One wire story run by ``len(tolls)`` outlets word for word, each with its toll."""
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}",
                    text=WIRE.format(toll=t)) for i, t in enumerate(tolls)]
    return compare_articles(arts, options or Options())


def test_fact_pairs_of_copies_asked_once(monkeypatch):
    calls = _count(monkeypatch, F, "_same_facts")
    comp = _wire_story([14, 14, 14, 14, 14, 19], Options(fact_conflicts=True))
    conflicts = [f for f in comp.findings if f.type == "fact_conflict"]
    assert len(conflicts) == 1
    # the outlet with 19 against the five with 14: 15 sentence pairs, two questions (14/14
    # and 14/19; the same pair the other way round is a third)
    assert len(calls) <= 3
    values = conflicts[0].detail["values"]
    assert sorted(len(v["articles"]) for v in values) == [1, 5]


def test_fact_copies_with_another_figure_asked_on_their_own(monkeypatch):
    """Near miss: a copy whose toll differs is a sentence of its own signature, so it is
    asked about, not answered from a look-alike (each distinct toll is a value)."""
    calls = _count(monkeypatch, F, "_same_facts")
    comp = _wire_story([14, 14, 19, 21], Options(fact_conflicts=True))
    conflicts = [f for f in comp.findings if f.type == "fact_conflict"]
    assert len(conflicts) == 1
    assert sorted(len(v["articles"]) for v in conflicts[0].detail["values"]) == [1, 1, 2]
    assert len(calls) >= 4  # 14/14, 14/19, 14/21, 19/21 at least


def test_quote_tokens_shared_by_quote_changes_and_shared_quotes(monkeypatch):
    import storylens.findings.shared_quote as SQ

    calls = _count(monkeypatch, SQ, "_Article")
    comp = _story(4, Options(quote_changes=True), shared_quote=True)
    assert len(calls) == len(comp.documents)  # one per article, not one per finder


def test_credits_read_once_per_article(monkeypatch, shared_sources_on):
    import storylens.findings.source as S

    calls = _count(monkeypatch, S, "credits_of")
    comp = _wire_story([14, 14, 14, 14])
    shared = [f for f in comp.findings if f.type == "shared_source"]
    assert shared  # three copies of the likely source
    assert len(calls) <= len(comp.documents)
