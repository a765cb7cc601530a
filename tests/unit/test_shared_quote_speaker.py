"""``shared_quote`` names a speaker only when both articles name the same one; a speaker
found in one article only stays in ``detail.speaker_one_side``, never stated as the
speaker of the words both quote (reader report, section 7: a daughter's caption
attributed to her father by one side's speaker guess). Invented text."""

from __future__ import annotations

import pytest

from storylens.findings.shared_quote import SharedQuote, Side
from storylens.findings.source import _agreed_speaker, _one_side_speaker, _shown_speaker
from storylens.models import Article
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("shared_quotes_on")


def _side(article: str, speaker: str | None) -> Side:
    return Side(article, 0, 40, 8, speaker, 0, 40)


def test_one_sided_speaker_is_not_the_agreed_speaker():
    found = [SharedQuote(_side("a1", None), _side("a2", "Osk"), 8)]
    assert _agreed_speaker(found) is None
    assert _one_side_speaker(found) == ("a2", "Osk")


def test_a_pronoun_names_nobody():
    found = [SharedQuote(_side("a1", "he"), _side("a2", "Mara Vell"), 8)]
    assert _agreed_speaker(found) is None
    assert _one_side_speaker(found) == ("a2", "Mara Vell")


def test_near_miss_both_sides_naming_one_person_agree():
    found = [SharedQuote(_side("a1", "Mara Vell"), _side("a2", "Vell"), 8)]
    assert _agreed_speaker(found) == "Mara Vell"
    assert _one_side_speaker(found) is None


def test_two_different_named_speakers_name_nobody():
    found = [SharedQuote(_side("a1", "Mara Vell"), _side("a2", "Osk Brant"), 8)]
    assert _agreed_speaker(found) is None
    assert _one_side_speaker(found) is None


CAPTION = "Forever in my heart, always my guide through every storm at sea #dad #Tarn"
LEDE = "The harbour master of Tarn, Osk Vell, died on Sunday at the age of 81 after a long illness."


def _shared(a_text: str, b_text: str):
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=a_text),
            Article(id="a2", source="t", outlet="Vella Times", text=b_text)]
    return [f for f in compare_articles(arts).findings if f.type == "shared_quote"]


def test_caption_quoted_by_two_outlets_names_no_speaker_as_fact():
    found = _shared(
        LEDE + f"\n\nHis daughter Lina shared a photo of her father that she captioned: '{CAPTION}'.",
        LEDE + f"\n\nSharing a snap of her dad, she wrote: ‘{CAPTION}.’",
    )
    assert len(found) == 1
    f = found[0]
    assert " of Osk" not in f.summary and " of Vell" not in f.summary, f.summary
    assert "names a speaker" not in f.summary, f.summary  # one side's guess stays in detail


def test_near_miss_both_outlets_name_the_speaker():
    words = "We will rebuild the north pier before the winter storms reach the harbour"
    found = _shared(
        LEDE + f'\n\n"{words}," Mayor Rina Quill said on Monday.',
        LEDE + f'\n\nMayor Rina Quill told reporters: "{words}."',
    )
    assert len(found) == 1
    assert "of Mayor Rina Quill" in found[0].summary or "of Rina Quill" in found[0].summary, \
        found[0].summary



Q_MIN = "We will answer in a calm way, at a moment we choose, and inside the law"
Q_GEN = "fired only to defend the outpost against the intruders who crossed at night"
WIRE = ("The ministry said the country would not be drawn into a feud. "
        f'"{Q_MIN}," a ministry spokesperson told reporters in Velm.\n\nThe other side told it differently. '
        f'In a statement on state radio, General Ivo Tarrant said his soldiers had "{Q_GEN}".')
PAPER = ("Officials sought to calm fears of a wider feud on Monday. "
         f'"{Q_MIN}," a spokesperson for the ministry said.\n\nAcross the border, General Ivo Tarrant, '
         f'whose staff blamed the patrol, said his men had "{Q_GEN}".')


def test_the_speaker_shown_is_the_shown_quote_s():
    """Two shared quotes, an unnamed spokesperson's shown first and the general's named on
    both sides: the summary must not give the spokesperson's words to the general (blind dev
    story d06: 'the same words of General Teodor Vashkin: "We will respond…"', the defence
    minister's words after an unresolved "she said")."""
    found = _shared(WIRE, PAPER)
    assert len(found) == 1
    f = found[0]
    assert "calm way" in f.summary, f.summary
    assert "Tarrant" not in f.summary, f.summary


def test_near_miss_the_shown_quote_named_on_both_sides_keeps_its_speaker():
    found = _shared(WIRE.split("\n\n")[1], PAPER.split("\n\n")[1])
    assert len(found) == 1
    assert "of General Ivo Tarrant" in found[0].summary, found[0].summary


def test_shown_speaker_table():
    she = SharedQuote(_side("a1", "she"), _side("a2", "she"), 17)
    gen = SharedQuote(_side("a1", "General Ivo Tarrant"), _side("a2", "General Ivo Tarant"), 5)
    assert _shown_speaker([she, gen]) is None
    assert _shown_speaker([gen, she]) == "General Ivo Tarrant"
    assert _shown_speaker([gen]) == "General Ivo Tarrant"
    # the shown quote named on one side only, the other side's "she" unresolved: the agreed
    # speaker is kept (the hand report's two such items, Trump's words, are right)
    one = SharedQuote(_side("a1", "General Ivo Tarrant"), _side("a2", "she"), 17)
    assert _shown_speaker([one, gen]) == "General Ivo Tarrant"
    # near miss: one side names another person for the shown quote: no agreed speaker
    other = SharedQuote(_side("a1", "Minister Lea Dorn"), _side("a2", "she"), 17)
    assert _shown_speaker([other, gen]) is None
