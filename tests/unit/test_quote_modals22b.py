"""Session 22 (quotes22b): changes of a few words graded as wording that change the claim.

1. A modal of another kind (rules.quote_changes.MODAL_KINDS: prediction "will", possibility
   "can", obligation "should") put for the speaker's: "No doctor will be forced" / "… should
   be forced" is a qualifier (quote_diff._modal_change), shown; the past form of one kind
   ("can" / "could"), "must" / "should" and "would" (several senses) stay wording.
2. A run opening with a wh-word put for "whether" (PRESUPPOSING_WH_FOR_WHETHER: "find out
   whether rules were broken" / "… which rules were broken") takes the event for granted:
   a presupposition changed, kept as a qualifier beside other reworded words.
3. Review of session 22's belief hedge (quote_diff._belief_marks): a verb of feeling or
   grasping ("feel", "fear", "hope", "understand") or a belief verb before a preposition
   ("believe in") after a subject pronoun is no belief put for a finding.
Invented text: fictional Orvik, Pell and their people.
"""

from __future__ import annotations

import pytest
import support


@pytest.mark.parametrize(
    "a,b,kind",
    [
        ("No doctor will be forced to take part in the Orvik trial,",
         "No doctor should be forced to take part in the Orvik trial,", "qualifier"),
        ("We cannot let the Orvik school close this winter,",
         "We will not let the Orvik school close this winter,", "qualifier"),
        ("The Pell council must publish the flood reports this week,",
         "The Pell council will publish the flood reports this week,", "qualifier"),
        ("If the Orvik pumps fail we could lose the whole harvest,",
         "If the Orvik pumps fail we will lose the whole harvest,", "qualifier"),
        ("We'll reopen the Orvik bridge to lorries in spring,",
         "We should reopen the Orvik bridge to lorries in spring,", "qualifier"),
        # near misses: "would" (of no kind: a conditional, a future in the past, a polite
        # form); one kind two ways (tense, or two words of obligation); a contraction
        ("No doctor will be forced to take part in the Orvik trial,",
         "No doctor would be forced to take part in the Orvik trial,", "word"),
        ("If the Orvik pumps fail we could lose the whole harvest,",
         "If the Orvik pumps fail we would lose the whole harvest,", "word"),
        ("We can reopen the Orvik school before the end of the month,",
         "We could reopen the Orvik school before the end of the month,", "word"),
        ("The Pell council must publish the flood reports this week,",
         "The Pell council should publish the flood reports this week,", "word"),
        ("We cannot let the Orvik school close this winter,",
         "We can't let the Orvik school close this winter,", None),
        # "shall" is a pledge or a duty: not read
        ("No doctor shall be forced to take part in the Orvik trial,",
         "No doctor should be forced to take part in the Orvik trial,", "word"),
    ],
)
def test_a_modal_of_another_kind_is_a_qualifier(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


def test_a_modal_changed_is_shown_and_said_so():
    a = 'Health Minister Ivo Rask said: "No doctor will be forced to take part in the Orvik trial."'
    b = 'Ivo Rask told reporters: "No doctor should be forced to take part in the Orvik trial."'
    found = support.quote_changes_found(a, b)
    assert len(found) == 1 and found[0].detail["meaningful"]
    assert "a modal verb changed" in found[0].summary
    # near miss: "will" / "would" is wording, not shown as a change of meaning
    c = 'Ivo Rask told reporters: "No doctor would be forced to take part in the Orvik trial."'
    assert not any(f.detail["meaningful"] for f in support.quote_changes_found(a, c))


def test_a_hedge_modal_is_still_read_as_a_hedge():
    a = 'Ivo Rask said: "The Orvik bridge will reopen to lorries in spring."'
    b = 'Ivo Rask said: "The Orvik bridge may reopen to lorries in spring."'
    found = support.quote_changes_found(a, b)
    assert len(found) == 1 and "a hedge" in found[0].summary


@pytest.mark.parametrize(
    "a,b,presupposed",
    [
        ("We will find out whether safety rules were broken at the Orvik yard,",
         "We will find out which safety rules were broken at the Orvik yard,", True),
        ("We will find out whether this Orvik ferry was overloaded,",
         "We will find out who allowed this Orvik ferry to be overloaded,", True),
        ("The inquiry will ask whether the Pell levee was neglected,",
         "The inquiry will ask what the Pell levee was neglected for,", True),
        # near misses: "whether" both ways; the question still asked beside the wh-word;
        # two wh-words for each other; a relative "which" after a noun
        ("We will find out whether safety rules were broken at the Orvik yard,",
         "We will find out whether any safety rules were broken at the Orvik yard,", False),
        ("We will find out whether safety rules were broken at the Orvik yard,",
         "We will find out how and whether safety rules were broken at the Orvik yard,",
         False),
        ("We will find out who broke the safety rules at the Orvik yard,",
         "We will find out which crew broke the safety rules at the Orvik yard,", False),
        ("The rules that were broken at the Orvik yard are clear,",
         "The rules which were broken at the Orvik yard are clear,", False),
    ],
)
def test_a_wh_question_put_for_whether(a, b, presupposed):
    from storylens.findings.quote_diff import compare_quotes

    for x, y in ((a, b), (b, a)):
        c = compare_quotes(x, y)
        ops = c["ops"] if c else []
        assert any(o.get("presupposition") for o in ops) is presupposed
        assert (c["change"] == "qualifier") if presupposed else True


def test_whether_and_a_wh_run_is_a_presupposition_beside_other_words():
    from storylens.findings.quote_diff import compare_quotes

    c = compare_quotes("We will find out whether this Orvik ferry was overloaded,",
                       "We will find out who allowed this Orvik ferry to be overloaded,")
    ops = [o for o in c["ops"] if o.get("kind") == "qualifier"]
    assert c["change"] == "qualifier" and ops[0].get("presupposition")
    c = compare_quotes("We will find out how and whether this Orvik ferry was overloaded,",
                       "We will find out whether this Orvik ferry was overloaded,")
    assert not any(o.get("presupposition") for o in c["ops"])


@pytest.mark.parametrize(
    "a,b",
    [
        ("We believe in the Pell dam project and we will fund it,",
         "We support the Pell dam project and we will fund it,"),
        ("They understand the risks of the Pell dam and accept them,",
         "They accept the risks of the Pell dam and accept them,"),
        ("We feel betrayed by the Orvik council after this vote,",
         "We are angry with the Orvik council after this vote,"),
        ("We fear for the lives of the Pell miners tonight,",
         "We pray for the lives of the Pell miners tonight,"),
        ("I hope to reopen the Orvik school next week,",
         "I plan to reopen the Orvik school next week,"),
        ("We feel sad about the Orvik school closing,",
         "We are sad about the Orvik school closing,"),
        ("I thought about the Pell families all night,",
         "I prayed for the Pell families all night,"),
    ],
)
def test_a_verb_of_feeling_or_believe_in_is_no_hedge(a, b):
    for x, y in ((a, b), (b, a)):
        found = support.quote_changes_found(f'Mayor Ilse Varn said: "{x}"',
                                            f'Ilse Varn told reporters: "{y}"')
        assert not any("hedge" in f.summary for f in found)


@pytest.mark.parametrize(
    "a,b",
    [
        # the belief hedges of session 22 stay
        ("We have identified the fault in the Orvik pump,",
         "We believe the fault lies in the Orvik pump,"),
        ("We allege that the Pell council hid the flood reports,",
         "We have proof that the Pell council hid the flood reports,"),
        ("I suspect the Pell council hid the flood reports,",
         "I know the Pell council hid the flood reports,"),
        ("We think the Pell dam failed because of the rain,",
         "We know the Pell dam failed because of the rain,"),
    ],
)
def test_a_belief_in_a_clause_is_still_a_hedge(a, b):
    assert support.quote_change_kind(a, b) == "qualifier"
    assert support.quote_change_kind(b, a) == "qualifier"


@pytest.mark.parametrize(
    "a,b,same",
    [
        # review of session 22's double-barrelled link: two given names that differ are two
        # people who share a surname's part
        ("Ana Ruiz", "Carlos Benali-Ruiz", False),
        ("Mayor Ana Ruiz", "Mayor Carlos Benali-Ruiz", False),
        # one person: the same given name, none on one side, an initial, the compound
        # written with a space, a title in place of a given name
        ("Ana Ruiz", "Ana Benali-Ruiz", True),
        ("Ruiz", "Carlos Benali-Ruiz", True),
        ("A. Ruiz", "Ana Benali-Ruiz", True),
        ("Ines Carvalho Ruiz", "Ines Carvalho-Ruiz", True),
        ("Minister Ruiz", "Carlos Benali-Ruiz", True),
        ("Defence Minister Ilse Maren-Tosk", "Ilse Maren Tosk", True),
    ],
)
def test_a_compound_and_its_last_part_under_two_given_names(a, b, same):
    from storylens.findings.quotes import same_quote_speaker, speaker_key

    assert same_quote_speaker(speaker_key(a), speaker_key(b), a, b) is same
    assert same_quote_speaker(speaker_key(b), speaker_key(a), b, a) is same


def test_two_people_sharing_a_surname_part_are_not_one_quote():
    a = 'Councillor Ana Ruiz said: "The Orvik depot will close within 40 days."'
    b = 'Carlos Benali-Ruiz told reporters: "The Orvik depot will close within 60 days."'
    assert support.quote_changes_found(a, b) == []
    c = 'Ana Benali-Ruiz told reporters: "The Orvik depot will close within 60 days."'
    found = support.quote_changes_found(a, c)
    assert len(found) == 1 and found[0].detail["change"] == "number"
