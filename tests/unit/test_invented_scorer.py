"""benchmarks/invented_stories.py: how a finding is matched to the answer key of a
blind-written story (expect and trap items, aligned pairs, the story warning) and how a
hand verdict is keyed. All text invented (fictional outlets and events)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import invented_stories as IS  # noqa: E402

A, B, C = "the-korsa-tribune.txt", "vellan-post.txt", "nordic-wire.txt"
A1 = "Police said 14 people were arrested outside the Korsa parliament on Tuesday."
B1 = "Police said 19 people were arrested outside the Korsa parliament on Tuesday."
B2 = "Nineteen officers were injured, the interior ministry said."
A2 = "Interior minister Aleksandr Vorin praised the officers."
B3 = "Interior minister Alexander Vorin praised the officers."


def _row(type_, files, texts, kind="expect", **kw):
    return {"kind": kind, "type": type_, "files": files, "texts": texts, "why": "", **kw}


CONFLICT = IS.Item("fact_conflict", "A gives 14 arrests; B gives 19.", {A: [A1], B: [B1]})
NAMES = IS.Item("name_variant", "The same name is spelled two ways.", {A: [A2], B: [B3]},
                spellings=("Aleksandr Vorin", "Alexander Vorin"))
OMIT = IS.Item("omission", "B leaves out the arrests, which A gives", {A: [A1]}, omitter=B)


@pytest.mark.parametrize("row, item, hit", [
    # both texts in the finding's sentences of their own files
    (_row("fact_conflict", [A, B], ["14 people were arrested", "19 people were arrested"]), CONFLICT, True),
    # near miss: the b text is in B, but in a sentence the finding does not cite (a trap
    # pairing arrests with injured officers is not hit by the arrests conflict)
    (_row("fact_conflict", [A, B], ["14 people were arrested", "Nineteen officers were injured"], "trap"),
     CONFLICT, False),
    # near miss: the right sentences, the files swapped
    (_row("fact_conflict", [B, A], ["14 people were arrested", "19 people were arrested"]), CONFLICT, False),
    # near miss: another type citing the same sentences
    (_row("framing", [A, B], ["14 people were arrested", "19 people were arrested"]), CONFLICT, False),
    # quotes, dashes and case are folded
    (_row("fact_conflict", [A, B], ["POLICE SAID 14 PEOPLE", "police said 19 people"]), CONFLICT, True),
    # a name variant needs the two spellings among the finding's
    (_row("name_variant", [A, B], ["Aleksandr Vorin", "Alexander Vorin"]), NAMES, True),
    # near miss: the sentences cited, but a spelling the finding does not give
    (_row("name_variant", [A, B], ["Aleksandr Vorin", "officers"]), NAMES, False),
    # near miss: one spelling twice is no variant
    (_row("name_variant", [A, B], ["Vorin", "Vorin"]), NAMES, False),
    # a key text around the spelling names it ("Interior minister Aleksandr Vorin")
    (_row("name_variant", [A, B], ["minister Aleksandr Vorin", "Interior minister Alexander Vorin"]),
     NAMES, True),
    # near misses: a text around one spelling twice, or a spelling cut inside a word
    (_row("name_variant", [A, B], ["minister Aleksandr Vorin", "Aleksandr Vorin praised"]), NAMES, False),
    (_row("name_variant", [A, B], ["Aleksandr Vorin", "Alexander Vorinsky"]), NAMES, False),
    # an omission: the omitting file named, the fact cited
    (_row("omission", [A, B], ["14 people were arrested", ""]), OMIT, True),
    # near miss: the fact cited, but another file said to omit it
    (_row("omission", [A, C], ["14 people were arrested", ""]), OMIT, False),
])
def test_finding_matches(row, item, hit):
    assert IS.finding_matches(row, item) is hit


def test_omission_fact_in_another_carrier():
    """An omission finding cites one carrier's sentence; the key may name another carrier
    that gives the same words: the fact's text is looked for in every cited sentence."""
    row = _row("omission", [C, B], ["14 people were arrested", ""])
    assert IS.finding_matches(row, OMIT)


def test_addition_one_file():
    item = IS.Item("addition", "Only B gives the figure '19'", {B: [B2]})
    assert IS.finding_matches(_row("addition", [B], ["Nineteen officers were injured"]), item)
    assert not IS.finding_matches(_row("addition", [A], ["Nineteen officers were injured"]), item)


GROUPS = [("edited", {A: [A1], B: [B1]}), ("paraphrase", {A: [A2], C: ["Vorin thanked the police."]})]


