"""The coverage summary matches people and organisations through the name_variant
finder's own clusters (s6 reader report item 5: a story page listed "Rudy Giuliani" as
only one outlet's while its name_variant finding said another outlet's "Rudy Guiliani"
was the same name). Invented story (fictional Vella); the near miss is another lawyer
with the same role and given name, who stays another person.
"""

from __future__ import annotations

from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

SHARED = [
    "A landslide buried the mountain road above Vella on Monday, cutting off three villages.",
    "Rescue teams from Tarn reached the first village by helicopter on Tuesday morning.",
    "The landslide followed a week of heavy rain across the northern valleys of the province.",
]
RIDGE = SHARED + [
    "Ludovic Pieroni, the governor's personal lawyer, said the quarry had no permit.",
    "Pieroni has asked the court to close the quarry until spring.",
    "Our reporter counted forty stalls shut in the old market square.",
]
VALLEY_OWN = [
    "Farmers upriver complained that the grain price kept falling.",
    "The cathedral choir cancelled its winter concert at short notice.",
]


def _compare(valley_line: str):
    arts = [Article(id="a1", source="t", outlet="Ridge Post", text="\n\n".join(RIDGE)),
            Article(id="a2", source="t", outlet="Valley News",
                    text="\n\n".join(SHARED + [valley_line] + VALLEY_OWN))]
    comp = compare_articles(arts, Options())
    only = [t["label"] for o in coverage_summary(comp)["outlets"] if o["article"] == "a1"
            for t in o["only_here_top"]]
    return comp, only


def test_a_name_the_variant_finding_joins_is_not_only_one_outlets():
    comp, only = _compare("Ludovic Peironi, the governor's lawyer, will appear in court next week.")
    variants = [f for f in comp.findings if f.type == "name_variant"]
    assert variants and "Ludovic Peironi" in variants[0].summary
    assert not any("Pieroni" in label for label in only), only


def test_near_miss_another_lawyer_in_the_same_role_stays_only_here():
    comp, only = _compare("Ludovic Moretti, the governor's lawyer, will appear in court next week.")
    assert not [f for f in comp.findings if f.type == "name_variant"]
    assert any("Ludovic Pieroni" in label for label in only), only
