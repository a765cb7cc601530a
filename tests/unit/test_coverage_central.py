"""What makes an omission or an addition central to the story (issue 12, item 4; issue
11: findings you can trust), on invented 4-outlet stories: each wrong case read on the
invented dev stories (session 13), told here with new fictional text, beside the near
miss that still fires.

* a figure the others give only in their later paragraphs is background, not a fact
  one outlet "leaves out"; the same figure high up is;
* a name the others only mention in passing ("a cousin of Governor X", "X declined to
  comment") is no voice left out; one they let speak is, wherever they put it;
* an article sharing not one aligned sentence with the others is not said to leave out
  or add anything; one that tells part of the story is;
* an outlet that tells the fact's sentence with its own count ("29 remain trapped" /
  "trapped 31") gives the figure differently (a possible conflict): it does not leave it
  out, and the other does not "only" give it.
"""

from __future__ import annotations

import support

from storylens.analysis import analyse
from storylens.findings.common import FindingContext
from storylens.findings.coverage import LEAD, find_additions, find_omissions
from storylens.models import Article
from storylens.options import Options
from storylens.segment import segment

ON = Options(fact_coverage=True)
OUTLETS = ["Tessen Post", "Orsk Herald", "Vale Courier", "Ulm Voice", "Brova Weekly"]

LEDE = "A landslide at the Brova quarry near Tessenvik buried part of the village of Ulm on Monday."
DIG = "Rescue teams from Orsk dug through the mud for most of the night with local volunteers."


def _filler(town: str) -> list[str]:
    """Seven sentences of colour in one outlet's own words (its town in each, so no two
    outlets' fillers align and no two outlets are copies of one text)."""
    return [
        f"Neighbours from {town} carried blankets and soup to the families waiting by the church.",
        f"The road from {town} to Ulm stayed closed to all traffic on Tuesday.",
        f"Engineers sent from {town} inspected the slope above the village.",
        f"Schools around {town} sent their pupils home early as a precaution.",
        f"Heavy rain had soaked the hillside above {town} for most of the previous week.",
        f"Volunteers from farms near {town} brought tractors to clear the lower road.",
        f"A help line for relatives of the missing was opened in {town} on Tuesday.",
    ]


FILLER = _filler("Tessenvik")
TOWNS = ["Harl", "Kestmoor", "Morvale", "Sarnby", "Peltrow"]
OUTPUT = "The Brova quarry, which opened in 1961, produces 4.2 million tonnes of gravel a year."


def _ctx(texts: list[list[str]], edited: tuple[tuple[str, str], ...] = ()) -> FindingContext:
    """Articles of one paragraph per sentence; equal sentences are aligned verbatim, the
    ``edited`` pairs of sentence texts as edited."""
    return support.verbatim_context(texts, OUTLETS, ON, edited=edited)


def _omitted(ctx: FindingContext) -> set[tuple[str, str]]:
    return {(f.detail["outlet"], f.detail["fact"]["text"]) for f in find_omissions(ctx)}


def _added(ctx: FindingContext) -> set[tuple[str, str]]:
    return {(f.detail["outlet"], f.detail["fact"]["text"]) for f in find_additions(ctx)}


def _story(at: int, line: str) -> list[list[str]]:
    """Three outlets, each in its own words, give ``line`` as their body sentence number
    ``at``; Ulm Voice tells the slide and the dig without it."""
    out = []
    for town in TOWNS[:3]:
        body = [LEDE, DIG, *_filler(town)]
        out.append(body[:at] + [line] + body[at:])
    return [*out, [LEDE, DIG, *_filler(TOWNS[3])[:3]]]


def test_a_figure_the_others_give_high_up_is_left_out():
    assert ("Ulm Voice", "4.2 million tonnes") in _omitted(_ctx(_story(2, OUTPUT)))


def test_a_figure_the_others_give_only_further_down_is_background():
    assert LEAD <= len(FILLER) + 2
    found = _omitted(_ctx(_story(len(FILLER) + 2, OUTPUT)))
    assert not any(fact == "4.2 million tonnes" for _, fact in found)


SPEAKS = "Governor Ansel Korvic said the village of Ulm would be rebuilt within two years."
PASSING = [
    ("a name in an 'of' phrase, not a voice",
     "The Brova quarry's operator is owned by a cousin of Governor Ansel Korvic, records show."),
    ("the government of a named leader speaks, not the leader",
     "The government of Governor Ansel Korvic denies that the Brova quarry's permits were favours."),
    ("a refusal to comment is no voice",
     "Governor Ansel Korvic declined to comment on the Brova quarry, saying only that the inquiry "
     "must run its course."),
]


