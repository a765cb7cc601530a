"""Different claims behind shared words (storylens.claims; invented people, places, outlets).

Each false case is in the shape of a paraphrase group read wrong on fresh PolNeAR coverage
(s8 reader report, item 5), beside near misses that must stay paraphrases."""

from __future__ import annotations

import pytest

from storylens.align import align
from storylens.claims import different_claims, figures
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.segment import segment

# (a, b, speakers of a, speakers of b, the reason expected; None: no reason)
CASES = [
    # figures: two polls, every figure different (one poll's 46/44 against another's 42/38)
    ("Among likely voters, 46 percent would choose Marta Lind and 44 percent would back Olaf Brenn, "
     "while 5 percent prefer Ada Kov.",
     "In the Harbor Institute survey, Lind was supported by 42 percent, Brenn by 38 percent and Kov by 3 percent.",
     (), (), "figures"),
    # near miss: the same figures reworded ("percent" against "%")
    ("Among likely voters, 46 percent would choose Marta Lind and 44 percent would back Olaf Brenn.",
     "Lind leads Brenn 46% to 44% among likely voters, the survey found.", (), (), None),
    # near miss: one figure each, different: a fact conflict over one claim, kept for the
    # fact_conflict finding
    ("The Velm ferry fire killed 12 people on Monday.", "At least 14 people died in the Velm ferry fire on Monday.",
     (), (), None),
    # near miss: a rounded figure of the other ("more than 11,000" of "11,017")
    ("Governor Tessa Quill granted more than 11,000 pardons on Tuesday, the first of 40 rounds.",
     "On Tuesday Quill granted 11,017 pardons, the first round of a planned 700,000.", (), (), None),
    # near miss: a figure written as a word in the other ("four" against "4")
    ("Four ministers and 12 aides resigned from the Brenn cabinet on Friday.",
     "The Brenn cabinet lost 4 ministers on Friday, and 9 aides quit with them.", (), (), None),
    # near miss: years are dates, not figures ("in 2015" / "in 2019" plus one count each)
    ("In 2015 the Velm council approved 300 new homes.", "The Velm council approved 300 homes in 2019 and 40 more in 2021.",
     (), (), None),
    # speaker: the same words in two named mouths (a campaign aide's against the candidate's)
    ('Rolf Adair, who runs Lind\'s veterans outreach, said, "Brenn has been disrespecting our sailors for '
     'decades and is unfit to lead the navy."',
     'She says it shows that Brenn is "unfit to lead the navy."', ("Rolf Adair",), ("Marta Lind",), "speaker"),
    # near miss: one person, full name against surname
    ('Marta Lind said Brenn is "unfit to lead the navy."', 'Brenn is "unfit to lead the navy," Lind told reporters.',
     ("Marta Lind",), ("Lind",), None),
    # near miss: a speaker not resolved in one sentence
    ('Marta Lind said Brenn is "unfit to lead the navy."', 'Brenn is "unfit to lead the navy," she said.',
     ("Marta Lind",), (), None),
    # background: one sentence tells the other's people and act only in a relative clause,
    # as background to another claim (charged against criticised)
    ("On Thursday, Officer Dana Merrow, who shot and killed 40-year-old Eli Stroud in Velm last week, "
     "was charged with first-degree manslaughter.",
     "On the Harbor Morning Show on Tuesday, Lind criticized Velm police officer Dana Merrow for shooting "
     "and killing Eli Stroud, a 40-year-old unarmed man.", (), (), "background"),
    # near miss: the other sentence's claim is what the relative clause tells (covered)
    ("Mayor Ilse Varga praised Tarn Mining, the region's largest coal company, which filed for bankruptcy in April.",
     "Many of the region's largest coal companies have filed for bankruptcy.", (), (), None),
    # near miss: the main clause shares the act ("charged") with the other sentence
    ("On Thursday, Officer Dana Merrow, who shot Eli Stroud in Velm last week, was charged with manslaughter.",
     "Prosecutors charged Officer Dana Merrow with manslaughter for shooting Eli Stroud.", (), (), None),
    # near miss: no relative clause, the same claim reworded
    ("Officer Dana Merrow shot and killed Eli Stroud in Velm last week.",
     "Eli Stroud was shot dead by Velm officer Dana Merrow last week.", (), (), None),
]


@pytest.mark.parametrize(("a", "b", "sa", "sb", "reason"), CASES)
def test_different_claims(a: str, b: str, sa: tuple[str, ...], sb: tuple[str, ...], reason: str | None) -> None:
    assert different_claims(a, b, sa, sb) == reason
    assert different_claims(b, a, sb, sa) == reason


def test_figures_are_canonical_and_leave_out_years() -> None:
    assert figures("In 2016, 1,200 voters and 46.50 percent of 14.7 million viewers") == {"1200", "46.5", "14.7"}


def _doc(i: int, text: str):
    return segment(Article(id=f"a{i}", source=f"t{i}", outlet=f"Outlet {i}", text=text))


def test_aligner_keeps_two_polls_apart_and_one_poll_together() -> None:
    # with every paraphrase link on, the two polls linked as a paraphrase (0.45) before
    # the figures test; the same poll's figures reworded still link
    poll_a = ("Among likely voters in a four-way race, 46 percent back Marta Lind and 44 percent back Olaf Brenn, "
              "while 5 percent prefer Ada Kov of the Harbor Party.")
    other = ("When the poll asked about all four candidates, Marta Lind was supported by {} percent of those "
             "responding, while Olaf Brenn received {} percent support and Harbor Party candidate Ada Kov {} percent.")
    opts = Options(paraphrases=True)
    assert align([_doc(1, poll_a), _doc(2, other.format(42, 38, 3))], opts)[0] == []
    groups, _ = align([_doc(1, poll_a), _doc(2, other.format(46, 44, 5))], opts)
    assert [(g.kind, g.sentences) for g in groups] == [("paraphrase", ("a1:s0", "a2:s0"))]


def test_pipeline_keeps_two_speakers_of_one_phrase_apart() -> None:
    aide = ('Rolf Adair, who runs the Lind campaign\'s veterans outreach, said, "Olaf Brenn has been disrespecting our '
            'sailors for decades, proving he is temperamentally unfit to lead the navy."')
    lind = 'Marta Lind said on Monday that Olaf Brenn is "temperamentally unfit to lead the navy."'
    same = 'Rolf Adair said that Olaf Brenn is "temperamentally unfit to lead the navy" after decades of disrespect.'
    arts = [Article(id="a1", source="t1", outlet="Velm Courier", text=aide),
            Article(id="a2", source="t2", outlet="Harbor Ledger", text=lind)]
    opts = Options(paraphrases=True)
    assert compare_articles(arts, opts).alignments == ()
    arts[1] = Article(id="a2", source="t2", outlet="Harbor Ledger", text=same)
    assert [g.sentences for g in compare_articles(arts, opts).alignments] == [("a1:s0", "a2:s0")]
