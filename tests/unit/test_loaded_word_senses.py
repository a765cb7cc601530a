"""Uses of a listed loaded word that are not its loaded sense (s8 reader report item 1: about
half the coverage column's loaded words on fresh news, PolNeAR valid, were plain uses):

- "supposed to" + verb is obligation or expectation, not doubt (rules/loaded_terms
  MODIFIER_NOT_BEFORE);
- "so-called" before a name or a glossed term of art introduces it (INTRODUCING_MODIFIERS):
  standard wording, counted only beside another outlet's wording of the same thing;
- a loaded word opening a standard compound ("terrorist attacks", "suspicious activity":
  FIXED_COMPOUNDS) is standard wording too;
- a verb of the "pull" set right before "along"/"forward" is motion (MOTION_AFTER);
- the rest of a paragraph a colon gives to a speaker ("Mayor Varn added: ...") is the
  speaker's words, not the outlet's, as a quote is.

Invented text (a fictional Vella ferry story); every false case has near misses that keep
the loaded reading.
"""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.analysis.descriptors import modifier_uses, term_uses
from storylens.findings.summary import _stands
from storylens.models import Article
from storylens.segment import segment


def _doc(text: str):
    return analyse(segment(Article(id="a1", source="t", outlet="Vella Times", text=text)))


def _loaded(text: str) -> list[tuple[str, str | None]]:
    """(word, standard) of every charged term and loaded modifier, in text order."""
    doc = _doc(text)
    got = [(u.start, u.surface.lower(), u.standard) for u in term_uses(doc) if u.charge >= 2]
    got += [(m.start, m.surface.lower(), m.standard) for m in modifier_uses(doc)]
    return [(w, s) for _, w, s in sorted(got)]


LEDE = "Ferry crews in Vella walked out on Monday over unpaid wages.\n\n"

