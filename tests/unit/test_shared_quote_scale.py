"""The shared-quote finder's work on a story where every outlet quotes the same
statements: counted, not timed (benchmarks/shared_quotes_scale.py times it).

Invented articles (fictional Port Vella, fictional outlets). Articles whose quotes read
alike (same words, speakers and layout within each quote) share a signature, and a pair
of signatures is compared word by word once; the answer for another pair is that one
moved to its positions, and must equal a full comparison.
"""

from __future__ import annotations

from itertools import combinations
from unittest import mock

from storylens import pipeline
from storylens.findings import source
from storylens.findings.common import FindingContext
from storylens.findings.shared_quote import _Seen, moved, shared_between, shared_quotes
from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

CLOSED = ('"The Draven Viaduct will stay closed until every cable has been tested by '
          'independent engineers," the ministry said in a statement.')
FERRIES = ('"Ferries will run every half hour from Port Vella to the north shore until '
           'the tests are complete," the harbour master told reporters.')
NARRATION = [
    "Traders on the quay counted the cost of a third quiet week.",
    "A queue of lorries stretched back past the old mill before dawn.",
    "Teachers at the north shore school asked for later opening hours.",
    "Fishermen said the closure had doubled the price of diesel in the port.",
    "The town hall lit its windows red in support of the engineers.",
    "Cyclists were waved through a side gate by the night watch.",
    "A brass band played outside the station to cheer the commuters.",
    "Nurses from the island clinic asked for seats on the first ferry.",
    "Shopkeepers on Canal Row put their winter stock on sale.",
    "Pilots of the harbour tugs worked double shifts through the weekend.",
    "Students camped by the lighthouse to watch the divers at work.",
    "Farmers from the valley sent their produce round by the coast road.",
]


def _context(texts: list[str]) -> FindingContext:
    raws = [RawArticle(source=f"s{i}", text=t, outlet=f"Vella Outlet {i}", title="Viaduct",
                       record_id=f"r{i}") for i, t in enumerate(texts)]
    arts, _ = clean_all(raws, Options())
    # analysed (quotes and speakers) as for findings, but no finder run here
    with mock.patch.object(pipeline, "_findings", lambda docs, als, prov, opts: ([], prov)):
        comp = compare_articles(arts, Options())
    return FindingContext.build(comp.documents, comp.alignments, comp.provenance, Options())


def _story(n: int) -> list[str]:
    """``n`` articles: own narration (three lines each, no two alike), both quotes."""
    return ["\n\n".join([NARRATION[i % 12], CLOSED, NARRATION[(i * 5 + 3) % 12],
                         FERRIES, NARRATION[(i * 7 + 5) % 12]])
            for i in range(n)]


def test_every_outlet_quoting_two_statements_is_compared_once() -> None:
    ctx = _context(_story(12))
    found = source.find_shared_quotes(ctx)
    memo = source._memo(ctx)
    assert len(found) == 11  # each outlet's quotes linked once, not once per pair
    assert memo.seen.compared == 1  # one pair of signatures, compared word by word
    assert len(memo.seen.classes) == 1


def test_a_quote_one_word_apart_or_otherwise_attributed_is_compared_on_its_own() -> None:
    """Near misses: a changed word, or the same words given to another speaker, make
    another signature, so the pair is compared in full, not answered from a look-alike."""
    texts = _story(6)
    texts[4] = texts[4].replace("every half hour", "every hour")
    texts[5] = texts[5].replace("the harbour master told reporters", "Mayor Ilsa Brandt said")
    ctx = _context(texts)
    source.find_shared_quotes(ctx)
    memo = source._memo(ctx)
    assert len(memo.seen.classes) == 3
    cls = {aid: memo.tokens[aid].cls for aid in ("a1", "a5", "a6")}
    assert len(set(cls.values())) == 3  # the look-alikes are not the others' class
    # each near miss was compared in full with the story's quotes, once per signature pair
    assert {(cls["a1"], cls["a5"]), (cls["a1"], cls["a6"])} <= memo.seen.results.keys()
    assert memo.seen.compared == len(memo.seen.results) <= 6


