"""Wrong speakers a reviewer found on real articles (docs/quotes.md, "review fixes"),
replayed on invented text (fictional Vellaria), each with a near miss."""

from __future__ import annotations

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _quotes(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.direct, q.speaker, q.cue, q.text) for q in extract_quotes(doc)]


def _direct(text: str):
    return [(sp, cue, content) for direct, sp, cue, content in _quotes(text) if direct]


def test_trailing_attribution_wins_when_the_next_sentence_lost_its_space():
    # "said.The website": the stop of a lower-case word before a capital ends a sentence
    text = (
        "A few groups like the Harbour Party, Vell Watch and Quay Front support her. "
        '"We will probe the level of her links with Oria," the commissioner said.The '
        "website of the group says it is a research body."
    )
    assert _direct(text) == [
        ("the commissioner", "said", "We will probe the level of her links with Oria,")
    ]


def test_dotted_names_stay_one_token():
    # near miss: "Amazon.com" keeps its stop (no lower-case word before it)
    text = (
        'The sale moved to Amazon.com last year. "It is a good deal," said Rina Vell of '
        "Amazon.com in the U.S. office."
    )
    assert _direct(text) == [("Rina Vell of Amazon.com", "said", "It is a good deal,")]


def test_a_demonstrative_is_not_a_speaker():
    text = (
        "The ferry to Oria reopened on Monday. This was welcome as visitors are known to "
        "spend more in the spring."
    )
    assert [q for q in _quotes(text) if q[1] and q[1].lower() == "this"] == []
    text = "The raid on the quay lasted an hour. This attack was a chameleon, the inspector wrote."
    assert _quotes(text) == [(False, "the inspector", "wrote", "This attack was a chameleon")]


def test_a_described_person_and_it_stay_speakers():
    # near miss: a demonstrative before a person noun, and a company's "It said"
    assert _quotes("This official said the quay would reopen in May.") == [
        (False, "This official", "said", "the quay would reopen in May")
    ]
    assert _quotes("Harbour Ltd reported a loss. It said profits would return in May.") == [
        (False, "It", "said", "profits would return in May")
    ]


def test_who_after_a_time_phrase_refers_to_the_name_before_it():
    text = (
        "That message was hardened by Harbour Captain Tomas Orr on Thursday, who told a "
        "meeting that the town needed to be evacuated.\n\n"
        '"We are not safe in Oria. We need to leave this town," he told a crowd.'
    )
    assert [q[1] for q in _quotes(text)] == ["Harbour Captain Tomas Orr"] * 2


def test_who_after_a_name_is_unchanged():
    # near miss: no time phrase, the antecedent is the name itself
    text = (
        "The order came from Harbour Captain Tomas Orr, who told a meeting that the town "
        "needed to be evacuated."
    )
    assert _quotes(text) == [
        (False, "Harbour Captain Tomas Orr", "told", "that the town needed to be evacuated")
    ]


def test_a_month_before_a_colon_is_a_list_not_a_speaker():
    text = (
        "Here is his monthly income:\n\nMarch: $90.48 from two short videos.\n\n"
        "April: $1,511.57, from one viral video."
    )
    assert _quotes(text) == []


def test_a_headline_speaker_before_a_colon_still_speaks():
    # near miss: a one-word name before the colon
    assert _quotes("Vell: the bridge will reopen in May after the repairs.") == [
        (False, "Vell", ":", "the bridge will reopen in May after the repairs")
    ]


def test_a_day_name_under_a_reported_clause_keeps_cue_and_content():
    # near miss: the speaker is cut short at "Friday", but the cue and content are right
    # (PolNeAR valid has two such); only the headline rule refuses a day or month
    quotes = _quotes("The harbour poll released Friday shows that most voters back the quay.")
    assert [(cue, content) for _, _, cue, content in quotes] == [
        ("shows", "that most voters back the quay")
    ]


def test_a_phrase_quoted_inside_a_clause_is_not_attributed_by_the_words_after_it():
    # 'those who "abused" Tomas Orr, the party leader said': Orr is the object, not the
    # speaker, and a later "he alleged" must not resolve to him
    text = (
        'It is unfortunate that the Harbour Party has to compromise with those who "abused" '
        "Oria founder Tomas Orr, the party leader said.\n\n"
        'The Harbour Party not only "betrayed" the voters but also its ally, he alleged.'
    )
    speakers = {q[1] for q in _quotes(text)}
    assert "Oria founder Tomas Orr" not in speakers
    assert speakers == {"the party leader", "he"}


