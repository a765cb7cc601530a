"""What the default coverage summary may list, and how it names it (``findings/fact_labels.py``).

Invented two-outlet stories. Each false case seen on real pairs (a bare "192", a figure
from a channel name, clause numbers, a war or a stadium typed as a person, a quote whose
speaker is a guessed antecedent or a place, a casualty word measuring money, two rows for
one outlet) sits beside a near miss that must still be listed.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from storylens.findings import coverage as C
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.report.terminal import render

LEDE = "Floods in the Vella delta forced thousands of families from their homes on Monday, officials said."
OTHER = [
    LEDE,
    "Rescue boats from Tarn joined the effort in the delta on Tuesday morning.",
    "\u201cWe have asked for more boats and more pumps from the neighbouring provinces,\u201d Dara Quill said.",
    "\u201cThe water is still rising along the whole eastern bank,\u201d Governor Pell Varro said in a statement.",
    "Residents said the water rose faster than they had ever seen it before.",
    "Three dozen food trucks fed the volunteers at the school camps, organisers said.",
    "Customers of Harbour could not reach their accounts during the flood, the bank said.",
    "“We will keep the port open as long as the cranes stand,” said Oren Tallis, the port director.",
]
NUMBERS = [
    LEDE,
    "The floods killed 28 people in the river towns of the delta, the relief agency said.",
    "The navy sent 40 to 50 river barges and a fleet of tugs to the towns.",
    "7SkyForce HD flew over the scene where rescuers could be seen near the bridge.",
    "Over 1,800 personnel were sent to the delta during the first night.",
    "The governor referred to Clause 2 of Article 245 of the charter in a short statement.",
    "The mayor now lives with Anne Corbett in a £6 million house on the hill.",
    "The total had reached 40 by Friday, the office added in its evening update.",
    "The repairs to the embankment will cost 9 million crowns, the treasury said.",
    "VRX 20 owners were told to move their cars above the flood line by the dealer.",
    "The old bell of the town hall rang out 12 times when the dykes broke on Monday.",
    "More than 40 food trucks fed the volunteers at the school camps, the council said.",
]
NAMES = [
    LEDE,
    "Minister of State Corin Hale said the army would move into the delta at dawn.",
    "Hale told reporters that the first convoys had already left the capital.",
    "Spokeswoman Ilse Marrow said crews had reached every village by nightfall.",
    "The last flood this size came during the Second Tarn War and lasted a month.",
    "Crowds at the Vella Bowl watched the river rise over the car parks on Monday.",
    "\u201cWe have never seen water rise this fast in the whole of the delta,\u201d he said after the briefing.",
    "\u201cThe dykes held for a day and then the river simply took the whole embankment,\u201d Dara Quill said.",
    "\u201cWe are moving every family on the eastern bank to the schools tonight,\u201d Pell Varro said.",
    "If anyone threatens Vella, \u201cwe will stand on the dykes with our own hands and hold them,\u201d the crowd chanted.",
    "\u201cNobody in the lower town has slept since the sirens started on Sunday night,\u201d Ilse Marrow said.",
    "The Vella Bowl stayed shut on Tuesday while engineers checked the stands.",
    "The Second Tarn War ended in the spring of that year, the museum notes.",
    "“Every pump we own is running and we have asked Tarn for forty more,” Marrow said.",
    "The Harbour Banking Group closed its branches in the lower town on Monday.",
    "The Lowland Relief Agency opened six shelters in the schools of the upper town.",
    "“The port will stay open for the relief boats whatever happens,” Oren Tallis said.",
    "The Lowland Relief Agency and the Harbour Banking Group will share the cost of the shelters.",
]


def _summary(first: list[str], outlets=("Delta Post", "River News")):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate(zip(outlets, (first, OTHER), strict=True))]
    return compare_articles(arts, Options())


@pytest.fixture(autouse=True)
def _all_listed(monkeypatch):
    monkeypatch.setattr(C, "SUMMARY_TOP", 50)  # see every listed fact, not the top 3


def _labels(comp, article="a1", column="only_here_top"):
    cov = coverage_summary(comp)
    o = next(o for o in cov["outlets"] if o["article"] == article)
    return [t["label"] for t in o[column]]


def test_a_number_is_listed_with_its_measure_or_not_at_all():
    labels = _labels(_summary(NUMBERS))
    assert "killed 28 people" in labels  # the measure word before, the plain noun after
    assert "40 to 50 river barges" in labels  # the two ends of a range stay together
    assert "1,800 personnel" in labels  # a sentence's first word is no label ("Over")
    assert "cost 9 million crowns" in labels
    text = " ".join(labels)
    assert "40 by" not in text and not any(x == "40" for x in labels)  # no measure: not listed
    # a figure glued to a name ("7SkyForce HD"), a clause or article number
    assert not any(x.startswith(("7", "2", "245")) for x in labels), labels
    # a casualty word ("lives") does not measure money: the house price has no measure
    assert not any("6 million" in x for x in labels), labels
    # a model's name ("VRX 20"), how often ("12 times"), and a count of a thing the other
    # outlet counts too ("40 food trucks" / "three dozen food trucks": a possible conflict)
    assert not any(x.startswith(("20", "12")) or "food trucks" in x for x in labels), labels


def test_the_omitting_outlet_lists_the_same_labels():
    # with two outlets "leaves out" needs the other to tell the figure's sentence without
    # it (the omission finder's rule, one definition): then the label is the same
    told = OTHER[:1] + ["The floods killed people in the river towns of the delta, the relief "
                        "agency said."] + OTHER[1:]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate(zip(("Delta Post", "River News"), (NUMBERS, told),
                                           strict=True))]
    comp = compare_articles(arts, Options())
    assert "killed 28 people" in _labels(comp, "a2", "omits_top")
    # a figure the other outlet never tells is the first outlet's addition, not the
    # other's omission
    assert "killed 28 people" not in _labels(_summary(NUMBERS), "a2", "omits_top")


def test_names_need_evidence_that_they_are_people():
    labels = _labels(_summary(NAMES))
    # she is quoted too: one line for the person and her quotes (s7)
    assert "Ilse Marrow (spokeswoman), quoted" in labels
    # a war and a stadium the name analysis may guess to be people
    assert not any("War" in x or "Bowl" in x for x in labels), labels
    # "Minister of State Corin Hale": the title's last word is not the name's first
    assert "Corin Hale (minister of state)" in labels, labels
    # an organisation whose words say so ("Agency"), which the other outlet does not name ...
    assert "Lowland Relief Agency" in labels
    # ... and not one the other outlet names by its brand ("Harbour")
    assert not any("Harbour" in x for x in labels), labels


def test_quotes_are_listed_as_a_speaker_only_this_outlet_quotes():
    labels = _labels(_summary(NAMES))
    # listed as a person too: one line, "…, quoted" (s7; was two lines)
    assert "Ilse Marrow (spokeswoman), quoted" in labels
    assert "quotes from Ilse Marrow" not in labels
    # Dara Quill speaks in both outlets; Pell Varro "said in a statement" in the other one
    # (no quote found there, a speech verb is enough), Oren Tallis with the verb first
    # ("said Oren Tallis"); "he said" is a guessed antecedent; "Vella" is the place the
    # chant names, not a speaker; Ilse Marrow's two quotes are one line
    assert not any(x in labels for x in ("quotes from Dara Quill", "quotes from Pell Varro",
                                         "quotes from Oren Tallis", "quotes from Vella")), labels
    assert sum("Ilse Marrow" in x for x in labels) == 1, labels
    assert not any(x.startswith("quotes from") for x in labels), labels


def test_two_articles_of_one_outlet_are_two_labelled_rows():
    comp = _summary(NUMBERS, outlets=("Delta Post", "Delta Post"))
    cov = coverage_summary(comp)
    assert [o["label"] for o in cov["outlets"]] == ["Delta Post (a1)", "Delta Post (a2)"]
    buf = io.StringIO()
    render(comp, Console(file=buf, width=120, color_system=None))
    out = buf.getvalue()
    assert "Delta Post (a1)" in out and "Delta Post (a2)" in out
    # each listed fact on its own line of the cell, whole
    assert "· killed 28 people" in out
    one = _summary(NUMBERS)
    assert [o["label"] for o in coverage_summary(one)["outlets"]] == ["Delta Post", "River News"]


def test_html_shows_labels_rows_and_what_is_left_out():
    from storylens.report.html import render_html

    page = render_html(_summary(NUMBERS, outlets=("Delta Post", "Delta Post")))
    assert ">Delta Post (a1)<" in page and ">Delta Post (a2)<" in page
    # the fact as a label in "only here" (a1); one outlet's other article leaves out
    # nothing its own outlet gives (the omission finder's rule: an outlet counts once)
    assert page.count(">killed 28 people</a>") == 1
    told = OTHER[:1] + ["The floods killed people in the river towns of the delta, the relief "
                        "agency said."] + OTHER[1:]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate(zip(("Delta Post", "River News"), (NUMBERS, told),
                                           strict=True))]
    page = render_html(compare_articles(arts, Options()))
    # in "only here" (a1) and in "leaves out" (a2, which tells the sentence without it)
    assert page.count(">killed 28 people</a>") == 2


def test_a_speech_verb_taken_into_a_name_is_dropped_and_the_name_is_carried():
    # a social-media credit line glued to the name ("Ravi Shankar Prasad Tweeted by @…")
    names = [*NAMES[:1],
             "Evacuations will go on, says Harbour Minister Sela Brandt Tweeted by the ministry at noon.",
             *NAMES[1:2],
             "Tweeted by @VRN Harbour Minister Sela Brandt has said the camps in the upper town are full.",
             *NAMES[2:]]
    labels = _labels(_summary(names))
    assert "Sela Brandt (minister)" in labels and not any("Tweeted" in x for x in labels)
    arts = [Article(id="a1", source="t", outlet="Delta Post", text="\n\n".join(names)),
            Article(id="a2", source="t", outlet="River News", text="\n\n".join(
                [*OTHER, "Brandt said the camps in the upper town could take no more families."]))]
    labels = _labels(compare_articles(arts, Options()))
    assert not any("Brandt" in x for x in labels), labels  # "Brandt said" there: carried


def test_a_title_keeps_its_qualifier():
    # s8 held-out report item 1: "Assistant Attorney General Peter Kadzik" was listed as
    # "(attorney general)", the office of another person the articles name. A qualifier
    # ("Assistant", "Acting") belongs to the title; a plain title stays as it was.
    names = [*NAMES[:3],
             "Assistant Attorney General Ivo Brant wrote to the council on Monday night.",
             "Brant said the delta towns would get federal money within the week.",
             "Acting Governor Mara Tell declared an emergency in the three river towns.",
             *NAMES[3:]]
    labels = _labels(_summary(names))
    assert "Ivo Brant (assistant attorney general)" in labels, labels
    assert "Mara Tell (acting governor)" in labels, labels
    assert "Corin Hale (minister of state)" in labels, labels  # near miss: unchanged
    assert not any("(attorney general)" in x or "(governor)" in x for x in labels), labels
