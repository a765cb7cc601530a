"""Session 21's framing fixes, each from a general cause (invented text; near misses keep
the findings the rules exist for).

- "claimed for 14 meals": a cue verb with "for" and the thing paid for (an expense claim,
  "argued for a recount") is a prepositional verb, no report; "for" and a span of time
  before a clause ("claimed for years that ...") is an adjunct, and the clause is the
  report (dev d90, read wrong).
- "alleged that Korvex held ..." against "questioned whether the exchange held ...": a
  clause under "whether" or a verb that questions or denies it is not stated, so it is no
  plain side of a doubt modifier (dev t81, read wrong).
- 'insisted on Saturday: "..."': an adjunct of time or medium, a colon and a quote report
  the quote, as 'claimed as she left: "..."' does (dev d94).
- An admission's gist ("X admitted that ...") followed by the speaker's direct quote that
  another outlet gives with "said" is that outlet's verb for the statement: the story-wide
  profile's culpability guard reads the quote too (dev d33, d57, d61, t48, t71, t89).
"""

from __future__ import annotations

import pytest

from storylens.findings.attribution import reports_statement
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles


@pytest.mark.parametrize("text, reports", [
    # money claims and prepositional verbs: the object after "for" is what is asked or paid
    ("Orsolya Fenn had claimed for 14 taxi rides that broke the rules.", False),
    ("Orsolya Fenn claimed for a flat in Tarvik that she never used.", False),
    ("Orsolya Fenn argued for a recount that the board then refused.", False),
    ("Orsolya Fenn claimed for the damage to her car that the storm caused.", False),
    # review21b: a span that measures the thing claimed, not the time of the claiming
    ("Orsolya Fenn claimed for three years of unpaid overtime that the firm never paid.", False),
    ("Orsolya Fenn claimed for months of lost rent that the council never paid.", False),
    # a span of time before a clause: the clause is the statement
    ("Orsolya Fenn claimed for years that the ferry was safe.", True),
    ("Orsolya Fenn had insisted for months the audit was a formality.", True),
    ("Orsolya Fenn has claimed for three weeks that the rules were followed.", True),
    ("Orsolya Fenn insisted for the first time that the rules were followed.", True),
    # the near misses the rule exists beside: still reports
    ("Orsolya Fenn claimed that the taxi rides broke no rules.", True),
    ("Orsolya Fenn claimed the taxi rides were allowed.", True),
])
def test_for_after_a_cue(text: str, reports: bool) -> None:
    end = text.index(next(w for w in ("claimed", "argued", "insisted") if w in text))
    end += len(next(w for w in ("claimed", "argued", "insisted") if w in text))
    assert reports_statement(text, end) is reports


@pytest.mark.parametrize("text, reports", [
    # a day or a medium, a colon and a quote: the quote is the statement (dev d94)
    ('Pavo Kerrin insisted on Saturday: "We will find out who did this."', True),
    ('Pavo Kerrin insisted on Saturday night: "We will find out who did this."', True),
    ('Pavo Kerrin insisted on state television: "We will find out who did this."', True),
    # near misses: a noun object before the colon
    ('Pavo Kerrin insisted on one thing: "We will find out who did this."', False),
    ('Pavo Kerrin insisted on Sunday trading: "Shops must open."', False),
])
def test_a_days_adjunct_then_a_colon_and_quote(text: str, reports: bool) -> None:
    assert reports_statement(text, len("Pavo Kerrin insisted")) is reports


MOD = "framing.story.modifier"
WIRE = ("Brannex, the largest crypto exchange in Osterra, halted all customer withdrawals on "
        "Monday, leaving about 200,000 account holders unable to reach their funds.\n\n"
        "Chief executive Ivo Dallin said the freeze was a precaution.\n\n"
        "Customer deposits on the platform were estimated at 900 million crowns, according to "
        "figures Brannex filed in March.\n\n{}\n\n"
        "The exchange did not say when withdrawals would resume.")
ALLEGING = ("Brannex, the biggest crypto exchange in Osterra, froze all customer withdrawals on "
            "Monday, locking about 200,000 account holders out of their funds.\n\n"
            "Chief executive Ivo Dallin called the freeze a precaution.\n\n"
            "The trouble began last Tuesday, when an anonymous blog post alleged that Brannex "
            "held too little in reserve to cover deposits. Within days, customers had pulled "
            "out 300 million crowns.\n\n"
            "The exchange gave no date for withdrawals to resume.")


