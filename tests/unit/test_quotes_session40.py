"""Session 40 (quotes40): quote changes and shared quotes that hid or misnamed a cut.

Invented text (fictional Tavrin, the Oskel cliff, Quarrendon and their people).

1. A shared quote's line names a closing "yet" one outlet adds to a denial
   (shared_quote._limit_span, difference): "…no sign of tampering with the logs yet."
   against "…no sign of tampering with the logs," was told only by the words the other
   quote gives first ("Ledger adds 'The delays were honest errors, and'"), the one-word
   change hidden (session 39's held-out t279, read wrong). Near miss: the same words
   without "yet" (told as before).
2. The quote-change finder reads the same closing "yet" in a denial as a hedge added
   (quote_diff._restricted_time_tail, with rules.quote_changes.PRESENT_LIMITERS); not
   outside a denial ("We have found evidence … yet").
3. A rejected alternative closed by a semicolon ("This was [not a backyard
   workshop; it was] a factory") is spliced out as by a comma (quote_diff._corrective_cut;
   invented dev d273, read wrong as "a negation dropped"). Near misses: "not only … ; it
   was", a rejected topic or stance ("not about the harbour; it is about …", dev t54 and
   d270 key it as a change), the negation dropped alone.
4. A closing "but we will <carry on>" pledge cut from a hedged claim ("no evidence so far
   …, but we will follow the evidence") is no dropped contrast (quote_diff._contrast_tail,
   rules.quotes_trims.PROCESS_PLEDGE_VERBS; dev d271's and d276's traps). Near misses stay
   a contrasting clause dropped: the claim unhedged, another's act, a prediction.
5. A cut at the front that is a whole sentence holding the negation is said as "a sentence
   dropped: '…'", not "a negation dropped" (findings.quotes._dropped_sentences; held-out
   t272's loose label). Near miss: a negation in the fragment joined to the kept words.
"""

from __future__ import annotations

import pytest
import support

# --- 1. shared quotes: a closing "yet" told ---------------------------------------------

LEAD_A = "Ferry crews in Quarrendon voted on Monday to stop work from next week over pay."
LEAD_B = "Quarrendon's ferry crews will stop work next week after a vote on Monday over pay."
OUTLETS = ("Quarrendon Ledger", "Fenwater Post")
FIRST_A = ('"The last sailing before the stoppage leaves at six on Friday evening," operator '
           'spokesman Ivo Ranst said.')
FIRST_B = ('"The last sailing before the stoppage leaves at six on Friday evening," said '
           'operator spokesman Ivo Ranst.')
WIRE = ('"The delays were honest errors, and we have found no sign of any tampering with the '
        'logs," harbour master Orla Vend told reporters in Quarrendon.')

SHARED_YET = [
    # (id, the other outlet's paragraph, shown, absent)
    ("yet-added",
     'Harbour master Orla Vend admitted the errors but claimed: "We have found no sign of '
     'any tampering with the logs yet."',
     ["adds 'yet'", "adds 'The delays were honest errors, and'"], []),
    # near miss: no "yet", nothing more to tell
    ("no-yet",
     'Harbour master Orla Vend admitted the errors but claimed: "We have found no sign of '
     'any tampering with the logs."',
     ["adds 'The delays were honest errors, and'"], ["'yet'"]),
]


@pytest.mark.parametrize(("other", "shown", "absent"), [c[1:] for c in SHARED_YET],
                         ids=[c[0] for c in SHARED_YET])
def test_shared_quote_tells_closing_yet(other: str, shown: list[str], absent: list[str]) -> None:
    found = support.tail_findings((LEAD_A, FIRST_A), (LEAD_B, FIRST_B), WIRE, other, OUTLETS,
                                  "Quarrendon ferry strike")
    support.one_line_shows(found, "shared", shown, absent)


# --- 2.-4. quote_diff readings ------------------------------------------------------------

NO_CHANGE = (None, "trivial", "extent", "phrase", "emphasis")

READINGS = [
    # (id, longer, shorter, trivial?)
    ("yet-in-denial",
     "We have found no sign of any tampering with the logs yet.",
     "We have found no sign of any tampering with the logs,", False),
    ("yet-not-reopened",
     "The Oskel footbridge has not reopened to walkers yet.",
     "The Oskel footbridge has not reopened to walkers,", False),
    ("yet-no-denial",
     "We have found clear signs of tampering with the logs yet.",
     "We have found clear signs of tampering with the logs,", True),
    ("corrective-semicolon",
     "This was not a backyard workshop; it was a factory with buyers in at least six towns,",
     "This was a factory with buyers in at least six towns,", True),
    ("corrective-comma",
     "This was not a backyard workshop, it was a factory with buyers in at least six towns,",
     "This was a factory with buyers in at least six towns,", True),
    # near misses: "not only" asserts both; a negation dropped on its own
    ("not-only-semicolon",
     "This was not only a backyard workshop; it was a factory with buyers in at least six towns,",
     "This was a factory with buyers in at least six towns,", False),
    ("not-about-semicolon",
     "This is not about the harbour; it is about a man who believed the rules did not apply",
     "This is about a man who believed the rules did not apply", False),
    ("not-against-comma",
     "Frankly, we are not against the ferries, we are against the kind of ferry that empties "
     "our town",
     "Frankly, we are against the kind of ferry that empties our town", False),
    ("negation-alone",
     "This was not a factory with buyers in at least six towns,",
     "This was a factory with buyers in at least six towns,", False),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in READINGS],
                         ids=[c[0] for c in READINGS])
