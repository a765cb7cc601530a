"""Session 41 (quotes41): trims that leave a quote's claim whole, told from those that do not.

Invented text (fictional Brennvik, its harbour, the Ossery valley and their people).

1. A closing prepositional phrase whose whole object is an anaphoric pronoun ("someone has
   to take responsibility [for that]") names nothing the quote has not said: no change
   (quote_diff._anaphoric_object, rules.quotes_trims.ANAPHORIC_OBJECTS; session 40's
   held-out t288's trap). Near misses stay a change: under a negation ("Nobody has taken
   responsibility [for that]"), after a verb ("We all voted [for it]", "live [with it]"),
   a noun named ("for the flooding"), a personal pronoun ("for us").
2. A "since" adjunct of a time point cut from an affirmative perfect clause ("We have spent
   4 million crowns on flood walls [since 2021]") only dates the start of the span the
   perfect runs to now: no change, even beside a figure (quote_diff._since_trim; held-out
   t289's trap). Near misses stay a change: a denial ("has not been inspected [since
   2021]"), "only", a superlative, no perfect, a count inside the adjunct (inside the
   quote; at its end see 3).
3. At the end of a denial the same "since" adjunct cut off is a change, a lapse made a
   never ("has not left the harbour [since last year]"; quote_diff._restricted_time_tail
   with _since_span): it was read as a longer excerpt whatever its clause. Near misses
   stay a longer excerpt: an affirmative clause, the shorter excerpt woven into the
   outlet's sentence (no punctuation of its own), the span said outside the quote marks.
4. A denial conceded before the speaker's request ("There is no immediate danger to the
   public, but we ask motorists to keep their windows closed") cut off the front leaves
   the request whole: a directive claims nothing the denial limits (quote_diff._directive,
   rules.quotes_trims.DIRECTIVE_VERBS; invented dev d291's trap). Near misses stay a
   contrasting clause dropped: a claim kept ("…, but the end of the closures is in
   sight"), another's act ("…, but the police ask …" is a report, not the speaker's
   request: kept as before), a request verb later in the clause.
5. A contrasting clause cut off the end, where the outlet's own sentence goes on with the
   same conjunction and a verb of saying ('conceded that "the wall will not stop every
   flood," but insisted it was needed'), is reported, not hidden (quote_diff.
   _contrast_reported; invented dev d247, read wrong). Near misses stay a contrasting
   clause dropped: the outlet's sentence goes on without "but", or with "but" and no
   verb of saying.
"""

from __future__ import annotations

import pytest
import support

NO_CHANGE = (None, "trivial", "extent", "phrase", "emphasis", "time")

READINGS = [
    # (id, longer, shorter, trivial?)
    # --- 1. an anaphoric object cut off the end
    ("for-that",
     "The harbour was not dredged in time, and someone has to take responsibility for that,",
     "The harbour was not dredged in time, and someone has to take responsibility,", True),
    ("apology-for-it",
     "The council owes every family on the quay an apology for it,",
     "The council owes every family on the quay an apology,", True),
    ("full-responsibility-for-this",
     "The port authority accepts full responsibility for this,",
     "The port authority accepts full responsibility,", True),
    # near misses: a change
    ("nobody-for-that",
     "The harbour was not dredged in time, and nobody has taken responsibility for that,",
     "The harbour was not dredged in time, and nobody has taken responsibility,", False),
    ("verb-voted-for-it",
     "The plan came to the council last spring, and we all voted for it,",
     "The plan came to the council last spring, and we all voted,", False),
    ("verb-live-with-it",
     "The quay wall is cracked, and the town will have to live with it,",
     "The quay wall is cracked, and the town will have to live,", False),
    ("noun-named",
     "The harbour was not dredged in time, and someone has to take responsibility for the flooding,",
     "The harbour was not dredged in time, and someone has to take responsibility,", False),
    ("personal-pronoun",
     "The harbour was not dredged in time, and someone has to take responsibility for us,",
     "The harbour was not dredged in time, and someone has to take responsibility,", False),
    # --- 2. a "since" adjunct cut from a perfect clause
    ("since-year-with-figure",
     "We have spent 4 million crowns on flood walls since 2021 and we will keep building them,",
     "We have spent 4 million crowns on flood walls and we will keep building them,", True),
    ("since-month-end",
     "The Brennvik yard has lost 300 jobs since March,",
     "The Brennvik yard has lost 300 jobs,", True),
    ("since-last-year",
     "Ferry fares in the Ossery valley have doubled since last year,",
     "Ferry fares in the Ossery valley have doubled,", True),
    # near misses: a change
    ("since-denial",
     "The boiler at the Brennvik school has not been inspected since 2021,",
     "The boiler at the Brennvik school has not been inspected,", False),
    ("since-nobody",
     "Nobody at the Brennvik yard has been paid since March and the owners know it,",
     "Nobody at the Brennvik yard has been paid and the owners know it,", False),
    ("since-only",
     "The Brennvik side has only lost three games since March and we are proud of them,",
     "The Brennvik side has only lost three games and we are proud of them,", False),
    ("since-superlative",
     "This is the highest the Ossery has been since 1962 and the town is afraid,",
     "This is the highest the Ossery has been and the town is afraid,", False),
    ("since-no-perfect",
     "The yard lost 300 jobs since March and the town will not recover,",
     "The yard lost 300 jobs and the town will not recover,", False),
    # --- 4. a denial conceded before a request
    ("directive-ask",
     "There is no immediate danger to the harbour, but we ask boat owners to stay ashore "
     "tonight,",
     "We ask boat owners to stay ashore tonight,", True),
    ("directive-would-urge",
     "The water is not unsafe to drink, but we would urge residents to boil it for now,",
     "We would urge residents to boil it for now,", True),
    ("directive-please",
     "The quay is not closed, but please keep away from the cranes,",
     "Please keep away from the cranes,", True),
    # near misses: a change
    ("claim-kept",
     "The quay is not safe yet, but the end of the closures is in sight,",
     "The end of the closures is in sight,", False),
    ("others-ask",
     "There is no immediate danger to the harbour, but the police ask boat owners to stay "
     "ashore tonight,",
     "The police ask boat owners to stay ashore tonight,", False),
    ("verb-later",
     "There is no immediate danger to the harbour, but we think boat owners should ask for "
     "advice,",
     "We think boat owners should ask for advice,", False),
    # --- 3. at the end of a denial
    ("since-end-nobody",
     "Nobody at the Brennvik yard has been paid since March,",
     "Nobody at the Brennvik yard has been paid,", False),
    ("since-end-not-left",
     "The dredger has not left the harbour since last year,",
     "The dredger has not left the harbour,", False),
    ("since-end-no-word",
     "We have had no word from the crew since Tuesday night,",
     "We have had no word from the crew,", False),
    # near misses: no change
    ("since-end-affirmative",
     "The dredger has left the harbour twice since last year,",
     "The dredger has left the harbour twice,", True),
    ("since-end-woven",
     "The dredger has not left the harbour since last year,",
     "the dredger has not left the harbour", True),
    ("since-count-inside",
     "The Brennvik yard has lost 300 jobs since two weeks ago and the town is angry,",
     "The Brennvik yard has lost 300 jobs and the town is angry,", False),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in READINGS],
                         ids=[c[0] for c in READINGS])