@pytest.mark.parametrize("label, plain, found", [
    # the plain outlet puts the same clause in question: no plain side
    ("'questioned whether'",
     "Analysts said the outflows began after an anonymous blog post last Tuesday questioned "
     "whether the exchange held enough reserves to cover deposits.", False),
    ("'denied that'",
     "Analysts said the outflows began last Tuesday, though the chief executive denied that "
     "the exchange held too little in reserves to cover deposits.", False),
    # near misses: the plain outlet states it, or reports it with a plain verb
    ("stated as fact",
     "Analysts said the outflows began after it emerged last Tuesday that the exchange held "
     "too little in reserves to cover deposits.", True),
    ("reported with 'said'",
     "Analysts said the outflows began after a blog post last Tuesday said the exchange "
     "held too little in reserves to cover deposits.", True),
    # review21b: a questioning or denying word in another clause before the stated one
    ("a denial in a relative clause closed before the statement",
     "Analysts, who had long questioned the exchange's rapid growth, said the outflows began "
     "after it emerged last Tuesday that the exchange held too little in reserves to cover "
     "deposits.", True),
    ("a denial in a clause before ', but'",
     "The chief executive denied any wrongdoing, but auditors confirmed last Tuesday that the "
     "exchange held too little in reserves to cover deposits.", True),
    ("near miss: a comma inside the questioned clause",
     "Analysts said the outflows began after an anonymous blog post last Tuesday questioned "
     "whether the exchange, which had grown fast, held enough reserves to cover deposits.",
     False),
    ("a question in another clause, before a semicolon",
     "Analysts questioned the outflows; they began last Tuesday, when the exchange held too "
     "little in reserves to cover deposits.", True),
])
def test_a_clause_put_in_question_is_no_plain_side(label: str, plain: str, found: bool) -> None:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=WIRE.format(plain)),
            Article(id="a2", source="t", outlet="Osk Herald", text=ALLEGING)]
    got = [f.summary for f in compare_articles(arts, Options(framing=True)).findings
           if f.detail.get("rule") == MOD and "alleged" in f.summary]
    assert bool(got) is found, (label, got)


# --- an admission's gist that leads into a quote the other outlet tells with "said" -------


PROFILE = "framing.story.attribution_profile"
STORY = "framing.story.attribution"
LEDE = ("Ferry crews of the Vella Line walked out in Port Tarn on Monday over three months of "
        "unpaid wages, halting every crossing to the Osk islands. The strike is the first on "
        "the Vella Line since 2019.\n\n")
QUOTE = ("\"We cannot say when the ferries will sail again, but the crews will be paid,\" "
         "he said.")
PLAIN = ("Transport Minister Ivo Brant said the government would meet union leaders on "
         "Thursday. " + QUOTE)


def _framing(a: str, b: str) -> dict[str, list[str]]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=LEDE + b)]
    out: dict[str, list[str]] = {}
    for f in compare_articles(arts, Options(framing=True)).findings:
        if f.type == "framing":
            out.setdefault(str(f.detail.get("rule")), []).append(f.summary)
    return out


@pytest.mark.parametrize("label, loaded, found", [
    ("'admitted' as the gist of the quote the plain outlet gives with 'said'",
     "Transport Minister Ivo Brant admitted that the timetable was out of his hands. " + QUOTE,
     True),
    ("'conceded' as the gist of that quote",
     "Transport Minister Ivo Brant conceded that nobody knew when crossings would resume. "
     + QUOTE, True),
    # near misses: the gist leads into nothing, into another quote, or into a further point
    ("near miss: the admission with no quote after it",
     "Transport Minister Ivo Brant admitted that the timetable was out of his hands.", False),
    ("near miss: the quote after it is another statement",
     "Transport Minister Ivo Brant admitted that the timetable was out of his hands. "
     "\"Our inspectors will check every hull in the fleet before winter,\" he said.", False),
    ("near miss: the quote after it is a further point ('added')",
     "Transport Minister Ivo Brant admitted that the timetable was out of his hands. "
     "\"We cannot say when the ferries will sail again, but the crews will be paid,\" he "
     "added.", False),
    ("near miss: the quote's speaker is another person",
     "Transport Minister Ivo Brant admitted that the timetable was out of his hands. "
     "\"We cannot say when the ferries will sail again, but the crews will be paid,\" "
     "union leader Dara Holm said.", False),
])
def test_an_admissions_gist_of_a_shared_quote(label: str, loaded: str, found: bool) -> None:
    got = _framing(PLAIN, loaded)
    hits = [s for r in (PROFILE, STORY) for s in got.get(r, []) if "Brant" in s]
    assert bool(hits) is found, (label, got)


# the plain outlet's quote over two sentences, the cue after the second
PLAIN_TWO = ("Transport Minister Ivo Brant said the government would meet union leaders on "
             "Thursday. \"We cannot say when the ferries will sail again. But the crews will be "
             "paid,\" he told reporters.")


def test_an_admissions_gist_of_a_quote_over_two_sentences() -> None:
    got = _framing(PLAIN_TWO, "Transport Minister Ivo Brant admitted that the timetable was "
                              "out of his hands. \"We cannot say when the ferries will sail "
                              "again,\" he said.")
    assert [s for r in (PROFILE, STORY) for s in got.get(r, []) if "Brant" in s], got


@pytest.mark.parametrize("plain, found", [
    # the matter is told in the quote's first sentence, the cue after the second
    ("\"Our ferries have no fuel. This is the worst winter we have seen,\" "
     "Transport Minister Ivo Brant told a news conference.", True),
    # near miss: the quote over two sentences tells another matter
    ("\"The crews will be paid by March. This is the worst winter we have seen,\" "
     "Transport Minister Ivo Brant told a news conference.", False),
])
def test_an_admission_against_a_quote_over_two_sentences(plain: str, found: bool) -> None:
    got = _framing(plain, "Transport Minister Ivo Brant admitted the ferries had run out "
                          "of fuel.")
    hits = [s for r in (PROFILE, STORY) for s in got.get(r, []) if "Brant" in s]
    assert bool(hits) is found, got
