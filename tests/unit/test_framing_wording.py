"""Story-wide framing of acts and actors (issue 12, items 1 and 3), on invented articles
about a fictional ferry strike in Vella: an emotive verb or an intensifying adverb for one
act, the same act's doers named as armed men or as civilians, an organisation's coloured
label against its plain name; each with near misses (another act, a coordinated subject,
an embedded post, a translated chant, a term naming another entity)."""

from __future__ import annotations

import pytest

from storylens.analysis.descriptors import other_act, post_spans, same_anchor
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Harbour Post", "Vella Times", "Coast Courier")
STORY = Options(framing=True, story_framing=True)
LEDE_A = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
LEDE_B = "Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages they say were never paid."


def _framing(*bodies: str) -> list:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=body)
            for i, body in enumerate(bodies)]
    return [f for f in compare_articles(arts, STORY).findings if f.type == "framing"]


def _words(f) -> tuple[str, str]:
    return (f.detail["a"]["word"] or "").lower(), (f.detail["b"]["word"] or "").lower()


POSITIVE = [
    # (id, text a, text b, (plain word, charged word), rules it may come from)
    (
        "emotive verb: yanking vs pulled",
        f"{LEDE_A} At the quay a passenger grabbed the captain's arm and pulled him towards the rail, "
        "witnesses said.",
        f"{LEDE_B} Witnesses said a passenger seized the captain's arm at the quay, yanking him "
        "towards the rail.",
        ("pulled", "yanking"),
        ("framing.story.loaded_term", "framing.aligned.loaded_term"),
    ),
    (
        "emotive noun linked through one act in other words: clutches vs grip",
        f"{LEDE_A} The captain later slapped the passenger's hand to free himself from her grip on the quay.",
        f"{LEDE_B} Video shows the captain smacking his way free from the clutches of the passenger.",
        ("grip", "clutches"),
        ("framing.story.loaded_term",),
    ),
    (
        "intensifying adverb: pulled him violently vs pulled him",
        f"{LEDE_A} At the quay a passenger grabbed the captain's arm and pulled him towards the rail "
        "before guards stepped in.",
        f"{LEDE_B} Before guards stepped in at the quay, a passenger grabbed the captain's arm and "
        "pulled him violently towards the rail.",
        ("pulled", "pulled him violently"),
        ("framing.story.modifier",),
    ),
    (
        "the same act's doers: militiamen vs supporters",
        f"{LEDE_A} Hours after Osk-backed supporters stormed the harbour office in Tarn, "
        "the minister flew home.",
        f"{LEDE_B} The minister spoke only hours after Osk-backed militiamen stormed the harbour "
        "office in Tarn and set its gate alight.",
        ("supporters", "militiamen"),
        ("framing.story.descriptor",),
    ),
    (
        "the same act's doers: militiamen vs militia supporters, printed as written",
        f"{LEDE_A} Hours after Osk-backed militia supporters stormed the harbour office in Tarn, "
        "the minister flew home.",
        f"{LEDE_B} The minister spoke only hours after Osk-backed militiamen stormed the harbour "
        "office in Tarn and set its gate alight.",
        ("militia supporters", "militiamen"),
        ("framing.story.descriptor",),
    ),
    (
        "an organisation's coloured label vs its plain name (transliterated)",
        f"{LEDE_A} Harakat Vellun is a mostly coastal group with some ties to Osk.",
        f"{LEDE_B} Navy boats on Sunday shelled Harakat Velun militants on the islands near Tarn.",
        ("group", "militants"),
        ("framing.story.descriptor",),
    ),
    (
        "attribution: quoted as saying vs admitted (issue 12, item 2)",
        f"{LEDE_A} Union treasurer Dara Quill was quoted as saying the strike fund ran out in November.",
        f"{LEDE_B} Union treasurer Dara Quill admitted the strike fund had run dry in November.",
        ("quoted as saying", "admitted"),
        ("framing.story.attribution",),
    ),
    (
        "an evaluative adjective on one named person, linked through the name only",
        f"{LEDE_A} Transport minister Oren Falk flew to Tarn on Sunday.",
        f"{LEDE_B} The strike has become a headache for the embattled Oren Falk and his party.",
        ("minister oren falk", "embattled oren falk"),
        ("framing.story.modifier",),
    ),
    (
        "a loaded noun for a speaker's statement vs that speaker's plain attribution",
        f"{LEDE_A} Union leader Dara Quill said the minister had promised the crews their back "
        "pay in May and then broken his word.",
        f"{LEDE_B} Continuing her tirade, Dara Quill also mocked the minister for breaking his "
        "promise of back pay to the crews in May.",
        ("said", "tirade"),
        ("framing.story.loaded_term",),
    ),
    (
        "an accusation told as an attempt: trying to accuse vs blamed",
        f"{LEDE_A} Minister Oren Falk on Tuesday blamed Osk for the strike in a post.",
        f"{LEDE_B} Officials in Tarn, including minister Oren Falk, are trying to accuse Osk of "
        "paying the strikers.",
        ("blamed osk", "trying to accuse osk"),
        ("framing.story.attribution",),
    ),
]


