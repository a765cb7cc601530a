"""Session 34's framing changes (framing34), from session 33's two wrong held-out lines.
Invented text: a fictional failure of the flood barrier in the port of Kesselby.

A verb contrast is fair only where both verbs introduce the same statement: the loaded
cue's reported clause (``attribution.cue_complement``) must share its content with the
plain sentence. That clause opens past an adjunct of place, time or listener before its
"that" ("admitted at a news conference that ...": the occasion is the story's, not the
statement's; rules/attribution COMPLEMENT_OPENING_PATTERN, COMPLEMENT_LISTENER_PATTERN) and
ends before a later cue coordinated with the loaded one where the loaded clause quotes the
speaker ('admitted that X "..." and said Y': the plain outlets' "said" of Y is no verb for
X; COORDINATED_CUE_PATTERN; an outlet's own gist before "and said", no quote, is its account
of the response the others give, keyed dev d167 and d40). Held-out t212
(session 33: the Progressive's 'admitted' of the museum's inventory controls set against
two outlets' 'said' of the suspension and audit, which it too tells with 'said') and t216
(the Sentinel's 'admitted at a news conference that the software had not been kept up to
date' set against the Commons' 'told a news conference that the city would not give in'),
both read wrong. The aligned rule, the statement rule and the profile's matter test read
the clause alike. Near misses: the same quote with 'admitted' and 'said', the same reported
claim in two wordings with 'claimed' and 'said', the same clause after the same occasion,
and a coordinated loaded clause that is itself the shared statement."""

from __future__ import annotations

import pytest
import support

# framing is off by default since session 27: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Lindhaven Ledger", "Orrin Tribune")

BARRIER = ("The tidal flood barrier at the port of Kesselby failed on Sunday night, and "
           "seawater flooded the lower quay and forty homes on Canal Row, the port authority "
           "said on Monday.\n\n")
RAUTIO = "Harbour commissioner Agna Rautio"

SAME_STATEMENT = [
    # (id, Ledger (plain verb), Tribune (loaded verb), a finding expected for the loaded verb)
    ("a coordinated second statement is no verb for the loaded clause (t212's shape)",
     f"{RAUTIO} said the barrier's chief engineer had been suspended and that an independent "
     "inquiry had been ordered.",
     f'{RAUTIO} admitted on Monday that maintenance checks had "not been thorough enough" and '
     "said an independent inquiry had been ordered.", False),
    ("one occasion, two statements: 'admitted at a news conference' / 'told a news "
     "conference' (t216's shape)",
     f"{RAUTIO} told a news conference that the port would reopen on Friday.",
     f"{RAUTIO} admitted at a news conference that the pumps had not been serviced for two "
     "years.", False),
    ("one listener and time, two statements",
     f"{RAUTIO} told reporters on Monday that the port would reopen on Friday.",
     f"{RAUTIO} conceded to reporters on Monday that the pumps had not been serviced for two "
     "years.", False),
    ("a quoted loaded clause before a coordinated quote of another statement: no 'claimed' "
     "for it (the quote's own 'insisted' is no cue of its own to the quote analysis: not "
     "asked)",
     f"{RAUTIO} said the port would reopen on Friday.",
     f'{RAUTIO} claimed the inspection report had been "leaked by the opposition" and '
     'insisted: "The port will reopen on Friday."', False),
    ("near miss: the outlet's own gist of the response before 'and said' (no quote) is its "
     "account of the response the other gives (keyed dev d167, d40)",
     f"{RAUTIO} said the barrier's chief engineer had been suspended.",
     f"{RAUTIO} claimed she had no knowledge of the faults and said the barrier's chief "
     "engineer had been suspended.", True),
    ("near miss: the same quote, 'admitted' against 'said'",
     f'{RAUTIO} said maintenance checks had "not been thorough enough".',
     f'{RAUTIO} admitted maintenance checks had "not been thorough enough".', True),
    ("near miss: the same claim in two wordings, 'claimed' against 'said'",
     f"{RAUTIO} said the barrier's pumps had been serviced in March.",
     f"{RAUTIO} claimed the pumps on the barrier were last checked in March.", True),
    ("near miss: the same clause after the same occasion",
     f"{RAUTIO} told a news conference that the pumps had not been serviced for two years.",
     f"{RAUTIO} admitted at a news conference that the pumps had not been serviced for two "
     "years.", True),
    ("near miss: the loaded clause is the shared one, a second statement after it",
     f"{RAUTIO} said the pumps had failed and that an independent inquiry had been ordered.",
     f"{RAUTIO} admitted that the pumps had failed and said an independent inquiry had been "
     "ordered.", True),
]


@pytest.mark.parametrize("name,ledger,tribune,expected", SAME_STATEMENT,
                         ids=[r[0] for r in SAME_STATEMENT])
def test_a_verb_contrast_needs_the_same_statement(name, ledger, tribune, expected):
    got = [f.summary for f in support.framings_between(BARRIER, ledger, tribune, OUTLETS)
           if f.detail.get("kind") in ("attribution_profile", "attribution_verb")
           and any(w in f.summary for w in ("'admitted'", "'conceded'", "'claimed'"))]
    assert bool(got) is expected, got


COMPLEMENTS = [
    # (id, sentence, the cue word, the reported clause cue_complement reads)
    ("a preposition's adjunct before 'that'",
     "Rautio admitted at a news conference that the pumps had failed.", "admitted",
     "the pumps had failed."),
    ("a listener after a verb of telling",
     "Rautio told a packed news conference that the pumps had failed.", "told",
     "the pumps had failed."),
    ("a coordinated later cue ends a clause that quotes the speaker",
     'Rautio admitted that the pumps had "simply failed" and later said an inquiry was under '
     "way.", "admitted", 'the pumps had "simply failed" and later '),
    ("near miss: a gist without a quote runs on through the coordinated cue",
     "Rautio admitted that the pumps had failed and later said an inquiry was under way.",
     "admitted", "the pumps had failed and later said an inquiry was under way."),
    ("near miss: no that-clause, the words after the cue are the clause",
     "Rautio said the pumps had failed.", "said", "the pumps had failed."),
    ("near miss: a noun object with a relative 'that' after a verb that takes no listener",
     "Rautio admitted the report that engineers wrote was late.", "admitted",
     "the report that engineers wrote was late."),
    ("near miss: another subject's verb after 'and' does not end the clause",
     "Rautio admitted that the pumps had failed and engineers said the seals were worn.",
     "admitted", "the pumps had failed and engineers said the seals were worn."),
]


@pytest.mark.parametrize("name,sentence,cue,clause", COMPLEMENTS, ids=[r[0] for r in COMPLEMENTS])
def test_cue_complement(name, sentence, cue, clause):
    from support import verbatim_context

    from storylens.findings.attribution import cue_complement

    ctx = verbatim_context([[BARRIER.strip(), sentence]], OUTLETS[:1])
    s = next(z for z in ctx.documents["a1"].sentences if z.text.startswith("Rautio"))
    text = ctx.documents["a1"].article.text
    a = text.index(cue, s.start)
    assert cue_complement(ctx, s, a, a + len(cue)).strip() == clause.strip()
