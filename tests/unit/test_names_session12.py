"""Session 12, names (fixes12a): one table per rule, each with near misses (invented names
and places).

* a month-surname ("May", with "Theresa May" named in the article) said to be a span of
  time ("May was the wettest month on record") or opening a wish ("May the best crew
  win") is the month or the modal, not her (``datewords.month_as_time``,
  ``rules/titles.MONTH_PREDICATE_WORDS``, ``MODAL_MAY_NEXT``);
* a company's sector noun after a known given name ("Tom Works said") or after a title
  that is no weak word ("Mayor Ana Works") is a surname: the person
  (``rules/titles.KNOWN_GIVEN_NAMES``, ``names._titled_person``).
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.datewords import month_as_time
from storylens.analysis.names import link_key


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


entities = support.entity_triples


MAY = "Prime Minister Theresa May met the Orm delegation on Tuesday."
MONTH_SUBJECT = [
    # (sentences, how many mentions of "May" are the person)
    pytest.param([MAY, "May was the wettest month on record in Port Vell."], 0, id="wettest-month"),
    pytest.param([MAY, "May is usually the driest month in Orm."], 0, id="is-usually-driest"),
    pytest.param([MAY, "May has been the busiest period for the ferries since 2019."], 0,
                 id="has-been-busiest-period"),
    pytest.param([MAY, "Officials said May was the hottest on record."], 0, id="mid-sentence-hottest"),
    pytest.param([MAY, "May the best crew win, the skipper said."], 0, id="wish-modal"),
    pytest.param([MAY, "\u201cMay God keep the fishermen safe,\u201d the priest said."], 0,
                 id="wish-modal-in-a-quote"),
    # near misses: the person, subject of a copula or a verb
    pytest.param([MAY, "May said on Tuesday the deal was done."], 1, id="near-miss-said-on-tuesday"),
    pytest.param([MAY, "May was the first leader to visit Orm."], 1, id="near-miss-first-leader"),
    pytest.param([MAY, "May was furious, and the month ended in a vote."], 1,
                 id="near-miss-period-word-in-another-clause"),
    pytest.param([MAY, "May was having a hard time with her party."], 1, id="near-miss-hard-time"),
    pytest.param([MAY, "May is expected to resign within weeks."], 1, id="near-miss-expected-to"),
    pytest.param([MAY, "May has been in office for a month."], 1, id="near-miss-period-after-a-preposition"),
    pytest.param([MAY, "May was the wettest month."], 0, id="period-word-ends-the-sentence"),
    pytest.param([MAY, "The deal was backed by May and her ministers."], 1, id="near-miss-passive-agent"),
    # s12 review: a time adjunct after "May", or after her copula's complement, is when she
    # did it (rules/titles MAY_SUBJECT_NEXT, MONTH_ADJUNCT_OPENERS)
    pytest.param([MAY, "May this week announced her resignation."], 1, id="near-miss-may-this-week"),
    pytest.param([MAY, "May all but conceded defeat on Tuesday."], 1, id="near-miss-may-all-but"),
    pytest.param([MAY, "May was the star guest last week."], 1, id="near-miss-guest-last-week"),
    pytest.param([MAY, "May is the favourite this season, aides said."], 1,
                 id="near-miss-favourite-this-season"),
    pytest.param([MAY, "May this crew win the regatta, the skipper said."], 0, id="wish-this-crew"),
    pytest.param([MAY, "May was the wettest month this century."], 0, id="wettest-month-this-century"),
]


@pytest.mark.parametrize(("sentences", "persons"), MONTH_SUBJECT)
def test_a_month_said_to_be_a_span_of_time_is_no_person(sentences, persons):
    got = [(t, k, key) for t, k, key in entities(*sentences) if t == "May"]
    assert len(got) == persons, got
    assert all(k == "person" and key == link_key("Theresa May") for _, k, key in got)


@pytest.mark.parametrize(("after", "expected"), [
    ("was the wettest month on record .", True),
    ("has been the driest spell since 1990", True),
    ("is also the month of the regatta", True),
    ("was the first leader to visit", False),
    ("was furious , the wettest month", False),   # another clause after the mark
    ("said it was the wettest month", False),     # no copula right after the month
    ("was told that the month had ended", False),  # a clause stop before the noun
    ("is expected to resign within weeks.", False),  # a preposition ends the complement
    ("was the driest month.", True),  # the token keeps its stop
])
def test_month_as_time_reads_the_copula_clause(after, expected):
    assert month_as_time(after.split()) is expected


GIVEN_NAME_HEADS = [
    # (sentences, the name, its kind)
    # (s12 review: a known given name and the noun alone is a person only when the article
    # names the surname alone too, as it names a person: "Michael Foods", "Thomas
    # Industries" and "William Lines" are real companies named after their founders)
    pytest.param(["Tom Works said the crossing was cancelled.", "Works, 54, has run the ferry for years."],
                 "Tom Works", "person", id="known-given-name-before-said"),
    pytest.param(["The crossing was cancelled, Liz Holdings told reporters.",
                  "Mr. Holdings said the council had been warned."],
                 "Liz Holdings", "person", id="known-given-name-before-told"),
    pytest.param(["Michael Foods said it would cut 200 jobs at its Orm plant."], "Michael Foods", "org",
                 id="near-miss-a-founder's-name-company"),
    pytest.param(["Thomas Industries said profits fell.", "The Thomas Industries plant employs 900."],
                 "Thomas Industries", "org", id="near-miss-founder's-name-company-named-twice"),
    pytest.param(["Tom Works said the crossing was cancelled."], "Tom Works", "org",
                 id="near-miss-given-name-and-noun-named-once"),
    pytest.param(["Mayor Ana Works said the crossing was cancelled."], "Ana Works", "person",
                 id="title-before-an-unknown-given-name"),
    pytest.param(["Deputy Mayor Tom Works said the crossing was cancelled."], "Tom Works",
                 "person", id="title-and-known-given-name"),
    # near misses: businesses stay businesses
    pytest.param(["Vella Water Works said the crossing was cancelled."], "Vella Water Works",
                 "org", id="near-miss-three-word-works"),
    pytest.param(["Tom Vell Motors said it would cut 40 jobs."], "Tom Vell Motors", "org",
                 id="near-miss-given-name-opens-a-longer-company"),
    pytest.param(["Kestrel Works said the crossing was cancelled."], "Kestrel Works", "org",
                 id="near-miss-no-given-name"),
    pytest.param(["Analysts at ADM Investor Services said prices rose."], "ADM Investor Services",
                 "org", id="near-miss-a-title-word-in-capitals-is-an-acronym"),
    pytest.param(["General Motors said it would cut 400 jobs in Orm."], "General Motors", "org",
                 id="near-miss-weak-title-word"),
    pytest.param(["Ana Lines said the crossing was cancelled."], "Ana Lines", "org",
                 id="near-miss-given-name-not-known"),
]


@pytest.mark.parametrize(("sentences", "name", "kind"), GIVEN_NAME_HEADS)
def test_a_sector_noun_after_a_given_name_or_a_title_is_a_surname(sentences, name, kind):
    got = {t: k for t, k, _ in entities(*sentences)}
    assert got.get(name) == kind, got
