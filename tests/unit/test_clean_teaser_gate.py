"""The cheap gate before the related-stories label (rules/boilerplate.TEASER_GATE) lets
through every label rules/boilerplate.TEASER_LABEL accepts: each label starts with a gate
string. A label added to the regex without its opening words in the gate would have its
lines skipped unread; these tests fail on that drift.

Teaser headlines are invented (a fictional harbour town, "Port Velling").
"""

from __future__ import annotations

from re import _constants as _sre  # type: ignore[attr-defined]  # parse trees
from re import _parser as _sre_parse  # type: ignore[attr-defined]

import pytest

from storylens.clean import _glued_teasers, clean_text
from storylens.rules.boilerplate import TEASER_GATE, TEASER_LABEL

HEADLINES = "Fire Chief Quits After The Grain Terminal BlazeFerry Levy Vote Delayed Again"

# One sample per alternative of TEASER_LABEL, as the regex accepts it before the headlines:
# glued, spaced or with a separator (the forms each alternative allows).
LABELS = [
    "Related Stories", "Related Articles", "Related Posts", "Related Content",
    "Related Coverage", "Related News", "Related Links",
    "RELATED STORIES", "RELATED ARTICLES", "RELATED POSTS", "RELATED CONTENT",
    "RELATED COVERAGE", "RELATED NEWS", "RELATED LINKS",
    "Related stories", "Related articles",
    "Recommended Stories", "You May Also Like", "You Might Also Like",
    "More Stories", "MORE STORIES", "Trending Now", "Top Stories",
]
SEPARATORS = ["", " ", ": ", " | ", " › ", " » ", " > "]


def _labels(tree) -> set[str]:
    """The shortest strings a parsed pattern matches: literals kept, every optional part
    (a repeat that may be empty, an anchor, a lookaround) left out."""
    out = {""}
    for op, av in tree:
        if op is _sre.LITERAL:
            alts = {chr(av)}
        elif op is _sre.SUBPATTERN:
            alts = _labels(av[-1])
        elif op is _sre.BRANCH:
            alts = set().union(*(_labels(b) for b in av[1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0:
            alts = {""}
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            alts = {""}
        else:  # a required class or wildcard: no label is written that way
            raise AssertionError(f"unexpected part of TEASER_LABEL: {op} {av}")
        out = {a + b for a in out for b in alts}
    return out


def test_the_regex_labels_are_the_table():
    # a label added to (or dropped from) TEASER_LABEL must be added to LABELS too
    assert _labels(_sre_parse.parse(TEASER_LABEL.pattern)) == set(LABELS)


@pytest.mark.parametrize("label", LABELS)
def test_every_label_starts_with_a_gate_string(label):
    assert label.startswith(TEASER_GATE), f"{label!r}: add its opening words to TEASER_GATE"


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("sep", SEPARATORS)
def test_the_regex_accepts_the_label_and_the_gate_lets_it_through(label, sep):
    line = f"The quay reopened on Monday. {label}{sep}{HEADLINES}"
    m = TEASER_LABEL.search(line)
    if m is None:
        # only "More Stories" and its kin refuse a plain space (a title-cased headline
        # may open with them: rules/boilerplate.TEASER_LABEL)
        assert sep == " " and label in ("More Stories", "MORE STORIES", "Trending Now", "Top Stories")
        return
    assert line[m.end():].startswith(HEADLINES)
    assert any(g in line for g in TEASER_GATE)
    assert _glued_teasers(line) == len("The quay reopened on Monday.")


@pytest.mark.parametrize("line", [
    # near misses: the gate's words without a label the regex accepts
    "Related talks with the ferry union resume on Monday, the harbour master said.",
    "The board said Recommended Stories Of The Quay is the town's new reading list.",
    "Trending topics in Port Velling this week included the grain terminal fire.",
])
def test_near_misses_pass_the_gate_and_stay(line):
    assert any(g in line for g in TEASER_GATE)
    assert _glued_teasers(line) is None
    assert line in clean_text(f"{line}\n\nThe quay reopened on Monday after the fire.").text
