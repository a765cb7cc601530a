"""Different claims behind shared words (storylens.claims; invented people, places, outlets).

Each false case is in the shape of a paraphrase group read wrong on fresh PolNeAR coverage
(s8 reader report, item 5), beside near misses that must stay paraphrases."""

from __future__ import annotations

import pytest

from storylens.align import align
from storylens.claims import _undescribed, different_claims, figures
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
    # descriptor: three claims on one tablet that share only who its owner is (s8 held-out
    # report, item 2): files found on it / a warrant to search it / whose files they are
    ("Mr. Quill's allies say he learned last week that investigators had discovered new files on a tablet "
     "belonging to Ms. Varga's estranged husband, Jon Orm.",
     "Indeed, the Velm police obtained a warrant to search the tablet of disgraced former Rep. Jon Orm, the "
     "estranged husband of Varga, who is one of Lind's top aides.", (), (), "descriptor"),
    ("Indeed, the Velm police obtained a warrant to search the tablet of disgraced former Rep. Jon Orm, the "
     "estranged husband of Varga, who is one of Lind's top aides.",
     "In fact, the files belong to her top aide, Ada Varga, who is married to Orm, a disgraced former "
     "councillor from Port Velling.", (), (), "descriptor"),
    # descriptor: one title before the name in both, two claims (a guest list / a verdict on him)
    ("The rally drew several guests, including Harbor Party vice presidential nominee Tomas Brenn.",
     "Lind called Harbor Party vice presidential nominee Tomas Brenn desperate and rude.", (), (), "descriptor"),
    # near miss: the same descriptor and the same claim ("pleaded guilty to sending threatening messages")
    ("Jon Orm, the estranged husband of Ada Varga, pleaded guilty on Friday to sending threatening messages "
     "to a judge.",
     "Varga's estranged husband Jon Orm pleaded guilty to sending threatening messages to a Velm judge.",
     (), (), None),
    # near miss: a verb before a title is no part of the description ("arrested former aide")
    ("The police arrested former aide Ada Varga on Monday.",
     "Ada Varga, a former aide to Mayor Lind, was arrested by police on Monday.", (), (), None),
    ("Velm police detain former aide Ada Varga over the leaked files.",
     "Ada Varga, a former aide to the mayor, was detained by Velm police over leaked files.", (), (), None),
    # near miss: a title before the name in both, one claim whose other words are names
    # (the bridge's) and a weekday (a unit table of test_align_links: "Mayor" is both
    # sentences' first word, so a plain word; only "closed" is plain besides)
    ("Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two of its pillars.",
     "Mayor Ilse Varga closed the Harbourview Bridge to all traffic on Monday.", (), (), None),
    # descriptor: one person by title, two claims; the rest shared is the person's own
    # name parts ("R-Vell") and none of what happened
    ("Senate Majority Leader Tarik Orm (R-Vell), who is married to Harbor Bank board member Ada Lind, is "
     "attempting to push a bill through the Senate.",
     '"Our assumption is that the veto will be overridden," Senate Majority Leader Tarik Orm, R-Vell, said Tuesday.',
     (), (), "descriptor"),
    # near miss: the description is the object of the one claim (a tribute to a late father);
    # read outside the gold set: a SemEval headline and its article's first sentence
    ("'Forever in my heart': Ada Varga pays tribute to late dad Jon",
     "Ada Varga has shared an emotional tribute to her late father Jon, revealing the tattoo she got in his "
     "honour.", (), (), None),
    # near miss: the people are the claim (who the parents are, where they come from): neither
    # sentence says anything besides its descriptions
    ("His mother, Lena Kovac, and his father, Ivo Kovac, are from Port Velling.",
     "The boy's mother Lena Kovac and father Ivo Kovac both come from Port Velling.", (), (), None),
    # one claim: the description one sentence gives its person ("the estranged husband of
    # Ada Varga") is the other's referent, with no name ("Varga's estranged husband"), as
    # a name shared by both would be (session 10 review item; session 11)
    ("Jon Orm, the estranged husband of Ada Varga, was detained in Velm by Tarn police on Monday.",
     "Tarn police arrested Varga's estranged husband in Velm on Monday.", (), (), None),
    # near misses (session 11 review): the person alone shared, or with one word beside it,
    # is no evidence of one claim ("detained" / "sued the Tarn Courier")
    ("Jon Orm, the estranged husband of Ada Varga, was detained on Friday.",
     "Ada Varga's estranged husband sued the Tarn Courier on Friday.", (), (), "descriptor"),
    ("Jon Orm, the estranged husband of Ada Varga, won the harbour regatta.",
     "Varga's estranged husband was detained by harbour police.", (), (), "descriptor"),
    ("Jon Orm, the estranged husband of Ada Varga, was detained in Velm on Monday.",
     "Police arrested Varga's estranged husband in Velm on Monday.", (), (), "descriptor"),
    ("Agents found new files on the tablet of Varga's estranged husband, Jon Orm.",
     "Investigators found new files on the tablet of Ada Varga's estranged husband.", (), (), None),
    # near miss: the referent shared by description, and the claims apart (files found on the
    # tablet / a warrant to search it): the pair shares no plain word beyond the person and
    # the tablet, as "Jon Orm's tablet" in both would; then both describing the named person
    # alike, the case the reason is for
    ("Agents found new files on the tablet of Varga's estranged husband, Jon Orm.",
     "The Velm police obtained a warrant to search the tablet of Ada Varga's estranged husband, Jon Orm.",
     (), (), "descriptor"),
    # near miss: an apposition headed by no person noun is the claim's object
    ("Mayor Ilse Varga visited Tarn Mining, the region's largest coal mine, on Friday.",
     "On Friday Varga toured the region's largest coal mine.", (), (), None),
]


