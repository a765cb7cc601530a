"""fix37f (session 37, after the held-out read): framing verbs read from the wrong clause,
each cause reproduced on invented text (fictional people, places and outlets).

1. A plain sentence with two coordinated verbs of saying, "X said A but stressed B", where
   the charged outlet's statement is B: the verb that tells the matching statement is
   'stressed', not the first 'said' (dev d253 cf3394786e3a, reader37: "the Herald writes
   'said'" where it wrote 'stressed'; framing._matching_cues), and an emphatic verb is no
   plain side against 'insisted' (the reader: "hardly weaker"), so the outlet is named no
   side. Near misses: the matching statement in the first clause keeps 'said'; a sentence
   with one verb keeps it.
2. A verb of saying in its bare form with no subject, after a clause break ("had a simple
   choice: explain to viewers why ..., or leave") or after "to" ("refused to explain"), is
   the narration's infinitive or imperative, no statement the outlet attributes (dev d243
   1d6956f709d1, --on all; framing._subjectless_cue). Near misses: "Vosk explained ..." and
   "the councillors explain ..." (a subject) keep their verb.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import support

OUTLETS = ("Quenby Wire", "Harbour Gazette", "Salt Courier")
LEDE = ("A lorry carrying fertiliser overturned on the Marrow bypass near Quenby on Tuesday, "
        "closing the road for nine hours. No one was hurt, police said.\n\n")
TAIL = "The bypass reopened on Wednesday morning.\n"
PLAIN = "Varnholt Freight said the lorry had been travelling within the 50 km/h limit.\n\n"
CHARGED = "Varnholt Freight insisted the lorry had been travelling within the limit.\n\n"

CLAUSE_ROWS = [
    # (the Wire's body, the Wire's verb named in the line, or None where it is named no side)
    pytest.param("Varnholt Freight said it did not yet know what had caused the crash but "
                 "stressed that the lorry had been within the 50 km/h limit.\n\n", None,
                 id="said-A-but-stressed-B"),
    pytest.param("Varnholt Freight said it did not yet know what had caused the crash and "
                 "confirmed that the lorry had been within the 50 km/h limit.\n\n", None,
                 id="said-A-and-confirmed-B"),
    # near misses: 'said' governs the matching statement
    pytest.param("Varnholt Freight said the lorry had been within the 50 km/h limit but stressed "
                 "that it did not yet know what had caused the crash.\n\n", "said",
                 id="said-B-but-stressed-A"),
    pytest.param(PLAIN, "said", id="one-verb"),
]


@pytest.mark.parametrize(("wire", "verb"), CLAUSE_ROWS)
def test_the_plain_verb_is_the_one_that_tells_the_matching_statement(wire, verb):
    found = support.framings_among(LEDE, (wire + TAIL, PLAIN + TAIL, CHARGED + TAIL), OUTLETS,
                                   strict=True)
    lines = [f.summary for f in found if "Salt Courier writes 'insisted'" in f.summary]
    assert lines, [f.summary for f in found]
    assert "Harbour Gazette" in lines[0]
    if verb is None:
        assert "Quenby Wire" not in lines[0], lines[0]
    else:
        assert f"Quenby Wire and Harbour Gazette write '{verb}'" in lines[0], lines[0]


DEBATE_LEDE = ("The only televised debate before the Orsk mayoral run-off ended early on Friday "
               "after candidate Marten Vosk walked off the set.\n\n")
DEBATE_TAIL = "The run-off is on 12 May.\n"
ASKED = ("Vosk left after moderator Ilse Brenn asked him about a 2 million crown payment his "
         "office made to a firm registered in Port Amsel.\n\n")

NARRATION_ROWS = [
    # (the Courier's body, whether a line names the Courier's verb)
    pytest.param("Marten Vosk had a simple choice on Friday night: explain to 900,000 viewers "
                 "why his office paid 2 million crowns to a firm registered in Port Amsel, or "
                 "leave. He left.\n\n", False, id="colon-bare-infinitive"),
    pytest.param("Marten Vosk refused to explain why his office paid 2 million crowns to a firm "
                 "registered in Port Amsel and left the set.\n\n", False, id="to-infinitive"),
    # near misses: a subject before the verb
    pytest.param("Marten Vosk explained that his office paid 2 million crowns to a firm "
                 "registered in Port Amsel for legal advice.\n\n", True, id="past-with-subject"),
]


@pytest.mark.parametrize(("courier", "fires"), NARRATION_ROWS)
def test_a_subjectless_bare_verb_of_saying_is_no_attribution(courier, fires):
    from storylens.options import Options

    options = replace(Options(), paraphrases=True, min_finding_confidence=0.0)
    plain = ("Vosk said his office paid 2 million crowns to a firm registered in Port Amsel for "
             "legal advice.\n\n")
    found = support.framings_among(DEBATE_LEDE, (ASKED + plain + DEBATE_TAIL,
                                                 ASKED + plain + DEBATE_TAIL,
                                                 courier + DEBATE_TAIL), OUTLETS,
                                   options=options, strict=True)
    named = [f.summary for f in found if "Salt Courier writes 'expla" in f.summary]
    assert bool(named) is fires, [f.summary for f in found]