@pytest.mark.parametrize("row, kind", [
    (_row("aligned", [A, B], ["14 people were arrested", "19 people were arrested"], how="edited"), "edited"),
    (_row("aligned", [A, C], ["Vorin praised", "Vorin thanked the police"], how="paraphrase"), "paraphrase"),
    # near miss: both sentences aligned, but in different groups
    (_row("aligned", [A, B], ["14 people were arrested", "Alexander Vorin praised"], how="paraphrase"), None),
    # near miss: a file the group does not hold
    (_row("aligned", [B, C], ["19 people were arrested", "Vorin thanked the police"], how="paraphrase"), None),
])
def test_aligned_matches(row, kind):
    assert IS.aligned_matches(row, GROUPS) == kind


IDS = {"a1": A, "a2": B, "a3": C, "a10": "offstory-ferry.txt"}


@pytest.mark.parametrize("warning, named", [
    (None, set()),
    ("this article shares fewer than 3 sentences and little else ... and may not be about the "
     "same story: a10 (Ferry Times, 0 shared)", {"offstory-ferry.txt"}),
    # near miss: a1 in an outlet's name is not an article reference
    ("these articles share fewer than 3 sentences ...: a3 (Nordic Wire, 1 shared), a10 (a1 "
     "Radio, 0 shared)", {C, "offstory-ferry.txt"}),
    # a warning about all the articles names every file
    ("these articles share only 1 sentence and little else: they may not be about the same story",
     set(IDS.values())),
])
def test_warning_files(warning, named):
    assert IS.warning_files(warning, IDS) == named


def test_item_key_follows_words_not_order_of_files():
    same = IS.Item("fact_conflict", "A gives 14 arrests; B gives 19.", {B: [B1], A: [A1]})
    assert same.key == CONFLICT.key
    # near miss: one word of a cited sentence changed -> read again
    moved = IS.Item("fact_conflict", "A gives 14 arrests; B gives 19.", {A: [A1], B: [B1.replace("Tuesday", "Monday")]})
    assert moved.key != CONFLICT.key
    # quotes and spacing folded: the cleaner's typography does not move a verdict
    curly = IS.Item("fact_conflict", "A gives 14 arrests;  B gives 19.", {A: [A1], B: [B1]})
    assert curly.key == CONFLICT.key


def test_text_is_contained_not_merely_overlapping():
    """A key text is copied from its article: it must be in a cited sentence (or run over
    two), not merely share most of its words with one (near miss: another figure of the
    same plant and year)."""
    produced = IS.Item("omission", "B leaves out the output", {A: ["The Orrin plant produced 2.1 million tonnes last year."]},
                       omitter=B)
    lost = _row("omission", [A, B], ["The Orrin plant lost 180 million last year", ""])
    assert not IS.finding_matches(lost, produced)
    quote = IS.Item("shared_quote", "A and B quote the same words",
                    {A: ["\u201cWe are not asking for charity.", "We are asking to be heard,\u201d she said."],
                     B: ['"We are not asking for charity.', 'We are asking to be heard."']})
    assert IS.finding_matches(_row("shared_quote", [A, B], ['not asking for charity. We are asking',
                                                            "charity. We are asking to be heard"]), quote)


def test_shared_source_matches_by_pair_and_copied_group():
    """A shared_source finding cites a few of a pair's copied sentences: an item of its two
    files whose sentences one verbatim or edited group holds is hit, cited or not; near
    misses: a paraphrase group, and a finding about another pair of files."""
    copied = "The mill opened in 1961 and employs 900 people."
    finding = IS.Item("shared_source", "B shares 60% of its sentences with A", {A: [A1], B: [B1]})
    row = _row("shared_source", [A, B], [copied, copied])
    assert IS.finding_matches(row, finding, [("verbatim", {A: [copied], B: [copied]})])
    assert not IS.finding_matches(row, finding, [("paraphrase", {A: [copied], B: [copied]})])
    other = IS.Item("shared_source", "C shares 60% of its sentences with A", {A: [A1], C: [B1]})
    assert not IS.finding_matches(row, other, [("verbatim", {A: [copied], B: [copied]})])


# --- titles, sides and crediting one finding once per piece of evidence -------------------

WIRT_A = "The 300-page report, led by Dr Lena Oskarsdottir of the Brenmark clinic, was published."
WIRT_B = "The inquiry's chair, Dr Lena Oskarsdotter, was blunt."
OSK = IS.Item("name_variant", "The same name is spelled two ways.", {A: [WIRT_A], B: [WIRT_B]},
              spellings=("Lena Oskarsdottir", "Lena Oskarsdotter"))


@pytest.mark.parametrize("texts, hit", [
    # the key's spellings carry the title the finding's leave out
    (["Dr Lena Oskarsdottir", "Dr Lena Oskarsdotter"], True),
    (["Lena Oskarsdottir", "Dr Lena Oskarsdotter"], True),
    # near miss: with the titles gone the two spellings are one (no variant)
    (["Dr Lena Oskarsdottir", "Lena Oskarsdottir"], False),
    # near miss: a surname the finding does not give
    (["Dr Lena Oskarsdottir", "Dr Lena"], False),
])
def test_name_variant_titles_aside(texts, hit):
    assert IS.finding_matches(_row("name_variant", [A, B], texts), OSK) is hit


