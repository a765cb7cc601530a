"""Attribution framing: when "claimed" against "said" is a contrast and when it is not
(issue 12, item 2), on invented articles about a fictional ferry strike in Vella.

The aligned rule (on by default) compared the first cue of two aligned sentences with no
regard to who spoke, whether the verb was inside someone's quote, or whether the speaker
was a legal actor; the story-wide rule linked two statements of one speaker through a
loaded-term set ("president" / "leader"). Each near miss below was a finding before.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
LEDE_B = ("Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages "
          "they say were never paid.")


def _attributions(a: str, b: str, story: bool = False) -> list[tuple[str, str]]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=f"{LEDE_A} {a}"),
            Article(id="a2", source="t", outlet="Vella Times", text=f"{LEDE_B} {b}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=story))
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in comp.findings
            if f.type == "framing" and f.detail["kind"] == "attribution_verb"]


FUND = "the ferry fund had run dry by the end of March this year."

FOUND = [
    ("same speaker, said vs claimed",
     f"Union leader Dara Quill said {FUND}", f"Union leader Dara Quill claimed {FUND}",
     ("said", "claimed")),
    ("same speaker, said vs admitted",
     f"Port director Ivo Brant said {FUND}", f"Port director Ivo Brant admitted {FUND}",
     ("said", "admitted")),
    ("relative clause, say vs claim",
     "The strikers, who say they are unpaid deckhands, blocked the gate of the harbour office.",
     "The strikers, who claim to be unpaid deckhands, blocked the gate of the harbour office.",
     ("say", "claim")),
]

NOT_FOUND = [
    ("legal document: the indictment alleges",
     "The indictment said the harbour master Ivo Brant took bribes from three shipping firms.",
     "The indictment alleges the harbour master Ivo Brant took bribes from three shipping firms."),
    ("legal actor: prosecutors claimed",
     "Prosecutors said the harbour master Ivo Brant took bribes from three shipping firms.",
     "Prosecutors claimed the harbour master Ivo Brant took bribes from three shipping firms."),
    ("allege in a legal context",
     "Officers said the harbour master Ivo Brant took bribes before his arrest in 2024.",
     "Officers allege the harbour master Ivo Brant took bribes before his arrest in 2024."),
    ("two different speakers",
     f"Union leader Dara Quill said {FUND}", f"Port director Ivo Brant claimed {FUND}"),
    ("the loaded verb inside a quote",
     '"The fund ran dry, whatever Brant claimed," Dara Quill said of the ferry money on Tuesday.',
     '"The fund ran dry, whatever Brant said," Dara Quill said of the ferry money on Tuesday.'),
    ("the same verb in both",
     f"Union leader Dara Quill claimed {FUND}", f"Union leader Dara Quill claimed that {FUND}"),
]


@pytest.mark.parametrize("story", [False, True], ids=["aligned", "story"])
@pytest.mark.parametrize("case", FOUND, ids=[c[0] for c in FOUND])
def test_attribution_contrast_found(case, story):
    _, a, b, words = case
    assert words in _attributions(a, b, story)


@pytest.mark.parametrize("story", [False, True], ids=["aligned", "story"])
@pytest.mark.parametrize("case", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_attribution_near_miss(case, story):
    _, a, b = case
    assert _attributions(a, b, story) == []


def test_statements_linked_only_through_a_term_set_are_not_one_statement():
    """ "the president said" (the speaker's title) and "leader Osk" (another person) are
    words of one loaded-term set; two statements of one speaker sharing only that and
    one other word are two statements."""
    a = ("Vella's president Oren Falk spoke to reporters in Tarn on Tuesday. "
         "“I like calm seas,” the president said before boarding a patrol boat.")
    b = ("Oren Falk has claimed he likes Kellan leader Ivo Osk and hoped the Kellan leader "
         "would sign the harbour accord before winter.")
    assert _attributions(a, b, story=True) == []


def test_one_statement_of_one_speaker_across_the_story():
    """The positive twin: the two sentences share the statement's words, not only a
    set's."""
    a = ("Transport minister Oren Falk said he had a good working relationship with Osk and "
         "thought the Kellan leader would keep his word on the harbour accord.")
    b = ("Oren Falk has claimed the Kellan leader Ivo Osk would keep his word on the "
         "harbour accord, which both sides signed in Tarn.")
    # one line for the statement: the aligned "claimed" where the story-wide "has claimed"
    # is the same contrast (framing._charged_word reads past the auxiliary, real28)
    got = _attributions(a, b, story=True)
    assert ("said", "claimed") in got or ("said", "has claimed") in got


def _labels(a: str, b: str) -> list[tuple[str, str]]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=f"{LEDE_A} {a}"),
            Article(id="a2", source="t", outlet="Vella Times", text=f"{LEDE_B} {b}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in comp.findings
            if f.type == "framing" and f.detail["kind"] == "label_hedge"]


CLAIMED = ("Protesters, who claim to be unpaid deckhands, blocked the gate of the harbour "
           "office on Tuesday.")


def test_identity_put_as_a_claim_against_the_same_identity_stated():
    """ "who claim to be deckhands" where the other outlet states "deckhands" (issue 12)."""
    a = "Unpaid deckhands blocked the gate of the harbour office on Tuesday, halting the ferry."
    assert ("deckhands", "who claim to be unpaid deckhands") in _labels(a, CLAIMED)
    b = "A man claiming to be a journalist from Tarn was held at the harbour office gate on Tuesday."
    a = "A journalist from Tarn was held at the harbour office gate on Tuesday for six hours."
    assert ("journalist", "claiming to be a journalist") in _labels(a, b)


