"""Rules of the ninth session (docs/quotes.md, "Ninth session"), on invented text
(fictional Vellaria), each with its near misses."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.rules.attribution import (
    CUE_VERBS,
    INDIRECT_LEMMAS,
    LISTENER_LEMMAS,
    VERBNET_SPEECH,
    cue_class,
)
from storylens.segment import segment


def _quotes(text: str):
    """(speaker, cue, content) of every quote."""
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, text[q.start : q.end]) for q in extract_quotes(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # say-37.7: a that-clause, a noun-phrase object, a trailing attribution
        (
            "Mayor Ana Lund reiterated that the quay would reopen in May.",
            [("Mayor Ana Lund", "reiterated", "that the quay would reopen in May")],
        ),
        # a noun-phrase object ends before the subject's next stance verb
        (
            "Vell reiterated his denunciation of the levy but called on pilots to stay.",
            [
                ("Vell", "reiterated", "his denunciation of the levy"),
                ("Vell", "called on", "pilots to stay"),
            ],
        ),
        (
            "Vell proclaimed that the strike was over.",
            [("Vell", "proclaimed", "that the strike was over")],
        ),
        (
            '"That is a lie," Vell retorted.',
            [("Vell", "retorted", "That is a lie,")],
        ),
        # complain-37.8
        (
            "The pilots grumbled that the new rota was unfair.",
            [("The pilots", "grumbled", "that the new rota was unfair")],
        ),
        (
            "The ferries are late again, Lund grumbled.",
            [("Lund", "grumbled", "The ferries are late again")],
        ),
        # advise-37.9: the listener between verb and clause is not content
        (
            "Lund informed the council that the quay would close.",
            [("Lund", "informed", "that the quay would close")],
        ),
        (
            "The harbour master assured residents that the water was safe.",
            [("The harbour master", "assured", "that the water was safe")],
        ),
        # manner of speaking (Levin 37.3), also with a short quote
        (
            '"We are ready," Lund muttered.',
            [("Lund", "muttered", "We are ready,")],
        ),
        (
            '"Get out of the water," the captain yelled.',
            [("the captain", "yelled", "Get out of the water,")],
        ),
    ],
)
def test_verbnet_speech_verbs(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the same verbs as an act, a noise, a noun or a listener alone
        "Vell proclaimed a state of emergency on Friday.",
        "The crowd yelled obscenities at the police.",
        "The pilots groaned under the weight of the new rota.",
        "She added a note of caution about the levy.",
        "Lund informed the council on Friday.",
        "His gripes about the rota were ignored.",
        # "get" as a passive's auxiliary: the subject is told, it says nothing
        "Get informed from that company as to what papers may be required.",
        "Residents were informed that the water was safe.",
    ],
)
def test_verbnet_near_misses(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue inside a fronted "when" clause reports up to the main clause's comma
        (
            "When Lund said that the quay would close, the pilots walked out.",
            [("Lund", "said", "that the quay would close")],
        ),
        (
            "When Lund told the pilots that the quay would close, their mood changed.",
            [("Lund", "told", "that the quay would close")],
        ),
        # near miss: a comma inside the content that opens no clause of its own
        (
            "After Lund said that the quay, which is old, would close, the pilots left.",
            [("Lund", "said", "that the quay, which is old, would close")],
        ),
        # near miss: the cue in the main clause after the fronted clause's comma
        (
            "When the storm passed, Lund said that the quay would reopen.",
            [("Lund", "said", "that the quay would reopen")],
        ),
    ],
)
def test_fronted_clause_ends_content(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, first_clause",
    [
        # ", yet X complains about …" is a clause of its own, not a trailing attribution
        (
            "Candidates usually lower expectations, yet Vell continually brags about his "
            "debates.",
            "Candidates usually lower expectations",
        ),
        (
            "The board held the levy, but Vell complained about the rota.",
            "The board held the levy",
        ),
        # a stance verb's own particle after the cue: its object, not an adverbial
        (
            "No matter the setting, Vell will insist on a recount.",
            "No matter the setting",
        ),
    ],
)
def test_trailing_needs_no_coordinator_or_object(text, first_clause):
    assert all(content != first_clause for _, _, content in _quotes(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: real trailing attributions, with a time phrase, past a narrator's
        # "and" clause
        (
            "The quay is closed, Vell complained on Friday.",
            [("Vell", "complained", "The quay is closed")],
        ),
        (
            "The pilots are tired, the harbour master said, and the ferries are late.",
            [("the harbour master", "said", "The pilots are tired")],
        ),
    ],
)
def test_trailing_attribution_kept(text, expected):
    assert _quotes(text) == expected


def test_verbnet_lexicon_is_wired():
    """Every VerbNet verb is a cue (class "other": a tone, not compared for framing),
    every one but "disclose" (a complement verb) reports a clause, and the advise-37.9
    verbs take a listener."""
    for lemma in VERBNET_SPEECH:
        assert lemma in CUE_VERBS
    assert {"reiterate", "grumble", "mutter", "inform"} <= INDIRECT_LEMMAS
    assert {"assure", "inform", "notify", "advise"} <= LISTENER_LEMMAS
    assert cue_class("muttered") == "other"
    assert cue_class("said") == "neutral"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a thought verb's bare clause whose subject has no determiner
        (
            "Many of the pilots believe tolls and levies are unfair.",
            [("Many of the pilots", "believe", "tolls and levies are unfair")],
        ),
        (
            "Mr. Vell hoped harbour pilots would accept the rota.",
            [("Mr. Vell", "hoped", "harbour pilots would accept the rota")],
        ),
    ],
)
def test_bare_clause_with_bare_noun_subject(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an object, a gerund, an adverb or a function word after the verb
        "The pilots think nothing of the levy.",
        "The pilots fear losing their jobs will follow.",
        "The pilots believe strongly in the levy.",
        "I think tolls and levies are unfair.",
    ],
)
def test_bare_noun_near_misses(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # impersonal passives: the that-clause, no speaker unless an agent is named
        (
            "It was reported that the quay would close on Friday.",
            [(None, "was reported", "that the quay would close on Friday")],
        ),
        (
            "But it has long been rumoured that the minister will resign.",
            [(None, "has long been rumoured", "that the minister will resign")],
        ),
        (
            "It was announced by the harbour board that the quay would close.",
            [("the harbour board", "was announced", "that the quay would close")],
        ),
        # a planned statement: the subject will say it
        (
            "Ana Lund is expected to say that the quay will reopen in May.",
            [("Ana Lund", "is expected to say", "that the quay will reopen in May")],
        ),
        # near miss: the impersonal report inside a reported clause stays its content
        (
            "Lund said it was reported that the quay would close.",
            [("Lund", "said", "it was reported that the quay would close")],
        ),
    ],
)
def test_impersonal_and_planned(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a forecast, knowledge, an adjective, a passive of another verb,
        # a planned act that is no speech
        "It is expected that the quay will reopen.",
        "It is not known whether the quay will reopen.",
        "It was clear that the quay would close.",
        "It was decided in May to close the quay.",
        "Ana Lund is expected to win the vote.",
    ],
)
def test_impersonal_near_misses(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverbial or a connective set off by commas between subject and cue
        (
            "The harbour board, in a statement on Friday, said that the quay was safe.",
            [("The harbour board", "said", "that the quay was safe")],
        ),
        (
            "Lund, at a rally in Oria, said the quay was safe.",
            [("Lund", "said", "the quay was safe")],
        ),
        (
            "Lund, however, said the quay was safe.",
            [("Lund", "said", "the quay was safe")],
        ),
        (
            '"The quay is safe," Lund, in an interview, said.',
            [("Lund", "said", "The quay is safe,")],
        ),
        # near misses: an appositive and a relative aside are still read as before
        (
            "Lund, a former pilot, said the quay was safe.",
            [("Lund", "said", "the quay was safe")],
        ),
        (
            "Vell, whose pilots struck in May, said the quay was unsafe.",
            [("Vell", "said", "the quay was unsafe")],
        ),
    ],
)
def test_set_off_adverbial_before_cue(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle of the main clause after a fronted clause: the main subject speaks
        (
            "While many pilots thought that it was a coincidence, Vell actually spilled the "
            "beans, saying that the date was chosen.",
            [
                ("many pilots", "thought", "that it was a coincidence"),
                ("Vell", "saying", "that the date was chosen"),
            ],
        ),
        (
            "Before leaving the quay, the harbour master praised the crews, adding that the "
            "levy would stay.",
            [
                ("the harbour master", "praised", "the crews"),
                ("the harbour master", "adding", "that the levy would stay"),
            ],
        ),
        # near miss: no fronted clause, the sentence's speaker continues as before
        (
            "Lund said that the quay would close, adding that the levy was unfair.",
            [
                ("Lund", "said", "that the quay would close"),
                ("Lund", "adding", "that the levy was unfair"),
            ],
        ),
    ],
)
def test_participle_after_fronted_clause(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a listener, then a clause without "that"
        (
            "Lund told the Herald the quay would close.",
            [("Lund", "told", "the quay would close")],
        ),
        (
            "Lund told reporters the quay would close.",
            [("Lund", "told", "the quay would close")],
        ),
        # a relative "that" on an occasion noun is not the reported clause's
        (
            "Lund said in an interview that aired Sunday that the quay would close.",
            [("Lund", "said", "that the quay would close")],
        ),
        # near miss: a day before "that": the clause's own subject
        (
            "Lund said on Friday that was the plan.",
            [("Lund", "said", "that was the plan")],
        ),
        # a speech verb with a stance verb's particle reports the particle's object
        (
            "Lund warned of delays at the quay.",
            [("Lund", "warned of", "delays at the quay")],
        ),
        (
            "The pilots complained about the new rota.",
            [("The pilots", "complained about", "the new rota")],
        ),
    ],
)
def test_listener_clause_relative_that_particles(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a told story, a listener with no clause
        "Lund told the story of the quay.",
        "Lund told the pilots about the levy.",
    ],
)
def test_listener_near_misses(text):
    assert _quotes(text) == []


def test_particle_object_ends_before_continuing_participle():
    """The particle's object ends at ", even suggesting …", which reports on its own."""
    text = "The harbour board complained about the pumps, even suggesting they were old."
    assert _quotes(text) == [
        ("The harbour board", "complained about", "the pumps"),
        ("The harbour board", "suggesting", "they were old"),
    ]
