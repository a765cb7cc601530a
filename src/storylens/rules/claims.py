"""Thresholds of the different-claims guard on paraphrase links (:mod:`storylens.claims`,
called from the aligner beside the polarity test; docs/architecture.md, "Different
claims"). Moved here from ``claims.py`` unchanged (s8 review: rules are data)."""

from __future__ import annotations

# ``figures``: each sentence needs at least this many distinct digit figures for disjoint
# figures to make two claims. With one figure each, a disjoint pair is as often one claim
# told with two values (the fact conflicts the findings report: "killed 12" vs "killed 14")
# as two claims; with two or more each and none in common, no conflict of one value
# explains it. Of the 213 SemEval dev gold shared pairs, 1 names 5 (a law passed "Dec. 11"
# against "Dec 12" among them), 2 names none; the s8 reader's two-poll group has 4 each.
FIGURES_MIN = 2

# ``background``: the share of the other sentence's plain content stems (not names, not
# numbers) that one sentence must hold for its claim to be told there. Under it, and with
# the one sentence sharing plain words only in a relative clause, the pair is two claims
# ("Officer X, who shot and killed Y last week, was charged" against "Z criticised officer
# X for shooting and killing Y").
BACKGROUND_COVER = 0.5

# The pronouns that open a non-restrictive relative clause after a comma: background about
# a name, not the sentence's claim ("Officer Vell, who shot a man last week, was charged").
# The clause runs to the next comma or the end; "that" is left out, since it opens
# restrictive clauses and complements ("said, that ..." is rare but is the claim).
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "whom", "whose", "which")
