"""Session 26: a figure's measure includes the statistic its words name: an average, a
median, a newcomer's figure, a ceiling, a floor, a base, a sum (rules/numbers.STATISTIC_WORDS,
``facts._statistic``). Two figures of one measure under two such classes are two measures,
whichever structure names them: the qualifier of the clause's subject ("A newly hired
driver earns 2,150 marks a month" / "the average driver earns 3,400 marks a month":
held-out t139's trap, now dev), of the figure's own noun ("a starting salary of"), the
statistic the figure is "of" ("an average of"), or "on average" after it.

Near misses that stay conflicts: one side qualified and the other plain (copy drops the
word: invented dev keys expect "Average rents on new leases rose 19 percent" / "Rents have
risen by 31 percent", "Annual inflation" / "inflation", "up to 4 metres" / "a maximum of 2 metres");
both sides of one class ("average" / "typical"); a qualifier of a speaker, not of the
figure's subject ("the top official said 40 buses were cancelled"); a qualifier after
"of" that opens no attributive phrase.

Invented text (fictional places and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # two classes of statistic, each on its clause's subject: two measures
    ("A newly hired nurse at Kelvane General earns 1,900 florins a month, the union says.",
     "According to the hospital, the average nurse already earns 2,800 florins a month.",
     set()),
    ("Starting pay for a Tormouth firefighter is 1,700 crowns a month.",
     "Average pay for a Tormouth firefighter is 2,600 crowns a month.", set()),
    ("The median household in Esk Vale spends 420 marks a month on energy.",
     "The average household in Esk Vale spends 610 marks a month on energy.", set()),
    # on the figure's own noun, or the statistic it is "of", or "on average" after it
    ("Dockers at Brannick Quay are paid a basic wage of 1,500 crowns a month.",
     "Dockers at Brannick Quay earn an average of 2,300 crowns a month.", set()),
    ("Ferry crews on the Orlen line earn 2,400 crowns a month on average.",
     "Ferry crews on the Orlen line earn a starting wage of 1,600 crowns a month.", set()),
    ("The top speed of the Vessen tram is 80 kilometres an hour.",
     "The average speed of the Vessen tram is 22 kilometres an hour.", set()),
    # near misses: one side qualified, the other plain -- one measure, still a conflict
    ("A newly hired nurse at Kelvane General earns 1,900 florins a month.",
     "A nurse at Kelvane General earns 2,800 florins a month.",
     {"1,900", "2,800"}),
    ("The average nurse at Kelvane General earns 1,900 florins a month.",
     "A nurse at Kelvane General earns 2,800 florins a month.",
     {"1,900", "2,800"}),
    ("Dockers at Brannick Quay earn an average of 2,300 crowns a month.",
     "Dockers at Brannick Quay earn 1,500 crowns a month.",
     {"1,500 crowns", "2,300 crowns"}),
    # near misses: one class on both sides ("average" and "typical" are one)
    ("The average nurse at Kelvane General earns 1,900 florins a month.",
     "The typical nurse at Kelvane General earns 2,800 florins a month.",
     {"1,900", "2,800"}),
    ("Starting pay for a Tormouth firefighter is 1,700 crowns a month.",
     "Starting pay for a Tormouth firefighter is 2,100 crowns a month.",
     {"1,700 crowns", "2,100 crowns"}),
    # near miss: the qualified noun gives the figure, it is not the figure's subject
    ("The top official at the depot said 40 buses were cancelled on Monday.",
     "The average commuter said 65 buses were cancelled on Monday.",
     {"40", "65"}),
])
def test_statistic_classes(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


# review26f: a subject's qualifier that also names a rank or one particular thing ("the
# top prosecutor", "the newly appointed judge", "the highest court", "combined police
# forces") is no statistic of a deed's figure: one side's rank against the other's newcomer
# stays a conflict (rules/numbers.STATISTIC_OF_KIND, facts._statistic). Near misses: the
# figure per period, the subject's own value ("is", "rose to"), or a subject with no
# definite determiner that is no count ("a newly built home costs") still name two measures.
@pytest.mark.parametrize(("a", "b", "want"), [
    ("The top prosecutor in Harnsey charged 30 people on Saturday.",
     "The newly appointed prosecutor in Harnsey charged 24 people on Saturday.",
     {"30", "24"}),
    ("Top seed Anna Vell won 14 games in the Korsby final on Sunday.",
     "Newly crowned champion Anna Vell won 12 games in the Korsby final on Sunday.",
     {"14", "12"}),
    ("The highest court in Velmar freed 14 prisoners on Monday.",
     "The newly formed court in Velmar freed 11 prisoners on Monday.",
     {"14", "11"}),
    ("Combined police forces in Harnsey arrested 30 people on Saturday.",
     "Top police officers in Harnsey arrested 24 people on Saturday.",
     {"30", "24"}),
    ("Base staff at the Orrel mine rescued 6 miners on Monday.",
     "Top managers at the Orrel mine rescued 4 miners on Monday.",
     {"6", "4"}),
    ("The top prosecutor in Harnsey demanded a fine of 40,000 euros on Monday.",
     "The newly appointed prosecutor in Harnsey demanded a fine of 30,000 euros on Monday.",
     {"40,000 euros", "30,000 euros"}),
    ("The top judge in Harnsey set bail at 40,000 euros on Monday.",
     "The newly appointed judge in Harnsey set bail at 30,000 euros on Monday.",
     {"40,000 euros", "30,000 euros"}),
    ("The average driver's union in Pellam demanded a raise of 12 percent on Tuesday.",
     "The top union in Pellam demanded a raise of 9 percent on Tuesday.",
     {"12 percent", "9 percent"}),
    # near misses: still two measures
    ("The top rate of income tax in Dellmark rose to 45 percent in January.",
     "The basic rate of income tax in Dellmark rose to 20 percent in January.", set()),
    ("A newly built home in Orrel costs 300,000 euros.",
     "The average home in Orrel costs 200,000 euros.", set()),
    ("The minimum wage in Dellmark will rise to 14 florins an hour in March.",
     "The average wage in Dellmark will rise to 21 florins an hour in March.", set()),
    ("The top prize in the Velt lottery is 2 million euros.",
     "The minimum prize in the Velt lottery is 10 euros.", set()),
])
def test_rank_is_no_statistic(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])
