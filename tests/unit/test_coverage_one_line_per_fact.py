"""One fact, one line in the coverage summary's "only here" / "leaves out" lists (s7 reader
report item 4: "Katrin Vell (prime minister) · quotes from Vell" in the demo; "Adel Abdul
Mahdi" and "Adel Abdel-Mahdi", one man; "750 troops" and "750 soldiers", one figure).
A row (``coverage._Row``) is fed the facts in salience order, each with its label; the
table gives the lines it keeps. Invented names throughout, each false case beside a near
miss that stays two lines."""

from __future__ import annotations

import pytest

from storylens.findings import coverage as C
from storylens.findings.coverage import Fact


class _Labels:
    """A stand-in for the summary's labeller: speakers and clusters given by the test."""

    def __init__(self, speakers=None, clusters=None):
        self.speakers, self.clusters = speakers or {}, clusters or {}

    def speaker_key(self, f):
        return self.speakers.get(f.start)

    def cluster(self, f):
        return self.clusters.get(f.key)


def _fact(kind, key, start, text=""):
    return Fact("a1", "a1:s1", kind, text or key, start, start + 5, key, 1.5)


VELL = _fact("person", "katrin vell", 10)
VELL_QUOTE = _fact("quote", "bridg clos week", 20)
ORLIK_QUOTE = _fact("quote", "road open soon", 30)
DAN_VELL = _fact("person", "dan vell", 40)
SPEAKERS = {20: "vell", 30: "stefan orlik"}

CASES = [
    # (facts with labels, clusters, lines kept)
    ([(VELL, "Katrin Vell (prime minister)"), (VELL_QUOTE, "quotes from Vell")], {},
     ["Katrin Vell (prime minister), quoted"]),
    # the quote first: the person's line takes its place
    ([(VELL_QUOTE, "quotes from Vell"), (VELL, "Katrin Vell (prime minister)")], {},
     ["Katrin Vell (prime minister), quoted"]),
    # near miss: another speaker's quotes stay their own line
    ([(VELL, "Katrin Vell (prime minister)"), (ORLIK_QUOTE, "quotes from Stefan Orlik")], {},
     ["Katrin Vell (prime minister)", "quotes from Stefan Orlik"]),
    # near miss: two people of one surname, each with a given name
    ([(VELL, "Katrin Vell (prime minister)"), (DAN_VELL, "Dan Vell (mayor)")], {},
     ["Katrin Vell (prime minister)", "Dan Vell (mayor)"]),
    # two spellings the name_variant finder joins: one line, the first (most salient)
    ([(_fact("person", "adel abdul mahdi", 50), "Adel Abdul Mahdi (prime minister)"),
      (_fact("person", "adel abdel mahdi", 60), "Adel Abdel-Mahdi (prime minister)")],
     {"adel abdul mahdi": 7, "adel abdel mahdi": 7},
     ["Adel Abdul Mahdi (prime minister)"]),
    # near miss: two names in two clusters
    ([(_fact("person", "adel abdul mahdi", 50), "Adel Abdul Mahdi (prime minister)"),
      (_fact("person", "adel abdel karim", 60), "Adel Abdel-Karim (minister)")],
     {"adel abdul mahdi": 7, "adel abdel karim": 8},
     ["Adel Abdul Mahdi (prime minister)", "Adel Abdel-Karim (minister)"]),
    # one value of one counted class
    ([(_fact("cardinal", "750", 70), "750 troops"), (_fact("cardinal", "750", 80), "750 soldiers")],
     {}, ["750 troops"]),
    # near misses: another class, another value
    ([(_fact("cardinal", "750", 70), "750 troops"), (_fact("cardinal", "750", 80), "750 passengers")],
     {}, ["750 troops", "750 passengers"]),
    ([(_fact("cardinal", "750", 70), "750 troops"), (_fact("cardinal", "800", 80), "800 soldiers")],
     {}, ["750 troops", "800 soldiers"]),
]


@pytest.mark.parametrize("facts, clusters, lines", CASES)
def test_one_fact_one_line(facts, clusters, lines):
    row = C._Row(None, _Labels(SPEAKERS, clusters))
    for f, label in facts:
        row.add(f, label)
    assert [label for _, label in row.items] == lines


def test_the_demo_lists_the_prime_minister_once():
    import storylens
    from storylens.demo import demo_paths
    from storylens.findings.summary import coverage_summary

    comp = storylens.compare(demo_paths())
    rows = {o["outlet"]: o for o in coverage_summary(comp)["outlets"]}
    courier = rows["National Courier"]
    labels = [t["label"] for t in courier["only_here_top"]]
    assert labels[0] == "Katrin Vell (prime minister), quoted", labels
    assert not any(x.startswith("quotes from") for x in labels), labels
    assert courier["only_here"] == 2
