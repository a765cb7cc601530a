"""The story warning when two events share one short generic line (s11 review): two
protests in two invented cities, each told with "Protesters broke windows and ..."; the
aligner links the two lines as ``edited`` (a copy-edit of one short sentence), which is
no evidence of one story (``coverage._generic``, ``STORY_GROUP_MIN_STEMS``).

- two articles on two events, sharing only that line, are warned; among three (two on
  one event), the warning names the article on the other event, also when it shares two
  such lines (two aligned groups kept it, unwarned, before);
- near misses: one event told by two outlets in other words (whole content under
  ``STORY_MIN_WHOLE``) that share one copied line of six content stems or more (kept by
  that group alone), naming a place in both (also kept by ``_tied``: a name beside a
  close group) or quoting the same speaker (also a shared quote) is not warned.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

_compare = support.compare_paragraphs


_warned = support.story_warned


PORT = [
    "Hundreds of dock workers marched through Velmora on Saturday to protest the Harbor Authority's decision to close the northern container terminal.",
    "The authority announced last week that the terminal would shut by June, putting about 1,200 jobs at risk.",
    "Protesters broke windows and set cars on fire.",
    "Police said 14 people were arrested near the authority's headquarters on Quay Street.",
    "Union leader Marta Solberg told the crowd the closure was a betrayal of every family on the waterfront.",
    "The Harbor Authority said the terminal had lost 38 million crowns over three years.",
    "Mayor Ilse Varga called for calm and said she would meet both sides on Monday.",
]
PORT_B = [
    "Dock workers angry at the planned closure of Velmora's northern container terminal clashed with police outside the Harbor Authority's offices on Saturday.",
    "Protesters broke windows and set cars on fire.",
    "Fourteen people were detained, police said, after demonstrators threw bottles on Quay Street.",
    "The Harbor Authority plans to shut the terminal by June, a move the union says will cost 1,200 jobs.",
    "Marta Solberg, who leads the dock workers' union, called it a betrayal of every family on the waterfront.",
    "The authority says the terminal lost 38 million crowns over the past three years.",
    "Mayor Ilse Varga said she would hold talks with the union and the authority on Monday.",
]
COLLEGE = [
    "Students occupied the main hall of Dunrick Technical College on Friday night after the board approved a 40 percent rise in tuition fees.",
    "Protesters broke windows and set fire to bins.",
    "College president Anders Kollberg said the rise was needed to cover a shortfall in state funding.",
    "About 300 students remained in the building on Saturday morning, according to the student council.",
    "Council chair Lena Mirow said the occupation would continue until the board withdrew the increase.",
    "The college cancelled classes for the coming week.",
    "Regional education minister Pavel Dorn said he would review the college's budget.",
]


def _port_told_apart(line: str) -> list[str]:
    """The port protest told by a third outlet in other words (no name or figure in
    common with PORT), sharing only ``line`` with it."""
    return [
        "Waterfront workers took to the streets at the weekend over plans to end cargo handling at the older quay.",
        line,
        "Officers detained a number of people after scuffles near the docks.",
        "The union warned that families who had worked the quay for generations would be left without work.",
        "Managers said the quay had been losing money for years.",
        "Talks between the two sides are expected early next week.",
    ]


def test_two_events_sharing_a_generic_line_are_warned():
    comp = _compare(PORT, COLLEGE)
    kinds = {al.kind for al in comp.alignments if len({s.partition(":s")[0] for s in al.sentences}) > 1}
    assert kinds == {"edited"}  # the aligner still links the line (display unchanged)
    assert _warned(comp)


def test_three_articles_name_the_one_on_another_event():
    comp = _compare(PORT, PORT_B, COLLEGE)
    assert _warned(comp)
    assert "a3 (Outlet C" in comp.provenance.warning
    assert "a1 (" not in comp.provenance.warning and "a2 (" not in comp.provenance.warning


def test_three_articles_two_generic_lines_name_the_one_on_another_event():
    # two generic lines shared with one outlet of the port story made two aligned groups
    # (MIN_SHARED_GROUPS), which kept the college article in the story: no warning at all
    gas = "Police fired tear gas at the crowd."
    port = PORT[:4] + [gas] + PORT[4:]
    college = COLLEGE[:3] + [gas] + COLLEGE[3:]
    comp = _compare(port, PORT_B, college)
    assert _warned(comp)
    assert "a3 (Outlet C, 2 shared)" in comp.provenance.warning
    assert "a1 (" not in comp.provenance.warning and "a2 (" not in comp.provenance.warning


@pytest.mark.parametrize("ours, theirs", [
    # a place named in both copies
    ("Protesters broke windows and set cars on fire in Velmora.",
     "Protesters broke windows and set cars on fire in Velmora on Saturday."),
    # six content stems or more in common
    ("Protesters broke windows, set cars on fire and blocked the harbour road.",
     "Protesters broke windows, set cars on fire and blocked the harbour road for hours."),
    # the same speaker's words, quoted
    ('"They broke windows and set cars on fire," a witness said.',
     '"They broke windows and set cars on fire," one witness said.'),
])
def test_one_event_sharing_a_specific_line_is_not_warned(ours, theirs):
    mine = [s.replace("Protesters broke windows and set cars on fire.", ours) for s in PORT]
    comp = _compare(mine, _port_told_apart(theirs))
    assert any(al.kind in ("verbatim", "edited") for al in comp.alignments)
    assert not _warned(comp)


def test_generic_threshold_is_the_aligners_shortened_copy_floor():
    from storylens.align import MIN_CONTAINED_TOKENS

    assert C.STORY_GROUP_MIN_STEMS == MIN_CONTAINED_TOKENS