# (id, paragraph after the lede, the loaded words read, each with its "standard" reason)
CASES = [
    # "supposed to" + verb: obligation or expectation
    ("supposed to be", "The last ferry was supposed to be escorted by a harbour patrol boat.", []),
    ("supposed to come from", "And where is that $115 supposed to come from?", []),
    ("near miss: supposed + noun", "The union mocked the supposed savings of the new rota.",
     [("supposed", None)]),
    # "so-called" introducing a name or a glossed term
    ("so-called + a name", "The council backed the so-called Harbour Compact on Monday.",
     [("so-called", "introduces")]),
    ("so-called + a quoted name", 'Crews blamed the so-called "Orsk-gate" fuel scandal for the cuts.',
     [("so-called", "introduces")]),
    ("so-called + an appositive gloss",
     "The owners want to keep the so-called berth levy, a tax break for ferry owners.",
     [("so-called", "introduces")]),
    ("so-called + a which gloss",
     "The mayor would end the so-called crew rebate, which lets owners pay less in winter.",
     [("so-called", "introduces")]),
    ("near miss: so-called, no gloss",
     "The so-called experts on the panel had never worked a ferry.", [("so-called", None)]),
    ("near miss: so-called, a clause after a comma",
     "Under the so-called reform, the crews lost a day of pay.", [("so-called", None)]),
    # s8 held-out report items 3-4: a nickname in apposition, a term of art with examples
    ("so-called nickname in apposition",
     "The Vella Freight Index, the so-called harbour gauge, fell 4 percent on Monday.",
     [("so-called", "introduces")]),
    ("so-called nickname in apposition, in brackets",
     "Shares of Orsk Lines (the so-called ferry king) fell 4 percent on Monday.",
     [("so-called", "introduces")]),
    ("so-called plural term of art with examples",
     "Owners who earn through so-called pass-through entities like trusts pay less tax.",
     [("so-called", "introduces")]),
    ("so-called plural term of art with such as",
     "Owners who use so-called berth swaps such as the Tarn deal pay less tax.",
     [("so-called", "introduces")]),
    ("near miss: one-word appositive is a judgement",
     "Ilse Varn, the so-called expert, said the crews were paid enough.", [("so-called", None)]),
    ("near miss: a subject after an opening clause",
     "Last week, the so-called reform package passed the council.", [("so-called", None)]),
    ("near miss: a one-word plural with examples",
     "The so-called experts like Ilse Varn never worked a ferry.", [("so-called", None)]),
    ("near miss: a singular compound before like",
     "The so-called crew rota like the one in Tarn cut a day of pay.", [("so-called", None)]),
    # standard compounds
    ("terrorist attacks", "The terminal was rebuilt after the 2019 terrorist attacks on the port.",
     [("terrorist", "compound")]),
    ("terrorist group", "Officials said the terrorist group had no cell in Vella.",
     [("terrorist", "compound")]),
    ("near miss: terrorists as a label", "The strikers are terrorists who hold the island hostage.",
     [("terrorists", None)]),
    ("suspicious activity", "Crews were asked to report suspicious activity near the docks.",
     [("suspicious", "compound")]),
    ("near miss: suspicious + another noun", "The owners pointed to a suspicious fire in the depot.",
     [("suspicious", None)]),
    # motion, not an act on someone
    ("jerked along", "Old carts jerked along the quay as the cranes stood still.", []),
    ("near miss: jerked + object", "A guard jerked the rope from a striker's hands.", [("jerked", None)]),
    ("near miss: dragged + object + along", "A guard yanked him along the quay.", [("yanked", None)]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_loaded_senses(case):
    _id, para, want = case
    assert _loaded(LEDE + para) == want


SPEECH = [
    # (id, paragraphs after the lede, the loaded words read)
    ("colon speech, its first sentence",
     "Mayor Ilse Varn added: It is a riot of lies from the owners. They never pay on time.", []),
    ("colon speech, a later sentence of the paragraph",
     "Mayor Ilse Varn added: It is typical of the owners. They caused riots in Tarn last year.", []),
    ("near miss: the next paragraph is narration again",
     "Mayor Ilse Varn added: It is typical of the owners.\n\nPolice broke up a riot in Tarn on Friday.",
     [("riot", None)]),
    ("a colon inside a paragraph: the rest of its sentence is the speaker's",
     "Crowds gathered at the pier. Mayor Ilse Varn added: the owners, who caused a riot in "
     "Tarn, never pay on time.", []),
    ("near miss: after a colon inside a paragraph the narration goes on",
     "Crowds gathered at the pier. Mayor Ilse Varn added: the owners never pay on time. "
     "Police broke up a riot in Tarn on Friday.", [("riot", None)]),
    ("near miss: the outlet's own sentence with a colon",
     "One thing is clear after the strike: the riot in Tarn cost the owners a week.",
     [("riot", None)]),
]


@pytest.mark.parametrize("case", SPEECH, ids=[c[0] for c in SPEECH])
def test_colon_speech_is_the_speakers(case):
    _id, paras, want = case
    assert _loaded(LEDE + paras) == want


REPORTED = [
    # s8 held-out report item 5: a loaded word in a sentence that reports another party's
    # framing is that party's word (rules/loaded_terms.FRAME_NOUNS, FRAME_VERBS)
    ("another outlet's coverage",
     "In Tarn Radio's coverage, the owners are heroes and the strikers are terrorists.", []),
    ("according to",
     "According to Tarn Radio, a mob of strikers broke the gate of the depot.", []),
    ("according to, after the clause",
     "A mob of strikers broke the gate of the depot, according to the Orsk Lines board.", []),
    ("according to a pronoun", "A mob of strikers broke the gate, according to him.", []),
    ("near miss: according to evidence",
     "The mob broke the gate of the depot, according to televised footage.", [("mob", None)]),
    ("a person's view", "In Mayor Varn's view, the strike is a riot against the town.", []),
    ("his view", "In his view, the strike is a riot against the town.", []),
    ("the eyes of", "In the eyes of the owners, the strikers are terrorists.", []),
    ("as someone puts it", "The strike, as Ilse Varn puts it, is a riot against the town.", []),
    ("portrayed as", "The owners have portrayed the strikers as terrorists on their website.",
     []),
    ("described as", "Police broke up what the owners described as a riot at the depot.", []),
    ("describing as (an -ing form of a verb ending in e)",
     "The owners issued a statement describing the strike as a riot against the town.", []),
    ("characterising as", "The owners are characterising the strike as a riot against the town.",
     []),
    ("labelling as", "The owners keep labelling the strikers as terrorists on their website.", []),
    ("near miss: a frame noun, not the verb",
     "Their description of the depot as a ruin was fair; a mob broke the gate.", [("mob", None)]),
    ("near miss: the words before the frame verb stay the outlet's",
     "The mob that the owners described as strikers broke the gate.", [("mob", None)]),
    ("near miss: the outlet's own view", "In our view, the strike is a riot against the town.",
     [("riot", None)]),
    ("near miss: many views summed up",
     "By all accounts, a mob of strikers broke the gate of the depot.", [("mob", None)]),
    ("near miss: money in an account",
     "The mob took cash from the union's account at the harbour bank.", [("mob", None)]),
    ("near miss: the next sentence is narration again",
     "According to the owners, the crews were paid. A mob of strikers broke the gate.",
     [("mob", None)]),
]


@pytest.mark.parametrize("case", REPORTED, ids=[c[0] for c in REPORTED])
def test_reported_framing_is_the_other_partys(case):
    _id, para, want = case
    assert _loaded(LEDE + para) == want


def test_flattened_text_after_colon_speech_is_narration():
    # a record's text with no paragraph breaks: the colon's sentence is the speaker's, the
    # outlet's own "rioters" and "mob" after it are not (they were read as speech to the
    # end of the text)
    text = ("Thousands marched in Vella on Saturday over unpaid wages, police said. Organiser "
            "Ilse Varn added: the owners have ignored this town for a decade, which caused a "
            "riot in Tarn. Police said a small group of rioters smashed windows at the ferry "
            "office. The mob later tore down a fence outside the town hall.")
    assert _loaded(text) == [("rioters", None), ("mob", None)]


OTHER = [{"outlet": "Tarn Post", "word": "militant"}]

STANDS = [
    # (standard, others, counted)
    ("compound", [], False),  # "the 2019 terrorist attacks": every outlet's wording
    ("compound", OTHER, True),  # near miss: another outlet says "militant attacks"
    ("introduces", [], False),  # "the so-called Harbour Compact"
    ("introduces", OTHER, True),  # near miss: another outlet writes the name plainly
    (None, [], True),  # near miss: a label counts alone
]


@pytest.mark.parametrize("standard, others, counted", STANDS)
def test_standard_wording_needs_a_contrast(standard, others, counted):
    w = {"base": "terrorist", "others": others, "standard": standard}
    assert _stands(w, False) is counted
