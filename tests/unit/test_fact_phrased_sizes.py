"""A hyphenated span or size before the noun phrase it sizes ("a 72-hour general strike",
"an 8-kilometre exclusion zone") meets another outlet's across sentences the aligner
left apart (session 14, facts14b; ``facts._phrase``, ``facts._keyed_phrases``,
``facts._phrased``).

The phrase must be a key term of each article (a compound named in full, or one word in
two or more of its sentences), no other phrased figure of the article may give it another
value, one phrase's words must contain the other's, and a modifier only one phrase has
must be written before the thing somewhere in the other article too (session 15), no
other figure may follow in its clause, and the two articles must name a person or place
in common. Near misses: another
noun ("a 48-hour ultimatum"), a road rather than a zone, a bound that is not hyphenated
("more than 8 km"), an article that sizes two strikes, two articles that share no name.
Invented text only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


STRIKE_A = ["Ferry crews in Tarvosk walked out at the start of a 72-hour general strike over pay.",
            "The strike closed every crossing from Tarvosk to the islands."]
ZONE_A = ["Authorities in Tarvosk declared a 10-kilometre exclusion zone around the Mount Ordel crater.",
          "Villagers were told to leave their homes before nightfall."]


def _values(a: list[str], b: list[str]) -> list[set[str]]:
    docs = [support.make_doc("a1", "Tarvosk Courier", a, published="2026-05-19"),
            support.make_doc("a2", "Orvel Herald", b, published="2026-05-19")]
    found = find_fact_conflicts(FindingContext.build(docs, [], options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


@pytest.mark.parametrize(("a", "b", "want"), [
    # one side's extra modifier ("general") is the other article's word for the thing too
    (STRIKE_A, ["Union leaders in Tarvosk pressed on with a 48-hour strike despite the cold.",
                "The general strike has cost the ferry company dearly."], {"72-hour", "48-hour"}),
    # (session 15) a modifier the other article never writes names another kind of the
    # thing: "a 48-hour strike" may not be the "general" one
    (STRIKE_A, ["Union leaders in Tarvosk pressed on with a 48-hour strike despite the cold.",
                "The strike has cost the ferry company dearly."], None),
    (ZONE_A, ["Soldiers evacuated the villages and set up an 8-kilometre exclusion zone.",
              "Mount Ordel last erupted in 1961."], {"10-kilometre", "8-kilometre"}),
    # near misses: another thing sized, the same thing unsized or not hyphenated
    (STRIKE_A, ["Union leaders in Tarvosk gave the ferry company a 48-hour ultimatum.",
                "The strike has cost the ferry company dearly."], None),
    (ZONE_A, ["Soldiers closed an 8-kilometre road to the Mount Ordel crater.",
              "The exclusion zone will be enforced by police."], None),
    (ZONE_A, ["Soldiers around Mount Ordel enforced an exclusion zone of more than 8 km.",
              "Police patrolled the roads."], None),
    # one article sizes two strikes: which one the other outlet's is, is not known
    ([*STRIKE_A, "Crews held a 24-hour strike in Tarvosk last spring."],
     ["Union leaders in Tarvosk pressed on with a 48-hour strike despite the cold.",
      "The strike has cost the ferry company dearly."], None),
    # two articles that name no person or place in common: not known to be one event
    (STRIKE_A, ["Bus drivers pressed on with a 48-hour strike despite the cold.",
                "The strike has cost the bus company dearly."], None),
])
def test_a_phrased_size_meets_across_unaligned_sentences(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("sentence", "want"), [
    ("Crews began a 72-hour general strike that halted the ferries.", {"general", "strik"}),
    ("Police set up an 8-kilometre exclusion zone around the crater.", {"exclusion", "zon"}),
    ("On the second day of their 72-hour strike, pickets grew.", {"strik"}),
    # a kind named with "the", and a figure that the hyphenated one only names the thing of
    ("The 72-hour strike ended.", set()),
    ("Crews staged a 72-hour strike of 3,000 workers.", set()),
])
def test_the_phrase_a_figure_sizes(sentence, want):
    doc = support.make_doc("a1", "Tarvosk Courier", [sentence, "The strike went on."])
    got = {m.q.text: m.phrase for _, ms in doc_mentions(doc) for m in ms
           if m.family.startswith(("duration", "quantity"))}
    assert set().union(*got.values()) == want


BAN_A = ["Judge Mirela Oskan barred Tomas Vedrin, 58, from holding public office for eight years.",
         "Vedrin, a former mayor of Lusk, denied the charges."]


@pytest.mark.parametrize(("b", "want"), [
    (["The court in Lusk sentenced Vedrin to five years in prison and banned him from public "
      "office for ten years."], {"eight years", "ten years"}),
    # near misses: a prison term, another ban, the same span
    (["The court in Lusk sentenced Vedrin to ten years in prison."], None),
    (["The court in Lusk banned Vedrin from driving for ten years."], None),
    (["The court in Lusk banned Vedrin from public office for eight years."], None),
])
def test_the_span_of_one_ban(b, want):
    assert _values(BAN_A, b) == ([] if want is None else [want])


POST_A = ["Gunmen fired on a Dravel observation post 12 km north of the village of Ostrin on Monday.",
          "Two soldiers from Dravel were wounded."]


@pytest.mark.parametrize(("b", "want"), [
    (["Troops at an observation post about 20 km north of Ostrin came under fire on Monday.",
      "Dravel said two soldiers were wounded."], {"12 km", "20 km"}),
    # near misses: another thing's distance, another direction, another place, the same
    (["Villagers fled to a camp about 20 km north of Ostrin on Monday.",
      "Dravel said two soldiers were wounded."], None),
    (["Troops at an observation post about 20 km south of Ostrin came under fire on Monday.",
      "Dravel said two soldiers were wounded."], None),
    (["Troops at an observation post about 20 km north of Velka came under fire on Monday.",
      "Dravel said two soldiers were wounded."], None),
    (["Troops at an observation post about 12 km north of Ostrin came under fire on Monday.",
      "Dravel said two soldiers were wounded."], None),
])
def test_the_distance_of_one_thing_from_one_place(b, want):
    assert _values(POST_A, b) == ([] if want is None else [want])


def test_aligned_sentences_meet_through_the_phrase_past_a_head_word():
    docs = [support.make_doc("a1", "Tarvosk Courier", [POST_A[0]], published="2026-05-19"),
            support.make_doc("a2", "Orvel Herald", [
                "Troops at a Dravel observation post about 20 km north of Ostrin came under fire "
                "on Monday."], published="2026-05-19")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    assert [f.detail["rule"] for f in found] == ["fact.aligned.measure"]
    assert "the distance north of Ostrin" in found[0].summary
