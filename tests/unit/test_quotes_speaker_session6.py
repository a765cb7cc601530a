"""Speakers and clauses found wrong on real coverage in the sixth session (docs/quotes.md,
"sixth session"), replayed on invented text (fictional Vellaria), each with a near miss."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.findings.quotes import speaker_key
from storylens.models import Article
from storylens.segment import segment


def _quotes(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural possessive keeps its apostrophe: the phrase is one speaker
        (
            "The pilots' union said the new rota was unsafe.",
            [("The pilots' union", "said", "the new rota was unsafe")],
        ),
        (
            "The ferry pilots’ union criticized the new rota.",
            [("The ferry pilots’ union", "criticized", "the new rota")],
        ),
        (
            "The dockers' association welcomed the ruling on Tuesday.",
            [("The dockers' association", "welcomed", "the ruling")],
        ),
        # near miss: a single-quoted word still closes after a letter other than "s"
        (
            "He called the plan 'reckless' and left, the harbour master said.",
            [("the harbour master", "said", "He called the plan 'reckless' and left")],
        ),
    ],
)
def test_plural_possessive_speakers(text, expected):
    assert _quotes(text) == expected


def test_a_capitalised_modifier_is_not_the_subject():
    # "Brine dispensaries across the state …": the capital names a kind of shop
    text = "Brine dispensaries across Vellaria opened at dawn, saying demand was strong."
    assert _quotes(text) == [("Brine dispensaries", "saying", "demand was strong")]
    text = "Vellstone shops opened early, arguing that demand was strong."
    assert _quotes(text) == [("Vellstone shops", "arguing", "that demand was strong")]
    # near misses: a name followed by its verb stays the speaker
    text = "Vell opened the hearing, arguing that demand was strong."
    assert _quotes(text) == [("Vell", "arguing", "that demand was strong")]
    text = "Vell slams critics at the hearing, arguing that demand was strong."
    assert ("Vell", "arguing", "that demand was strong") in _quotes(text)


def test_welcoming_guests_is_a_greeting_not_a_stance():
    text = "Brine dispensaries across Vellaria opened at dawn, welcoming long lines of customers."
    assert _quotes(text) == []
    text = "Oria welcomed the new decade with fireworks."
    assert _quotes(text) == []
    # near misses: a time after a preposition dates the stance; a decision is no guest
    text = "The union welcomed the ruling on Tuesday."
    assert _quotes(text) == [("The union", "welcomed", "the ruling")]
    text = "The mayor opened the quay, welcoming the decision to keep the ferry."
    assert _quotes(text) == [("The mayor", "welcoming", "the decision to keep the ferry")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lund said on Tuesday the harbour board would reopen the quay.",
            [("Lund", "said", "the harbour board would reopen the quay")],
        ),
        ("Lund said Tuesday the quay was safe.", [("Lund", "said", "the quay was safe")]),
        (
            "Lund said in a statement the quay was safe.",
            [("Lund", "said", "the quay was safe")],
        ),
        ("Lund said last week Orvan would pay.", [("Lund", "said", "Orvan would pay")]),
        # near misses: no time or occasion phrase, or no finite verb after it
        ("Lund spoke on Tuesday the day the quay was closed.", []),
        ("Lund said on Tuesday the quay at dawn.", []),
    ],
)
def test_bare_clause_after_a_time_or_occasion_phrase(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "speaker, key",
    [
        # a person's name before an affiliation: the surname, not the employer's last word
        ("Marla Quist of Orvan Capital Services", "quist"),
        ("Ana Lund from Orvan Bank", "lund"),
        ("President Ana Lund of Vellaria", "lund"),
        ("Governor Lund of Vellaria", "lund"),
        ("Mr. Lund of Orvan", "lund"),
        # near misses: an organisation or a title before "of" keeps the whole phrase
        ("Bank of Orvan Governor Ana Lund", "lund"),
        ("Secretary of State Ivo Brant", "brant"),
        ("Orvan Capital Services", "services"),
        ("Ryan Ellis, a Vellarian tax consultant", "ellis"),
    ],
)
def test_speaker_key_is_the_persons_surname(speaker, key):
    assert speaker_key(speaker) == key


@pytest.mark.parametrize(
    "text, expected",
    [
        # an -ing speech verb with its that-clause after the main clause's verb
        (
            "Vell posted a series of messages early Friday saying that the quay was unsafe.",
            [("Vell", "saying", "that the quay was unsafe")],
        ),
        # a name right before the -ing form is its subject, not the sentence's
        (
            "Caught off guard, the Orvan party scrambled to calm anger, with Lund declaring "
            "that there had been no talks on the census.",
            [("Lund", "declaring", "that there had been no talks on the census")],
        ),
        # a listener between the participle and its clause
        (
            "Vell spoke for an hour, telling the harbour pilots that the quay would reopen.",
            [("Vell", "telling", "that the quay would reopen")],
        ),
        # near misses: the -ing phrase inside the subject; a told joke; an -ly opener
        ("A letter claiming that the quay was unsafe reached the board on Monday.", []),
        ("Vell spoke for an hour, telling jokes about the quay.", []),
        ("Especially worth reading are the chapters, describing the ferry trade.", []),
    ],
)
def test_ing_cues_with_a_clause(text, expected):
    assert _quotes(text) == expected


def test_a_comma_inside_the_closing_mark_still_ends_the_clause():
    # American style puts the comma inside the quote: '… "true," but he said …'
    text = (
        'Lund said that the video did not give "definitive evidence," but he said that the '
        "footage supports the account."
    )
    assert _quotes(text) == [
        ("Lund", "said", 'that the video did not give "definitive evidence,"'),
        ("Lund", "said", "that the footage supports the account"),
    ]
    text = 'The panel ruled that the claim was "true," but in its report the panel doubted it.'
    assert _quotes(text) == [("The panel", "ruled", 'that the claim was "true,"')]
    # near miss: after the mark an aside, not a new clause: the content goes on
    text = 'Lund said that the word "safe," in her view, was wrong.'
    assert ("Lund", "said", 'that the word "safe," in her view, was wrong') in _quotes(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stance participle with its particle after a comma
        (
            "The group welcomed the plan, calling for new tolls on the bridge.",
            [
                ("The group", "welcomed", "the plan"),
                ("The group", "calling for", "new tolls on the bridge"),
            ],
        ),
        # a coordinated cue past a fronted adverbial shares the clause's subject
        (
            "In his speech, Lund urged members to back the plan, and criticized the board's "
            "lack of care.",
            [
                ("Lund", "urged", "members to back the plan"),
                ("Lund", "criticized", "the board's lack of care"),
            ],
        ),
        (
            "In a post on Tuesday, Vell blamed Orvan for the raid and said those involved "
            "would pay.",
            [
                ("Vell", "blamed", "Orvan for the raid"),
                ("Vell", "said", "those involved would pay"),
            ],
        ),
        # near misses: the verb of a relative clause; a participle with no object
        ("Before the dinner, Lund lauded the crews that responded and defended the quay.", []),
        ("Lund stayed home, calling for help.", []),
    ],
)
def test_participles_and_coordinated_cues(text, expected):
    assert _quotes(text) == expected


def test_an_attempt_is_not_a_statement():
    assert _quotes("The crews tried to reach the quay as the fire spread.") == []
    assert _quotes("Comics try to make people laugh with slapstick.") == []
    # near miss: an intention stated with a complement verb still attributes
    assert _quotes("The crews plan to reach the quay by Friday.") == [
        ("The crews", "plan", "to reach the quay by Friday")
    ]


def _all(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc)]


def test_caption_labels_and_datelines_are_no_headline_speakers():
    body = "The ferry to Oria was cancelled on Monday after the storm."
    for label in (
        "Photograph: Ana Lund/Vell Images",
        "Pooch: Rina shares her beloved dog Kess with her former husband",
        "PORTVELLA: Thousands of pilgrims on Wednesday joined the harbour procession",
    ):
        assert _all(f"{body}\n\n{label}.\n\n{body}") == [], label
    text = f"{body}\n\nRead: 'If Vella Calls Me, I Leave Everything'\n\n{body}"
    assert _all(text) == []
    # near misses: a speaker the story names elsewhere, a title, a poll
    text = (
        f"Lund: quay will reopen in May\n\n{body} Lund, the harbour master, has promised repairs."
    )
    assert ("Lund", ":", "quay will reopen in May") in _all(text)
    text = f"Minister: quay will reopen in May\n\n{body}"
    assert ("Minister", ":", "quay will reopen in May") in _all(text)
    text = f"Poll: Lund leads Vell in Oria\n\n{body}"
    assert ("Poll", ":", "Lund leads Vell in Oria") in _all(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted one-word adverbial is no speaker of a coordinated cue
        (
            "Meanwhile, Harbour Master Ana Lund has blamed the storm and said the quay will "
            "reopen.",
            [
                ("Harbour Master Ana Lund", "has blamed", "the storm"),
                ("Harbour Master Ana Lund", "said", "the quay will reopen"),
            ],
        ),
        # a possessive opens a described source
        (
            "Leaders have set aside funds, according to Vellaria's census office.",
            [("Vellaria's census office", "according to", "Leaders have set aside funds")],
        ),
        # a month that dates a participle is not the source: the phrase before it is
        (
            "A study by the Vellaria Centre published in August found that ferry deaths fell.",
            [("A study by the Vellaria Centre", "found", "that ferry deaths fell")],
        ),
        # two verbs in a row: the first is a plural noun under a capitalised modifier
        (
            "Media reports said, citing sources in the port, that the quay would close.",
            [("Media reports", "citing", "sources in the port, that the quay would close")],
        ),
    ],
)
def test_speakers_past_adverbials_possessives_and_dates(text, expected):
    assert _quotes(text) == expected


def test_a_contracted_is_makes_a_passive():
    assert _quotes("But she's not expected to change the bank's approach.") == []
    assert _quotes("It's not known where the custom comes from.") == []
    # near miss: an active cue after a contraction of "has" still attributes; since
    # session 40 the contraction is the cue's auxiliary ("'s said", as "has said"; the
    # speaker is "She", PolNeAR's labelling)
    assert [q[1:] for q in _quotes("She's said she will stay.")] == [("'s said", "she will stay")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speech verb that also names an act reports only a clause
        ("The Vell party will maintain control of the harbour ministry.", []),
        ("The ferry line has added two routes to Oria.", []),
        ("Lund maintained the quay was safe.", [("Lund", "maintained", "the quay was safe")]),
        (
            "Lund maintained harbour staff had to intervene.",
            [("Lund", "maintained", "harbour staff had to intervene")],
        ),
        # a cue inside a condition reports nothing
        (
            "Oria could lose the ferry if it cannot reach a deal and refuses to extend the talks.",
            [],
        ),
        ("If Lund says the quay is safe, the ferry will sail.", []),
        # near misses: a condition inside the reported clause; "asked if"
        (
            "Lund said that if the board refuses to pay, the crews will strike.",
            [("Lund", "said", "that if the board refuses to pay, the crews will strike")],
        ),
        ("Lund asked if the quay was safe.", [("Lund", "asked", "if the quay was safe")]),
    ],
)
def test_acts_and_conditions_are_not_reports(text, expected):
    assert _quotes(text) == expected


def test_a_reflexive_object_is_an_act():
    assert _quotes("In that case, the port will defend itself with full force.") == []
    assert _quotes("Rina Santer supports herself with the money she earns online.") == []
    # near miss: an object that is not the subject itself
    assert _quotes("Lund defended the plan.") == [("Lund", "defended", "the plan")]


def test_a_coordinated_cue_takes_the_nearest_clause_subject():
    text = (
        "Port officials were quick to claim that Orvan had planned the raid, while Mayor Ana "
        "Lund has said that the quay was safe and warned that Orvan would pay for any damage."
    )
    assert ("Mayor Ana Lund", "warned", "that Orvan would pay for any damage") in _quotes(text)
    text = "The mayor promised new tolls, but the board rejected them and said the quay was safe."
    assert ("the board", "said", "the quay was safe") in _quotes(text)
    # near miss: no contrast clause, the sentence's subject speaks
    text = "Democrats described it as ominous, and said the quay was unsafe."
    assert ("Democrats", "said", "the quay was unsafe") in _quotes(text)