@pytest.mark.parametrize(("a", "b", "sa", "sb", "reason"), CASES)
def test_different_claims(a: str, b: str, sa: tuple[str, ...], sb: tuple[str, ...], reason: str | None) -> None:
    assert different_claims(a, b, sa, sb) == reason
    assert different_claims(b, a, sb, sa) == reason


# (sentence, the sentence without its descriptions of people)
UNDESCRIBED = [
    ("Police found files on a tablet belonging to Ms. Varga's estranged husband, Jon Orm.",
     "Police found files on a tablet belonging to Ms. Jon Orm."),
    ("They searched the tablet of disgraced former Rep. Jon Orm, the estranged husband of Varga, on Monday.",
     "They searched the tablet of disgraced Jon Orm, on Monday."),
    # without a comma only title modifiers go: the phrase may be the claim's object
    ("She paid tribute to her late father Jon Orm.", "She paid tribute to her late Jon Orm."),
    ("The files belong to her top aide, Ada Varga, who is married to Orm, a former councillor from Port Velling.",
     "The files belong to Ada Varga, who is married to Orm,"),
    ("Orm, the husband of Varga who ran the campaign, resigned.", "Orm, who ran the campaign, resigned."),
    # verbs before a title stay; title modifiers go
    ("The police arrested former aide Ada Varga.", "The police arrested Ada Varga."),
    ("Agents went to arrest former aide Ada Varga.", "Agents went to arrest Ada Varga."),
    ("Agents came for questioning former aide Ada Varga.", "Agents came for questioning Ada Varga."),
    ("Harbor Party campaign chairman Tomas Brenn said the files were stolen.",
     "Tomas Brenn said the files were stolen."),
    # no person noun heads it: a place, a company, a list of names
    ("In Velm, the police arrested 12 people.", "In Velm, the police arrested 12 people."),
    ("Quill praised Tarn Mining, the largest coal company in Orm.", "Quill praised Tarn Mining, the largest coal company in Orm."),
    ("Quill, Varga and Orm signed the letter.", "Quill, Varga and Orm signed the letter."),
    ("Quill, an armed group backed by Orm, attacked.", "Quill, an armed group backed by Orm, attacked."),
]


@pytest.mark.parametrize(("text", "expected"), UNDESCRIBED)
def test_descriptions_of_people_are_taken_out(text: str, expected: str) -> None:
    assert _undescribed(text) == expected


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


def test_aligner_keeps_apart_two_claims_on_one_described_person() -> None:
    # linked by default (0.51) on "Harbor Party vice presidential nominee Tomas Brenn" alone;
    # the same description with the same claim ("pleaded guilty ...") still links
    guests = "The rally drew several guests, including Harbor Party vice presidential nominee Tomas Brenn."
    called = "Lind called Harbor Party vice presidential nominee Tomas Brenn desperate and rude."
    assert align([_doc(1, guests), _doc(2, called)])[0] == []
    pleaded = ("Jon Orm, the estranged husband of Ada Varga, pleaded guilty on Friday to sending threatening "
               "messages to a judge.")
    same = ("On Friday a Velm court heard Varga's estranged husband, Jon Orm, plead guilty to threatening a judge "
            "in messages he sent from his office.")
    groups, _ = align([_doc(1, pleaded), _doc(2, same)])
    assert [(g.kind, g.sentences) for g in groups] == [("paraphrase", ("a1:s0", "a2:s0"))]


def test_each_sentence_is_parsed_for_descriptions_once(monkeypatch) -> None:
    """``different_claims`` runs once per candidate pair, and no pair comes twice in a
    comparison (the 50-article speed case: 532 pairs, all different), but one sentence is
    in many pairs: its description parse (``claims.descriptors``) is made once per
    sentence and reading, not four times per pair (session 10). Same answers either way."""
    from storylens import claims

    clear = getattr(claims._undescribed, "cache_clear", lambda: None)
    clear()
    calls: list[str] = []
    real = claims.descriptors
    monkeypatch.setattr(claims, "descriptors", lambda text: calls.append(text) or real(text))
    hub = "Port Vell mayor Ada Orm, a former ferry captain, closed the harbour bridge on Monday."
    others = [
        "Ada Orm, the former ferry captain, reopened the harbour bridge to buses.",
        "The harbour bridge was closed by Ada Orm, a former ferry captain, after a crash.",
        "Former ferry captain Ada Orm said the harbour bridge would stay shut all week.",
    ]
    got = [different_claims(hub, o) for o in others]
    assert len(calls) <= 2 * (1 + len(others))  # two readings (names kept, names out) a sentence
    clear()
    monkeypatch.setattr(claims, "descriptors", real)
    assert got == [different_claims(hub, o) for o in others]
