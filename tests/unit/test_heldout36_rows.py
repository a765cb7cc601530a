"""Session 36's held-out read (t241-t250, testread36): its five wrong findings, each as a
row of invented text that reproduces the same cause, marked ``xfail(strict=True)`` until a
fix lands, each beside a near miss that passes (the right finding of that shape still
fires). Rules were frozen for the rest of the session: no source changed here.

1. shared_quote (t242 be62b937dea9): a quote whose edge words are a qualifier one outlet
   drops ("like any other workers") and whose next sentence the other outlet quotes apart
   with a clause dropped ("and I will not pressure them"): told as "nearly the same ...
   adds 'like any other workers. I have not pressured…'", the dropped pledge hidden.
2. framing opportunism (t243 1b9291e7bb21): "seized on ... demand for padded walls" set
   against a sentence that names the actor only as the source of another matter
   ("According to the association, the league's rules allow ...").
3. framing attribution_verb (t243 7a892af4b5d9, only with context_paraphrases): two ledes
   aligned as paraphrases, "insisted" of the organisers against "said" of the emergency
   services' injury count: two statements of two speakers, neither speaker read.
4. fact_conflict (t242 106b30dd0e53): "among nine people detained" against "was arrested
   with eight others" (nine in all).
5. omission (t245 b0199e77ab49): "leaves out Ilse Varga" where the outlet tells her
   client's denial "through his lawyer", only her name dropped.

Invented text throughout (fictional Orlin, Vessar Cup, Port Velna, Drenvik, Veldmoor and
their people); no sentence of the held-out stories."""

from __future__ import annotations

import pytest
import support
from support import OWN_LINES, verbatim_context

from storylens.findings import facts
from storylens.findings.coverage import find_omissions
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles


def _xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# ---------------------------------------------------------------- 1. shared_quote (t242)

SQ_LEAD_A = "Harbour pilots in Veldmoor voted on Tuesday to walk out next month over rosters."
SQ_LEAD_B = "Veldmoor's harbour pilots will walk out next month after a vote on Tuesday over rosters."
SQ_OUTLETS = ("Veldmoor Courant", "Ostrand Gazette")
# one quote of two sentences: a qualifier at the first one's end, a pledge in the second
SQ_WHOLE = ('"The pilots are grown men and must answer for their own choices like any other '
            'workers. I have not pressured them, and I will not pressure them, in this dispute," '
            'harbour master Oskar Lind said.')
SQ_FIRST = '"The pilots are grown men and must answer for their own choices," Lind wrote.'
# the second sentence quoted apart, the pledge ("and I will not pressure them") dropped
SQ_SECOND_CHANGED = '"I have not pressured them in this dispute," Lind said.'


def _shared_quote_lines(a: str, b: str) -> list[str]:
    return [f.summary for f in support.findings_between(
        support.page(SQ_LEAD_A, a), support.page(SQ_LEAD_B, b), SQ_OUTLETS,
        "Veldmoor pilot strike", "shared_quote")]


# the same with more content words in the pledge's sentence (past _realigned's
# MIN_SEGMENT_CONTENT floor): only the order in _changed stands in the way
SQ_WHOLE_LONG = ('"The pilots are grown men and must answer for their own choices like any other '
                 'workers. I have not pressured their union, and I will not pressure their union, '
                 'in this long dispute," harbour master Oskar Lind said.')
SQ_SECOND_LONG = '"I have not pressured their union in this long dispute," Lind said.'


@pytest.mark.usefixtures("shared_quotes_on")
@pytest.mark.parametrize(("whole", "second"), [
    pytest.param(SQ_WHOLE, SQ_SECOND_CHANGED, id="two-content-words"),
    pytest.param(SQ_WHOLE_LONG, SQ_SECOND_LONG, id="content-enough"),
])
def test_rest_quoted_apart_with_a_clause_dropped_is_not_told_as_added(whole, second):
    got = _shared_quote_lines(whole, f"{SQ_FIRST} {second}")
    assert got, "the shared first sentence is still a finding"
    # (fix36q: the words told as added are read, not the whole line: the line may tell
    # the qualifier as added and the rest's change beside it, and must tell the pledge)
    added = [a.split("'")[0] for s in got for a in s.split(" adds '")[1:]]
    assert not any("I have not pressured" in a for a in added), got
    assert any("I have not pressured" in s and ", and I" in s for s in got), got


