"""Review 28q of session 28's setting trims (quote_diff._setting_restated with
rules.quote_changes.NULL_COMPLEMENT_PREDICATES): a symmetric predicate ("linked",
"connected") leaves out a reciprocal complement, not the story's own, so a cut of its
complement from a denial stays a change; an adjective of frequency ("rare", "unusual":
rules.quote_changes.DOMAIN_ADJECTIVES) is measured against the place, as a superlative is,
so the place cut stays a change; the null-complement predicates of the table and a place
after a plain predicate still read the story's setting restated. Invented text: fictional people, places and outlets."""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes, lede_setting

TANNERY = "Two workers have died at the Merrow tannery, officials said."
DEPOT = "Two fires broke out near the Ostrel fuel depot overnight."
TAVESSI = "Floods reach Tavessi as the river Lorn bursts its banks."
KELL = "A storm has cut power across Kell Island for a third day."
CORVIN = "A gas leak at the Corvin plant forced evacuations on Sunday."

ROWS = [
    # (id, longer, shorter, lede of both, the kind compare_quotes reads, None for a cut)
    ("reciprocal 'linked': the deaths linked to each other, not to the tannery",
     "There is no evidence that the two deaths are linked to the tannery.",
     "There is no evidence that the two deaths are linked.", TANNERY, "qualifier"),
    ("reciprocal 'connected'", "We do not believe the fires are connected to the depot.",
     "We do not believe the fires are connected.", DEPOT, "qualifier"),
    ("a frequency adjective's domain", "Such floods are rare in Tavessi.",
     "Such floods are rare.", TAVESSI, "place"),
    ("'unusual' measured against the place", "A storm like this is unusual on Kell Island.",
     "A storm like this is unusual.", KELL, "place"),
    # near misses: a place after a plain predicate, predicates whose omitted complement is the context's own stay no change
    ("a place after a plain predicate", "The water has reached the houses in Tavessi.",
     "The water has reached the houses.", TAVESSI, None),
    ("'aware' of the story's leak", "We were not aware of the leak.", "We were not aware.",
     CORVIN, None),
    ("'responsible' for the story's leak", "Nobody is responsible for the leak.",
     "Nobody is responsible.", CORVIN, None),
]


def _kind(a: str, b: str, lede: str) -> str | None:
    s = (lede_setting(lede), lede_setting(lede))
    c = compare_quotes(a, b, a_setting=s, b_setting=s)
    return c["change"] if c and c["ops"] else None


@pytest.mark.parametrize(("longer", "shorter", "lede", "kind"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])
def test_a_setting_complement_cut(longer, shorter, lede, kind):
    assert _kind(longer, shorter, lede) == kind
    assert _kind(shorter, longer, lede) == kind