def test_answers_from_a_signature_equal_full_comparisons() -> None:
    """Every pair of a story with repeated, cut, glossed and differently attributed
    quotes: the answer through signatures equals a full comparison, positions included."""
    texts = _story(5)
    texts.append("\n\n".join([NARRATION[7], "Officials said the viaduct would "
                              '"stay closed until every cable has been tested", as before.',
                              FERRIES]))
    texts.append("\n\n".join([NARRATION[8], CLOSED.replace("engineers,", "[outside] engineers,"),
                              NARRATION[2], FERRIES.replace("the harbour master", "Captain Orla Venn")]))
    texts.append("\n\n".join([NARRATION[9], NARRATION[10], FERRIES, CLOSED]))
    ctx = _context(texts)
    ids = [d.id for d in ctx.docs]
    cache: dict = {}
    seen = _Seen()
    for a, b in combinations(ids, 2):
        for x, y in ((a, b), (b, a)):
            shared = shared_between(ctx, x, y, cache, seen)
            got = [] if shared is None else moved(shared, x, y, cache)
            assert got == shared_quotes(ctx, x, y, {}), (x, y)
    assert seen.compared < len(ids) * (len(ids) - 1)  # some pairs answered by signature


def test_a_copy_whose_quotes_are_a_lookup_is_still_left_to_shared_source() -> None:
    """The copy test of a pair answered by signature comes late (when the pair would
    link something), but a copy is still left out. a2, a3 and a4 quote three statements
    (their pairs the strongest), a4 copies a2's narration: (a2, a3) is compared in full,
    (a2, a4) is a lookup that would link a4 first, and must go to shared_source."""
    housing = ('"Families who have lost their homes will receive emergency housing within '
               'the week," the ministry said.')
    texts = _story(3)
    texts[1] += "\n\n" + housing
    texts[2] += "\n\n" + housing
    texts.append(texts[1].replace("Traders on the quay", "Traders along the quay"))
    ctx = _context(texts)
    assert source._copies(ctx, "a2", "a4") and not source._copies(ctx, "a3", "a4")
    found = source.find_shared_quotes(ctx)
    memo = source._memo(ctx)
    assert memo.tokens["a2"].cls == memo.tokens["a4"].cls == memo.tokens["a3"].cls
    pairs = [sorted({sid.partition(":s")[0] for sid in f.sentences}) for f in found]
    assert ["a2", "a4"] not in pairs and ["a3", "a4"] in pairs, pairs


def _reported(found) -> list[tuple]:
    return [(f.summary, f.sentences, f.spans, sorted(f.detail.items(), key=str)) for f in found]


def test_pairs_by_class_report_what_every_pair_listed_reports() -> None:
    """The class path (_kept_by_class) against the pair-by-pair path (_kept_by_pair) on
    a story of look-alikes, a copy of another's text, cut, glossed and otherwise
    attributed quotes, and an article quoting one statement only: the same findings, in
    the same order, at the same positions."""
    housing = ('"Families who have lost their homes will receive emergency housing within '
               'the week," the ministry said.')
    texts = _story(6)
    texts[2] += "\n\n" + housing
    texts[4] += "\n\n" + housing
    texts.append(texts[2].replace("Traders on the quay", "Traders along the quay"))  # a copy
    texts.append("\n\n".join([NARRATION[7], "Officials said the viaduct would "
                              '"stay closed until every cable has been tested", as before.',
                              FERRIES]))
    texts.append("\n\n".join([NARRATION[8], CLOSED.replace("engineers,", "[outside] engineers,"),
                              NARRATION[2], FERRIES.replace("the harbour master", "Captain Orla Venn")]))
    texts.append("\n\n".join([NARRATION[9], NARRATION[10], housing]))
    texts += _story(4)
    by_class = _reported(source.find_shared_quotes(_context(texts)))
    with mock.patch.object(source, "_kept_by_class", source._kept_by_pair):
        by_pair = _reported(source.find_shared_quotes(_context(texts)))
    assert by_class == by_pair and len(by_class) >= 10


def test_pairs_of_look_alikes_are_not_listed_one_by_one() -> None:
    """40 outlets quoting the same two statements (an outlet and the one 12 after it run
    the same narration: copies, left to shared_source): 39 pairs reported, and the pairs
    looked at stay near the story's size, where listing every pair looks at 780."""
    ctx = _context(_story(40))
    with mock.patch.object(source, "_link", wraps=source._link) as link:
        found = source.find_shared_quotes(ctx)
    assert len(found) == 39
    assert link.call_count <= 2 * 40
    ctx = _context(_story(40))
    with mock.patch.object(source, "_kept_by_class", source._kept_by_pair), \
            mock.patch.object(source, "_link", wraps=source._link) as link:
        assert len(source.find_shared_quotes(ctx)) == 39
    assert link.call_count >= 700