def test_untitled_keeps_a_word_and_strips_title_runs():
    assert IS._untitled("Interior Minister Mattis Orrby") == "mattis orrby"
    assert IS._untitled("Former Deputy Mayor Ines Kallo") == "ines kallo"
    assert IS._untitled("Ines Kallo") == "ines kallo"
    # near miss: a one-word "name" that is a title word stays itself
    assert IS._untitled("President") == "president"


VERB_A = 'Police said the van "moved towards" the officer.'
VERB_B = 'Police claimed the van had "moved towards" the officer.'
VERB_C = "The van then moved towards one of the officers, police said."
CLAIMED = IS.Item("framing", "B writes 'claimed' where A and C write 'said'.",
                  {A: [VERB_A], B: [VERB_B], C: [VERB_C]},
                  sides=(frozenset({A, C}), frozenset({B})))


@pytest.mark.parametrize("files, texts, hit", [
    ([A, B], ["Police said the van", "Police claimed the van"], True),
    ([C, B], ["then moved towards one of the officers", "Police claimed the van"], True),
    # near miss: A and C sit on one side of the finding: it says nothing of A against C
    ([A, C], ["Police said the van", "then moved towards one of the officers"], False),
])
def test_finding_sides(files, texts, hit):
    assert IS.finding_matches(_row("framing", files, texts), CLAIMED) is hit


# one sentence pair holding two keyed conflicts: the toll and the day
TOLL_A = "Eleven people died in the Varn quarry collapse on Tuesday, the mine office said."
TOLL_B = "Fourteen people died in the Varn quarry collapse on Wednesday, the mine office said."
TOLL = _row("fact_conflict", [A, B], ["Eleven people died", "Fourteen people died"])
DAY = _row("fact_conflict", [A, B], ["collapse on Tuesday", "collapse on Wednesday"])


def test_one_claim_credits_one_item_of_its_sentences():
    """A fact_conflict citing one sentence pair hits both keyed conflicts of that pair, but
    finds only the one whose values it gives; near miss: a finding giving the values of
    neither credits one item, not two; a second finding on the day finds the other."""
    deaths = IS.Item("fact_conflict", "A gives eleven deaths; B fourteen.", {A: [TOLL_A], B: [TOLL_B]},
                     values=("Eleven", "Fourteen"))
    assert IS.finding_matches(TOLL, deaths) and IS.finding_matches(DAY, deaths)
    assert IS.credited([TOLL, DAY], [deaths]) == {0}
    vague = IS.Item("fact_conflict", "A and B differ.", {A: [TOLL_A], B: [TOLL_B]}, values=("the mine office",))
    assert len(IS.credited([TOLL, DAY], [vague])) == 1
    day = IS.Item("fact_conflict", "A gives Tuesday; B Wednesday.", {A: [TOLL_A], B: [TOLL_B]},
                  values=("Tuesday", "Wednesday"))
    assert IS.credited([TOLL, DAY], [deaths, day]) == {0, 1}
    # the matching does not lose a row to the key's order: the vague finding takes the row
    # the day finding does not show
    assert IS.credited([TOLL, DAY], [vague, day]) == {0, 1}
    # a finding whose values are both rows' (the key's writer keyed the toll twice, in
    # other words) counts for each
    toll2 = _row("fact_conflict", [A, B], ["Eleven people died in the Varn quarry",
                                           "Fourteen people died in the Varn quarry"])
    assert IS.credited([TOLL, toll2, DAY], [deaths]) == {0, 1}


def test_one_finding_credits_distinct_evidence():
    """A name_variant finding giving three spellings shows two pairs; a shared_quote finding
    listing two quotes finds each keyed quote (different sentences)."""
    three = IS.Item("name_variant", "Spelled three ways.", {A: [A2], B: [B3], C: ["Interior minister Aleksander Vorin spoke."]},
                    spellings=("Aleksandr Vorin", "Alexander Vorin", "Aleksander Vorin"))
    rows = [_row("name_variant", [A, B], ["Aleksandr Vorin", "Alexander Vorin"]),
            _row("name_variant", [A, C], ["Aleksandr Vorin", "Aleksander Vorin"])]
    assert IS.credited(rows, [three]) == {0, 1}
    q1a, q1b = '"The harbour will reopen in spring," she said.', '"The harbour will reopen in spring."'
    q2a, q2b = '"We owe the crews an answer."', '"We owe the crews an answer," he said.'
    quotes = IS.Item("shared_quote", "A and B quote the same words", {A: [q1a, q2a], B: [q1b, q2b]})
    rows = [_row("shared_quote", [A, B], ["harbour will reopen in spring"] * 2),
            _row("shared_quote", [A, B], ["We owe the crews an answer"] * 2)]
    assert IS.credited(rows, [quotes]) == {0, 1}
