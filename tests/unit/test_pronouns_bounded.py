"""Pronoun resolution reads only the persons named in a quote's window.

A bare "he"/"she" speaker takes the one person named in the ``PRONOUN_WINDOW``
characters before it. A long article with thousands of quotes and names must not cost
(quotes x names): the work is counted (bytecode instructions executed in the resolver,
so a comprehension's iterations count) at two sizes, and doubling the article must about double it. No timings.
"""

from __future__ import annotations

import sys

from storylens import analysis
from storylens.analysis import analyse, resolve_pronouns
from storylens.analysis.names import extract_entities
from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment

_PEOPLE = ["Ana Lund", "Piet Sorensen", "Mira Holt", "Jon Vasek", "Leena Marr", "Tomas Brandt"]


def _article(n: int) -> str:
    # invented: a harbour council's long running log, one named official per paragraph
    return "\n\n".join(
        f"Mayor {_PEOPLE[i % len(_PEOPLE)]} toured pier {i} of the Velling harbour on Tuesday."
        f'\n\n"The wall on pier {i} held," he said.'
        for i in range(n)
    )


def _doc(text: str):
    return segment(Article(id="a1", source="t", outlet="Test", text=text))


def _work(text: str) -> tuple[int, int]:
    doc = _doc(text)
    quotes, ents = tuple(extract_quotes(doc)), tuple(extract_entities(doc))
    count = 0
    code = {resolve_pronouns.__code__, analysis._sole_person.__code__}

    def local(frame, event, arg):
        nonlocal count
        if event == "opcode":
            count += 1
        return local

    def trace(frame, event, arg):
        # the resolver's own frames and those it calls (a comprehension is one on 3.11)
        if frame.f_code not in code and (frame.f_back is None or frame.f_back.f_code not in code):
            return None
        frame.f_trace_opcodes = True
        return local

    sys.settrace(trace)
    try:
        resolve_pronouns(quotes, ents)
    finally:
        sys.settrace(None)
    return count, sum(e.kind == "person" for e in ents)


def test_thousands_of_quotes_and_names_cost_linear_work():
    (small, n_small), (large, n_large) = _work(_article(1000)), _work(_article(2000))
    assert n_small == 1000 and n_large == 2000  # the names are read as persons
    # comparing every quote with every person makes this ratio about 4
    assert large / small < 2.4, (small, large)


def test_one_person_in_the_window_resolves_he():
    text = 'Mayor Ana Lund toured the Velling harbour wall on Tuesday.\n\n"The wall held," he said.'
    quotes = analyse(_doc(text)).analysis.quotes
    assert [q.speaker for q in quotes] == ["Ana Lund"]


def test_two_people_in_the_window_leave_he_unresolved():
    text = (
        "Mayor Ana Lund toured the Velling harbour wall with Senator Piet Sorensen on Tuesday.\n\n"
        '"The wall held," he said.'
    )
    quotes = analyse(_doc(text)).analysis.quotes
    assert [q.speaker for q in quotes] == ["he"]


def test_a_person_named_beyond_the_window_is_not_read():
    filler = "The tide tables for the harbour were posted at the ferry office that week. " * 25
    text = f'Mayor Ana Lund toured the Velling harbour wall on Tuesday.\n\n{filler}\n\n"It held," he said.'
    assert len(filler) > analysis.PRONOUN_WINDOW
    quotes = analyse(_doc(text)).analysis.quotes
    assert [q.speaker for q in quotes] == ["he"]


def test_the_same_person_named_twice_is_one_candidate():
    text = (
        "Mayor Ana Lund toured the Velling harbour wall on Tuesday. Later Ana Lund met the crews.\n\n"
        '"The wall held," she said.'
    )
    quotes = analyse(_doc(text)).analysis.quotes
    assert [q.speaker for q in quotes] == ["Ana Lund"]


def test_a_dateline_in_capitals_is_not_read_as_the_person():
    # a real wire article's dateline was read as a person, and a later "He said" named it
    text = (
        "HARBOUR HEIGHTS, Oria (WVNA) -- New video has been released of another attack in "
        "Oria.The governor visited the quay.He said all of Vellaria feels the loss."
    )
    doc = analyse(_doc(text))
    assert [q.speaker for q in doc.analysis.quotes] == ["He"]
    # near miss: the same name in ordinary case is still read
    text = "Mayor Ana Lund visited the quay on Tuesday.He said all of Vellaria feels the loss."
    assert [q.speaker for q in analyse(_doc(text)).analysis.quotes] == ["Ana Lund"]
