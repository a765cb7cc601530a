"""Two outlets print one statement in their own house style: a contraction spelled out or
not ("We'll" / "We will", "don't" / "do not", "it's" / "it is", "can't" / "cannot"), capitals,
curly or straight quote marks, an em dash or a hyphen, "…" or "...", an editor's "[the]"
or "(sic)". None of it is a change of the shared words. Near misses: a contraction that
changes what is said ("We'll" / "We won't", "don't" / "didn't", "It's" / "It was") is
never the same words, and a possessive "'s" is no "is". Invented articles (fictional
Velmora, its mayor Ilsa Dravnik)."""

from __future__ import annotations

import pytest
import support

from storylens.rules.contractions import expand

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The mayor of Velmora spoke to reporters on Thursday about the unfinished toll bridge."
LEAD_B = "Velmora's mayor attacked the regional council over the toll bridge on Thursday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Velmora Courier", "Drav Valley Times"), "Toll bridge",
                                    "shared_quote")


SAME = " quote the same words of Dravnik"
NEARLY = " quote nearly the same words of Dravnik"

CASES = [
    # (id, a, b, how the finding says it (None: no finding), words it must show)
    ("contractions spelled out: will, not",
     '"We’ll open the north lane in May and we don’t expect any delay to the work," Dravnik said.',
     '"We will open the north lane in May and we do not expect any delay to the work," '
     "Dravnik said.",
     SAME, "(16 words alike"),
    ("it's / it is",
     '"It’s a scandal that the council has not paid the builders for the toll bridge," '
     "Dravnik said.",
     '"It is a scandal that the council has not paid the builders for the toll bridge," '
     "Dravnik said.",
     SAME, "'It’s a scandal"),
    ("can't / cannot",
     '"We can’t pay the builders before the winter comes," Dravnik said.',
     '"We cannot pay the builders before the winter comes," Dravnik said.',
     SAME, "'We can’t pay"),
    ("they're / they are, a straight apostrophe",
     '"They\'re owed for the work on the bridge since last spring," Dravnik said.',
     '"They are owed for the work on the bridge since last spring," Dravnik said.',
     SAME, "(11 words alike"),
    ("capitals", '"THE COUNCIL MUST PAY THE BUILDERS BEFORE THE WINTER COMES," Dravnik wrote.',
     '"The council must pay the builders before the winter comes," Dravnik wrote.',
     SAME, "(10 words alike"),
    ("curly and straight quote marks",
     "“The council must pay the builders before the winter comes,” Dravnik said.",
     '"The council must pay the builders before the winter comes," Dravnik said.',
     SAME, "(10 words alike"),
    ("an ellipsis character and three stops",
     '"The council must pay the builders … before the winter comes," Dravnik said.',
     '"The council must pay the builders ... before the winter comes," Dravnik said.',
     SAME, "(10 words alike"),
    ("an em dash and a hyphen",
     '"The council must pay the builders — before the winter comes," Dravnik said.',
     '"The council must pay the builders - before the winter comes," Dravnik said.',
     SAME, "(10 words alike"),
    ("an editor's bracketed word",
     '"The council must pay [the] builders before the winter comes," Dravnik said.',
     '"The council must pay the builders before the winter comes," Dravnik said.',
     SAME, "(10 words alike"),
    ("an editor's (sic) is no word apart",
     '"The council must pay its builders (sic) before the winter comes," Dravnik said.',
     '"The council must pay its builders before the winter comes," Dravnik said.',
     SAME, "(10 words alike"),
    ("a three-word fragment with 'cannot' keeps its two content words",
     'Dravnik told a council meeting that the toll contract "cannot be signed" before May.',
     '"I am not saying the contract is bad, but I am saying it cannot be signed until the '
     'auditors have read it," Dravnik said.',
     SAME, "'cannot be signed'"),
    ("near miss: we'll / we won't is no same words",
     '"We’ll open the north lane in May and the south lane in June, weather permitting," '
     "Dravnik said.",
     '"We won’t open the north lane in May and the south lane in June, weather permitting," '
     "Dravnik said.",
     None, ""),
    ("near miss: it's / it was",
     '"It’s a scandal that the council has not paid the builders for the toll bridge," '
     "Dravnik said.",
     '"It was a scandal that the council has not paid the builders for the toll bridge," '
     "Dravnik said.",
     NEARLY, "has 'It’s' where Drav Valley Times has 'It was'"),
    ("near miss: don't / didn't",
     '"We don’t expect any delay to the work on the north lane of the bridge," Dravnik said.',
     '"We didn’t expect any delay to the work on the north lane of the bridge," Dravnik said.',
     NEARLY, "has 'We don’t' where Drav Valley Times has 'We didn’t'"),
    ("near miss: don't / didn't shows as shared only the words after them",
     '"We don’t expect any delay to the work on the north lane of the bridge," Dravnik said.',
     '"We didn’t expect any delay to the work on the north lane of the bridge," Dravnik said.',
     NEARLY, "Dravnik: 'expect any delay to the work"),
    ("near miss: do / don't",
     '"We do expect a delay to the work on the north lane of the bridge," Dravnik said.',
     '"We don’t expect a delay to the work on the north lane of the bridge," Dravnik said.',
     None, ""),
]


@pytest.mark.parametrize("case_id,a,b,said,shown", CASES, ids=[c[0] for c in CASES])
def test_house_style_is_no_change_of_the_words(case_id, a, b, said, shown):
    found = _shared(a, b)
    if said is None:
        assert all(" the same words" not in f.summary for f in found), [f.summary for f in found]
        return
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert said + (":" if said == SAME else "") in summary, summary
    assert shown in summary, summary


EXPAND = [
    ("we'll", ("we", "will")), ("don't", ("do", "not")), ("doesn't", ("does", "not")),
    ("won't", ("will", "not")), ("can't", ("can", "not")), ("cannot", ("can", "not")),
    ("it's", ("it", "is")), ("there's", ("there", "is")), ("i'm", ("i", "am")),
    ("they've", ("they", "have")), ("she'd", ("she", "would")), ("let's", ("let", "us")),
    # near misses: a possessive, a name, a dialect form read many ways, a plain word
    ("velmora's", ("velmora's",)), ("dravnik's", ("dravnik's",)), ("o'hara", ("o'hara",)),
    ("ain't", ("ain't",)), ("bridge", ("bridge",)), ("'s", ("'s",)),
]


@pytest.mark.parametrize("key,full", EXPAND, ids=[k for k, _ in EXPAND])
def test_contractions_read_as_their_full_words(key, full):
    assert expand(key) == full
