""""Leaves out" needs the two articles to tell one story, and names alone do not show it:
a region's well-known actors recur across its stories. Seen on two real Maharashtra
stories (an attack on a party office; a leader's speech) that shared only two famous
names, and told each outlet it "leaves out" the other's people and figures. The rule on
invented facts of fictional Vella; the near misses add a shared figure or quote."""

from __future__ import annotations

from storylens.findings.coverage import _enough


def test_the_evidence_rule_names_alone_versus_a_shared_figure():
    names = {("person", "ilse varga", True), ("person", "oskar varga", True)}
    assert not _enough(names)
    assert _enough(names | {("money", "94000000.0", True)})  # near miss: a figure in common
    assert _enough({("person", "ilse varga", True), ("quote", "q:calm order", True)})