def test_a_voice_the_others_quote_late_in_their_reports_is_left_out():
    found = _omitted(_ctx(_story(len(FILLER) + 2, SPEAKS)))
    assert ("Ulm Voice", "Ansel Korvic") in found


def test_a_voice_whose_title_holds_an_of_phrase_is_a_voice():
    """"Minister of Mines Ansel Korvic said": the title's own "of" (a capitalised word
    before it) names no one else who speaks; he is a voice (review2: the "of"-name rule
    read him as the object of "of", as in "the government of Governor X denies")."""
    from storylens.findings.coverage import _voices_of

    def voiced(line: str) -> bool:
        doc = analyse(segment(Article(id="a1", source="t", outlet=OUTLETS[0],
                                      text=f"{LEDE}\n\n{line}")))
        return any(k.endswith("korvic") for k in _voices_of(doc))

    assert voiced("Minister of Mines Ansel Korvic said the village would be rebuilt.")
    assert voiced("Head of Rescue Ansel Korvic told reporters the search would go on.")
    for _, line in PASSING[:2]:
        assert not voiced(line)


def test_a_refusal_inside_the_quote_marks_is_the_speakers_words():
    """A refusal to comment is narrated ("X did not respond to requests for comment"); the
    same words inside X's quote marks are what X says, and X speaks (review2)."""
    from storylens.findings.coverage import _voices_of

    def voiced(line: str) -> bool:
        doc = analyse(segment(Article(id="a1", source="t", outlet=OUTLETS[0],
                                      text=f"{LEDE}\n\n{line}")))
        return any(k.endswith("korvic") for k in _voices_of(doc))

    assert voiced('"We did not respond to the first warnings quickly enough," '
                  "Governor Ansel Korvic said.")
    assert not voiced("Governor Ansel Korvic did not respond to requests for comment.")
    assert not voiced('Governor Ansel Korvic declined to comment, saying only that "the '
                      'inquiry must run its course".')


def test_a_name_the_others_mention_late_without_letting_it_speak_is_not_left_out():
    for why, line in PASSING:
        found = _omitted(_ctx(_story(len(FILLER) + 2, line)))
        assert not any(fact == "Ansel Korvic" for _, fact in found), why


TOLL = "The slide killed at least 14 workers and trapped 31 others in the lower pit, officials said."
RECOUNT = "At least 14 workers were killed and 29 remain trapped in the lower pit, officials said."
NO_COUNT = "Several workers were killed and others remain trapped in the lower pit, officials said."


def test_an_outlet_that_tells_the_sentence_without_the_figure_leaves_it_out():
    story = _story(2, TOLL)
    story[3] = [LEDE, DIG, NO_COUNT, *_filler(TOWNS[3])[:3]]
    assert ("Ulm Voice", "31") in _omitted(_ctx(story, edited=((TOLL, NO_COUNT),)))


def test_an_outlet_that_tells_the_sentence_with_its_own_count_leaves_nothing_out():
    story = _story(2, TOLL)
    story[3] = [LEDE, DIG, RECOUNT, *_filler(TOWNS[3])[:3]]
    found = _omitted(_ctx(story, edited=((TOLL, RECOUNT),)))
    assert not any(fact == "31" for _, fact in found)


def test_a_figure_another_outlet_counts_differently_is_no_addition():
    own = [LEDE, DIG, TOLL, *_filler(TOWNS[0])[:4]]
    other = [LEDE, DIG, RECOUNT, *_filler(TOWNS[1])[4:]]
    third = [LEDE, DIG, "Relatives waited at the quarry gate for news of the workers."]
    found = _added(_ctx([own, other, third], edited=((TOLL, RECOUNT),)))
    assert not any(fact in ("31", "29") for _, fact in found)
    # near miss: where the other outlet tells the sentence without a count, the figure is
    # the first outlet's own
    bare = [LEDE, DIG, NO_COUNT, *_filler(TOWNS[1])[4:]]
    found = _added(_ctx([own, bare, third], edited=((TOLL, NO_COUNT),)))
    assert {fact for outlet, fact in found if outlet == "Tessen Post"} & {"14", "31"}


OWNER = "Brova Stone, the quarry's owner, reported profits of 12 million crowns last year."
PROFITS = [
    "Brova Stone, the quarry's owner, reported profits of 12 million crowns last year.",
    "Chief executive Mara Lindqvist said the firm would raise its dividend by a fifth.",
    "Mara Lindqvist said the company planned to open a second pit near Orsk in 2027.",
    "The Tessenvik stock exchange listed the firm's shares at a record high in March.",
    "Analysts at Orsk Capital expect gravel demand to keep rising with road building.",
    "The firm employs 640 people across the valley, most of them at the Brova pit.",
]


