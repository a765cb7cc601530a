"""names31 (session 31): a form capitalised only by title case is no name an outlet spells.

``findings.names._title_case_only``: an article's form of two or more capitalised words is
left out of the name-variant comparison when (1) the article writes the same words in lower
case as well (any spacing; a sentence opener's own capital aside), or (2) every mention
stands in a title-case line (a headline) and every capitalised word is one the article
writes in lower case. Real31 saw the first on a real dev group: a disease's common name,
capitalised in one outlet's title-case headline alone, reported as a hyphen variant of
another outlet's capitalised form.

Invented text throughout (fictional marsh workers, towns, clinics, outlets). Near misses:
a name the body capitalises and never writes small (a named condition, a person's double-
barrelled surname, a company's hyphen) keeps its line; a sentence-case headline's capitals
are the outlet's own; an all-caps transcript label is read as the name it is (case alone
is no spelling; a given name's short form is, as the gold guide keys it).
"""

from __future__ import annotations

import pytest
from support import headed_article, name_variant_lines

LEDGER_HEAD = "Marsh Cutter Recovers From Reed Bed Fever"
LEDGER_BODY = (
    "Oskar Tamberlin, a 44-year-old reed cutter from Tallow Fen, fell ill in June after a "
    "season in the flooded beds. Doctors at the Fenmouth Infirmary found that spores in the "
    "wet thatch had inflamed his airways. Tamberlin had Reed Bed Fever, a rare allergic "
    "illness, and was treated by {who}. He rested for four months and has since returned "
    "to work.")

POST_BODY = (
    "A reed cutter in Tallow Fen was diagnosed with {first} after a season in the flooded "
    "beds, his doctors wrote in a medical journal. Oskar Tamberlin, 44, fell ill in June, "
    "and doctors at the Fenmouth Infirmary traced the illness to spores in the wet thatch. "
    "{second} is a rare allergic illness, and {who} treated him. Tamberlin rested for four "
    "months and has since returned to work.")


def _lines(post_head: str, first: str, second: str, who_a: str = "the infirmary's nurses",
           who_b: str = "the infirmary's nurses") -> list[str]:
    ledger = headed_article("a1", "Osrey Ledger", LEDGER_HEAD, LEDGER_BODY.format(who=who_a))
    post = headed_article("a2", "Kelmont Post", post_head,
                POST_BODY.format(first=first, second=second, who=who_b))
    return name_variant_lines(ledger, post)


TITLE_HEAD = "Reed Cutter Catches 'Reed-Bed Fever' in Flooded Marsh"
SENTENCE_HEAD = "Reed cutter catches Reed-Bed Fever in flooded marsh"

ROWS = [
    # (post headline, its body's first form, its second, a line naming 'Reed-Bed Fever' wanted)
    pytest.param(TITLE_HEAD, "reed-bed fever", "Reed bed fever", False,
                 id="title-head-body-small-both-spacings"),
    pytest.param(TITLE_HEAD, "reed bed fever", "The illness", False,
                 id="title-head-body-small-other-spacing"),
    # (2): the phrase never in the body, its words each written small there ("reed", "beds",
    # "fever"): the title case's capitals alone
    pytest.param(TITLE_HEAD, "a fever", "The illness", False,
                 id="title-head-words-small-elsewhere"),
    # (1) in running text: the body capitalises it once and writes it small once: lower
    # case elsewhere in the same outlet, no name
    pytest.param("Cutter Falls Ill After Season in the Marsh", "Reed-Bed Fever",
                 "Reed-bed fever", False, id="body-capitalised-once-small-once"),
    # near misses: the outlet's own capitals
    pytest.param(TITLE_HEAD, "Reed-Bed Fever", "Reed-Bed Fever", True,
                 id="near-miss-body-capitalised-never-small"),
    pytest.param(SENTENCE_HEAD, "a fever", "The illness", True,
                 id="near-miss-sentence-case-headline"),
]


@pytest.mark.parametrize(("head", "first", "second", "wanted"), ROWS)
def test_title_case_capitals_are_no_name(head, first, second, wanted):
    lines = [s for s in _lines(head, first, second) if "Reed-Bed Fever" in s]
    assert bool(lines) == wanted, lines


@pytest.mark.parametrize(("who_a", "who_b", "hyphened"), [
    # a person's double-barrelled surname and a company's hyphen, capitalised in both
    # bodies and never written small: still told
    ("the specialist Ilse Brannock Hale", "the specialist Ilse Brannock-Hale", "Ilse Brannock-Hale"),
    ("staff of Brannock Hale", "staff of Brannock-Hale", "Brannock-Hale"),
])
def test_near_miss_real_hyphen_variant_still_told(who_a, who_b, hyphened):
    lines = _lines(TITLE_HEAD, "reed-bed fever", "The illness", who_a=who_a, who_b=who_b)
    assert any(hyphened in s for s in lines), lines


def test_near_miss_name_in_title_case_headline_only_still_told():
    """A hyphenated surname only in a title-case headline: its words are no words the
    article writes small, so the capitals are the name's."""
    head = "Reed Cutter Treated by Ilse Brannock-Hale for Marsh Fever"
    lines = _lines(head, "reed-bed fever", "The illness", who_a="the specialist Ilse Brannock Hale",
                   who_b="the infirmary's nurses")
    assert any("Brannock-Hale" in s for s in lines), lines


# An all-caps transcript label ("GRETE VOLLAN:") against another outlet's name in running
# text: the capitals are the transcript's style, no spelling ("GRETE VOLLAN" / "Grete
# Vollan": nothing), while a given name's short form under the label is another form of
# the name (name.given-form, as the gold guide keys "WILLIAM BONNEY" / "Bill Bonney").
COURIER_BODY = (
    "{name}, the harbour's former pilot, told the inquiry on Tuesday that the channel "
    "markers had been moved. Vollan said she had warned the port board in March. The "
    "inquiry meets again next week.")
TRANSCRIPT = (
    "ANCHOR: The harbour inquiry resumed on Tuesday with its former pilot.\n\n"
    "{label}: The channel markers had been moved before I knew it. I warned the port board "
    "in March.\n\n"
    "ANCHOR: The inquiry meets again next week.")


@pytest.mark.parametrize(("name", "label", "wanted"), [
    ("Grete Vollan", "GRETE VOLLAN", False),
    ("Gretchen Vollan", "MARGARETE VOLLAN", False),  # no documented short form: no link
    ("Bill Vollan", "WILLIAM VOLLAN", True),
])
def test_transcript_label_in_capitals(name, label, wanted):
    courier = headed_article("b1", "Orvel Courier", "Pilot Tells Inquiry Markers Were Moved",
                             COURIER_BODY.format(name=name))
    tv = headed_article("b2", "KVLN News", "Transcript: Harbour Inquiry",
                        TRANSCRIPT.format(label=label))
    lines = name_variant_lines(courier, tv)
    assert bool(lines) == wanted, lines
