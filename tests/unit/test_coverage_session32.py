"""What an outlet tells another way is no omission, and an omission shows a line its
givers carry (session 32, from the held-out read of session 31: t191-t200). Invented
stories with fictional outlets; each fix with its near misses, for two and three givers
(three and four outlets):

1. a label's number after a named thing's noun ("The Northway coach 4127 from Dunmore"):
   it names the coach, counts nothing (_label_number); a count of the coach's passengers
   is still left out;
2. a design capacity ("was built for 700 inmates"): the place's, not the event's
   (rules/coverage.DESIGN_CAPACITY_BEFORE); what the prison holds now is still left out;
3. a distance into, off or under a thing that an outlet tells with a word of degree
   ("far off the Skerra coast" for "about 6 kilometres off the Skerra coast",
   _position_told); "off the coast" with no degree, or another thing, still leaves it out;
4. a later count of the same thing reached by a rise ("the number of rescuers ... had
   grown to about 450" beside "More than 200 rescuers", _risen_count); another thing
   risen still leaves it out;
5. a quote printed with a word changed (_quote_changed): no quote left out; another
   remark, or the quote's other half, still leaves it out;
6. a name shown through a line its givers carry (_shown_pairs): not the first giver's
   own line that only names it ("said X, spokesman for the opposition Social Alliance");
   the line where it speaks, or that another giver tells in its own words, stays.
"""

from __future__ import annotations

import pytest
from support import own_words_context

from storylens.findings import coverage as cov
from storylens.findings.coverage import find_omissions
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
# every article closes on this sentence, aligned verbatim: the outlets share the story
SHARED = "The regional governor said an inquiry would report within a month."


def _summaries(texts: list[list[str]]) -> list[str]:
    return [f.summary for f in find_omissions(own_words_context(texts, OUTLETS, ON, SHARED))]


def _third_without(given: list[str], third: list[str], n: int) -> list[str]:
    """The omissions when ``n - 1`` outlets give ``given`` and Coast Courier, the third,
    gives ``third``."""
    texts = [given] * (n - 1)
    return _summaries(texts[:2] + [third] + texts[2:])


def _left_out(summaries: list[str], figure: str) -> bool:
    return any(s.startswith("Coast Courier leaves out") and figure in s.split(", which")[0]
               for s in summaries)


# --- 1-4. a figure the outlet tells another way, or that is no fact --------------------

TRAIN_TAIL = ["Firefighters met the passengers at the station.",
              "The operator said the cause was being investigated."]
PRISON_TAIL = ["Guards searched every cell block on Tuesday.",
               "The ministry said an inquiry had been opened."]

