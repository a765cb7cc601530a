"""One group named by a loaded label in one outlet and by who they are in another
(``framing.story.group_label``, ``--descriptors``, off by default; issue 12, item 1).
Invented text: a fictional protest over a ferry fare rise in Port Saldo. Near misses, one
for each step of the link (findings/group_labels.py): two groups both present in one
outlet, the label inside a speaker's quote or a reported framing, a label for a past
group ("former"), a denial ("were not rioters"), other people of the story
doing no group act ("residents fled"), a label on a group that speaks ("were quick to
blame"), a plain outlet that uses the label itself, and two articles of two events."""

from __future__ import annotations

import pytest
from support import framings_between

from storylens.options import Options

pytestmark = pytest.mark.usefixtures("framing_on")

ON = Options(framing=True, story_framing=True, descriptors=True)
LEDE = ("Ferry fares between Port Saldo and Vennor Island rose by 40 percent on Monday, the "
        "third rise in two years.\n\n")
OTHER_LEDE = ("A new footbridge over the Saldo river opened in Port Saldo on Monday after "
              "three years of work.\n\n")
PLAIN = ("Hundreds of ferry workers marched along the Saldo quay on Tuesday evening, blocking "
         "the ticket halls for two hours.")
LOADED = "Agitators blocked the ticket halls on the Saldo quay for two hours on Tuesday evening."
RIOT = ("Rioters smashed the windows of the ticket halls on the Saldo quay on Tuesday evening "
        "and hurled bottles at police.")

CASES = [
    # (id, Harbour Post's text, Osk Herald's text, a finding expected)
    ("workers marched vs agitators blocked", LEDE + PLAIN, LEDE + LOADED, True),
    ("people blocking vs rioters smashed",
     LEDE + "Several hundred people protested on the Saldo quay on Tuesday evening and "
            "blocked the ticket halls.", LEDE + RIOT, True),
    ("the mob, a loaded collective noun",
     LEDE + PLAIN,
     LEDE + "A mob blocked the ticket halls on the Saldo quay for two hours on Tuesday "
            "evening.", True),
    ("near miss: the labelling outlet names both groups in one sentence",
     LEDE + PLAIN,
     LEDE + "Ferry workers marched along the Saldo quay on Tuesday evening, and later rioters "
            "smashed the windows of the ticket halls.", False),
    ("near miss: the labelling outlet names the plain group in a linked sentence",
     LEDE + PLAIN,
     LEDE + "Hundreds of ferry workers marched peacefully along the Saldo quay on Tuesday "
            "evening. " + RIOT, False),
    ("near miss: the label inside a speaker's quote",
     LEDE + PLAIN,
     LEDE + '"Rioters smashed the windows of the ticket halls," said harbour master Edda Lunn '
            "of the Saldo quay on Tuesday evening.", False),
    ("near miss: a reported framing",
     LEDE + PLAIN,
     LEDE + "The ferry company described the marchers as agitators who blocked the ticket "
            "halls on the Saldo quay on Tuesday evening.", False),
    ("near miss: the label in reported speech",
     LEDE + PLAIN,
     LEDE + "Harbour police said rioters smashed the windows of the ticket halls on the Saldo "
            "quay on Tuesday evening.", False),
    ("near miss: a past group, former agitators",
     LEDE + PLAIN,
     LEDE + "Two former agitators from the 2019 dock strike joined the march on the Saldo quay "
            "on Tuesday evening.", False),
    ("near miss: a denial, were not rioters",
     LEDE + PLAIN,
     LEDE + "The marchers on the Saldo quay on Tuesday evening were not rioters, the harbour "
            "police said of the blocked ticket halls.", False),
    ("near miss: other people doing no group act",
     LEDE + "Residents of the Saldo quay fled their homes on Tuesday evening as the ticket "
            "halls were smashed.",
     LEDE + RIOT, False),
    ("near miss: a label on a group that speaks",
     LEDE + "Families gathered outside the ticket halls on the Saldo quay on Tuesday evening.",
     LEDE + "Union agitators were quick to blame the ferry company for the fare rise, handing "
            "out leaflets outside the ticket halls on the Saldo quay on Tuesday evening.",
     False),
    ("near miss: the plain outlet uses the label too",
     LEDE + PLAIN + " Later, rioters smashed two windows.",
     LEDE + LOADED, False),
    ("young men set fire vs rioters smashed",
     LEDE + "Groups of young men set fire to the ticket halls on the Saldo quay on Tuesday "
            "evening and threw stones at police.", LEDE + RIOT, True),
    ("a label after 'as' in the outlet's own voice",
     LEDE + PLAIN,
     LEDE + "Two officers were hurt on Tuesday evening as agitators blocked the ticket halls "
            "on the Saldo quay.", True),
    ("near miss: the noun after 'of' is no doer",
     LEDE + "Relatives of ferry workers gathered on the Saldo quay on Tuesday evening outside "
            "the ticket halls.", LEDE + RIOT, False),
    ("near miss: an armed group's label against civilians",
     LEDE + "Ferry workers gathered outside the ticket halls on the Saldo quay on Tuesday "
            "evening.",
     LEDE + "Terrorists stormed the ticket halls on the Saldo quay on Tuesday evening.", False),
    ("near miss: rioters of another year",
     LEDE + PLAIN,
     LEDE + "Rioters smashed the windows of the ticket halls on the Saldo quay in 2019 and "
            "hurled bottles at police.", False),
    ("near miss: rioters of another place on the same evening",
     LEDE + "Hundreds of ferry workers marched along the Saldo quay on Tuesday evening.",
     LEDE + "In the capital Orvena, rioters smashed shop windows on Tuesday evening in a "
            "separate protest over pensions.", False),
    ("near miss: fishermen protesting, and poachers' boats seized by the navy",
     LEDE + "Fishermen blocked the Saldo harbour mouth on Tuesday evening in protest at the "
            "new quotas.",
     LEDE + "The navy seized two boats of looters off the Saldo harbour mouth on Tuesday "
            "evening.", False),
    # review20c: the label told in another's voice without a cue before it
    ("near miss: a trailing cue, police said",
     LEDE + PLAIN,
     LEDE + "Rioters smashed the windows of the ticket halls on the Saldo quay on Tuesday "
            "evening, harbour police said.", False),
    ("near miss: according to the coastguard",
     LEDE + PLAIN,
     LEDE + "According to the coastguard, rioters smashed the windows of the ticket halls on "
            "the Saldo quay on Tuesday evening.", False),
    ("near miss: a crowd that may come, not one that came",
     LEDE + PLAIN,
     LEDE + "Shopkeepers on the Saldo quay boarded up on Tuesday evening, fearing the march "
            "would draw rioters who smash the windows of the ticket halls.", False),
    ("a month named May is no modal",
     LEDE + PLAIN,
     LEDE + "As in May, rioters smashed the windows of the ticket halls on the Saldo quay on "
            "Tuesday evening.", True),
    ("near miss: the labelling outlet tells the march apart, looters after dark",
     LEDE + PLAIN,
     LEDE + "The march along the Saldo quay on Tuesday evening passed off peacefully. After "
            "dark, looters smashed the windows of the ticket halls on the Saldo quay.", False),
    ("near miss: a march by day, looters after dark",
     LEDE + "Hundreds of ferry workers marched along the Saldo quay on Tuesday afternoon, "
            "blocking the ticket halls.",
     LEDE + "After dark on Tuesday, looters smashed the windows of the ticket halls on the "
            "Saldo quay.", False),
    ("an aside about another is no attribution of the label",
     LEDE + PLAIN,
     LEDE + "Rioters smashed the windows of the ticket halls on the Saldo quay on Tuesday "
            "evening after a deckhand who, the company says, broke the picket was sacked.",
     True),
    ("an outlet that calls the event a protest and its people agitators",
     LEDE + PLAIN,
     LEDE + "The fare protest on the Saldo quay drew a large crowd on Tuesday evening. "
            + LOADED, True),
    ("near miss: two events, nothing shared",
     OTHER_LEDE + "Hundreds of cyclists gathered on the new footbridge for its opening on "
                  "Monday morning.",
     LEDE + RIOT, False),
]


