"""The ``repeal`` set (rules/loaded_terms, session 17, dev d03): a rule or agreement ended,
told as violence on it ("tear up the rent caps") where another outlet reports the ending
("phase out the rent caps"). Only with an instrument noun after the verb
(INSTRUMENT_NOUNS) and one shared object word (OBJECT_SETS). Near misses: a physical
"ripped up", two instruments, two plain endings, and (review17e) copies or a printout of
the instrument torn in protest (PRINTED_COPY_NOUNS). Invented text (a fictional Vella port)."""

from __future__ import annotations

import pytest
from support import framings_between

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Dock workers in Port Tarn walked out on Monday over the Vella harbour plan, and "
        "the council met by night.\n\n")


def _charged(a: str, b: str) -> list[str]:
    return [(f.detail["b"].get("word") or "").lower() for f in framings_between(LEDE, a, b)]


CASES = [
    ("tear up against phase out, one instrument",
     "The council voted to phase out the berth-fee caps that have held since 2009.",
     "The council voted to tear up the berth-fee caps that have protected dockers since 2009.",
     "tear up"),
    ("tore up against repealed, one agreement",
     "The harbour board repealed the 2019 night-shift agreement with the Dockers' Union.",
     "The harbour board tore up the 2019 night-shift agreement with the Dockers' Union.",
     "tore up"),
    ("near miss: ripped up the tracks is a physical act",
     "Crews will phase out the old quay tram service by the end of the year.",
     "Crews ripped up the old quay tram tracks on Tuesday to make room for cranes.",
     None),
    ("near miss: two instruments, two acts",
     "The council voted to phase out the berth-fee caps that have held since 2009.",
     "Last year the harbour board tore up its pension deal with retired crane drivers.",
     None),
    # review17e: the paper torn in protest, not the instrument ended (PRINTED_COPY_NOUNS)
    ("near miss: tore up copies of the agreement is a protest",
     "The harbour board voted to repeal the 2019 night-shift agreement with the Dockers' Union.",
     "Dockers tore up copies of the 2019 night-shift agreement outside the harbour board's "
     "offices as it voted.",
     None),
    ("near miss: ripped up a printout of the caps, beside the vote",
     "The council voted to phase out the berth-fee caps that have held since 2009.",
     "A councillor ripped up a printout of the berth-fee caps as the council voted to end them.",
     None),
    ("tore up the agreement itself still counts beside a copy elsewhere",
     "The harbour board repealed the 2019 night-shift agreement and sent copies to the union.",
     "The harbour board tore up the 2019 night-shift agreement and sent copies to the union.",
     "tore up"),
    ("near miss: two plain endings",
     "The council voted to phase out the berth-fee caps that have held since 2009.",
     "The council voted to abolish the berth-fee caps that have held since 2009.",
     None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_repeal_verbs(case):
    _id, a, b, want = case
    got = _charged(a, b)
    if want is None:
        assert not any(w in ("tear up", "tore up", "ripped up", "abolish") for w in got), got
    else:
        assert any(want in w for w in got), got
