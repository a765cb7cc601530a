"""A sentence's quantities are read once per text and publication day
(``numbers._text_quantities``) and placed at each copy: the same quantities, at the
copy's offsets and with its sentence id, as reading the copy itself. Every text invented."""

from __future__ import annotations

import support

from storylens.analysis import numbers
from storylens.analysis.numbers import MEMO_MAX_CHARS, extract_quantities, parse_published

WIRE = ("Crews pulled 14 people from the Issel on Monday, two days after the 1,200-tonne "
        "span fell, and the ministry set aside $3.5 million, about 40% of its budget.")


def _read_each(doc, published):
    """Every sentence read on its own, as before the memo."""
    pub = parse_published(published)
    return tuple(q for s in doc.sentences
                 for q in numbers._sentence_quantities(s.text, s.start, s.id, pub))


def test_a_copied_sentence_gets_its_own_offsets_and_id():
    doc = support.make_doc("a1", "Harbour Post", ("The river rose overnight.", WIRE, WIRE),
                           published="2026-11-20")
    got = extract_quantities(doc)
    assert got == _read_each(doc, "2026-11-20")
    first, second = doc.sentences[1], doc.sentences[2]
    money = [q for q in got if q.kind == "money"]
    assert [q.sentence for q in money] == [first.id, second.id]
    assert [doc.article.text[q.start:q.end] for q in money] == ["$3.5 million"] * 2
    assert money[1].start - money[0].start == second.start - first.start


def test_the_same_text_under_another_publication_day_is_read_again():
    # "on Monday" resolves against the day: a memo by text alone would give one date
    a = extract_quantities(support.make_doc("a1", "Harbour Post", (WIRE,), published="2026-11-20"))
    b = extract_quantities(support.make_doc("a2", "Vella Times", (WIRE,), published="2026-11-27"))
    assert [q.date for q in a if q.relative] == ["2026-11-16"]
    assert [q.date for q in b if q.relative] == ["2026-11-23"]


def test_a_long_sentence_is_read_without_the_memo():
    long = WIRE[:-1] + ", " + ", ".join(f"{n} boats" for n in range(1, 200)) + "."
    assert len(long) > MEMO_MAX_CHARS
    doc = support.make_doc("a1", "Harbour Post", (long,), published="2026-11-20")
    before = numbers._text_quantities.cache_info().currsize
    assert extract_quantities(doc) == _read_each(doc, "2026-11-20")
    assert numbers._text_quantities.cache_info().currsize == before
