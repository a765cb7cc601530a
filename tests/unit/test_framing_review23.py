"""Session 23 (framing23), from session 22's held-out read (t101-t110): a loaded modifier
set against an outlet that qualifies the same noun with a word of the same judgement is no
contrast (``framing._kindred_on``, rules/loaded_terms.KINDRED_MODIFIER_GROUPS: t109's
'bogus notes' against the Free Press's 'forged notes'); a line quotes each outlet's words
as they are ("worth" ends the qualified phrase, rules/loaded_terms.STOP_HEADS; the plain
side's own premodifier is shown, ``framing._with_own_premodifier``); a passive cue with no
agent ("is alleged to have copied") names no speaker, so it is not a named speaker's
statement (``framing._passive_cue``: t106). Invented text (a fictional ticket fraud at the
Orlen Arena in Vasko)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

MOD = "framing.story.modifier"
LEDE = ("Police in Vasko arrested six people on Tuesday in raids on a print shop that made "
        "tickets for concerts at the Orlen Arena.\n\n")
TAIL = ("\n\nThe arena said ticket holders should buy only from its own box office. The "
        "suspects will appear in court in Vasko on Friday.")
CHARGED = ("Officers raided a print shop in the harbour district, seizing bogus tickets worth "
           "2 million crowns for the summer concerts at the arena.")


def _modifier_lines(plain: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Vasko Wire", text=LEDE + plain + TAIL),
            Article(id="a2", source="t", outlet="Harbour Gazette", text=LEDE + CHARGED + TAIL)]
    return [f.summary for f in compare_articles(arts, Options(framing=True)).findings
            if f.detail.get("rule") == MOD]


@pytest.mark.parametrize("label, plain, want", [
    # the plain outlet writes a word of the same judgement on the same noun: no contrast
    ("'forged tickets'", "Officers raided a print shop in the harbour district and seized "
     "forged tickets worth 2 million crowns for the summer concerts at the arena.", None),
    ("'counterfeit tickets', a word between", "Officers raided a print shop in the harbour "
     "district and seized counterfeit concert tickets worth 2 million crowns for the summer "
     "concerts at the arena.", None),
    ("'fake-ticket', elsewhere in the article", "Officers raided a print shop in the harbour "
     "district and seized tickets worth 2 million crowns for the summer concerts at the "
     "arena. The fake-ticket trade has grown since the arena reopened.", None),
    # near misses: no word of that judgement on the noun; the line quotes each side's words
    ("bare 'tickets'", "Officers raided a print shop in the harbour district and seized "
     "tickets worth 2 million crowns for the summer concerts at the arena.",
     "'bogus tickets' where Vasko Wire writes 'tickets'"),
    ("'stolen tickets', another judgement", "Officers raided a print shop in the harbour "
     "district and seized a haul of stolen tickets worth 2 million crowns for the summer "
     "concerts at the arena.", "'bogus tickets' where Vasko Wire writes 'stolen tickets'"),
    ("an adjective after the verb", "Officers raided a print shop in the harbour district "
     "and seized identical tickets worth 2 million crowns for the summer concerts at the arena.",
     "'bogus tickets' where Vasko Wire writes 'identical tickets'"),
    ("'fake' on another noun", "Officers raided a print shop in the harbour district and "
     "seized tickets worth 2 million crowns for the summer concerts at the arena. A fake "
     "website sold some of them.", "'bogus tickets' where Vasko Wire writes 'tickets'"),
])
def test_kindred_modifier_and_quoted_words(label: str, plain: str, want: str | None) -> None:
    got = _modifier_lines(plain)
    if want is None:
        assert got == [], (label, got)
    else:
        assert any(want in line for line in got), (label, got)
        assert not any("worth" in line for line in got), (label, got)


VERB = "attribution_verb"
LEDE_B = ("A clerk at the Orlen Arena box office was arrested on Tuesday over the sale of "
          "ticket records to the fraud ring.\n\n")


def _verb_lines(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Vasko Wire", text=LEDE_B + a),
            Article(id="a2", source="t", outlet="Harbour Gazette", text=LEDE_B + b)]
    return [f.summary for f in compare_articles(arts, Options(framing=True)).findings
            if f.type == "framing" and f.detail.get("kind") == VERB]


@pytest.mark.parametrize("label, a, b, want", [
    # a passive cue with no agent is the charge against its subject, no named speaker's
    ("'is alleged to have' against a named body's 'said'",
     "The Vasko Ledger said it had received the ticket records from Dorin Pell over several "
     "months.",
     "Dorin Pell, 41, is alleged to have passed the ticket records to the Vasko Ledger over "
     "several months.",
     None),
    ("'was claimed to have' against a named body's 'said'",
     "The Vasko Ledger said it had received the ticket records from Dorin Pell over several "
     "months.",
     "Dorin Pell was widely claimed to have passed the ticket records to the Vasko Ledger "
     "over several months.",
     None),
    # near misses: an agent after the passive, one named speaker on both sides
    ("'is alleged by' a named speaker",
     "The Vasko Ledger said Dorin Pell had passed the ticket records to it over several "
     "months.",
     "Dorin Pell is alleged by the Vasko Ledger to have passed the ticket records to it over "
     "several months.", "'alleged'"),
    ("one named speaker, 'claimed' and 'said'",
     "Dorin Pell said he had copied the ticket records only to check the sales figures.",
     "Dorin Pell claimed he had copied the ticket records only to check the sales figures.",
     "'claimed'"),
])
def test_passive_cue_names_no_speaker(label: str, a: str, b: str, want: str | None) -> None:
    got = _verb_lines(a, b)
    if want is None:
        assert got == [], (label, got)
    else:
        assert any(want in line for line in got), (label, got)


# --- a quote continued from the sentence that attributes it (held-out t101) ---------------

LEDE_C = ("A fuel barge ran aground outside the port of Tessen on Sunday, but no fuel reached "
          "the shore, the port authority said.\n\n")
CLAIMED = ('Port Director Ines Varga claimed on Monday that "no fuel reached the beach, and no '
           'fishing ban is needed", a line that fishermen were quick to question.')


def _continued(plain: str) -> list:
    arts = [Article(id="a1", source="t", outlet="Tessen Wire", text=LEDE_C + plain),
            Article(id="a2", source="t", outlet="Coast Herald", text=LEDE_C + CLAIMED)]
    return [f for f in compare_articles(arts, Options(framing=True)).findings
            if f.detail.get("rule") == "framing.aligned.attribution_verb"]


@pytest.mark.parametrize("label, plain, want", [
    ("the quote goes on after 'told reporters'",
     '"The harbour is safe for shipping again," Port Director Ines Varga told reporters in '
     'Tessen. "No fuel reached the beach, and no fishing ban is needed."', "'told'"),
    # near misses: another paragraph, another speaker before the quote
    ("a paragraph between",
     '"The harbour is safe for shipping again," Port Director Ines Varga told reporters in '
     'Tessen.\n\n"No fuel reached the beach, and no fishing ban is needed."', None),
    ("another speaker's quote before it",
     '"The harbour is safe for shipping again," fisherman Olek Brand told reporters in '
     'Tessen. "No fuel reached the beach, and no fishing ban is needed."', None),
])
def test_a_continued_quote_takes_the_verb_before_it(label: str, plain: str, want: str | None
                                                    ) -> None:
    got = _continued(plain)
    if want is None:
        assert not any("told" in f.summary for f in got), (label, [f.summary for f in got])
        return
    assert any(want in f.summary for f in got), (label, [f.summary for f in got])
    f = next(f for f in got if want in f.summary)
    assert sum(1 for sid in f.sentences if sid.startswith("a1:")) == 2, f.sentences


def test_a_two_word_phrase_is_quoted_where_both_words_stand() -> None:
    # the plain side's own word is "seasonal" since session 30 ("unusual" on the noun an
    # outlet calls "suspicious" is its kin: rules/loaded_terms.KINDRED_MODIFIER_GROUPS)
    plain = ("Officers raided a print shop in the harbour district after a ticket agency "
             "flagged seasonal ticket sales, and seized tickets worth 2 million crowns for the "
             "summer concerts at the arena.")
    charged = ("Officers raided a print shop in the harbour district after a ticket agency "
               "flagged suspicious ticket sales, and seized tickets worth 2 million crowns for "
               "the summer concerts at the arena.")
    arts = [Article(id="a1", source="t", outlet="Vasko Wire", text=LEDE + plain + TAIL),
            Article(id="a2", source="t", outlet="Harbour Gazette", text=LEDE + charged + TAIL)]
    got = [f.summary for f in compare_articles(arts, Options(framing=True)).findings
           if f.detail.get("rule") == MOD]
    assert any("'suspicious ticket sales' where Vasko Wire writes 'seasonal ticket sales'" in g
               for g in got), got


def test_a_passive_cue_before_the_speakers_verb_is_not_the_main_cue() -> None:
    """"Speaking after the result was announced, Varga said: ..." is told with "said"."""
    quote = '"I accept the ruling of the board, but I do not accept its reasons."'
    a = f"Speaking after the ruling was announced, Port Director Ines Varga said: {quote}"
    b = f"Port Director Ines Varga conceded as the ruling was read out: {quote}"
    arts = [Article(id="a1", source="t", outlet="Tessen Wire", text=LEDE_C + a),
            Article(id="a2", source="t", outlet="Coast Herald", text=LEDE_C + b)]
    got = [f.summary for f in compare_articles(arts, Options(framing=True)).findings
           if f.detail.get("rule") == "framing.aligned.attribution_verb"]
    assert any("Tessen Wire writes 'said'" in g for g in got), got
    assert not any("announced" in g for g in got), got



@pytest.mark.parametrize("text, upto", [
    ("In 2019, the Harbour Ticket Union sold the tickets.", "Harbour Ticket Union"),
    ("In 2019, the Harbour Ticket sold the tickets.", "Harbour Ticket"),
    # near miss: a sentence's end stops the name
    ("In 2019, the Harbour Ticket. Union men sold them.", "Harbour Ticket"),
])
def test_a_plain_name_is_quoted_whole(text: str, upto: str) -> None:
    """A name the plain side writes goes on past the phrase's two heads to its last
    capitalised word ('Southern Liberty Front', not 'Southern Liberty': held-out t101's
    line, session 23)."""
    from storylens.findings.framing import _NAME_GOES_ON

    a = text.index("Harbour")
    end = _NAME_GOES_ON.match(text, a + len("Harbour Ticket")).end()
    assert text[a:end] == upto