def test_quote_readings(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, NO_CHANGE)


LEDE = "Rescuers in Tavrin spent five hours on Monday bringing a climber down from the Oskel cliff."
OUTS = ("Tavrin Post", "Oskel Herald")
SAID = '"{}," said inquiry head Mara Dostel.'

PLEDGES = [
    # (id, longer, shorter, a contrasting clause dropped?)
    ("so-far-follow",
     "We have found no evidence so far that any ranger ignored the warnings, but we will "
     "follow the evidence wherever it leads",
     "We have found no evidence so far that any ranger ignored the warnings", False),
    ("probably-wait",
     "The storm was probably not the cause of the fall, but we will wait for the results "
     "before drawing conclusions",
     "The storm was probably not the cause of the fall", False),
    # near misses: still a contrasting clause dropped
    ("unhedged-follow",
     "We have found no evidence that any ranger ignored the warnings, but we will follow the "
     "evidence wherever it leads",
     "We have found no evidence that any ranger ignored the warnings", True),
    ("so-far-prediction",
     "We have found no evidence so far that any ranger ignored the warnings, but we will "
     "find whoever is responsible",
     "We have found no evidence so far that any ranger ignored the warnings", True),
    ("probably-another-acts",
     "The storm was probably not the cause of the fall, but the police will examine the ropes",
     "The storm was probably not the cause of the fall", True),
]


@pytest.mark.parametrize(("a", "b", "told"), [c[1:] for c in PLEDGES],
                         ids=[c[0] for c in PLEDGES])
def test_pledge_after_hedge(a: str, b: str, told: bool) -> None:
    found = support.quote_changes_of(support.page(LEDE, SAID.format(a)),
                                     support.page(LEDE, SAID.format(b)), OUTS)
    assert any("(a contrasting clause dropped)" in f.summary for f in found) is told, \
        [f.summary for f in found]


# --- 5. a whole sentence cut at the front -------------------------------------------------

GOVERNOR = 'county governor Ilse Marrow {}.'
SENTENCES = [
    # (id, longer, shorter, label shown, label absent)
    ("sentence-negation",
     "We are not trying to punish anyone. But if you climb over a fence to take a "
     "photograph, you should not expect taxpayers to pay for your rescue",
     "If you climb over a fence to take a photograph, you should not expect taxpayers to pay "
     "for your rescue",
     "(a sentence dropped: 'We are not trying to punish anyone')", "a negation dropped"),
    ("sentence-never",
     "We will never charge a climber. But if you climb over a fence to take a photograph, "
     "you should expect to pay for your rescue",
     "If you climb over a fence to take a photograph, you should expect to pay for your rescue",
     "(a sentence dropped: 'We will never charge a climber')", "a negation dropped"),
]


@pytest.mark.parametrize(("a", "b", "shown", "absent"), [c[1:] for c in SENTENCES],
                         ids=[c[0] for c in SENTENCES])
def test_dropped_sentence_label(a: str, b: str, shown: str, absent: str) -> None:
    found = support.quote_changes_of(
        support.page(LEDE, f'"{a}," ' + GOVERNOR.format("said")),
        support.page(LEDE, f'"{b}," ' + GOVERNOR.format("warned")), OUTS)
    assert len(found) == 1, [f.summary for f in found]
    assert shown in found[0].summary and absent not in found[0].summary, found[0].summary


@pytest.mark.parametrize(("op", "dropped"), [
    ({"tag": "delete", "a": "We are not trying to punish anyone. But", "b": "", "edge": True},
     "We are not trying to punish anyone."),
    # near misses: the negation in the fragment joined to the kept words; no sentence end;
    # not at an edge; words on both sides
    ({"tag": "delete", "a": "Residents were told. But not", "b": "", "edge": True}, ""),
    ({"tag": "delete", "a": "We are not trying to punish anyone, but", "b": "", "edge": True}, ""),
    ({"tag": "delete", "a": "We are not trying to punish anyone. But", "b": ""}, ""),
    ({"tag": "replace", "a": "We are not here. But", "b": "We are here. And", "edge": True}, ""),
])
def test_dropped_sentences_reader(op: dict, dropped: str) -> None:
    from storylens.findings.quotes import _dropped_sentences

    assert _dropped_sentences(op) == dropped