# (id, the givers' sentence, Coast Courier's sentence, the figure, whether it is left out)
FIGURES = [
    ("a coach's service number",
     "The Northway coach 4127 from Dunmore to Ardel came to a halt near Varsholm on Monday "
     "after smoke filled the cabin.",
     "The Northway coach from Dunmore to Ardel came to a halt near Varsholm on Monday "
     "after smoke filled the cabin.", "4127", False),
    ("near miss: the coach's passengers",
     "A Northway coach to Ardel carrying 208 passengers came to a halt near Varsholm on Monday "
     "after smoke filled the cabin.",
     "A Northway coach to Ardel came to a halt near Varsholm on Monday after smoke filled "
     "the cabin.", "208", True),
    ("a prison's design capacity",
     "Dornholt prison was built for 700 inmates and now holds many serving long sentences.",
     "Dornholt prison holds many inmates serving long sentences.", "700", False),
    ("near miss: what the prison holds",
     "Dornholt prison now holds 700 inmates serving long sentences.",
     "Dornholt prison holds many inmates serving long sentences.", "700", True),
    ("a distance told with a word of degree",
     "The Tarvel ferry ran aground about 6 kilometres off the Skerra coast on Tuesday.",
     "The Tarvel ferry ran aground far off the Skerra coast on Tuesday.", "6 kilometres", False),
    ("near miss: the place with no degree",
     "The Tarvel ferry ran aground about 6 kilometres off the Skerra coast on Tuesday.",
     "The Tarvel ferry ran aground off the Skerra coast on Tuesday.", "6 kilometres", True),
    ("near miss: far from another thing",
     "The Tarvel ferry ran aground about 6 kilometres off the Skerra coast on Tuesday.",
     "The Tarvel ferry ran aground far from the harbour on Tuesday.", "6 kilometres", True),
    ("a later count of the same thing",
     "More than 200 rescuers searched the Vennmoor hills for the missing hikers on Monday.",
     "By Wednesday the number of rescuers in the Vennmoor hills had grown to about 450.",
     "200", False),
    ("near miss: another thing risen",
     "More than 200 rescuers searched the Vennmoor hills for the missing hikers on Monday.",
     "By Wednesday the number of arrests in the Vennmoor hills had grown to about 450.",
     "200", True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", FIGURES, ids=[c[0] for c in FIGURES])
def test_a_figure_told_another_way_or_no_fact_is_not_left_out(case, n):
    _, given, third, figure, left_out = case
    tail = PRISON_TAIL if "prison" in given or "Vennmoor" in given else TRAIN_TAIL
    assert _left_out(_third_without([given, *tail], [third, *tail], n), figure) is left_out


# --- 5. a quote printed with a word changed -------------------------------------------

STRIKE = "Drivers of the Kelm city buses walked out on Monday over unpaid wages."
REMARK = ('"If you cannot pay the drivers, you have no place running a bus company," '
          "Mayor Orla Brenn told the council.")

# (id, Coast Courier's quote, whether it prints the givers' remark changed)
QUOTES = [
    ("one phrase changed",
     '"If you cannot pay drivers, you have no place in politics," the mayor told the council.', True),
    ("near miss: another remark",
     '"We will find the money for the drivers by Friday," the mayor told the council.', False),
    ("near miss: the quote's other half",
     '"You have no place in politics," the mayor told the council.', False),
    ("near miss: the remark cut, nothing put in",
     '"If you cannot pay the drivers," the mayor told the council, "resign."', False),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", QUOTES, ids=[c[0] for c in QUOTES])
def test_a_quote_printed_changed_is_not_left_out(case, n):
    _, third, changed = case
    givers = [[STRIKE, REMARK]] * (n - 1)
    ctx = own_words_context(givers[:2] + [[STRIKE, third]] + givers[2:], OUTLETS, ON, SHARED)
    cov.carried_facts(ctx)
    f = next(x for x in cov.facts_of(ctx.docs[0]) if x.kind == "quote")
    others = tuple(d.id for i, d in enumerate(ctx.docs) if i not in (0, 2))
    assert cov._quote_changed(ctx, f, ctx.docs[2].id, others) is changed


def test_a_quote_left_out_is_still_left_out():
    """No quote of the remark at all: the quote (and its speaker) are left out."""
    got = _third_without([STRIKE, REMARK, PRISON_TAIL[1]],
                         [STRIKE, "Passengers waited at empty stops across the city.", PRISON_TAIL[1]], 3)
    assert any("leaves out the quote 'If you cannot pay the drivers" in s for s in got)


# --- 6. a name shown through a line its givers carry ----------------------------------

PORT = "Port workers in Varsholm walked out on Monday over a plan to sell the harbour cranes."
PORT_TAIL = ["The harbour authority said the sale would go ahead.", "Ships were diverted to Kelm."]
OWN_LINE = ('"The government has sold the harbour for a song," said Tomas Vell, spokesman for '
            "the opposition Social Alliance.")
SHARED_LINE = "The opposition Social Alliance called for talks with the port owners."


def _port(first: list[str], rest: list[str], n: int) -> list[str]:
    """Harbour Post gives ``first``, the other givers ``rest``, Coast Courier neither."""
    givers = [[PORT, *first, *PORT_TAIL]] + [[PORT, *rest, *PORT_TAIL]] * (n - 2)
    return _summaries(givers[:2] + [[PORT, *PORT_TAIL]] + givers[2:])


@pytest.mark.parametrize("n", [3, 4])
def test_a_name_is_shown_through_the_line_its_givers_share(n):
    got = [s for s in _port([OWN_LINE, SHARED_LINE], [SHARED_LINE], n) if "Social Alliance," in s]
    assert len(got) == 1 and got[0].endswith(f"'{SHARED_LINE}'")
    assert f"which {n - 1} other outlets give" in got[0]


@pytest.mark.parametrize("n", [3, 4])
def test_a_person_who_speaks_in_the_first_line_is_still_left_out(n):
    """Near miss: the first giver's line is the person's own words, which the others
    tell in theirs: the person is left out, shown there."""
    own = '"We will not sell a single crane," said harbour master Ilse Marrow, who met the strikers.'
    rest = ["Harbour master Ilse Marrow said the cranes would stay.",
            '"Not one crane will be sold," Marrow said.']
    got = [s for s in _port([own, "Marrow later left the meeting."], rest, n) if "Ilse Marrow," in s]
    assert len(got) == 1


@pytest.mark.parametrize("n", [3, 4])
def test_a_name_each_giver_tells_in_one_line_of_its_own_words_is_left_out(n):
    """Near miss: no line the aligner pairs, but each giver names it in the same line in
    its own words: the name is left out, shown through the first."""
    rests = [["Port workers said the Social Alliance had called for talks with the owners.",
              "Leaders of the Social Alliance met the strikers at the gates."],
             ["Talks with the owners were demanded by the Social Alliance, port workers said.",
              "Members of the Social Alliance joined the picket at dawn."]]
    first = ["The Social Alliance called for talks with the owners, port workers said.",
             "The Social Alliance said it would table a motion."]
    givers = [[PORT, *first, *PORT_TAIL]] + [[PORT, *r, *PORT_TAIL] for r in rests][:n - 2]
    got = _summaries(givers[:2] + [[PORT, *PORT_TAIL]] + givers[2:])
    assert any("leaves out Social Alliance," in s for s in got)