def _labels(a: str, b: str) -> list[str]:
    return [f.summary for f in framings_between("", a, b, options=ON)
            if f.detail.get("rule") == "framing.story.group_label"]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_group_labels(case):
    _id, a, b, want = case
    got = _labels(a, b)
    assert bool(got) is want, got


def test_group_label_names_both_words():
    (summary,) = _labels(LEDE + PLAIN, LEDE + LOADED)
    assert "'Agitators'" in summary and "'workers'" in summary


def test_group_label_pairs_the_group_doing_its_act():
    """Where the plain outlet tells two groups, marchers and a few who smashed windows,
    the label that smashed is set against the ones who smashed, not the marchers."""
    plain = (LEDE + "Hundreds of ferry workers marched along the Saldo quay on Tuesday evening, "
             "singing union songs. Later a handful of youths smashed the windows of the ticket "
             "halls on the Saldo quay.")
    (summary,) = _labels(plain, LEDE + RIOT)
    assert "'youths'" in summary and "'workers'" not in summary, summary


def test_off_by_default():
    found = framings_between("", LEDE + PLAIN, LEDE + LOADED,
                             options=Options(framing=True, story_framing=True))
    assert not [f for f in found if f.detail.get("rule") == "framing.story.group_label"]


def test_headline_label_is_not_compared(tmp_path):
    """A label in a headline is the desk's headline, not the report: the body of the
    labelling outlet says only that the halls were shut (files cleaned as
    ``storylens compare`` cleans them, so the first line is the headline)."""
    from storylens.pipeline import compare

    (tmp_path / "post.txt").write_text(
        "Ferry fare rise brings marchers to Saldo quay\n\n" + LEDE + PLAIN + "\n",
        encoding="utf-8")
    (tmp_path / "herald.txt").write_text(
        "Agitators shut Saldo quay ticket halls\n\n" + LEDE
        + "The ticket halls on the Saldo quay were shut for two hours on Tuesday evening.\n",
        encoding="utf-8")
    comp = compare([tmp_path / "post.txt", tmp_path / "herald.txt"], ON)
    assert any(s.block == "headline" and "Agitators" in s.text
               for d in comp.documents for s in d.sentences)
    assert not [f for f in comp.findings if f.detail.get("rule") == "framing.story.group_label"]
    # the same words in the body are compared
    (tmp_path / "herald.txt").write_text(
        "Ferry fare protest shuts Saldo quay\n\n" + LEDE + LOADED + "\n", encoding="utf-8")
    comp = compare([tmp_path / "post.txt", tmp_path / "herald.txt"], ON)
    assert [f for f in comp.findings if f.detail.get("rule") == "framing.story.group_label"]
