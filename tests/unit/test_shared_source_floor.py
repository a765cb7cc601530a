"""shared_source: an absolute floor of copied narration (issue 11). A long article that takes
three or more wire sentences word for word copies a text even when they are under
``MIN_COPIED`` of it; two outlets quoting one press release, sharing stock lines, or telling
one fact each in its own words do not.

Invented articles (fictional Ostrenn, Tallow Bay and outlets).
"""

from __future__ import annotations

import pytest

from storylens.findings import source
from storylens.findings.common import FindingContext
from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

# shared_source findings are off by default since session 21 (its held-out read): these
# tables assert what the finder does when it is on.
pytestmark = pytest.mark.usefixtures("shared_sources_on")

# the wire's narration, taken word for word by the copies
WIRE = [
    "A fire broke out early on Friday in a grain silo at the Tallow Bay docks, forcing the "
    "evacuation of about 400 dock workers and nearby residents.",
    "Flames spread from the silo to two warehouses storing fertiliser before firefighters "
    "contained them shortly after noon.",
    "The port authority said all shipping movements in the inner harbour were suspended "
    "until further notice.",
    "The Tallow Bay silo complex handles roughly a third of Ostrenn's wheat exports, most "
    "of them bound for southern markets.",
]
# a statement both quote (a press release): shared words, not copying
STATEMENT = [
    '"We owe the families of Tallow Bay a full account of how this fire started," '
    'the harbour master said.',
    '"No vessel will leave the inner harbour until every berth has been inspected by '
    'our engineers," she said.',
    '"The warehouses will be pulled down once the fire service says it is safe to do so," '
    'she added.',
]
WIRE_OWN = [
    "Three firefighters were treated for smoke inhalation at the Saint Brenna clinic.",
    "Grain prices on the Ostrenn commodity exchange rose four percent by the close.",
    "Investigators from the national fire service are due at the docks on Saturday.",
    "The silo was built in 1978 and last inspected in the spring of 2024.",
    "A nearby primary school was closed for the day as a precaution.",
]
COPY_OWN = [
    "Residents of the Lower Quay district described a night of sirens and thick smoke.",
    "Shopkeepers on Chandlery Row pulled down their shutters as ash fell on the street.",
    "Dock workers gathered outside the union hall demanding answers from the operator.",
    "The operator, Brennvik Grain, declined to answer questions on Friday evening.",
    "Local councillors called an emergency session of the harbour committee for Monday.",
    "Two years ago a smaller fire damaged a conveyor belt at the same complex.",
]
OTHER_OWN = [
    "Smoke could be seen from the coast road for most of Friday afternoon.",
    "The Tallow Bay fire is the worst at an Ostrenn port in two decades, traders said.",
    "Several families spent the night in a sports hall opened by the town council.",
    "Insurers said it was too early to put a figure on the losses.",
    "Harbour pilots said some ships were waiting at anchor outside the bay.",
    "The harbour master was appointed in March after her predecessor retired.",
]
THIRD_OWN = [
    "Fishermen moored at the north pier said they had never seen flames so high.",
    "The Ostrenn Evening Post counted eleven fire engines on the quay by mid-morning.",
    "A spokesman for the dockers' union said safety complaints had gone unanswered.",
    "Brennvik Grain's shares were suspended on the regional exchange at midday.",
    "Volunteers handed out water and blankets at the ferry terminal.",
    "The mayor of Tallow Bay cut short a visit abroad to return home.",
]
STOCK = ["Advertisement", "Read more", "Share this article", "Sign up for our newsletter"]


def _join(*parts) -> str:
    return "\n\n".join(p for part in parts for p in (part if isinstance(part, list) else [part]))


def _compare(*texts: str, outlets=("Ostrenn Press Agency", "Tallow Bay Courier",
                                   "The Harbour Times", "Ostrenn Evening Post")):
    raws = [RawArticle(source=f"s{i}", text=t, outlet=outlets[i], title="Silo fire",
                       record_id=f"r{i}") for i, t in enumerate(texts)]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options())
    return comp, [f for f in comp.findings if f.type == "shared_source"]


def _wire() -> str:
    return _join(WIRE[0], STATEMENT[0], WIRE[1], WIRE_OWN[:2], WIRE[2:], STATEMENT[1:],
                 WIRE_OWN[2:])


def _copy(n: int = 4, own=COPY_OWN) -> str:
    return _join(own[:3], WIRE[:n], STATEMENT, own[3:])


