"""Session 40 (quotes40b): words an outlet writes outside its quote marks read as cut.

Invented text (fictional Dorvassa, its tram Route 7 and its people).

1. A noun the shorter outlet names outside its quote marks as a definite noun phrase and
   quotes what was said of it ('hailed the hoard as "the largest ever found in the
   valley"' of "the largest hoard ever found in the valley") was read as "a qualifier
   dropped" (quote_diff._noun_told_outside; invented dev d289). Near misses: the noun not
   outside, only a modifier of another noun outside ('the hoard' of a dropped 'silver'),
   an adjective dropped beside a head told outside.
2. A labelled subject ("Route 7 could reopen …") the shorter outlet tells outside its quote
   marks as 'the route' was read as "a number changed" (quote_diff._edge_kind with
   _labels_only). Near misses: a count at the front ("7 stops could reopen"), no
   definite restatement outside, a label the outside does not restate.
3. A shared quote's line names the words one outlet's quote runs on with past where the
   other's closes on its own punctuation when they are a place and a time limit ("… will
   vanish from Tellin Island within ten years" / "… will vanish,";
   shared_quote._modifiers_only, rules.quote_changes.MAX_RUN_ON_MODIFIERS; invented dev
   d288), and a comparative clause of a further claim after a comma ("…, as we reject
   every smear in this race"; quote_diff._comparative_claim; invented dev d283), not "gives
   more of it". Near misses: three phrases run on, a comment clause ("…, as we promised").
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes

LONG = "This is the largest hoard ever found in the valley in a hundred years."

INNER = [
    # (id, shorter quote, its sentence outside the quote marks, change expected)
    ("head-outside", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow hailed the hoard as .", None),
    ("head-outside-a", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow called this hoard .", None),
    # near misses: a real change beside each negative must still fire
    ("no-noun-outside", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow said it was .", "qualifier"),
    ("noun-as-modifier", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow said the hoard site was .", "qualifier"),
    ("adjective-dropped", "the hoard ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow hailed the largest hoard as .", "qualifier"),
]


@pytest.mark.parametrize("case", INNER, ids=[c[0] for c in INNER])
def test_noun_told_outside_the_quote(case):
    _, short, outside, want = case
    cmp = compare_quotes(LONG, short, "said Ilsa Marrow, the museum keeper.", outside)
    got = cmp["change"] if cmp else None
    assert (got if got in ("qualifier", "number", "place") else None) == want


LABEL_LONG = "Route 7 could reopen within 12 weeks, depending on what the engineers find,"

EDGE = [
    # (id, longer quote, shorter quote, shorter's outside, change expected)
    ("label-restated", LABEL_LONG,
     "could reopen within 12 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said the route", None),
    # near misses
    ("no-restatement", LABEL_LONG,
     "could reopen within 12 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said it", "number"),
    ("count-not-label", "7 stops could reopen within 12 weeks, depending on what the "
     "engineers find,", "could reopen within 12 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said the stops", "number"),
    ("changed-weeks", LABEL_LONG,
     "could reopen within 14 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said the route", "number"),
]


@pytest.mark.parametrize("case", EDGE, ids=[c[0] for c in EDGE])
def test_label_told_outside_the_quote(case):
    _, long, short, outside, want = case
    cmp = compare_quotes(long, short, "the transit chief, Marek Sollo, told reporters.", outside)
    got = cmp["change"] if cmp else None
    assert (got if got in ("qualifier", "number", "place") else None) == want


# --- 3. shared quotes: a run-on place and time limit, a comparative claim, told ----------

LEAD_A = "Dorvassa's council voted on Tuesday to remove the wild goats from Tellin Island."
LEAD_B = "The wild goats of Tellin Island will be removed after a council vote in Dorvassa on Tuesday."
OUTLETS = ("Dorvassa Courier", "Tellin Gazette")
FIRST_A = ('"The boats will leave the harbour at dawn on the first day of the operation," '
           'warden Pell Ostrin said.')
FIRST_B = ('"The boats will leave the harbour at dawn on the first day of the operation," '
           'said warden Pell Ostrin.')
MINISTER = ('"We do not choose this path gladly, but without it the petrels will vanish{}," '
            'councillor Ada Morrow told a meeting in Dorvassa.')
MAYOR = ('"We had no part in this leaflet and we reject it{}," mayoral aide Rolf Dane told '
         'reporters in Dorvassa.')

SHARED = [
    # (id, the first outlet's paragraph, the other's, shown, absent)
    ("place-and-limit", MINISTER.format(" from Tellin Island within ten years"),
     'Councillor Ada Morrow said: "We do not choose this path gladly, but without it the '
     'petrels will vanish," before leaving the meeting.',
     ["nearly the same", "adds 'from Tellin Island within ten years'"], ["quoted in part"]),
    ("one-modifier", MINISTER.format(" from Tellin Island"),
     'Councillor Ada Morrow said: "We do not choose this path gladly, but without it the '
     'petrels will vanish," before leaving the meeting.',
     ["nearly the same", "adds 'from Tellin Island'"], ["quoted in part"]),
    ("comparative-claim", MAYOR.format(", as we reject every smear told in this race"),
     'The mayor denied any role. "We had no part in this leaflet and we reject it," aide '
     'Rolf Dane said.',
     ["nearly the same", "adds 'as we reject every smear"], ["quoted in part"]),
    # near misses: a comment clause frames the claim; three phrases are more of it (a cut)
    ("comment-clause", MAYOR.format(", as we have always said"),
     'The mayor denied any role. "We had no part in this leaflet and we reject it," aide '
     'Rolf Dane said.',
     ["quoted in part"], ["nearly the same"]),
    ("three-phrases", MINISTER.format(" from Tellin Island within ten years of the first "
                                      "survey"),
     'Councillor Ada Morrow said: "We do not choose this path gladly, but without it the '
     'petrels will vanish," before leaving the meeting.',
     ["quoted in part"], ["nearly the same"]),
]


@pytest.mark.parametrize("case", SHARED, ids=[c[0] for c in SHARED])
def test_shared_quote_names_changed_ending(case) -> None:
    case_id, a, b, shown, absent = case
    found = support.tail_findings((LEAD_A, FIRST_A), (LEAD_B, FIRST_B), a, b, OUTLETS,
                                  "Tellin Island goat removal")
    support.one_line_shows(found, case_id, shown, absent)
