"""real36 (session 36): the two wrong lines of a real multi-article read, each cause
reproduced on invented text (fictional people, places and outlets).

1. Shared quotes, by default. A real four-outlet PolNeAR set: one outlet quotes a
   senator's remark as one run with a spoken filler ("… his hands in the air? I mean, this
   is just unbearable …"); the other gives the same words as three short sentences without
   the filler, and the question that opened the remark as a quote of its own further down.
   The line said "1 more quoted in part (X adds 'In Tulsa, an unarmed man …')" although the
   other outlet quotes those words too. Cause: ``shared_quote.found_in`` (read by
   ``beyond``) wants every weighty word of the edge covered, and the two filler words
   ("I mean", "you know") are no stopwords, so the whole 20-word edge is told as added
   where two filler words are all the other lacks. A one-word filler ("look,") is told as
   "a word apart" and passes.
2. Omissions, with --all-findings. A real four-outlet PolNeAR set: "west-journal leaves
   out Barack Obama, which 2 other outlets give", where one giver names him in a
   spokesman's statement on tax fairness and the other as the president whose tax rises
   made the code progressive: two unrelated mentions, no part of the story both tell.
   Cause: a person fact is keyed by the name alone (``coverage._omissions``: the givers
   are counted by voice, ``_high``/``_told`` then read rank and the omitter's lede), so
   two passing mentions in different roles count as two outlets choosing to carry the
   person. Near miss: both givers tell the same matter of the person (the governor's call
   for fairness) and the omission stays.

3. Framing, by default. The four-outlet SemEval dev pope set: "mediaite.com writes 'pulled him
   violently' where news.yahoo.com and rt.com write 'pulled'", while rt.com's own body tells
   the act as "a nearby woman seized his hand, jerking the religious leader around – a yank
   that appeared to cause him pain" (the line above it even sets rt.com's 'jerking' against
   another outlet). framing35's ``framing._forced_elsewhere`` takes such an outlet off the
   plain side, but asks (``_one_patient``) that the charged verb's object begin with a word
   of the plain sentence: an epithet for the same person ("the religious leader" for the
   plain sentence's "him", "the pontiff") fails; the noun "a yank" after a dash takes the
   clause before it as its doer and fails ``_one_doer``. Near misses: the object named as in
   the plain sentence ("the mayor"), a pronoun ("him"), and real33's comma before "a yank",
   each already take the outlet off the plain side.

None of the finders' files is real36's (shared_quote.py: quotes36; coverage.py: coverage36;
framing.py: framing36), so the wrong rows are strict xfails and the report describes the
fixes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import support
from test_real33_rows import LEDE_A, LEDE_B, LEDE_C, PULLED, PULLED_ON, VIOLENTLY

from storylens.models import Article
from storylens.options import EVERY_FINDER, Options
from storylens.pipeline import compare_articles

ALL = replace(Options(), **{name: True for name in EVERY_FINDER})

# --- 1. a filler inside one outlet's quote ---------------------------------------------

DUNMORE_FULL = ("\"How many more times must we watch this happen on our streets? In Dunmore, a "
                "young man riding home from his shift? {filler}this is simply unbearable, and it "
                "has to end,\" she said.")
DUNMORE_SPLIT = ("\"In Dunmore, a young man riding home from his shift. This is simply unbearable. "
                 "And it has to end.\"")


def _courier(filler: str) -> str:
    return "\n\n".join([
        "Senator Mira Kovac spoke on Tuesday about the death of Tomas Breyl, a cyclist struck by "
        "a police van in Dunmore.",
        "On the Ansel Quill radio show, Kovac criticised the officer who drove the van.",
        DUNMORE_FULL.format(filler=filler),
        "Kovac also said she could speak directly to drivers.",
        "\"Maybe I can, by speaking straight to every driver in this city, say, 'Slow down, this "
        "is not who we are.' We have to do everything we can to make the roads safe,\" she told "
        "Quill.",
        "Protests broke out in Dunmore hours later.",
    ])


def _riverside(split: str) -> str:
    return "\n\n".join([
        "Senator Mira Kovac said on Tuesday that the death of cyclist Tomas Breyl in Dunmore "
        "should be called \"unbearable.\"",
        "On the Ansel Quill radio show, Kovac said she wanted to speak to drivers." + split,
        "\"Maybe I can, by speaking straight to every driver in this city, say, slow down, this "
        "is not who we are,\" she continued.",
        "\"We have to do everything we can to make the roads safe.\"",
        "Police released video of the crash on Monday.",
        "\"How many more times must we watch this happen on our streets?\"",
        "The city's transport office is investigating.",
    ])


def _shared_quote_lines(filler: str, split: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Dunmore Courier", text=_courier(filler)),
            Article(id="a2", source="t", outlet="Riverside Daily", text=_riverside(split))]
    return [f.summary for f in compare_articles(arts, Options()).findings if f.type == "shared_quote"]


FILLER_CAUSE = ("shared_quote.found_in wants every weighty word of an edge covered: a two-word "
                "spoken filler ('I mean', 'you know') the other outlet lacks makes the whole edge "
                "told as added, though the other quotes every other word (real36, PolNeAR charlotte4)")

FILLER_ROWS = [
    # (filler in the Courier's run, the Riverside Daily's split quote, "adds 'In Dunmore" expected)
    pytest.param("I mean, ", " " + DUNMORE_SPLIT, False, id="i-mean"),
    pytest.param("you know, ", " " + DUNMORE_SPLIT, False, id="you-know"),
    # near misses: no filler, a one-word filler, and the other outlet without the words
    pytest.param("", " " + DUNMORE_SPLIT, False, id="no-filler"),
    pytest.param("look, ", " " + DUNMORE_SPLIT, False, id="one-word-filler"),
    pytest.param("I mean, ", "", True, id="really-added"),
]


@pytest.mark.parametrize(("filler", "split", "adds"), FILLER_ROWS)
def test_a_spoken_filler_is_not_the_whole_edge_added(filler, split, adds):
    lines = _shared_quote_lines(filler, split)
    assert lines, "the shared quote itself is found"
    assert any("adds 'In Dunmore" in s for s in lines) is adds, lines


# --- 2. a person two outlets name in unrelated roles -----------------------------------

LEDGER = "\n\n".join([
    "Mayor Tova Renn paid no city property tax for nine years, records leaked to the Brask "
    "Ledger show.",
    "The records show that Renn's holding company reported a loss of 4 million crowns on its "
    "harbour warehouses in 2011.",
    "Renn's office did not deny the figures on Monday.",
    "Council member Ilse Marrow said the mayor should publish every return.",
    "Renn told supporters in Kelvo that using the tax code was smart business.",
    "The opposition bloc filed a complaint with the city auditor on Monday afternoon.",
    "City Hall spokesman Piet Varo said Monday that Governor Elna Brisk has long called for "
    "fairness in property taxes and for relief for working families.",
    "Varo said the governor hopes the next council will push for the same goals.",
    "The auditor's office said it would review the complaint within a month.",
])
POST_LEDE = ("Mayor Tova Renn paid no city property tax for nine years after his company reported "
             "large losses, leaked records show.")
POST_TAIL = "The top tenth of owners paid 61 percent of the city levy last year, the treasury said."
WIRE = "\n\n".join([
    "Council member Ilse Marrow said Mayor Tova Renn should publish every tax return after leaked "
    "records showed he paid no city property tax for nine years.",
    "Marrow told a rally in Kelvo on Monday that the mayor had gamed the city levy.",
    "\"Working families pay their share,\" Marrow said.",
    "Renn has said that using the tax code was smart business.",
])
TIMES = "\n\n".join([
    "Mayor Tova Renn paid no city property tax for nine years, leaked records show, and the "
    "opposition has filed a complaint.",
    "The records show his company reported a loss of 4 million crowns in 2011.",
    "Renn told supporters the tax code allowed it.",
    "The city auditor will review the complaint.",
])


def _brisk_omissions(post_line: str) -> list[str]:
    post = "\n\n".join([POST_LEDE, "The records show a loss of 4 million crowns on harbour "
                        "warehouses in 2011.", "Renn has said that using the tax code was smart "
                        "business.", post_line, POST_TAIL])
    arts = [Article(id=f"a{i}", source="t", outlet=o, text=t) for i, (o, t) in enumerate(
        [("Brask Ledger", LEDGER), ("Kelvo Post", post), ("Marrow Wire", WIRE),
         ("Harbour Times", TIMES)], 1)]
    return [f.summary for f in compare_articles(arts, ALL).findings
            if f.type == "omission" and "Elna Brisk" in f.summary]


ROLE_CAUSE = ("an omitted person is keyed by the name alone: two givers naming the governor in "
              "unrelated roles (a spokesman's statement, rate rises she once pushed) count as two "
              "outlets carrying her (real36, PolNeAR taxes4 'leaves out Barack Obama')")

ROLE_ROWS = [
    # (the Kelvo Post's sentence naming the governor, an omission of her expected)
    pytest.param("Wealthy owners in the city have become boxed in by a levy that has grown "
                 "steadily steeper, in part because of rate increases pushed through by Governor "
                 "Elna Brisk.", False, id="unrelated-role",
                 marks=pytest.mark.xfail(strict=True, reason=ROLE_CAUSE)),
    # near miss: the Post tells the governor's same call the Ledger's spokesman gives
    pytest.param("Governor Elna Brisk has long called for fairness in property taxes and for "
                 "relief for working families, her office said on Monday.", True, id="same-matter"),
]


@pytest.mark.parametrize(("post_line", "omitted"), ROLE_ROWS)
def test_a_person_named_in_unrelated_roles_is_not_left_out(post_line, omitted):
    assert bool(_brisk_omissions(post_line)) is omitted


# --- 3. an epithet for the patient of a charged verb told elsewhere ---------------------

EPITHET_CAUSE = ("framing._one_patient wants the charged verb's object to begin with a word of "
                 "the plain sentence: an epithet for the same person ('jerking the portly official "
                 "around' for 'pulled him') keeps the outlet on the plain side (real36, SemEval dev "
                 "pope set, rt.com 'jerking the religious leader around')")


def _crier_on_plain_side(other: str) -> bool:
    """Whether the Harbour Crier (plain 'pulled' in one sentence, ``other`` later) stands on
    the plain side of the Pellow Ledger's 'pulled him violently' (test_real33_rows' story)."""
    texts = (f"{LEDE_A} {VIOLENTLY}", f"{LEDE_B} {PULLED} {other}", f"{LEDE_C} {PULLED_ON}")
    found = support.framings_among("", texts, ("Pellow Ledger", "Harbour Crier", "Tessmoor Post"),
                                   Options(framing=True, story_framing=True), strict=True)
    return any("writes 'pulled him violently'" in f.summary and "Harbour Crier writes 'pulled'"
               in f.summary for f in found)


EPITHET_ROWS = [
    # (the Crier's later sentence on the same act, the Crier on the plain side expected)
    pytest.param("Moments later a dockhand seized his arm, jerking the portly official around "
                 "\u2013 a yank that appeared to hurt him.", False, id="epithet-dash"),
    # near misses: the patient named as in the plain sentence, a pronoun, a comma before the noun
    pytest.param("Moments later a dockhand seized his arm, jerking the mayor around \u2013 a yank "
                 "that appeared to hurt him.", False, id="named-dash"),
    pytest.param("Moments later a dockhand seized his arm, jerking him around \u2013 a yank that "
                 "appeared to hurt him.", False, id="pronoun-dash"),
    pytest.param("Moments later a dockhand seized his arm, jerking the portly official around, a "
                 "yank that appeared to hurt him.", False, id="epithet-comma"),
    pytest.param("The dockhand kept holding the mayor's arm for some seconds, witnesses said.",
                 True, id="plain-elsewhere"),
]


@pytest.mark.parametrize(("other", "plain"), EPITHET_ROWS)
def test_an_epithet_patient_of_a_charged_verb_takes_the_outlet_off_the_plain_side(other, plain):
    assert _crier_on_plain_side(other) is plain
