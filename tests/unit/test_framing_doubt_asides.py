"""A doubt aside the outlet attaches to an attribution (session 15, issue 12 item 2;
rules/attribution DOUBT_ASIDE_AFTER_CUE, DOUBT_ASIDE_APPOSITIVE): "claimed, without
offering any evidence, that ...", "said without evidence that ...", "..., a claim she did
not support with evidence", against another outlet's attribution of the statement without
one; and a second cue joined to a quote's cue ('"...," she said, and claimed without
offering evidence that ...') as the speaker's own use. Near misses: the words are the
speaker's (in quote marks) or modify another verb of the complement ("held him without
evidence"); both outlets carry the aside; a joined cue linked to the other outlet by the
quote before it only. Invented text (a fictional Lissa port tender)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("The port authority of Lissa awarded its container terminal tender to the Marrow Group "
        "on Thursday, ending a two-year contest. The losing bidder, Ostwen Freight, said it "
        "would go to court.\n\n")
PLAIN = ("Ostwen chief executive Dalia Kerrow said the tender had been rigged in favour of the "
         "Marrow Group by officials in the harbour office.")


def _framings(a: str, b: str) -> list:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=LEDE + t)
            for i, (t, o) in enumerate(zip((a, b), ("Lissa Courier", "Harbour Voice"), strict=True))]
    return [f for f in compare_articles(arts, Options()).findings if f.type == "framing"
            and str(f.detail.get("rule", "")).startswith("framing.story.attribution")]


CASES = [
    # (id, Lissa Courier's text, Harbour Voice's text, the loaded side's words, or None)
    ("an aside right after 'claimed'", PLAIN,
     "Ostwen chief executive Dalia Kerrow claimed, without offering any evidence, that the "
     "tender had been rigged in favour of the Marrow Group by officials in the harbour office.",
     "without offering any evidence"),
    ("an aside after a neutral 'said'", PLAIN,
     "Ostwen chief executive Dalia Kerrow said without evidence that the tender had been "
     "rigged in favour of the Marrow Group by officials in the harbour office.",
     "said without evidence"),
    ("an appositive after the statement", PLAIN,
     "Ostwen chief executive Dalia Kerrow said the tender had been rigged in favour of the "
     "Marrow Group by officials in the harbour office, a claim she did not support with "
     "evidence.", "a claim she did not support with evidence"),
    ("a doubt cue joined to a quote's cue",
     PLAIN + "\n\n\"We will see them in court,\" Kerrow told reporters.",
     "\"We will see them in court,\" Ostwen chief executive Dalia Kerrow said, and claimed "
     "without offering evidence that officials in the harbour office had rigged the tender in "
     "favour of the Marrow Group.", "claimed without offering evidence"),
    ("near miss: the words are the speaker's, in quote marks",
     "Ostwen chief executive Dalia Kerrow said the harbour office had thrown out its bid.",
     "Ostwen chief executive Dalia Kerrow said the harbour office had thrown out its bid "
     "\"without evidence\".", None),
    ("near miss: 'without evidence' modifies another verb of the complement",
     "Ostwen chief executive Dalia Kerrow said the harbour office had thrown out its bid.",
     "Ostwen chief executive Dalia Kerrow said the harbour office had thrown out its bid "
     "without evidence of any fault.", None),
    ("near miss: both outlets carry the aside",
     PLAIN.replace("said the", "said without evidence that the"),
     "Ostwen chief executive Dalia Kerrow claimed, without offering any evidence, that the "
     "tender had been rigged in favour of the Marrow Group by officials in the harbour office.",
     None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_doubt_asides(case):
    _id, a, b, want = case
    got = _framings(a, b)
    if want is None:
        assert not got, [f.summary for f in got]
        return
    assert len(got) == 1, [f.summary for f in got]
    assert want in got[0].detail["b"]["word"], got[0].summary
    assert got[0].detail["b"]["articles"] == ["a2"], got[0].detail


def test_joined_cue_linked_by_the_quote_only_is_no_statement_contrast():
    """'"...," she said, and claimed ...' shares the quote with the other outlet's '"...,"
    Kerrow said', but the claim is another matter: the statement rule does not set them
    against each other."""
    got = _framings("\"We will see them in court,\" Ostwen chief executive Dalia Kerrow said "
                    "outside the harbour office.",
                    "\"We will see them in court,\" Ostwen chief executive Dalia Kerrow said, "
                    "and claimed the city's mayor had phoned the judges of the tender panel.")
    assert not [f for f in got if f.detail["rule"] == "framing.story.attribution"], \
        [f.summary for f in got]
