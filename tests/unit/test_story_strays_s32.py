"""Session 32: a recall told in the present and by its noun, and a strike dated from it.

Session 31's held-out t199 (now dev): three reports of a carmaker's airbag recall and a piece
16 days later on a pay strike at the same carmaker's plant, which names the recall only as
background ("The walkout comes a little over two weeks after the company announced a large
airbag recall"). The piece leads with the story's actor and was kept, dated and undated,
because the others' ledes told no event at all (``coverage._event_words``):

* "recall" is a reporting verb ("she recalled", ``rules/attribution.CUE_FORMS``) and was read
  out of every lede, though written as a noun ("announced a recall", "The recall covers"): a
  reporting verb's form right after a determiner is a noun, what happened
  (``rules/story_warning.NOUN_DETERMINERS``), where the verb is one of no stance of saying
  (``rules/attribution.OTHER``) that the comparison never writes in the past
  (``coverage._cue_nouns``: "an anonymous call" beside "called the strike" is no event word,
  nor "a report", a statement's noun);
* the event verbs were only those the comparison writes in the past, and the reports write
  "is recalling" (``rules/story_warning.PROGRESSIVE``: such a verb's progressive tells what
  happened);
* "after the company announced a large airbag recall" read as recalling a known event by the
  "the" of its actor: an indefinite article nearer the event word introduces it as news
  (``coverage._introduced_after``);
* undated, "comes a little over two weeks after" was no juxtaposition
  (``rules/coverage.JUXTAPOSED_AFTER`` now reads hedged intervals).

Invented: Morvane Industries recalling Calder dishwashers. Near misses that stay: a follow-up of
the same recall weeks later ("two weeks after its recall", "since the recall"), an explainer of
it, and a fourth outlet's own report of it that shares no sentence with the others.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C
from storylens.rules.coverage import JUXTAPOSED_AFTER
from storylens.rules.story_warning import PROGRESSIVE

WIRE = ("Morvane recalls 92,000 dishwashers over fire risk", [
    "BRESSIA, Lavonne (Arc Wire) - Morvane Industries is recalling 92,000 Calder dishwashers in "
    "Lavonne because a heating element can overheat and set the door seal alight, the company said "
    "on Tuesday.",
    "The recall covers Calder 40 and Calder 60 models sold between 2022 and 2025.",
    "The faulty elements were made by Trennic Components, a supplier in neighbouring Ostrava.",
    "The Consumer Safety Office said it had received reports of 11 small kitchen fires.",
    '"Owners should stop using the machine and unplug it until an engineer has visited," chief '
    'executive Rosa Lindqvist told reporters in Bressia.',
    "Repairs will be free and take about 40 minutes, the company said.",
    "Morvane shares fell 3.1 percent in Bressia trading.",
])
LEFT = ("Morvane dishwashers caught fire for months before recall", [
    "BRESSIA - Morvane Industries ignored warnings about overheating dishwashers for months, "
    "consumer groups said on Tuesday, as the company finally announced a recall of 92,000 machines.",
    "Eleven kitchens have been damaged by fires that started in the door seal, according to the "
    "Consumer Safety Office.",
    '"Owners should stop using the machine and unplug it until an engineer has visited," said chief '
    'executive Rosa Lindqvist.',
    "The company made record profits of 310 million last year, the Lavonne Workers' Voice noted.",
    '"This is what happens when a company puts margins before kitchens," said Ivo Santer of the '
    "consumer group Safe Homes.",
])
RIGHT = ("Morvane acts swiftly with voluntary dishwasher recall", [
    "BRESSIA - Morvane Industries on Tuesday launched a voluntary recall of dishwashers fitted "
    "with heating elements from an outside supplier, a move analysts called responsible.",
    "The recall covers 92,000 Calder machines in Lavonne. The parts were made by Trennic "
    "Components, not by Morvane.",
    '"Owners should stop using the machine and unplug it until an engineer has visited," Lindqvist '
    'said. "Safety comes first."',
    "Morvane employs 9,000 people in Lavonne, most of them at its Bressia factory.",
    "Analysts at Corvel Bank put the cost of the recall at 40 million.",
])
# the off-story piece: a pay strike at the same company's factory, 16 days later, which names the
# recall only as background, introduced by an indefinite article after "the company"
STRIKE = ("Morvane workers walk out at Bressia factory over pay", [
    "BRESSIA - Thousands of workers at Morvane Industries' main factory in Bressia stopped work on "
    "Thursday in a 24-hour strike over pay, halting production of the Calder range.",
    "The union Metalla said about 4,200 employees had joined the walkout, which began with the early "
    "shift. The company put the number at 3,600.",
    "The union is demanding a rise of 8 percent over two years; Morvane has offered 4 percent.",
    '"The company posts record profits while our wages fall behind prices," union negotiator Petra '
    "Koll said outside the gates.",
    "The factory produces about 2,000 machines a day.",
    "The walkout comes a little over two weeks after the company announced a large dishwasher "
    "recall, but union officials said the two issues were unrelated.",
    "Both sides will meet again next week with a government mediator.",
])
# near misses: a follow-up of the same recall weeks later, which recalls it as known ...
FOLLOW = ("Morvane says 30,000 dishwashers repaired since recall", [
    "BRESSIA - Morvane Industries said on Thursday that engineers had repaired 30,000 Calder "
    "dishwashers in the two weeks since the recall, about a third of the machines affected.",
    "The company said it had hired 120 extra engineers and expected to finish the work by September.",
    "The Consumer Safety Office said it had received no new reports of fires since the recall.",
    '"We are ahead of where we hoped to be," chief executive Rosa Lindqvist said.',
    "The progress report comes two weeks after its recall of 92,000 machines over overheating "
    "heating elements.",
])
# ... an explainer of it published the next day ...
EXPLAINER = ("Calder dishwasher recall: what owners need to know", [
    "Owners of Calder 40 and Calder 60 dishwashers can check whether their machine is part of "
    "Morvane's recall by entering its serial number on the company's website.",
    "Engineers will visit homes to fit a new heating element; the repair takes about 40 minutes.",
    "Owners who cannot wait can ask for a loan machine, the company said.",
    "The Consumer Safety Office advises owners to unplug affected machines.",
])
# ... and a fourth outlet's own report of it, sharing no sentence with the others
OWN_WORDS = ("Overheating fear prompts Morvane to call back Calder machines", [
    "Lavonne's biggest appliance maker is pulling 92,000 of its Calder dishwashers from kitchens "
    "after a string of small fires blamed on a part bought from Trennic Components.",
    "Morvane Industries told owners on Tuesday to switch the machines off at the wall.",
    "Eleven fires have been reported to the national consumer regulator, none of them fatal.",
    "The company expects the repairs to be finished by the end of the summer.",
])

OTHERS = ["a1", "a2", "a3"]
DATES = ["2026-03-10", "2026-03-11", "2026-03-11"]


@pytest.mark.parametrize("published", [DATES + ["2026-03-26"], None])
@pytest.mark.parametrize("piece, warned, later", [
    (STRIKE, True, True),
    # near misses: the same recall's follow-up weeks later, its explainer the next day, a fourth
    # outlet's report in its own words
    (FOLLOW, False, True),
    (EXPLAINER, False, False),
    (OWN_WORDS, False, False),
])
def test_a_strike_dated_from_a_recall_is_named(piece, warned, later, published):
    if published is not None and not later:
        published = DATES + ["2026-03-11"]
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=published)
    assert ("a4" in C.off_story(ctx)) is warned
    # the three reports of the one recall, told in their own words, are never warned
    assert not C.off_story(ctx) & set(OTHERS)


def test_the_recall_is_their_event():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, STRIKE, published=DATES + ["2026-03-26"])
    assert "recall" in C._their_event(ctx, "a4", OTHERS)
    assert C._follows_their_event(ctx, "a4", OTHERS)


@pytest.mark.parametrize("text, words", [
    # a reporting verb's form after a determiner is a noun: what happened
    ("announced a recall of 92,000 machines", {"recall"}),
    ("The recall covers Calder 40 models", {"recall"}),
    ("the cost of its recall this year", {"recall"}),
    # near misses: the verb itself, of saying, is no event word
    ("she recalled the night of the fire", set()),
    ("the company said on Tuesday", set()),
    ("Morvane is recalling 92,000 dishwashers", set()),
    ("a 92,000 recall", set()),  # not right after the determiner
])
def test_a_reporting_verbs_form_written_as_a_noun(text, words):
    from storylens.normalize import stem

    got = C._lede_words(text, {"recall"})
    assert {stem(w) for w in ("recall", "say", "recalled", "said")} & got == {stem(w) for w in words}
    assert "recall" not in C._lede_words(text)  # none where the comparison gives no such noun


@pytest.mark.parametrize("extra, recall, report", [
    ("", True, False),  # "a report" names a statement (a neutral verb of saying)
    ("She recalled the night of the fire.", False, False),  # "recalled": the verb of saying
])
def test_the_nouns_of_reporting_verbs(extra, recall, report):
    left = (LEFT[0], [*LEFT[1], extra] if extra else LEFT[1])
    comp, ctx = support.compare_stories(WIRE, left, RIGHT, STRIKE)
    nouns = C._cue_nouns(ctx)
    assert ("recall" in nouns) is recall
    assert ("report" in nouns) is report


@pytest.mark.parametrize("text, verb", [
    ("Morvane Industries is recalling 92,000 dishwashers", "recalling"),
    ("workers were striking outside the gates", "striking"),
    ("crews have been evacuating the tower", "evacuating"),
    # near misses: no form of "be" before it, or "being"
    ("the recalling of machines", None),
    ("the machines are being repaired", None),
])
def test_a_progressive(text, verb):
    m = PROGRESSIVE.search(text.lower())
    assert (m.group(1) if m else None) == verb


@pytest.mark.parametrize("before, start", [
    (["the", "company", "announced", "a", "large", "dishwasher"], 4),
    (["an", "unexpected"], 1),
    # near misses: the event recalled as known
    (["the"], 0),
    (["its"], 0),
    ([], 0),
])
def test_an_indefinite_article_nearer_the_event_word(before, start):
    assert C._introduced_after(before) == start


@pytest.mark.parametrize("text, juxtaposed", [
    ("The walkout comes a little over two weeks after the company announced a recall.", True),
    ("The ruling came just under a month after the vote.", True),
    ("The strike comes around two weeks after the recall.", True),
    ("The walkout comes two weeks after the recall.", True),
    # near misses: no juxtaposition of its own news
    ("Workers walked out a little over two weeks after the recall.", False),
    ("The strike comes as talks stall.", False),
])
def test_a_hedged_juxtaposition(text, juxtaposed):
    assert bool(JUXTAPOSED_AFTER.search(text)) is juxtaposed


@pytest.mark.parametrize("text, word, kept", [
    ("the charges against him", "charges", True),
    ("after a blast at the depot", "blast", True),
    # near misses: a participle after an article is an adjective, no noun of what happened
    ("an estimated 5,000 people", "estimated", False),
    ("the alleged bribe", "alleged", False),
])
def test_only_a_nouns_form_after_a_determiner(text, word, kept):
    from storylens.normalize import stem

    assert (stem(word) in C._lede_words(text, {stem(word)})) is kept
