"""Session 35 (quotes35): intensifiers and a superlative's range left out of a quote, or
put in, that add no claim of their own (rules/quotes_trims.py: INTENSIFYING_ADVERBS,
AMPLIFYING_ADJECTIVES, LIVING_MEMORY_PHRASES; findings.quotes._intensifier,
quote_diff._after_superlative), and a time adverb beside a name the outlet gives outside
its quote marks (quote_diff._edge_kind).

The shapes came from invented t221's trap ("until we know [exactly] what happened"), d223's
("found to be in [perfect] order"), d221's ("the darkest day for Sankt Veltin [in living
memory]") and d240's unread line (the moment Tavaria "takes back …" of "Today Tavaria takes
back …"). Near misses: the intensifier under a negation ("we do not know exactly"), an
amplifier after a determiner ("a complete ban"), a manner adverb closing its clause, a
bounded span after a superlative ("in a decade"), the range without a superlative, and the
changes the brief names as must-fire ("will not" -> "will", "some" -> "all", "12" -> "21",
"not" dropped, "unless …" dropped, a hedge, a modal).

The text is new invented text (the river port of Ostrava Nova, its lock keepers and its
harbour master). Also two recall shapes of dev's keyed misses: a partitive "among" before a
superlative ("[among] the highest we have ever recorded") and a modal of another kind
before a perfect "have" ("could have killed" / "would have killed").
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(quote_changes=True)
OUTLETS = ("Ostrava Courier", "River Gazette")
LEDE_A = ("OSTRAVA NOVA - A cargo barge struck the upper lock gate of the Ostrava Nova canal "
          "on Sunday night, closing the waterway to freight traffic.")
LEDE_B = ("OSTRAVA NOVA - The canal through Ostrava Nova was closed to freight on Sunday night "
          "after a cargo barge hit its upper lock gate.")
TAIL = " The canal authority will publish its inspection report next month."


def _changes(quote_a: str, quote_b: str) -> list:
    a = f'{LEDE_A}\n\n"{quote_a}," harbour master Petra Lindqvist told reporters.{TAIL}'
    b = f'{LEDE_B}\n\n"{quote_b}," harbour master Petra Lindqvist told reporters.{TAIL}'
    return list(support.quote_changes_of(a, b, OUTLETS, ON))


CASES = [
    # (id, one outlet's quote, the other's, a change expected)
    # 1. an emphasizing adverb before more of its clause
    ("exactly-dropped",
     "The lock will stay closed to barges until we know exactly what broke the gate",
     "The lock will stay closed to barges until we know what broke the gate", False),
    ("precisely-added",
     "The gate failed at the point where the engineers had warned us it would fail",
     "The gate failed at precisely the point where the engineers had warned us it would fail",
     False),
    # near miss: under a negation it grades the denial ("not exactly": part of it known)
    ("exactly-negated",
     "We still do not know exactly what broke the upper gate of the lock",
     "We still do not know what broke the upper gate of the lock", True),
    # near miss: a manner adverb closing its clause stays a change
    ("precisely-manner",
     "The barge crews measured the water level at the upper gate precisely, as required",
     "The barge crews measured the water level at the upper gate, as required", True),
    # 2. an amplifying adjective before a bare noun of state
    ("perfect-added",
     "The upper gate was inspected in March and found to be in working order",
     "The upper gate was inspected in March and found to be in perfect working order", False),
    ("complete-dropped",
     "The lock keepers and the barge owners are in complete agreement on the repairs",
     "The lock keepers and the barge owners are in agreement on the repairs", False),
    # near miss: after a determiner the adjective says how much ("a complete ban")
    ("complete-determined",
     "The authority has ordered a complete ban on night traffic through the lock",
     "The authority has ordered a ban on night traffic through the lock", True),
    # near miss: under a negation
    ("perfect-negated",
     "The upper gate was not in perfect condition when the barge struck it",
     "The upper gate was not in condition when the barge struck it", True),
    # near miss: a downtoner is no amplifier
    ("partial-added",
     "The lock keepers and the barge owners are in agreement on the repairs",
     "The lock keepers and the barge owners are in partial agreement on the repairs", True),
    # 3. the default range of a superlative
    ("living-memory-cut",
     "This is the worst damage the canal has suffered in living memory",
     "This is the worst damage the canal has suffered", False),
    ("living-memory-cut-end",
     "It was the darkest night for the lock keepers of Ostrava Nova in living memory",
     "It was the darkest night for the lock keepers of Ostrava Nova", False),
    # near miss: a bounded span after a superlative is another measure
    ("decade-cut",
     "This is the worst damage the canal has suffered in a decade",
     "This is the worst damage the canal has suffered", True),
    # near miss: no superlative, the range is the claim
    ("living-memory-no-superlative",
     "No barge has struck the upper gate of this lock in living memory",
     "No barge has struck the upper gate of this lock", True),
    # 4. recall: a partitive before a superlative, a perfect modal of another kind
    ("among-dropped",
     "The water levels this spring are among the lowest the lock keepers have ever recorded",
     "The water levels this spring are the lowest the lock keepers have ever recorded", True),
    # near miss: "among" before a plain definite noun phrase is no such claim
    ("among-plain",
     "The lock keepers shared the extra shifts among the crews of the upper gate",
     "The lock keepers shared the extra shifts with the crews of the upper gate", False),
    ("could-would-have",
     "A loose barge could have sunk in the lock and blocked the canal for months",
     "A loose barge would have sunk in the lock and blocked the canal for months", True),
    ("could-must-have",
     "The ice could have weakened the hinges of the upper gate last winter",
     "The ice must have weakened the hinges of the upper gate last winter", True),
    # near miss: two modals of one kind before the perfect ("would" / "will")
    ("would-will-have",
     "The old gate would have held for another year without the collision",
     "The old gate will have held for another year without the collision", False),
    # the brief's must-fire near misses
    ("will-not-to-will",
     "We will not reopen the canal to freight traffic before the gate is replaced",
     "We will reopen the canal to freight traffic before the gate is replaced", True),
    ("some-to-all",
     "We found that some of the hinges on the upper gate had cracked",
     "We found that all of the hinges on the upper gate had cracked", True),
    ("number-swap",
     "The barge was carrying 12 containers of fertiliser when it struck the gate",
     "The barge was carrying 21 containers of fertiliser when it struck the gate", True),
    ("not-dropped",
     "The barge captain did not report the engine failure to the lock keepers",
     "The barge captain did report the engine failure to the lock keepers", True),
    ("unless-dropped",
     "We will close the whole canal on Monday unless the divers clear the wreck",
     "We will close the whole canal on Monday", True),
    ("modal-will-may",
     "The repairs will take at least six weeks and freight will be diverted by rail",
     "The repairs may take at least six weeks and freight will be diverted by rail", True),
    ("hedge-dropped",
     "The gate was probably weakened by last winter's ice before the barge struck it",
     "The gate was weakened by last winter's ice before the barge struck it", True),
]


@pytest.mark.parametrize("case,quote_a,quote_b,change", CASES, ids=[c[0] for c in CASES])
def test_intensifiers_and_ranges(case, quote_a, quote_b, change):
    assert bool(_changes(quote_a, quote_b)) is change, case


def test_time_adverb_beside_a_name_given_outside():
    """A partial quote that leaves off "Today" and a name its own sentence gives just
    before the quote marks (invented dev d240's unread line): a shorter quote."""
    a = (f'{LEDE_A}\n\n"Today Ostrava Nova takes back control of its own canal from the '
         f'shipping companies," Lindqvist told reporters.{TAIL}')
    b = (f'{LEDE_B}\n\nLindqvist called it the day Ostrava Nova "takes back control of its '
         f'own canal".{TAIL}')
    assert _changes(a, b) == []
