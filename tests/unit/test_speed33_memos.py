"""Session 33 speed work: ``coverage._read_apart`` keeps, per context, what the counted noun
of a fact is (per fact and givers) and each article's lead counts (per article and
family); asked again on one context it answers as it does on a fresh one (invented text,
fictional names and outlets). Its rules are tested in test_coverage_session29.py."""

from __future__ import annotations

from support import OWN_LINES, own_words_context

from storylens.findings.coverage import _read_apart, carried_facts
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Fennmark Ledger", "Quay Herald", "Brisk Valley News", "Tarrow Wire"]
SHARED = "The port authority said a review of the evacuation would report in June."
LEDE = "A gas leak emptied the Orrin Hall concert venue during a choir festival on Friday."
MOVED = "About 4,000 people were moved out of the hall and into the square."
WAITED = "Guests were moved out of the hall and waited in the square in the rain."
# Brisk Valley News: its own count high up (read apart); Tarrow Wire: one far down
# (another group: not read apart), and a count of another noun (tickets: not its count)
OWN = "Some 5,200 people fled Orrin Hall after a caretaker smelled gas."
FAR = "Some 5,200 people fled Orrin Hall after a caretaker smelled gas."
TICKETS = "Some 5,100 tickets for the festival had been sold by Thursday."


def _story():
    return [[LEDE, MOVED, "Engineers capped the pipe within an hour."],
            [LEDE, MOVED, "Engineers capped the pipe within two hours."],
            [LEDE, OWN, WAITED, "Firefighters checked the cellars."],
            [LEDE, TICKETS, WAITED, "Firefighters checked the cellars.", *OWN_LINES[3], *OWN_LINES[2], FAR]]


def _asks(ctx):
    carried, _ = carried_facts(ctx)
    ids = [d.id for d in ctx.docs]
    return [(c.fact, a, givers) for c in carried if c.fact.kind == "cardinal"
            for a in ids if a != c.fact.article for givers in ((), c.givers)]


def test_read_apart_asked_again_answers_as_a_fresh_context():
    warm = own_words_context(_story(), OUTLETS, ON, SHARED)
    asks = _asks(warm)
    assert asks
    got = [_read_apart(warm, f, a, g) for f, a, g in asks]
    again = [_read_apart(warm, f, a, g) for f, a, g in asks]
    fresh = []
    for f, a, g in asks:
        ctx = own_words_context(_story(), OUTLETS, ON, SHARED)
        carried_facts(ctx)
        fresh.append(_read_apart(ctx, f, a, g))
    assert got == again == fresh
    by = {(f.text, warm.outlet(a)) for (f, a, _), r in zip(asks, got, strict=True) if r}
    assert ("4,000", "Brisk Valley News") in by
    # near misses: a count far down, and one of another noun, are no reading of it
    assert ("4,000", "Tarrow Wire") not in by
