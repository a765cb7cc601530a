"""Quote attribution on PolNeAR (test split): storylens rules beside published anchors.

Run: ``.venv/bin/python benchmarks/quotes.py [--split test] [--json out.json]``.

Each unit of ``test.jsonl`` becomes one article (sentences from ``storylens.segment``);
``extract_quotes`` runs on it and its character spans are mapped to token spans with the
unit's ``token_offsets``. Scores per role (source, cue, content), micro over all spans:

* **exact** — CofeNet's ``exact_match``: a predicted span counts when its
  ``[token_start, token_end)`` equals a gold span of the same role in the same unit;
* **overlap** — CofeNet's "jaccard" variant, soft: each predicted span scores its best
  token Jaccard with a gold span (precision), each gold span its best with a prediction
  (recall).

Two readings are scored: each unit on its own (the gate's figures, comparable with
earlier sessions), and each document whole (``predict_documents``: storylens reads whole
articles, so a quote running over several units, or a speaker named in the sentence before,
is only seen that way), with spans cut at unit ends as PolNeAR labels them.

Mapping choices (PolNeAR's conventions, not ours): a direct quote's content span is
widened to include its quote marks (PolNeAR labels them as content); a direct quote lying
inside a reported-speech span of the same sentence is not scored separately (PolNeAR
labels the enclosing clause only); a speaker span with an appositive that a comma closes
("Ban Ki-moon, the secretary general of the United Nations, said") takes that comma
(PolNeAR's source spans end with it; ours stop at the last word).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article, Document, Sentence

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
ROLES = ("source", "cue", "content")
# Published anchors, CofeNet (COLING 2022) Table 6, PolNeAR exact match, test split.
ANCHORS = {
    "BERT+CofeNet": {
        "source": (82.9, 83.6, 83.2),
        "cue": (75.9, 74.7, 75.3),
        "content": (74.9, 71.1, 72.9),
    },
    "Rule baseline": {
        "source": (27.8, 6.7, 10.7),
        "cue": (67.6, 13.7, 22.8),
        "content": (26.0, 3.2, 5.6),
    },
    "CoreNLP": {
        "source": (None, None, 13.9),
        "cue": (None, None, None),
        "content": (None, None, 17.5),
    },
}
_MARKS = "\"'“”‘’«»`"


def _document(unit: dict) -> Document:
    text = unit["text"]
    art = Article(id="a1", source=unit["id"], outlet="polnear", text=text)
    try:
        from storylens.segment import split_sentences

        bounds = split_sentences(text)
    except ImportError:  # segmenter not present: one sentence per unit
        bounds = [(0, len(text))]
    sents = tuple(Sentence(f"a1:s{i}", "a1", i, a, b, text[a:b]) for i, (a, b) in enumerate(bounds))
    return Document(art, sents)


def _to_tokens(offsets: list[list[int]], a: int, b: int) -> tuple[int, int] | None:
    idx = [i for i, (s, e) in enumerate(offsets) if s < b and e > a]
    return (idx[0], idx[-1] + 1) if idx else None


def _predict_text(text: str, units: list[dict], starts: list[int]) -> dict[str, dict[str, set]]:
    """Token spans per unit id and role for ``units`` laid out in ``text`` at ``starts``.

    A span that runs over several units (a quote of three sentences) is cut at unit ends,
    one piece per unit: PolNeAR labels each unit's part of such a quote as its own span."""
    quotes = extract_quotes(_document({"id": units[0]["id"], "text": text}))
    indirect = [(q.start, q.end) for q in quotes if not q.direct]
    out: dict[str, dict[str, set]] = {u["id"]: defaultdict(set) for u in units}

    def put(role: str, a: int, b: int) -> None:
        for u, o in zip(units, starts, strict=True):
            lo, hi = max(a, o), min(b, o + len(u["text"]))
            t = _to_tokens(u["token_offsets"], lo - o, hi - o) if lo < hi else None
            if t:
                out[u["id"]][role].add(t)

    for q in quotes:
        a, b = q.start, q.end
        if q.direct:
            if any(s <= a and b <= e for s, e in indirect):
                continue
            a0 = a
            while a0 > 0 and text[a0 - 1] == " ":
                a0 -= 1
            if a0 > 0 and text[a0 - 1] in _MARKS:
                a = a0 - 1
            b0 = b
            while b0 < len(text) and text[b0] == " ":
                b0 += 1
            if b0 < len(text) and text[b0] in _MARKS:
                b = b0 + 1
            elif b + 1 < len(text) and text[b] in ",.?!" and text[b + 1] in _MARKS:
                b += 2
        source = q.speaker_span
        if source and "," in text[source[0] : source[1]] and text[source[1] : source[1] + 1] == ",":
            source = (source[0], source[1] + 1)  # "Ban Ki-moon, the secretary general,"
        for role, span in (("content", (a, b)), ("source", source), ("cue", q.cue_span)):
            if span is not None:
                put(role, *span)
    return out