def test_quote_readings(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, NO_CHANGE)


LEDE = "Brennvik's harbour flooded on Sunday night after a storm surge broke over the quay wall."
OUTS = ("Brennvik Courier", "Ossery Herald")
SAID = '"{}" said harbour master Tilde Aasen.'

FINDINGS = [
    # (id, longer, shorter, a finding?)
    ("for-that",
     "The quay was not raised in time, and someone has to take responsibility for that,",
     "The quay was not raised in time, and someone has to take responsibility,", False),
    ("for-that-denied",
     "The quay was not raised in time, and nobody has taken responsibility for that,",
     "The quay was not raised in time, and nobody has taken responsibility,", True),
    ("since-2021",
     "We have spent 4 million crowns on the quay wall since 2021 and we will appeal the fine,",
     "We have spent 4 million crowns on the quay wall and we will appeal the fine,", False),
    ("since-denied",
     "The quay wall has not been inspected since 2021 and we will appeal the fine,",
     "The quay wall has not been inspected and we will appeal the fine,", True),
    ("since-end-denied",
     "The quay wall has not been inspected since 2021,",
     "The quay wall has not been inspected,", True),
]


@pytest.mark.parametrize(("a", "b", "told"), [c[1:] for c in FINDINGS],
                         ids=[c[0] for c in FINDINGS])
def test_quote_change_finding(a: str, b: str, told: bool) -> None:
    found = support.quote_changes_of(support.page(LEDE, SAID.format(a)),
                                     support.page(LEDE, SAID.format(b)), OUTS)
    assert bool(found) is told, [f.summary for f in found]


def test_since_told_outside() -> None:
    """The span the shorter outlet gives outside its quote marks is moved, not cut."""
    a = SAID.format("The quay wall has not been inspected since 2021,")
    b = '"The quay wall has not been inspected," harbour master Tilde Aasen said of the years since 2021.'
    found = support.quote_changes_of(support.page(LEDE, a), support.page(LEDE, b), OUTS)
    assert not found, [f.summary for f in found]


WALL_FULL = ('"The new wall will not stop every flood, but it will give the harbour a fighting '
             'chance again," harbour master Tilde Aasen told reporters.')
REPORTED = [
    # (id, the shorter outlet's sentence, a contrasting clause dropped?)
    ("but-insisted",
     'Harbour master Tilde Aasen conceded that "the new wall will not stop every flood," but '
     'insisted it was worth the money.', False),
    ("but-she-said",
     'Harbour master Tilde Aasen conceded that "the new wall will not stop every flood," but '
     'she said the town had no choice.', False),
    # near misses: the turn not reported
    ("and-insisted",
     'Harbour master Tilde Aasen conceded that "the new wall will not stop every flood," and '
     'insisted on a second inquiry.', True),
    ("but-no-saying",
     'Harbour master Tilde Aasen conceded that "the new wall will not stop every flood," but '
     'the council approved it anyway.', True),
]


@pytest.mark.parametrize(("other", "told"), [c[1:] for c in REPORTED], ids=[c[0] for c in REPORTED])
def test_contrast_reported(other: str, told: bool) -> None:
    found = support.quote_changes_of(support.page(LEDE, WALL_FULL), support.page(LEDE, other), OUTS)
    assert any("(a contrasting clause dropped)" in f.summary for f in found) is told, \
        [f.summary for f in found]
