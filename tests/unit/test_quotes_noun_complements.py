"""Session 16 (polnear16): three grammar readings of reported speech, each on invented text
(fictional Vell harbour) beside near misses where the same words report nothing.

1. A noun of saying or thinking with its that-clause ("amid fears that …", "despite the
   board's insistence that …"): the clause is reported content, with no cue verb and the
   named owner, if any, as the speaker; a relative "that", a noun phrase that opens its
   clause, a noun of another sense and a demonstrative "that" report nothing.
2. A relative clause between a subject and its cue ("Fishermen who use the old quay said
   …"): the speaker is the subject with its clause, not the clause's object.
3. A two-word infinitive after a verb of intent is whole ("declined to comment"), unless a
   wh-word leaves it a gap ("what he plans to do").
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Fishing crews gathered at the quay amid fears that the ferry service would end in May.",
         None, "that the ferry service would end in May"),
        # a fronted phrase closed by a comma before the noun: the noun is in the main clause
        ("In Kelmar, fishing crews gathered amid fears that the ferry service would end in May.",
         None, "that the ferry service would end in May"),
        ("Despite the harbour board's repeated insistence that the pier was safe, two cracks "
         "appeared in its deck.", None, "that the pier was safe"),
        ("The minister faced a growing suspicion that she had read the audit in March.",
         None, "that she had read the audit in March"),
        ("Protesters repeated Mayor Ana Lund's prediction that the levy would fall next year.",
         "Mayor Ana Lund", "that the levy would fall next year"),
        ("The inspectors gave no indication that the quay would reopen before the summer.",
         None, "that the quay would reopen before the summer"),
        ("There is widespread agreement that the old crane should be moved.",
         None, "that the old crane should be moved"),
        ("Dock workers cheered Pieter Vos's announcement that the night shift would end.",
         "Pieter Vos", "that the night shift would end"),
        # a named owner after a capitalised fronted preposition: "Despite" is no part of
        # the name (review16a: these were read as nothing, the owner run to the sentence's
        # first word)
        ("Despite Mayor Ana Lund's insistence that the pier was safe, two cracks appeared "
         "in its deck.", "Mayor Ana Lund", "that the pier was safe"),
        ("Amid Pieter Vos's warnings that the ferry would be sold, the crews stayed in port.",
         "Pieter Vos", "that the ferry would be sold"),
        # complete clauses beside the relative near misses: a passive, an object, an
        # infinitive ("the pier was closed in March" is no gap)
        ("Residents repeated the claim that the pier was closed in March.",
         None, "that the pier was closed in March"),
        ("The pilots voiced a suspicion that the board had ignored the audit.",
         None, "that the board had ignored the audit"),
        ("Protesters repeated Mayor Ana Lund's insistence that police had to intervene at the quay.",
         "Mayor Ana Lund", "that police had to intervene at the quay"),
    ],
)
def test_noun_with_that_clause_reports_it(text, speaker, content):
    got = [r for r in _reported(text) if r[2] == content]
    assert got, (text, _reported(text))
    assert got[0][0] == speaker
    assert got[0][1] is None  # a noun is no reporting verb: framing compares verbs only


@pytest.mark.parametrize(
    "text",
    [
        # a relative "that": the clause after the noun has no subject of its own
        "The council dismissed the claim that made headlines in the Vell Herald last week.",
        # the noun phrase opens its clause: a subject whose verb the rules cannot find
        "The harbour board's insistence that the pier was safe angered the fishing crews.",
        "But the belief that the ferry would return kept the kiosks open all winter.",
        "The Vell Herald's revelation that the pumps were old angered the fishing crews.",
        # "that" as a demonstrative after a noun of another sense
        "The report that week listed nine damaged moorings along the quay.",
        # a demonstrative before a noun of time, after a noun of the list (review16a:
        # "that night said the gate was open" was read as a report of no one's)
        "The harbour officer in charge that night said the gate was open.",
        "The pilot in charge that day said the ferry was late.",
        # a fronted phrase with no comma: its content would run on into the main clause
        # (review16a: "that the pier would close residents left the town")
        "Amid fears that the pier would close residents left the town.",
        # a noun of intent with a to-infinitive names a plan, not a report
        "The board unveiled a plan to widen the quay by four metres.",
        # a promise to people: "to" opens a noun phrase, not an infinitive
        "The mayor kept her promise to voters in the harbour district.",
        # the topic of a cue before it: the cue's object, not a report of its own
        "Reporters asked about the harbour board's claim that the pier was safe.",
        # a relative clause whose object is the noun: its verb has no object of its own
        # (review16a: these were read as reported content with no speaker)
        "The appeals court upheld the ruling that Judge Orla Venn issued in March.",
        "The agency repeated the warning that it had issued on Friday.",
        "Dock workers studied the statement that the harbour board released last week.",
        "Prosecutors dropped the charges that the port police had filed against him.",
        "Both unions signed the agreement that the two sides reached in Kelmar.",
        "The board sent the statement that it had drafted to the ferry pilots.",
    ],
)
def test_near_misses_report_nothing(text):
    assert not [r for r in _reported(text) if r[1] is None], _reported(text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Fishermen who use the old quay said that the new pier was too short.",
         "Fishermen who use the old quay", "said", "that the new pier was too short"),
        ("The union that represents the dockers agreed to end the strike on Monday.",
         "The union that represents the dockers", "agreed", "to end the strike on Monday"),
        ("Two councillors who opposed the levy refused to sign the harbour contract.",
         "Two councillors who opposed the levy", "refused", "to sign the harbour contract"),
        # two relatives joined by "and"/"or" are one clause of the subject (review16a: the
        # second one's object, "the trawlers", spoke)
        ("Dockers who load the ferries and who unload the trawlers said the cranes were too old.",
         "Dockers who load the ferries and who unload the trawlers", "said",
         "the cranes were too old"),
        ("The guild that trains the pilots or that hires the deckhands agreed to review the charts.",
         "The guild that trains the pilots or that hires the deckhands", "agreed",
         "to review the charts"),
        # near misses: a complement "that" after the cue, a demonstrative "that"
        ("The mayor said that the union agreed to end the strike.",
         "The mayor", "said", "that the union agreed to end the strike"),
    ],
)
def test_relative_clause_subject_speaks(text, speaker, cue, content):
    got = _reported(text)
    assert (speaker, cue, content) in got, got


def test_demonstrative_that_is_no_relative_clause():
    # "that week" is no relative clause: the speaker is not widened over it (the sentence
    # reports nothing, as before: the time phrase hides the subject)
    got = _reported("Ferry pilots that week said the channel was too shallow for the new boats.")
    assert all("that week" not in (r[0] or "") for r in got), got


def test_two_word_infinitive_is_whole():
    assert _reported("The port board declined to comment.") == [
        ("The port board", "declined", "to comment")
    ]
    assert _reported("Her lawyer, Ana Lund, refused to testify.") == [
        ("Ana Lund", "refused", "to testify")
    ]
    # a wh-word before the subject leaves the infinitive a gap: no content
    assert _reported("The minister was vague about what he plans to do.") == []