def test_an_article_sharing_no_aligned_sentence_is_not_said_to_leave_out_or_add():
    # Brova Weekly's piece on the owner's profits shares names and a figure with the story
    # (in the story by shared facts) but not one sentence: neither omissions nor additions
    givers = [[LEDE, DIG, OUTPUT, OWNER.replace("Brova Stone, the", "Brova Stone,"),
               "Mara Lindqvist, the firm's chief executive, said the company would help Ulm.",
               "Mara Lindqvist said the firm employs 640 people across the valley.",
               *_filler(town)] for town in TOWNS[:3]]
    weekly = [PROFITS[0].replace("reported", "this week reported"), *PROFITS[1:]]
    texts = [*givers, [LEDE, DIG, *_filler(TOWNS[3])[:4]], weekly]
    ctx = _ctx(texts)
    assert not any(outlet == "Brova Weekly" for outlet, _ in _omitted(ctx))
    assert not any(outlet == "Brova Weekly" for outlet, _ in _added(ctx))
    # near miss: the same piece opening with the slide's lede tells the story (one aligned
    # sentence) and leaves out the quarry's output the three others give high up
    ctx = _ctx([*texts[:4], [LEDE, *weekly]])
    assert ("Brova Weekly", "4.2 million tonnes") in _omitted(ctx)


LEFT = "A survey found that 6,310 workers left the valley in 2025, while nearly 4,100 moved in."
LEFT_B = "Some 6,300 workers quit the valley last year, the Orsk office said."


def test_another_figure_of_the_same_sentence_is_no_recount():
    # the other outlet's "6,300" is the sentence's 6,310, not its own count of the 4,100
    # that moved in: the 4,100 stays the first outlet's own
    own = [LEDE, DIG, LEFT, *_filler(TOWNS[0])[:4]]
    other = [LEDE, DIG, LEFT_B, *_filler(TOWNS[1])[4:]]
    third = [LEDE, DIG, "Relatives waited at the quarry gate for news of the workers."]
    assert ("Tessen Post", "4,100") in _added(_ctx([own, other, third], edited=((LEFT, LEFT_B),)))


RELAYED = "Rescuers had pulled 23 people from the mud at the Brova quarry by midnight, regional spokeswoman Lena Orvik said."
OFFICIAL = "Rescuers had pulled 23 people from the mud at the Brova quarry by midnight, Mayor Lena Orvik said."


def test_a_spokeswomans_name_is_not_left_out_but_an_officials_is():
    # the spokeswoman relays the office's figures: her name is no fact an outlet leaves out
    assert not any(fact == "Lena Orvik" for _, fact in _omitted(_ctx(_story(2, RELAYED))))
    assert ("Ulm Voice", "Lena Orvik") in _omitted(_ctx(_story(2, OFFICIAL)))


# Session 17's held-out read (t51-t60, now dev): off-story pieces the story warning kept,
# each tied to the story by one shared line of background far down the others' reports
# (and a shared wire credit), were said to leave out the story's people and to add their
# own figures. One shared sentence counts only where it is among another article's
# first LEAD body sentences: the story's news, not its background.
BACKGROUND = "The Brova quarry has been fined twice since 2019 for blasting without a permit."
CREDIT = "(Reporting by Ilse Varn; Editing by Tom Brask)"


def _one_line_story(at: int) -> list[list[str]]:
    """Three outlets give the quarry's output high up and BACKGROUND as body sentence
    ``at``; Brova Weekly's profits piece shares BACKGROUND (and the wire's credit line)."""
    givers = []
    for town in TOWNS[:3]:
        body = [LEDE, DIG, OUTPUT, *_filler(town)]
        givers.append(body[:at] + [BACKGROUND] + body[at:] + [CREDIT])
    weekly = [*PROFITS, BACKGROUND, CREDIT]
    return [*givers, [LEDE, DIG, *_filler(TOWNS[3])[:4]], weekly]


def test_an_article_sharing_one_line_of_background_is_not_said_to_leave_out_or_add():
    ctx = _ctx(_one_line_story(LEAD + 2))
    assert not any(outlet == "Brova Weekly" for outlet, _ in _omitted(ctx))
    assert not any(outlet == "Brova Weekly" for outlet, _ in _added(ctx))


def test_near_miss_one_shared_line_of_the_others_news_tells_the_story():
    ctx = _ctx(_one_line_story(3))
    assert ("Brova Weekly", "4.2 million tonnes") in _omitted(ctx)