@pytest.mark.usefixtures("shared_quotes_on")
def test_near_miss_the_rest_not_quoted_at_all_is_added():
    # the other outlet quotes only the first sentence, cut: the rest is the longer side's
    got = _shared_quote_lines(SQ_WHOLE, SQ_FIRST)
    assert any("adds 'like any other workers" in s for s in got), got


@pytest.mark.usefixtures("shared_quotes_on")
def test_near_miss_the_rest_quoted_apart_unchanged_is_a_shared_quote():
    second = '"I have not pressured them, and I will not pressure them, in this dispute," Lind said.'
    got = _shared_quote_lines(SQ_WHOLE, f"{SQ_FIRST} {second}")
    assert any("quote the same words" in s and "I have not pressured them, and I will not" in s
               for s in got), got


# -------------------------------------------------------- 2. framing opportunism (t243)

OPP = Options(framing=True, story_framing=True)
OPP_LEDE = ("Nine spectators were hurt on Sunday when a bobsleigh left the track on the last "
            "bend of the Vessar Cup in Orlin.\n\n")
# "walls" in three of the Osk Herald's sentences: too common there to tie two sentences
SEIZED = ("Fans leaned over the walls to film the sleds, witnesses said. "
          "Organisers said the walls on the last bend had been checked on Saturday. "
          "The athletes' association seized on the accident to repeat its old demand for "
          "padded walls, which organisers say would cost 200,000 crowns for each track.")
CALL = "The athletes' association renewed its call for safer walls on all fast bends."
HOSPITAL = "Doctors said two of the injured were still in hospital on Monday."
# the association only the source of what the league's rules allow: another matter
RULES = ("According to the association, the league's rules allow bare walls on bends where "
         "sleds exceed 120 km/h, while two neighbouring countries have required padded walls "
         "since 2019.")


def _opportunism_cited(plain: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=OPP_LEDE + plain),
            Article(id="a2", source="t", outlet="Osk Herald", text=OPP_LEDE + SEIZED)]
    comp = compare_articles(arts, OPP)
    return [comp.sentence(sid).text for f in comp.findings
            if f.detail.get("rule") == "framing.story.opportunism"
            for sid in f.sentences if sid.startswith("a1:")]


@pytest.mark.usefixtures("framing_on")
def test_opportunism_not_set_against_a_source_of_another_matter():
    got = _opportunism_cited(f"{CALL} {HOSPITAL} {RULES}")
    assert RULES not in got, got


@pytest.mark.usefixtures("framing_on")
def test_near_miss_the_actors_call_sharing_the_demand_is_the_plain_side():
    call = "The athletes' association renewed its call for padded walls on all fast bends."
    assert _opportunism_cited(f"{call} {HOSPITAL} {RULES}") == [call]


# ---------------------------------------------------- 3. framing attribution verb (t243)

ATTR = Options(framing=True, context_paraphrases=True)
WIRE_LEDE = ("ORLIN, Tarnland (HPA) - Nine spectators were hurt on Sunday when a group of sleds "
             "crashed into the safety walls on the last bend of the Vessar Cup, emergency "
             "services said.")
WIRE_REST = ("Race director Anton Feld defended the safety arrangements.\n\n"
             "Two of the injured were still in hospital on Monday, doctors said.")
PAPER_LEDE = ("ORLIN - Organisers of the Vessar Cup insisted on Monday that their safety walls "
              "were sound, as witnesses described fans leaning over the walls to film the sleds "
              "moments before Sunday's crash.")
PAPER_REST = "Nine spectators were hurt.\n\nTwo of the injured were still in hospital on Monday."


def _attribution_verbs(wire_lede: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=f"{wire_lede}\n\n{WIRE_REST}"),
            Article(id="a2", source="t", outlet="Osk Herald", text=f"{PAPER_LEDE}\n\n{PAPER_REST}")]
    return [f.summary for f in compare_articles(arts, ATTR).findings
            if f.detail.get("rule") == "framing.aligned.attribution_verb"]