@pytest.mark.parametrize("a, b", [
    # the other outlet attributes the identity too: the relative-clause rule's case
    ("Villagers who say they are unpaid deckhands blocked the gate of the harbour office on "
     "Tuesday.", CLAIMED),
    # no label: a participle after "to be"
    ("The deckhands blocked the gate of the harbour office on Tuesday over wages owed since May.",
     "The deckhands, who claim to be owed wages since May, blocked the gate of the harbour "
     "office on Tuesday."),
    # no label: an adjective with no determiner
    ("The innocent deckhands were held at the gate of the harbour office on Tuesday.",
     "The deckhands, who claim to be innocent, were held at the gate of the harbour office "
     "on Tuesday."),
    # the claim is inside a quote: the speaker's words
    ("Unpaid deckhands blocked the gate of the harbour office on Tuesday, halting the ferry.",
     '"Protesters, who claim to be unpaid deckhands, blocked the gate," Ivo Brant said of '
     "the harbour office on Tuesday."),
], ids=["attributed both sides", "participle", "adjective", "inside a quote"])
def test_identity_claim_near_miss(a, b):
    assert _labels(a, b) == []


def test_identity_claim_against_a_plain_said_they_were():
    """ "who claim to be" against "said they were" outside a relative clause."""
    a = ("Villagers said they were unpaid deckhands and blocked the gate of the harbour "
         "office on Tuesday.")
    assert ("said", "claim") in _attributions(a, CLAIMED, story=True)


def test_identity_said_by_a_legal_actor_is_no_neutral_side():
    a = ("Prosecutors said they were unpaid deckhands who blocked the gate of the harbour "
         "office on Tuesday.")
    assert ("said", "claim") not in _attributions(a, CLAIMED, story=True)


@pytest.mark.parametrize("a", [
    # an adjective after "said she was": a feeling, no identity
    "Mayor Lina Sorr said she was worried about the unpaid deckhands at the harbour office.",
    # the claimed group speaks of something else
    "Unpaid deckhands said they were angry about the wages and blocked the harbour office.",
    # another label than the one claimed
    "Villagers said they were fishermen and blocked the gate of the harbour office on Tuesday.",
], ids=["feeling", "group's mood", "another label"])
def test_said_they_were_states_no_claimed_identity(a):
    """ "said they were X" is the neutral side of "who claim to be X" only for that X
    (review, s6: a mayor's worry and a group's anger were set against the claim)."""
    assert ("said", "claim") not in _attributions(a, CLAIMED, story=True)


def test_one_speaker_spelled_in_two_romanisations_is_one_speaker():
    """quotes.same_speaker folds romanisations ("Dzhabarova" / "Jabarova"); the
    story-wide attribution index buckets speakers by the folded letters of each form
    one_speaker reads, so both outlets' statements are one speaker's (they were two on
    the transliterated first letters); two surnames that only share letters stay two."""
    from storylens.analysis import analyse
    from storylens.findings.attribution import _uses_by_speaker
    from storylens.findings.common import FindingContext
    from storylens.segment import segment

    def speakers(a_name: str, b_name: str) -> list[list[str]]:
        texts = [f"Union leader Dara {a_name} said the ferry fund had run dry by March.",
                 f"The money had gone, union leader Dara {b_name} claimed at a rally."]
        docs = [analyse(segment(Article(id=f"a{i}", source="t", outlet=o, text=t)))
                for i, (t, o) in enumerate(zip(texts, ["Harbour Post", "Vella Times"],
                                               strict=True))]
        by, _ = _uses_by_speaker(FindingContext.build(docs, [], None, None))
        return sorted(sorted(v) for v in by.values())

    assert speakers("Dzhabarova", "Jabarova") == [["a0", "a1"]]
    assert speakers("Wolska", "Volska") == [["a0", "a1"]]
    assert speakers("Åsen", "Aasen") == [["a0", "a1"]]  # transliterated (one_speaker)
    assert speakers("Dzhabarova", "Jablonska") == [["a0"], ["a1"]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Villagers near Oskarn, who claim to be farmers, blocked the road.", [("Oskarn", "claim")]),
        ("The 25-year-old, who said he was a ferryman, left.", [("year-old", "said")]),
        ("Two ex-deckhands, who insist they were never paid, sued.", [("ex-deckhands", "insist")]),
        ("A 2nd-grader, who said she saw the boat, spoke first.", [("grader", "said")]),
        ("The deckhands who were paid said they were farmers.", []),  # near miss: no cue after 'who'
        # crash15: a long hyphened run was tried from each '-X' (quadratic: 2.7 s for 20,000
        # characters); it is read once from its first word start, with the same result
        ("-A" * 20_000 + ", who said he was a ferryman.", [("A-" * 19_999 + "A", "said")]),
        ("-A" * 20_000 + " and nothing else.", []),
    ],
)
def test_relative_clause_noun_read_once_per_hyphened_run(text: str, want: list[tuple[str, str]]) -> None:
    from storylens.findings.attribution import _REL

    assert [(m.group(1), m.group(2)) for m in _REL.finditer(text)] == want
