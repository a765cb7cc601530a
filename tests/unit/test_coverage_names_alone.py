""""Leaves out" needs the two articles to tell one story, and names alone do not show it:
a region's well-known actors recur across its stories. Seen on two real Maharashtra
stories (an attack on a party office; a leader's speech) that shared only two famous
names, and told each outlet it "leaves out" the other's people and figures. The rule on
invented facts of fictional Vella; the near misses add a shared figure or quote (s8: not
a two-word quote, nor a round figure of another measure)."""

from __future__ import annotations

from storylens.findings.coverage import _enough


def test_the_evidence_rule_names_alone_versus_a_shared_figure():
    names = {("person", "ilse varga", True), ("person", "oskar varga", True)}
    assert not _enough(names)
    assert _enough(names | {("money", "94000000.0", True)})  # near miss: a figure in common
    # a statement in common (its content stems as the quote fact's key) ...
    assert _enough({("person", "ilse varga", True), ("quote", "calm order restor street", True)})
    # ... but not a two-word phrase, which unrelated stories share by chance (s8: "go going")
    assert not _enough({("person", "ilse varga", True), ("quote", "calm order", True)})
    # a round figure only as the same measure in both (the strong flag, coverage.carried_facts)
    assert not _enough(names | {("cardinal", "100000.0", False)})
    assert _enough(names | {("cardinal", "100000.0", True)})