@pytest.mark.usefixtures("framing_on")
@_xfail("framing.py:_cue_speaker reads no head for a trailing 'emergency services said' "
        "and keys 'Organisers of the Vessar Cup' by the name in its 'of' complement ('cup'); "
        "_speakers_agree takes the unread speaker as anyone's, and statements_apart does not "
        "part an injury count from a claim that the walls were sound (ledes aligned only as "
        "context paraphrases). fix36f: a head for any lower-case speaker ('emergency "
        "services') was tried and dropped: it also parts 'the broadcaster' from 'VTV' and "
        "'the statement said' from 'The prison service insisted' (five right dev findings "
        "lost: d181, d243, t143, t21, t43)")
def test_insisted_not_set_against_another_speakers_said():
    assert _attribution_verbs(WIRE_LEDE) == []


@pytest.mark.usefixtures("framing_on")
def test_near_miss_one_statement_insisted_and_said():
    wire = ("ORLIN, Tarnland (HPA) - Organisers of the Vessar Cup said on Monday that their "
            "safety walls were sound, as witnesses described fans leaning over the walls to "
            "film the sleds moments before Sunday's crash.")
    got = _attribution_verbs(wire)
    assert any("'insisted'" in s and "'said'" in s for s in got), got


# ------------------------------------------------------------- 4. fact_conflict (t242)

@pytest.fixture
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _conflicts(a: str, b: str) -> list[set[str]]:
    return [{str(v["text"]).lower() for v in f.detail["values"]}
            for f in support.fact_pair_findings(a, b)]


RAID = "Tomas Ferrel, 31, was {} when customs officers raided a warehouse in Port Velna."


@pytest.mark.usefixtures("_rules_only")
@pytest.mark.parametrize("joined", [
    pytest.param("arrested with eight others", id="with-others"),
    pytest.param("arrested along with eight others", id="along-with-others"),
])
# Fixed in session 36 (fix36x), was xfail: facts.py:_addend reads a count beside a thing only
# after a name or 'the/his ...' noun with a join word (_ADDEND_BEFORE,
# rules/numbers.ADDEND_JOINS has no 'with' after a verb) or 'other' right after it; 'eight
# others' beside the clause's subject is read as the total arrested
def test_a_count_of_others_beside_the_subject_is_no_total(joined):
    assert _conflicts(RAID.format("among nine people detained"), RAID.format(joined)) == []


@pytest.mark.usefixtures("_rules_only")
def test_near_miss_two_totals_conflict():
    assert _conflicts(RAID.format("among nine people detained"),
                      RAID.format("among eight people detained")) == [{"nine", "eight"}]


# ------------------------------------------------------------------ 5. omission (t245)

OM = Options(fact_coverage=True, additions=True)
OM_OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
OM_SHARED = "The regional governor said an inquiry into the fires would report within a month."
OM_LEDE = ("Police in Drenvik arrested a volunteer firefighter on suspicion of starting three "
           "forest fires.")
NAMING = ("Lawyer Ilse Varga said her client denied the charges and had served the brigade for "
          "ten years.")
OM_TAIL = ["Crews fought the blazes for two days in strong winds.",
           "The fire service said it was shocked by the arrest.",
           "Hikers were told to avoid the Drenvik ridge until Friday."]


def _leaves_out_varga(third: str, n: int) -> bool:
    givers = [[OM_LEDE, NAMING, OM_TAIL[i]] for i in range(3)]
    texts = [givers[0], givers[1], [OM_LEDE, third, OM_TAIL[0], OM_TAIL[2]], givers[2]][:n]
    ctx = verbatim_context([[*t, *OWN_LINES[i], OM_SHARED] for i, t in enumerate(texts)],
                           OM_OUTLETS[:n], OM)
    return any(f.detail["outlet"] == "Coast Courier" and f.detail["fact"]["text"] == "Ilse Varga"
               for f in find_omissions(ctx))


@pytest.mark.parametrize("n", [3, 4])
# Fixed in session 36 (fix36x), was xfail: coverage.py:_speaks_for reads a statement as the
# person's only where its speaker is a body named near her name; 'The suspect, through his
# lawyer, denies' is the client's, and no guard reads her role ('lawyer') with her statement
# as her told unnamed, while the role word itself makes _told true
def test_the_lawyers_statement_told_without_her_name_is_no_omission(n):
    assert not _leaves_out_varga("The suspect, through his lawyer, denies the charges.", n)


@pytest.mark.parametrize("n", [3, 4])
def test_near_miss_the_defence_left_out_is_an_omission(n):
    third = "The charges against the firefighter carry up to ten years in prison, prosecutors said."
    assert _leaves_out_varga(third, n)
