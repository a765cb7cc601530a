"""Two figures that belong to different people or groups are two facts (session 15).

* A phrased figure ("a 10-year sentence") has a **holder** in its sentence: the name it is
  given to ("handed Stefan Quill a 12-year sentence", "a nine-year sentence to Stefan
  Quill"), or a noun that name possesses ("Stefan Quill's bodyguard, who ..., received a
  three-year sentence"); two holders are two facts (``facts._holder``, ``_one_thing``).
* A modifier only one phrase has ("a three-year suspended sentence" / "a 12-year
  sentence") names another kind of the thing, unless the other article also writes it
  before the thing somewhere.
* A count of a noun the story lists as a part ("those detained include two customs officers,
  three brokers and four shipping agents") is a subgroup's: it is no total of people at
  large ("detained 14 people", "14 detained"), whatever verb both take (``facts._subgroup``;
  invented dev t30). A role noun nobody lists as a part still meets the total.

Invented text (fictional people and places); the near misses still conflict.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _values(a: list[str], b: list[str], aligned: bool = False) -> list[set[str]]:
    docs = [support.make_doc("a1", "Orsk Courier", a, published="2026-06-02"),
            support.make_doc("a2", "Velden Herald", b, published="2026-06-02")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)] if aligned else []
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


VERDICT = ["Judge Anika Borell handed Stefan Quill a 12-year sentence.",
           "Quill's lawyers said the sentence would be appealed in Orsk."]
AFTER = "The sentence was the longest handed down in the Orsk bank case."


@pytest.mark.parametrize(("b", "want"), [
    # one holder, two values
    (["Stefan Quill received a nine-year sentence.", AFTER], {"12-year", "nine-year"}),
    (["The Orsk court handed down a nine-year sentence to Stefan Quill.", AFTER],
     {"12-year", "nine-year"}),
    # no holder named on one side: unknown never disagrees
    (["The court handed down a nine-year sentence, Stefan Quill's lawyers said.", AFTER],
     {"12-year", "nine-year"}),
    # the modifier is the first article's word too when it writes it before the thing
    (["Stefan Quill received a nine-year suspended sentence.", AFTER], None),
    # a name that speaks of the figure holds nothing ("Quill's lawyers said ..."; review15d:
    # read as the lawyers' sentence, the conflict was lost); a speech verb in a comma
    # aside leaves the name the holder
    (["Stefan Quill's lawyers said a nine-year sentence was unjust.", AFTER],
     {"12-year", "nine-year"}),
    (["Stefan Quill, prosecutors said, received a nine-year sentence.", AFTER],
     {"12-year", "nine-year"}),
    (["Stefan Quill's bodyguard, prosecutors said, received a three-year sentence.", AFTER],
     None),
    # names joined by "and" hold it each (review15d: the last name alone was its holder)
    (["Stefan Quill and his driver Tomas Wend each received a nine-year sentence.", AFTER],
     {"12-year", "nine-year"}),
    (["Lena Marsk and her driver Tomas Wend each received a three-year sentence.", AFTER],
     None),
    # near misses: another holder, a possessed noun of the holder, a modifier on one side
    (["Judge Anika Borell gave Lena Marsk a three-year sentence.", AFTER], None),
    (["Stefan Quill's bodyguard, who carried cash for the bank, received a three-year "
      "sentence.", AFTER], None),
    (["Stefan Quill's bodyguard received a three-year suspended sentence.", AFTER], None),
])
def test_a_phrased_figure_meets_only_its_own_holders(b, want):
    assert _values(VERDICT, b) == ([] if want is None else [want])


def test_a_modifier_both_articles_write_is_one_thing():
    a = [*VERDICT, "Prosecutors in Orsk had opposed a suspended sentence."]
    assert _values(a, ["Stefan Quill received a nine-year suspended sentence.", AFTER]) == [
        {"12-year", "nine-year"}]


@pytest.mark.parametrize(("a", "b", "want"), [
    # aligned sentences: the same holder conflicts, in words or as a phrase
    ("Judge Anika Borell handed Stefan Quill ten years in prison for the Orsk bank fraud.",
     "Stefan Quill was jailed for eight years for the Orsk bank fraud.",
     {"ten years", "eight years"}),
    ("Judge Anika Borell handed Stefan Quill a ten-year sentence for the Orsk bank fraud.",
     "Stefan Quill was given an eight-year sentence for the Orsk bank fraud.",
     {"ten-year", "eight-year"}),
    # near misses: the holder's accountant, another kind of sentence
    ("Judge Anika Borell handed Stefan Quill a ten-year sentence for the Orsk bank fraud.",
     "Stefan Quill's accountant was given an eight-year sentence for the Orsk bank fraud.",
     None),
    ("Judge Anika Borell handed Stefan Quill a ten-year sentence for the Orsk bank fraud.",
     "Stefan Quill was given an eight-year suspended sentence for the Orsk bank fraud.",
     None),
])
def test_aligned_phrased_figures_keep_their_holders(a, b, want):
    assert _values([a], [b], aligned=True) == ([] if want is None else [want])


RAIDS = ["Police in Varnholt detained 14 people on Tuesday over a fraud at the Varnholt port "
         "authority.",
         "Those detained include two customs officers, three brokers and four shipping agents."]
OTHER = "The port authority said it was cooperating with the inquiry."


@pytest.mark.parametrize(("b", "want"), [
    # a part against the total: no conflict, named with "among" or not, aligned or not
    (["A Varnholt city councillor is among four shipping agents detained on Tuesday in the "
      "port fraud inquiry.", OTHER], None),
    (["A Varnholt city councillor is among six shipping agents detained on Tuesday in the "
      "port fraud inquiry.", OTHER], None),
    (["Police in Varnholt detained six brokers on Tuesday over a fraud at the Varnholt port "
      "authority.", OTHER], None),
    # near misses: a total against a total, with or without its noun; a role noun nobody
    # lists as a part
    (["Police in Varnholt detained 16 people on Tuesday over a fraud at the Varnholt port "
      "authority.", OTHER], {"14", "16"}),
    (["Police in Varnholt detained 16 on Tuesday over a fraud at the Varnholt port authority.",
      OTHER], {"14", "16"}),
    (["Police in Varnholt detained six suspects on Tuesday over a fraud at the Varnholt port "
      "authority.", OTHER], {"14", "six"}),
])
@pytest.mark.parametrize("aligned", [False, True])
def test_a_listed_part_is_no_total(b, want, aligned):
    assert _values(RAIDS, b, aligned=aligned) == ([] if want is None else [want])


def test_a_part_named_after_including_is_no_total():
    a = ["Police in Varnholt detained 14 people on Tuesday, including three brokers, over a "
         "fraud at the port authority.", OTHER]
    b = ["Police in Varnholt detained five brokers on Tuesday over a fraud at the port authority.",
         OTHER]
    assert _values(a, b) == []


def test_a_lead_closed_by_a_verb_lists_no_part():
    a = ["Police, including officers from the Velden unit, detained 14 suspects on Tuesday "
         "over a fraud at the Varnholt port authority.", OTHER]
    b = ["Police in Varnholt detained nine people on Tuesday over a fraud at the Varnholt port "
         "authority.", OTHER]
    assert _values(a, b) == [{"14", "nine"}]


def test_a_role_noun_meets_a_bare_total():
    a = ["Three detained over fraud at Varnholt port authority",
         "Police in Varnholt detained three people on Tuesday over a fraud at the port authority."]
    b = ["Police in Varnholt detained two suspects on Tuesday over a fraud at the port authority."]
    assert _values(a, b) == [{"three", "two"}]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Those detained include two customs officers, three brokers and four shipping agents.",
     {"two": True, "three": True, "four": True}),
    ("Police detained 14 people, including three brokers, on Tuesday.",
     {"14": False, "three": True}),
    ("Among the dead were three children and two teachers.", {"three": True, "two": True}),
    # the group's own total after "among", and a count beside a figure of another kind
    ("A councillor is among five shipping agents detained on Tuesday.", {"five": False}),
    ("Police detained 14 people and seized 3,000 crowns.", {"14": False}),
    # a lead earlier in the sentence whose listing a verb closes lists no count after it
    # (review15d: each was a part, and hid "detained 14 suspects" / "nine people")
    ("Police, including officers from the Velden unit, detained 14 suspects on Tuesday.",
     {"14": False}),
    ("Agencies such as the Varnholt coastguard said 14 suspects were detained.", {"14": False}),
    # past forms as adjectives inside the listing keep it one
    ("Police detained 14 people, including 3 retired officers and five parents.",
     {"14": False, "3": True, "five": True}),
])
def test_which_counts_are_listed_parts(sentence, want):
    doc = support.make_doc("a1", "Orsk Courier", [sentence])
    got = {m.q.text.lower(): m.listed_part for _, ms in facts.doc_mentions(doc) for m in ms
           if m.family == "count"}
    assert {k: got.get(k) for k in want} == want
