"""real29 (session 29): a same-day piece on another event of the story's actor carries an omission.

Seen on real pages (article-extraction dev: three reports of a space agency adding companies to
its lunar delivery programme, beside a same-day feature on the same agency's big rocket): with
``--fact-coverage`` one report was told it "leaves out" the agency head, "which 2 other outlets
give", the second of them the rocket feature, which names the head at a hearing on the rocket.
The feature shares no sentence of the event; the story warning keeps it (names of the story in
common; dated with the others, so ``coverage._stray`` never weighs it), and the omission finder
counts every kept article as a carrier (``coverage._classify_uncached``: "who may give or carry
a fact: any article the story warning keeps").

Invented: the Orvane Space Agency adds four firms to its lunar cargo programme (three reports,
one quoting director Lisbet Marrow); the fourth piece, the same day, tells the agency's Tarrow
rocket milestone and quotes Marrow at a hearing. Wanted: no "leaves out Lisbet Marrow" line
(only one outlet gives her on this event). Near misses that pass on main: the three reports
alone give no such line; an on-story fourth report that quotes Marrow on the programme keeps
it (two outlets on the story give her).

The first two rows fail on main by design (a row for the lead, not a fix).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

DAY = "2026-05-11"

WIRE = ("Orvane Space Agency adds four firms to lunar cargo programme", [
    "The Orvane Space Agency on Monday added four companies to its lunar cargo programme, letting "
    "them bid to carry science instruments to the moon's surface.",
    '"Small and large firms alike now have a seat on our lunar return," agency director Lisbet Marrow '
    "said in a statement.",
    "The four newcomers are Kestrel Dynamics, Halden Orbital, Brisk Lunar and Pell Aerospace.",
    "They join nine firms chosen last year, bringing the programme to 13 companies.",
    "The programme has a ceiling of 2.1 billion crowns over ten years.",
])
TRADE = ("Space agency widens moon delivery contract to 13 firms", [
    "The Orvane Space Agency said on Monday that four more companies had joined its contract for "
    "commercial deliveries to the moon.",
    "Kestrel Dynamics, Halden Orbital, Brisk Lunar and Pell Aerospace were picked from seven firms "
    "that applied.",
    "The contract, worth up to 2.1 billion crowns over ten years, now has 13 companies.",
    "Each firm can now compete for individual delivery orders, the agency said.",
    "Kestrel Dynamics plans to offer its large Ferro lander for heavier cargo.",
])
ANALYSIS = ("Moon shot: agency enlists rocket start-ups", [
    "Reaching the moon is old news; living there is the hard part.",
    "That is why the Orvane Space Agency on Monday enlisted four start-ups, among them Kestrel "
    "Dynamics and Halden Orbital, to carry cargo to the surface of the moon.",
    "The four companies join a contract worth up to 2.1 billion crowns.",
    "Critics doubt that a crewed landing by 2028 is feasible.",
    "Kestrel Dynamics founder Otto Renn has long argued for a permanent base on the moon.",
])


def _rocket(hearing: str, quote: str) -> tuple[str, list[str]]:
    """The same agency's rocket milestone, the same day: another event, naming Marrow."""
    return ("A bigger job for the Tarrow rocket", [
        "Earlier this month, the Orvane Space Agency reached a new stage in building its Tarrow "
        "heavy rocket: workers finished fitting the four engines to its core stage.",
        "The stage will soon be shipped to the Brenmoor test site for a full-power firing next summer.",
        f"At a parliamentary hearing, agency director Lisbet Marrow said {hearing}.",
        f'"{quote}," Marrow told the committee.',
        "Each Tarrow launch is expected to cost about 900 million crowns.",
        "Kestrel Dynamics, Halden Orbital and Pell Aerospace argue that their own rockets could do "
        "the job for a fraction of that.",
    ])


ON_STORY = ("Four companies join Orvane's lunar cargo contract", [
    "Four more companies can now bid to fly cargo to the moon after the Orvane Space Agency "
    "widened its delivery contract on Monday.",
    '"Every one of these firms has flown hardware before," agency director Lisbet Marrow told '
    "reporters at the launch centre.",
    "Kestrel Dynamics, Halden Orbital, Brisk Lunar and Pell Aerospace join the nine firms picked "
    "last year.",
    "The first delivery under the contract is planned for 2027.",
])


def _marrow_omissions(*stories: tuple[str, list[str]]) -> list[str]:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", title=title,
                    published=DAY, text="\n\n".join(paras))
            for i, (title, paras) in enumerate(stories)]
    comp = compare_articles(arts, replace(Options(), fact_coverage=True))
    return [f.summary for f in comp.findings if f.type == "omission" and "Lisbet Marrow" in f.summary]


@pytest.mark.parametrize("feature", [
    _rocket("the Tarrow was the only rocket able to fly crews to the moon by 2028",
            "There is no other vehicle that can do this job"),
    _rocket("the Tarrow would be ready for its first flight in 2028",
            "We have kept every test date this year"),
])
def test_a_same_day_piece_on_another_event_carries_no_omission(feature):
    # fails on main: "Outlet B leaves out Lisbet Marrow, which 2 other outlets give" (A and D)
    assert _marrow_omissions(WIRE, TRADE, ANALYSIS, feature) == []


def test_near_miss_the_three_reports_alone_leave_out_nothing_of_marrow():
    assert _marrow_omissions(WIRE, TRADE, ANALYSIS) == []


def test_near_miss_an_on_story_fourth_that_quotes_marrow_keeps_the_omission():
    got = _marrow_omissions(WIRE, TRADE, ANALYSIS, ON_STORY)
    assert any(s.startswith("Outlet B leaves out Lisbet Marrow") for s in got)
