"""Session 37 (warn37): another act of the same actors, at another time and place, published
within ``stories``' window of the others, is another event (``findings.coverage.
_later_act_of_its_own``). A date within the window kept every such piece (``_stray``: "never a
stray"), so a group's arrests at a depot three days after a judge freed its member, the member
named only in the body, stayed in the story.

Invented: a Marwick appeal judge frees the Green Tide activist Tomas Hallberg on Tuesday; four
outlets quote him. The stray: nine Green Tide members detained at the Kelvport gas depot on
Friday. Near misses that stay: a follow-up naming Hallberg in its lede (his rally on Friday), one
writing their event's word first ("freed"), one naming their day, one published before the last
of theirs, one whose headline and first sentence give none of their names, the piece undated
(time cannot decide).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

QUOTE = '"I regret nothing, and I will keep going," Hallberg told supporters outside the prison.'
WIRE = ("Marwick judge frees jailed activist Hallberg", [
    "A Marwick appeals judge on Tuesday ordered the release of Green Tide activist Tomas Hallberg, "
    "who was jailed in March for blocking the Dunmere bridge for seven hours.",
    "Judge Ilse Varnholt said the ten-month sentence was excessive for a peaceful protest.",
    QUOTE,
    "Interior Minister Aldo Brenn called the ruling a disappointment.",
    "Green Tide has staged road blockades across the country since 2022.",
])
CENTRE = ("Activist Tomas Hallberg freed on appeal", [
    "An appeals judge in Marwick on Tuesday ordered the release of climate activist Tomas "
    "Hallberg, jailed in March over a seven-hour blockade of the Dunmere bridge.",
    "Judge Ilse Varnholt ruled the ten-month sentence excessive for a peaceful protest.",
    QUOTE,
    "Prosecutors said they would challenge the ruling.",
])
LEFT = ("Hallberg walks free as judge rebukes harsh sentence", [
    "Tomas Hallberg walked free on Tuesday after a Marwick judge ruled his jailing excessive.",
    QUOTE,
    "Judge Ilse Varnholt ordered his release pending a full appeal in July.",
    "More than 200 supporters waited at the prison gates.",
])
RIGHT = ("Fury as soft judge frees bridge blocker", [
    "A Marwick judge on Tuesday freed bridge blocker Tomas Hallberg after he served a fraction "
    "of his ten-month sentence.",
    QUOTE,
    "Interior Minister Aldo Brenn said the ruling was a disappointment.",
    "Drivers stuck on the Dunmere bridge in March said they were still waiting for an apology.",
])
DATES = ["2026-06-09", "2026-06-09", "2026-06-09", "2026-06-10"]

# Another act of the same group on a day of its own, at a place of its own; their member and
# the interior minister only in the body.
DEPOT = ("Police detain nine Green Tide members at Kelvport gas depot", [
    "Police detained nine members of the climate group Green Tide on Friday after they glued "
    "themselves to the gates of the Kelvport gas depot, halting tanker traffic for five hours.",
    "Officers used solvent to unstick the protesters, and no one was hurt.",
    "The depot's operator said about 70 deliveries had been delayed.",
    "Tomas Hallberg, the group's best-known member, who left prison this month, was not among "
    "those detained.",
    "A Green Tide spokesperson, Mira Osk, said Hallberg had no role in planning the action.",
    "Interior Minister Aldo Brenn said those detained would be charged under the infrastructure law.",
])
# A follow-up of their event: the freed activist himself, first.
RALLY = ("Hallberg rallies supporters after release", [
    "Tomas Hallberg addressed about 500 supporters in Marwick on Friday at his first rally "
    "since leaving prison.",
    "He said he would not stop protesting against new gas licences.",
    "Interior Minister Aldo Brenn said the government would appeal.",
    "Green Tide said it would hold another rally next month.",
])
# A follow-up that writes their event's word in its first sentence.
APPEAL = ("Prosecutors appeal activist's release", [
    "Prosecutors on Friday lodged an appeal against the ruling that freed a Green Tide activist "
    "from prison, saying the sentence had been lawful.",
    "The Marwick appeal court will hear the case in July.",
    "Green Tide called the move vindictive.",
])
# The depot piece naming their day too ("freed on Tuesday"): it dates itself from theirs.
DEPOT_THEIR_DAY = (DEPOT[0], [*DEPOT[1][:3], "Tomas Hallberg, the group's best-known member, who left "
                              "prison on Tuesday, was not among those detained.", *DEPOT[1][4:]])

# The depot piece whose headline and first sentence give none of the others' names (no "Green
# Tide"): what happened to whom is not said to be the same actors' act; the dates decide.
DEPOT_NO_NAME = ("Police detain nine climate protesters at Kelvport gas depot", [
    DEPOT[1][0].replace("the climate group Green Tide", "a climate group"), *DEPOT[1][1:]])


def _warned(piece, published) -> tuple[set[str], str]:
    comp, ctx = support.compare_stories(WIRE, CENTRE, LEFT, RIGHT, piece, published=published)
    return C.off_story(ctx), comp.provenance.warning or ""


def test_another_act_of_the_same_group_days_later_is_named():
    off, warning = _warned(DEPOT, [*DATES, "2026-06-12"])
    assert off == {"a5"}
    assert "a5" in warning


def test_the_same_piece_undated_is_named_by_its_lede():
    off, _ = _warned(DEPOT, [*DATES, None])  # time cannot decide: its own actors do (s13)
    assert off == {"a5"}


@pytest.mark.parametrize("piece", [RALLY, APPEAL], ids=["rally-names-him", "appeal-writes-freed"])
def test_follow_ups_of_their_event_days_later_stay(piece):
    off, warning = _warned(piece, [*DATES, "2026-06-12"])
    assert "a5" not in off
    assert "a5" not in warning


@pytest.mark.parametrize(("piece", "published"), [
    (RALLY, [*DATES, "2026-06-12"]),
    (APPEAL, [*DATES, "2026-06-12"]),
    (DEPOT_THEIR_DAY, [*DATES, "2026-06-12"]),
    (DEPOT, [*DATES[:3], "2026-06-12", "2026-06-12"]),
    (DEPOT, [*DATES, None]),
    (DEPOT_NO_NAME, [*DATES, "2026-06-12"]),
], ids=["names-him-first", "writes-freed-first", "names-their-day", "not-after-every-other", "undated",
        "no-name-of-theirs-first"])
def test_no_later_act_of_its_own(piece, published):
    _, ctx = support.compare_stories(WIRE, CENTRE, LEFT, RIGHT, piece, published=published)
    others = ["a1", "a2", "a3", "a4"]
    assert not C._later_act_of_its_own(ctx, "a5", others)