def predict(unit: dict) -> dict[str, list[tuple[int, int]]]:
    """Predicted token spans per role for one unit, read on its own."""
    out = _predict_text(unit["text"], [unit], [0])[unit["id"]]
    return {r: sorted(v) for r, v in out.items()}


def predict_documents(units: list[dict]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Predicted token spans per unit id and role, each document read whole.

    PolNeAR's units are consecutive sentences of one article (``doc_id``, ``sent_index``);
    storylens reads whole articles, so a quote that opens in one unit and closes two units
    later, or a pronoun speaker named a sentence before, is only seen with the document.
    Units are joined with one space (the corpus keeps no paragraph breaks)."""
    docs: dict[str, list[dict]] = defaultdict(list)
    for u in units:
        docs[u["doc_id"]].append(u)
    res: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for us in docs.values():
        us.sort(key=lambda u: u["sent_index"])
        starts, pos = [], 0
        for u in us:
            starts.append(pos)
            pos += len(u["text"]) + 1
        text = " ".join(u["text"] for u in us)
        for uid, roles in _predict_text(text, us, starts).items():
            res[uid] = {r: sorted(v) for r, v in roles.items()}
    return res


def _jac(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _prf(tp_p: float, n_p: int, tp_r: float, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)


def evaluate(units: list[dict], context: str = "unit") -> dict[str, dict[str, tuple[float, float, float]]]:
    """Exact and overlap P/R/F1 per role; ``context`` "unit" reads each unit on its own
    (the figures of earlier sessions and the gate), "doc" each document whole."""
    exact = {r: [0, 0, 0] for r in ROLES}  # tp, predicted, gold
    soft = {r: [0.0, 0.0] for r in ROLES}  # sum best-jaccard over predicted, over gold
    whole = predict_documents(units) if context == "doc" else None
    for u in units:
        pred = whole.get(u["id"], {}) if whole is not None else predict(u)
        for r in ROLES:
            gold = {(s["token_start"], s["token_end"]) for s in u["spans"] if s["role"] == r}
            p = set(pred.get(r, ()))
            exact[r][0] += len(p & gold)
            exact[r][1] += len(p)
            exact[r][2] += len(gold)
            soft[r][0] += sum(max((_jac(x, g) for g in gold), default=0.0) for x in p)
            soft[r][1] += sum(max((_jac(g, x) for x in p), default=0.0) for g in gold)
    res: dict[str, dict[str, tuple[float, float, float]]] = {"exact": {}, "overlap": {}}
    for r in ROLES:
        tp, npred, ngold = exact[r]
        res["exact"][r] = _prf(tp, npred, tp, ngold)
        res["overlap"][r] = _prf(soft[r][0], npred, soft[r][1], ngold)
    return res


def load(split: str) -> list[dict]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _fmt(t) -> str:
    return " / ".join("–" if x is None else f"{x:.1f}" for x in t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="valid", choices=("test", "valid"),
                    help="valid (the default: the split tuned on); test is held out, run once")
    ap.add_argument("--json", help="write the scores to this file")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"PolNeAR data not found at {DATA}", file=sys.stderr)
        return 2
    units = load(args.split)
    t0 = time.perf_counter()
    res = evaluate(units)
    res["doc"] = evaluate(units, context="doc")
    secs = time.perf_counter() - t0
    print(f"PolNeAR {args.split}: {len(units)} units, P / R / F1 per role (micro, %)")
    print(f"{'system':<28} {'source':<20} {'cue':<20} {'content':<20}")
    for name, row in ANCHORS.items():
        print(f"{name + ' (published)':<28} " + " ".join(f"{_fmt(row[r]):<20}" for r in ROLES))
    for kind in ("exact", "overlap"):
        label = f"storylens rules ({kind})"
        print(f"{label:<28} " + " ".join(f"{_fmt(res[kind][r]):<20}" for r in ROLES))
    for kind in ("exact", "overlap"):
        label = f"  whole documents ({kind})"
        print(f"{label:<28} " + " ".join(f"{_fmt(res['doc'][kind][r]):<20}" for r in ROLES))
    print(
        "\n(rules rows: each unit read on its own, as the gate and earlier sessions score; "
        "whole documents: each article's units read together, spans cut at unit ends)"
    )
    print(
        f"{secs:.1f} s ({len(units) / secs:.0f} units/s) on {platform.machine()}, "
        f"{platform.processor() or platform.system()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