@pytest.mark.parametrize("case", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_wording_framing_found(case):
    _, a, b, words, rules = case
    found = _framing(a, b)
    hits = [f for f in found if _words(f) == words]
    assert hits, [(_words(f), f.detail.get("rule")) for f in found]
    f = hits[0]
    assert f.detail["rule"] in rules
    assert f.spans and all(s.start < s.end for s in f.spans)
    assert {sid.partition(":")[0] for sid in f.sentences} == {"a1", "a2"}


NEGATIVE = [
    # (id, text a, text b): near misses that must give no story-wide framing finding
    (
        "another act: pulling his hand free is not pulling someone",
        f"{LEDE_A} The captain slapped at the passenger's hand before pulling his hand free on the quay.",
        f"{LEDE_B} On the quay a passenger grabbed the captain's hand, yanking him towards the rail.",
    ),
    (
        "a coordinated subject names both: militiamen and their supporters",
        f"{LEDE_A} Osk-backed militiamen stormed the harbour office in Tarn on Tuesday and set its "
        "gate alight.",
        f"{LEDE_B} Dozens of militiamen and their supporters stormed the harbour office in Tarn on "
        "Tuesday and set its gate alight.",
    ),
    (
        "a loaded verb inside an embedded post is the poster's word",
        f"{LEDE_A} At the quay a passenger grabbed the captain's arm and pulled him towards the rail.",
        f"{LEDE_B} Captain slaps passenger's hand after she yanks his arm at the quay "
        "pic.twitter.com/xyz — Tarn Radio (@tarnradio) May 2, 2031",
    ),
    (
        "a bracketed gloss after a quoted chant is the chant's words",
        f"{LEDE_A} The state governments of Vella must enforce the ferry law, the minister said.",
        f"{LEDE_B} Cries of “Velak nahin chalegi” (we won't allow dictatorship) rang out as ferry "
        "crews marched on the governments of Vella.",
    ),
    (
        "a singular term naming another entity: the Falk administration vs the regime",
        f"{LEDE_A} The Falk administration wants the ferry strike over before any talks with Osk "
        "begin, aides in Tarn said.",
        f"{LEDE_B} Falk warned that the regime must end its support for the ferry strike ahead of "
        "talks with Osk.",
    ),
    (
        "an intensified counterpart is not the plain wording",
        f"{LEDE_A} At the quay a passenger grabbed the captain's arm and pulled him brutally towards "
        "the rail before guards stepped in.",
        f"{LEDE_B} Before guards stepped in at the quay, a passenger grabbed the captain's arm and "
        "pulled him violently towards the rail.",
    ),
    (
        "quoted as saying and admitted, the same speaker on two statements",
        f"{LEDE_A} Union treasurer Dara Quill was quoted by the Tarn Herald as saying the strike "
        "fund was empty.",
        f"{LEDE_B} Union treasurer Dara Quill admitted she wanted the ferry talks to resume in May.",
    ),
    (
        "an attempt to accuse, and another speaker blaming the same target",
        f"{LEDE_A} Union leader Dara Quill on Tuesday blamed Osk for the strike in a post.",
        f"{LEDE_B} Officials in Tarn, including minister Oren Falk, are trying to accuse Osk of "
        "paying the strikers.",
    ),
    (
        "an attempt to accuse, and the same speaker blaming another target",
        f"{LEDE_A} Minister Oren Falk on Tuesday blamed Tarn for the strike in a post.",
        f"{LEDE_B} Officials in Tarn, including minister Oren Falk, are trying to accuse Osk of "
        "paying the strikers.",
    ),
    (
        "'held' with no responsibility is no blame",
        f"{LEDE_A} Minister Oren Falk on Tuesday held Osk talks in Tarn about the strike.",
        f"{LEDE_B} Officials in Tarn, including minister Oren Falk, are trying to accuse Osk of "
        "paying the strikers.",
    ),
    (
        "both outlets judge the named person",
        f"{LEDE_A} The beleaguered Oren Falk flew to Tarn on Sunday.",
        f"{LEDE_B} The strike has become a headache for the embattled Oren Falk and his party.",
    ),
    (
        "the named person only inside the other outlet's quote",
        f'{LEDE_A} "Oren Falk must come to Tarn," a striker said on Sunday.',
        f"{LEDE_B} The strike has become a headache for the embattled Oren Falk and his party.",
    ),
    (
        "an evaluative adjective on another named person is not linked",
        f"{LEDE_A} Transport minister Oren Falk flew to Tarn on Sunday.",
        f"{LEDE_B} The strike has become a headache for the embattled Ilse Marrow and her party.",
    ),
    (
        "a loaded noun for one speaker's statement vs another speaker's attribution",
        f"{LEDE_A} Union leader Dara Quill said the minister had promised the crews their back "
        "pay in May and then broken his word.",
        f"{LEDE_B} Continuing his tirade, minister Oren Falk also mocked the crews for demanding "
        "back pay in May.",
    ),
    (
        "a loaded noun that no speaker possesses",
        f"{LEDE_A} Union leader Dara Quill said the minister had promised the crews their back "
        "pay in May and then broken his word.",
        f"{LEDE_B} After a tirade from the crowd, Dara Quill also mocked the minister for breaking "
        "his promise of back pay to the crews in May.",
    ),
    (
        "'group' that names no entity is not compared",
        f"{LEDE_A} A group of students blocked the road to the harbour office in Tarn on Tuesday.",
        f"{LEDE_B} Red Tide militants blocked the road to the harbour office in Tarn on Tuesday.",
    ),
]


@pytest.mark.parametrize("case", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_wording_framing_near_miss(case):
    _, a, b = case
    found = [f for f in _framing(a, b) if f.detail.get("scope") == "story"]
    assert found == [], [(f.summary, f.detail.get("rule")) for f in found]


@pytest.mark.parametrize(("x", "y", "same"), [
    ("kataib hizbulah", "iraqi shia kataib hezbolah", True),  # transliteration, inside
    ("harakat velun", "harakat vellun", True),
    ("kim jong-un", "kim jong un", True),
    ("iraqi", "iraqi shia kataib hezbolah", False),  # one word must be equal
    ("red tide", "blue tide", False),
    (None, "red tide", False),
])
def test_same_anchor(x, y, same):
    assert same_anchor(x, y) is same


def test_same_anchor_loose_reads_a_surname_only_to_rule_out():
    assert same_anchor("kim", "kim jong un", loose=True)
    assert not same_anchor("kim", "kim jong un")


@pytest.mark.parametrize(("text", "end", "other"), [
    ("he pulled his hand free", len("he pulled"), True),
    ("she pulled away", len("she pulled"), True),
    ("she pulled him towards her", len("she pulled"), False),
    ("she yanked him around the quay", len("she yanked"), False),
])
def test_other_act(text, end, other):
    assert other_act(text, end) is other


def test_post_spans_take_the_paragraph_above_a_signature_line():
    text = ("The minister spoke on Tuesday.\n\nWe will never give in to the strikers!\n\n"
            "— Oren Falk (@orenfalk) May 2, 2031\n\nCrews stayed home.")
    spans = post_spans(text)
    covered = [text[a:b] for a, b in spans]
    assert "We will never give in to the strikers!" in covered
    assert not any("Crews stayed home" in c or "The minister spoke" in c for c in covered)


@pytest.mark.parametrize(("text", "found"), [
    ("Quill was quoted as saying the fund was empty.", "quoted as saying"),
    ("Quill was quoted by the Tarn Herald as telling the inquiry", "quoted by the Tarn Herald as telling"),
    ("Quill is quoted as stating that", "quoted as stating"),
    ("The report quoted figures as high as 40 percent.", None),
    ("Quill was quoted as an example of the old guard.", None),
])
def test_quoted_as_is_a_neutral_attribution(text, found):
    from storylens.findings.attribution import _QUOTED_AS

    m = _QUOTED_AS.search(text)
    assert (m.group() if m else None) == found
