"""review22f: where session 22's fact_conflict readings (s22-facts22) hid a real conflict,
each as a class with its near misses (invented text, fictional places and people):

* two amounts whose subjects share no word are two things only where one's subject names
  what the other's sentence names too ("Repairs to the Varn bridge" / "The Varn bridge
  project"); two words for one thing ("the jet" / "the aircraft", "the scheme" / "the
  project") still meet (facts._kinds_apart);
* a report's or a tally's figure in a relative aside ("the ministry, which reports 40
  deaths,") is no standing size, and a size told in a past aside ("Dovren, which employed
  350 people,") is no deed's count: both meet what they disagree with (facts._held);
* a timed act whose subject names the other's act ("The attack on the bank began at 10
  a.m." / "Gunmen attacked the bank at 9 a.m.") is that act, no second one done to it
  (facts._done_to);
* a figure an "and" past verb takes is that second act's, which a capacity word of the
  first does not set ("broke the flood limit and reached 6.2 metres": facts._second_act).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


def _values(a, b, aligned: bool = True) -> list[set[str]]:
    """The values of each conflict between two short articles (support.fact_pair_values)."""
    return support.fact_pair_values(a, b, aligned=aligned)


@pytest.mark.parametrize(("a", "b", "want"), [
    # one thing priced, named in two words: a conflict
    ("The Velko jet cost 90 million dollars.", "The Velko aircraft cost 120 million dollars.",
     {"90 million dollars", "120 million dollars"}),
    ("Tickets to the Orvel festival cost 40 euros.",
     "Admission to the Orvel festival costs 55 euros.", {"40 euros", "55 euros"}),
    ("The scheme will cost 30 million crowns, the Varn council said.",
     "The project will cost 45 million crowns, the Varn council said.",
     {"30 million crowns", "45 million crowns"}),
    ("The Orm villa sold for 2 million euros.", "The Orm house sold for 3 million euros.",
     {"2 million euros", "3 million euros"}),
    # near misses: what one prices is named in the other's sentence as another thing
    ("Repairs to the Varn bridge will cost 4 million crowns.",
     "The Varn bridge project will cost 30 million crowns.", None),
    ("Repairs to the Tesk ferry pier will cost 2 million crowns.",
     "The Tesk ferry pier project will cost 9 million crowns.", None),
    ("VIP tickets for the Orvel festival cost 120 euros.",
     "VIP tickets for the Orvel festival cost 150 euros.", {"120 euros", "150 euros"}),
])
def test_one_thing_priced_in_two_words(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a report's figure in an aside, a size in a past aside: they still meet
    ("Velko Air, which says 11 jets are grounded, apologised.",
     "Velko Air grounded 14 jets after the fault.", {"11", "14"}),
    ("The Orsel ministry, which reports 40 deaths, asked for aid.",
     "The storm killed 52 people in Orsel, the ministry said.", {"40", "52"}),
    ("The Orsel ministry, which counts 40 dead, asked for aid.",
     "The floods killed 52 people in Orsel.", {"40", "52"}),
    ("Dovren, which employs 400 people at Tesk, cut jobs.",
     "Dovren, which employed 350 people at Tesk, cut jobs.", {"350", "400"}),
    # near misses: a standing size against a deed (session 22), two standing sizes
    ("Velko Air, which flies 30 jets, grounded part of its fleet after the fault.",
     "Velko Air grounded 11 jets after the fault.", None),
    ("Ostrel, which owns 40 ferries, cancelled sailings.",
     "Ostrel cancelled sailings on 12 ferries.", None),
    ("The Dovren company, which employs 400 people, laid off staff.",
     "The Dovren company, which employs 350 people, laid off staff.", {"350", "400"}),
])
def test_report_or_past_in_an_aside(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # the other act's subject names this act: one act timed twice
    ("Gunmen attacked the Orsel bank at 9 a.m.", "The attack on the Orsel bank began at 10 a.m.",
     {"9 a.m.", "10 a.m."}),
    ("Police raided the Tesk flat at 5 a.m.", "The raid on the Tesk flat started at 6 a.m.",
     {"5 a.m.", "6 a.m."}),
    # near misses: a second act done to the first's doer (session 22)
    ("The fire broke out at 3 a.m.", "Firefighters reached the fire at 3.40 a.m.", None),
    ("The blaze started at 3 a.m. in Orsel.", "Crews contained the blaze at 6 a.m. in Orsel.", None),
])
def test_act_named_by_the_other_subject(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # the figure a second act takes: no capacity
    ("The river broke the flood limit and reached 6.2 metres in Orsel.",
     "The river reached 5.4 metres in Orsel.", {"5.4 metres", "6.2 metres"}),
    ("The Tesk ferry ignored its capacity and carried 340 passengers.",
     "The Tesk ferry carried 290 passengers.", {"290", "340"}),
    # near misses: the capacity word of the figure's own verb (session 22)
    ("The speed limit on Lipova Street is 50 km/h.",
     "The car was travelling at 90 km/h on Lipova Street.", None),
    ("The Tesk ferry was designed and built to carry 200 passengers.",
     "The Tesk ferry carried 290 passengers.", None),
])
def test_second_act_past_a_capacity(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])