TABLE = [
    # four wire sentences word for word amid the copy's own reporting (and the statement
    # both quote): under MIN_COPIED of either article, a copy all the same
    pytest.param(_copy(4), 1, id="four-wire-sentences-in-a-long-article"),
    pytest.param(_copy(3), 1, id="three-wire-sentences"),
    # three wire sentences and nothing else in common: under half of either aligns
    pytest.param(_join(COPY_OWN[:5], WIRE[:3], THIRD_OWN[:2]), 1, id="three-wire-sentences-alone"),
    # near miss: two wire sentences and the statement: not enough to say copied
    pytest.param(_copy(2), 0, id="two-wire-sentences"),
    # near miss: three wire sentences each with a word changed or a credit cut, the rest
    # the outlet's own (the demo's Free Voice): edited lines, not a copied text
    pytest.param(_join(COPY_OWN[:3], [w.replace(" said ", " claimed ").replace("about ", "some ")
                                      .replace("Flames", "The flames") for w in WIRE[:3]],
                       COPY_OWN[3:]), 0, id="three-edited-wire-sentences"),
    # three wire sentences with words cut (a time, a cargo, a place), none swapped: the
    # lines copied and trimmed (s16-source, MIN_CUT_MATCH)
    pytest.param(_join(COPY_OWN[:3], [WIRE[0].replace("early ", "").replace(" and nearby residents", ""),
                                      WIRE[1].replace(" storing fertiliser", ""),
                                      WIRE[2].replace(" in the inner harbour", "")],
                       COPY_OWN[3:]), 1, id="three-wire-sentences-trimmed"),
    # near miss: three wire sentences each with a word swapped for another, nothing cut:
    # the outlet's own wording over wire facts (invented dev d41's right-wing outlet)
    pytest.param(_join(COPY_OWN[:3], [WIRE[0].replace("forcing", "prompting"),
                                      WIRE[1].replace("contained", "controlled"),
                                      WIRE[2].replace(" said ", " announced ")],
                       COPY_OWN[3:]), 0, id="three-wire-sentences-a-word-swapped"),
    # near miss: the press release quoted by both, narration their own
    pytest.param(_join(OTHER_OWN[:3], STATEMENT, OTHER_OWN[3:]), 0, id="one-press-release"),
    # near miss: the statement and the site's stock lines, shared by both
    pytest.param(_join(STOCK[:2], OTHER_OWN[:3], STATEMENT, OTHER_OWN[3:], STOCK[2:]), 0,
                 id="stock-lines"),
]


@pytest.mark.parametrize("other,expect", TABLE)
def test_an_absolute_floor_of_copied_narration(other, expect):
    wire = _join(STOCK[:2], _wire(), STOCK[2:]) if "Advertisement" in other else _wire()
    comp, found = _compare(wire, other)
    assert len(found) == expect, [f.summary for f in found]
    for f in found:
        assert f.detail["copied_share"] < source.MIN_COPIED  # the floor, not the share
        assert f.detail["copied_sentences"] >= source.MIN_COPIED_RICH


def test_three_copies_of_one_wire_are_three_findings():
    # each copy takes three or four wire sentences amid its own reporting; with a likely
    # source each is set beside it, with none every article is still linked once (two
    # copies are not also set beside each other: three findings, not six)
    copies = [_copy(4, COPY_OWN), _copy(3, OTHER_OWN),
              _join(THIRD_OWN[:3], WIRE, STATEMENT[:2], THIRD_OWN[3:5])]
    comp, found = _compare(_wire(), *copies)
    ids = [d.id for d in comp.documents]
    pairs = sorted((f.detail["source"], f.detail["copy"]) for f in found)
    assert len(pairs) == 3, [f.summary for f in found]
    assert {x for p in pairs for x in p} == set(ids), [f.summary for f in found]
    if comp.provenance.source == ids[0]:
        assert pairs == [(ids[0], x) for x in ids[1:]], [f.summary for f in found]


@pytest.mark.usefixtures("shared_quotes_on")
def test_the_statement_stays_a_shared_quote_beside_a_floor_copy():
    # the copy took a few wire sentences and is mostly its own: the quote both carry may
    # come from the statement itself, so the shared quote is still reported
    comp, found = _compare(_wire(), _copy(3))
    assert len(found) == 1
    assert any(f.type == "shared_quote" for f in comp.findings), [
        f.summary for f in comp.findings]


def test_one_fact_told_alike_is_not_word_for_word():
    # near miss of the floor's pair test: one fact in each outlet's words; the wire's own
    # sentence against itself is the positive
    a = ("Fire chief Ilse Marrow apologised to the families at a briefing on Friday "
         "evening.")
    b = "Fire chief Ilse Marrow apologised in the regional parliament on Friday."
    comp, _ = _compare(_join(a, WIRE_OWN), _join(b, WIRE_OWN[0], COPY_OWN))
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)

    def sid(doc, start: str) -> str:
        return next(s.id for s in doc.sentences if s.text.startswith(start))

    da, db = comp.documents
    assert not source._word_for_word(ctx, sid(da, "Fire chief"), sid(db, "Fire chief"))
    assert source._word_for_word(ctx, sid(da, "Three firefighters"),
                                 sid(db, "Three firefighters"))
