"""quote_changed says what kind of change it is, and drops changes that do not alter
meaning. Invented articles (fictional Vellaria), run through the whole compare, so the
partial quotes in aligned sentences are linked the way real coverage links them.

Each near-miss negative mirrors a false or trivial case seen on real coverage (issue 11):
"any single cent" / "a single cent", contractions, a longer excerpt, a negation that the
shorter excerpt's own sentence carries outside the quote marks.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.confidence import rule_confidence
from storylens.findings.quote_diff import classify, compare_quotes
from storylens.rules.quote_changes import MEANINGFUL

PRE = (
    "The Vellarian foreign ministry met envoys from six countries in Port Vella on Tuesday. "
    "Talks lasted four hours and ended without a joint statement.\n\n"
)
POST = "\n\nThe envoys are due to meet again next month in the capital."


def _changes(a: str, b: str):
    return support.quote_changes_between(a, b, PRE, POST, ('Harbour Post', 'Vella Times'), 'Talks')


TABLE = [
    # (a, b, expected kind or None for no finding)
    (  # a dropped place qualifier inside a partial quote, no named speaker, aligned
        'The foreign minister voiced "grave concern for the situation in North Vellaria" '
        "after the meeting.",
        'The foreign minister voiced "grave concern for the situation in Vellaria" '
        "after the meeting.",
        "place",
    ),
    (  # a changed number at the very end of the excerpt
        '"The repairs to the bridge will cost 40 million," Vell said.',
        '"The repairs to the bridge will cost 14 million," Vell said.',
        "number",
    ),
    (  # a negation only one excerpt has, at its edge, and its sentence does not supply it
        'Vell said the ministry would "never again allow heavy ferries on the river".',
        'Vell said the ministry would "allow heavy ferries on the river".',
        "negation",
    ),
    (  # an added negation inside the quote
        '"The ministry knew about the cracks in the bridge," Vell said.',
        '"The ministry never knew about the cracks in the bridge," Vell said.',
        "negation",
    ),
    (  # a dropped qualifier inside the quote
        '"We are facing a partial closure of the bridge," Vell said.',
        '"We are facing a closure of the bridge," Vell said.',
        "qualifier",
    ),
    (  # near miss: a determiner swap ("any single cent" / "a single cent")
        '"We will not pay any single cent to the contractor," Vell said.',
        '"We will not pay a single cent to the contractor," Vell said.',
        None,
    ),
    (  # near miss: "our" / "the", a translator's choice
        '"This is the wish of the people of our motherland," Vell said.',
        '"This is the wish of the people of the motherland," Vell said.',
        None,
    ),
    (  # near miss: a contraction
        '"We do not expect the bridge to reopen before May," Vell said.',
        '"We don\'t expect the bridge to reopen before May," Vell said.',
        None,
    ),
    (  # near miss: the negation sits just outside the shorter excerpt's quote marks
        '"We will not pay a single cent to the contractor," Vell said.',
        'Vell vowed not to "pay a single cent to the contractor" this year.',
        None,
    ),
    (  # near miss: one outlet quotes more of the same words
        '"The bridge would reopen in May," Vell said.',
        '"The bridge would reopen in May, once all the cables are replaced," Vell said.',
        None,
    ),
    (  # an editor's gloss naming whom the speaker meant, inside the quote marks, at the
        # excerpt's end (gold guide G1: a qualifier, meaningful)
        '"The port will be run not from the palace but by the friends of the capital," '
        "Dral said.",
        '"The port will be run not from the palace but by the friends of the capital '
        '(without naming the Unity Party)," Dral said.',
        "qualifier",
    ),
    (  # near miss: the same gloss in both
        '"The port will be run by the friends of the capital (meaning the Unity Party)," '
        "Dral said.",
        '"The port will be run by the friends of the capital (meaning the Unity Party)," '
        "said Dral.",
        None,
    ),
    (  # a qualifier cut off the front of the excerpt, which its sentence does not say
        'Vell voiced "grave concern for the fishermen held in the northern port" on Monday.',
        'Vell voiced "concern for the fishermen held in the northern port" on Monday.',
        "qualifier",
    ),
    (  # near miss: the shorter excerpt's sentence says the cut-off word
        'Vell voiced "grave concern for the fishermen held in the northern port" on Monday.',
        'Vell voiced grave "concern for the fishermen held in the northern port" on Monday.',
        None,
    ),
    (  # near miss: a longer excerpt with a word and a comma in front is no qualifier
        '"Yes, we will reopen the bridge to ferries in May," Vell said.',
        '"We will reopen the bridge to ferries in May," Vell said.',
        None,
    ),
    # issue 11's example at the excerpt's edge: one outlet closes its quote marks early and
    # goes on in its own words without the qualifier ("in Vellaria", not "in North
    # Vellaria"), in an aligned sentence with no named speaker
    (
        'The foreign minister voiced "grave concern for the situation in North Vellaria" '
        "after the meeting.",
        'The foreign minister voiced "grave concern for the situation" in Vellaria '
        "after the meeting.",
        "place",
    ),
    (  # near miss: its own words after the quote marks say the same
        'The foreign minister voiced "grave concern for the situation in North Vellaria" '
        "after the meeting.",
        'The foreign minister voiced "grave concern for the situation" in North Vellaria '
        "after the meeting.",
        None,
    ),
    (  # near miss: its own words after the quote marks go elsewhere (a shorter excerpt)
        'The foreign minister voiced "grave concern for the situation in North Vellaria" '
        "after the meeting.",
        'The foreign minister voiced "grave concern for the situation" in a call with '
        "envoys after the meeting.",
        None,
    ),
    (  # a restrictive focusing word dropped: the claim is widened (meaning)
        '"The ministry will only reopen the bridge to ferries," Vell said.',
        '"The ministry will reopen the bridge to ferries," Vell said.',
        "qualifier",
    ),
    # wording, graded apart from meaning (issue 11: trivial changes graded low)
    (  # an intensifier added ("never, ever"): emphasis
        '"This bridge will never be a ruin again," Vell said.',
        '"This bridge will never, ever be a ruin again," Vell said.',
        "emphasis",
    ),
    (  # a whole phrase dropped by one transcript ("win the election by a little")
        '"If they are honest I will win the vote by a little," Vell said.',
        '"If they are honest I will win by a little," Vell said.',
        "phrase",
    ),
    (  # a function word dropped ("rather have you be"): grammar, not scope
        '"I would rather have you be honest with the voters," Vell said.',
        '"I would rather you be honest with the voters," Vell said.',
        "function",
    ),
    (  # two renderings (other words too): the word one adds is the renderer's
        '"I apologise for the bad example given yesterday to the crowd," Vell said.',
        '"I apologise for the poor example yesterday to the crowd," Vell said.',
        "word",
    ),
    (  # one quantifier put for another: the scope of the claim changed (session 14, d23)
        '"We will inspect all the ferries on the river," Vell said.',
        '"We will inspect most of the ferries on the river," Vell said.',
        "qualifier",
    ),
    (  # near miss: two quantifiers of one scope ("each" / "every") are wording only
        '"We will inspect each ferry on the river before the summer," Vell said.',
        '"We will inspect every ferry on the river before the summer," Vell said.',
        "word",
    ),
    (  # one unit of time put for another, no number written: another figure (d24)
        '"The bridge will stay closed to heavy traffic for the coming days," Vell said.',
        '"The bridge will stay closed to heavy traffic for the coming weeks," Vell said.',
        "number",
    ),
]


@pytest.mark.parametrize("a,b,kind", TABLE)
def test_change_kind_table(a, b, kind):
    found = _changes(a, b)
    if kind is None:
        assert found == [], [f.summary for f in found]
        return
    assert len(found) == 1, [f.summary for f in found]
    f = found[0]
    assert f.detail["change"] == kind
    rule = "quote_changed.meaning" if kind in MEANINGFUL else "quote_changed.wording"
    assert f.detail["rule"] == rule
    assert f.detail["meaningful"] is (kind in MEANINGFUL)
    assert f.detail["explanation"].startswith("meaning: " if kind in MEANINGFUL else "wording: ")
    assert f.spans and f.confidence == rule_confidence(rule)


def test_summary_names_the_kind():
    (f,) = _changes(
        '"We are facing a partial closure of the bridge," Vell said.',
        '"We are facing a closure of the bridge," Vell said.',
    )
    assert f.summary.endswith("(a qualifier dropped).")
    (f,) = _changes(
        'The foreign minister voiced "grave concern for the situation in North Vellaria".',
        'The foreign minister voiced "grave concern for the situation in Vellaria".',
    )
    # no speaker named: the summary does not pretend one
    assert f.summary.startswith("Harbour Post quotes '")


def test_each_change_says_its_kind_in_one_line():
    (f,) = _changes(
        'The foreign minister voiced "grave concern for the situation in North Vellaria" '
        "after the meeting.",
        'The foreign minister voiced "grave concern for the situation" in Vellaria '
        "after the meeting.",
    )
    assert f.detail["explanation"] == (
        "meaning: a name or place changed ('in North Vellaria' / 'in Vellaria') just outside "
        "the quote marks: it names another person, place or scope")
    assert "just outside the quote marks" in f.summary
    (f,) = _changes(
        '"This bridge will never be a ruin again," Vell said.',
        '"This bridge will never, ever be a ruin again," Vell said.',
    )
    assert f.detail["explanation"] == (
        "wording: an intensifier added ('ever'): emphasis only, the claim is the same")
    assert f.summary.endswith("(an intensifier added).")


def test_a_capital_that_opens_a_sentence_is_no_name():
    from storylens.findings.quote_diff import _name_flags

    assert _name_flags("I want peace. And we are ready") == (False,) * 7
    assert _name_flags("grave concern in North Vellaria. Benghazi should") == (
        False, False, False, True, True, True, False)


@pytest.mark.parametrize(
    "a,b,kind",
    [
        ("not", "", "negation"),
        ("two", "2", "trivial"),  # one value written two ways
        ("two", "3", "number"),
        ("North", "", "place"),
        ("grave", "", "qualifier"),
        ("bad", "poor", "word"),
        ("any", "a", "trivial"),
        ("would", "could", "word"),  # a modal is not trivial
        ("ever", "", "emphasis"),
        ("only", "", "qualifier"),  # a restrictive: scope
        ("have", "", "function"),  # a function word alone: grammar
        ("the election", "", "phrase"),
        ("the North", "", "place"),  # a name in the phrase is still a name
        ("all", "most of", "qualifier"),  # one quantifier for another: scope
        ("each", "every", "word"),  # one scope, two words
        ("all", "every", "word"),
        ("days", "weeks", "number"),  # another unit of one dimension: another measure
        ("miles", "kilometres", "number"),
        ("days", "miles", "word"),  # units of two dimensions: other words, not a measure
        ("in", "at", "word"),  # "in" (inch) is too short to be read as a unit
    ],
)
def test_classify(a, b, kind):
    sa, sb = a.split(), b.split()
    ka, kb = [w.lower() for w in sa], [w.lower() for w in sb]
    assert classify(sa, ka, sb, kb) == kind


def test_edge_replace_is_a_change_but_a_long_one_is_extent():
    cmp = compare_quotes("the bridge will reopen in May", "the bridge will reopen in June")
    assert cmp and cmp["change"] == "place"
    cmp = compare_quotes(
        "the bridge will reopen in May",
        "the bridge will reopen once the divers have finished their work",
    )
    assert cmp is None or not cmp["ops"]


def test_a_unit_swap_says_so():
    (f,) = _changes(
        '"The bridge will stay closed to heavy traffic for the coming days," Vell said.',
        '"The bridge will stay closed to heavy traffic for the coming weeks," Vell said.',
    )
    assert f.summary.endswith("(a unit of measure changed).")
    assert f.detail["explanation"].startswith("meaning: a unit of measure changed ('days")
    assert f.detail["explanation"].endswith("): the quantity differs")


def test_a_quote_in_capitals_is_not_a_changed_name():
    # real case: a video caption "THIS WILL NOT BE A BENGHAZI" made every word a "name"
    cmp = compare_quotes("THIS BRIDGE WILL NOT BE A RUIN", "this bridge will never be a ruin")
    assert cmp and cmp["change"] == "word"


def test_a_gloss_is_described_as_one():
    (f,) = _changes(
        '"The port will be run by the friends of the capital," Dral said.',
        '"The port will be run by the friends of the capital (meaning the Unity Party)," '
        "Dral said.",
    )
    assert "an editor's gloss added inside the quote marks" in f.summary
    assert f.detail["meaningful"] is True


def test_two_sentences_of_one_remark_are_not_one_changed_quote():
    # real case: one outlet quotes "This will not be a ruin. The old bridge should never
    # have fallen," and "This will never, ever be a ruin."; the other only the first
    # sentence. Its exact counterpart exists, so it is a shared quote, not a change.
    a = (
        '"This bridge will not be a ruin. The old bridge should never have fallen," Vell '
        'said on Monday.\n\nHe added: "This bridge will never, ever be a ruin."'
    )
    b = 'Vell said "this bridge will not be a ruin," as engineers arrived.'
    assert _changes(a, b) == []


def test_a_gloss_beside_a_qualifier_of_the_quote_keeps_each_its_own_verb():
    # review: the gloss's "added" was written over the quote's dropped qualifier, and a
    # qualifier listed after the gloss was not described at all
    from storylens.findings.quotes import _describe

    dropped = {"tag": "delete", "a": "loyal", "b": "", "kind": "qualifier"}
    gloss = {"tag": "insert", "a": "", "b": "(meaning Osk)", "kind": "qualifier", "gloss": True}
    for ops in ([dropped, gloss], [gloss, dropped]):
        assert _describe(ops, "qualifier") == (
            "an editor's gloss added inside the quote marks; a qualifier dropped")
    assert _describe([gloss], "qualifier") == "an editor's gloss added inside the quote marks"


def test_a_unit_swap_needs_a_count_not_an_idiom():
    # "wait a second" / "wait a minute": one unit after "a" is a turn of phrase, not a
    # measure; a count ("two seconds" / "two minutes") or a plural ("coming days") is one
    out = _changes(
        '"Wait a second, the ferry to Orlanth was never cancelled," Pell told reporters.',
        '"Wait a minute, the ferry to Orlanth was never cancelled," Pell told reporters.',
    )
    assert not any("unit of measure" in f.summary for f in out)
    (f,) = _changes(
        '"The ferry to Orlanth was held for two minutes at the quay," Pell told reporters.',
        '"The ferry to Orlanth was held for two hours at the quay," Pell told reporters.',
    )
    assert f.summary.endswith("(a unit of measure changed).")
    (f,) = _changes(
        '"The ferry to Orlanth was held for 1 minute at the quay," Pell told reporters.',
        '"The ferry to Orlanth was held for 1 hour at the quay," Pell told reporters.',
    )
    assert f.summary.endswith("(a unit of measure changed).")
