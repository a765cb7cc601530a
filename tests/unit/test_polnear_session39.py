"""PolNeAR benchmark read by whole documents (``benchmarks/quotes.py::predict_documents``),
on invented units (fictional Mayor Idris Vantorre of Port Oria): a quote that opens in one
unit and closes in the next is found, and cut at the unit end, only when the document is
read whole; a quote inside one unit gets the same spans either way."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quotes39", ROOT / "benchmarks" / "quotes.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bench = _bench()


def _unit(doc: str, i: int, text: str) -> dict:
    offs = [[m.start(), m.end()] for m in re.finditer(r"\w[\w'.-]*\w|\w|[^\w\s]", text)]
    return {"id": f"{doc}-{i}", "doc_id": doc, "sent_index": i, "text": text,
            "token_offsets": offs, "spans": []}


def _words(u: dict, span: tuple[int, int]) -> str:
    offs = u["token_offsets"]
    return u["text"][offs[span[0]][0] : offs[span[1] - 1][1]]


# (units of one invented article, unit index, content text expected for it read whole,
#  content text expected for it read alone (None: nothing))
CASES = [
    # a quote over two units: each unit gets its piece, and the second piece is only
    # seen with the first unit's opening mark
    (
        ['Mayor Idris Vantorre said: "The harbour wall will be rebuilt by spring.',
         'We owe the fishing families that much."'],
        1,
        'We owe the fishing families that much."',
        None,
    ),
    (
        ['Mayor Idris Vantorre said: "The harbour wall will be rebuilt by spring.',
         'We owe the fishing families that much."'],
        0,
        '"The harbour wall will be rebuilt by spring.',
        '"The harbour wall will be rebuilt by spring.',  # an open quote runs to the unit end
    ),
    # near miss: the quote closes in its own unit, so both readings agree
    (
        ['"The harbour wall will be rebuilt by spring," Mayor Idris Vantorre said.',
         'The council meets on Tuesday.'],
        0,
        '"The harbour wall will be rebuilt by spring,"',
        '"The harbour wall will be rebuilt by spring,"',
    ),
]


@pytest.mark.parametrize(("texts", "at", "whole", "alone"), CASES)
def test_document_reading(texts, at, whole, alone):
    units = [_unit("oria", i, t) for i, t in enumerate(texts)]
    doc = bench.predict_documents(units)[units[at]["id"]].get("content", [])
    assert [_words(units[at], s) for s in doc] == [whole]
    own = bench.predict(units[at]).get("content", [])
    assert [_words(units[at], s) for s in own] == ([] if alone is None else [alone])


def test_unit_reading_is_the_default():
    # the gate and earlier sessions' figures read each unit on its own
    units = [_unit("oria", i, t) for i, t in enumerate(CASES[0][0])]
    for u in units:
        u["spans"] = [{"role": "content", "token_start": 0, "token_end": len(u["token_offsets"])}]
    assert bench.evaluate(units) == bench.evaluate(units, context="unit")
    assert bench.evaluate(units) != bench.evaluate(units, context="doc")