def test_a_quote_closed_by_punctuation_is_still_attributed_after_it():
    # near misses: a comma closes the phrase, and a nickname inside a name
    text = 'The repairs are "well ahead," the board said.'
    assert ("the board", "said", "well ahead,") in _direct(text)
    text = (
        '"This is a big year for our harbour!" Orr\'s niece, Marcia "Cia" Vell (Oria North), '
        'shouted to the crowd. "The nation is watching Oria. We have his back."'
    )
    assert [sp for sp, _, _ in _direct(text)][1:] == ["Vell (Oria North)"] * 2


def test_a_name_inside_a_quoted_title_is_not_who_he_is():
    from storylens.analysis import analyse

    text = (
        'In May he posted another video called "How I made 781 dollars with Harbour '
        'Dividends," where he shows his income. "This was the turning point for me," he said.'
    )
    doc = analyse(segment(Article(id="a1", source="t", outlet="Test", text=text)))
    assert "Harbour Dividends" not in {q.speaker for q in doc.analysis.quotes}


def test_a_person_named_before_the_quote_still_resolves_he():
    # near miss: the one person is named in narration, outside any quote
    from storylens.analysis import analyse

    text = (
        "Mayor Tomas Orr spoke at the quay on Monday. "
        '"This was the turning point for me," he said.'
    )
    doc = analyse(segment(Article(id="a1", source="t", outlet="Test", text=text)))
    assert [q.speaker for q in doc.analysis.quotes] == ["Tomas Orr"]


def test_an_unread_trailing_attribution_stops_the_carry_over():
    # the speaker phrase after the quote is too long for the rules, but a cue follows the
    # quote's comma: the quote is not the previous speaker's
    text = (
        "Tomas Orr said the quay would reopen. "
        '"It will take a month," the ferry captain who has run the eastern harbour route '
        "told reporters."
    )
    assert [sp for sp, _, _ in _direct(text)] == [None]
    # (a described subject with no relative clause is read since the fourth session)
    text = (
        "Tomas Orr said the quay would reopen. "
        '"It will take a month," the ferry captain of the eastern harbour route in Oria '
        "told reporters."
    )
    assert [sp for sp, _, _ in _direct(text)] == [
        "the ferry captain of the eastern harbour route in Oria"
    ]


def test_a_quote_with_no_attribution_after_it_still_carries_over():
    # near miss: nothing but narration follows the quote
    text = (
        "Tomas Orr said the quay would reopen. "
        '"It will take a month. We have the steel and the crews to do it." Work starts on '
        "Monday."
    )
    assert [sp for sp, _, _ in _direct(text)] == ["Tomas Orr"]


def test_two_names_joined_by_and_both_speak_after_a_quote():
    text = (
        "Rabbi Tomas Orr and Dean Lina Marr called on the mayor to act.\n\n"
        "“Enough is enough. Sailors should not have to fear for their lives on the quay,” "
        "Orr and Marr said."
    )
    assert [sp for sp, _, _ in _direct(text)] == ["Orr and Marr"]


def test_a_clause_before_and_is_not_a_coordinated_speaker():
    # near miss: "The quay closed and Marr said" is no pair of names
    text = '“We will reopen it in May,” the quay closed and Marr said.'
    assert "the quay closed and Marr" not in [sp for sp, _, _ in _direct(text)]


def test_a_demonstrative_phrase_before_a_colon_is_a_topic_not_a_speaker():
    # the sentence splitter now ends "director.This year's …" (a scraped text that lost its
    # space), which exposed a headline-style 'X: "…"' read of a topic as a speaker
    text = (
        'The lanterns lit the Oria quay, said Rina Vell, the fair\'s director.This year\'s '
        'festival theme: "Who is Oria 2031?" The faces of the town were projected on the wall.'
    )
    assert [q for q in _direct(text) if q[0] and q[0].startswith("This")] == []
    # near miss: a name before the colon is still a headline speaker
    text = 'Harbour repairs. Mayor Vell: "The quay opens in May." Crews agreed.'
    assert _direct(text) == [("Mayor Vell", ":", "The quay opens in May.")]
